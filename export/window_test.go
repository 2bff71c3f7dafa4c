package export_test

import (
	"context"
	"strings"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
)

// TestStreamWindows: a run with a window commits dt=<date>/window=<HHMMSS>/
// on its own: its manifest and shards live there, readers find it by
// CommittedWindows and read it with OpenWindow, a later run of the same
// window replaces only that window, and the date's batch export beside it
// is untouched (and does not see the windows).
func TestStreamWindows(t *testing.T) {
	ctx := context.Background()
	b, _ := localBucket(t)
	const date = "2024-05-01"

	batch := runAt(date, 1)
	recs := testRecords(0, 6)
	require.NoError(t, export.Commit(ctx, b, manifestFor(batch, writeRun(t, b, batch, recs, 1, nil), export.Counts{RecordsIn: 6, Exported: 6}), nil))

	w1 := runAt(date, 2)
	w1.Window = "120000"
	w2 := runAt(date, 3)
	w2.Window = "120100"
	for i, w := range []export.Run{w1, w2} {
		rs := testRecords(10*(i+1), 3)
		m := manifestFor(w, writeRun(t, b, w, rs, 2, nil), export.Counts{RecordsIn: 4, Exported: 3, Rejected: 1})
		m.Window = w.Window
		require.NoError(t, export.Commit(ctx, b, m, nil))
		for _, s := range m.Shards {
			assert.True(t, strings.HasPrefix(s.Path, "run="+w.ID+"/"), s.Path)
		}
	}
	assert.Contains(t, keys(t, b, ""), "dt=2024-05-01/window=120000/_MANIFEST.json")
	assert.True(t, hasPrefix(keys(t, b, ""), "dt=2024-05-01/window=120100/run="+w2.ID+"/part-"))

	wins, err := export.CommittedWindows(ctx, b)
	require.NoError(t, err)
	assert.Equal(t, []export.Window{{Date: date, Window: "120000"}, {Date: date, Window: "120100"}}, wins)
	dates, err := export.CommittedDates(ctx, b)
	require.NoError(t, err)
	assert.Equal(t, []string{date}, dates)

	m, err := export.ReadWindowManifest(ctx, b, date, "120000")
	require.NoError(t, err)
	assert.Equal(t, w1.ID, m.RunID)
	assert.Equal(t, "120000", m.Window)
	ds, err := export.OpenWindow(ctx, b, date, "120000", nil)
	require.NoError(t, err)
	n := 0
	for _, err := range ds.Records(ctx) {
		require.NoError(t, err)
		n++
	}
	assert.Equal(t, 3, n)
	_, err = export.ReadWindowManifest(ctx, b, date, "120200")
	assert.True(t, errors.Is(err, export.ErrNoManifest), "%v", err)
	_, err = export.ReadWindowManifest(ctx, b, date, "12:00")
	assert.True(t, errors.Is(err, export.ErrInvalidRun), "%v", err)

	// a later run of window 1 replaces window 1 only
	w1b := runAt(date, 4)
	w1b.Window = w1.Window
	m = manifestFor(w1b, writeRun(t, b, w1b, testRecords(40, 2), 1, nil), export.Counts{RecordsIn: 2, Exported: 2})
	m.Window = w1b.Window
	require.NoError(t, export.Commit(ctx, b, m, &export.CommitOptions{AllowShrink: true}))
	assert.False(t, hasPrefix(keys(t, b, ""), "dt=2024-05-01/window=120000/run="+w1.ID), "superseded run of the window collected")
	assert.True(t, hasPrefix(keys(t, b, ""), "dt=2024-05-01/window=120100/run="+w2.ID), "the other window is untouched")
	assert.Len(t, readAll(t, b, date, export.FormatJSONL), 6, "the batch export of the date is untouched")

	// a window's manifest cannot be read as another window's or the date's
	bad := export.Run{Date: date, ID: w1.ID, Window: "25:00"}
	assert.True(t, errors.Is(bad.Validate(), export.ErrInvalidRun))
}
