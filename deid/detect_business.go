package deid

import (
	"bytes"

	"github.com/deid-project/deid/deid/internal/lang/en"
)

// lastLineFrom returns the first token of the last line that tokens a..b
// touch, or a: a business's head extends what is on its own line ("Dr.
// Lucienne Abiodun-Park\nNorthshore Family Physicians": a finding made
// across the line break before it does not name the business).
func (s *scanner) lastLineFrom(a, b int) int {
	for k := b; k > a; k-- {
		if s.toks[k].has(shNewline) {
			return k
		}
	}
	return a
}

// detectBusinessHeads finds businesses named after a person or a place,
// once names and places are found: a name or town right before the head of a
// business's name ("thank you for calling harmon drug", "Macquarie Street
// Psychology", "a docker at Surrey Docks", "Albin and Sons"); and a store
// chain said with where it is ("the cvs on route nine", "Boots on
// Queensway"), which names the one store a patient uses.
func (s *scanner) detectBusinessHeads() {
	toks := s.toks
	n := len(s.found)
	for f := 0; f < n; f++ {
		fd := s.found[f]
		switch fd.Type {
		case Name, City, Location, Address, County:
		case Facility:
			if b := s.tokAt(fd.End - 1); b >= 0 && s.campusAfter(b) {
				s.setSpan(f, fd.Start, int(toks[b+1].end)) // "at mercy west last year", "st luke's east": the campus
			} else if b >= 0 && !toks[b].has(shPoss) {
				if e := s.facilityTail(b + 1); e > b && s.adjacent(b, b+1) {
					s.setSpan(f, fd.Start, int(toks[e].end)) // "at mercy regional imaging": what of it
				} else if c := b + 1; c+1 < len(toks) && s.adjacent(b, c) && (s.isPunct(c, '&') || toks[c].kind == tkWord && string(s.lowerTok(c)) == "and") && s.adjacent(c, c+1) {
					if e := s.facilityTail(c + 1); e > c {
						s.setSpan(f, fd.Start, int(toks[e].end)) // "Bluegrass Manor Health & Rehabilitation", "Lumière Hospice & Palliative Care"
					}
				}
			}
			continue
		default:
			continue
		}
		a, b := s.tokAt(fd.Start), s.tokAt(fd.End-1)
		if a < 0 || b < 0 || toks[b].has(shPoss) {
			continue
		}
		if p := a - 1; (fd.Type == Name || fd.Type == City) && !s.cased && p >= 0 && toks[p].kind == tkWord && s.adjacent(p, a) && faithPlaceLead(s.lowerTok(p)) {
			s.add(p, b, Location, 0.85, "place/business-head") // "we go to masjid al noor", "temple beth el"
			continue
		}
		if p := a - 1; fd.Type == City && !s.cased && p >= 1 && toks[p].kind == tkWord && s.adjacent(p, a) && string(s.lowerTok(p)) == "little" && toks[p-1].is(fLocPrep) {
			s.setSpan(f, int(toks[p].start), fd.End) // "lives with us in little saigon": the town's quarter
			continue
		}
		if m := b + 1; fd.Type == City && !s.cased && m < len(toks) && toks[m].kind == tkWord && townSuffix(s.lowerTok(m)) && !s.covered(m, "") && !toks[m].has(shPoss) &&
			(s.clauseEndsAfter(m) || m+1 < len(toks) && (toks[m+1].is(fLocPrep|fDatePrep) || townAfterWord(s.lowerTok(m+1)))) {
			s.setSpan(f, fd.Start, int(toks[m].end)) // "cold spring junction": a town's last word after the town the lists know
			continue
		}
		if e := s.businessHead(b + 1); e > b {
			s.add(s.lastLineFrom(a, b), e, Location, 0.8, "place/business-head")
			continue
		}
		if c := a - 1; (fd.Type == City || fd.Type == Name && s.placePrepBefore(c)) && c >= 1 && s.toks[c].kind == tkWord && s.adjacent(c, a) && compassWord(s.lowerTok(c)) && !s.covered(c, "") {
			// "in east harwick", "out to west millbrook": the compass point
			// is part of the town's name
			s.add(c, b, City, max(fd.Score, 0.75), "place/compass-town")
			s.storeBefore(c) // "the cvs in east haddon"
			continue
		}
		if e := s.facilityTail(b + 1); e > b && s.adjacent(b, b+1) {
			typ := Facility
			if toks[e].is(fOrgHead) && !toks[e].is(fFacHead) && !toks[e-1].is(fFacHead|fShortHead) {
				typ = Location // "kessler paper mill", "keystone cold storage": a workplace ("dalton medical group" a practice)
			}
			s.add(s.lastLineFrom(a, b), e, typ, 0.8, "place/business-head") // "lakeshore women's health", "fairview medical lab"
			continue
		}
		if fd.Type == Name {
			if c := s.townAfterName(b); c > b {
				s.add(c, c, City, 0.75, "place/town-after-name")
				continue
			}
		}
		s.storeBefore(a)
	}
	s.companiesByHead()
	s.companiesWithAnd()
	if s.cased {
		s.letterheadPlaces()
	} else if !s.notes && s.hasSeen(seenShop) {
		s.namedShops()
	}
	s.casedPractices()
	s.casedBusinesses()
	if s.cased && !s.notes {
		s.legalFormCompanies()
	}
	if s.hasSeen(seenLevel) {
		s.schoolsByLevel()
	}
	if s.hasSeen(seenRoyal) {
		s.royalHospitals()
	}
	s.namedThenKind()
	s.chainOnStreet()
	s.chainSites()
	s.ateAtVenues()
	s.plainVenues()
	s.answeredAs()
	s.articleNamedVenues()
}

// schoolsByLevel finds a school named by the words before its level, or a
// British general practice by the words before "surgery", after "at",
// "for", "to" or "from": "i play for westbrook high", "she goes to monroe
// township elementary", "at harlan prep", "the GP at Highfield Surgery".
// One to three words, none a function word, a number or a measure, one of
// them a name, a town or a word no list knows ("blood pressure high" names
// no school; "knee surgery" no practice); in cased text with their
// capitals; "school" after the level belongs to it.
func (s *scanner) schoolsByLevel() {
	if s.notes {
		return
	}
	toks := s.toks
	for h := 2; h < len(toks); h++ {
		if toks[h].kind != tkWord || toks[h].hi-toks[h].lo < 4 {
			continue
		}
		gp := s.gpSurgery(h)
		if !gp && !schoolLevel(s.lowerTok(h)) || s.covered(h, "") {
			continue
		}
		if s.cased && !toks[h].has(shCap) {
			continue // cased text writes a school's or a practice's name with capitals ("at Highfield Surgery")
		}
		first, named := -1, false
		for j := h - 1; j >= 1 && h-j <= 3; j-- {
			t := &toks[j]
			if t.kind != tkWord || !s.adjacent(j, j+1) || toks[j+1].has(shNewline) {
				break
			}
			w := s.lowerTok(j)
			if t.is(fLocPrep) || string(w) == "for" || string(w) == "to" || string(w) == "the" && gp {
				break
			}
			if gp && (t.is(fGeneric|fCareKind) || specialtyWord(w) || surgeryKind(w)) {
				first = -1 // "General Surgery", "day surgery": a kind of operation or its department
				break
			}
			if t.is(fStop|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure|fMonth|fWeekday|fRelation|fTitle) || t.is(fClinical) && !t.is(fCommon) || t.has(shPoss|shApos) || s.verbIng(j) || t.hi-t.lo < 3 ||
				s.cased && (!t.has(shCap) || t.has(shAllCaps)) {
				first = -1
				break
			}
			if t.is(fNameAny|fCity|fCounty|fPhrase) && (!t.is(fCommon) || t.is(fCity|fCounty)) || t.f&^fRare == 0 || t.is(fStreet) && j < h-1 ||
				s.cased && !t.has(shSentStart) {
				named = true // "ashby lane surgery": a street's name names the practice on it
			}
			first = j
		}
		if first < 1 || !named {
			continue
		}
		p := first - 1
		if string(s.lowerTok(p)) == "the" && p > 0 && gp {
			p-- // "registered at the elms surgery"
		}
		e := h
		if n := h + 1; n < len(toks) && toks[n].kind == tkWord && s.adjacent(h, n) && string(s.lowerTok(n)) == "school" {
			e = n
		}
		switch string(s.lowerTok(p)) {
		case "at", "for", "to", "from":
		default:
			// a practice named with its capitals on a line of its own or
			// after a label ("Dr A. Okafor\nMenai Bridge Surgery",
			// "Caller: Bramley Road Surgery"); a school standing alone as
			// a letter's heading writes it ("to the school nurse, willow
			// creek elementary school")
			if !(gp && s.cased && (toks[first].has(shNewline) || s.isPunct(p, ':'))) && (gp || !s.venueAlone(first, e)) {
				continue
			}
		}
		s.add(first, e, Location, 0.8, "place/business-head")
		h = e
	}
}

// royalHospitals finds a hospital said the British way, "the Royal" and
// its town or its patron, where someone is, goes or comes from: "in
// intensive care at the royal ferrybridge", "transferred to the Royal
// Harlow Infirmary". The word after "royal" is a name, a town or a word no
// list knows ("the royal family", "the royal mail" name no hospital).
func (s *scanner) royalHospitals() {
	toks := s.toks
	for r := 2; r+1 < len(toks); r++ {
		if toks[r].kind != tkWord || toks[r].hi-toks[r].lo != 5 || string(s.lowerTok(r)) != "royal" || string(s.lowerTok(r-1)) != "the" || !s.adjacent(r-1, r) {
			continue
		}
		if p := r - 2; !toks[p].is(fLocPrep) && string(s.lowerTok(p)) != "to" && string(s.lowerTok(p)) != "from" {
			continue
		}
		n := r + 1
		t := &toks[n]
		if t.kind != tkWord || !s.adjacent(r, n) || t.hi-t.lo < 4 || t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fUnit|fMeasure) ||
			t.is(fCommon) && !t.is(fCity|fCounty) || s.cased && !t.has(shCap) || t.f&^fRare != 0 && !t.is(fNameAny|fCity|fCounty) {
			continue
		}
		e := n
		if k := n + 1; k < len(toks) && s.adjacent(n, k) {
			e = max(e, s.facilityTail(k))
		}
		s.add(r, e, Facility, 0.8, "place/business-head")
		r = e
	}
}

// gpSurgery: token h is "surgery" as British speech names a general
// practice by where it is ("registered at the elms surgery", "the GP at
// Highfield Surgery"); the words before it must name (schoolsByLevel), so
// "knee surgery" or "after bypass surgery" are operations.
func (s *scanner) gpSurgery(h int) bool {
	return s.toks[h].hi-s.toks[h].lo == 7 && string(s.lowerTok(h)) == "surgery"
}

// surgeryKind: a word that says which kind of surgery, not where.
func surgeryKind(w []byte) bool {
	switch string(w) {
	case "general", "plastic", "cardiac", "vascular", "thoracic", "orthopedic", "orthopaedic", "day", "oral", "dental", "minor", "major",
		"elective", "emergency", "colorectal", "breast", "pediatric", "paediatric", "neuro", "spinal", "spine", "eye", "knee", "hip", "heart",
		"bypass", "weight", "loss", "bariatric", "cosmetic", "laser", "keyhole", "robotic", "same", "transplant", "trauma", "hand", "foot", "back":
		return true
	}
	return false
}

// storeBefore finds a chain's store or a business said with where it is,
// the place found at token a: "the cvs on route nine", "the fairway foods
// on bishop street", "done at shields in brockton".
func (s *scanner) storeBefore(a int) {
	p := s.prevWord(a, 0)
	if p < 0 || p != a-1 || !onPrep(s.lowerTok(p)) {
		return
	}
	c := p - 1
	if c < 0 || s.toks[c].kind != tkWord {
		return
	}
	if st := s.storeName(c); st >= 0 {
		s.add(st, c, Location, 0.8, "place/business-head")
	} else if st := s.storeByHead(c); st >= 0 {
		s.add(st, c, Location, 0.85, "place/business-head") // "the fairway foods on bishop street"
	} else if c >= 1 && s.businessByPlace(c) {
		s.add(c, c, Location, 0.75, "place/business-head") // "done at shields in brockton", "labs drawn at labcorp on boylston street"
	} else if st := s.namedOnStreet(c); st >= 0 && string(s.lowerTok(p)) == "on" {
		s.add(st, c, Location, 0.75, "place/named-on-street") // "his daycare little sprouts on maple street"
	}
}

