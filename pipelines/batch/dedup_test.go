package batch

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
)

// TestDuplicateIDs: the same conversation id twice in a run is exported
// once. The first by source order (file, then line) is kept, whichever
// worker reads it; a later copy with the same content is rejected as
// duplicate, one with other content quarantined as conflict (the original
// stays on-prem). Small ranges spread the copies over many bundles.
func TestDuplicateIDs(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	ctx := t.Context()
	dir := t.TempDir()
	lines, _ := input(t)
	a, b, c := lines[0], lines[1], lines[2]
	// b with other content: one turn fewer, the same id
	var rec map[string]any
	require.NoError(t, json.Unmarshal(b, &rec))
	rec["turns"] = rec["turns"].([]any)[:1]
	bOther, err := json.Marshal(rec)
	require.NoError(t, err)
	// a re-serialised (other key order, spaces): the same content
	require.NoError(t, json.Unmarshal(a, &rec))
	aAgain, err := json.MarshalIndent(rec, "", "")
	require.NoError(t, err)
	aAgain = bytes.ReplaceAll(aAgain, []byte("\n"), []byte(" "))

	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(in, 0o700))
	put := func(name string, ls ...[]byte) {
		require.NoError(t, os.WriteFile(filepath.Join(in, name), append(bytes.Join(ls, []byte("\n")), '\n'), 0o600))
	}
	// file order decides: 1-first.jsonl holds bOther, so b (later) conflicts
	put("1-first.jsonl", append([][]byte{a, bOther}, lines[3:12]...)...)
	put("2-second.jsonl", append(append([][]byte{}, lines[12:20]...), b, aAgain, c, a)...)
	cfg := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"),
		RunDate: "2026-11-24", ChunkBytes: 2 << 10, MaxRejected: "100%"}
	sum := runJob(t, cfg)
	st := sum.Stats
	assert.EqualValues(t, 23, st.RecordsIn)
	assert.True(t, st.Reconciles(), "%+v", st)
	assert.Equal(t, map[string]int64{"duplicate": 2}, st.Reject)
	assert.EqualValues(t, 1, st.Quarantine["conflict"], "%v", st.Quarantine)

	// on-prem: where each copy went
	var got []string
	for _, name := range []string{"rejected-", "quarantined-"} {
		for _, l := range bytes.Split(bytes.TrimSpace(onpremBytes(t, cfg.Quarantine, name)), []byte("\n")) {
			var o struct {
				Source string `json:"source"`
				Line   int64  `json:"line"`
				Reason string `json:"reason"`
			}
			require.NoError(t, json.Unmarshal(l, &o))
			if o.Reason == "duplicate" || o.Reason == "conflict" {
				got = append(got, filepath.Base(o.Source)+":"+o.Reason+":"+strconv.FormatInt(o.Line, 10))
			}
		}
	}
	sort.Strings(got)
	assert.Equal(t, []string{"2-second.jsonl:conflict:9", "2-second.jsonl:duplicate:10", "2-second.jsonl:duplicate:12"}, got)

	// the export holds every conversation once
	out := openOut(t, cfg, nil)
	ds, err := export.Open(ctx, out, cfg.RunDate, nil)
	require.NoError(t, err)
	ids := map[string]int{}
	n := 0
	for r, err := range ds.Records(ctx) {
		require.NoError(t, err)
		ids[r.ResearchID]++
		n++
	}
	assert.EqualValues(t, st.Exported, n)
	for id, k := range ids {
		assert.Equal(t, 1, k, "research id %s exported %d times", id, k)
	}
}
