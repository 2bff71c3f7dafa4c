package deid

import "sync"

// scanner is the per-call state of a scan. Scanners are pooled: a scan
// allocates little beyond the findings it returns.
type scanner struct {
	lex       *lexicon
	text      string
	toks      []token
	low       []byte  // lower-cased forms of all tokens, see token.lo/hi
	cased     bool    // the text uses capital letters as cues (not all lower or all upper case)
	notes     bool    // the text is written in clinical shorthand (nursing and ICU notes)
	det       int     // the registry index of the detector running
	names     int     // the first finding of the name detectors (name extension reads from there)
	anyF      uint64  // the union of every token's lexicon flags, set by tokenize
	kinds     uint8   // the union of 1<<kind of every token, set by tokenize
	seen      uint32  // seenAt...: characters and words the text has, set by tokenize and markSpeech
	words     int     // the word tokens of the text, counted by markSpeech
	short     int     // the word tokens that are clinical shorthand, counted by markSpeech
	labels    int     // the speakers' labels of a transcript ("[doctor]")
	dayAt     []int32 // the tokens "day" and "years" ("year's"), noted by markSpeech for detectNamedDays
	homAt     []int32 // words that may stand for a digit ("won", "to", "for") next to a digit or a letter said alone, noted by the tokenizer and markSpeech
	tokHint   int     // the token tokAt found last (where it looks first)
	lastDigit int     // the last token the tokenizer or markSpeech read that is a digit or a letter said alone, or a word that may stand for a digit after one

	asciiUpper, asciiLower int // ASCII letters of the text by case, counted by tokenize
	known                  *Known
	found                  []Finding
	buf                    []byte
	runs                   [3]numRun  // number runs being read (buffers reused between scans)
	nctx                   numCtx     // what the number rules read about the run being typed
	mdMonths               uint16     // months the text dates things in (m/d), see pendingDates
	mdPend                 [][3]int32 // m/d pairs read as scores: first token, last token, month
	echoNums               []echoNum  // the numbers found that numberEchoes reads back (digits in echoDigits)
	echoDigits             []byte
	echoRun                []byte     // the characters of a run numberEchoes reads
	echoRuns               [][2]int32 // first and last token of what the echo rules read: runs said a character at a time (numberEchoes), ordinals (dateEchoes)
	echoMarks              []echoMark // the days or ages found that dateEchoes or ageEchoes reads again

	byteCover []int32  // per byte, scratch of repeatFindings
	cover     []uint32 // per token, the types of the findings found[:coverN] that overlap it (cover.go)
	coverN    int
	reps      []scanRep // the words repeatFindings spreads
	carry     []heard   // words other turns of the conversation took for names or places (of carryFrom)
	carryFrom *convScan
	conv      *convScan // the conversation that hears the words this text takes for names
	asked     askKind   // what the turn before asked, which this text may open by answering
	lastAsk   askKind   // what the question that ends this text asks (for the next turn)
	lineAsk   bool      // a question is read on its line alone (lineQuestions)

	wcache [1 << wcacheBits]shortSlot // see scanner.word
	wlex   *lexicon                   // the lexicon wcache holds words of
	mcache [64]misspeltSlot           // see misspeltOf
	mlex   *lexicon                   // the lexicon mcache holds answers of
}

var scannerPool = sync.Pool{New: func() any { return &scanner{} }}

// ScanKnown is Scan with the known identifiers of an encounter (k may be nil).
//
// ScanKnown never panics: should a detector fail on some text, the whole
// text is reported as one identifier (fail closed), and the scanner that
// failed is dropped rather than reused.
//
// The detectors read the text's canonical view (canon.go): the findings'
// offsets are mapped back onto text, each covering every byte of text the
// identifier is made of.
func (e *Engine) ScanKnown(text string, k *Known) (found []Finding) {
	return e.scanTurn(text, k, nil)
}

// scanTurn is ScanKnown for one turn of a conversation being scanned (cs may
// be nil).
func (e *Engine) scanTurn(text string, k *Known, cs *convScan) (found []Finding) {
	defer func() {
		if r := recover(); r != nil && text != "" {
			found = []Finding{{Start: 0, End: len(text), Type: ID, Score: 1, Source: failedSource}}
		}
	}()
	if cv, ok := captionView(text); ok {
		// the transcript a caption file holds (caption.go), mapped back in
		// two steps: a finding is cut where two cues join
		return cv.mapBack(e.scanDictated(cv.text, k, cs))
	}
	return e.scanDictated(text, k, cs)
}

// scanDictated scans the dictation view (dictation.go) of text, or text.
func (e *Engine) scanDictated(text string, k *Known, cs *convScan) []Finding {
	if dv, ok := dictationView(text); ok {
		return dv.mapBack(e.scanView(dv.text, k, cs))
	}
	return e.scanView(text, k, cs)
}

