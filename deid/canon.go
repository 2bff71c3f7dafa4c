package deid

import (
	"encoding/binary"
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The canonical view of a text is what the detectors read, so that an
// identifier is found however it is spelled for the eye: "A\u200bmbrose"
// (a zero-width space inside), "Am\u00adbrose" (a soft hyphen),
// "\u202eesorbmA" (a right-to-left override showing "Ambrose"),
// "&#65;mbrose" (an HTML character reference), "\uff14\uff11\uff12"
// (fullwidth digits) and "\u0664\u0661\u0662" (Arabic-Indic digits) all
// read as the plain word or number. The view is
//
//   - HTML character references decoded (html.UnescapeString's rules;
//     twice-encoded ones too, up to canonPasses);
//   - format characters (Unicode Cf: zero-width space and joiners, soft
//     hyphen, word joiner, bidi marks and controls), other default
//     ignorable code points and variation selectors removed;
//   - text under a right-to-left override (U+202E, to its U+202C, the end
//     of the line or of the text) put in the order it is shown;
//   - NFKC (fullwidth letters and digits, ligatures, compatibility forms);
//   - decimal digits of every script folded to ASCII.
//
// Every byte of the view knows the bytes of the original it comes from, so
// a finding in the view is mapped back onto the original: it covers every
// byte of the original the identifier was made of, hidden characters
// between them included, and redaction replaces those.
//
// A text the view cannot map safely is Unmappable: a replacement character
// (U+FFFD, what invalid UTF-8 decodes to) or an invalid byte next to a
// letter or digit (the rest of a word is not known), or a right-to-left
// override mixed with other explicit bidi embeddings (whose display order
// the view does not resolve). The record path quarantines such records.
//
// Plain ASCII text with no character reference, the common case, is its
// own view: canonicalize returns it unchanged, with no mapping and no
// allocation. So is any text that is already canonical.

// canonPasses bounds the decoding of references that decode to references
// ("&amp;#65;").
const canonPasses = 3

// failedSource is the Source of the finding a failed scan reports.
const failedSource = "engine/failed"

// canonView is a text's canonical view.
type canonView struct {
	text string
	// lo and hi are, per byte of text, the original bytes [lo, hi) it
	// comes from; nil when text is the original.
	lo, hi []int32
	n      int  // length of the original
	unsafe bool // see Unmappable
	// cuts are the bytes of text that join what is apart in the original
	// (the space that joins two captions' cues): a finding over one is
	// mapped back as its two halves, so the original between them (the
	// cue's timings) is no part of it
	cuts []int32
}

// CanonicalText returns the canonical view of s (see canon.go): what the
// engine scans.
func CanonicalText(s string) string { return canonicalize(s).text }

// Unmappable reports whether s holds something the canonical view cannot
// map safely onto the original (a replacement character or invalid byte
// inside a word, or bidi overrides nested in a way the view does not
// resolve). A record with such a text must not be exported.
func Unmappable(s string) bool { return canonicalize(s).unsafe }

// canonicalize returns the canonical view of s.
func canonicalize(s string) canonView {
	if isCanonical(s) {
		return canonView{text: s, n: len(s)}
	}
	v := canonPass(s)
	for pass := 1; pass < canonPasses && !isCanonical(v.text); pass++ {
		w := canonPass(v.text)
		w.compose(&v)
		v = w
	}
	return v
}

// isCanonical reports whether s is its own canonical view. It reads ASCII
// a byte at a time and looks up only the other characters.
func isCanonical(s string) bool {
	// nearly every text is ASCII without '&': that is one pass, eight
	// bytes at a time
	if plainASCIIPrefix(s) == len(s) {
		return true
	}
	// a '&' is searched for (fast), then only the characters beyond ASCII
	// are decoded: most texts have none, found eight bytes at a time
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '&')
		if k < 0 {
			break
		}
		if refAt(s, off+k) > 0 {
			return false
		}
		off += k + 1
	}
	i := asciiPrefix(s)
	if i == len(s) {
		return true
	}
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || hidden(r) || unicode.IsDigit(r) {
			return false
		}
		i += size
	}
	return norm.NFKC.IsNormalString(s)
}

