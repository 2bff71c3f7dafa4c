package deid

import "strings"

// Answers to questions that ask for an identifier. A clinician checking who
// is in the room asks for it, and the answer says it bare, with no cue of
// its own: "what's your first name? — jo.", "date of birth? — the fourth of
// may, sixty two.", "best number to reach you? — five five five, …". The
// question is read where it ends: in the same text, before a speaker's
// label ("…name? patient: jo.") or a short reply, or at the end of the
// turn before, answered by the next speaker (ScanConversation).

// askKind is what a question asks for.
type askKind uint8

const (
	askNone   askKind = iota
	askName           // "what's your name?", "what do people call you?", "can you spell that?"
	askDOB            // "what's your date of birth?", "when were you born?"
	askPhone          // "what's your phone number?", "best number to reach you?"
	askSSN            // "your social?"
	askMRN            // "your medical record number?"
	askPlan           // "your member id?", "insurance policy number?"
	askZip            // "and your zip code?"
	askWork           // "where do you work?", "who's your employer?"
	askUser           // "and the username?", "your login?"
	askPlace          // "which pharmacy?", "what hospital was he born at?"
	askWorkAt         // "are you working?", "do you still work?": where, if the answer says it ("part time at ...")
)

// typ is the type of what the answer to a question of kind k says.
func (k askKind) typ() Type {
	switch k {
	case askName:
		return Name
	case askDOB:
		return Date
	case askPhone:
		return Phone
	case askSSN:
		return SSN
	case askMRN:
		return MRN
	case askPlan:
		return HealthPlan
	case askZip:
		return Zip
	case askWork, askWorkAt:
		return Location
	case askUser:
		return ID
	case askPlace:
		return Facility
	}
	return ""
}

// detectAnswers finds the identifiers said as answers: at the start of the
// text to what the turn before asked, and after each question in the text
// that asks for one. A question that ends the text is kept for the next
// turn (s.lastAsk).
func (s *scanner) detectAnswers() {
	if s.asked != askNone {
		s.answer(0, s.asked, true)
	}
	if s.hasSeen(seenAsk) {
		s.unmarkedQuestions()
		s.lineQuestions()
		s.statedUsernames()
	}
	for off := 0; ; {
		j := strings.IndexByte(s.text[off:], '?')
		if j < 0 {
			return
		}
		off += j + 1
		q := s.tokAt(off - 1)
		if q < 0 || s.toks[q].kind != tkPunct {
			continue
		}
		k := s.questionKind(q)
		if k == askNone {
			continue
		}
		a, label := s.afterLabel(q + 1)
		if a >= len(s.toks) {
			if q+1 >= len(s.toks) {
				s.lastAsk = k
			}
			continue
		}
		s.answer(a, k, label)
	}
}

// unmarkedQuestions finds the questions that speech recognition wrote with
// no question mark: "[doctor] and your first name [patient] jo", "date of
// birth [patient] …". A short sentence, or one put as a question (a word of
// question, "and", "your" or a verb of asking opens it), that asks for an
// identifier right before the next speaker's label, or at the end of the
// turn (for the next one, s.lastAsk).
func (s *scanner) unmarkedQuestions() {
	// the labels are found by their marks ('[' or ':'), then the text's end
	nb, nc := -1, -1 // the next '[' and ':' at or after off (-2: none left)
	for off := 0; off <= len(s.text); {
		i := len(s.toks)
		nb, nc = nextMark(s.text, '[', off, nb), nextMark(s.text, ':', off, nc)
		if j := nb; nb >= 0 || nc >= 0 {
			if j < 0 || nc >= 0 && nc < j {
				j = nc
			}
			off = j + 1
			q := s.tokAt(off - 1)
			if q < 1 || s.toks[q].kind != tkPunct {
				continue
			}
			if i = q; s.text[off-1] == ':' {
				i = q - 1 // "patient: …" is labelled by the word before the colon
				for a := q - 2; a >= max(1, q-3); a-- {
					if s.toks[a].kind == tkWord && s.numberedSpeaker(a) == q {
						i = a // "spk_0:", "S1:", "Speaker 2:": a recogniser's numbered speaker
						break
					}
				}
				if a := s.lineStart(q); a < q && s.toks[q-1].kind == tkNum && s.meetingLabelEnd(a) > q {
					i = a // "Patient   0:12" on a line of its own: a meeting tool's label
				}
			}
		} else {
			off = len(s.text) + 1
		}
		a, label := i, false
		if i < len(s.toks) {
			if a, label = s.afterLabel(i); !label || a >= len(s.toks) || i < 1 {
				continue
			}
		}
		q := i
		if p := &s.toks[i-1]; p.kind == tkPunct && s.text[p.start] == '.' && i >= 2 && s.askImperative(i-1) {
			q = i - 1 // "Please say the patient's first and last name.": asked, with a period
		} else if p.kind != tkWord && p.kind != tkAlnum || !s.unmarkedAsk(i) {
			continue
		}
		k := s.questionKind(q)
		if k == askNone {
			continue
		}
		if i == len(s.toks) {
			s.lastAsk = k
			return
		}
		s.answer(a, k, true)
	}
}

