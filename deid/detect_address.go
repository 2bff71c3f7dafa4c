package deid

import "strings"

// Address shapes beyond "1234 oak street": unit designators on their own
// ("Apt. 595", "Suite 501"), military addresses ("PSC 6293, Box 8158, APO
// AP 04336"), street names written the way most of the world writes them
// ("Koskikatu 25", "Rua do Arenque 1634", "Király u. 15."), street corners
// ("the corner of 5th and Main"), and the city, region, country and postal
// code lines that follow an address.

// listNumber: the number at token i opens a line and a period right after
// it ends it, then a space: the number of a form's item or a list's
// ("14. Place of Death:", "3. Park Ave follow-up"), not a house's.
func (s *scanner) listNumber(i int) bool {
	t := &s.toks[i]
	n := i + 1
	return (i == 0 || t.has(shNewline)) && t.end-t.start <= 2 && n+1 < len(s.toks) && s.isPunct(n, '.') && s.toks[n].start == t.end && s.toks[n+1].start > s.toks[n].end
}

// foreignStreetEnds are endings of one-word street names in other
// languages: Koskikatu, Puruntie, Mellemvej, Betburweg, Pohlstrasse.
var foreignStreetEnds = []string{"katu", "kuja", "tie", "polku", "vej", "gade", "gata", "gatan", "vägen", "vegen",
	"veien", "vegur", "braut", "strasse", "straße", "str", "weg", "laan", "gasse", "allee", "platz", "ring",
	"damm", "steig", "stræde", "straat", "gracht", "plein", "utca", "gatve", "iela", "tänav", "ulica", "cesta"}

func (s *scanner) detectAddressShapes() {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tkWord && t.kind != tkNum {
			continue
		}
		if t.kind == tkNum {
			if s.listNumber(i) {
				continue // "14. Place of Death:": an item's number on a form
			}
			if j := s.numberedName(i); j > i {
				first := s.houseBefore(i)
				j = s.addressTail(j)
				s.add(first, j, Address, 0.8, "place/address-shape")
				i = j
			} else if first := s.namedHouse(i); first >= 0 {
				s.add(first, i, Address, 0.75, "place/address-shape")
			} else if j := s.placePostcode(i); j >= i {
				s.add(i, j, Zip, 0.7, "place/postcode")
				i = j
			}
			continue
		}
		w := s.lowerTok(i)
		j := -1
		first := i
		switch {
		case t.is(fAddressWord) && addressWord(w, "corner", "intersection", "junction"):
			first, j = s.streetCorner(i)
		case t.is(fAddressWord) && (addressWord(w, "psc", "cmr") || string(w) == "unit" && s.militaryAhead(i)):
			j = s.military(i)
		case t.is(fUnitSuffix) && (addressWord(w, "apt", "apartment", "suite", "ste", "flat") ||
			string(w) == "unit" && (s.cased && t.has(shCap) || s.bigNumberAt(s.nextWord(i, 2)))):
			if j = s.unitNumber(i); j > i {
				first = s.streetBeforeUnit(i)
			}
		case t.is(fUnitSuffix) && !s.cased && (string(w) == "room" || string(w) == "rm"):
			if j = s.spokenRoom(i); j > i {
				first = i + 1 // "room two fourteen", "room c twelve": the number names the room
			}
		case !s.cased && string(w) == "unit" && s.spokenRoom(i) > i:
			j = s.spokenRoom(i) // "unit two fourteen": a flat's number said aloud (not "the unit two")
		case !s.cased && string(w) == "building" && s.buildingLetter(i) > i:
			j = s.buildingLetter(i) // "building c unit two fourteen"
			if k := j + 1; k < len(toks) && s.adjacent(j, k) && toks[k].is(fUnitSuffix) {
				if u := s.unitNumber(k); u > k {
					j = u
				} else if u := s.spokenRoom(k); u > k {
					j = u
				}
			}
		case t.is(fAddressWord) && addressWord(w, "apo", "fpo", "dpo"):
			j = s.militaryPost(i)
		case s.cased && t.is(fStreetLead) && (t.has(shCap) && !t.has(shAllCaps) || string(w) == "ul" || s.houseBefore(i) < i && !s.notes && string(w) != "via"):
			// (not "CVP 8-10 via L IJ TLC": a line's site in a note)
			if j = s.leadStreet(i); j > i {
				first = s.houseBefore(i)
			}
		case s.numberAfterStreet(i) > i && s.foreignStreetWord(i):
			j = s.numberAfterStreet(i)
			first = s.houseBefore(i)
		case i > 0 && t.is(fStreetMark) && toks[i-1].kind == tkWord && (toks[i-1].has(shCap) || !s.cased) && s.adjacent(i-1, i):
			if j = s.numberAfterStreet(i); j > i {
				first = s.houseBefore(i - 1)
				// a name of two or three words with the house number before
				// it: "808 Kálmán Imre u. 12."
				for k := i - 2; k >= 0 && i-1-k <= 2 && s.cased && toks[k].kind == tkWord && toks[k].has(shCap) && !toks[k].is(fStop|fDeterminer) && s.adjacent(k, k+1); k-- {
					if h := s.houseBefore(k); h < k {
						first = h
						break
					}
				}
			}
		case i > 1 && s.cased && t.is(fStreetMark) && toks[i-1].kind == tkWord && toks[i-2].kind == tkWord && toks[i-2].has(shCap) && !toks[i-2].has(shSentStart) && !toks[i-1].is(fStop|fDeterminer):
			// a lower-case word inside the name: "Árpád fejedelem útja 62"
			if j = s.numberAfterStreet(i); j > i {
				first = s.houseBefore(i - 2)
			}
		case t.hi-t.lo == 4 || t.hi-t.lo == 5:
			if n := s.unitOpensAddress(i); n > i && (string(w) == "flat" || string(w) == "house" || string(w) == "plot") {
				// "Flat 3B, Lakshmi Apartments, 18 Cathedral Road", "House
				// 221, Street 4, Guru Nanak Nagar", "Flat No. 302, Sai Krupa
				// Apartments": the flat or the house, then the rest of the
				// address after a comma (which the street's own reading finds)
				s.add(i, n, Address, 0.85, "place/address-shape")
				i = n
				continue
			}
		}
		if j >= i {
			j = s.addressTail(j)
			s.add(first, j, Address, 0.85, "place/address-shape")
			i = j
		}
	}
}

