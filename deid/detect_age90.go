package deid

import (
	"time"
)

// Ages over 89 (45 CFR 164.514(b)(2)(i)(C)): Safe Harbor removes every
// element of a date, the year included, that indicates an age over 89. A
// year alone is no identifier and the other detectors leave it; this one
// reports the years that tell such an age:
//
//   - the birth year of a patient aged 90 or more at the visit (from the
//     encounter's birth date and start), wherever it is said ("1920.",
//     "nineteen twenty");
//   - a year said as a birth year ("born in 1931", "born in thirty one",
//     "date of birth ... nineteen twenty nine") that makes its owner 90 or
//     more in the reference year (the visit's, else the current year);
//   - the year in which someone turned 90 or more ("turned ninety in 2019",
//     "her 90th birthday was in 2021").
//
// The redactor removes these years and every year of a 90+ patient's
// dates; verification counts one left behind as a residual identifier.

// SafeHarborAgeCap is the first age Safe Harbor aggregates ("90 or older").
const SafeHarborAgeCap = 90

// Sources of the over-89 detector.
const (
	SourceKnownBirthYear = "known/birth-year" // the birth year of a 90+ patient of the encounter
	SourceBirthYear90    = "date/birth-year"  // a birth year said that makes its owner 90+
	SourceYearAtAge90    = "date/year-at-90"  // the year someone turned 90 or more
)

// the years four digits may be read as
const yearFirst, yearLast = 1800, 2099

// Over89 reports whether a finding is a year the over-89 detector reported
// because it indicates an age over 89 by what is said around it ("turned
// ninety in 2019"), which no threshold on the year itself would see. The
// redactor removes such a year whatever it is.
func (f Finding) Over89() bool {
	return f.Source == SourceKnownBirthYear || f.Source == SourceBirthYear90 || f.Source == SourceYearAtAge90
}

// nowYear is the reference year of a scan without a known visit date.
var nowYear = func() int { return time.Now().UTC().Year() }

// AgeAt returns the age in whole years, at the visit, of someone born on
// birth (YYYY-MM-DD); visit is RFC 3339 or YYYY-MM-DD. ok is false when
// either cannot be read or the age is negative.
func AgeAt(birth, visit string) (age int, ok bool) {
	by, bm, bd, ok1 := parseISODate(birth)
	if len(visit) < 10 {
		return 0, false
	}
	vy, vm, vd, ok2 := parseISODate(visit[:10])
	if !ok1 || !ok2 {
		return 0, false
	}
	age = vy - by
	if vm < bm || vm == bm && vd < bd {
		age--
	}
	return age, age >= 0
}

// Over89 reports whether the encounter's patient is 90 or older at the
// visit, by the birth date and the visit's start.
func (k *Known) Over89() bool {
	return k != nil && k.dob[0] > 0 && k.visit[0] > 0 && ageOf(k.dob, k.visit) >= SafeHarborAgeCap
}

func ageOf(birth, at [3]int) int {
	a := at[0] - birth[0]
	if at[1] < birth[1] || at[1] == birth[1] && at[2] < birth[2] {
		a--
	}
	return a
}

// refYear is the year ages are counted to: the visit's, else this year.
func (s *scanner) refYear() int {
	if s.known != nil && s.known.visit[0] > 0 {
		return s.known.visit[0]
	}
	return nowYear()
}

func (s *scanner) detectOver89() {
	var dobYear int
	if s.known.Over89() {
		dobYear = s.known.dob[0]
	}
	ref := -1
	for i := 0; i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tkNum && !(t.kind == tkWord && t.is(fNumWord)) {
			continue
		}
		y, j := s.yearAt(i)
		if y == 0 {
			continue
		}
		if ref < 0 {
			ref = s.refYear()
		}
		switch {
		case dobYear != 0 && y == dobYear:
			s.add(i, j, Date, 0.99, SourceKnownBirthYear)
		case y <= ref-SafeHarborAgeCap && s.birthCueBefore(i):
			s.add(i, j, Date, 0.95, SourceBirthYear90)
		case y <= ref && s.turnedOver89Before(i):
			s.add(i, j, Date, 0.95, SourceYearAtAge90)
		}
		i = j
	}
}

// yearAt reads a year at token i: four digits, or spoken ("nineteen twenty
// nine", "nineteen oh five", "eighteen ninety"); after "born (in)" also two
// digits or two words ("born in thirty one": 1931). It returns the year and
// the last token, or 0.
func (s *scanner) yearAt(i int) (int, int) {
	t := &s.toks[i]
	if t.kind == tkNum {
		n := t.end - t.start
		switch {
		case n == 4 && t.val >= yearFirst && t.val <= yearLast:
			return int(t.val), i
		case n == 2 && s.bornRightBefore(i) && !s.unitAfterYear(i):
			return 1900 + int(t.val), i
		}
		return 0, -1
	}
	// spoken: a century word, then the rest
	c := int(t.val)
	k := s.nextNum(i)
	if (c == 18 || c == 19) && k > 0 {
		v := int(s.toks[k].val)
		switch {
		case v >= 20 && v%10 == 0: // nineteen twenty (nine)
			if u := s.nextNum(k); u > 0 && s.toks[u].val >= 1 && s.toks[u].val <= 9 {
				return c*100 + v + int(s.toks[u].val), u
			}
			return c*100 + v, k
		case v >= 10 && v <= 19: // nineteen twelve
			return c*100 + v, k
		case v == 0: // nineteen oh five
			if u := s.nextNum(k); u > 0 && s.toks[u].val >= 1 && s.toks[u].val <= 9 {
				return c*100 + int(s.toks[u].val), u
			}
		}
	}
	if s.bornRightBefore(i) && c >= 20 && c%10 == 0 && c < 100 {
		// "born in thirty one", "born in twenty"
		j := i
		if k > 0 && s.toks[k].val >= 1 && s.toks[k].val <= 9 {
			c += int(s.toks[k].val)
			j = k
		}
		if !s.unitAfterYear(j) {
			return 1900 + c, j
		}
	}
	return 0, -1
}

