package lextab

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"

	"github.com/cockroachdb/errors"
)

// Spec is the content of a lexicon, as lexgen compiles it.
type Spec struct {
	Seed    uint64
	Words   map[string]uint16 // token -> flags (bits of Generated)
	Phrases map[string]string // phrase (tokens joined by one space) -> type name
	Zips    []int             // five-digit ZIP codes
	Hot     []string          // the most frequent tokens, most frequent first
}

// loadFactor is the most keys per slot a table is built with (tenths).
const loadFactor = 7

// Build compiles s into a lexicon file. The output depends only on s: keys
// are placed in sorted order.
func Build(s *Spec) ([]byte, error) {
	words := make([]entry, 0, len(s.Words))
	for k, v := range s.Words {
		words = append(words, entry{k, v})
	}
	// Phrases and their leading parts of two tokens or more.
	typeIdx := map[string]uint16{}
	var types []string
	for _, t := range sortedKeys(invert(s.Phrases)) {
		types = append(types, t)
		typeIdx[t] = uint16(len(types))
	}
	if len(types) > 255 {
		return nil, errors.New("lextab: too many phrase types")
	}
	phr := map[string]uint16{}
	maxPhrase := 0
	for p, t := range s.Phrases {
		phr[p] |= typeIdx[t]
		for k, sp := 0, 0; k < len(p); k++ {
			if p[k] == ' ' {
				if sp++; sp >= 2 {
					phr[p[:k]] |= PhrasePrefix
				}
			}
		}
		maxPhrase = max(maxPhrase, strings.Count(p, " ")+1)
	}
	phrases := make([]entry, 0, len(phr))
	for k, v := range phr {
		phrases = append(phrases, entry{k, v})
	}

	var out []byte
	out = append(out, Magic...)
	out = append(out, make([]byte, 4*hdrLen)...)
	put := func(k int, v uint32) { binary.LittleEndian.PutUint32(out[len(Magic)+4*k:], v) }
	put(hdrSeedLo, uint32(s.Seed))
	put(hdrSeedHi, uint32(s.Seed>>32))
	put(hdrMaxPhrase, uint32(maxPhrase))
	put(hdrWordsN, uint32(len(words)))
	put(hdrPhrasesN, uint32(len(phrases)))

	put(hdrTypes, uint32(len(out)))
	for _, t := range types {
		if strings.IndexByte(t, 0) >= 0 || t == "" {
			return nil, errors.Newf("lextab: bad type name %q", t)
		}
		out = append(append(out, t...), 0)
	}
	put(hdrTypesLen, uint32(len(out))-u32b(out, hdrTypes))

	put(hdrZips, uint32(len(out)))
	zips := make([]byte, zipBytes)
	for _, z := range s.Zips {
		if z < 0 || z >= 100_000 {
			return nil, errors.Newf("lextab: bad ZIP %d", z)
		}
		zips[z>>3] |= 1 << (z & 7)
	}
	out = append(out, zips...)

	put(hdrHot, uint32(len(out)))
	for _, h := range s.Hot {
		if h == "" || len(h) > MaxKey {
			return nil, errors.Newf("lextab: bad hot token %q", h)
		}
		out = append(append(out, byte(len(h))), h...)
	}
	put(hdrHotLen, uint32(len(out))-u32b(out, hdrHot))
	put(hdrHotN, uint32(len(s.Hot)))

	var err error
	for _, t := range []struct {
		hdr     int
		entries []entry
	}{{hdrWords, words}, {hdrPhrases, phrases}} {
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
		put(t.hdr, uint32(len(out)))
		if out, err = appendTable(out, t.entries, s.Seed); err != nil {
			return nil, err
		}
	}
	if uint64(len(out)) >= 1<<32 {
		return nil, errors.New("lextab: lexicon too large")
	}
	return out, nil
}

type entry struct {
	key string
	v   uint16
}

// appendTable appends a table's descriptor, slots and arena to out.
func appendTable(out []byte, es []entry, seed uint64) ([]byte, error) {
	slices.SortFunc(es, func(a, b entry) int { return strings.Compare(a.key, b.key) })
	arena := []byte{0}
	offs := make([]uint32, len(es))
	for i, e := range es {
		if e.key == "" || len(e.key) > MaxKey {
			return nil, errors.Newf("lextab: bad key %q", e.key)
		}
		offs[i] = uint32(len(arena))
		arena = append(arena, byte(len(e.key)), byte(e.v), byte(e.v>>8))
		arena = append(arena, e.key...)
	}
	offBits := uint32(bits.Len32(uint32(len(arena) - 1)))
	if offBits == 0 {
		offBits = 1
	}
	if offBits > 28 {
		return nil, errors.New("lextab: table too large")
	}
	n := uint64(len(es)*10/loadFactor + 1)
	offMask := uint32(1)<<offBits - 1
	slots := make([]uint32, n)
	for i, e := range es {
		h := Hash([]byte(e.key), seed)
		j, _ := bits.Mul64(h, n)
		for slots[j] != 0 {
			if j++; j == n {
				j = 0
			}
		}
		slots[j] = uint32(h)&^offMask | offs[i]
	}
	desc := len(out)
	out = append(out, make([]byte, descSize)...)
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	slotsOff := len(out)
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	arenaOff := len(out)
	out = append(out, arena...)
	for i, v := range []uint32{uint32(n), offBits, uint32(slotsOff), uint32(arenaOff), uint32(len(arena))} {
		binary.LittleEndian.PutUint32(out[desc+4*i:], v)
	}
	return out, nil
}

func u32b(b []byte, k int) uint32 { return binary.LittleEndian.Uint32(b[len(Magic)+4*k:]) }

func invert(m map[string]string) map[string]bool {
	r := map[string]bool{}
	for _, v := range m {
		r[v] = true
	}
	return r
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
