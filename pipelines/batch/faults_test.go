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
	"github.com/deid-project/deid/internal/faultproxy"
	"github.com/deid-project/deid/internal/testserver"
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
	require.NoError(t, j.Abort(errors.New("test")))
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

// TestRunSurvivesStoreFaults: the research bucket (versitygw and
// fake-gcs-server) sits behind a proxy that answers 503, resets uploads
// in the middle and slows connections. Each run either commits or fails
// with no manifest (readers never see a partial export); once the faults
// stop, the rerun commits with every record exactly once, and nothing of
// the failed runs is left in the date.
func TestRunSurvivesStoreFaults(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	s3 := testserver.StartS3(t)
	s3b := s3.CreateBucket(t, "")
	gcs := testserver.StartGCS(t)
	gcsb := gcs.CreateBucket(t, "")
	t.Setenv("AWS_ACCESS_KEY_ID", s3.AccessKey)
	t.Setenv("AWS_SECRET_ACCESS_KEY", s3.SecretKey)
	t.Setenv("STORAGE_EMULATOR_HOST", "")
	faults := []faultproxy.Fault{faultproxy.HTTP503, faultproxy.Reset, faultproxy.Slow}
	for _, srv := range []struct{ name, output, target string }{
		{"versitygw", "s3://" + s3b + "/deid", s3.Host},
		{"fake-gcs-server", "gs://" + gcsb + "/deid", gcs.Host},
	} {
		t.Run(srv.name, func(t *testing.T) {
			dir := t.TempDir()
			const n = 40
			p := faultproxy.Start(t, srv.target, faultproxy.Random(7, 0.3, faults...))
			c := Config{Input: writeInput(t, dir, n), Output: srv.output, OutputEndpoint: "http://" + p.Addr, OutputPlainHTTP: true,
				Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24", ChunkBytes: 32 << 10}
			if srv.name == "fake-gcs-server" {
				// anonymous through the emulator variable, at the proxy
				t.Setenv("STORAGE_EMULATOR_HOST", p.Addr)
				c.OutputEndpoint = ""
			}
			ctx := context.Background()
			for attempt := 0; attempt < 3; attempt++ {
				j, err := Prepare(c, time.Now())
				require.NoError(t, err)
				sum, err := j.Execute(ctx, []string{"batch"})
				if err == nil {
					assert.Equal(t, export.StatusCommitted, sum.Status)
					break
				}
				t.Logf("run %d failed under faults (allowed, with no manifest): %s", attempt, export.ErrorText(err))
				p.SetPlan(faultproxy.Sequence())
				_, merr := export.ReadManifest(ctx, openOut(t, c, outOpts(c)), c.RunDate)
				p.SetPlan(faultproxy.Random(uint64(attempt), 0.3, faults...))
				require.Truef(t, errors.Is(merr, export.ErrNoManifest), "a failed run left a manifest: %v", merr)
			}
			t.Logf("faults injected: %v", p.Counts())
			assert.Positive(t, p.Injected())

			// the faults stop: the rerun commits
			p.SetPlan(faultproxy.Sequence())
			j, err := Prepare(c, time.Now())
			require.NoError(t, err)
			sum, err := j.Execute(ctx, []string{"batch"})
			require.NoError(t, err)
			assert.True(t, sum.Stats.Reconciles())

			out := openOut(t, c, outOpts(c))
			ds, err := export.Open(ctx, out, c.RunDate, nil)
			require.NoError(t, err)
			assert.Equal(t, sum.Run.ID, ds.Manifest.RunID)
			seen := map[string]int{}
			for rec, err := range ds.Records(ctx) {
				require.NoError(t, err)
				seen[rec.ResearchID]++
			}
			assert.EqualValues(t, sum.Stats.Exported, len(seen))
			for id, k := range seen {
				assert.Equal(t, 1, k, "record %s exported %d times", id, k)
			}
			assert.EqualValues(t, n, sum.Stats.Exported+sum.Stats.Quarantined+sum.Stats.Rejected)
			// only the committed run is left in the date
			objs, err := out.List(ctx, export.DatePrefix(c.RunDate)+"/")
			require.NoError(t, err)
			for _, o := range objs {
				if strings.Contains(o.Key, "/run=") {
					assert.Contains(t, o.Key, "/run="+sum.Run.ID+"/", "left over from a failed run")
				}
			}
		})
	}
}

func outOpts(c Config) *storage.Options {
	return &storage.Options{Endpoint: c.OutputEndpoint, AllowInsecure: true}
}

// TestSecondRunOfADateRefuses: while a run of a date holds its lock, a
// second run of the same date refuses to start (and writes nothing); once
// the first is over, the date can be run again.
func TestSecondRunOfADateRefuses(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no advisory locks")
	}
	t.Setenv("DEID_KEY", testKey)
	dir := t.TempDir()
	c := Config{Input: writeInput(t, dir, 3), Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24"}
	first, err := Prepare(c, time.Now())
	require.NoError(t, err)
	unlock, err := first.lockDate() // the first run is in progress
	require.NoError(t, err)

	second, err := Prepare(c, time.Now().Add(time.Second))
	require.NoError(t, err)
	_, err = second.Execute(context.Background(), []string{"batch"})
	require.Error(t, err)
	require.True(t, errors.Is(err, ErrRunInProgress), "%v", err)
	assert.Contains(t, export.ErrorText(err), "another run of 2026-11-24 is in progress (run "+first.Run.ID)
	requireNoManifest(t, c)
	_, err = os.Stat(second.Config.AuditLog)
	assert.True(t, os.IsNotExist(err), "the refused run did not start")

	// another date is not locked
	other := c
	other.RunDate = "2026-11-25"
	runJob(t, other)

	unlock()
	sum := runJob(t, c)
	assert.Equal(t, export.StatusCommitted, sum.Status)
}

// TestQuarantineUnwritableExportsNothing: when a record cannot be kept
// on-prem (the quarantine cannot be written), the run stops and commits
// nothing: no record is exported from a run that lost one.
func TestQuarantineUnwritableExportsNothing(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	dir := t.TempDir()
	lines, _ := input(t)
	in := filepath.Join(dir, "in.jsonl")
	data := append(bytes.Join(append(lines[:5:5], []byte(substanceUse), []byte("{not json")), []byte("\n")), '\n')
	require.NoError(t, os.WriteFile(in, data, 0o600))
	blocker := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(blocker, nil, 0o600))
	c := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(blocker, "onprem"), RunDate: "2026-11-24",
		AuditLog: filepath.Join(dir, "audit.jsonl"), StateDir: filepath.Join(dir, "state")}
	j, err := Prepare(c, time.Now())
	require.NoError(t, err)
	// the pipeline alone (Execute would refuse at once: it makes the
	// quarantine directory first)
	p, s := beam.NewPipelineWithRoot()
	j.Build(s)
	err = beamx.Run(context.Background(), p)
	require.Error(t, err)
	t.Logf("stopped: %s", PipelineError(err))
	requireNoManifest(t, c)

	// Execute stops before the first record
	_, err = j.Execute(context.Background(), []string{"batch"})
	require.Error(t, err)
	assert.Contains(t, export.ErrorText(err), filepath.Join(blocker, "onprem"))
	requireNoManifest(t, c)
}