// scanView scans the canonical view (canon.go) of text.
func (e *Engine) scanView(text string, k *Known, cs *convScan) []Finding {
	v := canonicalize(text)
	if e.opts.Custom == nil && e.opts.Types == nil {
		return v.mapBack(e.scanKnown(v.text, k, cs))
	}
	return v.mapBack(e.afterScan(v.text, e.scanKnown(v.text, k, cs), k))
}

func (e *Engine) scanKnown(text string, k *Known, cs *convScan) []Finding {
	if len(text) > chunkBytes+2*chunkOverlap {
		return e.scanChunked(text, k, cs)
	}
	return e.scanText(text, k, cs)
}

// scanText scans one text (or one chunk of a long one) with a pooled
// scanner.
func (e *Engine) scanText(text string, k *Known, cs *convScan) (found []Finding) {
	defer func() {
		if r := recover(); r != nil {
			found = nil
			if text != "" {
				found = []Finding{{Start: 0, End: len(text), Type: ID, Score: 1, Source: "engine/failed"}}
			}
		}
	}()
	s := scannerPool.Get().(*scanner)
	s.lex, s.text, s.known, s.found = e.lex, text, k, s.found[:0]
	s.asked, s.lastAsk = askNone, askNone
	if cs != nil {
		s.carry, s.carryFrom = cs.carry, cs
		if cs.collect {
			s.conv = cs
		}
		if !cs.inChunk {
			s.asked = cs.askedAt(cs.turn)
		}
	}
	s.tokenize()
	s.invalidateCover()
	s.cased = casedCounts(s.asciiUpper, s.asciiLower)
	for d := range registry {
		if g := registry[d].gate; g != nil && !g(s) {
			continue
		}
		s.det = d
		registry[d].run(s)
	}
	s.checkCover()
	out := resolve(s.found, e.opts.MinScore)
	if cs != nil {
		cs.lastAsk = s.lastAsk
		if cs.collect {
			cs.echo.remember(s, cs.turn, out)
		}
	}
	s.text, s.known, s.carry, s.carryFrom, s.conv = "", nil, nil, nil, nil
	scannerPool.Put(s)
	return out
}

// any reports whether some token of the text has one of the flags f.
func (s *scanner) any(f uint64) bool { return s.anyF&f != 0 }

// hasKind reports whether some token of the text is of kind k.
func (s *scanner) hasKind(k tokKind) bool { return s.kinds&(1<<k) != 0 }

// What a text has, for the detectors that look for one character or word.
const (
	seenAt         uint32 = 1 << iota // '@'
	seenColon                         // ':'
	seenDot                           // '.'
	seenDotWord                       // the word "dot"
	seenHundred                       // the word "hundred"
	seenHome                          // the word "home" or "homes"
	seenUniv                          // the word "university", "univ" or "u"
	seenNineties                      // "nineties" (a decade of life), "ninetieth", "hundredth"
	seenScheme                        // "://"
	seenWWDot                         // "ww." or "WW."
	seenDotJoin                       // a '.' between a word or number and another token, no space around it
	seenSaint                         // the word "st", "saint" or "lady" (our lady of ...)
	seenInterstate                    // "I-" (I-95)
	seenBy                            // the word "by"
	seenEmail                         // the word "email" or "emails"
	seenQuestion                      // '?'
	seenRegion                        // a word that heads a neighbourhood's name: bay, heights, side...
	seenAsk                           // a word a question for an identifier says: name, birth, phone... (see askBloom)
	seenDayWord                       // a word that ends a holiday's name: "day", "years", "night" (memorial day, new year's, bonfire night)
	seenNato                          // a word of the spelling alphabet that is no everyday word: alpha, bravo, foxtrot, xray...
	seenShort                         // the word "short" (liz, short for elizabeth)
	seenCalled                        // the word "called" or "named"
	seenRoyal                         // the word "royal" (the royal ferrybridge)
	seenLevel                         // a word that ends a school's name: high, elementary, prep...
	seenShop                          // a word that ends a shop's name: pharmacy, chemist, dental...
	seenCode                          // "cpt" or "hcpcs": the text talks of billing codes
	seenPractice                      // a capitalised word that ends a practice's name: Pediatrics, Family Medicine, Laboratories...
	seenDe                            // the word "de" ("14 de marzo", detectRomanceDates)
)

// hasSeen reports whether the text has one of the characters or words b.
func (s *scanner) hasSeen(b uint32) bool { return s.seen&b != 0 }

// hasDigits reports whether some token of the text has a digit.
func (s *scanner) hasDigits() bool { return s.kinds&(1<<tkNum|1<<tkAlnum) != 0 }

// casedCounts reports whether capital letters carry meaning in a text
// with that many upper- and lower-case ASCII letters: the text has both
// cases, and at least a few per cent of its letters are capitals but not
// most of them. tokenize counts the letters as it goes.
func casedCounts(upper, lower int) bool {
	if lower == 0 || upper == 0 {
		return false
	}
	return upper*2 < lower+upper && upper*100 >= (lower+upper)
}

