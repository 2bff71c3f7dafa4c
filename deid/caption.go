package deid

import "strings"

// A recorded visit is often kept as its captions: a video meeting's WebVTT
// export, a SubRip (.srt) file from a captioning service. What is said is
// cut into cues, each under a line of timings, in WebVTT with the speaker
// in a voice tag:
//
//	WEBVTT
//
//	1
//	00:00:07.120 --> 00:00:11.040
//	<v Dr. Alvarez>And your number is five oh three</v>
//
//	00:00:11.120 --> 00:00:13.900
//	<v Dr. Alvarez>five five five, zero one nine two?</v>
//
// Read as it is written, the timings are numbers next to numbers, the voice
// tags' capitals make lower-case speech look cased, and a number or a name
// cut between two cues is two halves. The caption view is the transcript
// the captions hold: the header, the timing lines and the cue numbers
// dropped, what is said in a cue run on from the cue before with a space,
// and a new line for each change of speaker, the voice tag's name made a
// label ("Dr. Alvarez: ..."); other cue markup (<i>, <c.yellow>, inline
// timestamps) dropped. Every byte of the view comes from the original (a
// space that joins two cues, from the line break it stands for), so the
// findings map back as the canonical view's do; a finding that runs over a
// cue's end covers the timings between its halves too.
//
// Only what cannot hold an identifier is dropped: a timing line, the
// "WEBVTT" header word, and a cue's identifier when it is digits, hex and
// separators ("17", "6b1c0f2e-7d3a-4c4e-9d0e-0b4f7a3e9c21/18-0"). A cue
// identifier in words, a NOTE, a title after "WEBVTT" are read as lines of
// their own.

// captionView returns the caption view of s, and false when s holds no
// caption timing line.
func captionView(s string) (canonView, bool) {
	if !strings.Contains(s, "-->") {
		return canonView{}, false
	}
	c := captionBuilder{viewBuilder: viewBuilder{src: s}}
	timings := 0
	first := true
	inCue := false
	for a := 0; a < len(s); {
		b := strings.IndexByte(s[a:], '\n')
		if b < 0 {
			b = len(s)
		} else {
			b += a
		}
		line := strings.TrimRight(s[a:b], "\r")
		next := b + 1
		switch {
		case strings.TrimSpace(line) == "":
			inCue = false
		case isCueTiming(line):
			timings++
			inCue = true
		case first && strings.HasPrefix(strings.TrimPrefix(line, "\ufeff"), "WEBVTT"):
			// the header: a title after it is read
			k := strings.Index(line, "WEBVTT") + len("WEBVTT")
			if strings.TrimSpace(line[k:]) != "" {
				c.payload(a+k, a+len(line), true)
			}
		case !inCue && isCueID(line) && next < len(s) && isCueTiming(nextLine(s, next)):
			// a cue's number or generated identifier
		default:
			// what is said, or a NOTE or a cue identifier in words (read on
			// a line of its own)
			c.payload(a, a+len(line), !inCue)
		}
		first = false
		a = next
	}
	if timings == 0 {
		return canonView{}, false
	}
	c.end()
	v := c.view()
	v.cuts = c.cuts
	return v, true
}

// nextLine returns the line of s that starts at a, without its line break.
func nextLine(s string, a int) string {
	if b := strings.IndexByte(s[a:], '\n'); b >= 0 {
		return strings.TrimRight(s[a:a+b], "\r")
	}
	return s[a:]
}

// isCueTiming reports whether line is a cue's timings: "00:00:07.120 -->
// 00:00:11.040" (WebVTT, hours optional, cue settings after), "00:00:07,120
// --> 00:00:11,040" (SubRip).
func isCueTiming(line string) bool {
	line = strings.TrimSpace(line)
	k := strings.Index(line, "-->")
	if k < 0 {
		return false
	}
	left := strings.TrimSpace(line[:k])
	right := strings.TrimSpace(line[k+3:])
	if sp := strings.IndexAny(right, " \t"); sp >= 0 {
		right = right[:sp] // cue settings: "align:start position:10%"
	}
	return isCueTime(left) && isCueTime(right)
}

