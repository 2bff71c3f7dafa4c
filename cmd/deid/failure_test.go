package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
)

// TestMain lets a test run this test binary as the deid command (for
// signals, which need a process of their own).
func TestMain(m *testing.M) {
	if os.Getenv("DEID_TEST_RUN_AS_CLI") == "1" {
		os.Exit(run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}, os.Args[1:]))
	}
	code := m.Run()
	testserver.StopPostgres() // if a test started it
	os.Exit(code)
}

// plantedRecord is a conversation whose content must never reach stderr,
// the audit log or the runner's log line on the terminal.
const plantedRecord = `{"conversation_id":"leak-1","encounter":{"patient":{"name":"` + planted + `","mrn":"MRN-99887766"}},` +
	`"turns":[{"speaker":"patient","start_ms":0,"end_ms":1000,"text":"I am ` + planted + `, MRN 99887766, call me at 617-555-0199."}]}`

func leaks(s string) []string {
	var out []string
	for _, p := range append(strings.Fields(planted), "99887766", "617-555-0199") {
		if strings.Contains(s, p) {
			out = append(out, p)
		}
	}
	return out
}

// auditEvents reads the audit log's events.
func auditEvents(t *testing.T, path string) []map[string]any {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var ev map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &ev))
		out = append(out, ev)
	}
	return out
}

func noManifest(t *testing.T, export string) {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(export, "dt=*", "_MANIFEST.json"))
	assert.Empty(t, m, "a manifest was committed")
}

// TestBatchFailureIsOneLine: a run that fails in the pipeline prints one
// line with the cause and where the runner's log is; the plan dumps are
// in that log (on-prem), not on the terminal; the audit log's error is
// readable; no record content reaches stderr or the audit log.
func TestBatchFailureIsOneLine(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(plantedRecord+"\n"), 0o600))
	// the preflight check sees a key (the command's environment); the
	// workers, reading the process's, do not
	t.Setenv("DEID_KEY", "")
	q := filepath.Join(dir, "onprem")
	code, out, stderr := runCmd(t, "", map[string]string{"DEID_KEY": cliTestKey}, "batch", "--input", in,
		"--output", filepath.Join(dir, "export"), "--quarantine", q, "--run-date", "2026-11-24", "--quiet", "--preset", "expert")
	require.Equal(t, exitFail, code, "%s\n%s", out, stderr)
	noManifest(t, filepath.Join(dir, "export"))

	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	require.Len(t, lines, 2, stderr)
	assert.Regexp(t, `^deid batch: run \S+ failed: pipeline failed: .*no key`, lines[0])
	assert.Contains(t, lines[1], "the runner's log is "+filepath.Join(q, "logs"))
	assert.NotContains(t, stderr, "DataSource")
	logs, _ := filepath.Glob(filepath.Join(q, "logs", "*.log"))
	require.Len(t, logs, 1)
	log, err := os.ReadFile(logs[0])
	require.NoError(t, err)
	assert.Contains(t, string(log), "DataSource", "the plan dump is in the runner's log")

	evs := auditEvents(t, filepath.Join(q, "audit.jsonl"))
	last := evs[len(evs)-1]
	assert.Equal(t, "run_finished", last["event"])
	assert.Equal(t, "failed", last["status"])
	assert.Contains(t, last["error"], "no key")
	assert.NotContains(t, last["error"], "×")

	audit, _ := os.ReadFile(filepath.Join(q, "audit.jsonl"))
	assert.Empty(t, leaks(stderr+out), "stderr/stdout")
	assert.Empty(t, leaks(string(audit)), "audit log")
}

// TestBatchAuditOnFullDisk: an audit log that cannot be written fails the
// run (exit 1) before anything is exported.
func TestBatchAuditOnFullDisk(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/dev/full is Linux's")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(plantedRecord+"\n"), 0o600))
	code, out, stderr := runCmd(t, "", map[string]string{"DEID_KEY": cliTestKey}, "batch", "--input", in, "--key-file", writeKey(t, dir),
		"--output", filepath.Join(dir, "export"), "--quarantine", filepath.Join(dir, "onprem"), "--audit-log", "/dev/full", "--quiet")
	require.Equal(t, exitFail, code, out)
	assert.Contains(t, stderr, "audit log: the run does not start without its audit record")
	assert.Contains(t, stderr, "write /dev/full: no space left on device")
	assert.NotContains(t, out, "COMMITTED")
	noManifest(t, filepath.Join(dir, "export"))
	assert.Empty(t, leaks(stderr+out))
}

