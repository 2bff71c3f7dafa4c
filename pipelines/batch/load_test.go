package batch

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/fixtures/load"
	"github.com/deid-project/deid/ingest"
	"github.com/deid-project/deid/transforms"
)

// TestLoadSmall is `make load` scaled down (no timing): 3,000 generated
// records, one in 500 not a record, cut into ranges of 256 KiB. Every
// range is read in a bundle of its own (its own shards), the counts
// reconcile, and the incremental state records every exported input once,
// merged from the writers' spool, which is gone after the commit.
func TestLoadSmall(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	f, err := os.Create(in)
	require.NoError(t, err)
	w := bufio.NewWriter(f)
	require.NoError(t, load.Write(w, 3000, 1, 50, 500))
	require.NoError(t, w.Flush())
	require.NoError(t, f.Close())
	const chunk = 256 << 10
	ranges, err := ingest.Ranges(t.Context(), ingest.Source{URL: in}, []string{in}, chunk)
	require.NoError(t, err)
	require.Greater(t, len(ranges), 4)

	cfg := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"),
		RunDate: "2026-11-24", ChunkBytes: chunk, Formats: []string{"jsonl"}}
	sum := runJob(t, cfg)
	st := sum.Stats
	assert.EqualValues(t, 3000, st.RecordsIn)
	assert.True(t, st.Reconciles(), "%+v", st)
	assert.EqualValues(t, 6, st.Reject["invalid_json"], "%v", st.Reject)
	assert.EqualValues(t, st.RecordsIn-st.Rejected, st.Exported+st.Quarantined)
	assert.Equal(t, len(ranges), sum.Shards, "one writer (one bundle) per range")

	stateDir := filepath.Join(cfg.Quarantine, "_state")
	b, err := os.ReadFile(filepath.Join(stateDir, "exported.jsonl"))
	require.NoError(t, err)
	assert.EqualValues(t, st.Exported, strings.Count(string(b), "\n"))
	left, err := filepath.Glob(filepath.Join(stateDir, "*-2026-11-24-*"))
	require.NoError(t, err)
	assert.Empty(t, left, "spool or pending files left")

	// as built for remote runners: the ranges go to the reshuffle at once
	transforms.RangeBundles = false
	defer func() { transforms.RangeBundles = true }()
	cfg.Output, cfg.Quarantine = filepath.Join(dir, "export2"), filepath.Join(dir, "onprem2")
	sum2 := runJob(t, cfg)
	assert.Equal(t, st.Exported, sum2.Stats.Exported)
	assert.True(t, sum2.Stats.Reconciles(), "%+v", sum2.Stats)
}