// asciiPrefix returns the length of the longest prefix of s that is ASCII,
// reading eight bytes at a time.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// plainASCIIPrefix returns the length of a prefix of s that is ASCII
// without '&', reading eight bytes at a time: all of s when s is such,
// else at most as far as the first byte that is not.
func plainASCIIPrefix(s string) int {
	const ones, highs, amps = 0x0101010101010101, 0x8080808080808080, 0x2626262626262626
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		x := w ^ amps // a '&' of w is a zero byte of x
		if w&highs != 0 || (x-ones)&^x&highs != 0 {
			return i
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf && s[i] != '&' {
		i++
	}
	return i
}

// hidden reports whether r is dropped from the view: format characters,
// default ignorable code points and variation selectors.
func hidden(r rune) bool {
	return r >= 0x80 && (unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r) ||
		unicode.Is(unicode.Variation_Selector, r))
}

// Explicit bidi formatting characters.
const (
	bidiLRE = '\u202a'
	bidiRLE = '\u202b'
	bidiPDF = '\u202c'
	bidiLRO = '\u202d'
	bidiRLO = '\u202e'
	bidiLRI = '\u2066'
	bidiRLI = '\u2067'
	bidiFSI = '\u2068'
	bidiPDI = '\u2069'
)

// refAt returns the length of the HTML character reference at s[i] (an
// '&'), 0 if there is none.
func refAt(s string, i int) int {
	n, _ := decodeRef(s, i)
	return n
}

// decodeRef decodes the character reference at s[i] as
// html.UnescapeString does: it returns the bytes it takes and what they
// decode to, or 0 if s[i] starts none.
func decodeRef(s string, i int) (int, string) {
	j := i + 1
	if j >= len(s) {
		return 0, ""
	}
	switch c := s[j]; {
	case c == '#':
		j++
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
		}
		for k := 0; j < len(s) && k < 12 && isAlnum(s[j]); k++ {
			j++
		}
	case isAlnum(c):
		for k := 0; j < len(s) && k < 40 && isAlnum(s[j]); k++ {
			j++
		}
	default:
		return 0, ""
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	cand := s[i:j]
	dec := html.UnescapeString(cand)
	if dec == cand {
		return 0, ""
	}
	// a reference without its ';' may take only part of the candidate
	// ("&ampfoo" is "&" and "foo"): what is left over is a common suffix
	suf := 0
	for suf < len(dec) && suf < len(cand)-2 && dec[len(dec)-1-suf] == cand[len(cand)-1-suf] {
		suf++
	}
	return len(cand) - suf, dec[:len(dec)-suf]
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// canonBuilder builds a view.
type canonBuilder struct {
	out    []byte
	lo, hi []int32
	// units are the offsets in out where each unit written under a
	// right-to-left override starts (rev is true), to be put in reverse.
	units []int
	rev   bool
	tmp   []byte
	nf    []byte
}

// canonPass makes one pass of the view (references are decoded once).
func canonPass(s string) canonView {
	b := canonBuilder{out: make([]byte, 0, len(s)), lo: make([]int32, 0, len(s)), hi: make([]int32, 0, len(s))}
	unsafe := false
	var sawRLO, sawOther bool
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '&':
				if n, dec := decodeRef(s, i); n > 0 {
					b.unit(dec, i, i+n)
					i += n
					continue
				}
			case c == '\n' || c == '\r' || c >= 0x1c && c <= 0x1e:
				b.endRun() // a paragraph separator ends an override
			}
			if i+1 == len(s) || s[i+1] < utf8.RuneSelf {
				b.unit(s[i:i+1], i, i+1)
				i++
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.unit("\ufffd", i, i+1)
			i++
			continue
		}
		switch r {
		case bidiRLO:
			sawRLO = true
			b.endRun()
			b.rev, b.units = true, b.units[:0]
			i += size
			continue
		case bidiPDF, '\u2029', '\u0085':
			b.endRun()
			if r == bidiPDF {
				i += size
				continue
			}
		case bidiLRE, bidiRLE, bidiLRO, bidiLRI, bidiRLI, bidiFSI:
			sawOther = true
		}
		// a normalisation segment: a starter and what combines with it
		n := norm.NFKC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = size
		}
		b.unit(s[i:i+n], i, i+n)
		i += n
	}
	b.endRun()
	if sawRLO && sawOther {
		unsafe = true
	}
	v := canonView{text: string(b.out), lo: b.lo, hi: b.hi, n: len(s)}
	v.unsafe = unsafe || replacementInWord(v.text)
	return v
}

