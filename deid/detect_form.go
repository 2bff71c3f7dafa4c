package deid

import (
	"bytes"
	"strings"
	"sync"
)

// A form's fields: "Employer: Narragansett Bay Logistics", "City: Bend",
// "Preferred pharmacy: Ponderosa Pharmacy, 610 NE Greenwood Ave". The label
// says what the value is, whatever words it is written in.

// fieldLabelAt: token k opens a line (or follows a wide gap) and is the
// first of one to three words, joined by spaces or slashes, before a colon:
// the label of a form's field ("City:", "School/daycare:", "Work phone:").
func (s *scanner) fieldLabelAt(k int) bool {
	_, c := s.fieldLabel(k)
	return c > k
}

// fieldLabel returns the label's words from token k, lower-cased and joined
// (in the scanner's scratch buffer), and the colon after them, or nil, -1.
func (s *scanner) fieldLabel(k int) ([]byte, int) {
	if k >= len(s.toks) || s.toks[k].kind != tkWord || !(k == 0 || s.toks[k].has(shNewline) || s.gapBefore(k)) {
		return nil, -1
	}
	buf := s.buf[:0]
	for n, words := k, 0; n < len(s.toks) && n-k < 6; n++ {
		t := &s.toks[n]
		switch {
		case t.kind == tkWord && (n == k || s.adjacent(n-1, n) || s.isPunct(n-1, '/')):
			if words++; words > 3 || n > k && t.has(shNewline) {
				return nil, -1
			}
			if len(buf) > 0 && !s.isPunct(n-1, '/') {
				buf = append(buf, ' ')
			}
			buf = append(buf, s.lowerTok(n)...)
		case s.isPunct(n, '/') && n > k && s.toks[n-1].kind == tkWord:
			buf = append(buf, '/')
		case s.isPunct(n, ':') && n > k && s.toks[n-1].kind == tkWord:
			s.buf = buf
			return buf, n
		default:
			return nil, -1
		}
	}
	return nil, -1
}

// fieldLabelEnds: token h is the last word of a form's field label, a colon
// right after it ("Birth hospital:", "Preferred pharmacy:").
func (s *scanner) fieldLabelEnds(h int) bool {
	if !s.isPunct(h+1, ':') {
		return false
	}
	for k := h; k >= 0 && h-k < 3; k-- {
		if _, c := s.fieldLabel(k); c == h+1 {
			return true
		}
		if s.toks[k].has(shNewline) {
			break
		}
	}
	return false
}

// lineLabelAt: token n opens a line with a speaker's or a field's label:
// up to three words or numbers, then a colon ("Speaker 1:", "SPEAKER_01:",
// "Work phone:").
func (s *scanner) lineLabelAt(n int) bool {
	for k := n; k < len(s.toks) && k-n < 5; k++ {
		t := &s.toks[k]
		switch {
		case t.kind == tkWord || t.kind == tkNum || t.kind == tkAlnum:
			if k > n && t.has(shNewline) {
				return false
			}
		case s.isPunct(k, '_'):
		case s.isPunct(k, ':'):
			return k > n
		default:
			return false
		}
	}
	return false
}

// gapBefore: two spaces or more, or a tab, stand before token k on its line
// ("City: Bend    State: OR").
func (s *scanner) gapBefore(k int) bool {
	if k == 0 {
		return false
	}
	a, b := int(s.toks[k-1].end), int(s.toks[k].start)
	return b-a >= 2 && s.text[b-1] == ' ' && s.text[b-2] == ' ' || b-a >= 1 && s.text[b-1] == '\t'
}

// placeFields are the labels of fields whose value names a place a person
// is found at (or, a few, another name of the person), and the type the
// value is given.
var placeFields = map[string]Type{
	"employer": Location, "employer name": Location, "current employer": Location, "new employer": Location, "previous employer": Location, "former employer": Location,
	"school": Location, "school/daycare": Location, "daycare": Location, "school name": Location, "college": Location, "university": Location,
	"preferred pharmacy": Location, "pharmacy": Location, "residence": Location, "place of residence": Location,
	"birth hospital": Facility, "hospital of birth": Facility, "place of birth": City, "birthplace": City,
	"city": City, "town": City, "city/town": City, "county": County, "suburb": City, "neighborhood": City, "neighbourhood": City,
	"middle name": Name, "preferred name": Name, "previous surname": Name, "previous name": Name, "maiden name": Name, "former name": Name, "nickname": Name, "alias": Name,
	"practice": Facility, "gp practice": Facility, "gp surgery": Facility, "surgery": Facility, "nursing home": Facility, "care home": Facility,
	// the agencies and suppliers a discharge or a home-health note names
	"agency": Facility, "home health agency": Facility, "hh agency": Facility, "hospice agency": Facility, "vendor": Location, "dme vendor": Location,
	"dme company": Location, "dme supplier": Location, "infusion company": Location, "infusion pharmacy": Location, "receiving facility": Facility,
	"accepting facility": Facility, "rehab facility": Facility, "skilled nursing facility": Facility, "dialysis center": Facility, "dialysis unit": Facility,
}

