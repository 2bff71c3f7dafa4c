package deid

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tkWord  tokKind = iota + 1 // letters (and inner apostrophes)
	tkNum                      // digits only
	tkAlnum                    // letters and digits: 3rd, a1c, mrn12345
	tkPunct                    // one other non-space character
	tkTag                      // a redaction tag such as [NAME] or [DATE_2]: never an identifier
)

// token shape bits.
const (
	shCap       uint8 = 1 << iota // first letter upper case
	shAllCaps                     // every letter upper case (and more than one)
	shSentStart                   // first word of a sentence, line or text
	shSpace                       // white space before the token
	shNewline                     // a line break before the token
	shPoss                        // ends in 's
	shApos                        // another inner apostrophe: don't, how'd (not o'brien)
)

type token struct {
	start, end int32
	lo, hi     int32 // the lower-cased form, apostrophes dropped: scanner.low[lo:hi]
	val        int32 // numeric value: digits, number word, ordinal; -1 if none
	kind       tokKind
	shape      uint8
	bh         uint16 // bhValid | the known-word bloom hash of the looked-up form (words of up to 8 bytes), else 0
	f          uint64 // lexicon flags of the normalised form (the fields are ordered so that a token takes 32 bytes)
}

// bhValid marks a token's bloom hash as computed (see Known.mayStartHash).
const bhValid = 1 << 15

func (t *token) is(f uint64) bool { return t.f&f != 0 }
func (t *token) has(s uint8) bool { return t.shape&s != 0 }