// buildingLetter returns the token of a building's letter after
// "building" at token i in speech ("building c", "building d apartment
// three oh two"), or -1: one letter, no word "a" or "i", then a unit or a
// pause.
func (s *scanner) buildingLetter(i int) int {
	n := i + 1
	if n >= len(s.toks) || !s.adjacent(i, n) || !s.letterAt(n) || s.toks[n].is(fStop|fDeterminer) {
		return -1
	}
	if m := n + 1; m < len(s.toks) && s.adjacent(n, m) && s.toks[m].is(fUnitSuffix) || s.clauseEndsAfter(n) {
		return n
	}
	return -1
}

// streetBeforeUnit returns the first token of a house number and a street
// name told without its suffix before the unit at token u ("four five six
// elm, apartment two", "12 Birchwood, Apt 3", "thirty three hundred
// peachtree suite four ten"), or u: a number (digits, or up to four number
// words) and one or two words that are no function word,
// a comma at most between them and the unit.
func (s *scanner) streetBeforeUnit(u int) int {
	k := u - 1
	if k >= 0 && s.isPunct(k, ',') {
		k--
	}
	words := 0
	for k >= 0 && words < 2 && s.toks[k].kind == tkWord && !s.toks[k].is(fNumWord|fStop|fDeterminer|fUnit|fMeasure|fLocPrep) && s.toks[k].end-s.toks[k].start >= 3 {
		k--
		words++
	}
	if words == 0 || k < 0 {
		return u
	}
	first := -1
	switch {
	case s.toks[k].kind == tkNum && s.toks[k].end-s.toks[k].start <= 5:
		first = k
	case s.spokenHouseWord(k):
		first = k
		for n := 0; n < 3 && first > 0 && s.spokenHouseWord(first-1); n++ {
			first--
		}
	}
	if first < 0 {
		return u
	}
	return first
}

// spokenHouseWord: token k is a word of a house number said aloud: a
// number's word or "hundred" ("thirty three hundred peachtree").
func (s *scanner) spokenHouseWord(k int) bool {
	t := &s.toks[k]
	return t.kind == tkWord && (t.is(fNumWord) || t.hi-t.lo == 7 && string(s.lowerTok(k)) == "hundred")
}

// namedHouse reads a street named the way much of Europe writes it, the
// house number last, told after a preposition of place and closing the
// clause: "is on Hauptmann Weg 17", "the south side of Marco Perez 4410.":
// in cased text (not notes), two or three capitalised words that are no
// English, clinical or calendar words between the preposition and a
// number of one to five digits, and nothing after the number but the end
// of the sentence, a comma or the end of the text. It returns the first
// word of the street, or -1.
func (s *scanner) namedHouse(i int) int {
	if !s.cased || s.notes || s.toks[i].end-s.toks[i].start > 5 {
		return -1
	}
	if n := i + 1; n < len(s.toks) && !s.toks[n].has(shNewline) {
		if s.toks[n].kind != tkPunct || !strings.ContainsRune(".,?!;", rune(s.text[s.toks[n].start])) {
			return -1
		}
		if s.text[s.toks[n].start] == '.' && n+1 < len(s.toks) && s.toks[n+1].start == s.toks[n].end {
			return -1 // "4.5"
		}
	}
	words, proper, first := 0, 0, -1
	for k := i - 1; k >= 0 && words <= 3; k-- {
		t := &s.toks[k]
		if t.kind != tkWord || t.has(shApos) {
			return -1
		}
		if words >= 2 && proper > 0 && (t.is(fLocPrep) && !t.has(shCap) || string(s.lowerTok(k)) == "on") {
			return first
		}
		if !t.has(shCap) || t.has(shAllCaps|shSentStart) || t.is(fNonPHI|fUnit|fMonth|fWeekday|fStop|fTitle|fHoliday) || t.has(shNewline) && k != i-1 && words == 0 {
			return -1
		}
		// a capitalised everyday word may name a street ("Pod Floriánem")
		// beside a word that is none
		if !t.is(fCommon) && !(t.is(fClinical) && !t.is(fNameAny)) {
			proper++
		}
		words, first = words+1, k
	}
	return -1
}

// placePostcode reads a postal code written after the name of a town,
// the way most of the world writes it: "in Vellanova 1021", "from
// Quinta de Souto 3610-114", "in STORVIKEN 840 24". In cased text (not
// notes): a preposition of place, one to four words of the name (the
// first capitalised and no English word, particles between), then four
// or five digits that are no year, or 3+2 or 4-3 digits, and no unit after.
// It returns the last token of the code, or -1.
func (s *scanner) placePostcode(i int) int {
	if !s.cased || s.notes || i == 0 || s.toks[i-1].kind != tkWord || s.toks[i].has(shNewline) {
		return -1
	}
	t := &s.toks[i]
	d := s.tokText(i)
	j := i
	switch n := t.end - t.start; {
	case n == 4 && (d[:2] == "19" || d[:2] == "20"):
		return -1 // "in Paris 2019": a year
	case n == 4 && s.isPunct(i+1, '-') && i+2 < len(s.toks) && s.toks[i+2].kind == tkNum && s.toks[i+2].end-s.toks[i+2].start == 3 &&
		s.toks[i+1].start == t.end && s.toks[i+2].start == s.toks[i+1].end:
		j = i + 2 // 3610-114
	case n == 3 && i+1 < len(s.toks) && s.toks[i+1].kind == tkNum && s.toks[i+1].end-s.toks[i+1].start == 2 && !s.toks[i+1].has(shNewline):
		j = i + 1 // 840 24
	case n == 4 || n == 5:
	default:
		return -1
	}
	if nx := s.nextWord(j, 0); nx == j+1 && s.toks[nx].is(fUnit|fMeasure) || s.isPunct(j+1, '%') {
		return -1
	}
	words, proper := 0, false
	for k := i - 1; k >= 0 && words < 5; k-- {
		w := &s.toks[k]
		if w.kind != tkWord || w.has(shApos) {
			return -1
		}
		if words > 0 && w.is(fLocPrep) && !w.has(shCap) {
			if proper {
				return j
			}
			return -1
		}
		switch {
		case w.has(shCap) && !w.has(shSentStart) && !w.is(fCommon|fNonPHI|fMonth|fWeekday|fUnit|fTitle|fHoliday|fStop):
			proper = true
		case words > 0 && w.is(fParticle):
		case w.has(shCap) && !w.has(shSentStart) && !w.is(fMonth|fWeekday|fUnit|fTitle|fHoliday):
			// "Quinta de São Tiago": an everyday word inside the name
		default:
			return -1
		}
		words++
	}
	return -1
}