// lineQuestions finds the questions of a transcript that writes each turn
// on a line of its own, with no speaker's label and no question mark
// ("whos the employer\nallegheny valley logistics\nand the subscriber
// id"): a line that reads as a question asking for an identifier (read on
// its line alone), then the next line, which answers it when short.
func (s *scanner) lineQuestions() {
	if s.notes {
		return
	}
	s.lineAsk = true
	defer func() { s.lineAsk = false }()
	for i := 1; i < len(s.toks); i++ {
		if !s.toks[i].has(shNewline) {
			continue
		}
		if p := &s.toks[i-1]; p.kind != tkWord && p.kind != tkAlnum {
			continue
		}
		if _, l := s.afterLabel(i); l {
			continue
		}
		if _, l := s.afterLabel(s.lineStart(i - 1)); l {
			continue
		}
		if !s.unmarkedAsk(i) {
			continue
		}
		if k := s.questionKind(i); k != askNone {
			s.answer(i, k, false)
		}
	}
}

// lineStart returns the first token of the line token k is on.
func (s *scanner) lineStart(k int) int {
	for k > 0 && !s.toks[k].has(shNewline) {
		k--
	}
	return k
}

// nextMark returns the byte offset of the first c in text at or after
// off, given cur, the one found before (-1: none looked for yet), or -2
// when there is none left.
func nextMark(text string, c byte, off, cur int) int {
	if cur == -2 || cur >= off {
		return cur
	}
	if j := strings.IndexByte(text[off:], c); j >= 0 {
		return off + j
	}
	return -2
}

// askImperative: the sentence that ends at the period at token q asks for
// something with a verb of telling ("Please say your first and last
// name.", "State the patient's date of birth.", "Spell the last name for
// me.").
func (s *scanner) askImperative(q int) bool {
	first := -1
	for k := q - 1; k >= 0 && q-k <= 12; k-- {
		t := &s.toks[k]
		if t.kind == tkPunct && strings.IndexByte(".?!:]", s.text[t.start]) >= 0 {
			break
		}
		if t.kind == tkWord {
			first = k
		}
	}
	if first < 0 {
		return false
	}
	if string(s.lowerTok(first)) == "please" {
		first = s.nextWord(first, 0)
		if first < 0 {
			return false
		}
	}
	switch string(s.lowerTok(first)) {
	case "say", "state", "spell", "give", "tell", "confirm", "verify", "enter", "provide":
		return true
	}
	return false
}

// unmarkedAsk: the sentence that ends before token q reads as a question
// with no mark: it opens with a word of question, "and", "your", "can",
// "may", "is" (…), or is short (five words at most).
func (s *scanner) unmarkedAsk(q int) bool {
	words, first := 0, -1
	for k := q - 1; k >= 0; k-- {
		if s.lineAsk && k+1 < q && s.toks[k+1].has(shNewline) {
			break
		}
		t := &s.toks[k]
		if t.kind == tkPunct {
			if c := s.text[t.start]; c == '.' || c == '?' || c == '!' || c == ':' || c == ']' {
				break
			}
			continue
		}
		if words++; words > 14 {
			return false
		}
		if words > 1 && words <= 5 && t.hi-t.lo == 3 && string(s.lowerTok(k)) == "and" {
			return true // "s z y m a n s k i and first name [patient] …": a read-back, then the next question
		}
		first = k
	}
	if first < 0 {
		return false
	}
	if words <= 5 {
		return true
	}
	w := s.lowerTok(first)
	if questionWord(w) {
		return true
	}
	switch string(w) {
	case "and", "your", "whats", "which", "can", "could", "may", "do", "does", "did", "is", "are", "so", "okay", "ok", "alright", "now", "um", "uh", "sure", "great", "perfect", "thanks":
		return true
	}
	return false
}

