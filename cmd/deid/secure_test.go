package main

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/minio/minio-go/v7"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
)

// postureRows parses the check-destination table into name -> result.
func postureRows(t *testing.T, out string) map[string]string {
	t.Helper()
	rows := map[string]string{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		name := strings.TrimSpace(l[:28])
		if name == "" {
			continue // a fix line
		}
		rows[name] = strings.TrimSpace(l[29:44])
	}
	return rows
}

func publicPolicy(bucket string) string {
	return `{"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*","Action":["s3:GetObject"],"Resource":["arn:aws:s3:::` + bucket + `/*"]}]}`
}

// TestCheckDestination: the table for a security review, against
// versitygw over TLS: what it cannot answer is "could not check" (exit 1),
// a public bucket policy and a region off the list are FAIL with the fix.
func TestCheckDestination(t *testing.T) {
	s3 := testserver.StartS3TLS(t)
	bucket := s3.CreateBucket(t, "")
	t.Setenv("AWS_ACCESS_KEY_ID", s3.AccessKey)
	t.Setenv("AWS_SECRET_ACCESS_KEY", s3.SecretKey)
	dir := t.TempDir()
	pol := filepath.Join(dir, "policy.yaml")
	out, code := "", 0
	{
		var stdout string
		code, stdout, _ = runCmd(t, "", nil, "policy", "show", "safe-harbor")
		require.Equal(t, exitOK, code)
		out = strings.Replace(stdout, "    # regions: [us-east1]            # the bucket's location (data residency)", "    regions: [eu-west-1]", 1)
		require.NotEqual(t, stdout, out)
	}
	require.NoError(t, os.WriteFile(pol, []byte(out), 0o600))

	code, out, stderr := runCmd(t, "", nil, "check-destination", "s3://"+bucket+"/research", "--endpoint", s3.Endpoint, "--ca-file", s3.CAFile, "--pin", s3.CA.ServerPin(t))
	require.Equal(t, exitFail, code, "%s\n%s", out, stderr)
	rows := postureRows(t, out)
	assert.Equal(t, map[string]string{"bucket policy": "pass", "bucket acl": "pass", "block public access": "could not check",
		"region": "not required", "default encryption": "could not check", "versioning": "not required", "retention": "not required"}, rows, out)
	assert.Contains(t, stderr, "2 check(s) failed or could not be made")

	require.NoError(t, s3.Client(t).SetBucketPolicy(t.Context(), bucket, publicPolicy(bucket)))
	auditLog := filepath.Join(t.TempDir(), "audit.jsonl")
	code, out, _ = runCmd(t, "", nil, "check-destination", "--policy", pol, "--endpoint", s3.Endpoint, "--ca-file", s3.CAFile,
		"--audit-log", auditLog, "s3://"+bucket)
	require.Equal(t, exitFail, code)
	rows = postureRows(t, out)
	assert.Equal(t, "FAIL", rows["bucket policy"])
	assert.Equal(t, "FAIL", rows["region"])
	dest := destinationEvents(t, auditLog) // the table, by name and result
	require.Len(t, dest, 1)
	assert.Equal(t, true, dest[0]["check_only"])
	require.Len(t, dest[0]["checks"], len(rows))
	for _, c := range dest[0]["checks"].([]any) {
		m := c.(map[string]any)
		assert.Equal(t, rows[m["name"].(string)], m["status"], m["name"])
	}
	assert.Contains(t, out, "fix: remove those statements from the bucket policy")
	assert.Contains(t, out, `the bucket is in "us-east-1", not in export.destination.regions [eu-west-1]`)

	code, _, stderr = runCmd(t, "", nil, "check-destination", "--endpoint", s3.Endpoint, "--ca-file", s3.CAFile, "--pin", testserver.NewCA(t).ServerPin(t), "s3://"+bucket)
	require.Equal(t, exitFail, code)
	assert.Contains(t, stderr, "matches no pinned key")

	code, _, _ = runCmd(t, "", nil, "check-destination")
	assert.Equal(t, exitUsage, code)
}