// namedOnStreet returns the first of two or three everyday words ending at
// token c that name a place said with the street it is on ("bright
// beginnings on cortland avenue", "she went to bright smiles on delancey",
// "green thumb gardens on old mill road"), or -1: in speech, where what is
// said opens, after "at", "to" or "from", or after the kind of place the
// name is ("his daycare little sprouts"); the first word no word of which
// one of its kind, the last no thing or place of every street ("the new
// house on elm street", "the traffic light on oak street").
func (s *scanner) namedOnStreet(c int) int {
	if s.cased || s.notes {
		return -1
	}
	toks := s.toks
	first := -1
	for j := c; j >= 0 && c-j < 3; j-- {
		t := &toks[j]
		if t.kind != tkWord || j < c && !s.adjacent(j, j+1) || t.hi-t.lo < 3 || t.has(shPoss|shApos) ||
			t.is(fStop|fDeterminer|fNumWord|fOrdWord|fRelation|fTitle|fMonth|fWeekday|fUnit|fMeasure|fCountry|fLocPrep|fDatePrep|fFacHead|fCareUnit) ||
			t.is(fStreet) && !(j == c && t.is(fLandmark)) || t.is(fClinical) && !t.is(fCommon) || childPlace(s.lowerTok(j)) || kindOfPlace(s.lowerTok(j)) {
			break // ("green thumb gardens": a place's last word may be a street's)
		}
		first = j
	}
	if first < 0 || first == c {
		return -1
	}
	w := s.lowerTok(first)
	if tradeKinds()[string(w)] || venueKinds()[string(w)] || s.verbIng(first) || sizeWord(w) && !s.pluralWord(first+1) || venueNouns()[string(s.lowerTok(c))] || streetThing(s.lowerTok(c)) {
		return -1
	}
	b := first - 1
	if b < 0 || toks[b].kind != tkWord {
		return first // a speaker's label, a mark or the start before it
	}
	switch string(s.lowerTok(b)) {
	case "at", "to", "from", "yeah", "um", "uh", "oh", "called", "named":
		return first
	case "the":
		if q := b - 1; q >= 0 && toks[q].kind == tkWord {
			switch string(s.lowerTok(q)) {
			case "at", "to", "from", "near", "past":
				return first
			}
		}
		return -1
	}
	if childPlace(s.lowerTok(b)) || kindOfPlace(s.lowerTok(b)) {
		return first // "his daycare little sprouts", "the dentist bright smiles"
	}
	return -1
}

// streetThing: a thing found on every street, which no name ends with
// ("the traffic light on oak street", "a stop sign on elm").
func streetThing(w []byte) bool {
	switch string(w) {
	case "light", "lights", "sign", "signs", "intersection", "crosswalk", "sidewalk", "curb", "accident", "crash", "wreck", "fire", "car", "cars",
		"truck", "bus", "bike", "traffic", "construction", "potholes", "pothole", "hill", "bridge", "tree", "trees", "stairs", "steps", "ice":
		return true
	}
	return false
}

// kindOfPlace: w is a kind of place a name may follow ("the dentist
// bright smiles", "my gym iron works").
func kindOfPlace(w []byte) bool {
	switch string(w) {
	case "care", "dentist", "dentists", "school", "church", "gym", "clinic", "pharmacy", "salon", "nursery", "program", "shelter", "practice":
		return true
	}
	return false
}

// ateAtVenues finds a restaurant named by everyday words where someone
// ate: "we ate at the anchor down by the water", "dinner at the copper
// pot"; not "we ate at the kitchen table" (everydayVenue).
func (s *scanner) ateAtVenues() {
	if s.cased || s.notes {
		return
	}
	for k := 0; k+3 < len(s.toks); k++ {
		if a := &s.toks[k+1]; a.hi-a.lo != 2 || s.low[a.lo] != 'a' || s.low[a.lo+1] != 't' {
			continue // (first the two letters of "at": a test most words fail at once)
		}
		if s.toks[k].kind != tkWord || !eatWord(s.lowerTok(k)) || string(s.lowerTok(k+2)) != "the" || !s.adjacent(k, k+1) || !s.adjacent(k+1, k+2) {
			continue
		}
		if e := s.everydayVenue(k + 3); e > k && !s.covered(k+3, "") {
			s.add(k+3, e, Location, 0.7, "place/business-head")
			k = e
		}
	}
}

// eatWord: a word of eating out before "at the" and a restaurant.
func eatWord(w []byte) bool {
	switch string(w) {
	case "ate", "eat", "eats", "eating", "dined", "dinner", "lunch", "breakfast", "brunch", "supper":
		return true
	}
	return false
}

// chainOnStreet finds a store chain said with the street it is on, the
// street's suffix left out ("the rite aid on fulton closed", "the cvs on
// halsted"): the chain names the one store, and the word after "on" a
// street where it is no everyday word (not "the cvs on sale").
func (s *scanner) chainOnStreet() {
	if s.notes {
		return
	}
	toks := s.toks
	for o := 1; o+1 < len(toks); o++ {
		if toks[o].kind != tkWord || toks[o].hi-toks[o].lo != 2 || string(s.lowerTok(o)) != "on" && string(s.lowerTok(o)) != "at" || !s.adjacent(o-1, o) || !s.adjacent(o, o+1) ||
			s.cased && !toks[o-1].has(shCap) {
			continue // (cased text writes a store's name with its capitals)
		}
		st := s.storeName(o - 1)
		b := s.crossStreets(o + 1)
		if st < 0 && b > 0 {
			st = s.storeByHead(o - 1) // "the riverbend pharmacy on fourth and locust"
			if w := s.lowerTok(o - 1); st < 0 && (storeHead(w) || s.toks[o-1].is(fFacHead|fOrgHead) || cornerPlace(w)) && !s.covered(o+1, "") && !s.covered(b, "") {
				s.add(o+1, b, Address, 0.8, "place/street-of-chain") // "the corner pharmacy on fourth and locust": where it is, unnamed
				continue
			}
		}
		if st < 0 {
			continue
		}
		if b > 0 {
			// "the rite aid at fourth and broad", "the walgreens on elm and
			// third": the corner the store is at (a street taken alone for a
			// town or a name is part of it)
			if !s.coveredOtherThan(o+1, City, Name) && !s.coveredOtherThan(b, City, Name) {
				s.add(st, o-1, Location, 0.8, "place/business-head")
				s.add(o+1, b, Address, 0.8, "place/street-of-chain")
			}
			continue
		}
		if string(s.lowerTok(o)) != "on" {
			continue
		}
		n := &toks[o+1]
		// cased text writes the street with its capital, whatever word it
		// is ("the Walgreens on Fifth", "the Boots on Maple")
		capStreet := s.cased && n.has(shCap) && !n.has(shAllCaps) && (n.is(fOrdWord) || n.hi-n.lo >= 3)
		if n.kind != tkWord || !capStreet && !s.streetWordSaid(o+1) && (s.cased || n.hi-n.lo < 4 || !n.is(fNameAny|fCity) || n.is(fCommon|fNonPHI)) || n.is(fStop|fDeterminer|fClinical|fState|fCountry|fMonth|fWeekday|fTitle|fRelation) {
			continue
		}
		if s.covered(o+1, "") {
			continue // a street said whole is found as one ("on fulton street")
		}
		e := o + 1
		if capStreet && e+1 < len(toks) && s.adjacent(e, e+1) && toks[e+1].kind == tkWord && toks[e+1].has(shCap) && !toks[e+1].has(shSentStart) && !toks[e+1].is(fStop|fDeterminer) {
			e++ // "the Shoppers on Spring Garden"
		}
		s.add(st, o-1, Location, 0.8, "place/business-head")
		s.add(o+1, e, Address, 0.75, "place/street-of-chain")
	}
}

// streetWordSaid: in lower-case speech, token k after a chain's "on" is
// the street the store is on, whatever everyday word it is, where what is
// said pauses or goes on to where or whence right after it ("the walgreens
// on division", "the bartell's on rainier?", "fills at walgreens on
// commercial from doctor ellison"); not what a store is on ("walgreens on
// hold", "the cvs on file", "walgreens on weekends", "cvs on monday").
func (s *scanner) streetWordSaid(k int) bool {
	t := &s.toks[k]
	if s.cased || t.kind != tkWord || t.hi-t.lo < 4 || t.has(shApos|shPoss) || s.verbIng(k) || s.pluralWord(k) ||
		t.is(fStop|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure|fHoliday|fEponym|fCareUnit|fCareKind|fGeneric) || onIdiom(s.lowerTok(k)) {
		return false
	}
	if s.clauseEndsAfter(k) {
		return true
	}
	n := k + 1
	if !s.adjacent(k, n) || s.toks[n].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "in", "near", "by", "off", "across", "from", "over", "out", "down", "up", "right", "now", "there":
		return true
	}
	return false
}

// onIdiom: a word said after "on" for a state or a way, not a street
// ("on hold", "on sale", "on file", "on call", "on time", "on speaker").
func onIdiom(w []byte) bool {
	switch string(w) {
	case "hold", "sale", "file", "call", "record", "time", "line", "online", "board", "duty", "vacation", "break", "leave", "shift", "track",
		"demand", "order", "foot", "purpose", "average", "site", "staff", "schedule", "display", "speaker", "video", "camera", "delivery",
		"autofill", "auto", "refill", "repeat", "backorder", "back", "top", "either", "both", "each", "every", "medicare", "medicaid", "insulin",
		"oxygen", "dialysis", "disability", "welfare", "probation", "parole", "strike", "loan", "lunch", "dinner", "pickup", "trial", "paper",
		"today", "tonight", "tomorrow", "yesterday", "weekends", "holidays", "days", "nights", "that", "this", "them", "there", "here":
		return true
	}
	return false
}

// coveredOtherThan: token k is covered by a finding of a type other than a
// and b.
func (s *scanner) coveredOtherThan(k int, a, b Type) bool {
	return s.covered(k, "") && !s.covered(k, a) && !s.covered(k, b)
}

// campusAfter: a compass point right after the facility ending at token
// b names its campus, and what is said pauses or goes on after it ("at
// mercy west last year", "delivered at st luke's east"); not "west of".
func (s *scanner) campusAfter(b int) bool {
	c := b + 1
	if s.notes || c >= len(s.toks) || s.toks[c].kind != tkWord || !s.adjacent(b, c) || s.covered(c, "") {
		return false
	}
	switch string(s.lowerTok(c)) {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
	default:
		return false
	}
	if s.cased && !s.toks[c].has(shCap) {
		return false
	}
	if n := c + 1; n < len(s.toks) && s.toks[n].kind == tkWord && (string(s.lowerTok(n)) == "of" || string(s.lowerTok(n)) == "on") {
		return false // "west of here", "east on route nine": where, not which campus
	}
	return s.clauseEndsAfter(c) || c+1 < len(s.toks) && s.toks[c+1].kind == tkWord && (s.venueGoesOn(c) || s.toks[c+1].is(fDatePrep))
}

// cornerPlace: a place that stands at a corner ("the office on elm and
// third", "our house at fifth and main").
func cornerPlace(w []byte) bool {
	switch string(w) {
	case "office", "house", "apartment", "apartments", "building", "church", "school", "one", "place", "station", "library", "park", "shop", "store":
		return true
	}
	return false
}

// crossStreets returns the last token of two streets' names joined by
// "and" from token a, each one word, where a store is ("fourth and
// broad", "elm and third"), or -1: one of them an ordinal (streets are
// numbered) or both on the list of towns (streets take towns' and trees'
// names: "elm and walnut"); none a word of time,
// function, kin or care ("on sale and", "at noon and").
func (s *scanner) crossStreets(a int) int {
	and, b := a+1, a+2
	if b >= len(s.toks) || string(s.lowerTok(and)) != "and" || !s.adjacent(a, and) || !s.adjacent(and, b) {
		return -1
	}
	ord, listed := 0, 0
	for _, k := range [2]int{a, b} {
		t := &s.toks[k]
		if _, ok := digitOrdinal(s.lowerTok(k)); ok && t.kind == tkAlnum {
			ord++ // "the Walgreens at 26th and Pulaski"
			continue
		}
		if t.kind != tkWord || t.hi-t.lo < 3 || t.has(shApos) ||
			t.is(fStop|fDeterminer|fNumWord|fMonth|fWeekday|fHoliday|fUnit|fMeasure|fClinical|fRelation|fTitle|fState|fCountry) {
			return -1
		}
		switch {
		case t.is(fOrdWord):
			ord++
		case t.is(fCity) || s.cased && t.has(shCap) && !t.has(shAllCaps|shSentStart):
			listed++ // (cased text writes each street with its capital: "the CVS on Halsted and Archer")
		}
	}
	if ord == 0 && listed < 2 {
		return -1
	}
	if n := b + 1; n < len(s.toks) && s.toks[n].kind == tkWord {
		switch string(s.lowerTok(n)) {
		case "floor", "floors", "shift", "shifts", "grade", "grades", "time", "times", "place", "row", "rows":
			return -1 // "on third and fourth floors": ordinals of something else
		}
		if s.toks[n].is(fStreet) {
			return -1 // "at elm and fourth street": the address rules read a street said whole
		}
	}
	return b
}

