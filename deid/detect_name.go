package deid

import (
	"bytes"
	"strings"
	"sync"

	"github.com/deid-project/deid/deid/internal/lang/en"
)

// Names of patients, relatives and staff. Evidence, strongest first:
// a title ("dr. patel", "nurse kim"), a cue ("my name is", "named",
// "call me"), a relation ("my daughter jessica"), a greeting ("thanks,
// mark"), a name-list word that is not a common English word, and in cased
// text a capitalised name-list or unknown word in mid-sentence. Names next
// to names extend ("john white"), spelled-out names ("m a r t h a") count,
// and clinical eponyms ("parkinson's", "foley catheter") survive.

const nameNot = fStop | fMonth | fWeekday | fHoliday | fTitle | fRelation | fUnit | fGreeting | fDeterminer | fNumWord | fOrdWord | fNameCue | fCountry

func (s *scanner) detectNames() {
	toks := s.toks
	s.names = len(s.found)
	by, short := s.hasSeen(seenBy), s.hasSeen(seenShort)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.kind != tkWord {
			continue
		}
		// most words are none of these: one test of their flags first
		if t.f&(fTitle|fFirstTop|fRelation|fNameCue|fGreeting|fIntro|fMonth) != 0 || t.f&fFirst != 0 && i > 0 && toks[i-1].kind == tkPunct {
			if l := i + 1; t.is(fMonth) && l+1 < len(toks) && (string(s.lowerTok(l)) == "like" || s.isPunct(l, ',') && string(s.lowerTok(l+1)) == "like") {
				if s.isPunct(l, ',') {
					l++
				}
				if n := s.spellingRemark(l); n == i {
					s.add(i, i, Name, 0.85, "name/cue") // "august like the month", "june, like the month"
					continue
				}
			}
			if t.is(fTitle) {
				if c, j, score, src := s.titleName(i); c > 0 {
					s.add(c, j, Name, score, src)
					i = j
					continue
				}
				if c := i + 2; s.unlistedApposition(i, c) {
					s.add(c, c, Name, 0.85, "name/relation") // "my caseworker, tembisa, called"
					i = c
					continue
				}
			}
			switch {
			case t.is(fMonth) && t.is(fFirst) && !t.is(fStop) && s.surnameAfterMonth(i):
				// "for june alvarez", "april okonkwo called": a month that
				// is a given name, before a surname no everyday word spells
				s.add(i, i+1, Name, 0.85, "name/pair")
				i++
				continue
			case t.is(fFirstTop) && t.is(fStop) && !s.notes && !s.cased && s.modalSubject(i):
				// "we'll see what will says", "may told me": a modal that
				// a verb said of a person follows names the person
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirstTop) && t.is(fStop) && !s.notes && s.askedRelation(i):
				// "is will your son": a given name that is a function word,
				// asked about as a relation
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirstTop) && !t.is(fDeterminer|fTitle|fRelation) && !(t.is(fStop) && !s.afterWhos(i)) && !s.notes && s.whoIs(i):
				// "who's holly", "and who's summer on your emergency contact",
				// "who's may on your list" (no modal after "who's")
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirstTop) && !t.is(fStop|fDeterminer|fTitle|fRelation|fMonth) && !s.notes && s.howIsDoing(i):
				// "how's sage doing with the inhaler", "how is grace feeling"
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirstTop) && !t.is(fDeterminer|fTitle|fRelation) && !s.notes && s.askedToDo(i):
				// "i asked will to come with me", "tell grace about it"
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirst) && !t.is(fDeterminer|fTitle|fRelation) && (!t.is(fStop) || i+1 < len(s.toks) && pastSaid(s.lowerTok(i+1))) && !s.notes && s.afterStaffNoun(i):
				// "the pharmacist joy at the counter said", "the tech june
				// said": someone named by what they do, then their name
				s.add(i, i, Name, 0.8, "name/relation")
				continue
			case t.is(fFirstTop) && !t.is(fDeterminer|fTitle|fRelation|fClinical) && !s.notes && s.booksYou(i):
				// "ivy can get you in", "june will call you"
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirstTop) && !t.is(fStop|fDeterminer|fTitle|fRelation) && !s.notes && s.madeToDo(i):
				// "can you have hope call us back", "let june know": someone
				// made to do something, by a given name even if it is a word
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirstTop) && !t.is(fDeterminer|fTitle|fRelation) && !s.notes && !s.cased && s.spokenTo(i):
				// "okay terry and your date of birth", "okay will, what can i
				// do for you", "sorry about that june, i'll fix it"
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirst) && !t.is(fDeterminer|fTitle|fRelation|fNumWord|fOrdWord|fClinical) && !s.notes && !s.cased && s.greetedByName(i):
				// "nice to meet you joy", "you must be guy", "so jade you're here"
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirst) && !t.is(nameNot) && (!t.is(fClinical) || s.isPunct(i+1, ',')) && !s.notes && s.personNounApposition(i):
				// "the new girl there, crystal, could you", "the lactation
				// lady, grace, helped": a person, then their name set off
				s.add(i, i, Name, 0.8, "name/relation")
				continue
			case (t.is(fFirstTop) || t.is(fFirst) && !t.is(fCommon)) && (!t.is(fStop|fDeterminer|fTitle|fRelation) || s.modalSetOff(i)) && (!t.is(fMonth) || i+1 < len(s.toks) && string(s.lowerTok(i+1)) == "our") &&
				!s.notes && s.nameThenRole(i):
				// "autumn, the therapist, will email you"
				s.add(i, i, Name, 0.85, "name/relation")
				continue
			case t.is(fFirstTop) && !t.is(fDeterminer|fTitle|fRelation|fClinical) && !s.notes && !s.cased && s.reachedAtDesk(i):
				// "call june at the front desk", "i'll have bill at the front
				// desk set it up": someone reached where the staff sit
				s.add(i, i, Name, 0.8, "name/cue")
				continue
			case t.is(fFirstTop) && (t.has(shSentStart) || i > 0 && s.adjacent(i-1, i) && clauseOpener(s.lowerTok(i-1))) && !s.cased && s.fromWorkplace(i):
				// "joy from the pharmacy called": a given name, then where the
				// person works, opens what is said
				s.add(i, i, Name, 0.85, "name/relation")
				continue
			case t.is(fRelation) && t.hi-t.lo == 4 && string(s.lowerTok(i)) == "baby" && s.babyKind(i):
				// "Baby boy Reyes": a newborn called by the family's name; "the
				// baby boy was fine" names no one
				if n := s.babyName(i); n > i {
					s.add(n, s.moreName(n), Name, 0.85, "name/cue")
					i = n
				} else {
					i++
				}
				continue
			case t.is(fRelation):
				if c, j := s.afterRelation(i); j >= c && c > 0 && !s.fieldAfterValue(i, c, j) {
					s.add(c, j, Name, 0.9, "name/relation")
					i = j
					continue
				}
			case t.is(fNameCue | fGreeting | fIntro):
				if c, j := s.afterCue(i); c > 0 && j >= c && !s.eponymBeforeHead(j) {
					s.add(c, j, Name, 0.9, "name/cue")
					s.saidWithSpelling(c, j)
					i = j
					continue
				}
			}
		}
		if short && t.hi-t.lo == 5 && string(s.lowerTok(i)) == "short" {
			if nick, full := s.shortFor(i); nick >= 0 {
				// "it's ginny, short for virginia": the name used and the full one
				s.add(nick, nick, Name, 0.85, "name/cue")
				s.add(full, s.moreName(full), Name, 0.85, "name/cue")
				continue
			}
		}
		if by && t.hi-t.lo == 2 && s.low[t.lo] == 'b' && s.low[t.lo+1] == 'y' && (s.goBy(i) > i || s.goByPerson(i) > i) {
			// "i go by sunny", "he goes by red": the name a person goes by
			s.add(i+1, i+1, Name, 0.85, "name/cue")
			i++
			continue
		}
		if t.is(fFirst) && (s.nameBeforeRelation(i) || s.kinOfName(i) || s.calledEndearingly(i)) {
			s.add(i, i, Name, 0.85, "name/relation")
			continue
		}
		if !s.notes {
			if c, e := s.speechCue(i); e >= c && c >= i {
				// "but everyone says sunny", "is this mark oyelaran?", "are you
				// still seeing colleen for therapy", "how 's june doing",
				// "will's date of birth"
				s.add(c, e, Name, 0.85, "name/cue")
				i = e
				continue
			}
		}
		if t.end-t.start == 1 && !s.notes {
			// "brook with no e at the end": a word whose spelling is being
			// explained is a name
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if s.toks[k].hi-s.toks[k].lo == 4 && string(s.lowerTok(k)) == "with" {
					if n := s.spellingRemark(k); n >= 0 && !s.covered(n, "") {
						s.add(n, n, Name, 0.85, "name/cue")
					}
					break
				}
			}
		}
		if t.hi-t.lo == 4 && !s.notes && string(s.lowerTok(i)) == "like" {
			// "fox like the animal", "rose like the flower": a word whose
			// spelling is being explained is a name
			if n := s.spellingRemark(i); n >= 0 && !s.covered(n, "") {
				s.add(n, n, Name, 0.85, "name/cue")
			}
			continue
		}
		if t.end-t.start == 1 && isUpperASCII(s.text[t.start]) {
			if j := s.patientInitials(i); j > i {
				// "Pt T.W. seen", "Re: B.N.": a patient named by initials
				s.add(i, j, Name, 0.8, "name/cue")
				i = j
				continue
			}
		}
		if t.end-t.start == 1 {
			// notes write abbreviations letter by letter (v.s.s., c/o, Y/O F):
			// there a name is spelled only after a cue
			if j := s.spelled(i); j > i && !s.notes {
				s.add(i, j, Name, 0.85, "name/spelled")
				s.saidWithSpelling(i, j)
				i = j
			} else if !s.notes {
				i = s.letterRunEnd(i) // "w o r l d" spells a word: not "o r l d" either
			}
			continue
		}
		if !s.mayNameAlone(t) {
			continue // most words: the cheap test first
		}
		given := i // the cheap test first: a surname with a comma right after it
		if t.f&fLast != 0 && i+2 < len(toks) && toks[i+1].kind == tkPunct && s.text[toks[i+1].start] == ',' {
			given = s.surnameCommaGiven(i)
		}
		if given > i {
			s.add(i, given, Name, 0.8, "name/pair") // "JOHNSON, ROBERT BED 4": a list's order, surname first
			i = given
		} else if score := s.standaloneName(i); score > 0 {
			s.add(i, i, Name, score, "name/dict")
		} else if j := s.namePair(i); j > i {
			if placeAdverb(s.lowerTok(j)) {
				j-- // the pair says a name; the adverb is not part of it
			}
			s.add(i, j, Name, 0.8, "name/pair")
			i = j
		}
	}
	if s.cased && !s.notes {
		s.namedAfterIs()
	}
}

// namedByWhatFollows finds a given name known by what follows it: "from"
// and a place or company found ("my adjuster called, heather from liberty
// mutual", "Deb from Providence Home Health, Wednesdays"), a comma and a
// telephone number found ("or grace, 503 555 8810"), or a comma, "the" and
// a role set off ("Dawn, the lactation lady, came"). Not after an article
// or a possessive ("the bill from the hospital", "my bill from Acme").
func (s *scanner) namedByWhatFollows() {
	toks := s.toks
	for c := 0; c+2 < len(toks); c++ {
		t := &toks[c]
		if t.kind != tkWord || t.f&fFirst == 0 || t.hi-t.lo < 3 || t.is(fStop|fDeterminer|fMonth|fWeekday|fTitle|fRelation|fEponym|fNumWord) ||
			s.cased && !t.has(shCap) || t.has(shPoss) || t.is(fClinical) && !s.cased {
			continue // (shorthand too, capitalised: "Deb from Providence Home Health")
		}
		if p := c - 1; p >= 0 && toks[p].kind == tkWord && (article(s.lowerTok(p)) || possessive(s.lowerTok(p)) || toks[p].is(fDeterminer)) {
			continue
		}
		n := c + 1
		found := false
		switch {
		case toks[n].kind == tkWord && toks[n].hi-toks[n].lo == 4 && string(s.lowerTok(n)) == "from" && s.adjacent(c, n):
			o := n + 1
			if o < len(toks) && string(s.lowerTok(o)) == "the" {
				o++
			}
			found = o < len(toks) && (s.covered(o, Location) || s.covered(o, Facility))
		case s.isPunct(n, ','):
			o := n + 1
			found = s.covered(o, Phone) || o+2 < len(toks) && string(s.lowerTok(o)) == "the" && s.apposedRole(o+1)
		}
		if found && !s.covered(c, "") {
			s.add(c, c, Name, 0.8, "name/cue")
		}
	}
}

// apposedRole: a role set off by commas starts at token k, one or two
// words before its comma ("the lactation lady,", "the driver,").
func (s *scanner) apposedRole(k int) bool {
	for m := k; m < len(s.toks) && m <= k+2; m++ {
		if s.toks[m].kind != tkWord {
			return false
		}
		switch string(s.lowerTok(m)) {
		case "lady", "nurse", "driver", "aide", "therapist", "consultant", "coordinator", "worker", "chaplain", "pharmacist", "tech",
			"manager", "caseworker", "neighbor", "neighbour", "landlord", "boss", "supervisor", "counselor", "counsellor", "midwife", "doula",
			"teacher", "coach", "sitter", "caregiver", "interpreter":
			return s.isPunct(m+1, ',')
		}
	}
	return false
}

// namedAfterIs finds a given name that cased speech says with its capital
// after "is" or "be" and before a pause, who holds a role or comes next
// ("Her social worker at the Courtyard is Pilar, the building is ...",
// "that'll be Florin, he's our wound nurse"): a name-list word that is no
// function word, month or kin word, capitalised inside the sentence; an
// everyday word only when "he's" or "she's" follows.
func (s *scanner) namedAfterIs() {
	for c := 1; c+1 < len(s.toks); c++ {
		t := &s.toks[c]
		if t.kind != tkWord || !t.is(fFirst) || !t.has(shCap) || t.has(shSentStart|shAllCaps|shPoss) || t.is(nameNot|fClinical|fEponym|fCity|fState) || t.hi-t.lo < 3 {
			continue
		}
		if p := c - 1; s.toks[p].kind != tkWord || !s.adjacent(p, c) || string(s.lowerTok(p)) != "is" && string(s.lowerTok(p)) != "be" {
			continue
		}
		if !s.isPunct(c+1, ',') && !s.isPunct(c+1, '.') || s.covered(c, "") {
			continue
		}
		if t.is(fCommon | fNonPHI) {
			n := s.nextWord(c, 1)
			if n < 0 || n != c+2 {
				continue
			}
			switch string(s.lowerTok(n)) {
			case "hes", "shes", "he", "she":
			default:
				continue
			}
		}
		s.add(c, c, Name, 0.8, "name/cue")
	}
}

// extendAndCoordinateNames grows the names found so far over initials,
// surnames and particles next to them, then adds names listed with them.
func (s *scanner) extendAndCoordinateNames() {
	s.extendNames(s.names)
	s.coordinateNames(s.names)
	if strings.IndexByte(s.text, '"') >= 0 {
		s.quotedNicknames()
	}
}

// quotedNicknames finds a nickname in quotes between a given name found
// and the surname after it ('Walter "Skip" Hanrahan', 'Richard ("Rich")
// Abernathy'), and the surname when nothing found it. A word quoted after
// a name and before a word with no capital is none ('told Ann "later" and').
func (s *scanner) quotedNicknames() {
	for q := 2; q+2 < len(s.toks); q++ {
		if s.toks[q].kind != tkWord || !s.isPunct(q-1, '"') || !s.isPunct(q+1, '"') || s.covered(q, "") {
			continue
		}
		a, b := q-2, q+2
		if s.isPunct(a, '(') && s.isPunct(b, ')') {
			a, b = a-1, b+1
		}
		if a < 0 || b >= len(s.toks) || s.toks[a].kind != tkWord || s.toks[b].kind != tkWord || !s.covered(a, Name) {
			continue
		}
		sur := s.covered(b, Name)
		if t := &s.toks[b]; !sur && !(s.cased && t.has(shCap) && !t.has(shAllCaps) && !t.is(fStop|fDeterminer|fTitle|fRelation|fMonth|fWeekday|fClinical) && t.end-t.start >= 2) {
			continue
		}
		s.add(q, q, Name, 0.85, "name/coordinated")
		if !sur {
			s.add(b, b, Name, 0.8, "name/coordinated")
		}
	}
}

// noteAfterInitial: what a note writes after "dr" and an initial alone
// for the name follows token c: a colon, a comma or a parenthesis, or a
// word of being told ("per dr. b: inr 4.6", "dr b
// aware", "dr n (nyquist)"; not "dr. a said").
func (s *scanner) noteAfterInitial(c int) bool {
	n := c + 1
	if n >= len(s.toks) {
		return true
	}
	if t := &s.toks[n]; t.kind == tkPunct {
		return strings.IndexByte(":,()@", s.text[t.start]) >= 0
	}
	switch string(s.lowerTok(n)) {
	case "aware", "notified", "paged", "informed", "updated", "called", "okd", "ordered", "consulted":
		return true
	}
	return false
}

// punctAfter is 1 when a '.' follows token i ("dr.").
func (s *scanner) punctAfter(i int) int {
	if s.isPunct(i+1, '.') {
		return 1
	}
	return 0
}

// nameish: could token i be part of a name, given a cue before it?
// strict asks for real evidence (a name-list word, a capital, or an
// unknown word) rather than any word that is not a function word.
func (s *scanner) nameish(i int, strict bool) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if t.kind != tkWord || t.is(nameNot) && !(s.cased && t.has(shCap) && !t.has(shSentStart) && t.is(fNameAny) && !t.is(nameNot&^(fGreeting|fDeterminer|fNameCue))) {
		return false
	}
	if t.is(fCredential) && !t.is(fNameAny) {
		return false // "Jane Olsen PharmD": the credential after the name, however cased
	}
	if s.cased && t.has(shCap) {
		return true
	}
	if t.is(fStreet|fFacility|fEpoHead) && !t.is(fNameAny) {
		return false
	}
	if !strict {
		return true
	}
	return t.is(fNameAny) || !t.is(fCommon|fNonPHI)
}

// afterTitle reads the name after a title; it returns the last name token
// or i.
func (s *scanner) afterTitle(i int) int {
	// "the doctor", "my nurse", "your doctor's": a role, not a title
	if p := s.roleLead(i); p >= 0 && s.toks[p].is(fDeterminer) && !(s.cased && s.toks[i].has(shCap)) && !honorific(s.lowerTok(i)) && !s.strangeAfterRole(i) {
		return i
	}
	if s.toks[i].has(shPoss) {
		return i
	}
	w := string(s.lowerTok(i))
	if w == "sir" || w == "madam" || w == "maam" {
		return i
	}
	if w == "miss" && s.missVerb(i) {
		return i // "had to miss work", "did you miss school", "i miss home"
	}
	c := s.nextWord(i, 1)
	if c < 0 || c > i+2 {
		return i
	}
	if strings.IndexByte(s.text[s.toks[i].end:s.toks[c].start], '\n') >= 0 && !honorific([]byte(w)) {
		return i // "health aide\nPMHx:", "technologist\nEmployer:": a role ends its line
	}
	if !honorific([]byte(w)) && w != "doctor" && s.toks[c].is(fCommon) && s.isPunct(c+1, ':') {
		return i // "Interpreter Needed: No": a form's field, not a name
	}
	if !honorific([]byte(w)) && idWord(s.lowerTok(c)) {
		return i // "interpreter ID TIS 30411", "nurse number 4471": the role's number, not a name
	}
	if s.toks[i].is(fCredential) && s.toks[c].kind == tkWord && noteKind(s.lowerTok(c)) {
		return i // "MICU RN NOTE", "BMT UNIT RN PROGRESS NOTE": the kind of note, no name
	}
	// "np", "rn" as titles take a name right after them ("NP Patty"),
	// never across a period ("2L NP. He has ...": nasal prongs)
	if c == i+2 && s.toks[i].is(fClinical) && !honorific(s.lowerTok(i)) {
		return i
	}
	if c == i+2 && !(s.isPunct(i+1, '.') && s.toks[i].end-s.toks[i].start <= 4 && w != "miss" && w != "aide") {
		return i // "doctor. Nice to meet you", "Hello, miss. How are you", "a health aide. PMHx": a sentence ends
	}
	// "dr. j. smith": an initial
	if s.toks[c].end-s.toks[c].start == 1 && s.isPunct(c+1, '.') {
		// in lower case an everyday word after the initial's period opens
		// a sentence ("mister t. call me"), unless a well-known name
		if n := s.nextWord(c+1, 0); n >= 0 && s.nameish(n, true) && (s.cased || s.toks[n].has(shCap) || !s.toks[n].is(fCommon) || s.toks[n].is(fFirstTop|fLastTop)) && !s.isPunct(n+1, ':') {
			c = n // not "Seen by Dr. K. Plan: d/c", the next heading
		}
	}
	// "mister t.", "call me miss k", "DR K": an initial alone for the name,
	// where what is said ends (not "dr. a said", "miss a dose")
	if ct := &s.toks[c]; ct.kind == tkWord && ct.end-ct.start == 1 && ((honorific(s.lowerTok(i)) || w == "doctor") && s.utteranceEnds(c) || w == "dr" && s.noteAfterInitial(c)) {
		if l := s.text[ct.start] | 0x20; l != 'a' && l != 'i' {
			return c
		}
	}
	// "my doctor put me on it": a verb with its object after a role, not a
	// surname (a title that only ever stands before a name keeps it: "mr. put")
	if !honorific([]byte(w)) && !(s.cased && s.toks[c].has(shCap)) && s.toks[c].is(fCommon) && c == i+1 && s.objectAfter(c) {
		return i
	}
	// "MS Contin", "ms contin": morphine sulfate before its brand, not Ms.
	// (MR, MS and NP are shorthand too: a drug or shorthand after them that
	// no list of names holds is no name)
	if (w == "ms" || w == "mr" || w == "np") && s.toks[c].is(fClinical) && !s.toks[c].is(fFirst|fFirstTop|fLastTop) && !s.isPunct(i+1, '.') {
		return i
	}
	// after a title a capitalised word is a name even when it is also a
	// month or a function word: "Mr. May", "Dr. Will Smith"
	if c == i+1 && roleNoun(s.lowerTok(c)) {
		return i // "Visiting Nurse Association", "the Nurse Line": a service, not a name
	}
	if (c == i+1 || c == i+2 && s.isPunct(i+1, '.')) && !s.cased && (w == "doctor" || w == "dr" || w == "nurse") && s.toks[c].is(fFirst) && (s.toks[c].is(fMonth) || string(s.lowerTok(c)) == "will" || string(s.lowerTok(c)) == "mays" || string(s.lowerTok(c)) == "wills") {
		// "doctor may at little oaks pediatrics", "doctor may's nurse",
		// "nurse june, thanks": a month's or a modal's word that is a name,
		// before whose it is, where, or a pause (not "doctor may call");
		// before a modal or a verb no modal takes ("dr. may will see you",
		// "nurse june called", "doctor may thinks"): no modal stands there
		if s.toks[c].has(shPoss) || s.utteranceEnds(c) || s.turnEndsAfter(c) || s.isPunct(c+1, ',') {
			return c
		}
		if n := c + 1; n < len(s.toks) && s.adjacent(c, n) && s.toks[n].kind == tkWord {
			switch nw := s.lowerTok(n); string(nw) {
			case "at", "from", "in", "with", "over", "said", "says", "told", "wants", "thinks", "is", "was", "and",
				"will", "would", "can", "could", "should", "might", "must", "shall", "has", "had", "does", "did", "wo":
				return c
			default:
				if s.toks[n].is(fPersonVerb) && finiteVerb(nw) {
					return c
				}
			}
		}
	}
	capName := s.cased && s.toks[c].kind == tkWord && s.toks[c].has(shCap) && !s.toks[c].is(fTitle|fDeterminer|fRelation)
	// after "dr" (the abbreviation, not "doctor", which is also a role) any
	// word that may be a name is one: "DR TYRO", "dr healey"
	drAbbrev := w == "dr" && !s.toks[c].is(fClinical|fCountry|fCareUnit) && (!s.toks[c].is(fCommon) || s.toks[c].is(fNameAny|fCity|fCounty))
	// "doctor ng", "mrs. ng": a surname that is also a unit's symbol, which
	// no title comes before
	unitSurname := (w == "doctor" || w == "dr" || honorific(s.lowerTok(i))) && s.toks[c].is(fUnit) && s.toks[c].is(fLast) && !s.toks[c].is(fCommon|fStop|fNumWord)
	if (c == i+1 || c == i+2 && s.isPunct(i+1, '.')) && !s.cased && s.toks[c].is(fFirst) && (honorific([]byte(w)) || w == "doctor" || w == "nurse") {
		// "dr will brennan", "nurse june carter": a given name that is also
		// a modal or a month, then a surname no everyday word spells, or a
		// word no list holds ("dr. will ashgrove")
		if n := c + 1; n < len(s.toks) && s.adjacent(c, n) && s.toks[n].kind == tkWord && (s.toks[n].is(fLast) &&
			(!s.toks[n].is(fCommon|fStop|fClinical|fEponym|fUnit) || s.everydaySurname(c, n)) || s.toks[n].f&^(fRare|fPhrase) == 0 && s.toks[n].hi-s.toks[n].lo >= 4) {
			return n
		}
	}
	// "mrs love", "mr. young", "mrs may": after a title that only ever
	// stands before a name, a surname the lists hold, whatever else the
	// word is
	honorSurname := !s.notes && (w == "mr" || w == "mrs" || w == "ms" || w == "mister" || w == "missus" || w == "mx") && s.toks[c].kind == tkWord && s.toks[c].is(fLast) &&
		!s.toks[c].is(fDeterminer|fNumWord|fOrdWord|fTitle|fRelation|fUnit|fWeekday) && (!s.cased || s.toks[c].has(shCap)) && s.toks[c].hi-s.toks[c].lo >= 3
	if !capName && !unitSurname && !honorSurname && !s.nameish(c, !drAbbrev) {
		return i
	}
	// in notes MR, MS and NP are also mitral regurgitation, mental status
	// and nasal prongs: an everyday word after them in capitals, or capitalised
	// under a capitalised title ("MR PLAN:", "MS. Verbal/non-verbal", "NP
	// GOOD BREATH SOUNDS"), is no name unless a well-known one
	if ct := &s.toks[c]; s.notes && ct.is(fCommon) && !ct.is(fFirstTop|fLastTop) && (ct.has(shAllCaps) || s.toks[i].has(shCap)) {
		switch w {
		case "mr", "ms", "np":
			return i
		}
	}
	// "sister living", "nurse practitioner": a common word after a title is
	// a name only if it is a well-known one or written with a capital
	if ct := &s.toks[c]; ct.is(fCommon) && !(s.cased && ct.has(shCap)) && !ct.is(fFirstTop|fLastTop) && !honorific(s.lowerTok(i)) &&
		!(ct.is(fLast) && (string(s.lowerTok(i)) == "doctor" || string(s.lowerTok(i)) == "dr")) {
		return i // but "doctor demons": a surname after "doctor" is the doctor's
	}
	// eponyms after a title are names ("dr. foley"), but a title-like word
	// before a clinical head is not ("doctor bell's palsy" is unusual enough)
	j := c
	for n := j + 1; n < len(s.toks) && n-c < 3; n++ {
		if s.toks[n].has(shNewline) || s.gapBefore(n) {
			break // a letter's signature: "Dr A. Okafor\nChapel Lane Surgery"
		}
		if s.toks[n].kind == tkPunct && s.text[s.toks[n].start] == '-' && n+1 < len(s.toks) && s.nameish(n+1, true) {
			n++
			j = n
			continue
		}
		if s.toks[n].kind != tkWord || !s.nameish(n, true) || !s.toks[n].is(fNameAny) && !(s.cased && s.toks[n].has(shCap)) {
			break
		}
		if s.toks[n].is(fCommon) && !(s.cased && s.toks[n].has(shCap)) && !(n == c+1 && s.everydaySurname(c, n)) || s.roleWordAfter(n) {
			break
		}
		j = n
	}
	return j
}

// everydaySurname: in lower-case speech, the everyday word at token n
// right after the given name at token c (a title before both) is the
// surname ("dr sunny park said", "nurse june hill will come"): a surname of
// the best known or a word that is also a given name, and no function word
// or clinical word, with what is said next no noun of its own ("dr amy
// little bit" is none).
func (s *scanner) everydaySurname(c, n int) bool {
	tc, tn := &s.toks[c], &s.toks[n]
	if s.cased || !tc.is(fFirst) || tc.has(shPoss) || !s.adjacent(c, n) || tn.is(fStop|fClinical|fEponym|fUnit|fNumWord|fOrdWord|fMonth|fCareUnit|fRelation|fTitle) {
		return false
	}
	if !tn.is(fLastTop) && !(tn.is(fFirst) && tn.is(fLast)) || greetingAdjective(s.lowerTok(n)) {
		return false // ("mister pruitt good to see you")
	}
	k := n + 1
	if k >= len(s.toks) || s.toks[k].kind != tkWord {
		return true // the name ends what is said, or a comma follows
	}
	if tc.is(fStop) {
		// a modal for the given name: "nurse may park the car" is a verb
		// with its object; the surname must end the name's clause
		switch string(s.lowerTok(k)) {
		case "is", "was", "from", "at", "in", "on", "and":
			return true
		}
		return s.toks[k].is(fPersonVerb)
	}
	return !s.toks[k].is(fCommon) || s.toks[k].is(fStop|fPersonVerb)
}

// greetingAdjective: a word that opens a greeting after a name ("mister
// pruitt good to see you", "dr lee nice to meet you"), not a surname.
func greetingAdjective(w []byte) bool {
	switch string(w) {
	case "good", "nice", "great", "glad", "lovely", "pleased", "happy", "welcome":
		return true
	}
	return false
}

// roleWordAfter: the word after token k says what someone is, so k says
// which kind ("dr smith medical director", "jane doe nursing supervisor"):
// k belongs to the role, not to a name or a place before it.
func (s *scanner) roleWordAfter(k int) bool {
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(k, n) {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "director", "directors", "assistant", "assistants", "officer", "examiner", "student", "students", "secretary", "supervisor", "coordinator", "coordinators":
		return true
	}
	return false
}

// roleNoun: a word that makes a title before it part of the name of a
// service or a role ("Visiting Nurse Association", "Nurse Practitioner",
// "Doctor Office"), not a person's name after a title.
func roleNoun(w []byte) bool {
	switch string(w) {
	case "association", "service", "services", "program", "programme", "team", "department", "station", "office", "unit",
		"practitioner", "practitioners", "specialist", "manager", "aide", "aides", "educator", "navigator", "line", "visit", "visits":
		return true
	}
	return false
}

// honorific: titles that only ever stand before a name (unlike "nurse" or
// "sister", which also name a role): after them even a common word or an
// eponym is a name ("mister foley", "mrs white").
func honorific(w []byte) bool {
	switch string(w) {
	case "mr", "mrs", "ms", "miss", "mister", "missus", "mx", "dr", "prof", "reverend", "rev":
		return true
	}
	return false
}

// afterRelation reads "my daughter jessica", "his wife, mary", "my son is
// named tom".
func (s *scanner) afterRelation(i int) (int, int) {
	if s.labelsTurn(i) {
		return 0, -1 // "Mother: Really grumpy.": the speaker's label, then what is said
	}
	if string(s.lowerTok(i)) == "ex" {
		// "my ex mark": the word after a possessive, alone ("ex-Zombie
		// Seppinen", "an ex smoker" are none)
		if p := s.prevWord(i, 0); p < 0 || p != i-1 || !possessive(s.lowerTok(p)) || s.isPunct(i+1, '-') {
			return 0, -1
		}
	}
	if s.inLaw(i) {
		i += 4 // "my daughter-in-law june"
	} else if s.inLawSpoken(i) {
		i += 2 // "my sister in law ivy"
	}
	c := s.nextWord(i, 1)
	if c == i+2 && !s.isPunct(i+1, ',') && !s.isPunct(i+1, ':') && !s.isPunct(i+1, '(') && !s.isPunct(i+1, '-') &&
		!(strings.HasPrefix(string(s.lowerTok(i)), "prox") && s.toks[c].is(fFirst) && !s.toks[c].is(fCommon|fStop)) {
		return 0, -1 // "with son. Instructions reviewed": a sentence ended (not "SON- JOHN", "proxys. suzette")
	}
	if c > 0 && (s.apposition(c) || s.unlistedApposition(i, c)) {
		return c, c // "this is my son, will": a given name set off by commas
	}
	if c > 0 && s.sizeNickname(i, c) {
		return c, c + 1 // "called my sponsor, big mike."
	}
	cue, phoned, is := false, false, false
	for k := 0; k < 2 && c >= 0; k++ {
		w := string(s.lowerTok(c))
		if w == "named" || w == "called" || w == "is" && k == 0 {
			cue = cue || w != "is"
			is = w == "is"
			// in notes, or before a comma, a relative who "called"
			// telephoned: "daughter called, updated by RN", "wife called
			// several times"
			phoned = phoned || w == "called" && (s.notes || c+1 < len(s.toks) && s.toks[c+1].kind == tkPunct)
			c = s.nextWord(c, 1)
			continue
		}
		break
	}
	if c < 0 {
		return 0, -1
	}
	t := &s.toks[c]
	if n := c + 1; n < len(s.toks) && s.adjacent(c, n) && string(s.lowerTok(n)) == "name" {
		return 0, -1 // "my mother's maiden name is", "his last name": which of the names, not one
	}
	if pluralRelation(s.lowerTok(i)) && !cue && !s.listedNext(c) {
		return 0, -1 // "my kids tom and sarah", but "children younger than five"
	}
	ok := false
	switch {
	case phoned:
		ok = t.is(fFirst) && !t.is(nameNot|fCommon|fNonPHI|fClinical) && s.adjacent(c-1, c) && !s.isPunct(c-1, ',')
	case cue:
		ok = s.nameish(c, false)
	case s.cased:
		// notes write names in lower case too: "proxys. suzette and ..."
		ok = t.has(shCap) && s.nameish(c, true) ||
			is && !s.notes && t.has(shCap) && !t.has(shSentStart|shAllCaps) && (t.is(fFirstTop) || t.is(fFirst) && !t.is(fCommon)) && !t.is(fTitle|fRelation|fDeterminer) && (s.utteranceEndAfter(c) || s.clauseEndsAfter(c)) || // "and my son is Miles.": a capital where a word would have none
			s.notes && !t.has(shCap) && t.is(fFirst) && !t.is(nameNot|fCommon|fNonPHI|fClinical) ||
			t.has(shCap) && !t.has(shSentStart|shAllCaps) && t.is(fFirst) && t.is(fStop|fMonth) && !t.is(fTitle|fRelation|fDeterminer) && (!s.toks[i].has(shCap) || s.toks[i].has(shSentStart) && !s.toks[i].has(shAllCaps)) // "my son Will wrote", "my daughter May called", "Son Will at bedside": a modal or a month with its capital inside a sentence
	default:
		ok = t.is(fFirst) && !t.is(nameNot) && !s.adverbLy(c) || s.nameish(c, true) && !t.is(fCommon|fNonPHI) || s.monthName(c) || s.modalName(c) || s.unitName(c) || s.kinFaithName(i, c)
		if ok && t.is(fCommon) && !t.is(fFirstTop) {
			// "made dad happy", "keep mom busy": after a verb that makes the
			// relation its object, an everyday word says how they are; "my
			// wife is like a saint": after "is" alone, so does a word no
			// common given name spells
			if p := s.prevWord(i, 0); is || p >= 0 && p == i-1 && causative(s.lowerTok(p)) {
				ok = false
			}
		}
		if ok && t.is(fCommon) && s.toks[i].has(shPoss) && c == i+1 && !s.modalName(c) {
			// "my husband's job", "my wife's bill came": after a relative's
			// possessive an everyday word is what is theirs, not who they are
			ok = false
		}
	}
	// "husband MD (ENT)", "2 baby ASA": shorthand, not a name
	if !ok || s.eponymHere(c) && !s.eponymThenSurname(c) || !cue && s.shorthand(c) && !t.is(fFirstTop|fLastTop) && !s.kinName(i, c) {
		return 0, -1
	}
	if t.is(fEponym) {
		return c, c + 1 // the surname after it (eponymThenSurname)
	}
	return c, s.moreName(c)
}

