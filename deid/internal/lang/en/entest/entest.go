// Package entest checks, in tests, a package's own copy of a word table
// against the owner's in deid/internal/lang/en: every difference must be
// listed, so that drift on either side fails a test until someone decides
// whether the other follows.
package entest

import (
	"slices"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid/internal/lang/en"
)

// Words returns the words of an en table as a set.
func Words(table string) map[string]bool {
	m := map[string]bool{}
	for w := range en.Words(table) {
		m[w] = true
	}
	return m
}

// CheckCopy fails t unless the words only in copy are exactly onlyCopy and
// the words only in enSet are exactly onlyEn (both space separated). whose
// names the copy in messages ("verify's copy").
func CheckCopy(t testing.TB, name, whose string, copy, enSet map[string]bool, onlyCopy, onlyEn string) {
	t.Helper()
	var onlyC, onlyE []string
	for w := range copy {
		if !enSet[w] {
			onlyC = append(onlyC, w)
		}
	}
	for w := range enSet {
		if !copy[w] {
			onlyE = append(onlyE, w)
		}
	}
	listDiff(t, name+": only in "+whose, onlyC, onlyCopy)
	listDiff(t, name+": only in en's table", onlyE, onlyEn)
}

// listDiff reports the words of got that are not listed and the listed
// words that are not in got.
func listDiff(t testing.TB, what string, got []string, listed string) {
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
