package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func scanFindings(t *testing.T, out string) []scanFinding {
	t.Helper()
	var s struct {
		Findings []scanFinding `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(strings.TrimSpace(out)), &s))
	return s.Findings
}

// TestScanSelection: --types keeps only the types asked for, --min-score
// only findings scored at least it, --offsets chars counts code points.
func TestScanSelection(t *testing.T) {
	text := "Señora María Núñez was seen on March 3, 2021, call 555-867-5309"
	in := `{"id":"a","text":"` + text + `"}` + "\n"
	code, out, stderr := runCmd(t, in, nil, "scan")
	require.Equal(t, exitOK, code, stderr)
	all := scanFindings(t, out)
	types := map[string]bool{}
	for _, f := range all {
		types[string(f.Type)] = true
	}
	require.True(t, types["NAME"] && types["DATE"] && types["PHONE"], "%v", all)

	code, out, stderr = runCmd(t, in, nil, "scan", "--types", "date, phone")
	require.Equal(t, exitOK, code, stderr)
	for _, f := range scanFindings(t, out) {
		assert.Contains(t, []string{"DATE", "PHONE"}, string(f.Type))
	}

	code, out, stderr = runCmd(t, in, nil, "scan", "--min-score", "0.99")
	require.Equal(t, exitOK, code, stderr)
	for _, f := range scanFindings(t, out) {
		assert.GreaterOrEqual(t, f.Score, 0.99)
	}

	code, out, stderr = runCmd(t, in, nil, "scan", "--offsets", "chars")
	require.Equal(t, exitOK, code, stderr)
	chars := scanFindings(t, out)
	require.Len(t, chars, len(all))
	runes := []rune(text)
	for i, f := range chars {
		b := all[i]
		assert.Equal(t, text[b.Start:b.End], string(runes[f.Start:f.End]))
		assert.Equal(t, utf8.RuneCountInString(text[:b.Start]), f.Start)
	}

	for _, args := range [][]string{{"--types", "NAME,CLINIC"}, {"--min-score", "2"}, {"--offsets", "utf16"}, {"--policy", "x", "--preset", "expert"}} {
		code, _, stderr = runCmd(t, in, nil, append([]string{"scan"}, args...)...)
		assert.Equal(t, exitUsage, code, "%v: %s", args, stderr)
		assert.NotContains(t, stderr, "María")
	}
	code, _, stderr = runCmd(t, in, nil, "redact", "--types", "NAME,CLINIC")
	assert.Equal(t, exitUsage, code, stderr)
}

// TestRedactSelectionAndDictionaries: --types limits what is redacted, and
// the policy's dictionaries apply to scan and redact.
func TestRedactSelectionAndDictionaries(t *testing.T) {
	in := `{"id":"a","text":"Maria Gonzalez got a pump called Zorblax at the Riverton Clinic on March 3, 2021"}` + "\n"
	code, out, stderr := runCmd(t, in, nil, "redact", "--types", "DATE")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "Maria Gonzalez")
	assert.Contains(t, out, "on 2021")

	dir := t.TempDir()
	pol := filepath.Join(dir, "site.yaml")
	require.NoError(t, os.WriteFile(pol, []byte("name: site\nversion: 1\nmethod: safe-harbor\ndefault: tag\n"+
		"rules: {DATE: generalize, AGE: generalize, ZIP: generalize}\nallow:\n  - file: drugs.txt\n"+
		"deny:\n  - {term: Riverton Clinic, type: FACILITY}\n"), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "drugs.txt"), []byte("zorblax\n"), 0o600))
	code, out, stderr = runCmd(t, in, nil, "redact", "--policy", pol)
	require.Equal(t, exitOK, code, stderr)
	assert.Equal(t, `{"id":"a","text":"[NAME] got a pump called Zorblax at the [FACILITY] on 2021"}`, strings.TrimSpace(out))

	code, out, stderr = runCmd(t, in, nil, "scan", "--policy", pol, "--types", "FACILITY")
	require.Equal(t, exitOK, code, stderr)
	fs := scanFindings(t, out)
	require.Len(t, fs, 1)
	assert.Equal(t, "FACILITY", string(fs[0].Type))

	code, out, _ = runCmd(t, "", nil, "policy", "check", pol)
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "ok: site")
}