// sizeNickname: token c, right after the relation or role i said with a
// possessive, is "big", "little" or "lil" before a well-known given name:
// a nickname the name is part of ("my sponsor, big mike", "my cousin
// little joe said"); not "my son, big boy".
func (s *scanner) sizeNickname(i, c int) bool {
	switch string(s.lowerTok(c)) {
	case "big", "little", "lil":
	default:
		return false
	}
	n := c + 1
	if n >= len(s.toks) || !s.adjacent(c, n) || pluralRelation(s.lowerTok(i)) {
		return false
	}
	if p := s.prevWord(i, 0); p < 0 || !possessive(s.lowerTok(p)) {
		return false
	}
	t := &s.toks[n]
	return t.kind == tkWord && t.is(fFirstTop) && !t.is(nameNot|fClinical) && (t.has(shSentStart) || !s.cased || t.has(shCap))
}

// kinFaithName: in speech, a common given name that a faith's, a people's or
// a country's word spells too, right after the relative i and a
// possessive, before what the person does or a pause ("my son jesus drove
// me", "my brother israel is here", "my daughter india, she"); not "my
// family christian values".
func (s *scanner) kinFaithName(i, c int) bool {
	t := &s.toks[c]
	if s.notes || c != i+1 || !s.adjacent(i, c) || !t.is(fFirstTop) || !t.is(fCountry) || t.is(fStop|fDeterminer) || pluralRelation(s.lowerTok(i)) {
		return false
	}
	if p := s.prevWord(i, 0); p < 0 || p != i-1 || !possessive(s.lowerTok(p)) {
		return false
	}
	if s.utteranceEndAfter(c) || s.isPunct(c+1, ',') {
		return true
	}
	n := c + 1
	return n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(c, n) && (s.personVerbAt(n) || s.toks[n].is(fRelation) || string(s.lowerTok(n)) == "and")
}

// kinName: in speech, the given name c right after the relative i is a
// name even where clinical shorthand spells it ("uncle sal had sugar", "my
// husband ed drives"): a given name no everyday word, credential or state
// spells, said in the same breath as the relation. Notes keep shorthand
// after a relation ("husband MD", "2 baby ASA").
func (s *scanner) kinName(i, c int) bool {
	t := &s.toks[c]
	return !s.notes && c == i+1 && s.adjacent(i, c) && t.is(fFirst) && !t.is(fCommon|fCredential|fState|fStop) &&
		(!s.cased || t.has(shCap) && !t.has(shAllCaps)) && !pluralRelation(s.lowerTok(i))
}

// missVerb: "miss" at token i is the verb, after "to", a pronoun or an
// auxiliary ("had to miss work", "did you miss school", "we'll miss
// home"), not the title of a name.
func (s *scanner) missVerb(i int) bool {
	p := s.prevWord(i, 0)
	if p < 0 || p != i-1 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "to", "i", "you", "we", "they", "he", "she", "ll", "will", "would", "did", "didnt", "dont", "do", "does", "doesnt",
		"can", "cant", "could", "couldnt", "might", "may", "must", "not", "never", "often", "also", "ever", "even":
		return true
	}
	return false
}

// causative: a verb whose object is said to be in some state after it
// ("made dad happy", "keeps mom busy").
func causative(w []byte) bool {
	switch string(w) {
	case "made", "make", "makes", "making", "keep", "keeps", "kept", "keeping":
		return true
	}
	return false
}

// monthName: a month that is also a given name (april, june, august),
// right after a relation and with no day after it: "my wife june couldn't
// come", but "my son june 3rd" and "my daughter may" (also a verb) stay.
func (s *scanner) monthName(c int) bool {
	t := &s.toks[c]
	if !t.is(fMonth) || !t.is(fFirst) || t.is(fStop) || !s.adjacent(c-1, c) {
		return false
	}
	if n := s.nextWord(c, 0); n == c+1 && (s.toks[n].kind == tkNum || s.toks[n].kind == tkAlnum || s.toks[n].is(fNumWord|fOrdWord)) {
		return false
	}
	return true
}

// modalSubject: "will" or "may" at token i is the subject of a verb said
// of a person in a form no modal takes ("will says", "may told me", "will
// usually drives"), after no pronoun ("it will said" is speech garbled).
func (s *scanner) modalSubject(i int) bool {
	if !s.modalWordAt(i) {
		return false
	}
	if p := s.prevWord(i, 0); p >= 0 && p == i-1 {
		switch string(s.lowerTok(p)) {
		case "i", "you", "we", "they", "he", "she", "it", "who", "that", "which", "this", "there":
			return false
		}
		if s.toks[p].is(fDeterminer) && string(s.lowerTok(p)) != "what" {
			return false // "the will said", "my will says" (not "see what will says")
		}
	}
	n := s.nextWord(i, 0)
	if n != i+1 || s.toks[n].kind != tkWord || !s.adjacent(i, n) {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "usually", "always", "often", "sometimes", "never", "also", "still", "just":
		if m := s.nextWord(n, 0); m == n+1 {
			n = m
		}
	}
	return s.toks[n].is(fPersonVerb) && finiteVerb(s.lowerTok(n))
}

// finiteVerb: w is a verb's form that no modal takes: the third person's
// -s or the past ("says", "drives", "said", "drove", "picked").
func finiteVerb(w []byte) bool {
	l := len(w)
	if l >= 4 && w[l-1] == 's' && w[l-2] != 's' || l >= 5 && string(w[l-2:]) == "ed" && string(w[l-3:]) != "eed" {
		return true
	}
	switch string(w) {
	case "said", "told", "came", "went", "drove", "brought", "took", "gave", "knew", "thought", "ran", "found", "got", "kept", "wrote",
		"sent", "paid", "ate", "fed", "slept":
		return true
	}
	return false
}

