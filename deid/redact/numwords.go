package redact

import "strings"

// Spoken numbers, as ASR writes them: "twenty first", "nineteen fifty six",
// "oh two one".

var unitWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}

var tensWords = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

var unitOrdinals = []string{"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"}

var tensOrdinals = []string{"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}

type numWord struct {
	val  int
	kind byte // 'u' unit/teen, 't' tens, 'o' "oh" (a spoken zero digit), 'h' hundred, 'k' thousand
	ord  bool
}

var numWords = func() map[string]numWord {
	m := map[string]numWord{}
	for i, w := range unitWords {
		m[w] = numWord{val: i, kind: 'u'}
	}
	for i, w := range unitOrdinals {
		m[w] = numWord{val: i, kind: 'u', ord: true}
	}
	for i := 2; i < 10; i++ {
		m[tensWords[i]] = numWord{val: i * 10, kind: 't'}
		m[tensOrdinals[i]] = numWord{val: i * 10, kind: 't', ord: true}
	}
	m["oh"] = numWord{val: 0, kind: 'o'}
	m["o"] = numWord{val: 0, kind: 'o'}
	m["hundred"] = numWord{val: 100, kind: 'h'}
	m["thousand"] = numWord{val: 1000, kind: 'k'}
	m["fourty"] = m["forty"]
	return m
}()

// digitWord maps a spoken digit to its value.
func digitWord(w string) (byte, bool) {
	switch strings.ToLower(w) {
	case "zero", "oh", "o":
		return '0', true
	case "one":
		return '1', true
	case "two":
		return '2', true
	case "three":
		return '3', true
	case "four":
		return '4', true
	case "five":
		return '5', true
	case "six":
		return '6', true
	case "seven":
		return '7', true
	case "eight":
		return '8', true
	case "nine":
		return '9', true
	}
	return 0, false
}

// cardinalWords spells 0..999 ("ninety two", "one hundred and one").
func cardinalWords(n int) string {
	switch {
	case n < 20:
		return unitWords[n]
	case n < 100:
		if n%10 == 0 {
			return tensWords[n/10]
		}
		return tensWords[n/10] + " " + unitWords[n%10]
	case n < 1000:
		s := unitWords[n/100] + " hundred"
		if n%100 != 0 {
			s += " and " + cardinalWords(n%100)
		}
		return s
	}
	return ""
}

// ordinalWords spells 1..99 as an ordinal ("twenty first").
func ordinalWords(n int) string {
	switch {
	case n < 20:
		return unitOrdinals[n]
	case n%10 == 0:
		return tensOrdinals[n/10]
	}
	return tensWords[n/10] + " " + unitOrdinals[n%10]
}

// yearWords spells a year the way it is said: "nineteen fifty six",
// "nineteen oh five", "two thousand five", "twenty twenty one".
func yearWords(y int) string {
	hi, lo := y/100, y%100
	switch {
	case y >= 2000 && y < 2010:
		if lo == 0 {
			return "two thousand"
		}
		return "two thousand " + unitWords[lo]
	case lo == 0:
		return cardinalWords(hi) + " hundred"
	case lo < 10:
		return cardinalWords(hi) + " oh " + unitWords[lo]
	}
	return cardinalWords(hi) + " " + cardinalWords(lo)
}

// ordinalSuffix is "st", "nd", "rd" or "th".
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// parseCardinal reads a spoken cardinal from words (0..999, "a hundred and
// one", "ninety-two" already split). It returns the value and how many
// words it used; n == 0 means no number starts at words[0].
func parseCardinal(words []string) (val, n int) {
	v, k := parseSmall(words)
	if k == 0 && len(words) > 1 && words[0] == "a" && words[1] == "hundred" {
		v, k = 1, 1 // "a hundred" reads as "one hundred"
	}
	if k == 0 {
		return 0, 0
	}
	if k < len(words) && words[k] == "hundred" && v > 0 && v < 10 {
		total, i := v*100, k+1
		if i < len(words) && words[i] == "and" {
			if v2, k2 := parseSmall(words[i+1:]); k2 > 0 {
				return total + v2, i + 1 + k2
			}
		}
		if v2, k2 := parseSmall(words[i:]); k2 > 0 {
			return total + v2, i + k2
		}
		return total, i
	}
	return v, k
}

// parseSmall reads 0..99 from words: "ninety two", "seventeen", "five".
func parseSmall(words []string) (val, n int) {
	if len(words) == 0 {
		return 0, 0
	}
	w, ok := numWords[words[0]]
	if !ok || w.ord || (w.kind != 'u' && w.kind != 't') {
		return 0, 0
	}
	if w.kind == 't' && len(words) > 1 {
		if u, ok := numWords[words[1]]; ok && u.kind == 'u' && !u.ord && u.val > 0 && u.val < 10 {
			return w.val + u.val, 2
		}
	}
	return w.val, 1
}
