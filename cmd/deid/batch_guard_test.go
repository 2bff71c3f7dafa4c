package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBatchRefusesAnEmptyOrRejectedInput: `deid batch` on an input that
// matches no file, or whose lines are all rejected, exits 1 and commits
// nothing; --max-rejected takes 1% or 0.01.
func TestBatchRefusesAnEmptyOrRejectedInput(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"DEID_KEY": cliTestKey}
	key := writeKey(t, dir)
	args := func(in string, more ...string) []string {
		return append([]string{"batch", "--input", in, "--output", filepath.Join(dir, "export"),
			"--quarantine", filepath.Join(dir, "onprem"), "--run-date", "2026-11-24", "--quiet", "--key-file", key}, more...)
	}
	code, out, stderr := runCmd(t, "", env, args(filepath.Join(dir, "none-*.jsonl"))...)
	assert.Equal(t, exitFail, code, "stdout %s\nstderr %s", out, stderr)
	// the preflight checks find the empty input before the pipeline starts
	assert.Contains(t, stderr, "no input file")
	assert.Contains(t, stderr, "nothing was read or written")
	_, err := os.Stat(filepath.Join(dir, "export", "dt=2026-11-24", "_MANIFEST.json"))
	assert.True(t, os.IsNotExist(err), "a manifest was committed")

	in := filepath.Join(dir, "docs.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(`{"id":"d1","text":"The cough is better."}`+"\n"+`{"id":"d2","text":"Fine."}`+"\n"), 0o600))
	code, out, stderr = runCmd(t, "", env, args(in)...)
	assert.Equal(t, exitFail, code, "stdout %s\nstderr %s", out, stderr)
	assert.Contains(t, stderr, "2 of 2 input records rejected")
	_, err = os.Stat(filepath.Join(dir, "export", "dt=2026-11-24", "_MANIFEST.json"))
	assert.True(t, os.IsNotExist(err), "a manifest was committed")

	for _, v := range []string{"100%", "1"} {
		code, out, stderr = runCmd(t, "", env, args(in, "--max-rejected", v)...)
		assert.Equal(t, exitOK, code, "--max-rejected %s: stdout %s\nstderr %s", v, out, stderr)
	}
	code, _, stderr = runCmd(t, "", env, args(in, "--max-rejected", "lots")...)
	assert.Equal(t, exitUsage, code)
	assert.True(t, strings.Contains(stderr, "max_rejected"), stderr)
}

// TestBatchBlankInputIsRejectedNotRefused: blank lines and empty files are
// rejected with their reasons but hold no record: with the default
// --max-rejected (1%), ten records, a trailing blank line and an empty
// file (an hour with no conversation) commit; an input of nothing but
// blank lines and empty files has no record and commits nothing.
func TestBatchBlankInputIsRejectedNotRefused(t *testing.T) {
	lines, _ := streamFixtures(t)
	dir := t.TempDir()
	key := writeKey(t, dir)
	args := func(in string) []string {
		return []string{"batch", "--input", in, "--output", filepath.Join(dir, "export"),
			"--quarantine", filepath.Join(dir, "onprem"), "--run-date", "2026-11-24", "--quiet", "--key-file", key}
	}
	blank := filepath.Join(dir, "blank")
	require.NoError(t, os.MkdirAll(blank, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(blank, "a.jsonl"), nil, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(blank, "b.jsonl"), []byte("\n\n"), 0o600))
	code, out, stderr := runCmd(t, "", nil, args(blank)...)
	assert.Equal(t, exitFail, code, "stdout %s\nstderr %s", out, stderr)
	assert.Contains(t, stderr, "no input records")
	assert.NoFileExists(t, filepath.Join(dir, "export", "dt=2026-11-24", "_MANIFEST.json"))

	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(in, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(in, "a.jsonl"), []byte(strings.Join(lines[:10], "")+"\n"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(in, "b.jsonl"), nil, 0o600))
	code, out, stderr = runCmd(t, "", nil, args(in)...)
	require.Equal(t, exitOK, code, "stdout %s\nstderr %s", out, stderr)
	assert.Contains(t, out, "[reconciles]")
	assert.Regexp(t, `empty_file\D+1\b`, out)
	assert.Regexp(t, `empty_line\D+1\b`, out)
	assert.FileExists(t, filepath.Join(dir, "export", "dt=2026-11-24", "_MANIFEST.json"))
}
