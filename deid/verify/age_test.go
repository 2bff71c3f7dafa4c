package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestYearOfA90PlusPatient: a year left in the output of a patient aged 90
// or more is a residual identifier (the birth year in any form, or any year
// of a date); the same years of a younger patient are the policy's output.
func TestYearOfA90PlusPatient(t *testing.T) {
	for _, tc := range []struct {
		text string
		old  bool // the patient is 92 at the visit
		risk string
	}{
		{"born [DATE], in 1929.", true, RiskHigh},
		{"date of birth is nineteen twenty nine", true, RiskHigh},
		{"1929.", true, RiskHigh},
		{"born [DATE]; she is 90+ now", true, RiskNone},
		{"her mother was born in 1925", false, RiskHigh}, // 96 at the visit
		{"her mother was born in 1945", false, RiskNone},
		// a year alone that is no date element of anyone's is no identifier
		{"back in 1925 my father farmed here, since 2019 she walks with a cane", true, RiskNone},
	} {
		src := source(1)
		if tc.old {
			src.Encounter.Patient.BirthDate = "1929-01-05"
		}
		res := Check(engine(t), record(t, "safe-harbor", src, tc.text), src, nil)
		checkSafe(t, res, src)
		assert.Equal(t, tc.risk, res.Risk, "%q: %v", tc.text, res.Reasons)
	}
}

func TestSpokenYearValue(t *testing.T) {
	for s, want := range map[string]int{"nineteen twenty nine": 1929, "nineteen oh five": 1905, "eighteen ninety": 1890,
		"two thousand and six": 2006, "nineteen hundred": 1900, "twenty nineteen": 2019, "blue moon": 0} {
		require.Equal(t, want, spokenYearValue(s), s)
	}
}
