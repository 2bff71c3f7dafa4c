package verify

import (
	"strconv"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/internal/lang/en"
)

// Ages over 89 (45 CFR 164.514(b)(2)(i)(C)): a year left in the output that
// tells such an age is a residual identifier, not the policy's output. The
// redactor removes the year of every date of a patient at or over the cap,
// and any year at least the cap before the encounter; so a year piece that
// does either is not explained here, and the literal search looks for the
// birth year of a patient aged 90 or more, written or said.

// ageContext is what the checker knows about ages for one record.
type ageContext struct {
	ref  int  // the encounter's year, 0 if unknown
	over bool // the patient is at or over the cap at the visit
}

func newAgeContext(enc *deid.Encounter, capAt int) ageContext {
	var a ageContext
	if enc == nil {
		return a
	}
	if len(enc.StartedAt) >= 4 {
		a.ref, _ = strconv.Atoi(enc.StartedAt[:4])
	}
	if enc.Patient != nil {
		if age, ok := deid.AgeAt(enc.Patient.BirthDate, enc.StartedAt); ok && age >= capAt {
			a.over = true
		}
	}
	return a
}

// yearTells reports whether year y, left alone in the output, tells an age
// at or over capAt (y 0: a year that could not be read, which tells one
// only for a patient over the cap).
func (a ageContext) yearTells(y, capAt int) bool {
	if a.over {
		return true
	}
	return y > 0 && a.ref > 0 && y <= a.ref-capAt
}

var spokenNumbers = func() map[string]int {
	m := map[string]int{}
	for w, v := range en.Values(en.Numbers) {
		m[w] = v
	}
	return m
}()

var numberSpelling = en.Spellings(en.Numbers)

// spokenYearValue reads "nineteen twenty nine", "nineteen oh five",
// "eighteen ninety", "two thousand and six"; 0 if it is none of these.
func spokenYearValue(s string) int {
	toks := tokenize(s)
	if len(toks) < 2 {
		return 0
	}
	if toks[0].low == "two" && toks[1].low == "thousand" {
		v := 2000
		for _, t := range toks[2:] {
			if t.low == "and" {
				continue
			}
			n, ok := spokenNumbers[t.low]
			if !ok {
				return 0
			}
			v += n
		}
		return v
	}
	c, ok := spokenNumbers[toks[0].low]
	if !ok || c < 10 {
		return 0
	}
	rest := 0
	for _, t := range toks[1:] {
		if t.low == "hundred" {
			continue
		}
		n, ok := spokenNumbers[t.low]
		if !ok {
			return 0
		}
		rest += n
	}
	if rest > 99 {
		return 0
	}
	return c*100 + rest
}

// addBirthYear adds the birth year of a patient over the cap, as digits
// and as said: "1929", "nineteen twenty nine", "nineteen oh five",
// "nineteen hundred".
func (l *literals) addBirthYear(y int) {
	if y < 1000 || y > 2999 {
		return
	}
	l.addPhrase([]string{strconv.Itoa(y)}, deid.Date)
	c, r := numberSpelling[y/100], y%100
	if c == "" {
		return
	}
	switch {
	case r == 0:
		l.addPhrase([]string{c, "hundred"}, deid.Date)
	case r < 10:
		l.addPhrase([]string{c, "oh", numberSpelling[r]}, deid.Date)
	case r < 20 || r%10 == 0:
		l.addPhrase([]string{c, numberSpelling[r]}, deid.Date)
	default:
		l.addPhrase([]string{c, numberSpelling[r/10*10], numberSpelling[r%10]}, deid.Date)
	}
}
