package deid

import "strings"

// Identifiers read out a character at a time ("member id b t f six six
// nine four", "the vin is j h m l one e f nine") and spoken IP addresses
// ("ten dot zero dot twenty seven dot two fifty one").

// spokenID reads a run of single letters and spoken digits from token i. It
// records an identifier and returns the last token when the run mixes
// letters and at least two digits over six or more characters (five when
// a letter is spelled "as in", four after a cue); otherwise -1.
func (s *scanner) spokenID(i int) int {
	if label, n := s.spelledLabel(i); n > 0 {
		// "m r n zero zero four four …": the label is spelled, then the
		// number; the label is read here either way, so that no letter of
		// it starts a run of its own
		if e := s.spokenIDAfter(i+n, label); e > 0 {
			return e
		}
		return i + n - 1
	}
	return s.spokenIDAfter(i, "")
}

// aOneC: tokens k, k+1, k+2 say "a one c" (hemoglobin A1c), however
// written ("a 1 c", "a-one-c").
func (s *scanner) aOneC(k int) bool {
	if s.text[s.toks[k].start]|0x20 != 'a' || s.toks[k].end-s.toks[k].start != 1 {
		return false
	}
	o := s.nextWord(k, 1)
	if o < 0 || o > k+2 || s.toks[o].val != 1 || s.toks[o].kind != tkWord && s.toks[o].kind != tkNum {
		return false
	}
	c := s.nextWord(o, 1)
	return c >= 0 && c <= o+2 && s.toks[c].kind == tkWord && s.toks[c].end-s.toks[c].start == 1 && s.text[s.toks[c].start]|0x20 == 'c'
}

