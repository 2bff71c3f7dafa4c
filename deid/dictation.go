package deid

import "strings"

// A clinician dictating (a letter, a referral, the visit's summary at the
// end of an ambient recording) speaks the punctuation, and speech
// recognition that does not act on voice commands writes it as words:
//
//	patient colon ernestine walcott comma date of birth 4 slash 19 slash
//	1947 comma can be reached at 313 dash 555 dash 0147 period new paragraph
//
// Read as written, "4 slash 19 slash 1947" is three numbers, "313 dash 555
// dash 0147" no phone, and "walcott comma date" runs a name into the next
// words. The dictation view writes the spoken marks as the marks they
// stand for ("walcott, date of birth 4/19/1947, can be reached at
// 313-555-0147.\n\n"), each mark's bytes coming from the words that said
// it, so findings map back over the words.
//
// A text is dictation when it says "comma" twice and four marks in all; a
// word that is also a mark keeps its sense where its neighbours give it one
// ("her last menstrual period", "a period of", "the sigmoid colon", "a dash
// of").

// spokenMark is a punctuation mark said as words.
type spokenMark struct {
	words []string // lower case
	out   string
	join  int8 // -1 attaches to the word before, 1 to the word after, 2 to both, 0 neither (a line break)
}

var spokenMarks = []spokenMark{
	{[]string{"new", "paragraph"}, "\n\n", 0},
	{[]string{"next", "paragraph"}, "\n\n", 0},
	{[]string{"new", "line"}, "\n", 0},
	{[]string{"next", "line"}, "\n", 0},
	{[]string{"full", "stop"}, ".", -1},
	{[]string{"question", "mark"}, "?", -1},
	{[]string{"exclamation", "point"}, "!", -1},
	{[]string{"exclamation", "mark"}, "!", -1},
	{[]string{"semi", "colon"}, ";", -1},
	{[]string{"forward", "slash"}, "/", 2},
	{[]string{"open", "paren"}, "(", 1},
	{[]string{"open", "parenthesis"}, "(", 1},
	{[]string{"left", "paren"}, "(", 1},
	{[]string{"close", "paren"}, ")", -1},
	{[]string{"closed", "paren"}, ")", -1},
	{[]string{"close", "parenthesis"}, ")", -1},
	{[]string{"end", "paren"}, ")", -1},
	{[]string{"right", "paren"}, ")", -1},
	{[]string{"open", "quote"}, "\"", 1},
	{[]string{"begin", "quote"}, "\"", 1},
	{[]string{"end", "quote"}, "\"", -1},
	{[]string{"close", "quote"}, "\"", -1},
	{[]string{"comma"}, ",", -1},
	{[]string{"period"}, ".", -1},
	{[]string{"colon"}, ":", -1},
	{[]string{"semicolon"}, ";", -1},
	{[]string{"slash"}, "/", 2},
	{[]string{"dash"}, "-", 2},
	{[]string{"hyphen"}, "-", 2},
	{[]string{"quote"}, "\"", 1},
	{[]string{"unquote"}, "\"", -1},
}

// dictRun is a run of text that is no white space: its bounds in the
// original and its letters and digits in lower case.
type dictRun struct {
	a, b int
	low  string
}

// saysComma reports whether s holds "comma", "Comma" or "COMMA". It looks
// for "mma" and "MMA" first: 'm' is a third as common as 'o' in English, so
// the byte search behind strings.Index stops less often than it did on
// "omma" (2 % of a scan of conversation turns).
func saysComma(s string) bool {
	for _, mma := range [2]string{"mma", "MMA"} {
		for a := 1; a+3 <= len(s); {
			j := strings.Index(s[a:], mma)
			if j < 0 {
				break
			}
			if c := s[a+j-1]; c == mma[0]+'o'-'m' {
				return true
			}
			a += j + 1
		}
	}
	return false
}

// dictationView returns the dictation view of s, and false when s is no
// dictation.
func dictationView(s string) (canonView, bool) {
	if !saysComma(s) {
		return canonView{}, false
	}
	runs := dictRuns(s)
	commas, marks := 0, 0
	for i := range runs {
		if m, _ := spokenMarkAt(runs, i); m != nil {
			marks++
			if m.out == "," {
				commas++
			}
		}
	}
	if commas < 2 || marks < 4 {
		return canonView{}, false
	}
	c := viewBuilder{src: s}
	prevEnd := 0 // where the run before ends (the white space after it is not written yet)
	glue := true // the next run attaches to what is written (no white space between)
	for i := 0; i < len(runs); {
		r := runs[i]
		m, n := spokenMarkAt(runs, i)
		if m == nil {
			if !glue {
				c.emit(prevEnd, r.a)
			}
			c.emit(r.a, r.b)
			prevEnd, glue = r.b, false
			i++
			continue
		}
		end := runs[i+n-1].b
		if m.join == 1 && !glue {
			c.emit(prevEnd, r.a) // "( ", the space before an opening mark
		}
		c.put(m.out, r.a, end)
		prevEnd, glue = end, m.join != -1
		i += n
	}
	if prevEnd < len(s) {
		c.emit(prevEnd, len(s))
	}
	return c.view(), true
}

// dictRuns splits s at white space.
func dictRuns(s string) []dictRun {
	var runs []dictRun
	for i := 0; i < len(s); {
		if byteClass[s[i]] == bcSpace {
			i++
			continue
		}
		j := i
		for j < len(s) && byteClass[s[j]] != bcSpace {
			j++
		}
		runs = append(runs, dictRun{a: i, b: j, low: strings.ToLower(s[i:j])})
		i = j
	}
	return runs
}

// spokenMarkAt returns the spoken mark the runs from i say and how many runs it
// takes, or nil.
func spokenMarkAt(runs []dictRun, i int) (*spokenMark, int) {
	for k := range spokenMarks {
		m := &spokenMarks[k]
		if i+len(m.words) > len(runs) {
			continue
		}
		ok := true
		for w, word := range m.words {
			ok = ok && runs[i+w].low == word
		}
		if ok && !markInSense(runs, i, m) {
			return m, len(m.words)
		}
	}
	return nil, 0
}

// markInSense reports whether the word of a mark at run i is said in its
// everyday sense: "her last menstrual period", "a period of", "the sigmoid
// colon", "colon cancer", "a dash of".
func markInSense(runs []dictRun, i int, m *spokenMark) bool {
	if len(m.words) != 1 {
		return false
	}
	prev, next := "", ""
	if i > 0 {
		prev = runs[i-1].low
	}
	if i+1 < len(runs) {
		next = runs[i+1].low
	}
	switch m.words[0] {
	case "period":
		switch prev {
		case "a", "the", "this", "that", "last", "menstrual", "grace", "postpartum", "refractory", "waiting", "incubation", "trial", "washout", "recovery", "her", "my", "your", "his", "their", "same", "time", "free", "observation", "perioperative", "neonatal":
			return true
		}
		return next == "of" || next == "was" || next == "is"
	case "colon":
		switch prev {
		case "the", "sigmoid", "ascending", "descending", "transverse", "right", "left", "his", "her", "your", "my", "entire", "whole", "of", "distal", "proximal", "spastic", "redundant":
			return true
		}
		switch next {
		case "cancer", "polyp", "polyps", "mass", "wall", "resection", "and":
			return true
		}
	case "dash":
		return prev == "a" && next == "of" // not "A dash A dash R ..."
	case "quote":
		return prev == "a"
	}
	return false
}
