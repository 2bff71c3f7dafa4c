package redact

import (
	"strings"

	"github.com/deid-project/deid/deid/internal/lang/en"
)

// Spoken numbers, as ASR writes them: "twenty first", "nineteen fifty six",
// "oh two one".

// unitWords and tensWords spell the numbers 0..19 and the tens,
// unitOrdinals and tensOrdinals their ordinals, as the tables of
// deid/internal/lang/en write them.
var unitWords, tensWords, unitOrdinals, tensOrdinals = func() (u [20]string, t [10]string, uo [20]string, to [10]string) {
	num, ord := en.Spellings(en.Numbers), en.Spellings(en.Ordinals)
	for i := range 20 {
		u[i], uo[i] = num[i], ord[i]
	}
	for i := 2; i < 10; i++ {
		t[i], to[i] = num[i*10], ord[i*10]
	}
	return
}()

type numWord struct {
	val  int
	kind byte // 'u' unit/teen, 't' tens, 'o' "oh" (a spoken zero digit), 'h' hundred, 'k' thousand
	ord  bool
}

// numWords reads the number words of deid/internal/lang/en: a number
// written another way than its spelling is the same number ("fourty"),
// except zero, which said another way ("oh", "o", "nought") is a spoken
// zero digit.
var numWords = func() map[string]numWord {
	m := map[string]numWord{}
	num := en.Spellings(en.Numbers)
	for w, v := range en.Values(en.Numbers) {
		switch {
		case v == 0 && w != num[0]:
			m[w] = numWord{val: 0, kind: 'o'}
		case v < 20:
			m[w] = numWord{val: v, kind: 'u'}
		default:
			m[w] = numWord{val: v, kind: 't'}
		}
	}
	for w, v := range en.Values(en.Ordinals) {
		if v < 20 {
			m[w] = numWord{val: v, kind: 'u', ord: true}
		} else {
			m[w] = numWord{val: v, kind: 't', ord: true}
		}
	}
	m["hundred"] = numWord{val: 100, kind: 'h'}
	m["thousand"] = numWord{val: 1000, kind: 'k'}
	return m
}()

// digitWord maps a spoken digit to its value.
func digitWord(w string) (byte, bool) {
	d, ok := digitWords[strings.ToLower(w)]
	return d, ok
}

// digitWords are the number words below ten: "zero", "oh", "o", "nought",
// "one".
var digitWords = func() map[string]byte {
	m := map[string]byte{}
	for w, v := range en.Values(en.Numbers) {
		if v < 10 {
			m[w] = byte('0' + v)
		}
	}
	return m
}()

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