// personFields are the labels of a form's or a report's fields whose value
// is a person's name ("Patient: KING, BILL", "Referring: Ward, Ellen MD").
var personFields = map[string]bool{
	"patient": true, "patient name": true, "pt": true, "name": true, "full name": true, "resident": true, "client": true, "athlete": true,
	"student": true, "child": true, "child's name": true, "childs name": true, "referring": true, "referring physician": true, "referring provider": true,
	"ordering": true, "ordering provider": true, "ordering physician": true, "attending": true, "surgeon": true, "sonographer": true,
	"technologist": true, "consultant": true, "pcp": true, "gp": true, "emergency contact": true, "next of kin": true, "nok": true,
	"guardian": true, "cosigned": true, "signed": true, "dictated by": true, "recipient": true, "donor": true, "interpreter": true,
}

// personFieldStart: w is the first word of a label of personFields.
func personFieldStart(w []byte) bool { return personFieldFirsts()[string(w)] }

// personFieldFirsts are the first words of personFields' labels.
var personFieldFirsts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for label := range personFields {
		first, _, _ := strings.Cut(label, " ")
		m[first] = true
	}
	return m
})

// personValue reads a person's name as a field's value from token i: one
// to five words with their capitals (or in capitals),
// initials and a nickname in quotes among them, the surname first before
// a comma or not ("YOUNG, MARCUS T.", "Beatrice \"Bea\" Hollingsworth"),
// up to the line's end, a wide gap, a parenthesis or a credential. Every
// word a name the lists hold, an initial or a word no list knows, one of
// them no everyday word or a well-known name ("Patient: Alert, Oriented"
// names none). It returns the last token, or -1.
func (s *scanner) personValue(i int) int {
	if i >= len(s.toks) || s.toks[i].has(shNewline) {
		return -1
	}
	last, words, named := -1, 0, false
	for n := i; n < len(s.toks) && n-i < 12; n++ {
		t := &s.toks[n]
		if n > i && (t.has(shNewline) || s.gapBefore(n)) {
			break
		}
		if t.kind == tkPunct {
			switch s.text[t.start] {
			case ',', '.', '"', '-', '\'':
				continue
			}
			break
		}
		if t.kind != tkWord || !t.has(shCap) {
			break
		}
		if words > 0 && (t.is(fCredential) || s.isPunct(n-1, ',') && t.has(shAllCaps) && stateDegree(s.lowerTok(n))) {
			break // "GRAVES, ELLEN MD", "Kowal, Irena, PA"
		}
		if words++; words > 5 {
			return -1
		}
		single := t.end-t.start == 1
		if !single && !t.is(fNameAny|fParticle) && t.f&^(fRare|fPhrase) != 0 || t.is(fStop|fDeterminer|fTitle|fRelation|fMonth&^fFirst) && !t.is(fNameAny) {
			return -1
		}
		named = named || !single && (!t.is(fCommon) || t.is(fFirstTop|fLastTop))
		last = n
	}
	if !named {
		return -1
	}
	// the value ends its line or its column, or stops at a parenthesis or a
	// credential: a field's, not what a speaker said ("Patient: Hi Doctor
	// Smith. …", "Patient: Good. …")
	n := last + 1
	if s.isPunct(n, '.') && s.toks[last].end-s.toks[last].start == 1 {
		n++ // "MARCUS T."
	}
	if s.isPunct(n, ',') && n+1 < len(s.toks) && (s.toks[n+1].is(fCredential) || s.toks[n+1].has(shAllCaps)) {
		return last // "Kowal, Irena, PA", "Ward, Ann, RN"
	}
	if n >= len(s.toks) || s.toks[n].has(shNewline) || s.gapBefore(n) || s.isPunct(n, '(') || s.toks[n].is(fCredential) {
		return last
	}
	return -1
}

