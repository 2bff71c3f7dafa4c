package redact

import (
	"strings"
	"testing"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/policy"
)

// benchText is a transcript-like text with an identifier every ~60 bytes,
// denser than real transcripts (where most turns hold none).
func benchText(b *testing.B) (string, []deid.Finding) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("patient reports chest pain since {DATE:march 3rd 2021} and was seen by {NAME:Dr. Lopez}; ")
		sb.WriteString("call {PHONE:617-555-1212} she is {AGE:92} and lives in {ZIP:02139} with {NAME:Mary Smith}. ")
		sb.WriteString("no fever, no cough, taking lisinopril ten milligrams daily, blood pressure well controlled. ")
	}
	return unmark(b, sb.String())
}

func benchRedact(b *testing.B, p *policy.Policy) {
	r := newRedactor(b, p, testKeyHex)
	text, fs := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Text(text, fs, r.NewScope("bench"))
	}
}

// BenchmarkRedactSafeHarbor measures the operators alone (findings given).
func BenchmarkRedactSafeHarbor(b *testing.B) { benchRedact(b, policy.Default()) }

// BenchmarkRedactExpert measures surrogates and date shifting.
func BenchmarkRedactExpert(b *testing.B) {
	p, _ := policy.Preset("expert")
	benchRedact(b, p)
}

// BenchmarkScanRedactSafeHarbor is scan + redact, the figure to set next to
// the engine's scan benchmark (target >= 20 MB/s per core).
func BenchmarkScanRedactSafeHarbor(b *testing.B) {
	r := newRedactor(b, nil, testKeyHex)
	text, _ := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Text(text, r.Engine().Scan(text), r.NewScope(""))
	}
}

// BenchmarkConversationSafeHarbor is the record path the pipelines call.
func BenchmarkConversationSafeHarbor(b *testing.B) {
	r := newRedactor(b, nil, testKeyHex)
	cs, fss := markedConversations(b)
	n := 0
	for _, c := range cs {
		for _, t := range c.Turns {
			n += len(t.Text)
		}
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, c := range cs {
			if _, err := r.ConversationFindings(c, fss[j]); err != nil {
				b.Fatal(err)
			}
		}
	}
}
