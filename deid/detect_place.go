package deid

import (
	"strings"

	"github.com/deid-project/deid/deid/internal/lextab"
)

// Places below a state: street addresses and PO boxes, cities, counties,
// ZIP codes (in detect_num.go) and health-care facilities.

func (s *scanner) detectPlaces() {
	toks := s.toks
	first := len(s.found)
	home := s.hasSeen(seenHome)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.f&fLocPrep != 0 {
			s.townInPassing(i) // "lives in Bootle", "the home depot in auburn"
		} else if n := t.hi - t.lo; (n == 2 || n == 4 || n == 7) && passingPrep(s.lowerTok(i)) {
			s.townInPassing(i) // "out by cedar hollow", "going through elm grove"
		}
		if t.kind == tkWord && t.f&placeWordFlags == 0 && !home {
			// most words: only a school's or a practice's head, or "main"
			// for a main street, is left to try
			if n := t.hi - t.lo; !s.notes && (n == 4 && s.low[t.lo] == 'h' || n >= 6 && (n == 6 && s.low[t.lo] == 'm' || specialtyEnd(s.low[t.hi-2], s.low[t.hi-1]))) {
				s.schoolOrPractice(i)
			} else if n == 4 && s.low[t.lo] == 'm' || n == 8 && s.low[t.lo] == 'b' {
				if s.onMain(i) {
					s.add(i, i, Address, 0.75, "place/street") // "the daycare on main"
				} else if first := s.mainCorner(i); first >= 0 {
					s.add(first, s.streetAfterMain(i), Address, 0.75, "place/street") // "the walgreens at fourth and main"
				}
			}
			continue
		}
		switch {
		case t.kind == tkNum || t.kind == tkAlnum || t.kind == tkWord && t.is(fNumWord) && !s.isZeroLetter(i):
			if s.clockMinutes(i) {
				continue // "Patient   1:00" then "I walk every morning": a time is no house number
			}
			if j := s.streetAddress(i); j > i {
				if w := string(s.lowerTok(j)); (w == "road" || w == "rd") && j > 0 && roadKind(s.lowerTok(j-1)) {
					if e := s.roadNumber(j, false); e > j {
						j = e // "four seven eight two county road eleven": the road's number
					}
				}
				s.add(s.unitBefore(s.houseBefore(i)), j, Address, 0.9, "place/address")
				s.placeTail(j)
				i = j
			} else if j := s.directionStreet(i); j > i {
				s.add(s.unitBefore(s.houseBefore(i)), j, Address, 0.85, "place/address")
				s.placeTail(j)
				i = j
			}
		case t.kind == tkWord && s.cased && t.has(shCap) && t.is(fPhrase) && s.stateAsCity(i) > i:
			i = s.stateAsCity(i)
		case t.kind == tkWord && t.is(fStreet) && !t.is(fNameAny&^fLast) || t.kind == tkWord && t.is(fStreet):
			n := len(s.found)
			s.streetName(i)
			if len(s.found) == n && t.is(fLandmark) && i > 0 {
				s.facility(i, Location) // "send her to fairview commons": a place named by its kind, no street
			}
		case t.kind == tkWord && (t.is(fFacHead) || s.hasSeen(seenHome) && s.homeHead(i)):
			s.facility(i, Facility)
		case t.kind == tkWord && t.is(fLandmark) && i > 0:
			if e := s.lakeName(i); e > i {
				s.add(i, e, Location, 0.8, "place/location") // "we live out by lake quinsigamond"
				i = e
				continue
			}
			s.facility(i, Location)
		case t.kind == tkWord && t.is(fCountyWord):
			s.county(i)
		case t.kind == tkWord && t.is(fCity):
			if t.hi-t.lo == 8 && s.onMain(i) {
				s.add(i, i, Address, 0.75, "place/street") // "the one on broadway": a town's name, said of its street
				continue
			}
			if first := s.mainCorner(i); first >= 0 {
				s.add(first, i, Address, 0.75, "place/street") // "at fourth and broadway"
				continue
			}
			s.city(i)
		case t.kind == tkWord && t.is(fPO):
			s.poBox(i)
		case t.kind == tkWord && !s.notes:
			if s.onMain(i) {
				s.add(i, i, Address, 0.75, "place/street")
				continue
			}
			if first := s.mainCorner(i); first >= 0 {
				s.add(first, s.streetAfterMain(i), Address, 0.75, "place/street") // "the walgreens at fourth and main"
				i = s.streetAfterMain(i)
				continue
			}
			s.schoolOrPractice(i)
		}
	}
	if !s.cased && s.any(fNumWord) {
		s.streetEchoes()
	}
	if !s.cased && !s.notes && s.any(fStreet) {
		s.streetNamedSites()
	}
	if s.any(fOrdWord) || s.hasKind(tkAlnum) {
		s.numberedCorners()
	}
	if s.cased {
		s.facilityBranches(first)
	}
	if s.any(fDirection) {
		for d := 1; d < len(toks); d++ {
			if toks[d].f&fDirection != 0 && !s.covered(d, "") {
				if e := s.streetAfterDirection(d); e > d {
					s.add(d, e, Address, 0.8, "place/street")
					d = e
				}
			}
		}
	}
	if !s.cased && !s.notes && s.any(fGeneric) {
		s.shortNamedHospitals()
	}
}

// streetEchoes finds a house number said again with the name of a street
// found in the text, its suffix left out ("it's two twelve larch avenue
// … two twenty larch … no two twelve"): a read-back or a correction of
// the address. The number is up to four number words or digits right
// before the street's name.
func (s *scanner) streetEchoes() {
	var names [4]int // the name word of a street found, before its suffix
	n := 0
	for _, f := range s.found {
		if f.Type != Address || n == len(names) {
			continue
		}
		for k := s.tokAt(f.Start); k > 0 && k < len(s.toks) && int(s.toks[k].end) <= f.End; k++ {
			if s.toks[k].kind == tkWord && s.toks[k].is(fStreet) && s.toks[k-1].kind == tkWord && !s.toks[k-1].is(fNumWord|fStreet|fStop) && int(s.toks[k-1].start) >= f.Start {
				names[n] = k - 1
				n++
				break
			}
		}
	}
	if n == 0 {
		return
	}
	number := func(j int) bool {
		return s.toks[j].kind == tkNum || s.toks[j].kind == tkWord && s.toks[j].is(fNumWord)
	}
	// one pass: a word right after a number, then whether it is a street's
	// name found
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].kind != tkWord || !number(k-1) || !s.adjacent(k-1, k) {
			continue
		}
		street := false
		for _, nm := range names[:n] {
			street = street || k != nm && string(s.lowerTok(k)) == string(s.lowerTok(nm))
		}
		if !street || k+1 < len(s.toks) && number(k+1) && s.adjacent(k, k+1) {
			continue // ("mineral point road" … "hemoglobin eleven point one": a decimal said)
		}
		first := k - 1
		for j := k - 2; j >= 0 && k-j <= 4 && number(j) && s.adjacent(j, j+1); j-- {
			first = j
		}
		if !s.covered(k, "") {
			s.add(first, k, Address, 0.8, "place/street") // "two twenty larch": the house number and the street again
		}
	}
}

// lakeName returns the last token of a lake, a pond or a camp named after
// its kind ("by lake quinsigamond", "on Lake Winnipesaukee", "at camp
// tamarack"), right after a preposition of place: a town, a name or a word
// no list knows, not an everyday word ("by the lake shore", "lake water",
// "at soccer camp"); or i.
func (s *scanner) lakeName(i int) int {
	w := string(s.lowerTok(i))
	if w != "lake" && w != "pond" && w != "camp" {
		return i
	}
	p, n := s.prevWord(i, 0), i+1
	if p != i-1 || p < 0 || !(s.toks[p].is(fLocPrep) || lakePrep(s.lowerTok(p)) || w == "camp" && string(s.lowerTok(p)) == "to") || n >= len(s.toks) || !s.adjacent(i, n) {
		return i // "at camp tamarack", "goes to camp wanakee"
	}
	t := &s.toks[n]
	if t.kind != tkWord || t.is(fStop|fDeterminer|fCommon|fClinical|fUnit|fMeasure|fStreet) || t.hi-t.lo < 3 ||
		s.cased && !(t.has(shCap) && s.toks[i].has(shCap)) {
		return i
	}
	if !t.is(fCity|fCounty|fNameAny) && (t.f&^(fRare|fPhrase) != 0 || s.misspelt(n)) {
		return i
	}
	return n
}

// lakePrep: the prepositions said before a lake's name that the list of
// prepositions of place leaves out ("on lake …", "by lake …").
func lakePrep(w []byte) bool {
	switch string(w) {
	case "on", "by", "off", "around", "across", "past":
		return true
	}
	return false
}

// onMain: token i is "main" said for a town's main street, after "on" or
// "off", where what is said ends or a place follows ("the daycare on main",
// "off main, by the bank"); not "on main line" or "on main power".
func (s *scanner) onMain(i int) bool {
	if l := s.lowerTok(i); string(l) != "main" && string(l) != "broadway" || s.cased && !s.toks[i].has(shCap) {
		return false
	}
	p := s.prevWord(i, 0)
	if p != i-1 || p < 0 || string(s.lowerTok(p)) != "on" && string(s.lowerTok(p)) != "off" {
		return false
	}
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind == tkPunct || s.toks[n].kind == tkTag {
		return true
	}
	switch string(s.lowerTok(n)) {
	case "in", "by", "near", "across", "next", "and":
		return true
	}
	return false
}

// mainCorner returns the first token of a corner said with a town's main
// street, "at fourth and main", "on elm and broadway" (an ordinal or a
// word that can name a street, "and", then "main"), or -1.
func (s *scanner) mainCorner(i int) int {
	if l := s.lowerTok(i); string(l) != "main" && string(l) != "broadway" || s.cased && !s.toks[i].has(shCap) || i < 3 {
		return -1
	}
	a, x, p := i-1, i-2, i-3
	if s.toks[a].kind != tkWord || string(s.lowerTok(a)) != "and" || !s.adjacent(a, i) || !s.adjacent(x, a) || !s.adjacent(p, x) {
		return -1
	}
	t := &s.toks[x]
	named := t.kind == tkWord && !t.is(fStop|fDeterminer|fNumWord|fUnit|fMeasure|fClinical|fMonth|fWeekday) && t.hi-t.lo >= 3 && (!s.cased || t.has(shCap))
	if !(t.is(fOrdWord) || t.kind == tkAlnum && t.is(fOrdWord)) && !named {
		return -1
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fCommon) && !s.toks[n].is(fStop|fLocPrep) && !s.isFiller(n) {
		switch string(s.lowerTok(n)) {
		case "now", "got", "then", "okay", "ok", "right", "yeah", "street":
		default:
			return -1 // "focus on safety and main goals"
		}
	}
	switch string(s.lowerTok(p)) {
	case "at", "on", "of", "off", "by", "near":
		return x
	}
	return -1
}

// streetAfterMain: the last token of "main" or "main street" at token i.
func (s *scanner) streetAfterMain(i int) int {
	if n := i + 1; n < len(s.toks) && s.adjacent(i, n) && string(s.lowerTok(n)) == "street" {
		return n
	}
	return i
}

// placeWordFlags: the flags of a word that detectPlaces reads beyond a
// school's or a practice's head.
const placeWordFlags = fNumWord | fPhrase | fStreet | fFacHead | fLandmark | fCountyWord | fCity | fPO

// schoolOrPractice reads the word at token i as the head of a school
// called by its kind ("westfield high") or of a practice named before its
// specialty ("lakeshore pediatrics").
func (s *scanner) schoolOrPractice(i int) {
	t := &s.toks[i]
	n := t.hi - t.lo
	if (n == 4 && s.low[t.lo] == 'h' || n == 6 && s.low[t.lo] == 'm' || n == 5 && s.low[t.lo] == 's') && s.schoolByKind(i) {
		s.add(i-1, i, Location, 0.8, "place/location")
		return
	}
	if n >= 6 && specialty(s.lowerTok(i)) {
		if first := s.practiceName(i); first >= 0 {
			s.add(first, i, Facility, 0.8, "place/facility")
		}
	}
}

// fillerPause: token n is a filler word ("uh", "um") or a comma next to
// one: a pause said inside what is being read out.
func (s *scanner) fillerPause(n int) bool {
	return s.isFiller(n) || s.isPunct(n, ',') && (s.isFiller(n-1) || s.isFiller(n+1))
}

// isFiller: token k is a word said to fill a pause ("uh", "um", "er").
func (s *scanner) isFiller(k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(k)) {
	case "uh", "um", "er", "erm", "uhm", "umm", "uhh":
		return true
	}
	return false
}

// ofCapitalised returns the last of one to three capitalised words after
// "of" (and "the") right after token k ("… of the Western Reserve"), or -1.
func (s *scanner) ofCapitalised(k int) int {
	o := k + 1
	if o >= len(s.toks) || !s.adjacent(k, o) || string(s.lowerTok(o)) != "of" || s.toks[o].has(shCap) {
		return -1
	}
	c := o + 1
	if c < len(s.toks) && s.adjacent(o, c) && string(s.lowerTok(c)) == "the" && !s.toks[c].has(shCap) {
		c++
	}
	e := -1
	for n := c; n < len(s.toks) && n-c < 3 && (n == c && s.adjacent(n-1, n) || n > c && s.adjacent(n-1, n)); n++ {
		t := &s.toks[n]
		if t.kind != tkWord || !t.has(shCap) || t.has(shAllCaps|shSentStart) || t.is(fStop|fDeterminer|fMonth|fWeekday|fTitle) {
			break
		}
		e = n
	}
	return e
}

// properWord: a token that can be part of a place or facility name.
func (s *scanner) properWord(i int) bool {
	t := &s.toks[i]
	if t.kind != tkWord || t.has(shApos) || t.is(fStop|fDeterminer) && !(s.cased && t.has(shCap) && !t.has(shSentStart) && t.is(fNameAny)) ||
		t.is(fMonth|fWeekday|fHoliday|fNumWord|fOrdWord|fTitle|fRelation|fUnit|fCountry) {
		return false
	}
	if s.cased && t.has(shAllCaps) && t.is(fStop|fDeterminer) {
		return false // "SCREENED BY": a function word in a line of capitals
	}
	if s.cased && t.has(shCap) {
		return true
	}
	if s.cased && t.is(fCommon) && !t.is(fFacHead|fStreet) {
		return false // "Should we call Walker Funeral Home": cased text writes a name's words with capitals
	}
	if t.is(fLocPrep) {
		return false // "we live near franklin park": a preposition of place opens no name
	}
	return t.is(fNameAny|fCity|fCounty) && !t.is(fCommon) || !t.is(fCommon|fNonPHI) || t.is(fFirst|fLast) && t.is(fCommon) && !t.is(fGeneric)
}

// streetAddress reads "1234 oak street", "12 north main st apt 4b", "one
// twenty three maple avenue" from a house number at token i. It returns the
// last token, or i.
// salutation: a word that greets the reader of a letter or a message.
func salutation(w []byte) bool {
	switch string(w) {
	case "dear", "dearest", "hello", "hi", "greetings", "attn", "attention":
		return true
	}
	return false
}

