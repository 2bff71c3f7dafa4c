package verify

import (
	"testing"

	"github.com/deid-project/deid/deid/redact"
)

// BenchmarkCheck verifies the safe-harbor output of every fixture
// conversation; bytes are the output turn texts.
func BenchmarkCheck(b *testing.B) {
	for _, preset := range []string{"safe-harbor", "expert"} {
		b.Run(preset, func(b *testing.B) {
			cs := fixtures(b)
			r := redactor(b, preset)
			recs := make([]*redact.Record, len(cs))
			var n int64
			for i, c := range cs {
				rec, err := r.Conversation(c)
				if err != nil {
					b.Fatal(err)
				}
				recs[i] = rec
				for _, t := range rec.Turns {
					n += int64(len(t.Text))
				}
			}
			opts := &Options{Policy: r.Policy()}
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				for i, rec := range recs {
					Check(engine(b), rec, cs[i], opts)
				}
			}
		})
	}
}

// BenchmarkScan is the engine alone on the same output, for comparison:
// the part of Check that is not verify's own.
func BenchmarkScan(b *testing.B) {
	cs := fixtures(b)
	r := redactor(b, "safe-harbor")
	var texts []string
	var n int64
	for _, c := range cs {
		rec, err := r.Conversation(c)
		if err != nil {
			b.Fatal(err)
		}
		for _, t := range rec.Turns {
			texts = append(texts, t.Text)
			n += int64(len(t.Text))
		}
	}
	eng := engine(b)
	b.SetBytes(n)
	for b.Loop() {
		for _, t := range texts {
			eng.Scan(t)
		}
	}
}
