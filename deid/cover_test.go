package deid

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCoverIndexMatchesFindings scans identifier-dense text and the
// real and synthetic dialogues of the benchmarks: at the end of every scan
// the cover index holds, for every token, exactly the types of the findings
// that overlap it (checkCover; TestMain turns it on for every test).
func TestCoverIndexMatchesFindings(t *testing.T) {
	defer func(was bool) { coverCheck = was }(coverCheck)
	coverCheck = true
	e := testEngine(t)
	before := coverMismatches.Load()
	e.Scan(denseText(t, 96<<10))
	texts, _, _ := benchCorpus(t)
	for _, x := range texts {
		e.Scan(x)
	}
	convs, _ := realDialogues(t)
	for _, c := range convs {
		e.ScanConversation(c)
	}
	assert.Equal(t, before, coverMismatches.Load())
}

// TestCoverIndexFollowsSpans: a finding grown after the index read it
// covers its new tokens; one shrunk or dropped covers them no more.
func TestCoverIndexFollowsSpans(t *testing.T) {
	s := &scanner{lex: testEngine(t).lex}
	s.text = "call ann lee at home today"
	s.tokenize()
	s.invalidateCover()
	s.add(1, 1, Name, 0.9, "test")
	require.True(t, s.covered(1, Name))
	require.False(t, s.covered(2, ""))

	s.setSpan(0, s.found[0].Start, int(s.toks[2].end)) // "ann lee"
	assert.True(t, s.covered(2, Name))
	assert.False(t, s.covered(2, Date))

	s.setSpan(0, int(s.toks[2].start), int(s.toks[2].end)) // "lee"
	assert.False(t, s.covered(1, ""))
	assert.True(t, s.covered(2, ""))

	s.addBytes(int(s.toks[5].start), int(s.toks[5].end), Date, 0.9, "test")
	assert.True(t, s.covered(5, Date))
	s.found = s.found[:1]
	s.invalidateCover()
	assert.False(t, s.covered(5, ""))
}