// tokenize cuts text into tokens, appending to toks (reused between calls).
// low receives the lower-cased forms used in look-ups.
//
// The loop over spaces and punctuation and the loop over the bytes of a
// word (readWord) are separate functions, each with few enough variables
// to keep them in registers.
func (s *scanner) tokenize() {
	text := s.text
	s.toks = s.toks[:0]
	if cap(s.low) < len(text)+utf8.UTFMax {
		s.low = make([]byte, 0, len(text)+len(text)/8+utf8.UTFMax)
	}
	s.low = s.low[:0]
	s.asciiUpper, s.asciiLower = 0, 0
	s.anyF, s.kinds, s.seen, s.words, s.short, s.labels = 0, 0, 0, 0, 0, 0
	s.dayAt, s.homAt, s.lastDigit, s.tokHint = s.dayAt[:0], s.homAt[:0], -2, 0
	var seen uint32
	var pend uint8 = shSentStart
	colonLabels := 0
	i := 0
	for i < len(text) {
		c := text[i]
		cl := byteClass[c]
		if cl == bcSpace {
			pend |= shSpace
			if c == '\n' {
				pend |= shNewline | shSentStart
			}
			i++
			continue
		}
		size := 1
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				pend |= shSpace
				i += size
				continue
			}
			if isWordRune(r) {
				cl = bcLower // a letter or digit beyond ASCII starts a word
			}
		}
		if c == '[' {
			if n := tagLen(text[i:]); n > 0 {
				// a tag's capitals are no cue: redacted lower-case speech
				// stays lower-case speech for the verifying scan
				s.punct(i, i+n, tkTag, pend)
				pend = 0
				i += n
				continue
			}
		}
		if c == '<' {
			if n := angleTagLen(text[i:]); n > 0 {
				// "<INAUDIBLE_SPEECH/>", "<UNSURE>": a transcriber's mark of
				// what was not heard, no word and no cue: what follows it
				// opens anew
				s.punct(i, i+n, tkTag, pend)
				pend = shSentStart
				i += n
				continue
			}
		}
		if cl != bcOther {
			i = s.readWord(i, pend)
			pend = 0
			continue
		}
		if c == '\'' && s.spacedPossessive(i, pend) {
			i += 2 // "valentine 's day", "children 's mercy": speech tokenised apart, read as written
			pend = 0
			continue
		}
		if c == '\'' {
			if n := s.spacedClitic(i, pend); n > 0 {
				i += n // "you 're", "i 'm": read as "you're", "i'm" are
				pend = 0
				continue
			}
		}
		s.punct(i, i+size, tkPunct, pend)
		pend = 0
		switch c {
		case '@':
			seen |= seenAt
		case '-':
			// "I-95": an interstate highway (detectRoads)
			if n := len(s.toks); n >= 2 && s.toks[n-2].kind == tkWord && s.toks[n-2].end == int32(i) && s.toks[n-2].end-s.toks[n-2].start == 1 && text[i-1]|0x20 == 'i' {
				seen |= seenInterstate
			}
		case '?':
			seen |= seenQuestion
		case ':':
			seen |= seenColon
			if k := s.colonLabel(); k >= 0 {
				// "Doctor: …", "SPEAKER_01: …" opening lines: two
				// make a transcript; a label's capitals say nothing of how
				// the speech is written ("SPEAKER_01: my brother emeka")
				if colonLabels++; colonLabels == 2 {
					s.labels++
				}
				s.uncount(k, k)
			} else if k := s.capsLabel(); k >= 0 {
				// "OTHER:", "LORETTA BANKS:", "DR. OKAFOR:": a label in
				// capitals opening a line says nothing of how the speech
				// after it is written either
				s.uncount(k, len(s.toks)-2)
			} else if k := s.capLabel(); k >= 0 {
				// "Loretta Banks:", "Mom:", "Dr. Okafor:": nor does a
				// capitalised one (counted for no transcript: a note's
				// headings are written so too)
				s.uncount(k, len(s.toks)-2)
			}
			if strings.HasPrefix(text[i+1:], "//") {
				seen |= seenScheme
			}
		case '.':
			seen |= seenDot
			if i >= 2 && text[i-2] == text[i-1] && (text[i-1] == 'w' || text[i-1] == 'W') {
				seen |= seenWWDot
			}
			// joined on both sides: what detectChunks reads as a domain or
			// an IPv4 address (a token may follow: no white space next)
			if n := len(s.toks); n >= 2 && s.toks[n-2].kind != tkPunct && s.toks[n-2].end == int32(i) && i+1 < len(text) && byteClass[text[i+1]] != bcSpace {
				seen |= seenDotJoin
			}
		}
		if c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '"' {
			if c != '.' || !s.abbrevBefore() {
				pend = shSentStart
			}
		} else if c == ']' && s.speakerTagClosed() {
			pend = shSentStart // "[doctor] Good morning": a turn opens after its speaker's label
			s.labels++
		}
		i += size
	}
	s.seen |= seen
	// shorthand in one word of 25 or more makes a clinical note: there a
	// well-known name that is also shorthand ("neo", "al") needs context
	// (a transcript's speaker labels, or a conversation record's turns, say
	// it is speech: "[nurse] mr baker, mr wendell baker … ida's home" is no
	// note)
	s.notes = s.short >= 3 && s.short*25 >= s.words && s.labels == 0 && s.carryFrom == nil && !s.speechy()
	if len(s.homAt) > 0 && !s.notes {
		s.digitHomophones()
	}
}

// digitHomophones reads the words speech recognition writes for a digit
// it heard inside a number read out digit by digit ("oh oh for seven seven
// to won nine", "six won seven", "l a to to oh oh nine", "sixty won"):
// "won", "to", "too", "for", "fore" and "ate" among at least three digits or
// letters read out one at a time (two for "won"; "to" with two before it),
// counting the words so read already, or "won" right after tens. "two to three times a day", "a
// day for six to eight weeks" and "i won two tickets" stay words. Such a
// word gets its digit's value, as a number word.
func (s *scanner) digitHomophones() {
	for pass := 0; pass < 3; pass++ {
		for _, k32 := range s.homAt {
			k := int(k32)
			t := &s.toks[k]
			if t.f&fNumWord != 0 {
				continue
			}
			d := homophoneDigit(s.low[t.lo:t.hi])
			if d < 0 {
				continue
			}
			before, after := s.digitsAround(k, -1), s.digitsAround(k, 1)
			real := before + after
			tens := false
			if d == 1 && k > 0 {
				p := &s.toks[k-1]
				tens = p.kind == tkWord && p.f&fNumWord != 0 && p.val >= 20 && p.val <= 90 && p.val%10 == 0
			}
			// "to" after a single digit is a ratio or a range ("one to four
			// zero", a titer): two digits before it, at least
			// and a word after the last digit is a word ("… five five for the
			// e r visit"): only "won" ends a number
			// or the last word of a number read out, where what is said
			// pauses or ends after it, with three digits before it at least
			// over the words that may stand for digits ("… five five five,
			// oh to for won.")
			if real >= 3 && after >= 1 && (d != 2 || before >= 2) || d == 1 && (real >= 2 || tens) || after == 0 && s.runEndsAt(k) && s.runDigitsBefore(k) >= 3 {
				t.val = int32(d)
				t.f |= fNumWord
			}
		}
	}
}

