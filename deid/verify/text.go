package verify

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/deid-project/deid/deid/redact"
)

// token is a word of an output string: a run of letters and digits, with
// apostrophes inside it dropped ("o'brien" is "obrien") and its possessive
// stem kept aside ("bell's" is "bells", stem "bell").
type token struct {
	start, end int
	low        string
	norm       string // low with street abbreviations spelt out ("ct" is "court"); set by search
	stem       string // without a final 's, or ""
	cap        bool   // starts with an upper-case letter
	sentStart  bool   // first word of a sentence
	gapBefore  string // the text between the previous token and this one
}

func tokenize(text string) []token {
	out := make([]token, 0, len(text)/5+1)
	var b strings.Builder
	prevEnd := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += size
			continue
		}
		start := i
		// Fast path: a run of ASCII lower-case letters and digits is its
		// own lower-case form.
		j := i
		for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= '0' && text[j] <= '9') {
			j++
		}
		if j == len(text) || text[j] < utf8.RuneSelf && !isASCIIWord(text[j]) && text[j] != '\'' {
			out = append(out, newToken(text, out, prevEnd, start, j, text[start:j], -1))
			prevEnd, i = j, j
			continue
		}
		b.Reset()
		apos := -1
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
				i += size
				continue
			}
			if (r == '\'' || r == '\u2019') && i+size < len(text) {
				if n, _ := utf8.DecodeRuneInString(text[i+size:]); unicode.IsLetter(n) || unicode.IsDigit(n) {
					apos = b.Len()
					i += size
					continue
				}
			}
			break
		}
		out = append(out, newToken(text, out, prevEnd, start, i, b.String(), apos))
		prevEnd = i
	}
	return out
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func newToken(text string, prev []token, prevEnd, start, end int, low string, apos int) token {
	t := token{start: start, end: end, low: low, gapBefore: text[prevEnd:start]}
	if apos >= 0 && apos == len(t.low)-1 && t.low[apos] == 's' {
		t.stem = t.low[:apos]
	}
	first, _ := utf8.DecodeRuneInString(text[start:])
	t.cap = unicode.IsUpper(first)
	t.sentStart = len(prev) == 0 || strings.ContainsAny(t.gapBefore, ".?!:\n")
	return t
}

// isCased reports whether capital letters in text carry meaning (as
// deid's scanner decides it): both cases, capitals a few per cent of the
// letters but not most of them.
func isCased(text string) bool {
	upper, lower := 0, 0
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			upper++
		}
	}
	return lower > 0 && upper > 0 && upper*2 < lower+upper && upper*100 >= lower+upper
}

// digitWords are the spoken digits joined into digit strings (verify's own
// copy: see literal.go).
var digitWords = map[string]byte{"zero": '0', "oh": '0', "one": '1', "two": '2', "three": '3', "four": '4',
	"five": '5', "six": '6', "seven": '7', "eight": '8', "nine": '9'}

// digitGroups joins runs of numbers and spoken digits separated by at most
// a few of " ,-./()" into digit strings: "(602) 555-1379", "602.555.1379"
// and "six oh two, five five five, one three seven nine" all give
// "6025551379". A mixed word keeps its digits when it has four or more
// ("mrn75536950").
func digitGroups(toks []token) []string {
	var out []string
	var cur []byte
	flush := func() {
		if len(cur) >= 5 {
			out = append(out, string(cur))
		}
		cur = cur[:0]
	}
	for _, t := range toks {
		d := ""
		switch {
		case isDigits(t.low):
			d = t.low
		case digitWords[t.low] != 0:
			d = string(digitWords[t.low])
		default:
			if x := digits(t.low); len(x) >= 4 {
				d = x
			}
		}
		if d == "" {
			flush()
			continue
		}
		if len(cur) > 0 && (len(t.gapBefore) > 3 || strings.Trim(t.gapBefore, " ,-./()") != "") {
			flush()
		}
		cur = append(cur, d...)
	}
	flush()
	return out
}

// tagSpans returns the [start, end) of every redaction tag in text: the
// forms deid/redact writes, "[NAME]" and "[NAME_12]", of a valid type.
func tagSpans(text string) [][2]int {
	var out [][2]int
	for i := 0; i < len(text); i++ {
		if text[i] != '[' {
			continue
		}
		j := strings.IndexByte(text[i:], ']')
		if j < 0 {
			break
		}
		if redact.IsTag(text[i : i+j+1]) {
			out = append(out, [2]int{i, i + j + 1})
			i += j
		}
	}
	return out
}

// blankTags replaces every tag with spaces: a tag's letters ("PLAN" of
// [HEALTH_PLAN]) are not text of the record.
func blankTags(text string, tags [][2]int) string {
	if len(tags) == 0 {
		return text
	}
	b := []byte(text)
	for _, t := range tags {
		for i := t[0]; i < t[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// outsideTags returns the parts of [start, end) that are not inside a tag.
func outsideTags(start, end int, tags [][2]int) [][2]int {
	out := [][2]int{{start, end}}
	for _, t := range tags {
		var next [][2]int
		for _, p := range out {
			if t[1] <= p[0] || t[0] >= p[1] {
				next = append(next, p)
				continue
			}
			if p[0] < t[0] {
				next = append(next, [2]int{p[0], t[0]})
			}
			if t[1] < p[1] {
				next = append(next, [2]int{t[1], p[1]})
			}
		}
		out = next
	}
	return out
}

func digits(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// words lower-cases s and cuts it into words the way tokenize does.
func words(s string) []string {
	toks := tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.low
	}
	return out
}
