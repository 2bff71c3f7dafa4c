package stream

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/transforms"
)

// revised is a record with the same conversation id and other content (a
// corrected transcript).
func revised(t *testing.T, line []byte) []byte {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(line, &m))
	enc, ok := m["encounter"].(map[string]any)
	require.True(t, ok)
	enc["department"] = "Revised Department"
	b, err := json.Marshal(m)
	require.NoError(t, err)
	return b
}

// windowReasons returns, for run, where each rejected or quarantined line
// was (file name:line) and why, from the on-prem files (places and codes
// only: the quarantined records are not read).
func windowReasons(t *testing.T, onprem string, run string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(onprem, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.Contains(p, "run="+run) {
			return nil
		}
		if !strings.HasPrefix(d.Name(), "rejected-") && !strings.HasPrefix(d.Name(), "quarantined-") {
			return nil
		}
		f, err := os.Open(p)
		require.NoError(t, err)
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var l struct {
				export.Input
				Reason string `json:"reason"`
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &l))
			kind := strings.SplitN(d.Name(), "-", 2)[0]
			out[filepath.Base(l.Source)+":"+itoa(l.Line)] = kind + " " + l.Reason
		}
		return nil
	})
	return out
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// TestStreamDuplicatesAcrossWindows: a conversation id a committed window
// read comes again in a later window, after a restart: with the same
// content it is rejected as a duplicate, with other content quarantined as
// a conflict, as the batch pipeline does within a run; the later window's
// own new ids are remembered for the next (after another restart). Each
// window's counts reconcile, no conversation is exported twice, and the
// on-prem state holds 32 bytes per conversation id and no id in clear.
func TestStreamDuplicatesAcrossWindows(t *testing.T) {
	lines, _ := fixtures(t)
	c, dir := localConfig(t)
	in := filepath.Join(dir, "in")
	onprem := filepath.Join(dir, "onprem")

	windowOf := func(name string) func(WindowStatus) bool {
		return func(ws WindowStatus) bool { return hasFile(ws, name) }
	}
	var runs []WindowStatus
	run := func(name string, data []byte) WindowStatus {
		require.NoError(t, os.WriteFile(filepath.Join(in, name), data, 0o600))
		var got WindowStatus
		res := runUntil(t, c, func(ws WindowStatus) bool {
			if windowOf(name)(ws) {
				got = ws
				return true
			}
			return false
		})
		require.Zero(t, res.Failed)
		require.Equal(t, export.StatusCommitted, got.Status)
		assert.True(t, got.Counts.Reconciles(), "window %s", name)
		runs = append(runs, got)
		return got
	}

	// window 1: four conversations
	w1 := run("a.jsonl", join(lines[0:4]))
	assert.EqualValues(t, 4, w1.Counts.RecordsIn)
	assert.Empty(t, filterReasons(windowReasons(t, onprem, w1.RunID), "duplicate", "conflict"))

	// restart; window 2: the same first record, the second revised, a new
	// one twice (a duplicate within the window, as in batch)
	w2 := run("b.jsonl", join([][]byte{lines[0], revised(t, lines[1]), lines[4], lines[4]}))
	assert.EqualValues(t, 4, w2.Counts.RecordsIn)
	assert.EqualValues(t, 2, w2.Counts.Rejected)
	assert.Equal(t, map[string]string{
		"b.jsonl:1": "rejected duplicate",
		"b.jsonl:2": "quarantined conflict",
		"b.jsonl:4": "rejected duplicate",
	}, filterReasons(windowReasons(t, onprem, w2.RunID), "duplicate", "conflict"))

	// restart; window 3: window 2's new conversation revised, one of
	// window 1's again, a new one
	w3 := run("c.jsonl", join([][]byte{revised(t, lines[4]), lines[2], lines[5]}))
	assert.EqualValues(t, 3, w3.Counts.RecordsIn)
	assert.Equal(t, map[string]string{
		"c.jsonl:1": "quarantined conflict",
		"c.jsonl:2": "rejected duplicate",
	}, filterReasons(windowReasons(t, onprem, w3.RunID), "duplicate", "conflict"))

	// the export: every window reconciles, no conversation twice
	out, err := storage.Open(t.Context(), filepath.Join(dir, "out", Subdir), nil)
	require.NoError(t, err)
	defer out.Close()
	ids, counts, _ := exportTotals(t, out)
	assert.EqualValues(t, 4+4+3, counts.RecordsIn)
	assert.EqualValues(t, len(ids), counts.Exported, "no research id twice")
	assert.EqualValues(t, w1.Counts.Exported+w2.Counts.Exported+w3.Counts.Exported, counts.Exported)

	// the state: 32 bytes per conversation id (six), sorted, no id in clear, no spool left
	stateDir := filepath.Join(onprem, "_state", Subdir)
	b, err := os.ReadFile(filepath.Join(stateDir, conversationsFile))
	require.NoError(t, err)
	assert.Len(t, b, 6*transforms.EarlierSize)
	for i := transforms.EarlierSize; i < len(b); i += transforms.EarlierSize {
		assert.Negative(t, bytes.Compare(b[i-transforms.EarlierSize:i-16], b[i:i+16]), "sorted by id, once each")
	}
	for _, l := range lines[:6] {
		var cv struct {
			ID string `json:"conversation_id"`
		}
		require.NoError(t, json.Unmarshal(l, &cv))
		assert.False(t, bytes.Contains(b, []byte(cv.ID)), "a conversation id in clear in the state")
	}
	spools, _ := filepath.Glob(filepath.Join(stateDir, spoolPrefix+"*"))
	assert.Empty(t, spools)
}

// filterReasons keeps the places whose reason is one of codes.
func filterReasons(m map[string]string, codes ...string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		for _, c := range codes {
			if strings.HasSuffix(v, " "+c) {
				out[k] = v
			}
		}
	}
	return out
}
