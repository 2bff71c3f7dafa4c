package deid

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// loadConversations reads the committed synthetic conversations and
// returns them with the total size of their turns' text.
func loadConversations(tb testing.TB) ([]*Conversation, int) {
	tb.Helper()
	f, err := os.Open("../fixtures/testdata/conversations.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var convs []*Conversation
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		c := &Conversation{}
		if err := json.Unmarshal(sc.Bytes(), c); err != nil {
			tb.Fatal(err)
		}
		for _, t := range c.Turns {
			n += len(t.Text)
		}
		convs = append(convs, c)
	}
	return convs, n
}

// benchCorpus is conversation text in the shapes the engine meets: the
// synthetic conversations (cased and ASR turns) and the real MTS-Dialog
// dialogues, one text per turn or dialogue. turns is how many of the texts
// are conversation turns (they come first).
func benchCorpus(tb testing.TB) (texts []string, size, turns int) {
	tb.Helper()
	convs, _ := loadConversations(tb)
	for _, c := range convs {
		for _, t := range c.Turns {
			texts = append(texts, t.Text)
			size += len(t.Text)
		}
	}
	turns = len(texts)
	g, err := os.Open("../fixtures/testdata/mts-dialog-sample.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	defer g.Close()
	sc := bufio.NewScanner(g)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d Doc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, d.Text)
		size += len(d.Text)
	}
	return texts, size, turns
}

// BenchmarkScan measures scan throughput on one core with every detector
// and dictionary loaded (go test -bench Scan -cpu 1).
func BenchmarkScan(b *testing.B) {
	e := testEngine(b)
	texts, n, _ := benchCorpus(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			e.Scan(t)
		}
	}
}

// BenchmarkScanParallel is BenchmarkScan on every core (GOMAXPROCS
// goroutines sharing one Engine).
func BenchmarkScanParallel(b *testing.B) {
	e := testEngine(b)
	texts, n, _ := benchCorpus(b)
	b.SetBytes(int64(n))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			for _, t := range texts {
				e.Scan(t)
			}
		}
	})
}

// BenchmarkScanKnown scans conversations with their encounters' known
// identifiers, as `deid scan --format conversation` does.
func BenchmarkScanKnown(b *testing.B) {
	convs, n := loadConversations(b)
	benchConversations(b, convs, n)
}

// benchConversations scans every conversation with its known identifiers,
// n bytes of turns, once per iteration.
func benchConversations(b *testing.B, convs []*Conversation, n int) {
	e := testEngine(b)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range convs {
			e.ScanConversation(c)
		}
	}
}

// BenchmarkScanTurns scans the same conversation turns as
// BenchmarkScanKnown without their encounters.
func BenchmarkScanTurns(b *testing.B) {
	e := testEngine(b)
	all, _, turns := benchCorpus(b)
	texts, n := all[:turns], 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			e.Scan(t)
		}
	}
}

// realDialogues returns the real dialogues of the fixtures (PriMock57
// consultations, turn by turn, and MTS-Dialog dialogues, one turn each),
// each with the encounter of a synthetic conversation (taken in turn) so
// that the known-identifier look-ups run too, and their text size.
func realDialogues(tb testing.TB) ([]*Conversation, int) {
	tb.Helper()
	synth, _ := loadConversations(tb)
	var convs []*Conversation
	n := 0
	for _, name := range []string{"primock57.jsonl", "mts-dialog-sample.jsonl"} {
		f, err := os.Open("../fixtures/testdata/" + name)
		if err != nil {
			tb.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var c struct {
				Conversation
				Text string `json:"text"`
			}
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				tb.Fatal(err)
			}
			if c.Text != "" {
				c.Turns = append(c.Turns, Turn{Text: c.Text})
			}
			c.Encounter = synth[len(convs)%len(synth)].Encounter
			for _, t := range c.Turns {
				n += len(t.Text)
			}
			convs = append(convs, &c.Conversation)
		}
		f.Close()
	}
	return convs, n
}

// BenchmarkScanDialogues scans real dialogues with known identifiers on one
// core: the throughput of `deid scan --format conversation` on real speech.
func BenchmarkScanDialogues(b *testing.B) {
	convs, n := realDialogues(b)
	benchConversations(b, convs, n)
}

// BenchmarkStartup is the cost of loading the embedded dictionaries, paid
// once per process (or Beam worker).
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := parseLexicon(lexiconBin); err != nil {
			b.Fatal(err)
		}
	}
}

// denseText is identifier-dense speech and notes of about n bytes: the
// synthetic conversations' turns between lines that each carry a date, a
// name, a phone number, an age over 89 and a ZIP code.
func denseText(tb testing.TB, n int) string {
	tb.Helper()
	texts, _, turns := benchCorpus(tb)
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		sb.WriteString(texts[i%turns])
		sb.WriteString("\nseen on march 3rd 2021 by Dr. Lopez, call 617-555-1212, she is 92 and lives in 02139. ")
		sb.WriteString("he turned ninety four on the ninth and his son tom drove him from the maple street house.\n")
	}
	return sb.String()[:n]
}

// BenchmarkScanDense scans one identifier-dense text of 64 KB and one of
// 1 MB (one chunk): work that grows with the findings already made shows
// as a lower throughput on the larger text. benchtable checks the ratio.
func BenchmarkScanDense(b *testing.B) {
	e := testEngine(b)
	for _, size := range []struct {
		name string
		n    int
	}{{"64KB", 64 << 10}, {"1MB", 1 << 20}} {
		text := denseText(b, size.n)
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				e.Scan(text)
			}
		})
	}
}
