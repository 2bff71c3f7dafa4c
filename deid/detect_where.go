package deid

import (
	"bytes"
	"strings"
	"sync"

	"github.com/deid-project/deid/deid/internal/lang/en"
)

// Where a patient was sent, seen or treated: the name after a verb of
// movement or care and a place preposition is the name of a place, even
// when it is only an acronym or an unknown word: "transferred to GH",
// "seen at UCSF", "admitted to Quartermain 2", "retired from GBMC". Units
// inside a hospital ("transferred to the MICU", "sent to CT") are not.

func (s *scanner) detectPlaceAfterMove() {
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].kind != tkWord || !s.notes && !toks[i].is(fMoveVerb|fStrongMove|fLocPrep) {
			continue // (in notes, "leave GH" too)
		}
		// "at UCSF", "at UPMC": an acronym after "at" in cased text
		if s.cased && s.toks[i+1].kind == tkWord && s.toks[i+1].has(shAllCaps) && string(s.lowerTok(i)) == "at" && s.adjacent(i, i+1) && s.placeName(i+1) && !s.isStateAt(i+1) {
			s.add(i+1, i+1, Facility, 0.7, "place/after-move")
			continue
		}
		if x := i + 1; s.toks[x].kind == tkWord && compassAdjective(s.lowerTok(x)) && s.namingPrep(i) && (s.utteranceEndAfter(x) || s.toks[x+1].is(fDatePrep|fLocPrep)) {
			// "reviewed at Northwestern on Feb 10", "she goes to
			// northeastern.": a university or hospital called by its region
			s.add(x, x, Location, 0.75, "place/after-move")
			continue
		}
		if s.notes && s.codeAfterBeing(i) {
			s.add(i+1, i+1, Facility, 0.7, "place/after-move")
			continue
		}
		if !toks[i].is(fMoveVerb | fStrongMove) {
			continue
		}
		p := s.nextWord(i, 0)
		if p < 0 || p != i+1 && !s.isPunct(p-1, '@') {
			continue
		}
		switch string(s.lowerTok(p)) {
		case "to", "at", "from", "in":
		default:
			if !s.isPunct(i+1, '@') {
				continue
			}
			p = i + 1 // "seen @ UCSF"
		}
		x := s.nextWord(p, 0)
		if x < 0 || x != p+1 || !s.placeName(x) && !s.hospitalCode(i, p, x) || s.countrySaid(x) {
			continue // ("came from chad": the country)
		}
		j := x
		// "UCSF Med Ctr", "UW Med", "Mass General"
		for n := x + 1; n < len(toks) && n-x <= 3 && s.adjacent(n-1, n); n++ {
			t := &toks[n]
			w := string(s.lowerTok(n))
			if t.kind == tkWord && (t.is(fFacHead) || w == "med" || w == "ctr" || w == "general" || w == "campus") ||
				s.cased && t.kind == tkWord && t.has(shCap) && !t.is(fStop|fDeterminer|fMonth|fWeekday|fTitle|fCareUnit) {
				j = n
				continue
			}
			if s.isPunct(n, '.') && n-1 >= x && string(s.lowerTok(n-1)) == "med" {
				continue
			}
			break
		}
		s.add(x, j, Facility, 0.75, "place/after-move")
		i = j
	}
}

// codeAfterBeing: in notes, the word after token i is a hospital's code
// (codeShaped) where being there, not moving there, says it: "followed
// at GH", "the CABG she had at gh", "I'm in GH", "would need to leave
// GH". After "in" it takes a form of "be" or "stay" before ("changes in
// GH" is growth hormone).
func (s *scanner) codeAfterBeing(i int) bool {
	x := i + 1
	if x >= len(s.toks) || !s.adjacent(i, x) || !s.codeShaped(x) {
		return false
	}
	if s.isPunct(x+1, '/') && s.toks[x+1].start == s.toks[x].end {
		return false // shorthand: "at wh/ time"
	}
	switch string(s.lowerTok(i)) {
	case "at", "leave", "leaving":
		return true
	case "from", "to", "called", "per", "via":
		// "Pt from NEBH s/p TKR", "CALLED MGH ADMITTING": a code that is
		// no clinical shorthand ("from ICH", "to SDH")
		return !s.toks[x].is(fClinical)
	case "in":
		p := s.prevWord(i, 0)
		if p < 0 {
			return false
		}
		switch string(s.lowerTok(p)) {
		case "m", "i'm", "im", "am", "is", "are", "was", "were", "be", "been", "being", "remains", "remained", "stay", "stayed", "stays":
			return true
		}
	}
	return false
}

// codeShaped: token x is written like a hospital's code, two to four
// letters ending in H for hospital (GH, MGH, BWH) or MC for medical center
// (BMC, UMMC), in capitals in cased text. Codes that say what a place is
// rather than which ("OSH", outside hospital; "NH", nursing home) and
// everyday words are not.
func (s *scanner) codeShaped(x int) bool {
	t := &s.toks[x]
	n := int(t.end - t.start)
	if t.kind != tkWord || n < 2 || n > 4 || s.cased && !s.notes && !t.has(shAllCaps) ||
		t.is(fCommon|fStop|fState|fCountry|fUnit|fMeasure|fCareUnit|fMonth|fWeekday|fGeneric|fTitle|fRelation) {
		return false
	}
	w := string(s.lowerTok(x))
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	if n = len(w); n < 2 || w == "osh" || w == "nh" {
		return false
	}
	return w[n-1] == 'h' || n >= 3 && w[n-2:] == "mc"
}

// placeName: token x can name a hospital or a town after a verb of
// movement: an acronym (GH, UCSF) or a capitalised or unknown word that is
// no unit of a hospital, no state, no country and no everyday word.
func (s *scanner) placeName(x int) bool {
	t := &s.toks[x]
	if t.kind != tkWord || t.is(fCareUnit|fState|fCountry|fMonth|fWeekday|fStop|fDeterminer|fTitle|fRelation|fUnit|fNumWord) {
		return false
	}
	n := t.end - t.start
	if t.has(shAllCaps) && s.cased {
		return n >= 2 && n <= 6 && !t.is(fClinical|fCommon)
	}
	if s.cased {
		return t.has(shCap) && !t.is(fCommon|fNonPHI|fClinical)
	}
	// lower case or all capitals throughout: only what is no word at all
	return n >= 4 && !t.is(fCommon|fNonPHI|fClinical|fRare)
}

// compassAdjective: the adjectives of a region that, alone after a
// preposition of place, name a university or hospital.
func compassAdjective(w []byte) bool {
	switch string(w) {
	case "northwestern", "northeastern", "southwestern", "southeastern":
		return true
	}
	return false
}

func placePrep(w []byte) bool {
	switch string(w) {
	case "to", "on", "from", "at", "in":
		return true
	}
	return false
}

// namedHeads finds facilities named by an acronym or a name before a short
// head: "UCLA Med Ctr", "SF General", "County General", "NY Presbyterian",
// "Frederick Memorial", "Kessler-Adventist Hosp", "the Zagaria campus".
func (s *scanner) detectNamedHeads() {
	toks := s.toks
	for h := 1; h < len(toks); h++ {
		t := &toks[h]
		if t.kind != tkWord || !t.is(fShortHead) {
			continue
		}
		w := string(s.lowerTok(h))
		if w == "general" && !s.cased {
			if first := s.generalSpoken(h); first >= 0 {
				s.add(first, h, Facility, 0.8, "place/named-head")
			}
			continue
		}
		switch {
		case w == "memorial" || w == "hosp" || w == "hsp" || w == "campus":
		case !s.cased || !t.has(shCap) || t.has(shSentStart):
			continue // "med", "general", "center": names only with capitals
		}
		end := h
		for n := h + 1; n < len(toks) && n-h <= 3; n++ {
			v := string(s.lowerTok(n))
			if s.isPunct(n, '.') && v != "" && n-1 >= 0 && (string(s.lowerTok(n-1)) == "med" || string(s.lowerTok(n-1)) == "ctr") {
				continue
			}
			if toks[n].kind == tkWord && (v == "ctr" || v == "center" || v == "centre" || v == "group" || v == "hospital" || v == "clinic") && (!s.cased || toks[n].has(shCap)) {
				end = n
				continue
			}
			break
		}
		if w == "medical" && end == h {
			continue // "Past Medical History": only "Medical Group", "Medical Center" end a name
		}
		if end == h && s.kindOfClinic(h) {
			continue // "the Pain Clinic"
		}
		first, named, clinical := -1, false, false
		for j := h - 1; j >= 0 && h-j <= 4; j-- {
			u := &toks[j]
			if u.kind == tkPunct && (s.text[u.start] == '-' || s.text[u.start] == '.') && j > 0 && u.start == toks[j-1].end {
				continue // "NewYork-Presbyterian", "Mt. Sinai"
			}
			if u.kind != tkWord || u.is(fStop|fDeterminer|fTitle|fMonth|fWeekday|fCareUnit|fRelation|fUnit) && !(s.cased && u.has(shCap) && u.is(fGeneric)) {
				break
			}
			if s.cased {
				// shorthand before a one-word head is no name ("CHF Med"); a
				// two-word head ("UCLA Med Ctr") makes the acronym a name, and
				// so does a place before "General" or "Presbyterian" ("at SF
				// General", "at NY-Presbyterian")
				placed := w != "medical" && j >= h-2 && s.placePrepBefore(j) && (w != "med" || !u.is(fClinical) || s.movedTo(s.prevWord(j, 0)))
				if !u.has(shCap) || u.has(shAllCaps) && s.shorthand(j) && end == h && !placed {
					break
				}
				if s.clinicalTermAt(j) {
					clinical = true
				} else if !u.is(fCommon) {
					named = true
				}
			} else if !s.properWord(j) || u.is(fClinical) && !u.is(fNameAny|fCity) {
				break
			}
			first = j
			if u.has(shSentStart) {
				break
			}
		}
		if first < 0 && w == "memorial" && end == h {
			// "Memorial Sloan Kettering", "Memorial Hermann": the name after
			if n := s.namesAfterMemorial(h); n > h {
				s.add(h, n, Facility, 0.8, "place/named-head")
				h = n
			}
			continue
		}
		if clinical && !named {
			continue // clinical words alone name a hospital's service: "Movement Disorders Clinic"
		}
		if first < 0 || first == h-1 && s.cased && toks[first].is(fCommon) && !toks[first].is(fGeneric|fCity|fNameAny) && !compassAdjective(s.lowerTok(first)) && w != "general" && w != "presbyterian" {
			continue
		}
		s.add(first, end, Facility, 0.8, "place/named-head")
		h = end
	}
}

