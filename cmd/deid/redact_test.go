package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/internal/testserver"
)

const cliTestKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

// runCmd runs the CLI in-process with the given stdin and environment.
func runCmd(t *testing.T, stdin string, envv map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		getenv: func(k string) string { return envv[k] }}
	code = run(e, args)
	return code, out.String(), errb.String()
}

// planted is PHI that must never reach stderr or an error.
const planted = "Zebulon Quartermaine"

func TestRedactJSONL(t *testing.T) {
	in := `{"id":"d1","text":"My name is ` + planted + ` and my phone is 617-555-1212."}` + "\n" +
		`{"id":"d2","text":"no identifiers here"}` + "\n"
	code, out, stderr := runCmd(t, in, nil, "redact", "--format", "jsonl", "-v")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d output lines", len(lines))
	}
	for i, l := range lines {
		var d struct{ ID, Text string }
		if err := json.Unmarshal([]byte(l), &d); err != nil {
			t.Fatal(err)
		}
		if d.ID != []string{"d1", "d2"}[i] {
			t.Errorf("line %d: id %q", i, d.ID)
		}
	}
	if strings.Contains(stderr, "Zebulon") || !strings.Contains(stderr, "2 record(s), policy safe-harbor") {
		t.Errorf("stderr: %q", stderr)
	}
}

// TestRedactMalformedLinesLeakNothing: a malformed line is reported by
// number and reason, never content, and left out of the output.
func TestRedactMalformedLinesLeakNothing(t *testing.T) {
	in := `{"id":"d1","text":"fine"}` + "\n" +
		`{"id":"d2","text":"` + planted + `` + "\n" + // truncated
		`{"id":"d3","txt":"` + planted + `"}` + "\n" +
		`{"id":"d4","text":["` + planted + `"]}` + "\n"
	for _, format := range []string{"jsonl", "conversation"} {
		code, out, stderr := runCmd(t, in, map[string]string{"DEID_KEY": cliTestKey}, "redact", "--format", format)
		if code != exitFail {
			t.Errorf("%s: exit %d", format, code)
		}
		if strings.Contains(stderr, "Zebulon") || strings.Contains(out, "Zebulon") {
			t.Errorf("%s: planted name leaked:\nstdout %s\nstderr %s", format, out, stderr)
		}
		if !strings.Contains(stderr, "line 2:") || !strings.Contains(stderr, "line 3:") || !strings.Contains(stderr, "line 4:") {
			t.Errorf("%s: stderr does not name the lines: %s", format, stderr)
		}
	}
}

func TestRedactText(t *testing.T) {
	code, out, stderr := runCmd(t, "seen today\nno identifiers\n", nil, "redact", "--format", "text")
	if code != exitOK || out != "seen today\nno identifiers\n" {
		t.Errorf("exit %d out %q stderr %q", code, out, stderr)
	}
}

