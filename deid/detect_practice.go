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
		"bone", "joint", "spine", "sports", "sport", "rehab", "rehabilitation", "nursing", "wellness", "skin", "laser", "allergy", "asthma",
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

// casedPractices finds, in text with capitals (a cased letter, a report in
// capitals with mixed-case lines), a practice, a laboratory or a care
// service named by capitalised words before the kind of care it gives,
// wherever the sentence says it ("cc: Glenview Family Medicine, fax …",
// "I'm calling from Sun Valley Endocrine", "Office: Foothills Imaging,
// 2250 Canyon Boulevard", "Summit ENT and Allergy", "Palmview Pediatrics &
// Adolescent Medicine"). Up to three words, each with its capital (an
// acronym only when a list knows it as a chain, "CVS Pharmacy"); none a
// function word, a title, a kind of care or a clinical word, so that a
// department ("Pediatric Cardiology", "Sports Medicine", "Child
// Psychiatry", "Vascular Surgery") stays. The first word of a sentence
// names only when it is a name, a town or a word no list knows, or when
// the name is set off by a comma before its address or ends the line.
func (s *scanner) casedPractices() {
	if s.asciiUpper == 0 || !s.hasSeen(seenPractice) {
		return
	}
	toks := s.toks
	for h := 1; h < len(toks); h++ {
		t := &toks[h]
		if t.kind != tkWord || t.hi-t.lo < 4 || !t.has(shCap) || t.has(shAllCaps) || t.has(shPoss) || s.covered(h, "") {
			continue
		}
		k := s.practiceKindStart(h)
		if k < 0 {
			continue
		}
		first, named, n := -1, false, 0
		for j := k - 1; j >= 0 && k-j <= 3; j-- {
			u := &toks[j]
			w := s.lowerTok(j)
			if u.kind != tkWord || !s.adjacent(j, j+1) || !u.has(shCap) || u.has(shAllCaps) && !u.is(fChain) || u.has(shPoss|shApos) ||
				u.is(fStop|fDeterminer|fTitle|fRelation|fClinical|fCareKind|fCareUnit|fNumWord|fOrdWord|fMonth|fWeekday|fLocPrep|fCountry|fUnit|fGreeting) ||
				u.is(fMeasure) && !u.is(fCity) || // "Granite Peak Orthopedics": a measure's word that names places too
				u.is(fGeneric) && !u.is(fNameAny|fCity) || practiceQualifier(w) || s.careKindAt(j) ||
				!u.is(fNameAny|fCity|fCounty) && (clinicalTerms()[string(w)] || branchAdjective(w)) || s.verbIng(j) {
				break
			}
			first, n = j, n+1
			if u.is(fCity|fCounty|fChain) || u.is(fNameAny) && !u.is(fCommon) || u.f&^(fRare|fPhrase) == 0 && !s.misspelt(j) {
				named = true
			}
			if u.has(shSentStart | shNewline) {
				break
			}
		}
		if first < 0 {
			continue
		}
		if p := first - 1; p >= 0 && k-first < 3 && !toks[first].has(shSentStart|shNewline) && toks[p].kind == tkWord && toks[p].has(shCap) && s.adjacent(p, first) {
			continue // a capitalised word that names no practice opens the run: "Consultant in Old Age Psychiatry"
		}
		end := s.practiceTail(h)
		set := s.lineEndsAfter(end) || s.addressAfter(end) || s.answeredAfter(end)
		switch {
		case named:
		case toks[first].has(shSentStart | shNewline):
			if !set {
				continue // "Continue Cardiology follow-up": a sentence's first word
			}
		case n == 1:
			// one everyday word: "at Summit Orthopedics", "Office: Pinnacle
			// Imaging, 12 Elm St"; not "Human Services"
			if p := first - 1; !set && !(p >= 0 && s.toks[p].kind == tkWord && s.namingPrep(p)) || weakPracticeHead(s.lowerTok(h)) {
				continue
			}
		}
		s.add(first, end, Facility, 0.8, "place/practice")
		h = end
	}
}

// practiceKindWord: w, lower-cased, may end a practice's name
// (practiceKindStart's heads); markSpeech notes a capitalised one in
// seenPractice.
func practiceKindWord(w []byte) bool {
	return string(w) == "nurses" || string(w) == "therapy" || specialtyWord(w) || specialty(w) || bizHeadWord(w) || labHead(w)
}