// namesAfterMemorial returns the last of one or two capitalised name words
// (a name-list word, a town or no everyday word) right after "Memorial" at
// token h in cased text, or h: "Memorial Sloan Kettering", not "Memorial
// Day" or "Memorial Service".
func (s *scanner) namesAfterMemorial(h int) int {
	if !s.cased || !s.toks[h].has(shCap) || s.toks[h].has(shAllCaps) {
		return h
	}
	last := h
	for n := h + 1; n < len(s.toks) && n-h <= 2 && s.adjacent(n-1, n); n++ {
		t := &s.toks[n]
		if t.kind != tkWord || !t.has(shCap) || t.has(shAllCaps) || t.is(fStop|fDeterminer|fHoliday|fMonth|fWeekday|fFacHead|fFacility|fGeneric) ||
			t.is(fCommon) || !t.is(fNameAny|fCity) && t.is(fNonPHI|fClinical) {
			break
		}
		last = n
	}
	return last
}

// generalSpoken reads a hospital called by its short name in lower-case
// speech, "took me to mercy general", "from county general last night":
// one or two words after a preposition of place (no determiner), then
// "general" where a name ends (the turn ends, or a function word or a time
// follows), so that "in general", "good general health" and "to general
// surgery" stay. It returns the first token of the name, or -1.
func (s *scanner) generalSpoken(h int) int {
	if n := h + 1; n < len(s.toks) && s.toks[n].kind == tkWord {
		t := &s.toks[n]
		switch string(s.lowerTok(n)) {
		case "last", "yesterday", "today", "tonight", "er", "ed", "emergency", "hospital":
		default:
			if !t.is(fStop | fDeterminer | fLocPrep | fDatePrep | fWeekday | fMonth) {
				return -1
			}
		}
	}
	first := -1
	for j := h - 1; j >= 0 && h-j <= 2; j-- {
		t := &s.toks[j]
		if t.kind != tkWord || !s.adjacent(j, j+1) || t.is(fLocPrep|fDeterminer|fStop|fNumWord|fUnit|fMeasure|fClinical|fCareKind|fTitle|fRelation|fMonth|fWeekday) {
			break
		}
		first = j
	}
	if first < 0 {
		return -1
	}
	p := s.prevWord(first, 0)
	if p < 0 || p != first-1 || !placePrep(s.lowerTok(p)) {
		return -1
	}
	return first
}

// extendStates: a city, address or facility followed by ", ST" or ",
// Statename" takes the state with it: "Fairfield, CT", "Chicago,
// Illinois". A state on its own is no identifier.
func (s *scanner) extendStates() {
	for f := range s.found {
		switch s.found[f].Type {
		case City, Address, Facility:
		default:
			continue
		}
		b := s.tokAt(s.found[f].End - 1)
		if b < 0 || !s.isPunct(b+1, ',') || b+2 >= len(s.toks) || !s.isStateAt(b+2) || s.credentialAfterName(b, b+2) {
			continue
		}
		e := b + 2
		if e+1 < len(s.toks) && s.toks[e+1].kind == tkWord && s.pairType(e, e+1) == "STATE" {
			e++
		}
		s.setSpan(f, s.found[f].Start, int(s.toks[e].end))
	}
}

// hospitalCode: after a strong verb of movement and "to" or "at", a short
// code that is no unit or service of a hospital and no everyday word names
// a hospital even when it is also clinical shorthand ("GH").
func (s *scanner) hospitalCode(v, p, x int) bool {
	t := &s.toks[x]
	n := t.end - t.start
	if t.kind != tkWord || n < 2 || n > 6 || t.is(fCareUnit|fCareKind|fCommon|fState|fCountry|fStop|fUnit|fMonth|fWeekday|fFacHead|fShortHead) {
		return false
	}
	if !s.toks[v].is(fStrongMove) {
		// a verb of care names where only with "at", and only an acronym of
		// cased text that says no kind of place: "treated at UCLA", "seen at
		// UPMC", not "treated at OSH" (outside hospital)
		return s.toks[v].is(fMoveVerb) && string(s.lowerTok(p)) == "at" && s.cased && t.has(shAllCaps) && n >= 3 && string(s.lowerTok(x)) != "osh"
	}
	switch string(s.lowerTok(p)) {
	case "to", "at":
	case "from":
		if string(s.lowerTok(v)) == "sent" {
			return false // "sats sent from RA"
		}
	default:
		return false
	}
	// notes mix lower-case writing with capitals for shorthand: there a
	// code after a strong verb of movement may be lower case too
	return !s.cased || t.has(shAllCaps) || s.notes
}

// detectWards finds a ward or unit named after a person or a place and
// numbered ("to Quartermain 2", "on ellison 7", "plan: Blake 12"): a word
// no list knows, then a one- or two-digit number, after a place
// preposition or a colon. Only the name is reported; the number says which
// floor and identifies no one.
func (s *scanner) detectWards() {
	toks := s.toks
	for x := 1; x+1 < len(toks); x++ {
		t := &toks[x]
		// a word no list knows, or a rare surname ("Quartermain"); notes
		// write it in lower case too
		if t.kind != tkWord || !wardName(t.f) || t.end-t.start < 4 || s.cased && !s.notes && !t.has(shCap) {
			continue
		}
		if n := &toks[x+1]; n.kind != tkNum || n.end-n.start > 2 || !s.adjacent(x, x+1) {
			continue
		}
		if u := s.nextWord(x+1, 0); u >= 0 && s.toks[u].is(fUnit) {
			continue // "on zosyn 2 g"
		}
		if !s.wardBefore(x-1) || s.misspelt(x) {
			continue // "PAIN: RECIEVED 2-4 MG"
		}
		s.add(x, x, Location, 0.7, "place/ward")
	}
	if s.cased {
		s.namedWards()
	}
	// "ADMITTED TO KELLEWAY7", "transferred to 209 kelleway.": the number
	// run into the ward's name or before it
	for x := 1; x < len(toks); x++ {
		t := &toks[x]
		switch {
		case t.kind == tkAlnum && s.movedTo(x-1):
			c := s.tokText(x)
			l := 0
			for l < len(c) && isLetterASCII(c[l]) {
				l++
			}
			if l >= 6 && len(c)-l <= 2 && l < len(c) && wardName(s.lex.word([]byte(strings.ToLower(c[:l])))) {
				s.add(x, x, Location, 0.7, "place/ward")
			}
		case t.kind == tkWord && x >= 2 && toks[x-1].kind == tkNum && toks[x-1].end-toks[x-1].start <= 3 && s.movedTo(x-2) &&
			t.end-t.start >= 6 && wardName(t.f) && (s.isPunct(x+1, '.') || x+1 == len(toks) || toks[x+1].has(shNewline)):
			s.add(x-1, x, Location, 0.7, "place/ward")
		}
	}
}

// namedWards finds, in cased text, the name of a ward named after a person
// or a place (the name alone, as PhysioNet's gold marks a ward: not its
// number) by what follows its number, whatever comes before it: a wing ("Whitcomb
// 5 West"), a unit or a service ("Lindqvist 8 BMT unit", "Tisdale 7
// (medicine)", "Gallagher 4 (geri-psych)"); or a tower or pavilion with
// its floor ("Hollister Tower 6"). A score or a dose after an eponym or a
// drug ("Braden 18 (low risk)", "Lasix 40 (IV)") names none.
func (s *scanner) namedWards() {
	toks := s.toks
	for x := 0; x+2 < len(toks); x++ {
		t := &toks[x]
		if t.kind != tkWord || t.end-t.start < 4 || !t.has(shCap) || t.is(fStop|fCommon|fClinical|fEponym|fMonth|fWeekday|fTitle|fRelation|fUnit|fMeasure|fDirection) {
			continue
		}
		n := x + 1
		if k := &toks[n]; k.kind == tkWord && k.has(shCap) && towerWord(s.lowerTok(n)) && s.adjacent(x, n) {
			if f := n + 1; f < len(toks) && toks[f].kind == tkNum && toks[f].end-toks[f].start <= 2 && s.adjacent(n, f) {
				s.add(x, x, Location, 0.9, "place/ward") // "Hollister Tower 6": the name, as the wards below
				x = f
			}
			continue
		}
		if k := &toks[n]; k.kind != tkNum || k.end-k.start > 2 || !s.adjacent(x, n) || t.is(fNonPHI) {
			continue
		}
		switch w := &toks[n+1]; {
		case w.kind == tkWord && w.is(fDirection) && w.has(shCap) && w.end-w.start >= 4:
			s.add(x, x, Location, 0.9, "place/ward") // "Whitcomb 5 West"
			x = n + 1
		case w.kind == tkWord && (w.is(fCareUnit) || string(s.lowerTok(n+1)) == "unit" || w.has(shAllCaps) && w.end-w.start <= 5 && n+2 < len(toks) && string(s.lowerTok(n+2)) == "unit"),
			s.isPunct(n+1, '(') && n+2 < len(toks) && toks[n+2].kind == tkWord && (toks[n+2].is(fCareUnit) || specialtyWord(s.lowerTok(n+2)) || serviceWord(s.lowerTok(n+2))):
			s.add(x, x, Location, 0.9, "place/ward") // "Lindqvist 8 BMT unit", "Tisdale 7 (medicine)"
			x = n
		}
	}
}