// nextNum returns the number word right after token i (a hyphen between
// allowed: "twenty-nine"), or -1.
func (s *scanner) nextNum(i int) int {
	k := i + 1
	if s.isPunct(k, '-') && s.adjacent(i, k) {
		k++
	}
	if k < len(s.toks) && s.toks[k].kind == tkWord && s.toks[k].is(fNumWord) && s.toks[k].val >= 0 {
		return k
	}
	return -1
}

// bornRightBefore: "born" or "born in" right before token i.
func (s *scanner) bornRightBefore(i int) bool {
	p := s.prevWord(i, 0)
	if p >= 0 && string(s.lowerTok(p)) == "in" {
		p = s.prevWord(p, 0)
	}
	return p >= 0 && string(s.lowerTok(p)) == "born"
}

// unitAfterYear: a unit or measure word follows ("born at 31 weeks").
func (s *scanner) unitAfterYear(j int) bool {
	n := s.nextWord(j, 0)
	if n < 0 {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "weeks", "week", "wks", "days", "months", "pounds", "lbs", "grams", "percent", "minutes", "hours":
		return true
	}
	return s.toks[n].is(fUnit | fMeasure)
}

// birthCueBefore: a word of birth (born, birth, dob, birthday, b.) within
// the few words before token i, in the same sentence.
func (s *scanner) birthCueBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 8 && k >= i-40; k-- {
		t := &s.toks[k]
		if t.kind == tkPunct {
			switch c := s.text[t.start]; {
			case c == ',' && k > 0 && (s.toks[k-1].kind == tkNum || s.toks[k-1].is(fOrdWord)):
				// "August 3, 1920": the comma of a date
			case (c == ',' || c == ':') && n == 0 && k > 0 && s.toks[k-1].kind == tkWord:
				// "date of birth, december twenty fifth": the cue's own comma, right before the date
			case c == '/' || c == '-':
			case c == ']' || c == '[':
				// a speaker's label: "… date of birth [patient] march third sixty two"
			case c == ':' && k > 0 && (s.toks[k-1].has(shNewline) || k > 1 && s.toks[k-1].kind == tkNum && s.toks[k-2].has(shNewline)):
				// "… and her birthday\nSpeaker 3: ninth of february ninety three"
			default:
				return false
			}
			continue
		}
		if k > 0 && s.isPunct(k-1, '[') && s.isPunct(k+1, ']') {
			continue // the label's word
		}
		if t.kind == tkWord && t.end-t.start == 1 && string(s.lowerTok(k)) != "b" {
			continue // a letter of a name spelled between ("birthday … l i n d a h l ninth of …")
		}
		n++
		switch string(s.lowerStem(k)) { // "my birthday's the twelfth"
		case "born", "birth", "dob", "birthday", "birthdate", "birthyear", "b":
			return true
		}
	}
	return false
}

// turnedOver89Before reads "turned ninety (years old) in", "turns 91 in",
// "her 90th birthday was in", "hundredth birthday in" before the year at i.
func (s *scanner) turnedOver89Before(i int) bool {
	p := s.prevWord(i, 0)
	if p < 0 || string(s.lowerTok(p)) != "in" {
		return false
	}
	age, sawAge := 0, false
	for k, n := p-1, 0; k >= 0 && n < 7; k-- {
		t := &s.toks[k]
		if t.kind == tkPunct {
			if c := s.text[t.start]; c == '-' {
				continue
			}
			return false
		}
		n++
		w := string(s.lowerTok(k))
		switch {
		case w == "turned" || w == "turns" || w == "turning" || w == "reached" || w == "birthday":
			if w == "birthday" {
				// the ordinal before it: "90th", "ninetieth", "hundredth"
				q := s.prevWord(k, 0)
				if q < 0 {
					return false
				}
				ow := string(s.lowerTok(q))
				return q >= 0 && (s.toks[q].is(fOrdWord) && s.toks[q].val >= SafeHarborAgeCap || ordinalDigits(ow) >= SafeHarborAgeCap ||
					ow == "ninetieth" || ow == "hundredth" || len(ow) > 9 && ow[len(ow)-9:] == "hundredth" ||
					len(ow) > 9 && ow[:9] == "ninetieth")
			}
			return sawAge && age >= SafeHarborAgeCap
		case w == "hundred":
			age += 100
			sawAge = true
		case t.kind == tkNum && t.val >= 0:
			age += int(t.val)
			sawAge = true
		case t.kind == tkWord && t.is(fNumWord) && t.val >= 0:
			age += int(t.val)
			sawAge = true
		case w == "years" || w == "year" || w == "old" || w == "and" || w == "was" || w == "a" || w == "back" || w == "when":
		default:
			if !sawAge {
				return false
			}
		}
	}
	return false
}

// ordinalDigits reads "90th", "101st", "100th"; 0 if w is none.
func ordinalDigits(w string) int {
	if len(w) < 3 {
		return 0
	}
	switch w[len(w)-2:] {
	case "st", "nd", "rd", "th":
	default:
		return 0
	}
	v := 0
	for _, c := range []byte(w[:len(w)-2]) {
		if c < '0' || c > '9' || v > 1000 {
			return 0
		}
		v = v*10 + int(c-'0')
	}
	return v
}