// practiceKindStart returns the first token of the kind of care that token
// h ends, capitalised ("Family Medicine", "Orthopedics", "ENT and
// Allergy", "Spine and Sport", "Visiting Nurses", "Diagnostic
// Laboratories"), or -1 when h ends no practice's name.
func (s *scanner) practiceKindStart(h int) int {
	w := s.lowerTok(h)
	k := h
	switch {
	case string(w) == "medicine":
		if p := h - 1; p >= 1 && s.adjacent(p, h) && s.toks[p].has(shCap) && medicineKind(s.lowerTok(p)) {
			k = p
		} else {
			return -1
		}
	case string(w) == "therapy":
		// "Ridgeline Physical Therapy", "Motion Works Occupational Therapy"
		if p := h - 1; p >= 1 && s.adjacent(p, h) && s.toks[p].has(shCap) && therapyKind(s.lowerTok(p)) {
			k = p
		} else {
			return -1
		}
	case string(w) == "nurses":
		if p := h - 1; p >= 1 && s.toks[p].has(shCap) && string(s.lowerTok(p)) == "visiting" {
			k = p
		} else {
			return -1
		}
	case practiceKindWord(w):
	default:
		return -1
	}
	// kinds before: "Diagnostic Laboratories", "Specialty Pharmacy", "ENT and Allergy"
	for k >= 2 {
		p := k - 1
		pw := s.lowerTok(p)
		if s.toks[p].kind == tkWord && s.toks[p].has(shCap) && (practiceQualifier(pw) || s.careKindAt(p)) {
			k = p
			continue
		}
		if (s.isPunct(p, '&') || string(pw) == "and" && s.toks[p].kind == tkWord) && s.toks[p-1].kind == tkWord && s.toks[p-1].has(shCap) {
			if s.careKindAt(p-1) || s.toks[p-1].is(fCareUnit) && s.toks[p-1].has(shAllCaps) {
				k = p - 1
				continue
			}
		}
		break
	}
	return k
}

// answeredAfter: the practice's name that ends at token e is how a phone is
// answered, the one answering named next ("Motion Works Physical Therapy,
// this is Tess").
func (s *scanner) answeredAfter(e int) bool {
	n := e + 1
	if n < len(s.toks) && s.isPunct(n, ',') {
		n++
	}
	return n+1 < len(s.toks) && string(s.lowerTok(n)) == "this" && string(s.lowerTok(n+1)) == "is"
}

// therapyKind: the kind of therapy a practice is named for before
// "Therapy" ("Physical Therapy", "Speech Therapy").
func therapyKind(w []byte) bool {
	switch string(w) {
	case "physical", "occupational", "speech", "hand", "massage", "aquatic", "sports", "pediatric", "vision":
		return true
	}
	return false
}

// practiceTail returns the last token of a practice's name whose kind of
// care ends at token h: a second kind after "&" or "and" ("Pediatrics &
// Adolescent Medicine", "Cardiology and Vascular Surgery"), then the
// words that head a practice ("Group", "Associates", "Institute").
func (s *scanner) practiceTail(h int) int {
	e := h
	for {
		n := e + 1
		if n+1 < len(s.toks) && (s.isPunct(n, '&') || s.toks[n].kind == tkWord && string(s.lowerTok(n)) == "and") && s.toks[n+1].has(shCap) {
			m := n + 1
			if m+1 < len(s.toks) && medicineKind(s.lowerTok(m)) && string(s.lowerTok(m+1)) == "medicine" {
				e = m + 1
				continue
			}
			if mw := s.lowerTok(m); s.careKindAt(m) || practiceQualifier(mw) && m+1 < len(s.toks) && specialty(s.lowerTok(m+1)) {
				e = m
				if practiceQualifier(mw) {
					e = m + 1
				}
				continue
			}
		}
		if n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].has(shCap) && (practiceHead(s.lowerTok(n)) || s.toks[n].is(fFacHead) || labHead(s.lowerTok(n))) {
			e = n
			continue
		}
		return e
	}
}

// careKindAt: the word at token k is a specialty or a kind of care a
// practice is named for ("Orthopedics", "Heart", "Allergy"); pairKind
// holds specialty's words too.
func (s *scanner) careKindAt(k int) bool {
	return specialtyWord(s.lowerTok(k)) || s.pairKind(k)
}

