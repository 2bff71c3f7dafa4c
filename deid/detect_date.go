package deid

// Dates as people write and say them: "march 3rd", "the third of march",
// "March 3, 2021", "march twenty twenty one", "tuesday the fifth", "on the
// twelfth", "christmas"; and ages over 89: "ninety-two years old", "aged
// 93", "92yo". Numeric dates (3/4/21) are read in detect_num.go.

func (s *scanner) detectDates() {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tkWord && t.kind != tkAlnum && t.kind != tkNum {
			continue
		}
		switch {
		case t.kind == tkAlnum && s.gluedMonthYear(i):
			s.add(i, i+2, Date, 0.7, "pattern/date")
			i += 2
		case t.kind == tkAlnum && t.end-t.start >= 4 && t.end-t.start <= 9 && dayMonthGlued(s.lowerTok(i)):
			s.add(i, i, Date, 0.85, "pattern/date") // "22OCT", "11APR19", "3mar2021": a note's day and month written as one
		case t.is(fMonth):
			if j := s.monthDate(i); j >= i {
				i = j
			}
		case t.is(fWeekday) && t.kind == tkWord:
			if p := s.holidayWeekday(i); p >= 0 {
				s.add(p, i, Date, 0.7, "date/holiday") // "good friday", "ash wednesday"
				continue
			}
			// tuesday the fifth, monday march 3rd, tuesday night the eighth
			if n := s.nextWord(i, 1); n >= 0 {
				if n == i+1 && dayPart(s.lowerTok(n)) && s.adjacent(i, n) {
					if m := s.nextWord(n, 0); m == n+1 && string(s.lowerTok(m)) == "the" {
						n = m
					}
				}
				d, ok := s.readDay(s.skipThe(n))
				if ok && n == i+1 && s.toks[d].kind == tkWord && !s.toks[d].is(fOrdWord) {
					ok = false // "the thursday one", "friday one o'clock": a day is said "the first" or "the twenty third", not "one"
				}
				if nx := s.nextWord(d, 0); ok && (nx < 0 || !s.toks[nx].is(fUnit)) && !s.isPunct(d+1, '%') { // not "sat 10% on 40%"
					// "friday 12th march", "tuesday the third of june 2021": the month after the day
					m := nx
					if m == d+1 && string(s.lowerTok(m)) == "of" {
						m = s.nextWord(m, 0)
					}
					if m >= 0 && m <= d+2 && s.toks[m].is(fMonth) && s.toks[m].kind == tkWord && s.adjacent(m-1, m) && !s.verbMonth(m) {
						d = m
						if y, ok := s.readYear(s.nextWord(d, 1)); ok {
							d = y
						}
					}
					s.add(i, d, Date, 0.85, "date/weekday")
					i = d
				}
			}
		case t.is(fHoliday) && t.kind == tkWord:
			j := i
			if n := s.nextWord(i, 0); n == i+1 && (string(s.lowerTok(n)) == "eve" || string(s.lowerTok(n)) == "day" || s.toks[n].is(fWeekday) && s.adjacent(i, n)) {
				j = n // "christmas eve", "easter sunday"
			}
			if y, ok := s.readYear(s.nextWord(j, 1)); ok {
				j = y // "christmas eve twenty eighteen"
			}
			s.add(i, j, Date, 0.7, "date/holiday")
		case t.kind == tkWord && t.is(fNumWord) && t.val >= 0 && t.val <= 12 && s.spokenSlashDate(i) > i:
			// "oh three slash fourteen slash fifty two"
			j := s.spokenSlashDate(i)
			s.add(i, j, Date, 0.85, "date/spoken-numeric")
			i = j
		case t.kind == tkWord && t.is(fNumWord) && t.val >= 0 && t.val <= 12 && s.spokenNumericDate(i) > i:
			// "twelve two two thousand twenty two": month, day, year spoken as numbers
			j := s.spokenNumericDate(i)
			s.add(i, j, Date, 0.8, "date/spoken-numeric")
			i = j
		case t.kind == tkWord && t.is(fNumWord) && !t.is(fOrdWord) && t.val >= 1 && t.val <= 19 && s.cardinalDayMonthYear(i) > i:
			// "twelve August nineteen fifty eight": a day said as a count,
			// then the month and the year, as British speech says a birth
			// date (a year must follow: "two june appointments" stays)
			j := s.cardinalDayMonthYear(i)
			s.add(i, j, Date, 0.9, "date/day-month")
			i = j
		case s.clockMinutes(i):
			// the minutes of a time ("Patient  0:07" then "March two
			// thousand and seven" on the next line) are no day
		case t.is(fOrdWord) || t.kind == tkNum && t.val >= 1 && t.val <= 31 && t.end-t.start <= 2 || t.kind == tkWord && (t.val == 20 || t.val == 30) && t.is(fNumWord):
			// "the 3rd of march" / "3 march 2021" / "on the twelfth"
			if j, ok := s.readDay(i); ok {
				if e := s.ordinalMonthAfter(j); e > j {
					s.add(s.dateStart(i), e, Date, 0.9, "date/day-month")
					i = e
					continue
				}
				k := s.nextWord(j, 1)
				if k == j+2 && s.isPunct(j+1, ':') {
					k = -1 // "Speaker 2: June 3rd": a speaker's label, then what is said
				}
				if k == j+2 && s.isPunct(j+1, '.') && s.toks[k].has(shSentStart) && s.toks[j].kind == tkAlnum && i > 0 && string(s.lowerTok(i-1)) == "the" {
					k = -1 // "The 6th. January 6th, at 3:12": a sentence ends the day (not "3. März")
				}
				if k >= 0 && string(s.lowerTok(k)) == "of" {
					k = s.nextWord(k, 0)
				}
				if k == j+2 && s.isPunct(j+1, ',') && k+1 < len(s.toks) {
					if _, ok := s.readDay(k + 1); ok && s.adjacent(k, k+1) {
						k = -1 // "the first, june first": a day, then the date said whole
					}
				}
				if k >= 0 && s.toks[k].is(fMonth) && s.monthOK(k, true) {
					end := k
					if y, ok := s.yearAfter(k); ok {
						end = y
					} else if y := s.birthShortYear(i, k); y > 0 {
						end = y
					} else if y := s.shortYearAfter(k); y > 0 {
						end = y
					} else if y := s.spokenYearEnding(k); y > 0 {
						end = y
					}
					s.add(s.dateStart(i), end, Date, 0.92, "date/day-month")
					i = end
					continue
				}
				p := s.prevWord(i, 0)
				nx := s.nextWord(j, 0)
				if nx >= 0 && s.toks[nx].has(shNewline) {
					nx = -1 // "until the thirtieth\nSPEAKER_00: …": a line ends what is said
				}
				if nx >= 0 && nx == j+1 && !s.toks[nx].is(fDatePrep|fStop) && !dayFollower(s.lowerTok(nx)) && !s.ingClause(nx) && !pastVerb(s.lowerTok(nx)) || s.isPunct(j+1, '-') && s.toks[j+1].start == s.toks[j].end {
					continue // "on the first visit", "the first-line": an ordinal, not a day
				}
				if q := s.secondDay(nx); q > 0 {
					if e := q; p >= 0 && string(s.lowerTok(p)) == "the" && s.toks[j].is(fOrdWord) && s.datePrepAt(s.prevWord(p, 0)) && s.clauseEndsAfter(e) {
						s.add(i, e, Date, 0.75, "date/the-nth") // "on the first and second i had fevers": two days
						i = e
						continue
					}
					if m := q + 1; q != nx+2 || m < len(s.toks) && s.adjacent(q, m) && s.toks[m].kind == tkWord && !s.toks[m].is(fStop|fDatePrep) && !dayFollower(s.lowerTok(m)) {
						continue // "the first and second toes", "the first or the second finger": a count
					}
					// "was the sixth or the seventh that i fell": each a day, read below
				}
				if nx == j+1 && string(s.lowerTok(nx)) == "of" && (s.ofPeriod(nx) || nx+2 < len(s.toks) && string(s.lowerTok(nx+1)) == "the" && s.toks[nx+2].is(fOrdWord)) {
					continue // "on the first of every month", "the second of the third floor" (no month's ordinal): no date
				}
				if p >= 0 && s.isFiller(p) && p > 0 && s.toks[p-1].kind == tkWord && string(s.lowerTok(p-1)) == "the" {
					p-- // "on the uh twenty third": a pause after the article
				}
				if s.toks[j].is(fOrdWord) && p >= 0 && string(s.lowerTok(p)) == "the" && !(s.dayRangeAt(nx) && !s.dayEndsClause(nx+2)) {
					// "on the twelfth", "today is the seventeenth", "would be the first."
					// (not "from the second to the fourth floor": a range of floors)
					pp := s.prevWord(p, 0)
					if pp >= 0 && hedgeWord(s.lowerTok(pp)) && pp != i-1 {
						pp = s.prevWord(pp, 0) // "or maybe the twenty fourth"
					}
					if pp < 0 && s.dayRangeEnd(s.prevWord(p, 1)) || pp >= 0 && (s.toks[pp].is(fDatePrep) || s.dayLeadAt(pp) && (nx < 0 || nx > j+1 || dayFollower(s.lowerTok(nx)) || s.dayRangeAt(nx)) || s.dayRangeEnd(pp) || s.rescheduledTo(pp) && (nx < 0 || nx > j+1 || s.placeAt(nx))) ||
						s.clockAfter(nx) || nx == j+1 && s.ofMonth(nx) || s.lateDay(i, j, nx) || s.dayRangeAt(nx) && s.dayEndsClause(nx+2) || s.dayAnswered(p, j) || nx == j+1 && s.suitsAfter(nx) ||
						i == j && s.toks[j].kind == tkAlnum && p == i-1 && !(s.isPunct(j+1, ',') && j+2 < len(s.toks) && s.toks[j+2].is(fOrdWord)) && !s.ordinalCounted() {
						// (a day written with its digits after "the" and before no noun: "see you the 22nd in Lexington", "home the 2nd."; not "the 1st, 2nd and 3rd toes",
						// nor in a text that counts things by ordinals: "placed a 2nd ... complications with the 1st")
						s.add(i, j, Date, 0.75, "date/the-nth")
						i = j
					}
				}
			}
		}
	}
	s.extendTimes()
	s.dateEchoes()
}

// ordinalMonthAfter reads "of the fourth" after the ordinal day at token
// j: the month said by its own ordinal, as dates of birth are read out in
// Britain and Ireland ("twelfth of the fourth, twenty fifteen", "14th of
// the 3rd, '81"), with its year or where what is said pauses. It returns
// the date's last token, or -1; not "the third of the fourth floor", "the
// first of the fourth to arrive".
func (s *scanner) ordinalMonthAfter(j int) int {
	o := j + 1
	if !s.toks[j].is(fOrdWord) || o+2 >= len(s.toks) || s.toks[o].hi-s.toks[o].lo != 2 || string(s.lowerTok(o)) != "of" || string(s.lowerTok(o+1)) != "the" {
		return -1
	}
	k := o + 2
	if t := &s.toks[k]; !t.is(fOrdWord) || t.val < 1 || t.val > 12 || t.kind == tkWord && t.val == 12 && s.isPunct(k+1, '-') {
		return -1
	}
	n := k + 1
	if s.isPunct(n, ',') {
		n++
	}
	if y, ok := s.readYear(n); ok {
		return y
	}
	if n < len(s.toks) && s.toks[n].kind == tkWord {
		if y := s.spokenShortYear(n); y > 0 {
			return y // "fourth of the tenth, ninety-two"
		}
	}
	if !s.clauseEndsAfter(k) {
		return -1 // "the first of the fourth to arrive"
	}
	return k
}

// dateEchoes finds a day of the month that a date found so far (or by the
// turns before, echoMem) names, said again on its own after "the" or where
// a turn opens ("july eleventh … the eleventh is fine … nine fifteen on the
// eleventh", "[patient] twenty first at two thirty"), where no noun follows
// it (not "the eleventh grade"). Agreeing on a day repeats it.
func (s *scanner) dateEchoes() {
	if !s.any(fOrdWord) {
		return // a day said again is an ordinal ("the eleventh", "the 12th")
	}
	// the ordinals where a day may be said again first (most texts have
	// none): after "the", or opening a turn or a sentence, a day past the
	// third with no comma after it ("first, i want to …" orders what is
	// said)
	s.echoRuns = s.echoRuns[:0]
	for i := 1; i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind != tkWord && t.kind != tkAlnum || !t.is(fOrdWord|fNumWord) {
			continue
		}
		j, ok := s.readDay(i)
		if !ok || !s.toks[j].is(fOrdWord) {
			continue
		}
		v, p := s.dayValue(i, j), i-1
		opens := (s.toks[p].kind == tkTag || s.isPunct(p, ']') || s.isPunct(p, '.') || s.isPunct(p, '?')) && v > 3 && !s.isPunct(j+1, ',')
		if v >= 1 && v <= 31 && (opens || s.toks[p].kind == tkWord && string(s.lowerTok(p)) == "the") {
			s.echoRuns = append(s.echoRuns, [2]int32{int32(i), int32(j)})
		}
		i = j
	}
	if len(s.echoRuns) == 0 {
		return
	}
	var before uint32
	if mem, turn := s.echoed(); mem != nil {
		before, _ = mem.before(turn)
	}
	s.echoMarks = s.echoMarks[:0]
	for f := range s.found {
		if s.found[f].Type == Date {
			if d := s.findingDay(s.found[f]); d != 0 {
				s.echoMarks = append(s.echoMarks, echoMark{int32(s.found[f].Start), uint64(d)})
			}
		}
	}
	if before == 0 && len(s.echoMarks) == 0 {
		return
	}
	sortMarks(s.echoMarks)
	for _, r := range s.echoRuns {
		i, j := int(r[0]), int(r[1])
		v := s.dayValue(i, j)
		same := (uint64(before)|marksNear(s.echoMarks, int32(s.toks[i].start)))&(1<<v) != 0
		if nx := s.nextWord(j, 0); same && nx == j+1 && string(s.lowerTok(nx)) == "of" {
			// "the sixth of june", not "the sixth of nine children"
			m := s.nextWord(nx, 0)
			same = m == nx+1 && s.toks[m].is(fMonth)
		}
		if same && !s.covered(i, "") && !s.covered(j, "") && s.noNounAfter(j) {
			s.add(i, j, Date, 0.75, "date/the-nth")
		}
	}
}

