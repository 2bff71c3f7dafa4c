package redact

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
)

// TestAgeOver89Text: under Safe Harbor a year that tells an age over 89 goes
// with the rest of its date; the age itself becomes the cap with "+".
func TestAgeOver89Text(t *testing.T) {
	r := newRedactor(t, nil, "")
	for in, want := range map[string]string{
		"she is ninety two and was born in nineteen twenty nine":  "she is 90+ and was born in [DATE]",
		"date of birth is September 13, 1929, she's 96 years old": "date of birth is [DATE], she's 90+ years old",
		"my wife turned ninety in 2019":                           "my wife turned 90+ in [DATE]",
		"her 100th birthday was in 2023":                          "her 90+ birthday was in [DATE]",
		"her ninety third birthday":                               "her 90+ birthday",
		"mum's hundred and first birthday":                        "mum's [AGE] birthday",
		"I was born in thirty one":                                "I was born in [DATE]",
		"09/25/1930.":                                             "[DATE].",
		"born on March 3, 1975 and seen in 2019":                  "born on 1975 and seen in 2019",
	} {
		got, _ := r.Text(in, r.Engine().Scan(in), nil)
		assert.Equal(t, want, got, in)
	}
}

// TestAgeOver89Conversation: in the record of a patient aged 90 or more no
// date keeps its year; for a younger patient the dates keep it.
func TestAgeOver89Conversation(t *testing.T) {
	r := newRedactor(t, nil, testKeyHex)
	conv := func(birth string) *deid.Conversation {
		return &deid.Conversation{ConversationID: "c-90", Encounter: &deid.Encounter{StartedAt: "2019-09-26T10:00:00Z",
			Patient: &deid.Patient{Name: "Ida Quenneville", BirthDate: birth}},
			Turns: []deid.Turn{{Speaker: "patient", Text: "1920."}, {Speaker: "patient", Text: "I was born Feb 10 1932 and seen on 10/13/2018."}}}
	}
	rec, err := r.Conversation(conv("1920-02-10"))
	require.NoError(t, err)
	assert.Equal(t, "[DATE].", rec.Turns[0].Text)
	assert.Equal(t, "I was born [DATE] and seen on [DATE].", rec.Turns[1].Text)
	require.NotNil(t, rec.Demographics.Age)
	assert.Equal(t, Age{Years: 90, Over: true}, *rec.Demographics.Age)
	assert.Equal(t, 2019, rec.Encounter.Year)

	rec, err = r.Conversation(conv("1932-02-10"))
	require.NoError(t, err)
	assert.Equal(t, "1920.", rec.Turns[0].Text)
	assert.Equal(t, "I was born 1932 and seen on 2018.", rec.Turns[1].Text)
	assert.Equal(t, Age{Years: 87}, *rec.Demographics.Age)
}
