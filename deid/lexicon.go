package deid

import (
	_ "embed"
	"encoding/binary"
	"strings"
	"sync"

	"github.com/deid-project/deid/deid/internal/lang/en"
	"github.com/deid-project/deid/deid/internal/lextab"
)

// lexicon.bin is compiled by deid/internal/lexgen from the public lists
// credited in the README (`make lexicon`), in the format of
// deid/internal/lextab: sorted, front-coded keys from which loading rebuilds
// the hash tables (two large buffers, no allocation per entry).
//
//go:embed lexicon.bin
var lexiconBin string

// Lexicon flags. The low bits come from lexgen (defined in
// internal/lextab); the high bits are the engine's own grammar, added at
// load time from the tables of deid/internal/lang/en (grammar.go).
const (
	fFirst    = lextab.First
	fLast     = lextab.Last
	fNonPHI   = lextab.NonPHI
	fCommon   = lextab.Common
	fCity     = lextab.City
	fCounty   = lextab.County
	fState    = lextab.State
	fPhrase   = lextab.Phrase
	fFirstTop = lextab.FirstTop
	fLastTop  = lextab.LastTop
	fRare     = lextab.Rare

	fMonth       uint64 = 1 << 16 // january, jan, sept
	fWeekday     uint64 = 1 << 17
	fNumWord     uint64 = 1 << 18 // zero..nineteen, twenty..ninety, oh
	fOrdWord     uint64 = 1 << 19 // first..thirty-first parts
	fTitle       uint64 = 1 << 20 // dr, doctor, mrs, nurse
	fRelation    uint64 = 1 << 21 // daughter, husband, neighbor
	fStreet      uint64 = 1 << 22 // street, st, avenue, road
	fFacility    uint64 = 1 << 23 // hospital, clinic, center
	fEponym      uint64 = 1 << 24 // clinical eponym: parkinson, foley
	fEpoHead     uint64 = 1 << 25 // syndrome, disease, catheter: marks an eponym before it
	fStop        uint64 = 1 << 26 // function words and verbs that are never a name after a cue
	fDeterminer  uint64 = 1 << 27 // the, my, your: "the doctor" is not a title
	fUnit        uint64 = 1 << 28 // mg, ml, units: a number before it is a measure
	fHoliday     uint64 = 1 << 29
	fLocPrep     uint64 = 1 << 30 // in, from, near: before a place
	fDatePrep    uint64 = 1 << 31 // on, since, until: before a date
	fDirection   uint64 = 1 << 32 // north, n, east, sw
	fUnitSuffix  uint64 = 1 << 33 // apt, suite, unit, #
	fGeneric     uint64 = 1 << 34 // generic facility modifiers: the, county, general
	fNameCue     uint64 = 1 << 35 // words that introduce a name: named, called
	fGreeting    uint64 = 1 << 36 // hi, hello, thanks, bye
	fMeasure     uint64 = 1 << 37 // count, level, platelets: a number after it is a value
	fEpoSurname  uint64 = 1 << 38 // smith, baker: an eponym only before a clinical head
	fFacHead     uint64 = 1 << 39 // hospital, clinic, center: ends a facility name
	fCountry     uint64 = 1 << 40 // countries, peoples, languages, faiths: not identifiers
	fLandmark    uint64 = 1 << 41 // park, estates, farm: ends the name of a local place
	fIntro       uint64 = 1 << 42 // i'm, this, call, thank, spelled: a name may follow
	fMultiplier  uint64 = 1 << 43 // double, triple (spoken digits)
	fCountyWord  uint64 = 1 << 44 // county, parish
	fPO          uint64 = 1 << 45 // po, p (PO box)
	fPersonVerb  uint64 = 1 << 46 // said, told, drove: what people do after their name
	fParticle    uint64 = 1 << 47 // al, de, van, von: part of a surname before it
	fClinical    uint64 = 1 << 48 // clinical shorthand (neo, aline, vea): no name or place on its own
	fCareUnit    uint64 = 1 << 49 // icu, pacu, floor: a unit inside a hospital, not a hospital
	fCareKind    uint64 = 1 << 50 // respiratory, wound, trach: a kind of care, not a care provider's name
	fMoveVerb    uint64 = 1 << 51 // transferred, seen, retired: a place may follow after to/at/from/in
	fStrongMove  uint64 = 1 << 52 // admitted, transferred, sent: a hospital code may follow after to/at
	fCredential  uint64 = 1 << 53 // rn, np, md: follows a clinician's name
	fStreetLead  uint64 = 1 << 54 // rua, via, rue: opens a street name of another language
	fStreetMark  uint64 = 1 << 55 // út, utca, tér: follows a street name
	fAddressWord uint64 = 1 << 56 // corner, psc, apo: opens an address shape
	fShortHead   uint64 = 1 << 57 // med, ctr, general, memorial: ends a facility named by an acronym or a name
	fAddressCue  uint64 = 1 << 58 // address, lives, moved: an address may follow
	fChain       uint64 = 1 << 59 // mcdonald, walgreens: a business when said in the possessive
	fEmployCue   uint64 = 1 << 60 // works, employed, ceo: an employer may follow after for/at/by/of
	fOrgHead     uint64 = 1 << 61 // health, systems, inc: ends the name of a company
	fDish        uint64 = 1 << 62 // alfredo, caesar: a dish next to a food word
	fPlaceLead   uint64 = 1 << 63 // holy, sacred, northern: opens a faith name or a region (detectFaithAndRegions)

	fNameAny = fFirst | fLast
)