// towerWord: a building of a hospital, numbered by its floors.
func towerWord(w []byte) bool {
	switch string(w) {
	case "tower", "pavilion", "wing", "building":
		return true
	}
	return false
}

// serviceWord: a hospital service a ward belongs to that no "-ology" names.
func serviceWord(w []byte) bool {
	switch string(w) {
	case "medicine", "surgery", "geri", "psych", "ortho", "neuro", "cardiac", "oncology", "onc", "peds", "pediatrics", "obstetrics", "rehab", "hospice", "med":
		return true
	}
	return false
}

// wardBefore: token p, before a ward, is a colon, a preposition of place
// or a verb of moving a patient ("TRANSFER QUARTERMAIN 2").
func (s *scanner) wardBefore(p int) bool {
	if p < 0 {
		return false
	}
	return s.isPunct(p, ':') || s.toks[p].kind == tkWord && (placePrep(s.lowerTok(p)) || s.toks[p].is(fMoveVerb))
}

// movedTo: token p is "to" or "at" right after a verb of moving a patient
// ("admitted to", "transferred to").
func (s *scanner) movedTo(p int) bool {
	if p < 1 || s.toks[p].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "to", "at":
	default:
		return false
	}
	v := s.prevWord(p, 0)
	return v >= 0 && s.toks[v].is(fMoveVerb)
}

// wardName: lexicon flags of a word that may name a ward: in no word list
// but the rare ones, or a surname or given name that is not a common one
// ("Quartermain").
func wardName(f uint64) bool {
	return f&^(fRare|fPhrase|fFirst|fLast) == 0 && f&(fFirstTop|fLastTop) == 0
}

// detectHospitalBeforeUnit: a short code or a name right before a unit of
// a hospital names the hospital: "to GH cath lab", "came to GH EW",
// "dc'd from GH TCU", "Mercy ER". Shorthand is allowed here (the unit
// after it says it is a place), everyday words and units are not.
func (s *scanner) detectHospitalBeforeUnit() {
	toks := s.toks
	for x := 1; x+1 < len(toks); x++ {
		t := &toks[x]
		n := t.end - t.start
		if t.kind != tkWord || n < 2 || n > 6 || !s.adjacent(x, x+1) || !toks[x+1].is(fCareUnit) || toks[x+1].kind != tkWord {
			continue
		}
		if t.is(fCareUnit|fCommon|fDeterminer|fStop|fState|fCountry|fUnit|fMonth|fWeekday|fTitle|fNumWord) || s.cased && !t.has(shCap) {
			continue
		}
		switch string(s.lowerTok(x + 1)) {
		case "er", "ew", "ed", "icu", "micu", "sicu", "ccu", "tcu", "cath", "pacu", "nicu", "picu", "csru", "rehab":
		default:
			continue
		}
		p := x - 1
		if toks[p].kind != tkWord || !placePrep(s.lowerTok(p)) && !toks[p].is(fMoveVerb) {
			continue
		}
		s.add(x, x, Facility, 0.75, "place/before-unit")
	}
}

// detectUniversities finds universities (and their hospitals) named by a
// place: "University of Maryland Medical Center", "U of MD Med Ctr", "U
// Maryland consult", "univ of texas". The place after "of" is a state, a
// city or, in cased text, a capitalised word; "u" alone needs "of" and a
// state or a place right after, so "u" for "you" is left alone.
func (s *scanner) detectUniversities() {
	toks := s.toks
	named := s.hasSeen(seenUniv)
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.kind != tkWord {
			continue
		}
		if t.f&fLocPrep != 0 && !s.notes {
			// "my grandson's at umass lowell", "goes to UConn": a
			// university by its short name, after a preposition of place
			if n := i + 1; toks[n].kind == tkWord && toks[n].hi-toks[n].lo <= 8 && s.adjacent(i, n) && s.namingPrep(i) &&
				universityShort(s.lowerTok(n)) && (!s.cased || toks[n].has(shCap)) {
				end := n
				if c := n + 1; c < len(toks) && toks[c].kind == tkWord && s.adjacent(n, c) && toks[c].is(fCity) && !toks[c].is(fCommon|fStop) {
					end = c // "umass amherst"
				}
				s.add(n, end, Facility, 0.8, "place/university")
				i = end
			}
			continue
		}
		if !named {
			continue
		}
		w := s.lowerTok(i)
		if string(w) != "university" && string(w) != "univ" && string(w) != "u" {
			continue
		}
		if s.cased && string(w) != "u" && !t.has(shCap) {
			continue // "the university" in running cased text: no name follows
		}
		k := s.nextWord(i, 1) // "Univ. of", "U. Maryland"
		if k < 0 || k > i+2 {
			continue
		}
		if string(s.lowerTok(k)) == "of" {
			k = s.nextWord(k, 0)
		} else if string(w) == "u" && !s.isStateAt(k) && !(s.toks[k].is(fState) && s.toks[k].end-s.toks[k].start > 2) {
			continue // "U Maryland", not "u ok"
		}
		if k < 0 || !s.universityPlace(k, string(w) == "u") {
			continue
		}
		end := k
		if e := s.nextWord(k, 0); e == k+1 && s.pairType(k, e) != "" {
			end = e // "of new york", "of north carolina"
		}
		// the hospital of the university: "Medical Center", "Med Ctr", "Hospital"
		for n := end + 1; n < len(toks) && n-end <= 3; n++ {
			v := string(s.lowerTok(n))
			if toks[n].kind == tkWord && (toks[n].is(fFacHead|fShortHead) || v == "medical" || v == "med") {
				end = n
				continue
			}
			if s.isPunct(n, '.') && (v == "." && n-1 > end-1) && (string(s.lowerTok(n-1)) == "med" || string(s.lowerTok(n-1)) == "ctr") {
				continue
			}
			break
		}
		s.add(i, end, Facility, 0.8, "place/university")
		i = end
	}
}

// universityShort: w is the short name of a university said as one word
// ("umass", "uconn", "nyu"); two letters ("bu", "bc") are too often
// something else.
func universityShort(w []byte) bool {
	switch string(w) {
	case "umass", "uconn", "unh", "uvm", "umaine", "nyu", "mit", "wpi", "rpi", "ucla", "usc", "ucsf", "ucsd", "unc",
		"lsu", "fsu", "asu", "psu", "osu", "umich", "upenn", "uchicago", "utexas", "suny", "cuny", "unlv", "gwu", "smu", "tcu", "byu",
		"tufts", "brandeis", "harvard", "yale", "princeton", "dartmouth", "stanford", "vanderbilt", "georgetown", "villanova", "fordham",
		"rutgers", "purdue", "gonzaga", "baylor", "clemson", "bowdoin":
		return true
	}
	return false
}

// universityPlace: token k can name the place of a university: a state
// (written out or, in capitals, its two letters), a city, or in cased text a
// capitalised word no list knows as an everyday word. After a bare "u" only
// a state or a city.
func (s *scanner) universityPlace(k int, bare bool) bool {
	t := &s.toks[k]
	if t.kind != tkWord {
		return false
	}
	if t.is(fState) && (t.end-t.start > 2 || t.has(shAllCaps) || !s.cased) || t.is(fCity) && !t.is(fCommon) {
		return true
	}
	if s.isStateAt(k) || s.lex.pairType(s.lowerTok(k), s.nextLower(k)) != "" {
		return true
	}
	return !bare && s.cased && t.has(shCap) && !t.is(fStop|fDeterminer)
}

// nextLower is the lower-cased next word after k, or nil.
func (s *scanner) nextLower(k int) []byte {
	if n := s.nextWord(k, 0); n == k+1 {
		return s.lowerTok(n)
	}
	return nil
}

// faithName: tokens i and i+1 are a faith name that hospitals, rehabs and
// homes take ("sacred heart", "holy cross", "good samaritan"). It returns
// the last token of the name, or -1.
func (s *scanner) faithName(i int) int {
	n := i + 1
	if n >= len(s.toks) || !s.toks[i].is(fPlaceLead) || s.toks[i].kind != tkWord || s.toks[n].kind != tkWord || !s.adjacent(i, n) {
		return -1
	}
	if l := s.toks[i].hi - s.toks[i].lo; l < 3 || l > 6 {
		return -1 // no first word below has that length
	}
	// no string copies: this runs at nearly every pair of words
	a, b := s.lowerTok(i), s.lowerTok(n)
	switch string(a) {
	case "holy":
		switch string(b) {
		case "cross", "family", "name", "spirit", "redeemer", "trinity", "rosary", "ghost":
			return n
		}
	case "sacred":
		if string(b) == "heart" {
			return n
		}
	case "good":
		if string(b) == "samaritan" || string(b) == "shepherd" {
			return n
		}
	case "divine":
		if string(b) == "providence" || string(b) == "savior" || string(b) == "saviour" || string(b) == "mercy" {
			return n
		}
	case "our":
		if string(b) == "lady" {
			if o := s.nextWord(n, 0); o == n+1 && string(s.lowerTok(o)) == "of" {
				if p := s.nextWord(o, 0); p == o+1 && s.toks[p].kind == tkWord && !s.toks[p].is(fStop|fDeterminer) {
					return p // "our lady of lourdes"
				}
			}
		}
	}
	return -1
}

