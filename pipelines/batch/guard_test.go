package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
)

// TestBadRunsDoNotReplaceAGoodExport: once a date is committed, a rerun
// whose input matches no file, whose lines are all rejected, or that
// exports fewer records fails, commits nothing and leaves no object in
// the export; the committed run stays, and the audit log says why. With
// AllowShrink the smaller run replaces it.
func TestBadRunsDoNotReplaceAGoodExport(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	ctx := context.Background()
	dir := t.TempDir()
	lines, _ := input(t)
	in := filepath.Join(dir, "in", "day.jsonl")
	require.NoError(t, os.MkdirAll(filepath.Dir(in), 0o700))
	write := func(ls [][]byte) {
		require.NoError(t, os.WriteFile(in, append(bytes.Join(ls, []byte("\n")), '\n'), 0o600))
	}
	write(lines[:10])
	c := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24"}
	good := runJob(t, c)
	require.Positive(t, good.Stats.Exported)
	out := openOut(t, c, nil)

	try := func(c Config) (*Job, error) {
		j, err := Prepare(c, time.Now())
		require.NoError(t, err)
		_, err = j.Execute(ctx, []string{"batch"})
		return j, err
	}
	stillGood := func(what string, j *Job) {
		t.Helper()
		m, err := export.ReadManifest(ctx, out, c.RunDate)
		require.NoError(t, err, what)
		assert.Equal(t, good.Run.ID, m.RunID, "%s replaced the committed run", what)
		assert.Equal(t, good.Stats.Exported, m.Counts.Exported, what)
		objs, err := out.List(ctx, j.Run.Prefix()+"/")
		require.NoError(t, err)
		assert.Empty(t, objs, "%s left objects in the export", what)
		ds, err := export.Open(ctx, out, c.RunDate, nil)
		require.NoError(t, err)
		n := int64(0)
		for _, err := range ds.Records(ctx) {
			require.NoError(t, err)
			n++
		}
		assert.Equal(t, good.Stats.Exported, n, what)
	}

	// the input matches no file
	empty := c
	empty.Input = filepath.Join(dir, "in", "*.jsonl.gz")
	j, err := try(empty)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "no input records")
	stillGood("an empty input", j)

	// every line rejected ({id,text} lines are not conversation records)
	var docs [][]byte
	for i := range 10 {
		docs = append(docs, []byte(`{"id":"d`+string(rune('0'+i))+`","text":"The cough is better."}`))
	}
	write(docs)
	j, err = try(c)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "10 of 10 input records rejected")
	stillGood("an all-rejected input", j)

	// 1 of 10 rejected is over the default 1%; allowed at 10%
	write(append(lines[:9:9], docs[0]))
	j, err = try(c)
	require.Error(t, err)
	stillGood("a 10% rejected input", j)

	// fewer records exported: refused, then allowed
	write(lines[:5])
	j, err = try(c)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "--allow-shrink")
	stillGood("a smaller input", j)

	audit, err := os.ReadFile(filepath.Join(c.Quarantine, "audit.jsonl"))
	require.NoError(t, err)
	assert.Equal(t, 4, strings.Count(string(audit), `"status":"failed"`), "audit log: %s", audit)

	c.AllowShrink = true
	small := runJob(t, c)
	m, err := export.ReadManifest(ctx, out, c.RunDate)
	require.NoError(t, err)
	assert.Equal(t, small.Run.ID, m.RunID)
	assert.Less(t, m.Counts.Exported, good.Stats.Exported)
}
