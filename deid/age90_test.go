package deid

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAgeAt(t *testing.T) {
	for _, tc := range []struct {
		birth, visit string
		age          int
		ok           bool
	}{
		{"1929-09-13", "2019-09-13T08:00:00Z", 90, true},
		{"1929-09-13", "2019-09-12T08:00:00Z", 89, true},
		{"1929-09-13", "2019-09-12", 89, true},
		{"2020-01-01", "2019-09-12", 0, false},
		{"", "2019-09-12", 0, false},
		{"1929-09-13", "", 0, false},
	} {
		age, ok := AgeAt(tc.birth, tc.visit)
		assert.Equal(t, tc.ok, ok, tc)
		if ok {
			assert.Equal(t, tc.age, age, tc)
		}
	}
	assert.True(t, NewKnown(&Encounter{StartedAt: "2019-09-13T08:00:00Z", Patient: &Patient{BirthDate: "1929-09-13"}}).Over89())
	assert.False(t, NewKnown(&Encounter{StartedAt: "2019-09-12T08:00:00Z", Patient: &Patient{BirthDate: "1929-09-13"}}).Over89())
	assert.False(t, NewKnown(&Encounter{Patient: &Patient{BirthDate: "1900-09-13"}}).Over89())
	var k *Known
	assert.False(t, k.Over89())
}

// TestAgeEchoes: an age over 89 found once is found again where it is said
// on its own, and not where the same number is a reading.
func TestAgeEchoes(t *testing.T) {
	e := testEngine(t)
	text := "[doctor] and you're how old [patient] ninety [doctor] ninety wow [patient] yep ninety. her pulse was ninety at rest"
	var ages []string
	for _, f := range e.Scan(text) {
		if f.Type == Age {
			ages = append(ages, text[f.Start:f.End])
		}
	}
	require.Len(t, ages, 3, "the answer and its two echoes, not the pulse")
	for _, f := range e.Scan(text) {
		assert.NotEqual(t, strings.Index(text, "was ninety")+4, f.Start, "the pulse is no age")
	}
	// a remark on it after the echo: "that's …"
	remark := "[patient] she was ninety eight [doctor] wow ninety eight that's a good long life"
	n := 0
	for _, f := range e.Scan(remark) {
		if f.Type == Age {
			n++
		}
	}
	assert.Equal(t, 2, n, "the age and its echo before a remark")
	for _, text := range []string{
		"[patient] she passed at ninety one [doctor] ninety one okay from the colon cancer",
		"[patient] she's ninety [doctor] ninety and living alone",
		"[nurse] okay so he's ninety four\n[caller] ninety four but he thinks he's young",
	} {
		n := 0
		for _, f := range e.Scan(text) {
			if f.Type == Age {
				n++
			}
		}
		assert.Equal(t, 2, n, text)
	}
}

// TestAgeAfterNameEchoes: an age found right after a name is found again
// where it is said on its own later.
func TestAgeAfterNameEchoes(t *testing.T) {
	text := "f1: bed two is mr anselm viggers ninety four admitted overnight\nreg: ninety four, goodness. and his pulse was ninety four"
	var ages []string
	for _, f := range testEngine(t).Scan(text) {
		if f.Type == Age {
			ages = append(ages, text[f.Start:f.End])
		}
	}
	require.Equal(t, []string{"ninety four", "ninety four"}, ages, "the age and its echo, not the pulse")
}
