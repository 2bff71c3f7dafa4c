package deid

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/deid-project/deid/deid/internal/lang/en"
)

// Known holds the identifiers an encounter record already tells us about,
// compiled for matching in text: the patient's name (every part, and common
// nicknames of the given name), clinicians and other people named in the
// record, the MRN with or without separators, phone, e-mail, street, city,
// ZIP, facility, NPIs, and the birth date.
//
// A Known is read-only once built and safe for concurrent use.
type Known struct {
	// bloom has one bit (of 512) set per known word and sequence start: a
	// filter that spares the look-ups for almost every token of a turn.
	bloom   [8]uint64
	words   kwSet // lower-case name parts
	numbers kwSet // digit strings and compact alphanumeric ids
	emails  []string
	seqs    []knownSeq
	dob     [3]int // year, month, day; zero if unknown
	visit   [3]int // the encounter's start date; zero if unknown

	// the first space of words, numbers and seqs, enough for most
	// encounters: a Known is one allocation
	wordsArr [24]kw
	numArr   [8]kw
	seqArr   [4]knownSeq
}

// kwSet is a small set of known strings with their types: an encounter
// knows a few dozen at most, so a slice scanned behind the shape filter is
// cheaper to build (once per conversation) than a map.
type kwSet []kw

type kw struct {
	word string
	typ  Type
}

func (s *kwSet) set(w string, t Type) {
	for i := range *s {
		if (*s)[i].word == w {
			(*s)[i].typ = t
			return
		}
	}
	*s = append(*s, kw{w, t})
}

func (s kwSet) get(w []byte) (Type, bool) {
	for i := range s {
		if s[i].word == string(w) {
			return s[i].typ, true
		}
	}
	return "", false
}

type knownSeq struct {
	words []string
	typ   Type
	src   string    // the finding's source, "known/<type>"
	first [3]string // the first word and its street abbreviations or expansion
	nf    int
}

func newSeq(words []string, t Type) knownSeq {
	q := knownSeq{words: words, typ: t, src: typeSource[t], nf: 1}
	q.first[0] = words[0]
	if long, ok := streetAbbrev[words[0]]; ok {
		q.first[q.nf] = long
		q.nf++
	}
	for _, short := range streetShort[words[0]] {
		if q.nf < len(q.first) {
			q.first[q.nf] = short
			q.nf++
		}
	}
	return q
}

func (q *knownSeq) startsAt(w []byte) bool {
	for _, f := range q.first[:q.nf] {
		if string(w) == f {
			return true
		}
	}
	return false
}

// NewKnown compiles the known identifiers of enc. A nil enc gives an empty
// (but usable) Known.
func NewKnown(enc *Encounter) *Known {
	k := &Known{}
	k.words, k.numbers, k.seqs = k.wordsArr[:0], k.numArr[:0], k.seqArr[:0]
	if enc == nil {
		return k
	}
	enc = CanonicalEncounter(enc)
	if p := enc.Patient; p != nil {
		k.addName(p.Name, true)
		k.addID(p.MRN, MRN)
		k.addPhone(p.Phone)
		if e := strings.ToLower(strings.TrimSpace(p.Email)); strings.Contains(e, "@") {
			k.emails = append(k.emails, e)
			if local, _, ok := strings.Cut(e, "@"); ok {
				var room [8]string
				for _, part := range appendWords(room[:0], local) {
					if len(part) > 2 {
						k.words.set(part, Name)
					}
				}
			}
		}
		if a := p.Address; a != nil {
			k.addStreet(a.Street)
			k.addSeq(a.City, City)
			if z := digitsOf(a.Zip); len(z) >= 5 {
				k.numbers.set(z[:5], Zip)
				if len(z) == 9 {
					k.numbers.set(z, Zip)
				}
			}
		}
		if y, m, d, ok := parseISODate(p.BirthDate); ok {
			k.dob = [3]int{y, m, d}
		}
	}
	for _, c := range enc.Clinicians {
		k.addName(c.Name, false)
		if n := digitsOf(c.NPI); len(n) == 10 {
			k.numbers.set(n, NPI)
		}
	}
	for _, n := range enc.OtherNames {
		k.addName(n, false)
	}
	k.addSeq(enc.Facility, Facility)
	if len(enc.StartedAt) >= 10 {
		if y, m, d, ok := parseISODate(enc.StartedAt[:10]); ok {
			k.visit = [3]int{y, m, d}
		}
	}
	for _, w := range k.words {
		k.addShape(w.word)
	}
	for i := range k.seqs {
		for _, f := range k.seqs[i].first[:k.seqs[i].nf] {
			k.addShape(f)
		}
	}
	return k
}

