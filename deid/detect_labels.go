package deid

// A transcript exported from a video visit or a meeting labels its
// speakers by their names, from the meeting's roster:
//
//	Loretta Banks: The one I mailed back.
//	[09:16:07] Gwendolyn Strand:
//	PT DESHAWN MILES: Perfect.
//	Front Desk - Dana: And the new address?
//	Soren Eklund, PharmD: Hi, this is Soren.
//	Amara Lindgren   0:22
//
// (the last a meeting tool's label on a line of its own, the time into the
// meeting after it). A label that names a person is a name, every word of
// it but the titles, roles and credentials around it, even where a word of
// the name is an everyday one ("Strand", "Banks", "Miles"), so long as one
// of its words is a given name and it stands where a speaker's label
// stands: at a line's start, in a text whose lines open with labels (the
// same label twice, or speakers' roles), or with a meeting's time after it.

// labelName is a speaker's label read by speakerNames: tokens [a, b] are
// the words that name the person.
type labelName struct {
	a, b    int
	meeting bool // a meeting tool's label: a time after it, alone on its line
	named   bool // a word of it is a given name (or it is a meeting's label that names someone)
}

// speakerNames finds the names that label a transcript's speakers.
func (s *scanner) speakerNames() {
	var labels []labelName
	for i := range s.toks {
		if i > 0 && !s.toks[i].has(shNewline) {
			continue
		}
		if l, ok := s.speakerNameLabel(i); ok {
			labels = append(labels, l)
		}
	}
	named := 0
	for _, l := range labels {
		if l.named {
			named++
		}
	}
	for x, l := range labels {
		if !l.named || !l.meeting && s.labels == 0 && (len(labels) < 3 || named < 2) && !s.labelSaidAgain(labels, x) {
			continue // a transcript's labels: three or more, two naming people; one said twice; or its speakers' roles
		}
		s.add(l.a, l.b, Name, 0.9, "name/speaker-label")
	}
}

// labelSaidAgain reports whether another label of labels names the same
// words as labels[x].
func (s *scanner) labelSaidAgain(labels []labelName, x int) bool {
	l := labels[x]
	for y, m := range labels {
		if y == x || m.b-m.a != l.b-l.a {
			continue
		}
		same := true
		for k := 0; k <= l.b-l.a && same; k++ {
			same = string(s.lowerTok(l.a+k)) == string(s.lowerTok(m.a+k))
		}
		if same {
			return true
		}
	}
	return false
}

// speakerNameLabel reads a speaker's label that opens the line at token i
// and names a person.
func (s *scanner) speakerNameLabel(i int) (labelName, bool) {
	k := i
	if s.isPunct(k, '[') {
		// "[09:16:07] Gwendolyn Strand:": the time into the recording
		e := k + 1
		for e < len(s.toks) && e-k <= 6 && (s.toks[e].kind == tkNum || s.isPunct(e, ':')) {
			e++
		}
		if e == k+1 || !s.isPunct(e, ']') {
			return labelName{}, false
		}
		k = e + 1
	}
	a, b, words := -1, -1, 0
	given, firstWord, plain := false, false, false
	for ; k < len(s.toks) && k-i <= 10; k++ {
		t := &s.toks[k]
		if k > i && t.has(shNewline) {
			break
		}
		switch {
		case t.kind == tkWord:
			if !t.has(shCap) {
				return labelName{}, false
			}
			w := s.lowerTok(k)
			if t.is(fTitle|fCredential) || roleLabel(w) {
				if a >= 0 && !s.isPunct(k+1, '-') {
					// "Jana Brill RN": what follows the name is no name
					return s.nameLabelEnd(a, b, k, given || firstWord && plain, words)
				}
				a, b, words, given, firstWord, plain = -1, -1, 0, false, false, false
				continue // "Dr.", "PT", "Nurse", "Front Desk -"
			}
			if t.is(fStop|fDeterminer|fMonth) && !t.is(fFirst) {
				return labelName{}, false
			}
			if a < 0 && !t.is(fFirst) && t.has(shAllCaps) && t.end-t.start <= 4 && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord && s.toks[k+1].is(fFirst) {
				continue // "CDE RUBY CHATTERJEE:", "LPN ANA ROSS:": a credential no list knows
			}
			if a < 0 {
				a = k
			}
			b = k
			words++
			// a given name no everyday word spells ("Loretta"), or one that
			// is ("Mark", "Grace") with a word that is none ("Mark Twain")
			given = given || t.is(fFirst) && !t.is(fCommon)
			firstWord = firstWord || t.is(fFirst)
			plain = plain || !t.is(fCommon)
		case s.isPunct(k, '.') && k > 0 && s.adjacent(k-1, k) && s.toks[k-1].is(fTitle):
			// "Dr." read above
		case s.isPunct(k, '-') && a < 0 && k > i:
			// "Front Desk - Dana": the role, then the name
		case (s.isPunct(k, '-') || s.isPunct(k, '\'')) && a >= 0 && s.toks[k].start == s.toks[k-1].end && k+1 < len(s.toks) && s.toks[k+1].start == s.toks[k].end:
			// "Ferreira-Dunn", "O'Neil"
		default:
			return s.nameLabelEnd(a, b, k, given || firstWord && plain, words)
		}
	}
	return labelName{}, false
}