func (s *scanner) streetAddress(i int) int {
	toks := s.toks
	k := i
	// the house number: digits, or a short spoken number
	if toks[i].kind == tkNum {
		if toks[i].end-toks[i].start > 6 {
			return i
		}
	} else if toks[i].kind == tkAlnum {
		if toks[i].is(fOrdWord) || unitSuffixed(s.tokText(i)) {
			return i // "125cc dk red", "3rd": a measure or an ordinal is no house number
		}
	} else {
		for k-i < 4 {
			if k+1 < len(toks) && toks[k+1].kind == tkWord && (toks[k+1].is(fNumWord) || string(s.lowerTok(k+1)) == "hundred") {
				k++
			} else if k+2 < len(toks) && s.isPunct(k+1, '-') && toks[k+1].start == toks[k].end && toks[k+2].start == toks[k+1].end &&
				toks[k].is(fNumWord) && toks[k+2].kind == tkWord && toks[k+2].is(fNumWord) {
				k += 2 // "eighty-eight larkspur lane", "three forty-two west hollis street"
			} else {
				break
			}
		}
	}
	words := 0
	for n := k + 1; n < len(toks) && n-k <= 8; n++ {
		t := &toks[n]
		if words == 0 && s.fillerPause(n) {
			continue // "forty two, uh, elm street": a pause said after the house number
		}
		if t.has(shNewline) && strings.Count(s.text[toks[n-1].end:t.start], "\n") >= 2 {
			return i // a blank line ends it: "April 12, 2021\n\nDear Dr. …" is a date, then a letter
		}
		if words == 0 && t.kind == tkWord && salutation(s.lowerTok(n)) {
			return i // "2021 Dear Dr. Okoro": a letter's greeting, not "Dear Drive"
		}
		if t.kind == tkPunct {
			if words == 0 && n == k+1 && s.text[t.start] == ',' && s.houseNumberWord(i) {
				continue // "number fourteen, larch close": the house called by its number
			}
			// "12 n. main st.": the period of an abbreviation, not of a
			// sentence ("moves x 4 extremities. head ct")
			if s.text[t.start] == '.' && words > 0 && toks[n-1].end == t.start && toks[n-1].end-toks[n-1].start <= 3 {
				continue
			}
			return i
		}
		// a dose ends the run: "MSO4 4MG SQ"
		if t.kind == tkAlnum && unitSuffixed(s.tokText(n)) && !(s.streetOrdinal(n) && n+1 < len(toks) && toks[n+1].kind == tkWord && toks[n+1].is(fStreet) && toks[i].end-toks[i].start >= 2) {
			return i // but "1420 e 5th st": a numbered street
		}
		// clinical shorthand ends the run unless it is also a street word or
		// written as a name: "141 rx'd w ss reg sq" is a glucose and insulin
		if t.kind == tkWord && t.is(fClinical) && !t.is(fStreet) && !(s.cased && t.has(shCap) && !t.has(shAllCaps)) && (s.notes || !t.is(fCommon)) && (t.is(fDirection) || !s.suffixWithin(n)) { // in speech an everyday word ("old mill road") is no shorthand, nor in a note right before a street's suffix ("1187 OLD MILL RD")
			return i
		}
		if t.is(fStreet) && words > 0 && t.kind == tkWord && (!s.weakStreet(s.nextWord(k, 1), n) || s.livesAt(i)) {
			// a street word that names the street before its suffix: "oak
			// hill road", "forest park drive"
			if m := n + 1; m < len(toks) && toks[m].kind == tkWord && strongStreet(s.lowerTok(m)) && streetNamingWord(s.lowerTok(n)) {
				n = m
			}
			end := n
			if _, short := streetAbbrev[string(s.lowerTok(n))]; s.isPunct(n+1, '.') && (short || !toks[n].is(fCommon)) {
				end = n + 1 // "St.", "Blvd.": the period of a shortened word, not of a sentence
			}
			// a direction after the suffix: "main street north", "elm st nw"
			if d := s.nextWord(end, 0); d >= 0 && toks[d].is(fDirection) && toks[d].kind == tkWord && (d == end+1 || toks[d].end-toks[d].start <= 2) && (s.cased || d == end+1 && s.directionEnds(d)) {
				end = d
			}
			// a numbered road: "county road 12", "route 9"
			switch string(s.lowerTok(n)) {
			case "road", "rd", "route", "rte", "highway", "hwy":
				if d := end + 1; d < len(toks) && toks[d].kind == tkNum && toks[d].end-toks[d].start <= 4 {
					end = d
				}
			}
			return s.unitAfter(end)
		}
		if t.is(fStop&^fDirection) && !t.is(fDirection) && !(s.cased && t.has(shCap)) && !s.namesStreet(n) || t.is(fUnit) {
			return i
		}
		if m := n + 1; t.kind == tkNum && toks[k].kind == tkNum && n == k+1 && t.end-t.start <= 3 && s.cased && m < len(toks) && toks[m].kind == tkWord &&
			toks[m].has(shCap) && strongStreet(s.lowerTok(m)) {
			words++ // "13750 96 Avenue", "7421 128 Street": a numbered street after the house number, as western Canada writes it
			continue
		}
		if t.kind == tkWord && t.is(fNumWord) && !t.is(fOrdWord) && toks[n-1].is(fDirection) {
			if o := s.ordinalStreetAt(n); o > n {
				n = o // "southeast one hundred twenty second avenue": a numbered street after its direction
				words++
				continue
			}
		}
		if t.kind == tkNum && toks[k].kind == tkNum || t.kind == tkWord && t.is(fNumWord) && !t.is(fOrdWord) {
			return i // a street is named with words or ordinals, not counts
		}
		words++
		if words > 4 && !(words == 5 && toks[k+1].kind == tkWord && toks[k+1].is(fDirection)) {
			return i // a direction after the house number is not one of the street's four words: "2240 Northeast Martin Luther King Jr Boulevard"
		}
	}
	return i
}

// noteShorthandSuffix: a street's short suffix that a note writes far more
// often for a scan, a segment, a route or a doctor ("CT", "ST", "SQ", "DR").
func noteShorthandSuffix(w []byte) bool {
	switch string(w) {
	case "ct", "st", "sq", "dr":
		return true
	}
	return false
}

// suffixWithin: a strong street suffix ("rd", "street", "ave") stands
// within the two words after token n, everyday words between.
func (s *scanner) suffixWithin(n int) bool {
	for m := n + 1; m < len(s.toks) && m <= n+2; m++ {
		t := &s.toks[m]
		if t.kind != tkWord || !s.adjacent(m-1, m) {
			return false
		}
		if w := s.lowerTok(m); t.is(fStreet) && (strongStreet(w) || !noteShorthandSuffix(w) && strongStreet([]byte(streetAbbrev[string(w)]))) {
			return true
		}
	}
	return false
}

// ordinalStreetAt returns the ordinal's last token when the words from
// token n say an ordinal, then a street word ("ninety second avenue", "one
// hundred twenty second street"), or -1.
func (s *scanner) ordinalStreetAt(n int) int {
	for m := n; m < len(s.toks) && m < n+5; m++ {
		t := &s.toks[m]
		if t.kind != tkWord {
			return -1
		}
		if t.is(fOrdWord) {
			if m+1 < len(s.toks) && s.toks[m+1].kind == tkWord && s.toks[m+1].is(fStreet) {
				return m
			}
			return -1
		}
		if !t.is(fNumWord) && string(s.lowerTok(m)) != "hundred" {
			return -1
		}
	}
	return -1
}

// directionStreet returns the last token of a street address whose street
// is named after its compass direction with no suffix, as towns laid out
// on a grid say it ("10550 Northeast Halsey, unit B-207", "one zero two
// two five northeast halsey unit eleven", "1200 N Clark."): the house
// number (two to six digits, or two or more number words), the direction,
// one to three words that name the street, then the end of what is said, a
// unit, "in" or a town; or i. A ward after its number ("5 West ICU", "room
// 412 North Tower", "bed twelve north") is no street, nor a state ("twenty
// two north carolina").
func (s *scanner) directionStreet(i int) int {
	toks := s.toks
	k := i
	switch t := &toks[i]; {
	case t.kind == tkNum:
		if n := t.end - t.start; n < 2 || n > 6 {
			return i
		}
	case t.kind == tkWord && t.is(fNumWord) && !t.is(fOrdWord):
		for k+1 < len(toks) && toks[k+1].kind == tkWord && toks[k+1].is(fNumWord) && !toks[k+1].is(fOrdWord) {
			k++
		}
		if k == i {
			return i
		}
	default:
		return i
	}
	d := k + 1
	if d+1 >= len(toks) || toks[d].kind != tkWord || !toks[d].is(fDirection) || s.cased && !toks[d].has(shCap) || !s.cased && toks[d].hi-toks[d].lo < 4 {
		return i
	}
	if p := s.prevWord(i, 0); p >= 0 && roomWord(s.lowerTok(p)) || s.isStateAt(d+1) {
		return i
	}
	last := s.directionNameEnd(d)
	if last < 0 || !s.streetSaidEnds(last) {
		return i
	}
	return s.unitAfter(last)
}

// streetAfterDirection returns the last token of a street said by its
// direction and its name or number after "on", "off" or "onto", no house
// number ("the midwife on Northeast Broadway?", "the club on west tenth",
// "a house on northeast forty second", "off of SE Foster."): its name as
// directionStreet reads it, or a numbered street; or -1. "on north
// carolina", "on west wing" and "on the east side" name none.
func (s *scanner) streetAfterDirection(d int) int {
	toks := s.toks
	t := &toks[d]
	if t.kind != tkWord || d+1 >= len(toks) || s.cased && !t.has(shCap) || !s.cased && t.hi-t.lo < 4 || t.hi-t.lo < 2 {
		return -1
	}
	p := s.prevWord(d, 0)
	if p != d-1 {
		return -1
	}
	switch string(s.lowerTok(p)) {
	case "on", "off", "onto", "along":
	case "of":
		if q := s.prevWord(p, 0); q < 0 || q != p-1 || string(s.lowerTok(q)) != "off" {
			return -1
		}
	default:
		return -1
	}
	if s.isStateAt(d + 1) {
		return -1
	}
	if o := s.numberedStreetAt(d + 1); o > d {
		if n := o + 1; n < len(toks) && toks[n].kind == tkWord && (roomWord(s.lowerTok(n)) || toks[n].is(fUnit)) {
			return -1 // "on west third floor"
		}
		return o // a direction and an ordinal name a street wherever they stand: "the club on west tenth for aerobics"
	}
	last := s.directionNameEnd(d)
	if last < 0 || !s.streetSaidEnds(last) {
		return -1
	}
	return last
}

// directionNameEnd returns the last of the one to three words after the
// direction at token d that name its street (directionStreetWord), or -1.
func (s *scanner) directionNameEnd(d int) int {
	last := -1
	for n := d + 1; n < len(s.toks) && n <= d+3 && s.directionStreetWord(n); n++ {
		last = n
	}
	return last
}

// facilityBranches extends a facility found from finding first on over
// the branch a spaced dash names after it, in cased text, where the line or
// the parenthesis ends ("Fresenius Kidney Care - Northgate.", "(Select
// Specialty Hospital - Midtown)"); not over a heading ("Mercy Hospital -
// Admission Note").
func (s *scanner) facilityBranches(first int) {
	for f := first; f < len(s.found); f++ {
		if s.found[f].Type != Facility {
			continue
		}
		b := s.tokAt(s.found[f].End - 1)
		d := b + 1
		if b < 0 || d+1 >= len(s.toks) || !s.isPunct(d, '-') || s.toks[d].start == s.toks[b].end || s.toks[d+1].start == s.toks[d].end {
			continue
		}
		e := -1
		for n := d + 1; n < len(s.toks) && n <= d+2; n++ {
			t := &s.toks[n]
			if t.kind != tkWord || !t.has(shCap) || t.has(shAllCaps) || t.is(fStop|fCommon|fDeterminer|fClinical|fMonth|fWeekday) || n > d+1 && !s.adjacent(n-1, n) {
				break
			}
			e = n
		}
		if e < 0 {
			continue
		}
		if n := e + 1; n < len(s.toks) && !s.toks[n].has(shNewline) && !(s.toks[n].kind == tkPunct && strings.IndexByte(".,;)", s.text[s.toks[n].start]) >= 0) {
			continue
		}
		s.setSpan(f, s.found[f].Start, int(s.toks[e].end))
	}
}

// numberedCorners finds a corner said as a numbered street and a named
// one after "at", "on", "by", "off" or "near" ("i got t boned at eighty
// second and powell", "the Walgreens on Cornell and 185th", "the shelter
// on Third and Couch.", "by one eighty first and stark"): the address
// from the first street to the second. A lone "third" before the name
// needs what is said to end after it; two numbers ("on 3rd and 4th"), a
// month or a weekday name none.
func (s *scanner) numberedCorners() {
	toks := s.toks
	for o := 1; o+1 < len(toks); o++ {
		t := &toks[o]
		if !s.streetOrdinal(o) || s.covered(o, "") {
			continue
		}
		a0 := s.numberStart(o)
		if n := o + 1; n+1 < len(toks) && toks[n].kind == tkWord && string(s.lowerTok(n)) == "and" && s.cornerPrep(a0) >= 0 {
			// the numbered street first: "at eighty second and powell"
			lone := a0 == o && t.kind == tkWord
			if lone && t.val <= 2 {
				continue
			}
			if e := s.cornerNameEnd(n + 1); e > n && (!lone || s.streetSaidEnds(e) || toks[e].is(fStreet)) {
				s.add(s.cornerPrep(a0), e, Address, 0.9, "place/street")
				o = e
			}
			continue
		}
		if a := a0 - 1; a > 1 && toks[a].kind == tkWord && string(s.lowerTok(a)) == "and" && (a0 < o || t.kind == tkAlnum || t.val > 2) {
			// the numbered street second: "on Cornell and 185th"
			first := -1
			for n := a - 1; n >= 0 && n >= a-3 && s.cornerNameWord(n); n-- {
				first = n
			}
			if first < 0 || s.cornerPrep(first) < 0 {
				continue
			}
			e := o
			if n := o + 1; n < len(toks) && toks[n].kind == tkWord && toks[n].is(fStreet) && s.adjacent(o, n) {
				e = n
			}
			s.add(s.cornerPrep(first), e, Address, 0.9, "place/street")
			o = e
		}
	}
}

// streetOrdinal: token o is an ordinal, said ("sixth") or written with up
// to three digits ("6th", "185th").
func (s *scanner) streetOrdinal(o int) bool {
	t := &s.toks[o]
	if t.kind == tkWord {
		return t.f&fOrdWord != 0
	}
	if t.kind != tkAlnum || t.end-t.start > 5 {
		return false
	}
	if t.f&fOrdWord != 0 {
		return true
	}
	w := s.lowerTok(o)
	if len(w) != 5 || w[0] < '1' || w[0] > '9' {
		return false
	}
	_, ok := digitOrdinal(w[1:])
	return ok
}

