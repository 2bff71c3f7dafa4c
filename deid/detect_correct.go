package deid

// Numbers said twice: speech puts a number right after a false start
// ("my cell's three one two, no wait, three one three five five five …",
// "it's two two seven, no, two seventy two oak lane", "he's nine four, i
// mean ninety four") and says a part of one where the rest is known ("her
// cell is the same but ending in twenty two"). The false start is the
// same identifier, begun: it is reported with the type of what corrects
// it. A part said after "ending in" is the part of a number it names.

// Sources of the corrections detector.
const (
	SourceFalseStart = "number/false-start" // digits said, then corrected, or added to a number read back short
	SourceNumberEnd  = "number/ending"      // the last digits of a number said alone
)

// correctedNumbers runs both.
func (s *scanner) correctedNumbers() {
	if s.cased || s.notes {
		return // speech: numbers said in words
	}
	s.falseStarts()
	s.numberEndings()
	s.numberCompletions()
}

// numberCompletions finds the digit or two a speaker adds to a number read
// back short, opening the next turn ("… k l seven seven four two what?
// [patient] nine", "six zero zero three one four [pharmacist] two at the
// end"): the rest of the same identifier.
func (s *scanner) numberCompletions() {
	toks := s.toks
	for o := 3; o < len(toks); o++ {
		if !s.labelEndsAt(o) {
			continue
		}
		a := o + 1
		last, n := -1, 0
		for j := a; j < len(toks) && j-a < 3; j++ {
			u := &toks[j]
			if u.kind != tkWord || !u.is(fNumWord) || u.val < 0 || u.val > 9 || s.covered(j, "") {
				break
			}
			last, n = j, n+1
		}
		if n == 0 || n > 2 || !s.completionEnds(last) || string(s.lowerTok(a)) == "oh" {
			continue // ("[patient] oh right": an interjection, no zero)
		}
		typ, ok := s.readBackBefore(o - 3)
		if !ok {
			continue
		}
		s.add(a, last, typ, 0.8, SourceFalseStart)
		o = last
	}
}

// completionEnds: what follows the digits at token j ends the turn or says
// they end the number ("nine.", "two at the end", "nine yeah").
func (s *scanner) completionEnds(j int) bool {
	n := j + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return true
	}
	switch string(s.lowerTok(n)) {
	case "at", "yeah", "yes", "yep", "right", "thats", "is":
		return true
	}
	return false
}

// readBackBefore returns the type of the number found that ends the turn
// before a speaker's label whose '[' is at token e+1, a "what" or a mark
// after it allowed ("… four two what?").
func (s *scanner) readBackBefore(e int) (Type, bool) {
	k := e
	for k >= 0 && (s.toks[k].kind == tkPunct || s.toks[k].kind == tkWord && (string(s.lowerTok(k)) == "what" || s.isFiller(k))) && e-k < 3 {
		k--
	}
	if k < 0 || s.toks[k].kind != tkWord || !s.toks[k].is(fNumWord) {
		return "", false
	}
	end := int(s.toks[k].end)
	for _, f := range s.found {
		if f.End == end && numberType(f.Type) && f.Type != Age && f.Type != Address {
			return f.Type, true
		}
	}
	return "", false
}

// falseStarts finds the digits said right before a correction ("no",
// "wait", "sorry", "i mean", "actually") and a number found after it,
// within eight tokens.
func (s *scanner) falseStarts() {
	n := len(s.found)
	for f := 0; f < n; f++ {
		fd := s.found[f]
		if !numberType(fd.Type) {
			continue
		}
		a := s.tokAt(fd.Start)
		if a < 2 {
			continue
		}
		corrected := false
		k := a - 1
		for ; k >= 0 && a-k <= 8; k-- {
			t := &s.toks[k]
			if t.kind == tkTag || t.kind == tkPunct && s.text[t.start] != ',' {
				break
			}
			if t.kind != tkWord {
				continue
			}
			w := s.lowerTok(k)
			if correctionWord(w) || string(w) == "mean" {
				corrected = true
				continue
			}
			if corrected && t.is(fNumWord) && !s.covered(k, "") {
				break // the false start's last word
			}
			if !s.isFiller(k) && !shortAside(w) {
				k = -1
				break
			}
		}
		if !corrected || k < 0 || !s.toks[k].is(fNumWord) || s.covered(k, "") {
			continue
		}
		first, digits := k, 0
		for j := k; j >= 0 && k-j < 8; j-- {
			t := &s.toks[j]
			if t.kind == tkPunct && s.text[t.start] == ',' {
				continue
			}
			if t.kind != tkWord || !t.is(fNumWord) || s.covered(j, "") {
				break
			}
			first, digits = j, digits+1
		}
		if digits < 2 {
			continue // one number word before a correction is any count ("two, no, three times")
		}
		s.add(first, k, fd.Type, min(fd.Score, 0.8), SourceFalseStart)
	}
}

// shortAside: the words a speaker puts between a false start and the
// number that corrects it ("that's mine, hers is …", "let me", "it's").
func shortAside(w []byte) bool {
	switch string(w) {
	case "thats", "mine", "hers", "his", "is", "its", "it", "let", "me", "try", "again", "i", "the", "number", "oh":
		return true
	}
	return false
}

// numberType: the types of identifiers said as numbers.
func numberType(t Type) bool {
	switch t {
	case Phone, Fax, SSN, MRN, HealthPlan, Account, License, Vehicle, Device, ID, Zip, Address, Age:
		return true
	}
	return false
}

// numberEndings finds the last digits of a telephone, a card or an
// account said alone after "ending in", "ends in" or "the last four"
// ("her cell is the same but ending in twenty two", "the fax just ends in
// one three"), where the sentence names what they end.
func (s *scanner) numberEndings() {
	toks := s.toks
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.kind != tkWord || t.hi-t.lo != 2 || s.low[t.lo] != 'i' || s.low[t.lo+1] != 'n' {
			continue // "in" first
		}
		switch string(s.lowerTok(i - 1)) {
		case "ending", "ends", "end", "ended":
		default:
			continue
		}
		k := i + 1
		last, n := -1, 0
		for j := k; j < len(toks) && j-k < 6; j++ {
			u := &toks[j]
			if u.kind == tkPunct && s.text[u.start] == ',' {
				continue
			}
			if u.kind != tkWord || !u.is(fNumWord) || s.covered(j, "") {
				break
			}
			last, n = j, n+1
		}
		if n == 0 {
			continue
		}
		typ := s.endingOf(i)
		if typ == "" {
			continue
		}
		s.add(k, last, typ, 0.8, SourceNumberEnd)
		i = last
	}
}

// endingOf returns the type of the number whose end is said after "in" at
// token i, by a word of it in the twelve words before, or "".
func (s *scanner) endingOf(i int) Type {
	for k := i - 2; k >= 0 && i-k <= 12; k-- {
		t := &s.toks[k]
		if t.kind == tkTag || t.kind == tkPunct && (s.text[t.start] == '.' || s.text[t.start] == '?') {
			break
		}
		if t.kind != tkWord {
			continue
		}
		switch string(s.lowerTok(k)) {
		case "cell", "phone", "number", "line", "mobile", "landline", "home":
			return Phone
		case "fax":
			return Fax
		case "social", "ssn":
			return SSN
		case "card", "account", "member", "policy", "id", "claim", "license", "plate":
			return ID
		}
	}
	return ""
}