// bigNumberAt: token k is a number of three digits or more ("unit 4526").
func (s *scanner) bigNumberAt(k int) bool {
	return k >= 0 && (s.toks[k].kind == tkNum || s.toks[k].kind == tkAlnum) && s.toks[k].end-s.toks[k].start >= 3
}

// spokenRoom returns the last token of a room's number said aloud after
// "room" at token i in speech: two number words or more ("room two
// fourteen", "room four oh two") or a letter and a number ("room c
// twelve"); or -1. A room of one number word ("exam room two") is not
// one a person lives in.
func (s *scanner) spokenRoom(i int) int {
	n := i + 1
	if n >= len(s.toks) || !s.adjacent(i, n) {
		return -1
	}
	letter := s.letterAt(n) && !s.toks[n].is(fStop|fDeterminer)
	if letter {
		n++
	}
	j := -1
	for k := n; k < len(s.toks) && k-n < 4 && s.adjacent(k-1, k) && s.toks[k].kind == tkWord && s.toks[k].is(fNumWord) && s.toks[k].val >= 0; k++ {
		j = k
	}
	if j < 0 || !letter && j == n {
		return -1
	}
	return j
}

// unitNumber reads "Apt. 595", "Suite #12", "apt 4b" at token i.
func (s *scanner) unitNumber(i int) int {
	n := s.nextWord(i, 2) // "Apt." "#"
	if n < 0 || n > i+3 {
		return -1
	}
	if s.numberWordAt(i, n) {
		if n = s.nextWord(n, 1); n < 0 || n > i+4 {
			return -1 // "Flat No. 302", "Apt no 4"
		}
	}
	for k := i + 1; k < n; k++ {
		if s.isPunct(k, '@') {
			return -1 // "the step-down unit @ 1500": a time
		}
	}
	t := &s.toks[n]
	if t.kind == tkNum && t.end-t.start <= 6 || t.kind == tkAlnum && t.end-t.start <= 6 && (!unitSuffixed(s.tokText(n)) || unitLetter(s.tokText(n))) {
		return n // "apt 12b", "Apartment 4C" (a letter after digits, not "4 cc")
	}
	// said aloud: "apartment four c", "suite two hundred", "apt twelve b"
	if t.kind == tkWord && t.is(fNumWord) && t.val >= 0 {
		j := n
		for k := n + 1; k < len(s.toks) && k-n < 4 && s.adjacent(k-1, k) && s.toks[k].kind == tkWord && (s.toks[k].is(fNumWord) && s.toks[k].val >= 0 || string(s.lowerTok(k)) == "hundred"); k++ {
			j = k
		}
		if k := j + 1; k < len(s.toks) && s.letterAt(k) && s.adjacent(j, k) && !s.toks[k].is(fStop|fDeterminer) {
			j = k // the letter of the unit, not "a" or "i"
		}
		return j
	}
	return -1
}

// unitLetter: w is digits and one letter ("4c", "12B"), a flat's number.
func unitLetter(w string) bool {
	n := len(w)
	if n < 2 || n > 5 || !isLetterASCII(w[n-1]) {
		return false
	}
	for i := 0; i < n-1; i++ {
		if !isDigitASCII(w[i]) {
			return false
		}
	}
	return true
}

// militaryAhead: "unit 4719 box 7394": a unit number followed by a box.
func (s *scanner) militaryAhead(i int) bool {
	n := s.nextWord(i, 1)
	if !s.bigNumberAt(n) {
		return false
	}
	b := s.nextWord(n, 1)
	return b >= 0 && string(s.lowerTok(b)) == "box"
}

// military reads "PSC 6293, Box 8158" (and "APO AP 04336" after it).
func (s *scanner) military(i int) int {
	n := s.nextWord(i, 1)
	if !s.bigNumberAt(n) {
		return -1
	}
	j := n
	if b := s.nextWord(n, 1); b >= 0 && string(s.lowerTok(b)) == "box" {
		if m := s.nextWord(b, 1); s.bigNumberAt(m) {
			j = m
		}
	}
	if a := s.nextWord(j, 1); a >= 0 {
		switch string(s.lowerTok(a)) {
		case "apo", "fpo", "dpo":
			if k := s.militaryPost(a); k > a {
				return k
			}
		}
	}
	return j
}

// militaryPost reads "APO AP 04336", "FPO AE 09499" at token i.
func (s *scanner) militaryPost(i int) int {
	r := s.nextWord(i, 1)
	if r < 0 {
		return -1
	}
	switch string(s.lowerTok(r)) {
	case "aa", "ae", "ap":
	default:
		return -1
	}
	z := s.nextWord(r, 1)
	if z >= 0 && s.toks[z].kind == tkNum && s.toks[z].end-s.toks[z].start == 5 {
		return z
	}
	return r
}

// streetCorner reads "(the) corner of X and Y" where X and Y are street
// names, with or without numbers.
func (s *scanner) streetCorner(i int) (int, int) {
	of := s.nextWord(i, 0)
	if of < 0 || string(s.lowerTok(of)) != "of" {
		return i, -1
	}
	first := i
	if p := s.prevWord(i, 0); p >= 0 && s.toks[p].is(fDeterminer) {
		first = p
	}
	a, okA := s.streetPart(of + 1)
	if !okA && !s.cornerWord(of+1) {
		return i, -1
	}
	if !okA {
		a = of + 1
	}
	and := s.nextWord(a, 1) // "35 Pentelis Str. and", "Csabai kapu 39. and"
	if and < 0 || string(s.lowerTok(and)) != "and" && !s.isPunct(and, '&') {
		return i, -1
	}
	b, okB := s.streetPart(and + 1)
	if !okB && s.cornerWord(and+1) && okA {
		b, okB = and+1, true // "the corner of fifth and main"
	}
	if !okB || !okA && !s.cornerWord(of+1) {
		return i, -1
	}
	return first, b
}