// runEndsAt: nothing but a mark, a speaker's label or the end follows
// token k.
func (s *scanner) runEndsAt(k int) bool {
	n := k + 1
	return n >= len(s.toks) || s.toks[n].kind == tkTag || s.toks[n].kind == tkPunct && s.text[s.toks[n].start] != '-'
}

// runDigitsBefore counts the digits said one at a time before token k,
// over commas, hyphens and the words that may stand for a digit, up to
// eight words back.
func (s *scanner) runDigitsBefore(k int) int { return s.digitsWithin(k, -1, 8) }

// homophoneDigit: the digit a word that sounds like one stands for, or -1.
func homophoneDigit(w []byte) int {
	switch string(w) {
	case "won":
		return 1
	case "to", "too":
		return 2
	case "for", "fore":
		return 4
	case "ate":
		return 8
	}
	return -1
}

// digitsAround counts, over at most three words, the digits said one at a
// time ("oh", "seven") or letters read out singly next to token k in
// direction dir (-1 before, 1 after), over commas, hyphens and the words
// that may stand for a digit (which count only once read as one).
func (s *scanner) digitsAround(k, dir int) int { return s.digitsWithin(k, dir, 3) }

// digitsWithin is digitsAround over at most max words.
func (s *scanner) digitsWithin(k, dir, max int) int {
	n := 0
	for j, w := k+dir, 0; j >= 0 && j < len(s.toks) && w < max; j += dir {
		t := &s.toks[j]
		if t.kind == tkPunct {
			if c := s.text[t.start]; c == ',' || c == '-' {
				continue
			}
			break
		}
		w++
		switch {
		case t.kind == tkWord && t.f&fNumWord != 0 && t.val >= 0 && t.val <= 9, t.kind == tkWord && t.end-t.start == 1 && isLetterByte(s.text, int(t.start)):
			n++
		case t.kind == tkWord && t.hi-t.lo >= 2 && t.hi-t.lo <= 4 && homophoneDigit(s.low[t.lo:t.hi]) >= 0:
		default:
			return n
		}
	}
	return n
}

// punct appends the token text[i:j] of kind k (a punctuation mark or a
// tag), its bytes as they are in low.
func (s *scanner) punct(i, j int, k tokKind, shape uint8) {
	lo := int32(len(s.low))
	s.low = append(s.low, s.text[i:j]...)
	s.toks = append(s.toks, token{})
	t := &s.toks[len(s.toks)-1]
	t.start, t.end, t.lo, t.hi, t.kind, t.shape, t.val = int32(i), int32(j), lo, int32(len(s.low)), k, shape, -1
	s.kinds |= 1 << (k & 7)
}