// The grammar flags start above the bits lexgen writes (this fails to compile
// otherwise).
const _ uint64 = fMonth - 1 - lextab.Generated

// lexicon answers word, phrase and ZIP look-ups from the embedded tables.
// A word's flags come from a small front table when it has one there (the
// most frequent tokens and every word of the grammar tables, with all their
// flags merged at load) and from the large generated table otherwise.
type lexicon struct {
	file   *lextab.File
	seed   uint64
	types  []Type   // phrase types by table value
	maxPhr int      // tokens in the longest phrase
	pairs  []uint64 // a filter of the first two tokens of every phrase, see pairMaybe

	// The front table: words of up to 8 bytes in short, keyed by their
	// bytes, longer ones in long. Open addressing, lengths powers of two.
	short  []shortSlot
	shortN int
	long   []longSlot
	lkeys  []byte // the long keys, end to end
	longN  int

	editOnce sync.Once
	editBits []uint64 // see mayEdit
	editPre  *triSet  // the first three letters of the words of editBits
	editSuf  *triSet  // their last three letters
}

// triSet is a set of three-letter strings over a..z and one class for any
// other byte (see triOf).
type triSet [(27*27*27 + 63) / 64]uint64

func (t *triSet) add(x int)      { t[x/64] |= 1 << (x % 64) }
func (t *triSet) has(x int) bool { return t[x/64]&(1<<(x%64)) != 0 }

// triOf indexes the three bytes w[0:3] for a triSet.
func triOf(w []byte) int {
	_ = w[2]
	return (int(triClass[w[0]])*27+int(triClass[w[1]]))*27 + int(triClass[w[2]])
}

var triClass = func() (t [256]uint8) {
	for i := range t {
		t[i] = 26
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint8(c - 'a')
	}
	return t
}()

// shortSlot is a front word of 1 to 8 bytes: key holds its bytes, little
// endian, zero-padded (a token holds no NUL byte); key 0 marks an empty slot.
type shortSlot struct {
	key   uint64
	flags uint64
}

// longSlot is a longer front word; n == 0 marks an empty slot.
type longSlot struct {
	flags uint64
	off   uint32 // key = lkeys[off:off+n]
	n     uint8
	tag   uint8 // top byte of the key's hash
}

var (
	lexOnce sync.Once
	lexVal  *lexicon
	lexErr  error
)

// loadLexicon opens the embedded lexicon once per process; every Engine
// shares it (it is read-only after load).
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lexVal, lexErr = parseLexicon(lexiconBin) })
	return lexVal, lexErr
}

