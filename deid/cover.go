package deid

import "sync/atomic"

// The cover index answers covered (does a finding made so far overlap
// token k?) in constant time. Reading every finding for every token asked
// about made a scan quadratic in identifier-dense text: a 1 MB chunk of
// dense speech scanned at a third of the speed of 64 KB of it.
//
// cover[k] holds one bit per type (typeBit) of the findings that overlap
// token k, for the findings found[:coverN]; covered folds in the findings
// added since it last looked. A finding's span is changed only through
// setSpan, and findings are dropped only before invalidateCover, so the
// index never says less than found does (tests check every answer against
// a reading of every finding: coverCheck).

// indexCover brings cover up to date with s.found.
func (s *scanner) indexCover() {
	if len(s.cover) != len(s.toks) {
		s.cover = append(s.cover[:0], make([]uint32, len(s.toks))...)
		s.coverN = 0
	}
	for ; s.coverN < len(s.found); s.coverN++ {
		s.markCover(s.found[s.coverN])
	}
}

// markCover sets f's type bit on every token f overlaps.
func (s *scanner) markCover(f Finding) {
	bit := typeBit(f.Type)
	for k := s.firstTokEndingAfter(f.Start); k < len(s.toks) && int(s.toks[k].start) < f.End; k++ {
		s.cover[k] |= bit
	}
}

// firstTokEndingAfter is the first token that ends after byte off.
func (s *scanner) firstTokEndingAfter(off int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(s.toks[m].end) > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// invalidateCover drops the index (findings were dropped or shrunk): the
// next covered builds it again.
func (s *scanner) invalidateCover() {
	s.cover, s.coverN = s.cover[:0], 0
}

// setSpan gives finding f the span [start, end).
func (s *scanner) setSpan(f, start, end int) {
	fd := &s.found[f]
	grows := start <= fd.Start && end >= fd.End
	fd.Start, fd.End = start, end
	switch {
	case f >= s.coverN:
	case grows && len(s.cover) == len(s.toks):
		s.markCover(*fd)
	default:
		s.invalidateCover()
	}
}

// covered reports whether a finding found so far overlaps token k: one of
// type t, or of any type when t is "".
func (s *scanner) covered(k int, t Type) bool {
	s.indexCover()
	var got bool
	switch bit := typeBit(t); {
	case t == "":
		got = s.cover[k] != 0
	case bit == customBit:
		return s.coveredByReading(k, t)
	default:
		got = s.cover[k]&bit != 0
	}
	if coverCheck && got != s.coveredByReading(k, t) {
		coverMismatches.Add(1)
	}
	return got
}

// coveredByReading is covered by reading every finding.
func (s *scanner) coveredByReading(k int, t Type) bool {
	st, en := int(s.toks[k].start), int(s.toks[k].end)
	for _, f := range s.found {
		if f.Start < en && f.End > st && (t == "" || f.Type == t) {
			return true
		}
	}
	return false
}

// checkCover counts, when coverCheck is set, the tokens whose bits in the
// index differ from those read from every finding (the scan calls it when
// its detectors are done).
func (s *scanner) checkCover() {
	if !coverCheck {
		return
	}
	s.indexCover()
	for k := range s.toks {
		var want uint32
		st, en := int(s.toks[k].start), int(s.toks[k].end)
		for _, f := range s.found {
			if f.Start < en && f.End > st {
				want |= typeBit(f.Type)
			}
		}
		if want != s.cover[k] {
			coverMismatches.Add(1)
		}
	}
}

// coverCheck, set by tests, has covered check each answer of the index
// against coveredByReading, counting the differences in coverMismatches.
var (
	coverCheck      bool
	coverMismatches atomic.Int64
)

// customBit is the bit of every custom type (covered reads the findings
// for them).
const customBit = 1 << 31

// typeBit is the bit of type t in the cover index.
func typeBit(t Type) uint32 {
	switch t {
	case Name:
		return 1 << 0
	case City:
		return 1 << 1
	case Date:
		return 1 << 2
	case Address:
		return 1 << 3
	case County:
		return 1 << 4
	case Zip:
		return 1 << 5
	case Facility:
		return 1 << 6
	case Location:
		return 1 << 7
	case Age:
		return 1 << 8
	case Phone:
		return 1 << 9
	case Fax:
		return 1 << 10
	case Email:
		return 1 << 11
	case SSN:
		return 1 << 12
	case MRN:
		return 1 << 13
	case HealthPlan:
		return 1 << 14
	case Account:
		return 1 << 15
	case License:
		return 1 << 16
	case Vehicle:
		return 1 << 17
	case Device:
		return 1 << 18
	case URL:
		return 1 << 19
	case IP:
		return 1 << 20
	case Biometric:
		return 1 << 21
	case ID:
		return 1 << 22
	case NPI:
		return 1 << 23
	}
	return customBit
}
