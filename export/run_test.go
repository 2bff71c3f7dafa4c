package export_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
)

// putLog records the keys put to a bucket, in order.
type putLog struct {
	storage.Bucket
	mu   sync.Mutex
	keys []string
}

func (p *putLog) Put(ctx context.Context, key string, r io.Reader, o *storage.PutOptions) (*storage.ObjectInfo, error) {
	p.mu.Lock()
	p.keys = append(p.keys, key)
	p.mu.Unlock()
	return p.Bucket.Put(ctx, key, r, o)
}

func (p *putLog) Close() error { return nil } // the test's bucket outlives the commit

// runCommit is a run of n records written to b, exported, with one
// fingerprint per record, and every place the commit writes to in dir.
func runCommit(t *testing.T, b storage.Bucket, dir string, run export.Run, n int) export.RunCommit {
	t.Helper()
	shards := writeRun(t, b, run, testRecords(0, n), 2, nil)
	fps := make([]export.Fingerprint, n)
	for i := range fps {
		fp, err := export.FingerprintOf(fmt.Sprintf("conv-%d", i), []byte(fmt.Sprintf(`{"conversation_id":"conv-%d","run":%q}`, i, run.ID)))
		require.NoError(t, err)
		fps[i] = fp
	}
	return export.RunCommit{
		Run: run, Mode: export.ModeIncremental, PolicyName: "safe-harbor", PolicyVersion: 1, PolicyHash: testHash,
		Formats:       []string{export.FormatJSONL, export.FormatParquet},
		OpenOutput:    func(context.Context) (storage.Bucket, error) { return &putLog{Bucket: b}, nil },
		Counts:        export.Counts{RecordsIn: int64(n + 1), Exported: int64(n), Rejected: 1},
		RejectReasons: map[string]int64{"malformed_json": 1},
		Shards:        shards, Fingerprints: fps,
		StateDir:  filepath.Join(dir, "state"),
		AuditPath: filepath.Join(dir, "audit.jsonl"),
		StartedAt: time.Now(), MaxRejected: 0.5,
	}
}

// auditEvents returns the events of the audit log at path, in order.
func auditEvents(t *testing.T, path string) []map[string]any {
	t.Helper()
	body, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	require.NoError(t, err)
	if len(body) == 0 {
		return nil
	}
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(string(body)), "\n") {
		var ev map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &ev))
		out = append(out, ev)
	}
	return out
}

func eventNames(evs []map[string]any) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, fmt.Sprint(ev["event"], "/", ev["status"]))
	}
	return out
}

func stateOf(t *testing.T, in export.RunCommit) *export.StateStore {
	t.Helper()
	st, err := export.OpenStateStore(in.StateDir)
	require.NoError(t, err)
	return st
}

// TestCommitRunCommitsTheManifestLast: counts that reconcile commit the
// run: the audit record of the commit is written before the manifest, the
// manifest is the last object put, and the incremental state holds the
// run's inputs only afterwards.
func TestCommitRunCommitsTheManifestLast(t *testing.T) {
	b, _ := localBucket(t)
	dir := t.TempDir()
	run := runAt("2024-08-01", 1)
	in := runCommit(t, b, dir, run, 12)
	log := &putLog{Bucket: b}
	in.OpenOutput = func(context.Context) (storage.Bucket, error) { return log, nil }
	var held []bool
	in.Hold = func(context.Context) (func(bool), error) {
		require.Empty(t, auditEvents(t, in.AuditPath), "the hold comes before the audit record of the commit")
		require.Zero(t, stateOf(t, in).Len(), "the state waits for the manifest")
		return func(committed bool) {
			_, err := export.ReadManifest(t.Context(), b, run.Date)
			require.NoError(t, err, "released once the manifest is written")
			held = append(held, committed)
		}, nil
	}

	res, err := export.CommitRun(t.Context(), in)
	require.NoError(t, err)
	assert.Equal(t, export.StatusCommitted, res.Status)
	assert.Equal(t, run.DatePrefix()+"/"+export.ManifestName, res.Manifest)
	assert.Empty(t, res.Error)
	assert.Equal(t, []bool{true}, held)
	require.NotEmpty(t, log.keys)
	assert.Equal(t, run.DatePrefix()+"/"+export.ManifestName, log.keys[len(log.keys)-1], "puts: %v", log.keys)

	m, err := export.ReadManifest(t.Context(), b, run.Date)
	require.NoError(t, err)
	assert.Equal(t, run.ID, m.RunID)
	assert.Equal(t, in.Counts, m.Counts)
	assert.Equal(t, export.ModeIncremental, m.Mode)
	assert.Len(t, readAll(t, b, run.Date, export.FormatJSONL), 12)

	st := stateOf(t, in)
	assert.Equal(t, 12, st.Len())
	date, runID, ok := st.ExportedUnder(in.Fingerprints[0])
	assert.True(t, ok)
	assert.Equal(t, []string{run.Date, run.ID}, []string{date, runID})

	evs := auditEvents(t, in.AuditPath)
	assert.Equal(t, []string{"run_committing/<nil>", "run_finished/committed"}, eventNames(evs))
	assert.Equal(t, map[string]any{"malformed_json": float64(1)}, evs[1]["reject_reasons"])
}