// modalName: "will" or "may" right after a relation is the relation's
// name when no verb a modal takes follows it but one a subject does: "my
// son will drove me", "my husband will is here", "my son will and his
// wife", "my sister may makes these", "my son will usually comes" (but "my
// son will drive me").
func (s *scanner) modalName(c int) bool {
	if s.toks[c].has(shPoss) && s.adjacent(c-1, c) && !s.toks[c-1].has(shPoss) {
		// "at my cousin may's party": a modal takes no possessive (not "my
		// mother's will's terms")
		m := string(s.lowerTok(c))
		return m == "mays" || m == "wills"
	}
	if !s.modalWordAt(c) || !s.adjacent(c-1, c) {
		return false
	}
	if s.isPunct(c+1, ',') && c+3 < len(s.toks) && s.toks[c+2].kind == tkWord && s.toks[c+3].kind == tkWord {
		// "that's my boy will, he brings me": the name set off, then taken up
		// by a pronoun and what he does (not "my son will, i think")
		switch string(s.lowerTok(c + 2)) {
		case "he", "she":
			return s.personVerbAt(c+3) || s.toks[c+3].is(fStop) && !s.toks[c+3].is(fDeterminer)
		case "hes", "shes":
			return true // "my daughter may, she's the one who calls"
		}
		return false
	}
	if s.utteranceEnds(c) && c >= 3 && string(s.lowerTok(c-3)) == "is" && possessive(s.lowerTok(c-2)) {
		return true // "this is my husband will .": a relative introduced, a modal ends no sentence so
	}
	n := s.nextWord(c, 0)
	if n != c+1 || s.toks[n].kind != tkWord {
		return false
	}
	w := string(s.lowerTok(n))
	switch w {
	case "hes", "shes", "is", "was", "and", "does", "did", "has", "here", "present":
		return true // "my son will he's four", "will does", "son will here": a modal before no clause
	case "in", "at":
		// "son will in to visit", "son will at bedside": no modal stands before
		// a preposition (but "will in turn", "may in fact", "will at least")
		if m := s.nextWord(n, 0); m == n+1 && s.toks[m].kind == tkWord {
			switch string(s.lowerTok(m)) {
			case "to", "bedside":
				return true
			}
		}
		return false
	case "usually", "always", "often", "sometimes", "never", "also", "still", "just":
		// "my son will usually comes with me": an adverb before the verb
		if m := s.nextWord(n, 0); m == n+1 && s.toks[m].kind == tkWord && s.personVerbAt(m) && inflectedVerb(string(s.lowerTok(m))) {
			return true
		}
		return false
	}
	if w == "and" || s.personVerbAt(n) && inflectedVerb(w) {
		return true // "my son will drives me", not "my wife will love that" (a modal, then the verb's base)
	}
	if t := &s.toks[n]; (t.is(fLast) || t.f&^(fRare|fPhrase) == 0 && t.kind == tkWord) && !t.is(fCommon|fStop|fNonPHI) && t.hi-t.lo >= 2 {
		return true // "my sister may lin lives in flushing": a surname, no verb
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// inflectedVerb: w is a verb's form that no modal takes before it: the
// third person's ("drives", "says") or the past ("called", "said").
func inflectedVerb(w string) bool {
	if len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's' || len(w) > 3 && strings.HasSuffix(w, "ed") {
		return true
	}
	switch w {
	case "said", "told", "came", "went", "took", "got", "gave", "brought", "drove", "made", "had", "was", "saw", "thought", "knew",
		"left", "sent", "wrote", "found", "felt", "kept", "met", "paid", "ran", "sat", "spoke", "stood", "fell", "bought", "caught",
		"taught", "held", "heard", "lost", "did", "put":
		return true
	}
	return false
}

// nameBeforeRelation: a given name introduced and then said to be a
// relation, "this is will, my husband", "meet joy, our daughter", "it's
// frank, my brother": after "is", "meet", "with", "and", "it's" or "that's"
// (or alone in the turn), a given name (even an everyday word) then a comma
// and a possessive with a relation or a role; or opening what is said
// before "is" ("grace is my daughter").
func (s *scanner) nameBeforeRelation(i int) bool {
	t := &s.toks[i]
	if !t.is(fFirst) || t.is(fDeterminer) || t.end-t.start < 3 || s.notes || s.cased && !t.has(shCap) {
		return false
	}
	if s.nameThatsRelation(i) {
		return true
	}
	bare := false // "summer my caseworker said …": no comma, as speech recognition writes it
	if !s.isPunct(i+1, ',') {
		if i+2 < len(s.toks) && possessive(s.lowerTok(i+1)) && !t.is(fStop) && !s.cased && (i == 0 || s.opensUtterance(i) || s.adjacent(i-1, i) && clauseOpener(s.lowerTok(i-1))) && !bareNot(s.lowerTok(i)) &&
			(t.is(fFirstTop) || !t.is(fCommon)) { // an everyday word must be a well-known name: not "great our nurse line is"
			bare = true
		} else if i+2 >= len(s.toks) || string(s.lowerTok(i+1)) != "is" || !t.has(shSentStart) && !s.saysBefore(i) || t.is(fStop) {
			// "grace is my daughter": the name opens what is said, then "is"
			// and whose relation
			return false
		}
	} else if p := s.prevWord(i, 1); p >= 0 && p == i-1 {
		switch string(s.lowerTok(p)) {
		case "is", "meet", "with", "and", "its", "thats", "for", "to", "about", "from":
			// ("she keeps asking for frank, my grandpa", "talk to hope, my sister")
		default:
			return false
		}
	} else if p >= 0 && !s.isPunct(i-1, ',') && !s.isPunct(i-1, ':') && !s.isPunct(i-1, '.') && !s.isPunct(i-1, ']') && s.toks[i-1].kind != tkTag {
		return false // (a speaker's label may come before: "[patient] carol, my sister")
	}
	d := s.nextWord(i, 1)
	if bare {
		d = i + 1
	} else if !s.isPunct(i+1, ',') {
		d = i + 2
	}
	if d != i+2 && !bare {
		return false
	}
	if !possessive(s.lowerTok(d)) {
		return false
	}
	r := s.nextWord(d, 0)
	if r != d+1 {
		return false
	}
	r = s.relationWordAt(r)
	return r > 0 && (s.toks[r].is(fRelation|fTitle) || bare && roleWord(s.lowerTok(r))) && !pluralRelation(s.lowerTok(r))
}

// calledEndearingly: token i, a given name (an everyday word too), is
// called to before a word of endearment set off by commas ("Hope, honey,
// can you read her the numbers?", "grace, sweetie, sit here"): someone
// spoken to by name ("hope" and "will" too: no verb stands before ", honey,").
// A word that opens what is said as a filler or a call is none ("well,
// honey, ...", "look, honey").
func (s *scanner) calledEndearingly(i int) bool {
	t := &s.toks[i]
	if t.has(shPoss|shApos) || t.is(fDeterminer|fGreeting) || s.cased && !t.has(shCap) || t.hi-t.lo < 3 || s.notes {
		return false
	}
	switch string(s.lowerTok(i)) {
	case "well", "so", "now", "look", "listen", "okay", "yes", "no", "thanks", "thank", "come", "sorry", "please", "wait", "oh":
		return false
	}
	e := i + 2
	if !s.isPunct(i+1, ',') || e+1 >= len(s.toks) || s.toks[e].kind != tkWord || !s.isPunct(e+1, ',') && !s.isPunct(e+1, '.') && !s.isPunct(e+1, '?') {
		return false
	}
	switch string(s.lowerTok(e)) {
	case "honey", "sweetie", "sweetheart", "darling", "hon", "babe", "kiddo", "mija", "mijo", "buddy":
		return true
	}
	return false
}

// kinOfName: token i, a given name in the possessive (an everyday word
// too), is whose kin the word after it names ("is this miles's mom?",
// "bill's wife called", "how's grace's daughter") or whose telephone,
// address or birthday ("Hope's cell is ..."): no article or possessive
// before it ("the baby's mom", "my boss's wife", "the patient's number"),
// the kin word one person, not a role.
func (s *scanner) kinOfName(i int) bool {
	t := &s.toks[i]
	// a modal in the possessive is a name ("will's dad"): no modal takes one
	modal := string(s.lowerTok(i)) == "wills" // (the token drops the apostrophe)
	if !t.has(shPoss) || t.hi-t.lo < 4 || t.is(fStop) && !modal || t.is(fDeterminer|fTitle|fRelation|fMonth|fWeekday|fNumWord|fClinical|fEponym) || s.cased && !t.has(shCap) || s.notes {
		return false
	}
	if p := i - 1; p >= 0 && s.toks[p].kind == tkWord && s.adjacent(p, i) && (article(s.lowerTok(p)) || s.toks[p].is(fDeterminer|fRelation|fTitle)) && !s.isThisAsked(p) {
		return false
	}
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(i, n) {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "mom", "mother", "dad", "father", "wife", "husband", "son", "daughter", "sister", "brother", "grandma", "grandmother", "grandpa",
		"grandfather", "mum", "mama", "papa", "aunt", "uncle", "niece", "nephew", "girlfriend", "boyfriend", "fiance", "fiancee", "widow", "stepdad", "stepmom",
		// or who looks after the child: "miles's teacher called", "will's coach"
		"teacher", "coach", "babysitter", "nanny", "pediatrician",
		// or whose telephone, address or birthday: "Hope's cell is 971 ...", "grace's number"
		"cell", "phone", "number", "email", "address", "birthday":
		return true
	}
	return false
}

// isThisAsked: token p is "this" or "that" asked after "is" or "was", a
// pronoun, not a determiner ("hi, is this miles's mom?").
func (s *scanner) isThisAsked(p int) bool {
	if w := string(s.lowerTok(p)); w != "this" && w != "that" || p < 1 {
		return false
	}
	q := string(s.lowerTok(p - 1))
	return q == "is" || q == "was"
}

// nameThatsRelation: a given name (an everyday word too) that what is said
// next makes a relation or a role, "asking for frank thats my grandpa",
// "grace, that's my sister", "doreen who's my aunt": "that's" or "who's",
// a possessive and a relation. Not a word that opens what is said as a
// verb or a filler ("well that's my husband", "like that's my mom").
func (s *scanner) nameThatsRelation(i int) bool {
	t := &s.toks[i]
	if s.cased && !t.has(shCap) || t.has(shPoss|shApos) || bareNot(s.lowerTok(i)) || t.is(fStop) && !t.is(fFirstTop) {
		return false
	}
	n := i + 1
	if s.isPunct(n, ',') {
		n++
	}
	if n+2 >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(n-1, n) && n == i+1 {
		return false
	}
	switch string(s.lowerTok(n)) { // (lowerTok drops the apostrophe: "that's" is "thats")
	case "thats", "whos":
	default:
		return false
	}
	d := s.nextWord(n, 0)
	if d != n+1 || !possessive(s.lowerTok(d)) {
		return false
	}
	r := s.nextWord(d, 0)
	if r != d+1 {
		return false
	}
	r = s.relationWordAt(r)
	return r > 0 && (s.toks[r].is(fRelation) || roleWord(s.lowerTok(r))) && !pluralRelation(s.lowerTok(r))
}

// bareNot: w opens what is said before "my" and a relation as a verb or
// a filler, not a name ("hope my son is okay", "like my husband said",
// "thank my wife").
func bareNot(w []byte) bool {
	switch string(w) {
	case "hope", "like", "so", "well", "just", "thank", "thanks", "love", "miss", "bless", "ask", "tell", "call", "see", "even", "only", "plus", "but", "and", "or", "then", "now", "also":
		return true
	}
	return false
}

// roleWord: w says what someone is to a patient besides kin ("summer my
// caseworker", "art my dispatcher").
func roleWord(w []byte) bool {
	switch string(w) {
	case "caseworker", "dispatcher", "boss", "supervisor", "manager", "coworker", "landlord", "landlady", "roommate", "sponsor",
		"pastor", "counselor", "therapist", "nurse", "aide", "caregiver", "neighbor", "neighbour", "friend", "tutor", "coach", "teacher":
		return true
	}
	return false
}

// relationWordAt returns the relation a word of kin at token r names
// after its prefixes ("great-granddaughter", "great great grandson",
// "step-son", "half brother"), or r itself.
func (s *scanner) relationWordAt(r int) int {
	for k := 0; k < 3 && r+1 < len(s.toks); k++ {
		switch string(s.lowerTok(r)) {
		case "great", "step", "half":
		default:
			return r
		}
		n := r + 1
		if s.isPunct(n, '-') && s.adjacent(r, n) {
			n++
		}
		if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(n-1, n) {
			return r
		}
		r = n
	}
	return r
}

// listedNext: token c is a given name that "and" or a comma and another
// word follow, a list of names.
func (s *scanner) listedNext(c int) bool {
	if !s.toks[c].is(fFirst) || c+2 >= len(s.toks) {
		return false
	}
	return (s.isPunct(c+1, ',') || string(s.lowerTok(c+1)) == "and") && s.toks[c+2].kind == tkWord
}

// pluralRelation: relations in the plural, which name people only before
// a list of names ("my sisters deb and carol"; not "children younger
// than five", "like, my parents").
func pluralRelation(w []byte) bool {
	switch string(w) {
	case "daughters", "sons", "sisters", "brothers", "kids", "children", "grandchildren", "grandsons", "granddaughters",
		"cousins", "nieces", "nephews", "parents", "friends", "neighbors", "neighbours", "grandkids":
		return true
	}
	return false
}

// roleApposition: title i is a role after a determiner ("my nurse") and a
// name set off by commas follows it; it returns the name's token, or -1.
func (s *scanner) roleApposition(i int) int {
	c := s.nextWord(i, 1)
	if p := s.roleLead(i); c < 0 || p < 0 || !s.toks[p].is(fDeterminer) || !s.apposition(c) {
		return -1
	}
	return c
}

// fromWorkplace: token i is followed by "from" and a place of work or
// service ("from the pharmacy", "from billing", "from hospice"); or by
// "at" or "in" and a desk or office of the practice, then what the person
// does ("rose at the front desk said", "hazel in billing can").
func (s *scanner) fromWorkplace(i int) bool {
	f := i + 1
	if f >= len(s.toks) || s.toks[i].is(nameNot|fClinical) {
		return false
	}
	from := string(s.lowerTok(f)) == "from"
	if !from && string(s.lowerTok(f)) != "at" && string(s.lowerTok(f)) != "in" {
		return false
	}
	w := f + 1
	if w < len(s.toks) && string(s.lowerTok(w)) == "the" {
		w++
	}
	if w >= len(s.toks) || s.toks[w].kind != tkWord {
		return false
	}
	// the place, or the kind of office it is and the place ("from the
	// navigator office")
	for k := w; k < len(s.toks) && k < w+2 && s.toks[k].kind == tkWord; k++ {
		switch string(s.lowerTok(k)) {
		case "pharmacy", "office", "clinic", "insurance", "billing", "hospice", "agency", "church", "school", "bank",
			"lab", "hospital", "practice", "front", "desk", "county", "state", "va", "vna", "registration", "scheduling":
			if from {
				return true
			}
		}
		switch string(s.lowerTok(k)) {
		case "desk", "billing", "scheduling", "registration", "reception", "records":
			// at the desk or in an office of the practice, then what the
			// person does: "june at the front desk is", not "in june at
			// the front desk" (a date opens no clause here)
			v := k + 1
			return v < len(s.toks) && s.toks[v].kind == tkWord && (s.personVerbAt(v) || deskVerb(s.lowerTok(v)))
		}
	}
	return false
}

// reachedAtDesk: the given name at token i comes right after a verb of
// reaching someone ("call", "ask", "have", "talk to", "speak with") and
// right before where a practice's staff sit ("at the front desk", "in
// billing"): "call june at the front desk", "ask for ruby in scheduling".
// Before "in our office" a preposition is enough ("send it to jasmine in
// our office"). Not "pay your bill at the front desk" (a determiner
// before the word).
func (s *scanner) reachedAtDesk(i int) bool {
	p := s.prevWord(i, 0)
	if p < 0 || p != i-1 {
		return false
	}
	byVerb := false // a verb said to whom: "talk to", "speak with"
	switch string(s.lowerTok(p)) {
	case "call", "ask", "have", "tell", "page", "text", "message", "email":
		byVerb = true
	case "to", "with", "for", "from":
		if q := s.prevWord(p, 0); q >= 0 && q == p-1 {
			switch string(s.lowerTok(q)) {
			case "talk", "speak", "ask", "reach", "out", "check":
				byVerb = true
			}
		}
	default:
		return false
	}
	a := i + 1
	if a >= len(s.toks) || s.toks[a].kind != tkWord || !s.adjacent(i, a) {
		return false
	}
	if w := string(s.lowerTok(a)); w != "at" && w != "in" {
		return false
	}
	k := a + 1
	if k < len(s.toks) && (string(s.lowerTok(k)) == "the" || string(s.lowerTok(k)) == "our") {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(k)) {
	case "front":
		return byVerb && k+1 < len(s.toks) && string(s.lowerTok(k+1)) == "desk"
	case "office":
		// "have dawn in our office call you", "send that to jasmine in our
		// office": staff where the speaker works, after any verb
		return string(s.lowerTok(k-1)) == "our"
	case "desk", "reception", "billing", "scheduling", "registration", "records", "checkout":
		return byVerb
	}
	return false
}

// pastSaid: a verb in the past tense of what staff do, which no modal
// or verb before it takes ("may said", "will called").
func pastSaid(w []byte) bool {
	switch string(w) {
	case "said", "told", "called", "sent", "gave", "wrote", "faxed", "emailed", "mailed", "texted", "mentioned", "explained", "asked":
		return true
	}
	return false
}

// nameThenRole: the given name at token i is set off by a comma and then
// said to be someone's role, the role set off in turn: "autumn, the
// therapist, will email you", "ivy, my nurse, said".
func (s *scanner) nameThenRole(i int) bool {
	d := i + 2
	bare := false
	if !s.isPunct(i+1, ',') && !s.cased && i > 0 && i+1 < len(s.toks) && (string(s.lowerTok(i+1)) == "the" || string(s.lowerTok(i+1)) == "our") && s.adjacent(i, i+1) {
		// "i'll get you in with mark the podiatrist", "with crystal our
		// sonographer": after "with", "see" or "ask", the name, then "the"
		// or "our" and the role, no commas
		switch string(s.lowerTok(i - 1)) {
		case "with", "see", "ask", "to", "have", "let", "tell":
			// ("i'll have june our dietitian see him")
			d, bare = i+1, true
		case "and":
			// "okay and gabby our ibd nurse will call you"
			if string(s.lowerTok(i+1)) == "our" {
				d, bare = i+1, true
			}
		}
	}
	if d+2 >= len(s.toks) || !bare && !s.isPunct(i+1, ',') || s.toks[d].kind != tkWord {
		return false
	}
	if w := s.lowerTok(d); string(w) != "the" && !possessive(w) {
		return false
	}
	r := d + 1
	if r+2 < len(s.toks) && s.toks[r].kind == tkWord && s.toks[r+1].kind == tkWord && s.toks[r+1].is(fTitle) && s.adjacent(r, r+1) {
		r++ // "the physical therapist", "my case manager"
	}
	if bare {
		w := string(s.lowerTok(r))
		return s.toks[r].kind == tkWord && (s.toks[r].is(fTitle) || len(w) > 6 && strings.HasSuffix(w, "ist") || w == "physio" || w == "midwife" || w == "dietitian" || w == "dietician") &&
			!s.toks[r].is(fRelation) && s.adjacent(r-1, r)
	}
	return s.toks[r].kind == tkWord && s.toks[r].is(fTitle) && !s.toks[r].is(fRelation) && s.isPunct(r+1, ',')
}

// deskVerb: a modal or a verb after staff named by where they sit ("dawn
// at the front desk can reset it", "joy in billing told me").
func deskVerb(w []byte) bool {
	switch string(w) {
	case "can", "could", "will", "would", "should", "told", "says", "said", "called", "sent", "helped", "handles", "does":
		return true
	}
	return false
}

// titleName reads the name that a title or role at token i introduces:
// set off by commas after a role ("my nurse, hope, was great"), after whose
// role and before what the person does ("my case manager sandy set it
// up"), after "is" ("my physical therapist is lance."), or right after a
// title ("dr. smith"). It returns the name's first and last tokens, the
// score and the Source, or c = 0.
func (s *scanner) titleName(i int) (c, j int, score float64, src string) {
	if s.labelsTurn(i) {
		return 0, -1, 0, "" // "Student: Good morning."
	}
	if c := s.roleApposition(i); c > i {
		return c, c, 0.85, "name/relation"
	}
	if c := s.roleThenName(i); c > i {
		return c, c, 0.85, "name/relation"
	}
	if c := i + 1; c+1 < len(s.toks) && !s.cased && !s.notes && s.toks[c].kind == tkWord && s.adjacent(i, c) && s.adjacent(c, c+1) &&
		s.toks[c].is(fFirst) && !s.toks[c].is(nameNot|fClinical) && s.toks[c+1].kind == tkWord && s.toks[c+1].is(fPersonVerb) {
		return c, c, 0.8, "name/relation" // "and coach dusty said": a role, then any given name before what a person does
	}
	if c := s.roleIsName(i); c > i {
		return c, c, 0.85, "name/relation"
	}
	if j := s.afterTitle(i); j > i {
		return i + 1 + s.punctAfter(i), j, 0.95, "name/title"
	}
	return 0, -1, 0, ""
}

// ownRole: a possessive says whose the role at token i is ("my case
// manager", "her therapist").
func (s *scanner) ownRole(i int) bool {
	p := s.roleLead(i)
	return p >= 0 && possessive(s.lowerTok(p))
}

// roleThenName returns the token after the role at token i when a
// possessive says whose role it is and a given name follows that a verb of
// what people do, or "is" or "was", follows in turn ("my case manager
// sandy set it up", "my doctor frank is retiring"); or -1. An everyday
// word must be one of the most given names ("my nurse hope says"), never a
// function word ("my therapist will call").
func (s *scanner) roleThenName(i int) int {
	c := i + 1
	v := c + 1
	if v >= len(s.toks) || s.cased || s.toks[c].kind != tkWord || !s.toks[c].is(fFirst) || s.toks[c].is(nameNot|fClinical) ||
		s.toks[c].is(fCommon) && !s.toks[c].is(fFirstTop) || s.toks[v].kind != tkWord {
		return -1
	}
	switch vw := s.lowerTok(v); {
	case s.toks[v].is(fPersonVerb):
	case string(vw) == "is" || string(vw) == "was" || string(vw) == "has" || string(vw) == "set" || string(vw) == "sees":
	default:
		return -1
	}
	if !s.ownRole(i) {
		return -1
	}
	return c
}

// roleIsName returns the token after "is", "was" or "will be" after the
// role at token i, when a possessive says whose role it is (or "the", of
// who it will be) and the word is a given name of the most given (not "my
// nurse is great") said last ("my nurse is hope.", "her therapist was
// lance", "the nurse will be faith, she …"), or -1.
func (s *scanner) roleIsName(i int) int {
	v := i + 1
	c := v + 1
	future := c+1 < len(s.toks) && string(s.lowerTok(v)) == "will" && string(s.lowerTok(c)) == "be"
	if future {
		v, c = c, c+1 // "the nurse will be faith, she covers …": who it will be
	}
	if c >= len(s.toks) || !s.toks[c].is(fFirstTop) || s.toks[c].is(nameNot|fClinical) || s.toks[c].kind != tkWord || !s.utteranceEndAfter(c) && !s.pronounClauseAt(c+1) || s.cased {
		return -1
	}
	if w := s.lowerTok(v); string(w) != "is" && string(w) != "was" && string(w) != "be" {
		return -1
	}
	if !s.ownRole(i) && !((future || s.pronounClauseAt(c+1)) && s.roleLead(i) >= 0 && string(s.lowerTok(s.roleLead(i))) == "the") {
		return -1 // (not "the nurse is grace": "the coordinator is jasmine she 'll call you")
	}
	return c
}

// roleLead returns the word before the title at token i, or before the
// everyday word or shorthand that qualifies it ("my case manager", "the
// social worker", "our home nurse", "the VNA nurse"): where a determiner
// says the title is a role. Before a courtesy title or "doctor" a
// qualifier is singular ("send the records doctor smith's" names Smith);
// before a role it may be plural ("our biologics coordinator").
func (s *scanner) roleLead(i int) int {
	p := s.prevWord(i, 0)
	if p >= 0 && p == i-1 && !s.toks[p].is(fDeterminer|fStop) && (s.toks[p].is(fCommon|fNonPHI) || s.shorthand(p)) &&
		(!bytes.HasSuffix(s.lowerTok(p), []byte("s")) || !honorific(s.lowerTok(i)) && string(s.lowerTok(i)) != "doctor") {
		if q := s.prevWord(p, 0); q >= 0 && q == p-1 && s.toks[q].is(fDeterminer) {
			return q
		}
	}
	return p
}

// fieldAfterValue: the words c..j read after the relation at token i are
// the next field of a form, not a name: its label before a colon
// ("Relationship: mother   Cell: 512…"), or the next line after the
// relation given as a field's value ("Relationship: Mother\nEmergency
// contact phone: …").
func (s *scanner) fieldAfterValue(i, c, j int) bool {
	if c == j && s.isPunct(j+1, ':') && !s.toks[c].is(fFirstTop) {
		return true
	}
	return s.toks[c].has(shNewline) && i > 0 && s.isPunct(i-1, ':')
}

// labelsTurn: the relation or role at token i labels a speaker's turn in
// a transcript ("Mother: Really grumpy.", "Student: Anything that
// helps?"): it opens a line, a colon follows, the text has speakers'
// labels, and the word after is an everyday one, which opens what is said.
// A form's field ("Mother: Grace Okafor") or a name said first stays.
func (s *scanner) labelsTurn(i int) bool {
	if s.labels == 0 || i+2 >= len(s.toks) || !s.isPunct(i+1, ':') || i > 0 && !s.toks[i].has(shNewline) {
		return false
	}
	t := &s.toks[i+2]
	if t.kind == tkWord && t.hi-t.lo == 4 && string(s.lowerTok(i+2)) == "good" && i+3 < len(s.toks) && dayPart(s.lowerTok(i+3)) {
		return true // "Interpreter: Good morning"
	}
	if t.kind != tkWord {
		return true
	}
	// a well-known name that is also a word opens what is said when a word
	// in lower case follows ("Student: Good to know"; not "Mother: Grace
	// Okafor")
	lowerAfter := i+3 < len(s.toks) && s.toks[i+3].kind == tkWord && !s.toks[i+3].has(shCap) && s.adjacent(i+2, i+3)
	// or an everyday word said alone ("Student: Good. If …"; not "Mother: Grace")
	alone := t.is(fNonPHI) && (s.isPunct(i+3, '.') || s.isPunct(i+3, '!') || s.isPunct(i+3, ','))
	return t.is(fCommon|fStop|fNonPHI) && (!t.is(fFirstTop|fLastTop) || t.is(fGreeting|fStop) || lowerAfter || alone)
}

// strangeAfterRole: right after the title at token i (said as a role, "your
// pediatrician doctor", "the nurse") comes a word no list knows but as a
// name, and no misspelling of an everyday word: the role's holder named
// ("is your pediatrician doctor oyelaran or", "the nurse quarshie came").
func (s *scanner) strangeAfterRole(i int) bool {
	c := i + 1
	if c >= len(s.toks) || !s.adjacent(i, c) || s.cased || s.notes {
		return false
	}
	t := &s.toks[c]
	return t.kind == tkWord && t.hi-t.lo >= 4 && !t.has(shPoss|shApos) && t.f&^(fRare|fNameAny|fFirstTop|fLastTop) == 0 && !s.misspelt(c)
}

// possessive: a possessive pronoun, "my" ... "their", before what someone
// is to a person ("my husband") or of their life ("her nineties").
func possessive(w []byte) bool {
	switch string(w) {
	case "my", "his", "her", "our", "their", "your":
		return true
	}
	return false
}

// apposition: token c is a given name set off by commas after a relation
// or a role: "this is my son, will", "my nurse, hope, was great". The name
// may be an everyday word (will, hope, joy, may) because the commas and
// the relation before it say it names the person; the comma must close or
// the turn end, so "my son, will you ..." stays a question. In cased text
// the name has its capital.
func (s *scanner) apposition(c int) bool {
	if c < 2 || !s.isPunct(c-1, ',') || s.toks[c].kind != tkWord || !s.toks[c].is(fFirst) || s.notes {
		return false
	}
	if s.cased && !s.toks[c].has(shCap) {
		return false
	}
	if s.adverbLy(c) {
		return false // "the manager, frankly, was rude": an adverb set off
	}
	if c+1 == len(s.toks) {
		return true
	}
	n := &s.toks[c+1]
	if n.kind != tkPunct {
		return false
	}
	switch s.text[n.start] {
	case ',', '.', '?', '!', ';':
		return true
	}
	return false
}

// adverbLy: token c is an everyday adverb in -ly that a list of given
// names holds too ("frankly"; not "kelly", "emily", well-known names).
func (s *scanner) adverbLy(c int) bool {
	t := &s.toks[c]
	return t.kind == tkWord && bytes.HasSuffix(s.lowerTok(c), []byte("ly")) && t.is(fNonPHI) && !t.is(fFirstTop)
}

// unlistedApposition: in speech, a word no list knows set off by commas
// right after "my" (or another possessive) and a relative or a role: "my
// caseworker, tembisa, called", "my nurse practitioner, oyelaran, said".
// A word the lists know must be a given name (apposition); one they do not
// is a name there, unless it is an everyday word misspelt.
func (s *scanner) unlistedApposition(i, c int) bool {
	if s.notes || s.cased || c != i+2 || c >= len(s.toks) || !s.isPunct(i+1, ',') {
		return false
	}
	t := &s.toks[c]
	if t.kind != tkWord || t.hi-t.lo < 3 || t.f&^(fRare|fPhrase) != 0 || s.misspelt(c) {
		return false
	}
	p := i - 1
	for p >= 0 && s.toks[p].kind == tkWord && (s.toks[p].is(fTitle|fRelation) || string(s.lowerTok(p)) == "social" || string(s.lowerTok(p)) == "case") && i-p < 3 {
		p-- // "my nurse practitioner", "my social worker"
	}
	if p < 0 || !possessive(s.lowerTok(p)) {
		return false
	}
	n := c + 1
	return n < len(s.toks) && (s.isPunct(n, ',') || s.isPunct(n, '.'))
}

// opensUtteranceNear: token i ("this" of "this is june") opens what is
// said, after at most a word or two that answer or greet ("yep this is
// june", "hi, this is may."): someone introduced, not the month named.
func (s *scanner) opensUtteranceNear(i int) bool {
	p := s.prevWord(i, 1)
	if p < 0 || s.toks[i].has(shNewline|shSentStart) {
		return true
	}
	switch string(s.lowerTok(p)) {
	case "yep", "yes", "yeah", "hi", "hello", "hey", "and", "so", "ok", "okay":
		return s.toks[p].has(shNewline|shSentStart) || p == 0
	}
	return false
}

// greetingOpens: what is said up to token i is a greeting: a greeting
// word, a knock, "good morning", and whom it greets by title and name,
// opening the turn or a sentence ("knock knock, it's …", "hi mr okonkwo,
// it's …").
func (s *scanner) greetingOpens(i int) bool {
	greeted := false
	for p := i - 1; p >= 0 && i-p <= 6; p-- {
		t := &s.toks[p]
		switch {
		case t.kind == tkPunct && s.text[t.start] == ',':
		case t.kind == tkWord && (t.is(fGreeting) || greetingWord(s.lowerTok(p)) || string(s.lowerTok(p)) == "knock" || string(s.lowerTok(p)) == "there"):
			greeted = true
		case t.kind == tkWord && (t.is(fTitle) || s.coveredByName(p)):
		default:
			return false
		}
		if t.has(shNewline|shSentStart) || p == 0 || s.toks[p-1].kind == tkTag || s.isPunct(p-1, ']') {
			return greeted
		}
	}
	return false
}

// afterCue handles "my name is X", "named X", "call me X", "this is X",
// "i'm X", "hi X", "thank you X".
func (s *scanner) afterCue(i int) (int, int) {
	w := s.lowerTok(i)
	if string(w) == "am" {
		// "i am hope": "i'm" said in full, in speech (or before a capital)
		if p := s.prevWord(i, 0); p < 0 || p != i-1 || string(s.lowerTok(p)) != "i" || s.cased && (i+1 >= len(s.toks) || !s.toks[i+1].has(shCap)) {
			return 0, -1
		}
		w = []byte("im")
	}
	n := s.nextWord(i, 1)
	if n < 0 || s.isPunct(n-1, '<') && s.toks[n-1].end == s.toks[n].start {
		return 0, -1 // "my name's <INAUDIBLE_SPEECH/>": a transcript's mark
	}
	nw := s.lowerTok(n)
	anyWord := false
	switch string(w) {
	case "name", "names", "named", "nickname", "called", "nicknamed":
		if s.petBefore(i) {
			return 0, -1 // "the cat's name is pickles", "my dog is named biscuit": a pet
		}
	}
	switch string(w) {
	case "name", "names", "surname", "nickname":
		// "my name is", "last name's", "the name is", "Name: …", "your name? …"
		if s.toks[i].has(shPoss) {
			anyWord = true
		} else if (s.isPunct(i+1, ':') || s.isPunct(i+1, '?')) && !s.notes && (!s.cased || s.toks[n].has(shCap)) {
			anyWord = true
			if s.isPunct(i+1, '?') {
				// "your name? PT: Gloria", "…? Speaker 2: Gloria": the next
				// speaker's label comes before the answer
				if l := s.speakerLabelEnd(n); l > n {
					if n = s.nextWord(l, 1); n < 0 {
						return 0, -1
					}
					nw = s.lowerTok(n)
				}
			}
			if string(nw) == "its" || string(nw) == "thats" {
				n = s.nextWord(n, 1) // "your surname? it's k o v a c s"
				if n < 0 {
					return 0, -1
				}
			}
		} else if string(nw) == "is" || string(nw) == "was" {
			n = s.nextWord(n, 1)
			for k := 0; k < 2 && n > 0 && s.isFiller(n); k++ {
				n = s.nextWord(n, 1) // "the man's name is, uh, sunny, he's very sweet"
			}
			// "the name is familiar": only "my name is", "her last name was"
			// take any word; after an article a name must look like one
			anyWord = !s.articleBefore(i)
		} else if string(w) == "surname" || string(w) == "nickname" {
			anyWord = true
		} else if s.partOfNameBefore(i) && !s.articleBefore(i-1) && n == i+1 && s.toks[n].kind == tkWord && (!s.toks[n].is(fStop|fDeterminer) || s.modalWordAt(n)) && (s.turnEndsAfter(n) || s.isPunct(n+1, ',') || s.isPunct(n+1, '.')) {
			anyWord = true // "it's k o w a l s k i, first name frank", "last name king, first name grace"
		} else {
			return 0, -1
		}
	case "named", "nicknamed", "aka":
		anyWord = true
		switch string(nw) {
		case "him", "her", "them":
			// "we named him river": the name comes after the one named
			if n = s.nextWord(n, 0); n < 0 || n != i+2 {
				return 0, -1
			}
			// one word where what is said ends is the name, whatever else
			// it is: "we named her april.", "we named him miles."
			if t := &s.toks[n]; t.kind == tkWord && !t.is(fStop|fDeterminer|fNumWord) && s.utteranceEndAfter(n) && (!s.cased || t.has(shCap)) {
				return n, n
			}
		}
	case "called":
		if placeAdverb(nw) || timeAdverb(nw) {
			return 0, -1 // "the office called back", "she called again": telephoned
		}
		switch string(nw) {
		case "me", "him", "her":
			// "everybody called me sparky", "they called him red": what
			// people called someone, said last
			if !s.callNickname(i, n) {
				return 0, -1
			}
			return n + 1, n + 1
		}
		if p := s.prevWord(i, 0); p >= 0 && p == i-1 && thingCalled(s.lowerTok(p)) {
			return 0, -1 // "a medication called zorvexa", "we can try one called phexxi": a thing's name
		}
		if s.thingNamedAt(i) {
			return 0, -1
		}
		// in notes "called" is mostly telephoned: "HO called- KCL 40 meq",
		// "I CALLED IV THERAPY": there only a given name follows as a name
		if s.notes || n != i+1 {
			if t := &s.toks[n]; n != i+1 || !t.is(fFirst) || t.is(nameNot|fCommon|fNonPHI|fClinical) {
				return 0, -1
			}
		}
		anyWord = !s.toks[n].is(fCommon | fNonPHI)
	case "call", "calls":
		switch string(nw) {
		case "me":
		case "him", "her":
			// "we call her bunny", "everyone calls him tiny": what people
			// call someone, said last; not "i'll call her back"
			if !s.callNickname(i, n) {
				return 0, -1
			}
			return n + 1, n + 1
		default:
			if n != i+1 || !s.callName(n) {
				return 0, -1
			}
			return n, n
		}
		n = s.nextWord(n, 1)
		if n > 0 && s.isPunct(n-1, '.') || n > 0 && s.isPunct(n-1, '?') || n > 0 && s.isPunct(n-1, '!') {
			return 0, -1 // "call me . certainly, …": the sentence ended
		}
		if n < 0 {
			return 0, -1
		}
		if nt := &s.toks[n]; nt.is(fCommon) && !nt.is(fFirst) && !(s.cased && nt.has(shCap) && !nt.has(shSentStart)) {
			return 0, -1 // "call me back", "she calls me often": the telephone
		}
		anyWord = true
	case "as":
		// "i have you as teishek mendoza", "we have her down as …"
		p := s.prevWord(i, 0)
		if p < 0 || !strings.Contains(" you him her them down ", " "+string(s.lowerTok(p))+" ") {
			return 0, -1
		}
		if pp := s.prevWord(p, 0); p >= 0 && string(s.lowerTok(p)) != "down" && (pp < 0 || !strings.Contains(" have has got had ", " "+string(s.lowerTok(pp))+" ")) {
			return 0, -1
		}
		anyWord = true
	case "tell", "ask":
		// "tell xendix i said hello", "ask grace": a name, or a word no list knows
		if string(w) == "ask" && string(nw) == "for" && n == i+1 {
			// "ask for pat in billing": a given name, even a word, not "ask for help"
			if m := n + 1; m < len(s.toks) && s.adjacent(n, m) && s.toks[m].kind == tkWord && s.toks[m].is(fFirst) && !s.toks[m].is(nameNot) && !s.notes && !s.objectAfter(m) {
				return m, s.moreName(m)
			}
			return 0, -1
		}
		nt := &s.toks[n]
		if nt.is(nameNot) || !(nt.is(fFirst) && (!nt.is(fCommon) || nt.is(fFirstTop)) || nt.kind == tkWord && nt.f&^(fRare|fPhrase) == 0 && nt.end-nt.start >= 3) {
			return 0, -1
		}
	case "this", "its", "im":
		if string(w) == "this" && string(nw) != "is" {
			// "[staff] hi, is this hope? [caller] …": who answers the telephone
			if p := s.prevWord(i, 0); p >= 0 && p == i-1 && string(s.lowerTok(p)) == "is" && n == i+1 && s.phoneName(n) && s.turnEndsAfter(n) && s.opensUtterance(p) {
				return n, n
			}
			return 0, -1
		}
		if string(w) == "this" {
			n = s.nextWord(n, 1)
		}
		// "hi this is june calling from …", "it's june from riverbend home
		// health", "office of doctor okafor, this is sunny [patient] …":
		// who calls, visits or answers, by a given name even if it is also
		// a word
		want := i + 1
		if string(w) == "this" {
			want = i + 2
		}
		if n > 0 && n == want && s.phoneName(n) && string(w) == "its" && !s.toks[n].is(fMonth) && !seasonWord(s.lowerTok(n)) && s.greetingOpens(i) {
			// "knock knock, it's faith from compassus hospice", "hi mr
			// okonkwo, it's faith.": who visits, greeting first, by a given
			// name that is also a word
			if m := n + 1; m < len(s.toks) && s.toks[m].kind == tkWord && (string(s.lowerTok(m)) == "from" || string(s.lowerTok(m)) == "with") || s.turnEndsAfter(n) || s.isPunct(n+1, ',') {
				return n, s.moreName(n)
			}
		}
		if n > 0 && n == want && s.phoneName(n) && (string(w) == "this" || s.toks[n].is(fFirstTop) || !s.toks[n].is(fCommon)) {
			if m := n + 1; m < len(s.toks) && s.toks[m].kind == tkWord && callerAfter(s.lowerTok(m)) && !seasonWord(s.lowerTok(n)) || string(w) == "this" && s.turnEndsAfter(n) && (!s.toks[n].is(fNonPHI|fMonth) || s.toks[n].is(fMonth) && s.toks[n].is(fFirstTop) && s.opensUtteranceNear(i)) {
				return n, s.moreName(n)
			}
			if string(w) == "this" && s.isPunct(n+1, ',') && !seasonWord(s.lowerTok(n)) && s.callerSaysWhy(n+2) {
				return n, n // "hi this is april, i'm calling about my dad"
			}
			if m := n + 1; string(w) == "this" && m+1 < len(s.toks) && s.adjacent(n, m) && (string(s.lowerTok(m)) == "a" || string(s.lowerTok(m)) == "your") &&
				s.toks[m+1].kind == tkWord && s.toks[m+1].is(fTitle) && !s.toks[m+1].is(fRelation) && !seasonWord(s.lowerTok(n)) {
				return n, n // "this is june a nurse with …", "this is hope your therapist": who calls, then the role
			}
		}
		if string(w) == "im" && n > 0 && n == i+1 && s.phoneName(n) && (s.careIntroAfter(n) || s.roleAfterIntro(n)) {
			return n, n // "hi i'm sunny, i'll be your nurse tonight", "i'm patience, i'm her niece"
		}
		if s.toks[i].has(shPoss) {
			return 0, -1 // "it's" introduces only who calls or visits ("it's june from …"), not "it's Metformin?", "it's AB one CB two"
		}
		if n < 0 {
			return 0, -1
		}
		// "i'm maria", "i'm victor", "i'm kallust": a given name (even one
		// that is also a word, if it is a well-known one) or a word no list
		// knows; not "i'm fine"
		nt := &s.toks[n]
		if string(w) == "this" && nt.is(fUnit) && s.phoneName(n) && (s.utteranceEndAfter(n) || s.isPunct(n+1, ',')) {
			return n, n // "This is Miles. He drove me.": a given name that is a unit, with its capital (not "This is 5 Miles")
		}
		given := nt.is(fFirst) && !nt.is(nameNot|fEponym) && (!nt.is(fCommon|fNonPHI) || nt.is(fFirstTop))
		unknown := nt.kind == tkWord && nt.f&^(fRare|fPhrase) == 0 && nt.end-nt.start >= 3
		if !(given || unknown || s.cased && nt.has(shCap) && s.nameish(n, true)) {
			return 0, -1
		}
		if m := n + 1; nt.is(fCommon) && m < len(s.toks) && s.adjacent(n, m) && adjectiveObject(s.lowerTok(m)) {
			return 0, -1 // "i'm frank about it", "i 'm frank with you": the adjective
		}
	case "thank":
		if string(nw) != "you" {
			return 0, -1
		}
		fallthrough
	default: // greetings: "hi mark", "thanks, Grace", "thank you so much, ana"
		g := i // the greeting's last word
		if string(w) == "thank" {
			g = n
		}
		if m := s.nextWord(g, 0); m == g+1 && (string(s.lowerTok(m)) == "very" || string(s.lowerTok(m)) == "so") {
			if h := s.nextWord(m, 0); h == m+1 && string(s.lowerTok(h)) == "much" {
				g = h
			}
		}
		if g > i {
			n = s.nextWord(g, 1)
		}
		if n < 0 || n > g+2 || n == g+2 && !s.isPunct(g+1, ',') {
			return 0, -1
		}
		// "good evening, Ana"; but "this evening ABG 7.48", "this morning BS coarse"
		switch string(w) {
		case "morning", "afternoon", "evening":
			if p := s.prevWord(i, 0); p < 0 || string(s.lowerTok(p)) != "good" {
				return 0, -1
			}
		}
		t := &s.toks[n]
		if t.is(fMonth) && t.is(fFirstTop) && !t.is(fStop) && !s.cased && n == g+1 {
			// "hi june, how's the baby": a month greeted is a name (not
			// "hi, june fifth works", "thanks june 2nd")
			switch string(w) {
			case "hi", "hey", "hello", "bye", "thanks", "thank":
				if m := n + 1; m >= len(s.toks) || !s.toks[m].is(fNumWord|fOrdWord) && s.toks[m].kind != tkNum && s.toks[m].kind != tkAlnum {
					return n, n
				}
			}
		}
		// cased text greets a given name that is a unit by its capital
		// ("Hi Miles."; not "hi miles" nor "Hi, 5 Miles")
		unitName := s.capitalUnitName(n) && !t.is(fStop|fMonth|fTitle|fRelation|fDeterminer) && n == g+1
		if t.is(nameNot) && !unitName || !(t.is(fFirst) && (!t.is(fCommon) || t.is(fFirstTop)) || s.cased && t.has(shCap) && s.nameish(n, true) && !t.is(fCommon)) {
			return 0, -1
		}
		if s.wishVerb(n) {
			return 0, -1 // "thanks, hope you feel better", "hi hope all is well": the verb, its subject dropped
		}
		if unitName {
			return n, n
		}
	case "spelled", "spell", "spells":
		switch string(nw) {
		case "it", "that", "this", "out", "as", "its", "thats":
			n = s.nextWord(n, 1) // "spell it m o r r i s", "spelled out, k a y"
		}
		if n < 0 || s.toks[n].end-s.toks[n].start != 1 {
			return 0, -1
		}
		if j := s.spelled(n); j > n {
			return n, j
		}
		return 0, -1
	}
	if n < 0 {
		return 0, -1
	}
	if w := string(s.lowerTok(n)); (w == "spelled" || w == "spelt") && n+1 < len(s.toks) {
		if n = s.nextWord(n, 1); n < 0 {
			return 0, -1 // "last name is spelled o s t r o w s k i": the letters, not the verb
		}
	}
	if s.toks[n].end-s.toks[n].start == 1 { // "my name is m a r t h a", "s as in sam …"
		if j := s.spelled(n); j > n {
			return n, j
		}
	}
	// "my name is will", "name's may", "her name is april", "everyone calls
	// me bud": after the name cue, a given name that is also a function
	// word, a filler or a month, at the end of what is said
	if anyWord && (string(w) == "name" || string(w) == "names" || (string(w) == "call" || string(w) == "calls") && s.toks[n-1].kind == tkWord) &&
		s.toks[n].kind == tkWord && s.toks[n].is(fFirst) && (s.utteranceEndAfter(n) || !s.toks[n].is(fTitle|fRelation) && s.surnameOrVagueAfter(n)) {
		return n, s.moreName(n)
	}
	if !s.nameish(n, !anyWord) || s.eponymHere(n) && (!anyWord || string(w) == "called") { // "which is called Addison's disease"
		// "my name is m a r t h a"
		if j := s.spelled(n); j > n {
			return n, j
		}
		return 0, -1
	}
	j := n
	if anyWord {
		for k := n + 1; k < len(s.toks) && k-n < 3; k++ {
			if !s.adjacent(k-1, k) || !s.nameish(k, false) || s.toks[k].is(fCommon) && !s.toks[k].is(fNameAny) && !(s.cased && s.toks[k].has(shCap)) || s.formLabel(k) || placeAdverb(s.lowerTok(k)) || s.whenOpens(k) ||
				string(s.lowerTok(k)) == "like" && k+1 < len(s.toks) && string(s.lowerTok(k+1)) == "the" {
				break
			}
			j = k
		}
	} else {
		j = s.moreName(n)
	}
	return n, j
}

// surnameOrVagueAfter: after the given name at token n comes a surname no
// everyday word spells, "something" for one not remembered ("her name was
// april something", "april mcdonough"), or a new clause run on with its
// subject ("his name is will he's out in the car").
func (s *scanner) surnameOrVagueAfter(n int) bool {
	m := n + 1
	if m >= len(s.toks) || !s.adjacent(n, m) || s.toks[m].kind != tkWord {
		return false
	}
	t := &s.toks[m]
	switch string(s.lowerTok(m)) {
	case "something", "hes", "shes", "he", "she", "theyre":
		return true // "my husband's name is will he's out in the car": a run-on clause after the name
	}
	return t.is(fLast) && !t.is(fCommon|nameNot) && t.hi-t.lo >= 4
}

// moreName extends a name from token c over following name-list words.
func (s *scanner) moreName(c int) int {
	j := c
	for k := c + 1; k < len(s.toks) && k-c < 3; k++ {
		t := &s.toks[k]
		if t.kind != tkWord || !t.is(fNameAny) || t.is(nameNot) || s.formLabel(k) || s.whenOpens(k) || s.roleWordAfter(k) || correctionWord(s.lowerTok(k)) || !s.cased && t.has(shNewline) {
			break // ("my husband rowan wait no": a correction, no surname; in speech a line is a turn)
		}
		if (t.is(fCommon) && !(s.cased && t.has(shCap)) || s.eponymHere(k)) && !s.commonSurnameAfter(c, k) {
			break
		}
		j = k
	}
	return j
}

// whenOpens: token k opens when something was or will be ("named ahmed
// last week", "saw june next monday"): "last", "next" or "this" before a
// word of time.
func (s *scanner) whenOpens(k int) bool {
	switch string(s.lowerTok(k)) {
	case "last", "next", "this":
	default:
		return false
	}
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return false
	}
	if s.toks[n].is(fWeekday | fMonth) {
		return true
	}
	switch string(s.lowerTok(n)) {
	case "week", "weekend", "month", "year", "night", "time", "morning", "afternoon", "evening", "summer", "winter", "spring", "fall":
		return true
	}
	return false
}

// commonSurnameAfter: in speech, token k right after the given name c is
// a surname that is an everyday word too ("kwame bell and he set it up",
// "priya stone said"): the given name is no everyday word, and what is said
// pauses or goes on to what the person does after the surname.
func (s *scanner) commonSurnameAfter(c, k int) bool {
	if k != c+1 || s.cased || s.notes || !s.adjacent(c, k) {
		return false
	}
	g, t := &s.toks[c], &s.toks[k]
	if !g.is(fFirst) || g.is(fCommon|fNonPHI|fStop|fCity|fState) || !t.is(fLast) || t.is(fNonPHI|fStop|fDeterminer|fUnit|fMeasure|fClinical|fMonth|fWeekday|fRelation|fTitle|fGreeting|fState|fCountry) || t.hi-t.lo < 3 {
		return false
	}
	if s.utteranceEndAfter(k) {
		return true
	}
	n := k + 1
	return s.toks[n].kind == tkWord && s.adjacent(k, n) && (s.personVerbAt(n) || callerAfter(s.lowerTok(n)))
}

// formLabel: token k is an everyday word with a colon right after it, the
// label of a form's next field ("Name: Asa Laine Phone: ...", "LISA RE:").
func (s *scanner) formLabel(k int) bool {
	return s.toks[k].is(fCommon|fNonPHI) && k+1 < len(s.toks) && s.isPunct(k+1, ':') && s.toks[k+1].start == s.toks[k].end
}

// scoreAfter: the eponym's surname at token i is a score's, its value
// right after it ("Braden 14", "Ranson 5"): a number of one or two digits,
// with no title or given name before the surname ("Dr. Braden 14" is
// still a person).
func (s *scanner) scoreAfter(i int) bool {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind != tkNum || s.toks[n].end-s.toks[n].start > 2 || !s.adjacent(i, n) || s.isPunct(n+1, '-') && s.adjacent(n, n+1) {
		return false
	}
	p := s.prevWord(i, 1)
	return p < 0 || !s.toks[p].is(fTitle|fFirst) || s.toks[p].is(fStop|fDeterminer|fClinical)
}

// eponymThenSurname: the eponym at token c is a given name before a
// surname that is no eponym, no head of one and no everyday word ("my
// uncle, osgood bellamy"; not "my dad's osgood schlatter").
func (s *scanner) eponymThenSurname(c int) bool {
	t, n := &s.toks[c], c+1
	if !t.is(fFirst) || t.has(shPoss) || n >= len(s.toks) || !s.adjacent(c, n) || s.toks[n].kind != tkWord {
		return false
	}
	u := &s.toks[n]
	return u.is(fLast) && !u.is(fEponym|fEpoHead|fEpoSurname|fCommon|fNonPHI|fClinical|fStop) && u.hi-u.lo >= 3 && (!s.cased || t.has(shCap) == u.has(shCap))
}

// eponymHere: token i is a clinical eponym, or a name-list word followed by
// a clinical head ("bell's palsy", "foley catheter", "graves disease").
func (s *scanner) eponymHere(i int) bool {
	t := &s.toks[i]
	if t.is(fEponym) {
		return true
	}
	if l := t.hi - t.lo; (l == 7 || l == 5) && t.is(fEpoSurname) && (string(s.lowerTok(i)) == "braxton" && i+1 < len(s.toks) && string(s.lowerTok(i+1)) == "hicks" ||
		string(s.lowerTok(i)) == "hicks" && i > 0 && string(s.lowerTok(i-1)) == "braxton") {
		return true // "braxton hicks": contractions named after who described them, said alone
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].hi-s.toks[n].lo == 4 && string(s.lowerTok(n)) == "wort" && s.adjacent(i, n) ||
		n+1 < len(s.toks) && s.toks[n].has(shPoss) && string(s.lowerTok(n+1)) == "wort" {
		return true // "St John's wort": a herb named after a saint
	}
	// a name that runs on from an eponym: "Charcot Marie Tooth", "Guillain
	// Barre" (the hyphenated forms are read below)
	if p := i - 1; p >= 0 && s.toks[p].kind == tkWord && s.toks[p].is(fEponym) && s.adjacent(p, i) && s.toks[p].end < s.toks[i].start &&
		(!s.cased || s.toks[i].has(shCap) == s.toks[p].has(shCap)) {
		return true
	}
	// "a positive Simmonds test", "negative Hawkins sign": a test or a sign
	// found positive or negative is named after who described it, listed
	// or not
	if p := i - 1; p >= 0 && s.toks[p].kind == tkWord && s.toks[p].hi-s.toks[p].lo == 8 {
		if pw := string(s.lowerTok(p)); pw == "positive" || pw == "negative" {
			n := i + 1
			if s.isPunct(n, '\'') && s.adjacent(i, n) {
				n++ // "Simmonds' test"
			}
			if n < len(s.toks) && s.toks[n].kind == tkWord {
				switch string(s.lowerTok(n)) {
				case "test", "sign", "maneuver", "manoeuvre", "reflex", "score":
					return true
				}
			}
		}
	}
	// a surname, a town or a word no list holds, and no list of eponyms, before a
	// head only an eponym takes ("no Levine sign", "Koplik spots", "Tietze's
	// syndrome", "hoehn and yahr stage") or a named instrument's head a few
	// everyday words on ("the bristol stool chart", "the rome four
	// criteria"); not after a title, a relation or whose ("Mrs Ward's
	// disease", "my Parker's syndrome")
	if s.any(fEpoHead) && (t.is(fLast|fCity|fCounty) || t.f&^(fRare|fPhrase) == 0) && !t.is(fStop|fDeterminer|fTitle|fRelation) && (s.strongEpoHeadAfter(i) || s.instrumentAfter(i)) && !s.whoseBefore(i) {
		return true
	}
	if t.is(fEpoSurname) {
		if n := s.nextWord(i, 0); n >= 0 && s.toks[n].is(fEpoHead) && n <= i+2 || s.beforeEpoHead(i) || s.scoreAfter(i) {
			return true
		}
		// before an eponym it is part of: "lou gehrig's", "osgood
		// schlatter", "west nile"
		if n := i + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fEponym) && s.adjacent(i, n) && (!s.cased || s.toks[n].has(shCap) == t.has(shCap)) {
			return true
		}
		// a disease's eponym said again without its head: "Gilbert's
		// syndrome … Gilbert's? … not because of Gilbert's itself"
		if (t.has(shPoss) || s.isPunct(i+1, '\'') && s.toks[i+1].start == t.end) && s.eponymWithHeadElsewhere(i) {
			return true
		}
		// a thing after an article: "i had a hickman as a kid", "the
		// foley" (a person takes no article)
		if p := i - 1; p >= 0 && s.toks[p].kind == tkWord && s.adjacent(p, i) && !s.cased {
			if pw := string(s.lowerTok(p)); pw == "a" || pw == "an" || pw == "the" {
				return true
			}
		}
		// a disease by its eponym's possessive alone, had or diagnosed:
		// "she has addison's, so", "diagnosed with wilson's"; not "she
		// has addison's number" (something of a person's)
		if p := i - 1; t.has(shPoss) && p >= 0 && s.toks[p].kind == tkWord && s.adjacent(p, i) && s.clauseEndsAfter(i) {
			switch string(s.lowerTok(p)) {
			case "has", "have", "had", "having", "with", "for":
				return true
			}
		}
		// a disease in a history, or treated: "hx of Addison's on
		// fludrocortisone", "h/o graves'", "parkinson's on sinemet"; not
		// "addison's on the phone" (she is), "history of addison's mother"
		if t.has(shPoss) && (s.historyOfBefore(i) && (s.clauseEndsAfter(i) || s.treatedOnAfter(i, false)) || s.treatedOnAfter(i, !s.cased)) {
			return true
		}
		// one word between: "weber c level", "fitzpatrick skin type"; or a
		// second eponym's surname: "braxton hicks contractions"
		if n := s.nextWord(i, 0); n == i+1 && (!s.toks[n].is(fStop|fDeterminer|fNameAny&^fCommon) || s.toks[n].is(fEpoSurname) && s.adjacent(i, n)) {
			if h := s.nextWord(n, 0); h == n+1 && s.toks[h].is(fEpoHead) {
				return true
			}
		}
	}
	// hyphenated eponyms: "wolff-parkinson-white", "stevens-johnson
	// syndrome": a chain of words joined by hyphens before a clinical head
	a, b := i, i
	for a >= 2 && s.isPunct(a-1, '-') && s.toks[a-2].kind == tkWord && s.toks[a-2].end == s.toks[a-1].start && s.toks[a-1].end == s.toks[a].start {
		a -= 2
	}
	for b+2 < len(s.toks) && s.isPunct(b+1, '-') && s.toks[b+2].kind == tkWord && s.toks[b].end == s.toks[b+1].start && s.toks[b+1].end == s.toks[b+2].start {
		b += 2
	}
	if a == b {
		return false
	}
	epoAll := true
	for k := a; k <= b; k += 2 {
		if s.toks[k].is(fEponym) {
			return true
		}
		epoAll = epoAll && s.toks[k].is(fEpoSurname)
	}
	if epoAll {
		// "Epstein-Barr", "Osgood-Schlatter": every part an eponym's surname,
		// with no given name or title before it ("Anna Smith-Jones", "Dr.
		// Hill-Baker")
		if p := s.prevWord(a, 1); p < 0 || !s.toks[p].is(fFirst|fTitle|fRelation) || s.toks[p].is(fStop|fDeterminer) {
			return true
		}
	}
	// a hyphenated pair of names before a clinical head, perhaps with one
	// word between: "stevens-johnson syndrome", "lambert-eaton myasthenic
	// syndrome"
	n := s.nextWord(b, 0)
	if n >= 0 && !s.toks[n].is(fEpoHead) && !s.toks[n].is(fStop) {
		n = s.nextWord(n, 0)
	}
	return n >= 0 && s.toks[n].is(fEpoHead) || s.beforeEpoHead(b)
}

// mayNameAlone is a cheap test on word token t that is false only when
// standaloneName and namePair cannot take it for a name: it is in no name
// list, it has a flag other than fRare and fPhrase (so nameScore reads it
// as no surname after an initial), and it is no capitalised word of cased
// text that nameScore could take for an unknown name. givenInitial and
// namePair need a given name. Keep it in step with them;
// TestMayNameAlone checks it on every example and corpus text.
func (s *scanner) mayNameAlone(t *token) bool {
	return t.is(fNameAny) || t.f&^(fRare|fPhrase) == 0 || s.cased && t.has(shCap) && !t.has(shAllCaps) && !t.is(fCommon|fNonPHI)
}

// askedWhetherCalled: in lower-case speech the given name at token i is
// asked about between an auxiliary and what only a person does to someone
// ("did ana call you", "has kwame texted", "can sam drive you home"): the
// person, even when the word is also shorthand ("ana"); a lab test's
// result comes back, it does not call.
func (s *scanner) askedWhetherCalled(i int) bool {
	t := &s.toks[i]
	if s.cased || s.notes || !t.is(fFirst) || t.is(fStop|fMonth|fWeekday|fTitle|fRelation|fNumWord|fGreeting) || t.is(fCommon) && !t.is(fFirstTop) || i == 0 || i+1 >= len(s.toks) {
		return false
	}
	p, n := i-1, i+1
	if s.toks[p].kind != tkWord || s.toks[n].kind != tkWord || !s.adjacent(p, i) || !s.adjacent(i, n) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "did", "does", "do", "has", "had", "can", "could", "would", "should", "didnt", "doesnt", "hasnt", "cant", "wont", "will":
	default:
		return false
	}
	switch string(s.lowerTok(n)) {
	case "call", "called", "text", "texted", "ring", "rang", "phone", "phoned", "email", "emailed", "tell", "told", "mention", "mentioned",
		"drive", "drove", "pick", "visit", "visited", "ask", "asked", "say", "said", "explain", "explained", "message", "messaged":
		return true
	}
	return false
}

// standaloneName scores a word with no cue around it: a name-list word that
// is not a common word, or, in cased text, a capitalised name-list or
// unknown word in mid-sentence.
func (s *scanner) standaloneName(i int) float64 {
	if s.givenInitial(i) {
		return 0.85
	}
	if t := &s.toks[i]; t.hi-t.lo == 4 && s.wishVerb(i) && !(s.cased && t.has(shCap) && !t.has(shSentStart)) {
		return 0 // "thanks hope you feel better": the verb, its subject dropped (not "I told Hope you called")
	}
	if s.askedWhetherCalled(i) {
		return 0.8
	}
	score := s.nameScore(i)
	if score == 0 {
		return 0
	}
	// "neice", "burgandy", "fetanyl": a word misspelt, not a rare name
	// (notes capitalise drugs and devices too: "Hold Captoril", "Banadryl given")
	// (a word said to someone is a name however close to a word:
	// "Warrane, can I …"; a misspelt label is a heading: "Adendum:")
	t := &s.toks[i]
	if !s.cased && t.is(fCommon) && s.thingAfterDeterminer(i) {
		return 0 // "the electric bill went up": a thing
	}
	if s.countrySaid(i) {
		return 0 // "his family is still in jordan": the country
	}
	if s.carSaid(i) {
		return 0 // "it's a grey honda", "my old ford": a car
	}
	if p := i - 1; p >= 0 && s.toks[p].kind == tkWord && s.adjacent(p, i) && !s.toks[p].is(fNameAny|fCommon|fStop) && clinicalTerms()[string(s.lowerTok(p))] && clinicalTerms()[string(s.lowerTok(i))] {
		return 0 // "pityriasis rosea": a disease's second word
	}
	midCap := s.cased && !s.notes && t.has(shCap) && !t.has(shAllCaps) && !t.has(shSentStart)
	if midCap && !s.addressed(i) && !t.is(fFirstTop|fLastTop) && !s.afterGivenName(i) && s.misspeltDrug(i) {
		return 0 // "I tried Paracetemol, but"
	}
	if midCap && t.f&^(fRare|fPhrase) == 0 && s.productSaid(i) {
		return 0 // "doing on the Ocrevus?", "the Vivitrol shot": a brand, not a person
	}
	// a word no list knows after an initial is a surname, not a word
	// misspelt: "B. KARGAS" (nameScore has checked the initial)
	initialled := t.f&^(fRare|fPhrase) == 0 && s.isPunct(i-1, '.') && s.initialBefore(i)
	if !t.is(fFirstTop|fLastTop) && !midCap && !initialled && !s.afterGivenName(i) && !(t.is(fFirst) && !s.notes && s.greetedName(i)) && s.misspelt(i) &&
		!(s.cased && !s.notes && t.has(shSentStart) && !t.is(fNameAny|fCommon|fClinical) && !s.isPunct(i+1, ':') && s.foreignNameStart(i)) &&
		!(s.cased && t.has(shSentStart) && t.is(fFirst) && !t.is(fCommon) && s.sentenceStartName(i)) { // "Eamon said …"
		return 0
	}
	return score
}