// faithOne: a faith word that alone names a hospital ("mercy", "sinai").
func faithOne(w []byte) bool {
	switch string(w) {
	case "mercy", "sinai", "providence", "bethesda", "calvary", "nazareth":
		return true
	}
	return false
}

// detectFaithAndRegions finds two kinds of place that everyday words name:
//   - a facility with a faith name, before the word for what it is or
//     after a verb of moving: "rehab (sacred heart Memorial)", "SCREENED BY
//     HOLY CROSS REHAB", "transferred to holy family"; in any case, since
//     notes write them in capitals or not at all;
//   - a part of a town or a state named by a direction: "the Eastern
//     Shore", "the South Side", "the west end" (smaller than a state, so
//     an identifier; "the East Coast" spans states and is none).
func (s *scanner) detectFaithAndRegions() {
	toks := s.toks
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tkWord || !t.is(fPlaceLead|fDirection) {
			continue
		}
		if faithOne(s.lowerTok(i)) {
			// "seen at MERCY last week", "transferred to sinai": a hospital
			// called by one faith word, after "at" or a verb of moving and
			// a place preposition (not "at the mercy of")
			if p := s.prevWord(i, 0); p >= 0 && p == i-1 && placePrep(s.lowerTok(p)) {
				v := s.prevWord(p, 0)
				moved := v >= 0 && toks[v].is(fMoveVerb|fStrongMove)
				if n := s.nextWord(i, 0); (moved || string(s.lowerTok(p)) == "at") && (n < 0 || string(s.lowerTok(n)) != "of") && (!s.cased || t.has(shCap)) {
					s.add(i, i, Facility, 0.8, "place/faith-name")
				}
			}
			continue
		}
		if i+1 == len(toks) {
			break // the names and regions below have two words
		}
		if j := s.faithName(i); j > 0 {
			end := -1
			if h := s.nextWord(j, 0); h == j+1 && (toks[h].is(fFacHead|fShortHead|fCareUnit) || string(s.lowerTok(h)) == "rehab") {
				end = h
				for n := h + 1; n < len(toks) && n-h <= 2 && s.adjacent(n-1, n) && toks[n].is(fFacHead|fShortHead); n++ {
					end = n
				}
			} else if p := s.prevWord(i, 0); p >= 0 && p == i-1 && placePrep(s.lowerTok(p)) {
				// "transferred to holy family", and after "at" with any verb:
				// "i was at good samaritan", "she works at sacred heart"
				if v := s.prevWord(p, 0); v >= 0 && toks[v].is(fMoveVerb|fStrongMove) || string(s.lowerTok(p)) == "at" {
					end = j
				}
			}
			if end > 0 {
				s.add(i, end, Facility, 0.85, "place/faith-name")
				i = end
			}
			continue
		}
		// the next token must be "shore", "side" or "end" (tested first: cheap)
		if u := &toks[i+1]; u.kind != tkWord || u.hi-u.lo < 3 || u.hi-u.lo > 5 {
			continue
		}
		if !t.is(fDirection) && !regionDirection(s.lowerTok(i)) {
			continue
		}
		n := s.nextWord(i, 0)
		if n != i+1 || !s.adjacent(i, n) {
			continue
		}
		switch string(s.lowerTok(n)) {
		case "shore", "side", "end":
		default:
			continue
		}
		switch {
		case s.cased && t.has(shCap) && toks[n].has(shCap) && !t.has(shAllCaps):
		case !(s.cased && t.has(shCap)) && string(s.lowerTok(n)) != "side" && i > 0 && s.prevWord(i, 0) == i-1 && string(s.lowerTok(i-1)) == "the":
			// lower case: "the north shore", "the east end" (not "side":
			// "the left side", "the east side of the building")
		case !(s.cased && t.has(shCap)) && string(s.lowerTok(n)) == "side" && s.livesIn(i) && !s.ofAfter(n):
			// "we moved to the south side", "she lives on the west side"
		default:
			continue
		}
		if len(s.lowerTok(i)) <= 2 {
			continue // "N", "SW": a compass point, not a region's name
		}
		s.add(i, n, Location, 0.8, "place/region")
		i = n
	}
}

// livesIn: "the" stands right before token i after a place preposition (to,
// on, from, at, in)
// after a word that introduces where someone lives ("live on the", "moved
// to the", "stays in the").
func (s *scanner) livesIn(i int) bool {
	d := s.prevWord(i, 0)
	if d < 0 || d != i-1 || string(s.lowerTok(d)) != "the" {
		return false
	}
	p := s.prevWord(d, 0)
	if p < 0 || p != d-1 || !placePrep(s.lowerTok(p)) {
		return false
	}
	v := s.prevWord(p, 0)
	if v >= 0 && (string(s.lowerTok(v)) == "up" || string(s.lowerTok(v)) == "over" || string(s.lowerTok(v)) == "down") {
		v = s.prevWord(v, 0) // "live over on the"
	}
	return v >= 0 && s.toks[v].is(fAddressCue)
}

// ofAfter: the word "of" follows token n ("the east side of the building").
func (s *scanner) ofAfter(n int) bool {
	o := s.nextWord(n, 0)
	return o == n+1 && string(s.lowerTok(o)) == "of"
}

// regionDirection: the adjective forms of the compass points and "upper",
// "lower" ("the Upper West Side" reads "West Side").
func regionDirection(w []byte) bool {
	switch string(w) {
	case "northern", "southern", "eastern", "western":
		return true
	}
	return false
}

// detectEmployers finds an employer named after a cue of work and a
// preposition: "works for Vista Health", "CEO OF IBM", "employed by
// halvorsen systems", "a job at Brightwater". An article, a pronoun or an
// everyday word alone after the cue names no one ("works for the city",
// "works for himself", "works at night"); an everyday word names one before
// the head of a company's name ("works for vista health").
func (s *scanner) detectEmployers() {
	toks := s.toks
	for c := 0; c < len(toks); c++ {
		if toks[c].kind != tkWord || !toks[c].is(fEmployCue) {
			continue
		}
		if st, e := s.workedWhere(c); st >= 0 {
			s.add(st, e, Location, 0.8, "place/employer") // "outside the home depot where i work"
			continue
		}
		if c+2 >= len(toks) {
			continue
		}
		p := c + 1
		for k := 0; k < 3 && toks[p].kind == tkWord && p+1 < len(toks) && s.adjacent(p, p+1); k++ {
			if string(s.lowerTok(p)) == "from" && string(s.lowerTok(p+1)) == "home" && p+2 < len(toks) && s.adjacent(p+1, p+2) {
				p += 2 // "working from home now for meridian insurance group"
				continue
			}
			if !(workAdverb(s.lowerTok(p)) || k >= 1 && string(s.lowerTok(p)) == "time") {
				break
			}
			p++ // "works over at", "worked down at", "i work nights at", "works part time at"
		}
		// "my employer is harrow and dunn logistics": who employs someone,
		// said with "is", names a company only by the shape of one
		employerIs := toks[p].kind == tkWord && (string(s.lowerTok(p)) == "is" || string(s.lowerTok(p)) == "was") && string(s.lowerTok(c)) == "employer" && p == c+1
		// "he retired from general electric": a company by its shape (a
		// hospital someone retired from is read as one, after-move)
		if string(s.lowerTok(c)) == "laid" {
			if string(s.lowerTok(p)) != "off" || p+1 >= len(toks) || !s.adjacent(p, p+1) {
				continue
			}
			p++ // "i got laid off from allegheny steelworks"
		}
		retiredFrom := (retireVerb(s.lowerTok(c)) || string(s.lowerTok(c)) == "laid") && string(s.lowerTok(p)) == "from" && (s.orgNamedAt(p+1) || s.capitalisedCompany(p+1))
		if toks[p].kind != tkWord || !employPrep(s.lowerTok(p)) && !employerIs && !retiredFrom || !s.adjacent(p-1, p) {
			continue
		}
		// a verb of working is said of medicines too ("it works for RLS"):
		// it names an employer only when said of a person, and "working
		// with" is using ("working with the spirometer")
		role := !workVerb(s.lowerTok(c))
		if !role && string(s.lowerTok(p)) == "with" {
			continue
		}
		if staffRole(s.lowerTok(c)) && string(s.lowerTok(p)) != "at" {
			continue // "an RN at Sunnybrook", not "seen by the nurse for arrangements"
		}
		if w := string(s.lowerTok(c)); (w == "shift" || w == "shifts") && (string(s.lowerTok(p)) != "at" || s.notes) {
			continue // "the night shift at waffle house", not "during shift for secretions"
		}
		if !role && !s.personWithin(c, 4) && !(toks[c].has(shSentStart) && s.orgNamedAt(p+1)) {
			continue // but "Works for Tallgrass Payroll Solutions.": a note drops the subject before a company's name
		}
		first := p + 1
		e := s.companyName(first)
		if e < 0 && first+1 < len(toks) && string(s.lowerTok(first)) == "the" {
			if e = s.companyName(first + 1); e > 0 || s.brandAt(first+1) {
				first++ // "works at the walmart", "a job at the home depot"
			}
		}
		if e > 0 {
			s.add(first, e, Location, 0.8, "place/employer")
			c = e
			continue
		}
		if e := s.partners(first); e > first {
			s.add(first, e, Location, 0.88, "place/employer") // "i work at fisher and lamb", "a roofer with harmon and pike"
			c = e
			continue
		}
		if e := s.chainSite(first); e >= first {
			s.add(first, e, Location, 0.8, "place/employer") // "back to work at lowe's", "the night shift at the kroger distribution center"
			c = e
			continue
		}
		if employerIs {
			continue // "my employer is very understanding"
		}
		if string(s.lowerTok(p)) == "at" && first < len(toks) {
			// "i bartend at the blue heron in fells point"; with no article,
			// two everyday words are a name: "i work at copper kettle on
			// weekends" (not "at home", "at night")
			v, bare := first, string(s.lowerTok(first)) != "the"
			if !bare {
				v++
			}
			if e := s.everydayVenue(v); e >= v && (!bare || e == v+1 || e == v+3 && string(s.lowerTok(e)) == "spa") && !s.covered(v, "") {
				s.add(v, e, Location, 0.75, "place/employer")
				c = e
				continue
			}
		}
		last, named := -1, false
	words:
		for k := first; k < len(toks) && k-p <= 6; k++ {
			t := &toks[k]
			if t.kind == tkPunct {
				if ch := s.text[t.start]; (ch == '&' || ch == '-' || ch == '.' && s.abbrevDot(k)) && last == k-1 && k+1 < len(toks) && toks[k+1].kind == tkWord {
					continue // "Halvorsen & Sons", "Hewlett-Packard", "Acme Co."
				}
				break
			}
			// in cased text a capital goes on with the name ("a teacher at
			// Holmwood Primary")
			capGoesOn := s.cased && named && last == k-1 && t.kind == tkWord && t.has(shCap) && !t.has(shSentStart|shAllCaps) && !t.is(fStop|fDeterminer|fMonth|fWeekday|fNumWord)
			if t.kind != tkWord || t.is(fStop|fDeterminer|fTitle|fRelation|fMonth|fWeekday|fNumWord|fUnit|fMeasure|fCareKind|fCountry) && !t.is(fOrgHead) && !(k == first && s.brandAt(k)) && !capGoesOn {
				break
			}
			switch {
			case k == first && s.brandAt(k):
				last, named = k, true // "works at walmart", "worked for amazon"
			case t.is(fOrgHead) && last == k-1:
				last, named = k, true
			case capGoesOn:
				last = k
			case s.employerWord(k, role):
				last, named = k, true
			case k+1 < len(toks) && toks[k+1].kind == tkWord && toks[k+1].is(fOrgHead) && s.adjacent(k, k+1) && !t.is(fGeneric|fOrgHead):
				last = k // "vista" before "health"
			case (last == k-1 || k == first) && s.orgHeadAhead(k) > k:
				// "pioneer valley transit", "caring hands home health": everyday
				// words, then the head of a company's name
				h := s.orgHeadAhead(k)
				last, named, k = h, true, h
			default:
				break words // an everyday word ends the name
			}
		}
		if named && last >= first {
			s.add(first, last, Location, 0.8, "place/employer")
			c = last
		}
	}
}

