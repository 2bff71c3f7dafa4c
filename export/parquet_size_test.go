package export_test

import (
	"bytes"
	"io"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
)

// TestParquetOfALargeTextIsAboutItsSize: a turn of several MB makes a
// Parquet shard not much larger than the text. Column statistics would
// hold the whole text as min and max (a 50 MB turn made a 153 MB file), so
// the text column has none, and pages are bounded.
func TestParquetOfALargeTextIsAboutItsSize(t *testing.T) {
	b, _ := localBucket(t)
	ctx := t.Context()
	run := runAt("2024-06-02", 1)
	// letters drawn at random: zstd cannot squeeze them much, so any copy
	// of the text in the statistics would show in the size
	rng := rand.New(rand.NewPCG(1, 2))
	text := make([]byte, 6<<20)
	for i := range text {
		if i%7 == 6 {
			text[i] = ' '
		} else {
			text[i] = 'a' + byte(rng.IntN(26))
		}
	}
	w, err := export.NewShardWriter(b, run, "w1", &export.ShardOptions{Formats: []string{export.FormatParquet}})
	require.NoError(t, err)
	require.NoError(t, w.Write(ctx, testRecord(1, string(text)), nil))
	require.NoError(t, w.Write(ctx, testRecord(2, "A short turn."), nil))
	shards, err := w.Close(ctx)
	require.NoError(t, err)
	require.Len(t, shards, 1)
	size := shards[0].Bytes
	t.Logf("text %d bytes, parquet %d bytes", len(text), size)
	assert.Less(t, size, int64(len(text))+256<<10, "the Parquet shard is much larger than its text")

	r, err := b.Get(ctx, export.DatePrefix(run.Date)+"/"+shards[0].Path)
	require.NoError(t, err)
	data, err := io.ReadAll(r)
	r.Close()
	require.NoError(t, err)
	f, err := parquet.OpenFile(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	found := false
	for _, path := range f.Schema().Columns() {
		found = found || slices.Equal(path, []string{"turns", "list", "element", "text"})
	}
	require.True(t, found, "text column path: %v", f.Schema().Columns())
	for _, rg := range f.Metadata().RowGroups {
		for _, cc := range rg.Columns {
			if slices.Equal(cc.MetaData.PathInSchema, []string{"turns", "list", "element", "text"}) {
				st := cc.MetaData.Statistics
				assert.Empty(t, st.MinValue, "text column min statistic")
				assert.Empty(t, st.MaxValue, "text column max statistic")
			}
		}
	}
	// and the text reads back whole
	rows := make([]export.Row, 2)
	n, _ := parquet.NewGenericReader[export.Row](f).Read(rows)
	require.Equal(t, 2, n)
	assert.Equal(t, string(text), rows[0].Turns[1].Text)
}