// afterLabel returns the token after the speaker's label at token a
// ("patient:", "[patient]", "P:"), or a; label reports whether there was
// one.
func (s *scanner) afterLabel(a int) (int, bool) {
	if t := s.meetingLabelEnd(a); t > a {
		return t, true // "Patient   0:07" on a line of its own (a meeting tool's export)
	}
	if t := s.stampEnd(a); t > a {
		a = t // "[00:01:25] Patient: …": a time stamp before the label
	}
	if a+2 < len(s.toks) && s.labelEndsAt(a+2) {
		return a + 3, true
	}
	if a+1 < len(s.toks) && s.toks[a].kind == tkWord && s.isPunct(a+1, ':') && s.toks[a].end-s.toks[a].start <= 12 {
		return a + 2, true
	}
	if a+2 < len(s.toks) && s.toks[a].kind == tkWord && s.toks[a].end-s.toks[a].start <= 8 {
		if c := s.numberedSpeaker(a); c > a+1 && c < len(s.toks) && s.isPunct(c, ':') {
			return c + 1, true // "spk_0:", "S1:", "Speaker 1:"
		}
	}
	return a, false
}

// numberedSpeaker returns the token after the number of a speech
// recogniser's numbered speaker whose word is token a, joined to it
// ("spk_0", "S1", "SPEAKER_00") or, after "speaker" or "spk", spaced
// ("Speaker 2"); a+1 where no number follows.
func (s *scanner) numberedSpeaker(a int) int {
	c := a + 1
	spaced := string(s.lowerTok(a)) == "speaker" || string(s.lowerTok(a)) == "spk"
	for c < len(s.toks) && c-a <= 2 && (s.toks[c].kind == tkNum || s.isPunct(c, '_')) && (s.toks[c].start == s.toks[c-1].end || spaced && s.adjacent(c-1, c)) {
		c++
	}
	return c
}

// labelEndsAt: a speaker's label in brackets ends at token o ("[patient]":
// '[', a word, ']').
func (s *scanner) labelEndsAt(o int) bool {
	return o >= 2 && s.isPunct(o, ']') && s.isPunct(o-2, '[') && s.toks[o-1].kind == tkWord
}

// stampEnd returns the token after a transcript's time stamp at token a
// ("[00:01:25]", "00:01:25", "(00:15)"), or a: two or three groups of two
// digits joined by colons, in brackets or not.
func (s *scanner) stampEnd(a int) int {
	k := a
	open := s.isPunct(k, '[') || s.isPunct(k, '(')
	if open {
		k++
	}
	groups := 0
	for k < len(s.toks) && s.toks[k].kind == tkNum && s.toks[k].end-s.toks[k].start == 2 {
		groups++
		k++
		if !s.isPunct(k, ':') || groups == 3 {
			break
		}
		k++
	}
	if groups < 2 {
		return a
	}
	if open {
		if !s.isPunct(k, ']') && !s.isPunct(k, ')') {
			return a
		}
		k++
	}
	return k
}