// productSaid: the word at token i, capitalised and known to no list, is
// said as a thing: right after "the" and before a pause ("doing on the
// Ocrevus?", "Yes, the Onpro."; not "the Okonkwo family", "the Dratchev
// novel", "the QuickCare in Southgate"), or before a word for a dose, a
// device or an app ("the Vivitrol shot", "NeilMed rinses").
func (s *scanner) productSaid(i int) bool {
	n := i + 1
	if n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(i, n) && productNoun(s.lowerTok(n)) {
		return true
	}
	p := i - 1
	if p < 0 || !s.adjacent(p, i) || s.toks[p].kind != tkWord || string(s.lowerTok(p)) != "the" {
		return false
	}
	return !s.toks[i].has(shPoss) && (n >= len(s.toks) || s.toks[n].kind == tkPunct && s.text[s.toks[n].start] != '(')
}

// productNoun: w names a dose form, a device or an app after its brand
// ("the Vivitrol shot", "Dexcom sensor").
func productNoun(w []byte) bool {
	switch string(w) {
	case "shot", "shots", "injection", "injections", "infusion", "infusions", "pill", "pills", "tablet", "tablets", "capsule", "capsules",
		"cream", "ointment", "gel", "lotion", "patch", "patches", "pen", "pens", "pump", "inhaler", "rinse", "rinses", "spray", "drops",
		"film", "sensor", "sensors", "monitor", "machine", "mask", "device", "app", "generic", "dose", "doses", "packet", "packets":
		return true
	}
	return false
}

// thingAfterDeterminer: token i follows a determiner and an everyday word
// that describes it ("the electric bill", "my phone bill", "a big will"):
// a thing, not a person named.
func (s *scanner) thingAfterDeterminer(i int) bool {
	p := i - 1
	if p < 1 || !s.adjacent(p, i) || s.toks[p].kind != tkWord || !s.toks[p].is(fCommon) || s.toks[p].is(fNameAny&^fCommon|fRelation|fTitle|fNameCue|fStop|fNumWord) {
		return false
	}
	if string(s.lowerTok(p)) == "dear" {
		return false // "my dear john"
	}
	d := p - 1
	return s.adjacent(d, p) && s.toks[d].kind == tkWord && (s.toks[d].is(fDeterminer) || possessive(s.lowerTok(d)))
}

// personContext: lower-case speech puts the well-known given name at
// token i (also a word: john, maria, grace) where only a person stands,
// p and n being the words around it:
//   - with a first person: "maria and i", "me and john", "john and me";
//   - asked about as a relative: "is maria your daughter", "is grace
//     his wife";
//   - the subject of a question about what someone does: "did john come
//     with you", "does maria live with you";
//   - seen, told or met, where the turn ends or a word of when follows:
//     "i saw grace yesterday", "i told john."
func (s *scanner) personContext(i, p, n int) bool {
	var pw, nw string
	if p >= 0 && p == i-1 {
		pw = string(s.lowerTok(p))
	}
	if n == i+1 {
		nw = string(s.lowerTok(n))
	}
	switch {
	case nw == "and":
		if pw != "" && s.toks[p].is(fDeterminer) {
			return false // "the bill and i"
		}
		switch pw {
		case "all", "so", "very", "too", "really", "pretty", "more", "less", "kinda", "was", "got", "gets", "is", "felt", "feels":
			return false // "the floor was all sandy and i slipped": how something is
		}
		switch pw {
		case "i", "we", "you", "they", "he", "she":
			return false // "i hope and i pray": a verb after its subject
		}
		m := s.nextWord(n, 0)
		return m == n+1 && (string(s.lowerTok(m)) == "i" || string(s.lowerTok(m)) == "me")
	case pw == "and":
		q := s.prevWord(p, 0)
		return q >= 0 && q == p-1 && string(s.lowerTok(q)) == "me"
	case pw == "is" || pw == "was":
		// "is maria your daughter": a possessive and a relation follow
		if !possessive([]byte(nw)) {
			return false
		}
		r := s.nextWord(n, 0)
		return r == n+1 && s.toks[r].is(fRelation) // "is faith your sister" too: a title that is a relation
	case pw == "did" || pw == "does" || pw == "do" || pw == "will" || pw == "can" || pw == "could" || pw == "would":
		// the verb's base form after the name: "did john come", "does maria live"
		if nw == "" {
			return false
		}
		switch nw {
		case "come", "call", "say", "go", "tell", "see", "know", "live", "work", "drive", "help", "bring", "take", "stay", "visit":
			// the question opens with the verb, or a word of question before it ("what did mark say")
			return p == 0 || s.toks[p-1].kind == tkPunct || questionWord(s.lowerTok(p-1)) && (p == 1 || s.toks[p-2].kind == tkPunct)
		}
		return false
	case nw == "from":
		// "pat from the vna comes", "bill from church": who someone is, by
		// where they come from (not "the bill from the hospital")
		if pw != "" && (s.toks[p].is(fDeterminer|fNumWord) || possessive([]byte(pw))) {
			return false
		}
		m := s.nextWord(n, 0)
		if m != n+1 {
			return false
		}
		switch string(s.lowerTok(m)) {
		case "the", "our", "my":
			// a place people work or meet at: "from the vna", "from our church"
			o := s.nextWord(m, 0)
			if o != m+1 || !(s.toks[o].is(fFacHead|fLandmark|fCareUnit) || s.shorthand(o) || s.cased && s.toks[o].has(shAllCaps) || meetingPlace(s.lowerTok(o))) {
				return false
			}
		case "work", "church", "next", "across", "upstairs", "downstairs":
		default:
			return false
		}
		switch pw {
		case "", "and", "with", "had", "have", "has", "called", "asked", "told", "saw", "met":
			return true
		}
		return s.toks[p].is(fPersonVerb)
	case pw == "saw" || pw == "told" || pw == "met" || pw == "visited" || pw == "texted" || pw == "married" || pw == "asked":
		return s.callName(i) || nw == "to" && askedTo([]byte(pw)) && s.verbAfterTo(n)
	}
	return false
}

// patientInitials returns the last token of two or three capital
// initials, each with its period, that start at token i right after a word
// naming the patient or a letter's subject ("Pt T.W. seen", "Re: B.N.",
// "patient J.R.K."), or i. Not a dosing or anatomy abbreviation written
// the same way ("pt P.O. only", "Pt N.P.O.", "pt A.M. labs").
func (s *scanner) patientInitials(i int) int {
	p := s.prevWord(i, 1)
	if p < 0 {
		return i
	}
	switch string(s.lowerTok(p)) {
	case "pt", "patient", "re", "client", "resident", "baby", "infant":
	default:
		return i
	}
	var letters [3]byte
	n, j := 0, i
	for k := i; n < 3 && k+1 < len(s.toks); k += 2 {
		t := &s.toks[k]
		if t.kind != tkWord || t.end-t.start != 1 || !isUpperASCII(s.text[t.start]) || !s.isPunct(k+1, '.') || s.toks[k+1].start != t.end {
			break
		}
		if k > i && s.toks[k-1].end != t.start {
			break
		}
		letters[n], n, j = s.text[t.start], n+1, k+1
	}
	if n < 2 {
		return i
	}
	if n == 2 {
		switch string(letters[:2]) {
		case "PO", "QD", "HS", "OD", "OS", "OU", "AM", "PM", "BM", "US", "NP", "SP", "CO", "ER", "OR", "ED", "IV", "IM", "SQ", "GI", "PT", "OT", "MD", "DR", "RN":
			return i
		}
	}
	if n == 3 {
		switch string(letters[:3]) {
		case "NPO", "BID", "TID", "QID", "QHS", "PRN", "DNR", "DOA", "AMA":
			return i
		}
	}
	return j
}

// historyOfBefore: token i comes right after a word of a past history:
// "hx of", "history of", "h/o", "pmh", "known", "dx".
func (s *scanner) historyOfBefore(i int) bool {
	p := s.prevWord(i, 1)
	if p < 0 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "pmh", "pmhx", "known", "dx", "hx":
		return true
	case "o":
		return p >= 2 && s.isPunct(p-1, '/') && string(s.lowerTok(p-2)) == "h" // "h/o"
	case "of":
		q := s.prevWord(p, 0)
		return q >= 0 && (string(s.lowerTok(q)) == "hx" || string(s.lowerTok(q)) == "history")
	}
	return false
}

// treatedOnAfter: "on" and then a drug or a clinical word follow token i
// ("Addison's on fludrocortisone"); with strict, the word must be one the
// clinical lists know, else any word but a determiner, a pronoun or a
// word of time or place ("on the phone", "on call", "on vacation").
func (s *scanner) treatedOnAfter(i int, strict bool) bool {
	o := i + 1
	if o+1 >= len(s.toks) || s.toks[o].kind != tkWord || string(s.lowerTok(o)) != "on" || !s.adjacent(i, o) || !s.adjacent(o, o+1) {
		return false
	}
	d := &s.toks[o+1]
	if d.kind != tkWord {
		return false
	}
	if strict {
		return d.is(fClinical) && !d.is(fNameAny|fCommon)
	}
	return !d.is(fStop | fDeterminer | fCommon | fNameAny | fTitle | fRelation | fWeekday | fMonth)
}

// wishVerb: the given name at token n is a verb of wishing with its
// subject dropped, after a greeting or thanks and before what is wished
// ("thanks hope you feel better", "hi hope all is well"); not a name
// asked about or said to someone ("is hope your sister", "mean hope so").
func (s *scanner) wishVerb(n int) bool {
	if t := &s.toks[n]; t.hi-t.lo != 4 || s.low[t.lo] != 'h' || string(s.lowerTok(n)) != "hope" {
		return false
	}
	p := s.prevWord(n, 0)
	if p < 0 || p != n-1 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "thanks", "hi", "hey", "hello", "much", "bye":
	case "you":
		if q := s.prevWord(p, 0); q < 0 || string(s.lowerTok(q)) != "thank" {
			return false
		}
	default:
		return false
	}
	m := n + 1
	if m >= len(s.toks) || s.toks[m].kind != tkWord || !s.adjacent(n, m) {
		return false
	}
	switch string(s.lowerTok(m)) {
	case "you", "youre", "your", "it", "its", "so", "not", "that", "this", "everything", "everyone", "all", "things", "we", "were",
		"i", "im", "he", "hes", "she", "shes", "they", "theyre", "the", "to", "yall":
		return true
	}
	return false
}

// greetedName: token i is said right after a greeting or thanks, a comma
// between or none, and what is said ends or pauses after it ("thanks,
// art.", "hi duke, how are you?", "bye april!"); not an endearment
// ("thanks, honey").
func (s *scanner) greetedName(i int) bool {
	if n := i + 1; n < len(s.toks) {
		if s.toks[n].kind != tkPunct {
			return false // the cheap test first: most words run on
		}
		if c := s.text[s.toks[n].start]; c != ',' && c != '.' && c != '?' && c != '!' {
			return false
		}
	}
	p := s.prevWord(i, 1)
	if p < 0 || p != i-1 && !(p == i-2 && s.isPunct(i-1, ',')) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "hi", "hey", "hello", "thanks", "bye", "goodbye", "morning", "afternoon", "evening":
	case "you":
		if q := s.prevWord(p, 0); q < 0 || q != p-1 || string(s.lowerTok(q)) != "thank" {
			return false
		}
	default:
		return false
	}
	return !addressee(s.lowerTok(i))
}

// addressee: a word said to someone that is no name: an endearment, a
// title, a group ("hi honey", "thanks doc", "hi guys", "thanks again").
func addressee(w []byte) bool {
	switch string(w) {
	case "honey", "sweetie", "sweetheart", "dear", "love", "darling", "babe", "baby", "hun", "hon", "buddy", "pal", "man", "sir", "doc", "guys", "folks", "everyone", "everybody", "all", "again", "so", "much", "nurse", "doctor",
		"kiddo", "champ", "boss", "mate", "friend", "there", "young", "ladies", "gentlemen", "right", "well", "okay", "alright", "yes", "no", "sure", "now":
		return true
	}
	return false
}

// personSubject: token i opens what is said (the caller checks) and what
// follows says only a person does it: "Penny will drive me", "penny won't
// come", "Hope's been staying with me", "Ruby used to smoke", "Sandy and
// her husband", "Joy is the one who noticed", "Chase is away at college".
// Not "Hope is all I have", "Summer is when it gets bad".
func (s *scanner) personSubject(i int) bool {
	n := i + 1
	if n+1 < len(s.toks) && s.adjacent(i, n) && (string(s.lowerTok(n)) == "turned" || string(s.lowerTok(n)) == "turns") && s.toks[n+1].is(fNumWord) {
		return true // "summer turned eleven in july": an age, said only of a person
	}
	if seasonWord(s.lowerTok(i)) {
		return false // "so summer is coming up"
	}
	if n+1 >= len(s.toks) || !s.adjacent(i, n) && !s.toks[i].has(shPoss) {
		return false
	}
	if s.toks[i].has(shPoss) {
		// "Hope's been staying", "Grace's got the car": the contraction of "has"
		n = i
	}
	m := n + 1
	for m < len(s.toks) && s.toks[m].kind == tkPunct && s.text[s.toks[m].start] == '\'' {
		m++
	}
	if m >= len(s.toks) || s.toks[m].kind != tkWord {
		return false
	}
	w, next := string(s.lowerTok(n)), string(s.lowerTok(m))
	if n == i {
		// "Ray's the one who found me": the contraction of "is"
		switch next {
		case "been", "got", "gone", "driving", "coming", "staying", "visiting", "picking", "bringing", "taking":
			return true // "pat's driving up from ohio"
		}
		return next == "the" && s.oneWho(m)
	}
	switch w {
	case "and":
		// "Sandy and her husband live next door"
		return (next == "her" || next == "his" || next == "their") && m+1 < len(s.toks) && s.toks[m+1].is(fRelation)
	case "used":
		return next == "to"
	case "doesnt", "didnt", "wont", "cant", "couldnt", "wouldnt", "hasnt", "hadnt", "isnt", "wasnt":
		return s.toks[m].is(fPersonVerb) || baseAction(s.lowerTok(m))
	case "will", "would", "can", "could", "should", "might":
		return baseAction(s.lowerTok(m))
	case "is", "was":
		switch next {
		case "away", "coming", "staying", "visiting", "driving", "picking", "bringing", "taking",
			"breastfeeding", "crawling", "teething", "walking", "talking", "crying":
			return true // "and king is breastfeeding well"
		case "off", "out", "back", "here", "busy", "sick":
			// "amber is off today", "dawn is back monday"; not "summer is here"
			return !seasonWord(s.lowerTok(i))
		case "the":
			return s.oneWho(m) // "Joy is the one who noticed"
		case "my":
			if m+1 >= len(s.toks) {
				return false
			}
			switch string(s.lowerTok(m + 1)) {
			case "oldest", "youngest", "eldest", "middle", "baby", "partner", "boyfriend", "girlfriend", "fiance", "fiancee":
				return true
			}
		}
	case "plays", "played", "smokes", "smoked", "drinks", "drank", "cooks", "cooked", "teaches", "taught", "moved", "fell", "broke":
		return true
	}
	return false
}

// clauseOpener: w opens a clause before its subject ("and faith will come
// in", "so grace is driving", "um dawn is off").
func clauseOpener(w []byte) bool {
	switch string(w) {
	case "and", "but", "then", "cause", "because", "um", "uh", "oh", "yeah", "yes", "yep", "no", "nope":
		return true
	}
	return openerWord(w) // "so", "okay", "well", "now", "hi" …
}

// personVerbNext: a verb of what people do follows token i ("art said").
func (s *scanner) personVerbNext(i int) bool {
	n := i + 1
	return n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fPersonVerb) && s.adjacent(i, n)
}

// nickWords holds every name of the nicknames list, short forms and full
// ones ("art", "rich", "arthur"); the caller asks of words that are no
// well-known given name, which leaves the short forms.
var nickWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for full, short := range nicknames {
		m[full] = true
		for _, w := range short {
			m[w] = true
		}
	}
	return m
})

// oneWho: "the" at token m begins "the one who".
func (s *scanner) oneWho(m int) bool {
	return m+2 < len(s.toks) && string(s.lowerTok(m+1)) == "one" && string(s.lowerTok(m+2)) == "who"
}

// baseAction: a verb's base form for what a person does, after a modal or
// a negation ("will drive", "doesn't know"); not "help" ("hope will help").
func baseAction(w []byte) bool {
	switch string(w) {
	case "drive", "come", "call", "pick", "take", "bring", "know", "stay", "tell", "visit", "see", "meet", "go", "want", "like", "remember", "understand", "live", "work":
		return true
	}
	return false
}

// speakerLabelEnd returns the ':' that ends a speaker's label starting at
// token n ("PT:", "Speaker 2:", "S2:", "Patient (00:15):"), or n: one short
// word, a number or a time in parentheses after it, then the colon.
func (s *scanner) speakerLabelEnd(n int) int {
	t := &s.toks[n]
	if t.kind != tkWord && t.kind != tkAlnum || t.end-t.start > 12 {
		return n
	}
	k := n + 1
	if s.isPunct(k, '_') && s.toks[k].start == t.end && k+1 < len(s.toks) && s.toks[k+1].kind == tkNum && s.toks[k+1].start == s.toks[k].end {
		k++ // "SPEAKER_01:", "spk_0:"
	}
	if k < len(s.toks) && s.toks[k].kind == tkNum && s.toks[k].end-s.toks[k].start <= 2 {
		k++ // "Speaker 2:"
	}
	if s.isPunct(k, '(') {
		for k < len(s.toks) && k-n <= 8 && !s.isPunct(k, ')') {
			k++ // "Patient (00:15):"
		}
		k++
	}
	if s.isPunct(k, ':') && (k+1 >= len(s.toks) || s.toks[k+1].kind != tkNum) {
		return k
	}
	return n
}

// meetingPlace: a place named after "from the" that people belong to
// ("pat from the office", "bill from the pharmacy").
func meetingPlace(w []byte) bool {
	switch string(w) {
	case "office", "pharmacy", "agency", "vna", "church", "gym", "bank", "store", "shop", "library", "school", "plant", "warehouse", "union", "parish", "center", "club":
		return true
	}
	return false
}

// strongEpoHeadAfter: right after token i (its possessive or not, or
// "and" and a second surname between) comes a head that only an eponym
// stands before: a sign, a syndrome, a disease, spots, a reflex, a stage.
func (s *scanner) strongEpoHeadAfter(i int) bool {
	n := i + 1
	if s.isPunct(n, '\'') && s.toks[n].start == s.toks[i].end {
		n++ // "Myerson' sign" as written, "Edwards' syndrome"
	}
	if n+1 < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].hi-s.toks[n].lo == 3 && string(s.lowerTok(n)) == "and" && s.toks[n+1].is(fLast|fEponym|fEpoSurname) {
		n += 2 // "hoehn and yahr stage"
	}
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(n-1, n) {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "sign", "signs", "syndrome", "disease", "spots", "reflex", "phenomenon", "stage", "staging", "criteria", "classification", "manoeuvre", "maneuver", "nodes", "nodules", "protocol":
		return true
	case "grade":
		// "Los Angeles grade B", "Fuhrman grade 3": a grade's letter or number after it
		g := n + 1
		return g < len(s.toks) && s.adjacent(n, g) && (s.toks[g].kind == tkNum || s.toks[g].kind == tkWord && (s.toks[g].end-s.toks[g].start == 1 || s.toks[g].is(fNumWord)))
	}
	return false
}

// instrumentAfter: one to three everyday words or numbers after token i,
// then a named instrument's head ("bristol stool chart", "rome four
// criteria", "edinburgh postnatal depression scale").
func (s *scanner) instrumentAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		t := &s.toks[k]
		if t.kind != tkWord || !s.adjacent(k-1, k) || t.is(fStop|fDeterminer) && !t.is(fNumWord) || s.cased && t.has(shCap) != s.toks[i].has(shCap) && !t.is(fNumWord) && k > i+1 {
			return false
		}
		switch string(s.lowerTok(k)) {
		case "scale", "criteria", "score", "classification", "questionnaire":
			return true // "your Edinburgh score", "the dundee five criteria"
		case "chart", "rule", "rules":
			if k > i+1 {
				return true // "the bristol stool chart"
			}
		}
		if !t.is(fCommon | fNumWord | fClinical) {
			return false
		}
	}
	return false
}

// whoseBefore: a title or a relation stands right before token i, or a
// possessive pronoun before its possessive: whose name it is.
func (s *scanner) whoseBefore(i int) bool {
	p := s.prevWord(i, 1)
	if p < 0 || s.toks[p].kind != tkWord {
		return false
	}
	if s.toks[p].is(fTitle | fRelation) {
		return true
	}
	// "his hoehn and yahr stage": whose the stage is
	return s.toks[i].has(shPoss) && possessive(s.lowerTok(p))
}

// eponymWithHeadElsewhere: the word at token i stands elsewhere in the
// text, within eponymReach tokens, before a clinical head ("Addison's
// disease"), as an eponym. The reach bounds the work in a long text.
func (s *scanner) eponymWithHeadElsewhere(i int) bool {
	w := s.lowerTok(i)
	for k := max(0, i-eponymReach); k < len(s.toks) && k <= i+eponymReach; k++ {
		if t := &s.toks[k]; k != i && t.kind == tkWord && t.hi-t.lo == s.toks[i].hi-s.toks[i].lo && string(s.lowerTok(k)) == string(w) && s.beforeEpoHead(k) {
			return true
		}
	}
	return false
}

// eponymReach is how far, in tokens, eponymWithHeadElsewhere looks.
const eponymReach = 2000

// thingNamedAt: "called" at token i names a thing, not a person: after
// an adverb of naming that follows a pause or a thing ("donepezil,
// sometimes called Aricept", "a scan also called …"), or before letters
// in capitals in cased text after a pause or joined to a number ("embryo
// testing, called PGD", "a score called CURB-65").
func (s *scanner) thingNamedAt(i int) bool {
	if i < 1 {
		return false
	}
	p := i - 1
	if s.toks[p].kind == tkWord {
		switch string(s.lowerTok(p)) {
		case "also", "sometimes", "often", "commonly", "usually", "otherwise", "generally", "technically", "medically":
			q := p - 1
			return q >= 0 && (s.toks[q].kind == tkPunct && s.text[s.toks[q].start] == ',' || s.toks[q].kind == tkWord && (thingCalled(s.lowerTok(q)) || s.toks[q].is(fClinical)))
		}
	}
	n := i + 1
	if !s.cased || n >= len(s.toks) || s.toks[n].kind != tkWord || !s.toks[n].has(shAllCaps) || s.toks[n].end-s.toks[n].start < 2 {
		return false
	}
	return s.isPunct(p, ',') || s.isPunct(n+1, '-') && n+2 < len(s.toks) && s.toks[n+2].kind == tkNum && s.toks[n+1].start == s.toks[n].end
}

// thingCalled: a noun for a thing, not a person, before "called" and its
// name ("a medication called …", "one called …", "an app called …").
func thingCalled(w []byte) bool {
	switch string(w) {
	case "medication", "medications", "medicine", "drug", "drugs", "pill", "pills", "tablet", "cream", "ointment", "gel", "spray",
		"inhaler", "injection", "shot", "vaccine", "supplement", "product", "brand", "one", "something", "thing", "stuff", "app",
		"test", "scan", "procedure", "surgery", "operation", "condition", "disease", "disorder", "syndrome", "infection",
		"virus", "bacteria", "device", "machine", "program", "programme", "diet", "exercise", "treatment", "therapy",
		"tool", "calculator", "score", "scale", "chart", "questionnaire", "leaflet", "website", "hormone", "chemical", "protein",
		"enzyme", "gene", "technique", "manoeuvre", "maneuver", "position", "sign", "tube", "line", "catheter", "bug", "cell", "cells":
		return true
	}
	return false
}

// askedTo: a verb that asks or tells someone to do something, whose
// object before "to" and a verb is a person ("i asked gene to pick it up").
func askedTo(w []byte) bool {
	switch string(w) {
	case "asked", "told":
		return true
	}
	return false
}

// verbAfterTo: the word after "to" at token n is a verb's base form, not
// the start of a place or a time ("told bill to stop", not "asked grace to
// the dance", "asked grace to boston").
func (s *scanner) verbAfterTo(n int) bool {
	v := s.nextWord(n, 0)
	if v != n+1 || s.toks[v].kind != tkWord {
		return false
	}
	t := &s.toks[v]
	if t.is(fDeterminer|fNumWord|fMonth|fWeekday|fTitle|fRelation) || t.is(fCity) && !t.is(fCommon) {
		return false
	}
	return !t.is(fStop) || t.is(fPersonVerb|fMoveVerb) // "to come", not "to my house"
}

// questionWord: a word that opens a question about what someone did.
func questionWord(w []byte) bool {
	switch string(w) {
	case "what", "when", "where", "why", "how", "who":
		return true
	}
	return false
}

// subjectAfter: token k is "i" or "we" ("April, I think": when, not who).
func (s *scanner) subjectAfter(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	w := string(s.lowerTok(k))
	return w == "i" || w == "we"
}

// addressed: token i stands apart as a name said to someone or on its
// own: punctuation or the start of the text on both sides ("Oh, Warrane,
// can I", "thanks Marra."), or a cue before it ("with Tamsin"). A
// capitalised word inside a clause ("I tried Paracetemol, but") is not.
func (s *scanner) addressed(i int) bool {
	before := i == 0 || s.toks[i-1].kind == tkPunct
	if p := s.prevWord(i, 0); p >= 0 && p == i-1 && (s.toks[p].is(fGreeting|fNameCue|fIntro|fTitle|fRelation) || string(s.lowerTok(p)) == "with" || string(s.lowerTok(p)) == "and") {
		before = true
	}
	after := i+1 >= len(s.toks) || s.toks[i+1].kind == tkPunct || s.toks[i+1].is(fPersonVerb)
	return before && after
}

// questionAux: "has" and the other forms of "have" that open a question
// before its subject.
func questionAux(w []byte) bool {
	switch string(w) {
	case "has", "have", "had", "hasnt", "havent", "hadnt":
		return true
	}
	return false
}

// givenInitial: in cased text, a capitalised given name right before the
// initial of a surname, "Ann T.", "Sam J.", "Paul M's": the way clinicians
// write a patient's name short, in notes too.
func (s *scanner) givenInitial(i int) bool {
	t := &s.toks[i]
	n := i + 1
	if !s.cased || !t.is(fFirst) || t.is(fStop|fTitle|fMonth|fWeekday|fUnit) || !t.has(shCap) || t.has(shAllCaps|shPoss) || n+1 >= len(s.toks) || !s.adjacent(i, n) ||
		t.end-t.start < 2 || isUpperASCII(s.text[t.start+1]) {
		return false // "ABI's R.7": shorthand in capitals
	}
	u := &s.toks[n]
	if u.kind != tkWord || !isUpperASCII(s.text[u.start]) {
		return false
	}
	if u.has(shPoss) {
		return possStem(s.text, int(u.start), int(u.end)) == int(u.start)+1 // "M's"
	}
	return u.end-u.start == 1 && (s.isPunct(n+1, '.') || s.isPunct(n+1, '\'')) && s.toks[n+1].start == u.end
}

// capitalAmidLower: token i stands among words written in lower case, or
// set off by commas, inside a sentence of cased text: no heading's or
// title's capitals ("Last Will and Testament", "a Living Will").
func (s *scanner) capitalAmidLower(i int) bool {
	p, n := i-1, i+1
	if p < 0 {
		return false
	}
	switch u := &s.toks[p]; {
	case u.kind == tkWord:
		if u.has(shCap|shAllCaps) || u.is(fDeterminer|fNumWord) || livingWill(s.lowerTok(p)) { // (not "ran two Miles")
			return false
		}
	case !s.isPunct(p, ','):
		return false
	}
	if n >= len(s.toks) {
		return true
	}
	if u := &s.toks[n]; u.kind == tkWord {
		return !u.has(shCap|shAllCaps) && !modalVerbAfter(s.lowerTok(n)) // (not "the patient Will be seen")
	}
	return s.isPunct(n, ',') || s.isPunct(n, '.') || s.isPunct(n, '?') || s.isPunct(n, '!')
}

// modalVerbAfter: a verb that follows "will" or "may" as a modal.
func modalVerbAfter(w []byte) bool {
	switch string(w) {
	case "be", "not", "have", "need", "continue", "follow", "return", "call", "come", "go", "see", "get", "take", "do", "make", "start", "stop", "require", "benefit", "also", "likely", "try":
		return true
	}
	return false
}

// livingWill: a word before "Will" that makes it a document, or leaves it
// to the readers of what is said after "is".
func livingWill(w []byte) bool {
	switch string(w) {
	case "living", "last", "his", "her", "my", "their", "our", "your", "its", "free", "good", "ill", "is", "was": // (after "is" other readers decide: "his name is Will", not "the answer is Will")
		return true
	}
	return false
}

// listLetterBefore: token i follows a capital and a period that open a
// line ("A. Esophagus", "C. Colon, ascending"): a lettered list's item,
// no initial, when the text letters another line the same way.
func (s *scanner) listLetterBefore(i int) bool {
	k := i - 2
	if k < 0 || !s.lineLetter(k) {
		return false
	}
	for j := range s.toks {
		if j != k && s.lineLetter(j) {
			return true
		}
	}
	return false
}

// lineLetter: token k is one capital right after a line break (or first),
// with a period glued to it and a space after.
func (s *scanner) lineLetter(k int) bool {
	t := &s.toks[k]
	return t.kind == tkWord && t.end-t.start == 1 && isUpperASCII(s.text[t.start]) && (k == 0 || t.has(shNewline)) &&
		k+2 < len(s.toks) && s.isPunct(k+1, '.') && s.toks[k+1].start == t.end && s.toks[k+2].start > s.toks[k+1].end
}

// nameScore scores token i as a name on its own (0: not one).
func (s *scanner) nameScore(i int) float64 {
	t := &s.toks[i]
	if t.is(fStop|fUnit) && t.is(fFirstTop) && !t.is(nameNot&^(fStop|fUnit)) && s.cased && !s.notes && t.has(shCap) && !t.has(shAllCaps|shSentStart|shNewline) && s.capitalAmidLower(i) {
		return 0.75 // "I saw Will yesterday", "my boyfriend, well ex, Will, texted", "that's really normal, Miles.": a capital no modal verb or unit takes inside a sentence
	}
	if t.kind != tkWord || t.end-t.start < 2 || t.is(nameNot|fEponym|fState) || t.has(shApos) {
		if t.is(fMonth) && t.is(fFirst) && !t.is(fStop) && (s.addressedFirst(i) && !s.subjectAfter(i+2) || !s.notes && s.greetedName(i)) && (!s.cased || t.has(shCap)) {
			return 0.8 // "April, how can I help you?": a month's name is a given name said to someone
		}
		return 0
	}
	if t.is(fCommon) && s.listLetterBefore(i) {
		return 0 // "C. Colon, ascending: ...": the word after a letter that numbers a line (a report's specimens)
	}
	// "J SMITH ORDERED", "b. kargas": an initial right before a surname
	if (t.is(fLast) && (!t.is(fCommon) || t.is(fLastTop)) || t.f&^(fRare|fPhrase) == 0 && t.end-t.start >= 3 && s.isPunct(i-1, '.')) &&
		!t.is(fStop|fDeterminer|fClinical) && s.initialBefore(i) && !(s.cased && !t.has(shCap)) {
		// the initial is a capital, or any letter with a period; not a
		// letter that notes use for a word (L, R: left, right; T, U, P, S, C,
		// W, X, O: temperature, units, post, with, times, …) nor a or i
		if p := s.prevWord(i, 1); p >= 0 && s.toks[p].kind == tkWord && s.toks[p].end-s.toks[p].start == 1 && (p == 0 || !s.isPunct(p-1, '/') && !s.isPunct(p-1, '.')) &&
			!strings.ContainsRune("aceilmoprstuwxACEILMOPRSTUWX", rune(s.text[s.toks[p].start])) && (isUpperASCII(s.text[s.toks[p].start]) || s.isPunct(p+1, '.')) {
			return 0.75
		}
	}
	// most words are in no name list: only a capital can make one of them
	// a name (the cheap test first), or, where capitals say nothing, the
	// ending of a surname that no English or clinical word has
	if !t.is(fNameAny) && !(s.cased && t.has(shCap) && !t.has(shAllCaps) && !t.is(fCommon|fNonPHI)) {
		if w := s.lowerTok(i); !s.cased && t.f&^(fRare|fPhrase) == 0 && (surnameShaped(w) || len(w) > 6 && nonASCII(w) && surnameShaped([]byte(foldAccents(string(w))))) {
			return 0.7 // "samoylova", "bergsveinsson", "jankovič" in lower-case text
		}
		return 0
	}
	if t.is(fChain) && !t.is(fNameAny) {
		return 0 // "Walgreens", "Dunkin": a business (possessives: see markSpeech)
	}
	if !t.is(fNameAny) && drugShaped(string(s.lowerTok(i))) {
		return 0 // "Accuhaler", "Lisinoprilol": shaped like a drug or a device, no name
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fCountry|fState) && s.adjacent(i, n) && regionDirection(s.lowerTok(i)) {
		return 0 // "Southern Tunisia": a direction before a country or state
	}
	if s.cased && t.has(shCap) && !t.has(shAllCaps) && !t.is(fCommon|fNonPHI|fClinical|fStop|fCountry|fCity|fState) && s.foreignNameStart(i) && !s.eponymHere(i) {
		return 0.75 // not "Lou Gehrig's disease"
	}
	if t.is(fRare) && !t.is(fNameAny) {
		return 0 // a rare word is a name only by what stands around it (above)
	}
	if !t.is(fNameAny) && t.has(shSentStart) {
		// a speaker's label in a written dialogue: "Vinka: What a day."
		if s.cased && !s.notes && t.has(shCap) && !t.has(shAllCaps) && t.f&^(fRare|fPhrase) == 0 && t.end-t.start >= 3 &&
			i+2 < len(s.toks) && s.isPunct(i+1, ':') && s.toks[i+1].start == t.end && s.toks[i+2].has(shCap) {
			return 0.75
		}
		return 0
	}
	if s.isStateAt(i) {
		return 0
	}
	if s.cased && t.has(shAllCaps) && (t.end-t.start <= 4 || t.is(fClinical)) {
		return 0 // ROI, CHF, LLE, ELISA: acronyms
	}
	capMid := s.cased && t.has(shCap) && !t.has(shAllCaps) && !t.has(shSentStart)
	if s.cased && !t.has(shCap) && !t.has(shAllCaps) {
		// cased text writes names with a capital; a lower-case word there
		// is a name only if it is nothing else
		if t.is(fNameAny) && !t.is(fCommon|fNonPHI|fRare) && (t.is(fFirstTop | fLastTop)) && !s.eponymHere(i) {
			return 0.6
		}
		return 0
	}
	if s.eponymHere(i) || s.eponymListed(i) || t.is(fDish) && s.dishHere(i) {
		return 0
	}
	if t.is(fFirst) && t.has(shPoss) && !t.is(fStop|fDeterminer|fClinical) && (!s.cased || t.has(shCap)) && s.dwellingAfter(i) {
		return 0.8 // "see you at Kasia's place", "we stayed at tom's house": whose home it is
	}
	if !s.notes && t.is(fFirst) && !t.is(fStop|fDeterminer) && (!s.cased || t.has(shCap)) && s.greetedName(i) {
		return 0.75 // "thanks, art.", "hi duke, how are you?": any given name greeted or thanked
	}
	// clinical shorthand (neo, aline, vea) is no name on its own unless it is
	// also a well-known given name or surname
	// a short form of a given name that is also a word or shorthand ("art",
	// "rich", "ed"), in speech, reads as the well-known names do below
	nick := !s.notes && t.is(fFirst) && t.is(fCommon|fClinical) && !t.is(fStop|fFirstTop|fMonth) && nickWords()[string(s.lowerTok(i))]
	if t.is(fClinical) && (!t.is(fFirstTop|fLastTop) || s.notes) && !(nick && (s.personVerbNext(i) || s.personSubject(i))) {
		return 0
	}
	if s.truncated(i) && (!t.is(fFirstTop|fLastTop) || !s.nameRepair(i)) {
		return 0 // "ja- your diet", "mira- miralax", "trent- tretinoin": a word broken off in speech
	}
	if n := s.nextWord(i, 0); n >= 0 && s.toks[n].is(fFacility|fStreet) && n == i+1 {
		return 0 // the place detectors own "mercy hospital", "elm street"
	}
	if t.is(fFirstTop) && !t.is(fStop|fDeterminer) && (s.vocative(i) || s.introducedAge(i)) {
		return 0.8
	}
	if !s.notes && t.is(fFirst) && !t.is(fStop|fDeterminer) && (!s.cased || t.has(shCap)) && s.isPunct(i+1, ',') && s.addressedFirst(i) && !addressee(s.lowerTok(i)) && !s.subjectAfter(i+2) {
		return 0.75 // "cliff, what happened on the mountain?", "mark, good to see you": a given name that opens what is said to someone
	}
	if s.cased && t.has(shSentStart) && t.has(shCap) && t.is(fFirst) && !t.is(fStop|fDeterminer) && s.sentenceStartName(i) {
		return 0.8
	}
	// "Ann T.", "Sam J.": a given name and the initial of a surname
	if s.cased && t.has(shCap) && !t.has(shAllCaps) && t.is(fFirst) && !t.is(fStop|fDeterminer) && s.adjacent(i, i+1) && s.initialAt(i+1) && s.isPunct(i+2, '.') {
		return 0.8
	}
	// "anyway bob said", "then mark drove me": a well-known given name that
	// is also a word, followed by what people do
	if (t.is(fFirstTop) && t.is(fCommon) || nick) && !t.is(fStop) && !(s.isPunct(i-1, '-') && s.toks[i-1].end == t.start) { // not "x-ray looks"
		p := s.prevWord(i, 0)
		n := s.nextWord(i, 0)
		if s.personVerbNext(i) && !(s.cased && !t.has(shCap)) &&
			!(p >= 0 && (s.toks[p].is(fDeterminer) || string(s.lowerTok(p)) == "i")) &&
			(!nick || p < 0 || p < i-1 || openerWord(s.lowerTok(p)) || string(s.lowerTok(p)) == "anyway" || string(s.lowerTok(p)) == "then" || string(s.lowerTok(p)) == "and") {
			return 0.75 // not "the bill said", "i hope said"; a short form opens what is said ("art said", not "modern art came")
		}
		// "how long has randy been sick": the subject of a question,
		// between "has" and "been" (not "is mark showing")
		if p >= 0 && p == i-1 && questionAux(s.lowerTok(p)) && n == i+1 && string(s.lowerTok(n)) == "been" && !(s.cased && !t.has(shCap)) {
			return 0.75
		}
		if (!s.cased || t.has(shCap)) && s.personContext(i, p, n) {
			return 0.75 // in cased text with its capital: "Hope and I live", "Did Bill come"
		}
		if (!s.cased || t.has(shCap)) && (p < 0 || p < i-1 || clauseOpener(s.lowerTok(p))) && s.personSubject(i) {
			return 0.75 // "Penny will drive me home", "Joy is the one who noticed", "and faith will come in"
		}
	}
	if s.cased && t.has(shCap) && !t.is(fFirstTop|fLastTop) && s.brandNeighbour(i) {
		return 0 // "Sinemet or Norvalin", "Mirena, Kyleena, Tallis": one brand among others
	}
	switch {
	case t.is(fNameAny) && !t.is(fCommon|fNonPHI):
		if t.is(fFirstTop | fLastTop) {
			return 0.85
		}
		if capMid || !s.cased {
			return 0.75
		}
		return 0.6
	case capMid && t.is(fNameAny) && t.is(fFirstTop|fLastTop):
		return 0.7
	case capMid && t.is(fFirst) && !s.notes && (s.isPunct(i-1, ',') || s.isPunct(i+1, ',')) && s.capitalAmidLower(i) && !s.doseAfter(i):
		// "Yes, Blessing.", "the baby, Precious, is": a given name that is
		// also a word, with its capital inside a sentence and set off by a comma
		return 0.65
	case !s.cased && s.asciiUpper*2 < s.asciiLower && t.has(shCap) && !t.has(shAllCaps) && !t.has(shSentStart) &&
		t.is(fFirstTop|fLastTop) && (!t.is(fCommon) || t.is(fFirstTop)) && !t.is(fStop|fMonth|fWeekday):
		// a lower-case text capitalises little but names: "supportive to
		// pt, John."
		return 0.7
	case capMid && !t.is(fCommon|fNonPHI|fRare|fCity|fCounty|fFacility|fStreet) && (!s.notes || s.capitalPair(i) || s.placePrepBefore(i)) && !s.doseAfter(i):
		// notes capitalise drugs and devices too: there an unknown capital
		// word counts next to another one ("Wil Laberbera") or after a
		// place preposition ("in Edgemere"); a word with its dose after it
		// is a drug's brand ("the Tralvex 5 in the mornings")
		return 0.55
	}
	return 0
}