// readWord appends the word that starts at text[i] (letters, digits, and
// apostrophes between letters) as a token with the shape bits pend, looks
// it up, and returns where it ends.
func (s *scanner) readWord(i int, pend uint8) int {
	text, low := s.text, s.low
	start, lo := i, len(low)
	// Most words are ASCII letters and digits only: lowerASCII copies them
	// into the room left in low.
	n, upper, digits := lowerASCII(low[lo:cap(low)], text[i:])
	low = low[:lo+n]
	i += n
	letters, asciiUpper, wide, apos := n-digits, upper, 0, -1
	if i < len(text) && (text[i] >= utf8.RuneSelf || text[i] == '\'' || byteClass[text[i]] >= bcLower) {
		// an apostrophe, a letter beyond ASCII, or no room left
		wc := wordCounts{letters: letters, digits: digits, upper: upper, asciiUpper: asciiUpper, apos: -1}
		i, low = s.wordRest(i, low, lo, &wc)
		letters, digits, upper, asciiUpper, wide, apos = wc.letters, wc.digits, wc.upper, wc.asciiUpper, wc.wide, wc.apos
	}
	s.asciiUpper += asciiUpper
	s.asciiLower += letters - wide - asciiUpper
	s.low = low
	// fields stored in place: a token literal built on the stack and
	// copied stalls on the wide load of what narrow stores just wrote
	s.toks = append(s.toks, token{})
	t := &s.toks[len(s.toks)-1]
	t.start, t.end, t.lo, t.hi, t.shape, t.val = int32(start), int32(i), int32(lo), int32(len(low)), pend, -1
	w := low[lo:]
	switch {
	case digits == 0:
		t.kind = tkWord
	case letters == 0:
		t.kind = tkNum
		if digits <= 9 {
			v := 0
			for _, b := range w {
				v = v*10 + int(b-'0')
			}
			t.val = int32(v)
		}
	default:
		t.kind = tkAlnum
	}
	if letters > 0 && upper > 0 {
		if c := text[start]; c < utf8.RuneSelf {
			if byteClass[c] == bcUpper {
				t.shape |= shCap
			}
		} else if first, _ := utf8.DecodeRuneInString(text[start:]); unicode.IsUpper(first) {
			t.shape |= shCap
		}
		if upper == letters && letters > 1 {
			t.shape |= shAllCaps
		}
	}
	if apos >= 0 && apos == len(w)-1 && w[apos] == 's' {
		t.shape |= shPoss
	} else if apos > 1 {
		t.shape |= shApos
	}
	if n := len(s.toks) - 1; apos == 1 && len(w) == 2 && w[0] == 'n' && w[1] == 't' && n > 0 && s.toks[n-1].hi == t.lo && s.foldsClitic(n-1, start-1) {
		// "do n't", "ca n't": the negation folded into its verb, read as
		// "don't", "can't" are written
		s.toks = s.toks[:n]
		s.low = s.low[:lo]
		s.foldClitic(n-1, "nt", i)
		return i
	}
	s.kinds |= 1 << (t.kind & 7)
	if t.kind != tkNum {
		// the look-up: a possessive by its stem ("parkinson's" is
		// "parkinson"; markSpeech reads "mcdonald's" as a business)
		stem := w
		if t.shape&shPoss != 0 {
			stem = w[:len(w)-1]
		}
		t.f, t.bh = s.word(stem)
		if t.kind == tkAlnum || t.f&(fNumWord|fOrdWord) != 0 {
			s.spokenValue(t, w)
			if n := len(s.toks) - 1; t.f&fNumWord != 0 && t.val >= 0 && t.kind == tkWord {
				// words that may stand for a digit next to one, for digitHomophones
				if n > 0 && s.toks[n-1].hi-s.toks[n-1].lo <= 4 {
					s.noteHomophonesBefore(n)
				}
				s.lastDigit = n
			}
		} else if n := len(s.toks) - 1; s.lastDigit == n-1 && len(w) <= 4 && t.kind == tkWord && homophoneDigit(w) >= 0 {
			s.homAt = append(s.homAt, int32(n))
			s.lastDigit = n // "oh to for won": one after another
		}
		s.anyF |= t.f
		if t.kind == tkWord {
			s.markSpeech(len(s.toks)-1, w)
		}
	}
	return i
}