// questionKind reads the question that ends at the '?' at token q, back to
// where its sentence starts (14 tokens at most), and returns what it asks
// for; the word nearest the '?' decides.
func (s *scanner) questionKind(q int) askKind {
	var number, where, phone, employer, place bool
	kind := askNone
	set := func(k askKind) {
		if kind == askNone {
			kind = k
		}
	}
	for k := q - 1; k >= 0 && q-k <= 14; k-- {
		if s.lineAsk && k+1 < q && s.toks[k+1].has(shNewline) {
			break // (a turn on a line of its own: the question is that line)
		}
		t := &s.toks[k]
		if t.kind == tkPunct {
			if c := s.text[t.start]; c == '.' || c == '?' || c == '!' || c == ':' || c == ']' {
				break
			}
			continue
		}
		if t.kind != tkWord {
			continue
		}
		if h := uint32(t.bh &^ bhValid); t.bh&bhValid != 0 && askBloom[h>>6&7]&(1<<(h&63)) == 0 {
			continue // none of the words below (one test for nearly every other word)
		}
		if s.covered(k, "") {
			continue // a word of what is told, not asked for: "you can see your results at patient dot portal dot com slash login"
		}
		switch w := string(s.lowerTok(k)); w {
		case "name", "names", "surname", "nickname":
			if s.namesAsked(k, q) {
				return askName
			}
		case "spell":
			// "can you spell that?", "spell your last name?" (not "spell
			// world backwards")
			if n := s.nextWord(k, 0); n > 0 && n < q {
				switch string(s.lowerTok(n)) {
				case "that", "it", "your", "his", "her", "their", "the":
					return askName
				}
			}
		case "call", "called":
			// "what do people call you?", "what should i call you?"
			if n := s.nextWord(k, 0); n > 0 && n+1 == q && string(s.lowerTok(n)) == "you" {
				return askName
			}
		case "by":
			// "what do you go by?"
			if k+1 == q && k > 0 && string(s.lowerTok(k-1)) == "go" {
				return askName
			}
		case "birth", "born", "birthday", "dob", "birthdate":
			set(askDOB)
		case "where":
			where = true
		case "pharmacy", "hospital", "clinic", "school", "daycare", "preschool", "church", "agency", "practice", "shelter", "facility":
			// "which pharmacy", "what elementary school", "what's the name of
			// the daycare" (not "what brings you to the clinic")
			if d, o, n := k-1, k-2, k-3; n >= 0 && string(s.lowerTok(d)) == "the" && string(s.lowerTok(o)) == "of" && string(s.lowerTok(n)) == "name" {
				place = true
				break
			}
			for p := k - 1; p >= 0 && k-p <= 2 && s.toks[p].kind == tkWord; p-- {
				if w := string(s.lowerTok(p)); w == "which" || w == "what" {
					place = true
					break
				}
				if s.toks[p].is(fStop | fLocPrep | fDeterminer) {
					break // "what about school?"
				}
			}
		case "phone", "cell", "telephone", "callback":
			phone = true
			set(askPhone)
		case "reach":
			set(askPhone)
		case "number", "numbers":
			number = true
		case "social", "ssn":
			set(askSSN)
		case "mrn", "record":
			set(askMRN)
		case "member", "policy", "subscriber", "insurance":
			set(askPlan)
		case "zip", "postal", "zipcode":
			set(askZip)
		case "username", "usernames", "login", "userid":
			set(askUser)
		case "work", "working", "works":
			set(askWork)
		case "employer", "employed":
			employer = true
			set(askWork)
		}
	}
	switch {
	case place && kind != askName && kind != askPhone:
		return askPlace // "which pharmacy?", "and which hospital was he born at?"
	case kind == askWork && !where && !employer:
		return askWorkAt // "how's work?", "do you work?": no place asked, one the answer gives after "at" or "for"
	case where && kind == askDOB:
		return askNone // "where were you born?": a place, read by the place rules
	case kind == askPhone && !number && !phone:
		return askNone // "can you reach the shelf?"
	}
	return kind
}

// namesAsked: the word "name" at token k asks for someone's name: whose
// (a possessive, "first", "last", "full") stands right before it, and no
// "of" after it ("the name of the medication").
func (s *scanner) namesAsked(k, q int) bool {
	if n := k + 1; n < q && s.toks[n].kind == tkWord && string(s.lowerTok(n)) == "of" {
		return false
	}
	for p := k - 1; p >= 0 && k-p <= 2; p-- {
		t := &s.toks[p]
		if t.kind != tkWord {
			return false
		}
		if t.has(shPoss) || possessive(s.lowerTok(p)) {
			return true
		}
		switch string(s.lowerTok(p)) {
		case "first", "last", "full", "middle", "maiden", "given", "family", "whats", "patient", "patients", "legal", "preferred", "member", "members":
			return true
		}
	}
	return false
}

