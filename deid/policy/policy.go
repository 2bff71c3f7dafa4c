package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"

	"github.com/deid-project/deid/deid"
)

// Method is the HIPAA de-identification method a policy claims to implement.
// Compile enforces the constraints of the method.
type Method string

const (
	// SafeHarbor is 45 CFR 164.514(b)(2): every identifier removed, dates
	// reduced to the year, ages over 89 aggregated, ZIP codes to ZIP3.
	SafeHarbor Method = "safe-harbor"
	// Expert is 45 CFR 164.514(b)(1): an expert determination. Surrogates,
	// date shifting and keeping a type are allowed; the expert signs off.
	Expert Method = "expert"
)

// Operator transforms the text of one finding.
type Operator string

const (
	// Tag replaces the span with its type in brackets: "[NAME]".
	Tag Operator = "tag"
	// Numbered replaces it with a tag numbered per distinct value within a
	// conversation: "[NAME_1]" is the same person everywhere in it.
	Numbered Operator = "numbered"
	// Mask replaces every character with a mask character: "*****".
	Mask Operator = "mask"
	// Surrogate replaces it with a realistic fake value of the same kind,
	// consistent per patient and key.
	Surrogate Operator = "surrogate"
	// Shift moves a date back by a per-patient number of days, so intervals
	// between dates of one patient are kept. DATE only.
	Shift Operator = "shift"
	// Generalize coarsens the value: DATE to its year, AGE over the cap to
	// "90+", ZIP to its first three digits (000 for restricted prefixes).
	Generalize Operator = "generalize"
	// Drop deletes the span.
	Drop Operator = "drop"
	// Keep leaves the span as it is. Never allowed under Safe Harbor.
	Keep Operator = "keep"
)

// Operators lists every operator in a stable order.
var Operators = []Operator{Tag, Numbered, Mask, Surrogate, Shift, Generalize, Drop, Keep}

// NeedsKey reports whether the operator derives its output from the key.
func (o Operator) NeedsKey() bool { return o == Surrogate || o == Shift }

// Supports reports whether o can be applied to findings of type t.
func (o Operator) Supports(t deid.Type) bool {
	switch o {
	case Tag, Numbered, Mask, Drop, Keep:
		return true
	case Surrogate:
		return t != deid.Date && t != deid.Age && t != deid.Biometric
	case Shift:
		return t == deid.Date
	case Generalize:
		return t == deid.Date || t == deid.Age || t == deid.Zip
	}
	return false
}

// Rule is the compiled treatment of one type.
type Rule struct {
	Operator Operator `json:"operator"`
	// MaskChar is the character Mask writes ('*' unless set).
	MaskChar rune `json:"mask_char,omitempty"`
}

// Dates holds the parameters of date shifting.
type Dates struct {
	// ShiftMinDays and ShiftMaxDays bound the per-patient shift: every date of
	// a patient moves back by the same number of days in [min, max].
	ShiftMinDays int `json:"shift_min_days"`
	ShiftMaxDays int `json:"shift_max_days"`
}

// Ages holds the parameters of age generalisation.
type Ages struct {
	// CapAt is the first age that is aggregated: ages >= CapAt become
	// "<CapAt>+" (90 gives "90+").
	CapAt int `json:"cap_at"`
}

// Zip holds the parameters of ZIP generalisation.
type Zip struct {
	// Lists are the named prefix lists the policy chose (for display).
	Lists []string `json:"lists"`
	// Restricted are the prefixes that become 000, sorted.
	Restricted []string `json:"restricted"`
	// Populated are the prefixes known to have any population; a prefix not
	// in it is treated as restricted. Sorted.
	Populated []string `json:"-"`

	restricted map[string]bool
	populated  map[string]bool
}

// Zip3 returns the ZIP3 that may be released for a ZIP code's first three
// digits: the prefix itself, or "000" where it is restricted or unknown.
func (z *Zip) Zip3(prefix string) string {
	if len(prefix) != 3 || z.restricted[prefix] || !z.populated[prefix] {
		return "000"
	}
	return prefix
}