// namedThenKind finds a place named by everyday words and then said by its
// kind after "the" ("he goes to little acorns the daycare", "talked to
// hartley and cook the funeral home", "she's at magnolia gardens the
// nursing home"): up to three words, or two joined by "and", right after
// "at", "to", "from" or "with", that no function, kin or clinical word
// is.
func (s *scanner) namedThenKind() {
	if s.cased || s.notes {
		return
	}
	toks := s.toks
	for d := 3; d+1 < len(toks); d++ {
		if toks[d].kind != tkWord || toks[d].hi-toks[d].lo != 3 || string(s.lowerTok(d)) != "the" || !placeKind(s.lowerTok(d+1)) || !s.adjacent(d, d+1) {
			continue
		}
		first := -1
		for j := d - 1; j >= 1 && d-j <= 3; j-- {
			t := &toks[j]
			if t.kind != tkWord || !s.adjacent(j, j+1) {
				break
			}
			w := s.lowerTok(j)
			if string(w) == "and" && j < d-1 && j > 1 {
				continue // "hartley and cook"
			}
			if sizeWord(w) && j < d-1 && first == j+1 {
				first = j // "little acorns": a size opens a name of more words
				continue
			}
			if t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fUnit|fMeasure|fClinical|fRelation|fTitle|fCountry|fFacHead) || tradeKinds()[string(w)] || t.hi-t.lo < 3 {
				break
			}
			first = j
		}
		if first >= 0 && sizeWord(s.lowerTok(first)) && first == d-1 {
			continue
		}
		if first < 1 || string(s.lowerTok(first)) == "and" {
			continue
		}
		switch string(s.lowerTok(first - 1)) {
		case "at", "to", "from", "with":
		default:
			continue
		}
		// (a name or a town found in it, "hartley" taken for a town, gives
		// way to the whole; an everyday word found is left as found)
		if !s.covered(first, "") || s.toks[first].is(fNameAny|fCity) {
			s.add(first, d-1, Location, 0.8, "place/business-head")
		}
		d++
	}
}

// placeKind: w names the kind of a place after its name and "the"
// ("little acorns the daycare").
func placeKind(w []byte) bool {
	switch string(w) {
	case "daycare", "preschool", "school", "church", "nursing", "funeral", "warehouse", "factory", "plant", "restaurant", "diner", "bar",
		"pub", "cafe", "bakery", "gym", "salon", "shop", "store", "pharmacy", "clinic", "shelter", "motel", "hotel", "dentist", "dentists", "nursery":
		return true
	}
	return false
}

// companiesByHead finds a company named by a word no list knows before
// the head of a company's name ("brightwater logistics", "copperline
// foods", "halvorsen chemical", "i'm at Kestrel Systems"), the heads after
// it too ("medical supply", "health systems"). An everyday word before the
// head ("frozen foods", "the health system") names none.
func (s *scanner) companiesByHead() {
	if s.notes {
		return // notes write shorthand before "CO" (cardiac output) and "group"
	}
	toks := s.toks
	for h := 1; h < len(toks); h++ {
		if toks[h].kind != tkWord || toks[h].is(fStop|fDeterminer) {
			continue
		}
		union := !toks[h].is(fOrgHead) && string(s.lowerTok(h)) == "union" // "brightwater credit union"
		if !toks[h].is(fOrgHead) && !union {
			continue
		}
		if st := s.everydayTradeName(h); st >= 0 {
			s.add(st, h, Location, 0.75, "place/trade-name")
			continue
		}
		if union {
			if st := s.casedCreditUnion(h); st >= 0 {
				s.add(st, h, Location, 0.8, "place/business-head") // "I'm at Summit Credit Union"
			}
			continue
		}
		w, kind := h-1, false
		if m := s.lowerTok(w); companyKind(m) && w >= 1 && s.adjacent(w-1, w) {
			w, kind = w-1, true // "copperline medical supply", "cascade orthopedic group", "riverbend physical therapy"
		}
		t := &toks[w]
		if t.kind != tkWord || !s.adjacent(w, h) || t.hi-t.lo < 4 || s.covered(w, "") || s.cased && !(t.has(shCap) && toks[h].has(shCap)) {
			continue
		}
		// a word no list knows; or, with the kind said, an everyday word
		// right after "at", "to", "from", "with" ("referred to cascade
		// orthopedic group"; not "the orthopedic group", "a local family
		// practice")
		named := t.f&^(fRare|fPhrase) == 0 && !s.misspelt(w)
		if !named && kind && !t.is(fStop|fDeterminer|fNumWord|fOrdWord|fClinical|fCareKind|fMonth|fWeekday|fUnit|fMeasure|fGeneric) && !sizeWord(s.lowerTok(w)) && !specialtyWord(s.lowerTok(w)) {
			p := w - 1
			if p >= 0 && s.toks[p].kind == tkWord {
				switch string(s.lowerTok(p)) {
				case "at", "from", "with":
					named = true
				case "to":
					// "referred to cascade orthopedic group", not "going to
					// recommend physical therapy"
					if q := p - 1; q >= 0 && s.toks[q].kind == tkWord {
						switch string(s.lowerTok(q)) {
						case "referred", "refer", "referring", "sent", "send", "went", "go", "goes":
							named = true
						}
					}
				}
			}
		}
		if !named {
			if st := s.calledBusiness(h); st >= 0 && !s.covered(st, "") {
				s.add(st, h, Location, 0.8, "place/business-head") // "thanks for calling cedar valley pharmacy"
				continue
			}
			continue
		}
		e := h
		for n := h + 1; n < len(toks) && n-h < 2 && toks[n].kind == tkWord && toks[n].is(fOrgHead) && s.adjacent(n-1, n); n++ {
			e = n
		}
		s.add(w, e, Location, 0.75, "place/business-head")
		h = e
	}
}

// casedCreditUnion returns the first of the capitalised words before
// "Credit Union" ending at token h in cased text ("Summit Credit Union",
// "Blue Ridge Credit Union"), or -1.
func (s *scanner) casedCreditUnion(h int) int {
	c := h - 1
	if !s.cased || c < 1 || string(s.lowerTok(c)) != "credit" || !s.adjacent(c, h) || !s.toks[c].has(shCap) || !s.toks[h].has(shCap) {
		return -1
	}
	first := -1
	for j := c - 1; j >= 0 && c-j <= 3; j-- {
		t := &s.toks[j]
		if t.kind != tkWord || !s.adjacent(j, j+1) || !t.has(shCap) || t.is(fStop|fDeterminer|fTitle|fMonth|fWeekday) || t.has(shSentStart) && t.is(fCommon) {
			break
		}
		first = j
		if t.has(shSentStart) {
			break
		}
	}
	return first
}

// everydayTradeName returns the first word of a shop or a trade that
// lower-case speech names by everyday words before the head of its name,
// said where someone is, works or goes ("i work at the sunrise bakery",
// "out past the eagle ridge tavern", "he drives for cascade logistics",
// "brightwater credit union"), or -1. Words that say what it sells or
// which one of its kind it is name none ("the corner bakery", "the donut
// shop", "at the hospital cafeteria"), nor do weak heads ("the good
// health", "the food bank").
func (s *scanner) everydayTradeName(h int) int {
	if s.cased || s.notes || h < 2 {
		return -1
	}
	end := h // the last word of the name before the head
	if weakTradeHead(s.lowerTok(h)) {
		return -1
	}
	switch string(s.lowerTok(h)) {
	case "foods", "chemicals", "plastics", "tires", "drugs", "pharmacy": // and things ("the salty foods")
		return -1
	case "union":
		if string(s.lowerTok(h-1)) != "credit" || !s.adjacent(h-1, h) {
			return -1
		}
		end = h - 1 // "brightwater credit union"
	}
	first := -1
	for j := end - 1; j >= 0 && end-j <= 3; j-- {
		t := &s.toks[j]
		if t.kind != tkWord || !s.adjacent(j, j+1) {
			return -1
		}
		w := s.lowerTok(j)
		if t.is(fLocPrep) || string(w) == "the" {
			break
		}
		if t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fUnit|fMeasure|fClinical|fCareKind|fCareUnit|fRelation|fTitle|fCountry|fGeneric|fOrgHead) ||
			sizeWord(w) || tradeKinds()[string(w)] || s.verbIng(j) || t.hi-t.lo < 3 || t.has(shPoss|shApos) {
			return -1
		}
		first = j
	}
	if first < 1 {
		return -1
	}
	named := false // a word of the name lists or the place lists, or none
	for j := first; j < end; j++ {
		if t := &s.toks[j]; t.is(fNameAny|fCity|fCounty|fPhrase) || t.f&^fRare == 0 {
			named = true
		}
	}
	if !named {
		return -1 // "the organic bakery", "the drive thru restaurant"
	}
	p := first - 1
	if string(s.lowerTok(p)) == "the" && s.toks[p].kind == tkWord {
		p--
	}
	if p < 0 || s.toks[p].kind != tkWord || !s.adjacent(p, p+1) {
		return -1
	}
	switch string(s.lowerTok(p)) {
	case "at", "from", "near", "past", "behind", "outside":
		return first
	case "to":
		// "we went to maple leaf bakery", "take him to quick lane auto";
		// not "to the best pizza" (a word of which one), "to bring salty
		// foods"
		q := p - 1
		if q >= 1 && objectPronoun(s.lowerTok(q)) {
			q-- // "took him to"
		}
		if q >= 0 && s.toks[q].kind == tkWord && (s.toks[q].is(fMoveVerb) || takeVerb(s.lowerTok(q))) {
			return first
		}
	case "for":
		// "drives for cascade logistics", not "for the sunrise bakery's sake"
		if q := p - 1; q >= 0 && s.toks[q].is(fEmployCue) {
			return first
		}
	}
	return -1
}

// weakTradeHead: the head of a company's name that everyday words before
// it name no company with ("the support group", "the food bank", "in good
// health").
func weakTradeHead(w []byte) bool {
	switch string(w) {
	case "health", "healthcare", "group", "company", "co", "bank", "market", "grocery", "supply", "hardware", "express",
		"therapy", "counseling", "imaging", "cafeteria", "insurance", "media", "energy", "electric", "farms", "dairy":
		return true
	}
	return false
}

var tradeKinds = wordSet(en.TradeKinds)

// calledBusiness returns the first word of a business's name that ends at
// its head h and opens right after "for calling" ("thank you for calling
// cedar valley pharmacy": who answers the telephone names the business),
// up to three words of any kind but function words, or -1.
func (s *scanner) calledBusiness(h int) int {
	for st := h - 1; st >= 1 && h-st <= 3; st-- {
		t := &s.toks[st]
		if t.kind != tkWord || !s.adjacent(st, st+1) || t.is(fStop|fDeterminer|fNumWord) {
			return -1
		}
		if c := st - 1; string(s.lowerTok(c)) == "calling" && c >= 1 && string(s.lowerTok(c-1)) == "for" {
			return st
		}
	}
	return -1
}

// companyKind: w says what kind of company or practice a name is, between
// the name and its head ("medical", "orthopedic", "physical").
func companyKind(w []byte) bool {
	switch string(w) {
	case "medical", "dental", "home", "orthopedic", "surgical", "physical", "behavioral", "pediatric", "family", "sports", "vision", "hearing":
		return true
	}
	return false
}

// storeByHead returns the first token of a store named by up to two words
// before its head at token c, said with where it is ("the fairway foods on
// bishop street", "sutter's general store in pine ridge"), or -1: words
// that say what it sells or which one of its kind it is name none ("the
// grocery store on main", "the big market in town").
func (s *scanner) storeByHead(c int) int {
	if s.cased || s.notes || c < 1 || !storeHead(s.lowerTok(c)) && (!s.toks[c].is(fOrgHead) || weakTradeHead(s.lowerTok(c))) {
		return -1
	}
	first, named := -1, false
	for j := c - 1; j >= 0 && c-j <= 2; j-- {
		t := &s.toks[j]
		w := s.lowerTok(j)
		if t.kind != tkWord || !s.adjacent(j, j+1) {
			break
		}
		if t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fUnit|fMeasure|fClinical|fRelation|fTitle|fCountry|fOrgHead) || sizeWord(w) || tradeKinds()[string(w)] || s.verbIng(j) || t.hi-t.lo < 3 {
			break
		}
		first = j
		if !t.is(fGeneric) {
			named = true
		}
		if t.has(shPoss) {
			break // "sutter's general store": a name in the possessive opens it
		}
	}
	if first < 0 || !named {
		return -1
	}
	return first
}

