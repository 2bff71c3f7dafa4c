package verify

import (
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/redact"
)

// Residual risks, in increasing order. They are the values of the policy's
// export.max_residual_risk.
const (
	RiskNone = policy.RiskNone
	RiskLow  = policy.RiskLow
	RiskHigh = policy.RiskHigh
)

// DefaultMinScore is the engine score from which a residual finding is high
// risk.
const DefaultMinScore = 0.5

// Options configures Check. A nil *Options means the defaults.
type Options struct {
	// MinScore: residual findings scored at or above it are high risk,
	// below it low. Zero means DefaultMinScore.
	MinScore float64
	// Policy is the policy the record was made with; its hash must be the
	// record's. Nil means the preset named by the record if the hashes
	// match, else none: then every type counts as tagged, the strictest
	// reading (a year or "90+" left by generalisation is then high).
	Policy *policy.Policy
}

// Result is the outcome of verifying one record. It holds types, counts and
// short codes, never text: it may be logged and counted as it is.
type Result struct {
	// Residual is the number of engine findings left in the output that the
	// policy does not explain; ByType splits them by type.
	Residual int               `json:"residual"`
	ByType   map[deid.Type]int `json:"by_type,omitempty"`
	// KnownLeaks is the number of literal hits of the source's known
	// identifiers (name parts, MRN, phone, e-mail, street, dates, ...);
	// KnownByType splits them by type. Any is a definite leak.
	KnownLeaks  int               `json:"known_leaks"`
	KnownByType map[deid.Type]int `json:"known_by_type,omitempty"`
	// Explained counts findings that are the policy's own output (a year
	// left by generalisation, "90+", a ZIP3, a kept type) or that lie only
	// in and around redaction tags ("Dr. [NAME]").
	Explained int `json:"explained"`
	// Risk is none, low or high.
	Risk string `json:"risk"`
	// Reasons explain Risk: "known_identifier:NAME=2", "residual:PHONE=1",
	// "residual_low:NAME=3", "field:demographics.zip3", "policy_mismatch",
	// "verify_error:no_engine". Sorted.
	Reasons []string `json:"reasons,omitempty"`
	// Error is set (to a short code) when verification could not run; Risk
	// is then high.
	Error string `json:"error,omitempty"`
}

// Check verifies a de-identified record against its source conversation:
// the second, independent scan of the output. See the package comment for
// what it looks at and how it rates what it finds. It never fails: a
// problem that stops it gives Risk high and Error set.
func Check(eng *deid.Engine, rec *redact.Record, original *deid.Conversation, opts *Options) Result {
	c := checker{minScore: DefaultMinScore}
	if opts != nil && opts.MinScore > 0 {
		c.minScore = opts.MinScore
	}
	switch {
	case eng == nil:
		return c.fail("no_engine")
	case rec == nil:
		return c.fail("no_record")
	case original == nil:
		return c.fail("no_source")
	}
	c.pol = resolvePolicy(rec, opts)
	if c.pol == nil && opts != nil && opts.Policy != nil {
		c.flag("policy_mismatch")
	} else if c.pol == nil {
		c.flag("policy_unknown") // strict reading, below
	}
	enc := original.Encounter
	c.ages = newAgeContext(enc, c.capAt())
	c.known = deid.NewKnown(enc)
	c.lits = newLiterals(deid.CanonicalEncounter(enc)) // read as the engine reads
	c.eng = eng

	for _, t := range rec.Turns {
		c.text(t.Text)
	}
	c.text(rec.Encounter.Department)
	c.fields(rec, original)
	return c.result()
}

// resolvePolicy returns the policy the record was made with, or nil if it
// cannot be known.
func resolvePolicy(rec *redact.Record, opts *Options) *policy.Policy {
	if opts != nil && opts.Policy != nil {
		if opts.Policy.Hash() != rec.Policy.Hash {
			return nil
		}
		return opts.Policy
	}
	if p := preset(rec.Policy.Name); p != nil && p.Hash() == rec.Policy.Hash {
		return p
	}
	return nil
}

// presets caches the compiled presets (immutable) by name: compiling one
// parses YAML, too slow to do per record.
var presets sync.Map

