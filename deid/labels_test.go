package deid

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSpeakerLabelStyles scans the bundled conversations written as one
// transcript with the speakers labelled the ways transcription tools label
// them ("Doctor:", "[doctor]", "SPEAKER_00:", "spk_0:", "Speaker 1:") and
// requires the same findings in what is said whatever the labels: a label
// style the engine does not know would make it read a call as a clinical
// note, miss answers after the label, or run an address into the next
// label.
func TestSpeakerLabelStyles(t *testing.T) {
	convs := bundledConversations(t)
	e, err := New(nil)
	require.NoError(t, err)
	styles := map[string][2]string{
		"role":     {"Doctor: ", "Patient: "},
		"bracket":  {"[doctor] ", "[patient] "},
		"diarized": {"SPEAKER_00: ", "SPEAKER_01: "},
		"spk":      {"spk_0: ", "spk_1: "},
		"numbered": {"Speaker 1: ", "Speaker 2: "},
	}
	// what is said, line by line, that a style's findings cover
	said := func(c *Conversation, style [2]string) map[string]bool {
		var b strings.Builder
		var starts []int // where what is said starts on each line
		for _, tu := range c.Turns {
			l := style[1]
			if tu.Speaker == "clinician" {
				l = style[0]
			}
			b.WriteString(l)
			starts = append(starts, b.Len())
			b.WriteString(strings.ReplaceAll(tu.Text, "\n", " "))
			b.WriteByte('\n')
		}
		text := b.String()
		got := map[string]bool{}
		for _, fd := range e.Scan(text) {
			for li, st := range starts {
				end := len(text)
				if li+1 < len(starts) {
					end = strings.LastIndexByte(text[:starts[li+1]], '\n')
				}
				a, z := max(fd.Start, st), min(fd.End, end)
				if a < z {
					got[fmt.Sprintf("%d:%s", li, text[a:z])] = true
				}
			}
		}
		return got
	}
	for i := range convs {
		c := &convs[i]
		want := said(c, styles["role"])
		for name, st := range styles {
			if name == "role" {
				continue
			}
			assert.Equal(t, want, said(c, st), "%s: labels %q", c.ConversationID, st)
		}
	}
}

// bundledConversations reads the synthetic conversations in fixtures.
func bundledConversations(t *testing.T) []Conversation {
	t.Helper()
	f, err := os.Open("../fixtures/testdata/conversations.jsonl")
	require.NoError(t, err)
	defer f.Close()
	var convs []Conversation
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var c Conversation
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		convs = append(convs, c)
	}
	require.NotEmpty(t, convs)
	return convs
}

// bracketTranscript writes a conversation as one transcript, each turn
// on a line after its speaker in brackets ("[clinician] …").
func bracketTranscript(c *Conversation) string {
	var b strings.Builder
	for _, tu := range c.Turns {
		b.WriteString("[" + tu.Speaker + "] " + tu.Text + "\n")
	}
	return b.String()
}

var (
	spacedPunct  = regexp.MustCompile(`([,.?!;:])(\s|$)`)
	spacedClitic = regexp.MustCompile(`(\w)'(s|re|ve|ll|d|m)\b`)
	notWordChar  = regexp.MustCompile(`[^a-z0-9]+`)
)

// TestTokenisedSpeech scans the bundled conversations as written and as a
// research corpus tokenises transcripts (punctuation and clitics set apart:
// "murphy , evelyn .", "i 'm", "it 's") and requires the same identifiers
// found in both: a rule that reads a comma, a period or a possessive only
// when it is attached misses names in tokenised text.
func TestTokenisedSpeech(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	found := func(text string) map[string]bool {
		got := map[string]bool{}
		for _, fd := range e.Scan(text) {
			got[notWordChar.ReplaceAllString(strings.ToLower(text[fd.Start:fd.End]), "")] = true
		}
		return got
	}
	for _, c := range bundledConversations(t) {
		text := bracketTranscript(&c)
		tok := spacedClitic.ReplaceAllString(spacedPunct.ReplaceAllString(text, " $1$2"), "$1 '$2")
		assert.Equal(t, found(text), found(tok), "%s", c.ConversationID)
	}
}

