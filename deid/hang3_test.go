package deid

import (
	"strings"
	"testing"
)

// TestLongRepetitiveInputs scans long runs of the shapes detectors extend
// over (names, numbers, spelled letters, separators): each finding keeps to
// its bounds, and nothing runs over the text. (Names once extended without
// bound over their neighbours, which made a long list of names quadratic.)
func TestLongRepetitiveInputs(t *testing.T) {
	e := testEngine(t)
	kk := NewKnown(&Encounter{Facility: "St. Mary's", Patient: &Patient{Name: "Ann O'Neil", MRN: "MRN-001", Phone: "555 0100",
		Address: &PostalAddress{Street: "1 Elm St", City: "Springfield", Zip: "01101"}}})
	for _, unit := range []string{"a ", "1 ", "1-", "1.", "one ", "oh ", "the ", "dr ", "dot ", "- ", ". ", "@", "a@", "w", ":", "1:",
		"a-", "st. ", "[", "(1", "ann ", "john smith ", "Mary Jones ", "twenty ", "double ", "po box ", "hospital ", "county ",
		"street ", "'s ", "ab", "ä", "\xff", "elm ", "1 elm "} {
		text := strings.Repeat(unit, 2000)
		for _, fs := range [][]Finding{e.Scan(text), e.ScanKnown(text, kk)} {
			last := 0
			for _, f := range fs {
				if f.Start < last || f.End > len(text) || f.End <= f.Start {
					t.Fatalf("%q x 2000: bad finding %d-%d", unit, f.Start, f.End)
				}
				last = f.End
			}
		}
	}
}