// numberStart returns the first of the number words that say the
// ordinal at token o ("eighty second", "one oh second"), or o.
func (s *scanner) numberStart(o int) int {
	a := o
	for a > 0 && o-a < 4 && s.toks[a-1].kind == tkWord && (s.toks[a-1].is(fNumWord) && !s.toks[a-1].is(fOrdWord) || string(s.lowerTok(a-1)) == "hundred") {
		a--
	}
	return a
}

// cornerPrep returns the first token of a corner whose first street starts
// at token a: a, or the direction before it ("at Southeast Tacoma Street
// and Sixth"), when "at", "on", "by", "off" or "near" comes before; or -1.
func (s *scanner) cornerPrep(a int) int {
	p := s.prevWord(a, 0)
	if p == a-1 && p > 0 && s.toks[p].is(fDirection) && s.toks[p].kind == tkWord && (!s.cased || s.toks[p].has(shCap)) {
		a, p = p, s.prevWord(p, 0)
	}
	if p != a-1 || p < 0 {
		return -1
	}
	switch string(s.lowerTok(p)) {
	case "at", "on", "by", "off", "near":
		return a
	}
	return -1
}

// cornerNameEnd returns the last token of the one or two words from token
// n that name a street at a corner, its suffix after ("powell", "Couch",
// "walker road"), or -1.
func (s *scanner) cornerNameEnd(n int) int {
	e := -1
	for m := n; m < len(s.toks) && m < n+2 && s.cornerNameWord(m); m++ {
		e = m
	}
	if e >= 0 && e+1 < len(s.toks) && s.toks[e+1].kind == tkWord && s.toks[e+1].is(fStreet) && s.adjacent(e, e+1) {
		e++
	}
	return e
}

// cornerNameWord: token n can name a street at a corner: a capitalised
// word in cased text, a name or a town's name in lower case, or a street's
// suffix after one; not a month, a weekday or a clinical word.
func (s *scanner) cornerNameWord(n int) bool {
	t := &s.toks[n]
	if t.kind == tkWord && t.is(fStreet) && n > 0 && s.toks[n-1].kind == tkWord && s.adjacent(n-1, n) && !s.toks[n-1].is(fStop) {
		return true // "Southeast Tacoma Street and Sixth"
	}
	if t.kind != tkWord || t.hi-t.lo < 3 || t.is(fStop|fDeterminer|fUnit|fClinical|fMonth|fWeekday|fNumWord|fOrdWord|fTitle|fRelation|fMeasure) {
		return false
	}
	if s.cased {
		return t.has(shCap) && !t.has(shAllCaps)
	}
	return t.is(fFirst | fLast | fCity)
}

// numberedStreetAt returns the last token of a numbered street's number
// from token n ("tenth", "forty second", "one oh second", "42nd"), or -1.
func (s *scanner) numberedStreetAt(n int) int {
	for m := n; m < len(s.toks) && m < n+4; m++ {
		t := &s.toks[m]
		if t.is(fOrdWord) && (t.kind == tkWord || t.kind == tkAlnum) {
			if m == n && t.kind == tkWord && t.val <= 2 {
				return -1 // "on west first": said alone, "first" and "second" are seldom streets
			}
			return m
		}
		if t.kind != tkWord || !t.is(fNumWord) && string(s.lowerTok(m)) != "hundred" {
			return -1
		}
	}
	return -1
}

// streetSaidEnds: what is said after a street's name at token last ends,
// or a unit, "in" or a town follows.
func (s *scanner) streetSaidEnds(last int) bool {
	e := last + 1
	if e >= len(s.toks) || s.utteranceEnds(last) || s.turnEndsAfter(last) {
		return true
	}
	switch t := &s.toks[e]; {
	case t.kind == tkPunct && strings.IndexByte(",.?!;", s.text[t.start]) >= 0:
		return true
	case t.kind == tkWord && (t.is(fUnitSuffix|fCity) || string(s.lowerTok(e)) == "in"):
		return true
	}
	return false
}

// directionStreetWord: token n can name a street after its direction: a
// capitalised word in cased text, a name or a town's name in lower case;
// not a ward's, a building's or a clinical word.
func (s *scanner) directionStreetWord(n int) bool {
	t := &s.toks[n]
	if t.kind != tkWord || t.hi-t.lo < 2 || t.is(fStop|fDeterminer|fUnit|fUnitSuffix|fClinical|fFacHead|fCareKind|fMonth|fWeekday|fNumWord|fDirection|fTitle|fRelation) || roomWord(s.lowerTok(n)) {
		return false
	}
	if t.is(fLandmark) && !s.directionStreetWord(n-1) {
		return false // "Johnson Creek" names a street after a name, "West Lake" none
	}
	if s.cased {
		return t.has(shCap) && !t.has(shAllCaps)
	}
	return t.is(fFirst | fLast | fCity)
}

// roomWord: a word said before the number of a room, a bed or a ward, or
// after it ("room 412 North", "on west third floor"); detectWards' wardBefore
// is what comes before a ward's name.
func roomWord(w []byte) bool {
	switch string(w) {
	case "room", "rm", "bed", "ward", "floor", "pod", "bay", "unit", "suite", "level", "tower", "wing":
		return true
	}
	return false
}

// unitAfter extends an address over "apt 4b", "suite 200", "# 12", "unit
// four".
func (s *scanner) unitAfter(end int) int {
	n := s.nextWord(end, 1)
	if n < 0 {
		return end
	}
	hash := false
	for k := end + 1; k < n; k++ {
		if s.isPunct(k, '#') {
			hash = true
		}
		if _, short := streetAbbrev[string(s.lowerTok(k-1))]; s.isPunct(k, '.') && !short && !s.abbrevDot(k) {
			return end // "4 Rosewood Road. Room 4, 2 beds": the sentence ended
		}
	}
	if hash && (s.toks[n].kind == tkNum || s.toks[n].kind == tkAlnum) {
		return n
	}
	if !s.toks[n].is(fUnitSuffix) {
		return end
	}
	v := s.nextWord(n, 2)
	if v < 0 {
		return end
	}
	t := &s.toks[v]
	if t.kind == tkNum || t.kind == tkAlnum || t.kind == tkWord && (t.is(fNumWord) || t.end-t.start == 1) {
		// "suite three hundred", "apartment four twelve": the number said
		// in more words
		for t.kind == tkWord && t.is(fNumWord) && v+1 < len(s.toks) && v < end+6 && s.adjacent(v, v+1) && s.toks[v+1].kind == tkWord &&
			(s.toks[v+1].is(fNumWord) && !s.isZeroLetter(v+1) || string(s.lowerTok(v+1)) == "hundred") {
			v++
		}
		// "four b": a letter after a spoken number
		if l := s.nextWord(v, 0); l >= 0 && s.toks[l].kind == tkWord && s.toks[l].end-s.toks[l].start == 1 && l == v+1 {
			return l
		}
		return s.joinedUnit(v)
	}
	return end
}

// joinedUnit extends a unit's number at token v over the parts joined to
// it by hyphens, no space between ("unit B-207", "apt 3-B", "suite
// 2-100-A"): the last token.
func (s *scanner) joinedUnit(v int) int {
	for m := v + 2; m < len(s.toks) && m <= v+6 && s.isPunct(m-1, '-') && s.toks[m-1].start == s.toks[m-2].end && s.toks[m].start == s.toks[m-1].end; m += 2 {
		if t := &s.toks[m]; !(t.kind == tkNum || t.kind == tkAlnum || t.kind == tkWord && t.end-t.start == 1) {
			break
		}
		v = m
	}
	return v
}

// digitWords: n digits said one word each from token a ("eight three
// seven"): a zip code or a number read out begins there.
func (s *scanner) digitWords(a, n int) bool {
	for k := a; k < a+n; k++ {
		if k >= len(s.toks) || s.toks[k].kind != tkWord || !s.toks[k].is(fNumWord) || s.toks[k].val < 0 || s.toks[k].val > 9 || k > a && !s.adjacent(k-1, k) {
			return false
		}
	}
	return true
}

// cityAfter reads ", springfield, il 62704" after an address.
func (s *scanner) cityAfter(end int) int {
	n := end + 1
	if !s.isPunct(n, ',') {
		// no comma: a town the lists know, then a state or the end, "…
		// suite 112 calgary alberta", "12 elm street boston ma"
		if c := n; c < len(s.toks) && s.toks[c].kind == tkWord && s.toks[c].is(fCity) && !s.toks[c].is(fStop|fState|fCommon) && s.adjacent(end, c) {
			if a := c + 1; a == len(s.toks) || !s.toks[c].is(fNameAny) || s.isState(a) || a+1 < len(s.toks) && s.pairType(a, a+1) == "STATE" || s.toks[a].has(shNewline) || s.toks[a].kind == tkPunct ||
				s.adjacent(c, a) && (s.toks[a].kind == tkNum && s.toks[a].end-s.toks[a].start == 5 || s.digitWords(a, 3)) { // "… road boise 83704": the zip code after the town
				s.add(c, c, City, 0.8, "place/city-after-address")
				return c
			}
		}
		return end
	}
	c := s.nextWord(n, 0)
	if j := s.wordsBeforeState(c); j >= c && c >= 0 {
		s.add(c, j, City, 0.85, "place/city-after-address") // "…, suite three hundred, cedar rapids, iowa": everyday words before the state
		return j
	}
	if c < 0 || !s.properWord(c) && !s.toks[c].is(fCity) {
		return end
	}
	if u := c + 1; u < len(s.toks) && s.adjacent(c, u) && (s.toks[u].kind == tkNum || s.toks[u].kind == tkAlnum) && s.toks[u].end-s.toks[u].start <= 5 {
		if unitWord(s.lowerTok(c)) {
			s.add(c, u, Address, 0.85, "place/address") // "14 Cavendish Road, Flat 2, Headingley": the flat, then the town
			return s.cityAfter(u)
		}
	}
	j := c
	for j+1 < len(s.toks) && s.toks[j+1].kind == tkWord && (s.properWord(j+1) || s.toks[j+1].is(fCity) || townSuffix(s.lowerTok(j+1))) && !s.toks[j+1].is(fState) && j-c < 2 {
		j++
	}
	s.add(c, j, City, 0.85, "place/city-after-address")
	return j
}

// wordsBeforeState returns the last of up to three words from token c
// that a state follows, after a comma or not ("cedar rapids, iowa", "twin
// falls idaho"), or -1.
func (s *scanner) wordsBeforeState(c int) int {
	for j := c; j >= 0 && j < len(s.toks) && j < c+3; j++ {
		t := &s.toks[j]
		if t.kind != tkWord || j > c && !s.adjacent(j-1, j) || t.is(fStop|fDeterminer|fNumWord|fOrdWord|fState|fUnitSuffix) {
			return -1
		}
		if k := j + 1; k+1 < len(s.toks) && s.isPunct(k, ',') && s.isState(k+1) || k < len(s.toks) && s.isState(k) && s.adjacent(j, k) {
			return j
		}
	}
	return -1
}

// careVerb: a verb that gives or plans care ("continue current care",
// "provide comfort care"): no name of a provider.
func careVerb(w []byte) bool {
	switch string(w) {
	case "continue", "cont", "continues", "continued", "provide", "provided", "providing", "maintain", "give", "given",
		"receive", "receives", "receiving", "need", "needs", "require", "requires", "start", "started", "offer", "offered":
		return true
	}
	return false
}

// afterFacility: a facility found so far ends right before token i, or
// before ", " or " in " before it.
func (s *scanner) afterFacility(i int) bool {
	p := i - 1
	if p >= 0 && (s.isPunct(p, ',') || s.toks[p].kind == tkWord && string(s.lowerTok(p)) == "in") {
		p--
	}
	if p < 0 {
		return false
	}
	end := int(s.toks[p].end)
	for k := len(s.found) - 1; k >= 0 && k >= len(s.found)-4; k-- {
		if f := s.found[k]; f.Type == Facility && f.End == end {
			return true
		}
	}
	return false
}

// stateAsCity reads the city that shares its state's name: "New York
// City", "New York, NY" (Safe Harbor keeps a state, not a city). It adds
// the city and returns its last token, or -1.
func (s *scanner) stateAsCity(i int) int {
	n := i + 1
	if n+1 >= len(s.toks) || s.toks[n].kind != tkWord || !s.toks[n].has(shCap) || s.pairType(i, n) != "STATE" {
		return -1
	}
	if c := n + 1; s.toks[c].kind == tkWord && string(s.lowerTok(c)) == "city" && s.toks[c].has(shCap) {
		s.add(i, c, City, 0.85, "place/city-state")
		return c
	}
	// "Mount Sinai Hospital, New York", "a clinic in New York": after a
	// facility the place of a hospital is the city (the one state whose
	// name is also that of a city where hospitals are)
	if string(s.lowerTok(i)) == "new" && string(s.lowerTok(n)) == "york" && s.afterFacility(i) {
		s.add(i, n, City, 0.8, "place/city-state")
		return n
	}
	if c := n + 2; c < len(s.toks) && s.isPunct(n+1, ',') && s.toks[c].kind == tkWord && s.toks[c].has(shAllCaps) && s.toks[c].end-s.toks[c].start == 2 && s.isState(c) {
		s.add(i, n, City, 0.85, "place/city-state")
		return n
	}
	return -1
}

// placeTail types what follows an address that ends at token j: a city
// after a comma, and in cased text (notes too) the unit, town, region,
// country and postcode parts after it ("12 Baker Drive Muel , Z 16518",
// "2027 Prospect St, Dehylov, Czech Republic"), up to a state, which
// Safe Harbor keeps.
func (s *scanner) placeTail(j int) {
	end := s.cityAfter(j)
	if s.cased {
		if e := s.addressTail(end); e > end {
			s.addGaps(end+1, e, Address, 0.85, "place/address")
		}
	}
}

