// Package lextab is the compiled lexicon shared by the program that writes it
// (deid/internal/lexgen, `make lexicon`) and the engine that embeds and reads
// it: the flag bits of a word, the hash function, and the file format.
//
// The file is read in place: loading it is a check of its header, with no
// allocation per entry and no parsing of the entries. A look-up hashes the key
// bytes, probes an open-addressing table and compares the key with the one
// stored in a string arena, without allocating.
//
// # Format
//
// All integers are little-endian. The file starts with a header of 32-bit
// words (see the hdr* constants); every offset is from the start of the file.
//
//   - words: a [Table] of single lower-case tokens (apostrophes dropped), the
//     value being the token's flags (the bits of [Generated]).
//   - phrases: a Table of multi-token phrases and of their leading parts of two
//     tokens or more (tokens separated by one space), the value being the
//     phrase's type (1-based index in the type names, 0 for a part that is no
//     phrase) with [PhrasePrefix] set on a leading part of a longer phrase.
//   - types: the phrase type names, each ended by a NUL byte.
//   - zips: a bitmap of the 100,000 five-digit ZIP codes, bit z set for a ZIP
//     code with people living in it.
//   - hot: the tokens met most often in conversations, each as a length byte
//     followed by the token, most frequent first: the engine keeps them (with
//     their flags) in a small table in front of the large one.
//
// A Table is an array of 32-bit slots followed by a record arena. A record is
// the key length (one byte), the value (16 bits) and the key. A slot is 0
// (empty) or the offset of a record in the arena (the low offBits) and a few
// bits of the key's hash (the rest), so that most slots that do not hold the
// key are passed over without reading the arena. A key hashing to h starts at
// slot h*slots>>64 (the high bits of h) and probes the following slots
// (linear probing, wrapping round) until it finds the key or an empty slot.
package lextab

import (
	"math/bits"

	"github.com/cockroachdb/errors"
)

// Word flags written by lexgen. The engine adds its own grammar flags at load
// time in the bits above Generated.
const (
	First    uint64 = 1 << 0  // a given name
	Last     uint64 = 1 << 1  // a surname
	NonPHI   uint64 = 1 << 2  // philter's list of words that are not PHI
	Common   uint64 = 1 << 3  // a common English word (SCOWL size <= 50)
	City     uint64 = 1 << 5  // a one-word US city
	County   uint64 = 1 << 6  // a one-word county name
	State    uint64 = 1 << 7  // a US state name or postal abbreviation
	Phrase   uint64 = 1 << 8  // first token of a multi-token phrase
	FirstTop uint64 = 1 << 9  // a given name with >= 20k SSA births
	LastTop  uint64 = 1 << 10 // one of the best-known surnames
	Rare     uint64 = 1 << 11 // in SCOWL only at size > 50 (rare English)

	// Generated holds every bit lexgen may set: a word's value in the table
	// is 16 bits wide.
	Generated uint64 = 1<<16 - 1
)

// PhrasePrefix marks a phrase-table key that is the leading part of a longer
// phrase; the low byte of the value is the phrase's type (0: no phrase).
const PhrasePrefix uint16 = 1 << 8

// Magic starts every file; its last byte is the format version.
const Magic = "deidlex\x01"

// Header: 32-bit words after the magic.
const (
	hdrSeedLo = iota // hash seed
	hdrSeedHi
	hdrMaxPhrase // tokens in the longest phrase
	hdrWords     // offset of the words table descriptor (see tableDesc)
	hdrPhrases   // offset of the phrases table descriptor
	hdrTypes     // offset and length of the type names
	hdrTypesLen
	hdrZips // offset of the ZIP bitmap (zipBytes long)
	hdrHot  // offset, length and count of the hot tokens
	hdrHotLen
	hdrHotN
	hdrWordsN // entries in the words and phrases tables
	hdrPhrasesN
	hdrLen
)

const (
	headerSize = len(Magic) + 4*hdrLen
	// a table descriptor: slot count, offBits, slots offset, arena offset,
	// arena length
	descSize = 5 * 4
	zipBytes = 100_000 / 8
	// MaxKey is the longest key a table holds (its length is one byte).
	MaxKey = 255
)

// Hash hashes a key with the file's seed. It is fixed by the format: changing
// it needs a new Magic version.
func Hash(k []byte, seed uint64) uint64 {
	const (
		m1 = 0xa0761d6478bd642f
		m2 = 0xe7037ed1a0b428db
		m3 = 0x8ebc6af09c88c6e3
	)
	n := len(k)
	h := seed ^ m1
	for len(k) > 8 {
		h = mix(h^le64(k), m2)
		k = k[8:]
	}
	var v uint64
	switch r := len(k); {
	case r >= 4:
		v = uint64(le32(k))<<32 | uint64(le32(k[r-4:]))
	case r > 0:
		v = uint64(k[0])<<16 | uint64(k[r>>1])<<8 | uint64(k[r-1])
	}
	h = mix(h^v, m3^uint64(n))
	return mix(h, m2)
}

func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

func le64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func le32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// u32 reads the 32-bit word at offset i of s.
func u32(s string, i uint32) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// Table is one hash table of a file (a view into it: it holds no copy).
type Table struct {
	slots   string // 4 bytes per slot
	arena   string // records; offset 0 is a padding byte, never a record
	n       uint64 // slot count
	offBits uint
	offMask uint32
	tagMask uint32
	seed    uint64
	count   int
}

