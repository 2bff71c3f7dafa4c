package deid

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