func (k *Known) empty() bool {
	return len(k.words) == 0 && len(k.numbers) == 0 && len(k.seqs) == 0 && len(k.emails) == 0
}

func (k *Known) addShape(w string) {
	if w != "" {
		h := wordHash([]byte(w))
		k.bloom[h>>6&7] |= 1 << (h & 63)
	}
}

// mayStart reports whether a known word or sequence may start with w.
func (k *Known) mayStart(w []byte) bool {
	if len(w) == 0 {
		return false
	}
	return k.mayStartHash(wordHash(w))
}

// mayStartHash is mayStart with the word's wordHash.
func (k *Known) mayStartHash(h uint32) bool {
	return k.bloom[h>>6&7]&(1<<(h&63)) != 0
}

// wordHash folds a word to 9 bits for the bloom filter: words of up to 8
// bytes (nearly all) by their packed bytes, longer ones by FNV-1a.
func wordHash(w []byte) uint32 {
	if len(w) <= 8 {
		h := shortHash(pack8(w))
		return uint32(h >> 55)
	}
	h := uint32(2166136261)
	for _, c := range w {
		h ^= uint32(c)
		h *= 16777619
	}
	return h ^ h>>9 ^ h>>18
}

// nameSkip are the parts of a written name that are not the name.
var nameSkip = func() map[string]bool {
	m := map[string]bool{}
	for w := range en.Words(en.NameSkip) {
		m[w] = true
	}
	return m
}()

func (k *Known) addName(name string, patient bool) {
	var room [8]string
	parts := appendWords(room[:0], name)
	for i, p := range parts {
		if nameSkip[p] || len(p) < 2 {
			continue
		}
		k.words.set(p, Name)
		// transcripts drop accents: "José Núñez" is said and written "jose nunez"
		if f := foldAccents(p); f != p {
			k.words.set(f, Name)
		}
		if i == 0 || patient {
			for _, nick := range nicknames[p] {
				k.words.set(nick, Name)
			}
		}
	}
}

func (k *Known) addID(id string, t Type) {
	c := compactLower(id)
	if len(c) < 4 {
		return
	}
	k.numbers.set(c, t)
	if d := digitsOf(id); len(d) >= 5 {
		k.numbers.set(d, t)
		if t := strings.TrimLeft(d, "0"); len(t) >= 5 {
			k.numbers.set(t, MRN)
		}
	}
}

func (k *Known) addPhone(p string) {
	d := digitsOf(p)
	if len(d) == 11 && d[0] == '1' {
		d = d[1:]
	}
	if len(d) >= 7 {
		k.numbers.set(d, Phone)
		k.numbers.set(d[len(d)-7:], Phone)
	}
}

// addStreet records the street both whole ("1234 oak street") and by its
// name words ("oak"), which match only next to a street word or the house
// number.
func (k *Known) addStreet(street string) {
	words := splitWords(street)
	if len(words) == 0 {
		return
	}
	k.seqs = append(k.seqs, newSeq(words, Address))
	var name []string
	for _, w := range words {
		if w[0] >= '0' && w[0] <= '9' {
			continue
		}
		name = append(name, w)
	}
	if len(name) > 1 { // "oak street" without the number
		k.seqs = append(k.seqs, newSeq(name, Address))
	}
}

func (k *Known) addSeq(s string, t Type) {
	if w := splitWords(s); len(w) > 0 {
		k.seqs = append(k.seqs, newSeq(w, t))
	}
}

// splitWords lower-cases s and cuts it into words, dropping apostrophes
// the way the tokenizer does.
func splitWords(s string) []string { return appendWords(nil, s) }

