package redact

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/deid-project/deid/deid/internal/lang/en"
)

// A date as the engine found it in text, parsed enough to generalise it to
// its year or shift it and write it back in the same style. Anything this
// parser does not understand is tagged [DATE] by the caller: fail closed.

type date struct {
	year, month, day int // 0 when absent

	// Style of the original, to write the result back the same way.
	numeric    bool
	order      string // numeric: "ymd", "mdy", "dmy", "md", "my"
	sep        string
	padded     bool
	yearDigits int // 2 or 4 in numeric and digit forms

	monthFirst bool
	monthAbbr  bool
	monthDot   bool
	caseStyle  byte // 'l' lower, 't' title, 'u' upper
	dayWords   bool // spoken day ("third")
	dayOrd     bool // ordinal day ("3rd", "third")
	yearWords  bool // spoken year ("nineteen fifty six")
	the, of    bool // "the third of march"
	comma      bool // "March 3, 2021"
}

// monthNames are the full names of the months by number, and monthIndex
// every name and short form a month is written with (deid/internal/lang/en).
var monthNames, monthIndex = func() ([13]string, map[string]int) {
	var names [13]string
	for m, w := range en.Spellings(en.Months) {
		names[m] = w
	}
	index := map[string]int{}
	for w, m := range en.Values(en.Months) {
		index[w] = m
	}
	return names, index
}()

// weekdays are the days of the week and their short forms.
var weekdays = func() map[string]bool {
	m := map[string]bool{}
	for w := range en.Words(en.Weekdays) {
		m[w] = true
	}
	return m
}()

var (
	numericRE = regexp.MustCompile(`^(\d{1,4})([-/.])(\d{1,2})(?:([-/.])(\d{1,4}))?$`)
	compactRE = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	digitsRE  = regexp.MustCompile(`^(\d{1,4})(st|nd|rd|th)?$`)
)

// twoDigitYear expands a two-digit year with a fixed pivot, so output does
// not depend on the day the tool runs: 00-39 are 2000s, 40-99 1900s.
func twoDigitYear(y int) int {
	if y < 40 {
		return 2000 + y
	}
	return 1900 + y
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000 // leap: Feb 29 without a year is possible
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseDate parses the text of a DATE finding.
func parseDate(s string) (date, bool) {
	s = strings.TrimSpace(s)
	if m := numericRE.FindStringSubmatch(s); m != nil {
		return parseNumeric(m)
	}
	if m := compactRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		d, _ := strconv.Atoi(m[3])
		if y >= 1800 && validDay(y, mo, d) {
			return date{year: y, month: mo, day: d, numeric: true, order: "ymd", padded: true, yearDigits: 4}, true
		}
		return date{}, false
	}
	return parseWords(s)
}

func parseNumeric(m []string) (date, bool) {
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	d := date{numeric: true, sep: m[2], padded: len(m[1]) == 2 && m[1][0] == '0' || len(m[3]) == 2 && m[3][0] == '0'}
	if m[5] == "" { // two parts
		switch {
		case len(m[1]) <= 2 && len(m[3]) <= 2 && validDay(0, a, b):
			d.order, d.month, d.day = "md", a, b
		default:
			return date{}, false
		}
		return d, true
	}
	if m[4] != m[2] {
		return date{}, false
	}
	c, _ := strconv.Atoi(m[5])
	switch {
	case len(m[1]) == 4:
		d.order, d.year, d.month, d.day, d.yearDigits = "ymd", a, b, c, 4
		d.padded = len(m[3]) == 2 && len(m[5]) == 2
	case len(m[5]) == 4 || len(m[5]) == 2:
		d.yearDigits = len(m[5])
		d.year = c
		if len(m[5]) == 2 {
			d.year = twoDigitYear(c)
		}
		if a > 12 && b <= 12 {
			d.order, d.day, d.month = "dmy", a, b
		} else {
			d.order, d.month, d.day = "mdy", a, b
		}
	default:
		return date{}, false
	}
	if d.year < 1800 || !validDay(d.year, d.month, d.day) {
		return date{}, false
	}
	return d, true
}

type dtok struct {
	text  string // as written
	lower string
	digit bool
}

func dateTokens(s string) (toks []dtok, comma bool) {
	i := 0
	for i < len(s) {
		r := rune(s[i])
		switch {
		case r == ',':
			comma = true
			i++
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			j := i
			for j < len(s) && s[j] < 128 && (unicode.IsLetter(rune(s[j])) || unicode.IsDigit(rune(s[j]))) {
				j++
			}
			w := s[i:j]
			toks = append(toks, dtok{text: w, lower: strings.ToLower(w), digit: w[0] >= '0' && w[0] <= '9'})
			i = j
		default:
			i++
		}
	}
	return toks, comma
}

