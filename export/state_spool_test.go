package export_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
)

func fingerprints(t *testing.T, from, to int) []export.Fingerprint {
	t.Helper()
	var fps []export.Fingerprint
	for i := from; i < to; i++ {
		fp, err := export.FingerprintOf(fmt.Sprintf("C%05d", i), []byte(fmt.Sprintf(`{"conversation_id":"C%05d"}`, i)))
		require.NoError(t, err)
		fps = append(fps, fp)
	}
	return fps
}

// TestStateSpool: fingerprints spooled in parallel runs by the writers
// (more runs than extsort.FanIn, some repeated) are merged into the pending
// file and folded into the state by streaming; the spool is removed; the
// state file stays sorted, a re-run of a date replaces that date's
// entries, and a state file in the earlier date-first order is still read.
func TestStateSpool(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	st, err := export.OpenStateDir(dir)
	require.NoError(t, err)
	run1 := runAt("2024-07-01", 1)
	all := fingerprints(t, 0, 2000)
	var names []string
	for i := 0; i < len(all); i += 15 {
		chunk := all[i:min(i+15, len(all))]
		n, err := export.SpoolFingerprints(dir, run1, chunk)
		require.NoError(t, err)
		names = append(names, n)
	}
	// a retried bundle's run that the commit was not told about is ignored
	_, err = export.SpoolFingerprints(dir, run1, fingerprints(t, 5000, 5010))
	require.NoError(t, err)
	// the same input spooled twice counts once
	n, err := export.SpoolFingerprints(dir, run1, all[:3])
	require.NoError(t, err)
	names = append(names, n)
	require.NoError(t, st.PrepareSpooled(run1, names))
	require.NoError(t, st.Apply(run1))
	spools, _ := filepath.Glob(filepath.Join(dir, "spool-*"))
	require.Empty(t, spools)
	require.Equal(t, 2000, st.Len())
	require.True(t, st.Seen(all[7], "2024-07-02"))
	require.False(t, st.Seen(fingerprints(t, 5000, 5001)[0], "2024-07-02"))

	// day 2 exports 1500..2500: its entries move there
	run2 := runAt("2024-07-02", 1)
	require.NoError(t, st.Prepare(run2, fingerprints(t, 1500, 2500)))
	require.NoError(t, st.Apply(run2))
	// day 1 re-run exports 0..100 only: its other entries go
	run1b := runAt("2024-07-01", 2)
	require.NoError(t, st.Prepare(run1b, fingerprints(t, 0, 100)))
	require.NoError(t, st.Apply(run1b))
	st, err = export.OpenStateStore(dir)
	require.NoError(t, err)
	require.Equal(t, 100+1000, st.Len())
	d, _, ok := st.ExportedUnder(all[1600])
	require.True(t, ok)
	require.Equal(t, "2024-07-02", d)
	_, _, ok = st.ExportedUnder(all[500])
	require.False(t, ok)
	b, err := os.ReadFile(filepath.Join(dir, "exported.jsonl"))
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	require.True(t, sort.SliceIsSorted(lines, func(i, j int) bool { return lines[i] < lines[j] }), "state sorted by fingerprint")

	// an earlier state file, sorted by date first, is merged correctly
	legacy := `{"conversation_id":"Z1","sha256":"aa","date":"2024-01-01","run_id":"r1"}` + "\n" +
		`{"conversation_id":"A1","sha256":"bb","date":"2024-01-02","run_id":"r2"}` + "\n"
	dir2 := filepath.Join(t.TempDir(), "state")
	require.NoError(t, os.MkdirAll(dir2, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(dir2, "exported.jsonl"), []byte(legacy), 0o600))
	st2, err := export.OpenStateDir(dir2)
	require.NoError(t, err)
	run3 := runAt("2024-07-03", 1)
	require.NoError(t, st2.Prepare(run3, []export.Fingerprint{{ConversationID: "M1", SHA256: "cc"}, {ConversationID: "Z1", SHA256: "aa"}}))
	require.NoError(t, st2.Apply(run3))
	require.Equal(t, 3, st2.Len())
	d, _, _ = st2.ExportedUnder(export.Fingerprint{ConversationID: "Z1", SHA256: "aa"})
	require.Equal(t, "2024-07-03", d)
	d, _, _ = st2.ExportedUnder(export.Fingerprint{ConversationID: "A1", SHA256: "bb"})
	require.Equal(t, "2024-01-02", d)
}
