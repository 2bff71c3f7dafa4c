package deid

// Where a patient was sent, seen or treated: the name after a verb of
// movement or care and a place preposition is the name of a place, even
// when it is only an acronym or an unknown word: "transferred to GH",
// "seen at UCSF", "admitted to Quartermain 2", "retired from GBMC". Units
// inside a hospital ("transferred to the MICU", "sent to CT") are not.

// moveVerbs take a place after to/at/from/in.
const moveVerbs = ` transfer transferred transfered transferring admitted admit readmitted seen sent treated presented
 presenting visited registered referred went go going taken brought returned retired retiring works worked
 employed discharged dcd transported flown airlifted moved diagnosed dxd followed evaluated `

func (s *scanner) detectPlaceAfterMove() {
	toks := s.toks
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].kind != tkWord || !containsWord(moveVerbs, s.lowerTok(i)) {
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
		if x < 0 || x != p+1 || !s.placeName(x) {
			continue
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

func containsWord(list string, w []byte) bool {
	if len(w) == 0 {
		return false
	}
	for k := 0; k+len(w)+1 < len(list); k++ {
		if list[k] == ' ' && list[k+len(w)+1] == ' ' && list[k+1:k+1+len(w)] == string(w) {
			return true
		}
	}
	return false
}
