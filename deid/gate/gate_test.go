package gate

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/classify"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/reason"
	"github.com/deid-project/deid/deid/verify"
)

func compile(t *testing.T, src string) *policy.Policy {
	t.Helper()
	p, err := policy.ParseCompile([]byte(src), "test")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDecide(t *testing.T) {
	sh := policy.Default()
	ex, err := policy.Preset("expert")
	if err != nil {
		t.Fatal(err)
	}
	part2 := compile(t, "name: part2\nversion: 1\nmethod: safe-harbor\ndefault: tag\nrules: {DATE: generalize, AGE: generalize, ZIP: generalize}\n"+
		"export: {allow_categories: [substance_use, mental_health], max_residual_risk: low}\n")
	labels := func(p *policy.Policy, risk string, cats ...classify.Category) classify.Labels {
		return classify.Labels{Tier: classify.TierDeidentified, Policy: p.Name, PolicyHash: p.Hash(),
			Removed: map[deid.Type]int{deid.Name: 2}, ResidualRisk: risk, Categories: cats}
	}
	none := verify.Result{Risk: verify.RiskNone}
	low := verify.Result{Risk: verify.RiskLow, Residual: 1}
	high := verify.Result{Risk: verify.RiskHigh, Residual: 1}
	leak := verify.Result{Risk: verify.RiskHigh, KnownLeaks: 1}

	for _, tc := range []struct {
		name   string
		labels classify.Labels
		res    verify.Result
		pol    *policy.Policy
		want   Decision
	}{
		{"clean", labels(sh, "none"), none, sh, Decision{Export, ReasonOK}},
		{"allowed categories", labels(sh, "none", classify.Genetics, classify.MentalHealth), none, sh, Decision{Export, ReasonOK}},
		{"part 2", labels(sh, "none", classify.MentalHealth, classify.SubstanceUse), none, sh, Decision{Quarantine, "category_not_allowed.substance_use"}},
		{"part 2 allowed", labels(part2, "none", classify.SubstanceUse), none, part2, Decision{Export, ReasonOK}},
		{"category not in custom list", labels(part2, "none", classify.Genetics), none, part2, Decision{Quarantine, "category_not_allowed.genetics"}},
		{"low under safe-harbor", labels(sh, "low"), low, sh, Decision{Quarantine, ReasonResidualLow}},
		{"low under expert", labels(ex, "low"), low, ex, Decision{Export, ReasonOK}},
		{"low allowed by policy", labels(part2, "low"), low, part2, Decision{Export, ReasonOK}},
		{"high", labels(sh, "high"), high, sh, Decision{Quarantine, ReasonResidual}},
		{"high under expert", labels(ex, "high"), high, ex, Decision{Quarantine, ReasonResidual}},
		{"known leak", labels(ex, "high"), leak, ex, Decision{Quarantine, ReasonKnownIdentifier}},
		{"residual before category", labels(sh, "high", classify.SubstanceUse), high, sh, Decision{Quarantine, ReasonResidual}},
		// Fail closed.
		{"no policy", labels(sh, "none"), none, nil, Decision{Quarantine, ReasonNoPolicy}},
		{"unverified", labels(sh, "none"), verify.Result{}, sh, Decision{Quarantine, ReasonVerifyError}},
		{"unknown risk", labels(sh, "none"), verify.Result{Risk: "medium"}, sh, Decision{Quarantine, ReasonVerifyError}},
		{"verify error", labels(sh, "high"), verify.Result{Risk: verify.RiskHigh, Error: "no_engine"}, sh, Decision{Quarantine, ReasonVerifyError}},
		{"error with risk none", labels(sh, "none"), verify.Result{Risk: verify.RiskNone, Error: "x"}, sh, Decision{Quarantine, ReasonVerifyError}},
		{"labels not verified", labels(sh, ""), none, sh, Decision{Quarantine, ReasonLabelsStale}},
		{"labels disagree", labels(sh, "none"), high, sh, Decision{Quarantine, ReasonLabelsStale}},
		{"restricted tier", func() classify.Labels { l := labels(sh, "none"); l.Tier = classify.TierRestricted; return l }(), none, sh, Decision{Quarantine, ReasonTier}},
		{"no tier", func() classify.Labels { l := labels(sh, "none"); l.Tier = ""; return l }(), none, sh, Decision{Quarantine, ReasonLabelsInvalid}},
		{"other policy", labels(ex, "none"), none, sh, Decision{Quarantine, ReasonPolicyMismatch}},
		{"other hash", func() classify.Labels { l := labels(sh, "none"); l.PolicyHash = ex.Hash(); return l }(), none, sh, Decision{Quarantine, ReasonPolicyMismatch}},
		{"unknown category", labels(sh, "none", "astrology"), none, sh, Decision{Quarantine, ReasonLabelsInvalid}},
		{"unsorted categories", labels(sh, "none", classify.MentalHealth, classify.Genetics), none, sh, Decision{Quarantine, ReasonLabelsInvalid}},
		{"zero labels", classify.Labels{}, none, sh, Decision{Quarantine, ReasonLabelsInvalid}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Decide(tc.labels, tc.res, tc.pol)
			if got != tc.want {
				t.Errorf("Decide = %+v, want %+v", got, tc.want)
			}
			if got.Exports() != (tc.want.Route == Export) {
				t.Error("Exports disagrees with Route")
			}
			if !reason.Valid(got.Reason) {
				t.Errorf("reason %q is not a code", got.Reason)
			}
			if got.Reason != ReasonOK && !slices.Contains(Reasons(), got.Reason) {
				t.Errorf("reason %q is not listed by Reasons", got.Reason)
			}
		})
	}
	if (Decision{}).Exports() || (Decision{}).Outcome() != Quarantined {
		t.Error("the zero Decision exports")
	}
}