func TestRedactConversation(t *testing.T) {
	in := `{"conversation_id":"conv-1","encounter":{"started_at":"2021-03-14T09:30:00Z","patient":{"mrn":"123","name":"` + planted + `","birth_date":"1929-01-02","sex":"F","address":{"state":"MA","zip":"02139"}}},"turns":[{"speaker":"patient","start_ms":0,"end_ms":10,"text":"I am ` + planted + `."}]}` + "\n"
	// Keyed research ids without a key: fails closed, says how to give
	// one, prints no PHI. Random ids (the default) need no key.
	pol := filepath.Join(t.TempDir(), "keyed.yaml")
	require.NoError(t, os.WriteFile(pol, []byte("name: keyed\nversion: 1\nmethod: expert\ndefault: tag\nresearch_ids: keyed\n"), 0o600))
	code, out, stderr := runCmd(t, in, nil, "redact", "--format", "conversation", "--policy", pol)
	if code != exitFail || out != "" || !strings.Contains(stderr, "DEID_KEY") || strings.Contains(stderr, "Zebulon") {
		t.Errorf("no key: exit %d out %q stderr %q", code, out, stderr)
	}
	for _, args := range [][]string{{"--ephemeral-key"}, {}, {"--policy", pol}} {
		envv := map[string]string{"DEID_KEY": cliTestKey}
		if len(args) > 0 && args[0] == "--ephemeral-key" {
			envv = nil
		}
		code, out, stderr = runCmd(t, in, envv, append([]string{"redact", "--format", "conversation"}, args...)...)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(out), &rec); err != nil {
			t.Fatal(err)
		}
		if _, ok := rec["conversation_id"]; ok || !strings.HasPrefix(rec["research_id"].(string), "c_") {
			t.Errorf("record ids: %v", rec)
		}
		demo, _ := json.Marshal(rec["demographics"])
		if len(args) < 2 && string(demo) != `{"age":"90+","sex":"female","state":"MA","zip3":"021"}` { // the keyed test policy tags demographics
			t.Errorf("demographics %s", demo)
		}
		// on word boundaries: the research ids are hex digests that may hold
		// the digits by chance
		if strings.Contains(out, "conv-1") || regexp.MustCompile(`\b(1929|02139)\b`).MatchString(out) {
			t.Errorf("direct identifier in output: %s", out)
		}
	}
	// One linkage store (or, keyed, the same key) twice gives the same
	// research ids; --ephemeral-key with a key is a usage error.
	link := t.TempDir()
	_, a, _ := runCmd(t, in, nil, "redact", "--format", "conversation", "--linkage", link)
	_, b, _ := runCmd(t, in, nil, "redact", "--format", "conversation", "--linkage", link)
	_, c, _ := runCmd(t, in, nil, "redact", "--format", "conversation", "--linkage", t.TempDir())
	if a == "" || a != b || a == c {
		t.Error("research ids: one store twice differ, or two stores agree")
	}
	_, a, _ = runCmd(t, in, map[string]string{"DEID_KEY": cliTestKey}, "redact", "--format", "conversation", "--policy", pol)
	_, b, _ = runCmd(t, in, map[string]string{"DEID_KEY": cliTestKey}, "redact", "--format", "conversation", "--policy", pol)
	if a == "" || a != b {
		t.Error("two keyed runs with one key differ")
	}
	if code, _, _ := runCmd(t, in, map[string]string{"DEID_KEY": cliTestKey}, "redact", "--ephemeral-key"); code != exitUsage {
		t.Errorf("--ephemeral-key with DEID_KEY: exit %d", code)
	}
}

// deid redact --linkage postgres://…: the driver is linked into the
// command; two runs on one database give the same research ids, another
// database other ones; a URL with a password is refused without echoing it.
func TestRedactLinkagePostgres(t *testing.T) {
	in := `{"conversation_id":"conv-1","encounter":{"patient":{"mrn":"123"}},"turns":[{"speaker":"patient","start_ms":0,"end_ms":10,"text":"Hello."}]}` + "\n"
	pg := testserver.Postgres(t)
	link := pg.SocketURL(pg.CreateDB(t))
	code, a, stderr := runCmd(t, in, nil, "redact", "--format", "conversation", "--linkage", link)
	require.Equal(t, exitOK, code, stderr)
	_, b, _ := runCmd(t, in, nil, "redact", "--format", "conversation", "--linkage", link)
	_, c, _ := runCmd(t, in, nil, "redact", "--format", "conversation", "--linkage", pg.SocketURL(pg.CreateDB(t)))
	assert.Contains(t, a, `"research_id":"c_`)
	assert.Equal(t, a, b, "one store twice")
	assert.NotEqual(t, a, c, "two stores")

	code, out, stderr := runCmd(t, in, nil, "redact", "--format", "conversation", "--linkage", "postgres://deid:hunter2-secret@127.0.0.1/x")
	assert.Equal(t, exitFail, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "PGPASSWORD")
	assert.NotContains(t, stderr, "hunter2-secret")
}