// spokenStreetAt returns the last token of a house number said in words
// at token k and a street named after it by up to three words, the last a
// name, a town or one of the commonest street names, where what is said
// ends; or -1. "at twenty four hour care" and "at two different places"
// name no street.
func (s *scanner) spokenStreetAt(k int) int {
	if k >= len(s.toks) || s.toks[k].kind != tkWord || !s.toks[k].is(fNumWord) || s.toks[k].is(fOrdWord) || s.isZeroLetter(k) {
		return -1
	}
	n := k
	for n+1 < len(s.toks) && n-k < 5 && s.toks[n+1].kind == tkWord && (s.toks[n+1].is(fNumWord) && !s.toks[n+1].is(fOrdWord) || string(s.lowerTok(n+1)) == "hundred") {
		n++
	}
	last := -1
	for m := n + 1; m < len(s.toks) && m-n <= 3; m++ {
		t := &s.toks[m]
		if t.kind != tkWord || t.is(fStop|fUnit|fMeasure|fClinical|fCareKind|fNumWord|fDeterminer|fTitle|fRelation|fGeneric|fFacHead|fMonth|fWeekday) && !commonStreetName(s.lowerTok(m)) || addressEnd(s.lowerTok(m)) {
			break
		}
		last = m
	}
	if last < 0 || !s.utteranceEndAfter(last) {
		return -1
	}
	if t := &s.toks[last]; !(commonStreetName(s.lowerTok(last)) || t.is(fNameAny|fCity) && !t.is(fCommon) || s.properWord(last)) {
		return -1
	}
	return last
}

// livesOnStreet returns the street named alone after a form of "live" at
// token i and "on" or "off (of)": one of the commonest names of American
// streets or an ordinal, where what is said ends or goes on with a
// preposition ("we live off of elm", "she lives on fifth near the park";
// not "lives on fifth floor", "living on disability"); or -1.
func (s *scanner) livesOnStreet(i int) int {
	if !liveVerb(s.lowerTok(i)) {
		return -1
	}
	k := i + 1
	if k >= len(s.toks) {
		return -1
	}
	switch string(s.lowerTok(k)) {
	case "on":
	case "off":
		if k+1 < len(s.toks) && string(s.lowerTok(k+1)) == "of" {
			k++
		}
	default:
		return -1
	}
	st := k + 1
	if st >= len(s.toks) || s.toks[st].kind != tkWord || !(commonStreetName(s.lowerTok(st)) || s.toks[st].is(fOrdWord) && !s.toks[st].is(fNumWord)) {
		return -1
	}
	if n := st + 1; n < len(s.toks) && s.toks[n].kind == tkWord {
		switch string(s.lowerTok(n)) {
		case "near", "by", "in", "and", "with", "across", "off", "right", "close", "so", "but", "now", "since", "for":
		default:
			return -1
		}
	}
	return st
}

// liveVerb: a form of the verb "live".
func liveVerb(w []byte) bool {
	switch string(w) {
	case "live", "lives", "living", "lived":
		return true
	}
	return false
}

// commonStreetName: a name that many American streets have and that,
// alone after "live on", names nothing else.
func commonStreetName(w []byte) bool {
	switch string(w) {
	case "main", "elm", "oak", "pine", "maple", "cedar", "birch", "walnut", "chestnut", "spruce", "willow", "cherry",
		"dogwood", "magnolia", "sycamore", "hickory", "broadway", "washington", "jefferson", "lincoln", "jackson",
		"franklin", "madison", "adams", "highland":
		return true
	}
	return false
}

// cornerWord: token k alone can name one of the streets at a corner said
// in lower case: an ordinal ("fifth") or one everyday word ("main").
func (s *scanner) cornerWord(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	return t.kind == tkWord && t.end-t.start >= 3 && !t.is(fStop|fDeterminer|fUnit|fMeasure|fClinical|fRelation|fTitle|fNumWord)
}

// streetPart reads up to six tokens of a street name from k: numbers,
// street words, names and abbreviation dots. It reports the last token and
// whether the part looked like a street (a street word, a number, or
// capitalised words).
func (s *scanner) streetPart(k int) (int, bool) {
	j, street := -1, false
	for n := k; n < len(s.toks) && n-k < 7; n++ {
		t := &s.toks[n]
		switch {
		case t.kind == tkNum || t.kind == tkAlnum:
			j, street = n, true
		case t.kind == tkWord && t.is(fOrdWord) && !t.is(fNumWord) && j < 0 && (n+1 >= len(s.toks) || s.toks[n+1].kind == tkPunct || string(s.lowerTok(n+1)) == "and"):
			j, street = n, true // "the corner of fifth and main": a numbered street
		case t.kind == tkWord && t.is(fNumWord) && j < 0:
			j = n // a house number said: "ten Pas Pass"
		case t.kind == tkPunct && s.text[t.start] == '.' && j >= 0:
		case t.kind == tkWord && string(s.lowerTok(n)) == "and":
			return j, street && j >= 0
		case t.kind == tkWord && (t.is(fStreet|fStreetLead) || s.foreignStreetWord(n)):
			j, street = n, true
		case t.kind == tkWord && (s.cased && t.has(shCap) || s.properWord(n)) && !t.is(fStop|fDeterminer):
			j = n
			if s.cased {
				street = true
			}
		default:
			return j, street && j >= 0
		}
	}
	return j, street && j >= 0
}

