// Package lextab is the compiled lexicon shared by the program that writes it
// (deid/internal/lexgen, `make lexicon`) and the engine that embeds and reads
// it: the flag bits of a word, the hash function, and the file format.
//
// The file holds the keys sorted and front-coded, with no index: it is small
// (a few bytes a key) and changes little when the lists change, so that git
// stores a new version as a small delta. Open rebuilds the hash tables from
// it once per process, in two allocations (none per entry). A look-up then
// hashes the key bytes, probes an open-addressing table and compares the key
// with the one stored in a record arena, without allocating.
//
// # Format
//
// All integers are little-endian. The file starts with Magic and a header of
// 32-bit words (see the hdr* constants); every offset is from the start of
// the file.
//
//   - words: the single lower-case tokens (apostrophes dropped), the value
//     being the token's flags (the bits of [Generated]).
//   - phrases: the multi-token phrases and their leading parts of two tokens
//     or more (tokens separated by one space), the value being the phrase's
//     type (1-based index in the type names, 0 for a part that is no phrase)
//     with [PhrasePrefix] set on a leading part of a longer phrase.
//   - types: the phrase type names, each ended by a NUL byte.
//   - zips: a bitmap of the 100,000 five-digit ZIP codes, bit z set for a ZIP
//     code with people living in it.
//   - hot: the tokens met most often in conversations, each as a length byte
//     followed by the token, most frequent first: the engine keeps them (with
//     their flags) in a small table in front of the large one.
//
// The words and the phrases are each a list of rows, one a key, the keys in
// strictly increasing byte order, and a dictionary of up to 255 values (16
// bits each), the most frequent of the list first. A row is
//
//   - the length p of the prefix the key shares with the key before it and
//     the length s of the rest: one byte p<<4|s if p < 16 and 0 < s < 16,
//     else a zero byte, p and s;
//   - the value: one byte, its index in the dictionary, or 255 and the value;
//   - the s bytes of the rest of the key.
//
// At load each list becomes a [Table]: an array of 32-bit slots and a record
// arena. A record is the key length (one byte), the value (16 bits) and the
// key. A slot is 0 (empty) or the offset of a record in the arena (the low
// offBits, enough bits for the arena's length) and a few bits of the key's
// hash (the rest), so that most slots that do not hold the key are passed
// over without reading the arena. A key hashing to h starts at slot
// h*slots>>64 (the high bits of h) and probes the following slots (linear
// probing, wrapping round) until it finds the key or an empty slot. A table
// of n keys has n*10/7+1 slots.
package lextab

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unsafe"

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

// FacilityShort is the phrase type of a hospital's name without its heads
// ("cedars sinai"), which the engine takes only where a place is named.
const FacilityShort = "FACILITY_SHORT"

// PhrasePrefix marks a phrase-table key that is the leading part of a longer
// phrase; the low byte of the value is the phrase's type (0: no phrase).
const PhrasePrefix uint16 = 1 << 8

// Magic starts every file; its last byte is the format version.
const Magic = "deidlex\x02"

// Header: 32-bit words after the magic.
const (
	hdrSeedLo = iota // hash seed
	hdrSeedHi
	hdrMaxPhrase // tokens in the longest phrase
	hdrTypes     // offset and length of the type names
	hdrTypesLen
	hdrZips // offset of the ZIP bitmap (zipBytes long)
	hdrHot  // offset, length and count of the hot tokens
	hdrHotLen
	hdrHotN
	hdrWords                       // the words: a table header (the tab* words)
	hdrPhrases = hdrWords + tabLen // the phrases: a table header
	hdrLen     = hdrPhrases + tabLen
)

// A table header: words after hdrWords or hdrPhrases.
const (
	tabRows = iota // offset and length of the rows
	tabRowsLen
	tabCount // keys
	tabArena // length of the record arena Open builds
	tabDict  // offset and length (values) of the value dictionary
	tabDictN
	tabLen
)

const (
	headerSize = len(Magic) + 4*hdrLen
	zipBytes   = 100_000 / 8
	// MaxKey is the longest key a table holds (its length is one byte).
	MaxKey = 255
	// maxArena bounds the record arena of a table (offsets and tags share
	// a 32-bit slot).
	maxArena = 1 << 28
	// noDict is the value byte of a row whose value follows it.
	noDict = 255
)

// Hash hashes a key with the file's seed. Open builds the tables with it, and
// the engine's front table uses it too.
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