// brandWords are the brands of en.Brands (the lexicon marks them as it
// marks countries).
var brandWords = wordSet(en.Brands)

// brandNeighbour: the word at token i (no well-known name: "Allegra and
// Jake" keeps Jake) is listed with a drug's or a device's brand, in cased
// text: "and", "or" or a comma between it and a
// brand or a clinical word written with its capital inside a sentence
// ("tablets like Sinemet or Norvalin", "the Mirena, the Kyleena and the
// Tallis").
func (s *scanner) brandNeighbour(i int) bool {
	// a brand's list or a drug's shape, joined by a comma too; a clinical
	// word by "and" or "or" only ("Bryn, Pontypridd": a street and its town)
	brand := func(k int, comma bool) bool {
		if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkWord {
			return false
		}
		t := &s.toks[k]
		if !t.has(shCap) || t.has(shAllCaps) {
			return false
		}
		if t.is(fCountry) && brandWords()[string(s.lowerTok(k))] || !t.has(shSentStart) && drugShaped(string(s.lowerTok(k))) {
			return true
		}
		return !comma && !t.has(shSentStart) && t.is(fNonPHI) && !t.is(fCommon|fNameAny|fCity|fCountry|fFacility|fFacHead|fGeneric|fStreet|fCareUnit|fTitle|fOrgHead) && t.hi-t.lo >= 5
	}
	// link returns whether token k joins two items of a list, and whether
	// by a comma alone
	link := func(k int) (bool, bool) {
		if k < 0 || k >= len(s.toks) {
			return false, false
		}
		if s.isPunct(k, ',') {
			return true, true
		}
		w := s.lowerTok(k)
		return string(w) == "and" || string(w) == "or", false
	}
	skipThe := func(k, d int) int {
		if k >= 0 && k < len(s.toks) && string(s.lowerTok(k)) == "the" {
			return k + d
		}
		return k
	}
	if ok, comma := link(i - 1); ok && brand(skipThe(i-2, -1), comma) {
		return true
	}
	if ok, comma := link(i + 1); ok {
		n := i + 2
		if comma && n < len(s.toks) && (string(s.lowerTok(n)) == "and" || string(s.lowerTok(n)) == "or") {
			n++
			comma = false
		}
		return brand(skipThe(n, 1), comma)
	}
	return false
}

// doseAfter: a dose follows the word at token i, a number of at most four
// digits with a unit after it, or of three where what is said pauses
// ("Tralvex 5.", "Norvalin 20 mg", "Penlix 500, twice a day"): a drug's
// brand.
func (s *scanner) doseAfter(i int) bool {
	n := i + 1
	if n >= len(s.toks) || s.toks[n].kind != tkNum || s.toks[n].end-s.toks[n].start > 4 || !s.adjacent(i, n) {
		return false
	}
	m := n + 1
	if s.isPunct(m, '.') && m+1 < len(s.toks) && s.toks[m+1].kind == tkNum && s.toks[m+1].start == s.toks[m].end {
		m += 2 // "2.5"
	}
	if m < len(s.toks) && s.toks[m].is(fUnit) {
		return true
	}
	// with no unit, three digits at most, and no place before the word
	// ("on Pod Floriánem 1677": a street and its number)
	if s.toks[n].end-s.toks[n].start > 3 || s.placePrepBefore(i) {
		return false
	}
	return m >= len(s.toks) || s.toks[m].kind == tkPunct && s.text[s.toks[m].start] != '-' && s.text[s.toks[m].start] != '/'
}

// surnameCommaGiven returns the last token of a name written surname
// first, a comma, then the given name ("JOHNSON, ROBERT", "Okafor,
// Adaeze"): a surname and a given name the lists know that no everyday
// word spells, in the same case; or i.
func (s *scanner) surnameCommaGiven(i int) int {
	t := &s.toks[i]
	g := i + 2
	if !t.is(fLast) || t.is(fCommon|nameNot|fClinical|fEponym|fState) || t.is(fCity) && !t.is(fLastTop) || g >= len(s.toks) || !s.isPunct(i+1, ',') ||
		s.toks[i+1].start != t.end && !(s.toks[i+1].start == t.end+1 && s.text[t.end] == ' ') { // ("murphy , evelyn": speech tokenised apart)
		return i
	}
	u := &s.toks[g]
	if u.kind != tkWord || !u.is(fFirst) || u.is(fCommon|nameNot|fClinical|fState|fMonth) || u.end-u.start < 3 || u.has(shAllCaps) != t.has(shAllCaps) ||
		s.cased && !(t.has(shCap) && u.has(shCap)) {
		return i
	}
	return g
}

// namePair finds a given name followed by a surname where both are also
// common words ("bill smith", "mark white"): well-known as names, and
// together more likely a name than a phrase.
func (s *scanner) namePair(i int) int {
	t := &s.toks[i]
	if t.kind != tkWord || !t.is(fFirst) || t.is(nameNot|fEponym) || t.end-t.start < 3 || !s.isState(i) && s.isStateAt(i) || t.is(fDish) && s.dishHere(i) {
		return i // the last word of "new york" starts no name, nor "caesar salad"
	}
	n := i + 1
	if n >= len(s.toks) || !s.adjacent(i, n) {
		return i
	}
	u := &s.toks[n]
	if u.kind != tkWord || !u.is(fLast) || u.is(nameNot|fEponym|fEpoHead) || s.eponymHere(n) || s.isStateAt(n) || u.end-u.start < 3 {
		return i
	}
	if s.cased && !(t.has(shCap) && u.has(shCap)) {
		return i
	}
	if s.carSaid(i) {
		return i // "it's a grey honda": a car
	}
	if !s.cased && (t.is(fState) || s.isStateAt(i)) {
		return i // "georgia beat alabama", "in vermont last weekend": the state
	}
	// clinical shorthand, or two everyday words in a note ("PACER RATE",
	// "ASA HELD"), make no name
	if s.shorthand(i) || s.shorthand(n) || s.notes && (t.is(fCommon) && !t.is(fFirstTop) || u.is(fCommon) && !u.is(fLastTop)) {
		return i // in a note a pair with an everyday word is shorthand: "PACER RATE", "lido jelly"
	}
	if t.is(fCommon) && !t.is(fFirstTop) {
		return i // "sister in law donna": a common word is no first name
	}
	if t.is(fCommon) && u.is(fCommon) && !s.cased {
		if p := s.prevWord(i, 0); p >= 0 && p == i-1 && s.toks[p].is(fDeterminer) {
			return i // "is my bill ready", "the rose garden": a determiner makes the first word a thing
		}
	}
	if u.is(fLocPrep) && !(s.cased && u.has(shCap)) {
		return i // "boston near castle island": a preposition of place is no surname
	}
	if u.is(fCommon) && timeAdverb(s.lowerTok(n)) && !s.timeSurnameAtEnd(n) {
		return i // "call john early this week", "i'll call mike later": when, not who
	}
	if o := n + 1; !s.cased && u.is(fCommon) && o < len(s.toks) && s.adjacent(n, o) && objectPronoun(s.lowerTok(o)) {
		return i // "from mount zion bring me dinner", "does ray mind us": a verb and its object, not a surname
	}
	// a well-known given name before a surname-list word: "john doe",
	// "bill smith", even when both are words too
	if !t.is(fCommon) || !u.is(fCommon) || t.is(fFirstTop) && (u.is(fLastTop) || !t.is(fNonPHI) && !u.is(fPersonVerb|fUnit|fMeasure|fDirection)) {
		return n
	}
	return i
}

// spelled finds a name spelled out letter by letter: "m a r t h a",
// "M-A-R-T-H-A", "s. m. i. t. h.".
func (s *scanner) spelled(i int) int {
	if i > 0 && s.apostropheAt(i-1) && s.toks[i-1].end == s.toks[i].start {
		return i // the "s" of "it's" spells nothing
	}
	if n := i + 1; n < len(s.toks) && s.toks[n].kind == tkWord && spellJoin(s.lowerTok(n)) && s.text[s.toks[i].start]|0x20 == 'a' {
		return i // "with a hyphen g a r c i a": the article, then the mark named
	}
	j, n := i, 1
	nato, dotted := false, false
	for k := i + 1; k < len(s.toks); k++ {
		t := &s.toks[k]
		// "s as in sam m as in mary": the word after "as in" spells a letter
		if w := s.spellAs(k); w > 0 {
			k = w
			if s.toks[k].end-s.toks[k].start == 1 {
				// "x as in x ray", "x as in x-ray": the letter's word said in two
				r := k + 1
				if r < len(s.toks) && s.isPunct(r, '-') {
					r++
				}
				if r < len(s.toks) && s.toks[r].kind == tkWord && string(s.lowerTok(r)) == "ray" {
					k = r
				}
			}
			j, nato = k, true
			continue
		}
		if t.kind == tkPunct {
			c := s.text[t.start]
			if c == '-' && s.truncated(k-1) {
				break // "a s- a stable": a false start, not spelling
			}
			if c == '.' && n >= 2 && !dotted {
				break // "t o r r e s. a double bed": the sentence ends (not "s. m. i. t. h.")
			}
			if (c == '-' || c == '.' || c == ',') && k-j <= 2 {
				dotted = dotted || c == '.'
				continue
			}
			break
		}
		if t.kind == tkWord && t.end-t.start > 1 && k-j <= 2 && k+1 < len(s.toks) && s.toks[k+1].kind == tkWord && s.toks[k+1].end-s.toks[k+1].start == 1 && letterModifier(s.lowerTok(k)) > 0 {
			k++ // "m c capital a", "double l": a word said of the letter after it
			j, n = k, n+1
			continue
		}
		if t.kind == tkWord && k-j <= 2 && k+1 < len(s.toks) && spellJoin(s.lowerTok(k)) {
			l := k + 1
			if s.isPunct(l, ',') {
				l++ // "o, apostrophe, b, r, i, e, n"
			}
			if l < len(s.toks) && s.toks[l].kind == tkWord && s.toks[l].end-s.toks[l].start == 1 {
				j = k    // the mark is read out with the letters
				continue // "d apostrophe a m i c o", "d e, space, l a": a mark said between letters
			}
		}
		if t.kind != tkWord || t.end-t.start != 1 || k-j > 2 {
			break
		}
		j, n = k, n+1
	}
	if n < 2 || s.slashJoined(i, j) {
		return i
	}
	if nato {
		return j
	}
	// spelled acronyms are clinical: "m r i", "C O P D", "a U T I"
	letters := make([]byte, 0, n+2)
	for k := i; k <= j; k++ {
		if s.toks[k].kind == tkWord && s.toks[k].end-s.toks[k].start == 1 {
			c := s.lowerTok(k)[0]
			letters = append(letters, c)
			if k > i && s.toks[k-1].kind == tkWord {
				for range letterModifier(s.lowerTok(k-1)) - 1 {
					letters = append(letters, c) // "double l" (a range over 0 or less runs no times)
				}
			}
		}
	}
	// a word said and then spelled is a name, even a short one or an
	// everyday word ("it's al, a l", "last name park, p a r k"): nobody
	// spells a word of the language after saying it
	echo := s.spellingEchoes(i, letters)
	echoed := echo >= 0
	// the word spelled was said as a name: right after "name" ("last name
	// oh, o h"), or found as one ("jian wu, that's w u")
	named := echoed && (s.nameRightBefore(echo) || s.covered(echo, Name))
	if n < 3 && !(echoed && (named || s.toks[echo].is(fNameAny) && !s.toks[echo].is(fStop|fDeterminer|fGreeting))) || acronym(letters) {
		return i // two letters echo only a name-list word: "al, a l", not "so, s o"
	}
	// an everyday word echoed is a name only after a cue to one ("last
	// name park, p a r k"; not "spell world, w o r l d"), or spelled
	// after "like" ("rich like r i c h") or out of an address said
	if f := s.lex.word(letters); !(echoed && (named || s.nameWordBefore(echo) || s.likeBefore(i) || s.covered(echo, Email))) && f&(fNonPHI|fCommon|fEponym) != 0 &&
		(f&fNameAny == 0 || (len(letters) <= 4 && f&fFirstTop == 0 || f&fCommon != 0 && f&(fFirstTop|fLastTop) == 0) && !s.nameWordBefore(i)) {
		return i // an everyday word that is a rare surname spelled with no cue to a name: "spell world: w o r l d"
	}
	if h := len(letters) / 2; len(letters)%2 == 0 && string(letters[:h]) == string(letters[h:]) && acronym(letters[:h]) {
		return i // "m r i m r i": an acronym said twice
	}
	if !strings.ContainsAny(string(letters), "aeiouy") {
		return i // "G V H D", "M M H": no name is spelled without a vowel
	}
	if l := len(letters); letters[l-1] == 's' && !s.toks[j].has(shCap) && s.toks[i].has(shCap) {
		if p := s.prevWord(i, 0); p >= 0 && p == i-1 && s.toks[p].end-s.toks[p].start == 1 && s.toks[p].kind == tkWord {
			letters = append([]byte{s.lowerTok(p)[0]}, letters...) // "M R I s": the acronym began a letter before
			l++
		}
		if acronym(letters[:l-1]) || s.lex.word(letters[:l-1])&fNonPHI != 0 {
			return i // "two M R I s": an acronym's plural
		}
	}
	if !echoed && s.wordBefore(i, 14, eyeChartWord) && !s.nameWordBefore(i) && !s.wordBefore(i, 14, spellWord) {
		return i // "read the smallest line on the chart: e f p t o z": letters read off an eye chart
	}
	if s.wordBefore(i, 8, backwardsWord) {
		if p := s.prevWord(i, 1); p >= 0 && s.toks[p].end-s.toks[p].start == 1 && p >= i-2 {
			return i // the rest of a word spelled backwards, read from its second letter
		}
		rev := make([]byte, len(letters))
		for k := range letters {
			rev[len(letters)-1-k] = letters[k]
		}
		if s.lex.word(rev)&(fCommon|fNonPHI) != 0 {
			return i // "spell world backwards: d l r o w", a test of attention
		}
	}
	// "an i v i think", "a U T I": an article or pronoun next to an acronym
	var rests [][]byte
	if letters[0] == 'a' || letters[0] == 'i' {
		rests = append(rests, letters[1:]) // "a U T I"
	}
	if last := letters[len(letters)-1]; last == 'a' || last == 'i' {
		rests = append(rests, letters[:len(letters)-1]) // "an i v i think"
	}
	if f := s.lex.word(letters); f&fFirstTop == 0 && !named { // "e d n a" stays a name, and so does "thi, t h i"
		for _, rest := range rests {
			if len(rest) >= 2 {
				if f := s.lex.word(rest); f&(fNonPHI|fCommon) != 0 && f&fNameAny == 0 || acronym(rest) {
					return i
				}
			}
		}
	}
	return j
}

// letterRunEnd returns the last letter of the run of letters said one by
// one from token i ("w o r l d", "m-r-i"), the way spelled reads it.
func (s *scanner) letterRunEnd(i int) int {
	j := i
	for k := i + 1; k < len(s.toks) && k-j <= 2; k++ {
		t := &s.toks[k]
		if t.kind == tkPunct {
			if c := s.text[t.start]; c == '-' || c == ',' || c == '.' && !s.isPunct(k-1, '.') {
				continue
			}
			break
		}
		if t.kind != tkWord || t.end-t.start != 1 {
			break
		}
		j = k
	}
	return j
}

// slashJoined: letters i..j touch a slash at either end, as shorthand
// is written ("91 y/o F w/ falls", "c/o N/V"); speech has no slashes, so
// they spell nothing.
func (s *scanner) slashJoined(i, j int) bool {
	if i > 0 && s.isPunct(i-1, '/') && s.toks[i-1].end == s.toks[i].start {
		return true
	}
	return j+1 < len(s.toks) && s.isPunct(j+1, '/') && s.toks[j].end == s.toks[j+1].start
}

// spellJoin: a mark said aloud between the letters of a spelled name.
func spellJoin(w []byte) bool {
	switch string(w) {
	case "apostrophe", "space", "hyphen", "dash":
		return true
	}
	return false
}

// spellingEchoes returns the word said right before the spelling that
// starts at token i when it is the letters spelled, with a comma or "like"
// between ("bo, b o", "ty, like t y"), or -1.
func (s *scanner) spellingEchoes(i int, letters []byte) int {
	p := s.prevWord(i, 1)
	if p >= 0 && p == i-1 && string(s.lowerTok(p)) == "like" {
		p = s.prevWord(p, 1)
	}
	if p >= 0 && p >= i-3 && s.toks[p].kind == tkWord && string(s.lowerTok(p)) == string(letters) {
		return p
	}
	// further back, a word found for a name ("fox like the animal
	// [patient] yep f o x", "jian wu, that's w u")
	for k := i - 2; k >= 0 && k >= i-12; k-- {
		if s.toks[k].kind == tkWord && string(s.lowerTok(k)) == string(letters) && s.covered(k, Name) {
			return k
		}
	}
	return -1
}

// nameRightBefore: token k comes right after "name" or "surname" ("last
// name oh", "first name thi").
func (s *scanner) nameRightBefore(k int) bool {
	p := s.prevWord(k, 0)
	if p < 0 && k >= 4 && s.labelEndsAt(k-1) {
		p = k - 4 // "and the last name [caller] oh, o h": the answer opens the next turn
	} else if p < 0 || p != k-1 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "name", "surname", "lastname", "firstname":
		return true
	}
	return false
}

// likeBefore: the letters spelled from token i come right after "like"
// ("rich like r i c h").
func (s *scanner) likeBefore(i int) bool {
	p := s.prevWord(i, 1)
	return p >= 0 && p >= i-2 && string(s.lowerTok(p)) == "like"
}

// nameWordBefore: the word "name" (or "surname") is said in the eight
// words before token i.
func (s *scanner) nameWordBefore(i int) bool {
	for k := i - 1; k >= 0 && i-k <= 8; k-- {
		switch string(s.lowerTok(k)) {
		case "name", "names", "surname", "lastname", "firstname", "hyphenated", "maiden":
			return true // ("it's petrosyan-hale now, hyphenated, h a l e")
		}
	}
	return false
}

// letterModifier: a word said of the letter after it while spelling: how
// many times the letter counts ("double" 2, "triple" 3, "capital" 1), or
// 0.
func letterModifier(w []byte) int {
	switch string(w) {
	case "capital", "cap", "big", "small", "lowercase", "uppercase", "lower", "upper":
		return 1
	case "double":
		return 2
	case "triple":
		return 3
	}
	return 0
}

// saidWithSpelling adds the word said just before or after a name spelled
// letter by letter at tokens i to j ("pham, p-h-a-m", "g-r-e-e-n, green"):
// the spelling says it is a name, whatever else the word may be.
func (s *scanner) saidWithSpelling(i, j int) {
	if s.toks[i].end-s.toks[i].start != 1 {
		return
	}
	var room [24]byte
	letters := room[:0]
	for k := i; k <= j; k++ {
		switch t := &s.toks[k]; {
		case t.kind == tkPunct:
		case t.kind == tkWord && t.end-t.start == 1 && len(letters) < len(room):
			letters = append(letters, s.lowerTok(k)[0])
		default:
			return // "s as in sam": the words after "as in" are not the name's letters
		}
	}
	if len(letters) < 2 {
		return
	}
	for _, k := range [2]int{s.prevWord(i, 1), s.nextWord(j, 1)} {
		if k >= 0 && s.toks[k].kind == tkWord && string(s.lowerTok(k)) == string(letters) {
			s.add(k, k, Name, 0.85, "name/spelled")
			return
		}
	}
	// said a little before: "it's ingrid ostrowski. last name is spelled o s
	// t r o w s k i" (a name of four letters or more, in the twelve words
	// before)
	if len(letters) < 4 {
		return
	}
	for k, n := i-1, 0; k >= 0 && n < 12; k-- {
		if s.toks[k].kind != tkWord {
			continue
		}
		n++
		if string(s.lowerTok(k)) == string(letters) {
			s.add(k, k, Name, 0.85, "name/spelled")
			return
		}
	}
}

// inLawSpoken: the relation at token i goes on as "in law", the way speech
// recognition writes it ("my sister in law ivy").
func (s *scanner) inLawSpoken(i int) bool {
	return i+2 < len(s.toks) && string(s.lowerTok(i+1)) == "in" && string(s.lowerTok(i+2)) == "law" && s.adjacent(i, i+1) && s.adjacent(i+1, i+2)
}

// unitName: a unit that is one of the most given names ("miles") right
// after a relation, before what a person does ("her brother miles is
// scratching too"; not "my dad drove miles").
func (s *scanner) unitName(c int) bool {
	t := &s.toks[c]
	if !t.is(fUnit) || !t.is(fFirstTop) || t.is(fStop|fMonth|fNumWord) || !s.adjacent(c-1, c) {
		return false
	}
	n := c + 1
	return n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(c, n) && s.personVerbAt(n)
}

// inLaw: the relation at token i goes on as "-in-law".
func (s *scanner) inLaw(i int) bool {
	return i+4 < len(s.toks) && s.isPunct(i+1, '-') && string(s.lowerTok(i+2)) == "in" && s.isPunct(i+3, '-') && string(s.lowerTok(i+4)) == "law" && s.toks[i+4].end == s.toks[i+1].start+7
}

// articleBefore: the word before token i is an article or a demonstrative
// ("the name", "that name"), not whose it is.
func (s *scanner) articleBefore(i int) bool {
	p := s.prevWord(i, 0)
	if p < 0 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "the", "a", "that", "this", "same", "what":
		return true
	}
	return false
}

// callNickname: "call" at token i and "him" or "her" at token o say a name
// next: the verb's subject is a group ("we", "they", "everyone"), the
// word after the pronoun ends what is said and is no function word, time or
// clinical word.
func (s *scanner) callNickname(i, o int) bool {
	p := s.prevWord(i, 0)
	x := o + 1
	if p < 0 || o != i+1 || x >= len(s.toks) || s.toks[x].kind != tkWord || !s.utteranceEndAfter(x) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "we", "they", "everyone", "everybody", "people", "kids", "folks", "friends":
	default:
		return false
	}
	t := &s.toks[x]
	if t.is(fClinical) && !t.is(fFirst) {
		return false // shorthand that no one is named; "chip" is both
	}
	return !t.is(fStop|fDeterminer|fNumWord|fMonth|fWeekday|fMeasure|fUnit) && !timeAdverb(s.lowerTok(x)) && !t.has(shApos)
}

// spellAs returns the word that spells the letter before token k, when
// token k opens "as in <word>" or says "like" or "for" before a word of
// that letter, a given name or the spelling alphabet's ("s as in sam", "e
// like echo", "m for mary"), or -1. "a" and
// "i" before "like" or "for" are words ("i like ice cream").
func (s *scanner) spellAs(k int) int {
	if k < 1 || k+1 >= len(s.toks) || s.toks[k-1].kind != tkWord || s.toks[k-1].end-s.toks[k-1].start != 1 {
		return -1
	}
	switch w := s.lowerTok(k); string(w) {
	case "as":
		if k+2 < len(s.toks) && string(s.lowerTok(k+1)) == "in" && s.toks[k+2].kind == tkWord {
			return k + 2
		}
	case "like", "for":
		l := s.text[s.toks[k-1].start] | 0x20
		if n := &s.toks[k+1]; l != 'a' && l != 'i' && n.kind == tkWord && n.end-n.start >= 3 && s.text[n.start]|0x20 == l && s.adjacent(k, k+1) &&
			!n.is(fStop|fDeterminer) && (n.is(fFirst) || natoLetter(s.lowerTok(k+1))) {
			return k + 1 // a given name or the spelling alphabet's word: not "P T for therapy"
		}
	}
	return -1
}

// acronym: clinical abbreviations people spell out that the word lists may
// lack.
func acronym(l []byte) bool {
	switch string(l) {
	case "mri", "cva", "copd", "ekg", "ecg", "hiv", "uti", "adhd", "acl", "std", "sti", "psa", "gerd", "emg",
		"cbc", "bph", "cpap", "bipap", "orif", "pcp", "obgyn", "icu", "nicu", "er", "ed", "ct", "cat", "pet",
		"ent", "gi", "ibs", "ibd", "tia", "dvt", "pe", "mi", "chf", "cad", "ckd", "esrd", "aki", "uri",
		"osa", "ptsd", "ocd", "bmi", "bp", "hr", "rr", "ekgs", "eeg", "egd", "tsh", "ldl", "hdl",
		"a1c", "inr", "ptt", "bmp", "cmp", "lft", "lfts", "abg", "ua", "ivf", "iud", "hpv", "hcv",
		"hbv", "rsv", "ppd", "tb", "ms", "als", "sle", "ra", "oa", "dm", "htn", "hld", "afib", "svt",
		"vtach", "pvc", "pac", "cabg", "pci", "tavr", "nsaid", "nsaids", "ace", "arb", "ssri", "snri",
		"maoi", "prn", "bid", "tid", "qid", "qd", "po", "iv", "im", "sq", "dnr", "dni", "poa", "hipaa",
		"usa", "abc", "abcd", "atv", "suv", "dui", "dwi", "ob", "gyn", "pt", "ot", "slp", "rn", "np",
		"md", "do", "pa", "aa", "na", "ama", "ada", "cdc", "fda", "who", "nih", "ems", "cpr", "aed",
		"acls", "bls", "dka", "hhs", "sob", "doe", "pnd", "loc", "nkda", "rom", "ue", "le", "ble", "rle",
		"lle", "rue", "lue", "heent", "perrla", "eomi", "ncat", "rrr", "ctab", "ntnd":
		return true
	}
	return false
}

// extendNames grows every name found since index start over the name-list
// words and capitalised words right next to it ("john white", "mary ann
// smith", "J. Smith").
func (s *scanner) extendNames(start int) {
	end := len(s.found)
	for f := start; f < end; f++ {
		if s.found[f].Type != Name {
			continue
		}
		a, b := s.tokAt(s.found[f].Start), s.tokAt(s.found[f].End-1)
		if a < 0 || b < 0 {
			continue
		}
		a0, b0 := a, b // at most three tokens either way; a possessive ends a name ("karen's sleep")
		poss := s.toks[b].has(shPoss)
		// "Chris B.", "Julieta S Almeida", "eric g. samoylova": initials
		// after a name, and the surname after them (an initial is never a
		// possessive: one letter)
		for k := b + 1; k < len(s.toks) && k-b0 <= 4 && !poss && s.initialAt(k); {
			b = k
			n := k + 1
			if s.isPunct(n, '.') {
				n++
			}
			if n < len(s.toks) && s.toks[n].start > s.toks[n-1].end && s.initialAt(n) {
				k = n
				continue
			}
			if n < len(s.toks) && s.toks[n].start > s.toks[n-1].end && s.nameNeighbourAfterInitial(n) {
				b = n
			}
			break
		}
		// "van der berg", "de la cruz": a name that ends in a particle goes
		// on to the surname, whatever the word
		if n := b + 1; !poss && s.toks[b].is(fParticle) && n < len(s.toks) && s.adjacent(b, n) && s.toks[n].kind == tkWord &&
			s.toks[n].end-s.toks[n].start >= 2 && !s.toks[n].is(fStop|fDeterminer|fParticle|fNumWord) && s.toks[n].start > s.toks[b].end {
			b = n
		}
		b0 = b
		for k := b + 1; k < len(s.toks) && k-b0 <= 3 && !s.toks[b].has(shPoss); k++ {
			if s.isPunct(k, '-') && k+1 < len(s.toks) && s.toks[k].start == s.toks[k-1].end {
				if n := &s.toks[k+1]; n.start == s.toks[k].end && n.kind == tkWord && n.end-n.start >= 2 && (!n.is(fCommon|fStop|fEponym) || !s.cased && n.is(fLast) && !n.is(fStop|fClinical) && n.end-n.start >= 3) && (!n.is(fClinical) || n.is(fNameAny)) && (s.cased && !n.has(shCap) || !s.cased && (n.is(fNameAny) || n.f&^(fRare|fPhrase) == 0 && n.end-n.start >= 3)) ||
					s.cased && n.start == s.toks[k].end && s.hyphenPart(k+1) {
					// "Hauta-aho": the second part of a double name, in lower
					// case; in speech "okafor-lindqvist": a surname or a word no
					// list knows; in cased text "Pieter-Jan", "Ji-woo"
					b, k = k+1, k+1
					continue
				}
				continue
			}
			if k == b+1 && s.cased && s.toks[k].kind == tkWord && s.toks[k].is(fParticle) && !s.toks[k].has(shSentStart) {
				// "Sanne de Vries-Bakker", "Pieter van der Berg": particles,
				// then the surname with its capital
				n := k
				for n < len(s.toks) && n-k < 3 && s.toks[n].kind == tkWord && s.toks[n].is(fParticle) && s.adjacent(n-1, n) {
					n++
				}
				if n < len(s.toks) && n > k && s.adjacent(n-1, n) && s.toks[n].kind == tkWord && s.toks[n].has(shCap) && !s.toks[n].has(shAllCaps) &&
					!s.toks[n].is(fStop|fDeterminer|fMonth|fWeekday|fTitle|fState|fCountry|fFacHead) && !s.covered(n, City) {
					b, k = n, n
					continue
				}
			}
			if k == b+1 && k+1 < len(s.toks) && s.toks[k].kind == tkWord && string(s.lowerTok(k)) == "hyphen" && s.toks[k+1].kind == tkWord &&
				s.adjacent(b, k) && s.adjacent(k, k+1) && !s.toks[k+1].is(fStop|fDeterminer|fNumWord) && s.toks[k+1].hi-s.toks[k+1].lo >= 2 {
				b, k = k+1, k+1 // "weiss hyphen hunter": a double name said with its hyphen
				continue
			}
			if k == b+1 && s.saidTwice(b, k) {
				b = k // "my sister august august pelletier": the name said twice
				continue
			}
			if k == b+1 && a == b && s.commonSurnameAfter(b, k) {
				b = k // "is kwame bell and he": a surname that is an everyday word
				continue
			}
			if k == b+1 && !s.cased && string(s.lowerTok(k)) == "ng" && s.toks[b].is(fFirst) && s.adjacent(b, k) && !s.ngTube(k) {
				b = k // "walter ng": the surname, not a nasogastric tube
				continue
			}
			if k == b+1 && a == b && string(s.lowerTok(k)) == "washington" && s.toks[b].is(fFirst) && !s.toks[b].is(fCity|fCounty|fState|fCommon|fNonPHI) {
				b = k // "jamal washington": the state that is a common surname, after a given name that names no town
				continue
			}
			if !s.adjacent(k-1, k) || s.toks[k].has(shNewline) || !s.nameNeighbour(k, false) || !s.cased && correctionWord(s.lowerTok(k)) {
				break // ("my husband rowan wait no": a correction, no surname)
			}
			if !s.cased && k == b+1 && s.toks[k].is(fCommon) && s.objectAfter(k) {
				break // "i'll have destiny call her": a verb with its object, no surname
			}
			b = k
		}
		for k := a - 1; k >= 0 && a0-k <= 3; k-- {
			if k > 0 && s.babyKind(k-1) || k >= 2 && s.inLawSpoken(k-2) {
				break // not the "girl" of "baby girl okafor", nor "my brother in [law reggie]"
			}
			if s.toks[k+1].has(shNewline) {
				break // "class A." then "Amara Lindgren" on the next line: a name starts its line
			}
			if s.isPunct(k, '.') && k > 0 && s.toks[k-1].end-s.toks[k-1].start == 1 && s.toks[k-1].kind == tkWord && !s.clitic(k-1) {
				k--
				a = k // an initial: "J. Smith" (not the "s" of "90's.")
				continue
			}
			if k == a-1 && s.toks[k].kind == tkWord && s.toks[k].end-s.toks[k].start == 1 && s.adjacent(k, a) && isUpperASCII(s.text[s.toks[k].start]) &&
				!strings.ContainsRune("ACEILMOPRSTUWX", rune(s.text[s.toks[k].start])) {
				a = k // "J WHITTAKER": an initial without its period
				continue
			}
			if k == a-1 && k > 0 && s.middleA(k) {
				k--
				a = k // "John A Smith", "benjamin a seiler": a given name, then the initial A
				continue
			}
			if s.isPunct(k, '.') && k > 0 && string(s.lowerTok(k-1)) == "st" {
				k--
				a = k // "St. Joseph's"
				continue
			}
			if w := string(s.lowerTok(k)); w == "saint" || w == "st" || w == "san" || w == "santa" {
				a = k // "saint joseph's": a place named after a saint
				continue
			}
			if k == a-1 && k > 0 && s.isPunct(k, '-') && s.toks[k].start == s.toks[k-1].end && s.toks[k].end == s.toks[a].start {
				// "NEWTON-WELLESLEY", "Lopez-Garcia": the first part of a
				// double name or place glued by a hyphen, a name or town too
				if p := &s.toks[k-1]; p.kind == tkWord && p.end-p.start >= 3 && p.is(fNameAny|fCity) && !p.is(fDeterminer|fUnit|fMeasure|fEponym|fTitle|fRelation) &&
					(!p.is(fStop) || s.cased && p.has(shCap) && !p.has(shAllCaps)) && // "Per-Anders Holm": a function word's spelling with its capital, glued

					p.has(shAllCaps) == s.toks[a].has(shAllCaps) && (!s.cased || p.has(shCap)) {
					k--
					a = k
					continue
				}
			}
			if s.toks[k].is(fParticle) && s.toks[k].kind == tkWord {
				a = k // "al-hassan", "van der berg"
				continue
			}
			if k == a-1 && k >= 3 && s.isPunct(k, '-') && s.isPunct(k-2, '-') && s.toks[k].end == s.toks[a].start && townJoin(s.lowerTok(k-1)) &&
				s.toks[k-1].end == s.toks[k].start && s.toks[k-2].end == s.toks[k-1].start && s.toks[k-3].end == s.toks[k-2].start && s.toks[k-3].kind == tkWord && (!s.cased || s.toks[k-3].has(shCap)) {
				k -= 3
				a = k // "Stoke-on-Trent", "Stratford-upon-Avon": a town of three parts
				continue
			}
			if s.isPunct(k, '-') && k > 0 && s.toks[k-1].is(fParticle) && s.toks[k-1].end == s.toks[k].start {
				k--
				a = k // "al-" before a name
				continue
			}
			if k == a-1 && s.saidTwice(k, a) {
				a = k // "august august pelletier": the name said twice
				continue
			}
			if k == a-1 && s.adjacent(k, a) && string(s.lowerTok(k)) == "oh" && irishO(s.lowerTok(a)) {
				a = k // "margaret oh sullivan": O' said as a word
				continue
			}
			if k == a-1 && !s.cased && s.givenBeforeSurname(k, a) {
				a = k // "brook mccullough": a given name that is a word too, before a surname no word spells
				continue
			}
			if !s.nameNeighbour(k, true) {
				break
			}
			a = k
		}
		end := int(s.toks[b].end)
		if s.toks[b].has(shPoss) {
			end = possStem(s.text, int(s.toks[b].start), end)
		}
		s.setSpan(f, int(s.toks[a].start), end)
	}
}

