package lextab

import (
	"encoding/binary"
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
// are written in sorted order.
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

	out := []byte(Magic)
	out = append(out, make([]byte, 4*hdrLen)...)
	put := func(k int, v uint32) { binary.LittleEndian.PutUint32(out[len(Magic)+4*k:], v) }
	put(hdrSeedLo, uint32(s.Seed))
	put(hdrSeedHi, uint32(s.Seed>>32))
	put(hdrMaxPhrase, uint32(maxPhrase))

	start := len(out)
	put(hdrTypes, uint32(start))
	for _, t := range types {
		if strings.IndexByte(t, 0) >= 0 || t == "" {
			return nil, errors.Newf("lextab: bad type name %q", t)
		}
		out = append(append(out, t...), 0)
	}
	put(hdrTypesLen, uint32(len(out)-start))

	put(hdrZips, uint32(len(out)))
	zips := make([]byte, zipBytes)
	for _, z := range s.Zips {
		if z < 0 || z >= 100_000 {
			return nil, errors.Newf("lextab: bad ZIP %d", z)
		}
		zips[z>>3] |= 1 << (z & 7)
	}
	out = append(out, zips...)

	start = len(out)
	put(hdrHot, uint32(start))
	for _, h := range s.Hot {
		if h == "" || len(h) > MaxKey {
			return nil, errors.Newf("lextab: bad hot token %q", h)
		}
		out = append(append(out, byte(len(h))), h...)
	}
	put(hdrHotLen, uint32(len(out)-start))
	put(hdrHotN, uint32(len(s.Hot)))

	for _, t := range []struct {
		hdr     int
		entries []entry
	}{{hdrWords, words}, {hdrPhrases, phrases}} {
		var th [tabLen]int
		var err error
		if out, th, err = appendTable(out, t.entries); err != nil {
			return nil, err
		}
		for k, v := range th {
			put(t.hdr+k, uint32(v))
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

// appendTable appends the value dictionary and the rows of a table (see
// Format) to out, and returns its header (the tab* words).
func appendTable(out []byte, es []entry) ([]byte, [tabLen]int, error) {
	var th [tabLen]int
	slices.SortFunc(es, func(a, b entry) int { return strings.Compare(a.key, b.key) })

	// The dictionary: the most frequent values, ties by value.
	freq := map[uint16]int{}
	for _, e := range es {
		freq[e.v]++
	}
	vals := make([]uint16, 0, len(freq))
	for v := range freq {
		vals = append(vals, v)
	}
	slices.SortFunc(vals, func(a, b uint16) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return int(a) - int(b)
	})
	vals = vals[:min(len(vals), noDict)]
	index := map[uint16]byte{}
	th[tabDict], th[tabDictN] = len(out), len(vals)
	for i, v := range vals {
		index[v] = byte(i)
		out = binary.LittleEndian.AppendUint16(out, v)
	}

	start, arena, prev := len(out), 1, ""
	for _, e := range es {
		if e.key == "" || len(e.key) > MaxKey {
			return nil, th, errors.Newf("lextab: bad key %q", e.key)
		}
		p := 0
		for p < len(prev) && prev[p] == e.key[p] {
			p++
		}
		if s := len(e.key) - p; p < 16 && s > 0 && s < 16 {
			out = append(out, byte(p<<4|s))
		} else {
			out = append(out, 0, byte(p), byte(s))
		}
		if i, ok := index[e.v]; ok {
			out = append(out, i)
		} else {
			out = append(out, noDict, byte(e.v), byte(e.v>>8))
		}
		out = append(out, e.key[p:]...)
		arena += 3 + len(e.key)
		prev = e.key
	}
	if arena > maxArena {
		return nil, th, errors.New("lextab: table too large")
	}
	th[tabRows], th[tabRowsLen] = start, len(out)-start
	th[tabCount], th[tabArena] = len(es), arena
	return out, th, nil
}

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