// brandsAtWork finds a company of the lists said as where someone works
// with no cue right before it: after someone is "at" it and work was just
// spoken of ("we added her to my plan at work, i'm at raytheon"), or after
// "gets off at" ("she gets off at fedex at five"). A brand anywhere else
// is a shop or a product ("i'm at walmart now").
func (s *scanner) brandsAtWork() {
	if s.notes || !s.any(fCountry|fChain) {
		return
	}
	toks := s.toks
	for k := 2; k < len(toks); k++ {
		if toks[k].kind != tkWord || !toks[k].is(fCountry|fChain) || !s.brandAt(k) && !s.chainStore(k) || s.covered(k, "") {
			continue
		}
		p := k - 1
		if string(s.lowerTok(p)) != "at" || !s.adjacent(p, k) || !s.adjacent(p-1, p) {
			continue
		}
		who := string(s.lowerTok(p - 1))
		switch {
		case who == "off" && p >= 2 && getVerb(s.lowerTok(p-2)):
		case (who == "im" || who == "shes" || who == "hes" || who == "were" || who == "theyre") && s.workSaidBefore(p-1):
		default:
			continue
		}
		e := k
		if x := s.siteKindAfter(k); x > k {
			e = x
		}
		s.add(k, e, Location, 0.75, "place/brand-at-work")
		k = e
	}
}

// getVerb: a form of "get" ("gets off at": leaves work).
func getVerb(w []byte) bool {
	switch string(w) {
	case "get", "gets", "got", "getting":
		return true
	}
	return false
}

// workSaidBefore: work or a job is spoken of among the eight words before
// token k, in the same sentence ("my plan at work, i'm at …").
func (s *scanner) workSaidBefore(k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 8; j-- {
		t := &s.toks[j]
		if t.kind == tkTag || t.kind == tkPunct && (s.text[t.start] == '.' || s.text[t.start] == '?' || s.text[t.start] == '!') || t.has(shNewline) && j < k-1 {
			return false
		}
		if t.kind != tkWord {
			continue
		}
		n++
		switch string(s.lowerTok(j)) {
		case "work", "job", "employer", "shift", "works", "working":
			if q := j - 1; q >= 0 && s.toks[q].kind == tkWord {
				switch string(s.lowerTok(q)) {
				case "after", "before", "from", "off":
					return false // "after work i'm at costco": where someone is once work is done
				}
			}
			return true
		}
	}
	return false
}

// partners returns the last token of a firm named by two surnames joined
// by "and" from token k ("fisher and lamb", "harmon and pike"), the way
// trades, shops and law firms are named, or -1: both are words of the
// surname list, no function or kin word, in speech.
func (s *scanner) partners(k int) int {
	a, n := k+1, k+2
	if s.cased || n >= len(s.toks) || string(s.lowerTok(a)) != "and" || !s.adjacent(k, a) || !s.adjacent(a, n) {
		return -1
	}
	for _, j := range [2]int{k, n} {
		t := &s.toks[j]
		if t.kind != tkWord || !t.is(fLast) || t.hi-t.lo < 3 || t.is(fStop|fDeterminer|fRelation|fTitle|fMonth|fWeekday|fNumWord|fUnit|fMeasure|fState|fCountry|fFacHead) || t.has(shPoss) {
			return -1
		}
	}
	return n
}

// orgHeadAhead returns the head of a company's name ("transit",
// "health") among the three words after token k, everyday words that
// could name one between ("pioneer valley transit"), or -1.
func (s *scanner) orgHeadAhead(k int) int {
	for j := k; j < len(s.toks) && j <= k+3; j++ {
		t := &s.toks[j]
		if t.kind != tkWord || j > k && !s.adjacent(j-1, j) {
			return -1
		}
		if t.is(fStop|fDeterminer|fTitle|fRelation|fMonth|fWeekday|fNumWord|fUnit|fMeasure|fCountry) && !t.is(fOrgHead) && !(j == k && string(s.lowerTok(j)) == "first") ||
			t.is(fClinical) && !t.is(fCommon|fOrgHead) {
			return -1 // but "first keystone credit union", "pacific crest bank": an everyday word that is also shorthand
		}
		if s.cased && !t.has(shCap) {
			return -1
		}
		if j > k && t.is(fOrgHead) {
			return j
		}
		if j > k && string(s.lowerTok(j)) == "credit" && j+1 < len(s.toks) && string(s.lowerTok(j+1)) == "union" && s.adjacent(j, j+1) {
			return j + 1
		}
	}
	return -1
}

// orgNamedAt: a company's name by its shape starts at token k: a name the
// company list holds, a brand, or words before the head of a company's
// name ("tallgrass payroll solutions").
func (s *scanner) orgNamedAt(k int) bool {
	return k < len(s.toks) && (s.companyName(k) > 0 || s.brandAt(k) || s.orgHeadAhead(k) > k)
}

// companyName returns the last token of a company whose name is two or
// three everyday words starting at token k ("home depot", "bank of
// america"), or -1.
func (s *scanner) companyName(k int) int {
	if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkWord || !companyFirst()[string(s.lowerTok(k))] {
		return -1
	}
	var b []byte
	b = append(b, s.lowerTok(k)...)
	for e, n := k+1, 1; e < len(s.toks) && n < 4; e++ {
		if s.toks[e].kind != tkWord || !s.adjacent(e-1, e) {
			break
		}
		b = append(append(b, ' '), s.lowerTok(e)...)
		n++
		if companyNames()[string(b)] {
			return e
		}
	}
	return -1
}

var companyNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for line := range en.Lines(en.CompanyNames) {
		m[strings.Join(strings.Fields(line), " ")] = true
	}
	return m
})

// companyFirst holds the first words of companyNames.
var companyFirst = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for name := range companyNames() {
		first, _, _ := strings.Cut(name, " ")
		m[first] = true
	}
	return m
})

// workAdverb: the adverbs said between a verb of work and its place
// ("works over at", "worked down at").
func workAdverb(w []byte) bool {
	switch string(w) {
	case "over", "down", "up", "out", "nights", "days", "weekends", "mornings", "evenings", "overnights", "overnight", "there", "now", "still", "part", "full", "remotely":
		return true // "i work nights at costco"
	}
	return false
}

// brandAt: token k is a company the companies list knows ("walmart",
// "costco", "google"), which is no name or town.
func (s *scanner) brandAt(k int) bool {
	return s.toks[k].is(fCountry) && companies()[string(s.lowerTok(k))]
}

var companies = wordSet(en.Companies)