// askWords are the words questionKind reads besides "by" and "where";
// markSpeech notes them in scanner.seen (seenAsk), so that the detector
// runs only on texts that say one of them.
var askWords = []string{"name", "names", "surname", "nickname", "spell", "call", "called", "birth", "born", "birthday", "dob", "birthdate",
	"phone", "cell", "telephone", "callback", "reach", "number", "numbers", "social", "ssn", "mrn", "record",
	"member", "policy", "subscriber", "insurance", "zip", "postal", "zipcode", "work", "working", "works", "employer", "employed",
	"username", "usernames", "login", "userid", "pharmacy", "hospital", "clinic", "school", "daycare", "preschool", "church", "agency", "practice", "shelter", "facility",
	"instagram", "snapchat", "snap", "tiktok", "twitter", "handle", "gamertag"} // (the last: statedUsernames)

// askBloom holds the wordHash of the words questionKind reads (a token's
// bh is the same hash for words of up to 8 bytes).
var askBloom = func() (b [8]uint64) {
	for _, w := range append([]string{"by", "where"}, askWords...) {
		h := wordHash([]byte(w))
		b[h>>6&7] |= 1 << (h & 63)
	}
	return b
}()

// answer reads the answer that starts at token a to a question of kind k.
// Without a speaker's label before it the answer must be short (the
// clinician may go on talking after the question).
func (s *scanner) answer(a int, k askKind, label bool) {
	end := a
	for end < len(s.toks) {
		t := &s.toks[end]
		if t.kind == tkPunct {
			if c := s.text[t.start]; c == '.' || c == '?' || c == '!' || c == '[' || c == ';' {
				break
			}
		}
		if _, l := s.afterLabel(end); l && end > a {
			break
		}
		end++
	}
	words := 0
	for i := a; i < end; i++ {
		if s.toks[i].kind != tkPunct {
			words++
		}
	}
	if !label && words > 6 {
		// a turn on a line of its own, as unlabelled transcripts write
		// them: the answer ends with its line ("who's the employer?\nvalley
		// logistics\nand the subscriber id")
		words = 0
		for n := a; n < end; n++ {
			if n > a && s.toks[n].has(shNewline) {
				end = n
				break
			}
			if s.toks[n].kind != tkPunct {
				words++
			}
		}
		if words > 6 {
			return
		}
	}
	i := a
	for i < end && s.answerLead(i) {
		i++
	}
	if i >= end {
		return
	}
	switch k {
	case askName:
		s.answerName(i, end)
	case askDOB:
		s.answerRun(i, end, Date, 2, s.dateWord)
	case askWork:
		s.answerEmployer(i, end)
	case askWorkAt:
		// where, after "at" or "for" in the answer's first words ("part
		// time at sainsbury's", "yes, for valley logistics"); not "at the
		// moment", "for now" (no name there)
		for k := i; k < end && k-i < 6; k++ {
			if w := s.lowerTok(k); s.toks[k].kind == tkWord && (string(w) == "at" || string(w) == "for") && k+1 < end {
				s.answerEmployer(k+1, end)
				break
			}
		}
	case askUser:
		s.answerUser(i, end)
	case askPlace:
		if f := i - 1; f >= a && string(s.lowerTok(f)) == "first" && s.adjacent(f, i) {
			i = f // "which church? first methodist": the church's first word, not a lead
		}
		s.answerPlace(i, end)
	default:
		s.answerRun(i, end, k.typ(), 3, s.digitWord)
	}
}

