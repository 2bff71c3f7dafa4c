package classify

import (
	"slices"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid/policy"
)

func TestCategoriesMatchPolicy(t *testing.T) {
	var names []string
	for _, c := range Categories {
		names = append(names, string(c))
	}
	if !slices.Equal(names, policy.Categories()) {
		t.Errorf("classify categories %v, policy categories %v", names, policy.Categories())
	}
	if len(Categories) > 8 {
		t.Fatal("categories are a uint8 bit set")
	}
}

// TestRules validates every rule against its own examples, and every term
// against the other rules: a term alone mentions its category and no other
// (unless it is listed under both), and no exception hides a term of
// another category.
func TestRules(t *testing.T) {
	d := Default()
	owners := map[string][]Category{}
	for _, r := range Rules() {
		for _, term := range append(append(slices.Clone(r.Terms), r.Spelled...), r.Cased...) {
			owners[term] = append(owners[term], r.Category)
		}
	}
	for _, r := range Rules() {
		t.Run(string(r.Category), func(t *testing.T) {
			if len(r.Match) == 0 || len(r.NoMatch) == 0 {
				t.Error("a rule needs examples it must match and must not match")
			}
			for _, ex := range r.Match {
				if !slices.Contains(d.Detect(ex), r.Category) {
					t.Errorf("does not match %q", ex)
				}
			}
			for _, ex := range r.NoMatch {
				if slices.Contains(d.Detect(ex), r.Category) {
					t.Errorf("matches %q", ex)
				}
			}
			for _, term := range append(append(slices.Clone(r.Terms), r.Spelled...), r.Cased...) {
				want := slices.Clone(owners[term])
				slices.Sort(want)
				if got := d.Detect(term); !slices.Equal(got, slices.Compact(want)) {
					t.Errorf("term %q alone gives %v, want %v", term, got, want)
				}
				if term != strings.TrimSpace(term) || (!slices.Contains(r.Cased, term) && term != strings.ToLower(term)) {
					t.Errorf("term %q: write terms trimmed and in lower case", term)
				}
			}
			for _, term := range r.Spelled {
				spelled := strings.Join(strings.Split(term, ""), " ")
				if !slices.Contains(d.Detect(spelled), r.Category) {
					t.Errorf("spelled %q not matched", spelled)
				}
			}
			for _, ex := range r.Except {
				if got := d.Detect(ex); len(got) != 0 {
					t.Errorf("exception %q mentions %v", ex, got)
				}
				for _, w := range strings.Fields(ex) {
					for _, c := range owners[w] {
						if c != r.Category {
							t.Errorf("exception %q hides %q of %s", ex, w, c)
						}
					}
				}
			}
		})
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		texts []string
		want  []Category
	}{
		{nil, nil},
		{[]string{""}, nil},
		{[]string{"blood pressure is fine, see you in three months"}, nil},
		{[]string{"on suboxone", "her anxiety", "PrEP", "pregnant", "brca"},
			[]Category{Genetics, HIVSTI, MentalHealth, ReproductiveHealth, SubstanceUse}},
		{[]string{"Postpartum depression after her second baby"}, []Category{MentalHealth, ReproductiveHealth}},
		{[]string{"“Heroin,” he said."}, []Category{SubstanceUse}}, // curly quotes separate
		{[]string{"Huntington’s disease"}, []Category{Genetics}},   // curly apostrophe
		{[]string{"H.I.V. test"}, []Category{HIVSTI}},
		{[]string{"HIV-positive"}, []Category{HIVSTI}},
		{[]string{"heroine of the story"}, nil},           // whole words only
		{[]string{"methadone"}, []Category{SubstanceUse}}, // one word text
		{[]string{"no depression", "st depression"}, []Category{MentalHealth}},
		{[]string{"the ST depression resolved"}, nil},
		{[]string{"opioid"}, nil},
	} {
		if got := Detect(tc.texts...); !slices.Equal(got, tc.want) {
			t.Errorf("Detect(%q) = %v, want %v", tc.texts, got, tc.want)
		}
	}
	got := DetectCounts("depression and anxiety", "PTSD", "on methadone")
	if got[MentalHealth] != 3 || got[SubstanceUse] != 1 || len(got) != 2 {
		t.Errorf("DetectCounts = %v", got)
	}
}

func TestNewDetectorErrors(t *testing.T) {
	if _, err := NewDetector([]Rule{{Category: "astrology", Terms: []string{"horoscope"}}}); err == nil {
		t.Error("unknown category accepted")
	}
	if _, err := NewDetector([]Rule{{Category: Genetics, Terms: []string{" - "}}}); err == nil {
		t.Error("empty term accepted")
	}
	if _, err := NewDetector([]Rule{{Category: Genetics, Cased: []string{"BR CA"}}}); err == nil {
		t.Error("cased phrase accepted")
	}
}