// wordsIn counts the word tokens from token a to token b.
func (s *scanner) wordsIn(a, b int) int {
	n := 0
	for k := a; k <= b; k++ {
		if s.toks[k].kind == tkWord {
			n++
		}
	}
	return n
}

// placeFieldStart: w is the first word of a label of placeFields.
func placeFieldStart(w []byte) bool {
	switch string(w) {
	case "employer", "current", "new", "previous", "school", "daycare", "college", "university", "preferred", "pharmacy", "residence",
		"place", "birth", "hospital", "birthplace", "city", "town", "county", "suburb", "neighborhood", "neighbourhood", "practice", "gp",
		"surgery", "nursing", "care", "middle", "maiden", "former", "nickname", "alias",
		"agency", "home", "hh", "hospice", "vendor", "dme", "infusion", "receiving", "accepting", "rehab", "skilled", "dialysis":
		return true
	}
	return false
}

// emptyValue: a field's value that names nothing.
func emptyValue(w []byte) bool {
	switch string(w) {
	case "none", "n", "na", "unknown", "unk", "same", "self", "retired", "unemployed", "disabled", "student", "home", "yes", "no", "declined", "pending", "tbd":
		return true
	}
	return false
}

// detectFormFields finds the value of a field whose label names a place
// (placeFields): the words after the colon up to the end of the line, a
// wide gap or an opening parenthesis ("Residence: The Palms at Siesta Key
// (independent living)"), at most ten tokens; not an empty value ("none",
// "self-employed", "retired").
func (s *scanner) detectFormFields() {
	toks := s.toks
	for c := 1; c+1 < len(toks); c++ {
		// from each colon back to its label's first word, at a line's
		// start or after a wide gap: colons are few, words many
		if toks[c].kind != tkPunct || s.text[toks[c].start] != ':' || toks[c-1].kind != tkWord {
			continue
		}
		k := c - 1
		for k > 0 && c-k < 5 && !toks[k].has(shNewline) && !s.gapBefore(k) {
			k--
		}
		person := personFieldStart(s.lowerTok(k))
		if !person && !placeFieldStart(s.lowerTok(k)) {
			continue // "Doctor:", "Allergies:": most labels, by their first word
		}
		label, lc := s.fieldLabel(k)
		if lc != c {
			continue
		}
		if person && personFields[string(label)] {
			// in a transcript "Patient:" labels a turn too: there a name of
			// two words at least ("Patient: Good" is what was said)
			if last := s.personValue(c + 1); last > c && !(s.labels > 0 && speakerRoles[string(label)] && s.wordsIn(c+1, last) < 2) {
				s.add(c+1, last, Name, 0.85, "name/form-field")
				c = last
			}
			continue
		}
		typ, ok := placeFields[string(label)]
		if !ok {
			continue
		}
		first, last := c+1, -1
		if toks[first].has(shNewline) || toks[first].kind != tkWord && toks[first].kind != tkNum || emptyValue(s.lowerTok(first)) {
			continue
		}
		for n := first; n < len(toks) && n-first < 10; n++ {
			t := &toks[n]
			if n > first && (t.has(shNewline) || s.gapBefore(n)) || s.isPunct(n, '(') || s.isPunct(n, ';') {
				break
			}
			if s.isPunct(n, '.') && n+1 < len(toks) && toks[n+1].start > t.end && !s.abbrevDot(n) {
				break // "School: Lincoln Elementary. School note given.": the sentence after the value
			}
			if s.cased && s.isPunct(n, ',') && n+1 < len(toks) && toks[n+1].kind == tkWord && !toks[n+1].has(shCap) {
				break // "Keystone Home Medical, intake 814-…": a remark after the value, not its address or town
			}
			if n > first && t.kind == tkWord && (s.isPunct(n+1, ':') && !s.isPunct(n-1, ':') || valueEndsBefore(s.lowerTok(n))) {
				break // "Employer: Acme Roofing. Insurance: BCBS", "employer: pacific coast roofing until august": the next label, or when
			}
			if t.kind != tkPunct {
				last = n
			}
		}
		if last < first {
			continue
		}
		s.add(first, last, typ, 0.85, "place/form-field")
		c = last
	}
}