func preset(name string) *policy.Policy {
	if !slices.Contains(policy.Presets(), name) {
		return nil
	}
	if p, ok := presets.Load(name); ok {
		return p.(*policy.Policy)
	}
	p, err := policy.Preset(name)
	if err != nil {
		return nil
	}
	presets.Store(name, p)
	return p
}

type checker struct {
	eng      *deid.Engine
	pol      *policy.Policy
	known    *deid.Known
	lits     *literals
	minScore float64
	ages     ageContext

	high, low map[deid.Type]int
	knownBy   map[deid.Type]int
	explained int
	flags     []string
}

func (c *checker) fail(code string) Result {
	return Result{Risk: RiskHigh, Error: code, Reasons: []string{"verify_error:" + code}}
}

func (c *checker) flag(code string) {
	if !slices.Contains(c.flags, code) {
		c.flags = append(c.flags, code)
	}
}

// capAt is the policy's age cap (Safe Harbor's without a policy).
func (c *checker) capAt() int {
	if c.pol == nil {
		return policy.DefaultCapAt
	}
	return c.pol.Ages.CapAt
}

func (c *checker) op(t deid.Type) policy.Operator {
	if c.pol == nil {
		return policy.Tag
	}
	return c.pol.Rule(t).Operator
}

func bump(m *map[deid.Type]int, t deid.Type) {
	if *m == nil {
		*m = map[deid.Type]int{}
	}
	(*m)[t]++
}

// text checks one free-text output string: the engine on the text as
// written, with the source's known identifiers; then the literal search on
// the text with its tags blanked.
func (c *checker) text(s string) {
	if s == "" {
		return
	}
	tags := tagSpans(s)
	for _, f := range c.eng.ScanKnown(s, c.known) {
		pieces := outsideTags(f.Start, f.End, tags)
		var content [][2]int
		for _, p := range pieces {
			if hasContent(s[p[0]:p[1]]) {
				content = append(content, p)
			}
		}
		switch {
		case len(content) == 0:
			c.explained++ // only tags, titles and function words: "I'm Dr. [NAME]"
		case c.expected(f.Type, s, content):
			c.explained++
		case c.op(f.Type) == policy.Surrogate && !fictional(f.Type, s[f.Start:f.End]):
			// A surrogate of this type is always in a range reserved for
			// fiction, and this value is not: it is no surrogate.
			bump(&c.high, f.Type)
		case c.op(f.Type) == policy.Surrogate || c.op(f.Type) == policy.Shift:
			// Surrogate names, places and ids and shifted dates read like
			// real values: the engine cannot tell them apart. The literal
			// search can, for the identifiers the source knows.
			bump(&c.low, f.Type)
		case f.Score >= c.minScore:
			bump(&c.high, f.Type)
		default:
			bump(&c.low, f.Type)
		}
	}
	c.lits.search(deid.CanonicalText(blankTags(s, tags)), isCased(s), func(t deid.Type) {
		if c.op(t) != policy.Keep {
			bump(&c.knownBy, t)
		}
	})
}

// contextWords cannot identify anyone: a residual made only of them (the
// engine reading "I'm Dr." before a tag as a street) is explained.
var contextWords = toSet("i im me my mine you your he she his her we our they their it its a an the of and or " +
	"at in on to is was by for with from dr doctor mr mister mrs missus ms miss nurse prof professor st saint " +
	"sir madam s")

func hasContent(s string) bool {
	for _, t := range tokenize(s) {
		if !contextWords[t.low] {
			return true
		}
	}
	return false
}

var (
	zip3RE   = regexp.MustCompile(`^\d{3}XX$`)
	yearRE   = regexp.MustCompile(`^(1[89]|2[01])\d\d$`)
	numWords = toSet("zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen " +
		"fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety " +
		"hundred thousand and")
)