// dayValue: the day tokens i..j read by readDay name ("twenty first" is
// 21).
func (s *scanner) dayValue(i, j int) int32 {
	if j != i {
		return s.toks[i].val + s.toks[j].val
	}
	return s.toks[j].val
}

// secondDay returns the ordinal after "and" or "or" at token nx, with
// "the" between or not ("the first and second", "the first or the
// second"), or -1.
func (s *scanner) secondDay(nx int) int {
	if nx < 0 || string(s.lowerTok(nx)) != "and" && string(s.lowerTok(nx)) != "or" {
		return -1
	}
	q := nx + 1
	if q < len(s.toks) && s.toks[q].kind == tkWord && string(s.lowerTok(q)) == "the" {
		q++
	}
	if q < len(s.toks) && s.toks[q].is(fOrdWord) {
		return q
	}
	return -1
}

// lateDay: the ordinal at tokens i..j after "the" names a day from the
// thirteenth to the thirty-first and no noun follows it ("can't do the
// fourteenth, how about …", "the twenty second works"): few things but
// days are counted that far in speech ("the twentieth century", "the
// fourteenth floor" have their noun).
func (s *scanner) lateDay(i, j, nx int) bool {
	d := s.toks[j].val
	if j != i {
		d += s.toks[i].val
	}
	if d < 13 || d > 31 {
		return false
	}
	if nx < 0 || nx > j+1 {
		return true
	}
	w := s.lowerTok(nx)
	if string(w) == "no" {
		// "i wrote the nineteenth no it's the eighteenth": "no" puts it
		// right, not "the fifteenth no one came"
		m := s.nextWord(nx, 0)
		if m < 0 || m > nx+1 {
			return true
		}
		switch string(s.lowerTok(m)) {
		case "wait", "its", "it", "sorry", "the", "actually", "i", "no", "hang":
			return true
		}
		return false
	}
	return !s.toks[nx].is(fDeterminer) && string(w) != "in" && string(w) != "of" && string(w) != "to"
}

// holidayWeekday returns the first token of a holy or named day that ends
// in the weekday at token i ("good friday", "ash wednesday", "palm
// sunday"), or -1; "a good friday" is a good day.
func (s *scanner) holidayWeekday(i int) int {
	p := s.prevWord(i, 0)
	if p < 0 || p != i-1 || !s.adjacent(p, i) {
		return -1
	}
	w, d := string(s.lowerTok(i)), string(s.lowerTok(p))
	switch {
	case d == "good" && w == "friday", d == "holy" && (w == "thursday" || w == "saturday"), d == "maundy" && w == "thursday",
		d == "ash" && w == "wednesday", d == "palm" && w == "sunday", d == "black" && w == "friday", d == "cyber" && w == "monday":
	default:
		return -1
	}
	if q := s.prevWord(p, 0); q >= 0 && q == p-1 && s.toks[q].is(fDeterminer) && string(s.lowerTok(q)) != "the" {
		return -1 // "a good friday", "my good friday"
	}
	if s.cased && !(s.toks[p].has(shCap) && s.toks[i].has(shCap)) {
		return -1
	}
	return p
}

// verbMonth: "may" or "march" at token m opens a clause as a verb, a
// pronoun after it ("… the fifth may i ask", "march we did").
func (s *scanner) verbMonth(m int) bool {
	switch string(s.lowerTok(m)) {
	case "may", "march":
		n := s.nextWord(m, 0)
		return n == m+1 && (personPronoun(s.lowerTok(n)) || string(s.lowerTok(n)) == "it" || string(s.lowerTok(n)) == "be")
	}
	return false
}

// monthOK decides whether a month word is a month here: "may" and "march"
// are verbs too, "jan" is a name, "sat" a verb.
// dateStart widens the start of a date over "the" and a weekday before it:
// "Friday, January 21st", "the 3rd of march", "tuesday the fifth".
func (s *scanner) dateStart(i int) int {
	p := s.prevWord(i, 0)
	if p >= 0 && string(s.lowerTok(p)) == "the" {
		// "the" is no part of a date ("on the 3rd of march"), only between
		// a weekday and its day ("tuesday the fifth")
		if q := s.prevWord(p, 0); q >= 0 && s.toks[q].is(fWeekday) && s.toks[q].kind == tkWord {
			return q
		}
		if y := s.birthYearBefore(i); y >= 0 {
			return y // "born in 1958 on the 3rd of May"
		}
		return i
	}
	if p >= 0 && s.toks[p].is(fWeekday) && s.toks[p].kind == tkWord {
		return p
	}
	if p = s.prevWord(i, 1); p >= 0 && p == i-2 && s.isPunct(i-1, ',') && s.toks[p].is(fWeekday) && s.toks[p].kind == tkWord {
		return p
	}
	if y := s.birthYearBefore(i); y >= 0 {
		return y
	}
	return i
}

// birthYearBefore returns the first token of a year said before a date of
// birth that starts at token i, a comma between ("born in nineteen forty,
// april second", "born 1952, march 3rd"), or -1.
func (s *scanner) birthYearBefore(i int) int {
	// a comma, or "on (the)", stands between ("born in sixty two on the
	// fourth of july")
	g := i - 1
	if g >= 0 && s.toks[g].kind == tkWord && string(s.lowerTok(g)) == "the" {
		g--
	}
	if g < 1 || !s.isPunct(g, ',') && !(s.toks[g].kind == tkWord && string(s.lowerTok(g)) == "on") {
		return -1
	}
	if !s.isPunct(g, ',') && g != i-1 && g != i-2 {
		return -1
	}
	for k := g - 1; k >= 0 && k >= g-4; k-- {
		if t := &s.toks[k]; t.kind != tkWord && t.kind != tkNum {
			break
		}
		if e, ok := s.readYear(k); ok && e == g-1 {
			if s.birthCueBefore(k) {
				return k
			}
			return -1
		}
	}
	return -1
}

func (s *scanner) monthOK(i int, withDay bool) bool {
	w := string(s.lowerTok(i))
	t := &s.toks[i]
	if s.ofYearAfter(i) && !(s.cased && !t.has(shCap)) {
		return true // "maybe april of last year", "may of this year"
	}
	if i > 0 && s.isPunct(i-1, '%') || w == "apr" && t.has(shAllCaps) && !withDay && !s.datePrepBefore(i) {
		return false // "4.25% APR", "the APR is": a rate, not April
	}
	if !withDay && t.has(shPoss) && t.is(fFirst) && i+1 < len(s.toks) && s.toks[i+1].kind == tkWord && (s.toks[i+1].is(fRelation) || personalThing(s.lowerTok(i+1))) {
		return false // "Jun's mobile", "april's mum": whose, a person's (not "march's storm")
	}
	switch w {
	case "may", "march":
		if withDay {
			return true
		}
		// "in may", "since march": a month; "you may", "they march": verbs
		p := s.prevWord(i, 0)
		if p < 0 {
			return false
		}
		switch string(s.lowerTok(p)) {
		case "in", "since", "last", "early", "late", "mid", "until", "through", "of", "this", "next", "during", "before", "after", "around", "till", "from":
			return !(s.cased && !t.has(shCap))
		}
		return false
	case "mar", "jan", "sat", "sun", "dec", "jun":
		return withDay
	}
	if withDay {
		return true
	}
	if s.cased && t.has(shCap) && !t.has(shSentStart) {
		return true
	}
	switch w {
	case "january", "february", "july", "september", "october", "november", "december":
		// no name, verb or word but the month: a date element wherever it
		// is said ("it was before that like february", "it's uh september")
		return !(s.cased && !t.has(shCap))
	}
	p := s.prevWord(i, 0)
	return p >= 0 && (s.toks[p].is(fDatePrep|fLocPrep) || isMonthLead(s.lowerTok(p)))
}

// datePrepBefore: the word before token i is a preposition of time ("in",
// "since", "by").
func (s *scanner) datePrepBefore(i int) bool {
	p := s.prevWord(i, 0)
	return p >= 0 && s.toks[p].is(fDatePrep)
}

// ofYearAfter: "of last year", "of this year", "of next year" or "of that
// year" follows token i.
func (s *scanner) ofYearAfter(i int) bool {
	o, d, y := i+1, i+2, i+3
	if y >= len(s.toks) || s.toks[o].kind != tkWord || string(s.lowerTok(o)) != "of" || string(s.lowerTok(y)) != "year" {
		return false
	}
	switch string(s.lowerTok(d)) {
	case "last", "this", "next", "that":
		return s.adjacent(o, d) && s.adjacent(d, y)
	}
	return false
}

// dayLead: words before "the <ordinal>" that make it a day of the month
// when nothing but punctuation or a conjunction follows.
func dayLead(w []byte) bool {
	switch string(w) {
	case "on", "is", "was", "be", "its", "til", "till", "thru", "around", "about", "near", "for", "starting", "starts", "begins", "beginning", "by":
		return true
	}
	return false
}

// dayLeadAt: token k can lead "the" and a day that ends its clause: a
// word of dayLead ("scheduled for the ninth."), a verb of an event
// ("admitted the nineteenth"), or a noun with the clitic
// of "is" ("my birthday's the eighteenth"), never a pronoun's ("he's the
// third": a rank).
func (s *scanner) dayLeadAt(k int) bool {
	w := s.lowerTok(k)
	if dayLead(w) {
		return true
	}
	if eventVerb(w) {
		return true // "admitted the nineteenth and discharged the twenty fifth"
	}
	if string(w) == "it" && k > 0 {
		switch string(s.lowerTok(k - 1)) {
		case "make", "made", "making", "keep":
			return true // "can you make it the tenth"
		}
	}
	if string(w) == "do" && k > 1 && s.toks[k-1].kind == tkWord {
		switch string(s.lowerTok(k - 1)) {
		case "you", "we":
			switch string(s.lowerTok(k - 2)) {
			case "can", "could", "would", "will":
				return true // "can you do the twenty third instead"
			}
		}
	}
	t := &s.toks[k]
	return t.has(shPoss) && t.kind == tkWord && !t.is(fStop|fDeterminer|fRelation|fNameAny) && len(w) > 3
}

// dayEndsClause: the day read at token i ends its clause, no noun after it
// ("the twelfth through the fifteenth for pneumonia", not "the second
// through the fourth grades").
func (s *scanner) dayEndsClause(i int) bool {
	j, ok := s.readDay(i)
	return ok && s.noNounAfter(j)
}

// noNounAfter: no noun follows the day that ends at token j: what is said
// ends, or a function word, a word that follows days or a time comes next
// ("the eleventh is fine", "the ninth at eleven", "the fourteenth what
// time"); not a determiner ("the nineteenth no one liked").
func (s *scanner) noNounAfter(j int) bool {
	nx := s.nextWord(j, 0)
	return nx < 0 || nx > j+1 || s.toks[nx].is(fDatePrep|fStop) && (!s.toks[nx].is(fDeterminer) || string(s.lowerTok(nx)) == "what") ||
		dayFollower(s.lowerTok(nx)) || s.clockAfter(nx) || s.ingClause(nx)
}

// dayAnswered: "the" at token p and a day ending at token j answer when
// something was, opening a speaker's turn after the turn before asked it
// ("[doctor] when was your last period [patient] um the twelfth i think";
// "which one? [patient] the first one" is no day: a noun follows).
func (s *scanner) dayAnswered(p, j int) bool {
	o := p - 1
	for o >= 0 && s.toks[o].kind == tkWord && (s.isFiller(o) || string(s.lowerTok(o)) == "yeah" || string(s.lowerTok(o)) == "yes") && p-o <= 3 {
		o--
	}
	if !s.labelEndsAt(o) || !s.noNounAfter(j) {
		return false
	}
	when := false
	for k := o - 3; k >= 0 && o-k <= 24; k-- {
		t := &s.toks[k]
		if t.kind == tkPunct && s.text[t.start] == ']' {
			break // the turn before ends here
		}
		if t.kind != tkWord {
			continue
		}
		switch string(s.lowerTok(k)) {
		case "when", "date":
			when = true
		case "day":
			if q := k - 1; q >= 0 && (string(s.lowerTok(q)) == "what" || string(s.lowerTok(q)) == "which") {
				when = true
			}
		}
	}
	return when
}

// ingClause: token n, after a day, opens a clause of a verb's -ing form
// ("fell on the ninth getting out of bed"), no noun ("the third building").
func (s *scanner) ingClause(n int) bool {
	t, w := &s.toks[n], s.lowerTok(n)
	return t.kind == tkWord && len(w) >= 6 && string(w[len(w)-3:]) == "ing" && t.is(fCommon) && !t.is(fFirst|fCity) && !ingNoun(w)
}

