package deid

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestScanSplicedExamples scans texts made by joining the start of one
// detector example to the end of another, cut at random words, and texts of
// words drawn at random from every example: each detector's triggers next
// to another's, in orders no example has. No scan may fail (a detector's
// panic makes the whole text one finding) and every finding is well formed.
// The draws are seeded: a failure names the text that failed, and the
// same run finds it again.
func TestScanSplicedExamples(t *testing.T) {
	var texts [][]string
	var vocab []string
	add := func(ex []example) {
		for _, e := range ex {
			w := strings.Fields(e.text)
			texts = append(texts, w)
			vocab = append(vocab, w...)
		}
	}
	for _, d := range registry {
		add(d.Examples)
	}
	for _, ex := range crossExamples {
		add(ex)
	}
	vocab = append(vocab, ",", ".", "-", "?", "i", "a", "[doctor]", "[patient]", "the", "is", "and", "of")
	e := testEngine(t)
	k := NewKnown(exampleEncounter)
	r := rand.New(rand.NewPCG(7, 11))
	n := 20000
	if testing.Short() {
		n = 3000
	}
	for i := 0; i < n; i++ {
		var w []string
		if i%3 == 2 {
			for j := 2 + r.IntN(20); j > 0; j-- {
				w = append(w, vocab[r.IntN(len(vocab))])
			}
		} else {
			a, b := texts[r.IntN(len(texts))], texts[r.IntN(len(texts))]
			w = append(append(w, a[:r.IntN(len(a)+1)]...), b[r.IntN(len(b)+1):]...)
		}
		text := strings.Join(w, " ")
		for _, fs := range [][]Finding{e.Scan(text), e.ScanKnown(text, k)} {
			for _, f := range fs {
				if f.Source == failedSource {
					t.Fatalf("scan failed closed on text %d of the draw: %q", i, text)
				}
			}
			checkFindings(t, text, fs)
		}
	}
}