// unit writes the view of seg (hidden characters dropped, NFKC, digits
// folded), every byte of it coming from the original [lo, hi).
func (b *canonBuilder) unit(seg string, lo, hi int) {
	if b.rev {
		b.units = append(b.units, len(b.out))
	}
	t := b.tmp[:0]
	for _, r := range seg {
		if !hidden(r) {
			t = utf8.AppendRune(t, r)
		}
	}
	b.nf = norm.NFKC.Append(b.nf[:0], t...)
	b.tmp = t[:0]
	// fold digits and drop what NFKC made hidden
	w := 0
	for k := 0; k < len(b.nf); {
		r, size := utf8.DecodeRune(b.nf[k:])
		switch {
		case r < utf8.RuneSelf:
			b.out = append(b.out, byte(r))
			w++
		case hidden(r):
		case unicode.IsDigit(r):
			b.out = append(b.out, byte('0'+digitValue(r)))
			w++
		default:
			b.out = append(b.out, b.nf[k:k+size]...)
			w += size
		}
		k += size
	}
	for range w {
		b.lo = append(b.lo, int32(lo))
		b.hi = append(b.hi, int32(hi))
	}
}

// endRun puts the units written under a right-to-left override in the
// order they are shown.
func (b *canonBuilder) endRun() {
	if !b.rev {
		return
	}
	b.rev = false
	if len(b.units) < 2 {
		return
	}
	start := b.units[0]
	n := len(b.out) - start
	out := make([]byte, 0, n)
	lo := make([]int32, 0, n)
	hi := make([]int32, 0, n)
	end := len(b.out)
	for k := len(b.units) - 1; k >= 0; k-- {
		u := b.units[k]
		out = append(out, b.out[u:end]...)
		lo = append(lo, b.lo[u:end]...)
		hi = append(hi, b.hi[u:end]...)
		end = u
	}
	copy(b.out[start:], out)
	copy(b.lo[start:], lo)
	copy(b.hi[start:], hi)
	b.units = b.units[:0]
}

// digitValue is the value of a decimal digit of any script: unicode.Nd
// lists them in runs of ten, each from its zero.
func digitValue(r rune) int {
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return 0
}

// replacementInWord reports whether a replacement character of the view
// touches a letter or digit.
func replacementInWord(s string) bool {
	prev := rune(' ')
	for i, r := range s {
		if r == utf8.RuneError {
			next, _ := utf8.DecodeRuneInString(s[i+len("\ufffd"):])
			if wordRune(prev) || wordRune(next) {
				return true
			}
		}
		prev = r
	}
	return false
}