// streetName: "on maple street", "off Elm St" without a house number.
func (s *scanner) streetName(i int) {
	t := &s.toks[i]
	full := strongStreet(s.lowerTok(i)) // street, avenue: not st, dr, close, way
	if !full && !s.cased && s.onSpokenStreet(i) {
		full = true // "you live alone now on linden court"
	}
	if !full && !(s.cased && t.has(shCap) && !t.has(shAllCaps)) {
		return // "Spine CT" is a scan, "Elm Ct" a street
	}
	if !full && s.isPunct(i+1, '.') && s.toks[i].end == s.toks[i+1].start && t.hi-t.lo <= 3 {
		// "Dr. Patel", "St. Mary's": a title or a saint, not a street (not
		// "by Shaker Square.\nDoctor: …": a word in full, then the next turn)
		if n := i + 2; n < len(s.toks) && (s.toks[n].has(shCap) || s.toks[n].kind == tkTag) && !s.toks[n].has(shNewline) {
			return
		}
	}
	// "Attending Dr Medelsohn": a title before a name
	if n := i + 1; string(s.lowerTok(i)) == "dr" && n < len(s.toks) && s.toks[n].kind == tkWord && !s.toks[n].has(shNewline) &&
		(s.toks[n].is(fNameAny) && !s.toks[n].is(fCommon) || s.cased && s.toks[n].has(shCap) && !s.toks[n].is(fCommon)) {
		return
	}
	j := i - 1
	// after a place preposition, a strong suffix takes any words ("on main
	// street"); otherwise the name must look like one
	for j >= 0 && i-j <= 3 && (s.toks[j].kind == tkWord || s.toks[j].is(fOrdWord)) && !s.toks[j].is(fLocPrep) &&
		(s.properWord(j) || s.toks[j].is(fOrdWord) || full && !s.toks[j].is(fStop|fDeterminer|fUnit|fNumWord|fMeasure) && s.prepBefore(j)) {
		j--
	}
	if j == i-1 {
		return
	}
	first := j + 1
	prep := j >= 0 && s.toks[j].kind == tkWord && (s.toks[j].is(fLocPrep) || strings.Contains(" on off down up along ", " "+string(s.lowerTok(j))+" "))
	if !prep && j >= 2 && string(s.lowerTok(j)) == "and" && (s.toks[j-1].is(fOrdWord) || s.properWord(j-1)) && s.adjacent(j-1, j) &&
		s.toks[j-2].kind == tkWord && (s.toks[j-2].is(fLocPrep) || string(s.lowerTok(j-2)) == "on") {
		first, prep = j-1, true // a corner: "the walgreens on fourth and main street"
	}
	if prep || s.cased && s.toks[first].has(shCap) && t.has(shCap) {
		s.add(first, s.houseAfter(s.unitAfter(i)), Address, 0.75, "place/street")
	}
}

// houseAfter extends a street that ends at token end over its house
// number said after it: "on copperfield lane, number 12", "elm street,
// number forty two". It returns the last token.
func (s *scanner) houseAfter(end int) int {
	c := end + 1
	if !s.isPunct(c, ',') || c+2 >= len(s.toks) || string(s.lowerTok(c+1)) != "number" || !s.adjacent(c+1, c+2) {
		return end
	}
	n := c + 2
	switch t := &s.toks[n]; {
	case (t.kind == tkNum || t.kind == tkAlnum) && t.end-t.start <= 5:
	case t.kind == tkWord && t.is(fNumWord) && t.val >= 0:
		for n+1 < len(s.toks) && n-c < 5 && s.toks[n+1].kind == tkWord && s.toks[n+1].is(fNumWord) && s.toks[n+1].val >= 0 && s.adjacent(n, n+1) {
			n++
		}
	default:
		return end
	}
	// the number ends what is said or the clause ("number one priority" is no house)
	if a := n + 1; a < len(s.toks) && s.toks[a].kind == tkWord && !s.toks[a].is(fLocPrep) && string(s.lowerTok(a)) != "and" {
		return end
	}
	return n
}

// prepBefore: a place preposition stands within two words before token j
// ("on main street", "off north elm street").
func (s *scanner) prepBefore(j int) bool {
	for k, n := s.prevWord(j, 0), 0; k >= 0 && n < 3; k, n = s.prevWord(k, 0), n+1 {
		if s.toks[k].is(fLocPrep) || strings.Contains(" on off down up along ", " "+string(s.lowerTok(k))+" ") {
			return true
		}
		if s.toks[k].is(fStop | fDeterminer) {
			return false
		}
	}
	return false
}

// namesStreet: token n is a word that names streets before their suffix
// ("eleven station road") though no name follows it elsewhere ("the nurse
// station").
func (s *scanner) namesStreet(n int) bool {
	m := n + 1
	return m < len(s.toks) && streetNamingWord(s.lowerTok(n)) && s.toks[m].kind == tkWord && s.toks[m].is(fStreet) && s.adjacent(n, m)
}

// streetNamingWord: a street word that also names streets before a
// suffix ("oak hill road", "forest park drive"); "12 Glyn St street" has
// two suffixes, not a longer street.
func streetNamingWord(w []byte) bool {
	switch string(w) {
	case "hill", "hills", "ridge", "park", "point", "view", "grove", "lake", "valley", "creek", "brook", "meadow",
		"meadows", "spring", "springs", "forest", "garden", "gardens", "heights", "crest", "glen", "hollow",
		"orchard", "mill", "river", "bay", "harbor", "shore", "woods", "village", "pond", "summit", "station":
		return true
	}
	return false
}

// strongStreet: suffixes that name a street even in lower-case speech;
// the others ("close", "way", "court", "st") need a capital.
// onSpokenStreet: in lower-case speech, a street's suffix that is also an
// everyday word ("court", "circle", "place") after "on" or "off" and one or
// two words that can name a street ("on linden court", "off willow brook
// circle"); not "on my way", "on the court", "on one way".
func (s *scanner) onSpokenStreet(i int) bool {
	switch string(s.lowerTok(i)) {
	case "court", "circle", "place", "way", "trail", "crescent":
	default:
		return false
	}
	// where what is said or the clause ends ("on tennis court two" is a game)
	if n := i + 1; n < len(s.toks) && s.toks[n].kind == tkWord && !s.toks[n].is(fLocPrep) && !s.isFiller(n) && string(s.lowerTok(n)) != "and" && !clauseSubject(s.lowerTok(n)) {
		return false
	}
	for j := i - 1; j >= 0 && i-j <= 2; j-- {
		t := &s.toks[j]
		if t.kind != tkWord || !s.adjacent(j, j+1) {
			return false
		}
		if w := string(s.lowerTok(j)); (w == "on" || w == "off" || w == "at" && j > 0 && liveVerb(s.lowerTok(j-1))) && j < i-1 {
			return true // "on linden court", "i live at hollybank court"
		}
		if t.is(fStop|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure|fClinical|fLocPrep|fGeneric|fFacility) || s.isFiller(j) || t.hi-t.lo < 3 || courtKind(s.lowerTok(j)) {
			return false
		}
	}
	return false
}

// clauseSubject: a pronoun that opens the next clause of unpunctuated
// speech ("i live at hollybank court it's sheltered housing").
func clauseSubject(w []byte) bool {
	switch string(w) {
	case "its", "it", "i", "im", "she", "shes", "he", "hes", "we", "were", "they", "theyre", "which", "thats":
		return true
	}
	return false
}

// courtKind: words that say which kind of court or place is meant, not
// which street ("center court", "family court", "first place").
func courtKind(w []byte) bool {
	switch string(w) {
	case "tennis", "basketball", "squash", "volleyball", "handball", "food", "center", "centre", "supreme", "district", "family",
		"traffic", "county", "high", "federal", "superior", "juvenile", "claims", "small", "safe", "happy", "right", "wrong", "same", "different":
		return true
	}
	return false
}

func strongStreet(w []byte) bool {
	switch string(w) {
	case "street", "avenue", "road", "drive", "boulevard", "lane", "parkway", "highway", "terrace", "turnpike", "expressway":
		return true
	}
	return false
}

// poBox: "po box 123", "p.o. box 123".
func (s *scanner) poBox(i int) {
	k, b := i, -1
	switch string(s.lowerTok(i)) {
	case "p":
		o := s.nextWord(i, 1)
		if o < 0 || string(s.lowerTok(o)) != "o" {
			return
		}
		k = o
	case "postbox", "postfach", "postboks", "postbus":
		b = i
	case "rural", "rr":
		s.ruralRoute(i)
		return
	}
	if b < 0 {
		if b = s.nextWord(k, 1); b < 0 || string(s.lowerTok(b)) != "box" {
			return
		}
	}
	r := &s.runs[2]
	s.readRun(r, s.nextWord(b, 1))
	if r.j >= r.i && r.i > b {
		first := i
		if s.cased && !s.notes {
			first = s.houseBefore(i) // a building number: "609 P.O. Box 186"
		}
		s.add(first, r.j, Address, 0.92, "place/po-box")
		s.placeTail(r.j)
	}
}

// ruralRoute reads a rural route address from token i: "rural route two
// box forty four", "RR 3, Box 112"; "RR 18" alone is a respiratory rate.
func (s *scanner) ruralRoute(i int) {
	k := i
	rr := string(s.lowerTok(i)) == "rr"
	if !rr {
		if k = s.nextWord(i, 0); k != i+1 || string(s.lowerTok(k)) != "route" {
			return
		}
	} else if s.notes {
		return
	}
	r := &s.runs[2]
	s.readRun(r, s.nextWord(k, 1))
	if r.j < r.i || r.i <= k || len(r.digits) > 3 {
		return
	}
	end := r.j
	if b := s.nextWord(end, 1); b >= 0 && b <= end+2 && string(s.lowerTok(b)) == "box" {
		s.readRun(r, s.nextWord(b, 1))
		if r.j >= r.i && r.i > b {
			end = r.j
		}
	}
	if rr && end == r.i && end == k+1 {
		return // "RR 18": a rate, no box
	}
	s.add(i, end, Address, 0.9, "place/po-box")
	s.placeTail(end)
}

// abbrevDot: the '.' at token j closes an abbreviation inside a name
// ("St. Mary's", "Mt. Sinai", "Walter P. Carter") rather than a sentence.
func (s *scanner) abbrevDot(j int) bool {
	if j == 0 || s.toks[j-1].end != s.toks[j].start || s.toks[j-1].kind != tkWord {
		return false
	}
	w := s.lowerTok(j - 1)
	return len(w) == 1 || string(w) == "st" || string(w) == "mt" || string(w) == "ft" || string(w) == "dr"
}

// homeHead: "nursing home", "care home", "rest home" end a facility name.
func (s *scanner) homeHead(i int) bool {
	if string(s.lowerTok(i)) != "home" && string(s.lowerTok(i)) != "homes" {
		return false
	}
	p := s.prevWord(i, 0)
	if p < 0 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "nursing", "care", "rest", "retirement", "group", "funeral", "convalescent":
		return true
	}
	// "Kansas Christian Home", "the Masonic Home": a capitalised faith or
	// order before a capitalised Home names a care home
	t, q := &s.toks[i], &s.toks[p]
	return s.cased && p == i-1 && t.has(shCap) && !t.has(shAllCaps|shSentStart) && q.has(shCap) && !q.has(shAllCaps) &&
		homeFaith(s.lowerTok(p))
}

// homeFaith: a faith or an order that names care homes ("Christian Home",
// "Masonic Home").
func homeFaith(w []byte) bool {
	switch string(w) {
	case "christian", "jewish", "hebrew", "catholic", "baptist", "lutheran", "methodist", "episcopal", "presbyterian",
		"adventist", "masonic", "moravian", "mennonite", "quaker", "pythian":
		return true
	}
	return false
}