// foreignStreetWord: a capitalised word with a street ending of another
// language ("Koskikatu", "Mellemvej", "Pohlstrasse").
func (s *scanner) foreignStreetWord(i int) bool {
	t := &s.toks[i]
	if t.kind != tkWord || t.end-t.start < 5 || s.cased && !t.has(shCap) || t.is(fCommon|fNonPHI|fClinical) {
		return false
	}
	w := string(s.lowerTok(i))
	for _, e := range foreignStreetEnds {
		if len(w) > len(e)+1 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// numberAfterStreet: the house number after a street name at token i
// ("Koskikatu 25", "Király u. 15."), or -1.
func (s *scanner) numberAfterStreet(i int) int {
	n := s.nextWord(i, 1)
	if n < 0 || n > i+2 {
		return -1
	}
	t := &s.toks[n]
	if (t.kind == tkNum || t.kind == tkAlnum && !unitSuffixed(s.tokText(n))) && t.end-t.start <= 5 {
		return n
	}
	return -1
}

// houseBefore extends a street back over a number written before it
// ("6750 Koskikatu 25": a house or building number).
// "3747 3911 Hoog St": up to two numbers.
func (s *scanner) houseBefore(i int) int {
	for n := 0; n < 2; n++ {
		p := i - 1
		if p < 0 || s.toks[p].kind != tkNum || s.toks[p].end-s.toks[p].start > 6 || !s.adjacent(p, i) || s.toks[i].has(shNewline) {
			break
		}
		i = p
	}
	return i
}

// numberedName reads "5366 Pivovarská 276", "0138 Brisas 6802": in cased
// text, a house number of three digits or more, one to three capitalised
// words that are no English or clinical words, and a number.
func (s *scanner) numberedName(i int) int {
	if !s.cased || s.toks[i].kind != tkNum || s.toks[i].end-s.toks[i].start < 3 || s.toks[i].end-s.toks[i].start > 6 {
		return -1
	}
	words := 0
	for n := i + 1; n < len(s.toks) && n-i <= 4; n++ {
		t := &s.toks[n]
		switch {
		case t.kind == tkWord && t.has(shCap) && !t.has(shNewline) && !t.is(fCommon|fNonPHI|fClinical|fUnit|fMonth|fWeekday|fStop|fCountry|fTitle):
			words++
		case t.kind == tkNum && words > 0 && t.end-t.start <= 5:
			return n
		default:
			return -1
		}
	}
	return -1
}

// leadStreet reads "Rua do Arenque 1634", "Via Franscini 71", "Rue Gafsa",
// "ul. Narewska 94": a street word of another language, up to four words
// of the name, and a number.
func (s *scanner) leadStreet(i int) int {
	j := -1
	words := 0
	for n := i + 1; n < len(s.toks) && n-i <= 7; n++ {
		t := &s.toks[n]
		if t.has(shNewline) && words == 0 {
			return -1 // "… one Babylon Avenue.\nSpeaker 1: OK": the next line's label
		}
		switch {
		case t.kind == tkPunct && s.text[t.start] == '.' && n == i+1 && !s.toks[i].is(fCommon): // "ul.", "Avda." (not "Avenue.": a sentence ends)
		case t.kind == tkNum && t.end-t.start <= 5:
			if words > 0 {
				return n
			}
			return -1
		case t.kind == tkWord && words < 4 && words > 0 && !t.has(shCap) && t.end-t.start >= 4 && !t.is(fCommon|fStop|fClinical|fUnit|fUnitSuffix|fNonPHI) &&
			n+1 < len(s.toks) && s.toks[n+1].kind == tkWord && s.toks[n+1].has(shCap):
			// a lower-case word of the name before a capitalised one: "rue
			// des lieutenants Thomazo"
			words++
		case t.kind == tkWord && words < 4 && !t.is(fUnitSuffix) && (t.has(shCap) && !t.is(fClinical|fStop) || t.end-t.start <= 3 && !t.is(fStop|fDeterminer) && n+1 < len(s.toks) && s.toks[n+1].has(shCap) ||
			(t.is(fParticle) || n == i+1 && t.end-t.start <= 3 && !t.is(fDeterminer) && string(s.lowerTok(n)) != "of") && n+1 < len(s.toks) && s.toks[n+1].kind == tkWord && (s.toks[n+1].has(shCap) || s.toks[n+1].is(fParticle) ||
				n+2 < len(s.toks) && s.toks[n+2].kind == tkWord && s.toks[n+2].has(shCap) && !s.toks[n+1].is(fCommon|fStop))):
			// "do", "des", "de la" inside the name
			words++
			if t.has(shCap) {
				j = n
			}
		default:
			if words > 0 && j > i && s.cased {
				return j // a name without a number: "Avenue Teboulbi"
			}
			return -1
		}
	}
	return j
}

// addressTail extends an address over what follows it on the next lines
// or after commas: a unit ("Apt. 864"), a city, a region, a country, a
// postal code (4 to 6 digits, or "B0J 2H0").
func (s *scanner) addressTail(j int) int {
	end := j
	for n := j + 1; n < len(s.toks) && n-end <= 3; n++ {
		t := &s.toks[n]
		if s.fieldLabelAt(n) || t.has(shNewline) && s.speakerLabelEnd(n) > n || t.kind == tkWord && s.isPunct(n+1, ':') && s.adjacent(n, n+1) {
			return end // "… 1500 Diamond Hill Rd\nSchool/daycare: …", "12 Elm St. Phone: …": the next field of a form, or the next speaker's turn
		}
		postcode := -1
		if t.kind == tkNum {
			postcode = s.hyphenPostcode(n)
		}
		switch {
		case t.kind == tkPunct:
			c := s.text[t.start]
			if c == '-' && n == end+1 && n+1 < len(s.toks) && s.toks[n-1].end == t.start && t.end == s.toks[n+1].start && s.toks[n+1].kind == tkWord {
				continue // "ALT-DIETMANNS", "SAINT-PRIEST": one name
			}
			if c == '/' && n == end+1 && n+1 < len(s.toks) && s.toks[n-1].kind == tkNum && s.toks[n-1].end == t.start && t.end == s.toks[n+1].start &&
				(s.toks[n+1].kind == tkNum || s.toks[n+1].kind == tkAlnum) && s.toks[n+1].end-s.toks[n+1].start <= 3 {
				end, n = n+1, n+1 // the flat after the house number: "ul. Lipowa 14/3"
				continue
			}
			if c != ',' && c != '.' && c != '>' {
				return end
			}
			if nx := n + 1; c == '.' && nx < len(s.toks) && s.toks[nx].has(shSentStart) && !s.toks[nx].has(shNewline) && !s.toks[nx].is(fCity|fCountry|fState) {
				return end // a sentence ends: "… 31-415 Tarnów. BP 120/80"
			}
		case postcode > n:
			end, n = postcode, postcode // "30-082 Kraków", "100-0005"
		case t.kind == tkNum && t.end-t.start >= 3 && t.end-t.start <= 6:
			end = n
		case t.kind == tkNum && n == end+1 && s.foreignStreetWord(end):
			end = n // the house number after a street: "… 62314 Mellemvej 32"
		case t.kind == tkAlnum && t.end-t.start == 3 && s.cased:
			end = n // "B0J 2H0"
		case t.kind == tkWord && !s.isPunct(n-1, '-') && (s.isState(n) || n+1 < len(s.toks) && s.pairType(n, n+1) == "STATE"):
			return end // a state is no identifier (Safe Harbor keeps it); its ZIP code is found on its own
		case t.kind == tkWord && t.is(fUnitSuffix):
			if u := s.unitNumber(n); u > n {
				end, n = u, u
			} else {
				return end
			}
		case t.kind == tkWord && s.cased && (t.has(shCap) || t.has(shAllCaps)) && !t.is(fStop|fDeterminer|fTitle|fMonth|fWeekday) &&
			!(t.has(shSentStart) && t.is(fCommon) && !t.is(fCountry|fState|fCity) && !(t.has(shNewline) && t.has(shAllCaps))):
			// a town on its own line in capitals is no sentence: "…652\nFORT-DE-FRANCE"
			end = n
		case t.kind == tkWord && s.cased && t.has(shAllCaps) && t.end-t.start == 2 && !s.isPunct(n-1, '.'):
			end = n // a region's code: "Toronto, ON", "OULU NO" (not "Tarnów. BP 120/80": a sentence)
		default:
			return s.postcodeTail(end)
		}
	}
	return s.postcodeTail(end)
}

// hyphenPostcode returns the last token of a postcode of two groups of
// digits joined by a hyphen at token n (Poland "30-082", Japan "100-0005",
// Portugal "4050-265"), or -1.
func (s *scanner) hyphenPostcode(n int) int {
	if n+2 >= len(s.toks) || !s.isPunct(n+1, '-') || s.toks[n+2].kind != tkNum || s.toks[n].end != s.toks[n+1].start || s.toks[n+1].end != s.toks[n+2].start {
		return -1
	}
	a, b := s.toks[n].end-s.toks[n].start, s.toks[n+2].end-s.toks[n+2].start
	if a == 2 && b == 3 || a == 3 && b == 4 || a == 4 && b == 3 {
		return n + 2
	}
	return -1
}

// postcodeTail extends an address over the lines or comma-separated parts
// that follow it when a postcode closes them: "…\nKNIVSTA, nan 18237", "…,
// mohács, hungary 24743", "…\nMuel\n, Z\n 16518". Only words, commas and
// line breaks may come between (one comma or line break at least), at most
// six words, none a word that ends an address ("for", "after", "and", …).
func (s *scanner) postcodeTail(end int) int {
	words, breaks := 0, 0
	for n := end + 1; n < len(s.toks); n++ {
		t := &s.toks[n]
		if t.has(shNewline) {
			breaks++
		}
		switch {
		case t.kind == tkPunct:
			if s.text[t.start] != ',' {
				return end
			}
			breaks++
		case t.kind == tkNum && t.end-t.start >= 4 && t.end-t.start <= 6 && words > 0 && breaks > 0:
			if nx := s.nextWord(n, 0); nx == n+1 && s.toks[nx].is(fUnit) {
				return end // "… 4000 mg"
			}
			return n
		case t.kind == tkWord && !addressEnd(s.lowerTok(n)) && !t.is(fMonth|fWeekday|fUnit):
			if words++; words > 6 {
				return end
			}
		default:
			return end
		}
	}
	return end
}

// addressWord reports whether w is one of words.
func addressWord(w []byte, words ...string) bool {
	for _, x := range words {
		if string(w) == x {
			return true
		}
	}
	return false
}

// fieldAfterAddress: token n names the next field after an address told
// in a form or a message: a phone's or a fax's cue, an account's IBAN, an
// e-mail, an employer, a birth date.
func (s *scanner) fieldAfterAddress(n int) bool {
	w := s.lowerTok(n)
	switch string(w) {
	case "iban", "email", "employer", "dob", "landline", "work", "home":
		return string(w) != "work" && string(w) != "home" || s.isPunct(n-1, ',') || s.isPunct(n-1, '.') || s.isPunct(n-1, ';')
	}
	if t, ok := cues[string(w)]; ok && (t == Phone || t == Fax) {
		return string(w) != "contact" && string(w) != "call" && string(w) != "message" || s.toks[n].has(shCap)
	}
	return false
}

// addressEnds are the words that end an address told after a cue: "…
// 18237 after the concert", "… 44674 for post mail".
func addressEnd(w []byte) bool {
	switch string(w) {
	case "for", "after", "last", "please", "when", "but", "which", "if", "since", "during", "before", "then", "with",
		"in", "on", "at", "and", "or", "now", "today", "tonight", "tomorrow", "yesterday", "soon", "next", "so",
		"until", "that", "this", "it", "is", "are", "was", "were", "will", "would", "could", "should", "can", "i", "you",
		"we", "they", "he", "she", "my", "your", "our", "his", "her", "their", "me", "us", "them", "thanks", "thank":
		return true
	}
	return false
}

// addressAfterCue reads the address told after "address is", "address:",
// "lives at", "moved to", "send it to", "meet you at": everything up to
// the end of the sentence, a question, a blank line or a word that ends it
// ("after", "for"), when it holds a number. Generic text writes addresses
// in every national format; the cue says what the words are.
func (s *scanner) detectAddressAfterCue() {
	if s.notes {
		return // notes send specimens to labs, not letters to addresses
	}
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.kind != tkWord || !t.is(fAddressCue) {
			continue
		}
		k := i + 1
		w := string(s.lowerTok(i))
		if w == "address" || w == "addresses" {
			if s.isPunct(k, ':') {
				k++
			} else if k < len(toks) && toks[k].kind == tkWord {
				switch string(s.lowerTok(k)) {
				case "is", "was", "to", "are", "still", "now":
					k++
				default:
					continue
				}
				if k < len(toks) && toks[k].kind == tkWord && (string(s.lowerTok(k)) == "still" || string(s.lowerTok(k)) == "now") {
					k++ // "is your address still …", "the address is now …"
				}
			}
		} else {
			if st := s.livesOnStreet(i); st > 0 {
				s.add(st, st, Address, 0.8, "place/address-cue")
				i = st
				continue
			}
			// lives at, moved to, sent to, meet you at, located at
			if k < len(toks) && string(s.lowerTok(k)) == "you" {
				k++
			}
			if k >= len(toks) || toks[k].kind != tkWord || !placePrep(s.lowerTok(k)) {
				continue
			}
			k++
		}
		if k < len(toks) && toks[k].kind == tkWord && (string(s.lowerTok(k)) == "is" || string(s.lowerTok(k)) == "it") {
			if n := k + 1; n < len(toks) && string(s.lowerTok(n)) == "is" {
				k = n
			}
			k++
		}
		// a house number said, and a street without its suffix, where what
		// is said ends: "i live at fifteen oh one north broad", "address is
		// twelve hawthorne"
		if w == "address" || w == "addresses" || liveVerb(s.lowerTok(i)) {
			if l := s.spokenStreetAt(k); l > k {
				s.add(k, l, Address, 0.8, "place/address-cue")
				i = l
				continue
			}
		}
		// after a verb the address opens with a number ("lives at 12 …",
		// "sent to PSC 4410 …": within three words)
		if w != "address" && w != "addresses" && (!s.numberWithin(k, 3) || k < len(toks) && toks[k].is(fMonth|fWeekday)) {
			continue // "moved from Mar 14 to …": a date, not an address
		}
		// "address to the same: …", "address 6e40:…: blocked": what follows
		// refers to an address, or is another kind of address
		if k < len(toks) && toks[k].kind == tkWord && toks[k].is(fDeterminer) {
			if n := s.nextWord(k, 0); n >= 0 && (string(s.lowerTok(n)) == "same" || string(s.lowerTok(n)) == "following") {
				if !s.isPunct(n+1, ':') {
					continue
				}
				k = n + 2 // the address itself follows the colon
			}
		}
		if k < len(toks) && toks[k].kind == tkAlnum && strings.Count(s.text[toks[k].start:min(len(s.text), int(toks[k].start)+40)], ":") >= 2 {
			continue // an IPv6 or MAC address
		}
		first, last, digits := -1, -1, false
		for n := k; n < len(toks) && n-k < 24; n++ {
			u := &toks[n]
			if u.has(shNewline) && n > k && s.text[u.start-1] == '\n' && u.start >= 2 && s.text[u.start-2] == '\n' {
				break // a blank line
			}
			if u.has(shNewline) && n > k && s.lineLabelAt(n) {
				break // "… apartment 4.\nSpeaker 1: That's fine": the next speaker's turn
			}
			if u.kind == tkTag {
				break // "moved to [ADDRESS] 805XX": redacted already; what follows is no more of it
			}
			if u.kind == tkPunct {
				c := s.text[u.start]
				if c == '?' || c == '!' || c == '"' || c == '.' && !s.abbrevDot(n) && (n+1 >= len(toks) || toks[n+1].has(shSentStart) && !toks[n+1].has(shCap|shAllCaps)) {
					break
				}
				if c == '.' && n+1 < len(toks) && toks[n+1].has(shSpace) && !s.abbrevDot(n) && (toks[n-1].kind == tkWord && toks[n-1].end-toks[n-1].start > 3 && !toks[n-1].has(shAllCaps) ||
					toks[n-1].kind == tkNum && toks[n-1].end-toks[n-1].start >= 4 && toks[n+1].kind == tkWord && toks[n+1].has(shCap) && !toks[n+1].has(shAllCaps)) {
					break // "… Gossau. I now live in …", "… Apt 2C, 61761. Requests records release": the sentence ends
				}
				continue
			}
			if u.kind == tkWord && addressEnd(s.lowerTok(n)) && !(s.cased && u.has(shCap)) {
				break
			}
			if u.kind == tkWord && first >= 0 && (s.isPunct(n+1, ':') || n+2 < len(toks) && toks[n+1].kind == tkWord && s.isPunct(n+2, ':') || s.fieldAfterAddress(n)) {
				break // "… Pinecrest, FL 33156. Employer: …", "… G11 5QS. Landline +44 …": the next field of a form
			}
			if u.kind == tkWord && u.end-u.start == 1 && s.text[u.start] == 'I' && s.isPunct(n-1, '.') {
				break // "… OULU NO. I now live in …": the pronoun opens a sentence
			}
			if u.kind == tkNum || u.kind == tkAlnum {
				digits = true
			}
			if first < 0 {
				first = n
			}
			last = n
		}
		if first >= 0 && digits && last > first && s.addressWordIn(first, last) {
			s.addGaps(first, last, Address, 0.8, "place/address-cue")
			i = last
		}
	}
}

// addressWordIn: tokens first..last hold a word that can be part of an
// address: not a function word, a unit of time or measure, a number, a
// month or a weekday (the words of a date). "ship in 2 to 3 weeks" and
// "moved from Mar 14 to Mar 21" say when, not where.
func (s *scanner) addressWordIn(first, last int) bool {
	for n := first; n <= last; n++ {
		t := &s.toks[n]
		if t.kind == tkWord && !t.is(fStop|fDeterminer|fLocPrep|fDatePrep|fUnit|fMeasure|fNumWord|fOrdWord|fMonth|fWeekday) {
			return true
		}
	}
	return false
}

// numberWithin: one of the n tokens from k is a number.
func (s *scanner) numberWithin(k, n int) bool {
	for j := k; j < len(s.toks) && j < k+n; j++ {
		if s.toks[j].kind == tkNum || s.toks[j].kind == tkAlnum {
			return true
		}
	}
	return false
}

// addGaps adds findings over the word and number tokens of first..last
// that no earlier finding covers, so that what other detectors typed
// inside ("Springfield, IL", "62704") keeps its type.
func (s *scanner) addGaps(first, last int, t Type, score float64, src string) {
	run := -1
	for k := first; k <= last+1; k++ {
		gap := k <= last && !s.covered(k, "")
		if gap && run < 0 && s.toks[k].kind != tkPunct {
			run = k
		}
		if !gap && run >= 0 {
			e := k - 1
			for e > run && s.toks[e].kind == tkPunct {
				e--
			}
			s.add(run, e, t, score, src)
			run = -1
		}
	}
}

// detectRoads finds a numbered road named as a place: "lives off route
// nine", "the crash on Highway 61", "on I-95", "out on county road twelve".
// A road's number is as precise as a street: Safe Harbor removes every
// geographic unit smaller than a state. The head must follow a word of
// place or movement ("on", "off", "near", "take"), or be written with its
// capital before digits in cased text, so a route of a drug ("the oral
// route", "IV route 2x daily") stays.
func (s *scanner) detectRoads() {
	toks := s.toks
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.kind != tkWord || !t.is(fStreet) && !(t.end-t.start == 1 && s.isPunct(i+1, '-') && (s.text[t.start] == 'i' || s.text[t.start] == 'I')) {
			continue
		}
		w := string(s.lowerTok(i))
		start := i
		switch w {
		case "route", "rte", "highway", "hwy", "interstate", "freeway", "fwy", "i":
		case "road", "rd":
			// "county road 12", "state road nine": a numbered road needs its kind
			p := s.prevWord(i, 0)
			if p < 0 || p != i-1 || !roadKind(s.lowerTok(p)) {
				continue
			}
			start = p
		default:
			continue
		}
		end := s.roadNumber(i, w == "i")
		if end < 0 {
			continue
		}
		p := s.prevWord(start, 0)
		lead := p >= 0 && p == start-1 && (s.toks[p].is(fLocPrep) || roadLead(s.lowerTok(p)))
		capital := s.cased && toks[start].has(shCap) && !toks[start].has(shAllCaps|shSentStart) && toks[end].kind == tkNum
		if !lead && !(capital && w != "i") {
			continue
		}
		s.add(start, end, Address, 0.8, "place/road")
		i = end
	}
}

