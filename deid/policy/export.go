package policy

import (
	"fmt"
	"slices"
	"strings"
)

// Sensitive clinical categories a record can be labelled with (see package
// deid/classify, which detects them). They are plain strings here so that
// this package does not import the classifier; a test there checks that both
// lists agree.
const (
	CategorySubstanceUse       = "substance_use"       // 42 CFR Part 2
	CategoryMentalHealth       = "mental_health"       // incl. psychotherapy notes
	CategoryHIVSTI             = "hiv_sti"             // HIV and sexually transmitted infections
	CategoryReproductiveHealth = "reproductive_health" // pregnancy, contraception, abortion, fertility
	CategoryGenetics           = "genetics"            // genetic testing and information (GINA)
)

var categories = []string{CategoryGenetics, CategoryHIVSTI, CategoryMentalHealth, CategoryReproductiveHealth, CategorySubstanceUse}

// Categories returns the names of every sensitive category, sorted.
func Categories() []string { return slices.Clone(categories) }

// IsCategory reports whether c is the name of a sensitive category.
func IsCategory(c string) bool { return slices.Contains(categories, c) }

// Residual risks, the result of verifying a de-identified record (package
// deid/verify), in increasing order.
const (
	RiskNone = "none" // the second scan found nothing
	RiskLow  = "low"  // only findings that cannot be confirmed (low score, surrogate-like text)
	RiskHigh = "high" // a known identifier of the source, or a confident finding
)

func riskRank(r string) int {
	switch r {
	case RiskNone:
		return 0
	case RiskLow:
		return 1
	case RiskHigh:
		return 2
	}
	return -1
}

// Export is the compiled export: section: which records may leave for the
// cloud. Everything it does not allow stays on-prem (quarantine).
type Export struct {
	// AllowCategories are the sensitive categories whose records may be
	// exported, sorted. A record with any other category stays.
	AllowCategories []string `json:"allow_categories"`
	// MaxResidualRisk is the highest verification result a record may carry
	// and be exported: none or low. high never leaves.
	MaxResidualRisk string `json:"max_residual_risk"`
	// Destination: where the export may be written (hashed on its own,
	// see canonical).
	Destination Destination `json:"-"`

	allowed map[string]bool
}

// DefaultExport returns the export section a policy of the given method gets
// when it has none: every category but substance_use (42 CFR Part 2 records
// need the patient's written consent or a qualified service agreement, which
// a policy file cannot know about), and a residual risk of none under Safe
// Harbor, low under an expert determination (whose surrogates read like real
// identifiers to the second scan; the literal check against the source's
// known identifiers still makes a real leak high).
func DefaultExport(m Method) Export {
	e := Export{
		AllowCategories: []string{CategoryGenetics, CategoryHIVSTI, CategoryMentalHealth, CategoryReproductiveHealth},
		MaxResidualRisk: RiskNone,
	}
	if m == Expert {
		e.MaxResidualRisk = RiskLow
	}
	e.allowed = toSet(e.AllowCategories)
	e.Destination = DefaultDestination()
	return e
}

func (e *Export) equal(o *Export) bool {
	return e.MaxResidualRisk == o.MaxResidualRisk && slices.Equal(e.AllowCategories, o.AllowCategories)
}

// AllowsCategory reports whether records labelled with category c may be
// exported. An unknown category is never allowed.
func (p *Policy) AllowsCategory(c string) bool { return p.Export.allowed[c] }

// AllowsResidualRisk reports whether a record whose verification gave risk r
// ("none", "low", "high") may be exported. Anything else (an empty or
// unknown result) is never allowed.
func (p *Policy) AllowsResidualRisk(r string) bool {
	rank := riskRank(r)
	return rank >= 0 && rank < riskRank(RiskHigh) && rank <= riskRank(p.Export.MaxResidualRisk)
}

// RawExport is the export: section.
type RawExport struct {
	AllowCategories []string // nil when the key is absent
	MaxResidualRisk *string
	Destination     RawDestination
	allowSet        bool
}

func (c *compiler) export(p *Policy) {
	p.Export = DefaultExport(p.Method)
	defer c.destination(p)
	r := c.raw.Export
	if r.allowSet {
		seen := map[string]bool{}
		allow := []string{}
		for i, cat := range r.AllowCategories {
			key := fmt.Sprintf("export.allow_categories[%d]", i)
			switch {
			case !IsCategory(cat):
				c.errf(key, "unknown category %q (want one of %s)", cat, strings.Join(categories, ", "))
			case seen[cat]:
				c.errf(key, "category %q is listed twice", cat)
			default:
				seen[cat] = true
				allow = append(allow, cat)
			}
		}
		slices.Sort(allow)
		p.Export.AllowCategories = allow
		p.Export.allowed = toSet(allow)
	}
	if v := r.MaxResidualRisk; v != nil {
		switch *v {
		case RiskNone, RiskLow:
			p.Export.MaxResidualRisk = *v
		case RiskHigh:
			c.errf("export.max_residual_risk", "high would export records in which verification found an identifier: want none or low")
		default:
			c.errf("export.max_residual_risk", "unknown risk %q (want none or low)", *v)
		}
	}
}