// facility: a proper name before a facility word: "St. Mary's Hospital",
// "riverside medical center", "Mayo Clinic".
// The same reading serves local landmarks ("Edgewater Park", "lakewood
// park", "Riverside Estates") with typ Location.
func (s *scanner) facility(h int, typ Type) {
	if s.fieldLabelEnds(h) {
		return // "Birth hospital: …", "Nursing home:": a form's field
	}
	if first := s.careAndRehab(h); first >= 0 {
		s.add(first, h, Facility, 0.85, "place/facility") // "at the willows nursing and rehab"
		return
	}
	// the head may run over several words: "medical center", "nursing home"
	end := h
	for n := h + 1; n < len(s.toks) && n-h <= 2; n++ {
		w := string(s.lowerTok(n))
		if s.toks[n].is(fFacHead) || s.homeHead(n) || w == "system" || w == "group" || w == "services" {
			end = n
			continue
		}
		break
	}
	// only the last word of a head run starts a facility
	if end > h {
		return
	}
	first := -1
	proper := false
	// "health", "care" and "center" also end everyday phrases ("good
	// health", "foster care", "senior center"): in lower-case text they need
	// a modifier that is a name or no English word at all
	weakHead := false
	switch string(s.lowerTok(h)) {
	case "health", "care", "center", "centre", "living", "practice", "associates", "rehab":
		weakHead = !(s.cased && s.toks[h].has(shCap))
	}
	if a := h - 2; a > 0 && typ == Facility && s.cased && s.acronymNamed(a, h) {
		// "case at UCLA med center": an acronym in capitals, "med" or
		// "medical", the head, after a preposition of place, in mixed-case
		// text ("the CHF medical clinic" is a kind)
		s.add(a, h, Facility, 0.85, "place/facility")
		return
	}
	if s.kindOfClinic(h) {
		return
	}
	if m := h - 1; m > 0 && !s.notes && string(s.lowerTok(h)) == "care" && s.adjacent(m, h) && childCare(s.lowerTok(m)) {
		// "at happy hearts child care", "to sunshine day care": a day-care
		// centre named by everyday words, as a school is
		if first := s.landmarkName(m, false); first >= 0 && (!s.cased || s.toks[first].has(shCap)) {
			s.add(first, h, Location, 0.8, "place/location")
		}
		return
	}
	if m := h - 1; m > 0 && string(s.lowerTok(h)) == "care" && s.adjacent(m, h) && (string(s.lowerTok(m)) == "urgent" || string(s.lowerTok(m)) == "home") {
		// "at bayside urgent care", "the nurse from evergreen home care": a
		// walk-in clinic or a home-care agency named by everyday words
		// ("went to urgent care", "she gets home care" name none)
		if first := s.landmarkName(m, false); first >= 0 && (!s.cased || s.toks[first].has(shCap)) {
			s.add(first, h, Facility, 0.9, "place/facility")
			return
		}
	}
	if m := h - 1; m > 0 && string(s.lowerTok(h)) == "living" && s.adjacent(m, h) && (string(s.lowerTok(m)) == "assisted" || string(s.lowerTok(m)) == "senior") {
		// "she's at maple ridge assisted living": a home named by
		// everyday words, as a school is
		if first := s.landmarkName(m, false); first >= 0 && (!s.cased || s.toks[first].has(shCap)) {
			s.add(first, h, Facility, 0.8, "place/facility")
		}
		return
	}
	if m := h - 1; weakHead && m > 0 && string(s.lowerTok(h)) == "rehab" && s.adjacent(m, h) {
		if first := s.rehabName(m); first >= 0 {
			s.add(first, h, Facility, 0.8, "place/facility") // "the pt at riverside rehab", "at gulf coast rehab"
			return
		}
	}
	if m := h - 2; weakHead && m > 0 && string(s.lowerTok(h)) == "rehab" && s.adjacent(m, m+1) && s.adjacent(m+1, h) && companyKind(s.lowerTok(m+1)) &&
		s.toks[m].is(fCity|fCounty|fPhrase) && !s.toks[m].is(fStop|fDeterminer|fClinical) && s.namingPrep(m-1) && s.adjacent(m-1, m) {
		s.add(m, h, Facility, 0.8, "place/facility") // "the therapists at harbor sports rehab": its kind between
		return
	}
	if first := s.bareNamedFacility(h); first >= 0 {
		s.add(first, h, Facility, 0.8, "place/facility") // "doctor hensley at riverside family clinic"
		return
	}
	if weakHead || string(s.lowerTok(h)) == "care" {
		// "resp care", "trach care", "respiratory care note": a kind of
		// care, unless a name stands before it ("sunrise home care")
		m := h - 1
		// a kind of care misspelt is still one: "hopsice care", "supprotive"
		kind := func(k int) bool {
			return s.toks[k].is(fCareKind) || !s.toks[k].is(fNameAny) && !(s.cased && !s.notes && s.toks[k].has(shCap)) && s.misspelt(k)
		}
		if m > 0 && s.toks[m].is(fGeneric) && kind(m-1) && s.adjacent(m-1, m) {
			m-- // "supportive medical care"
		}
		if m >= 0 && s.toks[m].kind == tkWord && (s.shorthand(m) || kind(m)) {
			if p := s.prevWord(m, 0); p < 0 || p != m-1 || !s.properWord(p) || s.toks[p].is(fCareKind) || s.shorthand(p) || careVerb(s.lowerTok(p)) {
				return
			}
		}
	}
	for j := h - 1; j >= 0 && h-j <= 5; j-- {
		t := &s.toks[j]
		if t.kind == tkPunct {
			c := s.text[t.start]
			if c == '.' && j >= 1 && first == j+1 && s.toks[first].kind == tkWord && s.toks[first].is(fNameAny) && !s.toks[first].is(fCommon) {
				if in := &s.toks[j-1]; in.kind == tkWord && in.end-in.start == 1 && in.end == t.start && isUpperASCII(s.text[in.start]) {
					first = j - 1 // "S. DOMINICO NURSING AGENCY": a person's initial opens the name
					break
				}
			}
			if c == '.' && !s.abbrevDot(j) {
				break // a sentence ends here
			}
			if c == '.' || c == '\'' || c == '-' || c == '&' {
				continue
			}
			break
		}
		if t.kind != tkWord || first == j+1 && s.kindBefore(j) {
			break // "my kid's school lincoln elementary": the kind before the name
		}
		if t.is(fFacility) || t.is(fGeneric) && !(s.cased && t.has(shCap) && !t.has(shSentStart)) {
			if t.is(fDeterminer) || t.is(fStop) && !t.is(fGeneric) {
				break
			}
			if first >= 0 || t.is(fFacility) {
				first = j
			}
			continue
		}
		if !s.cased && t.is(fPersonVerb) && !t.is(fFirst) {
			break // "she needs inpatient hospice": what someone does names no place in lower-case speech
		}
		w := string(s.lowerTok(j))
		if j == h-1 && s.cased && typ == Facility && t.is(fCountry) && t.has(shCap) && !t.has(shAllCaps|shSentStart) && s.toks[h].has(shCap) && landmarkKind(s.lowerTok(j)) {
			// "Hebrew Rehab", "the Jewish Home": a faith, capitalised, names
			// the facility it heads
			proper, first = true, j
			continue
		}
		if sequenceWord(w) {
			break // "Next clinic 18 June", "the same hospital": which visit, not which place
		}
		if w == "day" && j == h-1 && s.cased && t.has(shCap) && !t.has(shAllCaps|shSentStart) {
			first = j // "Bluebird Adult Day Center": the kind of centre, part of its head (a unit elsewhere)
			continue
		}
		if w == "st" || w == "saint" || w == "mount" || w == "mt" || s.properWord(j) {
			// a common word names a place only when written with a capital,
			// or when it is a given name ("mercy hospital")
			proper = proper || w == "st" || w == "saint" ||
				t.is(fNameAny|fCity|fCounty) && !t.is(fStop|fCountry|fCommon) ||
				typ == Facility && !weakHead && !t.is(fStop|fCountry|fGeneric|fUnit|fMeasure) ||
				!t.is(fCommon|fNonPHI|fCountry) ||
				s.cased && t.has(shCap) && !t.has(shSentStart) && !t.is(fGeneric|fCountry)
			first = j
			continue
		}
		if typ == Facility && !t.is(fCommon|fStop|fDeterminer|fUnit|fMeasure|fTitle|fRelation) && !t.has(shApos) {
			// an uncommon word on philter's not-PHI list ("samaritan"):
			// part of the span, but only namedAfterPrep may make it a name
			first = j
			continue
		}
		break
	}
	// "Children's Hospital Los Angeles": a capitalised place after the head
	after := end
	if s.cased {
		for n := end + 1; n < len(s.toks) && n-end <= 3 && s.adjacent(n-1, n); n++ {
			t := &s.toks[n]
			if t.kind != tkWord || !t.has(shCap) || t.is(fStop|fDeterminer) || !t.is(fCity|fNameAny|fCounty) && t.is(fCommon|fNonPHI) ||
				t.is(fCommon) && !t.is(fCity|fCounty) { // "Health Plan ID"
				break
			}
			after = n
		}
	}
	if after > end {
		proper = true
		if first < 0 {
			first = h
		}
	}
	if !proper && typ == Facility && first >= 0 && first < h {
		proper = s.namedAfterPrep(first, h) || first == h-1 && s.healthSystem(first, h)
	}
	if !proper && typ == Facility {
		// "children's hospital of philadelphia", "university hospital of
		// cleveland": generic words, then the place after "of" names it
		if o := s.nextWord(after, 0); o == after+1 && string(s.lowerTok(o)) == "of" {
			if c := s.nextWord(o, 0); c == o+1 && s.toks[c].is(fCity) && !s.toks[c].is(fStop|fCommon|fCountry) && (!s.cased || s.toks[c].has(shCap)) {
				proper = true
				if first < 0 {
					first = h
				}
				for first > 0 && s.adjacent(first-1, first) && s.toks[first-1].is(fGeneric) && !s.toks[first-1].is(fDeterminer|fStop) {
					first--
				}
			}
		}
	}
	if !proper && typ == Facility && s.cased && s.toks[h].has(shCap) && !s.toks[h].has(shAllCaps) {
		// "Hospice of the Western Reserve", "Visiting Nurse Association of
		// Cape Cod": a capitalised head, "of" and a capitalised name
		if e := s.ofCapitalised(after); e > after {
			proper, after = true, e
			if first < 0 {
				first = h
			}
		}
	}
	if !proper && typ == Location && (!s.cased || s.toks[h].has(shCap) && !s.toks[h].has(shAllCaps)) {
		// (cased text writes the name with its capitals: "at First Methodist")
		if f := s.namedLandmark(h); f >= 0 && (!s.cased || s.toks[f].has(shCap)) {
			proper, first = true, f
		}
	}
	if !proper || first < 0 {
		return
	}
	// trim leading generic words ("the") off the span
	for first < h && s.toks[first].is(fDeterminer) {
		first++
	}
	last := after
	// "... hospital of cleveland": keep the place after "of"
	if o := s.nextWord(last, 0); o >= 0 && string(s.lowerTok(o)) == "of" {
		if p := s.nextWord(o, 0); p >= 0 && s.properWord(p) {
			last = p
		}
	}
	if typ == Location && first == h {
		return
	}
	s.add(first, last, typ, 0.9, "place/"+strings.ToLower(string(typ)))
}

// kindOfClinic: "our hand clinic", "the sleep center", "a TIA clinic", "the
// mini-stroke clinic", "the Neuro-Oncology Clinic": a kind of clinic after a
// determiner, not the name of one. In cased text the kind may have capitals
// when the head has them too or when it is an acronym of a condition.
// clinicalHeading: the words from the start of token h's line to h, one to
// four, are all of the clinical vocabulary and none a name or a town, and
// h heads a clinic or a service: "ADULT AORTIC CLINIC", "Movement
// Disorders Clinic" on a line of its own.
func (s *scanner) clinicalHeading(h int) bool {
	switch string(s.lowerTok(h)) {
	case "clinic", "clinics", "service", "unit", "programme", "program", "team":
	default:
		return false // ("National Hospital Abuja": a hospital named by an everyday word)
	}
	for k := h - 1; k >= 0 && h-k <= 4; k-- {
		t := &s.toks[k]
		if t.kind != tkWord || t.is(fNameAny|fCity|fCounty) && !t.is(fCommon) || !clinicalTerms()[string(s.lowerTok(k))] {
			return false
		}
		if k == 0 || t.has(shNewline) {
			return true
		}
	}
	return false
}

func (s *scanner) kindOfClinic(h int) bool {
	m := h - 1
	if m < 0 || s.toks[m].kind != tkWord || !s.adjacent(m, h) {
		return false
	}
	if s.clinicalHeading(h) {
		return true // "ADULT AORTIC CLINIC NOTE": a note's heading, clinical words from the line's start
	}
	if m == 0 {
		return false
	}
	t := &s.toks[m]
	switch {
	case specialtyWord(s.lowerTok(m)):
	case s.cased && t.has(shAllCaps) && t.is(fClinical) && !t.is(fCity|fState) && t.end-t.start <= 4:
		// a condition's acronym in mixed-case text: "TIA", "COPD" (a
		// hospital's code that is also shorthand goes too: "the GH clinic")
	case t.is(fCareKind):
		if s.cased && t.has(shCap) && !t.has(shAllCaps) && !s.toks[h].has(shCap) {
			return false // a capital on the kind alone names it
		}
	default:
		return false
	}
	for {
		// the other parts of a hyphenated kind: "mini-stroke", "neuro-oncology"
		for m >= 2 && s.isPunct(m-1, '-') && s.adjacent(m-2, m-1) && s.adjacent(m-1, m) && s.toks[m-2].kind == tkWord && !s.toks[m-2].is(fCity) {
			m -= 2
		}
		// more kinds before it: "the chest pain clinic"
		if k := m - 1; k > 0 && s.toks[k].kind == tkWord && s.toks[k].is(fCareKind) && !(s.cased && s.toks[k].has(shCap) && !s.toks[h].has(shCap)) {
			m = k
			continue
		}
		break
	}
	// up to two everyday words that are no names before the kind: "the
	// rapid access chest pain clinic", "our new memory clinic"
	for n := 0; n < 2 && m > 1; n++ {
		k := m - 1
		t := &s.toks[k]
		if t.kind != tkWord || !t.is(fCommon) || t.is(fNameAny|fCity) && !t.is(fGeneric) || t.is(fDeterminer|fStop|fFacility) || s.cased && t.has(shCap) {
			break
		}
		m = k
	}
	p := s.prevWord(m, 0)
	return p >= 0 && p == m-1 && s.toks[p].is(fDeterminer)
}