// TestBatchSIGTERM: a run stopped by SIGTERM logs run_aborted with the
// reason, exits 1 and commits nothing. The input is a FIFO that nobody
// writes, so the run is surely in progress when the signal comes.
func TestBatchSIGTERM(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs mkfifo and SIGTERM")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl.gz")
	require.NoError(t, syscall.Mkfifo(in, 0o600))
	q := filepath.Join(dir, "onprem")
	cmd := exec.Command(os.Args[0], "batch", "--input", in, "--key-file", writeKey(t, dir), "--output", filepath.Join(dir, "export"),
		"--quarantine", q, "--run-date", "2026-11-24", "--quiet")
	cmd.Env = append(os.Environ(), "DEID_TEST_RUN_AS_CLI=1")
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { cmd.Process.Kill() })

	// wait for run_started (the pipeline is then blocked on the FIFO)
	auditPath := filepath.Join(q, "audit.jsonl")
	go func() {
		for {
			if b, err := os.ReadFile(auditPath); err == nil && strings.Contains(string(b), "run_started") {
				cmd.Process.Signal(syscall.SIGTERM)
				return
			}
			time.Sleep(20 * time.Millisecond) // polling, not timing
		}
	}()
	var msg strings.Builder
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		msg.WriteString(sc.Text() + "\n")
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit, msg.String())
	assert.Equal(t, exitFail, exit.ExitCode())
	assert.Contains(t, msg.String(), "SIGTERM: stopping run")
	assert.Contains(t, msg.String(), "aborted (SIGTERM): nothing was committed")
	assert.NotContains(t, msg.String(), "panic")

	evs := auditEvents(t, auditPath)
	last := evs[len(evs)-1]
	assert.Equal(t, "run_aborted", last["event"])
	assert.Equal(t, "received SIGTERM", last["reason"])
	noManifest(t, filepath.Join(dir, "export"))
}

// TestBatchKilledRunRecovers: a run killed (SIGKILL) mid-run leaves no
// manifest, no lock and maybe orphan shards; the rerun of the date
// commits every record exactly once and removes the orphans.
func TestBatchKilledRunRecovers(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("needs mkfifo")
	}
	ctx := context.Background()
	dir := t.TempDir()
	fifo := filepath.Join(dir, "in.jsonl.gz")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	q, outDir := filepath.Join(dir, "onprem"), filepath.Join(dir, "export")
	key := writeKey(t, dir)
	cmd := exec.Command(os.Args[0], "batch", "--input", fifo, "--key-file", key, "--output", outDir,
		"--quarantine", q, "--run-date", "2026-11-24", "--quiet")
	cmd.Env = append(os.Environ(), "DEID_TEST_RUN_AS_CLI=1")
	require.NoError(t, cmd.Start())
	auditPath := filepath.Join(q, "audit.jsonl")
	for {
		if b, err := os.ReadFile(auditPath); err == nil && strings.Contains(string(b), "run_started") {
			break
		}
		time.Sleep(20 * time.Millisecond) // polling, not timing
	}
	require.NoError(t, cmd.Process.Kill())
	cmd.Wait()
	killed := auditEvents(t, auditPath)[0]["run_id"].(string)

	// what a run killed after writing a shard leaves behind
	out, err := storage.Open(ctx, outDir, nil)
	require.NoError(t, err)
	defer out.Close()
	orphan := "dt=2026-11-24/run=" + killed + "/part-bkilled-00000.jsonl.gz"
	_, err = out.Put(ctx, orphan, strings.NewReader("orphan"), nil)
	require.NoError(t, err)

	in := filepath.Join(dir, "in.jsonl")
	data, err := os.ReadFile("../../fixtures/testdata/conversations.jsonl")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(in, []byte(strings.Join(strings.SplitAfter(string(data), "\n")[:12], "")), 0o600))
	code, stdout, stderr := runCmd(t, "", nil, "batch", "--input", in, "--key-file", key, "--output", outDir,
		"--quarantine", q, "--run-date", "2026-11-24", "--quiet")
	require.Equal(t, exitOK, code, "%s\n%s", stdout, stderr)
	assert.Contains(t, stdout, "in 12 = exported")

	_, err = out.Stat(ctx, orphan)
	assert.True(t, errors.Is(err, storage.ErrNotFound), "the orphan is removed: %v", err)
	ds, err := export.Open(ctx, out, "2026-11-24", nil)
	require.NoError(t, err)
	seen := map[string]int{}
	for rec, err := range ds.Records(ctx) {
		require.NoError(t, err)
		seen[rec.ResearchID]++
	}
	assert.EqualValues(t, ds.Manifest.Counts.Exported, len(seen))
	for id, n := range seen {
		assert.Equal(t, 1, n, id)
	}
}