// storeName returns the first token of a store's name ending at token c:
// a chain ("cvs", "Boots") or a company of everyday words ("planet
// fitness"), or either before its store's kind ("the Costco pharmacy", "the
// stop and shop pharmacy"); or -1.
func (s *scanner) storeName(c int) int {
	named := func(k int) int {
		if s.chainStore(k) {
			return k
		}
		return s.companyEndingAt(k)
	}
	if st := named(c); st >= 0 {
		return st
	}
	if c >= 1 && storeHead(s.lowerTok(c)) {
		return named(c - 1)
	}
	return -1
}

// companyEndingAt returns the first token of a company whose name is two
// or three everyday words ending at token c ("planet fitness", "stop and
// shop"), or -1.
func (s *scanner) companyEndingAt(c int) int {
	for st := c - 1; st >= 0 && st >= c-3; st-- {
		if s.companyName(st) == c {
			return st
		}
	}
	return -1
}

// businessByPlace: token c, a word no list holds as an everyday word (a
// name, a brand, a word no list knows), comes right after "at" or "from" and
// before where it is ("the mri was done at shields in brockton", "dialysis
// is at fresenius on route nine"): a business named by one word.
func (s *scanner) businessByPlace(c int) bool {
	t := &s.toks[c]
	if t.kind != tkWord || t.hi-t.lo < 4 || t.is(fCommon|fStop|fDeterminer|fNumWord|fMonth|fWeekday|fTitle|fRelation|fClinical|fCity|fState|fCountry) ||
		s.cased && !t.has(shCap) || s.covered(c, "") {
		return false
	}
	p := c - 1
	if s.toks[p].kind != tkWord || !s.adjacent(p, c) {
		return false
	}
	w := s.lowerTok(p)
	return string(w) == "at" || string(w) == "from"
}

// businessHead returns the last token of the head of a business's name
// starting at token k, right after a name or place ("drug", "psychology",
// "and sons", "funeral home"), or -1. In cased text the head has a capital.
func (s *scanner) businessHead(k int) int {
	if k >= len(s.toks) || !s.adjacent(k-1, k) {
		return -1
	}
	t := &s.toks[k]
	if t.kind == tkPunct && s.text[t.start] == '&' || t.kind == tkWord && string(s.lowerTok(k)) == "and" {
		// "Albin and Sons", "Harlow & Sons"
		if n := k + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(k, n) && (!s.cased || s.toks[n].has(shCap)) {
			switch string(s.lowerTok(n)) {
			case "sons", "daughters":
				if s.cased || !s.toks[k-1].is(fRelation) && (!s.toks[k-1].is(fFirstTop) || s.toks[k-1].is(fLastTop)) {
					return n // "Albin and Sons", "albin and sons"; not "wife june and sons", "my wife and sons"
				}
			case "son", "daughter":
				if s.cased {
					return n // "Albin and Son"; in lower case kin: "wife june and son will"
				}
			case "co", "company", "partners", "associates":
				return n
			case "die":
				if string(s.lowerTok(k-1)) == "tool" {
					return n // "hollister tool and die": the trade's name ends the name
				}
			}
		}
		return -1
	}
	if t.kind != tkWord || s.cased && !t.has(shCap) || k+1 < len(s.toks) && s.isPunct(k+1, '-') && s.toks[k+1].start == t.end {
		return -1 // "co-signed"
	}
	if bizHeadWord(s.lowerTok(k)) {
		return k
	}
	switch string(s.lowerTok(k)) {
	case "funeral":
		if n := k + 1; n < len(s.toks) && s.adjacent(k, n) && (string(s.lowerTok(n)) == "home" || string(s.lowerTok(n)) == "services") {
			return n
		}
		return -1
	case "tool":
		if d := k + 2; d < len(s.toks) && s.adjacent(k, k+1) && s.adjacent(k+1, d) && (string(s.lowerTok(k+1)) == "and" || s.isPunct(k+1, '&')) && string(s.lowerTok(d)) == "die" {
			return d // "brandt tool and die", "brandt tool & die"
		}
		return -1
	}
	if t.is(fOrgHead) && !t.is(fStop|fDeterminer) {
		if n := k + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(k, n) && s.toks[n].is(fOrgHead) && !s.toks[n].is(fStop|fDeterminer) && (!s.cased || s.toks[n].has(shCap)) {
			return n // "hartwell paper mill": a trade, then its site
		}
		return k
	}
	return -1
}

// letterheadPlaces finds a practice, a laboratory or a company named on a
// line of its own in cased text, as a letter or a report heads itself or
// signs off ("Pioneer Valley Gastroenterology\n77 Elm Street", "QUEST
// RIDGE LABORATORIES -- CLIA # …", "Dr R. Okafor\nWaikato Cardiology
// Ltd"): capitalised words, the kind of place last, the line ending there
// (or at a dash, or at a comma and the company's legal form). Two words
// before the kind, or one that names (a name, a town, a word no list
// knows), none of them clinical or a kind of care, so that a note's
// heading ("DEVICE CLINIC", "Respiratory Clinic") stays.
func (s *scanner) letterheadPlaces() {
	toks := s.toks
	for a := 0; a < len(toks); a++ {
		if a > 0 && !toks[a].has(shNewline) || toks[a].kind != tkWord || !toks[a].has(shCap) {
			continue
		}
		e := a
		for k := a + 1; k < len(toks) && k-a < 5 && toks[k].kind == tkWord && toks[k].has(shCap) && s.adjacent(k-1, k) && !toks[k].has(shNewline); k++ {
			e = k
		}
		if e == a || !s.lineEndsAfter(e) {
			continue
		}
		w := s.lowerTok(e)
		if !(toks[e].is(fFacHead|fOrgHead) || specialtyWord(w) || bizHeadWord(w) || companyForm(w) || string(w) == "medicine") {
			continue
		}
		h := e // the kind's first word: "Family Medicine", "Cardiology Ltd"
		for h > a && (companyForm(s.lowerTok(h)) || facilityTailWord(string(s.lowerTok(h-1))) || specialtyWord(s.lowerTok(h-1)) || medicineKind(s.lowerTok(h-1))) {
			h--
		}
		if toks[e].is(fCareUnit) && !specialtyWord(w) && h == e {
			continue // "Acute Medicine", "Elm Ward": a hospital's unit
		}
		named, rare, clinical, n := false, false, false, 0
		for k := a; k < h; k++ {
			t := &toks[k]
			if t.is(fStop|fDeterminer|fTitle|fRelation|fClinical|fCareKind|fCareUnit|fGeneric|fNumWord|fMonth|fWeekday) || s.covered(k, "") || t.has(shPoss) {
				n = -1
				break
			}
			n++
			named = named || t.is(fNameAny|fCity|fCounty) && !t.is(fCommon) || t.f&^(fRare|fPhrase) == 0
			rare = rare || !t.is(fCommon)
			clinical = clinical || s.clinicalTermAt(k)
		}
		// clinical words alone name a hospital's service ("Movement
		// Disorders Clinic", "Memory Assessment Service"), not a practice
		if n >= 2 && (named || rare || !clinical) || n == 1 && named {
			s.add(a, e, Facility, 0.8, "place/business-head")
			a = e
		}
	}
}

// namedShops finds, in lower-case speech, a pharmacy, a chemist's or a
// practice of the trades named by one word that is a name, a town or no
// English word, with no cue before it ("the nearer one is penrose
// pharmacy", "we use harrowgate chemist", "oakes dental did it"); an
// everyday word before the head names a kind ("mail order pharmacy").
func (s *scanner) namedShops() {
	toks := s.toks
	for h := 1; h < len(toks); h++ {
		t := &toks[h]
		if t.kind != tkWord || t.hi-t.lo < 4 || !shopHead(s.lowerTok(h)) || !s.adjacent(h-1, h) || s.covered(h, "") {
			continue
		}
		p := &toks[h-1]
		if p.kind != tkWord || p.hi-p.lo < 4 || s.covered(h-1, "") || p.is(fStop|fDeterminer|fCommon|fClinical|fTitle|fRelation|fNumWord|fMonth|fWeekday|fChain|fCountry) || p.has(shPoss) {
			continue
		}
		if p.is(fNameAny|fCity|fCounty) || p.f&^(fRare|fPhrase) == 0 && !s.misspelt(h-1) {
			s.add(h-1, h, Location, 0.75, "place/business-head")
		}
	}
}

// shopHead: the heads of bizHeadWord that namedShops reads (markSpeech
// notes them in seenShop).
func shopHead(w []byte) bool {
	switch string(w) {
	case "pharmacy", "chemist", "chemists", "drug", "drugs", "dental", "psychology", "physio", "physiotherapy", "podiatry", "optical", "opticians", "imaging":
		return true
	}
	return false
}

// lineEndsAfter: the line ends after token e, or goes on after a dash or a
// comma and a company's legal form ("Desert Valley Endocrinology, PLLC").
func (s *scanner) lineEndsAfter(e int) bool {
	n := e + 1
	if n >= len(s.toks) || s.toks[n].has(shNewline) {
		return true
	}
	if s.toks[n].kind == tkPunct && s.text[s.toks[n].start] == '-' {
		return true // "QUEST RIDGE LABORATORIES -- CLIA # …"
	}
	return s.isPunct(n, ',') && n+1 < len(s.toks) && companyForm(s.lowerTok(n+1)) && (n+2 >= len(s.toks) || s.toks[n+2].has(shNewline))
}

// medicineKind: a word that says which medicine a practice practises
// ("Family Medicine", "Internal Medicine").
func medicineKind(w []byte) bool {
	switch string(w) {
	case "family", "internal", "sports", "integrative", "functional", "travel", "occupational":
		return true
	}
	return false
}

// companyForm: the legal form a company's name ends in.
func companyForm(w []byte) bool {
	switch string(w) {
	case "ltd", "llc", "pllc", "inc", "llp", "plc", "pty", "pc", "pa", "gmbh", "corp", "co":
		return true
	}
	return false
}

// legalForm: w (lower case) is a company's legal form as written after its
// name across countries: "ltd", "llp", "plc", "gmbh", "dac", "ab", "bv"
// (companyForm's, but for the credentials "pa" and "pc").
func legalForm(w []byte) bool {
	if string(w) == "pa" || string(w) == "pc" {
		return false // a clinician's credential more often: "(B. KARGAS PA)"
	}
	if companyForm(w) {
		return true
	}
	switch string(w) {
	case "dac", "ab", "sa", "sas", "sarl", "srl", "bv", "nv", "oy", "oyj", "asa", "kk", "pte", "bhd", "lp", "limited", "incorporated":
		return true
	}
	return false
}

// legalFormCompanies finds, in cased text, a company by its legal form
// after one to four capitalised words ("Marlowe & Finch LLP", "Shamrock
// Mutual Insurance DAC", "Nordic Wanderlust AB", "Harlan & Pierce
// Logistics, Inc."), the form included. Short forms that are words too
// ("AB", "SA", "PA", "Co") count only in capitals or title case after a
// capitalised name and before the end of what is said, a comma or a line.
func (s *scanner) legalFormCompanies() {
	toks := s.toks
	for f := 1; f < len(toks); f++ {
		t := &toks[f]
		if t.kind != tkWord || !t.has(shCap) || t.has(shSentStart|shNewline) || !legalForm(s.lowerTok(f)) || t.is(fCredential) {
			continue
		}
		if n := f + 1; n < len(toks) && toks[n].kind == tkWord && !toks[n].has(shNewline) && t.end-t.start <= 2 {
			continue // a short form ends what is said: "… AB, ingrid@…" (not "blood type AB is")
		}
		co := string(s.lowerTok(f)) == "co"
		if n := f + 2; co && n < len(toks) && s.isPunct(f+1, '.') && toks[n].kind == tkWord && toks[n].has(shCap) && !toks[n].has(shSentStart) {
			continue // "Ballintubber, Co. Roscommon": an Irish county
		}
		h := f - 1
		if s.isPunct(h, ',') && s.toks[f].start > s.toks[h].end && !co {
			h-- // "Harlan & Pierce Logistics, Inc."
		}
		first := -1
		for j := h; j >= 0 && h-j <= 4; j-- {
			u := &toks[j]
			if u.kind == tkPunct && s.text[u.start] == '&' || u.kind == tkWord && string(s.lowerTok(j)) == "and" && j < h {
				continue
			}
			if u.kind != tkWord || !u.has(shCap) || u.is(fStop|fDeterminer|fTitle|fRelation|fMonth|fWeekday|fGreeting) || u.has(shPoss) {
				break
			}
			first = j
			if u.has(shSentStart | shNewline) {
				break
			}
		}
		if first < 0 || first == h && toks[h].hi-toks[h].lo < 3 {
			continue
		}
		e := f
		if s.isPunct(f+1, '.') && s.adjacent(f, f+1) {
			e = f + 1
		}
		if s.covered(h, Facility) || s.covered(h, Location) {
			// a name another reader found keeps its type, and takes the
			// form when nothing stands between ("Shamrock Mutual Insurance
			// DAC"; not "Tasman Bay Cardiology, PLLC")
			for k := range s.found {
				if fd := &s.found[k]; (fd.Type == Facility || fd.Type == Location) && fd.End == int(toks[h].end) && h == f-1 {
					s.setSpan(k, fd.Start, int(toks[e].end))
				}
			}
			f = e
			continue
		}
		s.add(first, e, Location, 0.8, "place/cased-business")
		f = e
	}
}