// specialtyWord: a branch of medicine ("cardiology", "neurooncology",
// "pediatric", "orthopedics"), named by its suffix.
func specialtyWord(w []byte) bool {
	for _, suf := range [...]string{"ology", "ologic", "iatric", "iatrics", "iatry", "pedic", "pedics", "paedic", "paedics"} {
		if len(w) >= len(suf)+2 && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// healthSystem: lower-case speech names a health system by one everyday
// word before "health", right after "at", "with", "to" or "from": "my pcp
// is at harbor health", "she's with lakeview health". A word that says
// what kind of health it is ("good", "mental", "public", "employee",
// "heart") names none.
func (s *scanner) healthSystem(m, h int) bool {
	if s.cased || string(s.lowerTok(h)) != "health" || !s.adjacent(m, h) {
		return false
	}
	p := s.prevWord(m, 0)
	if p < 0 || p != m-1 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "at", "with", "to", "from":
	default:
		return false
	}
	t := &s.toks[m]
	return t.end-t.start >= 3 && !t.is(fGeneric|fCareKind|fClinical|fRelation|fStop|fMeasure|fUnit|fCountry|fState) && !describing(s.lowerTok(m)) && !(s.misspelt(m) && !t.is(fCommon))
}

// rehabName returns the first token of the rehabilitation hospital's
// name that token m, before "rehab", ends, right after a preposition of
// place, or -1: a town, a name or no common word ("at riverside rehab",
// "to kindred rehab"), or two such words ("at gulf coast rehab"), not a
// kind of rehab ("at cardiac rehab", "to drug rehab", "at subacute rehab").
func (s *scanner) rehabName(m int) int {
	t := &s.toks[m]
	if t.kind != tkWord || t.hi-t.lo < 5 || t.is(fCareKind|fGeneric|fClinical|fStop|fUnit|fMeasure|fDeterminer|fLandmark) ||
		t.is(fCommon) && !t.is(fCity|fNameAny|fDirection) || clinicalTerms()[string(s.lowerTok(m))] {
		return -1 // ("northeast rehab": a region names one)
	}
	p := s.prevWord(m, 0)
	if p == m-1 && s.isFiller(p) {
		p = s.prevWord(p, 0) // "at uh northeast rehab"
		return oneIf(p == m-2 && s.namingPrep(p), m)
	}
	if p == m-1 && p > 0 && !s.namingPrep(p) && s.rehabWord(p) {
		q := s.prevWord(p, 0)
		return oneIf(q == p-1 && s.namingPrep(q), p)
	}
	return oneIf(p == m-1 && s.namingPrep(p), m)
}

// oneIf returns k when ok holds, else -1.
func oneIf(ok bool, k int) int {
	if ok {
		return k
	}
	return -1
}

// rehabWord: the word at token m may be part of a rehab's name: a town, a
// name, a direction or no common word, not a kind of care or a clinical
// word ("gulf coast rehab", not "inpatient rehab").
func (s *scanner) rehabWord(m int) bool {
	t := &s.toks[m]
	return t.kind == tkWord && t.hi-t.lo >= 4 && !t.is(fCareKind|fGeneric|fClinical|fStop|fUnit|fMeasure|fDeterminer|fLandmark|fNumWord|fOrdWord) &&
		!(t.is(fCommon) && !t.is(fCity|fNameAny|fDirection)) && !clinicalTerms()[string(s.lowerTok(m))]
}

// namedAfterPrep: lower-case speech names a facility with everyday words
// ("at good samaritan community hospital", "over to valley view urgent
// care"). Such a modifier counts when it follows a locative preposition
// directly (no "the": "at the same hospital" is not a name) and has at least
// two name-like words (a given name, surname or town, or no common word at
// all), so that "to long term care" and "at pain management clinic" stay.
func (s *scanner) namedAfterPrep(first, h int) bool {
	if !s.namingPrep(s.prevWord(first, 0)) {
		return false
	}
	named := 0
	for j := first; j < h; j++ {
		t := &s.toks[j]
		if t.kind != tkWord || t.is(fGeneric|fFacility) {
			continue
		}
		if t.is(fStop|fUnit|fMeasure|fNumWord|fOrdWord) || !t.is(fNameAny|fCity) && (t.is(fCommon) || t.hi-t.lo < 5) {
			return false // an English word, or a short one ("ob gyn")
		}
		named++
	}
	return named >= 2
}

// namedLandmark: lower-case speech names a school, a day care or a church
// with everyday words, right after a preposition of place: "goes to little
// sprouts daycare", "at first baptist church", "over at sunshine
// montessori preschool". One of the words must be more than a kind of the
// place ("at high school", "to baptist church", "at community college"),
// except an ordinal before a kind ("first methodist"); a determiner before
// the words ("at the little school") makes it a description. It returns
// the first token of the name, or -1.
func (s *scanner) namedLandmark(h int) int {
	switch string(s.lowerTok(h)) {
	case "school", "elementary", "daycare", "preschool", "kindergarten", "academy", "church", "chapel",
		"temple", "synagogue", "mosque", "cathedral", "college", "university", "cemetery",
		"baptist", "methodist", "lutheran", "episcopal", "congregational", "unitarian", "adventist", "nazarene", "pentecostal":
	default:
		return -1
	}
	return s.landmarkName(h, landmarkKind(s.lowerTok(h)))
}

// acronymNamed: tokens a, a+1 and head h are an acronym in capitals (three
// to five letters), a generic word in lower case ("med", "medical") and the
// head, right after a preposition that names a place.
func (s *scanner) acronymNamed(a, h int) bool {
	t, g := &s.toks[a], &s.toks[a+1]
	if a+1 != h-1 || t.kind != tkWord || !t.has(shAllCaps) || t.end-t.start < 3 || t.end-t.start > 5 || !(g.is(fGeneric) || string(s.lowerTok(a+1)) == "med") || g.has(shAllCaps) || !s.adjacent(a, a+1) || !s.adjacent(a+1, h) {
		return false
	}
	p := s.prevWord(a, 0)
	return p == a-1 && s.namingPrep(p)
}

// childCare: the words before "care" that make it a day-care centre.
func childCare(w []byte) bool {
	return string(w) == "day" || string(w) == "child"
}

// landmarkName returns the first token of the name before the head of a
// school, church or day care at token h, named after a preposition of
// place, or -1. faith: the head is a faith, which an ordinal may name
// ("first baptist").
func (s *scanner) landmarkName(h int, faith bool) int {
	first, named := -1, 0
	for j := h - 1; j >= 0 && h-j <= 3; j-- {
		t := &s.toks[j]
		if s.kindBefore(j) || t.kind != tkWord || t.is(fLocPrep|fDeterminer|fNumWord|fUnit|fMeasure|fClinical|fMonth|fWeekday|fHoliday|fRelation|fTitle|fCareUnit|fFacility) ||
			t.is(fCountry) && !(j == h-1 && denomination(s.lowerTok(j))) || s.verbIng(j) ||
			t.is(fStop) && !t.is(fOrdWord) || !s.adjacent(j, j+1) {
			break
		}
		first = j
		switch {
		case t.is(fOrdWord):
			if j+1 < h && landmarkKind(s.lowerTok(j+1)) || j+1 == h && faith {
				named++ // "first baptist church", "second baptist"
			}
		case !t.is(fGeneric|fCareKind|fLandmark) && !landmarkKind(s.lowerTok(j)):
			named++
		}
	}
	if first < 0 || named == 0 {
		return -1
	}
	p := s.prevWord(first, 0)
	if q := s.prevWord(first, 1); p < 0 && q >= 0 && q == first-2 && s.isPunct(first-1, ',') && s.kindBefore(q) {
		p = q // "my church, new hope baptist": the kind set off before the name
	}
	if p >= 0 && p == first-1 && string(s.lowerTok(p)) == "the" && (s.toks[first].is(fOrdWord) || named >= 2 && childPlace(s.lowerTok(h)) && !sizeWord(s.lowerTok(h-1))) {
		p = s.prevWord(p, 0) // "at the first baptist church", "go to the little sprouts daycare"
	}
	if p < first-2 || !s.namingPrep(p) && !s.kindBefore(p) && !(p >= 0 && childPlace(s.lowerTok(h)) && string(s.lowerTok(p)) == "for") {
		return -1 // (a form "for little sprouts daycare" names the day care)
	}
	return first
}

// bareNamedFacility returns the first token of a clinic or hospital that
// lower-case speech names by everyday words right after "at", "to" or
// "from", with no article ("at riverside family clinic", "to lakeview
// hospital"), or -1. Words that say which kind or how big ("the walk-in
// clinic", "at main hospital", "to a free clinic") name none, nor does a
// head that is weak on its own ("center", "health", "care").
func (s *scanner) bareNamedFacility(h int) int {
	if s.cased || s.notes {
		return -1
	}
	center := false
	switch string(s.lowerTok(h)) {
	case "clinic", "hospital", "infirmary", "hospice":
	case "practice":
		// "at green line family practice"; not "at hockey practice", "band
		// practice": a practice of medicine says which
		if h < 2 || string(s.lowerTok(h-1)) != "family" && !specialtyWord(s.lowerTok(h-1)) {
			return -1
		}
	case "health":
		// "riverside women's health"; not "at family health" (no name
		// before), "in good health"
		if h < 2 {
			return -1
		}
		switch string(s.lowerTok(h - 1)) {
		case "womens", "childrens", "mens", "behavioral", "family", "community":
		default:
			return -1
		}
	case "center", "centre":
		// "at the sycamore infusion center", "the juniper house birthing
		// center": a centre says which kind right before it, a place's name
		// before that ("the community center", "the senior center" name none)
		if h < 3 || !s.toks[h-1].is(fClinical|fCareKind) && !s.verbIng(h-1) && !centerKind(s.lowerTok(h-1)) {
			return -1
		}
		center = true
	case "pediatrics", "orthopedics", "orthopaedics", "cardiology", "dermatology", "neurology", "urology", "oncology", "gastroenterology", "pulmonology", "rheumatology", "audiology":
		// "at lakeview orthopedics", "from bayside cardiology": a practice
		// named by everyday words before its specialty
	default:
		return -1
	}
	first, named := -1, false
	for j := h - 1; j >= 0 && h-j <= 3; j-- {
		t := &s.toks[j]
		if t.kind != tkWord || !s.adjacent(j, j+1) {
			return -1
		}
		if t.is(fLocPrep) || j < h-1 && t.hi-t.lo == 3 && string(s.lowerTok(j)) == "the" {
			break // (the article is read after the loop)
		}
		// a body part right before the head says which clinic after a name
		// ("riverside heart clinic"), not on its own ("the heart clinic")
		organ := j == h-1 && (t.is(fClinical|fCareKind) && !t.is(fStop|fDeterminer|fNumWord) || center)
		if !organ && (t.is(fStop|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure|fClinical|fCareKind|fCareUnit|fRelation|fTitle|fMonth|fWeekday) || sizeWord(s.lowerTok(j)) || specialtyWord(s.lowerTok(j)) || s.verbIng(j) ||
			t.hi-t.lo < 3 || t.hi-t.lo == 3 && !t.is(fCity|fCounty)) { // a town's word of three letters: "bay ridge heart clinic"
			return -1
		}
		if !t.is(fGeneric) && !organ {
			named = true
		}
		first = j
	}
	if first < 1 || !named {
		return -1
	}
	if kind := &s.toks[h-1]; kind.is(fClinical|fCareKind) && !s.toks[first].is(fCity|fCounty|fPhrase|fNameAny) {
		return -1 // a kind of care after a place's name ("riverside heart clinic"), not a specialty's ("cardiothoracic surgery clinic")
	}
	if tradeKinds()[string(s.lowerTok(first))] {
		return -1 // "the town senior center", "at main hospital": which one of its kind
	}
	p := first - 1
	if w := string(s.lowerTok(p)); w == "the" && h-first >= 2 && p >= 1 && (s.toks[first].is(fCity|fCounty|fPhrase) || h-first >= 3 && s.toks[first].is(fNameAny)) {
		// "at the riverside heart clinic": after an article, a name of two
		// words or more whose first names a place (not "the eye clinic")
		p--
	}
	switch string(s.lowerTok(p)) {
	case "at", "to", "from", "calling", "called":
		return first // "thanks for calling cedar valley pharmacy", "i called lakeside cardiology"
	}
	return -1
}

// centerKind: w says which kind of centre a centre is, right before
// "center" ("senior", "infusion", "cancer").
func centerKind(w []byte) bool {
	switch string(w) {
	case "senior", "infusion", "cancer", "dialysis", "wellness", "surgery", "surgical", "rehab", "rehabilitation", "recovery",
		"treatment", "medical", "womens", "childrens", "imaging", "heart", "eye", "skin", "sleep", "pain", "wound", "health", "care",
		"endoscopy", "fertility", "breast", "spine", "vascular", "digestive", "kidney", "diabetes", "hearing", "vein", "birth", "birthing":
		return true
	}
	return false
}

// careAndRehab returns the first token of a care home named "X nursing
// and rehab" (or "health and rehabilitation") whose head is token h, said
// where someone is or goes ("at the willows nursing and rehab", "to cedar
// ridge health and rehabilitation"), or -1: one to three words before the
// kinds of care, no function, number, kin or clinical word among them.
func (s *scanner) careAndRehab(h int) int {
	if s.cased || h < 4 {
		return -1
	}
	switch string(s.lowerTok(h)) {
	case "rehab", "rehabilitation":
	default:
		return -1
	}
	and, kind := h-1, h-2
	if string(s.lowerTok(and)) != "and" || !s.adjacent(kind, and) || !s.adjacent(and, h) {
		return -1
	}
	switch string(s.lowerTok(kind)) {
	case "nursing", "health", "healthcare", "care", "wellness":
	default:
		return -1
	}
	first := -1
	for j := kind - 1; j >= 0 && kind-j <= 3; j-- {
		t := &s.toks[j]
		if t.kind != tkWord || !s.adjacent(j, j+1) {
			break
		}
		w := s.lowerTok(j)
		if string(w) == "the" || t.is(fLocPrep) {
			break
		}
		if t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fUnit|fMeasure|fClinical|fCareKind|fRelation|fTitle|fState|fCountry) || sizeWord(w) || tradeKinds()[string(w)] || t.hi-t.lo < 3 {
			return -1
		}
		first = j
	}
	if first < 1 {
		return -1
	}
	p := first - 1
	if string(s.lowerTok(p)) == "the" && p >= 1 {
		p--
	}
	if s.namingPrep(p) && s.adjacent(p, p+1) {
		return first
	}
	return -1
}

// townEnd returns the last token of the town whose first word, on the
// list of towns, is token i: the next word when lower-case speech goes on
// with the last word of a town's name and then pauses ("twelve birch lane
// in maple grove, five five …", "we moved to cedar falls last year"), else
// i.
func (s *scanner) townEnd(i int) int {
	m := i + 1
	if s.cased || m >= len(s.toks) || s.toks[m].kind != tkWord || !s.adjacent(i, m) || !townSuffix(s.lowerTok(m)) || s.covered(m, "") {
		return i
	}
	if s.clauseEndsAfter(m) || s.toks[m+1].is(fLocPrep|fDatePrep) || townAfterWord(s.lowerTok(m+1)) {
		return m
	}
	return i
}

// passingPrep: a preposition of passing by a place, which is no
// preposition of place on the lexicon's list ("by", "through", "past").
func passingPrep(w []byte) bool {
	return string(w) == "by" || string(w) == "through" || string(w) == "past"
}

// livedInState: w names a state of mind or of life people live in, also
// a town's name ("we live in hope", "lived in peace").
func livedInState(w []byte) bool {
	switch string(w) {
	case "hope", "faith", "grace", "peace", "harmony", "comfort", "fear", "denial", "luxury", "misery", "poverty", "sin":
		return true
	}
	return false
}

// verbIng: token j is an everyday verb's -ing form that no name or town
// list holds ("from leaving school at 16", "since starting school").
func (s *scanner) verbIng(j int) bool {
	t := &s.toks[j]
	w := s.lowerTok(j)
	return len(w) >= 6 && string(w[len(w)-3:]) == "ing" && t.is(fCommon) && !t.is(fNameAny|fCity)
}

// kindBefore: token p is the kind of a place said of someone before its
// name ("my church new hope baptist", "her school, lincoln elementary").
func (s *scanner) kindBefore(p int) bool {
	if p < 1 || s.toks[p].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "church", "parish", "congregation", "school", "daycare", "preschool":
	default:
		return false
	}
	q := s.prevWord(p, 0)
	return q == p-1 && (possessive(s.lowerTok(q)) || s.toks[q].has(shPoss) && s.toks[q].is(fRelation)) // "my kid's school lincoln elementary"
}

// denomination: w is a faith's branch said between a church's name and its
// head ("saint casimir catholic church"), which names none on its own.
func denomination(w []byte) bool {
	switch string(w) {
	case "catholic", "orthodox", "christian", "evangelical", "anglican", "apostolic", "reformed", "coptic", "maronite", "missionary", "bible":
		return true
	}
	return false
}

// childPlace: a place for young children, whose names are everyday words
// ("little sprouts", "happy days"): two of them before it name one even
// after "the".
func childPlace(w []byte) bool {
	switch string(w) {
	case "daycare", "preschool", "kindergarten", "nursery", "montessori":
		return true
	}
	return false
}

// sizeWord: an adjective of size or liking said right before a kind of
// place, which describes it ("the nice little daycare", "a cute small
// preschool") rather than names it.
func sizeWord(w []byte) bool {
	switch string(w) {
	case "little", "small", "tiny", "big", "large", "cute", "nice", "lovely", "good", "great", "cheap", "expensive":
		return true
	}
	return false
}

// schoolByKind: a school called by its name and "high" or "middle" alone,
// the way people say it, right after a preposition of place: "teaches at
// westfield high", "went to Kennedy Middle"; a state university by its
// town and "state" ("she's at bridgewater state"). The name is a town, a
// name-list word or no word at all (capitalised, with the kind, in cased
// text), so "at medium high" stays; never in notes ("WBC high").
func (s *scanner) schoolByKind(h int) bool {
	w := string(s.lowerTok(h))
	if w != "high" && w != "middle" && w != "state" {
		return false
	}
	j := h - 1
	if j < 1 || !s.adjacent(j, h) || s.toks[j].kind != tkWord {
		return false
	}
	t := &s.toks[j]
	if t.is(fStop | fDeterminer | fTitle | fRelation | fMonth | fWeekday | fClinical | fUnit | fMeasure | fCountry | fState) {
		return false
	}
	if s.cased && !(t.has(shCap) && s.toks[h].has(shCap)) {
		return false
	}
	// in cased text the two capitals name it ("Hillside Middle"); in lower
	// case a town, a name, no word at all, or a point of the compass ("at
	// central high", "west middle")
	if !s.cased && !(t.is(fCity|fNameAny) && (!t.is(fCommon) || t.is(fFirstTop|fLastTop)) || t.f&^(fRare|fPhrase) == 0 && t.end-t.start >= 3 ||
		t.is(fDirection) || string(s.lowerTok(j)) == "central") {
		return false
	}
	if w == "state" && (!t.is(fCity|fNameAny) || t.is(fCommon|fDirection) || string(s.lowerTok(j-1)) == "new") {
		return false // a state university by its town: "at bridgewater state", not "new york state"
	}
	if n := s.nextWord(h, 0); n == h+1 && s.toks[n].is(fLandmark|fFacHead) {
		return false // "westfield high school": the head's own reading
	}
	p := s.prevWord(j, 0)
	return p == j-1 && s.namingPrep(p)
}