// everydayVenue returns the last token of a place of work or a
// restaurant named by one or two everyday words from token k, right after
// "at the" and a cue of working or eating ("i bartend at the blue heron in
// fells point", "we ate at the anchor down by the water"), or -1. No word
// may be a function, time, kin, care or trade word, nor a thing or place
// people are at that names no business (en.VenueNouns: "at the front
// desk", "at the kitchen table"); what is said pauses after it, or goes on
// to where it is.
func (s *scanner) everydayVenue(k int) int {
	if s.cased || s.notes || k < 1 || !s.adjacent(k-1, k) {
		return -1
	}
	for j := k; j < len(s.toks) && j-k < 2; j++ {
		t := &s.toks[j]
		w := s.lowerTok(j)
		if j == k+1 && t.kind == tkWord && s.adjacent(k, j) && string(w) == "nails" && s.toks[k].kind == tkWord && !s.toks[k].is(fStop|fDeterminer|fNumWord|fClinical|fMeasure) &&
			!tradeKinds()[string(s.lowerTok(k))] && !sizeWord(s.lowerTok(k)) {
			// "at lotus nails", "at lotus nails and spa": a nail salon is
			// named by a word before "nails"
			if a, b := j+1, j+2; b < len(s.toks) && s.adjacent(j, a) && s.adjacent(a, b) && string(s.lowerTok(a)) == "and" && string(s.lowerTok(b)) == "spa" {
				return b
			}
			return j
		}
		if t.kind != tkWord || !s.adjacent(j-1, j) || t.hi-t.lo < 3 || t.has(shApos) && !t.has(shPoss) ||
			t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fHoliday|fClinical|fRelation|fTitle|fUnit|fMeasure|fState|fCountry|fCareKind|fCareUnit|fFacHead|fOrgHead|fLocPrep|fDirection) ||
			tradeKinds()[string(w)] || venueNouns()[string(w)] || sizeWord(w) || s.verbIng(j) || placeKind(w) || storeHead(w) {
			break
		}
		if s.clauseEndsAfter(j) || s.venueGoesOn(j) {
			return j
		}
	}
	return -1
}

// venueGoesOn: after token j what is said goes on to where the place is
// ("… in fells point", "… down by the water", "… on route nine").
func (s *scanner) venueGoesOn(j int) bool {
	n := j + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(j, n) {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "in", "on", "near", "by", "down", "over", "out", "downtown", "off", "across", "up", "last", "every", "yesterday", "tonight", "with", "for", "after", "before", "its", "thats", "where", "which",
		"weekends", "nights", "mornings", "evenings", "days", "now", "since", "part", "full":
		return true // ("a server at copper kettle weekends", "… now")
	}
	return false
}

var venueNouns = wordSet(en.VenueNouns)

// wordSet returns the words of an en table as a set, built on first use.
func wordSet(table string) func() map[string]bool {
	return sync.OnceValue(func() map[string]bool {
		m := map[string]bool{}
		for w := range en.Words(table) {
			m[w] = true
		}
		return m
	})
}

// chainSite returns the last token of a chain's store or site starting
// at token k ("lowe's", "the kroger distribution center": its kind of
// site after it), or -1. An article before it is read by the caller.
func (s *scanner) chainSite(k int) int {
	if k >= len(s.toks) || !s.chainStore(k) {
		return -1
	}
	if e := s.siteKindAfter(k); e > k {
		return e
	}
	return k
}

// siteKindAfter returns the last token of a kind of work site right after
// token k ("warehouse", "distribution center", "plant"), or -1.
func (s *scanner) siteKindAfter(k int) int {
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(k, n) {
		return -1
	}
	switch string(s.lowerTok(n)) {
	case "warehouse", "plant", "factory", "headquarters", "hq", "depot", "store", "pharmacy",
		"eastside", "westside", "northside", "southside", "downtown", "midtown", "uptown": // "at davita eastside": which of its sites
		return n
	case "distribution", "fulfillment", "call", "data", "service":
		if m := n + 1; m < len(s.toks) && s.adjacent(n, m) && (string(s.lowerTok(m)) == "center" || string(s.lowerTok(m)) == "centre") {
			return m
		}
	}
	return -1
}

// chainSites finds a chain's work site said by its kind after "at" or
// "from" (and "the"): "i slipped at the kroger distribution center", "he's
// at the amazon warehouse"; not the chain alone ("at kroger"). Only the
// chains and brands of the lexicon's lists are read (a text with none
// costs nothing).
func (s *scanner) chainSites() {
	if s.notes || !s.any(fCountry|fChain) {
		return
	}
	for k := 1; k+1 < len(s.toks); k++ {
		if s.toks[k].kind != tkWord || !s.toks[k].is(fCountry|fChain) {
			continue
		}
		e := s.siteKindAfter(k)
		if e < 0 || !s.chainStore(k) || s.covered(k, "") {
			continue
		}
		switch string(s.lowerTok(e)) {
		case "store", "pharmacy":
			continue // a chain's shop: the store rules read where it is
		}
		p := k - 1
		if string(s.lowerTok(p)) == "the" && p >= 1 {
			p--
		}
		if w := string(s.lowerTok(p)); s.toks[p].kind == tkWord && (w == "at" || w == "from" || w == "in" || w == "to" || w == "near") {
			s.add(k, e, Location, 0.8, "place/business-head")
			k = e
		}
	}
}

// workedWhere returns the store or company named right before "where"
// and a person before the verb of working at token c ("the home depot
// where i work", "panera bread where she worked"), or -1, -1.
func (s *scanner) workedWhere(c int) (int, int) {
	if !workVerb(s.lowerTok(c)) || c < 3 {
		return -1, -1
	}
	who, wh := c-1, c-2
	switch string(s.lowerTok(who)) {
	case "i", "he", "she", "we", "they", "you":
	default:
		return -1, -1
	}
	if string(s.lowerTok(wh)) != "where" || s.toks[wh-1].kind != tkWord {
		return -1, -1
	}
	e := wh - 1
	if st := s.storeName(e); st >= 0 && !s.covered(e, "") {
		return st, e
	}
	return -1, -1
}

// personBefore: a person is the subject of the verb at token v: a personal
// pronoun, a relation or "who" among the three words before it, in the same
// clause ("she works", "my son who works", "i've been working").
func (s *scanner) personBefore(v int) bool { return s.personWithin(v, 3) }

// personWithin is personBefore reading up to max words back ("i go back
// to work at": four).
func (s *scanner) personWithin(v, max int) bool {
	for k, n := v-1, 0; k >= 0 && n < max; k-- {
		t := &s.toks[k]
		if t.kind != tkWord {
			if s.isPunct(k, '\'') {
				continue // "i 've", "she's"
			}
			return false
		}
		n++
		if t.is(fRelation) {
			return true
		}
		switch string(s.lowerTok(k)) {
		case "i", "im", "ive", "he", "hes", "she", "shes", "we", "were", "weve", "they", "theyre", "you", "youre", "who":
			return true
		}
	}
	return false
}

// employerWord: token k can be (part of) the name of an employer: a word
// written with a capital in cased text, or a word no list of everyday words
// has; clinical shorthand only after a role ("CEO of IBM").
func (s *scanner) employerWord(k int, role bool) bool {
	t := &s.toks[k]
	if role && t.has(shAllCaps) && t.end-t.start >= 2 {
		return true // "CEO of IBM"
	}
	if t.is(fClinical|fEponym) && !s.capitalsJoined(k) {
		return false // (but "Tri-County Poultry": shorthand joined to a capitalised word by a hyphen is a name's part)
	}
	if s.cased && t.has(shCap) && !t.has(shSentStart) {
		return true
	}
	return !t.is(fCommon|fNonPHI|fGeneric|fFacHead) && t.end-t.start >= 2 && !s.misspelt(k)
}

// capitalsJoined: in cased text, token k has a capital and a hyphen joins
// it, with no space, to a word with a capital ("Tri-County").
func (s *scanner) capitalsJoined(k int) bool {
	h, n := k+1, k+2
	return s.cased && n < len(s.toks) && s.toks[k].has(shCap) && s.isPunct(h, '-') && s.toks[k].end == s.toks[h].start && s.toks[h].end == s.toks[n].start &&
		s.toks[n].kind == tkWord && s.toks[n].has(shCap)
}

// employPrep: the prepositions that name an employer after a cue of work.
func employPrep(w []byte) bool {
	switch string(w) {
	case "for", "at", "by", "of", "with":
		return true
	}
	return false
}

// staffRole: a role in care or a word of several senses, after which only
// "at" names an employer ("a nurse at Sunnybrook", "a student at
// Brandeis"; "the nurse for arrangements", "an assistant with dressing").
func staffRole(w []byte) bool {
	switch string(w) {
	case "nurse", "rn", "lpn", "cna", "caregiver", "caretaker", "student", "therapist", "assistant", "counselor", "server", "aide", "intern", "volunteer":
		return true
	}
	return false
}

// capitalisedCompany: in cased text other than notes, tokens from k are
// two or three words with capitals that no facility's head ends, the way a
// company is written ("Allegheny Steelworks"; not "Mercy Hospital").
func (s *scanner) capitalisedCompany(k int) bool {
	if !s.cased || s.notes {
		return false
	}
	n := 0
	for j := k; j < len(s.toks) && j-k < 3; j++ {
		t := &s.toks[j]
		if t.kind != tkWord || j > k && !s.adjacent(j-1, j) || !t.has(shCap) || t.has(shAllCaps) || t.is(fStop|fDeterminer|fMonth|fWeekday|fTitle) {
			break
		}
		if t.is(fFacHead | fCareUnit) {
			return false
		}
		n++
	}
	return n >= 2
}

// retireVerb: a form of the verb "retire", which names an employer after
// "from" ("retired from boeing").
func retireVerb(w []byte) bool {
	switch string(w) {
	case "retire", "retired", "retiring", "retires":
		return true
	}
	return false
}

// workVerb: a form of the verb "work".
func workVerb(w []byte) bool {
	switch string(w) {
	case "work", "works", "worked", "working":
		return true
	}
	return false
}