// spokenIDAfter is spokenID from token i, after the spelled label of the
// given type (or none).
func (s *scanner) spokenIDAfter(i int, label Type) int {
	toks := s.toks
	if label == "" && (s.gravidaPara(i) > i || s.spineLevel(i) && s.spineLevel(s.nextWord(i+1, 1))) && s.cueBefore(i, 6) == "" {
		return -1 // "g two p one": an obstetric history; "L three L four": two vertebrae
	}
	letters, digits, items, last := 0, 0, 0, -1
	spelledOut := false
	for k := i; k < len(toks); k++ {
		t := &toks[k]
		if w := s.spellAs(k); w > 0 { // "v as in victor one two three"
			k = w
			if n := k + 2; n < len(toks) && s.isPunct(k+1, '-') && toks[k+1].start == toks[k].end && toks[n].start == toks[k+1].end && toks[n].kind == tkWord {
				k = n // "x as in x-ray"
			}
			last = k
			spelledOut = true
			continue
		}
		switch {
		case t.kind == tkPunct:
			c := s.text[t.start]
			if c == '-' || c == ',' {
				continue
			}
			k = len(toks)
			continue
		case t.kind == tkNum:
			digits += int(t.end - t.start)
		case t.kind == tkAlnum && t.end-t.start <= 3:
			letters++
			digits++
		case t.kind == tkWord && k == i && s.cased && t.has(shAllCaps) && t.end-t.start <= 3 && k+1 < len(toks) && toks[k+1].kind == tkNum:
			letters += int(t.end - t.start) // "PA 2 2 0 9 …": a prefix of capitals
		case t.kind == tkWord && t.is(fNumWord) && t.val >= 0:
			if t.val >= 10 {
				digits += 2
			} else {
				digits++
			}
		case t.kind == tkWord && t.end-t.start == 1:
			// "500 x 16", "14 x 700 40%": x between written numbers multiplies
			if s.text[t.start]|0x20 == 'x' && k > i && toks[k-1].kind == tkNum && k+1 < len(toks) && toks[k+1].kind == tkNum {
				return -1
			}
			if c := s.text[t.start] | 0x20; (c == 'a' || c == 'p') && k > i && toks[k-1].kind == tkWord && toks[k-1].is(fNumWord) && k+1 < len(toks) && s.adjacent(k, k+1) && string(s.lowerTok(k+1)) == "m" && label == "" && s.cueBefore(i, 6) == "" {
				return -1 // "seven p m to seven a m": a time of day, not letters of a code
			}
			if label == "" && s.aOneC(k) && s.cueBefore(i, 6) == "" {
				return -1 // "hdl fifty four a one c five point nine": the lab, said, among values
			}
			if label == "" && k > i && toks[k-1].kind == tkWord && toks[k-1].is(fNumWord) && s.spokenUnit(k) && s.cueBefore(i, 6) == "" {
				return -1 // "two fifty milligrams per five m l": a dose's unit spelled, not letters of a code
			}
			if n := k + 1; s.text[t.start]|0x20 == 'x' && n < len(toks) && toks[n].kind == tkWord && s.adjacent(k, n) && string(s.lowerTok(n)) == "ray" && (items > 0 || s.hasSeen(seenNato)) {
				k = n // "x ray": the spelling alphabet's x said as two words
			}
			if items == 0 && (s.text[t.start]|0x20 == 'a' || s.text[t.start]|0x20 == 'i') {
				// "a" and "i" are words, unless another letter follows, the
				// letter is spelled "as in", or a digit after a cue ("the
				// reference is a one b two")
				n := k + 1
				if s.isPunct(n, '-') && toks[n].start == t.end {
					n++ // "a-seven-b-three": read out with hyphens
				}
				if n >= len(toks) || toks[n].kind != tkWord || toks[n].end-toks[n].start != 1 && !(toks[n].is(fNumWord) && s.cueBefore(i, 6) != "") && s.spellAs(n) < 0 {
					return -1
				}
			}
			letters++
		case t.kind == tkWord && (string(s.lowerTok(k)) == "dash" || string(s.lowerTok(k)) == "hyphen") && items > 0:
			continue
		case t.kind == tkWord && items > 0 && k+1 < len(toks) && toks[k+1].kind == tkWord && (toks[k+1].is(fNumWord) && toks[k+1].val >= 0 && toks[k+1].val < 10 || toks[k+1].end-toks[k+1].start == 1) &&
			letterModifier(s.lowerTok(k)) > 1:
			// "r d double two one five": the character after counts twice
			if toks[k+1].kind == tkWord && toks[k+1].is(fNumWord) {
				digits += letterModifier(s.lowerTok(k)) - 1
			} else {
				letters += letterModifier(s.lowerTok(k)) - 1
			}
			continue
		case t.kind == tkWord && s.hasSeen(seenNato) && natoLetter(s.lowerTok(k)):
			// "alpha bravo seven seven two niner": the spelling alphabet
			if string(s.lowerTok(k)) == "niner" {
				digits++
			} else {
				letters++
			}
		default:
			k = len(toks)
			continue
		}
		items++
		last = k
	}
	// "i" last, before a word, is the pronoun: "the last four of your
	// social, oh three one two i walk every day" (a last "a" stays: ids end
	// in it as often as a sentence goes on with it)
	if lt := &toks[last]; last > i && lt.kind == tkWord && lt.end-lt.start == 1 && s.text[lt.start]|0x20 == 'i' &&
		last+1 < len(toks) && toks[last+1].kind == tkWord && s.spellAs(last) < 0 {
		letters--
		items--
		last = s.prevWord(last, last-i) // over the commas and dashes the run reads ("four two, i got")
	}
	// a letter spelled "as in" says an identifier is being read out: then
	// five characters are enough ("k as in kilo, seven seven two nine")
	if letters < 1 || digits < 2 || items < 4 {
		return -1
	}
	if label == "" && s.spellsWordBefore(i, last) {
		return -1 // "it's jovanovic, j o v a n o v i c": a name spelled, its o's no zeros
	}
	cue := s.cueBefore(i, 6)
	if label != "" {
		cue = label
	}
	// after a cue four characters are an identifier ("confirmation number q
	// t nine eight", "the code is b seven seven x")
	if letters+digits < 6 && !(spelledOut && letters+digits >= 5) && !(cue != "" && cue != Date && letters+digits >= 4) {
		return -1
	}
	typ := cue
	switch cue {
	case "", Phone, Fax, Zip, SSN, Date:
		typ = ID
	}
	if letters+digits == 17 && cue == Vehicle || cue == Vehicle {
		typ = Vehicle
	}
	s.add(i, last, typ, 0.9, "spoken/id")
	return last
}

