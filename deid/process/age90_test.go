package process

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/gate"
)

var (
	fourDigitYearRE = regexp.MustCompile(`\b(1[89]\d\d|20\d\d)\b`)
	spokenCenturyRE = regexp.MustCompile(`(?i)\b(eighteen|nineteen)[ -](hundred|oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b`)
)

// TestNoYearOfA90PlusPatientLeaves is the property of Safe Harbor's age rule
// over the fixtures: in no record of a patient aged 90 or more that is
// exported does any year survive that the engine reads as (part of) a date,
// nor any year written or said that tells an age over 89, nor the birth
// year in any form; and the demographics say "90+".
func TestNoYearOfA90PlusPatientLeaves(t *testing.T) {
	p := newProc(t, Settings{})
	eng, err := deid.New(nil)
	require.NoError(t, err)
	f, err := os.Open("../../fixtures/testdata/conversations.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	old, exported := 0, 0
	for sc.Scan() {
		line := sc.Bytes()
		c, err := deid.ParseConversation(line)
		require.NoError(t, err)
		enc := c.Encounter
		if enc == nil || enc.Patient == nil {
			continue
		}
		age, ok := deid.AgeAt(enc.Patient.BirthDate, enc.StartedAt)
		if !ok || age < 90 {
			continue
		}
		old++
		ref, _ := strconv.Atoi(enc.StartedAt[:4])
		birth := enc.Patient.BirthDate[:4]
		r := p.Process(line)
		if r.Route != gate.Exported {
			continue
		}
		exported++
		require.NotNil(t, r.Record.Demographics.Age)
		assert.True(t, r.Record.Demographics.Age.Over, "%s: age not aggregated", c.ConversationID)
		// on word boundaries: the research ids are hex digests of a random
		// key and may hold the four digits by chance ("p_310fc8e719228b...")
		assert.False(t, regexp.MustCompile(`\b`+birth+`\b`).Match(r.RecordJSON), "%s: the birth year left", c.ConversationID)
		for i, tu := range r.Record.Turns {
			for _, m := range fourDigitYearRE.FindAllString(tu.Text, -1) {
				y, _ := strconv.Atoi(m)
				assert.Greater(t, y, ref-90, "%s turn %d: a year that tells an age over 89", c.ConversationID, i)
			}
			for _, m := range spokenCenturyRE.FindAllString(tu.Text, -1) {
				assert.Failf(t, "a spoken year of the 1800s or 1900s", "%s turn %d: %d bytes", c.ConversationID, i, len(m))
			}
			for _, fd := range eng.ScanKnown(tu.Text, deid.NewKnown(enc)) {
				if fd.Type == deid.Date {
					span := tu.Text[fd.Start:fd.End]
					assert.False(t, fourDigitYearRE.MatchString(span) || spokenCenturyRE.MatchString(span) || strings.Contains(strings.ToLower(span), "twenty"),
						"%s turn %d: a date keeps a year", c.ConversationID, i)
				}
			}
		}
	}
	require.NoError(t, sc.Err())
	assert.GreaterOrEqual(t, old, 10, "the fixtures hold records of patients aged 90+")
	assert.Greater(t, exported, 0)
	t.Logf("%d records of patients aged 90+, %d exported", old, exported)
}
