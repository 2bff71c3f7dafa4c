package deid

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Long texts are scanned in bounded, overlapping chunks so that memory
// stays flat however long the input: the scanner's token and buffer
// space grows with the chunk, not with the text. Each chunk is scanned
// with chunkOverlap bytes of context on either side (far more than any
// detector looks around a token), and keeps the findings that start in its
// own part; a finding that starts in a chunk and runs past its end is
// kept whole, since the chunk's context covers it.
var (
	chunkBytes   = 1 << 20 // 1 MiB
	chunkOverlap = 4 << 10 // 4 KiB
)

func (e *Engine) scanChunked(text string, k *Known, cs *convScan) []Finding {
	var out []Finding
	for start := 0; start < len(text); {
		end := len(text)
		if start+chunkBytes+chunkOverlap < len(text) {
			end = spaceBefore(text, start+chunkBytes, start)
		}
		lo := spaceBefore(text, max(start-chunkOverlap, 0), 0)
		hi := len(text)
		if end+chunkOverlap < len(text) {
			hi = spaceBefore(text, end+chunkOverlap, end)
		}
		if cs != nil {
			cs.inChunk = lo > 0 // only the turn's start answers the turn before
		}
		for _, f := range e.scanText(text[lo:hi], k, cs) {
			f.Start += lo
			f.End += lo
			if f.Start >= start && f.Start < end {
				out = append(out, f)
			}
		}
		start = end
	}
	if cs != nil {
		cs.inChunk = false
	}
	return mergeSorted(out)
}

// spaceBefore returns the offset of the white space at or before i (not
// before floor), so that chunks are cut between words; i itself if there
// is none.
func spaceBefore(text string, i, floor int) int {
	for j := i; j > floor; j-- {
		switch text[j] {
		case ' ', '\n', '\t', '\r':
			return j
		}
	}
	for i > floor && !utf8.RuneStart(text[i]) {
		i-- // no white space: at least whole characters
	}
	return i
}

// addressPart: the types of the parts an address names after its street.
func addressPart(t Type) bool {
	return t == City || t == Zip || t == County || t == Location
}

// mergeSorted sorts findings and merges overlaps in place: the union of
// the spans is kept (recall first) with the type of the highest-scoring
// member, but for a town or a ZIP code inside an address. It serves
// resolve and the chunks of a long text.
func mergeSorted(fs []Finding) []Finding {
	// ties in a fixed order (the surer first, then by source), so that the
	// type kept does not depend on the order the detectors ran in
	slices.SortFunc(fs, func(a, b Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return b.End - a.End
		}
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Source, b.Source)
	})
	out := fs[:0]
	for _, f := range fs {
		if n := len(out); n > 0 && f.Start < out[n-1].End {
			last := &out[n-1]
			if f.End > last.End {
				last.End = f.End
			}
			// an address keeps its name over the town or ZIP code inside it
			// ("317 Prospect Ave, Unit 7D, Anson, TX" with a known town)
			if f.Score > last.Score && !(last.Type == Address && f.End <= last.End && addressPart(f.Type)) {
				last.Type, last.Score, last.Source = f.Type, f.Score, f.Source
			}
			continue
		}
		out = append(out, f)
	}
	return out
}