// bizHeadWord: w ends the name of a business right after a name or a town
// ("harmon drug", "Macquarie Street Psychology", "a docker at Surrey Docks").
func bizHeadWord(w []byte) bool {
	switch string(w) {
	case "drug", "drugs", "pharmacy", "chemist", "chemists", "psychology", "physio", "physiotherapy", "dental", "dentistry",
		"podiatry", "chiropractic", "optometry", "optical", "opticians", "docks", "dock", "shipyard", "shipyards", "wharf",
		"imaging", "tire", "tires", "seafood", "schools":
		return true
	}
	return false
}

// facilityTail returns the last token of the words after a town or a name
// that make it a clinic, a home or a workplace (up to three: "lakeshore
// women's health", "fairview medical lab", "stillwater veterans home",
// "brookhaven nursing and rehab", "valley regional"), or -1: every word
// one that qualifies or heads a facility, the last one a head.
func (s *scanner) facilityTail(k int) int {
	last := -1
	// after a town or a place (not a person: "told linda home health
	// called"), the kind of care a clinic gives and its head ("crestview
	// clinical lab", "lakeshore endocrine associates", "somerset digestive
	// health", "riverside pulmonary rehab")
	careSet, careOK := false, false
	careAt := func() bool {
		if !careSet {
			careSet, careOK = true, k > 0 && !s.covered(k-1, Name)
		}
		return careOK
	}
	for n := k; n < len(s.toks) && n-k < 4; n++ {
		t := &s.toks[n]
		amp := t.kind == tkPunct && s.text[t.start] == '&' // "spine & pain specialists" as "and"
		if t.kind != tkWord && !amp || n > k && !s.adjacent(n-1, n) || s.cased && !amp && !t.has(shCap) && string(s.lowerTok(n)) != "and" {
			break
		}
		w := string(s.lowerTok(n))
		if amp {
			w = "and"
		}
		if t.has(shPoss) {
			w = w[:len(w)-1] // "women's" and "children's" are lowered to "womens", "childrens"
		}
		// a home only after what kind ("veterans home"; "i drove grace home")
		// after a word that qualifies it, a business's head too ("kessler
		// family pharmacy", "mercy regional imaging"), and a specialty a
		// practice is named for ("bayview orthopedic"; not "orthopedic
		// surgeon")
		head := t.is(fFacHead|fShortHead) && w != "medical" || facilityTailHead(w) && (n > k || w != "home" && w != "homes") ||
			n > k && (bizHeadWord([]byte(w)) || t.is(fOrgHead) && !t.is(fStop|fDeterminer)) || specialtyWord([]byte(w)) && !s.personNounAfter(n) ||
			n > k && (careTailHead(w) || labHead([]byte(w))) && careAt() && !s.personNounAfter(n)
		switch {
		case head:
			last = n
		case w == "and" && n > k && n+1 < len(s.toks):
		case w == "ankle" && n > k && (string(s.lowerTok(n-1)) == "and" || s.isPunct(n-1, '&')) && careAt():
			last = n // "elmwood foot and ankle"
		case w == "nursing" && n > k && string(s.lowerTok(n-1)) == "skilled":
			last = n // "berkshire pines skilled nursing": a nursing facility by its kind of care
		case facilityTailWord(w) || t.is(fGeneric|fFacility) && !t.is(fStop|fDeterminer) || (t.is(fCareKind) && !t.is(fStop|fDeterminer) || careTailWord(w)) && careAt():
		default:
			n = len(s.toks) // the name's tail ends here
		}
	}
	if last >= 0 && s.roleWordAfter(last) {
		return -1 // "vos medical director": a role
	}
	return last
}

// facilityTailHead: words that end a facility's or a workplace's name
// after a town or a name, beyond the facility heads ("lab", "nurses",
// "regional", "medical" at the end: "pine street medical").
func facilityTailHead(w string) bool {
	switch w {
	case "lab", "labs", "nurses", "regional", "medical", "storage", "fabrication", "home", "homes", "children", "pantry", "mill", "mills",
		"rehabilitation", "kitchen", "grill", "diner", "bakery", "pizzeria", "tavern", "detox", "physicians":
		return true
	}
	return false
}

// careTailHead: words that end a clinic's name after a town or a place and
// the kind of care it gives ("somerset digestive health", "summit physical
// therapy", "riverside pulmonary rehab").
func careTailHead(w string) bool {
	switch w {
	case "health", "therapy", "rehab", "cardiology", "associates", "partners", "specialists", "consultants", "group", "institute", "lab", "labs", "pavilion":
		return true
	}
	return false
}

// careTailWord: words that say what care a clinic gives between a town or a
// place and its head ("crestview clinical lab", "sunrise adult day
// center", "bright horizons home health").
func careTailWord(w string) bool {
	switch w {
	case "clinical", "physical", "occupational", "digestive", "adult", "day", "home", "pediatric", "surgical", "behavioral", "orthopedic",
		"women", "children", "kids", "family", "eye", "ear", "nose", "throat", "vein", "imaging", "sleep", "cancer", "diagnostic":
		return true
	}
	return false
}

// facilityTailWord: words that qualify a facility's head after a town or a
// name ("visiting nurses", "nursing and rehab", "cold storage").
func facilityTailWord(w string) bool {
	switch w {
	case "visiting", "nursing", "skilled", "veterans", "women", "children", "cold", "distribution", "urgent", "family", "learning", "senior", "medical", "food",
		"paper", "steel", "textile", "lumber", "grain", "flour", "saw", "moving":
		return true
	}
	return false
}

// chainStore: token c is a store chain people name in passing ("cvs",
// "walgreens", "boots"), or a business named after a person in the
// possessive ("Doyle's").
func (s *scanner) chainStore(c int) bool {
	t := &s.toks[c]
	if t.kind != tkWord {
		return false
	}
	if s.brandAt(c) || t.is(fChain) && t.has(shPoss) {
		return !s.cased || t.has(shCap) || t.has(shAllCaps)
	}
	switch string(s.lowerTok(c)) {
	case "boots", "superdrug", "priceline", "tesco", "sainsburys", "asda", "morrisons", "riteaid", "duane", "hannaford", "shaws", "meijer", "heb", "winco":
		return !s.cased || t.has(shCap)
	}
	return false
}

// storeHead: a word said after a chain's name for its store ("the costco
// pharmacy", "the walmart supercenter").
func storeHead(w []byte) bool {
	switch string(w) {
	case "pharmacy", "store", "supermarket", "supercenter", "market", "branch", "location":
		return true
	}
	return false
}

// onPrep: the prepositions that say where a store is ("the cvs on main",
// "walgreens in dedham", "the boots at the station", "off route nine").
func onPrep(w []byte) bool {
	switch string(w) {
	case "on", "in", "at", "off", "by":
		return true
	}
	return false
}

// townInPassing reads a town no list holds after the preposition at token
// p, where what is said names one: in cased speech a word with a capital
// after a preposition of where someone lives, comes from or is ("he lives
// in Bootle", "grew up in Hemel Hempstead", "now in Hackney", "back home in
// Bootle"); and a town from the list after a place already found and "in"
// ("the home depot in auburn", "the walgreens in dedham"). detectPlaces
// calls it for the prepositions of place among the words it passes over.
func (s *scanner) townInPassing(p int) {
	toks := s.toks
	t := &toks[p]
	if p < 1 || p+1 >= len(toks) || t.kind != tkWord || t.hi-t.lo > 4 && !passingPrep(s.lowerTok(p)) {
		return
	}
	w := s.lowerTok(p)
	if string(w) == "at" {
		s.placeAtPair(p)
		return
	}
	passing := false // "out by cedar hollow", "going through elm grove": only a town's two words
	switch string(w) {
	case "in", "to", "from", "near":
	case "by", "through", "past":
		passing = true
	default:
		return
	}
	n := p + 1
	c := &toks[n]
	if c.kind != tkWord || c.hi-c.lo < 3 || !s.adjacent(p, n) || passing && s.cased {
		return
	}
	if !s.cased {
		if string(w) == "in" && s.townAfterAddress(p) {
			return
		}
		if !passing && string(w) != "to" && c.f == 0 && c.hi-c.lo >= 5 && (s.labels > 0 || s.carryFrom != nil) && !s.misspelt(n) && !s.covered(n, "") && (s.clauseEndsAfter(n) || n+1 < len(toks) && (townAfterWord(s.lowerTok(n+1)) || toks[n+1].is(fLocPrep|fDatePrep))) {
			// a word no list knows, where a town is said in a transcript
			// (speech recognition writes the words it knows, so a word no
			// list knows is a name: "my place in riverbend"); not a word
			// misspelt ("in extremeities")
			s.add(n, n, City, 0.7, "place/city")
			return
		}
		if string(w) == "in" && !passing && c.is(fCity|fCounty) && !c.is(fStop|fDeterminer|fMonth|fWeekday|fUnit|fMeasure|fClinical|fState|fCountry) && (s.placeEndsAt(p-1) || (s.livesOutIn(p) || s.atThePlace(p-1)) && s.clauseEndsAfter(n) && !c.is(fFirstTop)) && !s.covered(n, "") {
			s.add(n, s.townEnd(n), City, 0.7, "place/city") // "the home depot in auburn", "grew up in queens but …", "lives out in flagstaff so …"
		} else if m := n + 1; (string(w) != "to" || p >= 1 && toks[p-1].is(fMoveVerb) && s.adjacent(p-1, p)) && m < len(toks) && toks[m].kind == tkWord && s.adjacent(n, m) && townSuffix(s.lowerTok(m)) &&
			(!c.is(fCommon|fNonPHI|fRare) || s.livesOutIn(p) || c.is(fCity|fCounty) && !c.is(fNonPHI)) && !c.is(fStop|fDeterminer|fMonth|fWeekday|fUnit|fMeasure|fNumWord|fDirection) &&
			!(c.is(fClinical) && !c.is(fNameAny|fCity)) && // shorthand, unless a name or a town too ("fox hollow")
			!s.covered(n, "") && !s.covered(m, "") && (s.clauseEndsAfter(m) || toks[m+1].kind != tkWord || toks[m+1].is(fLocPrep|fStop|fDatePrep) || townAfterWord(s.lowerTok(m+1))) {
			s.add(n, m, City, 0.7, "place/city") // "out in brantford falls by the river", "up in kettering bay"
		}
		return
	}
	if !c.has(shCap) || c.has(shSentStart|shAllCaps|shApos) || c.is(fStop|fDeterminer|fMonth|fWeekday|fHoliday|fState|fCountry|fClinical|fEponym|fTitle|fRelation|fFacHead|fCareUnit|fNumWord|fOrdWord|fUnit|fMeasure) || s.covered(n, "") || s.eponymHere(n) {
		return
	}
	if !s.livedIn(p) && !s.awayIn(p-1, p) && !s.whereNow(p) && !(string(w) == "in" && s.placeEndsAt(p-1)) &&
		!((!c.is(fCommon) || c.is(fCity)) && (s.arrivedIn(p) || s.bornOnIn(p))) {
		return
	}
	if m := n + 1; m < len(toks) && s.adjacent(n, m) && (s.pairType(n, m) == "STATE" || toks[m].kind == tkWord && toks[m].hi-toks[m].lo == 1 || toks[m].kind == tkNum) || s.isStateAt(n) {
		return // "New York", "North Carolina": a state; "moved to Side B", "Ward 3": a label
	}
	e := n
	if m := n + 1; m < len(toks) && toks[m].kind == tkWord && s.adjacent(n, m) && toks[m].has(shCap) && !toks[m].has(shAllCaps) &&
		!toks[m].is(fStop|fDeterminer|fMonth|fWeekday|fFacHead|fCareUnit|fTitle|fRelation|fState|fCountry) && !s.covered(m, "") {
		e = m // "Hemel Hempstead", "Milton Keynes"
	}
	s.add(n, e, City, 0.75, "place/city")
}