// TestBadPolicyUnderBatch: `deid batch` prints a bad policy's problems as
// `deid policy check` does, once, and exits 1 without running.
func TestBadPolicyUnderBatch(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad2.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("name: x\nversion: 1\nmethod: safe-harbor\ndefault:\n  operater: tag\n"), 0o600))
	code, _, checkErr := runCmd(t, "", nil, "policy", "check", bad)
	require.Equal(t, exitFail, code)
	require.Contains(t, checkErr, bad+":5:3: default.operater: unknown key")

	code, out, stderr := runCmd(t, "", map[string]string{"DEID_KEY": cliTestKey}, "batch", "--input", bad, "--output", filepath.Join(dir, "x"),
		"--quarantine", filepath.Join(dir, "q"), "--policy", bad)
	require.Equal(t, exitFail, code, out)
	assert.True(t, strings.HasPrefix(stderr, checkErr), "batch:\n%s\npolicy check:\n%s", stderr, checkErr)
	assert.Equal(t, 1, strings.Count(stderr, "default.operater"))
	assert.NotContains(t, stderr, "×")
}

// TestHelpAndExitCodes: -h works on every subcommand (exit 0); usage
// mistakes exit 2 and failures 1, the same in every command.
func TestHelpAndExitCodes(t *testing.T) {
	for name := range commands {
		code, _, stderr := runCmd(t, "", nil, name, "-h")
		assert.Equal(t, exitOK, code, name)
		assert.Contains(t, stderr, "Usage", name)
	}
	for _, args := range [][]string{{"policy", "show", "-h"}, {"policy", "check", "-h"}, {"policy", "show", "--help"}} {
		code, out, stderr := runCmd(t, "", nil, args...)
		assert.Equal(t, exitOK, code, args)
		assert.Contains(t, stderr, "Usage", args)
		assert.Empty(t, out, args)
	}
	missing := filepath.Join(t.TempDir(), "nonexistent.jsonl")
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"scan", "--bogus"}, exitUsage, "flag provided but not defined"},
		{[]string{"scan", "--format", "xml"}, exitUsage, "unknown --format"},
		{[]string{"redact", "--preset", "nope"}, exitUsage, "unknown preset"},
		{[]string{"eval"}, exitUsage, "--gold is required"},
		{[]string{"policy", "show", "nope"}, exitUsage, "unknown preset"},
		{[]string{"policy", "check"}, exitUsage, "Usage"},
		{[]string{"batch", "--input", missing}, exitUsage, "output is required"},
		{[]string{"nope"}, exitUsage, "unknown command"},
		{[]string{"scan", "--input", missing}, exitFail, "--input: open " + missing + ": no such file or directory"},
		{[]string{"redact", "--input", missing}, exitFail, missing + ": no such file or directory"},
		{[]string{"eval", "--gold", missing}, exitFail, missing + ": no such file or directory"},
		{[]string{"policy", "check", missing}, exitFail, missing + ": no such file or directory"},
	} {
		code, _, stderr := runCmd(t, "", nil, tc.args...)
		assert.Equal(t, tc.code, code, "%v: %s", tc.args, stderr)
		assert.Contains(t, stderr, tc.msg, tc.args)
	}
}