// gravidaPara reads an obstetric history said aloud from token i, "g" and
// the pregnancies, then "p" and the births with up to four digits ("g two
// p one", "g three p two zero one zero"), and returns its last token, or
// -1: no identifier, however many digits it has.
func (s *scanner) gravidaPara(i int) int {
	t := &s.toks[i]
	if t.kind != tkWord || t.end-t.start != 1 || s.text[t.start]|0x20 != 'g' {
		return -1
	}
	n := s.nextWord(i, 0)
	if n != i+1 || !(s.toks[n].kind == tkNum || s.toks[n].is(fNumWord)) || s.toks[n].val < 0 || s.toks[n].val > 19 {
		return -1
	}
	p := s.nextWord(n, 0)
	if p != n+1 || s.toks[p].end-s.toks[p].start != 1 || s.text[s.toks[p].start]|0x20 != 'p' {
		return -1
	}
	e := p
	for k := p + 1; k < len(s.toks) && k <= p+4 && (s.toks[k].kind == tkNum || s.toks[k].is(fNumWord) && s.toks[k].val >= 0 && s.toks[k].val <= 9); k++ {
		e = k
	}
	return e
}

// spineLevel: token i is a vertebra said by its region's letter and its
// number ("L four", "C 5", "T twelve").
func (s *scanner) spineLevel(i int) bool {
	if i < 0 || i+1 >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.kind != tkWord || t.end-t.start != 1 || !strings.ContainsRune("ctlsCTLS", rune(s.text[t.start])) {
		return false
	}
	n := &s.toks[i+1]
	return (n.kind == tkNum || n.kind == tkWord && n.is(fNumWord)) && n.val >= 1 && n.val <= 12 && s.adjacent(i, i+1)
}

// numThenLetters: token k, a number said in words, opens a run of
// characters read out in cased text, two single letters after it
// ("Medicare is four t w, nine c k ...", "Six F M nine, W K two"): the
// run is read from the number, not from its first letter.
func (s *scanner) numThenLetters(k int) bool {
	if !s.toks[k].is(fNumWord) || s.toks[k].val < 0 || s.toks[k].val > 9 {
		return false
	}
	n := 0
	for j := k + 1; j < len(s.toks) && j <= k+8 && n < 2; j++ {
		t := &s.toks[j]
		switch {
		case t.kind == tkPunct && (s.text[t.start] == ',' || s.text[t.start] == '-') && j > k+1:
		case t.kind == tkWord && t.end-t.start == 1:
			if s.spineLevel(j) || s.spineLevel(k-1) {
				return false // "at L two L three, L three L four": vertebrae
			}
			n++
		case t.kind == tkWord && t.is(fNumWord) && t.val >= 0 && t.val <= 9 && j > k+1:
		default:
			return false
		}
	}
	return n == 2 // ("eight G, seven K, four four X": a letter after each digit)
}

// spokenUnit: tokens from k spell a unit of dose letter by letter: "m
// l", "m g", "c c", "k g", "i u", "m c g", "m e q".
func (s *scanner) spokenUnit(k int) bool {
	var b [3]byte
	n := 0
	for j := k; j < len(s.toks) && n < len(b) && s.toks[j].kind == tkWord && s.toks[j].end-s.toks[j].start == 1 && (j == k || s.adjacent(j-1, j)); j++ {
		b[n] = s.text[s.toks[j].start] | 0x20
		n++
	}
	switch string(b[:min(n, 2)]) {
	case "ml", "mg", "cc", "kg", "iu":
		return true
	case "mc", "me":
		return n == 3 && (string(b[:3]) == "mcg" || string(b[:3]) == "meq")
	}
	return false
}