// statedUsernames finds a user name or a social media handle said after
// "username is" ("his username is dfitz underscore scio", "the username's
// just cal_ostro_97", "her Instagram is avery dot q dot ml"), read as the answer to "and the username?" when it has a
// user name's shape: a digit, an underscore, a dot or a separator said in
// it ("the username is the same as her email" names none).
func (s *scanner) statedUsernames() {
	for k := 0; k+2 < len(s.toks); k++ {
		t := &s.toks[k]
		if t.kind != tkWord || t.hi-t.lo < 4 {
			continue
		}
		switch string(s.lowerTok(k)) {
		case "username", "usernames", "userid", "login", "instagram", "snapchat", "snap", "tiktok", "twitter", "handle", "gamertag":
		default:
			continue
		}
		i := k + 1
		for i < len(s.toks) && (s.isPunct(i, ':') || s.toks[i].kind == tkWord && (string(s.lowerTok(i)) == "is" || string(s.lowerTok(i)) == "was" || string(s.lowerTok(i)) == "just")) {
			i++
		}
		if i >= len(s.toks) || s.toks[i].kind == tkWord && s.toks[i].is(fStop|fDeterminer|fLocPrep) {
			continue // "login from 10.0.0.4", "your username is your email"
		}
		end, shaped := i, false
		for end < len(s.toks) && end-i < 8 {
			u := &s.toks[end]
			if u.kind == tkWord && end > i && (u.is(fStop|fDeterminer) && !u.is(fNumWord) || string(s.lowerTok(end)) == "all") && !emailSep(s.lowerTok(end)) {
				break // "hszymanski four seven and my email is …", "p nair roseburg all one word"
			}
			if u.kind == tkPunct {
				c := s.text[u.start]
				if c != '_' && c != '.' && c != '-' || end+1 >= len(s.toks) || s.toks[end+1].start != u.end {
					break
				}
				shaped = true
			} else if u.kind == tkNum || u.kind == tkAlnum || u.kind == tkWord && (emailSep(s.lowerTok(end)) || u.is(fNumWord)) {
				shaped = true
			}
			if end > i && u.has(shNewline) {
				break
			}
			end++
		}
		if end+2 < len(s.toks) && string(s.lowerTok(end)) == "all" && string(s.lowerTok(end+1)) == "one" && string(s.lowerTok(end+2)) == "word" {
			shaped = true // "p nair roseburg all one word"
		}
		if shaped && end > i {
			s.answerUser(i, end)
			k = end
		}
	}
}

// answerUser takes the user name an answer to "and the username?" says
// from token i: its words, letters and numbers up to a comma or the end
// ("h meeks fifty nine, all one word"), five at most.
func (s *scanner) answerUser(i, end int) {
	last := -1
	for k := i; k < end && k-i < 6; k++ {
		t := &s.toks[k]
		if t.kind == tkPunct && s.text[t.start] != '.' && s.text[t.start] != '_' && s.text[t.start] != '-' || s.isFiller(k) {
			break
		}
		if t.kind != tkPunct {
			last = k
		}
	}
	if last >= i && (!s.covered(i, "") || s.covered(i, Name) && last > i) {
		s.add(i, last, ID, 0.85, "answer/ID") // (a name found in it gives way: "avery dot q dot ml")
	}
}

// answerPlace takes the pharmacy, hospital, clinic or school an answer
// to "which pharmacy?" names from token i: its words up to where what is
// said pauses, four at most, none a function word, a number or a pause
// ("swedish first hill", "the safeway on calle real": "safeway"), unless
// another finding has it.
func (s *scanner) answerPlace(i, end int) {
	if i < end && string(s.lowerTok(i)) == "the" {
		i++
	}
	last := -1
	for k := i; k < end && k-i < 4; k++ {
		t := &s.toks[k]
		if t.kind == tkPunct && s.text[t.start] == '-' && k > i && k+1 < end {
			continue // "hy-vee"
		}
		if t.kind != tkWord || t.is(fStop|fDeterminer|fLocPrep|fDatePrep|fNumWord|fMonth|fWeekday|fRelation|fTitle) || s.isFiller(k) || placeAdverb(s.lowerTok(k)) {
			break
		}
		last = k
	}
	// a word of degree or sequence opens no name ("the big one", "first"),
	// but for a place named by its words and head ("little acorns
	// learning center", "first methodist")
	headed := last >= i+1 && s.toks[last].is(fFacHead|fOrgHead|fLandmark)
	if last >= i && !s.covered(i, "") && (headed || !degreeWord(s.lowerTok(i)) && !sequenceWord(string(s.lowerTok(i)))) {
		s.add(i, last, Facility, 0.8, "answer/FACILITY")
	}
}