// atom is a number read from the words of a date.
type atom struct {
	val    int
	ord    bool
	words  bool // spoken
	year   bool // certainly a year (four digits, "two thousand five")
	zero   bool // "oh five"
	digits int
	pos    int // token index
}

func parseWords(s string) (date, bool) {
	toks, comma := dateTokens(s)
	var d date
	d.comma = comma
	var atoms []atom
	monthPos := -1
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.digit {
			m := digitsRE.FindStringSubmatch(t.lower)
			if m == nil {
				return date{}, false
			}
			v, _ := strconv.Atoi(m[1])
			a := atom{val: v, ord: m[2] != "", digits: len(m[1]), pos: i}
			a.year = len(m[1]) == 4 && m[2] == ""
			atoms = append(atoms, a)
			i++
			continue
		}
		if mo, ok := monthIndex[t.lower]; ok && monthPos < 0 {
			// "may" and "march" are months only when nothing else could be.
			monthPos = i
			d.month = mo
			d.monthAbbr = len(t.lower) <= 4 && t.lower != monthNames[mo]
			d.caseStyle = caseOf(t.text)
			d.monthDot = d.monthAbbr && strings.Contains(s, t.text+".")
			i++
			continue
		}
		switch t.lower {
		case "the":
			d.the = true
			i++
			continue
		case "of":
			d.of = true
			i++
			continue
		case "on", "in", "and", "st", "nd", "rd", "th":
			i++
			continue
		}
		if weekdays[t.lower] {
			i++
			continue
		}
		a, n, ok := wordAtom(toks[i:])
		if !ok {
			return date{}, false
		}
		a.pos = i
		atoms = append(atoms, a)
		i += n
	}
	// Pair spoken year halves from the end: "twenty twenty one", "nineteen fifty six".
	if k := len(atoms); k >= 2 {
		a, b := atoms[k-2], atoms[k-1]
		if a.words && b.words && !a.ord && !b.ord && !a.year && !b.year && a.val >= 11 && a.val <= 20 && b.val < 100 && (b.val >= 10 || b.zero) {
			atoms = append(atoms[:k-2], atom{val: a.val*100 + b.val, words: true, year: true, pos: a.pos})
		}
	}
	// The year: a certain one, else a lone number >= 32 when there is a month.
	var rest []atom
	for _, a := range atoms {
		if a.year && d.year == 0 {
			d.year = a.val
			d.yearWords = a.words
			d.yearDigits = a.digits
			continue
		}
		rest = append(rest, a)
	}
	switch len(rest) {
	case 0:
	case 1:
		a := rest[0]
		if a.val < 1 || a.val > 31 || d.month == 0 {
			return date{}, false
		}
		d.day, d.dayOrd, d.dayWords = a.val, a.ord, a.words
		d.monthFirst = monthPos < a.pos
	default:
		return date{}, false
	}
	if d.year != 0 && (d.year < 1800 || d.year > 2199) {
		return date{}, false
	}
	if d.month == 0 && (d.year == 0 || d.day != 0) {
		return date{}, false
	}
	if d.day != 0 && !validDay(d.year, d.month, d.day) {
		return date{}, false
	}
	if d.day == 0 {
		d.monthFirst = true
	}
	if d.caseStyle == 0 {
		d.caseStyle = caseOf(s)
	}
	return d, true
}

// wordAtom reads one spoken number from toks: a chunk 0..99 (ordinal or
// not), "oh five", or a year said with "thousand"/"hundred".
func wordAtom(toks []dtok) (atom, int, bool) {
	w, ok := numWords[toks[0].lower]
	if !ok {
		return atom{}, 0, false
	}
	a := atom{words: true}
	n := 1
	switch w.kind {
	case 'o':
		if len(toks) > 1 {
			if u, ok := numWords[toks[1].lower]; ok && u.kind == 'u' && u.val < 10 {
				return atom{val: u.val, words: true, zero: true, ord: u.ord}, 2, true
			}
		}
		return atom{}, 0, false
	case 't':
		a.val, a.ord = w.val, w.ord
		if !w.ord && len(toks) > 1 {
			if u, ok := numWords[toks[1].lower]; ok && u.kind == 'u' && u.val > 0 && u.val < 10 {
				a.val += u.val
				a.ord = u.ord
				n = 2
			}
		}
	case 'u':
		a.val, a.ord = w.val, w.ord
	default:
		return atom{}, 0, false
	}
	if a.ord || n >= len(toks) {
		return a, n, true
	}
	// "two thousand (and) five", "nineteen hundred (and) five".
	next := toks[n].lower
	if next == "thousand" || next == "hundred" {
		mult := 1000
		if next == "hundred" {
			mult = 100
		}
		val := a.val * mult
		n++
		if n < len(toks) && toks[n].lower == "and" {
			n++
		}
		if n < len(toks) {
			if b, k, ok := wordAtom(toks[n:]); ok && !b.ord && b.val < 100 && !b.year {
				val += b.val
				n += k
			}
		}
		return atom{val: val, words: true, year: val >= 1800}, n, true
	}
	return a, n, true
}