// ingNoun: w ends in -ing and is a noun after an ordinal ("the third
// building", "the second meeting"), no verb of a clause after a day.
func ingNoun(w []byte) bool {
	switch string(w) {
	case "building", "buildings", "meeting", "meetings", "morning", "evening", "wedding", "ceiling", "dressing", "setting", "opening", "filling",
		"feeding", "reading", "readings", "hearing", "parking", "screening", "testing", "swelling", "bleeding", "booking", "offspring", "sibling",
		"serving", "servings", "helping", "outing", "clearing", "landing", "crossing", "ending", "beginning", "inning", "innings", "training":
		return true
	}
	return false
}

// datePrepAt: token k is a preposition that dates ("on", "since", "by").
func (s *scanner) datePrepAt(k int) bool {
	return k >= 0 && s.toks[k].kind == tkWord && s.toks[k].is(fDatePrep)
}

// clauseEndsAfter: what is said pauses or a new clause opens with its
// subject after token e ("on the first and second i had fevers", "…
// second, and"), so no noun follows the ordinal there.
func (s *scanner) clauseEndsAfter(e int) bool {
	n := e + 1
	if n >= len(s.toks) || s.toks[n].kind == tkPunct || s.toks[n].kind == tkTag {
		return true
	}
	switch string(s.lowerTok(n)) {
	case "i", "we", "he", "she", "they", "you", "it", "and", "but", "so":
		return true
	}
	return false
}

// rescheduledTo: token k is "to" after a verb that moves an appointment, its
// object between ("they moved my surgery to the nineteenth", "pushed it back
// to the third"), where "to the" and an ordinal names a day.
func (s *scanner) rescheduledTo(k int) bool {
	if string(s.lowerTok(k)) != "to" {
		return false
	}
	for v, n := s.prevWord(k, 0), 0; v >= 0 && n < 4 && s.adjacent(v, v+1); v, n = s.prevWord(v, 0), n+1 {
		switch string(s.lowerTok(v)) {
		case "moved", "move", "moving", "pushed", "push", "changed", "change", "switched", "rescheduled", "reschedule", "bumped", "postponed", "delayed":
			return true
		}
	}
	return false
}

// placeAt: token n is "at" before a word of where, no function word, after
// the day a visit is moved to ("moved her appointment to the ninth at
// adventist"; not "moved to the third in line").
func (s *scanner) placeAt(n int) bool {
	m := n + 1
	return string(s.lowerTok(n)) == "at" && m < len(s.toks) && s.toks[m].kind == tkWord && !s.toks[m].is(fStop|fDeterminer|fNumWord)
}

// ofMonth: token o is "of" before a month said without its name ("the
// nineteenth of next month", "the first of this month"), which makes the
// ordinal before it a day.
func (s *scanner) ofMonth(o int) bool {
	if string(s.lowerTok(o)) != "of" {
		return false
	}
	d := s.nextWord(o, 0)
	if d != o+1 {
		return false
	}
	switch string(s.lowerTok(d)) {
	case "this", "next", "last", "that":
	default:
		return false // "the first of the month" is as often any month's
	}
	m := s.nextWord(d, 0)
	return m == d+1 && string(s.lowerTok(m)) == "month"
}

// eventVerb: the verbs of what happens on a day in a patient's story,
// after which "the" and an ordinal that ends the clause is a day.
func eventVerb(w []byte) bool {
	switch string(w) {
	case "admitted", "discharged", "seen", "started", "stopped", "came", "arrived", "left", "born", "scheduled", "onset", "fell", "delivered",
		"booked", "moved", "operated", "happened", "began", "ended", "died", "passed", "tested", "vaccinated", "due",
		"confirm", "confirmed", "confirming", "book", "schedule", "reschedule", "rescheduled":
		return true
	}
	return false
}

// birthShortYear reads a year said in two digits after a birth date that
// runs from token i to end: "born on the third of may, sixty two", "dob
// june fifth eighty". Only after a birth cue, and only where the turn or
// the clause ends after it ("born may fifth, sixty two patients" is no
// date). It returns the year's last token, or -1.
func (s *scanner) birthShortYear(i, end int) int {
	k := s.nextWord(end, 1)
	if k < 0 || k > end+2 || !s.toks[k].is(fNumWord) || s.toks[k].val < 20 || s.toks[k].val%10 != 0 {
		return -1
	}
	last := k
	if u := s.onesAfter(k); u > 0 {
		last = u
	}
	// "… march third nineteen fifty two [doctor] march third fifty two
	// great": a date said before with that year, read back short
	if !s.birthCueBefore(s.dateStart(i)) && !s.yearSaidBefore(i, int(s.toks[k].val+s.toks[last].val*int32(min(last-k, 1)))) {
		return -1
	}
	if n := last + 1; n < len(s.toks) && s.toks[n].kind != tkPunct && s.toks[n].kind != tkTag && !s.toks[n].has(shNewline) && !dateAck(s.lowerTok(n)) &&
		!(s.toks[n].kind == tkWord && s.toks[n].is(fStop) && !s.toks[n].is(fUnit|fMeasure|fNumWord) && s.birthCueBefore(s.dateStart(i))) {
		return -1 // "born july fourth sixty one degrees", but "june eleventh forty one okay", "born april twelfth fifty nine if that helps"
	}
	return last
}

// yearSaidBefore: a date found before token i, not far before, ends in a
// year whose last two digits are yy ("nineteen fifty two", "1952").
func (s *scanner) yearSaidBefore(i, yy int) bool {
	at := s.toks[i].start
	for f := range s.found {
		fd := &s.found[f]
		if fd.Type != Date || int32(fd.End) > at || at-int32(fd.End) > echoWindow {
			continue
		}
		b := s.tokAt(fd.End - 1)
		if b < 1 {
			continue
		}
		t := &s.toks[b]
		switch {
		case t.kind == tkNum && t.end-t.start == 4:
			if int(t.val)%100 == yy {
				return true
			}
		case t.kind == tkWord && t.is(fNumWord):
			v := int(t.val)
			if p := &s.toks[b-1]; v >= 1 && v <= 9 && p.kind == tkWord && p.is(fNumWord) && p.val >= 20 && p.val%10 == 0 {
				v += int(p.val) // "fifty two"
			}
			if v == yy {
				return true
			}
		}
	}
	return false
}

// dateAck: a word that acknowledges a date read back ("march third sixty
// two, perfect").
func dateAck(w []byte) bool {
	switch string(w) {
	case "okay", "ok", "perfect", "great", "right", "yes", "yeah", "yep", "thanks", "thank", "correct", "good", "and", "got", "that":
		return true
	}
	return false
}

