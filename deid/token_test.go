package deid

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTokenisedCliticsFold checks that speech written as a tokenizer cuts it
// ("you 're", "do n't", "valentine 's") reads as the same words written
// whole: one token of the same lower-cased form, with the same flags.
func TestTokenisedCliticsFold(t *testing.T) {
	e := testEngine(t)
	lows := func(text string) []string {
		s := &scanner{lex: e.lex, text: text}
		s.tokenize()
		var out []string
		for k := range s.toks {
			out = append(out, string(s.lowerTok(k)))
		}
		return out
	}
	flags := func(text string, k int) uint64 {
		s := &scanner{lex: e.lex, text: text}
		s.tokenize()
		return s.toks[k].f
	}
	for _, c := range []struct{ spaced, whole string }{
		{"so you 're ninety one", "so you're ninety one"},
		{"i 'm joy and i 'll be your nurse", "i'm joy and i'll be your nurse"},
		{"we 've seen it , i 'd say", "we've seen it , i'd say"},
		{"i do n't know , it ca n't be", "i don't know , it can't be"},
		{"on valentine 's day", "on valentine's day"},
	} {
		got, want := lows(c.spaced), lows(c.whole)
		require.Equal(t, want, got, c.spaced)
		for k := range want {
			assert.Equal(t, flags(c.whole, k), flags(c.spaced, k), "%q token %d", c.spaced, k)
		}
	}
	// a clitic after a line break, an apostrophe that opens a quotation,
	// and a lone "n't" stay as they are
	assert.Equal(t, []string{"you", "'", "re", "here"}, lows("you\n're here"))
	assert.Equal(t, []string{"he", "said", "'", "do", "it", "'"}, lows("he said 'do it'"))
	assert.Equal(t, []string{"nt"}, lows("n't"))
}