// TestRunFailsCleanlyUnderPersistentFaults: a research bucket that answers
// every request with 503 fails the run (retries give up) with no manifest
// and nothing of the run left in the date; once the store is back the rerun
// commits with every record exactly once.
func TestRunFailsCleanlyUnderPersistentFaults(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	s3 := testserver.StartS3(t)
	b := s3.CreateBucket(t, "")
	t.Setenv("AWS_ACCESS_KEY_ID", s3.AccessKey)
	t.Setenv("AWS_SECRET_ACCESS_KEY", s3.SecretKey)
	dir := t.TempDir()
	const n = 20
	p := faultproxy.Start(t, s3.Host, faultproxy.Sequence())
	c := Config{Input: writeInput(t, dir, n), Output: "s3://" + b + "/deid", OutputEndpoint: "http://" + p.Addr, OutputPlainHTTP: true,
		Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-25", ChunkBytes: 32 << 10}
	ctx := context.Background()

	// the preflight passes on a healthy store; then every request fails
	j, err := Prepare(c, time.Now())
	require.NoError(t, err)
	p.SetPlan(faultproxy.Random(1, 1, faultproxy.HTTP503))
	_, err = j.Execute(ctx, []string{"batch"})
	require.Error(t, err, "a run whose every write fails must fail")
	assert.Positive(t, p.Injected())

	p.SetPlan(faultproxy.Sequence())
	out := openOut(t, c, outOpts(c))
	_, merr := export.ReadManifest(ctx, out, c.RunDate)
	require.Truef(t, errors.Is(merr, export.ErrNoManifest), "the failed run left a manifest: %v", merr)

	j, err = Prepare(c, time.Now())
	require.NoError(t, err)
	sum, err := j.Execute(ctx, []string{"batch"})
	require.NoError(t, err)
	assert.Equal(t, export.StatusCommitted, sum.Status)
	assert.True(t, sum.Stats.Reconciles())
	assert.EqualValues(t, n, sum.Stats.Exported+sum.Stats.Quarantined+sum.Stats.Rejected)
	ds, err := export.Open(ctx, out, c.RunDate, nil)
	require.NoError(t, err)
	seen := map[string]int{}
	for rec, err := range ds.Records(ctx) {
		require.NoError(t, err)
		seen[rec.ResearchID]++
	}
	assert.EqualValues(t, sum.Stats.Exported, len(seen))
	for id, k := range seen {
		assert.Equal(t, 1, k, "record %s exported %d times", id, k)
	}
	objs, err := out.List(ctx, export.DatePrefix(c.RunDate)+"/")
	require.NoError(t, err)
	for _, o := range objs {
		if strings.Contains(o.Key, "/run=") {
			assert.Contains(t, o.Key, "/run="+sum.Run.ID+"/", "left over from the failed run")
		}
	}
}