// dayMonthGlued: w (lower case) is a day of one or two digits, a month's
// three-letter name ("sept" too) and a year of two or four digits or none,
// written as one ("22oct", "11apr19", "3mar2021").
func dayMonthGlued(w []byte) bool {
	k := 0
	for k < len(w) && k < 3 && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k > 2 || len(w) < k+3 {
		return false
	}
	day := int(w[0] - '0')
	if k == 2 {
		day = day*10 + int(w[1]-'0')
	}
	if day < 1 || day > 31 {
		return false
	}
	m := 3
	switch string(w[k : k+3]) {
	case "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "oct", "nov", "dec":
	case "sep":
		if len(w) > k+3 && w[k+3] == 't' {
			m = 4
		}
	default:
		return false
	}
	y := w[k+m:]
	if len(y) != 0 && len(y) != 2 && len(y) != 4 {
		return false
	}
	for _, c := range y {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// gluedMonthYear: alphanumeric token i is a word of shorthand with a
// month glued to it, then a slash and a year no day can be: "fx4/97",
// "MI12/03" (the m/yy of numbers alone is read in detect_num.go).
func (s *scanner) gluedMonthYear(i int) bool {
	if i+2 >= len(s.toks) || !s.isPunct(i+1, '/') || s.toks[i+2].kind != tkNum || !s.adjacent(i, i+1) || !s.adjacent(i+1, i+2) {
		return false
	}
	w := s.tokText(i)
	k := len(w)
	for k > 0 && w[k-1] >= '0' && w[k-1] <= '9' {
		k--
	}
	if k < 2 || k > 8 || len(w)-k > 2 {
		return false // shorthand of two to eight letters, a month of one or two digits
	}
	for _, c := range w[:k] {
		if c|0x20 < 'a' || c|0x20 > 'z' {
			return false
		}
	}
	m := 0
	for _, c := range w[k:] {
		m = m*10 + int(c-'0')
	}
	y := s.tokText(i + 2)
	if m < 1 || m > 12 || len(y) != 2 || y < "32" || s.isPunct(i+3, '/') || s.isPunct(i+3, '%') {
		return false
	}
	// a setting is no date: "PEEP5/40", "PS10/35"
	return s.lex.word(s.lowerTok(i)[:k])&(fMeasure|fUnit) == 0
}

// spokenSlashDate reads a date said as numbers with the slashes said too,
// month first: "oh three slash fourteen slash fifty two", "three slash
// fourteen slash nineteen fifty two", and with one slash after a cue of
// birth or date ("dob three slash fourteen"). It returns the last token,
// or i. Readings said with a slash that are no date stay ("one twenty
// slash eighty", "seven slash ten" for pain).
func (s *scanner) spokenSlashDate(i int) int {
	m, k := s.spokenSmall(i)
	if k < 0 || m < 1 || m > 12 {
		return i
	}
	sl := s.nextWord(k, 0)
	if sl != k+1 || string(s.lowerTok(sl)) != "slash" {
		return i
	}
	d, k := s.spokenSmall(sl + 1)
	if k < 0 || !validDate(m, d) {
		return i
	}
	if sl = s.nextWord(k, 0); sl == k+1 && string(s.lowerTok(sl)) == "slash" {
		if y, ok := s.readYear(sl + 1); ok {
			return y
		}
		if v, y := s.spokenSmall(sl + 1); y > 0 && (y > sl+1 || v >= 10) {
			// a year of two digits: "fifty two", "oh five", "ten" (not
			// "five", nor "five hundred")
			if n := s.nextWord(y, 0); n < 0 || n > y+1 || !s.toks[n].is(fNumWord) && s.toks[n].kind != tkNum && !s.toks[n].is(fMultiplier) && string(s.lowerTok(n)) != "hundred" && string(s.lowerTok(n)) != "thousand" {
				return y
			}
		}
		return i
	}
	if p := s.prevWord(i, 0); p >= 0 && (dateCue(s.lowerTok(p)) || string(s.lowerTok(p)) == "birth" || s.toks[p].is(fDatePrep) && p == i-1) {
		return k // "dob three slash fourteen", "seen on three slash fourteen"
	}
	if n := s.nextWord(k, 0); s.dateCueWithin(i, 6) && (n < 0 || !s.toks[n].is(fUnit|fMeasure) && string(s.lowerTok(n)) != "of") {
		return k // "the date on the bill is two slash eleven"; not "the last dose was one slash two of a tab"
	}
	return i
}

// dateCueWithin: a word that says a date follows (dateCue) is among the
// n words before token i, in the same sentence.
func (s *scanner) dateCueWithin(i, n int) bool {
	for k, c := i-1, 0; k >= 0 && c < n; k-- {
		t := &s.toks[k]
		if t.kind == tkTag || t.kind == tkPunct && (s.isPunct(k, '.') || s.isPunct(k, '?') || s.isPunct(k, '!') || s.isPunct(k, ']')) {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		c++
		if dateCue(s.lowerTok(k)) || string(s.lowerTok(k)) == "birth" {
			return true
		}
	}
	return false
}

// spokenSmall reads a number from 0 to 99 said in words at token i ("oh
// three", "fourteen", "fifty two", "thirty") and returns it and its last
// token, or -1.
func (s *scanner) spokenSmall(i int) (int, int) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkWord || !s.toks[i].is(fNumWord) || s.toks[i].val < 0 || s.toks[i].val > 90 {
		return 0, -1
	}
	v := int(s.toks[i].val)
	n := s.nextWord(i, 0)
	next := n == i+1 && s.toks[n].kind == tkWord && s.toks[n].is(fNumWord) && s.toks[n].val >= 1 && s.toks[n].val <= 9
	switch {
	case v == 0 && next: // "oh three"
		return int(s.toks[n].val), n
	case v >= 20 && v%10 == 0 && next: // "fifty two"
		return v + int(s.toks[n].val), n
	}
	return v, i
}

// shortYearAfter reads a year of two digits after a comma that ends a
// date at token end ("21 Apr, 21", "Apr 21, 19 0700") and returns its
// token, or -1. Only where nothing but the end, punctuation, a new line or
// a clock time follows: "on 3 May, 19 units given" counts units.
func (s *scanner) shortYearAfter(end int) int {
	c, y := end+1, end+2
	if c < len(s.toks) && s.toks[c].kind == tkNum && s.toks[c].start == s.toks[end].end+1 && s.toks[end].kind == tkWord && s.text[s.toks[end].end] == ' ' {
		// "3 Mar 91", "12 Jan 21 by GP": the year right after a written
		// month, then no word but one of grammar ("3 Mar 40 mg", "3
		// march 20 patients" are counts)
		if s.toks[c].end-s.toks[c].start != 2 {
			return -1
		}
		if n := c + 1; n < len(s.toks) && s.toks[n].kind == tkWord && !s.toks[n].has(shNewline) && (!s.toks[n].is(fDatePrep|fLocPrep) && !clauseWord(s.lowerTok(n)) || s.toks[n].is(fUnit|fMeasure)) {
			return -1
		}
		y, c = c, -1
	} else if y >= len(s.toks) || !s.isPunct(c, ',') || s.toks[y].kind != tkNum || s.toks[y].end-s.toks[y].start != 2 || s.toks[c].start != s.toks[end].end {
		return -1
	}
	n := y + 1
	switch {
	case n == len(s.toks), s.toks[n].has(shNewline), s.toks[n].kind == tkWord && c < 0:
		return y
	case s.toks[n].kind == tkPunct:
		if b := s.text[s.toks[n].start]; b == '%' || b == '/' || b == ':' || b == '.' && n+1 < len(s.toks) && s.toks[n+1].kind == tkNum && s.toks[n+1].start == s.toks[n].end {
			return -1 // "19%", "19/20", "19:30", "19.5"
		}
		return y
	case s.toks[n].kind == tkNum && s.toks[n].end-s.toks[n].start == 4 && clockTime(s.text[s.toks[n].start:s.toks[n].end]):
		return y // "21 Apr, 21 0700"
	}
	return -1
}

// clauseWord: a word that opens what is said next after a date ("… 21
// and", "… 91 when", "… 21 she").
func clauseWord(w []byte) bool {
	switch string(w) {
	case "and", "when", "was", "were", "is", "then", "i", "we", "he", "she", "they", "to", "with", "for", "but", "so", "or":
		return true
	}
	return false
}

// spokenShortYear reads a year said by its last two digits from token k
// ("ninety eight", "eighty", "oh five") and returns its last token, or -1.
func (s *scanner) spokenShortYear(k int) int {
	t := &s.toks[k]
	if t.kind != tkWord || !t.is(fNumWord) {
		return -1
	}
	u := s.onesAfter(k)
	switch {
	case t.val == 0 && u > 0: // "oh five"
		return u
	case t.val >= 20 && t.val <= 90 && t.val%10 == 0:
		if u > 0 {
			return u
		}
		return k
	case t.val >= 10 && t.val <= 19 && string(s.lowerTok(k)) != "ten":
		return k // "nineteen", "twelve"? only teens said as a year's end
	}
	return -1
}

// onesAfter returns the token right after token k, or after a hyphen
// joining them, when it says the ones ("eight" of "ninety eight" or
// "ninety-eight", "five" of "oh five"), or -1.
func (s *scanner) onesAfter(k int) int {
	u := k + 1
	if s.isPunct(u, '-') && u+1 < len(s.toks) && s.toks[u].start == s.toks[k].end && s.toks[u+1].start == s.toks[u].end {
		u++ // "ninety-eight"
	}
	if u < len(s.toks) && s.toks[u].is(fNumWord) && s.toks[u].val >= 1 && s.toks[u].val <= 9 {
		return u
	}
	return -1
}

// dayRangeAt: token k opens the second day of a range: "to", "through"
// or "until", then "the" and an ordinal ("the twelfth to the fifteenth").
func (s *scanner) dayRangeAt(k int) bool {
	if k < 0 || k+2 >= len(s.toks) || !rangeWord(s.lowerTok(k)) {
		return false
	}
	if m := k + 1; s.toks[m].kind == tkWord && s.toks[m].is(fMonth) && !s.toks[m].is(fStop) && s.adjacent(k, m) {
		_, ok := s.readDay(m + 1) // "starting the ninth through december thirty-first"
		return ok && s.adjacent(m, m+1)
	}
	if string(s.lowerTok(k+1)) != "the" {
		return false
	}
	return s.toks[k+2].kind == tkWord && s.toks[k+2].is(fOrdWord) || s.toks[k+2].kind == tkAlnum && ordinalDigits(string(s.lowerTok(k+2))) > 0
}

// dayRangeEnd: token k joins a day just found to the next ("from the
// third to the ninth", "between the fifth and the tenth", "the third or the
// fourth").
func (s *scanner) dayRangeEnd(k int) bool {
	if k < 1 || !rangeWord(s.lowerTok(k)) && string(s.lowerTok(k)) != "and" && string(s.lowerTok(k)) != "or" && !correctionWord(s.lowerTok(k)) {
		return false
	}
	// "the third, i think, or the fourth": a hedge may stand between
	return s.findingJustBefore(k, Date, 5, hedgeWord)
}

// findingJustBefore: the last finding so far is of type typ and ends at one
// of the within tokens before token k, with only marks and words between
// that between accepts.
func (s *scanner) findingJustBefore(k int, typ Type, within int, between func([]byte) bool) bool {
	f := len(s.found) - 1
	if f < 0 || s.found[f].Type != typ {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= within; j-- {
		if int(s.toks[j].end) == s.found[f].End {
			return true
		}
		if s.toks[j].kind != tkPunct && !between(s.lowerTok(j)) {
			return false
		}
	}
	return false
}

// correctionWord: a word that puts a day right after another ("the
// twenty-third. no, the twenty-fourth", "the third, sorry, the fourth").
func correctionWord(w []byte) bool {
	switch string(w) {
	case "no", "sorry", "actually", "wait", "mean", "rather", "not":
		return true
	}
	return false
}

// hedgeWord: a word of an aside between two dates said as alternatives
// ("the third, i think, or the fourth", "the fifth, maybe, or the sixth").
func hedgeWord(w []byte) bool {
	switch string(w) {
	case "i", "think", "guess", "maybe", "um", "uh", "mean", "sorry", "actually", "possibly", "probably", "like":
		return true
	}
	return false
}

func rangeWord(w []byte) bool {
	switch string(w) {
	case "to", "through", "thru", "until", "till", "til":
		return true
	}
	return false
}

// clockAfter: "at" and a time of day follow, at token nx ("the fifteenth at
// ten", "the third at two thirty"): the ordinal before is a day.
func (s *scanner) clockAfter(nx int) bool {
	if nx < 0 || string(s.lowerTok(nx)) != "at" {
		return false
	}
	c := s.nextWord(nx, 0)
	if c != nx+1 {
		return false
	}
	t := &s.toks[c]
	if c+2 < len(s.toks) && t.kind == tkNum && s.isPunct(c+1, ':') && s.toks[c+2].kind == tkNum {
		return true // "at 9:30"
	}
	if n := c + 1; n < len(s.toks) && s.toks[n].kind == tkWord && (s.toks[n].is(fUnit|fMeasure) || string(s.lowerTok(n)) == "point") {
		return false // "at one point", "at two mg"
	}
	return (t.kind == tkWord && t.is(fNumWord) || t.kind == tkNum) && t.val >= 1 && t.val <= 12
}

// suitsAfter: what is said from token n says a day suits someone ("the
// twelfth works", "the fifth suits me", "the ninth is fine", "the tenth
// would be better"): a day booked, whatever was said before it.
func (s *scanner) suitsAfter(n int) bool {
	switch string(s.lowerTok(n)) {
	case "works", "suits", "sounds":
		return true
	case "is", "would":
		m := s.nextWord(n, 0)
		if m == n+1 && string(s.lowerTok(n)) == "would" && string(s.lowerTok(m)) == "be" {
			m = s.nextWord(m, 0)
		}
		if m < 0 || m > n+2 {
			return false
		}
		switch string(s.lowerTok(m)) {
		case "fine", "good", "better", "best", "okay", "ok", "perfect", "open", "free", "work":
			return true
		}
	}
	return false
}

func dayFollower(w []byte) bool {
	switch string(w) {
	case "of", "at", "right", "and", "so", "then", "or", "but", "okay", "ok", "yeah", "correct", "works", "suits", "instead", "cause", "because", "yes",
		"sounds", "would", "should", "might", "alright", "thanks", "thank", "please":
		return true
	}
	return false
}

func isMonthLead(w []byte) bool {
	switch string(w) {
	case "last", "this", "next", "early", "late", "mid", "since", "in", "of", "until", "end", "beginning", "middle", "through", "around", "past", "coming", "come":
		return true
	}
	return false
}

// monthDate reads a date that starts with a month: "march 3rd, 2021",
// "march the third", "march 2021", "march". It returns the last token
// used, or -1.
func (s *scanner) monthDate(i int) int {
	n := s.nextWord(i, 1)
	if y, ok := s.readYear(n); ok && s.monthOK(i, true) && (s.toks[n].kind != tkNum || s.toks[n].end-s.toks[n].start == 4) {
		s.add(i, y, Date, 0.92, "date/month-year")
		return y
	}
	day, okDay := s.readDay(s.skipThe(n))
	if okDay && s.monthOK(i, true) {
		end := day
		if y, ok := s.yearAfter(day); ok {
			end = y
		} else if y := s.birthShortYear(i, day); y > 0 {
			end = y
		} else if y := s.shortYearAfter(day); y > 0 {
			end = y
		} else if y := s.spokenYearEnding(day); y > 0 {
			end = y
		}
		s.add(s.dateStart(i), end, Date, 0.93, "date/month-day")
		return end
	}
	// month [of] year
	k := n
	if k >= 0 && string(s.lowerTok(k)) == "of" {
		k = s.nextWord(k, 0)
	}
	if y, ok := s.readYear(k); ok && (s.monthOK(i, true)) {
		s.add(i, y, Date, 0.9, "date/month-year")
		return y
	}
	if k != n && k >= 0 {
		if y := s.spokenShortYear(k); y > 0 {
			s.add(i, y, Date, 0.9, "date/month-year") // "june of ninety eight", "march of oh five"
			return y
		}
	}
	if s.monthOK(i, false) {
		s.add(i, i, Date, 0.7, "date/month")
		return i
	}
	return -1
}

func (s *scanner) skipThe(i int) int {
	if i >= 0 && i < len(s.toks) && string(s.lowerTok(i)) == "the" {
		return s.nextWord(i, 0)
	}
	return i
}

// spokenNumericDate reads a date said as numbers, month and day then a
// year ("twelve two two thousand twenty two", "oh eight three oh two
// thousand one", "one oh two four nineteen ninety") at token i, and
// returns its last token, or i.
func (s *scanner) spokenNumericDate(i int) int {
	if p := s.prevWord(i, 0); p >= 0 && (s.toks[p].is(fNumWord) || s.toks[p].kind == tkNum) {
		return i // inside a longer run of numbers
	}
	var d []byte
	for k := i; k < len(s.toks) && k-i < 5; k++ {
		t := &s.toks[k]
		if k > i {
			if y, ok := s.readYear(k); ok && s.toks[y].kind != tkNum && len(d) >= 2 && len(d) <= 4 && mdDigits(d) {
				return y
			}
		}
		if t.kind != tkWord || !t.is(fNumWord) || t.val < 0 || t.val >= 40 {
			return i
		}
		switch v := int(t.val); {
		case v < 10:
			if n := len(d); n > 0 && d[n-1] == '0' && k > i && s.toks[k-1].val >= 20 {
				d[n-1] = byte('0' + v) // twenty two
			} else {
				d = append(d, byte('0'+v))
			}
		default:
			d = append(d, byte('0'+v/10), byte('0'+v%10))
		}
	}
	return i
}

// mdDigits: the digits split into a valid month and day.
func mdDigits(d []byte) bool {
	num := func(b []byte) int {
		v := 0
		for _, c := range b {
			v = v*10 + int(c-'0')
		}
		return v
	}
	for cut := 1; cut < len(d) && cut <= 2; cut++ {
		if len(d)-cut <= 2 && validDate(num(d[:cut]), num(d[cut:])) {
			return true
		}
	}
	return false
}

// ordinalCounted: the text puts an article before an ordinal written with
// its digits ("a 2nd", "another 3rd"): its ordinals count things, and "the
// 1st" is the first of them, not a day.
func (s *scanner) ordinalCounted() bool {
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].kind == tkAlnum && s.toks[k].is(fOrdWord) && s.toks[k-1].kind == tkWord {
			switch string(s.lowerTok(k - 1)) {
			case "a", "an", "another":
				return true
			}
		}
	}
	return false
}

// readDay reads a day of the month at token i: 3, 03, 3rd, third, three,
// twenty third, twenty-third, thirty first. It returns the last token.
func (s *scanner) readDay(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := &s.toks[i]
	switch {
	case t.kind == tkNum && t.end-t.start <= 2 && t.val >= 1 && t.val <= 31:
		if nx := s.nextWord(i, 0); nx >= 0 && s.toks[nx].is(fUnit) || s.isPunct(i+1, '%') && s.toks[i].end == s.toks[i+1].start {
			return 0, false // "5 mg", "25% APR": a measure, not a day
		}
		return i, true
	case t.is(fOrdWord) && t.val >= 1 && t.val <= 31 && t.kind == tkAlnum:
		return i, true
	case t.kind == tkWord && (t.val == 20 || t.val == 30) && t.is(fNumWord|fOrdWord):
		j := i + 1
		if s.isPunct(j, '-') {
			j++
		} else {
			j = s.nextWord(i, 0)
		}
		if j >= 0 && j < len(s.toks) && s.toks[j].kind == tkWord && s.toks[j].val >= 1 && s.toks[j].val <= 9 && s.toks[j].is(fOrdWord|fNumWord) && t.val+s.toks[j].val <= 31 {
			return j, true
		}
		// twentieth, thirtieth, and "august thirty"
		if nx := s.nextWord(i, 0); nx >= 0 && s.toks[nx].is(fUnit) {
			return 0, false
		}
		return i, true
	case t.kind == tkWord && t.val >= 1 && t.val <= 31 && t.is(fOrdWord):
		return i, true
	case t.kind == tkWord && t.val >= 1 && t.val <= 19 && t.is(fNumWord) && !s.isZeroLetter(i):
		if nx := s.nextWord(i, 0); nx >= 0 && s.toks[nx].is(fUnit) {
			return 0, false
		}
		return i, true
	}
	return 0, false
}

// cardinalDayMonthYear returns the last token of the year after a day
// said as a count (one to nineteen) at token i and a month right after
// it ("twelve August nineteen fifty eight", "three may 2001"), or -1.
func (s *scanner) cardinalDayMonthYear(i int) int {
	m := i + 1
	if m >= len(s.toks) || !s.adjacent(i, m) || s.toks[m].kind != tkWord || !s.toks[m].is(fMonth) || !s.monthOK(m, true) {
		return -1
	}
	if y, ok := s.yearAfter(m); ok {
		return y
	}
	return -1
}

// personalThing: what a person has that a month does not ("Jun's mobile").
func personalThing(w []byte) bool {
	switch string(w) {
	case "phone", "mobile", "cell", "number", "email", "address", "car", "house", "school", "teacher", "friend", "birthday", "room", "bed":
		return true
	}
	return false
}

// spokenYearEnding reads a year said by its last two digits after a
// comma at the end of what is said or of its clause, after the date ending
// at token d ("Seventeenth of May, ninety-five.", "June 3rd, sixty-one?",
// "Second of February, eighty-three, and …"), and
// returns its last token, or -1 ("the fifth of May, ninety patients").
func (s *scanner) spokenYearEnding(d int) int {
	if !s.isPunct(d+1, ',') || d+2 >= len(s.toks) {
		return -1
	}
	y := s.spokenShortYear(d + 2)
	if y < 0 {
		return -1
	}
	n := y + 1
	if n >= len(s.toks) || s.toks[n].has(shNewline) {
		return y
	}
	if s.toks[n].kind == tkPunct {
		switch s.text[s.toks[n].start] {
		case '.', '?', '!', ';':
			return y
		case ',':
			// "Second of February, eighty-three, and the last four …": a
			// clause of its own; not "May, ninety, a hundred" (a count)
			if m := n + 1; m < len(s.toks) && s.toks[m].kind == tkWord && !s.toks[m].is(fNumWord) {
				return y
			}
		}
	}
	return -1
}

// yearAfter reads a year after the day or month at token d, a comma
// between or not ("march 3 2021", "January 30th, '68").
func (s *scanner) yearAfter(d int) (int, bool) {
	if s.isPunct(d+1, ',') && s.isPunct(d+2, '\'') {
		return s.readYear(d + 2)
	}
	return s.readYear(s.nextWord(d, 1))
}

// readYear reads a year at token i: 2021, '21, nineteen fifty six, twenty
// twenty one, two thousand and five, nineteen oh five.
func (s *scanner) readYear(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := &s.toks[i]
	if t.kind == tkPunct && s.text[t.start] == '\'' && i+1 < len(s.toks) && s.toks[i+1].kind == tkNum && s.toks[i+1].end-s.toks[i+1].start == 2 {
		return i + 1, true
	}
	if t.kind == tkNum {
		return i, t.end-t.start == 4 && t.val >= 1880 && t.val <= 2100
	}
	if t.kind != tkWord || !t.is(fNumWord) {
		return 0, false
	}
	w := string(s.lowerTok(i))
	if w == "two" { // two thousand [and] five
		k := s.nextWord(i, 0)
		if k < 0 || string(s.lowerTok(k)) != "thousand" {
			return 0, false
		}
		end := k
		n := s.nextWord(k, 0)
		if n >= 0 && string(s.lowerTok(n)) == "and" {
			n = s.nextWord(n, 0)
		}
		if n >= 0 && s.toks[n].is(fNumWord) && s.toks[n].val > 0 && !s.isZeroLetter(n) {
			end = n
			if s.toks[n].val >= 20 && s.toks[n].val%10 == 0 {
				if u := s.nextWord(n, 1); u >= 0 && s.toks[u].is(fNumWord) && s.toks[u].val > 0 && s.toks[u].val < 10 {
					end = u
				}
			}
		}
		return end, true
	}
	if t.val != 19 && t.val != 18 && t.val != 20 {
		return 0, false
	}
	k := s.nextWord(i, 1)
	if k < 0 || !s.toks[k].is(fNumWord) {
		return 0, false
	}
	v := s.toks[k].val
	switch {
	case s.isZeroLetter(k): // nineteen oh five
		u := s.nextWord(k, 1)
		if u >= 0 && s.toks[u].is(fNumWord) && s.toks[u].val >= 1 && s.toks[u].val <= 9 {
			return u, true
		}
		return 0, false
	case v >= 10 && v <= 19:
		return k, true
	case v >= 20 && v <= 90 && v%10 == 0:
		if u := s.nextWord(k, 1); u >= 0 && s.toks[u].is(fNumWord) && s.toks[u].val >= 1 && s.toks[u].val <= 9 && !s.isZeroLetter(u) {
			return u, true
		}
		return k, true
	}
	return 0, false
}

// detectAges finds ages over 89.
func (s *scanner) detectAges() {
	first := len(s.found)
	s.detectAgesOnce()
	s.ordinalBirthdays()
	s.ageEchoes(first)
}

// ordinalBirthdays finds an age over 89 said as the ordinal of a birthday
// ("her ninety third birthday", "his 100th birthday", "mum's hundred and
// first birthday", "the ninetieth birthday party"): the birthday's number
// is the age.
func (s *scanner) ordinalBirthdays() {
	for k := 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != tkWord || t.end-t.start != 8 || string(s.lowerTok(k)) != "birthday" {
			continue
		}
		q := k - 1
		if s.isPunct(q, '-') {
			q-- // "hundredth-birthday"
		}
		if q < 0 || s.covered(q, "") {
			continue
		}
		if a, v := s.ordinalAgeEndingAt(q); a >= 0 && v >= SafeHarborAgeCap && v <= 130 {
			s.add(a, q, Age, 0.85, "age")
		}
	}
}