func le64s(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// u32 reads the 32-bit word at offset i of s.
func u32(s string, i uint32) uint32 {
	_ = s[i+3]
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// Table is one hash table of a file (views into the buffers Open builds).
type Table struct {
	slots   []uint32
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
		s := t.slots[i]
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

// File is an opened lexicon.
type File struct {
	Seed      uint64
	MaxPhrase int      // tokens in the longest phrase
	Words     Table    // token -> flags
	Phrases   Table    // phrase or leading part -> type | PhrasePrefix
	Types     []string // phrase type names: value v names Types[v-1]
	zips      string   // views of the file
	hot       string
	hotN      int
}

// Open checks a compiled lexicon and rebuilds its tables: one allocation for
// the slots of both tables, one for their arenas, a few small ones, none per
// entry. The File keeps views of data (the ZIP bitmap, the hot tokens and the
// type names).
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

	type table struct {
		rows, dict           string
		count                int
		arena, arenaLen, off uint64 // arena and first slot in the buffers
		n                    uint64 // slots
	}
	var tabs [2]table
	var arenas, slots uint64
	for i, h := range [2]int{hdrWords, hdrPhrases} {
		t := &tabs[i]
		var err error
		if t.rows, err = sect(hdr(h+tabRows), hdr(h+tabRowsLen)); err != nil {
			return nil, err
		}
		if hdr(h+tabDictN) > noDict {
			return nil, errors.New("lexicon: bad table")
		}
		if t.dict, err = sect(hdr(h+tabDict), 2*hdr(h+tabDictN)); err != nil {
			return nil, err
		}
		t.count, t.arenaLen = int(hdr(h+tabCount)), uint64(hdr(h+tabArena))
		if t.arenaLen < 1+4*uint64(t.count) || t.arenaLen > maxArena {
			return nil, errors.New("lexicon: bad table")
		}
		t.n = slotCount(t.count)
		t.arena, arenas = arenas, arenas+t.arenaLen
		t.off, slots = slots, slots+t.n
	}
	slotBuf := make([]uint32, slots)
	arenaBuf := make([]byte, arenas)
	// The arenas are never written again once built: view them as a string.
	arenaStr := unsafe.String(unsafe.SliceData(arenaBuf), len(arenaBuf))
	for i, tab := range []*Table{&f.Words, &f.Phrases} {
		t := &tabs[i]
		arena := arenaBuf[t.arena : t.arena+t.arenaLen]
		if !decodeRows(arena, t.rows, t.dict, t.count) {
			return nil, errors.New("lexicon: bad table")
		}
		s := slotBuf[t.off : t.off+t.n]
		fillSlots(s, arena, f.Seed)
		*tab = newTable(s, arenaStr[t.arena:t.arena+t.arenaLen], t.count, f.Seed)
	}

	types, err := sect(hdr(hdrTypes), hdr(hdrTypesLen))
	if err != nil {
		return nil, err
	}
	f.Types = make([]string, 0, strings.Count(types, "\x00"))
	for len(types) > 0 {
		i := strings.IndexByte(types, 0)
		if i <= 0 {
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
	n, h := 0, f.hot
	for ; len(h) > 0 && h[0] > 0 && int(h[0]) < len(h); n++ {
		h = h[1+int(h[0]):]
	}
	if len(h) > 0 || n != f.hotN {
		return nil, errors.New("lexicon: bad hot tokens")
	}
	return f, nil
}

// slotCount is the number of slots of a table of n keys.
func slotCount(n int) uint64 { return uint64(n*10/loadFactor + 1) }

// offBits is the number of bits of an offset in an arena of n bytes.
func offBits(n int) uint {
	return uint(max(1, bits.Len32(uint32(n-1))))
}

func newTable(slots []uint32, arena string, count int, seed uint64) Table {
	t := Table{slots: slots, arena: arena, n: uint64(len(slots)), offBits: offBits(len(arena)), seed: seed, count: count}
	t.offMask = 1<<t.offBits - 1
	t.tagMask = ^t.offMask
	return t
}

// decodeRows decodes count rows (see Format) into the records of arena
// (arena[0] is the padding byte). It reports false if the rows are malformed,
// do not fill the arena exactly, or their keys do not strictly increase.
//
// A key of up to 16 bytes is built in two 64-bit words (lo, hi) from the
// words of the key before it and 16 bytes read from its row, and stored as
// two words: the bytes past its end are zeros that the next record
// overwrites. Longer keys, and keys near the end of the arena or of the rows,
// are copied byte by byte.
func decodeRows(arena []byte, rows, dict string, count int) bool {
	w, prev, prevLen := 1, 0, 0 // record offsets; prevLen 0: no key yet
	var lo, hi uint64           // the key before, if prevLen <= 16
	for range count {
		if len(rows) < 3 {
			return false
		}
		p, s, i := int(rows[0]>>4), int(rows[0]&15), 1
		if rows[0] == 0 {
			p, s, i = int(rows[1]), int(rows[2]), 3
		}
		if len(rows) < i+1 {
			return false
		}
		var v uint16
		if d := int(rows[i]); d != noDict {
			if 2*d >= len(dict) {
				return false
			}
			v, i = uint16(dict[2*d])|uint16(dict[2*d+1])<<8, i+1
		} else {
			if len(rows) < i+3 {
				return false
			}
			v, i = uint16(rows[i+1])|uint16(rows[i+2])<<8, i+3
		}
		k := p + s
		if p > prevLen || s == 0 || k > MaxKey || w+3+k > len(arena) || len(rows) < i+s {
			return false
		}
		rest := rows[i:]
		if k <= 16 && prevLen <= 16 && len(rest) >= 16 && w+19 <= len(arena) {
			if p < prevLen && rest[0] <= byteAt(lo, hi, p) {
				return false // not after the key before
			}
			ms, mp := &keepMask[s], &keepMask[p]
			sLo, sHi := shl(le64s(rest)&ms[0], le64s(rest[8:])&ms[1], p)
			lo, hi = lo&mp[0]|sLo, hi&mp[1]|sHi
			r := arena[w : w+19]
			r[0], r[1], r[2] = byte(k), byte(v), byte(v>>8)
			binary.LittleEndian.PutUint64(r[3:], lo)
			binary.LittleEndian.PutUint64(r[11:], hi)
		} else {
			if p < prevLen && rest[0] <= arena[prev+3+p] {
				return false
			}
			arena[w], arena[w+1], arena[w+2] = byte(k), byte(v), byte(v>>8)
			copy(arena[w+3:w+3+p], arena[prev+3:])
			copy(arena[w+3+p:w+3+k], rest[:s])
			if k <= 16 {
				var b [16]byte
				copy(b[:], arena[w+3:w+3+k])
				lo, hi = le64(b[:]), le64(b[8:])
			}
		}
		rows = rows[i+s:]
		prev, prevLen = w, k
		w += 3 + k
	}
	return w == len(arena) && len(rows) == 0
}

// keepMask[n] keeps the low n bytes of a 16-byte value held in (lo, hi).
var keepMask = func() (m [17][2]uint64) {
	for n := range m {
		m[n] = [2]uint64{1<<(8*uint(n)) - 1, 0} // all ones from n = 8 (Go shifts)
		if n > 8 {
			m[n][1] = 1<<(8*uint(n-8)) - 1
		}
	}
	return m
}()

// shl shifts the 16-byte value (lo, hi) up by p bytes (0 to 16), without
// branches: a Go shift by 64 bits or more gives 0.
func shl(lo, hi uint64, p int) (uint64, uint64) {
	b := uint(8 * p)
	return lo << b, hi<<b | lo>>(64-b) | lo<<(b-64)
}

// byteAt is byte i (0 to 15) of the 16-byte value (lo, hi).
func byteAt(lo, hi uint64, i int) byte {
	b := uint(8 * i)
	return byte(lo>>b | hi>>(b-64))
}

// fillSlots enters every record of arena into the zeroed slots. It hashes a
// batch of keys and reads their first slots before it enters them, so that
// the cache misses of a batch overlap instead of following one another.
func fillSlots(slots []uint32, arena []byte, seed uint64) uint32 {
	n := uint64(len(slots))
	offMask := uint32(1)<<offBits(len(arena)) - 1
	var batch [32]struct {
		h   uint64
		off uint32
	}
	seen := uint32(0)
	for off := 1; off < len(arena); {
		k := 0
		for ; k < len(batch) && off < len(arena); k++ {
			l := int(arena[off])
			batch[k].h, batch[k].off = Hash(arena[off+3:off+3+l], seed), uint32(off)
			off += 3 + l
		}
		for _, e := range batch[:k] {
			i, _ := bits.Mul64(e.h, n)
			seen |= slots[i]
		}
		for _, e := range batch[:k] {
			i, _ := bits.Mul64(e.h, n)
			for slots[i] != 0 {
				if i++; i == n {
					i = 0
				}
			}
			slots[i] = uint32(e.h)&^offMask | e.off
		}
	}
	return seen // the reads of the first loop are not dead code
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
