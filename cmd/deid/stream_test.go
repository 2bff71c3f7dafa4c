package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
)

// streamFixtures returns the committed conversations, one a line, and the
// identifiers of their encounters.
func streamFixtures(t *testing.T) (lines []string, secrets []string) {
	t.Helper()
	data, err := os.ReadFile("../../fixtures/testdata/conversations.jsonl")
	require.NoError(t, err)
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		lines = append(lines, l+"\n")
		var c deid.Conversation
		require.NoError(t, json.Unmarshal([]byte(l), &c))
		secrets = append(secrets, c.Encounter.EncounterID)
		if p := c.Encounter.Patient; p != nil {
			secrets = append(secrets, p.Name, p.MRN, p.Phone)
		}
	}
	return lines, secrets
}

// streamCmd starts this test binary as `deid stream`.
func streamCmd(t *testing.T, env []string, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"stream"}, args...)...)
	cmd.Env = append(append(os.Environ(), "DEID_TEST_RUN_AS_CLI=1"), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { cmd.Process.Kill() })
	return cmd, &out, &errb
}

// waitFile waits for a file to exist (and contain want).
func waitFile(t *testing.T, path, want string) {
	t.Helper()
	for i := 0; ; i++ {
		if b, err := os.ReadFile(path); err == nil && strings.Contains(string(b), want) {
			return
		}
		require.Less(t, i, 6000, "%s never had %q", path, want) // a hang guard
		time.Sleep(20 * time.Millisecond)                       // polling, not timing
	}
}

// windowExport reads every committed window: records in, research ids,
// and all exported bytes (gunzipped).
func windowExport(t *testing.T, out storage.Bucket) (in int64, ids map[string]int, all []byte) {
	t.Helper()
	ctx := context.Background()
	ids = map[string]int{}
	wins, err := export.CommittedWindows(ctx, out)
	require.NoError(t, err)
	named := map[string]bool{}
	for _, w := range wins {
		ds, err := export.OpenWindow(ctx, out, w.Date, w.Window, nil)
		require.NoError(t, err)
		require.True(t, ds.Manifest.Counts.Reconciles())
		in += ds.Manifest.Counts.RecordsIn
		for _, s := range ds.Manifest.Shards {
			named[export.WindowPrefix(w.Date, w.Window)+"/"+s.Path] = true
		}
		for rec, err := range ds.Records(ctx) {
			require.NoError(t, err)
			ids[rec.ResearchID]++
		}
	}
	objs, err := out.List(ctx, "")
	require.NoError(t, err)
	var buf bytes.Buffer
	for _, o := range objs {
		if strings.Contains(o.Key, "/run=") {
			assert.True(t, named[o.Key], "%s is named by no window manifest", o.Key)
		}
		r, err := out.Get(ctx, o.Key)
		require.NoError(t, err)
		data, _ := io.ReadAll(r)
		r.Close()
		if strings.HasSuffix(o.Key, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			require.NoError(t, err)
			data, _ = io.ReadAll(zr)
		}
		buf.Write(data)
	}
	return in, ids, buf.Bytes()
}