func caseOf(s string) byte {
	hasUpper, hasLower := false, false
	first := true
	firstUpper := false
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		if first {
			firstUpper = unicode.IsUpper(r)
			first = false
		} else if unicode.IsUpper(r) {
			hasUpper = true
		} else {
			hasLower = true
		}
	}
	switch {
	case firstUpper && hasUpper && !hasLower:
		return 'u'
	case firstUpper:
		return 't'
	}
	return 'l'
}

func applyCase(s string, style byte) string {
	switch style {
	case 'u':
		return strings.ToUpper(s)
	case 't':
		if s == "" {
			return s
		}
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// yearText writes the year of d in d's style.
func (d date) yearText(y int) string {
	switch {
	case d.yearWords:
		return yearWords(y)
	case d.yearDigits == 2:
		return pad2(y % 100)
	}
	return strconv.Itoa(y)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// format writes y-m-d (components absent from d stay absent) in d's style.
func (d date) format(y, m, day int) string {
	hasYear, hasDay := d.year != 0, d.day != 0
	if d.numeric {
		num := func(n int) string {
			if d.padded {
				return pad2(n)
			}
			return strconv.Itoa(n)
		}
		switch d.order {
		case "ymd":
			return strconv.Itoa(y) + d.sep + num(m) + d.sep + num(day)
		case "mdy":
			return num(m) + d.sep + num(day) + d.sep + d.yearText(y)
		case "dmy":
			return num(day) + d.sep + num(m) + d.sep + d.yearText(y)
		case "md":
			return num(m) + d.sep + num(day)
		}
	}
	month := monthNames[m]
	if d.monthAbbr {
		month = month[:3]
		if d.monthDot {
			month += "."
		}
	}
	month = applyCase(month, d.caseStyle)
	if !hasDay {
		if !hasYear {
			return month
		}
		return month + " " + d.yearText(y)
	}
	var dayText string
	switch {
	case d.dayWords && d.dayOrd:
		dayText = ordinalWords(day)
	case d.dayWords:
		dayText = cardinalWords(day)
	case d.dayOrd:
		dayText = strconv.Itoa(day) + ordinalSuffix(day)
	default:
		dayText = strconv.Itoa(day)
	}
	the := ""
	if d.the {
		the = "the "
	}
	var s string
	if d.monthFirst {
		s = month + " " + the + dayText
	} else {
		of := " "
		if d.of {
			of = " of "
		}
		s = the + dayText + of + month
	}
	if d.caseStyle == 't' && d.the && !d.monthFirst {
		s = applyCase(s, 't')
	}
	if hasYear {
		if d.comma {
			s += ","
		}
		s += " " + d.yearText(y)
	}
	return s
}

// generalize writes d reduced to its year; ok is false when d has no year.
func (d date) generalize() (string, bool) {
	if d.year == 0 {
		return "", false
	}
	if d.yearWords {
		return yearWords(d.year), true
	}
	return strconv.Itoa(d.year), true
}

// shift moves d back by days and writes it in its own style. A date without
// a year is shifted within refYear (or a leap year when unknown); a date
// without a day is shifted from the middle of its month, a year alone from
// the middle of its year.
func (d date) shift(days, refYear int) string {
	y, m, day := d.year, d.month, d.day
	if y == 0 {
		y = refYear
		if y == 0 {
			y = 2000
		}
	}
	if m == 0 {
		m, day = 7, 1
	}
	if day == 0 {
		day = 15
	}
	t := time.Date(y, time.Month(m), day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, -days)
	if d.month == 0 { // a year alone
		if d.yearWords {
			return yearWords(t.Year())
		}
		return strconv.Itoa(t.Year())
	}
	return d.format(t.Year(), int(t.Month()), t.Day())
}
