package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/transforms"
)

func writeInput(t *testing.T, dir string, n int) string {
	t.Helper()
	lines, _ := input(t)
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, append(bytes.Join(lines[:n], []byte("\n")), '\n'), 0o600))
	return in
}

// requireNoManifest: readers see no export of the date.
func requireNoManifest(t *testing.T, c Config) {
	t.Helper()
	_, err := export.ReadManifest(context.Background(), openOut(t, c, nil), c.RunDate)
	require.Truef(t, errors.Is(err, export.ErrNoManifest), "manifest: %v", err)
}

// TestAuditFailureFailsTheRun: an audit log that cannot be written (a
// full disk: /dev/full) fails the run before the manifest, whether the
// disk is full at the start (run_started) or fills during the run (the
// commit step's run_committing).
func TestAuditFailureFailsTheRun(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/dev/full is Linux's")
	}
	t.Setenv("DEID_KEY", testKey)
	dir := t.TempDir()
	c := Config{Input: writeInput(t, dir, 5), Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"),
		RunDate: "2026-11-24", AuditLog: "/dev/full"}

	// at the start
	j, err := Prepare(c, time.Now())
	require.NoError(t, err)
	_, err = j.Execute(context.Background(), []string{"batch"})
	require.Error(t, err)
	assert.Contains(t, export.ErrorText(err), "audit log: the run does not start without its audit record")
	assert.Contains(t, export.ErrorText(err), "/dev/full: no space left on device")
	requireNoManifest(t, c)

	// during the run: the pipeline alone, as if run_started had been
	// written before the disk filled
	j, err = Prepare(c, time.Now())
	require.NoError(t, err)
	p, s := beam.NewPipelineWithRoot()
	j.Build(s)
	err = beamx.Run(context.Background(), p)
	require.Error(t, err)
	assert.Contains(t, PipelineError(err).Error(), "a run is not committed without its audit record")
	requireNoManifest(t, c)
	sum, err := j.readSummary(context.Background())
	require.NoError(t, err)
	assert.Equal(t, export.StatusFailed, sum.Status)
}

// TestAbortedRunDoesNotCommit: once the launcher has marked the run
// aborted, the commit step refuses it, and a cancelled Execute logs
// run_aborted with its reason.
func TestAbortedRunDoesNotCommit(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	dir := t.TempDir()
	c := Config{Input: writeInput(t, dir, 5), Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24"}
	j, err := Prepare(c, time.Now())
	require.NoError(t, err)
	j.markAborted(context.Background())
	p, s := beam.NewPipelineWithRoot()
	j.Build(s)
	err = beamx.Run(context.Background(), p)
	require.Error(t, err)
	assert.Contains(t, PipelineError(err).Error(), "was aborted: not committed")
	requireNoManifest(t, c)

	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("received SIGTERM"))
	j, err = Prepare(c, time.Now())
	require.NoError(t, err)
	_, err = j.Execute(ctx, []string{"batch"})
	require.Error(t, err)
	assert.Equal(t, "run aborted: received SIGTERM", export.ErrorText(err))
	requireNoManifest(t, c)
	audit, err := os.ReadFile(j.Config.AuditLog)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(audit)), "\n")
	last := lines[len(lines)-1]
	assert.Contains(t, last, `"event":"run_aborted"`)
	assert.Contains(t, last, `"reason":"received SIGTERM"`)
	b := openOnPrem(t, c)
	_, err = b.Stat(context.Background(), transforms.AbortedKey(j.Run))
	require.NoError(t, err, "the marker stays with the run")
}

func openOnPrem(t *testing.T, c Config) storage.Bucket {
	t.Helper()
	b, err := storage.Open(context.Background(), c.Quarantine, nil)
	require.NoError(t, err)
	t.Cleanup(func() { b.Close() })
	return b
}