// spacedPossessive folds "'s" set apart by one space from the word before
// it (at text[i], as transcripts tokenise speech: "valentine 's day", "it
// 's") into that word, as if written together: the word's token then ends
// in 's (shPoss) and its flags, read by its stem, stay.
func (s *scanner) spacedPossessive(i int, pend uint8) bool {
	text := s.text
	n := len(s.toks)
	if pend&shNewline != 0 || n == 0 || i+1 >= len(text) || text[i+1]|0x20 != 's' || i+2 < len(text) && byteClass[text[i+2]] != bcSpace && byteClass[text[i+2]] != bcOther {
		return false
	}
	t := &s.toks[n-1]
	if t.kind != tkWord || int(t.end) != i-1 || text[i-1] != ' ' || t.shape&(shPoss|shApos) != 0 || int(t.hi) != len(s.low) {
		return false
	}
	s.low = append(s.low, 's')
	t.hi++
	t.end = int32(i + 2)
	t.shape |= shPoss
	if w := s.low[t.lo:t.hi]; len(w) == 5 && string(w) == "years" {
		s.noteDay(n - 1) // "new year 's day", as markSpeech notes "year's"
	} else if len(w) == 3 && string(w) == "its" {
		t.f |= fIntro // "it 's june from the clinic", as markSpeech marks "it's"
		s.anyF |= fIntro
	}
	return true
}

// spacedClitic folds a clitic ("'re", "'ve", "'ll", "'d", "'m") set apart
// by one space from the word before it, at the apostrophe at text[i], into
// that word, as tokenised speech writes them ("you 're", "i 'm"): the word
// is then read as it is written untokenised ("you're" is "youre"). It
// returns the bytes read from i, or 0.
func (s *scanner) spacedClitic(i int, pend uint8) int {
	text := s.text
	n := len(s.toks)
	if pend&shNewline != 0 || n == 0 || i+1 >= len(text) {
		return 0
	}
	k := i + 1
	for k < len(text) && k-i <= 3 && byteClass[text[k]] == bcLower {
		k++
	}
	if k < len(text) && byteClass[text[k]] != bcSpace && byteClass[text[k]] != bcOther {
		return 0
	}
	switch text[i+1 : k] {
	case "re", "ve", "ll", "d", "m":
	default:
		return 0
	}
	if !s.foldsClitic(n-1, i-1) || int(s.toks[n-1].hi) != len(s.low) {
		return 0
	}
	return s.foldClitic(n-1, text[i+1:k], k)
}

// foldsClitic: word token p ends one space before a clitic's apostrophe or
// "n" (at byte at) and has nothing of its own folded yet.
func (s *scanner) foldsClitic(p, at int) bool {
	t := &s.toks[p]
	return t.kind == tkWord && int(t.end) == at && s.text[at] == ' ' && t.shape&(shPoss|shApos) == 0
}

// foldClitic joins the clitic c, read up to byte end of the text, to word
// token p (foldsClitic), the last token, its lower-cased form the last in
// the scanner's buffer; it returns the bytes read after p's space.
func (s *scanner) foldClitic(p int, c string, end int) int {
	t := &s.toks[p]
	s.low = append(s.low, c...)
	t.hi = int32(len(s.low))
	read := end - int(t.end) - 1
	t.end = int32(end)
	t.shape |= shApos
	t.f, t.bh = s.word(s.low[t.lo:t.hi])
	s.anyF |= t.f
	s.words-- // markSpeech counts the word again
	s.markSpeech(p, s.low[t.lo:t.hi])
	return read
}

// wordCounts are what readWord counts in a word.
type wordCounts struct {
	letters, digits, upper int // letters (of them upper-case) and digits
	asciiUpper, wide       int // upper-case ASCII letters, letters beyond ASCII
	apos                   int // where in low[lo:] the last inner apostrophe was dropped, or -1
}

// wordRest reads on from text[i] the word whose lower-cased form starts at
// low[lo], past apostrophes and letters beyond ASCII, and returns where it
// ends and low with the rest of the word appended.
func (s *scanner) wordRest(i int, low []byte, lo int, wc *wordCounts) (int, []byte) {
	text := s.text
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch byteClass[c] {
			case bcDigit:
				wc.digits++
				low = append(low, c)
				i++
				continue
			case bcLower:
				wc.letters++
				low = append(low, c)
				i++
				continue
			case bcUpper:
				wc.letters++
				wc.upper++
				wc.asciiUpper++
				low = append(low, c+'a'-'A')
				i++
				continue
			}
			// Inner apostrophe: o'brien, don't, parkinson's.
			if c == '\'' && i+1 < len(text) && isLetterByte(text, i+1) && wc.letters > 0 {
				wc.apos = len(low) - lo
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			wc.letters++
			wc.wide++
			if unicode.IsUpper(r) {
				wc.upper++
			}
			low = utf8.AppendRune(low, unicode.ToLower(r))
			i += size
			continue
		}
		if r == '\u2019' && i+size < len(text) && isLetterByte(text, i+size) && wc.letters > 0 {
			wc.apos = len(low) - lo
			i += size
			continue
		}
		break
	}
	return i, low
}