// natoLetter: a word of the spelling alphabet, or "niner" for nine. The
// words that are everyday words too (echo, golf, hotel, mike, papa...)
// count inside a run that the rarer ones open ("delta x-ray four four").
func natoLetter(w []byte) bool {
	switch string(w) {
	case "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "juliett", "kilo", "lima", "mike",
		"november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu", "niner":
		return true
	}
	return false
}

// spokenIP reads four spoken numbers joined by "dot", each 0-255.
func (s *scanner) spokenIP(i int) int {
	k := i
	for part := 0; part < 4; part++ {
		if k < 0 || k >= len(s.toks) {
			return -1
		}
		r := &s.runs[2]
		s.readRun(r, k)
		if r.j < r.i || len(r.digits) == 0 || len(r.digits) > 3 {
			return -1
		}
		v := 0
		for _, c := range r.digits {
			v = v*10 + int(c-'0')
		}
		if v > 255 {
			return -1
		}
		if part == 3 {
			s.add(i, r.j, IP, 0.92, "spoken/ip")
			return r.j
		}
		d := s.nextWord(r.j, 0)
		if d < 0 || d != r.j+1 || string(s.lowerTok(d)) != "dot" && string(s.lowerTok(d)) != "point" {
			return -1
		}
		k = s.nextWord(d, 0)
	}
	return -1
}

// spelledLabel reads the name of an identifier spelled a letter at a time
// at token i, a number said after it ("m r n zero zero four …", "s s n",
// "d o b"): the type it announces and its length in tokens, or "", 0.
// Two letters may begin the identifier itself ("m r two seven six …").
func (s *scanner) spelledLabel(i int) (Type, int) {
	var b [3]byte
	n := 0
	k := i
	for ; k < len(s.toks) && n < 3; k++ {
		t := &s.toks[k]
		if t.kind == tkPunct && s.text[t.start] == '.' {
			continue
		}
		if t.kind != tkWord || t.end-t.start != 1 {
			break
		}
		b[n] = s.text[t.start] | 0x20
		n++
	}
	if k >= len(s.toks) || n < 3 || !(s.toks[k].kind == tkNum || s.toks[k].kind == tkWord && s.toks[k].is(fNumWord)) {
		return "", 0
	}
	var typ Type
	switch string(b[:n]) {
	case "mrn":
		typ = MRN
	case "ssn":
		typ = SSN
	case "dob":
		typ = Date
	case "npi":
		typ = NPI
	case "vin":
		typ = Vehicle
	default:
		return "", 0
	}
	return typ, k - i
}

// spellsWordBefore: tokens i..last, with the single letters right before
// i, are single letters, commas or dashes between them, that spell the
// word said right before them ("jovanovic, j
// o v a n o v i c"): a word spelled out, not an identifier.
func (s *scanner) spellsWordBefore(i, last int) bool {
	for i > 0 && s.toks[i-1].kind == tkWord && s.toks[i-1].end-s.toks[i-1].start == 1 {
		i-- // the run's first letters, when it is read from the middle
	}
	p := s.prevWord(i, 1)
	if p < 0 || s.toks[p].kind != tkWord || s.toks[p].hi-s.toks[p].lo < 3 {
		return false
	}
	w := s.lowerTok(p)
	n := 0
	for k := i; k <= last; k++ {
		t := &s.toks[k]
		if t.kind == tkPunct {
			continue
		}
		if t.kind != tkWord || t.end-t.start != 1 || n >= len(w) || s.low[t.lo] != w[n] {
			return false
		}
		n++
	}
	return n == len(w)
}