// givenBeforeSurname: in speech, token k is a given name that is an
// everyday word too ("brook", "mark", "summer") right before token a, a
// surname that no everyday word spells ("mccullough"): the person's given
// name. Not a pronoun's verb ("i hope mccullough calls"), nor a word of
// what people do.
func (s *scanner) givenBeforeSurname(k, a int) bool {
	t, n := &s.toks[k], &s.toks[a]
	if t.kind != tkWord || !t.is(fFirst) || t.is(fStop|fDeterminer|fPersonVerb|fNumWord|fMonth|fWeekday|fTitle|fRelation|fClinical) || !s.adjacent(k, a) ||
		!n.is(fLast) || n.is(fCommon|fFirstTop) || n.hi-n.lo < 4 || k > 0 && s.toks[k-1].end == t.start {
		return false // "looks like ashley": a well-known given name is no surname; "dtr-in-law Rita"
	}
	if p := s.prevWord(k, 0); p >= 0 && p == k-1 {
		switch string(s.lowerTok(p)) {
		case "i", "we", "you", "they", "he", "she", "it", "to", "will", "would", "can", "could", "should", "must", "might":
			return false
		}
	}
	return true
}

// irishO: a surname that takes O' ("O'Sullivan", "O'Neil"), which speech
// recognition writes as "oh sullivan".
func irishO(w []byte) bool {
	switch string(w) {
	case "sullivan", "neil", "neill", "brien", "brian", "connor", "conner", "connell", "donnell", "malley", "hara", "reilly", "rourke",
		"leary", "keefe", "shea", "toole", "dell", "grady", "halloran", "hare", "kane", "loughlin", "mahony", "meara", "neal",
		"shaughnessy", "dwyer", "callaghan", "carroll", "doherty", "donovan", "driscoll", "flaherty", "gorman", "hagan", "hanlon", "riordan":
		return true
	}
	return false
}

// saidTwice: tokens j and k (= j+1) are the same word said twice in a row,
// a stutter over a name ("august august pelletier"), not a function word,
// a direction or a state ("north, north carolina").
func (s *scanner) saidTwice(j, k int) bool {
	return s.adjacent(j, k) && s.toks[j].kind == tkWord && s.toks[k].kind == tkWord && !s.toks[k].has(shNewline) &&
		!s.toks[k].is(fStop|fDeterminer|fDirection|fState) && string(s.lowerTok(j)) == string(s.lowerTok(k))
}

// townJoin: the middle word of a town's name of three hyphenated parts
// ("Stoke-on-Trent", "Stratford-upon-Avon", "Clacton-on-Sea").
func townJoin(w []byte) bool {
	switch string(w) {
	case "on", "upon", "under", "le", "en", "in", "by", "sur":
		return true
	}
	return false
}

// babyName returns the token of the surname in "Baby boy Reyes", "baby
// girl okafor" (a newborn not yet named, called by the family's name), or
// -1: a surname the lists know or a word no list knows, with its capital
// in cased text.
func (s *scanner) babyName(i int) int {
	n := i + 2
	if n >= len(s.toks) || !s.adjacent(i+1, n) {
		return -1
	}
	t := &s.toks[n]
	if t.kind != tkWord || t.is(fStop|fDeterminer|fNumWord|fUnit|fMeasure|fClinical|fMonth|fWeekday) || t.hi-t.lo < 2 || s.cased && !t.has(shCap) ||
		t.is(fCommon) && !(s.cased && t.has(shCap)) {
		return -1
	}
	if !t.is(fLast) && t.f&^(fRare|fPhrase) != 0 {
		return -1 // "baby girl born at term", "baby boy was"
	}
	return n
}

// babyKind: "boy" or "girl" follows "baby" at token i.
func (s *scanner) babyKind(i int) bool {
	g := i + 1
	if g >= len(s.toks) || !s.adjacent(i, g) {
		return false
	}
	w := s.lowerTok(g)
	return string(w) == "boy" || string(w) == "girl"
}

// hyphenPart: in cased text, token n, glued by a hyphen after a name, is
// the name's second part: a capital that is no function word
// ("Pieter-Jan", "Marie-Claude"), or a syllable of up to four letters in
// lower case ("Min-jun", "Ji-woo"); not "Smith-like", "Jones-type".
func (s *scanner) hyphenPart(n int) bool {
	t := &s.toks[n]
	if l := t.end - t.start; t.kind == tkWord && l >= 2 && l <= 3 && !t.has(shCap) && n >= 2 && s.toks[n-2].has(shCap) && !s.toks[n-2].has(shAllCaps) &&
		!t.is(fDeterminer|fUnit|fMeasure|fNumWord) && !s.isPunct(n+1, '-') {
		switch string(s.lowerTok(n)) {
		case "in", "to", "of", "and", "up", "on", "by", "ish", "led", "run", "who", "it", "he", "she", "we", "me", "so", "is", "as", "at",
			"or", "the", "was", "has", "had", "did", "not", "but", "for", "yet", "now", "all", "any", "you", "his", "her", "its", "our", "out", "off":
		default:
			return true // a syllable of an East Asian given name: "Choi Yoon-ah", "Park Jun-seo"
		}
	}
	if t.kind != tkWord || t.is(fStop|fDeterminer|fEponym|fUnit|fMeasure|fNumWord) || t.has(shAllCaps) {
		return false
	}
	if t.has(shCap) {
		return !t.is(fClinical) || t.is(fNameAny)
	}
	switch string(s.lowerTok(n)) {
	case "like", "type", "esque", "ish", "led", "run", "based", "born":
		return false
	}
	l := t.end - t.start
	return l >= 2 && l <= 4 && !t.is(fClinical)
}

func (s *scanner) nameNeighbour(k int, before bool) bool {
	t := &s.toks[k]
	// a state that is also a given name may start one ("Virginia
	// Mendoza"), never end one ("tucson arizona")
	// a given name that is a month or a modal too, with its capital inside
	// a sentence before a name ("My name is May Lin Chow")
	if before && s.cased && t.kind == tkWord && t.is(fMonth|fStop) && t.is(fFirstTop) && t.has(shCap) && !t.has(shSentStart|shAllCaps) && k+1 < len(s.toks) && s.adjacent(k, k+1) {
		p := s.prevWord(k, 0)
		return p < 0 || !s.toks[p].is(fDatePrep|fLocPrep) && !s.datePrepAt(p) // not "In May Lin Chow visited"
	}
	if t.kind != tkWord || t.is(nameNot) || t.is(fState) && !(before && t.is(fFirst)) || !before && s.formLabel(k) {
		return false
	}
	// an eponym next to a name is a surname ("Patricia Foley") unless a
	// clinical head follows it ("foley catheter")
	if s.eponymHere(k) && (s.beforeEpoHead(k) || !(s.cased && t.has(shCap))) {
		return false
	}
	if s.notes && s.shorthand(k) && !t.is(fNameAny) {
		return false // "NP Patty CXR": shorthand after a name in a note
	}
	if !before && t.hi-t.lo == 4 && s.low[t.lo+1] == 'i' && (s.spellingRemark(k) >= 0 || string(s.lowerTok(k)) == "like" && k+1 < len(s.toks) && string(s.lowerTok(k+1)) == "the") {
		return false // "august like the month", "white like the color": the remark on the name is none of it
	}
	if s.cased {
		if before && t.has(shSentStart) && t.has(shCap) && t.is(fFirst) && (!t.is(fCommon) || t.is(fFirstTop)) && !t.is(fStop|fDeterminer) {
			return true // "Ken N. Fukuda" at the start of a sentence
		}
		if before && t.has(shSentStart) && t.has(shCap) && !t.has(shAllCaps|shApos) && t.f&^(fRare|fPhrase) == 0 && t.end-t.start >= 3 && !s.misspelt(k) {
			return true // "Duqyaha Karataev": a word no list knows opens a sentence before a name
		}
		if before && t.has(shSentStart) && t.has(shCap) && !t.has(shAllCaps|shApos) && t.is(fLast) && !t.is(fCommon|fStop|fDeterminer|fNonPHI|fClinical) && t.end-t.start >= 3 {
			return true // "Pham Van Hung": a surname, said first, opens a sentence before the name
		}
		return t.has(shCap) && !t.has(shSentStart) && (t.is(fNameAny) || !t.is(fCommon|fNonPHI|fFacility|fStreet))
	}
	if pleasantry(s.lowerTok(k)) || t.is(fLocPrep) {
		return false // "john near the door": a preposition of place is no surname
	}
	if k > 0 && s.toks[k-1].is(fFirst) && t.f&^(fRare|fPhrase) == 0 && t.end-t.start >= 3 && !t.has(shApos) {
		return true // "cheryl roushoro": a word no list knows after a given name
	}
	if n := k + 1; before && !s.notes && n < len(s.toks) && s.adjacent(k, n) && s.toks[n].is(fLast) && !s.toks[n].is(fCommon|fFirst) &&
		t.f&^(fRare|fPhrase|fNonPHI) == 0 && t.end-t.start >= 4 && !t.has(shApos) && !s.misspelt(k) {
		return true // "dmytro kovalenko": a word no list knows before a surname no word or given name spells
	}
	if k > 0 && s.toks[k-1].is(fFirstTop) && !s.toks[k-1].is(fStop) && t.is(fLast) && !t.is(fPersonVerb|fUnit|fMeasure) && !pleasantry(s.lowerTok(k)) && !(timeAdverb(s.lowerTok(k)) && !s.timeSurnameAtEnd(k)) && !placeAdverb(s.lowerTok(k)) && !s.objectAfter(k) {
		return true // "samuel bell", "gabriel bell": a surname that is also a word
	}
	if k > 0 && s.toks[k-1].is(fFirst) && t.is(fLast) && t.has(shPoss) && s.dwellingAfter(k) {
		return true // "at seymour black's house": whose house it is
	}
	return t.is(fNameAny) && !t.is(fFacility|fStreet) && (!t.is(fCommon) || t.is(fFirstTop|fLastTop))
}

// objectAfter: a pronoun that is only ever an object follows token k, so
// k is a verb ("sandy set it up", "kelly sees me"), not a surname; or a
// verb's particle and then its object ("kayla set up the phone", "mark
// picked out a walker").
func (s *scanner) objectAfter(k int) bool {
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return false
	}
	w := s.lowerTok(n)
	if objectPronoun(w) {
		return true
	}
	switch string(w) {
	case "up", "out", "off", "back", "by", "over", "in", "around":
		o := n + 1
		if s.adjacent(k, n) && o < len(s.toks) && s.adjacent(n, o) && (s.toks[o].is(fDeterminer) || objectPronoun(s.lowerTok(o))) && string(w) != "by" && string(w) != "in" {
			return true
		}
		// "mark stops by after work", "kim drops in": an everyday word in
		// its third person before a particle is the verb
		v := s.lowerTok(k)
		t := &s.toks[k]
		if o < len(s.toks) && s.toks[o].is(fDeterminer) {
			return false // "mark hills by the window": where, after a name
		}
		return s.adjacent(k, n) && len(v) >= 4 && v[len(v)-1] == 's' && v[len(v)-2] != 's' && t.is(fCommon) && !t.is(fLastTop|fFirst)
	}
	return false
}

// objectPronoun: a pronoun that is only ever an object.
func objectPronoun(w []byte) bool {
	switch string(w) {
	case "it", "me", "him", "them", "us":
		return true
	}
	return false
}

// callName: token n, right after "call", is a well-known given name rung
// up: the turn ends after it or a word of when follows ("i'll call mike
// later", "call sue tomorrow"); not "call bill collectors", "call me".
func (s *scanner) callName(n int) bool {
	t := &s.toks[n]
	if !t.is(fFirstTop) || t.is(nameNot) {
		return false
	}
	if s.utteranceEndAfter(n) {
		return true
	}
	w := s.lowerTok(n + 1)
	if timeAdverb(w) {
		return true
	}
	switch string(w) {
	case "tomorrow", "tonight", "back", "about", "when", "if":
		return true
	case "at", "by", "near", "in", "on", "outside":
		// "i saw john by the door", "met grace at church": a person seen
		// somewhere (an everyday word there would take an article first)
		if m := n + 2; m < len(s.toks) && s.adjacent(n+1, m) {
			switch string(s.lowerTok(m)) {
			case "the", "a", "work", "church", "school":
				return true
			}
		}
	}
	return false
}

// timeSurnameAtEnd: token k, a word of time after a given name, ends the
// utterance and is a surname too ("my name is joan early."); "later",
// "again" or "today" there still say when ("i'll call mike later.").
func (s *scanner) timeSurnameAtEnd(k int) bool {
	switch string(s.lowerTok(k)) {
	case "last", "early", "late":
		return s.utteranceEndAfter(k)
	}
	return false
}

// placeAdverb: an adverb that ends a verb's phrase, on a surname list too
// but never a surname after a given name ("drove grace home", "took rose
// back", "had trinity over").
func placeAdverb(w []byte) bool {
	switch string(w) {
	case "back", "home", "there", "here", "over", "away", "along", "around", "instead", "anyway":
		return true
	}
	return false
}

// timeAdverb: words of time that are surnames too, which after a given
// name say when ("i saw betty last week", "call john early").
func timeAdverb(w []byte) bool {
	switch string(w) {
	case "last", "next", "early", "late", "later", "soon", "again", "once", "twice", "before", "after", "today", "yesterday", "tonight", "now":
		return true
	}
	return false
}

// tokAt returns the index of the token starting or ending at byte offset
// off (binary search), or -1.
func (s *scanner) tokAt(off int) int {
	// findings are mostly read in text order: the token found last first
	if h := s.tokHint; h < len(s.toks) && off >= int(s.toks[h].start) && off < int(s.toks[h].end) {
		return h
	}
	return s.tokSearch(off)
}

// tokSearch is tokAt past its first guess: the two tokens after the last
// one found, then a binary search.
func (s *scanner) tokSearch(off int) int {
	if h := s.tokHint; h < len(s.toks) && off >= int(s.toks[h].start) {
		for k := h + 1; k < len(s.toks) && k < h+3; k++ {
			if t := &s.toks[k]; off < int(t.end) {
				if off >= int(t.start) {
					s.tokHint = k
					return k
				}
				break
			}
		}
	}
	lo, hi := 0, len(s.toks)-1
	for lo <= hi {
		m := (lo + hi) / 2
		t := &s.toks[m]
		switch {
		case off < int(t.start):
			hi = m - 1
		case off >= int(t.end):
			lo = m + 1
		default:
			s.tokHint = m
			return m
		}
	}
	return -1
}

// dwellingAfter: a word for where someone lives or works follows token k
// ("black's house", "grey's place").
func (s *scanner) dwellingAfter(k int) bool {
	n := s.nextWord(k, 0)
	if n != k+1 {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "house", "home", "place", "apartment", "flat", "farm", "cabin", "office", "shop", "store":
		return true
	}
	return false
}

// backwardsWord: "backwards" or "backward", asked of a word spelled in a
// test of attention.
// eyeChartWord: a word of reading letters off an eye chart ("the smallest
// line on the chart", "cover the left eye").
func eyeChartWord(w []byte) bool {
	switch string(w) {
	case "chart", "snellen", "line", "row", "cover", "eye", "eyes", "pinhole":
		return true
	}
	return false
}

// spellWord: a word that asks for or gives a spelling.
func spellWord(w []byte) bool {
	switch string(w) {
	case "spell", "spelled", "spelt", "spelling", "spells":
		return true
	}
	return false
}

func backwardsWord(w []byte) bool {
	return string(w) == "backwards" || string(w) == "backward"
}

// dishHere: dish word i stands next to a food word ("chicken alfredo",
// "the alfredo sauce", "caesar salad", "eggs benedict").
func (s *scanner) dishHere(i int) bool {
	for _, k := range [2]int{s.prevWord(i, 0), s.nextWord(i, 0)} {
		if k < 0 || k != i-1 && k != i+1 {
			continue
		}
		switch string(s.lowerTok(k)) {
		case "chicken", "beef", "shrimp", "veal", "pasta", "fettuccine", "fettucine", "penne", "sauce", "salad",
			"sandwich", "eggs", "pizza", "dressing", "steak", "soup", "pie":
			return true
		}
	}
	return false
}

// initialAt: token k is a single letter that can be an initial: a capital
// in cased text, any letter but the pronoun "i" and the article "a" in
// lower-case text (unless a period marks it: "t.").
// middleA: token k is "A" or "a" standing as a middle initial before a
// name: a given name right before it (capitalised in cased text, the
// initial too), so that "John A Smith" is one name while "give benjamin a
// book" has no surname after the article to make it one.
func (s *scanner) middleA(k int) bool {
	t, g := &s.toks[k], &s.toks[k-1]
	if t.kind != tkWord || t.end-t.start != 1 || s.text[t.start]|0x20 != 'a' || !s.adjacent(k-1, k) || !s.adjacent(k, k+1) {
		return false
	}
	if g.kind != tkWord || !g.is(fFirst) || g.is(fStop|fDeterminer|fTitle|fRelation|fMonth|fWeekday) {
		return false
	}
	if s.cased {
		return s.text[t.start] == 'A' && g.has(shCap) && !g.has(shAllCaps)
	}
	return true
}

func (s *scanner) initialAt(k int) bool {
	t := &s.toks[k]
	n := int(t.end - t.start)
	if t.has(shPoss) {
		n = possStem(s.text, int(t.start), int(t.end)) - int(t.start) // "Paul M's case"
	}
	if t.kind != tkWord || n != 1 || k == 0 || t.start == s.toks[k-1].end {
		return false
	}
	c := s.text[t.start]
	if s.cased {
		// "I" and "A" are words too: an initial with a period, or between a
		// capitalised word and a surname ("Martim A Pereira")
		return c >= 'A' && c <= 'Z' && (c != 'I' && c != 'A' || s.isPunct(k+1, '.') ||
			s.toks[k-1].has(shCap) && k+1 < len(s.toks) && s.adjacent(k, k+1) && s.toks[k+1].has(shCap) && s.nameNeighbourAfterInitial(k+1))
	}
	if c == 'i' || c == 'a' || c == 'I' || c == 'A' {
		return s.isPunct(k+1, '.')
	}
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// nameNeighbourAfterInitial: the surname after "J." or "S": a name-list or
// unknown word (capitalised in cased text).
func (s *scanner) nameNeighbourAfterInitial(n int) bool {
	t := &s.toks[n]
	if t.kind != tkWord || t.is(nameNot|fClinical) && !t.is(fLast) {
		return false
	}
	if s.cased {
		return t.has(shCap) && !t.is(fStop|fDeterminer|fMonth|fWeekday) && (t.is(fNameAny) || !t.is(fCommon))
	}
	return t.is(fNameAny) && !t.is(fCommon) || !t.is(fCommon|fNonPHI|fRare)
}

// sentenceStartName: in cased text a capital at the start of a sentence
// says nothing, so a given name there needs what follows: a speaker
// label ("Amy: ..."), what people do ("Sandra lives ..."), or an initial
// ("Ken N. Fukuda").
func (s *scanner) sentenceStartName(i int) bool {
	n := i + 1
	if n >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	if s.isPunct(n, ':') && !s.notes && (i == 0 || t.has(shNewline) || s.isPunct(i-1, '.') || s.isPunct(i-1, '?') || s.isPunct(i-1, '!') || s.isPunct(i-1, '"')) {
		return !t.is(fClinical) && (!t.is(fCommon) || t.is(fFirstTop)) // "Amy: …", "John: …"
	}
	// "Aloisia, can I …": a name addressed at the start of what is said
	if s.isPunct(n, ',') && !s.notes && n+1 < len(s.toks) && addressedAfter(s.lowerTok(n+1)) {
		return !t.is(fClinical) && (!t.is(fCommon) || t.is(fFirstTop))
	}
	if !s.adjacent(i, n) {
		return false
	}
	return s.toks[n].is(fPersonVerb) && !t.is(fCommon) || s.initialAt(n) && s.isPunct(n+1, '.')
}

// addressedAfter: words that follow a name said to someone ("Aloisia, can
// I …", "Mark, please …").
func addressedAfter(w []byte) bool {
	switch string(w) {
	case "can", "could", "would", "will", "please", "i", "you", "we", "do", "did", "are", "have", "thank", "thanks", "how", "what", "where", "when", "why", "listen", "look", "come":
		return true
	}
	return false
}

// coordinateNames: in cased text, capitalised words joined to a name by
// "and" or a comma are names too: "Vizirov, Barrett and Jones",
// "Lamovec and Morales".
func (s *scanner) coordinateNames(start int) {
	for f := start; f < len(s.found) && f < start+64; f++ {
		if s.found[f].Type != Name {
			continue
		}
		a, b := s.tokAt(s.found[f].Start), s.tokAt(s.found[f].End-1)
		if a < 0 || b < 0 {
			continue
		}
		// a name written in lower case is listed with others like it
		lower := !s.cased || !s.toks[a].has(shCap)
		if k := b + 2; k < len(s.toks) && (s.isPunct(b+1, ',') || s.isPunct(b+1, '&') || string(s.lowerTok(b+1)) == "and") && (s.coordinated(k, lower) || s.listedModal(k, b+1)) && !s.coveredByName(k) {
			s.add(k, k, Name, 0.7, "name/coordinated")
		}
		if k := a - 2; k >= 0 && (s.isPunct(a-1, ',') || s.isPunct(a-1, '&') || string(s.lowerTok(a-1)) == "and") && (s.coordinated(k, lower) || s.listedModal(k, a-1)) && !s.coveredByName(k) {
			s.add(k, k, Name, 0.7, "name/coordinated")
		}
	}
}

// listedModal: token k is "will" or "may" listed with a name, joined by
// token j, where no verb can follow it: last before a pause ("my kids,
// margaret and will."), or first, set off by a comma, as what is said
// opens ("will, margaret, you can both come?").
func (s *scanner) listedModal(k, j int) bool {
	if !s.modalWordAt(k) || s.cased && !s.toks[k].has(shCap) {
		return false
	}
	if k > j {
		return string(s.lowerTok(j)) == "and" && (s.turnEndsAfter(k) || s.isPunct(k+1, ','))
	}
	return s.isPunct(j, ',') && j == k+1 && s.opensUtterance(k)
}

// coordinated: token k could be a surname in a list of names: a capital,
// and a name-list word or no English word; in lower case (the text's or
// the listed name's) a given name no word has, or a word no list knows.
func (s *scanner) coordinated(k int, lower bool) bool {
	t := &s.toks[k]
	if t.is(fEponym) && s.findingAfter(k) {
		return false // "Barlow and Ortolani negative": a sign listed with another (not "Vizirov, Barrett and Jones")
	}
	if lower && !t.has(shCap) {
		// in lower case a given name no word has (or a well-known one), or
		// a word no list knows: "proxys. suzette and ank", "my girls, ana
		// and kelsey", "we had sue and ron over"
		return t.kind == tkWord && t.end-t.start >= 3 && !t.has(shApos) && (t.f&^(fRare|fPhrase|fNonPHI) == 0 ||
			t.is(fFirst) && !t.is(fStop|fMonth|fCountry|fState|fRelation|fTitle) && (!t.is(fCommon|fClinical) || t.is(fFirstTop))) // "wife june and son will": a relation listed next
	}
	return t.kind == tkWord && t.has(shCap) && !t.has(shAllCaps) && t.end-t.start >= 3 && !t.is(fStop|fDeterminer|fMonth|fWeekday|fTitle|fCountry|fState|fClinical|fFacility|fStreet|fUnit) &&
		(t.is(fNameAny) && !t.is(fCommon) || !t.is(fCommon|fNonPHI|fRare|fCity) ||
			t.has(shSentStart) && t.is(fFirstTop)) // "Bill and Mary from church": a sentence's capital says nothing, the list does
}

// findingAfter: the word after token k says what an examination found of
// it or what it is ("Ortolani negative", "Ortolani sign"): a clinical
// head or a result.
func (s *scanner) findingAfter(k int) bool {
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(k, n) {
		return false
	}
	if s.toks[n].is(fEpoHead) {
		return true
	}
	switch string(s.lowerTok(n)) {
	case "negative", "positive", "normal", "abnormal", "equivocal", "intact", "absent", "present", "neg", "pos":
		return true
	}
	return false
}

// eponymBeforeHead: token j is an eponym the lists hold right before a
// clinical head ("the old name was norwalk virus", "it's called Hashimoto
// thyroiditis"): a disease's name, not a person's.
func (s *scanner) eponymBeforeHead(j int) bool {
	n := j + 1
	return s.toks[j].is(fEponym|fEpoSurname) && n < len(s.toks) && s.toks[n].kind == tkWord && s.toks[n].is(fEpoHead) && s.adjacent(j, n)
}

// eponymListed: possessive token i is listed with an eponym in the
// possessive ("Cushing's and Addison's", "Addison's or Graves'"): a disease
// named after a person, like it.
func (s *scanner) eponymListed(i int) bool {
	if !s.toks[i].has(shPoss) {
		return false
	}
	for _, k := range [2]int{i - 2, i + 2} {
		if k < 0 || k >= len(s.toks) || s.toks[k].kind != tkWord || !s.toks[k].is(fEponym) {
			continue
		}
		c := min(i, k) + 1
		if w := string(s.lowerTok(c)); w == "and" || w == "or" || s.isPunct(c, ',') {
			if s.toks[k].has(shPoss) || s.isPunct(k+1, '\'') {
				return true
			}
		}
	}
	return false
}

func (s *scanner) coveredByName(k int) bool { return s.covered(k, Name) }

// noteKind: a word after a credential that says what kind of note it
// heads ("RN NOTE", "MD PROGRESS NOTE", "NP ADDENDUM").
func noteKind(w []byte) bool {
	switch string(w) {
	case "note", "notes", "progress", "admission", "admit", "addendum", "shift", "summary", "nursing", "event", "events", "update":
		return true
	}
	return false
}

// credentialNames marks up to three name words before a credential.
func (s *scanner) credentialNames() {
	for c := 1; c < len(s.toks); c++ {
		if s.toks[c].kind != tkWord || !s.toks[c].is(fCredential) || !s.adjacent(c-1, c) && !s.isPunct(c-1, ',') {
			continue
		}
		if s.toks[c].has(shNewline) && s.isPunct(c+1, ':') {
			continue // "RN: got it": a speaker's label opening a line, no signature of the line before
		}
		if n := c + 1; n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(c, n) && noteKind(s.lowerTok(n)) {
			continue // "SDU RN NOTE", "CTICU RN PROGRESS": the kind of note and its unit, no signature
		}
		// "md" in running cased text is rarely the credential; at the end
		// of a line that starts with the name it signs a note: "anita
		// morris rn"
		sig := false
		if s.cased && !s.toks[c].has(shAllCaps) && s.toks[c].end-s.toks[c].start > 1 {
			if c+1 < len(s.toks) && !s.toks[c+1].has(shNewline) {
				continue
			}
			sig = true
		}
		j := c - 1
		if s.isPunct(j, ',') {
			j--
		}
		b, a := j, -1
		for k := j; k >= 0 && b-k < 4; k-- {
			if s.toks[k].is(fCommon) && !s.toks[k].is(fFirstTop|fLastTop) && (k < b-1 || !s.initialBefore(k)) && !s.doubleSurnameEnd(k) {
				break // an everyday word is a name here only after an initial: "q. lander rrt", not "per md"
			}
			t := &s.toks[k]
			if s.isPunct(k, '.') && k > 0 && s.toks[k-1].end-s.toks[k-1].start == 1 && s.toks[k-1].kind == tkWord {
				continue // an initial: "q. lander"
			}
			if s.isPunct(k, '-') || s.isPunct(k, '\'') {
				continue // "Stord-Painter", "O'connell"
			}
			if t.kind != tkWord {
				break
			}
			if !s.credentialNameWord(k) && !(sig && !t.has(shCap) && s.signatureWord(k)) {
				break
			}
			a = k
			if t.has(shNewline) || t.has(shSentStart) && k < b {
				break
			}
		}
		if sig && (a < 0 || !s.toks[a].has(shNewline) && a > 0) {
			continue // a signature line starts with the name
		}
		if a >= 0 && a <= b {
			s.add(a, b, Name, 0.85, "name/credential")
		}
	}
}

// doubleSurnameEnd: token k ends a hyphenated surname whose first part is
// no everyday word ("Stord-Painter", "Lyle-Baker"): the everyday word after
// the hyphen is part of the name.
func (s *scanner) doubleSurnameEnd(k int) bool {
	p := k - 2
	return p >= 0 && s.isPunct(k-1, '-') && s.toks[p].end == s.toks[k-1].start && s.toks[k-1].end == s.toks[k].start &&
		s.toks[p].kind == tkWord && s.toks[p].end-s.toks[p].start > 1 && !s.toks[p].is(fCommon) && s.credentialNameWord(p)
}

// signatureWord: a lower-case word of a name signing a note in cased text:
// a name-list word that is no everyday word or shorthand, or a word no list
// knows.
func (s *scanner) signatureWord(k int) bool {
	t := &s.toks[k]
	if t.kind != tkWord || t.end-t.start < 2 || t.is(fStop|fDeterminer|fTitle|fRelation|fMonth|fWeekday|fNumWord|fUnit|fCareUnit|fClinical|fCommon) {
		return false
	}
	return t.is(fNameAny) || t.f&^(fRare|fPhrase) == 0
}

// credentialNameWord: a word that may be part of the name before a
// credential: a name-list word, an initial, or a word no list knows (with a
// capital in cased text), never a function word or clinical shorthand.
func (s *scanner) credentialNameWord(k int) bool {
	t := &s.toks[k]
	if t.kind != tkWord || t.is(fStop|fDeterminer|fTitle|fRelation|fMonth|fWeekday|fNumWord|fUnit|fCareUnit) {
		return false
	}
	if t.end-t.start == 1 {
		return true
	}
	if s.cased && !t.has(shCap) {
		return false
	}
	if t.is(fClinical) && !t.is(fNameAny) {
		return false
	}
	if t.has(shAllCaps) && t.end-t.start <= 3 && t.f&^(fNonPHI|fRare) == 0 {
		return true // initials: "discussed with JH MD"
	}
	return t.is(fNameAny) || !t.is(fCommon|fNonPHI)
}

// afterGivenName: token i stands next to other parts of a name: a given
// name or a given name and an initial before it ("benjamin a seiler"), or
// an initial and a name-list word after it ("codey m ross").
func (s *scanner) afterGivenName(i int) bool {
	given := func(k int) bool {
		t := &s.toks[k]
		return t.kind == tkWord && t.is(fFirst) && (!t.is(fCommon) || t.is(fFirstTop)) && !t.is(fStop|fClinical)
	}
	letter := func(k int) bool { return s.toks[k].kind == tkWord && s.toks[k].end-s.toks[k].start == 1 }
	if p := i - 1; p >= 0 && s.adjacent(p, i) && (given(p) || letter(p) && p > 0 && s.adjacent(p-1, p) && given(p-1)) {
		return true
	}
	n := i + 1
	return n+1 < len(s.toks) && s.adjacent(i, n) && letter(n) && s.adjacent(n, n+1) && s.toks[n+1].is(fNameAny) && !s.toks[n+1].is(fStop)
}

// foreignNameStart: in cased text, a capitalised word in no list of English
// words that starts a name by what follows it: a surname ("Przemek
// Kucharski", "Csenger Gábor"), or, when it is written with letters
// beyond ASCII ("Tómas", "Kristíana"), a speaker label or what people do.
// Names from other languages are missing from the US name lists.
func (s *scanner) foreignNameStart(i int) bool {
	t := &s.toks[i]
	n := i + 1
	if n >= len(s.toks) {
		return false
	}
	u := &s.toks[n]
	if s.adjacent(i, n) && u.kind == tkWord && u.has(shCap) && !u.has(shAllCaps) && !u.is(fCommon|fNonPHI|fClinical|fStop|fCountry|fState) &&
		(u.is(fLast) || u.f&^(fRare|fPhrase) == 0 && nonASCII(s.tokText(n))) {
		return t.is(fNameAny) || t.f&^(fRare|fPhrase) == 0
	}
	if t.f&^(fRare|fPhrase) != 0 || !t.has(shSentStart) || s.notes {
		return false
	}
	// a word no list knows: a speaker label or a name addressed always;
	// before what people do only when written beyond ASCII (a drug may
	// start a sentence too)
	if n < len(s.toks) && (s.isPunct(n, ':') || s.isPunct(n, ',')) {
		return s.sentenceStartName(i)
	}
	if nonASCII(s.tokText(i)) && s.sentenceStartName(i) {
		return true
	}
	// what only people do: "Mehrudin shouted at", "Adomo began writing",
	// "Ciset lives on" (a drug or a device may work, help or come, but it
	// does not shout, reply or live somewhere)
	if n < len(s.toks) && s.adjacent(i, n) && s.toks[n].kind == tkWord && onlyPeople(s.lowerTok(n)) {
		return true
	}
	// "Irenka is very reliable. You can depend on him.": a word no list
	// knows, described, then spoken of as a person in the next words
	if n < len(s.toks) && s.adjacent(i, n) && u.kind == tkWord && (string(s.lowerTok(n)) == "is" || string(s.lowerTok(n)) == "was") && s.personAfter(n, 16) {
		return true
	}
	// two capitalised words no list knows, then what people do or a
	// possessive: "Cendrillon Coudert lives at", "Alpatu Shervashidze's"
	if m := n + 1; m < len(s.toks) && s.adjacent(i, n) && u.kind == tkWord && u.has(shCap) && !u.has(shAllCaps) && u.f&^(fRare|fPhrase) == 0 {
		return u.has(shPoss) || s.adjacent(n, m) && s.toks[m].kind == tkWord && (onlyPeople(s.lowerTok(m)) || s.toks[m].is(fPersonVerb))
	}
	return false
}

// personAfter: a pronoun of a person (he, she, him, her, his, hers)
// among the n tokens after token i.
func (s *scanner) personAfter(i, n int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+n; k++ {
		if s.toks[k].kind == tkWord {
			switch string(s.lowerTok(k)) {
			case "he", "she", "him", "her", "his", "hers", "himself", "herself":
				return true
			}
		}
	}
	return false
}

// onlyPeople: verbs that only people do, after a name at the start of a
// sentence.
func onlyPeople(w []byte) bool {
	switch string(w) {
	case "said", "says", "told", "tells", "asked", "asks", "shouted", "shouts", "replied", "replies", "answered", "wrote",
		"writes", "began", "begins", "lives", "lived", "died", "visited", "visits", "stayed", "thinks", "thought", "knew",
		"mentioned", "explained", "laughed", "smiled", "cried", "sang", "married", "graduated", "studied", "drove", "whispered":
		return true
	}
	return false
}

// nonASCII: w has a byte beyond ASCII.
func nonASCII[T string | []byte](w T) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 0x80 {
			return true
		}
	}
	return false
}