// answerEmployer takes the employer an answer to "where do you work?"
// names from token i: up to three words before where it is ("panera on
// elm street", "the home depot in auburn", "tri-county transit"), a chain
// or a brand, or with a word no everyday word spells, or ending in the head
// of a company's name; not "from home", "construction", "a warehouse".
func (s *scanner) answerEmployer(i, end int) {
	if i < end && string(s.lowerTok(i)) == "at" {
		i++
	}
	if i < end && string(s.lowerTok(i)) == "the" {
		i++
	}
	last, named := -1, false
	for k := i; k < end && k-i < 4; k++ {
		t := &s.toks[k]
		if t.kind == tkPunct && s.text[t.start] == '-' && k > i && k+1 < end {
			continue // "tri-county"
		}
		if t.kind != tkWord || t.is(fStop|fDeterminer|fLocPrep|fDatePrep|fNumWord|fMonth|fWeekday) || s.isFiller(k) || placeAdverb(s.lowerTok(k)) || workWhen(s.lowerTok(k)) {
			break
		}
		if s.chainStore(k) || s.brandAt(k) || t.is(fOrgHead|fFacHead) && k > i || !t.is(fCommon|fNonPHI) {
			named = true
		}
		last = k
	}
	if last >= i && !named && s.storeName(last) >= 0 {
		named = true // "the home depot": a chain of everyday words
	}
	if last >= i && named && !s.covered(i, "") {
		s.add(i, last, Location, 0.85, "answer/EMPLOYER")
	}
}

// workWhen: w says where or when someone works after the employer's name,
// not part of it ("at hotel marisol downtown", "at the depot nights").
func workWhen(w []byte) bool {
	switch string(w) {
	case "downtown", "uptown", "nearby", "now", "nights", "weekends", "mornings", "evenings", "overnight", "overnights":
		return true
	}
	return false
}

// answerLead: token i is one of the words and marks an answer opens with
// before what it says ("yeah, it's", "sure, my name is", "um, that's").
func (s *scanner) answerLead(i int) bool {
	t := &s.toks[i]
	if t.kind == tkPunct {
		return s.text[t.start] == ','
	}
	w := s.lowerTok(i)
	if string(w) == "oh" && s.digitAfter(i) {
		return false // "oh-two, oh-three, fifty-one": a zero, not a sound of surprise
	}
	switch string(w) {
	case "yes", "yeah", "yep", "sure", "ok", "okay", "um", "uh", "umm", "uhh", "oh", "well", "so", "its", "it", "is",
		"my", "name", "names", "first", "last", "full", "thats", "that", "im", "i", "am", "call", "me", "just",
		"people", "everyone", "everybody", "calls", "go", "by", "mine", "number", "birthday", "date", "of", "birth":
		return true
	}
	return false
}

// answerName takes the name that an answer to a name question says from
// token i: letters spelled one by one, or up to three words that are names,
// no word any list knows, or (when they are the whole answer) a given name
// that is also a function word ("will.").
func (s *scanner) answerName(i, end int) {
	t := &s.toks[i]
	if t.kind == tkWord && t.end-t.start == 1 {
		if j := s.spelled(i); j > i {
			s.add(i, j, Name, 0.93, "name/answer")
		}
		return
	}
	last := -1
	for k := i; k < end && k-i < 3; k++ {
		t := &s.toks[k]
		if t.kind != tkWord || k > i && !s.adjacent(k-1, k) || t.end-t.start < 2 {
			break
		}
		whole := k+1 == end
		unknown := t.f&^(fRare|fPhrase) == 0 && !s.misspelt(k)
		// a given name that is also a function word only as the whole
		// answer, not a verb after its subject ("yes i can.")
		listed := t.is(fNameAny) && !t.is(fWeekday|fNumWord|fDeterminer) && (!t.is(fMonth) || whole && t.is(fFirst)) &&
			(!t.is(fStop|fCommon) || t.is(fFirstTop|fLastTop) && !t.is(fStop) || whole && t.is(fFirst) && !s.subjectBefore(k) ||
				k == i && t.is(fFirstTop) && s.surnameAt(k+1, end)) // "it's will baker": a given name that is a function word, before a surname
		capital := s.cased && t.has(shCap) && !t.is(fStop|fDeterminer) && (!t.has(shSentStart) || !t.is(fCommon))
		// a surname that is an everyday word or an eponym too, after the
		// given name the answer opens with ("leanne graves", "tom baker")
		surname := k == i+1 && last == i && s.toks[i].is(fFirst) && t.is(fLast) && !t.is(fStop|fDeterminer|fNumWord|fMonth|fWeekday|fGreeting|fUnit) &&
			(!s.cased || t.has(shCap) == s.toks[i].has(shCap))
		if !(unknown || listed || capital || surname) {
			break
		}
		last = k
	}
	if last >= i {
		s.add(i, last, Name, 0.93, "name/answer")
	}
}

