package classify

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

func benchTexts(b *testing.B) ([]string, int64) {
	f, err := os.Open("../../fixtures/testdata/conversations.jsonl")
	if err != nil {
		b.Skip("no fixtures")
	}
	defer f.Close()
	var texts []string
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var c struct{ Turns []struct{ Text string } }
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			b.Fatal(err)
		}
		for _, t := range c.Turns {
			texts = append(texts, t.Text)
			n += int64(len(t.Text))
		}
	}
	return texts, n
}

// BenchmarkDetect: every turn of the fixture conversations, one call per
// conversation's worth of text.
func BenchmarkDetect(b *testing.B) {
	texts, n := benchTexts(b)
	d := Default()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		d.Detect(texts...)
	}
}

func BenchmarkDetectCounts(b *testing.B) {
	texts, n := benchTexts(b)
	d := Default()
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		d.Counts(texts...)
	}
}
