package deid

import (
	"bytes"
	"sort"
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
	cs.echo.init()
	for i := range c.Turns {
		cs.turn = i
		if i > 0 && cs.lastAsk != askNone && c.Turns[i].Speaker != c.Turns[i-1].Speaker {
			// the turn before asked for an identifier: this one may answer
			cs.setAsked(i, cs.lastAsk, len(c.Turns))
		}
		cs.lastAsk = askNone
		out[i] = e.scanTurn(c.Turns[i].Text, k, cs)
	}
	if len(cs.heard) == 0 {
		return out
	}
	cs.collect = false
	for i, carry := range cs.elsewhere(c.Turns, out) {
		if len(carry) > 0 {
			cs.turn, cs.carry = i, carry
			out[i] = e.scanTurn(c.Turns[i].Text, k, cs)
		}
	}
	return out
}

// convScan carries the words taken for names and places between the turns
// of one conversation.
type convScan struct {
	collect bool      // hear the words of the turns scanned
	turn    int       // the turn being scanned
	buf     []byte    // the words heard, one after the other
	heard   []heard   // words of buf
	carry   []heard   // the words to spread in the turn being scanned
	asked   []askKind // per turn, what the turn before asked for (nil: nothing)
	lastAsk askKind   // what the question that ends the turn just scanned asks for
	inChunk bool      // a chunk of a long turn past its start is being scanned
	echo    echoMem   // what the turns found that later turns may say again

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

// setAsked notes that turn i may answer a question of kind k (of n turns).
func (cs *convScan) setAsked(i int, k askKind, n int) {
	if cs.asked == nil {
		cs.asked = make([]askKind, n)
	}
	cs.asked[i] = k
}

// askedAt returns what the turn before turn i asked for.
func (cs *convScan) askedAt(i int) askKind {
	if i < len(cs.asked) {
		return cs.asked[i]
	}
	return askNone
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
// says one). The turns are
// searched as one text, folded to lower case once, each word once.
func (cs *convScan) elsewhere(turns []Turn, found [][]Finding) [][]heard {
	starts := make([]int, len(turns)+1)
	n := 0
	for i := range turns {
		starts[i] = n
		n += len(turns[i].Text) + 1
	}
	starts[len(turns)] = n
	low := make([]byte, n)
	for i := range turns {
		low[starts[i+1]-1] = '\n'
		copy(low[starts[i]:], turns[i].Text)
	}
	for k, c := range low {
		if c-'A' < 26 {
			low[k] = c + ('a' - 'A')
		}
	}
	var carry [][]heard // made at the first word carried
	for _, h := range cs.heard {
		w := cs.word(h)
		for from := 0; ; {
			j := bytes.Index(low[from:], w)
			if j < 0 {
				break
			}
			a := from + j
			b := a + len(w)
			from = a + 1
			if a > 0 && wordByte[low[a-1]] || b < len(low) && wordByte[low[b]] {
				continue
			}
			i := sort.SearchInts(starts, a+1) - 1 // the turn that says it
			if h.turn == i || carry != nil && len(carry[i]) > 0 && carry[i][len(carry[i])-1] == h || coveredBy(found[i], a-starts[i], b-starts[i]) {
				continue
			}
			if carry == nil {
				carry = make([][]heard, len(turns))
			}
			carry[i] = append(carry[i], h)
		}
	}
	return carry
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