// expected reports whether every piece of a finding is what the policy's
// generalize operator writes (or keep leaves): a year alone, an age under
// the cap or the cap with "+", a ZIP3 with XX.
func (c *checker) expected(t deid.Type, s string, pieces [][2]int) bool {
	switch c.op(t) {
	case policy.Keep:
		return true
	case policy.Generalize:
	default:
		return false
	}
	for _, p := range pieces {
		piece := strings.TrimSpace(s[p[0]:p[1]])
		ok := false
		switch t {
		case deid.Date:
			// a year left alone, unless it tells an age over 89
			switch {
			case yearRE.MatchString(piece):
				y, _ := strconv.Atoi(piece)
				ok = !c.ages.yearTells(y, c.capAt())
			case spokenYear(piece):
				ok = !c.ages.yearTells(spokenYearValue(piece), c.capAt())
			}
		case deid.Age:
			if v, err := strconv.Atoi(piece); err == nil {
				capAt := c.pol.Ages.CapAt
				ok = v < capAt || v == capAt && p[1] < len(s) && s[p[1]] == '+'
			}
		case deid.Zip:
			ok = zip3RE.MatchString(piece)
		}
		if !ok {
			return false
		}
	}
	return true
}

// spokenYear: "nineteen eighty four", "two thousand and six": number words
// only, at most five, no ordinal (which would make it a day). numWords is
// verify's own copy of the number words (see literal.go).
func spokenYear(s string) bool {
	toks := tokenize(s)
	if len(toks) < 2 || len(toks) > 5 {
		return false
	}
	for _, t := range toks {
		if !numWords[t.low] {
			return false
		}
	}
	return true
}

var (
	researchIDRE = regexp.MustCompile(`^c_[0-9a-f]{24}$`)
	patientIDRE  = regexp.MustCompile(`^p_[0-9a-f]{24}$`)
	isoDateRE    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	hashRE       = regexp.MustCompile(`^[0-9a-f]{64}$`)
	stateRE      = regexp.MustCompile(`^[A-Z]{2}$`)
	zip3OnlyRE   = regexp.MustCompile(`^\d{3}$`)
)

// fields checks the structured fields: each has a closed set of values or
// a fixed shape, so anything else is a field the redactor let text into.
func (c *checker) fields(rec *redact.Record, original *deid.Conversation) {
	bad := func(ok bool, name string) {
		if !ok {
			c.flag("field:" + name)
		}
	}
	bad(rec.SchemaVersion == redact.SchemaVersion, "schema_version")
	bad(researchIDRE.MatchString(rec.ResearchID), "research_id")
	bad(rec.PatientResearchID == "" || patientIDRE.MatchString(rec.PatientResearchID), "patient_research_id")
	bad(hashRE.MatchString(rec.Policy.Hash), "policy.hash")
	bad(len(rec.Turns) == len(original.Turns), "turns")
	for _, t := range rec.Turns {
		switch t.Speaker {
		case deid.SpeakerClinician, deid.SpeakerPatient, deid.SpeakerOther:
		default:
			bad(false, "turns.speaker")
		}
	}
	for t, n := range rec.Removed {
		bad(t.Valid() && n >= 0, "removed")
	}
	bad(!c.timingCarriesNumber(rec, original), "turns.timing")
	d := rec.Demographics
	switch d.Sex {
	case "", "female", "male", "other", "unknown":
	default:
		bad(false, "demographics.sex")
	}
	bad(d.State == "" || stateRE.MatchString(d.State), "demographics.state")
	bad(d.Zip3 == "" || zip3OnlyRE.MatchString(d.Zip3) && (c.pol == nil || c.pol.Zip.Zip3(d.Zip3) == d.Zip3), "demographics.zip3")
	if a := d.Age; a != nil && c.op(deid.Age) != policy.Keep {
		capAt := policy.DefaultCapAt
		if c.pol != nil {
			capAt = c.pol.Ages.CapAt
		}
		bad(a.Years >= 0 && (a.Over && a.Years == capAt || !a.Over && a.Years < capAt), "demographics.age")
	}
	if e := rec.Encounter; e.Date != "" {
		op := c.op(deid.Date)
		bad(isoDateRE.MatchString(e.Date), "encounter.date")
		bad(op == policy.Keep || op == policy.Shift && e.DateShifted, "encounter.date")
		if op != policy.Keep && original.Encounter != nil {
			enc := original.Encounter
			real := []string{}
			if len(enc.StartedAt) >= 10 {
				real = append(real, enc.StartedAt[:10])
			}
			if enc.Patient != nil {
				real = append(real, enc.Patient.BirthDate)
			}
			if slices.Contains(real, e.Date) {
				bump(&c.knownBy, deid.Date)
			}
		}
	}
}