func TestRedactKeysAndPolicies(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "key")
	os.WriteFile(keyFile, []byte(cliTestKey+"\n"), 0o600)
	in := `{"id":"d1","text":"hello"}` + "\n"
	// expert needs a key.
	if code, _, stderr := runCmd(t, in, nil, "redact", "--preset", "expert"); code != exitFail || !strings.Contains(stderr, "DEID_KEY") {
		t.Errorf("expert without key: exit %d %s", code, stderr)
	}
	if code, _, stderr := runCmd(t, in, nil, "redact", "--preset", "expert", "--key-file", keyFile); code != exitOK {
		t.Errorf("expert with key file: exit %d %s", code, stderr)
	}
	if code, _, stderr := runCmd(t, in, map[string]string{"DEID_KEY": "c2hvcnQ="}, "redact", "--preset", "expert"); code != exitFail || strings.Contains(stderr, "c2hvcnQ") {
		t.Errorf("short key: exit %d %s", code, stderr)
	}
	if code, _, _ := runCmd(t, in, nil, "redact", "--preset", "nope"); code != exitUsage {
		t.Errorf("unknown preset: exit %d", code)
	}
	if code, _, _ := runCmd(t, in, nil, "redact", "--format", "xml"); code != exitUsage {
		t.Errorf("bad format: exit %d", code)
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("name: x\nversion: 1\nmethod: safe-harbor\ndefault: keep\n"), 0o644)
	if code, _, stderr := runCmd(t, in, nil, "redact", "--policy", bad); code != exitFail || !strings.Contains(stderr, "bad.yaml:4:10: default.operator") {
		t.Errorf("bad policy: exit %d %s", code, stderr)
	}
	// Files in, files out.
	inFile, outFile := filepath.Join(dir, "in.jsonl"), filepath.Join(dir, "out.jsonl")
	os.WriteFile(inFile, []byte(in), 0o644)
	if code, _, stderr := runCmd(t, "", nil, "redact", "--input", inFile, "--output", outFile); code != exitOK {
		t.Fatalf("exit %d %s", code, stderr)
	}
	if b, _ := os.ReadFile(outFile); string(b) != in {
		t.Errorf("output file %q", b)
	}
}

func TestPolicyCommand(t *testing.T) {
	for _, name := range policy.Presets() {
		code, out, _ := runCmd(t, "", nil, "policy", "show", name)
		want, _ := policy.PresetYAML(name)
		if code != exitOK || out != string(want) {
			t.Errorf("policy show %s: exit %d, output differs from the embedded file", name, code)
		}
	}
	if _, out, _ := runCmd(t, "", nil, "policy", "show"); !strings.Contains(out, "name: safe-harbor") {
		t.Errorf("policy show default: %q", out)
	}
	if code, _, stderr := runCmd(t, "", nil, "policy", "show", "../etc"); code != exitUsage || !strings.Contains(stderr, "safe-harbor") {
		t.Errorf("unknown preset: exit %d %s", code, stderr)
	}
	// A shown preset checks clean, with the preset's own hash.
	dir := t.TempDir()
	good := filepath.Join(dir, "sh.yaml")
	_, out, _ := runCmd(t, "", nil, "policy", "show", "safe-harbor")
	os.WriteFile(good, []byte(out), 0o644)
	code, out, stderr := runCmd(t, "", nil, "policy", "check", good)
	if code != exitOK || !strings.Contains(out, policy.Default().Hash()) {
		t.Errorf("check: exit %d out %q err %q", code, out, stderr)
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("name: x\nversion: 1\nmethod: safe-harbor\ndefault: tag\nrules:\n  NAME: {operator: surogate}\n  PHONE: {operator: tag, key: abc}\n"), 0o644)
	code, _, stderr = runCmd(t, "", nil, "policy", "check", good, bad)
	if code != exitFail {
		t.Errorf("bad policy: exit %d", code)
	}
	for _, want := range []string{"bad.yaml:6:20: rules.NAME.operator: unknown operator", "bad.yaml:7:26: rules.PHONE.key: a policy never holds key material"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if code, _, _ := runCmd(t, "", nil, "policy"); code != exitUsage {
		t.Errorf("bare policy: exit %d", code)
	}
	if code, _, _ := runCmd(t, "", nil, "policy", "frob"); code != exitUsage {
		t.Errorf("policy frob: exit %d", code)
	}
}
