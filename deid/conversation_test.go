package deid

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// turnSpans returns the text of each finding of each turn.
func turnSpans(c *Conversation, found [][]Finding) [][]string {
	out := make([][]string, len(found))
	for i, fs := range found {
		for _, f := range fs {
			out[i] = append(out[i], c.Turns[i].Text[f.Start:f.End])
		}
	}
	return out
}

func conversation(turns ...string) *Conversation {
	c := &Conversation{ConversationID: "c1"}
	for _, t := range turns {
		c.Turns = append(c.Turns, Turn{Speaker: "patient", Text: t})
	}
	return c
}

// A name or place found in one turn is redacted where another turn says it
// with no cue, before or after, in any case.
func TestScanConversationCarriesNamesBetweenTurns(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	c := conversation(
		"i think zorvath knows about it.",
		"this is dr zorvath. we went to the Quarrington clinic before.",
		"okay. any pain today?",
		"we moved back to quarrington in june. ZORVATH agreed.",
	)
	found := e.ScanConversation(c)
	require.Len(t, found, 4)
	assert.True(t, coveredWord(c.Turns[1].Text, found[1], "zorvath"))
	assert.True(t, coveredWord(c.Turns[1].Text, found[1], "Quarrington"))
	assert.True(t, coveredWord(c.Turns[0].Text, found[0], "zorvath"), "a name said before its cue")
	assert.True(t, coveredWord(c.Turns[3].Text, found[3], "quarrington"), "a place said after its cue")
	assert.True(t, coveredWord(c.Turns[3].Text, found[3], "ZORVATH"), "in capitals")
	assert.Empty(t, found[2])

	// each turn alone finds none of them: they come from the conversation
	for _, i := range []int{0, 3} {
		alone := e.Scan(c.Turns[i].Text)
		for _, w := range []string{"zorvath", "quarrington", "ZORVATH"} {
			assert.False(t, coveredWord(c.Turns[i].Text, alone, w), "turn %d alone: %s", i, w)
		}
	}
}

// Everyday words and clinical words do not spread, however another turn
// used them, and a word a turn finds itself is not scanned twice.
func TestScanConversationKeepsEverydayWords(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	c := conversation(
		"this is my son, will.",
		"will you lie back for me. the pain will ease.",
		"we saw Dr. Parkinson for the tremor.",
		"is it parkinson disease?",
	)
	got := turnSpans(c, e.ScanConversation(c))
	assert.Contains(t, got[0], "will")
	assert.Empty(t, got[1])
	assert.Empty(t, got[3])
}

// A given name that is also an everyday word spreads from the turn that
// names it only where a word can stand only for a person.
func TestScanConversationCarriesWordNames(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	c := conversation(
		"this is my daughter, hope.",
		"hope keeps all the papers.",
		"i hope so. no hope of that.",
		"what's hope's number?",
	)
	got := turnSpans(c, e.ScanConversation(c))
	assert.Contains(t, got[0], "hope")
	assert.Contains(t, got[1], "hope", "before what a person does")
	assert.Empty(t, got[2], "the verb and the noun stay")
	assert.Contains(t, got[3], "hope", "a possessive")
}

// The words carried are bounded, and findings never overlap after a turn
// is scanned again.
func TestScanConversationBounded(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	var turns []string
	names := []string{"Ardith", "Bexley", "Caspian", "Delphine", "Ezekiel", "Florian", "Gideon", "Henrietta"}
	for _, n := range names {
		turns = append(turns, "this is my friend "+n+".")
	}
	turns = append(turns, "so "+strings.Join(names, " ")+" all came")
	c := conversation(turns...)
	found := e.ScanConversation(c)
	last := len(turns) - 1
	for _, n := range names {
		assert.True(t, coveredWord(c.Turns[last].Text, found[last], n), n)
	}
	for _, fs := range found {
		for k := 1; k < len(fs); k++ {
			assert.LessOrEqual(t, fs[k-1].End, fs[k].Start)
		}
	}

	cs := &convScan{}
	for i := 0; i < maxHeard+10; i++ {
		cs.turn = i
		cs.hear([]scanRep{{w: []byte{'w', byte('a' + i%26), byte('a' + i/26)}, typ: Name}})
	}
	assert.Len(t, cs.heard, maxHeard)
}

// coveredWord reports whether every byte of the first w in text is inside
// a finding.
func coveredWord(text string, fs []Finding, w string) bool {
	a := strings.Index(text, w)
	if a < 0 {
		return false
	}
	for _, f := range fs {
		if f.Start <= a && a+len(w) <= f.End {
			return true
		}
	}
	return false
}