// branchAdjective: an adjective that says which branch of a specialty a
// department practises and that the clinical vocabulary and
// practiceQualifier lack ("Preventive Cardiology", "Forensic Psychiatry");
// other adjectives may name a practice ("Coastal Dermatology").
func branchAdjective(w []byte) bool {
	switch string(w) {
	case "preventive", "preventative", "forensic", "cosmetic", "aesthetic", "academic", "comprehensive", "advanced", "consultative",
		"therapeutic", "operative", "invasive", "restorative", "functional", "integrative", "holistic", "perinatal",
		"postnatal", "antenatal", "prenatal", "palliative", "supportive", "hospital", "community", "outpatient", "inpatient", "ambulatory":
		return true
	}
	return false
}

// practiceQualifier: a word that says what kind of laboratory, pharmacy or
// practice it is, before its head ("Diagnostic Laboratories", "Specialty
// Pharmacy", "Home Health Services").
func practiceQualifier(w []byte) bool {
	switch string(w) {
	case "diagnostic", "clinical", "medical", "specialty", "compounding", "adolescent", "home", "health", "family", "internal", "occupational",
		"visiting", "urgent", "primary", "physical", "pediatric", "paediatric", "adult", "child", "children", "women", "womens":
		return true
	}
	return false
}

// labHead: words that end the name of a laboratory, an imaging centre or a
// care service ("Laboratories", "Imaging", "Ambulance", "Services").
func labHead(w []byte) bool {
	switch string(w) {
	case "laboratories", "laboratory", "labs", "diagnostics", "imaging", "radiology", "endocrine", "ambulance", "services", "hospice", "homecare",
		"anesthesia", "anaesthesia":
		return true
	}
	return false
}

// weakPracticeHead: a head that names a practice only after a name, a town
// or a word no list knows ("Tri-County Ambulance"; not "Human Services").
func weakPracticeHead(w []byte) bool {
	switch string(w) {
	case "services", "ambulance", "hospice", "homecare", "pharmacy", "drug", "drugs":
		return true
	}
	return false
}

// addressAfter: a comma and a house number, a PO box or a suite follow
// token e, as a practice's name runs on into its address ("Foothills
// Imaging, 2250 Canyon Boulevard").
func (s *scanner) addressAfter(e int) bool {
	n := e + 1
	if !s.isPunct(n, ',') || n+1 >= len(s.toks) {
		return false
	}
	t := &s.toks[n+1]
	return t.kind == tkNum || t.kind == tkWord && t.is(fPO|fUnitSuffix)
}

// detectCarePractices finds, in lower-case speech, a practice named by one
// or two everyday words before the kind of care it gives and its head,
// said where someone goes, calls from or is seen: "there's one at
// riverside pulmonary rehab", "the echo is at riverside pediatric
// cardiology", "the nurse from bright horizons home health", "for pt
// there's summit physical therapy" (after "there's" too). The kind and the
// head alone ("at physical therapy", "to the kidney center", "at home
// health"), and words of time, place or manner before them ("at night
// physical therapy", "at least pulmonary rehab"), name none.
func (s *scanner) detectCarePractices() {
	if s.notes || s.cased {
		return
	}
	toks := s.toks
	for h := 3; h < len(toks); h++ {
		t := &toks[h]
		if t.kind != tkWord || t.hi-t.lo < 3 || t.has(shPoss) {
			continue
		}
		visiting := string(s.lowerTok(h)) == "nurses" && s.adjacent(h-1, h) && string(s.lowerTok(h-1)) == "visiting"
		if w := s.lowerTok(h); !careTailHead(string(w)) && !(t.is(fFacHead) && !t.is(fStop|fDeterminer)) && !(string(w) == "home" && h > 0 && string(s.lowerTok(h-1)) == "nursing") && !visiting || s.covered(h, "") {
			continue // (a nursing home: "at riverside nursing home"; an agency: "with homestead visiting nurses")
		}
		k := h
		if visiting {
			k = h - 1
		}
		for n := 0; n < 2 && k > 0 && s.adjacent(k-1, k) && careNameKind(s.lowerStem(k-1)); n++ {
			k--
		}
		if k == h || k < 2 {
			continue
		}
		first, common := -1, 0
		for j := k - 1; j >= 1 && k-j <= 2 && s.adjacent(j, j+1); j-- {
			if !s.practiceNameWord(j) {
				break
			}
			first = j
			if toks[j].is(fCommon) {
				common++
			}
		}
		if first < 0 {
			continue
		}
		p := first - 1
		if !s.adjacent(p, first) || toks[p].kind != tkWord {
			continue
		}
		switch string(s.lowerTok(p)) {
		case "at", "from", "with", "called":
		case "the":
			// "and the prairie view wound center": two words of a name after
			// "the" (not "the new wound center", "the big new wound center")
			if k-first < 2 {
				continue
			}
		case "to":
			if common == k-first {
				continue // "to see physical therapy": a verb after "to"
			}
		case "s", "theres":
			// "there's summit physical therapy", "there 's summit physical therapy"
			if w := string(s.lowerTok(p)); w == "s" && (p < 1 || string(s.lowerTok(p-1)) != "there") {
				continue
			}
		default:
			continue
		}
		end := h
		for n := h + 1; n < len(toks) && n-h <= 2 && s.adjacent(n-1, n) && toks[n].kind == tkWord && (practiceHead(s.lowerTok(n)) && string(s.lowerTok(n)) != "care" || toks[n].is(fFacHead) && !toks[n].is(fStop)); n++ {
			end = n
		}
		if s.personNounAfter(end) {
			continue // "at riverside physical therapy appointment"
		}
		s.add(first, end, Facility, 0.8, "place/practice")
		h = end
	}
}

