package deid

// Transcript speech as ASR and transcription tools write it: contractions
// cut into tokens ("gon na", "do n't", "i 'm"), words broken off
// mid-way ("ja- your diet"), and the ambient assistant addressed in the
// room. None of these is a name, however the name lists spell them.

// markSpeech marks such tokens as stop words. The tokenizer runs it on
// word token i, of lower-cased form w, right after its look-up, so it
// reads only token i and the tokens before it (nothing after it exists
// yet); it also notes the words of the text that some detectors wait for
// (scanner.seen) and counts the words and the shorthand that tell a
// clinical note (scanner.notes).
func (s *scanner) markSpeech(i int, w []byte) {
	toks := s.toks
	t := &toks[i]
	s.words++
	if t.shape&shPoss != 0 && t.f&fChain != 0 && !s.afterTitleWord(i) {
		// "at mcdonald's", "some vick's": a business or a product named
		// after a person ("mr. mcdonald's office" stays a name)
		t.f = t.f&^(fNameAny|fFirstTop|fLastTop|fCity|fCounty|fPhrase) | fCountry
		s.anyF |= fCountry
	}
	if s.shorthand(i) {
		s.short++
	}

	if t.shape&shPoss != 0 && len(w) == 3 && w[0] == 'i' && w[1] == 't' && w[2] == 's' {
		// "it's" introduces as "its" does ("it's june from the clinic"),
		// whatever "it" is
		t.f |= fIntro
		s.anyF |= fIntro
	}
	if t.shape&(shCap|shAllCaps) == shCap && len(w) >= 4 && s.seen&seenPractice == 0 && practiceKindWord(w) {
		s.seen |= seenPractice // (casedPractices, detect_practice.go)
	}
	if len(w) < 16 && seenShape[w[0]]&(1<<len(w)) != 0 {
		switch string(w) {
		case "by":
			s.seen |= seenBy

		case "short":
			s.seen |= seenShort
		case "email", "emails":
			s.seen |= seenEmail
		case "st", "saint", "lady":
			s.seen |= seenSaint
		case "u", "univ", "university":
			s.seen |= seenUniv
		case "dot":
			s.seen |= seenDotWord
		case "hundred":
			s.seen |= seenHundred
		case "nineties", "nonagenarian", "nonagenarians", "centenarian", "centenarians", "ninetieth", "hundredth":
			s.seen |= seenNineties
		case "home", "homes":
			s.seen |= seenHome
		case "bay", "village", "side", "end", "shore", "hill", "hills", "point", "square", "district", "quarter", "heights", "flats", "highlands":
			s.seen |= seenRegion
		case "name", "names", "surname", "nickname", "spell", "call", "called", "birth", "born", "birthday", "dob", "birthdate",
			"phone", "cell", "telephone", "callback", "reach", "number", "numbers", "social", "ssn", "mrn", "record",
			"member", "policy", "subscriber", "insurance", "zip", "postal", "zipcode", "work", "working", "works", "employer", "employed",
			"username", "usernames", "login", "userid", "hospital", "clinic", "school", "daycare", "preschool", "church", "agency", "practice", "shelter", "facility",
			"instagram", "snapchat", "snap", "tiktok", "twitter", "handle", "gamertag":
			s.seen |= seenAsk // (askWords, detect_answer.go: TestSeenWords keeps the two lists the same)
			if len(w) == 6 && w[0] == 'c' && w[5] == 'd' {
				s.seen |= seenCalled // "called"
			}
		case "named":
			s.seen |= seenCalled
		case "royal":
			s.seen |= seenRoyal
		case "high", "elementary", "middle", "prep", "academy", "primary", "secondary", "surgery":
			s.seen |= seenLevel
		case "pharmacy", "chemist", "chemists", "drug", "drugs", "dental", "psychology", "physio", "physiotherapy", "podiatry", "optical", "opticians", "imaging":
			s.seen |= seenShop // (bizHeadWord, detect_business.go)
			if len(w) == 8 && w[0] == 'p' {
				s.seen |= seenAsk // "pharmacy": "which pharmacy?" (askWords)
			}
		case "cpt", "hcpcs":
			s.seen |= seenCode
		case "de":
			s.seen |= seenDe
		case "day", "years", "night": // "year's" is lowered to "years"
			s.noteDay(i)
		case "alpha", "bravo", "charlie", "foxtrot", "juliet", "juliett", "kilo", "quebec", "romeo", "sierra", "tango", "whiskey", "xray", "yankee", "zulu", "niner":
			s.seen |= seenNato
		}
	}
	if len(w) > 2 {
		return // the pieces of contractions below have one or two letters
	}
	if len(w) == 1 {
		// "l a to to oh": letters read out are a digit's neighbours too
		if i > 0 && s.toks[i-1].hi-s.toks[i-1].lo <= 4 {
			s.noteHomophonesBefore(i)
		}
		s.lastDigit = i
	}
	switch {
	case len(w) == 2 && (string(w) == "na" || string(w) == "ta" || string(w) == "me") && i > 0 && s.spacedPair(i-1, i) && splitHead(s.lowerTok(i-1), w):
		// "gon na", "wan na", "got ta", "gim me", "lem me"
		t.f |= fStop
		toks[i-1].f |= fStop
		s.anyF |= fStop
	case i >= 2 && s.isPunct(i-1, '\'') && toks[i-1].start == toks[i-2].end+1 && toks[i-1].end == t.start && clitic(w):
		// "karen 's", "i 'm", "we 'll": the clitic of the word before
		t.f |= fStop
		s.anyF |= fStop
	case i >= 2 && string(w) == "t" && s.isPunct(i-1, '\'') && toks[i-2].kind == tkWord && string(s.lowerTok(i-2)) == "n":
		// "do n't", "ca n't"
		t.f |= fStop
		toks[i-2].f |= fStop
		s.anyF |= fStop
	}
}