func wordRune(r rune) bool { return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// compose makes v, a view of the text of inner, a view of inner's
// original.
func (v *canonView) compose(inner *canonView) {
	for k := range v.lo {
		a, z := v.lo[k], v.hi[k]
		lo, hi := inner.lo[a], inner.hi[a]
		for j := a; j < z; j++ {
			lo, hi = min(lo, inner.lo[j]), max(hi, inner.hi[j])
		}
		v.lo[k], v.hi[k] = lo, hi
	}
	v.n = inner.n
	v.unsafe = v.unsafe || inner.unsafe
}

// mapBack maps findings in the view onto the original text, in place.
func (v *canonView) mapBack(fs []Finding) []Finding {
	if v.lo == nil || len(fs) == 0 {
		return fs
	}
	if len(v.cuts) > 0 {
		fs = v.cutAtJoins(fs)
	}
	for i := range fs {
		f := &fs[i]
		s, e := max(f.Start, 0), min(f.End, len(v.text))
		switch {
		case f.Source == failedSource:
			f.Start, f.End = 0, v.n // the whole text (fail closed)
			continue
		case s >= e:
			p := v.n
			if s < len(v.lo) {
				p = int(v.lo[s])
			}
			f.Start, f.End = p, p
			continue
		}
		lo, hi := v.lo[s], v.hi[s]
		for j := s + 1; j < e; j++ {
			lo, hi = min(lo, v.lo[j]), max(hi, v.hi[j])
		}
		f.Start, f.End = int(lo), int(hi)
	}
	return mergeSorted(fs)
}

// cutAtJoins splits each finding over a cut of the view into the parts on
// either side of it (a part with no letter or digit is dropped).
func (v *canonView) cutAtJoins(fs []Finding) []Finding {
	var out []Finding
	for i, f := range fs {
		k, _ := slices.BinarySearch(v.cuts, int32(f.Start))
		if k == len(v.cuts) || int(v.cuts[k]) >= f.End || f.Source == failedSource {
			if out != nil {
				out = append(out, f)
			}
			continue
		}
		if out == nil {
			out = append(make([]Finding, 0, len(fs)+4), fs[:i]...)
		}
		for start := f.Start; start < f.End; k++ {
			end := f.End
			if k < len(v.cuts) && int(v.cuts[k]) < f.End {
				end = int(v.cuts[k])
			}
			if hasWordByte(v.text[start:end]) {
				g := f
				g.Start, g.End = start, end
				out = append(out, g)
			}
			start = end + 1
		}
	}
	if out == nil {
		return fs
	}
	return out
}

// hasWordByte reports whether s has an ASCII letter or digit, or a byte
// beyond ASCII.
func hasWordByte(s string) bool {
	for i := 0; i < len(s); i++ {
		if isAlnum(s[i]) || s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// CanonicalEncounter returns enc with every value in its canonical view,
// so that the known identifiers are read as the turns are; enc itself when
// every value is canonical already.
func CanonicalEncounter(enc *Encounter) *Encounter {
	if enc == nil || encounterCanonical(enc) {
		return enc
	}
	c := *enc
	for _, s := range []*string{&c.EncounterID, &c.StartedAt, &c.Facility, &c.Department} {
		*s = CanonicalText(*s)
	}
	if enc.Patient != nil {
		p := *enc.Patient
		for _, s := range []*string{&p.MRN, &p.Name, &p.BirthDate, &p.Sex, &p.Phone, &p.Email} {
			*s = CanonicalText(*s)
		}
		if enc.Patient.Address != nil {
			a := *enc.Patient.Address
			for _, s := range []*string{&a.Street, &a.City, &a.State, &a.Zip} {
				*s = CanonicalText(*s)
			}
			p.Address = &a
		}
		c.Patient = &p
	}
	c.Clinicians = make([]Clinician, len(enc.Clinicians))
	for i, cl := range enc.Clinicians {
		c.Clinicians[i] = Clinician{Name: CanonicalText(cl.Name), Role: CanonicalText(cl.Role), NPI: CanonicalText(cl.NPI)}
	}
	c.OtherNames = make([]string, len(enc.OtherNames))
	for i, n := range enc.OtherNames {
		c.OtherNames[i] = CanonicalText(n)
	}
	return &c
}

// EncounterUnmappable reports whether some value of enc is Unmappable.
func EncounterUnmappable(enc *Encounter) bool {
	unsafe := false
	encounterStrings(enc, func(s string) bool { unsafe = Unmappable(s); return !unsafe })
	return unsafe
}

func encounterCanonical(enc *Encounter) bool {
	return encounterStrings(enc, isCanonical)
}

// encounterStrings calls f on every value of enc until f returns false; it
// reports whether f returned true for all.
func encounterStrings(enc *Encounter, f func(string) bool) bool {
	if enc == nil {
		return true
	}
	all := func(ss ...string) bool {
		for _, s := range ss {
			if !f(s) {
				return false
			}
		}
		return true
	}
	if !all(enc.EncounterID, enc.StartedAt, enc.Facility, enc.Department) || !all(enc.OtherNames...) {
		return false
	}
	for _, c := range enc.Clinicians {
		if !all(c.Name, c.Role, c.NPI) {
			return false
		}
	}
	if p := enc.Patient; p != nil {
		if !all(p.MRN, p.Name, p.BirthDate, p.Sex, p.Phone, p.Email) {
			return false
		}
		if a := p.Address; a != nil && !all(a.Street, a.City, a.State, a.Zip) {
			return false
		}
	}
	return true
}