// nameLabelEnd decides a label whose name words are [a, b] (words of
// them, one a given name when given) and that goes on at token k: a ':'
// (after a credential or a role after a comma: "Soren Eklund, PharmD:"), or
// a meeting's time alone at the end of the line ("Amara Lindgren   0:22").
func (s *scanner) nameLabelEnd(a, b, k int, given bool, words int) (labelName, bool) {
	if a < 0 || words > 3 {
		return labelName{}, false
	}
	if s.isPunct(k, ',') && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord && (s.toks[k+1].is(fCredential|fTitle) || roleLabel(s.lowerTok(k+1)) || s.toks[k+1].has(shAllCaps) || s.toks[k+1].has(shCap) && s.isPunct(k+2, ':')) {
		k += 2 // ", PharmD", ", SLP", ", RN"
	}
	for k < len(s.toks) && k-b <= 3 && s.toks[k].kind == tkWord && (s.toks[k].is(fCredential|fTitle) || roleLabel(s.lowerTok(k))) {
		k++ // "Jana Brill RN:"
	}
	if s.isPunct(k, ':') && s.toks[k].start == s.toks[k-1].end && (k+1 == len(s.toks) || s.toks[k+1].start > s.toks[k].end) {
		return labelName{a: a, b: b, named: given}, true
	}
	// a meeting's label names its speaker from the roster: two words or
	// more that no everyday word spells are a name too ("Amara Lindgren")
	if s.meetingTimeEnd(k) > k {
		return labelName{a: a, b: b, meeting: true, named: given || words >= 2 && s.noEverydayWord(a, b)}, true
	}
	return labelName{}, false
}

// meetingTimeEnd returns the token after a meeting tool's time at token k
// ("0:22", "13:40", "00:00:20", two or more spaces before it, nothing
// after it on its line), or k.
func (s *scanner) meetingTimeEnd(k int) int {
	if k < 1 || k+2 >= len(s.toks) || s.toks[k].kind != tkNum || s.toks[k].start-s.toks[k-1].end < 2 || !s.isPunct(k+1, ':') || s.toks[k+2].kind != tkNum {
		return k
	}
	e := k + 3
	if s.isPunct(e, ':') && e+1 < len(s.toks) && s.toks[e+1].kind == tkNum {
		e += 2
	}
	if e < len(s.toks) && !s.toks[e].has(shNewline) {
		return k
	}
	return e
}

// meetingLabelEnd returns the token after a meeting tool's label opening
// the line at token a (one to four words, its time alone after them:
// "Patient   0:07", "Dr. Priya Raman  12:40"), or a.
func (s *scanner) meetingLabelEnd(a int) int {
	if a >= len(s.toks) || s.toks[a].kind != tkWord || a > 0 && !s.toks[a].has(shNewline) {
		return a
	}
	for k := a + 1; k < len(s.toks) && k-a <= 6; k++ {
		t := &s.toks[k]
		if t.has(shNewline) {
			return a
		}
		if t.kind == tkNum {
			if e := s.meetingTimeEnd(k); e > k {
				return e
			}
			return a
		}
	}
	return a
}

// noEverydayWord reports whether no word of tokens [a, b] is an everyday
// word that is no surname.
func (s *scanner) noEverydayWord(a, b int) bool {
	for k := a; k <= b; k++ {
		if t := &s.toks[k]; t.kind == tkWord && t.is(fCommon) && !t.is(fLast|fFirst) {
			return false
		}
	}
	return true
}