// detectSaints finds a place named after a saint: by a given name in the
// possessive, the short way people say it ("over at st. joe's", "saint
// pat's", "St. Vincent's", and as speech is tokenised, "saint olaf 's"),
// with what it is ("saint anselm's catholic school", "saint luke 's
// orthopedic institute") and the saint's place ("saint catherine of siena
// medical center", "saint mary of the lake academy"). Spelled out, "saint"
// opens a place's name before any word that could name one ("at saint
// maron 's"; a hospital, a church, a school or a town); "st" only before a
// given name ("the st segment").
func (s *scanner) detectSaints() {
	for i := 0; i+1 < len(s.toks); i++ {
		if s.toks[i].kind != tkWord {
			continue
		}
		w := string(s.lowerTok(i))
		if w == "lady" {
			if j := s.ourLadyOf(i); j > i {
				s.add(i-1, j, Facility, 0.85, "place/saint")
				i = j
			}
			continue
		}
		if w != "st" && w != "saint" {
			continue
		}
		n := i + 1
		if s.isPunct(n, '.') {
			n++
		}
		if n >= len(s.toks) || !s.adjacent(n-1, n) || s.toks[n].has(shNewline) {
			continue
		}
		t := &s.toks[n]
		if t.kind != tkWord || t.is(fStop|fMonth|fWeekday|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure) || s.cased && !t.has(shCap) && s.toks[i].has(shCap) {
			continue
		}
		named := t.is(fFirst) || w == "saint" && t.hi-t.lo >= 3 && (t.is(fNameAny|fCity|fPhrase) || t.f&^fRare == 0)
		if !named {
			continue
		}
		e, poss := n, t.has(shPoss) // "saint olaf 's" too: the tokenizer folds a spaced "'s" into its word
		if h := e + 1; h < len(s.toks) && s.toks[h].kind == tkWord && s.toks[h].is(fEpoHead) && s.adjacent(e, h) {
			continue // "St John's wort": a herb
		}
		if !poss {
			e = s.saintOf(e) // "saint catherine of siena"
		}
		tail := -1
		if k := e + 1; k < len(s.toks) && s.adjacent(e, k) {
			tail = max(s.facilityTail(k), s.saintTail(k))
		}
		switch {
		case tail > e:
			e = tail // "saint luke 's orthopedic institute"
		case !poss && w == "st":
			continue // "st john" a person, "st segment"
		}
		s.add(i, e, Facility, 0.85, "place/saint")
		i = e
	}
}

// saintTail returns the last token of what a place named after a saint is,
// from token k on ("catholic school", "high", "mercy", "children's heart
// clinic", "parish"): up to four words, the last a place's head, the others
// words that qualify one (a faith, a kind of care); or -1.
func (s *scanner) saintTail(k int) int {
	last := -1
	for n, words := k, 0; n < len(s.toks) && words < 4; n++ {
		if n > k && !s.adjacent(n-1, n) {
			break
		}
		t := &s.toks[n]
		if t.kind != tkWord || s.cased && !t.has(shCap) {
			break
		}
		words++
		w := s.lowerTok(n)
		switch {
		case t.is(fLandmark|fFacHead|fShortHead) && !t.is(fStop|fDeterminer) || schoolLevel(w) || string(w) == "mercy":
			last = n
		case t.is(fCountry|fGeneric|fFacility|fCareKind) && !t.is(fStop|fDeterminer) || facilityTailWord(string(w)) || specialtyWord(w) || string(w) == "heart":
		default:
			return last
		}
	}
	return last
}

// schoolLevel: a word that ends a school's name ("westbrook high").
func schoolLevel(w []byte) bool {
	switch string(w) {
	case "high", "elementary", "middle", "prep", "academy", "primary", "secondary":
		return true
	}
	return false
}

// saintOf returns the last token of the place a saint named at token e is
// "of", as a church or a school says it ("saint catherine of siena",
// "saint mary of the lake", "saint francis of assisi"): "of", "the" and one
// word that is no function word, number or word of time; or e.
func (s *scanner) saintOf(e int) int {
	k := e + 1
	if k+1 >= len(s.toks) || string(s.lowerTok(k)) != "of" || !s.adjacent(e, k) {
		return e
	}
	k++
	if string(s.lowerTok(k)) == "the" && k+1 < len(s.toks) {
		k++
	}
	t := &s.toks[k]
	if t.kind != tkWord || !s.adjacent(k-1, k) || t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fUnit|fMeasure|fClinical) || timeAdverb(s.lowerTok(k)) || s.cased && !t.has(shCap) {
		return e
	}
	return k
}

// ourLadyOf returns the last token of a church or a school named "our
// lady of" a title of Mary, from "lady" at token i ("we go to our lady of
// the assumption", "Our Lady of Lourdes"): up to three words after "of"
// (and "the"), none a function word, a word of time or a number; or -1.
func (s *scanner) ourLadyOf(i int) int {
	if i < 1 || i+2 >= len(s.toks) || string(s.lowerTok(i-1)) != "our" || string(s.lowerTok(i+1)) != "of" || !s.adjacent(i-1, i) || !s.adjacent(i, i+1) {
		return -1
	}
	k := i + 2
	if string(s.lowerTok(k)) == "the" && k+1 < len(s.toks) {
		k++
	}
	last := -1
	for ; k < len(s.toks) && k-i <= 6 && s.adjacent(k-1, k); k++ {
		t := &s.toks[k]
		if t.kind != tkWord || t.is(fStop|fDeterminer|fNumWord|fMonth|fWeekday|fLocPrep) || timeAdverb(s.lowerTok(k)) || s.cased && !t.has(shCap) {
			break
		}
		last = k
		if k-i >= 4 {
			break
		}
	}
	return last
}

// detectNamedAfterKind finds the name of a school, a church or a day care
// set off by commas after the kind of place, whose it is: "my kid's
// daycare, busy bees, called me", "our church, first congregational, has a
// pantry". The commas and the possessive say the words name the place, so
// everyday words may: one to three of them, none a function word, a word of
// time, a number or an adverb in -ly ("my school, honestly, was fine", "our
// church, back home, ..."). In cased text each word has its capital.
//
// A temple, a congregation or a lake is named right after the word, after
// a preposition of place (templeName: "we go to temple israel", not "a
// headache in my temple"), a day care after the kind and "at" or "called"
// (careCalled: "she's in daycare at little sprouts").
func (s *scanner) detectNamedAfterKind() {
	toks := s.toks
	for h := 1; h+1 < len(toks); h++ {
		if toks[h].kind == tkWord && toks[h].is(fCareUnit|fFacHead) {
			if x := s.careSiteAt(h); x > h {
				s.add(x, x, Location, 0.75, "place/care-site")
				h = x
				continue
			}
		}
		if toks[h].kind != tkWord || !toks[h].is(fLandmark|fFacHead) {
			continue
		}
		if !toks[h].is(fLandmark) {
			s.careCalled(h) // "day care at", "child care called"
			continue
		}
		if j := s.templeName(h); j > h {
			s.add(h, j, Location, 0.9, "place/named-after-kind") // over the given names it holds ("beth")
			h = j
			continue
		}
		if j := s.careCalled(h); j > h {
			continue
		}
		if h+2 >= len(toks) || !s.isPunct(h+1, ',') || !placeKindNoun(s.lowerTok(h)) {
			continue
		}
		if p := h - 1; toks[p].kind != tkWord || !(possessive(s.lowerTok(p)) || toks[p].has(shPoss)) || !s.adjacent(p, h) {
			continue
		}
		last := -1
		for k := h + 2; k < len(toks) && k-h <= 4; k++ {
			t := &toks[k]
			if t.kind != tkWord {
				if k > h+2 && (s.isPunct(k, ',') || s.isPunct(k, '.') || s.isPunct(k, ';')) {
					last = k - 1
				}
				break
			}
			w := s.lowerTok(k)
			if t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fHoliday|fRelation|fTitle|fClinical|fPersonVerb) && !(t.is(fOrdWord) && k == h+2) ||
				timeAdverb(w) || placeAdverb(w) || bytes.HasSuffix(w, []byte("ly")) || t.end-t.start < 3 || s.cased && !t.has(shCap) {
				break
			}
		}
		if last > h+1 {
			s.add(h+2, last, Location, 0.8, "place/named-after-kind")
			h = last
		}
	}
}

// careCalled finds the name of a day care said after the kind and "at" or
// "called": "she's in daycare at little sprouts", "a preschool called tiny
// steps". Everyday words name it there when there are two of them and none
// is a function word or a word of time ("daycare at home", "preschool at
// the church", "daycare at night"); one word alone must be a name or no
// word a list knows. It returns the name's last token, or -1.
func (s *scanner) careCalled(h int) int {
	switch string(s.lowerTok(h)) {
	case "daycare", "preschool", "kindergarten", "nursery", "montessori":
	case "care":
		if !childCare(s.lowerTok(h-1)) || !s.adjacent(h-1, h) {
			return -1
		}
	default:
		return -1
	}
	p := h + 1
	if p+1 >= len(s.toks) || !s.adjacent(h, p) {
		return -1
	}
	if w := string(s.lowerTok(p)); w != "at" && w != "called" && w != "named" {
		return -1
	}
	last, named := -1, false
	for k := p + 1; k < len(s.toks) && k-p <= 3 && s.adjacent(k-1, k); k++ {
		t := &s.toks[k]
		w := s.lowerTok(k)
		if t.kind != tkWord || t.end-t.start < 3 || t.is(fStop|fDeterminer|fGeneric|fNumWord|fOrdWord|fMonth|fWeekday|fRelation|fTitle|fClinical|fUnit|fMeasure) ||
			timeAdverb(w) || placeAdverb(w) || s.cased && !t.has(shCap) {
			break
		}
		named = named || t.is(fNameAny) && !t.is(fCommon) || t.f&^(fRare|fPhrase) == 0
		last = k
	}
	if last < 0 || last == p+1 && !named {
		return -1
	}
	s.add(p+1, last, Location, 0.8, "place/named-after-kind")
	return last
}