// roadNumber returns the last token of a road's number after its head at
// token i: digits, with a letter or not ("61", "9A"), joined by a hyphen
// after "I" ("I-95"; "i 95" is left: "I" is a word), or said in words ("nine", "sixty one", "two ninety
// five"); or -1.
func (s *scanner) roadNumber(i int, interstate bool) int {
	n := i + 1
	if interstate {
		if !s.isPunct(n, '-') || s.toks[n].start != s.toks[i].end {
			return -1
		}
		n++ // "I-95"
		if n >= len(s.toks) || s.toks[n].kind != tkNum || s.toks[n].end-s.toks[n].start < 2 || s.toks[n].end-s.toks[n].start > 3 {
			return -1
		}
		return n
	}
	if n >= len(s.toks) || !s.adjacent(i, n) {
		return -1
	}
	t := &s.toks[n]
	switch {
	case t.kind == tkNum && t.end-t.start <= 3 && t.val > 0:
		return n
	case t.kind == tkNum && t.end-t.start == 4 && t.val > 0 && i > 0 && roadKind(s.lowerTok(i-1)):
		return n // "county road 5010": a county numbers its roads in thousands
	case t.kind == tkAlnum && t.end-t.start <= 4 && !unitSuffixed(s.tokText(n)):
		b := s.tokText(n)
		if c := b[len(b)-1]; c >= '0' && c <= '9' || b[0] < '0' || b[0] > '9' || len(b) > 1 && (b[len(b)-2] < '0' || b[len(b)-2] > '9') {
			return -1 // one letter after the digits only: "9A", "66b"
		}
		return n
	}
	v, e := s.spokenSmall(n)
	if e < 0 || v == 0 {
		return -1
	}
	if v <= 9 && e == n {
		// "two ninety five", "one twenty"
		if v2, e2 := s.spokenSmall(e + 1); e2 > e && v2 >= 10 && s.adjacent(e, e+1) {
			e = e2
		}
	}
	return e
}