// namingPrep: token p (-1 for none) is a preposition of place that a
// place's name may follow ("at", "to", "from"), not "of", "via" or
// "across", which follow a description as often.
func (s *scanner) namingPrep(p int) bool {
	if p < 0 {
		return false
	}
	if !s.toks[p].is(fLocPrep) {
		// "thanks for calling cedar valley pharmacy", "i called lakeside
		// cardiology": a practice telephoned is named
		w := string(s.lowerTok(p))
		return !s.notes && (w == "calling" || w == "called")
	}
	switch string(s.lowerTok(p)) {
	case "of", "via", "across":
		return false
	}
	return true
}

// specialty: a medical specialty that heads the name of a practice in
// speech ("riverside family medicine", "maple street pediatrics").
func specialty(w []byte) bool {
	if len(w) < 6 || !specialtyEnd(w[len(w)-2], w[len(w)-1]) {
		return false // the last two letters first: a test most words fail at once
	}
	switch string(w) {
	case "medicine", "pediatrics", "dermatology", "cardiology", "orthopedics", "orthopaedics", "podiatry",
		"dentistry", "dental", "chiropractic", "optometry", "urology", "oncology", "neurology", "gynecology",
		"psychiatry", "rheumatology", "audiology", "endocrinology", "nephrology", "pulmonology",
		"ophthalmology", "gastroenterology", "physiotherapy", "pulmonary", "radiology", "hematology", "obstetrics", "allergy",
		"dialysis", "diagnostics", "imaging":
		return true
	}
	return false
}

// specialtyEnd: a and b end one of the specialties.
func specialtyEnd(a, b byte) bool {
	switch uint16(a)<<8 | uint16(b) {
	case 'g'<<8 | 'y', 'c'<<8 | 's', 'r'<<8 | 'y', 'n'<<8 | 'e', 'a'<<8 | 'l', 'i'<<8 | 'c', 'p'<<8 | 'y', 'i'<<8 | 's', 'n'<<8 | 'g':
		return true
	}
	return false
}

// practiceName returns the first word of a practice named by everyday
// words before its specialty, after a preposition of place ("over at
// riverside family medicine", "to bayside pediatrics"), or -1. A kind or
// a clinical word before the specialty says which medicine, not whose
// practice: "to pediatric cardiology", "in sports medicine", "at the
// family medicine clinic".
func (s *scanner) practiceName(h int) int {
	head := h
	if string(s.lowerTok(h)) == "medicine" {
		p := h - 1
		if p < 0 || !s.adjacent(p, h) {
			return -1
		}
		switch string(s.lowerTok(p)) {
		case "family", "internal":
			head = p
		default:
			return -1
		}
	}
	if n := h + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fFacHead|fFacility) {
		return -1 // "the bayside cardiology clinic": the facility's own head names it
	}
	first := s.landmarkName(head, false)
	if first < 0 {
		return -1
	}
	for k := first; k < head; k++ {
		w := s.lowerTok(k)
		if specialty(w) || s.toks[k].is(fCareKind) || s.toks[k].is(fGeneric) && (k == first || s.toks[first].is(fGeneric)) {
			return -1 // a generic word names a practice only after a name ("bayou city orthopedics", not "city orthopedics")
		}
		// a clinical word or an adjective names a branch of the specialty
		// ("interventional", "geriatric", "nuclear"), unless a town or a
		// name has it too ("north shore", "maple street")
		if !s.toks[k].is(fNameAny|fCity|fStreet) && (clinicalTerms()[string(w)] || adjectiveEnding(w)) {
			return -1
		}
	}
	return first
}

// adjectiveEnding: w ends as English adjectives do (-al, -ic, -ive, -ary,
// -ar, -ous).
func adjectiveEnding(w []byte) bool {
	for _, e := range [...]string{"al", "ic", "ive", "ary", "ar", "ous"} {
		if len(w) > len(e)+2 && string(w[len(w)-len(e):]) == e {
			return true
		}
	}
	return false
}

// landmarkKind: a word that says what kind of school or church a place is,
// not which one: "high school", "catholic church", "community college".
func landmarkKind(w []byte) bool {
	switch string(w) {
	case "high", "middle", "elementary", "grade", "primary", "secondary", "junior", "senior", "night", "summer",
		"bible", "medical", "law", "nursing", "dental", "grad", "graduate", "boarding", "public", "private",
		"charter", "parochial", "magnet", "christian", "baptist", "methodist", "lutheran", "episcopal",
		"presbyterian", "pentecostal", "evangelical", "orthodox", "jewish", "hebrew", "islamic", "trade",
		"vocational", "technical", "tech", "community", "art", "arts", "beauty", "dance", "driving", "flight",
		"language", "cooking", "culinary", "business", "music", "drama", "ballet", "cosmetology", "barber",
		"home", "family", "day", "adult", "local", "regular", "special", "state", "city", "county", "new", "old", "big",
		"small", "main", "same", "other", "different", "next", "whole", "nursery", "infant", "toddler",
		"preschool", "kindergarten", "montessori", "elementary's", "online", "virtual", "sunday", "catholic",
		"congregational", "unitarian", "adventist", "nazarene":
		return true
	}
	return false
}

// county: "cuyahoga county", "Orange County".
func (s *scanner) county(i int) {
	j := i - 1
	for j >= 0 && i-j <= 3 && s.toks[j].kind == tkWord && (s.toks[j].is(fCounty) || s.properWord(j)) && !s.toks[j].is(fLocPrep|fDeterminer) {
		j--
	}
	if j < i-1 {
		s.add(j+1, i, County, 0.88, "place/county")
	}
}

// siteNoun: a word for one of several sites of a practice or a business,
// after the name of its town ("the waltham office", "the newton campus").
func siteNoun(w []byte) bool {
	switch string(w) {
	case "office", "campus", "location", "branch", "site", "satellite", "annex":
		return true
	}
	return false
}

// cityArea: a word said of the area of a city before its name ("greater
// boston", "downtown worcester", "metro atlanta").
func cityArea(w []byte) bool {
	switch string(w) {
	case "greater", "metro", "metropolitan", "downtown", "uptown", "suburban", "central", "inner", "outer", "rural":
		return true
	}
	return false
}

// credentialAfterName: the state at token n after the word at token i is
// a clinician's degree after their name ("Marguerite Wood, MD", "S. Kim,
// MD", "Landry, Celeste, PA"): Maryland and Pennsylvania write as MD and PA,
// but a town takes no given name or initial before it, and no postcode
// follows the degree.
func (s *scanner) credentialAfterName(i, n int) bool {
	if s.toks[n].end-s.toks[n].start != 2 || !s.toks[n].has(shAllCaps) || !s.isPunct(i+1, ',') {
		return false
	}
	if !stateDegree(s.lowerTok(n)) {
		return false
	}
	if z := n + 1; z < len(s.toks) && s.toks[z].kind == tkNum && s.toks[z].end-s.toks[z].start == 5 {
		return false // "Bethesda, MD 20814"
	}
	if s.toks[i].is(fFirst) && s.isPunct(i-1, ',') && i >= 2 && s.toks[i-2].kind == tkWord && s.toks[i-2].has(shCap) && !s.toks[i-2].is(fCity|fStop) {
		return true // "Landry, Celeste, MD": a surname, a comma, the given name
	}
	p, double := i-1, false
	if p >= 1 && s.isPunct(p, '-') && s.toks[p].start == s.toks[p-1].end && s.toks[p].end == s.toks[i].start && s.toks[p-1].kind == tkWord && s.toks[p-1].has(shCap) {
		i, p, double = p-1, p-2, true // "Dana Kaplan-Brooks, MD": a double surname (a given name that is a town's too before it)
	}
	if p >= 0 && s.isPunct(p, '.') {
		p-- // "S. Kim"
	}
	if p < 0 || s.toks[p].kind != tkWord || !s.toks[p].has(shCap) || s.toks[i].has(shNewline) {
		return false
	}
	return s.toks[p].end-s.toks[p].start == 1 || s.toks[p].is(fFirst) && !s.toks[p].is(fLocPrep|fStop) && (double || !s.toks[p].is(fCity)) // "S. Kim, MD", "Marguerite Wood, MD"
}

// stateDegree: a clinician's degree written as a state's code is ("MD",
// "PA").
func stateDegree(w []byte) bool {
	return len(w) == 2 && (w[0] == 'm' && w[1] == 'd' || w[0] == 'p' && w[1] == 'a')
}

// city: a one-word city with something that says it is a place here.
func (s *scanner) city(i int) {
	t := &s.toks[i]
	if t.is(fStop|fMonth|fWeekday|fHoliday|fUnit|fEponym|fTitle|fRelation|fState|fCountry) || t.end-t.start < 3 || s.eponymHere(i) || s.eponymListed(i) || s.isStateAt(i) {
		return // "Christmas" is a holiday (a date's, read as one), not the town in Florida
	}
	if s.shorthand(i) && !s.toks[i].is(fFirstTop|fLastTop) || s.notes && t.is(fClinical) {
		return // "Aline", "Nitro": clinical shorthand
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fEpoHead) && s.adjacent(i, n) {
		return // "Epsom salt", "Lyme disease": a town names the thing
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(i, n) && siteNoun(s.lowerTok(n)) && !t.is(fCommon) && (!s.cased || t.has(shCap)) {
		s.add(i, i, City, 0.75, "place/city") // "at the waltham office": a practice's site by its town
		return
	}
	capMid := s.cased && t.has(shCap) && !t.has(shSentStart) && !t.has(shAllCaps)
	if s.cased && !t.has(shCap) {
		return // in cased text a city is written with a capital
	}
	if n := i + 1; n < len(s.toks) && s.adjacent(i, n) && s.pairType(i, n) == "STATE" {
		return // "North Carolina": the first word of a state
	}
	// followed by a state: "dayton ohio", "Springfield, IL" (but "West
	// Virginia" is a state)
	if n := s.nextWord(i, 1); n >= 0 && s.isStateAt(n) && s.pairType(i, n) != "STATE" &&
		(n == i+1 && s.toks[n].end-s.toks[n].start > 2 || s.isPunct(i+1, ',')) &&
		!(t.is(fCommon) && t.has(shSentStart)) && // "Fine, OK.": a reply, not a town
		!s.credentialAfterName(i, n) {
		s.add(i, i, City, 0.9, "place/city-state")
		return
	}
	p := s.prevWord(i, 0)
	locPrep := p >= 0 && (s.toks[p].is(fLocPrep) || !s.cased && !t.is(fCommon) && s.passedBy(p))
	if !locPrep && p >= 0 && s.toks[p].kind == tkWord && (!s.toks[p].is(fStop|fDeterminer|fCommon) || cityArea(s.lowerTok(p))) {
		// "at umass amherst": a name between the preposition and the city;
		// "moved to greater boston", "in downtown worcester": the area around it
		pp := s.prevWord(p, 0)
		locPrep = pp >= 0 && s.toks[pp].is(fLocPrep)
	}
	switch {
	case t.is(fCommon):
		// a town that is also a word: with a capital after a preposition
		// ("in Phoenix"), or in lower case where someone lives or comes
		// from ("we live in phoenix", "moved to buffalo", "grew up in reading")
		if locPrep && (capMid || !s.cased && s.livedIn(p) && !livedInState(s.lowerTok(i))) {
			s.add(i, s.townEnd(i), City, 0.7, "place/city")
		}
	case (locPrep || capMid) && !s.countrySaid(i): // "still in jordan": the country
		s.add(i, s.townEnd(i), City, 0.8, "place/city")
	case !t.is(fNonPHI) && !t.is(fNameAny):
		s.add(i, i, City, 0.6, "place/city")
	}
}

// passedBy: token p is "past", "through", "by" or "beyond" said of a
// place on the way ("out past hollister", "just past fresno", "drove
// through fresno", "out by the lake"), not of a time or an agent ("past
// tuesday", "seen by jackson"): right after "out", "just", "right",
// "way", "up", "down" or a verb of going.
func (s *scanner) passedBy(p int) bool {
	switch string(s.lowerTok(p)) {
	case "past", "through", "thru", "by", "beyond":
	default:
		return false
	}
	q := p - 1
	if q < 0 || s.toks[q].kind != tkWord || !s.adjacent(q, p) {
		return false
	}
	switch w := s.lowerTok(q); string(w) {
	case "out", "just", "right", "way", "up", "down":
		return true
	default:
		return s.toks[q].is(fMoveVerb) || takeVerb(w) || goVerb(w)
	}
}

// livedIn: the preposition at token p follows a word of living, moving or
// coming from ("live in", "moved to", "grew up in", "originally from").
func (s *scanner) livedIn(p int) bool {
	switch string(s.lowerTok(p)) {
	case "in", "to", "from": // not "lives at home"
	default:
		return false
	}
	v := s.prevWord(p, 0)
	if v >= 0 && s.awayIn(v, p) {
		return true
	}
	if v >= 0 && v == p-1 && string(s.lowerTok(v)) == "up" {
		v = s.prevWord(v, 0) // "grew up in"
	}
	if v < 0 || v < p-2 {
		return false
	}
	if v == p-1 && v >= 2 && string(s.lowerTok(v-1)) == "with" {
		switch string(s.lowerTok(v)) {
		case "me", "us", "him", "her", "them":
			v -= 2 // "he lives with me in sunset park"
		}
	}
	switch string(s.lowerTok(v)) {
	case "live", "lives", "lived", "living", "moved", "move", "moving", "grew", "raised", "born", "originally", "relocated":
		return true
	}
	return false
}

// awayIn: "out", "down", "over" or "up" at token v before "in" (token p)
// after a form of "be": where someone is, away ("my brother's out in
// phoenix", "she's down in mobile now", "they were up in bath"); not "out
// in the rain" (no town follows an article).
func (s *scanner) awayIn(v, p int) bool {
	if v != p-1 || string(s.lowerTok(p)) != "in" {
		return false
	}
	switch string(s.lowerTok(v)) {
	case "out", "down", "over", "up":
	default:
		return false
	}
	b := s.prevWord(v, 0)
	if b < 0 || b != v-1 {
		return false
	}
	if s.toks[b].has(shPoss) {
		return true // "brother's", "she's"
	}
	switch string(s.lowerTok(b)) {
	case "is", "was", "are", "were", "been", "be", "im", "hes", "shes", "theyre", "were's", "stays", "stayed", "staying":
		return true
	}
	return false
}

// isState: a state name, or a two-letter capitalised postal code.
func (s *scanner) isState(i int) bool {
	t := &s.toks[i]
	if !t.is(fState) || t.kind != tkWord {
		return false
	}
	if t.end-t.start == 2 {
		return t.has(shAllCaps)
	}
	return true
}

// detectPhrases looks up multi-word dictionary entries (cities, counties,
// hospitals) starting at each token flagged as a phrase start, longest
// first. Punctuation inside a name (". - &") is skipped: "St. Mary's".
func (s *scanner) detectPhrases() {
	toks := s.toks
	var idx [10]int
	var cut [10]int
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tkWord || !toks[i].is(fPhrase) {
			continue
		}
		s.buf = s.buf[:0]
		n := 0
		for k := i; k < len(toks) && n < s.lex.maxPhr && n < len(idx); k++ {
			t := &toks[k]
			if t.kind == tkPunct {
				c := s.text[t.start]
				if c == '.' || c == '-' || c == '&' {
					continue
				}
				break
			}
			if n == 1 && !s.lex.pairMaybe(s.lowerTok(idx[0]), s.lowerTok(k)) {
				break // no phrase starts with these two words
			}
			if n > 0 {
				s.buf = append(s.buf, ' ')
			}
			s.buf = append(s.buf, s.lowerTok(k)...)
			idx[n], cut[n] = k, len(s.buf)
			n++
			if n >= 2 {
				if !s.lex.prefix(s.buf) {
					if _, ok := s.lex.phrase(s.buf); !ok {
						n--
						break
					}
				}
			}
		}
		for m := n; m >= 2; m-- {
			typ, ok := s.lex.phrase(s.buf[:cut[m-1]])
			if !ok || typ == "STATE" {
				continue
			}
			j := idx[m-1]
			if typ == facilityShort {
				// a hospital's name without its head ("at beth israel
				// deaconess") only where a place is named
				if !s.placeBefore(i) || s.cased && !s.toks[i].has(shCap) {
					continue
				}
				typ = Facility
			} else if !s.phraseOK(i, j, typ) {
				continue
			}
			s.add(i, j, typ, 0.88, "dict/phrase")
			i = j
			break
		}
	}
}