// ordinalAgeEndingAt reads an ordinal that ends at token q: "93rd",
// "ninetieth", "ninety third", "ninety-third", "hundredth", "hundred and
// first", "one hundred and second". It returns its first token and value,
// or -1.
func (s *scanner) ordinalAgeEndingAt(q int) (int, int) {
	t := &s.toks[q]
	if t.kind == tkAlnum {
		if v := ordinalDigits(string(s.lowerTok(q))); v > 0 {
			return q, v
		}
		return -1, 0
	}
	if t.kind != tkWord {
		return -1, 0
	}
	w := string(s.lowerTok(q))
	hundredAt := func(h int) (int, int) { // "(a|one) hundred" ending at token h
		if h < 0 || s.toks[h].kind != tkWord || string(s.lowerTok(h)) != "hundred" {
			return -1, 0
		}
		if p := h - 1; p >= 0 && s.toks[p].kind == tkWord && (string(s.lowerTok(p)) == "a" || string(s.lowerTok(p)) == "one") {
			return p, 100
		}
		return h, 100
	}
	switch {
	case w == "ninetieth":
		return q, 90
	case w == "hundredth":
		if a, _ := hundredAt(q); a >= 0 {
			return a, 100
		}
		if p := q - 1; p >= 0 && s.toks[p].kind == tkWord && (string(s.lowerTok(p)) == "a" || string(s.lowerTok(p)) == "one") {
			return p, 100
		}
		return q, 100
	case t.is(fOrdWord) && t.val > 0 && t.val < 10:
		p := q - 1
		if s.isPunct(p, '-') {
			p--
		}
		if p < 0 || s.toks[p].kind != tkWord {
			return -1, 0
		}
		if s.toks[p].is(fNumWord) && s.toks[p].val >= 90 && s.toks[p].val%10 == 0 {
			return p, int(s.toks[p].val) + int(t.val) // "ninety third"
		}
		if string(s.lowerTok(p)) == "and" {
			p--
		}
		if a, v := hundredAt(p); a >= 0 {
			return a, v + int(t.val) // "hundred and first"
		}
	}
	return -1, 0
}

// ageEchoes finds an age over 89 found at or after s.found[first] (or by
// the turns before, echoMem) said again on its own: "and you're how old?
// ninety. ninety, wow. yep, ninety" (the same value, between a speaker's
// label, an interjection or a mark and the end of what is said).
func (s *scanner) ageEchoes(first int) {
	var before uint64
	if mem, turn := s.echoed(); mem != nil {
		_, before = mem.before(turn)
	}
	s.echoMarks = s.echoMarks[:0]
	for f := first; f < len(s.found); f++ {
		if s.found[f].Type == Age {
			if a := s.findingAge(s.found[f]); a != 0 {
				s.echoMarks = append(s.echoMarks, echoMark{int32(s.found[f].Start), a})
			}
		}
	}
	if before == 0 && len(s.echoMarks) == 0 {
		return
	}
	sortMarks(s.echoMarks)
	for i := 0; i < len(s.toks); i++ {
		t := &s.toks[i]
		if t.kind == tkWord && t.f&fNumWord == 0 && !s.hasSeen(seenHundred) || t.kind != tkWord && t.kind != tkNum {
			continue
		}
		v, j, ok := s.readAge(i)
		if !ok || v < 90 {
			continue
		}
		same := v < 90+64 && (before|marksNear(s.echoMarks, int32(t.start)))&(1<<(v-90)) != 0
		// (an age found there already is a mark; whether any other finding
		// covers it last: covered reads every finding)
		if same && !markAt(s.echoMarks, int32(t.start)) && (s.saidAlone(i, j) || s.turnOpensWith(i, j)) && !s.covered(i, "") {
			s.add(i, j, Age, 0.85, "age")
		} else if !same && !s.covered(i, "") && s.ageBeforeNext(i, j, v) {
			s.add(i, j, Age, 0.85, "age") // "ninety six, she'll be ninety seven in december"
		}
		i = j
	}
}

// ageBeforeNext: the number v at tokens i..j is the age before the
// one found a year on, said right after it with "be" or "turning" ("ninety
// six she 'll be ninety seven", "she's ninety nine, turning a hundred").
func (s *scanner) ageBeforeNext(i, j, v int) bool {
	if q := s.prevWord(i, 0); q >= 0 && (s.toks[q].is(fMeasure) || vitalWord(s.lowerTok(q))) {
		return false // "pulse ninety six, she'll be ninety seven": a reading
	}
	be := false
	for k := j + 1; k < len(s.toks) && k <= j+6; k++ {
		t := &s.toks[k]
		if t.kind == tkWord && (t.is(fNumWord) || s.hasSeen(seenHundred)) || t.kind == tkNum {
			if !be || !markAt(s.echoMarks, int32(t.start)) {
				return false
			}
			nv, _, ok := s.readAge(k)
			return ok && nv == v+1
		}
		if t.kind == tkWord {
			switch string(s.lowerTok(k)) {
			case "be", "turning", "turns", "turn":
				be = true
			}
		}
	}
	return false
}

// turnOpensWith: tokens i..j open a speaker's turn (a label or a mark
// before them) and no unit, reading or number follows: an age just said
// is said again as the next turn starts, whatever the speaker goes on
// with ("[caller] ninety four but he thinks he's young"; not "ninety four
// over sixty", "ninety four percent").
func (s *scanner) turnOpensWith(i, j int) bool {
	if p := i - 1; p >= 0 && s.toks[p].kind != tkTag && !s.isPunct(p, ']') && !s.isPunct(p, ':') {
		return false
	}
	n := j + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return true
	}
	t := &s.toks[n]
	return !t.is(fUnit|fMeasure|fNumWord) && string(s.lowerTok(n)) != "over" && string(s.lowerTok(n)) != "percent"
}

// saidAlone: tokens i..j stand on their own: a speaker's label, a mark, an
// interjection or the text's start before them, and a mark, a label, an
// interjection or the end after them.
func (s *scanner) saidAlone(i, j int) bool {
	edge := func(k int) bool {
		if k < 0 || k >= len(s.toks) {
			return true
		}
		t := &s.toks[k]
		if t.kind == tkPunct || t.kind == tkTag {
			return true
		}
		switch string(s.lowerTok(k)) {
		case "yep", "yes", "yeah", "wow", "oh", "um", "uh", "really", "right", "exactly":
			return true
		}
		return false
	}
	// "wow ninety eight that's a good long life", "ninety one okay from
	// the …", "ninety and living alone": a remark on it after
	after := edge(j + 1)
	if a := j + 1; !after && a < len(s.toks) && s.toks[a].kind == tkWord {
		switch string(s.lowerTok(a)) {
		case "thats", "and", "but", "okay", "ok", "on", "next", "this", "im", "youre", "shes", "hes", "she", "he", "you", "i", "now", "today", "years", "last":
			after = true // "… one hundred and one on may fourth", "ninety one next month", "at ninety eight i'm impressed", "ninety one i love it", "ninety four but he thinks he's young"
		case "in":
			// "yeah ninety three in april": the birthday's month after it
			if m := a + 1; m < len(s.toks) && s.toks[m].kind == tkWord && s.toks[m].is(fMonth) && s.adjacent(a, m) {
				after = true
			}
		case "good":
			// "ninety six good grief", not "was ninety six good"
			if g := a + 1; g < len(s.toks) && s.toks[g].kind == tkWord {
				switch string(s.lowerTok(g)) {
				case "grief", "lord", "god", "gracious", "heavens":
					after = true
				}
			}
		default:
			after = marvelWord(s.lowerTok(a)) // "a hundred and one, congratulations", "ninety four goodness me"
		}
	}
	before := edge(i - 1)
	if p := i - 1; !before && p >= 0 && s.toks[p].kind == tkWord {
		switch string(s.lowerTok(p)) {
		case "not", "im", "is", "was", "be", "shes", "hes", "turned", "turning", "almost", "nearly", "just", "only", "about", "at":
			before = true // "no i'm not ninety one": the same age said of the same person; "well at ninety six that's wonderful"
			if q := s.prevWord(p, 0); q >= 0 && (s.toks[q].is(fMeasure) || vitalWord(s.lowerTok(q))) {
				before = false // "his pulse was ninety four": a reading of the same value
			}
		}
	}
	return before && after
}

