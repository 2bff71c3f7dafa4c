package deid

import (
	"testing"
	"unicode/utf8"
)

// FuzzScan: no detector panics (the scan would fail closed and report the
// whole text), and the findings are sorted,
// non-overlapping byte ranges inside the text on rune boundaries.
func FuzzScan(f *testing.F) {
	for _, d := range registry {
		for _, e := range d.Examples {
			f.Add(e.text)
		}
	}
	for _, ex := range crossExamples {
		for _, e := range ex {
			f.Add(e.text)
		}
	}
	for _, s := range []string{"", "po box", "p o box", "dr.", "the", "(", "((((", "1-", "- 1", "twenty", "one hundred and", "m r n",
		"march", "call five five five", "@", "a@b", "www.", "http://", "::::", "1.2.3.", "double", "st.", "[NAME", "[NAME_1]",
		"é", "\xff\xfe", "ñandú josé", "one two three four five six seven eight nine ten eleven"} {
		f.Add(s)
	}
	e, err := New(nil)
	if err != nil {
		f.Fatal(err)
	}
	k := NewKnown(&Encounter{Facility: "St. Mary's", Patient: &Patient{Name: "Ann O'Neil", MRN: "MRN-001", Phone: "555 0100",
		Address: &PostalAddress{Street: "1 Elm St", City: "Springfield", Zip: "01101"}}})
	f.Fuzz(func(t *testing.T, text string) {
		for _, fs := range [][]Finding{e.Scan(text), e.ScanKnown(text, k)} {
			last := 0
			for _, x := range fs {
				if x.Source == "engine/failed" {
					t.Fatalf("a detector panicked (the scan failed closed)")
				}
				if x.Start < last || x.End <= x.Start || x.End > len(text) {
					t.Fatalf("bad finding %d-%d (last end %d, len %d)", x.Start, x.End, last, len(text))
				}
				if utf8.ValidString(text) && (!utf8.RuneStart(text[x.Start]) || x.End < len(text) && !utf8.RuneStart(text[x.End])) {
					t.Fatalf("finding %d-%d cuts a character", x.Start, x.End)
				}
				last = x.End
			}
		}
	})
}
