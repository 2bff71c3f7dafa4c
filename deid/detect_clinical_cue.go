package deid

import (
	"bytes"
	"slices"
	"strings"

	"github.com/deid-project/deid/deid/internal/lang/en"
)

// A naming cue ("something called X", "named X", "miss X", "call me X")
// makes the next words a name; but clinicians and patients name drugs,
// devices, organisms, syndromes and anatomy the same way ("something called
// Furosemide", "it's called carpal tunnel"). After a cue, words that are all
// clinical vocabulary are no name: the lexicon's clinical shorthand, eponyms
// and their heads, brands, units, the words of the clinical abbreviation
// long forms (en.ClinicalTerms), or an unknown word shaped like a drug or
// an organism (furosemide, enterococcus). A word that is also a well-known
// given name or surname stays a name. And a speaker label at the start of a
// turn or line ("Patient:", "Doctor:") is a role, never a name.
//
// This pass runs last and only removes name findings that these rules
// explain; a known identifier of the encounter is never removed.

var clinicalTerms = wordSet(en.ClinicalTerms)

// clinicalTermAt: the word at token k is of the clinical vocabulary
// (clinicalTerms) and no name, town or head of an organisation's name
// ("Movement", "Disorders"; not "Health" of "City Health Clinic"):
// narrower than clinicalWord, which takes eponyms, units and kinds of care.
func (s *scanner) clinicalTermAt(k int) bool {
	return !s.toks[k].is(fNameAny|fCity|fCounty|fOrgHead|fFacHead) && clinicalTerms()[string(s.lowerTok(k))]
}

// drugLike are endings of drug, organism and condition names that no
// English given name or surname has.
var drugLike = []string{"semide", "pril", "sartan", "olol", "statin", "azole", "mycin", "cillin", "cycline", "floxacin",
	"oxacin", "tidine", "prazole", "parin", "mab", "tinib", "vir", "dipine", "triptan", "lukast", "gliptin", "gliflozin",
	"glitazone", "zepam", "zolam", "caine", "olone", "asone", "formin", "lyte", "coccus", "cocci", "bacter", "bacillus",
	"monas", "ococcal", "itis", "osis", "emia", "ectomy", "otomy", "plasty", "pathy", "algia", "plasia",
	"amide", "azine", "idine", "xetine", "pramine", "profen", "fenac", "codone", "morphone", "thiazide", "planon",
	"haler", "spacer", "tadine", "fenadine"}