// townAfterAddress reads the town said after a street address and "in"
// (token p), a comma or a pause after it ("fourteen twenty two north maple,
// apartment b, in kettering, four five four two nine"): where the address
// goes on, a word of the place lists or one no everyday word spells, and
// a town's second word. It reports whether it found one.
func (s *scanner) townAfterAddress(p int) bool {
	a := p - 1
	if a >= 0 && s.isPunct(a, ',') {
		a--
	}
	if a < 0 || !s.covered(a, Address) || !s.placeEndsAt(a) {
		return false
	}
	n := p + 1
	t := &s.toks[n]
	if t.kind != tkWord || t.hi-t.lo < 3 || s.covered(n, "") || t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fUnit|fMeasure|fState|fCountry|fClinical|fRelation|fTitle) ||
		t.is(fCommon) && !t.is(fCity|fCounty) {
		return false
	}
	e := n
	if m := n + 1; m < len(s.toks) && s.adjacent(n, m) && s.toks[m].kind == tkWord && (townSuffix(s.lowerTok(m)) || s.toks[m].is(fCity) && !s.toks[m].is(fCommon|fStop)) {
		e = m // "in west fargo", "in kettering falls"
	}
	if !s.clauseEndsAfter(e) && !(e+1 < len(s.toks) && s.toks[e+1].is(fNumWord)) {
		return false
	}
	s.add(n, e, City, 0.75, "place/city")
	return true
}

// atThePlace: token k is one word after "at the" that names a place one
// goes to ("at the vfw", "at the legion", "at the hospital"), not a time
// or a manner ("at the moment", "at the same"): a town may follow after
// "in" ("wednesday nights at the vfw in canton").
func (s *scanner) atThePlace(k int) bool {
	d, a := k-1, k-2
	if a < 0 || s.toks[k].kind != tkWord || !s.adjacent(d, k) || !s.adjacent(a, d) || string(s.lowerTok(d)) != "the" || string(s.lowerTok(a)) != "at" {
		return false
	}
	t := &s.toks[k]
	w := s.lowerTok(k)
	return t.hi-t.lo >= 3 && !t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fUnit|fMeasure|fHoliday|fClinical) && !timeAdverb(w) && !degreeWord(w) && !s.verbIng(k) && !timeNoun(w)
}

// timeNoun: a noun of time after "at the" ("at the moment", "at the time").
func timeNoun(w []byte) bool {
	switch string(w) {
	case "moment", "time", "start", "end", "beginning", "age", "point", "rate", "height", "peak", "most", "least", "latest", "earliest":
		return true
	}
	return false
}

// placeAtPair finds a place named by a word of the place lists and the
// last word of a town's name, right after "at" (token p) in speech where
// what is said pauses after it: a home, a campus or an estate named as
// towns are ("the care conference here at heron glen", "she's at maple
// ridge now"); not "at eye level", "at the creek".
func (s *scanner) placeAtPair(p int) {
	n, m := p+1, p+2
	if s.cased || s.notes || m >= len(s.toks) || !s.adjacent(p, n) || !s.adjacent(n, m) {
		return
	}
	c := &s.toks[n]
	if c.kind != tkWord || s.toks[m].kind != tkWord || c.hi-c.lo < 3 || !c.is(fCity|fCounty|fPhrase) || !townSuffix(s.lowerTok(m)) ||
		c.is(fStop|fDeterminer|fMonth|fWeekday|fUnit|fMeasure|fNumWord|fOrdWord|fDirection|fClinical|fState|fCountry) || sizeWord(s.lowerTok(n)) || tradeKinds()[string(s.lowerTok(n))] {
		return
	}
	if !s.clauseEndsAfter(m) && !townAfterWord(s.lowerTok(m+1)) && !s.toks[m+1].is(fLocPrep|fDatePrep) {
		return
	}
	if !s.covered(n, "") && !s.covered(m, "") {
		s.add(n, m, Location, 0.7, "place/city")
	}
}

// livesOutIn: "in" or "from" at token p says where someone lives or is
// from ("lives in", "grew up in", "out in", "up in", "from"), or where a
// practice's site is ("the one in", "our office in"): there a town
// may be named by everyday words ("out in cedar hollow", "we live in maple
// grove", "from fox hollow originally").
func (s *scanner) livesOutIn(p int) bool {
	if string(s.lowerTok(p)) == "from" {
		return true // "teresa price from fox hollow originally"
	}
	if string(s.lowerTok(p)) != "in" {
		return false
	}
	if v := p - 1; v >= 0 && s.toks[v].kind == tkWord {
		switch string(s.lowerTok(v)) {
		case "out", "up", "down", "over":
			return true
		case "one", "office", "location", "clinic", "branch", "site", "campus", "practice":
			// "our office in cedar falls", "the one in harbor point": a
			// practice's site in its town
			return v >= 1 && s.toks[v-1].kind == tkWord && (s.toks[v-1].is(fDeterminer) || string(s.lowerTok(v-1)) == "other")
		}
	}
	return s.livedIn(p)
}

// townAfterWord: w may follow a town's name where someone lives or is
// from ("from fox hollow originally", "lives in cedar hollow now").
func townAfterWord(w []byte) bool {
	switch string(w) {
	case "originally", "area", "now", "anymore", "too", "also", "last", "recently", "where":
		return true
	}
	return false
}

// compassWord: w opens a town's name before the town it is part of
// ("east harwick", "north reading").
func compassWord(w []byte) bool {
	switch string(w) {
	case "east", "west", "north", "south", "upper", "lower":
		return true
	}
	return false
}

// townSuffix: the last word of many towns' names ("Cedar Falls", "Green
// Bay", "Palm Springs"), after a word that names which.
func townSuffix(w []byte) bool {
	switch string(w) {
	case "falls", "bay", "springs", "heights", "hills", "harbor", "harbour", "beach", "junction", "creek", "hollow", "valley", "ridge", "mills", "point",
		"grove", "haven", "glen", "cove", "park", "lake", "woods", "estates", "village", "meadows", "shores", "landing", "crossing":
		return true
	}
	return false
}

// arrivedIn: a verb of arriving or staying comes right before "in" at
// token p ("he'll land in München", "we stayed in Akureyri").
func (s *scanner) arrivedIn(p int) bool {
	v := s.prevWord(p, 0)
	if string(s.lowerTok(p)) != "in" || v < 0 || v != p-1 {
		return false
	}
	switch string(s.lowerTok(v)) {
	case "land", "lands", "landed", "landing", "arrive", "arrives", "arrived", "arriving", "stay", "stays", "stayed", "staying", "settled", "based":
		return true
	}
	return false
}

// bornOnIn: "in" at token p comes right after a date said after "born"
// ("was born on 3 May 1990 in Sevilla").
func (s *scanner) bornOnIn(p int) bool {
	if string(s.lowerTok(p)) != "in" || p < 2 {
		return false
	}
	for k := p - 2; k >= 0 && k >= p-10; k-- {
		if s.toks[k].kind == tkWord && string(s.lowerTok(k)) == "born" {
			return s.covered(p-1, Date) // (last: covered reads every finding)
		}
	}
	return false
}

// townAfterName: in cased text, a word with a capital that is no everyday
// word after a person's name and "from" is where they are from ("I'm
// Guðrún Sigurðardóttir from Akureyri"; not "Sarah from Marketing"). It
// runs once names are found; it returns the town's token, or -1.
func (s *scanner) townAfterName(b int) int {
	p, c := b+1, b+2
	if !s.cased || c >= len(s.toks) || s.toks[p].kind != tkWord || string(s.lowerTok(p)) != "from" || !s.adjacent(b, p) || !s.adjacent(p, c) {
		return -1
	}
	t := &s.toks[c]
	if t.kind != tkWord || !t.has(shCap) || t.has(shAllCaps) || t.hi-t.lo < 3 || t.is(fCommon|fStop|fDeterminer|fMonth|fWeekday|fClinical|fTitle|fFacHead|fCareUnit|fCareKind|fGeneric|fState|fCountry) && !t.is(fCity) || specialtyWord(s.lowerTok(c)) || s.covered(c, "") {
		return -1
	}
	return c
}

// whereNow: the word before "in" at token p says where someone is now or
// was at home ("with us now in Hackney", "back in Leeds", "at home in
// Bootle").
func (s *scanner) whereNow(p int) bool {
	if string(s.lowerTok(p)) != "in" || p < 1 || s.toks[p-1].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(p - 1)) {
	case "now", "back", "home", "still", "currently":
		return true
	}
	return false
}

// placeEndsAt: a place or business found so far ends at token k.
func (s *scanner) placeEndsAt(k int) bool {
	if k < 0 {
		return false
	}
	end := int(s.toks[k].end)
	for f := len(s.found) - 1; f >= 0; f-- {
		switch fd := &s.found[f]; fd.Type {
		case Location, Facility, Address:
			if fd.End == end {
				return true
			}
		}
	}
	return false
}

// takeVerb: a verb of taking or going somewhere that the verbs of
// movement (fMoveVerb) leave out ("took her to", "drove over to").
func takeVerb(w []byte) bool {
	switch string(w) {
	case "take", "takes", "took", "taking", "drive", "drives", "drove", "driving", "walk", "walks", "walked", "walking",
		"head", "heads", "headed", "heading", "ride", "rode", "over", "back":
		return true
	}
	return false
}

var venueKinds = wordSet(en.VenueKinds)

// plainVenues finds a venue that lower-case speech names by everyday words
// before its kind and its head, said where someone is, works or goes ("she
// waits tables at the copper pot diner", "the kids go to sunny days learning
// center", "i'm from helping hands home care"). The words must name, not
// describe: two at least with the kind's, one of them no kind, and the first
// no word of what it sells or which one of its kind ("the ice cream shop",
// "the local senior center", "the drive thru pharmacy", "the cheap pizza
// restaurant"). A head that says little ("center", "care", "group") needs
// its kind ("the sunny days center" is left).
func (s *scanner) plainVenues() {
	if s.cased || s.notes || !s.any(fOrgHead|fFacHead|fLandmark|fShortHead) {
		return
	}
	toks := s.toks
	for h := 3; h < len(toks); h++ {
		t := &toks[h]
		if t.kind != tkWord || !t.is(fOrgHead|fFacHead|fLandmark|fShortHead) || t.is(fStop|fDeterminer) || t.has(shPoss) || s.covered(h, "") {
			continue
		}
		strong, ok := plainVenueHead(s.lowerTok(h))
		if !ok {
			continue
		}
		if first := s.plainVenueName(h, strong); first >= 0 {
			s.add(first, h, Location, 0.75, "place/plain-venue")
		}
	}
}

// plainVenueHead: w ends a venue's name after everyday words; strong when
// it needs no kind before it ("diner", "pharmacy", "farm"; "center" needs
// one: "learning center").
func plainVenueHead(w []byte) (strong, ok bool) {
	switch string(w) {
	case "diner", "tavern", "grill", "cafe", "bakery", "restaurant", "pub", "saloon", "bistro", "brewery", "pizzeria", "taqueria",
		"cantina", "deli", "barbershop", "salon", "pharmacy", "apothecary", "institute", "academy", "preschool", "daycare", "montessori",
		"farm", "farms", "ranch", "orchard", "orchards", "vineyard", "winery", "pantry", "collective", "cooperative", "lounge", "eatery", "gym", "recovery", "ministries",
		"neighborhood", "neighbourhood", "subdivision", "apartments", "apts", "commons", "towers", "manor", "estates", "townhomes", "condos", "villas", "lofts",
		// trades ("quick fox courier", "harmon and stone construction")
		"construction", "logistics", "trucking", "landscaping", "plumbing", "roofing", "staffing", "freight", "shipping", "movers", "cleaners",
		"hauling", "towing", "paving", "builders", "contractors", "manufacturing", "printing", "packaging", "courier", "couriers", "marine",
		"mutual", "fabrication", "excavating", "poultry", "seafoods", "lumber", "textiles", "plastics", "realty", "transport", "engineering", "cab", "taxi", "elevator",
		// practices ("smile harbor dental")
		"dental", "dentistry", "orthodontics", "chiropractic", "optometry",
		// care for addiction ("at hooper detox", "new leaf detox")
		"detox":
		return true, true
	case "center", "centre", "care", "group", "company", "supply", "market", "park", "home", "services", "agency", "practice", "bar", "shop", "store", "club", "living",
		"therapy", "medical": // ("peak motion physical therapy", "sunbelt home medical")
		return false, true
	}
	return false, false
}

