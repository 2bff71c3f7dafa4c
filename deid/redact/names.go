package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name as written: its parts (first, middle, last names or initials) with
// their byte ranges, and around them titles, suffixes and punctuation that
// are kept as they are.

type namePart struct {
	start, end int
	norm       string
}

type name struct {
	text    string
	parts   []namePart
	spelled bool // "m a r t h a": one part spread over letters
}

// titles and nameSuffixes are kept as written around the name parts, which
// alone are rewritten and make a name's key (its tag number, and for a
// patient without an MRN the subject that surrogates and date shifts are
// keyed on). They are redact's own, not the engine's titles and name parts
// of deid/internal/lang/en: a change here can re-key a patient.
// tables_test.go lists how they differ.
var titles = map[string]bool{"dr": true, "doctor": true, "mr": true, "mrs": true, "ms": true, "miss": true,
	"mx": true, "prof": true, "professor": true, "nurse": true, "sister": true, "father": true, "rev": true,
	"sir": true, "mister": true, "missus": true, "misses": true, "madam": true, "dame": true, "aunt": true, "auntie": true, "uncle": true, "grandma": true, "grandpa": true}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true,
	"md": true, "do": true, "rn": true, "np": true, "pa": true, "phd": true}

// parseName splits s into name parts.
func parseName(s string) name {
	n := name{text: s}
	for _, w := range nameWords(s) {
		low := strings.ToLower(s[w[0]:w[1]])
		if titles[low] || nameSuffixes[low] && len(n.parts) > 0 {
			continue
		}
		n.parts = append(n.parts, namePart{start: w[0], end: w[1], norm: low})
	}
	if len(n.parts) >= 3 {
		single := true
		for _, p := range n.parts {
			single = single && utf8.RuneCountInString(p.norm) == 1
		}
		if single {
			var b strings.Builder
			for _, p := range n.parts {
				b.WriteString(p.norm)
			}
			n.parts = []namePart{{start: n.parts[0].start, end: n.parts[len(n.parts)-1].end, norm: b.String()}}
			n.spelled = true
		}
	}
	return n
}

// key is the normalised full name.
func (n name) key() string {
	parts := make([]string, len(n.parts))
	for i, p := range n.parts {
		parts[i] = p.norm
	}
	return strings.Join(parts, " ")
}

// nameWords returns runs of letters, with inner apostrophes and hyphens
// (O'Brien, Mary-Jane), a possessive "'s" left out.
func nameWords(s string) [][2]int {
	var out [][2]int
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsLetter(r) {
				j += size
				continue
			}
			if r == '\'' || r == '’' || r == '-' {
				r2, _ := utf8.DecodeRuneInString(s[j+size:])
				if j+size < len(s) && unicode.IsLetter(r2) {
					j += size
					continue
				}
			}
			break
		}
		w, end := s[i:j], j
		for _, poss := range []string{"'s", "’s", "'S"} {
			if strings.HasSuffix(w, poss) && len(w) > len(poss)+1 {
				j -= len(poss)
				break
			}
		}
		out = append(out, [2]int{i, j})
		i = end
	}
	return out
}

// endsWithTitle reports whether text ends with a title word ("Dr. ",
// "mrs "), which makes a following lone name a surname.
func endsWithTitle(text string) bool {
	t := strings.TrimRight(text, " .")
	i := len(t)
	for i > 0 && isLetter(t[i-1]) {
		i--
	}
	return i < len(t) && surnameTitles[strings.ToLower(t[i:])]
}

// surnameTitles precede a surname ("Dr. Lopez"); the other titles as often
// precede a first name ("nurse Christine", "aunt Mary").
var surnameTitles = map[string]bool{"dr": true, "doctor": true, "mr": true, "mrs": true, "ms": true, "miss": true,
	"mx": true, "prof": true, "professor": true, "mister": true, "missus": true, "misses": true}

// matchCase writes s in the case pattern of like: UPPER, Title or lower.
func matchCase(s, like string) string {
	switch caseOf(like) {
	case 'u':
		return strings.ToUpper(s)
	case 't':
		return titleCase(s)
	}
	if hasUpper(like) {
		return titleCase(s)
	}
	return strings.ToLower(s)
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// titleCase capitalises each word of s.
func titleCase(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}
