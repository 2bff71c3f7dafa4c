package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/fixtures/badinput"
	"github.com/deid-project/deid/pipelines"
)

// TestBatchOnBadInput runs `deid batch` (embedded Prism) on the bad-input
// corpus of fixtures/badinput plus, made here, a 50 MB line (over a 16 MiB
// --max-line-bytes) and copies of earlier ids: every line (blank ones, as
// empty_line) and every empty file (as empty_file) ends exported,
// quarantined or rejected with its reason, the run commits and
// reconciles, and no input text reaches the terminal or the audit log.
func TestBatchOnBadInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(in, 0o700))
	corpus, err := badinput.Write(in)
	require.NoError(t, err)
	_, err = badinput.WriteLongLine(in, 50<<20)
	require.NoError(t, err)
	var good2, good3 string
	for _, c := range badinput.Cases {
		switch c.Name {
		case "one turn":
			good2 = c.Line
		case "empty text":
			good3 = c.Line
		}
	}
	// after records.jsonl in source order: a copy of good-2, and good-3
	// with other content
	require.NoError(t, os.WriteFile(filepath.Join(in, "z-copies.jsonl"),
		[]byte(good2+"\n"+strings.Replace(good3, `"text":""`, `"text":"Other words."`, 1)+"\n"), 0o600))
	records := corpus.Records + 3 + 2
	valid := corpus.Valid + 2 // and the conflict, quarantined

	onprem := filepath.Join(dir, "onprem")
	code, out, stderr := runCmd(t, "", nil, "batch", "--input", in, "--output", filepath.Join(dir, "export"),
		"--quarantine", onprem, "--run-date", "2026-11-24", "--key-file", writeKey(t, dir), "--quiet",
		"--max-rejected", "100%", "--max-line-bytes", "16777216")
	require.Equal(t, exitOK, code, "stdout %s\nstderr %s", out, stderr)
	assert.Contains(t, out, "[reconciles]")

	var sum pipelines.Summary
	var found bool
	require.NoError(t, filepath.WalkDir(onprem, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Name() == "_RUN_SUMMARY.json" {
			b, err := os.ReadFile(p)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(b, &sum))
			found = true
		}
		return err
	}))
	require.True(t, found, "no run summary")
	st := sum.Stats
	assert.Equal(t, export.StatusCommitted, sum.Status)
	assert.EqualValues(t, records, st.RecordsIn)
	assert.Equal(t, st.RecordsIn, st.Exported+st.Quarantined+st.Rejected)
	assert.EqualValues(t, valid+1, st.Exported+st.Quarantined, "quarantined %v", st.Quarantine)
	assert.EqualValues(t, 1, st.Quarantine["conflict"])
	assert.EqualValues(t, 1, st.Reject["duplicate"])
	assert.EqualValues(t, 1, st.Reject["line_too_long"])
	for code, n := range corpus.Reasons {
		assert.GreaterOrEqual(t, st.Reject[code], int64(n), "rejected %s: %v", code, st.Reject)
	}
	// the reader's reasons are known exactly: blank lines, the empty
	// files (plain and gzip), the broken gzip files, the long line
	corpus.Reasons["line_too_long"]++
	for _, code := range badinput.Reader {
		assert.EqualValues(t, corpus.Reasons[code], st.Reject[code], "rejected %s: %v", code, st.Reject)
	}
	assert.EqualValues(t, 2, corpus.Reasons["empty_file"])
	assert.Greater(t, corpus.Reasons["empty_line"], 4)
	t.Logf("records %d: exported %d, quarantined %d %v, rejected %d %v", st.RecordsIn, st.Exported, st.Quarantined, st.Quarantine, st.Rejected, st.Reject)

	// every rejected line is in a rejected file, with a reason and no content
	var rejected int64
	emptyFiles := map[string]int64{}
	require.NoError(t, filepath.WalkDir(onprem, func(p string, d os.DirEntry, err error) error {
		if err != nil || !strings.HasPrefix(d.Name(), "rejected-") {
			return err
		}
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var r export.Rejected
			require.NoError(t, json.Unmarshal([]byte(l), &r))
			require.NoError(t, r.Reason.Validate())
			if r.Reason == "empty_file" {
				emptyFiles[filepath.Base(r.Source)] = r.Line
			}
			rejected++
		}
		assert.NotContains(t, string(b), "Tuesday")
		assert.NotContains(t, string(b), "all good today")
		return nil
	}))
	assert.Equal(t, st.Rejected, rejected)
	assert.Equal(t, map[string]int64{"empty.jsonl": 1, "empty.jsonl.gz": 1}, emptyFiles)

	audit, err := os.ReadFile(filepath.Join(onprem, "audit.jsonl"))
	require.NoError(t, err)
	for _, s := range []string{"Tuesday", "all good today", "transcript", "Other words", "robot"} {
		assert.NotContains(t, out+stderr, s)
		assert.NotContains(t, string(audit), s)
	}
}