// parseLexicon opens a compiled lexicon and builds its front table: the hot
// tokens of the file, then the grammar words (addGrammar).
func parseLexicon(data string) (*lexicon, error) {
	f, err := lextab.Open(data)
	if err != nil {
		return nil, err
	}
	l := &lexicon{file: f, seed: f.Seed, maxPhr: f.MaxPhrase}
	for _, t := range f.Types {
		l.types = append(l.types, Type(t))
	}
	l.short = make([]shortSlot, 8192)
	l.long = make([]longSlot, 2048)
	l.lkeys = make([]byte, 0, 16<<10)
	f.Hot(func(w string) { l.add(w, 0) })
	addGrammar(l)
	l.pairs = make([]uint64, pairBits/64)
	f.Phrases.All(func(key string, _ uint16) {
		a, rest, _ := strings.Cut(key, " ")
		b, _, _ := strings.Cut(rest, " ")
		h := pairHash([]byte(a), []byte(b))
		l.pairs[h/64%uint64(len(l.pairs))] |= 1 << (h % 64)
	})
	return l, nil
}

// pairBits is the size of the filter of phrase starts: with ~10^5 phrases
// about one pair in twenty that starts none passes it.
const pairBits = 1 << 21

// pairMaybe reports whether some phrase may start with the tokens a b (a
// filter: false means none does). It spares detectPhrases a look-up in the
// phrase table for nearly every "i", "the" and "doctor" that starts some
// phrase but not with the word after it.
func (l *lexicon) pairMaybe(a, b []byte) bool {
	h := pairHash(a, b)
	return l.pairs[h/64%uint64(len(l.pairs))]&(1<<(h%64)) != 0
}

func pairHash(a, b []byte) uint64 {
	return shortHash(bytesHash(a)*31 ^ bytesHash(b))
}