// venueKind: token j says what kind of venue it is, or which one of its
// kind ("learning", "home", "pizza", "local", "cardiology").
func (s *scanner) venueKind(j int) bool {
	w := s.lowerTok(j)
	return s.toks[j].is(fGeneric|fCareKind) || tradeKinds()[string(w)] || venueKinds()[string(w)] || companyKind(w) || specialtyWord(w)
}

// plainVenueName returns the first token of a venue's name of everyday
// words ending at its head h, after a word that says where someone is,
// works or goes, or -1 (see plainVenues).
func (s *scanner) plainVenueName(h int, strong bool) int {
	toks := s.toks
	k := h // the first word of the kind
	for k-1 >= 1 && h-k < 2 && s.adjacent(k-1, k) && toks[k-1].kind == tkWord && s.venueKind(k-1) && !toks[k-1].is(fStop|fDeterminer) {
		k--
	}
	if !strong && k == h {
		return -1
	}
	if k == h && strong && s.ownersVenue(h-1) {
		return h - 1 // "at murphy's tavern": whose it is names it
	}
	first := -1
	for j := k - 1; j >= 1 && k-j <= 3; j-- {
		t := &toks[j]
		if first == j+1 && j >= 2 && j < k-1 && t.kind == tkWord && string(s.lowerTok(j)) == "and" && toks[j-1].kind == tkWord && !toks[j-1].is(fStop|fDeterminer) {
			continue // "harmon and stone construction"
		}
		if t.kind != tkWord || !s.adjacent(j, j+1) || t.is(fStop|fDeterminer|fLocPrep|fOrdWord|fMonth|fWeekday|fRelation|fTitle|fCountry|fCareUnit) ||
			t.has(shPoss|shApos) || t.hi-t.lo < 3 {
			break
		}
		if first >= 0 && s.verbIng(first) {
			return -1 // "at rutgers studying engineering": a verb inside names none
		}
		first = j
	}
	// descriptors open the words: "the local", "my favorite" (not "new" in
	// "new dawn recovery", "new hope ministries": a name's own)
	if first >= 1 && first < k-1 && placeKind(s.lowerTok(first)) && possessive(s.lowerTok(first-1)) {
		first++ // whose place of its kind, then its name: "her preschool little acorns learning center" (venueCue reads it)
	}
	for first >= 0 && first < k && s.venueKind(first) && !(string(s.lowerTok(first)) == "new" && first+1 < k && newName(s.lowerTok(first+1))) &&
		!(sizeWord(s.lowerTok(first)) && first+1 < k && s.pluralWord(first+1)) { // ("her preschool little acorns learning center")
		first++
	}
	if first < 0 || first >= k {
		return -1
	}
	if h-first < 2 {
		// one word and a strong head, with no article after "at" or
		// "from": said as a name ("over at hillside pharmacy"; not "at
		// the hillside pharmacy", "at home daycare", "at kroger pharmacy")
		t := &toks[first]
		p := first - 1
		if !strong || t.hi-t.lo < 4 || t.is(fChain|fNumWord|fClinical|fUnit|fMeasure) || sizeWord(s.lowerTok(first)) || venueNouns()[string(s.lowerTok(first))] || s.verbIng(first) ||
			p < 0 || toks[p].kind != tkWord || !s.adjacent(p, first) || !atOrFrom(s.lowerTok(p)) {
			return -1
		}
		return first
	}
	// the first word names: no clinical shorthand, no unit, a number or a
	// size only before more of its name in the plural ("two creeks",
	// "tiny steps"), a verb's -ing form only before more ("helping hands")
	t, w := &toks[first], s.lowerTok(first)
	plural := first+1 < k && s.pluralWord(first+1)
	switch {
	case t.is(fClinical) && !t.is(fCommon), t.is(fUnit | fMeasure | fEponym):
		return -1
	case t.is(fNumWord) || sizeWord(w):
		if !plural {
			return -1
		}
	case s.verbIng(first) && !bytes.HasSuffix(w, []byte("spring")):
		if first+1 >= k {
			return -1 // ("the wellspring community center": a spring, no verb)
		}
	}
	// where someone is, works or goes; or standing alone, named by a word
	// of the name or place lists ("supplier: arrowhead home medical,
	// duluth"; not "needs: durable home medical, walker", ", start
	// physical therapy,")
	alone := false
	if !s.venueCue(first - 1) {
		if !s.venueAlone(first, h) || !s.namedWordIn(first, k) {
			return -1
		}
		alone = true
	}
	if hw := string(s.lowerTok(h)); (hw == "therapy" || hw == "medical") && k-first < 2 && !atOrFrom(s.lowerTok(first-1)) && !alone {
		return -1 // a head of care as much as of a business, one word before its kind: "going to start physical therapy"
	}
	return first
}

// venueAlone: the words from token first to h stand on their own, a line
// or a part set off by commas or a colon, as a letter's heading or an
// address's lines write a name ("to the school nurse, willow creek
// elementary school", "supplier: arrowhead home medical, duluth").
func (s *scanner) venueAlone(first, h int) bool {
	p := first - 1
	if !(first == 0 || s.toks[first].has(shNewline) || s.isPunct(p, ',') || s.isPunct(p, ':')) {
		return false
	}
	n := h + 1
	return n >= len(s.toks) || s.toks[n].has(shNewline) || s.isPunct(n, ',') || s.isPunct(n, '.') || s.isPunct(n, ';')
}

// namedWordIn: a word from token a to b (not b) is on the name or place
// lists and no everyday word (a word on no list may be a verb; "start" is
// a town too: "start physical therapy").
func (s *scanner) namedWordIn(a, b int) bool {
	for j := a; j < b; j++ {
		if t := &s.toks[j]; t.kind == tkWord && t.is(fNameAny|fCity|fCounty|fPhrase) && !t.is(fNonPHI) {
			return true
		}
	}
	return false
}

// atOrFrom: w is "at" or "from".
func atOrFrom(w []byte) bool { return string(w) == "at" || string(w) == "from" }

// ownersVenue: token j is a name or a word no list knows in the
// possessive, right after "at", "from" or "to" ("at murphy's tavern",
// "from lucky's barbershop"; not "at my mom's salon", "at the dentist's").
func (s *scanner) ownersVenue(j int) bool {
	t := &s.toks[j]
	if j < 1 || t.kind != tkWord || !t.has(shPoss) || t.hi-t.lo < 4 || t.is(fRelation|fTitle|fStop|fDeterminer|fMonth|fWeekday) {
		return false
	}
	if !t.is(fNameAny) && t.f&^(fRare|fPhrase) != 0 {
		return false // an everyday word's ("the farmer's", "the dentist's")
	}
	p := j - 1
	if s.toks[p].kind != tkWord || !s.adjacent(p, j) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "at", "from", "to":
		return true
	}
	return false
}

// newName: w makes a name with "new" before it ("new dawn", "new hope",
// "new beginnings").
func newName(w []byte) bool {
	switch string(w) {
	case "dawn", "hope", "life", "beginning", "beginnings", "horizons", "horizon", "directions", "leaf", "start", "path", "paths", "vision", "journey", "chapter", "day", "seasons", "heights":
		return true
	}
	return false
}

// pluralWord: token j is an everyday word in the plural ("creeks", "steps").
func (s *scanner) pluralWord(j int) bool {
	w := s.lowerTok(j)
	return len(w) >= 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !s.toks[j].has(shApos)
}

// venueCue: the words ending at token p, an article or a possessive
// skipped, say where someone is, works or goes: "at", "from", "near",
// "past", "with", "to" after a verb of going or taking, "for" after a verb
// of working, "attend"; or a comma sets the name off after its kind ("my
// cousin's company, …").
func (s *scanner) venueCue(p int) bool {
	if p >= 1 && s.isPunct(p, ',') && s.toks[p-1].kind == tkWord {
		switch string(s.lowerTok(p - 1)) {
		case "company", "business", "employer", "firm", "shop", "store", "restaurant", "daycare", "church", "school":
			return true // "my cousin's company, green valley lawn care"
		}
		return false
	}
	if p >= 0 && s.toks[p].kind == tkWord && s.toks[p].is(fDeterminer) {
		p--
	}
	if p < 0 || s.toks[p].kind != tkWord || !s.adjacent(p, p+1) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "at", "from", "near", "past", "behind", "outside", "across", "with", "attend", "attends", "attended", "attending":
		return true
	case "in":
		// "we live in sunnybrook mobile home park": where someone lives
		q := p - 1
		return q >= 0 && s.toks[q].kind == tkWord && stayVerb(s.lowerTok(q))
	case "to":
		q := p - 1
		if q >= 1 && (objectPronoun(s.lowerTok(q)) || reflexive(s.lowerTok(q))) {
			q-- // "took him to", "drives himself to"
		}
		return q >= 0 && s.toks[q].kind == tkWord && (s.toks[q].is(fMoveVerb) || takeVerb(s.lowerTok(q)) || goVerb(s.lowerTok(q)))
	case "for":
		return p >= 1 && (s.toks[p-1].is(fEmployCue) || driveFor(s.lowerTok(p-1)))
	case "preschool", "daycare", "school", "church", "gym", "pharmacy", "dentist", "clinic", "employer", "supplier", "agency":
		// "her preschool little acorns learning center said", "our pharmacy
		// hillside apothecary": whose place of its kind, then its name
		return p >= 1 && s.toks[p-1].kind == tkWord && s.adjacent(p-1, p) && possessive(s.lowerTok(p-1))
	case "is":
		// "his preschool is tiny acorns montessori", "our dentist is
		// smile harbor dental": whose place of its kind it is
		q := p - 1
		return q >= 1 && s.toks[q].kind == tkWord && s.adjacent(q, p) && (kindOfPlace(s.lowerTok(q)) || placeKind(s.lowerTok(q))) && possessive(s.lowerTok(q-1))
	}
	return false
}

// driveFor: a word of driving or delivering for an employer before "for"
// ("i do deliveries for pronto pizza", "he drives for cascade logistics").
func driveFor(w []byte) bool {
	switch string(w) {
	case "deliveries", "delivery", "deliver", "delivers", "delivering", "drive", "drives", "drove", "driving", "driver":
		return true
	}
	return false
}

// faithPlaceLead: w opens the name of a house of worship before it
// ("masjid al noor", "temple beth el").
func faithPlaceLead(w []byte) bool {
	switch string(w) {
	case "masjid", "temple", "congregation", "synagogue", "mosque":
		return true
	}
	return false
}

// stayVerb: w says where someone lives or stays ("live in", "stays in").
func stayVerb(w []byte) bool {
	switch string(w) {
	case "live", "lives", "lived", "living", "stay", "stays", "stayed", "staying", "moved", "move", "grew", "up":
		return true
	}
	return false
}

// goVerb: w is a form of going or coming ("go to", "went to").
func goVerb(w []byte) bool {
	switch string(w) {
	case "go", "goes", "went", "going", "gone", "come", "comes", "came", "coming":
		return true
	}
	return false
}

// reflexive: w is a reflexive pronoun ("drives himself to").
func reflexive(w []byte) bool {
	switch string(w) {
	case "myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves":
		return true
	}
	return false
}

// articleNamedVenues finds a restaurant, a bar or a clinic that speech
// names by a Spanish article and a word no list knows, after "at" or
// "from" ("he's at el farolito every night", "we ate at la fogata").
func (s *scanner) articleNamedVenues() {
	if s.cased || s.notes || !s.any(fParticle|fClinical) {
		return // ("el" and "la" are particles of names, "los" and "las" shorthand)
	}
	toks := s.toks
	for a := 1; a+1 < len(toks); a++ {
		t := &toks[a]
		if t.f&(fParticle|fClinical) == 0 || t.hi-t.lo > 3 || t.hi-t.lo < 2 || s.low[t.lo] != 'e' && s.low[t.lo] != 'l' || t.kind != tkWord {
			continue // (the flags, the length and the first letter first: a test most words fail at once)
		}
		switch string(s.lowerTok(a)) {
		case "el", "la", "los", "las":
		default:
			continue
		}
		n, p := a+1, a-1
		u := &toks[n]
		if u.kind != tkWord || !s.adjacent(a, n) || !s.adjacent(p, a) || u.hi-u.lo < 4 || u.f&^(fRare|fPhrase) != 0 || s.misspelt(n) || s.covered(n, "") {
			continue
		}
		switch string(s.lowerTok(p)) {
		case "at", "from":
		default:
			continue
		}
		e := n
		if m := n + 1; m < len(toks) && toks[m].kind == tkWord && s.adjacent(n, m) && toks[m].f&^(fRare|fPhrase) == 0 && toks[m].hi-toks[m].lo >= 4 {
			e = m // "la casa grande"
		}
		s.add(a, e, Location, 0.75, "place/plain-venue")
		a = e
	}
}