// templeName returns the last token of the name after "temple",
// "congregation" or "lake" at token h, said after a preposition of place
// ("to temple israel", "at congregation beth el", "up at lake kezar"), or
// -1: one or two words that are names, towns or countries, or no word the
// lists know.
func (s *scanner) templeName(h int) int {
	if w := string(s.lowerTok(h)); w != "temple" && w != "congregation" && w != "lake" {
		return -1
	}
	if !s.namingPrep(s.prevWord(h, 0)) || s.prevWord(h, 0) != h-1 {
		return -1
	}
	j := -1
	for k := h + 1; k < len(s.toks) && k-h <= 2 && s.adjacent(k-1, k); k++ {
		t := &s.toks[k]
		if t.kind != tkWord || t.is(fStop|fDeterminer|fFacHead|fLandmark|fClinical|fMonth|fWeekday) {
			break
		}
		if !(t.is(fNameAny|fCity|fCountry) && (!t.is(fCommon) || t.is(fFirstTop)) || t.f&^(fRare|fPhrase) == 0 && t.end-t.start >= 2) {
			break
		}
		j = k
	}
	if s.cased && j > 0 && !s.toks[j].has(shCap) {
		return -1
	}
	return j
}

// placeKindNoun: a kind of place that people name after it, set off by
// commas ("my daycare, busy bees,").
func placeKindNoun(w []byte) bool {
	switch string(w) {
	case "church", "school", "daycare", "preschool", "kindergarten", "temple", "synagogue", "mosque", "parish", "academy":
		return true
	}
	return false
}

// detectNeighbourhoods finds a neighbourhood named where someone lives,
// grew up or moved, after "the": "moved to the back bay", "grew up on the
// upper west side", "we live in the heights", "the south side of chicago";
// in cased text also without "the", in capitals ("we live in Back Bay").
// The head says it is part of a town (bay, heights, village, side ...);
// the word before it must name which one, not describe it ("the quiet
// side", "the same village", "the big hill").
func (s *scanner) detectNeighbourhoods() {
	toks := s.toks
	for d := 2; d+1 < len(toks); d++ {
		if toks[d].kind != tkWord {
			continue
		}
		first := d + 1
		switch {
		case toks[d].is(fDeterminer):
			if string(s.lowerTok(d)) != "the" || !s.homeBefore(d) {
				continue
			}
		case s.cased && toks[d].has(shCap) && !toks[d].has(shSentStart|shAllCaps):
			// cased text may name it without "the", in capitals: "we live in Back Bay"
			if !s.homeBefore(d) {
				continue
			}
			first = d
		default:
			continue
		}
		k := first
		if w := string(s.lowerTok(k)); (w == "upper" || w == "lower") && k+1 < len(toks) && s.adjacent(k, k+1) {
			k++ // "the upper west side"
		}
		end := -1
		for ; k < len(toks) && k-first <= 2; k++ {
			t := &toks[k]
			if t.kind != tkWord || k > first && !s.adjacent(k-1, k) {
				break
			}
			if h := neighbourhoodHead(s.lowerTok(k)); h > 0 {
				if first == d && !t.has(shCap) {
					break // without "the", both words have their capitals
				}
				if k > first || h == 2 {
					end = k // "the heights" alone; "the village" is any village
				}
				break
			}
			if t.is(fStop|fGeneric|fDeterminer|fNumWord|fOrdWord|fClinical|fMonth|fWeekday|fUnit|fMeasure) || timeAdverb(s.lowerTok(k)) || describing(s.lowerTok(k)) || s.cased && !t.has(shCap) {
				break
			}
		}
		if end < 0 {
			continue
		}
		if o := s.nextWord(end, 0); o == end+1 && string(s.lowerTok(o)) == "of" {
			// "the south side of chicago", not "the east side of the building"
			if c := s.nextWord(o, 0); c != o+1 || !toks[c].is(fCity|fState) || toks[c].is(fDeterminer) {
				continue
			}
		}
		s.add(first, end, Location, 0.8, "place/neighbourhood")
		d = end
	}
}

// homeBefore: token d ("the", or a capitalised word) follows a place
// preposition after a word of living, moving or growing up ("live in the",
// "moved back to the", "grew up on the", "originally from the", "live in
// Back Bay").
func (s *scanner) homeBefore(d int) bool {
	p := s.prevWord(d, 0)
	if p < 0 || p != d-1 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "in", "on", "to", "from":
	default:
		return false
	}
	v := s.prevWord(p, 0)
	if v >= 0 && v == p-1 {
		switch string(s.lowerTok(v)) {
		case "up", "over", "down", "back", "out":
			v = s.prevWord(v, 0) // "grew up on the", "moved back to the"
		}
	}
	if v < 0 || v < p-2 {
		return false
	}
	if s.toks[v].is(fAddressCue) {
		return true
	}
	switch string(s.lowerTok(v)) {
	case "grew", "raised", "born", "originally", "relocated":
		return true
	case "were", "im", "theyre", "shes", "hes":
		// "we're in the back bay": where a person is (not where a rash is)
		return v == p-1 && string(s.lowerTok(p)) == "in"
	}
	return false
}

// neighbourhoodHead: 1 for the heads of a neighbourhood's name that need a
// word naming which one ("back bay", "east village", "south side"), 2 for
// those that name one alone ("the heights", "the flats"), else 0.
func neighbourhoodHead(w []byte) int {
	switch string(w) {
	case "bay", "village", "side", "end", "shore", "hill", "hills", "point", "square", "district", "quarter":
		return 1
	case "heights", "flats", "highlands":
		return 2
	}
	return 0
}

// describing: adjectives that describe a part of a town rather than name
// it ("the quiet side", "the nice end", "the little village").
func describing(w []byte) bool {
	switch string(w) {
	case "quiet", "nice", "small", "little", "busy", "rough", "bad", "good", "poor", "rich", "nicer", "better", "worse", "far", "near", "other", "whole", "right", "left", "wrong", "top", "bottom", "sunny", "shady", "safe", "cheap":
		return true
	}
	return false
}

// detectTownCalled finds a town named after the word for it and "called"
// or "named": "a little town called pine bluff", "a village named red
// oak". Everyday words name a town there ("bluff", "oak"); up to three of
// them, none a function word or a word of time, and in
// cased text each with its capital ("a town called, um, …" names none).
func (s *scanner) detectTownCalled() {
	toks := s.toks
	for c := 1; c+1 < len(toks); c++ {
		t := &toks[c]
		if t.kind != tkWord || !(t.hi-t.lo == 6 && s.low[t.lo] == 'c' || t.hi-t.lo == 5 && s.low[t.lo] == 'n') {
			continue // "called", "named": by their length and first letter first
		}
		if w := s.lowerTok(c); string(w) != "called" && string(w) != "named" || !s.adjacent(c-1, c) {
			continue
		}
		typ := City
		switch string(s.lowerTok(c - 1)) {
		case "town", "city", "village", "hamlet", "township", "suburb", "borough":
		case "county", "parish":
			typ = County
		default:
			continue
		}
		last := -1
		for k := c + 1; k < len(toks) && k-c <= 3 && s.adjacent(k-1, k); k++ {
			t := &toks[k]
			w := s.lowerTok(k)
			if t.kind != tkWord || t.end-t.start < 2 || t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fRelation|fTitle|fUnit|fMeasure|fPersonVerb) ||
				timeAdverb(w) || placeAdverb(w) || s.cased && !t.has(shCap) {
				break
			}
			last = k
		}
		if last < 0 {
			continue
		}
		s.add(c+1, last, typ, 0.92, "place/town-called")
		c = last
	}
}

// careSiteAt returns the token of the place named in one word after a
// place of care and "at" ("went to the er at cedars", "the coumadin clinic
// at riverside", "since I started at the ICU at Sunnybrook"), or -1: a
// word that names a town, a person or a landmark, or that no list knows,
// capitalised in cased text; not "the er at night", "the clinic at home",
// "the icu at baseline", "the hospital at the time".
func (s *scanner) careSiteAt(h int) int {
	switch string(s.lowerTok(h)) {
	case "er", "ed", "icu", "hospital", "clinic", "rehab", "dialysis":
	case "room", "department":
		if h < 1 || string(s.lowerTok(h-1)) != "emergency" {
			return -1
		}
	case "care":
		if h < 1 || string(s.lowerTok(h-1)) != "urgent" {
			return -1
		}
	default:
		return -1
	}
	a, x := h+1, h+2
	if x >= len(s.toks) || s.toks[a].kind != tkWord || string(s.lowerTok(a)) != "at" || !s.adjacent(h, a) || !s.adjacent(a, x) {
		return -1
	}
	t := &s.toks[x]
	w := s.lowerTok(x)
	if t.kind != tkWord || t.end-t.start < 3 || s.cased && !t.has(shCap) || t.has(shAllCaps) ||
		t.is(fStop|fDeterminer|fNumWord|fOrdWord|fWeekday|fMonth|fHoliday|fUnit|fMeasure|fTitle|fRelation|fEmployCue|fClinical|fGeneric|fCareUnit|fCareKind|fState|fCountry) ||
		timeAdverb(w) || placeAdverb(w) || t.is(fCommon) && !t.is(fCity|fCounty|fFirst|fLandmark|fShortHead|fPlaceLead) {
		return -1
	}
	if n := x + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(x, n) && (s.toks[n].is(fFacHead|fFacility) || s.toks[n].has(shPoss)) {
		return -1 // "at riverside hospital", "at mercy's": the rules of named places read those
	}
	return x
}