// detectAgeAfterName finds an age over 89 said right after a person's
// name, as a person is introduced ("this is agnes mcallister ninety six,
// came in from the lodge", "Mr Ferris 93 lives alone"): the number, with
// or without a comma, then what is said of the person or the end of what
// is said; never a number that a unit, a measure, a share or a range
// follows ("ask maria ninety minutes").
func (s *scanner) detectAgeAfterName() {
	first, added := len(s.found), false
	defer func() {
		if added {
			s.ageEchoes(first) // "… ninety six came in" and then "ninety six, good grief"
		}
	}()
	for f := 0; f < first; f++ {
		if s.found[f].Type != Name {
			continue
		}
		j := s.tokAt(s.found[f].End - 1)
		if j < 0 {
			continue
		}
		i := j + 1
		paren := s.isPunct(i, '(')
		if s.isPunct(i, ',') || paren {
			i++
		}
		if i >= len(s.toks) || s.toks[i].kind != tkNum && !(s.toks[i].kind == tkWord && (s.toks[i].is(fNumWord) || s.hasSeen(seenHundred))) {
			continue
		}
		v, e, ok := s.readAge(i)
		if !ok || v < SafeHarborAgeCap || v > 130 || s.covered(i, "") || !(paren && s.isPunct(e+1, ')')) && (paren || !s.personSaidAfterAge(e)) {
			continue // "wife Opal (93)": between parentheses after the name, the age alone
		}
		s.add(i, e, Age, 0.85, "age")
		added = true
	}
}

// personSaidAfterAge: what follows an age at token e says something of a
// person, or ends what is said ("… ninety six came in", "… 93, lives
// alone", "… ninety four."): not a unit, a measure, a share, a range, a
// fraction or a decimal.
func (s *scanner) personSaidAfterAge(e int) bool {
	n := e + 1
	if n >= len(s.toks) || s.toks[n].kind == tkTag {
		return true
	}
	if s.toks[n].kind == tkPunct {
		switch s.text[s.toks[n].start] {
		case ',', '?', '!', ';':
			n++
		case '.':
			return n+1 >= len(s.toks) || s.toks[n+1].kind != tkNum || s.toks[n+1].start != s.toks[n].end
		default:
			return false
		}
		if n >= len(s.toks) {
			return true
		}
	}
	t := &s.toks[n]
	if t.kind != tkWord || t.is(fUnit|fMeasure) {
		return false
	}
	if t.is(fPersonVerb) {
		return true
	}
	switch string(s.lowerTok(n)) {
	case "came", "comes", "is", "was", "has", "had", "lives", "lived", "living", "from", "with", "admitted", "presents", "presented",
		"who", "fell", "died", "passed", "still", "and", "years", "year", "yo", "old", "here", "in":
		return true
	}
	return false
}

// marvelWord: a word that opens a remark of wonder or good wishes after
// an age said again ("a hundred and one congratulations", "ninety four
// goodness me"; "good grief" is read where it is said).
func marvelWord(w []byte) bool {
	switch string(w) {
	case "congratulations", "congrats", "goodness", "gosh", "golly", "amazing", "wonderful", "incredible", "impressive",
		"brilliant", "fantastic", "remarkable", "lovely", "marvellous", "marvelous", "bless", "lord", "god", "crikey", "blimey", "wowee", "geez", "jeez":
		return true
	}
	return false
}

func (s *scanner) detectAgesOnce() {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		// a word is "nineties" only in a text that has it (markSpeech)
		if (t.kind != tkWord || s.hasSeen(seenNineties)) && s.decadeAge(i) {
			a := i
			if p := s.prevWord(i, 0); p >= 0 && p == i-1 {
				switch string(s.lowerTok(p)) {
				case "early", "mid", "late":
					a = p // "in her late nineties": which part of the decade says the age too
				}
			}
			s.add(a, i, Age, 0.9, "age/decade")
			continue
		}
		if t.kind == tkAlnum {
			// 92yo, 95y/o, 101yr
			raw := s.tokText(i)
			k := 0
			v := 0
			for k < len(raw) && raw[k] >= '0' && raw[k] <= '9' {
				v = v*10 + int(raw[k]-'0')
				k++
			}
			if k > 0 && v >= 90 && v <= 130 {
				switch string(s.lowerTok(i)[k:]) {
				case "yo", "y", "yr", "yrs", "yrold", "year", "years":
					s.add(i, i, Age, 0.9, "age/suffix")
				case "m", "f", "ym", "yf", "yom", "yof":
					// "96M with sepsis", "92yF": age and sex, opening a line,
					// or set off after whose it is ("RM 214-B, 97F.")
					if i == 0 || s.toks[i].has(shNewline|shSentStart) || s.ageSexSetOff(i) {
						s.add(i, i, Age, 0.85, "age/suffix")
					}
				}
			}
			continue
		}
		if t.kind == tkWord && !t.is(fNumWord) && !s.hasSeen(seenHundred) {
			continue // readAge reads no age from such a word ("a" needs "hundred")
		}
		v, j, ok := s.readAge(i)
		if !ok || v < 90 || v > 130 {
			continue
		}
		if s.ageContext(i, j) {
			// "ninety-something", "ninety plus", "ninety odd": the
			// vague end of the age belongs to it
			if n := j + 1; n < len(s.toks) && s.isPunct(n, '-') && s.adjacent(j, n) && n+1 < len(s.toks) && s.adjacent(n, n+1) && vagueAgeEnd(s.lowerTok(n+1)) {
				j = n + 1
			} else if n := s.nextWord(j, 0); n == j+1 && vagueAgeEnd(s.lowerTok(n)) {
				j = n
			} else if a, h := j+2, j+3; h < len(s.toks) && string(s.lowerTok(j+1)) == "and" && string(s.lowerTok(a)) == "a" && string(s.lowerTok(h)) == "half" && s.adjacent(j, h-2) {
				j = h // "ninety two and a half": the half is the age's too
			}
			s.add(i, j, Age, 0.9, "age")
			i = j
		}
	}
}

// forAgeWord: w says how someone is for their age, before "for" and the
// age ("doing well for ninety one", "sharp for ninety four").
func forAgeWord(w []byte) bool {
	switch string(w) {
	case "well", "good", "great", "bad", "fine", "okay", "sharp", "spry", "young", "healthy", "fit", "strong", "amazing", "remarkable", "independent", "active":
		return true
	}
	return false
}

// ageSexSetOff: the age and sex at token i ("97F") follow a comma or a
// parenthesis, or "a", "an" or "pt", with no vital sign named before it on
// its line ("BP 120/80, 97F, HR 80" and "afebrile, 97F" are a temperature)
// and no number after it.
func (s *scanner) ageSexSetOff(i int) bool {
	p := i - 1
	if p < 0 {
		return false
	}
	if s.toks[p].kind == tkWord {
		switch string(s.lowerTok(p)) {
		case "a", "an", "pt", "patient":
		default:
			return false
		}
	} else if !s.isPunct(p, ',') && !s.isPunct(p, '(') {
		return false
	}
	if n := s.nextWord(i, 1); n == i+1 && s.toks[n].kind == tkNum || n == i+2 && s.toks[n].kind == tkNum {
		return false
	}
	for k := p; k >= 0 && k > p-8; k-- {
		t := &s.toks[k]
		if t.kind == tkPunct && s.text[t.start] == '/' || t.kind == tkWord && vitalCue(s.lowerTok(k)) {
			return false
		}
		if t.has(shNewline) {
			break
		}
	}
	return true
}

// vitalCue: a word that names a vital sign, or says one is being read.
func vitalCue(w []byte) bool {
	switch string(w) {
	case "t", "temp", "temperature", "tmax", "tm", "tc", "afebrile", "febrile", "fever", "bp", "hr", "rr", "pulse", "sats", "spo2", "o2", "vs", "vitals":
		return true
	}
	return false
}

// commaWord returns the word right before token i over one comma (", "),
// or -1.
func (s *scanner) commaWord(i int) int {
	if i < 2 || !s.isPunct(i-1, ',') || s.toks[i-2].kind != tkWord {
		return -1
	}
	return i - 2
}

// ageOpensSentence: an age over 89 said to open a sentence, then what
// says it is one: "Ninety-three and still giving the nurses cheek",
// "ninety-four on August 20th", "a hundred and one next month" (not
// "ninety on the scale": a reading has its unit or its object).
func (s *scanner) ageOpensSentence(i, j int) bool {
	if i > 0 && !s.toks[i].has(shSentStart) {
		return false
	}
	n := s.nextWord(j, 0)
	if n != j+1 || !s.adjacent(j, n) {
		return false
	}
	m := s.nextWord(n, 0)
	if m != n+1 || !s.adjacent(n, m) {
		return false
	}
	w, x := string(s.lowerTok(n)), string(s.lowerTok(m))
	switch w {
	case "and":
		switch x {
		case "still":
			// "and still giving the nurses cheek", not "and still rising"
			if k := s.nextWord(m, 0); k == m+1 {
				switch string(s.lowerTok(k)) {
				case "rising", "climbing", "going", "dropping", "falling", "high", "low", "up", "down", "elevated":
					return false
				}
			}
			return true
		case "counting", "sharp", "never", "lives", "living", "drives", "driving", "fit", "healthy":
			return true
		}
	case "on":
		return s.toks[m].is(fMonth) && s.monthOK(m, true) || s.toks[m].is(fWeekday) && s.toks[m].kind == tkWord
	case "next", "this":
		switch x {
		case "week", "month", "year", "birthday", "spring", "summer", "fall", "autumn", "winter":
			return true
		}
		return s.toks[m].is(fMonth)
	}
	return false
}

// vagueAgeEnd: a word that ends an age said roughly ("ninety-something",
// "ninety plus", "ninety odd", "ninety-ish").
func vagueAgeEnd(w []byte) bool {
	switch string(w) {
	case "something", "plus", "odd", "ish":
		return true
	}
	return false
}

// decadeAge: "in her nineties", "into his late 90s": a decade of life over
// 89 said of a person (a possessive before it), so an age Safe Harbor
// removes; "in the nineties" and "sats in the high 90s" are no ages. A
// word for a person of such an age ("a centenarian") says it alone.
func (s *scanner) decadeAge(i int) bool {
	switch string(s.lowerTok(i)) {
	case "nonagenarian", "nonagenarians", "centenarian", "centenarians":
		return true
	case "nineties", "90s":
	default:
		return false
	}
	p := s.prevWord(i, 0)
	if p >= 0 {
		switch string(s.lowerTok(p)) {
		case "early", "mid", "late":
			p = s.prevWord(p, 0)
		}
	}
	if p < 0 {
		return false
	}
	return possessive(s.lowerTok(p))
}

func notAgeAfter(w []byte) bool {
	switch string(w) {
	case "over", "point", "percent", "degrees", "beats", "bpm", "milligrams", "times", "pounds", "kilos", "minutes", "seconds", "dot":
		return true
	}
	return false
}

func vitalWord(w []byte) bool {
	switch string(w) {
	case "pulse", "oxygen", "sat", "sats", "saturation", "rate", "pressure", "temperature", "temp", "weight",
		"glucose", "sugar", "score", "ef", "fraction", "o2", "spo2", "hr", "rr", "bp", "number", "it", "that", "this", "which",
		"heartbeat", "heart", "beat", "count", "level", "reading", "systolic", "diastolic", "cholesterol", "ldl", "hdl", "a1c", "bmi":
		return true
	}
	return false
}

// readAge reads a number at token i: 92, ninety two, ninety-two, one
// hundred and two, a hundred.
func (s *scanner) readAge(i int) (int, int, bool) {
	t := &s.toks[i]
	if t.kind == tkNum {
		return int(t.val), i, t.end-t.start <= 3
	}
	if t.kind != tkWord {
		return 0, 0, false
	}
	w := s.lowerTok(i)
	if (string(w) == "one" || string(w) == "a") && i+1 < len(s.toks) {
		k := s.nextWord(i, 0)
		if s.isPunct(i+1, '-') { // one-hundred-two
			k = s.nextWord(i, 1)
		}
		if k >= 0 && string(s.lowerTok(k)) == "hundred" {
			v, end := 100, k
			n := s.nextWord(k, 0)
			if s.isPunct(k+1, '-') {
				n = s.nextWord(k, 1)
			}
			if n >= 0 && string(s.lowerTok(n)) == "and" {
				n = s.nextWord(n, 0)
			}
			if n >= 0 && s.toks[n].is(fNumWord) && s.toks[n].val > 0 && !s.isZeroLetter(n) {
				v, end = 100+int(s.toks[n].val), n
				if s.toks[n].val >= 20 && s.toks[n].val%10 == 0 {
					if u := s.nextWord(n, 1); u >= 0 && s.toks[u].is(fNumWord) && s.toks[u].val > 0 && s.toks[u].val < 10 {
						v, end = v+int(s.toks[u].val), u
					}
				}
			}
			return v, end, true
		}
		return 0, 0, false
	}
	if t.is(fNumWord) && t.val >= 90 {
		v, end := int(t.val), i
		n := i + 1
		if s.isPunct(n, '-') {
			n++
		} else {
			n = s.nextWord(i, 0)
		}
		if n >= 0 && n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fNumWord) && s.toks[n].val >= 1 && s.toks[n].val <= 9 && !s.isZeroLetter(n) {
			v, end = v+int(s.toks[n].val), n
		}
		return v, end, true
	}
	return 0, 0, false
}

