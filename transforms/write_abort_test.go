package transforms

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
)

// A bundle that fails before it finishes leaves no spool file of
// quarantined records (original records) in the temporary folder: the
// worker's teardown drops them, and nothing of the bundle is uploaded.
func TestWriteOnPremTeardownDropsSpools(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	ctx := context.Background()
	dir := t.TempDir()
	run := export.Run{Date: "2026-11-24", ID: export.NewRunID(time.Now())}
	on := &writeOnPremFn{Config: WriteConfig{Run: run, Output: Sink{URL: filepath.Join(dir, "export")}, OnPrem: Sink{URL: filepath.Join(dir, "onprem")}}}
	require.NoError(t, on.Setup(ctx))
	emit := func(Report) {}
	require.NoError(t, on.ProcessElement(ctx, OnPrem{Source: "in.jsonl", LineNo: 1, Reason: "gate.residual_name", Data: []byte(`{"conversation_id":"c-1","turns":[]}`)}, emit))
	require.NoError(t, on.ProcessElement(ctx, OnPrem{Rejected: true, Source: "in.jsonl", LineNo: 2, Reason: "parse.invalid_json", Data: []byte(`{not json`)}, emit))
	spools, err := filepath.Glob(filepath.Join(tmp, "deid-*"))
	require.NoError(t, err)
	require.Len(t, spools, 2, "a spool file each for the quarantined and the rejected records")

	on.Teardown() // no FinishBundle: the bundle failed
	spools, err = filepath.Glob(filepath.Join(tmp, "deid-*"))
	require.NoError(t, err)
	assert.Empty(t, spools)
	assert.Empty(t, onpremFiles(t, filepath.Join(dir, "onprem")), "nothing of the failed bundle uploaded")
}

func onpremFiles(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	require.NoError(t, err)
	return files
}