// TestCaptionFormats scans the bundled conversations as a video visit's
// captions are kept, WebVTT (voice tags, generated cue identifiers) and
// SubRip (numbered cues, labels in capitals), each turn cut into two cues
// mid-sentence, and as a meeting tool exports a transcript (the speaker
// and the time on a line of their own, "Doctor   0:08", what is said
// under it), and requires the words found in what is said to be the
// words found in the transcript labelled "Doctor:"/"Patient:": the timings
// must not read as numbers, nor a name or number cut between two cues as
// two halves, nor the voice tags' capitals make lower-case speech cased.
func TestCaptionFormats(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	// covered lists the words of what is said that a finding touches
	// ("turn:word:text"); spans[i] are the byte ranges of turn i's words in
	// text
	covered := func(text string, spans [][][2]int) map[string]bool {
		got := map[string]bool{}
		for _, fd := range e.Scan(text) {
			for ti, ws := range spans {
				for k, w := range ws {
					if fd.Start < w[1] && w[0] < fd.End {
						got[fmt.Sprintf("%d:%d:%s", ti, k, text[w[0]:w[1]])] = true
					}
				}
			}
		}
		return got
	}
	stamp := func(ms int, comma bool) string {
		sep := "."
		if comma {
			sep = ","
		}
		return fmt.Sprintf("%02d:%02d:%02d%s%03d", ms/3600000, ms/60000%60, ms/1000%60, sep, ms%1000)
	}
	// write lays the conversation out; cue writes one cue of a turn's
	// words [a, b) and returns their spans
	write := func(c *Conversation, head string, cue func(b *strings.Builder, n int, speaker string, first bool, ws []string) []int) (string, [][][2]int) {
		var b strings.Builder
		b.WriteString(head)
		spans := make([][][2]int, len(c.Turns))
		n := 0
		for ti, tu := range c.Turns {
			ws := strings.Fields(tu.Text)
			// cut mid-turn before a word in lower case (a cue that opens
			// with a capital opens a sentence)
			cut := len(ws)
			for k := len(ws) / 2; k > 0 && k < len(ws); k++ {
				if r := ws[k][0]; r >= 'a' && r <= 'z' {
					cut = k
					break
				}
			}
			for part, rng := range [][2]int{{0, cut}, {cut, len(ws)}} {
				if rng[0] == rng[1] {
					continue
				}
				n++
				offs := cue(&b, n, tu.Speaker, part == 0, ws[rng[0]:rng[1]])
				for k, w := range ws[rng[0]:rng[1]] {
					spans[ti] = append(spans[ti], [2]int{offs[k], offs[k] + len(w)})
				}
			}
		}
		return b.String(), spans
	}
	// words writes ws separated by spaces, returning where each starts
	words := func(b *strings.Builder, ws []string) []int {
		var offs []int
		for k, w := range ws {
			if k > 0 {
				b.WriteByte(' ')
			}
			offs = append(offs, b.Len())
			b.WriteString(w)
		}
		return offs
	}
	role := map[string]string{"clinician": "Doctor", "patient": "Patient"}
	for _, c := range bundledConversations(t) {
		want := covered(write(&c, "", func(b *strings.Builder, n int, sp string, first bool, ws []string) []int {
			if first {
				if n > 1 {
					b.WriteByte('\n')
				}
				b.WriteString(role[sp] + ": ")
			} else {
				b.WriteByte(' ')
			}
			return words(b, ws)
		}))
		vtt := covered(write(&c, "WEBVTT\n\n", func(b *strings.Builder, n int, sp string, first bool, ws []string) []int {
			fmt.Fprintf(b, "6b1c0f2e-7d3a-4c4e-9d0e-0b4f7a3e9c21/%d-0\n%s --> %s\n<v %s>", n, stamp(n*4000, false), stamp(n*4000+3500, false), role[sp])
			offs := words(b, ws)
			b.WriteString("</v>\n\n")
			return offs
		}))
		srt := covered(write(&c, "", func(b *strings.Builder, n int, sp string, first bool, ws []string) []int {
			fmt.Fprintf(b, "%d\n%s --> %s\n%s: ", n, stamp(n*4000, true), stamp(n*4000+3500, true), strings.ToUpper(role[sp]))
			offs := words(b, ws)
			b.WriteString("\n\n")
			return offs
		}))
		meeting := covered(write(&c, "", func(b *strings.Builder, n int, sp string, first bool, ws []string) []int {
			if first {
				if n > 1 {
					b.WriteString("\n\n")
				}
				fmt.Fprintf(b, "%s   %d:%02d\n", role[sp], n*4/60, n*4%60)
			} else {
				b.WriteByte(' ')
			}
			return words(b, ws)
		}))
		assert.Equal(t, want, meeting, "%s: meeting export", c.ConversationID)
		assert.Equal(t, want, vtt, "%s: WebVTT", c.ConversationID)
		assert.Equal(t, want, srt, "%s: SubRip", c.ConversationID)
	}
}