// noteDay notes that token i is "day" or "years", for detectNamedDays
// (kept out of markSpeech, which runs for every word).
//
//go:noinline
func (s *scanner) noteDay(i int) {
	s.seen |= seenDayWord
	s.dayAt = append(s.dayAt, int32(i))
}

// noteHomophonesBefore notes the words right before token i, a digit said
// alone, that may stand for a digit and are not noted yet ("is for won for
// eight eight": a number read out that opens with them).
//
//go:noinline
func (s *scanner) noteHomophonesBefore(i int) {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := &s.toks[k]
		if p.kind != tkWord || p.hi-p.lo < 2 || p.hi-p.lo > 4 || homophoneDigit(s.low[p.lo:p.hi]) < 0 {
			return
		}
		if s.lastDigit == k {
			return // noted after the digit before it
		}
		s.homAt = append(s.homAt, int32(k))
	}
}

// seenWords are the words markSpeech notes in scanner.seen.
var seenWords = []string{"by", "short", "email", "emails", "st", "saint", "lady", "u", "univ", "university", "dot", "hundred", "nineties", "nonagenarian", "nonagenarians", "centenarian", "centenarians", "ninetieth", "hundredth", "home", "homes",
	"bay", "village", "side", "end", "shore", "hill", "hills", "point", "square", "district", "quarter", "heights", "flats", "highlands",
	"day", "years", "night", "named", "royal", "high", "elementary", "middle", "prep", "academy", "primary", "secondary", "surgery",
	"pharmacy", "chemist", "chemists", "drug", "drugs", "dental", "psychology", "physio", "physiotherapy", "podiatry", "optical", "opticians", "imaging",
	"alpha", "bravo", "charlie", "foxtrot", "juliet", "juliett", "kilo", "quebec", "romeo", "sierra", "tango", "whiskey", "xray", "yankee", "zulu", "niner", "cpt", "hcpcs", "de"}