// lowerASCII copies the ASCII letters and digits that start src into dst,
// lower-cased, as far as dst has room. It returns how many bytes it copied
// and how many of them are upper-case letters and digits. It is the
// tokenizer's inner loop: a function of its own, without calls, so that the
// loop runs in registers (inlined into readWord it spills at every byte).
//
//go:noinline
func lowerASCII(dst []byte, src string) (n, upper, digits int) {
	if len(src) > len(dst) {
		src = src[:len(dst)]
	}
	// one table load per byte and no branch but the loop's: the entry
	// holds the lowered byte (0 ends the word) and adds one to the count
	// of capitals or of digits (lowerTab)
	var acc uint64
	for n < len(src) {
		e := lowerTab[src[n]]
		if e == 0 {
			break
		}
		dst[n] = byte(e)
		acc += e &^ 0xff
		n++
	}
	return n, int(acc >> 16 & (1<<24 - 1)), int(acc >> 40)
}

// lowerTab maps an ASCII letter or digit to itself lower-cased in its low
// byte, plus 1<<16 for a capital and 1<<40 for a digit (lowerASCII sums
// the entries above the low byte: 24 bits of count each); every other
// byte maps to 0.
var lowerTab = func() (t [256]uint64) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint64(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = uint64(c+'a'-'A') | 1<<16
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = uint64(c) | 1<<40
	}
	return t
}()

// Byte classes of ASCII for the tokenizer; bytes from 0x80 are bcOther
// here and decoded as runes.
const (
	bcOther uint8 = iota
	bcSpace
	bcLower
	bcUpper
	bcDigit
)

var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = bcLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = bcUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = bcDigit
	}
	for _, c := range " \t\r\n\f\v" {
		t[c] = bcSpace
	}
	return t
}()

// tagLen returns the length of a redaction tag at the start of s ("[NAME]",
// "[NAME_1]", "[PHONE]"), or 0.
func tagLen(s string) int {
	if len(s) < 3 || s[1] < 'A' || s[1] > 'Z' {
		return 0
	}
	for k := 2; k < len(s) && k < 32; k++ {
		c := s[k]
		switch {
		case c == ']':
			return k + 1
		case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '+':
		default:
			return 0
		}
	}
	return 0
}

// angleTagLen returns the length of a transcriber's mark in capitals at
// the start of s ("<INAUDIBLE_SPEECH/>", "<UNSURE>", "</UNSURE>",
// "<CROSSTALK/>"), or 0.
func angleTagLen(s string) int {
	k := 1
	if k < len(s) && s[k] == '/' {
		k++
	}
	a := k
	for k < len(s) && k < 40 && (s[k] >= 'A' && s[k] <= 'Z' || s[k] == '_' || s[k] >= '0' && s[k] <= '9' && k > a) {
		k++
	}
	if k-a < 2 {
		return 0
	}
	if k < len(s) && s[k] == '/' {
		k++
	}
	if k < len(s) && s[k] == '>' {
		return k + 1
	}
	return 0
}

// spokenValue sets the value of a word token that is a number word or an
// ordinal (looked up, of lower-cased form w), spoken or written with
// digits ("3rd", "21st").
func (s *scanner) spokenValue(t *token, w []byte) {
	if t.kind == tkWord {
		if t.f&fNumWord != 0 {
			t.val = int32(numberWords[string(w)])
		} else if t.f&fOrdWord != 0 {
			t.val = int32(ordinalWords[string(w)])
		}
	} else if t.kind == tkAlnum {
		// 3rd, 21st: an ordinal written with digits.
		if v, ok := digitOrdinal(w); ok {
			t.val = int32(v)
			t.f |= fOrdWord
		}
	}
}

