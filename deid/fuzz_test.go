package deid

import (
	"strings"
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
		"é", "\xff\xfe", "ñandú josé", "one two three four five six seven eight nine ten eleven",
		// the caption and dictation views (caption.go, dictation.go)
		"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Ann Lee>my cell is 541 555</v>\n\n00:00:02.500 --> 00:00:03.000\n<v Ann Lee>0192</v>",
		"1\n00:00:01,000 --> 00:00:02,000\nDR. LEE: hi\n\n2\n00:00:02,000 --> 00:00:03,000\nDR. LEE: <i>x</i>", "-->", "0:00.0 --> 0:0.0\n<v", "<v>", "</v><v a>",
		"ann comma lee colon 4 slash 19 slash 1947 period new paragraph open paren x close paren", "comma comma dash dash", "Doctor   0:07\n", "<INAUDIBLE_SPEECH/>", "<A/"} {
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
			checkFindings(t, text, fs)
		}
	})
}

// checkFindings fails t unless fs are sorted, non-overlapping byte ranges
// inside text on rune boundaries, none the fail-closed finding of a panic.
func checkFindings(t *testing.T, text string, fs []Finding) {
	t.Helper()
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

// FuzzScanConversation: a conversation made of the text's lines, the
// speakers taking turns, scans as FuzzScan's texts do, with what one turn
// asks for carried to the next and the words taken for names carried
// between turns.
func FuzzScanConversation(f *testing.F) {
	for _, s := range []string{"what's your first name?\njo.", "date of birth?\nthe ninth of june, sixty one.\nand your phone?\nsix one seven",
		"your member id?\nw x k four\nok", "?\n?", "name?\n", "\n\n", "can you spell that?\nk o w a l s k i\nthanks kowalski",
		"your zip?\n\noh two one", "this is dr zorvath.\nzorvath agreed?\nyes"} {
		f.Add(s)
	}
	e, err := New(nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c := &Conversation{}
		for i, line := range strings.Split(text, "\n") {
			speaker := "clinician"
			if i%2 == 1 {
				speaker = "patient"
			}
			c.Turns = append(c.Turns, Turn{Speaker: speaker, Text: line})
		}
		found := e.ScanConversation(c)
		if len(found) != len(c.Turns) {
			t.Fatalf("%d turns, findings for %d", len(c.Turns), len(found))
		}
		for i := range c.Turns {
			checkFindings(t, c.Turns[i].Text, found[i])
		}
	})
}