// roadKind: a word that makes "road" a numbered road ("county road 12").
func roadKind(w []byte) bool {
	switch string(w) {
	case "county", "state", "farm", "ranch", "forest", "township", "us":
		return true
	}
	return false
}

// roadLead: the words besides place prepositions after which a numbered
// road is a place ("off route 9", "take highway 61", "exit off I-95").
func roadLead(w []byte) bool {
	switch string(w) {
	case "on", "off", "along", "by", "down", "up", "past", "onto", "take", "took", "taking", "exit", "crossed", "cross":
		return true
	}
	return false
}

// unitOpensAddress: the flat or house word at token i, capitalised where
// the text has capitals, opens an address: its number right after (digits,
// or digits and a letter), a comma, then within a dozen words a street's
// word ("Flat 7, Sai Krupa Building, Gokhale Road"). Not "flat 30 degrees",
// "the house 2 doors down".
func (s *scanner) unitOpensAddress(i int) int {
	if s.cased && !s.toks[i].has(shCap) || s.notes {
		return -1
	}
	n := i + 1
	if n+1 < len(s.toks) && s.numberWordAt(i, n) {
		if n = s.nextWord(n, 1); n < 0 || n > i+3 {
			return -1 // "Flat No. 302"
		}
	} else if !s.adjacent(i, n) {
		return -1
	}
	if n+1 >= len(s.toks) || !s.isPunct(n+1, ',') {
		return -1
	}
	if t := &s.toks[n]; !(t.kind == tkNum && t.end-t.start <= 4 || t.kind == tkAlnum && unitLetter(s.tokText(n))) {
		return -1
	}
	for k := n + 2; k < len(s.toks) && k <= n+14; k++ {
		t := &s.toks[k]
		if t.has(shNewline) || t.kind == tkPunct && strings.ContainsRune(".?!", rune(s.text[t.start])) {
			return -1
		}
		if t.kind == tkWord && (!s.cased || t.has(shCap)) && (t.is(fStreet) || buildingWord(s.lowerTok(k))) {
			return n
		}
	}
	return -1
}

// numberWordAt: token n, right after the unit's word at token i, is "no"
// or "nr" before the unit's number ("Flat No. 302", "Apt no 4").
func (s *scanner) numberWordAt(i, n int) bool {
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(i, n) {
		return false
	}
	w := s.lowerTok(n)
	return string(w) == "no" || string(w) == "nr"
}

// buildingWord: a word that ends the name of a block of flats ("Sai Krupa
// Apartments", "Lakeview Towers").
func buildingWord(w []byte) bool {
	switch string(w) {
	case "apartments", "apartment", "towers", "tower", "residency", "residences", "mansions", "flats", "building", "complex", "heights":
		return true
	}
	return false
}