// word is lexicon.word with a small direct-mapped cache, kept by the
// (pooled) scanner, of the short words that missed the front table: the
// rarer words of a conversation repeat too.
func (s *scanner) word(w []byte) (flags uint64, bh uint16) {
	n := len(w)
	if n == 0 || n > 8 {
		return s.lex.word(w), 0
	}
	k := pack8(w)
	h := shortHash(k)
	bh = uint16(h>>55) | bhValid // wordHash, computed once here
	if f, ok := s.lex.hotHash(k, h); ok {
		return f, bh
	}
	if s.wlex != s.lex {
		clear(s.wcache[:])
		s.wlex = s.lex
	}
	e := &s.wcache[h>>(64-wcacheBits)]
	if e.key != k {
		e.key, e.flags = k, s.lex.cold(w)
	}
	return e.flags, bh
}

const wcacheBits = 10

func digitOrdinal(w []byte) (int, bool) {
	i, v := 0, 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		v = v*10 + int(w[i]-'0')
		i++
	}
	if i == 0 || i > 2 || len(w)-i != 2 {
		return 0, false
	}
	switch string(w[i:]) {
	case "st", "nd", "rd", "th":
		return v, true
	}
	return 0, false
}

// speakerTagClosed reports whether the ']' just appended closes a speaker's
// label that opens a line or sentence ("[doctor]", "[patient_guest]"): a word
// or two joined without spaces between the brackets.
// colonLabel returns the word of a speaker's label that opens a line and
// that the ':' just appended ends ("Doctor:", "Patient:", "Speaker 2:",
// "SPEAKER_01:"): a role of the people who talk in a visit; or -1. A
// note's headings ("Neuro:", "Plan:", "MD: aware", a SOAP or DAR note's
// "A:" and "P:") are none.
func (s *scanner) colonLabel() int {
	n := len(s.toks)
	k := n - 2
	for k > 0 && k >= n-4 && !s.toks[k].has(shNewline) && (s.toks[k].kind == tkNum || s.toks[k].kind == tkPunct && s.text[s.toks[k].start] == '_') {
		k--
	}
	if k < 0 || k != 0 && !s.toks[k].has(shNewline) || s.toks[k].kind != tkWord || s.toks[k].end-s.toks[k].start > 12 {
		return -1
	}
	if k+1 < n-1 && s.toks[k+1].start == s.toks[k].end && s.toks[k].end-s.toks[k].start <= 8 {
		return k // "spk_0:", "S1:", "guest2:": a speech recogniser's numbered speaker
	}
	if roleLabel(s.low[s.toks[k].lo:s.toks[k].hi]) {
		return k
	}
	return -1
}

// uncount takes the letters of tokens [i, j] out of the counts of
// capitals and small letters.
func (s *scanner) uncount(i, j int) {
	for _, b := range []byte(s.text[s.toks[i].start:s.toks[j].end]) {
		switch byteClass[b] {
		case bcUpper:
			s.asciiUpper--
		case bcLower:
			s.asciiLower--
		}
	}
}

// capsLabel returns the first token of the words in capitals that open
// the line the ':' just appended ends (one to four, "." and "-" between
// them), or -1.
func (s *scanner) capsLabel() int { return s.lineLabel(true) }

// capLabel returns the first token of the one to three capitalised words
// ("." between them) that open the line the ':' just appended ends, or -1.
func (s *scanner) capLabel() int { return s.lineLabel(false) }

// lineLabel reads back from the ':' just appended to the line's start over
// words in capitals (caps: one to four, "." and "-" between them) or
// capitalised (one to three, "." between them) and returns the first, or
// -1.
func (s *scanner) lineLabel(caps bool) int {
	n := len(s.toks)
	words, most := 0, 3
	if caps {
		most = 4
	}
	for k := n - 2; k >= 0 && k >= n-9; k-- {
		t := &s.toks[k]
		switch {
		case t.kind == tkWord && (caps && (t.has(shAllCaps) || t.end-t.start == 1 && t.has(shCap)) || !caps && t.has(shCap)):
			words++
		case t.kind == tkPunct && (s.text[t.start] == '.' || caps && s.text[t.start] == '-') && words > 0:
		default:
			return -1
		}
		if words > most {
			return -1
		}
		if k == 0 || t.has(shNewline) {
			if t.kind != tkWord {
				return -1
			}
			return k
		}
	}
	return -1
}