// decadeOfLife: a person's decade stands at token d, after a possessive
// and a part of it ("his late nineties"), not the years of a century ("in
// the nineties").
func (s *scanner) decadeOfLife(d int) bool {
	q := s.prevWord(d, 0)
	if q < 0 {
		return false
	}
	switch string(s.lowerTok(q)) {
	case "late", "early", "mid":
		return s.decadeAge(d) // the possessive before the part
	}
	return false
}

// setOffAfter: a comma closes what ends at token j, or a hedge and then a
// comma or the end ("my dad, ninety eight i think, lives alone").
func (s *scanner) setOffAfter(j int) bool {
	n := j + 1
	if s.isPunct(n, ',') {
		return true
	}
	if n+1 < len(s.toks) && string(s.lowerTok(n)) == "i" {
		switch string(s.lowerTok(n + 1)) {
		case "think", "believe", "guess":
			e := n + 2
			return e >= len(s.toks) || s.toks[e].kind == tkPunct
		}
	}
	return false
}

// ageContext: "… years old", "…-year-old", "… yo", "age …", "aged …",
// "turned …".
func (s *scanner) ageContext(i, j int) bool {
	n := s.nextWord(j, 1)
	if n >= 0 {
		switch string(s.lowerTok(n)) {
		case "year", "years", "yr", "yrs", "yo", "y", "yearold", "years-old":
			return true
		case "s":
			// "98 s/p left hip fx" opening a line of a note: the patient's age
			if n == j+1 && s.isPunct(n+1, '/') && n+2 < len(s.toks) && string(s.lowerTok(n+2)) == "p" && (i == 0 || s.toks[i].has(shNewline)) {
				return true
			}
		case "m", "f":
			// "97 F s/p fall", "93 M with CHF" opening a line: age and sex
			// (not "temp 97 F", which a measure word opens)
			if n == j+1 && (i == 0 || s.toks[i].has(shNewline)) && s.toks[n].has(shCap) {
				if a := s.nextWord(n, 1); a >= 0 && (string(s.lowerTok(a)) == "s" && s.isPunct(a+1, '/') || ageSexFollower(s.lowerTok(a))) {
					return true
				}
			}
		}
	}

	if n >= 0 && (s.toks[n].is(fUnit|fMeasure) || notAgeAfter(s.lowerTok(n))) || s.isPunct(j+1, '%') || s.isPunct(j+1, '/') || s.isPunct(j+1, '+') {
		return false // "90+" is already the generalised age
	}
	// "(93)" right after a name or "pt", not after a measure ("fs (118)");
	// set off by commas the same: "The patient, 93, was seen"
	if (s.isPunct(i-1, '(') && s.isPunct(j+1, ')') || s.isPunct(i-1, ',') && s.setOffAfter(j)) && i >= 2 && s.toks[i-2].kind == tkWord && s.agedBefore(i-2) &&
		(s.isPunct(i-1, '(') || s.toks[i-2].is(fRelation) || personNoun(s.lowerTok(i-2)) || s.cased && s.toks[i-2].has(shCap) && s.toks[i-2].is(fNameAny) && !s.toks[i-2].is(fCommon)) {
		return true
	}
	if s.isPunct(i-1, ',') && s.setOffAfter(j) && i >= 2 && s.toks[i-2].kind == tkWord && (string(s.lowerTok(i-2)) == "he" || string(s.lowerTok(i-2)) == "she") {
		return true // "he, ninety nine, fell": set off after a person's pronoun
	}
	if s.isPunct(i-1, ',') && i >= 4 && s.toks[i-2].kind == tkWord && string(s.lowerTok(i-2)) == "nineties" && s.decadeOfLife(i-2) {
		return true // "in his late nineties, ninety eight i think": the decade of life, then the year
	}
	// a decimal or a range is a value: "was 100.8", "was 96-97%"
	if k := j + 2; k < len(s.toks) && (s.isPunct(j+1, '.') || s.isPunct(j+1, '-')) && (s.toks[k].kind == tkNum || s.toks[k].kind == tkAlnum && isDigitASCII(s.text[s.toks[k].start])) && s.toks[j+1].start == s.toks[j].end && s.toks[k].start == s.toks[j+1].end {
		return false
	}
	if i >= 2 && s.isPunct(i-1, ':') && s.toks[i-2].kind == tkWord && string(s.lowerTok(i-2)) == "age" {
		return true // "Age: 93"
	}
	// "how old are you? ninety four": the answer to the question
	if s.askedAge(i) {
		return true
	}
	if s.ageOpensSentence(i, j) {
		return true
	}
	// "[patient] ninety four in august": an age said with when it turns,
	// opening what is said
	if (i == 0 || s.toks[i-1].kind == tkPunct || s.toks[i-1].kind == tkTag) && s.turnsWhen(j) {
		return true
	}
	p := s.prevWord(i, 0)
	if f := s.commaWord(i); p < 0 && f > 0 && (s.isFiller(f) || correctionWord(s.lowerTok(f))) {
		p = f // "she's, uh, ninety one", "she turned eighty, no, ninety": a filler or a correction set off by commas
	}
	if p > 0 && s.isFiller(p) {
		f := p
		if p = s.prevWord(f, 0); p < 0 {
			p = s.commaWord(f)
		} // "she turned uh ninety four", "she's, uh ninety one"
	}
	if p < 0 {
		return false
	}
	if s.ageRestated(p) {
		return true // "ninety three no wait ninety four", "ninety-something, ninety four i think"
	}
	if pt := &s.toks[p]; p == i-1 && pt.has(shPoss) && !pt.is(fMeasure) && (pt.is(fRelation) || pt.is(fNameAny) && !pt.is(fClinical)) {
		return true // "my father's ninety three", "grandpa's ninety-four": the clitic of "is"
	}
	switch string(s.lowerTok(p)) {
	case "age", "aged", "ages", "turned", "turning", "turns", "almost", "nearly", "nearing":
		return true
	case "feel", "feels", "felt", "look", "looks":
		// "i don't feel ninety-one", "she doesn't look ninety four"; not
		// "i feel ninety percent better"
		return n < 0 || !s.toks[n].is(fUnit|fMeasure) && string(s.lowerTok(n)) != "percent"
	case "for":
		// "she's doing well for ninety one.", "not bad for ninety": how
		// someone is for their age, said last; not "good for ninety days"
		pp := s.prevWord(p, 0)
		return pp >= 0 && pp == p-1 && forAgeWord(s.lowerTok(pp)) && s.clauseEndsAfter(j)
	case "pushing":
		// "he's pushing ninety", not "pushing ninety of lasix"
		return n < 0 || string(s.lowerTok(n)) != "of"
	case "on":
		// "she's going on ninety two"
		pp := s.prevWord(p, 0)
		return pp >= 0 && pp == p-1 && string(s.lowerTok(pp)) == "going" && (n < 0 || !s.toks[n].is(fUnit|fMeasure))
	case "of":
		// "at the age of ninety three"
		pp := s.prevWord(p, 0)
		return pp >= 0 && pp == p-1 && string(s.lowerTok(pp)) == "age"
	case "whos":
		// "my dad, who's ninety, lives with us"
		return true
	case "you", "her", "him", "me", "them":
		// "so that makes you ninety two"
		pp := s.prevWord(p, 0)
		if pp >= 0 && pp == p-1 {
			switch string(s.lowerTok(pp)) {
			case "makes", "make", "made", "making":
				return n < 0 || !s.toks[n].is(fUnit|fMeasure)
			}
		}
		return false
	case "are", "were":
		// "so you are ninety three": "you're" said in full; "you were
		// ninety-two on the fifth"
		pp := s.prevWord(p, 0)
		return pp >= 0 && pp == p-1 && string(s.lowerTok(pp)) == "you"
	case "im", "am", "hes", "shes", "youre", "theyre", "be":
		// "she's ninety nine", "i'll be ninety", not "pulse: she's at ninety two"
		pp := s.prevWord(p, 0)
		return pp < 0 || !(s.toks[pp].is(fMeasure) || vitalWord(s.lowerTok(pp)))
	case "is", "was", "now":
		// "my father is ninety nine", "she is now ninety": a person is;
		// not "pulse is ninety two", "your sodium is 128"
		if string(s.lowerTok(p)) == "now" {
			pp := s.prevWord(p, 0)
			if pp < 0 || pp != p-1 {
				return false
			}
			switch string(s.lowerTok(pp)) {
			case "hes", "shes", "im", "youre", "theyre":
				return true // "she's now ninety"
			case "is", "was":
				p = pp
			default:
				return false
			}
		}
		return s.ageSubject(p)
	case "what", "like", "about", "around", "maybe", "probably":
		// "so she's what ninety three": a hedge between "she's" and the age
		pp := s.prevWord(p, 0)
		if pp < 0 || pp != p-1 {
			return false
		}
		switch string(s.lowerTok(pp)) {
		case "shes", "hes", "im", "youre", "theyre":
			return true
		case "whos":
			return n < 0 || !s.toks[n].is(fUnit|fMeasure) // "my grandmother who's like ninety two", not "who's about ninety pounds"
		case "is", "was":
			// "my grandmother is like ninety eight", not "her pulse is
			// about ninety"
			ppp := s.prevWord(pp, 0)
			return ppp >= 0 && (s.toks[ppp].is(fRelation|fNameAny) && !s.toks[ppp].is(fMeasure|fClinical)) && !vitalWord(s.lowerTok(ppp))
		}
		return false
	case "at", "to", "until", "till":
		// "she died at ninety four", "passed away at a hundred and two",
		// "he lived to ninety eight", "lived until ninety" (not "bp at
		// ninety two"); "at ninety five, she still gardens": opening a
		// sentence, set off by a comma before a person
		pp := s.prevWord(p, 0)
		if pp < 0 || pp != p-1 || s.toks[pp].kind == tkWord && clauseOpener(s.lowerTok(pp)) && string(s.lowerTok(p)) == "at" {
			// a comma may be missing in speech: "at ninety four he still gardens"
			c := j + 1
			if s.isPunct(c, ',') {
				c++
			}
			opens := s.toks[p].has(shSentStart) || p == 0 || s.toks[p-1].kind == tkTag || s.isPunct(p-1, ':') || s.isPunct(p-1, '.') || s.openerComma(p-1) ||
				s.toks[p-1].kind == tkWord && clauseOpener(s.lowerTok(p-1)) // "so at ninety one you're still driving"
			return string(s.lowerTok(p)) == "at" && opens && c < len(s.toks) && (personPronoun(s.lowerTok(c)) || c > j+1 && s.gerundAt(c) || // "at ninety one, getting her up quickly is what matters"
				possessive(s.lowerTok(c)) && c+1 < len(s.toks) && s.toks[c+1].is(fRelation) || s.toks[c].is(fRelation)) // "at ninety four, my mother still gardens"
		}
		if s.toks[pp].is(fRelation) && string(s.lowerTok(p)) == "to" {
			return true // "my mom lived to ninety and my grandmother to a hundred and one"
		}
		switch string(s.lowerTok(pp)) {
		case "died", "dies", "passed", "away", "retired":
			return string(s.lowerTok(p)) == "at"
		case "lived", "lives", "live":
			return string(s.lowerTok(p)) != "at"
		case "it":
			// "she made it to ninety one", "he's made it to a hundred"
			q := s.prevWord(pp, 0)
			return string(s.lowerTok(p)) == "to" && q == pp-1 && q >= 0 && s.toks[i].kind == tkWord && // not "made it to 95" (a road, a degree)
				(string(s.lowerTok(q)) == "made" || string(s.lowerTok(q)) == "make" || string(s.lowerTok(q)) == "making")
		}
	}
	return false
}

// ageRestated: token p ends an age just found, or a word that puts one
// right ("no", "wait", "sorry", "mean") follows one within four tokens: the
// age said again.
func (s *scanner) ageRestated(p int) bool {
	if f := len(s.found) - 1; f >= 0 && s.found[f].Type == Age && int(s.toks[p].end) == s.found[f].End {
		return true
	}
	return correctionWord(s.lowerTok(p)) && (s.findingJustBefore(p, Age, 4, func(w []byte) bool { return correctionWord(w) || hedgeWord(w) }) || s.ageSaidBefore(p))
}

// ageSaidBefore: a number was said as someone's age in the few words
// before the correction at token p ("he's nine four, i mean ninety four",
// "she turned eighty, no, ninety"): the number after the correction is
// the age said again.
func (s *scanner) ageSaidBefore(p int) bool {
	for k, n := p-1, 0; k >= 1 && n < 6; k-- {
		if s.toks[k].kind != tkWord {
			continue
		}
		n++
		if s.toks[k].is(fNumWord) && s.toks[k-1].kind == tkWord {
			switch string(s.lowerTok(k - 1)) {
			case "hes", "shes", "im", "turned", "turns", "aged", "age":
				return true
			}
		}
	}
	return false
}

