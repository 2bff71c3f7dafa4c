package deid

import (
	"math/bits"
	"slices"
)

// Version is the engine version recorded in manifests and audit logs.
const Version = "0.1.0"

// Options configures an Engine. A nil *Options means the defaults.
type Options struct {
	// MinScore drops findings scored below it (0..1). Zero keeps everything
	// the detectors report; recall comes first.
	MinScore float64
	// Custom are the site's dictionaries (allowed and denied terms,
	// patterns), applied after the detectors; nil applies none.
	Custom *Custom
	// Types, when set, keeps only findings of these types (a selection, as
	// Presidio's entities); nil keeps every type.
	Types []Type
}

// Engine finds identifiers in text. It is safe for concurrent use: all of its
// state is read-only after New. Build one per process (or per Beam worker in
// Setup) and share it; New is the only expensive call.
type Engine struct {
	opts Options
	lex  *lexicon
}

// New builds an engine with the embedded dictionaries loaded.
func New(opts *Options) (*Engine, error) {
	e := &Engine{}
	if opts != nil {
		e.opts = *opts
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	e.lex = lex
	return e, nil
}

// Scan returns the identifiers found in text, sorted by start offset and not
// overlapping. Offsets are bytes of the UTF-8 text, end exclusive.
func (e *Engine) Scan(text string) []Finding {
	return e.ScanKnown(text, nil)
}

// ScanConversation scans every turn of c with the encounter's known
// identifiers, returning one slice of findings per turn.
//
// A word taken for a name or a place in one turn is that name or place
// where another turn says it without a cue ("this is dr zorvath" and,
// earlier or later, "ask zorvath"): the turns that say such a word outside
// their own findings are scanned again with it carried in.
func (e *Engine) ScanConversation(c *Conversation) [][]Finding {
	k := NewKnown(c.Encounter)
	out := make([][]Finding, len(c.Turns))
	cs := &convScan{collect: len(c.Turns) > 1} // one turn has no other to carry words to
	cs.buf, cs.heard = cs.bufArr[:0], cs.heardArr[:0]
	for i := range c.Turns {
		cs.turn = i
		out[i] = e.scanTurn(c.Turns[i].Text, k, cs)
	}
	if len(cs.heard) == 0 {
		return out
	}
	cs.collect = false
	for i, carry := range cs.elsewhere(c.Turns, out) {
		if len(carry) > 0 {
			cs.carry = carry
			out[i] = e.scanTurn(c.Turns[i].Text, k, cs)
		}
	}
	return out
}

// convScan carries the words taken for names and places between the turns
// of one conversation.
type convScan struct {
	collect bool    // hear the words of the turns scanned
	turn    int     // the turn being scanned
	buf     []byte  // the words heard, one after the other
	heard   []heard // words of buf
	carry   []heard // the words to spread in the turn being scanned

	bufArr   [256]byte // first space of buf and heard
	heardArr [16]heard
}

// heard is the word buf[a:b] (lower case, as the scanner's lowerTok), taken
// for a name or place of type typ in turn (in more than one turn: -1).
type heard struct {
	a, b int32
	typ  Type
	turn int
}

// word returns the bytes of h.
func (cs *convScan) word(h heard) []byte { return cs.buf[h.a:h.b] }

// maxHeard bounds the words a conversation carries between its turns.
const maxHeard = 64

// hear notes the words turn cs.turn took for names or places.
func (cs *convScan) hear(rs []scanRep) {
next:
	for _, r := range rs {
		for j := range cs.heard {
			if string(cs.word(cs.heard[j])) == string(r.w) {
				if cs.heard[j].turn != cs.turn {
					cs.heard[j].turn = -1
				}
				continue next
			}
		}
		if len(cs.heard) < maxHeard {
			a := len(cs.buf)
			cs.buf = append(cs.buf, r.w...)
			cs.heard = append(cs.heard, heard{int32(a), int32(len(cs.buf)), r.typ, cs.turn})
		}
	}
}

// elsewhere returns, for each turn, the words heard in other turns that it
// says as a whole word, in any case, outside its findings (nil when no turn
// says one), in the order they were heard. One pass over the turns' words:
// a word is compared only with the heard words of its length (ASCII letters
// folded to lower case, as the scanner's lowerTok folds them; a heard word
// is one token, so letters, digits and bytes beyond ASCII only).
func (cs *convScan) elsewhere(turns []Turn, found [][]Finding) [][]heard {
	// the heard words (64 at most: maxHeard) as bit sets, by length and by
	// first byte: a word of the turns is compared only with the heard words
	// of both its length and its first letter
	var lens uint64 // bit l: a heard word has l bytes (63: 63 or more)
	var byLen [64]uint64
	var byFirst [256]uint64
	for x, h := range cs.heard {
		l := min(h.b-h.a, 63)
		lens |= 1 << l
		byLen[l] |= 1 << x
		byFirst[cs.buf[h.a]] |= 1 << x
	}
	var carry [][]heard // made at the first word carried
	for i := range turns {
		t := turns[i].Text
		for k := 0; k < len(t); {
			if !wordByte[t[k]] {
				k++
				continue
			}
			a := k
			for k < len(t) && wordByte[t[k]] {
				k++
			}
			if lens&(1<<min(k-a, 63)) == 0 {
				continue
			}
			c0 := t[a]
			if 'A' <= c0 && c0 <= 'Z' {
				c0 += 'a' - 'A'
			}
		heard:
			for cand := byLen[min(k-a, 63)] & byFirst[c0]; cand != 0; cand &= cand - 1 {
				h := cs.heard[bits.TrailingZeros64(cand)]
				w := cs.word(h)
				if len(w) != k-a || h.turn == i || !equalLowerASCII(t[a:k], w) {
					continue
				}
				if carry != nil {
					for _, c := range carry[i] {
						if c == h {
							continue heard
						}
					}
				}
				if coveredBy(found[i], a, k) {
					continue
				}
				if carry == nil {
					carry = make([][]heard, len(turns))
				}
				carry[i] = append(carry[i], h)
			}
		}
	}
	for _, c := range carry {
		slices.SortFunc(c, func(x, y heard) int { return int(x.a - y.a) }) // the order heard
	}
	return carry
}

// equalLowerASCII reports whether text, its ASCII capitals folded to lower
// case, is w.
func equalLowerASCII(text string, w []byte) bool {
	for k := 0; k < len(w); k++ {
		c := text[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// coveredBy reports whether [a, b) is inside one of found.
func coveredBy(found []Finding, a, b int) bool {
	for _, f := range found {
		if f.Start <= a && b <= f.End {
			return true
		}
	}
	return false
}

// wordByte: the bytes of a word for elsewhere (ASCII letters and
// digits, and every byte of a multi-byte character).
var wordByte = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
	}
	return t
}()
