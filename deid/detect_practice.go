package deid

// detectKindPairs finds a practice or a hospital that speech names by
// everyday words before two kinds of care joined by "and", with or
// without a head after them, said where someone is, goes or calls: "at
// oconee heart and vascular", "born at peachtree women's and infants
// hospital", "to lakeside ear nose and throat". The kinds alone ("the
// heart and vascular clinic", "at heart and vascular") and kinds said of
// a body ("her heart and lungs are fine") name none.
func (s *scanner) detectKindPairs() {
	if s.notes {
		return
	}
	toks, low := s.toks, s.low // (locals: the loop reads every token)
	for a := 2; a+1 < len(toks); a++ {
		t := &toks[a]
		if t.hi-t.lo != 3 || low[t.lo] != 'a' || t.kind != tkWord || low[t.lo+1] != 'n' || low[t.lo+2] != 'd' {
			continue
		}
		b := a + 1
		if !s.adjacent(a-1, a) || !s.adjacent(a, b) || !s.pairKind(a-1) || !s.pairKind(b) {
			continue
		}
		k := a - 1
		if k > 0 && s.adjacent(k-1, k) && s.pairKind(k-1) {
			k-- // "ear nose and throat"
		}
		end := b
		for n := b + 1; n < len(s.toks) && n-b <= 2 && s.adjacent(n-1, n) && s.toks[n].kind == tkWord && (s.toks[n].is(fFacHead) || practiceHead(s.lowerTok(n))); n++ {
			end = n
		}
		if end == b && b+1 < len(s.toks) && s.toks[b+1].kind == tkWord && s.adjacent(b, b+1) && !s.toks[b+1].is(fStop|fLocPrep|fDatePrep) && !s.isFiller(b+1) {
			continue // no head, and the kinds go on to what they are of: "heart and lung sounds"
		}
		if first := s.pairName(k); first >= 0 {
			s.add(first, end, Facility, 0.8, "place/facility")
			a = end
		}
	}
}

// pairKind: the word at token k is a kind of care that names a practice
// with another ("heart and vascular", "women's and infants").
func (s *scanner) pairKind(k int) bool {
	t := &s.toks[k]
	if t.kind != tkWord {
		return false
	}
	w := s.lowerTok(k)
	switch string(w) {
	case "womens", "women", "childrens", "children", "infants", "mens", "heart", "vascular", "vein", "eye", "ear", "nose", "throat",
		"bone", "joint", "spine", "sports", "rehab", "rehabilitation", "nursing", "wellness", "skin", "laser", "allergy", "asthma",
		"sleep", "pain", "cancer", "blood", "kidney", "hand", "foot", "ankle", "lung", "chest", "diabetes", "endocrine", "surgery",
		"surgical", "imaging", "hearing", "balance", "speech", "orthopedic", "orthopaedic", "digestive", "liver", "breast", "vision":
		return true
	}
	return specialty(w)
}

// practiceHead: a word that ends a practice's name after its kinds
// ("associates", "specialists", "institute").
func practiceHead(w []byte) bool {
	switch string(w) {
	case "associates", "specialists", "institute", "partners", "physicians", "group", "consultants", "care":
		return true
	}
	return false
}

// pairName returns the first token of one to three words that name a
// practice right before its kinds at token k, after a preposition of
// place (or "the" after one), or -1: a town, a name or a word no list
// holds among them ("oconee", "peachtree"); in cased text each with a
// capital.
func (s *scanner) pairName(k int) int {
	first, named := -1, false
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		t := &s.toks[j]
		if t.kind != tkWord || !s.adjacent(j, j+1) || t.is(fLocPrep|fStop|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure|fClinical|fRelation|fTitle|fMonth|fWeekday|fHoliday) ||
			s.isFiller(j) || t.hi-t.lo < 3 || s.pairKind(j) || s.verbIng(j) || s.cased && !t.has(shCap) {
			break
		}
		if !t.is(fGeneric) && (t.is(fNameAny|fCity|fCounty|fPhrase) || !t.is(fCommon)) {
			named = true
		}
		first = j
	}
	if first < 1 || !named {
		return -1
	}
	p := first - 1
	if string(s.lowerTok(p)) == "the" && p >= 1 {
		p--
	}
	if s.toks[p].kind != tkWord || !s.namingPrep(p) {
		return -1
	}
	return first
}