// isCueTime reports whether t is a timestamp of a cue: [hh:]mm:ss.ttt or
// hh:mm:ss,ttt.
func isCueTime(t string) bool {
	dot := strings.LastIndexAny(t, ".,")
	if dot < 0 || len(t)-dot-1 < 1 || len(t)-dot-1 > 3 || !allDigits(t[dot+1:]) {
		return false
	}
	parts := strings.Split(t[:dot], ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if len(p) < 1 || len(p) > 3 || !allDigits(p) {
			return false
		}
	}
	return true
}

// isCueID reports whether line is a cue identifier that can name no one:
// digits, hex digits and separators, with a digit.
func isCueID(line string) bool {
	line = strings.TrimSpace(line)
	digit := false
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'a' && c <= 'f', c >= 'A' && c <= 'F', c == '-', c == '/', c == '_', c == '.':
		default:
			return false
		}
	}
	return digit
}

// viewBuilder writes a view of src whose every byte knows the bytes of
// src it comes from (the caption and dictation views).
type viewBuilder struct {
	src    string
	out    []byte
	lo, hi []int32
}

// emit writes src[i:j] as it is.
func (c *viewBuilder) emit(i, j int) {
	c.out = append(c.out, c.src[i:j]...)
	for k := i; k < j; k++ {
		c.lo = append(c.lo, int32(k))
		c.hi = append(c.hi, int32(k+1))
	}
}

// put writes seg, every byte of it from src[i:j].
func (c *viewBuilder) put(seg string, i, j int) {
	c.out = append(c.out, seg...)
	for range len(seg) {
		c.lo = append(c.lo, int32(i))
		c.hi = append(c.hi, int32(j))
	}
}

// view returns what is written as a view of src.
func (c *viewBuilder) view() canonView {
	return canonView{text: string(c.out), lo: c.lo, hi: c.hi, n: len(c.src)}
}

// captionBuilder writes the caption view.
type captionBuilder struct {
	viewBuilder
	cuts    []int32  // the bytes of out that join two lines of the original
	speaker string   // the voice or label of the line being written
	tail    [][2]int // labels said again by the speaker of the line before (see defer_)
	own     bool     // the line being written is no cue's (a NOTE, a title): the next starts a line
}

// sep joins what comes from src[at:] to what is written: a new line when
// newLine, else a space; nothing at the start.
func (c *captionBuilder) sep(at int, newLine bool) {
	if len(c.out) == 0 {
		return
	}
	p := max(at-1, 0) // the line break before the line
	c.cuts = append(c.cuts, int32(len(c.out)))
	if newLine || c.own {
		c.put("\n", p, p+1)
	} else {
		c.put(" ", p, p+1)
	}
}

// defer_ notes a speaker's label src[i:j] said again, to be read on a line
// of its own at the end of the view.
func (c *captionBuilder) defer_(i, j int) {
	c.tail = append(c.tail, [2]int{i, j})
}

// end writes the labels said again, a line each.
func (c *captionBuilder) end() {
	for _, l := range c.tail {
		if len(c.out) > 0 {
			c.cuts = append(c.cuts, int32(len(c.out)))
			c.put("\n", l[0], l[0]+1)
		}
		c.emit(l[0], l[1])
		c.put(":", l[1]-1, l[1])
	}
}

