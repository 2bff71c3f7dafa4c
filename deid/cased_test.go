package deid

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// isCased is the direct reading of casedCounts over a text: the letter
// counts tokenize keeps must give the same answer.
func isCased(text string) bool {
	upper, lower := 0, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			upper++
		}
	}
	return casedCounts(upper, lower)
}

func TestCasedCountsMatchText(t *testing.T) {
	texts, _, _ := benchCorpus(t)
	texts = append(texts, "", "ALL CAPS NOTE", "lower only", "Dr. [NAME] saw [NAME_1] today", "Zoë Ærø met JOSÉ", "[DATE] [PHONE] ok")
	s := &scanner{lex: testEngine(t).lex}
	for _, x := range texts {
		s.text = x
		s.tokenize()
		assert.Equal(t, isCased(x), casedCounts(s.asciiUpper, s.asciiLower), "%.40q", x)
	}
}