func TestCounts(t *testing.T) {
	var a, b Counts
	a.Read(4)
	a.Count(Exported)
	a.Count(Decision{Quarantine, ReasonResidual}.Outcome())
	a.Count(Decision{Export, ReasonOK}.Outcome())
	a.Count(Rejected)
	if !a.Reconciles() || a.Exported != 2 || a.Quarantined != 1 || a.Rejected != 1 {
		t.Errorf("a = %+v reconciles %v", a, a.Reconciles())
	}
	b.Read(3)
	b.Count(Quarantined)
	b.Count(Rejected)
	b.Skip()
	sum := a
	sum.Add(b)
	if !sum.Reconciles() || sum.RecordsIn != 7 || sum.Quarantined != 2 || sum.Skipped != 1 {
		t.Errorf("sum = %+v", sum)
	}

	lost := sum
	lost.Read(1) // a record read that ended nowhere
	if lost.Reconciles() {
		t.Error("a lost record reconciles")
	}
	twice := sum
	twice.Count(Exported) // a record that ended twice
	if twice.Reconciles() {
		t.Error("a record counted twice reconciles")
	}
	bad := sum
	bad.Read(1)
	if bad.Count("deleted") || bad.Reconciles() {
		t.Error("an unknown outcome is counted")
	}
	neg := Counts{RecordsIn: 0, Exported: 1, Quarantined: -1}
	if neg.Reconciles() {
		t.Error("negative counts reconcile")
	}
	if !(Counts{}).Reconciles() {
		t.Error("empty counts do not reconcile")
	}
}

// TestReasonCodeHoldsNoText: a reason that is not a code (say a parse
// error that quotes its input) is never kept.
func TestReasonCodeHoldsNoText(t *testing.T) {
	for in, want := range map[string]string{
		`invalid character 'J' looking for "John Smith"`: ReasonInvalid,
		"Residual Identifier":                            ReasonInvalid,
		"":                                               ReasonUnspecified,
		"malformed_json":                                 "malformed_json",
	} {
		got := ReasonCode(in)
		assert.Equal(t, want, got, "%q", in)
		assert.True(t, reason.Valid(got))
		assert.NotContains(t, strings.ToLower(got), "john")
	}
}

// TestReasons: every code the gate can give is listed once, is of the
// deid/reason grammar, and ReasonCode keeps it as it is.
func TestReasons(t *testing.T) {
	rs := Reasons()
	require.NotEmpty(t, rs)
	assert.Len(t, rs, len(slices.Compact(slices.Sorted(slices.Values(rs)))), "duplicates in %v", rs)
	for _, c := range classify.Categories {
		assert.Contains(t, rs, CategoryReason(c))
	}
	assert.Equal(t, "category_not_allowed.substance_use", CategoryReason(classify.SubstanceUse))
	for _, r := range append(rs, ReasonOK) {
		assert.True(t, reason.Valid(r), "%q", r)
		assert.Equal(t, r, ReasonCode(r), "%q", r)
	}
	// every category a policy may refuse gives its own listed code
	none := compile(t, "name: none\nversion: 1\nmethod: safe-harbor\ndefault: tag\nrules: {DATE: generalize, AGE: generalize, ZIP: generalize}\n"+
		"export: {allow_categories: [], max_residual_risk: none}\n")
	for _, c := range classify.Categories {
		l := classify.Labels{Tier: classify.TierDeidentified, Policy: none.Name, PolicyHash: none.Hash(), ResidualRisk: verify.RiskNone,
			Categories: []classify.Category{c}}
		d := Decide(l, verify.Result{Risk: verify.RiskNone}, none)
		assert.Equal(t, Decision{Quarantine, CategoryReason(c)}, d)
	}
}