// roleLabel reports whether w is a role that labels a speaker of a
// transcript ("doctor", "pt", "mom", "interpreter", "agent", "rn").
func roleLabel(w []byte) bool {
	switch string(w) {
	case "doctor", "dr", "pt", "gp", "patient", "speaker", "clinician", "physician", "nurse", "caller", "receptionist", "interviewer", "interviewee",
		"mother", "father", "parent", "daughter", "son", "wife", "husband", "caregiver", "interpreter", "pharmacist", "therapist", "provider",
		"student", "examiner", "candidate", "mom", "dad", "mum", "carer", "relative", "guardian", "registrar", "paramedic", "counselor", "counsellor",
		// call transcripts and staff: "Agent:", "Rep:", "Scheduler:", "Front desk:", "RN:"
		"agent", "customer", "rep", "representative", "scheduler", "operator", "coordinator", "dispatcher", "client", "participant", "moderator",
		"staff", "desk", "support", "records", "intake", "billing", "triage", "pharmacy", "rn", "np", "ma", "tech", "technician", "resident",
		"attending", "fellow", "md", "pa", "adjuster", "midwife", "sister", "physio", "dentist", "hygienist", "optician", "doula", "member", "user", "bot",
		// a recogniser's speaker it could not tell ("Unknown:", "Unidentified:"), and kin and others who speak in a visit
		// (not "Other:", "Family:", headings of a note's sections)
		"unknown", "unidentified", "grandmother", "grandfather", "grandma", "grandpa", "aunt", "uncle", "brother", "friend", "deputy", "teacher", "coach":
		return true
	}
	return false
}

func (s *scanner) speakerTagClosed() bool {
	n := len(s.toks)
	for k := n - 2; k >= 0 && k >= n-5; k-- {
		t := &s.toks[k]
		if t.kind == tkPunct && s.text[t.start] == '[' {
			return k < n-2 && t.has(shSentStart)
		}
		if t.has(shSpace) {
			return false
		}
	}
	return false
}

// abbrevBefore reports whether the '.' just appended ends an abbreviation
// such as "dr." or "mr." (so the next word does not start a sentence).
func (s *scanner) abbrevBefore() bool {
	n := len(s.toks)
	if n < 2 {
		return false
	}
	p := &s.toks[n-2]
	if p.end != s.toks[n-1].start || p.kind != tkWord {
		return false
	}
	if p.end-p.start == 1 && n >= 3 && s.toks[n-3].end == p.start && s.isPunct(n-3, '\'') {
		return false // "the 90's.": a plural's s, not an initial
	}
	// a street's word shortened ("Ave.", "Blvd."), not one written out
	// ("… Road. Room 4 has …"): full words are everyday ones
	return p.f&fTitle != 0 || p.end-p.start == 1 || p.f&fMonth != 0 && p.end-p.start <= 4 || p.f&fUnitSuffix != 0 || p.f&(fStreet|fCommon) == fStreet // a month shortened ("Sept."), not written out ("in September. How's …")
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isLetterByte(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// speechy: the text talks the way people speak to each other, not the way
// a note is written: three or more of "you", "um", "uh", "yeah", "okay",
// "i'm", "we're", "gonna", "don't", "that's", one word in forty or more.
// A transcript with no speaker labels and the shorthand a note has ("bp",
// "mg", "cbc") is still speech (a nursing note says none of them).
func (s *scanner) speechy() bool {
	k := 0
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tkWord || t.hi-t.lo > 6 {
			continue
		}
		switch string(s.low[t.lo:t.hi]) {
		case "you", "um", "uh", "yeah", "okay", "im", "youre", "were", "gonna", "dont", "ive", "thats", "its":
			k++
		}
	}
	return k >= 3 && k*40 >= s.words
}