// facilityShort is the phrase type lexgen gives a hospital's name without
// its heads.
const facilityShort Type = lextab.FacilityShort

// placeBefore: a preposition that names a place stands before token i,
// "the" between them allowed ("at the brigham", "from cedars sinai").
func (s *scanner) placeBefore(i int) bool {
	p := s.prevWord(i, 0)
	if p >= 0 && p == i-1 && string(s.lowerTok(p)) == "the" {
		p = s.prevWord(p, 0)
	}
	return p >= 0 && p >= i-2 && s.namingPrep(p)
}

// phraseOK rejects phrases made only of common words unless the text
// capitalises them ("Mount Pleasant" yes, "mount pleasant" only after a
// place preposition).
func (s *scanner) phraseOK(i, j int, typ Type) bool {
	if n := j + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fEpoHead) && s.adjacent(j, n) {
		return false // "St John's wort", "Rocky Mountain spotted …": a place's name before a clinical head names the herb or disease
	}
	allNumbers := true
	for k := i; k <= j; k++ {
		if t := &s.toks[k]; t.kind == tkWord && !t.is(fNumWord) {
			allNumbers = false
		}
	}
	if allNumbers && !s.cased {
		return false // "at ninety six percent": numbers, not the town
	}
	letters := true
	for k := i; k <= j; k++ {
		if t := &s.toks[k]; t.kind == tkWord && t.end-t.start > 1 {
			letters = false
		}
	}
	if letters && s.spelledAround(i, j) {
		return false // "is it B H P?": letters said one by one, not "H P"
	}
	allCommon := true
	for k := i; k <= j; k++ {
		t := &s.toks[k]
		if t.kind == tkWord && !t.is(fCommon|fStop|fNumWord) {
			allCommon = false
		}
	}
	if !allCommon {
		return true
	}
	if s.cased {
		return s.toks[i].has(shCap) && s.toks[j].has(shCap)
	}
	p := s.prevWord(i, 0)
	return typ == Facility || p >= 0 && s.toks[p].is(fLocPrep)
}

// spelledAround: single letters tokens i to j are part of letters said
// one by one: another single letter stands right before or after them.
func (s *scanner) spelledAround(i, j int) bool {
	for _, k := range [2]int{s.prevWord(i, 0), s.nextWord(j, 0)} {
		if k >= 0 && s.toks[k].kind == tkWord && s.toks[k].end-s.toks[k].start == 1 && (k == i-1 || k == j+1 || s.isPunct(k+1, ',') || s.isPunct(k-1, ',')) {
			return true
		}
	}
	return false
}

// livesAt: the house number at token i follows "live(s) at" or "address
// is": then a street named by everyday words is one ("i live at forty two
// wallaby way").
func (s *scanner) livesAt(i int) bool {
	p := s.prevWord(i, 0)
	if p < 1 || p != i-1 {
		return false
	}
	if s.houseNumberWord(i) {
		p = s.prevWord(p, 0) // "i live at number fourteen"
		if p < 1 {
			return false
		}
	}
	v := s.prevWord(p, 0)
	if v < 0 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "at":
		switch string(s.lowerTok(v)) {
		case "live", "lives", "living", "lived", "stay", "stays", "staying":
			return true
		}
	case "is":
		return string(s.lowerTok(v)) == "address"
	case "still", "now":
		// "is your address still …", "the address is now …"
		return string(s.lowerTok(v)) == "address" || string(s.lowerTok(v)) == "is" && v > 0 && string(s.lowerTok(v-1)) == "address"
	}
	return false
}

// directionEnds: in lower-case speech the direction at token d ends an
// address ("lake city way northeast", "elm street north, apartment two"),
// what is said ending or pausing after it, or a unit following; not "main
// street north of the river".
func (s *scanner) directionEnds(d int) bool {
	if s.utteranceEnds(d) || s.turnEndsAfter(d) || s.isPunct(d+1, ',') {
		return true
	}
	n := d + 1
	return n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fUnitSuffix)
}

// houseNumberWord: the word "number" stands right before the house number
// at token i ("at number fourteen, larch close").
func (s *scanner) houseNumberWord(i int) bool {
	p := i - 1
	return p >= 0 && s.toks[p].kind == tkWord && string(s.lowerTok(p)) == "number" && s.adjacent(p, i)
}

// unitBefore returns the first token of a flat or an apartment told before
// the address that starts at token i, a comma between ("flat two, eleven
// station road", "Apt 4B, 22 Elm St"), or i.
func (s *scanner) unitBefore(i int) int {
	k := i - 2
	if k < 1 || !s.isPunct(i-1, ',') {
		return i
	}
	j := k
	switch t := &s.toks[k]; {
	case (t.kind == tkNum || t.kind == tkAlnum) && t.end-t.start <= 5:
	case t.kind == tkWord && t.is(fNumWord) && t.val >= 0:
		for j > 0 && k-j < 2 && s.toks[j-1].kind == tkWord && s.toks[j-1].is(fNumWord) && s.toks[j-1].val >= 0 && s.adjacent(j-1, j) {
			j--
		}
	case t.kind == tkWord && t.end-t.start == 1 && !t.is(fStop|fDeterminer):
		// "flat b": a letter
	default:
		return i
	}
	u := j - 1
	if u < 0 || s.toks[u].kind != tkWord || !s.adjacent(u, j) {
		return i
	}
	if unitWord(s.lowerTok(u)) {
		return u
	}
	return i
}

// unitWord: w names the part of a building an address goes to, before
// its number ("Flat 2", "Suite 300", "Level 9", "Shop 3", "Room 1203",
// "Building C").
func unitWord(w []byte) bool {
	switch string(w) {
	case "flat", "apt", "apartment", "suite", "ste", "unit", "level", "shop", "room", "rm", "building", "bldg", "floor", "fl", "lot", "office", "block":
		return true
	}
	return false
}

// weakStreet: written without capitals, a street suffix that is also an
// everyday word ("run", "way", "av") after everyday words only ("1 brief
// run", "3 beat run", "1 degree av block") makes no street.
func (s *scanner) weakStreet(first, suffix int) bool {
	// in notes CT, ST, SQ and DR are a scan, a segment, a route and a
	// doctor far more often than a street: not after a clinical word
	// ("25 stable CT", "1400 anterior CT", "V1-5 WO ACUTE ST")
	if s.notes && noteShorthandSuffix(s.lowerTok(suffix)) {
		for k := first; k < suffix; k++ {
			if t := &s.toks[k]; t.kind == tkWord && !t.is(fNameAny|fCity) && (clinicalTerms()[string(s.lowerTok(k))] || t.is(fClinical) && t.end-t.start >= 4) {
				return true
			}
		}
	}
	if s.cased && s.toks[first].has(shCap) || strongStreet(s.lowerTok(suffix)) {
		return false
	}
	switch string(s.lowerTok(suffix)) {
	case "run", "av", "way", "path", "walk", "loop", "row", "bend", "close", "landing", "crossing", "plaza", "gardens", "parade", "rise":
	default:
		return false
	}
	for k := first; k < suffix; k++ {
		t := &s.toks[k]
		if t.kind == tkWord && (t.is(fNameAny|fCity) && !t.is(fCommon) || !t.is(fCommon|fNonPHI|fClinical)) {
			return false // a name or a word no list knows: "12 kettering run"
		}
	}
	if n := suffix + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(suffix, n) {
		if t := &s.toks[n]; t.is(fCity) && !t.is(fCommon|fStop) || t.f&^fRare == 0 && t.hi-t.lo >= 4 && !s.misspelt(n) {
			return false // the town after it: "fourteen larkspur close harrogate", "nineteen sycamore rise didsbury"
		}
	}
	return true
}

// streetNamedSites finds a site named by the street it is on and its kind
// ("the cedar court apartments", "the elm street lab", "our fairmont
// avenue office", "evergreen terrace assisted living"): a street's words,
// then a kind of building or site.
func (s *scanner) streetNamedSites() {
	toks := s.toks
	for st := 1; st+1 < len(toks); st++ {
		t := &toks[st]
		if t.kind != tkWord || !t.is(fStreet) || t.is(fStop|fDeterminer) || !s.adjacent(st-1, st) || !s.adjacent(st, st+1) || !siteStreet(s.lowerTok(st)) {
			continue
		}
		w := &toks[st-1]
		if w.kind != tkWord || w.hi-w.lo < 3 || w.is(fStop|fDeterminer|fUnit|fMeasure|fMonth|fWeekday|fRelation|fTitle|fStreet|fClinical|fCareKind) ||
			tradeKinds()[string(s.lowerTok(st-1))] && string(s.lowerTok(st-1)) != "church" || venueKinds()[string(s.lowerTok(st-1))] ||
			s.covered(st-1, "") && !s.covered(st-1, Address) && !s.covered(st-1, City) {
			continue // "the food court pharmacy", "the tennis court building" name no street
		}
		e := s.siteKindAt(st + 1)
		if e < 0 || s.covered(e, "") {
			continue
		}
		s.add(st-1, e, Location, 0.8, "place/street-site")
		st = e
	}
}

// siteStreet: the suffixes of a street's name that a site may be named by
// ("street", "court", "avenue"; not "way", "place", "walk").
func siteStreet(w []byte) bool {
	switch string(w) {
	case "street", "avenue", "road", "lane", "boulevard", "court", "terrace", "drive", "parkway", "pike", "crescent":
		return true
	}
	return false
}

// siteKindAt returns the last token of a kind of building or site starting
// at token k ("apartments", "lab", "office", "assisted living"), or -1.
func (s *scanner) siteKindAt(k int) int {
	if k >= len(s.toks) || s.toks[k].kind != tkWord {
		return -1
	}
	switch string(s.lowerTok(k)) {
	case "apartments", "apts", "plaza", "lab", "labs", "office", "offices", "clinic", "campus", "building", "towers", "tower", "condos", "complex",
		"center", "centre", "manor", "commons", "pharmacy", "location", "branch", "medical", "pediatrics", "elementary", "school", "station", "shelter", "townhomes", "residences":
		return k
	case "assisted":
		if n := k + 1; n < len(s.toks) && s.adjacent(k, n) && string(s.lowerTok(n)) == "living" {
			return n
		}
	}
	return -1
}

// hospitalLead: a word before a hospital's short name: a preposition of
// going or being there, or a pause.
func hospitalLead(w []byte) bool {
	switch string(w) {
	case "at", "to", "from", "um", "uh":
		return true
	}
	return false
}

// timeAfterPlace: a word that opens when something happened right after
// where ("at valley regional last year", "yesterday").
func timeAfterPlace(w []byte) bool {
	switch string(w) {
	case "last", "this", "yesterday", "today", "tonight", "back", "once", "twice":
		return true
	}
	return false
}

// shortNamedHospitals finds a hospital that speech names by its own words
// and "regional", "general" or "memorial" alone ("a stent at valley
// regional", "take her to riverside general", "um, riverside general i
// think"), after "at", "to", "from" or where what is said opens, and where
// its name ends ("at the regional level", "general practice", "the
// memorial service" are none).
func (s *scanner) shortNamedHospitals() {
	toks := s.toks
	for h := 2; h < len(toks); h++ {
		t := &toks[h]
		if t.f&fGeneric == 0 || t.hi-t.lo != 7 && t.hi-t.lo != 8 || t.kind != tkWord {
			continue // "general", "regional", "memorial": generic words, by their length first
		}
		switch string(s.lowerTok(h)) {
		case "regional", "general", "memorial":
		default:
			continue
		}
		w := h - 1
		u := &toks[w]
		if u.kind != tkWord || !s.adjacent(w, h) || u.hi-u.lo < 4 || s.covered(w, "") && !s.covered(w, City) ||
			u.is(fStop|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure|fCareKind|fCareUnit|fRelation|fTitle|fMonth|fWeekday|fGeneric|fShortHead|fFacHead) ||
			u.is(fClinical) && !u.is(fCity) || // shorthand that is a town too names one: "at mesa regional"
			sizeWord(s.lowerTok(w)) || specialtyWord(s.lowerTok(w)) || tradeKinds()[string(s.lowerTok(w))] || venueKinds()[string(s.lowerTok(w))] {
			continue
		}
		e := h
		if n := h + 1; n < len(toks) && toks[n].kind == tkWord && s.adjacent(h, n) && string(s.lowerTok(n)) == "hospital" {
			e = n // "valley regional hospital"
		} else if !s.clauseEndsAfter(h) && !(h+1 < len(toks) && (toks[h+1].is(fLocPrep|fDatePrep) || townAfterWord(s.lowerTok(h+1)) || timeAfterPlace(s.lowerTok(h+1)))) {
			continue
		}
		p := w - 1
		if p >= 0 && toks[p].kind == tkWord && !hospitalLead(s.lowerTok(p)) {
			// two words of its own: "at red mesa regional", "to cedar hills general"
			v := &toks[p]
			if !s.adjacent(p, w) || v.hi-v.lo < 3 || v.is(fStop|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure|fCareKind|fCareUnit|fRelation|fTitle|fMonth|fWeekday|fGeneric|fShortHead|fFacHead|fPersonVerb) ||
				sizeWord(s.lowerTok(p)) || specialtyWord(s.lowerTok(p)) || p == 0 || toks[p-1].kind != tkWord || !hospitalLead(s.lowerTok(p-1)) {
				continue
			}
			w = p
		}
		s.add(w, e, Facility, 0.8, "place/facility")
		h = e
	}
}

// sequenceWord: a word that says which one of a series ("next clinic",
// "last hospital", "the same clinic"), not a name.
func sequenceWord(w string) bool {
	switch w {
	case "next", "last", "previous", "following", "prior", "same", "another", "each", "every", "other", "earlier", "later", "this", "that":
		return true
	}
	return false
}