// answeredAs finds the business or practice that answers the telephone by
// its name, opening what is said before "this is", "how can i help" or
// "speaking" ("[staff] lakeview family medicine, this is tanya", "rite way
// pharmacy this is gus"): up to four words ending at a head, one at least
// that names rather than says which kind ("family medicine, this is dawn"
// names none).
func (s *scanner) answeredAs() {
	if s.notes || !s.cased && !s.any(fOrgHead|fFacHead|fCareUnit) {
		return // (a head of a company's or a facility's name, or a specialty: "medicine")
	}
	toks := s.toks
	for n := 2; n+1 < len(toks); n++ {
		// the words after the name first, by their length and first letter
		// ("this is", "how can", "speaking")
		if a := &toks[n]; a.kind != tkWord || !(a.hi-a.lo == 4 && s.low[a.lo] == 't' || a.hi-a.lo == 3 && s.low[a.lo] == 'h' || a.hi-a.lo == 8 && s.low[a.lo] == 's') {
			continue
		}
		h := n - 1
		if s.isPunct(h, ',') {
			h--
		}
		t := &toks[h]
		if h < 1 || t.kind != tkWord || !s.answerAfter(h) || t.is(fStop|fDeterminer) {
			continue
		}
		if s.cased {
			// cased text writes the name with its capitals, with or without
			// a head ("Motion Works Physical Therapy, this is Tess",
			// "Valley Regional billing, this is Tomasz": the desk after it)
			if e := s.answeredCased(h); e >= 0 && (!s.covered(e, "") || s.covered(e, City) || s.covered(e, Name)) {
				s.add(e, s.answeredCasedEnd(h), Location, 0.8, "place/answered-as")
			}
			continue
		}
		if !(t.is(fOrgHead|fFacHead) || string(s.lowerTok(h)) == "medicine" || specialtyWord(s.lowerTok(h))) {
			continue
		}
		first, named := -1, false
		for j := h - 1; j >= 0 && h-j <= 4; j-- {
			u := &toks[j]
			if u.kind != tkWord || !s.adjacent(j, j+1) {
				break
			}
			w := s.lowerTok(j)
			if greetingWord(w) || u.is(fGreeting) {
				break // "good morning lakeview family medicine"
			}
			if u.is(fStop | fDeterminer | fNumWord | fRelation | fTitle | fMonth | fWeekday) {
				first = -1
				break
			}
			first = j
			if s.namesRatherThanKind(j) {
				named = true
			}
		}
		if first < 0 || !named || s.covered(first, "") && !s.covered(first, City) && !s.covered(first, Name) || !s.opensUtterance(first) && !greetingWord(s.lowerTok(first-1)) {
			continue
		}
		s.add(first, h, Location, 0.8, "place/answered-as")
	}
}

// casedBusinesses finds a company or a shop that cased text names by its
// capitals inside a sentence before the head of a company's name ("on the
// forklift at Pacific Rim Logistics", "adjuster with Keystone Mutual", "At
// Allegheny Paper Products, the big rolls"): up to three capitalised words
// before the head, none a function word, a title, kin, a month or clinical
// shorthand, one at least no kind of business or care ("Home Health",
// "Physical Therapy" name none). The first word of a sentence names only
// when it is a name, a town or a word no list knows.
func (s *scanner) casedBusinesses() {
	if !s.cased || !s.any(fOrgHead) {
		return
	}
	toks := s.toks
	for h := 1; h < len(toks); h++ {
		t := &toks[h]
		if t.kind != tkWord || !t.is(fOrgHead) || !t.has(shCap) || t.has(shAllCaps|shPoss|shSentStart|shNewline) || s.covered(h, "") {
			continue
		}
		if n := h + 1; n < len(toks) && toks[n].kind == tkNum && toks[n].end-toks[n].start <= 2 && s.adjacent(h, n) {
			continue // "Gleason 3+4 (Grade Group 2)", "Risk Group 3": a class numbered, not a business
		}
		first := -1
		for j := h - 1; j >= 0 && h-j <= 3; j-- {
			u := &toks[j]
			if u.kind != tkWord || !s.adjacent(j, j+1) || !u.has(shCap) || u.has(shAllCaps|shPoss|shApos) ||
				u.is(fStop|fDeterminer|fTitle|fRelation|fNumWord|fOrdWord|fMonth|fWeekday|fLocPrep|fGreeting|fIntro|fClinical|fCareUnit|fCountry|fState) {
				break
			}
			if u.has(shSentStart | shNewline) {
				if u.is(fCity|fCounty) || u.is(fNameAny) && !u.is(fCommon) || u.f&^(fRare|fPhrase) == 0 && !s.misspelt(j) {
					first = j
				}
				break
			}
			first = j
		}
		if first < 0 {
			continue
		}
		named := false
		for j := first; j < h; j++ {
			if s.namesRatherThanKind(j) {
				named = true
			}
		}
		if !named {
			continue
		}
		e := h
		for n := h + 1; n < len(toks) && n-h < 2 && toks[n].kind == tkWord && toks[n].is(fOrgHead) && toks[n].has(shCap) && s.adjacent(n-1, n); n++ {
			e = n // "Keystone Mutual Insurance"
		}
		s.add(first, e, Location, 0.75, "place/cased-business")
		h = e
	}
}

// answeredCasedEnd returns the last token of the name that answers the
// telephone in cased text and ends at or before token h: h, or the word
// before a desk's lower-case word ("Valley Regional billing").
func (s *scanner) answeredCasedEnd(h int) int {
	if t := &s.toks[h]; !t.has(shCap) && deskWord(s.lowerTok(h)) {
		return h - 1
	}
	return h
}

// answeredCased returns the first token of the name a business answers
// the telephone with in cased text, ending at token h before "this is"
// ("Motion Works Physical Therapy, this is Tess"), or -1: two to five
// words opening what is said, each after the first with its capital
// inside the sentence, no greeting, title, kin or function word, one at
// least no word of which kind ("Physical Therapy, this is" names none).
func (s *scanner) answeredCased(h int) int {
	e := s.answeredCasedEnd(h)
	first, named := -1, false
	for j := e; j >= 0 && e-j < 5; j-- {
		u := &s.toks[j]
		if u.kind != tkWord || !s.adjacent(j, j+1) && j < e {
			break
		}
		w := s.lowerTok(j)
		if greetingWord(w) || u.is(fGreeting|fStop|fDeterminer|fNumWord|fRelation|fTitle|fMonth|fWeekday|fIntro) || !u.has(shCap) || u.has(shAllCaps) {
			if j < e && (string(w) == "of" || string(w) == "and") {
				continue // "Heart and Vascular Associates"
			}
			break
		}
		first = j
		if s.namesRatherThanKind(j) {
			named = true
		}
	}
	if first < 0 || e-first < 1 || !named || !s.opensUtterance(first) {
		return -1
	}
	for j := first + 1; j <= e; j++ {
		if s.toks[j].kind == tkWord && s.toks[j].has(shSentStart) {
			return -1
		}
	}
	return first
}

// namesRatherThanKind: word token j names a business rather than saying
// which kind it is: no kind of venue or care (venueKind, which holds the
// specialties and the generic and care words too), no head of a company's
// or a facility's name, no country or people ("Lakeview", not "Family",
// "Medicine", "Logistics").
func (s *scanner) namesRatherThanKind(j int) bool {
	return !s.venueKind(j) && !s.toks[j].is(fOrgHead|fFacHead|fCountry)
}

// deskWord: w names a desk of a practice that answers the telephone
// after the practice's name ("Valley Regional billing").
func deskWord(w []byte) bool {
	switch string(w) {
	case "billing", "scheduling", "registration", "appointments", "records", "referrals", "triage", "reception":
		return true
	}
	return false
}

// answerAfter: "this is", "how can", "how may" or "speaking" follows token
// h, over a comma.
func (s *scanner) answerAfter(h int) bool {
	n := h + 1
	if s.isPunct(n, ',') {
		n++
	}
	if n+1 >= len(s.toks) || s.toks[n].kind != tkWord || s.toks[n+1].kind != tkWord {
		return false
	}
	switch s.toks[n].hi - s.toks[n].lo {
	case 4:
		return string(s.lowerTok(n)) == "this" && string(s.lowerTok(n+1)) == "is"
	case 3:
		return string(s.lowerTok(n)) == "how" && (string(s.lowerTok(n+1)) == "can" || string(s.lowerTok(n+1)) == "may")
	case 8:
		return string(s.lowerTok(n)) == "speaking"
	}
	return false
}

// greetingWord: w greets before a business answering its telephone.
func greetingWord(w []byte) bool {
	switch string(w) {
	case "morning", "afternoon", "evening", "hi", "hello", "thanks", "good":
		return true
	}
	return false
}

// personNounAfter: the word after token k is one for a person who works in
// a specialty ("orthopedic surgeon", "cardiology fellow"), so the specialty
// names no practice.
func (s *scanner) personNounAfter(k int) bool {
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(k, n) {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "surgeon", "surgeons", "surgery", "doctor", "doctors", "specialist", "specialists", "nurse", "nurses", "resident", "residents",
		"fellow", "fellows", "consult", "team", "service", "department", "attending", "follow", "appointment", "referral":
		return true
	}
	return s.roleWordAfter(k)
}

// companiesWithAnd finds a company whose name joins two words with "and",
// named where someone works: "i work in the warehouse at tristate pipe and
// supply", "payroll at halvorsen and pike", "my hours at meridian tire and
// auto", "employer riverside concrete and aggregate". One or two words
// before "and", one or two after, after "at", "for" or "with" (the article
// between or not) that follow a word of work ("work", "job", "hours",
// "payroll", "employer") no more than four words before; none of the words
// a function word, a number, a clinical or a kin word. The last word is
// the head of a company's name, or a surname, or what is said stops there.
func (s *scanner) companiesWithAnd() {
	if s.notes {
		return
	}
	toks := s.toks
	for h := 2; h+1 < len(toks); h++ {
		t := &toks[h]
		if t.kind != tkWord || t.hi-t.lo != 3 || string(s.lowerTok(h)) != "and" || s.covered(h, "") {
			continue
		}
		a := h
		for k := h - 1; k >= 0 && h-k <= 2 && s.andNameWord(k); k-- {
			a = k
		}
		b := h
		for k := h + 1; k < len(toks) && k-h <= 2 && s.andNameWord(k) && !toks[k].has(shNewline); k++ {
			b = k
		}
		if a == h || b == h || s.cased && !s.capsAround(a, b, h) {
			continue // cased text capitalises a company's name: "the Doppler and ring you back" names none
		}
		last := &toks[b]
		if !last.is(fOrgHead|fLast) && !s.clauseEndsAfter(b) {
			continue
		}
		p := a - 1
		if p >= 0 && string(s.lowerTok(p)) == "the" {
			p--
		}
		if p < 1 || toks[p].kind != tkWord {
			continue
		}
		switch string(s.lowerTok(p)) {
		case "at", "for":
		case "employer":
			p++ // "employer riverside concrete and aggregate": the cue itself
		default:
			continue
		}
		cued := false
		for k := p - 1; k >= 0 && p-k <= 5 && !cued; k-- {
			if toks[k].kind == tkWord && (toks[k].is(fEmployCue) || workWord(s.lowerTok(k))) {
				cued = true
			}
		}
		if !cued {
			continue
		}
		s.add(a, b, Location, 0.75, "place/business-head")
		h = b
	}
}

// capsAround: every word of tokens [a, b] but the "and" at h is
// capitalised.
func (s *scanner) capsAround(a, b, h int) bool {
	for k := a; k <= b; k++ {
		if k != h && !s.toks[k].has(shCap) {
			return false
		}
	}
	return true
}

// andNameWord: token k may be a word of a company's name around "and".
func (s *scanner) andNameWord(k int) bool {
	t := &s.toks[k]
	return t.kind == tkWord && t.hi-t.lo >= 3 && !t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fUnit|fMeasure|fClinical|fRelation|fTitle|fLocPrep|fDatePrep) &&
		!t.has(shPoss) && !s.isFiller(k) && !s.covered(k, Address) && !s.covered(k, Date)
}

// workWord: a word of someone's work an employer is named after ("my
// hours at", "payroll at", "a shift at").
func workWord(w []byte) bool {
	switch string(w) {
	case "hours", "payroll", "shift", "shifts", "warehouse", "office", "employer", "career", "position":
		return true
	}
	return false
}