// payload writes the text of a cue's line src[a:b] (own: a line of its
// own, no cue's), its markup dropped and its voice tags made labels.
func (c *captionBuilder) payload(a, b int, own bool) {
	for a < b && (c.src[a] == ' ' || c.src[a] == '\t') {
		a++
	}
	if a == b {
		return
	}
	// a line that opens with a speaker's label or a speaker change starts
	// a line of the view: "DOCTOR: ...", "[nurse] ...", "- Yes." (SubRip's
	// dash for a second speaker), ">> ..." (broadcast captions)
	label, mark := opensTurn(c.src[a:b])
	newLine := own || mark || label > 0
	start := a
	switch {
	case label > 0 && !own && strings.EqualFold(c.src[a:a+label], c.speaker):
		// the same speaker's label again ("PATIENT: Best is 541 555" then
		// "PATIENT: 0962"): what is said runs on, the label is read at the
		// end of the view
		c.defer_(a, a+label)
		start, newLine = a+label+1, false
		for start < b && (c.src[start] == ' ' || c.src[start] == '\t') {
			start++
		}
	case label > 0:
		c.speaker = c.src[a : a+label]
	case mark:
		c.speaker = ""
	}
	wrote := false
	for i := start; i < b; {
		if c.src[i] != '<' {
			j := strings.IndexByte(c.src[i:b], '<')
			if j < 0 {
				j = b
			} else {
				j += i
			}
			if !wrote {
				// a cue that opens with a capital opens a sentence: "or
				// indeed" then "Brain cancer, I know" is no name
				c.sep(a, newLine || capWord(c.src[i:j]))
				wrote = true
			}
			c.emit(i, j)
			i = j
			continue
		}
		n, voice := cueTag(c.src[i:b])
		if n == 0 {
			if !wrote {
				c.sep(a, newLine)
				wrote = true
			}
			c.emit(i, i+1) // a '<' of what is said
			i++
			continue
		}
		if voice != "" {
			name := strings.TrimSpace(voice)
			if !strings.EqualFold(name, c.speaker) || !wrote && newLine {
				c.speaker = name
				if wrote || len(c.out) > 0 {
					c.cuts = append(c.cuts, int32(len(c.out)))
					c.put("\n", i, i+1)
				}
				at := i + strings.Index(c.src[i:i+n], name)
				c.emit(at, at+len(name))
				c.put(": ", i+n-1, i+n)
				wrote = true
			} else {
				// the same voice again: what is said runs on, the name is
				// read at the end of the view
				at := i + strings.Index(c.src[i:i+n], name)
				c.defer_(at, at+len(name))
			}
		}
		i += n
	}
	c.own = own
}

// capWord reports whether t opens with a capitalised word ("Brain", not
// "BRAIN" or "brain").
func capWord(t string) bool {
	return len(t) >= 2 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'a' && t[1] <= 'z'
}

// cueTag returns the length of the cue markup tag t starts with ("<v
// Dr. Alvarez>", "</v>", "<i>", "<c.yellow>", "<00:00:08.500>"), and the
// voice a voice tag names; 0 when t starts with no tag.
func cueTag(t string) (n int, voice string) {
	end := strings.IndexByte(t, '>')
	if end < 2 || end > 80 {
		return 0, ""
	}
	in := t[1:end]
	if isCueTime(in) {
		return end + 1, ""
	}
	name := strings.TrimPrefix(in, "/")
	tag, rest, _ := strings.Cut(name, " ")
	cls := strings.IndexByte(tag, '.')
	if cls >= 0 {
		tag = tag[:cls]
	}
	switch tag {
	case "v":
		if in[0] == '/' || strings.TrimSpace(rest) == "" {
			return end + 1, ""
		}
		return end + 1, rest
	case "c", "i", "b", "u", "lang", "ruby", "rt", "font":
		return end + 1, ""
	}
	return 0, ""
}

// opensTurn reads how a line of captions opens: with a speaker's label
// ("DOCTOR:", "Dr. Okafor:", "INTERPRETER (ANA):": the length of the label
// before its ':'), or with a mark of a new speaker ("- ", ">>", "[nurse]").
func opensTurn(l string) (label int, mark bool) {
	switch {
	case strings.HasPrefix(l, "- "), strings.HasPrefix(l, ">>"), strings.HasPrefix(l, "["):
		return 0, true
	}
	k := strings.IndexByte(l, ':')
	if k <= 0 || k > 40 || k+1 < len(l) && l[k+1] != ' ' && l[k+1] != '\t' {
		return 0, false
	}
	for i := 0; i < k; i++ {
		switch c := l[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c >= 0x80,
			c == ' ', c == '.', c == '_', c == '-', c == '\'', c == ',', c == '(', c == ')':
		default:
			return 0, false
		}
	}
	return k, false
}
