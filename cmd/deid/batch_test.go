package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBatchCommand(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	data, err := os.ReadFile("../../fixtures/testdata/conversations.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	bad := `{"conversation_id":"bad","turns":[{"speaker":"patient","text":"` + planted + `"` + "\n" // truncated
	os.WriteFile(in, []byte(strings.Join(lines[:10], "")+bad), 0o600)
	env := map[string]string{"DEID_KEY": cliTestKey}

	code, out, stderr := runCmd(t, "", env, "batch", "--input", in, "--output", filepath.Join(dir, "export"),
		"--quarantine", filepath.Join(dir, "onprem"), "--run-date", "2026-11-24", "--key-file", writeKey(t, dir), "--quiet",
		"--formats", "jsonl,parquet", "--max-rejected", "10%") // one truncated line of 11
	if code != exitOK {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, stderr)
	}
	for _, want := range []string{"COMMITTED", "in 11 = exported", "rejected 1", "[reconciles]", "dt=2026-11-24/_MANIFEST.json", "jsonl.gz+parquet"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	for _, part := range strings.Fields(planted) {
		if strings.Contains(out+stderr, part) {
			t.Errorf("planted text %q reached the terminal", part)
		}
	}

	// the same job as a YAML file; flags given too override it
	job := filepath.Join(dir, "job.yaml")
	os.WriteFile(job, []byte("input: "+in+"\noutput: "+filepath.Join(dir, "export2")+"\nquarantine: "+filepath.Join(dir, "onprem2")+"\nrun_date: 2026-11-23\nchunk_bytes: 65536\nmax_rejected: 0.1\nkey_file: "+writeKey(t, dir)+"\n"), 0o600)
	if code, out, stderr := runCmd(t, "", env, "batch", "--config", job, "--quiet"); code != exitOK || !strings.Contains(out, "date 2026-11-23") {
		t.Errorf("config: exit %d\n%s\n%s", code, out, stderr)
	}
	os.WriteFile(job, []byte("input: x\noutptu: y\n"), 0o600)
	if code, _, stderr := runCmd(t, "", env, "batch", "--config", job); code != exitUsage || !strings.Contains(stderr, "line 2") {
		t.Errorf("typo in config: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd(t, "", env, "batch", "--input", in); code != exitUsage || !strings.Contains(stderr, "output is required") {
		t.Errorf("missing output: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCmd(t, "", env, "batch", "--input", in, "--output", dir, "--quarantine", dir, "--run-date", "24/11/2026"); code != exitUsage || !strings.Contains(stderr, "run_date") {
		t.Errorf("bad date: exit %d: %s", code, stderr)
	}
}

func writeKey(t *testing.T, dir string) string {
	p := filepath.Join(dir, "key")
	if err := os.WriteFile(p, []byte(cliTestKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}