var (
	markBetween = regexp.MustCompile(`([0-9A-Za-z])([/-])([0-9A-Za-z])`)
	markAfter   = regexp.MustCompile(`([0-9A-Za-z)'"])([,.:;?])(\s|$)`)
	markWords   = regexp.MustCompile(`\b(comma|period|colon|semicolon|question mark|slash|dash)\b`)
	markSaid    = map[string]string{",": "comma", ".": "period", ":": "colon", ";": "semicolon", "?": "question mark", "/": "slash", "-": "dash"}
)

// TestSpokenPunctuation scans the bundled conversations as written and as
// speech recognition writes a dictation whose punctuation is said
// ("walcott comma date of birth 4 slash 19 slash 1947 period") and requires
// the same identifiers found in both, the words that say the marks left
// out.
func TestSpokenPunctuation(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	found := func(text string) map[string]bool {
		got := map[string]bool{}
		for _, fd := range e.Scan(text) {
			w := markWords.ReplaceAllString(strings.ToLower(text[fd.Start:fd.End]), "")
			if w = notWordChar.ReplaceAllString(w, ""); w != "" {
				got[w] = true
			}
		}
		return got
	}
	for _, c := range bundledConversations(t) {
		text := bracketTranscript(&c)
		said := markBetween.ReplaceAllStringFunc(text, func(m string) string {
			return m[:1] + " " + markSaid[m[1:2]] + " " + m[2:]
		})
		said = markBetween.ReplaceAllStringFunc(said, func(m string) string { // "4/19/1947": the marks overlap
			return m[:1] + " " + markSaid[m[1:2]] + " " + m[2:]
		})
		said = markAfter.ReplaceAllStringFunc(said, func(m string) string {
			return m[:1] + " " + markSaid[m[1:2]] + m[2:]
		})
		assert.Equal(t, found(text), found(said), "%s", c.ConversationID)
	}
}

// TestRecordOrTranscript scans each bundled conversation as a record (its
// turns one by one, the encounter's known identifiers left out) and as one
// transcript labelled "Doctor:"/"Patient:", and requires the same words
// found in each turn: a rule that reads across turns must read the same in
// both, so a visit exported either way is de-identified alike.
func TestRecordOrTranscript(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	words := func(turn int, text string, a, z int, got map[string]bool) {
		for _, w := range strings.Fields(notWordChar.ReplaceAllString(strings.ToLower(text[a:z]), " ")) {
			got[fmt.Sprintf("%d:%s", turn, w)] = true
		}
	}
	role := map[string]string{"clinician": "Doctor: ", "patient": "Patient: "}
	for _, c := range bundledConversations(t) {
		c.Encounter = nil
		rec := map[string]bool{}
		for ti, fs := range e.ScanConversation(&c) {
			for _, fd := range fs {
				words(ti, c.Turns[ti].Text, fd.Start, fd.End, rec)
			}
		}
		var b strings.Builder
		var at [][2]int
		for _, tu := range c.Turns {
			b.WriteString(role[tu.Speaker])
			at = append(at, [2]int{b.Len(), b.Len() + len(tu.Text)})
			b.WriteString(tu.Text)
			b.WriteByte('\n')
		}
		text := b.String()
		doc := map[string]bool{}
		for _, fd := range e.Scan(text) {
			for ti, r := range at {
				if a, z := max(fd.Start, r[0]), min(fd.End, r[1]); a < z {
					words(ti, text, a, z, doc)
				}
			}
		}
		assert.Equal(t, rec, doc, "%s", c.ConversationID)
	}
}