// valueEndsBefore: a word that says when, not what, after a field's value
// ("until", "since").
func valueEndsBefore(w []byte) bool {
	switch string(w) {
	case "until", "till", "til", "since":
		return true
	}
	return false
}

// endAtFieldLabels ends a finding that ran on into the next field's label
// before the label's line: "Walgreens, 1500 Diamond Hill Rd\nSchool/daycare:
// …", "Preferred name: Marisa\nBirth hospital: …". It runs after every
// detector.
func (s *scanner) endAtFieldLabels() {
	toks := s.toks
	for f := range s.found {
		a, b := s.tokAt(s.found[f].Start), s.tokAt(s.found[f].End-1)
		for k := b; k > a && b-k < 4; k-- {
			if !toks[k].has(shNewline) {
				continue
			}
			if _, c := s.fieldLabel(k); c > b {
				s.setSpan(f, s.found[f].Start, int(toks[k-1].end))
			}
			break
		}
	}
}

// placeHeadAt: token k is a word that ends a place's name and made the
// finding (Springs, Hospital, Pavilion): a place found across a line break
// is on its head's line ("OBSTETRIC DISCHARGE SUMMARY\nAlder Springs").
func (s *scanner) placeHeadAt(k int) bool {
	return s.toks[k].kind == tkWord && s.toks[k].is(fFacHead|fLandmark|fShortHead|fCareUnit)
}

// endAtLineBreaks cuts a name of a person or a place where a line breaks
// or a column's gap opens inside it: a letter's signature or a form's row
// puts what follows a name on its own line or in its own column ("Dr A.
// Okafor\nConsultant Physician", "Patient: Ana Reyes   Hosp No: …"), and
// no such name is written across either (an address is: its town goes on
// the next line). A person's name keeps its first line; a place's keeps
// the line that holds most of it, the last of two as long, where its head
// is ("Dr R. Okafor\nChapel Lane Surgery").
func (s *scanner) endAtLineBreaks() {
	toks := s.toks
	for f := range s.found {
		typ := s.found[f].Type
		switch typ {
		case Name, Location, Facility, City, County:
		case Address:
			// a street's name is on its suffix's line ("Dr Hal Emmerich\n
			// Penrhos Quay Surgery" holds no street "Emmerich Penrhos Quay")
			if s.found[f].Source != "place/street" {
				continue
			}
			typ = Facility // the last line of two as long
		default:
			continue
		}
		if x := s.text[s.found[f].Start:s.found[f].End]; strings.IndexByte(x, '\n') < 0 && strings.Index(x, "  ") < 0 && strings.IndexByte(x, '\t') < 0 {
			continue // no break inside (the cheap test)
		}
		a, b := s.tokAt(s.found[f].Start), s.tokAt(s.found[f].End-1)
		if a < 0 || b <= a {
			continue
		}
		// the longest stretch of tokens with no break inside (the last of
		// two as long), the first for a person
		bestA, bestB, from := a, a-1, a
		for k := a + 1; k <= b+1; k++ {
			if k <= b && !toks[k].has(shNewline) && !s.gapBefore(k) {
				continue
			}
			if n := k - from; n > bestB-bestA+1 || n == bestB-bestA+1 && typ != Name || k > b && typ != Name && s.placeHeadAt(b) {
				bestA, bestB = from, k-1
			}
			if typ == Name {
				break
			}
			from = k
		}
		if bestA != a || bestB != b {
			s.setSpan(f, int(toks[bestA].start), int(toks[bestB].end))
			if typ == Name {
				s.sameWordsCut(f, bestA, bestB, b)
			}
		}
	}
}

// sameWordsCut keeps as a name of its own each word cut off the person's
// name f (tokens bestB+1..b) that is a word of the name kept (bestA..bestB):
// "nan smith  smith" keeps "smith" after the gap, or redaction would mask
// one copy of the name and leave the other.
func (s *scanner) sameWordsCut(f, bestA, bestB, b int) {
	score := s.found[f].Score
	for k := bestB + 1; k <= b; k++ {
		if s.toks[k].kind != tkWord {
			continue
		}
		for j := bestA; j <= bestB; j++ {
			if s.toks[j].kind == tkWord && bytes.Equal(s.lowerTok(j), s.lowerTok(k)) {
				s.add(k, k, Name, score, "repeat")
				break
			}
		}
	}
}