// capitalPair: a capitalised word no English or clinical list knows stands
// right before or after token i.
func (s *scanner) capitalPair(i int) bool {
	for _, k := range [2]int{i - 1, i + 1} {
		if k < 0 || k >= len(s.toks) || !(k < i && s.adjacent(k, i) || k > i && s.adjacent(i, k)) {
			continue
		}
		u := &s.toks[k]
		if u.kind == tkWord && u.has(shCap) && !u.has(shAllCaps) && !u.is(fStop|fUnit) && (u.is(fNameAny) || !u.is(fCommon|fNonPHI|fClinical)) {
			return true
		}
	}
	return false
}

// placePrepBefore: "in", "at", "from", "near" or "to" right before token i.
func (s *scanner) placePrepBefore(i int) bool {
	p := i - 1
	if p < 0 || s.toks[p].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "in", "at", "from", "near", "to":
		return true
	}
	return false
}

// initialBefore: an initial ("q.", "J") stands right before token k.
func (s *scanner) initialBefore(k int) bool {
	p := k - 1
	if p >= 0 && s.isPunct(p, '.') {
		p--
	}
	return p >= 0 && s.toks[p].kind == tkWord && s.toks[p].end-s.toks[p].start == 1 && !s.clitic(p)
}

// clitic: one-letter token p is glued to a word or an apostrophe before it,
// the end of a word ("the 90's. Good", "don't"), not an initial ("(B.
// KARGAS", "CARAFATE-W. MAROTTA" are).
func (s *scanner) clitic(p int) bool {
	if p == 0 || s.toks[p].start > s.toks[p-1].end {
		return false
	}
	return s.toks[p-1].kind != tkPunct || s.apostropheAt(p-1)
}

// apostropheAt: token k is an apostrophe, straight or curly.
func (s *scanner) apostropheAt(k int) bool {
	return s.isPunct(k, '\'') || k >= 0 && k < len(s.toks) && s.tokText(k) == "\u2019"
}

// goBy returns the token after "by" (token i) where a person "goes by"
// it: a given name, even one that is also a word, where the utterance
// ends ("i go by sunny."; not "i go by bus", "goes by the book"); or -1.
func (s *scanner) goBy(i int) int {
	p, n := s.prevWord(i, 0), i+1
	if p != i-1 || p < 0 || n >= len(s.toks) || !s.adjacent(i, n) {
		return -1
	}
	switch string(s.lowerTok(p)) {
	case "go", "goes", "went", "going":
	default:
		return -1
	}
	t := &s.toks[n]
	modal := s.modalWordAt(n) // "but i go by will": no modal ends what is said
	if t.kind == tkWord && t.is(fFirst) && (!t.is(nameNot|fEponym) || modal) && !(t.is(fClinical) && t.is(fCommon)) && s.utteranceEndAfter(n) {
		return n // (shorthand that is no everyday word is a name here: "goes by lan")
	}
	// a nickname that is an everyday word, said as the whole of what the
	// person goes by: "she goes by peaches at the home", "he goes by red
	// now"; not how or when something goes ("goes by fast", "went by car",
	// "goes by weight", "the years go by")
	if t.kind != tkWord || t.hi-t.lo < 3 || t.is(fStop|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure|fMonth|fWeekday|fClinical|fRelation|fTitle) ||
		bytes.HasSuffix(s.lowerTok(n), []byte("ly")) || goByNotName(s.lowerTok(n)) {
		return -1
	}
	if s.utteranceEndAfter(n) || s.clauseEndsAfter(n) {
		return n
	}
	if m := n + 1; m < len(s.toks) && s.toks[m].kind == tkWord && s.adjacent(n, m) {
		switch string(s.lowerTok(m)) {
		case "at", "now", "these", "since", "because", "cause", "with":
			return n
		}
	}
	return -1
}

// goByPerson returns the given name a person goes by after "he goes by",
// "she goes by" even when it is clinical shorthand too ("he goes by art",
// "she goes by art date of birth ...": what is said ends, or a field or
// a clause follows), or -1.
func (s *scanner) goByPerson(i int) int {
	p, n := s.prevWord(i, 0), i+1
	if p != i-1 || p < 1 || n >= len(s.toks) || !s.adjacent(i, n) || !s.adjacent(p-1, p) || !subjectPronoun(s.lowerTok(p-1)) || string(s.lowerTok(p-1)) == "it" {
		return -1
	}
	switch string(s.lowerTok(p)) {
	case "go", "goes", "went":
	default:
		return -1
	}
	t := &s.toks[n]
	if t.kind != tkWord || !t.is(fFirst) || t.is(nameNot|fEponym) || t.hi-t.lo < 3 {
		return -1
	}
	if s.utteranceEndAfter(n) || s.clauseEndsAfter(n) {
		return n
	}
	if m := n + 1; m < len(s.toks) && s.toks[m].kind == tkWord && s.adjacent(n, m) {
		switch string(s.lowerTok(m)) {
		case "and", "but", "so", "date", "dob", "birthday", "now", "at", "with", "since", "because":
			return n
		}
	}
	return -1
}

// everyoneCalls returns the name said after "everyone says" or
// "everybody calls me" (him, her) at token i, where what is said ends:
// "my legal name is sun hee but everyone says sunny", "everybody calls him
// bud"; or -1. Not "everyone says hello", "everyone calls me back".
func (s *scanner) everyoneCalls(i int) int {
	w := s.lowerTok(i)
	if string(w) != "says" && string(w) != "calls" && string(w) != "call" {
		return -1
	}
	p := i - 1
	if p < 0 || s.toks[p].kind != tkWord || !s.adjacent(p, i) {
		return -1
	}
	switch string(s.lowerTok(p)) {
	case "everyone", "everybody", "people", "folks", "friends":
	default:
		return -1
	}
	n := i + 1
	if string(w) != "says" {
		if n >= len(s.toks) || !personObject(s.lowerTok(n)) {
			return -1
		}
		n++
	}
	if n >= len(s.toks) {
		return -1
	}
	t := &s.toks[n]
	if t.kind != tkWord || t.end-t.start < 2 || t.is(fStop|fDeterminer|fNumWord|fOrdWord|fUnit|fMeasure|fMonth|fWeekday|fRelation|fTitle|fClinical|fGreeting) ||
		goByNotName(s.lowerTok(n)) || placeAdverb(s.lowerTok(n)) || timeAdverb(s.lowerTok(n)) || !(s.utteranceEndAfter(n) || s.clauseEndsAfter(n)) || s.cased && !t.has(shCap) {
		return -1
	}
	return n
}

// personObject: w is a pronoun for a person as an object.
func personObject(w []byte) bool {
	switch string(w) {
	case "me", "him", "her", "them":
		return true
	}
	return false
}

// goByNotName: a word after "goes by" that says how or what, not who:
// "goes by fast", "went by car", "goes by weight".
func goByNotName(w []byte) bool {
	switch string(w) {
	case "fast", "slow", "car", "bus", "train", "plane", "foot", "boat", "bike", "itself", "himself", "herself", "themselves",
		"now", "too", "weight", "size", "age", "name", "default", "phone", "mail", "email", "text", "there", "here", "yet", "soon", "quick":
		return true
	}
	return false
}

// shortFor reads a name said with the one it is short for, from "short"
// at token i: "it's ginny, short for virginia", "Liz, short for
// Elizabeth". The word before the comma and "short" is the name a person
// goes by, and a given name right after "for" the full one ("ms, short for
// multiple sclerosis" names no one). It returns both tokens, or -1.
func (s *scanner) shortFor(i int) (nick, full int) {
	f, c := i+1, i+2
	if i < 2 || c >= len(s.toks) || !s.isPunct(i-1, ',') || string(s.lowerTok(f)) != "for" || !s.adjacent(i, f) || !s.adjacent(f, c) {
		return -1, -1
	}
	n, t := &s.toks[i-2], &s.toks[c]
	if n.kind != tkWord || n.is(nameNot) && !n.is(fFirstTop) || n.is(fClinical) && !n.is(fFirst) || t.kind != tkWord || !t.is(fFirst) || t.is(nameNot) ||
		s.cased && !(n.has(shCap) && t.has(shCap)) {
		return -1, -1
	}
	return i - 2, c
}

// spellingRemark returns the word before token i ("with" or "like") when
// what follows explains how that word is spelled: "with no e", "with an
// e", "with two l's", "with a silent h" after any word; "like the month",
// "like the flower" after a month or a given name ("august like the
// month", "rose like the flower"). Such remarks are made about names;
// "coffee with no sugar" has no letter, "felt like the month dragged" no
// name before it. It returns -1 otherwise.
func (s *scanner) spellingRemark(i int) int {
	n := i - 1
	if n >= 0 && s.isPunct(n, ',') {
		n--
	}
	if n < 0 || i+2 >= len(s.toks) || s.notes || s.toks[n].kind != tkWord || s.toks[n].hi-s.toks[n].lo < 2 || s.toks[n].is(fStop|fDeterminer|fNumWord|fUnit|fPersonVerb) {
		return -1
	}
	switch string(s.lowerTok(n)) {
	case "begins", "starts", "ends", "start", "begin", "end", "starting", "beginning", "ending", "one", "something", "word", "name", "thing":
		return -1 // "it begins with a d": a word said about, not a name spelled
	}
	switch string(s.lowerTok(i)) {
	case "with":
		k := i + 1
		for m := 0; m < 2 && k < len(s.toks) && s.toks[k].kind == tkWord; m++ {
			switch string(s.lowerTok(k)) {
			case "no", "an", "a", "one", "two", "double", "silent", "just", "only":
				k++
				continue
			}
			break
		}
		if k == i+1 || k >= len(s.toks) || s.toks[k].kind != tkWord || !s.adjacent(k-1, k) {
			return -1
		}
		l := s.lowerTok(k)
		if len(l) != 1 && !(len(l) == 2 && l[1] == 's' && (s.toks[k].has(shApos) || string(s.lowerTok(k-1)) == "two" || string(s.lowerTok(k-1)) == "double")) {
			return -1
		}
		if k+1 < len(s.toks) && s.toks[k+1].kind == tkPunct && s.toks[k+1].start == s.toks[k].end && !s.isPunct(k+1, '.') && !s.isPunct(k+1, ',') {
			return -1 // "with a c-spine collar", "with no c/o"
		}
		if s.cased && !s.toks[n].has(shCap) {
			return -1
		}
		return n
	case "like":
		if string(s.lowerTok(i+1)) != "the" || !s.adjacent(i, i+1) || !s.adjacent(i+1, i+2) {
			return -1
		}
		switch string(s.lowerTok(i + 2)) {
		case "month":
			if s.toks[n].is(fMonth) {
				return n
			}
		case "flower", "season", "gem", "stone", "bird", "tree", "color", "colour", "saint", "apostle", "poet", "singer", "president":
			if s.toks[n].is(fFirst) {
				return n
			}
		case "animal", "chess", "job", "trade", "profession", "fish", "metal", "river", "mountain", "city", "town", "drink", "car":
			// "fox like the animal", "bishop like the chess piece", "baker
			// like the job": a surname spelled by the everyday word it is
			if s.toks[n].is(fNameAny) {
				return n
			}
		}
	}
	return -1
}

// utteranceEndAfter: nothing but punctuation or the end of the text follows
// token n, or a conjunction that starts the next clause.
func (s *scanner) utteranceEndAfter(n int) bool {
	k := n + 1
	if k >= len(s.toks) || s.toks[k].kind == tkPunct || s.toks[k].kind == tkTag {
		return true
	}
	switch string(s.lowerTok(k)) {
	case "and", "but", "so", "um", "uh":
		return true
	}
	return false
}

// repeatFindings: a word that a detector took for a name or a place is that
// name or place wherever else the same text says it, cue or no cue ("Plan
// per Okoro" after "Dr. Vashti Okoro", "return to QMH" after "transferred
// to QMH"). Everyday words, titles, heads and other words that say what a
// name is rather than which ("will", "dr", "hospital") do not spread.
func (s *scanner) repeatFindings() {
	s.reps = s.reps[:0]
	s.collectReps(true)
	if s.conv != nil {
		s.conv.hear(s.reps)
	}
	// then the words other turns of the conversation took for names
	for _, h := range s.carry {
		if len(s.reps) == maxReps {
			break
		}
		s.addRep(s.carryFrom.word(h), h.typ, repeatScore)
	}
	sure := len(s.reps)
	if sure > 0 {
		s.spreadReps(s.reps, repeatScore)
	}
	// A weaker finding spreads too, at its own score: a word the scan took
	// for a name once is taken for it everywhere, or redaction would mask
	// one copy and leave the next ("Aaab met Aaab"). Rare: most texts have
	// no finding below a repeat's score.
	s.collectReps(false)
	if weak := s.reps[sure:]; len(weak) > 0 {
		low := weak[0].score
		for _, r := range weak {
			low = min(low, r.score)
		}
		s.spreadReps(weak, low)
	}
}

// wordName: token k is a common given name that is also an everyday word
// ("hope", "will", "june", "terry"). Taken for a name once, it is that
// name again only where a word can stand only for a person (nameSlot).
func (s *scanner) wordName(k int) bool {
	t := &s.toks[k]
	return t.kind == tkWord && t.end-t.start >= 3 && t.is(fFirst) && t.is(fCommon|fStop|fMonth) &&
		!t.is(fDeterminer|fNumWord|fOrdWord|fWeekday|fTitle|fRelation|fUnit|fEponym) && (!t.is(fClinical) || !s.notes && !s.cased) // "aunt pearl … pearl was": shorthand only in notes
}

// nameSlot: token k, a word that may be a name or an everyday word, stands
// where only a person can: as a possessive ("hope's number"), before a
// verb that says what a person did ("will wrote it out", "june said") or,
// no modal itself, before a modal ("grace can help"), made to do something
// ("i'll have hope do it", "let june know"), called or asked for ("call sally", "ask june"), or, for a word that is no
// function word, spoken to ("okay terry and …", "… on you terry" at the
// end of a turn). "i hope so", "will do", "will you", "in june" are none.
func (s *scanner) nameSlot(k int) bool {
	t := &s.toks[k]
	if k > 0 && s.toks[k-1].kind == tkWord && article(s.lowerTok(k-1)) {
		return false // "the rich said so"
	}
	if t.has(shPoss) {
		n := s.nextWord(k, 0)
		return n < 0 || !s.eponymHere(n) && !s.toks[n].is(fEpoHead)
	}
	if n := s.nextWord(k, 0); n == k+1 && s.adjacent(k, n) && s.toks[n].kind == tkWord {
		if s.personVerbAt(n) && !s.modifiedBefore(k) {
			return true
		}
		// "grace can help with the dressings", "maybe june can go with you";
		// not "will can", "i hope can", "in june can be hot"
		if !t.is(fStop) && (!t.is(fMonth) || s.monthNoDate(k)) && !(k > 0 && subjectPronoun(s.lowerTok(k-1))) {
			switch string(s.lowerTok(n)) {
			case "can", "could", "would", "should", "will", "might", "cant", "wont", "usually", "always":
				return true
			}
		}
	}
	if s.isPunct(k+1, ',') && !t.is(fStop|fMonth) && (k == 0 || s.toks[k-1].kind == tkTag || s.toks[k].has(shNewline|shSentStart)) && (!s.cased || t.has(shCap)) {
		return true // "Hunter, what's your birthday?": whom what is said is to, opening it
	}
	p := s.prevWord(k, 0)
	if p < 0 || p != k-1 {
		return false
	}
	if s.askedOf(p) && !t.is(fMonth) {
		return true // "and is will okay?", "does hope help with it?"
	}
	switch string(s.lowerTok(p)) {
	case "call", "ask", "tell", "text", "thank", "page":
		n := s.nextWord(k, 0)
		return !t.is(fMonth) || n < 0 || !s.toks[n].is(fNumWord|fOrdWord)
	case "have", "let":
		return s.madeToDo(k) // "i'll have hope do it", "let june know"
	}
	if t.is(fMonth) && !t.is(fStop) {
		switch string(s.lowerTok(p)) {
		case "hi", "hey", "thanks", "bye":
			return true // "oh hi june, come on in"
		case "okay", "ok", "alright", "sorry":
			if s.isPunct(k+1, ',') {
				return true // "okay april, what's your dad's name"
			}
		}
	}
	if t.is(fStop | fMonth) {
		return false // "okay will do", "since june"
	}
	switch string(s.lowerTok(p)) {
	case "okay", "ok", "thanks", "hi", "hey", "bye", "sorry", "honestly", "alright", "oh":
		return true
	case "great", "good", "right", "sure", "yes", "yeah", "morning", "pleasure", "welcome", "congratulations", "there":
		// "that's great cliff, you're doing well": spoken to, before a
		// pause or "you"
		if n := k + 1; n < len(s.toks) && (s.toks[n].kind != tkWord || secondPerson(s.lowerTok(n))) {
			return true
		}
	}
	if string(s.lowerTok(p)) == "you" && k >= 2 && s.toks[k-2].kind == tkWord {
		// "thank you terry"; "do you have it on you terry" ending a turn
		pp := s.lowerTok(k - 2)
		if string(pp) == "thank" {
			return true
		}
		return s.turnEndsAfter(k) && (s.toks[k-2].is(fLocPrep|fDatePrep) || string(pp) == "for" || string(pp) == "with")
	}
	// at the end of a turn, after a word that makes it no object (not "i
	// hope", "you can hope")
	return s.turnEndsAfter(k) && !s.toks[p].is(fStop|fDeterminer)
}

// colorWord: w is a colour a car is said in.
func colorWord(w []byte) bool {
	switch string(w) {
	case "grey", "gray", "black", "white", "red", "blue", "silver", "green", "brown", "tan", "gold", "maroon", "beige", "navy":
		return true
	}
	return false
}

// carMake: w is a maker of cars that is a surname too ("honda", "ford").
func carMake(w []byte) bool {
	switch string(w) {
	case "honda", "ford", "toyota", "nissan", "subaru", "mazda", "hyundai", "kia", "chevy", "chevrolet", "dodge", "jeep", "buick", "lincoln", "chrysler", "cadillac", "volvo", "tesla", "lexus", "acura", "audi", "porsche", "mercedes", "mitsubishi", "suzuki", "pontiac", "saturn", "mercury", "plymouth":
		return true
	}
	return false
}

// carSaid: token i is a car's colour before its make, or its make after a
// colour, an article or a possessive ("a grey honda", "my ford").
func (s *scanner) carSaid(i int) bool {
	w := s.lowerTok(i)
	if colorWord(w) {
		n := i + 1
		return n < len(s.toks) && s.toks[n].kind == tkWord && s.adjacent(i, n) && carMake(s.lowerTok(n))
	}
	if !carMake(w) {
		return false
	}
	p := i - 1
	return p >= 0 && s.toks[p].kind == tkWord && s.adjacent(p, i) && (colorWord(s.lowerTok(p)) || article(s.lowerTok(p)) || string(s.lowerTok(p)) == "old" || string(s.lowerTok(p)) == "new")
}

// ngTube: "ng" at token k is a nasogastric tube's shorthand, a word of
// tubes after it ("ng tube", "ng placement", "ng output").
func (s *scanner) ngTube(k int) bool {
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "tube", "tubes", "feeds", "feeding", "feedings", "placement", "placed", "lavage", "output", "suction", "insertion", "inserted", "removed", "pulled", "to":
		return true
	}
	return false
}

// countrySaid: token i, a given name that is a country's too ("jordan",
// "chad", "kenya"), is said as where someone is or comes from: after "in",
// or after "to" or "from" that a verb of moving or a word of origin comes
// before ("moved back to chad", "we're from kenya"; not "a call from
// jordan", "talk to chad"), never in the possessive.
func (s *scanner) countrySaid(i int) bool {
	switch string(s.lowerTok(i)) {
	case "jordan", "chad", "india", "georgia", "kenya", "israel", "jamaica", "chile", "niger", "tonga":
	default:
		return false
	}
	p := s.prevWord(i, 0)
	if p < 0 || p != i-1 || s.toks[i].has(shPoss) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "in":
		return true
	case "to", "from":
		q := s.prevWord(p, 0)
		if q < 0 || q != p-1 {
			return false
		}
		switch string(s.lowerTok(q)) {
		case "back", "originally", "born", "came", "come", "comes", "is", "are", "were", "was", "im", "hes", "shes", "theyre", "family", "moved", "emigrated", "immigrated", "fled", "flew", "returned", "trip", "travel", "traveled", "travelled":
			return true
		}
		return s.toks[q].is(fMoveVerb)
	}
	return false
}

// modifiedBefore: an everyday word of content comes right before token k,
// as an adjective before a noun ("modern art came"), no function word, mark
// or word that opens what is said ("yeah pearl was", "and will drove").
func (s *scanner) modifiedBefore(k int) bool {
	p := k - 1
	if p < 0 || s.toks[p].kind != tkWord || !s.adjacent(p, k) {
		return false
	}
	t := &s.toks[p]
	return t.is(fCommon) && !t.is(fStop|fDeterminer|fGreeting|fIntro|fRelation|fTitle|fLocPrep|fDatePrep|fPersonVerb|fMoveVerb) && !clauseOpener(s.lowerTok(p)) && !s.isFiller(p)
}

// petBefore: the name cued at token i is a pet's: "the cat's name is", "my
// dog is named", "the cat, her name's" (not "the dog walker, her name is":
// whose name the word right before says).
func (s *scanner) petBefore(i int) bool {
	k := s.prevWord(i, 0)
	if k < 0 {
		return false
	}
	switch string(s.lowerTok(k)) {
	case "is", "was":
		k = s.prevWord(k, 0) // "my dog is named"
	case "her", "his", "its":
		if c := k - 1; c >= 1 && s.isPunct(c, ',') {
			k = c - 1 // "the cat, her name's"
		}
	}
	if k < 0 || s.toks[k].kind != tkWord {
		return false
	}
	w := s.lowerTok(k)
	if s.toks[k].has(shPoss) && len(w) > 1 {
		w = w[:len(w)-1] // "the cat's name"
	}
	return petWord(w)
}

// petWord: w names a kind of pet.
func petWord(w []byte) bool {
	switch string(w) {
	case "cat", "cats", "dog", "dogs", "puppy", "kitten", "kitty", "pet", "pets", "bird", "parrot", "horse", "pony", "bunny", "rabbit", "hamster", "fish", "turtle", "lizard", "snake":
		return true
	}
	return false
}

// petNamed: the one-word name at token k is a pet's: whose pet it is said
// right before it ("my dog rosie jumped", "our cat, felix,") or right after
// it ("rosie's your dog", "felix is our cat"). A pet is no person.
func (s *scanner) petNamed(k int) bool {
	if p := k - 1; p >= 1 && s.toks[p].kind == tkWord && s.adjacent(p, k) && petWord(s.lowerTok(p)) && !s.toks[p].has(shPoss) {
		d := s.lowerTok(p - 1)
		return s.toks[p-1].kind == tkWord && (possessive(d) || string(d) == "the")
	}
	n := k + 1
	if s.toks[k].has(shPoss) {
		n = k + 1 // "rosie's": the verb folded into the name's token
	} else if n < len(s.toks) && (string(s.lowerTok(n)) == "is" || string(s.lowerTok(n)) == "was") {
		n++
	} else {
		return false
	}
	return n+1 < len(s.toks) && possessive(s.lowerTok(n)) && s.toks[n+1].kind == tkWord && petWord(s.lowerTok(n+1)) && s.utteranceEnds(n+1)
}

// hedgeAfter: "i think" or "i believe" follows token i.
func (s *scanner) hedgeAfter(i int) bool {
	n := i + 1
	if n+1 >= len(s.toks) || string(s.lowerTok(n)) != "i" {
		return false
	}
	switch string(s.lowerTok(n + 1)) {
	case "think", "believe", "guess":
		return true
	}
	return false
}

// monthNoDate: nothing that dates comes right before token k, a month's
// name ("maybe june can go"; not "in june", "by june", "last june",
// "early june").
func (s *scanner) monthNoDate(k int) bool {
	p := k - 1
	if p < 0 || s.toks[p].kind != tkWord {
		return true
	}
	if s.toks[p].is(fDatePrep | fLocPrep | fNumWord | fOrdWord | fDeterminer) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "last", "next", "this", "early", "late", "mid", "of", "until", "til", "till", "through", "during", "before", "after", "since", "by":
		return false
	}
	return true
}

// spokenTo: token i, a given name, is said to the listener: after "okay",
// "alright", "sorry about that" or "thanks" opening what is said, and
// before a comma or "and" that leads on to the listener ("…, what can i",
// "… and your date of birth", "…, i'll fix it"). "okay will do, and your",
// "okay mark the date" lead on to no one.
func (s *scanner) spokenTo(i int) bool {
	p := i - 1
	if p < 0 || s.toks[p].kind != tkWord || !s.adjacent(p, i) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "okay", "ok", "alright", "thanks":
		if !s.opensUtterance(p) && !(p > 0 && s.isPunct(p-1, ',')) {
			return false
		}
	case "so", "and":
		// "so will , you called about him", "and bill, you're her son": what
		// is said opens on whom it is said to, set off by a comma
		if !s.opensUtterance(p) || !s.isPunct(i+1, ',') {
			return false
		}
	case "that":
		if p < 2 || string(s.lowerTok(p-1)) != "about" || string(s.lowerTok(p-2)) != "sorry" {
			return false
		}
	default:
		return false
	}
	n := i + 1
	if n < len(s.toks) && s.isPunct(n, ',') {
		n++
	} else if n < len(s.toks) && string(s.lowerTok(n)) == "and" {
		n++
	} else {
		return false
	}
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "your", "you", "youre", "what", "how", "when", "where", "can", "could", "do", "did", "is", "are", "i", "ill", "im", "we", "were", "well", "let", "so":
		return true
	}
	return false
}

// greetedByName: the given name at token i (an everyday word too) is
// whom a greeting names or a guess at who someone is: "nice to meet you
// joy", "good to see you mark, how's the knee", "you must be guy", "so
// jade you're here for". After it what is said ends, pauses or opens
// anew (not "nice to see you walking", "you must be frank with me",
// "good to see you june fifth").
func (s *scanner) greetedByName(i int) bool {
	p := i - 1
	comma := p >= 4 && s.isPunct(p, ',')
	if comma {
		p-- // "nice to meet you , will ."
	}
	if p < 3 || !comma && !s.adjacent(p, i) || s.toks[p].kind != tkWord {
		return false
	}
	w := s.lowerTok(p)
	switch iw := s.lowerTok(i); {
	case string(iw) == "can" || string(iw) == "all" || string(iw) == "both":
		return false
	case s.modalWordAt(i):
		// a modal greeted by name only set off at the end of what is said
		// ("nice to meet you , will ."; not "nice to meet you will you sit")
		if !comma || string(w) != "you" || !s.turnEndsAfter(i) && !s.isPunct(i+1, '.') && !s.isPunct(i+1, '?') && !s.isPunct(i+1, '!') {
			return false
		}
		fallthrough
	case string(w) == "you":
		v := s.lowerTok(p - 1)
		if string(v) != "meet" && string(v) != "see" || string(s.lowerTok(p-2)) != "to" {
			return false
		}
		switch string(s.lowerTok(p - 3)) {
		case "nice", "good", "great", "pleased", "lovely", "glad":
		default:
			return false
		}
	case string(w) == "be":
		if string(s.lowerTok(p-1)) != "must" || string(s.lowerTok(p-2)) != "you" {
			return false
		}
	case s.toks[i].is(fStop):
		return false // "so will you're …" is no greeting
	case (string(w) == "so" || string(w) == "okay" || string(w) == "ok" || string(w) == "alright") && s.opensUtterance(p):
		// "so jade you're here for": whom what is said is to, then "you're"
		n := i + 1
		if n >= len(s.toks) || string(s.lowerTok(i)) == "hope" {
			return false // "so hope you're better": a wish
		}
		if nw := s.lowerTok(n); string(nw) == "youre" || string(nw) == "you" && n+1 < len(s.toks) && (string(s.lowerTok(n+1)) == "re" || string(s.lowerTok(n+1)) == "are") {
			return true
		}
		return false
	default:
		return false
	}
	n := i + 1
	if s.turnEndsAfter(i) || s.isPunct(n, ',') {
		return true
	}
	if s.toks[n].kind != tkWord || !s.adjacent(i, n) {
		return false
	}
	if t := &s.toks[n]; t.is(fLast) && !t.is(fCommon|fStop|fNumWord|fOrdWord) {
		return true // "you must be guy thibault"
	}
	switch string(s.lowerTok(n)) {
	case "so", "and", "i", "im", "how", "what", "we", "well", "let", "come", "please", "thanks", "thank", "its", "this", "right", "again":
		return true
	}
	return false
}

// askedOf: token p is a verb that opens a question about whoever follows
// it ("is will okay", "does hope drive", "did terry call"), at the start of
// what is said or after "and", "so" or a question word.
func (s *scanner) askedOf(p int) bool {
	switch string(s.lowerTok(p)) {
	case "is", "was", "does", "did", "has", "isnt", "wasnt", "doesnt", "didnt", "hasnt":
	default:
		return false
	}
	o := p - 1
	if o < 0 || s.toks[o].kind != tkWord || s.toks[p].has(shSentStart) {
		return true
	}
	switch string(s.lowerTok(o)) {
	case "and", "so", "how", "where", "when", "why", "what", "but", "okay", "ok", "oh":
		return true
	}
	return false
}

// secondPerson: w is "you" or one of its contractions.
func secondPerson(w []byte) bool {
	switch string(w) {
	case "you", "youre", "youve", "youll", "youd", "your":
		return true
	}
	return false
}

// surnameAfterMonth: token i, a month, is followed by a surname that is
// no everyday word, number, place or month ("june alvarez"; not "june
// twelfth", "june 2019", "april showers", "june in boston").
func (s *scanner) surnameAfterMonth(i int) bool {
	n := i + 1
	if n >= len(s.toks) || !s.adjacent(i, n) || s.toks[n].start != s.toks[i].end+1 {
		return false
	}
	t := &s.toks[n]
	return t.kind == tkWord && t.is(fLast) && t.end-t.start >= 3 &&
		!t.is(fCommon|fNonPHI|fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fCity|fState|fCountry|fClinical|fEponym|fHoliday|fUnit)
}