// bytesHash: the packed bytes of a short word, FNV-1a of a longer one.
func bytesHash(w []byte) uint64 {
	if n := len(w); n > 0 && n <= 8 {
		return pack8(w)
	}
	h := uint64(14695981039346656037)
	for _, c := range w {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// word returns the flags of a lower-cased token (apostrophes dropped).
func (l *lexicon) word(w []byte) uint64 {
	if n := len(w); n > 0 && n <= 8 {
		k := pack8(w)
		if f, ok := l.hot(k); ok {
			return f
		}
		return l.cold(w)
	}
	h := lextab.Hash(w, l.seed)
	tag, mask := uint8(h>>56), uint64(len(l.long)-1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &l.long[i]
		if e.n == 0 {
			break
		}
		if e.tag == tag && int(e.n) == len(w) && string(l.lkeys[e.off:e.off+uint32(e.n)]) == string(w) {
			return e.flags
		}
	}
	v, _ := l.file.Words.Lookup(h, w)
	if v == 0 {
		return l.unaccented(w)
	}
	return uint64(v)
}

// unaccented returns the flags of w, a word the lists lack, spelled without
// its accents ("kraków", "ibáñez": the lists spell most names in ASCII), or
// 0. Only words the lists lack pay for it, once per scan (the word cache).
func (l *lexicon) unaccented(w []byte) uint64 {
	if !nonASCII(w) {
		return 0
	}
	if f := foldAccents(string(w)); len(f) < len(w) {
		return l.word([]byte(f))
	}
	return 0
}

// hot looks a word of up to 8 bytes, packed by pack8, up in the front
// table.
func (l *lexicon) hot(k uint64) (uint64, bool) { return l.hotHash(k, shortHash(k)) }

// hotHash is hot with the key's shortHash h.
func (l *lexicon) hotHash(k, h uint64) (uint64, bool) {
	mask := uint64(len(l.short) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		e := &l.short[i]
		if e.key == k {
			return e.flags, true
		}
		if e.key == 0 {
			return 0, false
		}
	}
}

// cold looks a word that is not in the front table up in the compiled
// table.
func (l *lexicon) cold(w []byte) uint64 {
	v, _ := l.file.Words.Lookup(lextab.Hash(w, l.seed), w)
	if v == 0 {
		return l.unaccented(w)
	}
	return uint64(v)
}

// pack8 packs a word of 1 to 8 bytes into a key, its bytes little endian
// (the first and last four bytes, which overlap, for 4 to 8 bytes; each
// read with one load).
func pack8(w []byte) uint64 {
	n := len(w)
	if n >= 4 {
		lo := uint64(binary.LittleEndian.Uint32(w))
		hi := uint64(binary.LittleEndian.Uint32(w[n-4:]))
		return lo | hi<<(8*(n-4))
	}
	return uint64(w[0]) | uint64(w[n>>1])<<(8*(n>>1)) | uint64(w[n-1])<<(8*(n-1))
}

// shortHash spreads a packed key over the high and low bits.
func shortHash(k uint64) uint64 {
	k *= 0x9e3779b97f4a7c15
	return k ^ k>>29
}

// phrase returns the type of a phrase (lower-cased tokens joined by one
// space), if the lexicon has it.
func (l *lexicon) phrase(p []byte) (Type, bool) {
	v, _ := l.file.Phrases.Lookup(lextab.Hash(p, l.seed), p)
	if v&0xff == 0 {
		return "", false
	}
	return l.types[v&0xff-1], true
}

// prefix reports whether p (two tokens or more) is the leading part of a
// longer phrase.
func (l *lexicon) prefix(p []byte) bool {
	v, _ := l.file.Phrases.Lookup(lextab.Hash(p, l.seed), p)
	return v&lextab.PhrasePrefix != 0
}

// pairType returns the type of the two-token phrase "a b", or "".
func (l *lexicon) pairType(a, b []byte) Type {
	if l.word(a)&fPhrase == 0 {
		return "" // lexgen flags the first token of every phrase
	}
	var buf [64]byte
	t, _ := l.phrase(append(append(append(buf[:0], a...), ' '), b...))
	return t
}

// zip reports whether d is a five-digit ZIP code with people living in it.
func (l *lexicon) zip(d string) bool { return l.file.Zip(d) }

// add merges flags f into word w of the front table (apostrophes dropped),
// entering it with its generated flags if it is not there yet.
func (l *lexicon) add(w string, f uint64) { l.update(w, f, 0) }

// update sets flags f and clears flags off of word w of the front table
// (apostrophes dropped), entering it with its generated flags if it is not
// there yet.
func (l *lexicon) update(w string, f, off uint64) {
	start := len(l.lkeys)
	for i := 0; i < len(w); i++ {
		if w[i] != '\'' {
			l.lkeys = append(l.lkeys, w[i])
		}
	}
	key := l.lkeys[start:]
	if len(key) == 0 || len(key) > lextab.MaxKey {
		l.lkeys = l.lkeys[:start]
		return // no token is empty or that long
	}
	h := lextab.Hash(key, l.seed)
	if len(key) <= 8 {
		k := pack8(key)
		l.lkeys = l.lkeys[:start]
		mask := uint64(len(l.short) - 1)
		i := shortHash(k) & mask
		for ; l.short[i].key != 0; i = (i + 1) & mask {
			if l.short[i].key == k {
				l.short[i].flags = (l.short[i].flags | f) &^ off
				return
			}
		}
		v, _ := l.file.Words.Lookup(h, key)
		l.short[i] = shortSlot{key: k, flags: (uint64(v) | f) &^ off}
		if l.shortN++; l.shortN*2 > len(l.short) {
			l.growFront()
		}
		return
	}
	mask := uint64(len(l.long) - 1)
	i := h & mask
	for ; l.long[i].n != 0; i = (i + 1) & mask {
		e := &l.long[i]
		if int(e.n) == len(key) && string(l.lkeys[e.off:e.off+uint32(e.n)]) == string(key) {
			e.flags = (e.flags | f) &^ off
			l.lkeys = l.lkeys[:start]
			return
		}
	}
	v, _ := l.file.Words.Lookup(h, key)
	l.long[i] = longSlot{flags: (uint64(v) | f) &^ off, off: uint32(start), n: uint8(len(key)), tag: uint8(h >> 56)}
	if l.longN++; l.longN*2 > len(l.long) {
		l.growFront()
	}
}

// growFront doubles a front table that is half full.
func (l *lexicon) growFront() {
	if l.shortN*2 > len(l.short) {
		old := l.short
		l.short = make([]shortSlot, 2*len(old))
		mask := uint64(len(l.short) - 1)
		for _, e := range old {
			if e.key != 0 {
				i := shortHash(e.key) & mask
				for l.short[i].key != 0 {
					i = (i + 1) & mask
				}
				l.short[i] = e
			}
		}
	}
	if l.longN*2 > len(l.long) {
		old := l.long
		l.long = make([]longSlot, 2*len(old))
		mask := uint64(len(l.long) - 1)
		for _, e := range old {
			if e.n != 0 {
				i := lextab.Hash(l.lkeys[e.off:e.off+uint32(e.n)], l.seed) & mask
				for l.long[i].n != 0 {
					i = (i + 1) & mask
				}
				l.long[i] = e
			}
		}
	}
}

// addTable adds every word of an embedded table of deid/internal/lang/en
// (words separated by white space, '#' starts a comment) without
// allocating per word.
func (l *lexicon) addTable(f uint64, table string) {
	for w := range en.Words(table) {
		l.add(w, f)
	}
}

// editFilterWords is the size of the edit filter in 64-bit words (256 KiB).
const editFilterWords = 1 << 15

// mayEdit reports whether w, of five bytes or more, may be a word that
// misspeltOf accepts as the word a token is one edit from: no name, and a
// common or clinical word or a clinical term. It is a filter (false means
// it is none) over exactly the words whose flags word returns make them
// one, so that the search of a token's one-edit neighbours, nearly all of
// them no word at all, costs a few probes per candidate instead of two
// look-ups and a map access.
func (l *lexicon) mayEdit(w []byte) bool {
	l.editOnce.Do(l.buildEditFilter)
	// first the words' first and last three letters (two small sets that
	// turn away half the neighbours), then the Bloom filter
	if !l.editPre.has(triOf(w)) || !l.editSuf.has(triOf(w[len(w)-3:])) {
		return false
	}
	h := lextab.Hash(w, l.seed)
	m := uint64(1)<<(h>>58) | uint64(1)<<(h>>52&63)
	return l.editBits[h%editFilterWords]&m == m
}

// buildEditFilter enters every word that can have the flags mayEdit asks
// for: the words of the file, those of the front table (which adds
// flags), and the clinical terms (which need no flags). It takes a few
// milliseconds, once per process, at the first misspelt word.
func (l *lexicon) buildEditFilter() {
	bits := make([]uint64, editFilterWords)
	pre, suf := new(triSet), new(triSet)
	add := func(w []byte) {
		if len(w) < 5 {
			return
		}
		f := l.word(w)
		if f&fNameAny == 0 && (f&(fCommon|fClinical) != 0 || clinicalTerms()[string(w)]) {
			h := lextab.Hash(w, l.seed)
			bits[h%editFilterWords] |= uint64(1)<<(h>>58) | uint64(1)<<(h>>52&63)
			pre.add(triOf(w))
			suf.add(triOf(w[len(w)-3:]))
		}
	}
	var buf []byte
	l.file.Words.All(func(k string, v uint16) {
		// a word of the file alone that is not common qualifies only by a
		// flag of the front table or as a clinical term: entered below
		if uint64(v)&fCommon != 0 {
			buf = append(buf[:0], k...)
			add(buf)
		}
	})
	for _, e := range l.short {
		buf = buf[:0]
		for k := e.key; k != 0; k >>= 8 {
			buf = append(buf, byte(k))
		}
		add(buf)
	}
	for _, e := range l.long {
		if e.n != 0 {
			add(l.lkeys[e.off : e.off+uint32(e.n)])
		}
	}
	for w := range clinicalTerms() {
		buf = append(buf[:0], w...)
		add(buf)
	}
	l.editBits, l.editPre, l.editSuf = bits, pre, suf
}