// drugShaped: word w (lower case, six letters or more) ends like a drug,
// organism, condition or inhaler's name (drugLike).
func drugShaped(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range drugLike {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// speakerRoles are the roles a transcript labels its turns with.
var speakerRoles = map[string]bool{"patient": true, "doctor": true, "dr": true, "physician": true, "clinician": true,
	"nurse": true, "provider": true, "pt": true, "md": true, "np": true, "pa": true, "rn": true, "speaker": true,
	"guest": true, "family": true, "caregiver": true, "interpreter": true, "translator": true, "resident": true,
	"attending": true, "student": true, "assistant": true, "scribe": true, "mother": true, "father": true,
	"parent": true, "guardian": true, "daughter": true, "son": true, "wife": true, "husband": true, "partner": true,
	"client": true, "therapist": true, "pharmacist": true, "receptionist": true, "staff": true,
	// chat and call transcripts
	"bot": true, "user": true, "agent": true, "customer": true, "caller": true, "operator": true,
	"interviewer": true, "participant": true, "moderator": true, "host": true, "ai": true}

func (s *scanner) dropClinicalNames() {
	if len(s.found) == 0 {
		return
	}
	var pets [4]string // the words found to name pets, each then no name anywhere in the text
	npets := 0
	for _, f := range s.found {
		if f.Type != Name || npets == len(pets) || strings.HasPrefix(f.Source, "known/") {
			continue
		}
		if k := s.tokAt(f.Start); k >= 0 && int(s.toks[k].end) >= f.End && s.petNamed(k) {
			pets[npets] = string(s.lowerStem(k))
			npets++
		}
	}
	places := s.placeDiseases()
	out := s.found[:0]
	for _, f := range s.found {
		if f.Type == Name && f.Source == "name/dict" && s.eponymPair(f) {
			continue // "tommy john surgery": a procedure named after its first patient
		}
		if len(places) > 0 && (f.Type == Name || f.Type == City || f.Type == Location) && !strings.HasPrefix(f.Source, "known/") && s.inPlaceDisease(f, places) {
			continue // "Ross River virus … serology for Ross River"
		}
		if f.Type == Name && !strings.HasPrefix(f.Source, "known/") && (s.clinicalAfterCue(f) || s.speakerRole(f) || s.deviceName(f) || s.raceWord(f) || s.royalTitle(f)) {
			continue
		}
		if npets > 0 && f.Type == Name && !strings.HasPrefix(f.Source, "known/") {
			// "my dog rosie … rosie's your dog"; a name a cue gives stays
			// ("my dog rosie and my aunt rosie")
			if k := s.tokAt(f.Start); k >= 0 && int(s.toks[k].end) >= f.End && (s.petNamed(k) || f.Source == "name/dict" && slices.Contains(pets[:npets], string(s.lowerStem(k)))) {
				continue
			}
		}
		if f.Type == Name && !strings.HasPrefix(f.Source, "known/") {
			f.End = s.beforeLabel(f)
			f.End = s.verbAfterName(f)
			var ok bool
			if f, ok = s.withoutCredentials(f); !ok {
				continue
			}
		}
		out = append(out, f)
	}
	s.found = out
	s.invalidateCover()
}

// beforeLabel returns the end of the name f before a line that it ran
// into whose first words are a speaker's label ("with dr lam\nSpeaker 2:
// yes"): a label opens the next turn, never goes on a name.
func (s *scanner) beforeLabel(f Finding) int {
	a, b := s.tokAt(f.Start), s.tokAt(f.End-1)
	if a < 0 || b <= a {
		return f.End
	}
	for k := a + 1; k <= b; k++ {
		if p := s.prevWord(k, 3); p >= a && s.toks[k].has(shNewline) && s.speakerLabelEnd(k) > k {
			return int(s.toks[p].end)
		}
	}
	return f.End
}

// withoutCredentials trims the credentials a name finding took in at
// either end ("Jane Olsen PharmD", "PharmD" alone after a comma): they are
// the clinician's degree, no part of the name. It reports false when
// nothing but credentials is left.
func (s *scanner) withoutCredentials(f Finding) (Finding, bool) {
	credential := func(k int) bool {
		t := &s.toks[k]
		return t.kind == tkWord && t.is(fCredential) && !t.is(fNameAny) && t.end-t.start > 1
	}
	a, b := s.tokAt(f.Start), s.tokAt(f.End-1)
	if a < 0 || b < 0 || !credential(a) && !credential(b) {
		return f, true
	}
	a0, b0 := a, b
	for a <= b && (credential(a) || s.toks[a].kind == tkPunct) {
		a++
	}
	for b >= a && (credential(b) || s.toks[b].kind == tkPunct) {
		b--
	}
	if a > b {
		return f, false
	}
	if a > a0 {
		f.Start = int(s.toks[a].start)
	}
	if b < b0 {
		f.End = int(s.toks[b].end)
	}
	return f, true
}

// verbAfterName returns the end of the name f without its last word where
// lower-case speech goes on from that word as a verb or a phrase's head
// ("have joaquin call you", "temi mark down every cup", "guadalupe check on
// me", "my wife daniela kind of pushed me"): an everyday word that is a
// surname too, then an object pronoun, a verb's particle or "of". A
// surname before what its bearer does stays ("kwame bell said").
func (s *scanner) verbAfterName(f Finding) int {
	if s.cased || s.notes {
		return f.End
	}
	b := s.tokAt(f.End - 1)
	a := s.prevWord(b, 0)
	if b < 1 || a < 0 || a != b-1 || int(s.toks[a].start) < f.Start || !s.toks[b].is(fCommon) || s.toks[b].has(shPoss|shApos) {
		return f.End
	}
	n := b + 1
	if n >= len(s.toks) || s.toks[n].kind != tkWord || !s.adjacent(b, n) {
		return f.End
	}
	switch w := string(s.lowerTok(n)); w {
	case "you", "me", "him", "them", "us", "it", "down", "up", "off", "out", "of", "quick":
		if w == "you" && n+1 < len(s.toks) && string(s.lowerTok(n+1)) == "know" {
			return f.End // "priya stone you know": a pause
		}
	case "on", "in":
		if m := n + 1; m >= len(s.toks) || !objectPronoun(s.lowerTok(m)) {
			return f.End // "kwame bell on tuesday"
		}
	default:
		return f.End
	}
	return int(s.toks[a].end)
}

// raceWord: "White" or "Black" found alone by the name lists is how a
// person describes their race ("sixty seven years old, and White"), not a
// surname, unless a title, a cue or another name stands with it.
func (s *scanner) raceWord(f Finding) bool {
	if w := s.text[f.Start:f.End]; f.Source != "name/dict" || !strings.EqualFold(w, "white") && !strings.EqualFold(w, "black") {
		return false
	}
	// "Baylor Scott & White", "Scott and White": a name's partner
	i := s.tokAt(f.Start)
	p := s.prevWord(i, 1)
	if p >= 0 && (s.isPunct(i-1, '&') || string(s.lowerTok(p)) == "and" && s.isPunct(p-1, '&')) {
		return false
	}
	if p >= 0 && string(s.lowerTok(p)) == "and" {
		p = s.prevWord(p, 0)
	}
	return p < 0 || !(s.cased && s.toks[p].has(shCap) && !s.toks[p].has(shSentStart) && !s.toks[p].is(fCommon))
}

// royalTitle: a name-list finding made only of the words of a royal or
// noble title, after "the": "the Princess Royal", "the Prince of Wales",
// "the Duke" (a title no one person is named by in a record; "Prince"
// after a relation or with a surname stays a name).
func (s *scanner) royalTitle(f Finding) bool {
	if f.Source != "name/dict" {
		return false
	}
	i := s.tokAt(f.Start)
	if p := s.prevWord(i, 0); p < 0 || p != i-1 || string(s.lowerTok(p)) != "the" {
		return false
	}
	for k := i; k < len(s.toks) && int(s.toks[k].start) < f.End; k++ {
		if s.toks[k].kind != tkWord {
			continue
		}
		switch string(s.lowerTok(k)) {
		case "prince", "princess", "royal", "queen", "king", "duke", "duchess", "earl", "countess", "baron", "baroness", "regent", "dauphin":
		default:
			return false
		}
	}
	return true
}

// deviceName: in notes, a word of the name lists found on its own
// ("name/dict") where a line or a device goes: after an access site ("LSC
// Quentin", "left subclavian Quiton placed", "rij cortis/pa") or before
// the kind of device, a word between at most ("femoral Quintin catheter",
// "Passey muir valve", "dvt-greenfield filter", "ballon pump"). Catheters,
// valves and filters carry their makers' names, which notes misspell.
func (s *scanner) deviceName(f Finding) bool {
	if !s.notes || f.Source != "name/dict" {
		return false
	}
	i := s.tokAt(f.Start)
	if i < 0 {
		return false
	}
	j := i
	for j+1 < len(s.toks) && int(s.toks[j+1].end) <= f.End {
		j++
	}
	if j-i > 1 {
		return false
	}
	if p := s.prevWord(i, 1); p >= 0 && p >= i-2 && accessSite(s.lowerTok(p)) {
		return true
	}
	n := s.nextWord(j, 1)
	if n >= 0 && n <= j+2 && !deviceKind(s.lowerTok(n)) {
		n = s.nextWord(n, 0)
	}
	return n >= 0 && n <= j+4 && deviceKind(s.lowerTok(n))
}

// accessSite: where a line goes in: "rsc", "left subclavian", "femoral".
func accessSite(w []byte) bool {
	switch string(w) {
	case "rij", "lij", "rsc", "lsc", "ric", "lic", "rfem", "lfem", "rsv", "lsv", "rfv", "lfv", "rfa", "lfa", "ij",
		"subclavian", "femoral", "fem", "jugular", "groin", "antecubital", "brachial", "radial":
		return true
	}
	return false
}

// deviceKind: what a maker's name goes before: "catheter", "valve".
func deviceKind(w []byte) bool {
	switch string(w) {
	case "catheter", "catheters", "cath", "line", "lines", "valve", "filter", "pump", "vent", "ventilator",
		"drain", "tube", "port", "sheath", "introducer", "bed", "mattress", "boot", "boots", "stockings":
		return true
	}
	return false
}

// clinicalAfterCue: f follows a naming cue and every word in it is
// clinical vocabulary.
func (s *scanner) clinicalAfterCue(f Finding) bool {
	i := s.tokAt(f.Start)
	if i < 0 {
		return false
	}
	p := s.prevWord(i, 0)
	if p < 0 {
		return false
	}
	title := false
	switch string(s.lowerTok(p)) {
	case "called", "named":
	case "miss":
		title = true // "miss graves", "miss parkinson": after a title an eponym is the surname
	case "me":
		if q := s.prevWord(p, 0); q < 0 || string(s.lowerTok(q)) != "call" {
			return false
		}
	default:
		return false
	}
	// spelled letters: "called d v t", "called P S A"
	var letters []byte
	words, clinical := 0, 0
	firstOK, lastOK := false, false
	for k := i; k < len(s.toks) && int(s.toks[k].start) < f.End; k++ {
		t := &s.toks[k]
		if t.kind == tkPunct {
			continue
		}
		words++
		if t.kind == tkWord && t.end-t.start == 1 {
			letters = append(letters, s.lowerTok(k)...)
			continue
		}
		ok := s.clinicalWord(k) && !(title && s.toks[k].is(fEponym|fEpoSurname|fNameAny))
		if ok {
			clinical++
		}
		if words == 1 {
			firstOK = ok
		}
		lastOK = ok
	}
	if len(letters) > 0 {
		return len(letters) == words && len(letters) >= 2 && s.lex.word(letters)&fClinical != 0
	}
	// every word, or an eponym of three words or more that starts and ends
	// clinical ("Charcot Marie Tooth")
	return words > 0 && (clinical == words || words >= 3 && firstOK && lastOK)
}

// clinicalWord: token k is clinical vocabulary and no well-known name.
func (s *scanner) clinicalWord(k int) bool {
	t := &s.toks[k]
	if t.kind != tkWord {
		return false
	}
	w := string(s.lowerTok(k))
	if t.has(shPoss) {
		w = w[:len(w)-1]
	}
	top := t.is(fFirstTop | fLastTop)
	switch {
	case t.is(fEponym | fEpoHead | fCountry | fUnit | fMeasure | fCareUnit | fCareKind):
		return true
	case t.is(fClinical) && !t.is(fNameAny):
		return true
	case len(w) >= 5 && clinicalTerms()[w] && !top:
		return true
	case !t.is(fNameAny) && drugShaped(w):
		return true
	}
	return false
}

// speakerRole: f is a role word at the start of a turn or line, followed
// by a colon ("Patient: …").
func (s *scanner) speakerRole(f Finding) bool {
	i := s.tokAt(f.Start)
	if i < 0 || !(i == 0 || s.toks[i].has(shNewline)) {
		return false
	}
	j := i
	for j+1 < len(s.toks) && int(s.toks[j+1].end) <= f.End {
		j++
	}
	c := j + 1
	for c < len(s.toks) && c-j <= 3 && (s.isPunct(c, '_') || s.toks[c].kind == tkNum) && s.adjacent(c-1, c) {
		c++ // "SPEAKER_01:"
	}
	if !s.isPunct(c, ':') {
		return false
	}
	if i == j && s.toks[i].end-s.toks[i].start == 1 && s.toks[i].kind == tkWord {
		return true // "D:", "P:": a role's initial labels its turns
	}
	for k := i; k <= j; k++ {
		t := &s.toks[k]
		if t.kind == tkNum || t.kind == tkPunct {
			continue // "Speaker 2:", "Guest_family_1:"
		}
		if !speakerRoles[string(s.lowerTok(k))] {
			return false
		}
	}
	return true
}

// placeDiseases returns the first and last tokens of each name of a
// disease after where it was found, in text with capitals: one or two
// capitalised words, the last a word of the land, before a kind of
// infection ("Ross River virus", "Murray Valley fever", "West Nile virus",
// "Rocky Mountain spotted fever"), not a person or a town.
func (s *scanner) placeDiseases() [][2]int {
	if !s.cased || !bytes.Contains(s.low, []byte("virus")) && !bytes.Contains(s.low, []byte("fever")) && !bytes.Contains(s.low, []byte("encephalitis")) && !bytes.Contains(s.low, []byte("spotted")) {
		return nil // (the cheap test first: most texts name no such infection)
	}
	var out [][2]int
	for b := 1; b+1 < len(s.toks); b++ {
		t := &s.toks[b]
		if t.kind != tkWord || !t.has(shCap) || !s.adjacent(b, b+1) || !landWord(s.lowerTok(b)) || !infectionWord(s.lowerTok(b+1)) {
			continue
		}
		a := b
		for k := b - 1; k >= 0 && b-k <= 2 && s.toks[k].kind == tkWord && s.toks[k].has(shCap) && s.adjacent(k, k+1) && !s.toks[k].is(fStop|fDeterminer); k-- {
			a = k
		}
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// inPlaceDisease: the finding f covers words of a disease named after a
// place, where it is named or where its words are said again ("serology
// for Ross River").
func (s *scanner) inPlaceDisease(f Finding, places [][2]int) bool {
	a, b := s.tokAt(f.Start), s.tokAt(f.End-1)
	if a < 0 || b < 0 {
		return false
	}
	for _, p := range places {
		if a >= p[0] && b <= p[1] {
			return true
		}
		// the same words elsewhere, from the finding's first word on
		n := p[1] - p[0]
		if a+n >= len(s.toks) || b > a+n {
			continue
		}
		same := true
		for k := 0; k <= n && same; k++ {
			same = bytes.Equal(s.lowerTok(a+k), s.lowerTok(p[0]+k))
		}
		if same {
			return true
		}
	}
	return false
}

// landWord: a word of the land that ends a place's name.
func landWord(w []byte) bool {
	switch string(w) {
	case "river", "valley", "forest", "mountain", "mountains", "lake", "nile", "creek", "coast", "island", "hill", "hills", "bay":
		return true
	}
	return false
}

// infectionWord: a kind of infection named after where it was found.
func infectionWord(w []byte) bool {
	switch string(w) {
	case "virus", "viruses", "fever", "encephalitis", "spotted":
		return true
	}
	return false
}

// eponymPair: the name f, found by the lists alone, is two words, the
// first a surname eponyms are made of, right before a word that heads an
// eponym ("tommy john surgery", "ramsay hunt syndrome").
func (s *scanner) eponymPair(f Finding) bool {
	a, b := s.tokAt(f.Start), s.tokAt(f.End-1)
	if a < 0 || b != a+1 || b+1 >= len(s.toks) || !s.adjacent(b, b+1) {
		return false
	}
	return (s.toks[a].is(fEpoSurname|fEponym) || s.toks[b].is(fEpoSurname|fEponym)) && s.toks[b+1].kind == tkWord && s.toks[b+1].is(fEpoHead)
}