func TestConvScanElsewhere(t *testing.T) {
	cs := &convScan{collect: true, turn: 1}
	cs.hear([]scanRep{{w: []byte("tobiah"), typ: Name, score: repeatScore}, {w: []byte("quarrington"), typ: City, score: repeatScore}})
	cs.turn = 2
	cs.hear([]scanRep{{w: []byte("quarrington"), typ: City, score: repeatScore}, {w: []byte("zev"), typ: Name, score: repeatScore}, {w: []byte("mcbride"), typ: Name, score: repeatScore}})
	// words returns the words carried into the turn at: the other turns say nothing
	words := func(at int, text string, found ...Finding) (out []string) {
		turns := make([]Turn, 4)
		turns[at].Text = text
		fs := make([][]Finding, 4)
		fs[at] = found
		carry := cs.elsewhere(turns, fs)
		if carry == nil {
			return nil // no word carried anywhere
		}
		require.Len(t, carry, len(turns))
		for i := range carry {
			if i != at {
				assert.Empty(t, carry[i])
			}
		}
		for _, h := range carry[at] {
			out = append(out, string(cs.word(h)))
		}
		return out
	}
	assert.Equal(t, []string{"tobiah"}, words(0, "then Tobiah came"))
	assert.Empty(t, words(1, "then Tobiah came"), "heard in this turn only")
	assert.Equal(t, []string{"quarrington"}, words(1, "back to QUARRINGTON"), "heard in several turns")
	assert.Empty(t, words(0, "then Tobiahs came, xtobiah too"), "part of a longer word")
	assert.Empty(t, words(0, "then Tobiah came", Finding{Start: 5, End: 11}), "covered")
	assert.Equal(t, []string{"tobiah"}, words(0, "Tobiah and tobiah", Finding{Start: 0, End: 6}), "the second is not covered")
	assert.Equal(t, []string{"tobiah", "zev"}, words(0, "tobiah, zev and tobiah"), "each word once")
	assert.Equal(t, []string{"zev", "mcbride"}, words(0, "Zev, ZEV, zEV and McBride"), "in any case")
	assert.Empty(t, words(3, ""))
	assert.Equal(t, []string{"tobiah"}, words(3, "tobiah"), "the last turn, whole")
}

// What one turn found is found again when a turn soon after says it back:
// a piece of a number read back digit by digit, a day agreed on, an age
// repeated. Not before the number was said, and not many turns later.
func TestScanConversationCarriesEchoes(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	c := conversation(
		"and the best number to reach you",
		"my cell is five five five two one seven four four three nine",
		"two one seven",
		"four four three nine yes",
		"and your next visit is on june fourteenth",
		"the fourteenth is fine",
		"how old is your mother now",
		"she turned ninety four in may",
		"ninety four wow",
		"okay",
		"okay",
		"okay",
		"okay",
		"okay",
		"two one seven",
	)
	got := turnSpans(c, e.ScanConversation(c))
	assert.Equal(t, []string{"two one seven"}, got[2], "read back")
	assert.Equal(t, []string{"four four three nine"}, got[3], "read back")
	assert.Contains(t, got[5], "fourteenth", "the day agreed on")
	assert.Contains(t, got[8], "ninety four", "the age said again")
	assert.Empty(t, got[14], "too many turns later")

	before := conversation(
		"take one two three tablets",
		"my cell is five five five two one seven four four three nine",
	)
	got = turnSpans(before, e.ScanConversation(before))
	assert.Empty(t, got[0], "digits said before the number are not its echo")
}

// In one long text (a whole conversation, or many excerpts) every number,
// day and age found may be said back, not only the first few.
func TestScanEchoesInLongText(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	var b strings.Builder
	digits := []string{"one", "two", "three", "four", "six", "seven", "eight", "nine"}
	for k := 0; k < 8; k++ {
		// eight phone numbers, each read back in part
		d := digits[k]
		fmt.Fprintf(&b, "[patient] my number is five five five %s oh %s three one two two [doctor] %s oh %s [patient] right. ", d, d, d, d)
	}
	for _, day := range []string{"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"} {
		fmt.Fprintf(&b, "[doctor] you came in on march %s [patient] yes the %s. ", day, day)
	}
	text := b.String()
	found := e.Scan(text)
	for k := 0; k < 8; k++ {
		echo := "[doctor] " + digits[k] + " oh " + digits[k] + " "
		at := strings.Index(text, echo) + len("[doctor] ")
		assert.True(t, coveredBy(found, at, at+len(echo)-len("[doctor] ")-1), echo)
	}
	at := strings.LastIndex(text, "the twelfth") + len("the ")
	assert.True(t, coveredBy(found, at, at+len("twelfth")), "the tenth day agreed on")
}

// A conversation's turns are speech: shorthand words ("mr" is mitral
// regurgitation, "ms" multiple sclerosis, "ida" iron deficiency anaemia)
// do not make a short turn a clinical note, where everyday names need more
// context; the same words alone in a text do.
func TestScanConversationTurnsAreSpeech(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	turn := "mr okafor mr dele okafor no ida's home with the kids"
	c := conversation("hello, who came with you today?", turn)
	found := e.ScanConversation(c)
	require.Len(t, found, 2)
	assert.True(t, coveredWord(turn, found[1], "ida"), "a name in a turn")
	assert.False(t, coveredWord(turn, e.Scan(turn), "ida"), "the same words alone read as a note")
}

// A month that is a given name repeats as a name before a modal only where
// nothing dates it.
func TestMonthNameRepeats(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	text := "[patient] my aunt june lives near it [doctor] maybe june can drive you. in june can you come? last june will do"
	var names []int
	for _, f := range e.Scan(text) {
		if f.Type == Name {
			names = append(names, f.Start)
		}
	}
	first := strings.Index(text, "june")
	second := first + 4 + strings.Index(text[first+4:], "june")
	assert.Equal(t, []int{first, second}, names, "the aunt and her name again; not the months after 'in' and 'last'")
}
