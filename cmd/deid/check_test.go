package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minio/minio-go/v7"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/internal/testserver"
)

// checkRows parses the --check table into check name -> "pass"/"FAIL"
// and detail.
func checkRows(t *testing.T, out string) map[string][2]string {
	t.Helper()
	rows := map[string][2]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		name := strings.TrimSpace(l[:11])
		rest := l[12:]
		res, detail, _ := strings.Cut(rest, " ")
		rows[name] = [2]string{res, strings.TrimSpace(detail)}
	}
	return rows
}

func checkInput(t *testing.T, dir string) string {
	in := filepath.Join(dir, "in.jsonl")
	data, err := os.ReadFile("../../fixtures/testdata/conversations.jsonl")
	require.NoError(t, err)
	lines := strings.SplitAfter(string(data), "\n")
	require.NoError(t, os.WriteFile(in, []byte(strings.Join(lines[:3], "")), 0o600))
	return in
}

// closedPort returns a loopback address nothing listens on.
func closedPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	l.Close()
	return addr
}

// TestBatchCheckLocal: --check prints one row per check and exits 0 when
// all pass, 1 when any fails (and then nothing is written).
func TestBatchCheckLocal(t *testing.T) {
	dir := t.TempDir()
	in := checkInput(t, dir)
	env := map[string]string{"DEID_KEY": cliTestKey}
	code, out, stderr := runCmd(t, "", env, "batch", "--check", "--input", in, "--output", filepath.Join(dir, "export"),
		"--quarantine", filepath.Join(dir, "onprem"))
	require.Equal(t, exitOK, code, "%s\n%s", out, stderr)
	rows := checkRows(t, out)
	for _, name := range []string{"policy", "key", "input", "output", "quarantine", "audit log"} {
		assert.Equal(t, "pass", rows[name][0], "%s: %v", name, rows[name])
	}
	assert.Contains(t, rows["input"][1], "1 file(s)")
	entries, _ := os.ReadDir(filepath.Join(dir, "export"))
	for _, e := range entries {
		sub, _ := os.ReadDir(filepath.Join(dir, "export", e.Name()))
		assert.Empty(t, sub, "the probe is deleted")
	}

	// a short key, a missing input and a quarantine that cannot be made:
	// every check runs and reports
	blocker := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(blocker, nil, 0o600))
	code, out, _ = runCmd(t, "", map[string]string{"DEID_KEY": "abcd"}, "batch", "--check", "--input", filepath.Join(dir, "nope.jsonl"),
		"--output", filepath.Join(dir, "export"), "--quarantine", filepath.Join(blocker, "onprem"))
	require.Equal(t, exitFail, code, out)
	rows = checkRows(t, out)
	assert.Equal(t, [2]string{"FAIL", "DEID_KEY: key is 2 bytes, want at least 32"}, rows["key"])
	assert.Equal(t, "FAIL", rows["input"][0])
	assert.Contains(t, rows["input"][1], filepath.Join(dir, "nope.jsonl")+": no such file or directory")
	assert.Equal(t, "pass", rows["output"][0])
	assert.Equal(t, "FAIL", rows["quarantine"][0])
	assert.Contains(t, rows["quarantine"][1], filepath.Join(blocker, "onprem"))

	// without --check the same mistakes stop the run before the first
	// record: nothing is written
	out2 := filepath.Join(dir, "export2")
	code, out, stderr = runCmd(t, "", map[string]string{"DEID_KEY": "abcd"}, "batch", "--input", in, "--output", out2,
		"--quarantine", filepath.Join(dir, "onprem2"), "--quiet")
	require.Equal(t, exitFail, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "deid batch: key: DEID_KEY: key is 2 bytes, want at least 32\n")
	assert.Contains(t, stderr, "nothing was read or written")
	filepath.WalkDir(out2, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".deid-") {
			t.Errorf("written: %s", p)
		}
		return nil
	})
}

