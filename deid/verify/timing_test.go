package verify

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
)

// TestTimingCarriesNumber: a start_ms or end_ms that is a plausible offset
// (under a day, in order) but carries a number of the record (the
// encounter's MRN, NPI or birth date, a number said in a turn) is a field
// leak: high risk, so the record is quarantined. Ordinary timings, and
// timings that match nothing the record holds, pass.
func TestTimingCarriesNumber(t *testing.T) {
	eng := engine(t)
	withTimes := func(src *deid.Conversation, start, end int64) *deid.Conversation {
		cp := *src
		cp.Turns = append([]deid.Turn(nil), src.Turns...)
		cp.Turns[len(cp.Turns)-1].StartMS, cp.Turns[len(cp.Turns)-1].EndMS = start, end
		return &cp
	}
	known := source(2)
	spoken := source(2)
	spoken.Encounter = nil
	spoken.Turns[0].Text = "my record number is 4٠٤١٢٣٤٥ and my phone is 617-555-0142"
	for name, tc := range map[string]struct {
		src        *deid.Conversation
		start, end int64
	}{
		"encounter mrn as end":        {known, 4000, 75536950},
		"encounter mrn as start":      {known, 75536950, 75536951},
		"part of the clinician's npi": {known, 1000, 1234567},
		"birth date digits":           {known, 19730819, 19730900},
		"mrn said, arabic digits":     {spoken, 1000, 40412345},
		"phone fragment said":         {spoken, 5550142, 5551000},
	} {
		src := withTimes(tc.src, tc.start, tc.end)
		rec := record(t, "safe-harbor", src, "okay", "okay")
		res := Check(eng, rec, src, nil)
		assert.Equal(t, RiskHigh, res.Risk, name)
		assert.Contains(t, res.Reasons, "field:turns.timing", name)
		checkSafe(t, res, src)
	}
	for name, tc := range map[string]struct {
		src        *deid.Conversation
		start, end int64
	}{
		"short times":         {known, 4100, 9000},
		"long, matching none": {known, 2200000, 2300000},
		"mrn prefix only":     {known, 75536, 75537}, // under 6 digits: a fragment, not the number
	} {
		src := withTimes(tc.src, tc.start, tc.end)
		rec := record(t, "safe-harbor", src, "okay", "okay")
		res := Check(eng, rec, src, nil)
		require.NotContains(t, res.Reasons, "field:turns.timing", name)
	}
}