// Policy is a compiled, validated policy. It is immutable and safe for
// concurrent use.
type Policy struct {
	Name        string
	Version     int
	Description string
	Method      Method
	// ResearchIDs is how research ids are made: random (the default, kept
	// in the on-prem linkage store) or keyed (HMAC of the MRN, expert only).
	ResearchIDs ResearchIDs
	Dates       Dates
	Ages        Ages
	Zip         Zip
	// Export says which records may leave for the cloud: see AllowsCategory
	// and AllowsResidualRisk.
	Export Export
	// Dict are the site's dictionaries: allowed and denied terms, patterns
	// (see Custom).
	Dict Dictionaries

	rules map[deid.Type]Rule
	hash  string
}

// Rule returns the rule for t. Every valid type has one.
func (p *Policy) Rule(t deid.Type) Rule {
	if r, ok := p.rules[t]; ok {
		return r
	}
	// Unknown types (a newer engine) are tagged: fail closed.
	return Rule{Operator: Tag}
}

// ResearchIDs is how research ids are made.
type ResearchIDs string

const (
	// RandomIDs: a random id per patient and per conversation, minted the
	// first time and kept in the on-prem linkage store (deid/linkage): not
	// derived from information about the individual (45 CFR 164.514(c)).
	RandomIDs ResearchIDs = "random"
	// KeyedIDs: HMAC-SHA256 of the MRN (else the encounter's own ids) under
	// the site key, for an expert determination that accepts it. Anyone
	// with the key can confirm a guessed MRN.
	KeyedIDs ResearchIDs = "keyed"
)

// NeedsKey reports whether any rule needs a key.
func (p *Policy) NeedsKey() bool {
	for _, r := range p.rules {
		if r.Operator.NeedsKey() {
			return true
		}
	}
	return false
}

// Hash is the hex SHA-256 of the canonical compiled form of the policy: two
// files that differ only in key order, comments, layout or in spelling out a
// default hash the same. It is recorded in every de-identified record.
func (p *Policy) Hash() string { return p.hash }

// canonical is the hashed form. Its field order is fixed by the struct, maps
// are sorted by encoding/json, every type has an explicit rule.
type canonical struct {
	Name    string `json:"name"`
	Version int    `json:"version"`
	Method  Method `json:"method"`
	// ResearchIDs is hashed only when keyed (random, the default, leaves
	// the hashes of earlier policies as they were).
	ResearchIDs ResearchIDs        `json:"research_ids,omitempty"`
	Rules       map[deid.Type]Rule `json:"rules"`
	Dates       Dates              `json:"dates"`
	Ages        Ages               `json:"ages"`
	Zip         canonicalZip       `json:"zip"`
	// Export is hashed only when it differs from the default of the method,
	// so that spelling the default out (as the presets do) hashes the same as
	// leaving it out, and the hashes of policies written before the section
	// existed do not change. TestExportDefaults pins the defaults: changing
	// one changes what leaves under every policy that relies on it.
	Export *Export `json:"export,omitempty"`
	// Destination is hashed only when it differs from
	// DefaultDestination (what the presets spell out), for the same
	// reasons.
	Destination *Destination `json:"destination,omitempty"`
	// Dictionaries are hashed by content (the sorted terms and the
	// patterns), only when the policy has any.
	Dictionaries *canonicalDict `json:"dictionaries,omitempty"`
}

type canonicalZip struct {
	Restricted []string `json:"restricted"`
	Populated  string   `json:"populated"` // digest of the populated table
}

func (p *Policy) computeHash() string {
	pop := sha256.Sum256([]byte(joinSorted(p.Zip.Populated)))
	c := canonical{Name: p.Name, Version: p.Version, Method: p.Method, Rules: p.rules,
		Dates: p.Dates, Ages: p.Ages,
		Zip: canonicalZip{Restricted: p.Zip.Restricted, Populated: hex.EncodeToString(pop[:])}}
	if p.ResearchIDs == KeyedIDs {
		c.ResearchIDs = KeyedIDs
	}
	if def := DefaultExport(p.Method); !p.Export.equal(&def) {
		c.Export = &p.Export
	}
	if def := DefaultDestination(); !p.Export.Destination.equal(&def) {
		c.Destination = &p.Export.Destination
	}
	c.Dictionaries = p.Dict.digest()
	b, err := json.Marshal(c)
	if err != nil {
		panic(err) // plain data: cannot fail
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func joinSorted(ss []string) string {
	s := append([]string(nil), ss...)
	sort.Strings(s)
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}