// Lookup returns the value of key, if the table holds it; h is Hash(key) with
// the file's seed (one hash serves every table of the file).
func (t *Table) Lookup(h uint64, key []byte) (uint16, bool) {
	if len(key) > MaxKey {
		return 0, false
	}
	want := uint32(h) & t.tagMask
	i, _ := bits.Mul64(h, t.n)
	for {
		s := u32(t.slots, uint32(i)*4)
		if s == 0 {
			return 0, false
		}
		if s&t.tagMask == want {
			off := s & t.offMask
			if int(t.arena[off]) == len(key) && t.arena[off+3:off+3+uint32(len(key))] == string(key) {
				return uint16(t.arena[off+1]) | uint16(t.arena[off+2])<<8, true
			}
		}
		if i++; i == t.n {
			i = 0
		}
	}
}

// Len is the number of keys in the table.
func (t *Table) Len() int { return t.count }

// All calls fn for every key and value, in the order of the arena (no
// allocation: key is a view of the file).
func (t *Table) All(fn func(key string, v uint16)) {
	for off := 1; off < len(t.arena); {
		n := int(t.arena[off])
		fn(t.arena[off+3:off+3+n], uint16(t.arena[off+1])|uint16(t.arena[off+2])<<8)
		off += 3 + n
	}
}

// File is an opened lexicon: views into its bytes.
type File struct {
	Seed      uint64
	MaxPhrase int      // tokens in the longest phrase
	Words     Table    // token -> flags
	Phrases   Table    // phrase or leading part -> type | PhrasePrefix
	Types     []string // phrase type names: value v names Types[v-1]
	zips      string
	hot       string
	hotN      int
}

// Open checks the header of a compiled lexicon and returns views into it.
// It reads no entry: its cost does not grow with the lexicon.
func Open(data string) (*File, error) {
	if len(data) < headerSize || data[:len(Magic)] != Magic {
		return nil, errors.New("lexicon: not a compiled lexicon of this version")
	}
	hdr := func(k int) uint32 { return u32(data, uint32(len(Magic)+4*k)) }
	sect := func(off, n uint32) (string, error) {
		if uint64(off)+uint64(n) > uint64(len(data)) {
			return "", errors.New("lexicon: truncated")
		}
		return data[off : off+n], nil
	}
	f := &File{Seed: uint64(hdr(hdrSeedLo)) | uint64(hdr(hdrSeedHi))<<32, MaxPhrase: int(hdr(hdrMaxPhrase))}
	var err error
	if f.Words, err = openTable(data, hdr(hdrWords), int(hdr(hdrWordsN)), f.Seed); err != nil {
		return nil, err
	}
	if f.Phrases, err = openTable(data, hdr(hdrPhrases), int(hdr(hdrPhrasesN)), f.Seed); err != nil {
		return nil, err
	}
	types, err := sect(hdr(hdrTypes), hdr(hdrTypesLen))
	if err != nil {
		return nil, err
	}
	for len(types) > 0 {
		i := 0
		for i < len(types) && types[i] != 0 {
			i++
		}
		if i == len(types) {
			return nil, errors.New("lexicon: bad type names")
		}
		f.Types = append(f.Types, types[:i])
		types = types[i+1:]
	}
	if f.zips, err = sect(hdr(hdrZips), zipBytes); err != nil {
		return nil, err
	}
	if f.hot, err = sect(hdr(hdrHot), hdr(hdrHotLen)); err != nil {
		return nil, err
	}
	f.hotN = int(hdr(hdrHotN))
	return f, nil
}

func openTable(data string, desc uint32, count int, seed uint64) (Table, error) {
	if uint64(desc)+descSize > uint64(len(data)) {
		return Table{}, errors.New("lexicon: truncated")
	}
	n, offBits := u32(data, desc), u32(data, desc+4)
	slotsOff, arenaOff, arenaLen := u32(data, desc+8), u32(data, desc+12), u32(data, desc+16)
	if n == 0 || offBits == 0 || offBits > 31 || uint64(slotsOff)+4*uint64(n) > uint64(len(data)) ||
		uint64(arenaOff)+uint64(arenaLen) > uint64(len(data)) || arenaLen == 0 || uint64(arenaLen) > 1<<offBits {
		return Table{}, errors.New("lexicon: bad table")
	}
	t := Table{
		slots:   data[slotsOff : slotsOff+4*n],
		arena:   data[arenaOff : arenaOff+arenaLen],
		n:       uint64(n),
		offBits: uint(offBits),
		offMask: 1<<offBits - 1,
		seed:    seed,
		count:   count,
	}
	t.tagMask = ^t.offMask
	return t, nil
}

// Zip reports whether d is a five-digit ZIP code with people living in it.
func (f *File) Zip(d string) bool {
	if len(d) != 5 {
		return false
	}
	z := 0
	for i := range len(d) {
		c := d[i]
		if c < '0' || c > '9' {
			return false
		}
		z = z*10 + int(c-'0')
	}
	return f.zips[z>>3]&(1<<(z&7)) != 0
}

// Zips calls fn for every ZIP code of the bitmap, in order.
func (f *File) Zips(fn func(zip int)) {
	for z := 0; z < 100_000; z++ {
		if f.zips[z>>3]&(1<<(z&7)) != 0 {
			fn(z)
		}
	}
}

// Hot calls fn for each hot token, most frequent first (key is a view of the
// file).
func (f *File) Hot(fn func(key string)) {
	for h := f.hot; len(h) > 0; {
		n := int(h[0])
		fn(h[1 : 1+n])
		h = h[1+n:]
	}
}

// HotLen is the number of hot tokens.
func (f *File) HotLen() int { return f.hotN }
