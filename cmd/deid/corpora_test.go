//go:build corpora

// The corpus runs read the public conversation corpora of the shared data
// folder (../shared next to the repository, or $DEID_SHARED), which a clean
// clone does not have: they run with `make e2e-corpora`, not `make test`,
// and fail rather than skip when a corpus is missing. Nothing read is
// written into the repository; converted inputs and outputs live in
// temporary directories.

package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/pipelines"
)

func sharedDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("DEID_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	_, err := os.Stat(dir)
	require.NoError(t, err, "the shared data folder (set DEID_SHARED)")
	return dir
}

// TestCorpora runs `deid batch` end to end on every conversation corpus of
// the shared folder, with a one-run key: each run must commit and
// reconcile, reject nothing (every corpus line is a valid record) and give
// only listed reason codes. It logs the counts (codes and numbers only).
func TestCorpora(t *testing.T) {
	shared := sharedDir(t)
	corpora := []struct {
		name  string
		input func(t *testing.T) string
	}{
		{"primock57", func(*testing.T) string {
			return filepath.Join(shared, "data", "conversations", "primock57", "consultations.jsonl")
		}},
		{"mts-dialog", func(t *testing.T) string {
			return mtsConversations(t, filepath.Join(shared, "data", "conversations", "mts-dialog"))
		}},
		{"aci", func(*testing.T) string { return filepath.Join(shared, "eval-dev", "aci.conversations.jsonl") }},
	}
	listed := map[string]bool{}
	for _, r := range process.QuarantineReasons() {
		listed[r] = true
	}
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			in := c.input(t)
			n := countLines(t, in)
			require.Positive(t, n, "%s is empty", c.name)
			dir := t.TempDir()
			onprem := filepath.Join(dir, "onprem")
			code, out, stderr := runCmd(t, "", nil, "batch", "--input", in, "--output", filepath.Join(dir, "export"),
				"--quarantine", onprem, "--run-date", "2026-11-24", "--ephemeral-key", "--quiet")
			require.Equal(t, exitOK, code, "exit code; stderr:\n%s", stderr)
			assert.Contains(t, out, "COMMITTED")
			assert.Contains(t, out, "[reconciles]")

			sum := runSummary(t, onprem)
			st := sum.Stats
			assert.Equal(t, "committed", sum.Status)
			assert.True(t, st.Reconciles(), "%+v", st)
			assert.EqualValues(t, n, st.RecordsIn)
			assert.Zero(t, st.Rejected, "rejected %v", st.Reject)
			for r := range st.Quarantine {
				assert.True(t, listed[r], "quarantine reason %q is not listed", r)
			}
			t.Logf("%s: in %d = exported %d + quarantined %d + rejected %d; quarantined %v",
				c.name, st.RecordsIn, st.Exported, st.Quarantined, st.Rejected, st.Quarantine)
		})
	}
}

func countLines(t *testing.T, path string) int {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	n := 0
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			n++
		}
	}
	require.NoError(t, sc.Err())
	return n
}

func runSummary(t *testing.T, onprem string) pipelines.Summary {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(onprem, "dt=*", "run=*", "_RUN_SUMMARY.json"))
	require.NoError(t, err)
	require.Len(t, paths, 1, "run summaries")
	b, err := os.ReadFile(paths[0])
	require.NoError(t, err)
	var s pipelines.Summary
	require.NoError(t, json.Unmarshal(b, &s))
	return s
}

// mtsSpeakers maps MTS-Dialog's speaker labels (typos included) to the
// conversation record's speakers.
var mtsSpeakers = map[string]string{
	"Doctor": deid.SpeakerClinician, "Guest_clinician": deid.SpeakerClinician, "Guest_clinican": deid.SpeakerClinician,
	"Patient": deid.SpeakerPatient, "Guest_family": deid.SpeakerOther, "Gest_family": deid.SpeakerOther,
}

var mtsTurn = regexp.MustCompile(`^([A-Za-z_]+):\s*(.*)$`)

// mtsConversations converts the MTS-Dialog CSV files of dir (one dialogue
// of "Doctor: …" / "Patient: …" lines per row) into conversation records,
// conversation_id "mts-<set>-<ID>", in a temporary file whose path it
// returns. A line without a speaker label continues the turn before it;
// times are made up at 300 ms a word, as the records need them ordered.
func mtsConversations(t *testing.T, dir string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "no MTS-Dialog CSV files in %s", dir)
	out := filepath.Join(t.TempDir(), "mts-dialog.conversations.jsonl")
	f, err := os.Create(out)
	require.NoError(t, err)
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, name := range files {
		in, err := os.Open(name)
		require.NoError(t, err)
		r := csv.NewReader(in)
		header, err := r.Read()
		require.NoError(t, err)
		col := map[string]int{}
		for i, h := range header {
			col[h] = i
		}
		id, ok1 := col["ID"]
		dialogue, ok2 := col["dialogue"]
		require.True(t, ok1 && ok2, "%s: no ID or dialogue column", filepath.Base(name))
		set := strings.ToLower(strings.TrimPrefix(strings.TrimSuffix(filepath.Base(name), ".csv"), "MTS-Dialog-"))
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			require.NoError(t, err)
			c := deid.Conversation{ConversationID: "mts-" + set + "-" + rec[id], Turns: []deid.Turn{}}
			var ms int64
			for _, line := range strings.Split(strings.ReplaceAll(rec[dialogue], "\r", ""), "\n") {
				line = strings.TrimSpace(line)
				if line == "" {
					continue
				}
				words := int64(len(strings.Fields(line)))
				if m := mtsTurn.FindStringSubmatch(line); m != nil && mtsSpeakers[m[1]] != "" {
					c.Turns = append(c.Turns, deid.Turn{Speaker: mtsSpeakers[m[1]], StartMS: ms, EndMS: ms + 300*words, Text: m[2]})
				} else if k := len(c.Turns); k > 0 {
					c.Turns[k-1].Text += " " + line
					c.Turns[k-1].EndMS += 300 * words
				} else {
					c.Turns = append(c.Turns, deid.Turn{Speaker: deid.SpeakerOther, StartMS: ms, EndMS: ms + 300*words, Text: line})
				}
				ms = c.Turns[len(c.Turns)-1].EndMS
			}
			require.NoError(t, enc.Encode(&c))
		}
		in.Close()
	}
	require.NoError(t, w.Flush())
	return out
}