// add records a finding over tokens [i, j] inclusive. A name keeps its
// possessive outside: "[Gutierrez]'s office".
func (s *scanner) add(i, j int, t Type, score float64, src string) {
	end := int(s.toks[j].end)
	switch t {
	case Name, City, County, Facility, Location:
		// a saint's or a mount's place starts with its title: "[Mt. Sinai]",
		// "[St. Luke's]", not "Mt. [Sinai]"
		if k := i - 2; k >= 0 && s.isPunct(i-1, '.') && s.toks[k].end == s.toks[i-1].start && s.toks[k].kind == tkWord && s.toks[k].has(shCap) {
			if w := string(s.lowerTok(k)); w == "st" || w == "mt" {
				i = k
			}
		}
	}
	switch t {
	case Name, City, County:
		// facilities keep theirs: "St. Mary's", "Children's"
		// and so does a saint's place: "St Mary's", "Saint Agnes's"
		if s.toks[j].has(shPoss) && !(j > i && (string(s.lowerTok(i)) == "st" || string(s.lowerTok(i)) == "saint")) { // "[Boston]'s", "[Chloe]'s"
			end = possStem(s.text, int(s.toks[j].start), end)
		}
	}
	s.found = append(s.found, Finding{Start: int(s.toks[i].start), End: end, Type: t, Score: score, Source: src})
	if traceHook != nil {
		traceHook(s.det, src)
	}
}

// traceHook, when set (by tests only), sees the registry index and Source
// of every finding as it is added.
var traceHook func(det int, src string)

// detectKnownIfAny runs the known-identifier detector when the encounter
// has any.
func (s *scanner) detectKnownIfAny() {
	if s.known != nil && !s.known.empty() {
		s.detectKnown()
	}
}

// lowerStem is the lower-cased token k without the 's of a possessive or
// a contraction ("birthday's", "postcode's" read as "birthday",
// "postcode"); the lower-cased form has dropped the apostrophe, so the
// stem is as long as the text before it.
func (s *scanner) lowerStem(k int) []byte {
	w, t := s.lowerTok(k), &s.toks[k]
	if !t.has(shPoss) {
		return w
	}
	if n := possStem(s.text, int(t.start), int(t.end)) - int(t.start); n < len(w) {
		return w[:n]
	}
	return w
}

// possStem returns the end of a possessive word without its 's.
func possStem(text string, start, end int) int {
	if end-start > 2 && text[end-2] == '\'' {
		if end-start > 3 && text[end-3] == ' ' {
			return end - 3 // "denise 's": speech tokenised apart
		}
		return end - 2
	}
	if end-start > 4 && text[end-4:end-1] == "\u2019" {
		return end - 4
	}
	return end
}

func (s *scanner) addBytes(start, end int, t Type, score float64, src string) {
	s.found = append(s.found, Finding{Start: start, End: end, Type: t, Score: score, Source: src})
	if traceHook != nil {
		traceHook(s.det, src)
	}
}

// resolve sorts findings and merges overlaps: the union of the spans is kept
// (recall first) with the type of the highest-scoring member.
func resolve(fs []Finding, minScore float64) []Finding {
	if len(fs) == 0 {
		return nil
	}
	// a new slice: fs is the pooled scanner's buffer
	out := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if f.Score >= minScore {
			out = append(out, f)
		}
	}
	return mergeSorted(out)
}

// tokText is the raw text of token i.
func (s *scanner) tokText(i int) string { return s.text[s.toks[i].start:s.toks[i].end] }

// lowerTok returns the lower-cased text of token i, apostrophes dropped
// (a view of the scanner's buffer: do not modify or keep it).
func (s *scanner) lowerTok(i int) []byte { return s.low[s.toks[i].lo:s.toks[i].hi] }

// gap reports whether tokens i and i+1 are separated by white space only
// (or nothing).
func (s *scanner) adjacent(i, j int) bool {
	return j < len(s.toks) && i >= 0 && s.toks[i].end <= s.toks[j].start
}

// prevWord returns the index of the closest word token before i, skipping
// up to maxPunct punctuation tokens, or -1.
func (s *scanner) prevWord(i, maxPunct int) int {
	for k := i - 1; k >= 0; k-- {
		if s.toks[k].kind != tkPunct {
			return k
		}
		if maxPunct--; maxPunct < 0 {
			return -1
		}
	}
	return -1
}

// nextWord returns the index of the closest non-punctuation token after i,
// skipping up to maxPunct punctuation tokens, or -1.
func (s *scanner) nextWord(i, maxPunct int) int {
	for k := i + 1; k < len(s.toks); k++ {
		if s.toks[k].kind != tkPunct {
			return k
		}
		if maxPunct--; maxPunct < 0 {
			return -1
		}
	}
	return -1
}

func (s *scanner) isPunct(i int, b byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tkPunct && s.text[s.toks[i].start] == b
}