// seenShape[c] has bit n set when a word of seenWords starts with byte c
// and has n bytes: one load and a test pass nearly every other word.
var seenShape = func() (t [256]uint16) {
	for _, w := range append(seenWords[:len(seenWords):len(seenWords)], askWords...) { // askWords: detect_answer.go
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// spacedPair: tokens i and j are words separated by one space.
func (s *scanner) spacedPair(i, j int) bool {
	return s.toks[i].kind == tkWord && s.toks[j].start == s.toks[i].end+1 && s.text[s.toks[i].end] == ' '
}

// splitHead reports whether head and tail are the two halves of a
// contraction that tokenizers split: gon|na, wan|na, got|ta, gim|me, lem|me.
func splitHead(head, tail []byte) bool {
	switch string(tail) {
	case "na":
		return string(head) == "gon" || string(head) == "wan"
	case "ta":
		return string(head) == "got" || string(head) == "out"
	case "me":
		return string(head) == "gim" || string(head) == "lem"
	}
	return false
}

func clitic(w []byte) bool {
	switch string(w) {
	case "s", "m", "ll", "re", "ve", "d":
		return true
	}
	return false
}

// truncated reports whether word token i was broken off: a hyphen right
// after it and then white space ("ja- your", "inci- incidents").
func (s *scanner) truncated(i int) bool {
	e := int(s.toks[i].end)
	return e+1 < len(s.text) && s.text[e] == '-' && (s.text[e+1] == ' ' || s.text[e+1] == ',')
}

// nameRepair reports whether the word after the broken-off word i (the
// speaker's repair) could be a name: "ja- james" breaks off a name, "mira-
// miralax", "trent- tretinoin" and "s- a stable" break off other words.
func (s *scanner) nameRepair(i int) bool {
	n := s.nextWord(i, 1)
	if n < 0 {
		return false
	}
	r := &s.toks[n]
	return r.kind == tkWord && r.is(fNameAny) && !r.is(fCommon|fClinical|fStop|fDeterminer)
}

// shorthand reports whether token i is clinical shorthand that is no
// everyday word too ("sbp", "neo", "peep"; not "at" or "all").
func (s *scanner) shorthand(i int) bool {
	return s.toks[i].is(fClinical) && !s.toks[i].is(fCommon)
}

// pleasantry: what speakers say right after a name in a greeting ("hey
// mason, good to see you", "doctor cruz, nice to meet you"); surnames too,
// but not after a given name in speech.
func pleasantry(w []byte) bool {
	switch string(w) {
	case "good", "nice", "great", "glad", "happy", "pleased", "lovely", "certainly", "wonderful", "fine":
		return true
	}
	return false
}

// vocative: a well-known given name addressed in speech, between a
// discourse marker and a pause or a question: "so billy , what does that
// mean", "okay frank what does that mean", "so , john , um".
func (s *scanner) vocative(i int) bool {
	if s.cased && !s.toks[i].has(shCap) {
		return false
	}
	if s.addressedFirst(i) {
		return true // "April, how can I help you?", "randy, do you smoke?"
	}
	p := s.prevWord(i, 1)
	if p < 0 {
		return false
	}
	if p == i-2 && s.isPunct(i-1, ',') && vocativeLead(s.lowerTok(p)) && s.utteranceEnds(i) {
		return true // "thank you, grace.", "take a breath for me, frank.", "how are you today, bill?"
	}
	if p == i-1 && (vocativeLead(s.lowerTok(p)) || commandEnd(s.lowerTok(p))) && s.utteranceEnds(i) {
		return true // "thank you grace .", "take a big breath randy ." (transcripts without commas)
	}
	if p == i-1 && !s.cased && s.questionRunsTo(p) && s.nextClauseAt(i+1) {
		return true // "what does that mean billy so it means…": a question said without its mark, the name, the next clause
	}
	if w := s.lowerTok(p); !openerWord(w) {
		switch string(w) {
		case "thanks", "morning", "afternoon", "evening", "bye":
		default:
			return false
		}
	}
	n := i + 1
	if n >= len(s.toks) {
		return true
	}
	if s.toks[n].kind == tkPunct {
		c := s.text[s.toks[n].start]
		return c == ',' || c == '.' || c == '?' || c == '!'
	}
	switch string(s.lowerTok(n)) {
	case "what", "how", "when", "where", "why", "do", "did", "does", "are", "have", "can", "could", "i", "you", "so", "let", "lets", "we", "any", "tell":
		return true
	}
	return false
}

// addressedFirst: token i opens what is said and a comma and a question
// or a pronoun follow it: the name of the person spoken to ("April, how
// can I help you", "randy, do you smoke").
func (s *scanner) addressedFirst(i int) bool {
	o := i // the first word of what is said
	if i > 0 && s.toks[i-1].kind == tkWord && s.adjacent(i-1, i) && openerWord(s.lowerTok(i-1)) {
		o = i - 1 // "alright june, let's take a look": a word that opens what is said, then the name
	}
	if o > 0 {
		p := &s.toks[o-1]
		if p.kind != tkPunct && p.kind != tkTag {
			return false
		}
		if p.kind == tkPunct {
			if c := s.text[p.start]; c != '.' && c != '?' && c != '!' && c != ':' && c != ']' {
				return false
			}
		}
	}
	if i+2 >= len(s.toks) || !s.isPunct(i+1, ',') {
		return false
	}
	switch string(s.lowerTok(i + 2)) {
	case "what", "how", "when", "where", "why", "do", "did", "does", "are", "have", "can", "could", "would", "i", "you", "we", "is", "tell", "let", "lets": // "let's": lower-cased forms drop apostrophes
		return true
	case "good", "nice", "great", "glad", "come", "welcome", "please", "thanks":
		// "mark, good to see you", "ruth, come on in", "jo, please have a seat"
		n := i + 3
		return n < len(s.toks) && s.toks[n].kind == tkWord && (string(s.lowerTok(n)) == "to" || string(s.lowerTok(n)) == "in" || string(s.lowerTok(n)) == "on" ||
			string(s.lowerTok(n)) == "have" || string(s.lowerTok(n)) == "for" || string(s.lowerTok(n)) == "morning" || string(s.lowerTok(n)) == "back")
	}
	return false
}

// questionRunsTo: the clause that ends at token p opens with a word of
// question or a verb that asks ("what does that mean", "do you follow")
// two to six words before, at the start of what is said or after a word
// that opens it ("so", "and", "what what"), and no word of it is a determiner, a
// possessive or a preposition right before the name ("what is the bill",
// "did you get my bill", "how do you feel about grace").
func (s *scanner) questionRunsTo(p int) bool {
	if t := &s.toks[p]; t.is(fDeterminer|fLocPrep) || possessive(s.lowerTok(p)) || t.is(fStop) && !t.is(fPersonVerb) && string(s.lowerTok(p)) != "you" && string(s.lowerTok(p)) != "that" {
		return false
	}
	for q := p - 2; q >= 0 && p-q <= 6; q-- {
		if s.toks[q].kind != tkWord {
			return false
		}
		switch string(s.lowerTok(q)) {
		case "what", "how", "does", "do", "did", "are", "is", "can", "could", "would":
		default:
			continue
		}
		// the question opens what is said, or follows a word that opens
		// it in a run-on transcript ("… exam so what does that mean")
		if q == 0 || s.toks[q-1].kind == tkPunct || s.toks[q-1].kind == tkTag {
			return true
		}
		if w := s.lowerTok(q - 1); openerWord(w) || string(w) == "and" || questionWord(w) {
			return true
		}
	}
	return false
}

// nextClauseAt: token n opens what is said next with a word that opens a
// clause in speech ("so", "okay", "and", "um").
func (s *scanner) nextClauseAt(n int) bool {
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "so":
		if m := n + 1; m < len(s.toks) {
			switch string(s.lowerTok(m)) {
			case "far", "much", "many", "long", "bad", "good", "well":
				return false // "do you mean mark so far": a measure, not the next clause
			}
		}
		return true
	case "okay", "ok", "alright", "um", "uh", "because":
		return true
	}
	return false
}

// openerWord: a word that opens what is said before the name of the
// person spoken to ("okay randy, do you smoke", "alright june, let's").
func openerWord(w []byte) bool {
	switch string(w) {
	case "so", "okay", "ok", "alright", "well", "now", "hey", "hi", "hello":
		return true
	}
	return false
}

// commandEnd: a word that ends a request to a patient, after which a name
// without a comma addresses them ("take a deep breath randy", "one more
// time please bill").
func commandEnd(w []byte) bool {
	switch string(w) {
	case "breath", "please", "thanks", "okay", "ok":
		return true
	}
	return false
}

// vocativeLead: the last words of a clause after which a comma and a name
// address someone: "thank you, …", "for me, …", "good job, …".
func vocativeLead(w []byte) bool {
	switch string(w) {
	case "you", "me", "today", "job", "there", "again", "too", "sir":
		return true
	}
	return false
}

// utteranceEnds: token i ends what is said: the text or a turn's tag
// follows, or a period, question or exclamation mark.
func (s *scanner) utteranceEnds(i int) bool {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind == tkTag {
		return true
	}
	if s.toks[n].kind != tkPunct {
		return false
	}
	c := s.text[s.toks[n].start]
	return c == '.' || c == '?' || c == '!'
}

// introducedAge: "roger is a 62 year old male", "john is a 55-year-old":
// the way a clinician introduces the patient to the scribe.
func (s *scanner) introducedAge(i int) bool {
	n := i + 1
	if n+2 >= len(s.toks) || string(s.lowerTok(n)) != "is" || string(s.lowerTok(n+1)) != "a" && string(s.lowerTok(n+1)) != "an" {
		return false
	}
	a := &s.toks[n+2]
	return a.kind == tkNum || a.kind == tkAlnum || a.kind == tkWord && a.is(fNumWord)
}

// misspelt reports whether word i, a rare name by the lists, is one edit
// (a letter dropped, added, changed, or two swapped) away from an everyday
// or clinical word of five letters or more: notes and transcripts misspell
// words ("neice", "burgandy", "integrelin") far more often than they name
// someone whose name is that close to a word. Well-known names never
// reach this test.
func (s *scanner) misspelt(i int) bool { return s.misspeltOf(i, false) }

// misspeltDrug is misspelt with clinical words only ("Paracetemol",
// "Thyroxin"): a capitalised word in mid-sentence that close to an
// everyday word may well be a name ("of Inger", "is Katrine"), one that
// close to a drug or a clinical term seldom is.
func (s *scanner) misspeltDrug(i int) bool { return s.misspeltOf(i, true) }

func (s *scanner) misspeltOf(i int, clinicalOnly bool) bool {
	w := s.lowerTok(i)
	if len(w) < 4 || len(w) > 24 {
		return false
	}
	// the answer depends on the word and the lexicon only: the (pooled)
	// scanner remembers it for the rare words of a conversation, which
	// repeat, and the search of their hundreds of neighbours runs once
	if s.mlex != s.lex {
		clear(s.mcache[:])
		s.mlex = s.lex
	}
	e := &s.mcache[bytesHash(w)%uint64(len(s.mcache))]
	if e.n == uint8(len(w)) && e.clinicalOnly == clinicalOnly && string(e.w[:e.n]) == string(w) {
		return e.misspelt
	}
	m := s.searchMisspelt(w, clinicalOnly)
	e.n, e.clinicalOnly, e.misspelt = uint8(copy(e.w[:], w)), clinicalOnly, m
	return m
}

// misspeltSlot is a word (of 4 to 24 bytes) misspeltOf was asked about,
// with its answer.
type misspeltSlot struct {
	w                      [24]byte
	n                      uint8 // len(w); 0 for an empty slot
	clinicalOnly, misspelt bool
}

// searchMisspelt is misspeltOf for the lower-cased word w: the search of
// its one-edit neighbours.
func (s *scanner) searchMisspelt(w []byte, clinicalOnly bool) bool {
	var buf [32]byte
	word := func(c []byte) bool {
		if len(c) < 5 || !s.lex.mayEdit(c) {
			return false
		}
		f := s.lex.word(c)
		if clinicalOnly {
			return f&(fNameAny|fCommon) == 0 && (f&fClinical != 0 || clinicalTerms()[string(c)])
		}
		return f&(fCommon|fClinical) != 0 && f&fNameAny == 0 || f&fNameAny == 0 && clinicalTerms()[string(c)]
	}
	// a letter dropped from w (w has one too many)
	for k := 0; k < len(w); k++ {
		c := append(append(buf[:0], w[:k]...), w[k+1:]...)
		if word(c) {
			return true
		}
	}
	// two letters swapped
	for k := 0; k+1 < len(w); k++ {
		if w[k] == w[k+1] {
			continue
		}
		c := append(buf[:0], w...)
		c[k], c[k+1] = c[k+1], c[k]
		if word(c) {
			return true
		}
	}
	// a letter changed or added
	for k := 0; k <= len(w); k++ {
		for ch := byte('a'); ch <= 'z'; ch++ {
			if k < len(w) && ch != w[k] {
				c := append(buf[:0], w...)
				c[k] = ch
				if word(c) {
					return true
				}
			}
			c := append(append(append(buf[:0], w[:k]...), ch), w[k:]...)
			if word(c) {
				return true
			}
		}
	}
	return false
}