// appendWords is splitWords appending to words: a caller that keeps no
// slice of the words passes room on its stack.
func appendWords(words []string, s string) []string {
	// one lower-cased copy, then words sliced out of it: two allocations
	var b strings.Builder
	b.Grow(len(s))
	var cutBuf [16]int // a name or street of up to eight words: no growing
	cuts := cutBuf[:0]
	in := false
	for _, r := range s {
		word := true
		switch {
		case r == '\'' || r == '\u2019':
			continue
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			b.WriteByte(byte(r))
		case r >= 'A' && r <= 'Z':
			b.WriteByte(byte(r + 'a' - 'A'))
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
		default:
			word = false
		}
		if word && !in {
			cuts = append(cuts, b.Len()-utf8.RuneLen(lastRune(b.String())))
			in = true
		} else if !word && in {
			cuts = append(cuts, b.Len())
			in = false
		}
	}
	if in {
		cuts = append(cuts, b.Len())
	}
	all := b.String()
	if words == nil {
		words = make([]string, 0, len(cuts)/2)
	}
	for k := 0; k+1 < len(cuts); k += 2 {
		words = append(words, all[cuts[k]:cuts[k+1]])
	}
	return words
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// foldAccents maps accented Latin letters to their base letter.
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if f, ok := accentFold[r]; ok {
			b.WriteRune(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

var accentFold = func() map[rune]rune {
	m := map[rune]rune{}
	for base, list := range map[rune]string{'a': "àáâãäåā", 'c': "çćč", 'e': "èéêëēė", 'i': "ìíîïī", 'n': "ñń",
		'o': "òóôõöøō", 'u': "ùúûüū", 'y': "ýÿ", 's': "śšş", 'z': "źżž", 'l': "ł", 'g': "ğ", 'd': "đð", 'r': "ř"} {
		for _, r := range list {
			m[r] = base
		}
	}
	return m
}()

func digitsOf(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == len(s) {
		return s // digits only (or empty): s itself, no copy
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for ; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b = append(b, s[i])
		}
	}
	return string(b)
}

func compactLower(s string) string {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	if i == len(s) {
		return s // already compact and lower-case: s itself, no copy
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' || c >= 'a' && c <= 'z':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		}
	}
	return string(b)
}

func parseISODate(s string) (y, m, d int, ok bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return 0, 0, 0, false
	}
	num := func(t string) int {
		v := 0
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return -1
			}
			v = v*10 + int(t[i]-'0')
		}
		return v
	}
	y, m, d = num(s[:4]), num(s[5:7]), num(s[8:10])
	return y, m, d, y > 0 && validDate(m, d)
}

// knownNumber returns the type of a known number with these digits (or
// compact id), if any.
func (s *scanner) knownNumber(d string) (Type, bool) {
	if s.known == nil || d == "" {
		return "", false
	}
	return s.known.numbers.get([]byte(d))
}

func (s *scanner) detectKnown() {
	k := s.known
	hasAt := len(k.emails) > 0 && strings.IndexByte(s.text, '@') >= 0
	for _, e := range k.emails {
		if !hasAt {
			break // the spoken form is left to the detectors
		}
		for off := 0; ; {
			i := indexFold(s.text[off:], e)
			if i < 0 {
				break
			}
			s.addBytes(off+i, off+i+len(e), Email, 0.99, "known/email")
			off += i + len(e)
		}
	}
	toks := s.toks
	for i := range toks {
		t := &toks[i]
		if t.kind == tkPunct {
			continue
		}
		if t.bh&bhValid != 0 && !k.mayStartHash(uint32(t.bh&^bhValid)) {
			continue // the tokenizer hashed w already
		}
		w := s.lowerTok(i)
		if t.has(shPoss) && len(w) > 1 {
			w = w[:len(w)-1]
		}
		if t.bh&bhValid == 0 && !k.mayStart(w) {
			continue
		}
		// a known surname that is also an eponym ("Graves") is the name
		// unless a clinical head follows ("graves disease")
		if typ, ok := k.words.get(w); ok && t.kind == tkWord && !(s.beforeEpoHead(i) && !s.afterTitleWord(i)) {
			// a name that is also a function word ("will", "may") needs a
			// capital in cased text or a known neighbour
			if !t.is(fStop) || s.cased && t.has(shCap) && !t.has(shSentStart) || s.knownNeighbour(i) {
				s.add(i, i, typ, 0.99, "known/name")
			}
		}
		for qi := range k.seqs {
			q := &k.seqs[qi]
			if !q.startsAt(s.lowerTok(i)) {
				continue
			}
			if j := s.matchSeq(i, q.words); j >= i {
				s.add(i, j, q.typ, 0.99, "known/"+q.src)
			}
		}
	}
}