// TestStreamSIGTERMAndRestart: `deid stream` from versitygw to
// fake-gcs-server; a file is added while it runs; SIGTERM in the middle of
// a one-hour window commits the window in flight and exits 0; a restart
// bounded by --max-duration exports the rest; every record is exported
// exactly once, and no encounter identifier is in any exported byte.
func TestStreamSIGTERMAndRestart(t *testing.T) {
	lines, secrets := streamFixtures(t)
	ctx := context.Background()
	onprem := testserver.StartS3(t)
	onprem.CreateBucket(t, "clinical")
	in, err := storage.Open(ctx, "s3://clinical/ambient", onprem.Options())
	require.NoError(t, err)
	defer in.Close()
	put := func(key string, ls []string) {
		_, err := in.Put(ctx, key, strings.NewReader(strings.Join(ls, "")), nil)
		require.NoError(t, err)
	}
	gcs := testserver.StartGCS(t)
	gcs.CreateBucket(t, "research")
	dir := t.TempDir()
	q := filepath.Join(dir, "onprem")
	env := []string{ingest.CredentialsEnv + "ACCESS_KEY_ID=" + onprem.AccessKey, ingest.CredentialsEnv + "SECRET_ACCESS_KEY=" + onprem.SecretKey,
		"STORAGE_EMULATOR_HOST=" + gcs.Host}
	args := []string{"--input", "s3://clinical/ambient", "--input-endpoint", onprem.Endpoint, "--input-plain-http",
		"--output", "gs://research/deid", "--output-plain-http", "--quarantine", q, "--key-file", writeKey(t, dir), "--poll", "100ms"}

	put("a.jsonl", lines[:40])
	cmd, stdout, stderr := streamCmd(t, env, append(args, "--window", "1h")...)
	waitFile(t, filepath.Join(q, "audit.jsonl"), "stream_started") // a.jsonl is in the window by now
	put("b.jsonl", lines[40:80])                                   // added while it runs
	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	err = cmd.Wait()
	require.NoError(t, err, "stdout %s\nstderr %s", stdout, stderr)
	assert.Contains(t, stdout.String(), "COMMITTED")
	assert.Contains(t, stdout.String(), "stopped by signal")
	assert.Contains(t, stderr.String(), "SIGTERM: no new files; committing the windows in flight")
	var first map[string]any
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.HasPrefix(l, "{") {
			require.NoError(t, json.Unmarshal([]byte(l), &first), l)
			break
		}
	}
	assert.Equal(t, "window", first["event"])
	assert.Equal(t, "committed", first["status"])
	evs := auditEvents(t, filepath.Join(q, "audit.jsonl"))
	assert.Equal(t, "stream_stopped", evs[len(evs)-1]["event"])
	assert.Equal(t, "signal", evs[len(evs)-1]["reason"])

	out, err := storage.Open(ctx, "gs://research/deid/stream", gcs.Options())
	require.NoError(t, err)
	defer out.Close()
	n, _, _ := windowExport(t, out)
	assert.GreaterOrEqual(t, n, int64(40), "the window in flight was committed")

	// the rest, in a run bounded by --max-duration
	put("c.jsonl", lines[80:])
	cmd, stdout, stderr = streamCmd(t, env, append(args, "--window", "1s", "--max-duration", "3s")...)
	require.NoError(t, cmd.Wait(), "stdout %s\nstderr %s", stdout, stderr)
	assert.Contains(t, stdout.String(), "stopped by max_duration")

	n, ids, all := windowExport(t, out)
	assert.EqualValues(t, len(lines), n, "every record once")
	for id, k := range ids {
		assert.Equal(t, 1, k, "research id %s exported %d times", id, k)
	}
	for _, s := range secrets {
		if s != "" {
			assert.False(t, bytes.Contains(bytes.ToLower(all), []byte(strings.ToLower(s))), "an encounter identifier (%d bytes) is in the export", len(s))
		}
	}
	assert.Empty(t, leaks(stdout.String()+stderr.String()))
}

// TestStreamKill9AndRestart: a stream killed (SIGKILL) in the middle of a
// window (its second file is a FIFO nobody writes, so the window cannot
// finish) leaves no manifest; started again after the file is dropped, it
// removes what the killed window wrote and exports every record once.
func TestStreamKill9AndRestart(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs mkfifo")
	}
	lines, _ := streamFixtures(t)
	dir := t.TempDir()
	inDir, q, outDir := filepath.Join(dir, "in"), filepath.Join(dir, "onprem"), filepath.Join(dir, "export")
	require.NoError(t, os.MkdirAll(inDir, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(inDir, "a.jsonl"), []byte(strings.Join(lines[:30], "")), 0o600))
	require.NoError(t, syscall.Mkfifo(filepath.Join(inDir, "b.jsonl"), 0o600))
	args := []string{"--input", inDir, "--output", outDir, "--quarantine", q, "--key-file", writeKey(t, dir), "--window", "1s", "--poll", "100ms", "--quiet"}

	cmd, _, _ := streamCmd(t, nil, args...)
	waitFile(t, filepath.Join(q, "_state", "stream", "pending.json"), "b.jsonl")
	require.NoError(t, cmd.Process.Kill())
	cmd.Wait()
	out, err := storage.Open(context.Background(), filepath.Join(outDir, "stream"), nil)
	require.NoError(t, err)
	defer out.Close()
	wins, err := export.CommittedWindows(context.Background(), out)
	require.NoError(t, err)
	assert.Empty(t, wins, "a killed window is not exported")

	// the writer drops the file by atomic rename
	tmp := filepath.Join(inDir, ".b.jsonl.tmp")
	require.NoError(t, os.WriteFile(tmp, []byte(strings.Join(lines[30:50], "")), 0o600))
	require.NoError(t, os.Rename(tmp, filepath.Join(inDir, "b.jsonl")))
	cmd, stdout, stderr := streamCmd(t, nil, append(args, "--max-duration", "2s")...)
	require.NoError(t, cmd.Wait(), "stdout %s\nstderr %s", stdout, stderr)
	assert.Contains(t, stdout.String(), "recovered")
	n, ids, _ := windowExport(t, out)
	assert.EqualValues(t, 50, n)
	for id, k := range ids {
		assert.Equal(t, 1, k, "research id %s exported %d times", id, k)
	}
}

// TestStreamUsage: mistakes are usage errors (exit 2) that name the
// setting.
func TestStreamUsage(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"DEID_KEY": cliTestKey}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--input", dir}, "output is required"},
		{[]string{"--input", dir, "--output", dir, "--quarantine", dir, "--window", "7s"}, "window 7s"},
		{[]string{"--input", dir, "--output", dir, "--quarantine", dir, "--run-date", "2026-01-01"}, "flag provided but not defined"},
	} {
		code, _, stderr := runCmd(t, "", env, append([]string{"stream"}, tc.args...)...)
		assert.Equal(t, exitUsage, code, stderr)
		assert.Contains(t, stderr, tc.want)
	}
	code, _, stderr := runCmd(t, "", env, "stream", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, stderr, "DST/stream/dt=YYYY-MM-DD/window=HHMMSS/")
}