// practiceNameWord: the word at token j may name a practice before the
// kind of care it gives: no function word, number, calendar word, title,
// relation, kind of care, clinical word, or word of time, place or manner.
func (s *scanner) practiceNameWord(j int) bool {
	u := &s.toks[j]
	w := s.lowerTok(j)
	return u.kind == tkWord && u.hi-u.lo >= 3 && !u.has(shPoss|shApos) &&
		!u.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fRelation|fTitle|fClinical|fCareKind|fCareUnit|fUnit|fGreeting|fLocPrep|fDatePrep|fPersonVerb|fIntro|fCountry) &&
		!timeAdverb(w) && !placeAdverb(w) && !degreeWord(w) && !branchAdjective(w) && !practiceQualifier(w) && !careTailWord(string(w)) && !s.isFiller(j) &&
		(!s.verbIng(j) || s.ingBeforePlural(j))
}

// ingBeforePlural: the "-ing" word at token j opens a name with a plural
// after it, the way agencies and homes are named ("caring hands home
// health", "helping hands home care"); not a verb before its object
// ("doing physical therapy").
func (s *scanner) ingBeforePlural(j int) bool {
	n := j + 1
	if n >= len(s.toks) || !s.adjacent(j, n) || s.toks[n].kind != tkWord || !s.pluralWord(n) {
		return false
	}
	u := &s.toks[n]
	return !u.is(fStop|fDeterminer|fNumWord|fUnit|fMeasure|fClinical|fCareKind|fRelation|fTitle) && !s.verbIng(n)
}

// careNameKind: a word that says what care a practice gives before its
// head ("pulmonary rehab", "physical therapy", "adult day center",
// "pediatric cardiology", "kidney center", "home health").
func careNameKind(w []byte) bool {
	if careTailWord(string(w)) || specialtyWord(w) {
		return true
	}
	switch string(w) {
	case "pulmonary", "kidney", "heart", "spine", "sleep", "pain", "wound", "dialysis", "infusion", "renal", "cardiac", "memory", "fertility",
		"weight", "allergy", "hand", "foot", "joint", "bone", "breast", "lung", "liver", "hearing", "speech", "diabetes", "endocrine", "dental",
		"urgent", "health", "mental", "rehab", "rehabilitation", "hospice", "nursing", "senior", "wellness", "vascular", "stroke", "cardiology":
		return true
	}
	return false
}

// degreeWord: a word of how much or how often after "at" ("at least", "at
// most", "at best"), or of a place everyone has ("at work", "at school").
func degreeWord(w []byte) bool {
	switch string(w) {
	case "least", "most", "best", "worst", "all", "once", "first", "last", "times", "risk", "work", "school", "church", "rest", "random", "large", "length",
		"new", "old", "big", "main", "local", "small", "little", "nearest", "closest", "good", "whole", "entire", "same", "other", "usual", "regular", "outpatient", "inpatient":
		return true
	}
	return false
}