// TestCommitRunRefusesCountsThatDoNotReconcile: a record lost (or counted
// twice) commits nothing: no manifest, no state, the audit log says why.
func TestCommitRunRefusesCountsThatDoNotReconcile(t *testing.T) {
	for name, counts := range map[string]export.Counts{
		"lost":     {RecordsIn: 13, Exported: 12},
		"twice":    {RecordsIn: 12, Exported: 12, Quarantined: 1},
		"negative": {RecordsIn: 12, Exported: 13, Rejected: -1},
	} {
		t.Run(name, func(t *testing.T) {
			b, _ := localBucket(t)
			dir := t.TempDir()
			run := runAt("2024-08-02", 1)
			in := runCommit(t, b, dir, run, 12)
			in.Counts = counts
			in.Hold = func(context.Context) (func(bool), error) {
				t.Error("a run whose counts do not reconcile reached the last checks")
				return func(bool) {}, nil
			}

			res, err := export.CommitRun(t.Context(), in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, export.ErrUnreconciled), "%v", err)
			assert.False(t, export.IsRefusal(err), "a bug, not a refusal: the objects stay for inspection")
			assert.Contains(t, err.Error(), "counts do not reconcile")
			assert.Equal(t, export.StatusFailed, res.Status)
			assert.Empty(t, res.Manifest)
			assert.Contains(t, res.Error, "counts do not reconcile")

			_, err = export.ReadManifest(t.Context(), b, run.Date)
			assert.True(t, errors.Is(err, export.ErrNoManifest), "%v", err)
			assert.Zero(t, stateOf(t, in).Len())
			assert.Equal(t, []string{"run_finished/failed"}, eventNames(auditEvents(t, in.AuditPath)))
		})
	}
}

// TestCommitRunRefusesToShrink: a run that exports fewer records than the
// committed run of its date is refused (its objects removed, the committed
// run kept) unless AllowShrink.
func TestCommitRunRefusesToShrink(t *testing.T) {
	b, _ := localBucket(t)
	dir := t.TempDir()
	date := "2024-08-03"
	run1 := runAt(date, 1)
	_, err := export.CommitRun(t.Context(), runCommit(t, b, dir, run1, 20))
	require.NoError(t, err)

	run2 := runAt(date, 2)
	in := runCommit(t, b, dir, run2, 3)
	res, err := export.CommitRun(t.Context(), in)
	require.True(t, errors.Is(err, export.ErrShrink), "%v", err)
	assert.True(t, export.IsRefusal(err))
	assert.Contains(t, res.Error, "--allow-shrink")
	assert.Empty(t, res.Manifest)
	assert.Empty(t, keys(t, b, run2.Prefix()+"/"), "a refused run's objects are removed")
	m, err := export.ReadManifest(t.Context(), b, date)
	require.NoError(t, err)
	assert.Equal(t, run1.ID, m.RunID)
	_, _, ok := stateOf(t, in).ExportedUnder(in.Fingerprints[0])
	assert.False(t, ok, "the refused run left the state alone")
	assert.Equal(t, 20, stateOf(t, in).Len())

	run3 := runAt(date, 3)
	in = runCommit(t, b, dir, run3, 3)
	in.AllowShrink = true
	res, err = export.CommitRun(t.Context(), in)
	require.NoError(t, err)
	assert.Equal(t, export.StatusCommitted, res.Status)
	m, err = export.ReadManifest(t.Context(), b, date)
	require.NoError(t, err)
	assert.Equal(t, run3.ID, m.RunID)
	assert.EqualValues(t, 3, m.Counts.Exported)
}

// TestCommitRunNeedsItsAuditRecord: an audit log that cannot be written (a
// full disk) fails the commit before the manifest: nothing committed.
func TestCommitRunNeedsItsAuditRecord(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/dev/full is Linux's")
	}
	b, _ := localBucket(t)
	dir := t.TempDir()
	run := runAt("2024-08-04", 1)
	in := runCommit(t, b, dir, run, 5)
	in.AuditPath = "/dev/full"
	released := 0
	in.Hold = func(context.Context) (func(bool), error) {
		return func(committed bool) {
			assert.False(t, committed)
			released++
		}, nil
	}

	res, err := export.CommitRun(t.Context(), in)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "a run is not committed without its audit record")
	assert.Equal(t, export.StatusFailed, res.Status)
	assert.Empty(t, res.Manifest)
	assert.Equal(t, 1, released)
	_, err = export.ReadManifest(t.Context(), b, run.Date)
	assert.True(t, errors.Is(err, export.ErrNoManifest), "%v", err)
	assert.Zero(t, stateOf(t, in).Len())
}

// TestCommitRunHoldRefuses: the caller's last check (a run that was
// aborted) refuses the commit: no audit record of a commit, no manifest.
func TestCommitRunHoldRefuses(t *testing.T) {
	b, _ := localBucket(t)
	dir := t.TempDir()
	run := runAt("2024-08-05", 1)
	in := runCommit(t, b, dir, run, 5)
	in.Hold = func(context.Context) (func(bool), error) {
		return nil, errors.Newf("run %s was aborted: not committed", errors.Safe(run.ID))
	}
	res, err := export.CommitRun(t.Context(), in)
	require.Error(t, err)
	assert.Contains(t, res.Error, "was aborted")
	_, err = export.ReadManifest(t.Context(), b, run.Date)
	assert.True(t, errors.Is(err, export.ErrNoManifest), "%v", err)
	assert.Zero(t, stateOf(t, in).Len())
	assert.Equal(t, []string{"run_finished/failed"}, eventNames(auditEvents(t, in.AuditPath)))
}