// afterStaffNoun: token i, a given name (a word too or not), follows what
// someone does at a clinic or a pharmacy after an article or a possessive
// ("the pharmacist joy", "our scheduler dawn"), and what follows is no
// object of a verb ("the nurse will call", "the tech rose from her chair",
// "the aide mark the site").
func (s *scanner) afterStaffNoun(i int) bool {
	r := i - 1
	paused := false
	if t := &s.toks[i]; r >= 4 && s.isPunct(r, ',') && s.isFiller(r-1) && s.isPunct(r-2, ',') && s.toks[r-3].kind == tkWord &&
		t.is(fFirst) && (t.is(fFirstTop) || !t.is(fCommon|fNonPHI)) && !t.is(fMonth|fStop) && (s.turnEndsAfter(i) || s.hedgeAfter(i)) {
		r, paused = r-3, true // "he's with the nurse, um, shay i think": a pause before the name
	}
	if r < 1 || s.toks[r].kind != tkWord || !paused && !s.adjacent(r, i) {
		return false
	}
	switch string(s.lowerTok(r)) {
	case "pharmacist", "pharmacists", "tech", "technician", "receptionist", "scheduler", "coordinator", "midwife", "chaplain", "dietitian", "nurse", "therapist", "aide",
		"counselor", "counsellor", "coach", "manager", "navigator", "caseworker", "educator", "driver", "interpreter", "doula",
		"sonographer", "phlebotomist", "hygienist", "technologist", "secretary", "scribe", "assistant", "paramedic":
	default:
		return false
	}
	if paused {
		d := s.lowerTok(r - 1)
		return string(d) == "the" || possessive(d)
	}
	n := i + 1
	switch string(s.lowerTok(i)) {
	case "guy", "guys", "lady", "gal", "dude", "man", "boy", "girl":
		return false // "the tech guy said": what the person is, not who
	case "rose", "mark", "bill", "pat", "sue", "grant", "chase", "will", "may", "art":
		// verbs and things as well as names, unless a verb in the past
		// follows, which no modal or verb takes ("my caseworker may said")
		if n >= len(s.toks) || !pastSaid(s.lowerTok(n)) {
			return false
		}
	}
	verb := n < len(s.toks) && s.toks[n].kind == tkWord && s.personVerbAt(n)
	if d := s.lowerTok(r - 1); string(d) != "the" && !possessive(d) && !(verb && s.toks[r].is(fTitle)) {
		return false // a title said bare only before what the person does ("and coach dusty said")
	}
	if verb {
		return true // "the pharmacist joy said": before what a person does
	}
	// (detectNames asks this of the most given names and of months,
	// greetings and cue words that are given names too; of those, only the
	// most given stand here without a verb. titleName reads any given name
	// after a bare title and a verb: "and coach dusty said")
	if !s.toks[i].is(fFirstTop) {
		return false
	}
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return true // "… the pharmacist joy."
	}
	nw := s.lowerTok(n)
	switch string(nw) {
	case "over", "there", "in", "will", "can", "would", "should":
		return true // "the counselor grace will set you up"
	}
	if v := r - 2; v >= 0 && s.toks[v].kind == tkWord && s.adjacent(v, r-1) {
		switch string(s.lowerTok(v)) {
		case "let", "have", "tell", "ask", "call", "page", "text", "thank":
			return true // "i'll let your nurse tom know": the person made to do or asked
		}
	}
	return callerAfter(nw)
}

// askedRelation: token k follows "is" or "was" and a possessive and a
// relation follow it ("is will your son", "was may his wife").
func (s *scanner) askedRelation(k int) bool {
	p := s.prevWord(k, 0)
	if p < 0 || p != k-1 || string(s.lowerTok(p)) != "is" && string(s.lowerTok(p)) != "was" {
		return false
	}
	d := k + 1
	if d+1 >= len(s.toks) || !possessive(s.lowerTok(d)) {
		return false
	}
	return s.toks[d+1].is(fRelation) && !pluralRelation(s.lowerTok(d+1))
}

// whoIs: token k, a given name, is asked about: "who's holly", "who is
// summer on your list" (where the question ends or a preposition follows);
// not "who's sunny side up".
func (s *scanner) whoIs(k int) bool {
	p := s.prevWord(k, 0)
	if p < 0 || p != k-1 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "whos":
	case "is":
		if q := s.prevWord(p, 0); q < 0 || q != p-1 || string(s.lowerTok(q)) != "who" {
			return false
		}
	default:
		return false
	}
	if s.turnEndsAfter(k) {
		return true
	}
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return n < len(s.toks) && s.isPunct(n, ',')
	}
	switch string(s.lowerTok(n)) {
	case "on", "in", "from", "at", "again":
		return true
	}
	return false
}

// saysBefore: a verb of saying comes right before token k ("she says hope
// is her daughter").
func (s *scanner) saysBefore(k int) bool {
	p := k - 1
	if p < 0 || s.toks[p].kind != tkWord || !s.adjacent(p, k) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "says", "said", "say", "thinks", "think", "means", "meant":
		return true
	}
	return false
}

// afterWhos: "who's" comes right before token k and a preposition after
// it ("who's may on your list"; not "who's will", which may go on "…
// driving").
func (s *scanner) afterWhos(k int) bool {
	p := s.prevWord(k, 0)
	if p < 0 || p != k-1 || string(s.lowerTok(p)) != "whos" || k+1 >= len(s.toks) {
		return false
	}
	switch string(s.lowerTok(k + 1)) {
	case "on", "in", "from", "at":
		return true
	}
	return false
}

// howIsDoing: token k, a given name, is asked after: "how's" or "how is"
// before it and how someone does after it ("how's sage doing", "how is
// grace feeling"; not "how's work going").
func (s *scanner) howIsDoing(k int) bool {
	p := s.prevWord(k, 0)
	if p < 1 || p != k-1 {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "hows":
	case "is", "was":
		if q := s.prevWord(p, 0); q < 0 || q != p-1 || string(s.lowerTok(q)) != "how" {
			return false
		}
	default:
		return false
	}
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(k, n) {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "doing", "feeling", "holding", "coping", "sleeping", "eating", "behaving", "handling", "managing", "adjusting", "settling":
		return true
	}
	return false
}

// askedToDo: token k, a given name (a function word too: "will"; "may"
// only before "to"), is asked, told, wanted or needed to do something: "i
// asked will to come", "told grace about it", "ask june if …", "he wants
// may to sing".
func (s *scanner) askedToDo(k int) bool {
	p := s.prevWord(k, 0)
	if p < 0 || p != k-1 {
		return false
	}
	wants := false
	switch string(s.lowerTok(p)) {
	case "asked", "told", "ask", "tell":
	case "wants", "want", "wanted", "needs", "need", "needed", "got", "get":
		wants = true // "he wants may to sing": only before "to" and a verb
	case "like":
		// "i'd like june to get you in", not "feels like summer to me"
		if q := p - 1; q < 0 || string(s.lowerTok(q)) != "would" && string(s.lowerTok(q)) != "id" && string(s.lowerTok(q)) != "i'd" {
			return false
		}
		wants = true
	default:
		return false
	}
	n := k + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return false
	}
	may := string(s.lowerTok(k)) == "may" // "ask, may i …": "may" asks only before "to"
	switch string(s.lowerTok(n)) {
	case "if", "about", "whether":
		return !wants && !may
	case "thanks", "hi", "hello", "that", "i", "we":
		// "tell dusty thanks for the ride", "tell grace i said hi"
		pw := string(s.lowerTok(p))
		return (pw == "tell" || pw == "told") && !may
	case "to":
		// "to" and a verb: "asked will to come", not "asked grace to the dance"
		m := n + 1
		return m < len(s.toks) && s.toks[m].kind == tkWord && !s.toks[m].is(fDeterminer) && !possessive(s.lowerTok(m))
	}
	return false
}

// booksYou: token k does for the person spoken to what staff do, after a
// modal ("ivy can get you in", "june will call you", "rose could book
// you"): someone, not a thing or a feeling ("hope can help you").
func (s *scanner) booksYou(k int) bool {
	m, v, y := k+1, k+2, k+3
	if y >= len(s.toks) || !s.adjacent(k, m) || !s.adjacent(m, v) || !s.adjacent(v, y) || string(s.lowerTok(y)) != "you" {
		return false
	}
	switch string(s.lowerTok(m)) {
	case "can", "could", "will", "would", "should":
	default:
		return false
	}
	switch string(s.lowerTok(v)) {
	case "get", "fit", "squeeze", "set", "sign", "check", "work":
		// "get you in", "set you up", "work you in"
		n := y + 1
		return n < len(s.toks) && s.adjacent(y, n) && (string(s.lowerTok(n)) == "in" || string(s.lowerTok(n)) == "up")
	case "book", "schedule", "reschedule", "call", "text", "email", "page", "phone", "ring":
		return true
	}
	return false
}

// madeToDo: token k, after "have" or "let", is made to do something
// ("i'll have hope do it", "can you have june call us back", "let grace
// know"): someone, not a thing ("i have hope", "let hope guide you").
func (s *scanner) madeToDo(k int) bool {
	if p := s.prevWord(k, 0); p < 0 || p != k-1 || string(s.lowerTok(p)) != "have" && string(s.lowerTok(p)) != "let" {
		return false
	}
	if n := s.nextWord(k, 0); n == k+1 {
		switch string(s.lowerTok(n)) {
		case "do", "call", "fix", "check", "bring", "drive", "help", "sign", "pick", "know", "come", "look", "send", "take", "fill",
			"confirm", "schedule", "email", "fax", "text", "contact", "explain", "meet", "show", "walk", "give", "reach", "see", "talk":
			return true
		}
	}
	return false
}

// turnEndsAfter: token k is the last of the text, of a sentence or of its
// speaker's turn (a speaker's label follows: "… [doctor]").
func (s *scanner) turnEndsAfter(k int) bool {
	e := k + 1
	return e == len(s.toks) || s.toks[e].kind == tkTag || s.isPunct(e, '[') || s.isPunct(e, '.') || s.isPunct(e, '?') || s.isPunct(e, '!')
}

// subjectPronoun: w is a pronoun that a verb follows ("i hope", "we
// will").
func subjectPronoun(w []byte) bool {
	switch string(w) {
	case "i", "you", "we", "they", "he", "she", "it":
		return true
	}
	return false
}

// phoneName: token n is a given name, also a word or not ("june",
// "hope", "sunny"), but no function word ("will", "may").
func (s *scanner) phoneName(n int) bool {
	t := &s.toks[n]
	// (a unit that is a well-known given name, with its capital inside a
	// sentence of cased text: "This is Miles.")
	unitName := s.capitalUnitName(n) && !t.has(shSentStart)
	return t.kind == tkWord && t.is(fFirst) && t.end-t.start >= 3 && !t.is(fStop|fDeterminer|fNumWord|fOrdWord|fWeekday|fTitle|fRelation|fClinical) && (!t.is(fUnit) || unitName)
}

// capitalUnitName: token k, in cased text, is a unit that is a
// well-known given name, written with its capital ("Miles").
func (s *scanner) capitalUnitName(k int) bool {
	t := &s.toks[k]
	return s.cased && t.is(fUnit) && t.is(fFirstTop) && t.has(shCap) && !t.has(shAllCaps)
}

// opensUtterance: token p opens what is said: the text's start, a
// speaker's label, a mark, or a greeting or "yes" before it ("hi, is this
// hope?").
func (s *scanner) opensUtterance(p int) bool {
	q := p - 1
	if q < 0 || s.toks[q].kind == tkPunct || s.toks[q].kind == tkTag {
		return true
	}
	switch string(s.lowerTok(q)) {
	case "hi", "hello", "hey", "yes", "yeah", "um", "uh", "oh", "morning", "afternoon", "evening":
		return true
	}
	return false
}

// careIntroAfter: after token n comes "i'll be your" (or "and i'll be
// your"; the tokenizer folds "i 'll" of tokenised speech into "ill" too):
// someone caring for a patient says who they are ("i'm sunny, i'll be your
// nurse").
func (s *scanner) careIntroAfter(n int) bool {
	m := s.nextWord(n, 1)
	if m > 0 && string(s.lowerTok(m)) == "and" {
		m = s.nextWord(m, 0)
	}
	if m < 0 || string(s.lowerTok(m)) != "ill" {
		return false
	}
	return s.beYourAfter(m)
}

// personNounApposition: the given name at token c is set off by commas
// (apposition) right after a person said by a plain noun ("the new girl
// there, crystal, could you", "the lactation lady at the hospital, grace,
// helped", "this guy, earl, fixed it"): the noun at most four words before
// the comma, the words between saying where the person is.
func (s *scanner) personNounApposition(c int) bool {
	if s.cased || !s.apposition(c) {
		return false
	}
	for k, words := c-2, 0; k >= 0 && words < 5; k-- {
		t := &s.toks[k]
		if t.kind != tkWord || k < c-2 && !s.adjacent(k, k+1) {
			return false
		}
		words++
		w := s.lowerTok(k)
		if plainPerson(w) || k < c-2 && t.is(fTitle) && !honorific(w) && k > 0 && string(s.lowerTok(k-1)) == "the" {
			return true // "the nurse there, precious, noticed": a role said with where its holder is
		}
		if k == c-2 && (roleWord(w) || string(w) == "driver") && k > 0 && article(s.lowerTok(k-1)) {
			return true // "the driver, hope, she comes monday": a role with "the", then who holds it
		}
		switch string(w) {
		case "there", "here", "at", "in", "from", "on", "the", "our", "this", "that", "front":
			continue
		}
		if t.is(fStop|fPersonVerb|fDeterminer|fNumWord) || words > 1 && !s.toks[k+1].is(fDeterminer) && string(s.lowerTok(k+1)) != "the" {
			return false // one word of where, after "the" or "our" ("at the hospital", "in our office")
		}
	}
	return false
}

// plainPerson: a plain noun for a person that is no role.
func plainPerson(w []byte) bool {
	switch string(w) {
	case "girl", "lady", "guy", "woman", "man", "boy", "gentleman", "fellow", "gal", "dude", "person", "chap", "bloke":
		return true
	}
	return false
}

// adjectiveObject: a preposition that takes what an adjective is about
// ("frank with you", "sunny about it").
func adjectiveObject(w []byte) bool {
	switch string(w) {
	case "about", "with", "that", "to", "enough", "honestly":
		return true
	}
	return false
}

// roleAfterIntro: who introduces themself by the word at token n says
// next, after a comma, whose relative or which role they are: "i'm
// patience, i'm her grand niece", "i'm hope, the charge nurse", "i 'm
// faith , his daughter". Up to six words on, in the same sentence.
func (s *scanner) roleAfterIntro(n int) bool {
	if !s.isPunct(n+1, ',') {
		return false
	}
	for k, words := n+2, 0; k+1 < len(s.toks) && words < 6; k++ {
		t := &s.toks[k]
		if t.kind != tkWord {
			if s.apostropheAt(k) || s.isPunct(k, ',') && words == 0 {
				continue
			}
			return false
		}
		words++
		if w := s.lowerTok(k); !possessive(w) && string(w) != "the" {
			continue
		}
		for r := k + 1; r < len(s.toks) && r <= k+2 && s.toks[r].kind == tkWord; r++ {
			if s.toks[r].is(fRelation | fTitle) {
				return true
			}
		}
	}
	return false
}

// beYourAfter: "be your" follows token m ("i'll be your nurse").
func (s *scanner) beYourAfter(m int) bool {
	b := s.nextWord(m, 0)
	if b < 0 || string(s.lowerTok(b)) != "be" {
		return false
	}
	y := s.nextWord(b, 0)
	return y >= 0 && string(s.lowerTok(y)) == "your"
}

// seasonWord: w is a season, a given name too ("summer"): "it's summer
// from june on" names a time.
func seasonWord(w []byte) bool {
	switch string(w) {
	case "summer", "autumn", "winter", "spring", "fall":
		return true
	}
	return false
}

// modalWordAt: token k is "will" or "may", the modals that are given
// names too.
func (s *scanner) modalWordAt(k int) bool {
	w := s.lowerTok(k)
	return string(w) == "will" || string(w) == "may"
}

// partOfNameBefore: the word before token i ("name") says which part of
// a name follows ("first name", "last name", "middle name").
func (s *scanner) partOfNameBefore(i int) bool {
	p := i - 1
	if p < 0 || s.toks[p].kind != tkWord || !s.adjacent(p, i) {
		return false
	}
	switch string(s.lowerTok(p)) {
	case "first", "last", "middle", "given", "maiden", "family":
		return true
	}
	return false
}

// judgement: w says what something is like, after "this is" ("this is
// amazing", "this is crazy"), where no list makes it an everyday word.
func judgement(w []byte) bool {
	switch string(w) {
	case "amazing", "awesome", "incredible", "crazy", "nice", "lovely", "scary", "weird", "unusual", "typical", "classic", "serious", "rare":
		return true
	}
	return false
}

// callerSaysWhy: what is said from token k says why someone calls or who
// they are to the patient, after "this is" and a name set off by a comma
// ("…, i'm calling about my dad", "…, calling from the lab", "…, i'm her
// daughter"), or how old or who the one introduced is ("…, she's two").
func (s *scanner) callerSaysWhy(k int) bool {
	if k+1 >= len(s.toks) || s.toks[k].kind != tkWord {
		return false
	}
	w := string(s.lowerTok(k))
	if w == "calling" || w == "returning" {
		return true
	}
	if w != "im" && w != "shes" && w != "hes" {
		return false
	}
	n := s.nextWord(k, 0)
	if n < 0 || n > k+2 {
		return false
	}
	if w != "im" {
		// "this is sky, she's two and a half", "this is hope, she's my
		// daughter": a child or a relative introduced, then how old or who;
		// not what a thing is like ("this is great, she's two days post op")
		if nm := &s.toks[k-2]; nm.is(fNonPHI) && !nm.is(fFirstTop) || judgement(s.lowerTok(k-2)) {
			return false
		}
		return s.toks[n].is(fNumWord) || possessive(s.lowerTok(n)) && n+1 < len(s.toks) && s.toks[n+1].is(fRelation)
	}
	switch string(s.lowerTok(n)) {
	case "calling", "returning", "her", "his", "their", "the", "your", "with", "from":
		return true
	}
	return false
}

// callerAfter: w follows the name of who calls or answers the telephone
// ("this is june calling", "this is dawn from the clinic", "this is
// grace with doctor lee's office").
func callerAfter(w []byte) bool {
	switch string(w) {
	case "calling", "from", "with", "at", "speaking", "returning", "here":
		return true
	}
	return false
}

// personVerbAt: token n says what a person did or does, after their name
// ("will wrote", "june said", "hope keeps"): a verb of the person_verbs
// list, or a verb said of anything, read only where a name is likely.
func (s *scanner) personVerbAt(n int) bool {
	if s.toks[n].is(fPersonVerb) {
		return true
	}
	switch string(s.lowerTok(n)) {
	case "is", "was", "has", "had", "does", "did", "makes", "made", "puts":
		return true
	}
	return false
}

// repeatScore is the score of a repeat of a sure finding.
const repeatScore = 0.7

// collectReps adds to s.reps (up to maxOwnReps) the words of the found
// names and places scored repeatScore or more (sure) or below it, each with
// min(its score, repeatScore).
func (s *scanner) collectReps(sure bool) {
	for _, f := range s.found {
		if len(s.reps) >= maxOwnReps {
			return
		}
		switch f.Type {
		case Name, Facility, City, County, Location:
		default:
			continue
		}
		if (f.Score >= repeatScore) != sure || f.Source == "repeat" || strings.HasPrefix(f.Source, "known/") {
			continue // the encounter's own identifiers are found everywhere already
		}
		a, b := s.tokAt(f.Start), s.tokAt(f.End-1)
		for k := a; k >= 0 && k <= b && len(s.reps) < maxOwnReps; k++ {
			if s.spreads(k, f.Type) || f.Type == Name && s.wordName(k) {
				s.addRep(s.lowerTok(k), f.Type, min(f.Score, repeatScore))
			} else if k == a && b > a && f.Type == Facility && s.commonNameWord(k) && s.toks[b].is(fFacHead) {
				// "Harbor Hospital": the hospital is "Harbor" again where the
				// text sends someone there with a capital ("went to Harbor")
				s.addRep(s.lowerTok(k), f.Type, min(f.Score, repeatScore))
				s.reps[len(s.reps)-1].placed = true
			}
		}
	}
}

// commonNameWord: token k is an everyday word written with a capital in
// cased text, which may name a place ("Harbor", "Mercy"), and no word that
// says what a place is or a day or month.
func (s *scanner) commonNameWord(k int) bool {
	t := &s.toks[k]
	return s.cased && t.kind == tkWord && t.has(shCap) && !t.has(shAllCaps) && t.end-t.start >= 4 && t.is(fCommon) &&
		!t.is(fStop|fDeterminer|fNumWord|fOrdWord|fMonth|fWeekday|fTitle|fRelation|fFacHead|fFacility|fStreet|fState|fCountry|fShortHead|fCareUnit|fCareKind|fUnit|fGeneric|fEponym|fClinical|fDirection)
}

// spreadReps adds a repeat finding on every word token that is one of reps
// and not inside a finding scored floor or more already.
func (s *scanner) spreadReps(reps []scanRep, floor float64) {
	// the tokens a finding as sure as a repeat covers already need none:
	// mark the bytes such findings start, then sweep (no search per finding)
	s.byteCover = s.byteCover[:0]
	s.byteCover = append(s.byteCover, make([]int32, len(s.text)+1)...)
	for _, f := range s.found {
		if f.Score >= floor && f.End > f.Start {
			if e := int32(f.End); e > s.byteCover[f.Start] {
				s.byteCover[f.Start] = e
			}
		}
	}
	reach := int32(0) // the furthest end of the sure findings started so far
	next := 0         // the next byte whose starts are not read yet
	for k := range s.toks {
		t := &s.toks[k]
		for ; next <= int(t.start); next++ {
			reach = max(reach, s.byteCover[next])
		}
		if t.kind != tkWord && t.kind != tkAlnum || reach >= t.end {
			continue
		}
		w := s.lowerTok(k)
		stem := w
		if t.has(shPoss) && len(w) > 1 {
			stem = w[:len(w)-1] // "hope's" is lowered to "hopes"
		}
		for _, r := range reps {
			if string(r.w) != string(w) {
				if string(r.w) == string(stem) && r.typ == Name && s.wordName(k) && s.nameSlot(k) {
					s.add(k, k, r.typ, r.score, "repeat") // "what's hope's number"
					break
				}
				continue
			}
			if r.placed {
				if p := s.prevWord(k, 0); p == k-1 && s.commonNameWord(k) && !t.has(shSentStart) && s.movedTo(p) {
					s.add(k, k, r.typ, r.score, "repeat")
				}
				break
			}
			if s.spreads(k, r.typ) && (r.typ != Name || !s.eponymHere(k) && !(t.is(fDish) && s.dishHere(k))) {
				s.add(k, k, r.typ, r.score, "repeat")
				break
			}
			if r.typ == Name && (s.wordName(k) && (s.nameSlot(k) || s.capitalInside(k)) || s.nameAlone(k) || s.beforeFoundSurname(k) || s.topSurnameAgain(k)) {
				s.add(k, k, r.typ, r.score, "repeat")
				break
			}
		}
	}
}

// capitalInside: in cased text word token k, found as a name elsewhere,
// has its capital inside a sentence, where a word has none, or after a
// semicolon ("Son Richard (\"Rich\") Abernathy ...; Rich favors LTC"); not
// a function word ("Will reassess"), not in capitals, not after an article
// ("the Rich").
func (s *scanner) capitalInside(k int) bool {
	t := &s.toks[k]
	p := k - 1
	if !s.cased || !t.has(shCap) || t.has(shAllCaps|shNewline|shPoss) || t.has(shSentStart) && !s.isPunct(p, ';') || t.is(fStop|fMonth|fWeekday|fDirection) || s.eponymHere(k) {
		return false // after a semicolon a capital opens no sentence of its own; a possessive is nameSlot's ("St John's wort")
	}
	return p < 0 || s.toks[p].kind != tkWord || !article(s.lowerTok(p)) && !s.toks[p].is(fDeterminer)
}

// topSurnameAgain: word token k is a surname among the most common that
// eponyms are named after and no list of everyday words holds as safe
// ("smith", "baker"), found as a name elsewhere in the text: the name again wherever it
// stands, but in an eponym ("nan smith a smith": the second "smith"
// survived redaction; found by make test's FuzzRedact, a seed now).
func (s *scanner) topSurnameAgain(k int) bool {
	t := &s.toks[k]
	if t.kind != tkWord || !t.is(fLastTop) || !t.is(fEpoSurname) || t.is(fNonPHI|fStop|fDeterminer|fClinical|fTitle|fRelation|fMonth|fWeekday|fNumWord) || t.hi-t.lo < 4 {
		return false
	}
	n := k + 1
	return n >= len(s.toks) || s.toks[n].kind != tkWord || !s.toks[n].is(fEpoHead) // ("a smith fracture": the eponym)
}

// beforeFoundSurname: word token k, a given name, stands right before a
// surname found as a name that no everyday word spells ("Poppy. Poppy
// Dennehy.": the given name found first, said again with the surname).
func (s *scanner) beforeFoundSurname(k int) bool {
	t, n := &s.toks[k], k+1
	if !t.is(fFirst) || t.is(fStop|fDeterminer|fMonth|fWeekday|fTitle|fRelation) || t.has(shPoss) || n >= len(s.toks) || !s.adjacent(k, n) {
		return false
	}
	u := &s.toks[n]
	return u.kind == tkWord && u.is(fLast) && !u.is(fCommon|fNonPHI) && s.covered(n, Name) && (!s.cased || t.has(shCap) && u.has(shCap))
}

// nameAlone: word token k, no function word, number, title or kin word,
// stands between marks that end or open what is said (not a comma), line
// breaks or the text's ends ("smith!", "… ? Smith."): a word found as a name elsewhere in the text is that name there
// too, with no words around it to make it an everyday word. (saidAlone,
// which reads an age said alone, takes words such as "and" or "today" for
// an edge too: too loose for a name.)
func (s *scanner) nameAlone(k int) bool {
	t := &s.toks[k]
	if t.kind != tkWord || t.is(fStop|fDeterminer|fNumWord|fOrdWord|fTitle|fRelation|fGreeting) || t.has(shPoss) {
		return false
	}
	edge := func(e int) bool {
		if e < 0 || e >= len(s.toks) {
			return true
		}
		u := &s.toks[e]
		return u.kind == tkTag || u.kind == tkPunct && strings.IndexByte(".?!;:\"()[]", s.text[u.start]) >= 0
	}
	return (t.has(shNewline) || edge(k-1)) && (k+1 < len(s.toks) && s.toks[k+1].has(shNewline) || edge(k+1))
}

// A text repeats the words of its first findings (maxOwnReps at most),
// then those carried from other turns of its conversation (maxReps in all).
const (
	maxOwnReps = 16
	maxReps    = 32
)

// scanRep is a word (lower case, as lowerTok: a view of the scanner's
// buffers) taken for a name or a place of type typ.
type scanRep struct {
	w      []byte
	typ    Type
	score  float64 // of the repeat: the finding's, repeatScore at most
	placed bool    // an everyday word: a repeat only capitalised after a verb of moving and a place preposition
}

// addRep adds word w to s.reps unless it is there already.
func (s *scanner) addRep(w []byte, typ Type, score float64) {
	for _, r := range s.reps {
		if string(r.w) == string(w) {
			return
		}
	}
	s.reps = append(s.reps, scanRep{w: w, typ: typ, score: score})
}

// spreads reports whether word token k, part of a finding of type typ, can
// be taken for the same identifier where it recurs.
func (s *scanner) spreads(k int, typ Type) bool {
	t := &s.toks[k]
	if t.kind != tkWord && t.kind != tkAlnum || t.end-t.start < 2 {
		return false
	}
	if t.is(fCommon | fStop | fDeterminer | fNumWord | fOrdWord | fMonth | fWeekday | fTitle | fRelation | fFacHead | fFacility |
		fStreet | fState | fCountry | fCredential | fShortHead | fCareUnit | fCareKind | fUnit | fGeneric | fLandmark | fEponym | fEpoSurname) {
		return false
	}
	// shorthand spreads only as the code of a place ("GH"), never as a name;
	// a kind of care in a centre's name never ("the lakeside endoscopy
	// center … the endoscopy center will call")
	if typ == Facility && (centerKind(s.lowerTok(k)) || specialtyWord(s.lowerTok(k))) {
		return false
	}
	return typ != Name || !t.is(fClinical)
}

// surnameEndings are endings of surnames (Slavic, Nordic, Greek, Turkish,
// Romanian) that no English word or drug has; with the fewest letters
// before each ending that a surname has.
var surnameEndings = []struct {
	suffix string
	min    int // letters in the whole word at least
}{
	{"ova", 6}, {"eva", 6}, {"ov", 6}, {"ev", 6}, {"ovic", 6}, {"evic", 6}, {"ović", 6}, {"ević", 6}, {"vich", 6},
	{"ski", 6}, {"ska", 6}, {"sky", 6}, {"enko", 6}, {"chuk", 6}, {"czyk", 6}, {"wicz", 6}, {"escu", 6},
	{"poulos", 8}, {"opoulou", 9}, {"akis", 6}, {"idis", 6}, {"oglu", 6}, {"dottir", 8}, {"sson", 7}, {"sen", 7},
}

// surnameShaped: word w (lower case, in no list) ends like a surname of
// surnameEndings. "-sson" and "-sen" need a consonant before them
// ("arvidsson", "mikaelsen"; not "reasson", a misspelling).
func surnameShaped(w []byte) bool {
	for _, e := range surnameEndings {
		if len(w) < e.min || !bytes.HasSuffix(w, []byte(e.suffix)) {
			continue
		}
		if e.suffix == "sson" || e.suffix == "sen" {
			c := w[len(w)-len(e.suffix)-1]
			if c < 'a' || c > 'z' || strings.IndexByte("aeiouy", c) >= 0 {
				return false
			}
		}
		return true
	}
	return false
}

// article: w is an article or a possessive before a noun ("the", "a",
// "my", "his": "my will is", "the rich said").
func article(w []byte) bool {
	switch string(w) {
	case "the", "a", "an", "its":
		return true
	}
	return possessive(w)
}

// idWord: a word that says a number follows, after a role ("interpreter
// ID", "badge number").
func idWord(w []byte) bool {
	switch string(w) {
	case "id", "number", "no", "badge", "code", "ext", "extension", "pin":
		return true
	}
	return false
}

// birthOf: the given name in the possessive at token i is whose birth date
// follows ("will's date of birth", "hope's birthday", "may's dob"), after
// no article or possessive of its own ("the will's date").
func (s *scanner) birthOf(i int) bool {
	t := &s.toks[i]
	if t.is(fRelation|fTitle|fStop&^fFirst) && !t.is(fFirstTop) {
		return false
	}
	if p := s.prevWord(i, 0); p >= 0 && p == i-1 && (s.toks[p].is(fDeterminer) || possessive(s.lowerTok(p))) {
		return false
	}
	n := s.nextWord(i, 0)
	if n != i+1 {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "birthday", "dob", "bday", "birthdate":
		return true
	case "date":
		return n+2 < len(s.toks) && string(s.lowerTok(n+1)) == "of" && string(s.lowerTok(n+2)) == "birth"
	}
	return false
}

// isThisName returns the first and last tokens of the name a caller asks
// for after "is this" at token i ("hi, is this mark oyelaran?", "is this
// keisha calling?", "Is this Travis Kuehn?"), or 0, -1: given names and
// surnames, then a question's mark, the end of what is said, or "calling",
// "speaking". A word everyone says alone needs its surname or "calling"
// after it ("is this normal?", "is this bill?" name no one).
func (s *scanner) isThisName(i int) (int, int) {
	p := i - 1
	if p < 0 || string(s.lowerTok(p)) != "is" || !s.adjacent(p, i) {
		return 0, -1
	}
	c := i + 1
	if c >= len(s.toks) || !s.adjacent(i, c) || s.toks[c].kind != tkWord {
		return 0, -1
	}
	t := &s.toks[c]
	if t.is(fStop|fDeterminer|fTitle|fRelation|fClinical|fMonth|fWeekday|fNumWord) || !t.is(fNameAny) || s.cased && !t.has(shCap) {
		return 0, -1
	}
	e := s.moreName(c)
	if k := e + 1; e == c && k < len(s.toks) && s.adjacent(e, k) && s.toks[k].kind == tkWord && s.toks[k].f&^(fRare|fPhrase) == 0 && s.toks[k].hi-s.toks[k].lo >= 4 && (!s.cased || s.toks[k].has(shCap)) {
		e = k // "is this mark oyelaran?": a surname no list holds
	}
	n := e + 1
	end := n >= len(s.toks) || s.isPunct(n, '?') || s.utteranceEnds(e)
	cue := n < len(s.toks) && s.toks[n].kind == tkWord && (string(s.lowerTok(n)) == "calling" || string(s.lowerTok(n)) == "speaking")
	if !end && !cue {
		return 0, -1
	}
	if e == c && t.is(fCommon) && !cue {
		return 0, -1
	}
	return c, e
}

// modalSetOff: "will" or "may" at token i is set off by a comma before
// whose role it is ("i 'll have will , our nurse , give you a shot"): a
// name, as no modal is.
func (s *scanner) modalSetOff(i int) bool {
	if !s.modalWordAt(i) {
		return false
	}
	if !s.isPunct(i+1, ',') || i+3 >= len(s.toks) {
		return false
	}
	d := string(s.lowerTok(i + 2))
	return (d == "our" || d == "the" || d == "my" || d == "your") && s.toks[i+3].is(fTitle)
}

// pronounClauseAt: a clause about a person opens at token n with "she" or
// "he" ("the coordinator is jasmine she 'll call you").
func (s *scanner) pronounClauseAt(n int) bool {
	if n >= len(s.toks) || s.toks[n].kind != tkWord {
		return false
	}
	switch string(s.lowerTok(n)) {
	case "she", "he", "shes", "hes", "shell", "shed", "hed":
		return true
	}
	return false
}

// seenFor returns the given name seen for care after "seeing" or "see" at
// token i ("are you still seeing colleen for therapy", "i see grace
// about my knee"), or -1: a well-known given name, then "for", "about",
// "again" or the end of what is said.
func (s *scanner) seenFor(i int) int {
	switch string(s.lowerTok(i)) {
	case "seeing", "see", "saw", "seen", "sees":
	default:
		return -1
	}
	c := i + 1
	if c+1 >= len(s.toks) || !s.adjacent(i, c) || s.toks[c].kind != tkWord {
		return -1
	}
	t := &s.toks[c]
	if !t.is(fFirstTop) || t.is(nameNot|fClinical|fEponym) || s.cased && !t.has(shCap) {
		return -1
	}
	if s.utteranceEnds(c) {
		return c
	}
	switch string(s.lowerTok(c + 1)) {
	case "for", "about", "again", "every", "weekly", "monthly":
		return c
	}
	return -1
}

// howsDoing returns the given name asked after between "how's" and
// "doing" or "feeling" at token i ("how 's june doing", "how's will
// feeling"), or -1.
func (s *scanner) howsDoing(i int) int {
	if string(s.lowerTok(i)) != "hows" {
		return -1
	}
	c := i + 1
	if c+1 >= len(s.toks) || !s.adjacent(i, c) || s.toks[c].kind != tkWord || !s.toks[c].is(fFirst) || s.toks[c].is(fStop&^fFirst|fDeterminer|fRelation|fTitle) {
		return -1
	}
	switch string(s.lowerTok(c + 1)) {
	case "doing", "feeling", "holding", "getting", "coping", "managing":
		return c
	}
	return -1
}

// speechCue returns the first and last tokens of a name that the word at
// token i cues in speech (token i itself for whose birth date), or 0, -1: the name everyone says or calls
// someone by, whom a caller asks for after "is this", a given name seen for
// care or asked after, whose date of birth. The word's length and first
// letters are tested first: the loop of detectNames calls it for every
// word.
func (s *scanner) speechCue(i int) (int, int) {
	t := &s.toks[i]
	n, c0 := t.hi-t.lo, s.low[t.lo]
	if c0 == 'h' && n == 4 && s.low[t.lo+3] == 's' {
		// "how 's june doing" ("how's" is lowered to "hows", a possessive)
		if c := s.howsDoing(i); c > i && !s.covered(c, "") {
			return c, c
		}
	}
	if t.shape&shPoss != 0 {
		if t.is(fFirst) && s.birthOf(i) {
			return i, i
		}
		return 0, -1
	}
	switch c0 {
	case 's', 'c':
		if n < 3 || n > 6 {
			return 0, -1
		}
		c1 := s.low[t.lo+1]
		if c1 == 'a' && (n == 4 || n == 5) {
			if c := s.everyoneCalls(i); c > i {
				return c, c
			}
		}
		if c0 == 's' && (c1 == 'e' || c1 == 'a') && n != 5 {
			if c := s.seenFor(i); c > i && !s.covered(c, "") {
				return c, c
			}
		}
	case 't':
		if n == 4 && string(s.lowerTok(i)) == "this" {
			return s.isThisName(i)
		}
	}
	return 0, -1
}
