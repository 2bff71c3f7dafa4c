package deid

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func spans(text string, fs []Finding) map[string]Type {
	m := map[string]Type{}
	for _, f := range fs {
		m[text[f.Start:f.End]] = f.Type
	}
	return m
}

func TestCustomAllow(t *testing.T) {
	plain, err := New(nil)
	require.NoError(t, err)
	e, err := New(&Options{Custom: NewCustom([]string{"Furosemide", "Zorblax", "Charcot-Marie-Tooth", "quenneville"}, nil, nil)})
	require.NoError(t, err)
	text := "a pump called Zorblax, and my friend named Quenneville"
	require.Contains(t, spans(text, plain.Scan(text)), "Zorblax", "the engine alone takes the device for a name")
	got := spans(text, e.Scan(text))
	assert.NotContains(t, got, "Zorblax")
	assert.NotContains(t, got, "Quenneville")

	// an allowed term never hides a known identifier of the encounter
	enc := &Encounter{Patient: &Patient{Name: "Ida Quenneville"}}
	text = "so mrs quenneville, called Zorblax"
	got = spans(text, e.ScanKnown(text, NewKnown(enc)))
	assert.Equal(t, Name, got["quenneville"], "%v", got)
	assert.NotContains(t, got, "Zorblax")

	// a finding that reaches beyond the allowed term stays whole
	text = "I'm Dr. Zorblax Wendeline"
	assert.NotEmpty(t, e.Scan(text))
}

func TestCustomDenyAndPatterns(t *testing.T) {
	luhn := func(m string) bool {
		sum, dbl := 0, false
		for i := len(m) - 1; i >= 0; i-- {
			if m[i] < '0' || m[i] > '9' {
				continue
			}
			d := int(m[i] - '0')
			if dbl {
				if d *= 2; d > 9 {
					d -= 9
				}
			}
			sum, dbl = sum+d, !dbl
		}
		return sum%10 == 0
	}
	c := NewCustom(nil, []Term{{Text: "Riverton Clinic", Type: Facility}, {Text: "Oakridge", Type: Facility}, {Text: "zorblat quinn", Type: Name}},
		[]Pattern{{Name: "rv-mrn", Type: MRN, Regexp: regexp.MustCompile(`\bRV\d{6}\b`), Validate: luhn, Score: 0.5, Context: []string{"chart"}, ContextScore: 0.95}})
	e, err := New(&Options{Custom: c})
	require.NoError(t, err)
	text := "seen at the riverton clinic by Zorblat-Quinn near Oakridge's gate; chart RV123455. Later that day on the ward we wrote RV123455 and RV123456"
	fs := e.Scan(text)
	got := spans(text, fs)
	assert.Equal(t, Facility, got["riverton clinic"], "%v", got)
	assert.Equal(t, Name, got["Zorblat-Quinn"], "%v", got)
	assert.Equal(t, Facility, got["Oakridge"], "%v", got)

	// the patterns alone: a context word raises the score, the check digit
	// decides, the minimum score applies
	var scores []float64
	for _, f := range c.apply(text, nil, nil, 0) {
		if f.Source == SourcePattern+"/rv-mrn" {
			scores = append(scores, f.Score)
		}
	}
	assert.Equal(t, []float64{0.95, 0.5}, scores, "the context word raises the first; RV123456 fails the check digit")
	n := 0
	for _, f := range c.apply(text, nil, nil, 0.6) {
		if f.Source == SourcePattern+"/rv-mrn" {
			n++
		}
	}
	assert.Equal(t, 1, n)
}

func TestTypesSelection(t *testing.T) {
	e, err := New(&Options{Types: []Type{Date}})
	require.NoError(t, err)
	text := "Maria Gonzalez was seen on March 3, 2021 at 555-867-5309"
	for _, f := range e.Scan(text) {
		assert.Equal(t, Date, f.Type)
	}
	assert.NotEmpty(t, e.Scan(text))
}