// surnameAt: token k (before end) is a surname, one that is also a word
// or not, and no function word.
func (s *scanner) surnameAt(k, end int) bool {
	return k < end && s.toks[k].kind == tkWord && s.adjacent(k-1, k) && s.toks[k].is(fLast) && !s.toks[k].is(fStop|fDeterminer|fNumWord|fMonth|fWeekday)
}

// subjectBefore: a subject pronoun stands right before token k.
func (s *scanner) subjectBefore(k int) bool {
	p := s.prevWord(k, 0)
	if p < 0 || p != k-1 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "i", "we", "you", "they", "he", "she":
		return true
	}
	return false
}

// answerRun flags the run of tokens from i (within end) that is(k) says
// make up the answer, as type typ, if it has at least min of them.
func (s *scanner) answerRun(i, end int, typ Type, min int, is func(int) int) {
	first, last, n := -1, -1, 0
	for k := i; k < end; k++ {
		switch is(k) {
		case 2: // a part of the identifier
			if first < 0 {
				first = k
			}
			last = k
			n++
			if t := &s.toks[k]; t.kind == tkNum {
				n += int(t.end-t.start) - 1 // "8175." to "the last four of your social?", "1920." to "what year were you born?"
			}
		case 1: // a joint inside it ("of", "dash", ",")
			if first < 0 {
				continue
			}
		default:
			if first < 0 && k-i < 4 {
				continue // "hold on, it's …": a few words before the answer
			}
			k = end
		}
	}
	if first < 0 || n < min && !(typ == Date && n == 1 && s.toks[first].is(fOrdWord|fMonth)) {
		return // one ordinal or month is a date of birth said short ("the fourth."); one number is not
	}
	if a := s.nextWord(last, 0); a == last+1 {
		switch string(s.lowerTok(a)) {
		case "years", "year", "yrs", "old", "months", "weeks", "days", "times", "pounds", "kilos":
			return // "i'm thirty five years old": an age or a measure, not the date asked for
		}
	}
	s.add(first, last, typ, 0.93, "answer/"+string(typ))
}

// dateWord: 2 if token k is part of a date said or written (a month, an
// ordinal, a number), 1 if it joins one ("of", "the", "/", ","), else 0.
func (s *scanner) dateWord(k int) int {
	t := &s.toks[k]
	switch {
	case t.kind == tkNum && (s.isPunct(k+1, ':') && s.toks[k+1].start == t.end || s.isPunct(k-1, ':') && s.toks[k-1].end == t.start):
		return 0 // a time ("12:55"), not the day asked for
	case t.kind == tkNum, t.kind == tkAlnum && t.is(fOrdWord):
		return 2
	case t.kind == tkWord && t.is(fMonth|fNumWord|fOrdWord):
		return 2
	case t.kind == tkPunct:
		switch s.text[t.start] {
		case ',', '/', '-':
			return 1
		}
		return 0
	}
	switch string(s.lowerTok(k)) {
	case "of", "the", "uh", "um", "and", "hundred":
		return 1
	}
	return 0
}

// digitWord: 2 if token k is part of a number read out (digits, a number
// word, a letter, "oh", "double"), 1 if it joins one ("dash", ","), else 0.
func (s *scanner) digitWord(k int) int {
	t := &s.toks[k]
	switch {
	case t.kind == tkNum || t.kind == tkAlnum:
		return 2
	case t.kind == tkWord && (t.is(fNumWord) || t.end-t.start == 1 && string(s.lowerTok(k)) != "i" && string(s.lowerTok(k)) != "a"):
		return 2
	case t.kind == tkPunct:
		switch s.text[t.start] {
		case ',', '-', '.':
			return 1
		}
		return 0
	}
	switch string(s.lowerTok(k)) {
	case "double", "triple", "hundred", "thousand":
		return 2
	case "dash", "uh", "um", "and":
		return 1
	}
	return 0
}
