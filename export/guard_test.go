package export_test

import (
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
)

func TestCheckInput(t *testing.T) {
	for _, c := range []struct {
		counts export.Counts
		blank  int64
		max    float64
		want   error
	}{
		{export.Counts{}, 0, 1, export.ErrNoInput},
		{export.Counts{RecordsIn: 100, Exported: 99, Rejected: 1}, 0, 0.01, nil},
		{export.Counts{RecordsIn: 100, Exported: 98, Rejected: 2}, 0, 0.01, export.ErrTooManyRejected},
		{export.Counts{RecordsIn: 3, Rejected: 3}, 0, 0.01, export.ErrTooManyRejected},
		{export.Counts{RecordsIn: 3, Rejected: 3}, 0, 1, nil},
		{export.Counts{RecordsIn: 5, Quarantined: 5}, 0, 0, nil},
		{export.Counts{RecordsIn: 5, Skipped: 5}, 0, 0, nil},
		// empty lines and files are rejected but hold no record: only
		// blank input is no input, and blank input is not counted
		// against the limit
		{export.Counts{RecordsIn: 4, Rejected: 4}, 4, 1, export.ErrNoInput},
		{export.Counts{RecordsIn: 52, Exported: 50, Rejected: 2}, 2, 0.01, nil},
		{export.Counts{RecordsIn: 52, Exported: 49, Rejected: 3}, 2, 0.01, export.ErrTooManyRejected},
	} {
		err := export.CheckInput(c.counts, c.blank, c.max)
		if c.want == nil {
			assert.NoError(t, err, "%+v max %v", c.counts, c.max)
			continue
		}
		assert.True(t, errors.Is(err, c.want), "%+v max %v: %v", c.counts, c.max, err)
		assert.True(t, export.IsRefusal(err))
	}
}

// TestRefusedRunKeepsTheCommittedOne: a smaller run does not replace the
// committed run of its date; abandoning it removes its shards, and the
// committed export reads as before.
func TestRefusedRunKeepsTheCommittedOne(t *testing.T) {
	b, _ := localBucket(t)
	ctx := t.Context()
	date := "2024-07-01"
	run1 := runAt(date, 1)
	recs := testRecords(0, 20)
	s1 := writeRun(t, b, run1, recs, 2, nil)
	require.NoError(t, export.Commit(ctx, b, manifestFor(run1, s1, export.Counts{RecordsIn: 20, Exported: 20}), nil))

	run2 := runAt(date, 2)
	s2 := writeRun(t, b, run2, testRecords(100, 3), 1, nil)
	err := export.Commit(ctx, b, manifestFor(run2, s2, export.Counts{RecordsIn: 20, Exported: 3, Rejected: 17}), nil)
	require.True(t, errors.Is(err, export.ErrShrink), "%v", err)
	assert.True(t, export.IsRefusal(err))
	assert.Contains(t, err.Error(), "--allow-shrink")
	require.NoError(t, export.Abandon(ctx, b, run2))
	assert.Empty(t, keys(t, b, run2.Prefix()+"/"))

	m, err := export.ReadManifest(ctx, b, date)
	require.NoError(t, err)
	assert.Equal(t, run1.ID, m.RunID)
	assert.Equal(t, jsonLines(t, recs), readAll(t, b, date, export.FormatJSONL))

	// the same size, or larger, replaces it
	run3 := runAt(date, 3)
	s3 := writeRun(t, b, run3, testRecords(200, 20), 2, nil)
	require.NoError(t, export.Commit(ctx, b, manifestFor(run3, s3, export.Counts{RecordsIn: 20, Exported: 20}), nil))
}
