package deid

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// isCased is the direct reading of casedCounts over a text, the letters of
// redaction tags left out: the letter counts tokenize keeps must give the
// same answer.
func isCased(text string) bool {
	upper, lower := 0, 0
	for i := 0; i < len(text); i++ {
		if n := tagLen(text[i:]); text[i] == '[' && n > 0 {
			i += n - 1
			continue
		}
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
	// redacted lower-case speech stays lower-case for the verifying scan
	assert.False(t, isCased("so [NAME] said [NAME_2] will call on [DATE] , uh , okay"))
	s := &scanner{lex: testEngine(t).lex}
	for _, x := range texts {
		s.text = x
		s.tokenize()
		assert.Equal(t, isCased(x), casedCounts(s.asciiUpper, s.asciiLower), "%.40q", x)
	}
}

// TestTagsKeepSpeechLowerCase: verification scans the redacted output; its
// tags must not make lower-case speech read as cased text, where a broken-off
// word ("trent- tretinoin") would be taken for a name that the first scan
// rightly left.
func TestTagsKeepSpeechLowerCase(t *testing.T) {
	e := testEngine(t)
	src := "so mister okafor , you have the clindamycin lotion , uh , trent- tretinoin cream , and the wash"
	red := "so mister [NAME] , you have the clindamycin lotion , uh , trent- tretinoin cream , and the wash"
	for _, text := range []string{src, red} {
		for _, f := range e.Scan(text) {
			assert.NotEqual(t, "trent", text[f.Start:f.End], "%q", text)
		}
	}
}