// TestBatchRefusesUnsafeDestination: deid batch to a public bucket, to a
// server whose key is not pinned, and to a public endpoint fails before
// the first write: exit 1, the setting to fix named, and nothing in the
// bucket (not even the preflight probe); no request reaches the pinned-out
// server.
func TestBatchRefusesUnsafeDestination(t *testing.T) {
	s3 := testserver.StartS3TLS(t)
	bucket := s3.CreateBucket(t, "")
	require.NoError(t, s3.Client(t).SetBucketPolicy(t.Context(), bucket, publicPolicy(bucket)))
	t.Setenv("AWS_ACCESS_KEY_ID", s3.AccessKey)
	t.Setenv("AWS_SECRET_ACCESS_KEY", s3.SecretKey)
	dir := t.TempDir()
	in := checkInput(t, dir)
	env := map[string]string{"DEID_KEY": cliTestKey}
	batch := func(extra ...string) (int, string, string) {
		args := append([]string{"batch", "--input", in, "--output", "s3://" + bucket + "/research", "--output-ca-file", s3.CAFile,
			"--quarantine", filepath.Join(dir, "onprem"), "--quiet"}, extra...)
		return runCmd(t, "", env, args...)
	}
	empty := func() {
		t.Helper()
		for o := range s3.Client(t).ListObjects(t.Context(), bucket, minio.ListObjectsOptions{Recursive: true}) {
			t.Errorf("written to an unsafe destination: %s", o.Key)
		}
	}

	code, out, stderr := batch("--output-endpoint", s3.Endpoint)
	require.Equal(t, exitFail, code, "%s\n%s", out, stderr)
	assert.Contains(t, stderr, "deid batch: destination:")
	assert.Contains(t, stderr, "bucket policy: FAIL")
	assert.Contains(t, stderr, "PublicRead")
	assert.Contains(t, stderr, "output: not tried")
	assert.Contains(t, stderr, "nothing was read or written")
	empty()
	// the checks are in the audit log, by name and result, before any run
	dest := destinationEvents(t, filepath.Join(dir, "onprem", "audit.jsonl"))
	require.Len(t, dest, 1)
	assert.Equal(t, "s3://"+bucket+"/research", dest[0]["output"])
	assert.Equal(t, true, dest[0]["enforced"])
	assert.Contains(t, dest[0]["checks"], map[string]any{"name": "bucket policy", "status": "FAIL"})
	assert.NotContains(t, fmt.Sprint(dest[0]), "PublicRead")

	p := testserver.StartTLSProxy(t, "http://127.0.0.1:1", testserver.TLSProxyOptions{CA: s3.CA})
	code, _, stderr = batch("--output-endpoint", p.Endpoint, "--output-pin", testserver.NewCA(t).ServerPin(t))
	require.Equal(t, exitFail, code)
	assert.Contains(t, stderr, "matches no pinned key")
	assert.Zero(t, p.Requests())
	empty()

	code, _, stderr = batch("--output-endpoint", "https://s3.us-east-1.amazonaws.com")
	require.Equal(t, exitFail, code)
	assert.Contains(t, stderr, "export.destination.require_private_endpoint")
	empty()
	dest = destinationEvents(t, filepath.Join(dir, "onprem", "audit.jsonl"))
	require.Len(t, dest, 3)
	assert.Contains(t, dest[2]["error"], "require_private_endpoint")
	assert.Nil(t, dest[2]["checks"])

	code, _, _ = batch("--output-endpoint", s3.Endpoint, "--check")
	require.Equal(t, exitFail, code)
	dest = destinationEvents(t, filepath.Join(dir, "onprem", "audit.jsonl"))
	require.Len(t, dest, 4)
	assert.Equal(t, true, dest[3]["check_only"])
	assert.Contains(t, dest[3]["checks"], map[string]any{"name": "bucket policy", "status": "FAIL"})
}

// destinationEvents are the destination_checked events of an audit log.
func destinationEvents(t *testing.T, path string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, ev := range auditEvents(t, path) {
		if ev["event"] == "destination_checked" {
			out = append(out, ev)
		}
	}
	return out
}

// TestPostureCheckNamesAgree: the policy accepts exactly the names of the
// storage posture checks.
func TestPostureCheckNamesAgree(t *testing.T) {
	assert.ElementsMatch(t, storage.CheckNames, policy.PostureChecks())
}