// personPronoun: a pronoun that is a person as the subject.
func personPronoun(w []byte) bool {
	switch string(w) {
	case "she", "he", "i", "we", "they", "mom", "dad", "youre", "you", "shes", "hes", "im", "theyre":
		return true
	}
	return false
}

// ageSexFollower: what follows an age and a sex opening a note's line
// ("97 F with", "93 M admitted").
func ageSexFollower(w []byte) bool {
	switch string(w) {
	case "with", "w", "who", "presents", "presented", "presenting", "admitted", "hx", "pmh", "pmhx", "from", "transferred", "found", "brought":
		return true
	}
	return false
}

// ageSubject: the subject of "is" or "was" at token p is a person: a
// pronoun, a relation or "who" (personBefore), a name or a word for a
// patient right before it ("mary is", "the patient is"); or nothing or a
// speaker's label precedes. Not "your sodium is", "pulse was".
func (s *scanner) ageSubject(p int) bool {
	if s.personBefore(p) {
		return true
	}
	k := p - 1
	if k < 0 {
		return true
	}
	t := &s.toks[k]
	if t.kind != tkWord {
		// "my mother, rosa delgado, is ninety two": who she is set off
		// after a relation
		return t.kind == tkPunct && (s.text[t.start] == ']' || s.text[t.start] == ':' || s.text[t.start] == ',' && s.relationSetOff(k))
	}
	w := s.lowerTok(k)
	if string(w) == "law" && s.isPunct(k-1, '-') {
		return true // "my mother-in-law is"
	}
	if personNoun(w) || t.is(fNameAny) && !t.is(fClinical|fMeasure|fUnit|fCommon) && !vitalWord(w) {
		return true
	}
	// a given name that is also a word, with no article or possessive
	// before it ("bill is ninety"; not "the bill is ninety dollars")
	d := k - 1
	return t.is(fFirstTop) && !t.is(fClinical|fMeasure|fUnit|fStop) && (d < 0 || s.toks[d].kind != tkWord || !s.toks[d].is(fDeterminer) && !possessive(s.lowerTok(d)))
}

// relationSetOff: the comma at token k closes words set off after a
// relation ("my mother, rosa delgado, is"): up to four words back to a
// comma, a relation before it, none of them a measure or a possessive.
func (s *scanner) relationSetOff(k int) bool {
	for j := k - 1; j >= 1 && k-j <= 5; j-- {
		if t := &s.toks[j]; t.kind == tkWord {
			if t.is(fMeasure|fUnit|fDeterminer) || t.is(fClinical) && !t.is(fNameAny) || possessive(s.lowerTok(j)) || vitalWord(s.lowerTok(j)) {
				return false // "my dad, his heart rate, is"
			}
			continue
		}
		return j < k-1 && s.isPunct(j, ',') && s.toks[j-1].kind == tkWord && s.toks[j-1].is(fRelation)
	}
	return false
}

// openerComma: token c is a comma after a word that opens what is said
// ("honestly, at ninety one …", "so, at ninety four …"), that word
// opening it.
func (s *scanner) openerComma(c int) bool {
	o := c - 1
	if o < 0 || !s.isPunct(c, ',') || s.toks[o].kind != tkWord || !(o == 0 || s.toks[o].has(shSentStart) || s.toks[o-1].kind != tkWord) {
		return false
	}
	w := s.lowerTok(o)
	return clauseOpener(w) || len(w) >= 6 && string(w[len(w)-2:]) == "ly" && s.toks[o].is(fCommon) && !s.toks[o].is(fNameAny|fCity)
}

// personNoun: the words for a patient that an age may follow in commas.
func personNoun(w []byte) bool {
	switch string(w) {
	case "patient", "pt", "man", "woman", "gentleman", "lady", "male", "female":
		return true
	}
	return false
}

// turnsWhen: after the number ending at token j, when an age turns: "in"
// and a month, or "next" or "this" and a month, a year or a birthday
// ("ninety four in august", "ninety five next month").
func (s *scanner) turnsWhen(j int) bool {
	n := s.nextWord(j, 0)
	if n != j+1 || n+1 >= len(s.toks) || !s.adjacent(n, n+1) {
		return false
	}
	m := &s.toks[n+1]
	switch string(s.lowerTok(n)) {
	case "in":
		return m.is(fMonth) && m.kind == tkWord
	case "next", "this":
		if m.is(fMonth) {
			return true
		}
		switch string(s.lowerTok(n + 1)) {
		case "year", "month", "birthday", "spring", "summer", "fall", "winter":
			return true
		}
	}
	return false
}

// askedAge: the number at token i answers "how old are you" (or "what is
// your age") asked in the twelve words before it, the first number after it.
func (s *scanner) askedAge(i int) bool {
	for k, n := i-1, 0; k > 0 && n < 12; k-- {
		t := &s.toks[k]
		if t.kind == tkNum && (s.isPunct(k-1, ':') || s.isPunct(k+1, ':')) && t.end-t.start == 2 {
			continue // "[00:01:25] Patient: 93": a transcript's time stamp
		}
		if t.kind == tkNum || t.kind == tkWord && t.is(fNumWord) {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		n++
		switch string(s.lowerTok(k)) {
		case "old":
			if p := s.prevWord(k, 0); p >= 0 && p == k-1 && string(s.lowerTok(p)) == "how" {
				return true
			}
		case "age":
			if p := s.prevWord(k, 0); p >= 0 && p == k-1 && ageAsker(s.lowerTok(p)) {
				return true
			}
		}
	}
	return false
}

// ageAsker: the word before "age" in a question of it ("your age", "at
// what age").
func ageAsker(w []byte) bool {
	switch string(w) {
	case "your", "her", "his", "their", "what":
		return true
	}
	return false
}

// agedBefore: word token k can have an age in parentheses after it: a
// name, a person ("pt", "mother") or no clinical word.
func (s *scanner) agedBefore(k int) bool {
	t := &s.toks[k]
	switch string(s.lowerTok(k)) {
	case "pt", "patient", "pts", "man", "woman", "male", "female", "m", "f", "age", "aged":
		return true
	}
	if t.is(fRelation | fTitle) {
		return true
	}
	return !t.is(fClinical|fMeasure|fUnit|fCommon|fStop) || t.is(fNameAny) && !t.is(fClinical|fMeasure)
}

// ofPeriod: "of" at token o is followed by "each" or "every" and a period
// of time ("of every month", "of each week"): a day that recurs; or by a
// count or whose several ("the fourth of five kids", "the first of the two
// visits", "the second of my sisters"): one of several. "Of the month" may
// be the one just named ("in March ... on the twentieth of the month"), so
// it stays a date (recall first).
func (s *scanner) ofPeriod(o int) bool {
	d := s.nextWord(o, 0)
	if d != o+1 {
		return false
	}
	switch string(s.lowerTok(d)) {
	case "each", "every":
	case "them", "us", "those", "these", "my", "our", "his", "her", "their", "all":
		return true // "the second of my sisters": one of several, no day
	case "the":
		// "the first of the two visits" (not "the fourth of the month")
		m := s.nextWord(d, 0)
		if m == d+1 && s.toks[o-1].val == 1 && string(s.lowerTok(m)) == "month" {
			return true // "before the first of the month": the day the month turns, every month
		}
		return m == d+1 && s.toks[m].kind == tkWord && s.toks[m].is(fNumWord) && s.toks[m].val >= 2 && s.toks[m].val < 20
	default:
		// "the fourth of five kids"
		return s.toks[d].kind == tkWord && s.toks[d].is(fNumWord) && s.toks[d].val >= 2 && s.toks[d].val < 20
	}
	n := s.nextWord(d, 0)
	if n != d+1 {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "month", "week", "year", "cycle", "quarter":
		return true
	}
	return false
}

// extendTimes: a time of day or a two-digit year right after a date
// belongs to it ("1985-11-18 22:50:23", "3/4/2021 14:05", "Jan 9th '23").
func (s *scanner) extendTimes() {
	for f := range s.found {
		if s.found[f].Type != Date {
			continue
		}
		b := s.tokAt(s.found[f].End - 1)
		if b < 0 {
			continue
		}
		// "Jan 9th '23": a year of two digits after an apostrophe
		if k := b + 2; k < len(s.toks) && s.toks[k].kind == tkNum && s.toks[k].end-s.toks[k].start == 2 && s.toks[k].start == s.toks[k-1].end &&
			s.apostropheAt(k-1) && s.toks[k-1].start > s.toks[b].end {
			s.setSpan(f, s.found[f].Start, int(s.toks[k].end))
			b = k
		}
		// a time said after "at" is when on that day, not part of the date
		// ("on May 20th at 9:15": gold written elsewhere leaves it out)
		k := b + 1
		e := s.clockAt(k)
		if e < 0 {
			continue
		}
		if n := e + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(e, n) {
			switch string(s.lowerTok(n)) {
			case "am", "pm":
				e = n
			}
		}
		s.setSpan(f, s.found[f].Start, int(s.toks[e].end))
	}
}

// clockAt reads hh:mm or hh:mm:ss at token k and returns its last token,
// or -1.
func (s *scanner) clockAt(k int) int {
	if k+2 >= len(s.toks) || s.toks[k].kind != tkNum || s.toks[k].val > 23 || !s.isPunct(k+1, ':') || s.toks[k+2].kind != tkNum ||
		s.toks[k+2].end-s.toks[k+2].start != 2 || s.toks[k+2].val > 59 || s.toks[k+1].start != s.toks[k].end {
		return -1
	}
	e := k + 2
	if e+2 < len(s.toks) && s.isPunct(e+1, ':') && s.toks[e+2].kind == tkNum && s.toks[e+2].end-s.toks[e+2].start == 2 && s.toks[e+2].val <= 59 {
		e += 2
	}
	return e
}

// detectNamedDays finds holidays named with "day" or "new year's", from
// the word that ends them (markSpeech notes where "day" and "years" are
// said, and they gate this detector): "memorial day", "on mother's day", "new
// year's eve", "since new year's". "new year" alone is a season ("in the
// new year"), and a "day" after other words no holiday.
func (s *scanner) detectNamedDays() {
	for _, n32 := range s.dayAt {
		n := int(n32)
		if n < 1 || n >= len(s.toks) || s.toks[n].kind != tkWord {
			continue
		}
		i := n - 1
		if s.toks[i].kind != tkWord || !s.adjacent(i, n) {
			continue
		}
		switch string(s.lowerTok(n)) {
		case "day":
			switch string(s.lowerTok(i)) {
			case "memorial", "labor", "labour", "veterans", "presidents", "independence", "columbus", "mothers", "fathers", "patricks", "boxing", "mlk",
				"anzac", "canada", "waitangi", "australia", "remembrance", "armistice", "victoria":
				s.add(i, n, Date, 0.7, "date/named-day")
			}
		case "night":
			switch string(s.lowerTok(i)) {
			case "bonfire", "fawkes":
				if j := i - 1; string(s.lowerTok(i)) == "fawkes" && j >= 0 && string(s.lowerTok(j)) == "guy" && s.adjacent(j, i) {
					i = j // "guy fawkes night"
				}
				s.add(i, n, Date, 0.7, "date/named-day") // "around bonfire night"
			}
		case "years": // "year's" too: the lower-cased form drops apostrophes
			if string(s.lowerTok(i)) != "new" {
				continue
			}
			if e := n + 1; e < len(s.toks) && s.adjacent(n, e) && (string(s.lowerTok(e)) == "eve" || string(s.lowerTok(e)) == "day") {
				s.add(i, e, Date, 0.7, "date/named-day")
			} else if p := s.prevWord(i, 0); p >= 0 && p == i-1 && datePrepBefore(s.lowerTok(p)) {
				s.add(i, n, Date, 0.7, "date/named-day") // "since new year's"
			}
		}
	}
}

// datePrepBefore: a word that puts a holiday's name in time ("on new
// year's", "since", "after", "over").
func datePrepBefore(w []byte) bool {
	switch string(w) {
	case "on", "since", "after", "before", "until", "till", "over", "around", "by", "at", "for":
		return true
	}
	return false
}

// pastVerb: w is a verb's past form that no noun an ordinal ranks is
// ("the ultrasound on the twentieth showed", "on the ninth started").
func pastVerb(w []byte) bool {
	l := len(w)
	if l >= 6 && string(w[l-2:]) == "ed" && string(w[l-3:]) != "eed" {
		return true
	}
	switch string(w) {
	case "said", "came", "went", "was", "were", "had", "got", "began", "fell", "broke":
		return true
	}
	return false
}

// dayPart: a part of a day said after its weekday and before the day of
// the month ("tuesday night the eighth", "friday morning the third").
func dayPart(w []byte) bool {
	switch string(w) {
	case "morning", "afternoon", "evening", "night":
		return true
	}
	return false
}

// gerundAt: token c is an everyday word ending in "ing" that is no given
// name or town ("getting", "running"; surnames such as Getting are words
// first here).
func (s *scanner) gerundAt(c int) bool {
	t := &s.toks[c]
	w := s.lowerTok(c)
	return t.kind == tkWord && len(w) >= 5 && string(w[len(w)-3:]) == "ing" && t.is(fCommon) && !t.is(fFirst|fCity)
}
