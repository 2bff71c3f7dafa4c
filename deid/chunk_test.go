package deid

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A long text scanned in chunks finds what the same text finds in one
// piece: chunks are made small here so that the real dialogues cross many
// chunk boundaries.
func TestScanChunkedMatchesWhole(t *testing.T) {
	e := testEngine(t)
	texts, _, _ := benchCorpus(t)
	var b strings.Builder
	for _, x := range texts[len(texts)-300:] { // the MTS-Dialog dialogues
		b.WriteString(x)
		b.WriteString("\n")
	}
	text := b.String()
	require.Greater(t, len(text), 100_000)

	whole := e.scanText(text, nil, nil)
	defer func(c, o int) { chunkBytes, chunkOverlap = c, o }(chunkBytes, chunkOverlap)
	chunkBytes, chunkOverlap = 4000, 1000
	chunked := e.ScanKnown(text, nil)
	assert.Equal(t, len(whole), len(chunked), "findings whole vs chunked")
	for i := 0; i < min(len(whole), len(chunked)); i++ {
		if whole[i] != chunked[i] {
			t.Fatalf("finding %d: whole %+v, chunked %+v", i, whole[i], chunked[i])
		}
	}
}

// Every byte of a long text is scanned once by exactly one chunk's own
// part, whatever the text is made of.
func TestScanChunkedBoundaries(t *testing.T) {
	e := testEngine(t)
	defer func(c, o int) { chunkBytes, chunkOverlap = c, o }(chunkBytes, chunkOverlap)
	chunkBytes, chunkOverlap = 64, 16
	for _, text := range []string{
		strings.Repeat("call 555-201-3344 now ", 40),
		strings.Repeat("x", 1000),                       // no white space at all
		strings.Repeat("é", 700),                        // multi-byte characters, no space
		strings.Repeat("my daughter jessica came ", 30), // names across cuts
	} {
		fs := e.ScanKnown(text, nil)
		last := 0
		for _, f := range fs {
			require.GreaterOrEqual(t, f.Start, last)
			require.Greater(t, f.End, f.Start)
			require.LessOrEqual(t, f.End, len(text))
			last = f.End
		}
		if strings.HasPrefix(text, "call") {
			assert.Equal(t, 40, len(fs), "every phone number found once")
		}
		if strings.HasPrefix(text, "my daughter") {
			assert.Equal(t, 30, len(fs), "every name found once")
		}
	}
}

// BenchmarkScanLong scans one 20 MB document: memory per op stays near
// the size of the findings, not a multiple of the text.
func BenchmarkScanLong(b *testing.B) {
	e := testEngine(b)
	texts, _, _ := benchCorpus(b)
	var sb strings.Builder
	for sb.Len() < 20<<20 {
		for _, x := range texts {
			sb.WriteString(x)
			sb.WriteString("\n")
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		e.ScanKnown(text, nil)
	}
}

// TestSeenURLMarks: the tokenizer notes "://", "ww." and a '.' joined on
// both sides exactly when the searches detectChunks made before would
// have found them, on every string of up to 7 bytes over the bytes that
// matter.
func TestSeenURLMarks(t *testing.T) {
	s := &scanner{lex: testEngine(t).lex}
	var gen func(p string, n int)
	gen = func(p string, n int) {
		s.text = p
		s.tokenize()
		if want := strings.Contains(p, "ww.") || strings.Contains(p, "WW."); s.hasSeen(seenWWDot) != want {
			t.Fatalf("%q: seenWWDot = %v", p, !want)
		}
		if want := strings.Contains(p, "://"); s.hasSeen(seenScheme) != want {
			t.Fatalf("%q: seenScheme = %v", p, !want)
		}
		joined := false
		for i := 0; i+2 < len(s.toks); i++ {
			if s.toks[i].kind != tkPunct && s.isPunct(i+1, '.') && s.toks[i].end == s.toks[i+1].start && s.toks[i+1].end == s.toks[i+2].start {
				joined = true
			}
		}
		if joined && !s.hasSeen(seenDotJoin) {
			t.Fatalf("%q: seenDotJoin not set", p)
		}
		if n > 0 {
			for _, c := range []string{"w", "W", ".", "x", ":", "/", " ", "1"} {
				gen(p+c, n-1)
			}
		}
	}
	gen("", 6)
}