// TestBatchSecureDestination: the whole run to a pinned TLS 1.3 endpoint
// (versitygw), every object written with SSE-KMS under require_cmek, the
// checks versitygw cannot answer accepted unchecked by the policy: the run
// commits, and every PUT named the key (recorded at the proxy). Without
// the key the same run is refused before anything is written.
func TestBatchSecureDestination(t *testing.T) {
	s3 := testserver.StartS3(t)
	bucket := s3.CreateBucket(t, "")
	var mu sync.Mutex
	var puts, withKey int
	const kms = "arn:aws:kms:us-east-1:111122223333:key/deid-research"
	echoReq, echoResp := testserver.SSEEcho() // report the encryption back, as S3 does
	p := testserver.StartTLSProxy(t, s3.Endpoint, testserver.TLSProxyOptions{OnRequest: func(r *http.Request) {
		echoReq(r)
		if r.Method == http.MethodPut {
			mu.Lock()
			puts++
			if r.Header.Get("X-Amz-Server-Side-Encryption-Aws-Kms-Key-Id") == kms {
				withKey++
			}
			mu.Unlock()
		}
	}, OnResponse: echoResp})
	t.Setenv("AWS_ACCESS_KEY_ID", s3.AccessKey)
	t.Setenv("AWS_SECRET_ACCESS_KEY", s3.SecretKey)
	dir := t.TempDir()
	in := checkInput(t, dir)
	_, yml, _ := runCmd(t, "", nil, "policy", "show", "safe-harbor")
	yml = strings.Replace(yml, "    # require_cmek: true ", "    require_cmek: true\n    accept_unchecked: [block public access, default encryption]\n    allowed_hosts: [127.0.0.1]\n    #", 1)
	pol := filepath.Join(dir, "policy.yaml")
	require.NoError(t, os.WriteFile(pol, []byte(yml), 0o600))
	args := []string{"batch", "--input", in, "--output", "s3://" + bucket + "/research", "--output-endpoint", p.Endpoint,
		"--output-ca-file", p.CA.CAFile, "--output-pin", p.Pin, "--policy", pol,
		"--quarantine", filepath.Join(dir, "onprem"), "--quiet", "--run-date", "2026-11-24", "--key-file", writeKey(t, dir)}
	env := map[string]string{}

	code, out, stderr := runCmd(t, "", env, args...)
	require.Equal(t, exitFail, code, "%s\n%s", out, stderr)
	assert.Contains(t, stderr, "export.destination.require_cmek")
	assert.Zero(t, puts, "nothing written without the key")

	code, out, stderr = runCmd(t, "", env, append(args, "--output-kms-key", kms)...)
	require.Equal(t, exitOK, code, "%s\n%s", out, stderr)
	assert.Contains(t, out, "COMMITTED")
	assert.Positive(t, puts)
	assert.Equal(t, puts, withKey, "every PUT names the hospital's key")
	n := 0
	for o := range s3.Client(t).ListObjects(t.Context(), bucket, minio.ListObjectsOptions{Recursive: true, Prefix: "research/dt=2026-11-24/"}) {
		require.NoError(t, o.Err)
		n++
	}
	assert.Positive(t, n)

	// a service that takes the key but does not report the object
	// encrypted with it (versitygw's own answers): the first write (the
	// preflight probe) is read back, deleted, and the run refused
	quiet := testserver.StartTLSProxy(t, s3.Endpoint, testserver.TLSProxyOptions{CA: p.CA})
	bucket2 := s3.CreateBucket(t, "")
	args2 := append([]string(nil), args...)
	for i, a := range args2 {
		switch {
		case a == p.Endpoint:
			args2[i] = quiet.Endpoint
		case a == p.Pin:
			args2[i] = quiet.Pin
		case a == "s3://"+bucket+"/research":
			args2[i] = "s3://" + bucket2 + "/research"
		}
	}
	code, out, stderr = runCmd(t, "", env, append(args2, "--output-kms-key", kms)...)
	require.Equal(t, exitFail, code, "%s\n%s", out, stderr)
	assert.Contains(t, stderr, "not encrypted with the KMS key")
	for o := range s3.Client(t).ListObjects(t.Context(), bucket2, minio.ListObjectsOptions{Recursive: true}) {
		t.Errorf("left in the bucket: %s", o.Key)
	}
}
