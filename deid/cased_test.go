package deid

import (
	"strings"
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

// TestUnknownSpeakerKeepsSpeechLowerCase: a recogniser labels the speakers
// it cannot tell "Unknown:"; the label's capital must not make the lower-case
// speech after it read as cased text, where a given name that is an everyday
// word needs its capital ("my son bart", "they called me gus"). A note's
// "Other:" and "Family:" headings stay headings: they make no transcript.
func TestUnknownSpeakerKeepsSpeechLowerCase(t *testing.T) {
	e := testEngine(t)
	for _, text := range []string{
		"Unknown: my son bart is coming the twenty second.\nUnknown: what?\nUnknown: they called me gus in the navy.",
		// a speaker's name as the label, capitalised
		"Loretta: my son bart is coming the twenty second.\nDr. Okafor: okay.\nLoretta: they called me gus in the navy.",
	} {
		fs := e.Scan(text)
		for _, name := range []string{"bart", "gus"} {
			i := strings.Index(text, name)
			assert.True(t, covered(fs, i, i+len(name), Name), "%q not found: %s", name, describe(text, fs))
		}
	}
	s := &scanner{lex: e.lex, text: "Other: none.\nFamily: wife at bedside, updated.\nNeuro: intact."}
	s.tokenize()
	assert.Zero(t, s.labels, "note headings read as speakers' labels")
}
