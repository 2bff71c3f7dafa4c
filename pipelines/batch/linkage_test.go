package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/export"
)

// TestResearchIDsStableAcrossRuns: two nightly runs on the embedded runner
// (its DoFn instances sharing the file store) give every conversation and
// patient the same random research ids, without any key; a fresh linkage
// store gives other ids (they are random, not derived from the records).
func TestResearchIDsStableAcrossRuns(t *testing.T) {
	t.Setenv("DEID_KEY", "")
	ctx := context.Background()
	dir := t.TempDir()
	lines, _ := input(t)
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, append(bytes.Join(lines[:40], []byte("\n")), '\n'), 0o600))
	c := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), ChunkBytes: 16 << 10}

	ids := func(date string) []string {
		c := c
		c.RunDate = date
		sum := runJob(t, c)
		require.True(t, sum.Stats.Reconciles())
		ds, err := export.Open(ctx, openOut(t, c, nil), date, nil)
		require.NoError(t, err)
		var out []string
		for rec, err := range ds.Records(ctx) {
			require.NoError(t, err)
			out = append(out, rec.ResearchID+" "+rec.PatientResearchID)
		}
		sort.Strings(out)
		require.NotEmpty(t, out)
		return out
	}
	first := ids("2026-11-24")
	second := ids("2026-11-25")
	assert.Equal(t, first, second, "the same records, the same research ids")

	log := filepath.Join(c.Quarantine, "_state", "linkage", linkage.LogName)
	fi, err := os.Stat(log)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())

	c.Linkage = filepath.Join(dir, "other-linkage")
	third := ids("2026-11-26")
	require.Len(t, third, len(first))
	seen := map[string]bool{}
	for _, s := range first {
		seen[s[:26]] = true // the conversation's research id
	}
	for _, s := range third {
		assert.False(t, seen[s[:26]], "a new store mints new ids")
	}
}