// TestStreamPreflight: `deid stream` runs the checks of `deid batch`
// before it discovers a file. An output bucket that does not exist
// (fake-gcs-server) fails the start with exit 1 and the batch's lines,
// with nothing read or written: no stream state, no window, no
// stream_started in the audit log. `deid stream --check` prints the table;
// once the bucket exists every check passes, an input with no file yet
// included (a stream waits for files).
func TestStreamPreflight(t *testing.T) {
	lines, _ := streamFixtures(t)
	ctx := context.Background()
	onprem := testserver.StartS3(t)
	onprem.CreateBucket(t, "clinical")
	gcs := testserver.StartGCS(t)
	t.Setenv(ingest.CredentialsEnv+"ACCESS_KEY_ID", onprem.AccessKey)
	t.Setenv(ingest.CredentialsEnv+"SECRET_ACCESS_KEY", onprem.SecretKey)
	t.Setenv("STORAGE_EMULATOR_HOST", gcs.Host)
	dir := t.TempDir()
	q := filepath.Join(dir, "onprem")
	args := func(input string, extra ...string) []string {
		return append([]string{"stream", "--input", input, "--input-endpoint", onprem.Endpoint, "--input-plain-http",
			"--output", "gs://research/deid", "--output-plain-http", "--quarantine", q, "--key-file", writeKey(t, dir),
			"--poll", "100ms", "--window", "1s", "--max-duration", "2s", "--quiet"}, extra...)
	}

	// --check on an input with no file yet: only the output fails
	code, out, stderr := runCmd(t, "", nil, args("s3://clinical/ambient", "--check")...)
	assert.Equal(t, exitFail, code, "stdout %s\nstderr %s", out, stderr)
	assert.Regexp(t, `(?m)^CHECK\s+RESULT\s+DETAIL$`, out)
	assert.Regexp(t, `(?m)^input\s+pass\s+s3://clinical/ambient: 0 file\(s\)$`, out)
	assert.Regexp(t, `(?m)^output\s+FAIL\s+not found: does the bucket exist\?`, out)
	assert.Regexp(t, `(?m)^quarantine\s+pass\s`, out)

	in, err := storage.Open(ctx, "s3://clinical/ambient", onprem.Options())
	require.NoError(t, err)
	defer in.Close()
	_, err = in.Put(ctx, "a.jsonl", strings.NewReader(strings.Join(lines[:5], "")), nil)
	require.NoError(t, err)

	// the stream itself: exit 1 at start, the batch's lines, nothing done
	code, out, stderr = runCmd(t, "", nil, args("s3://clinical/ambient")...)
	assert.Equal(t, exitFail, code, "stdout %s\nstderr %s", out, stderr)
	assert.Regexp(t, `(?m)^deid stream: output: not found: does the bucket exist\?`, stderr)
	assert.Contains(t, stderr, "deid stream: preflight checks failed: nothing was read or written (deid stream --check shows every check)\n")
	assert.Empty(t, out, "no summary: the stream did not start")
	assert.NoDirExists(t, filepath.Join(q, "_state"), "the stream kept no state: it discovered nothing")
	audit, err := os.ReadFile(filepath.Join(q, "audit.jsonl"))
	if err == nil {
		assert.NotContains(t, string(audit), "stream_started")
	}
	require.NoError(t, filepath.WalkDir(q, func(p string, d os.DirEntry, err error) error {
		// the audit log was opened (its check), the local store's lock
		// file taken by the quarantine's probe; nothing else
		if err == nil && !d.IsDir() && d.Name() != "audit.jsonl" && d.Name() != ".deid-lock" {
			t.Errorf("%s written by a stream that failed its checks", p)
		}
		return err
	}))

	// the bucket exists: every check passes
	gcs.CreateBucket(t, "research")
	code, out, stderr = runCmd(t, "", nil, args("s3://clinical/ambient", "--check")...)
	assert.Equal(t, exitOK, code, "stdout %s\nstderr %s", out, stderr)
	assert.NotContains(t, out, "FAIL")
	assert.Regexp(t, `(?m)^output\s+pass\s+gs://research/deid/stream at .*: probe object written and deleted$`, out)
	assert.Regexp(t, `(?m)^input\s+pass\s+s3://clinical/ambient: 1 file\(s\)$`, out)
	o, err := storage.Open(ctx, "gs://research/deid", gcs.Options())
	require.NoError(t, err)
	defer o.Close()
	objs, err := o.List(ctx, "")
	require.NoError(t, err)
	assert.Empty(t, objs, "the probe object was deleted")
}
