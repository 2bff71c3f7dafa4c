package redact

import (
	"slices"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid/internal/lang/en"
)

// Redact's name tables against the engine's in deid/internal/lang/en: every
// difference is listed here, so that a word added to or dropped from either
// side fails this test until someone decides whether the other follows.
// The differences are those the tables had when the engine's moved to en;
// closing one changes which words of a name redact rewrites and the key
// of the name (see names.go).
func TestNameTablesAgainstEn(t *testing.T) {
	words := func(table string) map[string]bool {
		m := map[string]bool{}
		for w := range en.Words(table) {
			m[w] = true
		}
		return m
	}
	for _, c := range []struct {
		name               string
		redact, en         map[string]bool
		onlyRedact, onlyEn string
	}{
		// Redact keeps relations said before a name (aunt Mary) and a few
		// more honorifics as written; the engine's titles add roles and
		// credentials.
		{"titles", titles, words(en.Titles), "aunt auntie dame grandma grandpa misses uncle",
			"brother captain chaplain coach counsellor counselor dentist judge lpn maam midwife np " +
				"officer pastor reverend rn sergeant therapist"},
		// The suffixes after a name; the titles are in titles, and "the",
		// "and", "of", "dds" and "lpn" are name parts to redact.
		{"nameSuffixes", nameSuffixes, words(en.NameSkip), "", "and dds dr lpn miss mr mrs ms of prof the"},
	} {
		var onlyR, onlyE []string
		for w := range c.redact {
			if !c.en[w] {
				onlyR = append(onlyR, w)
			}
		}
		for w := range c.en {
			if !c.redact[w] {
				onlyE = append(onlyE, w)
			}
		}
		listDiff(t, c.name+": only in redact's table", onlyR, c.onlyRedact)
		listDiff(t, c.name+": only in en's table", onlyE, c.onlyEn)
	}
	for w := range surnameTitles {
		if !titles[w] {
			t.Errorf("surname title %q is no title", w)
		}
	}
}

// listDiff reports the words of got that are not listed and the listed
// words that are not in got.
func listDiff(t *testing.T, what string, got []string, listed string) {
	t.Helper()
	want := strings.Fields(listed)
	var more, fewer []string
	for _, w := range got {
		if !slices.Contains(want, w) {
			more = append(more, w)
		}
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			fewer = append(fewer, w)
		}
	}
	slices.Sort(more)
	if len(more) > 0 || len(fewer) > 0 {
		t.Errorf("%s: %q not listed here, %q listed but no longer so", what, more, fewer)
	}
}