// TestBatchCheckS3: a missing bucket and an unreachable endpoint fail the
// output check, naming the bucket and the endpoint (versitygw).
func TestBatchCheckS3(t *testing.T) {
	s3 := testserver.StartS3(t)
	bucket := s3.CreateBucket(t, "")
	t.Setenv("AWS_ACCESS_KEY_ID", s3.AccessKey)
	t.Setenv("AWS_SECRET_ACCESS_KEY", s3.SecretKey)
	dir := t.TempDir()
	in := checkInput(t, dir)
	env := map[string]string{"DEID_KEY": cliTestKey}
	args := func(output, endpoint string) []string {
		return []string{"batch", "--check", "--input", in, "--output", output, "--output-endpoint", endpoint,
			"--output-plain-http", "--quarantine", filepath.Join(dir, "onprem")}
	}
	code, out, stderr := runCmd(t, "", env, args("s3://"+bucket+"/research", s3.Endpoint)...)
	require.Equal(t, exitOK, code, "%s\n%s", out, stderr)
	assert.Equal(t, "pass", checkRows(t, out)["output"][0])
	for o := range s3.Client(t).ListObjects(t.Context(), bucket, minio.ListObjectsOptions{Recursive: true}) {
		t.Errorf("left behind: %s", o.Key)
	}

	code, out, _ = runCmd(t, "", env, args("s3://no-such-bucket/research", s3.Endpoint)...)
	require.Equal(t, exitFail, code)
	row := checkRows(t, out)["output"]
	assert.Equal(t, "FAIL", row[0])
	assert.Contains(t, row[1], "does the bucket exist?")
	assert.Contains(t, row[1], "s3://no-such-bucket/research")

	addr := closedPort(t)
	code, out, _ = runCmd(t, "", env, args("s3://"+bucket+"/research", "http://"+addr)...)
	require.Equal(t, exitFail, code)
	row = checkRows(t, out)["output"]
	assert.Equal(t, "FAIL", row[0])
	assert.Contains(t, row[1], addr)
	assert.Contains(t, row[1], "connection refused")
}

// TestBatchCheckGCS: the same with fake-gcs-server.
func TestBatchCheckGCS(t *testing.T) {
	gcs := testserver.StartGCS(t)
	bucket := gcs.CreateBucket(t, "")
	t.Setenv("STORAGE_EMULATOR_HOST", gcs.Host)
	dir := t.TempDir()
	in := checkInput(t, dir)
	env := map[string]string{"DEID_KEY": cliTestKey}
	args := func(output string) []string {
		return []string{"batch", "--check", "--input", in, "--output", output, "--output-plain-http", "--quarantine", filepath.Join(dir, "onprem")}
	}
	code, out, stderr := runCmd(t, "", env, args("gs://"+bucket+"/research")...)
	require.Equal(t, exitOK, code, "%s\n%s", out, stderr)

	code, out, _ = runCmd(t, "", env, args("gs://no-such-bucket/research")...)
	require.Equal(t, exitFail, code)
	row := checkRows(t, out)["output"]
	assert.Equal(t, "FAIL", row[0])
	assert.Contains(t, row[1], "does the bucket exist?")
	assert.Contains(t, row[1], "gs://no-such-bucket/research")

	addr := closedPort(t)
	t.Setenv("STORAGE_EMULATOR_HOST", addr)
	code, out, _ = runCmd(t, "", env, args("gs://"+bucket+"/research")...)
	require.Equal(t, exitFail, code)
	row = checkRows(t, out)["output"]
	assert.Equal(t, "FAIL", row[0])
	assert.Contains(t, row[1], addr)
}

// TestBatchCheckLinkagePostgres: with --linkage postgres://… the checks
// open the linkage store (a real server): a database that answers passes;
// a server that is not there, a wrong password and a missing database
// fail with the store named (without its user, password or query).
func TestBatchCheckLinkagePostgres(t *testing.T) {
	pg := testserver.Postgres(t)
	dir := t.TempDir()
	in := checkInput(t, dir)
	check := func(link string, env map[string]string) (int, map[string][2]string, string) {
		t.Helper()
		env["DEID_KEY"] = cliTestKey
		code, out, stderr := runCmd(t, "", env, "batch", "--check", "--input", in, "--output", filepath.Join(dir, "export"),
			"--quarantine", filepath.Join(dir, "onprem"), "--linkage", link)
		return code, checkRows(t, out), out + stderr
	}

	db := pg.CreateDB(t)
	code, rows, out := check(pg.SocketURL(db), map[string]string{})
	require.Equal(t, exitOK, code, out)
	assert.Equal(t, "pass", rows["linkage"][0], out)
	assert.Contains(t, rows["linkage"][1], "connected")
	assert.Contains(t, pg.SQL(t, db, `SELECT count(*) FROM deid_linkage`), "0", "the check mints no id")

	for name, tc := range map[string]struct {
		link string
		env  map[string]string
		want string
	}{
		"no server":      {"postgres://deid@" + closedPort(t) + "/x?sslmode=disable&connect_timeout=5", map[string]string{}, "127.0.0.1"},
		"wrong password": {pg.TCPURL(db), map[string]string{"PGPASSWORD": "hunter2-wrong"}, "password"},
		"no database":    {pg.SocketURL("no_such_db"), map[string]string{}, "no_such_db"},
	} {
		code, rows, out := check(tc.link, tc.env)
		assert.Equal(t, exitFail, code, name)
		assert.Equal(t, "FAIL", rows["linkage"][0], "%s: %s", name, out)
		assert.Contains(t, rows["linkage"][1], tc.want, name)
		assert.NotContains(t, out, "hunter2", name)
	}

	// the local directory store and keyed research ids have no such row
	code, rows, out = check(filepath.Join(dir, "linkage"), map[string]string{})
	require.Equal(t, exitOK, code, out)
	assert.NotContains(t, rows, "linkage")
}