// beforeEpoHead: a clinical head word ("disease", "palsy") follows token i
// or the hyphenated chain it belongs to.
func (s *scanner) beforeEpoHead(i int) bool {
	k := i
	for k+2 < len(s.toks) && s.isPunct(k+1, '-') && s.toks[k+2].kind == tkWord {
		k += 2
	}
	n := s.nextWord(k, 0)
	if s.isPunct(k+1, '\'') && s.toks[k+1].start == s.toks[k].end {
		n = s.nextWord(k+1, 0) // "Edwards' syndrome"
	}
	// "hawkins-kennedy and neer's test": eponyms joined, one head
	if n >= 0 && n+2 < len(s.toks) && (string(s.lowerTok(n)) == "and" || string(s.lowerTok(n)) == "or") && s.toks[n+1].is(fEponym|fEpoSurname) {
		n = s.nextWord(n+1, 0)
	}
	return n >= 0 && s.toks[n].is(fEpoHead)
}

// afterTitleWord: a title ("Mr.", "doctor") right before token i.
func (s *scanner) afterTitleWord(i int) bool {
	p := s.prevWord(i, 1)
	return p >= 0 && s.toks[p].is(fTitle)
}

func (s *scanner) knownNeighbour(i int) bool {
	for _, k := range []int{s.prevWord(i, 0), s.nextWord(i, 0)} {
		if k >= 0 && s.toks[k].kind == tkWord {
			if _, ok := s.known.words.get(s.lowerTok(k)); ok && !s.toks[k].is(fStop) {
				return true
			}
			if s.toks[k].is(fTitle) {
				return true
			}
		}
	}
	return false
}

// matchSeq matches the known words at token i, skipping punctuation and
// accepting a street abbreviation for its full form. It returns the last
// token matched, or -1.
func (s *scanner) matchSeq(i int, words []string) int {
	k := i
	for n, w := range words {
		if k < 0 || k >= len(s.toks) {
			return -1
		}
		if got := s.lowerTok(k); string(got) != w && (len(got) > 4 || !sameStreetWord(string(got), w)) {
			return -1
		}
		if n == len(words)-1 {
			return k
		}
		k = s.nextWord(k, 2)
	}
	return -1
}

// streetAbbrev maps the abbreviations of street words to the full words.
var streetAbbrev = func() map[string]string {
	m := map[string]string{}
	for short, long := range en.Pairs(en.StreetAbbrev) {
		m[short] = long
	}
	return m
}()

// streetShort maps a full street word to its abbreviations.
var streetShort = func() map[string][]string {
	m := map[string][]string{}
	for short, long := range streetAbbrev {
		m[long] = append(m[long], short)
	}
	return m
}()

// typeSource is the lower-cased type name of each type, for sources.
var typeSource = func() map[Type]string {
	m := map[Type]string{}
	for _, t := range AllTypes {
		m[t] = strings.ToLower(string(t))
	}
	return m
}()

func sameStreetWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > 4 && len(b) > 4 {
		return false // only short words have abbreviations
	}
	if x, ok := streetAbbrev[a]; ok {
		a = x
	}
	if x, ok := streetAbbrev[b]; ok {
		b = x
	}
	return a == b
}

// nicknames maps a given name to the short forms people use for it, and a
// short form back to the usual full names.
var nicknames = func() map[string][]string {
	m := map[string][]string{}
	for line := range en.Lines(en.Nicknames) {
		ws := strings.Fields(line)
		m[ws[0]] = append(m[ws[0]], ws[1:]...)
	}
	return m
}()
