package deid

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNotesOrSpeech checks which texts the scanner reads as clinical notes
// (where a name needs context, shorthand words are no names and the rules
// of speech stay off): shorthand alone makes a note; a speech recogniser's
// numbered or call-centre speaker labels, or the words of people talking
// to each other, make speech however much shorthand it holds.
func TestNotesOrSpeech(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	notes := func(text string) bool {
		s := &scanner{lex: e.lex, text: text}
		s.tokenize()
		return s.notes
	}
	for _, c := range []struct {
		text  string
		notes bool
	}{
		{"pt alert, bp 120/80, hr 88, sats 97% ra. cbc pending. neuro intact. plan: cont abx, f/u cxr.", true},
		{"NEURO: A&OX3. RESP: LS CTA, NC 2L. CV: HR 88 SR. GI: abd soft. PLAN: cont abx, f/u cxr in am.", true},
		// numbered speaker labels from a recogniser, call-centre roles
		{"spk_0: bp was one twenty, cbc fine, hr ok\nspk_1: ok\nspk_0: cxr pending, abx cont, f/u in am", false},
		{"Agent: bp was one twenty, cbc fine, hr ok\nCaller: ok\nAgent: cxr pending, abx cont, f/u in am", false},
		// no labels at all, but people talking to each other
		{"okay so your bp was fine um the cbc too and you 're on the abx yeah so f/u in am , that 's the plan okay", false},
	} {
		assert.Equal(t, c.notes, notes(c.text), "%q", c.text)
	}
}