func (c *checker) result() Result {
	r := Result{Explained: c.explained}
	r.ByType = map[deid.Type]int{}
	for t, n := range c.high {
		r.ByType[t] += n
		r.Residual += n
		r.Reasons = append(r.Reasons, fmt.Sprintf("residual:%s=%d", t, n))
	}
	for t, n := range c.low {
		r.ByType[t] += n
		r.Residual += n
		r.Reasons = append(r.Reasons, fmt.Sprintf("residual_low:%s=%d", t, n))
	}
	if len(r.ByType) == 0 {
		r.ByType = nil
	}
	if len(c.knownBy) > 0 {
		r.KnownByType = maps.Clone(c.knownBy)
	}
	for t, n := range c.knownBy {
		r.KnownLeaks += n
		r.Reasons = append(r.Reasons, fmt.Sprintf("known_identifier:%s=%d", t, n))
	}
	r.Reasons = append(r.Reasons, c.flags...)
	slices.Sort(r.Reasons)
	switch {
	case r.KnownLeaks > 0 || len(c.high) > 0 || len(c.flags) > 0:
		r.Risk = RiskHigh
	case len(c.low) > 0:
		r.Risk = RiskLow
	default:
		r.Risk = RiskNone
	}
	return r
}

// fictional reports whether span may be a surrogate of type t. E-mail
// addresses, URLs and IP addresses have surrogates only in ranges reserved
// for fiction (example.org, 192.0.2.0/24, 2001:db8::/32), and no other
// type's surrogate looks like one: outside those ranges the value is no
// surrogate. Digit strings are not judged by range, although phone, SSN and
// NPI surrogates are fictional too (555-01XX, area 9XX, a failing check
// digit): the surrogate of a record or account number keeps its shape with
// random digits and may read as a phone number to the second scan. Names,
// places and dates look like anything.
func fictional(t deid.Type, span string) bool {
	low := strings.ToLower(span)
	switch t {
	case deid.Email, deid.URL:
		return strings.Contains(low, "example.org")
	case deid.IP:
		return strings.HasPrefix(low, "192.0.2.") || strings.HasPrefix(low, "2001:db8:")
	}
	return true
}

// minTimingDigits is the shortest timing a number of the record can pass
// for: a timing of 6 or more digits (100 s or longer) that is, or is part
// of, a number of 6 or more digits in the source.
const minTimingDigits = 6

// timingCarriesNumber reports whether an exported start_ms or end_ms
// carries a number of the source record: the digits of a value of the
// encounter (MRN, phone, NPI, ids, dates) or a number said in a turn, with
// 6 or more digits. Validation bounds timings to plausible offsets (under
// a day, in order), but a 7- or 8-digit MRN is a plausible offset; it goes
// out as it came in, so it is checked against what the record itself holds.
// A number the record holds nowhere cannot be told from a time.
func (c *checker) timingCarriesNumber(rec *redact.Record, original *deid.Conversation) bool {
	var nums []string
	if enc := original.Encounter; enc != nil {
		if b, err := json.Marshal(deid.CanonicalEncounter(enc)); err == nil {
			nums = appendDigitRuns(nums, string(b))
		}
	}
	for _, t := range original.Turns {
		nums = appendDigitRuns(nums, deid.CanonicalText(t.Text))
	}
	if len(nums) == 0 {
		return false
	}
	carries := func(ms int64) bool {
		s := strconv.FormatInt(ms, 10)
		if len(s) < minTimingDigits {
			return false
		}
		for _, n := range nums {
			if strings.Contains(n, s) || strings.Contains(s, n) {
				return true
			}
		}
		return false
	}
	for _, t := range rec.Turns {
		if carries(t.StartMS) || carries(t.EndMS) {
			return true
		}
	}
	return false
}

// appendDigitRuns appends the digits of each run of at least
// minTimingDigits ASCII digits in s, the separators of a written number
// (- . / space, parentheses) between them skipped.
func appendDigitRuns(out []string, s string) []string {
	var run []byte
	flush := func() {
		if len(run) >= minTimingDigits {
			out = append(out, string(run))
		}
		run = run[:0]
	}
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case ch >= '0' && ch <= '9':
			run = append(run, ch)
		case ch == '-' || ch == '.' || ch == '/' || ch == ' ' || ch == '(' || ch == ')':
		default:
			flush()
		}
	}
	flush()
	return out
}
