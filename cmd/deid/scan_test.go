package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type scanLine struct {
	ID       string `json:"id"`
	Error    string `json:"error"`
	Findings []struct {
		Start, End int
		Type       string
		Score      float64
	} `json:"findings"`
}

// TestScanJSONLContract checks the exact contract independent evaluations
// rely on: one output line per input line, in order, byte offsets into the
// UTF-8 text, no matched text echoed.
func TestScanJSONLContract(t *testing.T) {
	in := `{"id":"a","text":"Dr. Patel saw Mrs. Jones on 3/4/21."}` + "\n" +
		`{"id":"b","text":"café crème — call José at 555-201-3344"}` + "\n" +
		`{"id":"c","text":"no identifiers, just metformin 500 mg"}` + "\n"
	code, out, stderr := runCmd(t, in, nil, "scan", "--format", "jsonl")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 lines, got %d", len(lines))
	}
	texts := []string{"Dr. Patel saw Mrs. Jones on 3/4/21.", "café crème — call José at 555-201-3344", "no identifiers, just metformin 500 mg"}
	for i, l := range lines {
		var s scanLine
		if err := json.Unmarshal([]byte(l), &s); err != nil {
			t.Fatal(err)
		}
		if s.ID != string(rune('a'+i)) {
			t.Errorf("line %d: id %q out of order", i, s.ID)
		}
		for _, f := range s.Findings {
			if f.Start < 0 || f.End > len(texts[i]) || f.Start >= f.End {
				t.Errorf("line %d: bad offsets %d-%d", i, f.Start, f.End)
			}
		}
		if strings.Contains(l, "Patel") || strings.Contains(l, "555-201") {
			t.Errorf("line %d echoes matched text: %s", i, l)
		}
	}
	var b scanLine
	json.Unmarshal([]byte(lines[1]), &b)
	phone := strings.Index(texts[1], "555-201-3344")
	found := false
	for _, f := range b.Findings {
		if f.Type == "PHONE" && f.Start == phone && f.End == phone+len("555-201-3344") {
			found = true
		}
	}
	if !found {
		t.Errorf("phone not found at byte offset %d: %s", phone, lines[1])
	}
	var c scanLine
	json.Unmarshal([]byte(lines[2]), &c)
	if len(c.Findings) != 0 || c.Findings == nil {
		t.Errorf("clinical text: want an empty findings array, got %s", lines[2])
	}
}

// TestScanMalformedLines: a bad line is reported by number and reason on
// stderr, keeps its place in the output, makes the exit code 1, and its
// content appears nowhere.
func TestScanMalformedLines(t *testing.T) {
	in := `{"id":"a","text":"fine"}` + "\n" +
		`{"id":"b","text":"` + planted + "\n" +
		`{"id":"c","txt":"` + planted + `"}` + "\n" +
		`{"id":"d","text":["` + planted + `"]}` + "\n" +
		"\n" +
		`{"id":"e","text":"also fine"}` + "\n"
	code, out, stderr := runCmd(t, in, nil, "scan")
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	if n := strings.Count(out, "\n"); n != 5 {
		t.Errorf("want 5 output lines (blank input line skipped), got %d", n)
	}
	for _, want := range []string{"line 2: invalid JSON", `line 3: missing "text"`, `line 4: field "text" must be string`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	for _, part := range strings.Fields(planted) {
		if strings.Contains(stderr, part) || strings.Contains(out, part) {
			t.Errorf("planted text %q leaked:\nstdout %s\nstderr %s", part, out, stderr)
		}
	}
}

func TestScanTextAndConversation(t *testing.T) {
	code, out, _ := runCmd(t, "hello Martha Smith, your mrn is 1234567\n", nil, "scan", "--format", "text")
	if code != exitOK || !strings.Contains(out, `"type":"NAME"`) || !strings.Contains(out, `"type":"MRN"`) {
		t.Errorf("text: exit %d: %s", code, out)
	}
	// The encounter's known identifiers are used: "Quill" is in no
	// dictionary and has no cue, but it is the patient's surname.
	conv := `{"conversation_id":"c1","encounter":{"patient":{"name":"Ada Quill","mrn":"MRN-0042-7781"}},` +
		`"turns":[{"speaker":"clinician","start_ms":0,"end_ms":900,"text":"so quill your record is 00427781"}]}`
	code, out, stderr := runCmd(t, conv+"\n", nil, "scan", "--format", "conversation")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got struct {
		ConversationID string `json:"conversation_id"`
		Turns          []struct {
			Turn     int
			Findings []struct {
				Start, End int
				Type       string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	for _, f := range got.Turns[0].Findings {
		types[f.Type] = true
	}
	if got.ConversationID != "c1" || !types["NAME"] || !types["MRN"] {
		t.Errorf("conversation: %s", out)
	}
	code, _, stderr = runCmd(t, `{"conversation_id":"c2","turns":[{"speaker":"robot","text":"x"}]}`+"\n", nil, "scan", "--format", "conversation")
	if code != exitFail || !strings.Contains(stderr, "turns[0].speaker") {
		t.Errorf("bad speaker: exit %d: %s", code, stderr)
	}
}

func TestScanUsageAndFiles(t *testing.T) {
	if code, _, _ := runCmd(t, "", nil, "scan", "--format", "xml"); code != exitUsage {
		t.Errorf("unknown format: exit %d", code)
	}
	if code, _, _ := runCmd(t, "", nil, "scan", "--nope"); code != exitUsage {
		t.Errorf("unknown flag: exit %d", code)
	}
	if code, _, _ := runCmd(t, "", nil, "frobnicate"); code != exitUsage {
		t.Errorf("unknown command: exit %d", code)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(`{"id":"x","text":"call 555-201-3344"}`+"\n"), 0o600)
	outp := filepath.Join(dir, "out.jsonl")
	if code, _, stderr := runCmd(t, "", nil, "scan", "--input", in, "--output", outp); code != exitOK {
		t.Fatalf("files: exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(outp)
	if !strings.Contains(string(b), `"PHONE"`) {
		t.Errorf("output file: %s", b)
	}
	if code, _, stderr := runCmd(t, "", nil, "scan", "--input", filepath.Join(dir, "missing")); code != exitFail || !strings.Contains(stderr, "--input: open "+filepath.Join(dir, "missing")+": no such file or directory") {
		t.Errorf("missing input: exit %d: %s", code, stderr)
	}
}

// TestEvalCommand scores the committed gold sets and holds the engine to a
// floor, so a change that loses recall fails the suite.
func TestEvalCommand(t *testing.T) {
	for _, f := range []string{"gold", "gold-nursing-note", "gold-pii-sentence", "gold-clinical-query", "gold-visit-transcript"} {
		code, out, stderr := runCmd(t, "", nil, "eval", "--gold", "../../fixtures/testdata/"+f+".jsonl")
		if code != exitOK {
			t.Fatalf("%s: exit %d: %s", f, code, stderr)
		}
		var gold, tp, fp int
		var p, r, f2, ra float64
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "ALL (any)") {
				fmtSscan(t, strings.TrimPrefix(l, "ALL (any)"), &gold, &tp, &fp, &p, &r, &f2, &ra)
			}
		}
		if r < 0.95 || p < 0.95 {
			t.Errorf("%s: precision %.3f recall %.3f below the floor (0.95/0.95)\n%s", f, p, r, out)
		}
	}
}

func fmtSscan(t *testing.T, s string, args ...any) {
	t.Helper()
	if _, err := fmt.Sscan(s, args...); err != nil {
		t.Fatalf("parse %q: %v", s, err)
	}
}

// TestScanWorkersKeepOrder: scanning in parallel gives byte for byte the
// output of scanning one line at a time, malformed lines included.
func TestScanWorkersKeepOrder(t *testing.T) {
	var in strings.Builder
	for i := 0; i < 300; i++ {
		switch i % 7 {
		case 3:
			in.WriteString("{broken\n")
		case 5:
			in.WriteString("\n")
		default:
			fmt.Fprintf(&in, `{"id":"d%d","text":"Dr. Patel called 555-201-%04d about Mrs. Jones on 3/%d/21"}`+"\n", i, i, i%28+1)
		}
	}
	code1, out1, err1 := runCmd(t, in.String(), nil, "scan", "--workers", "1")
	code4, out4, err4 := runCmd(t, in.String(), nil, "scan", "--workers", "4")
	if code1 != exitFail || code4 != exitFail {
		t.Errorf("exit codes %d %d, want %d (malformed lines)", code1, code4, exitFail)
	}
	if out1 != out4 || err1 != err4 {
		t.Errorf("parallel output differs from sequential (%d vs %d bytes)", len(out4), len(out1))
	}
}

// TestScanWithholdsIdentifyingIDs: a conversation id that carries the
// patient's MRN, a phone number, a name or hidden characters is printed
// as [ID] with the line number, never verbatim.
func TestScanWithholdsIdentifyingIDs(t *testing.T) {
	enc := `"encounter":{"patient":{"name":"Ambrose Quillfeather","mrn":"41234567"}}`
	turns := `"turns":[{"speaker":"patient","start_ms":0,"end_ms":10,"text":"hello"}]`
	in := ""
	for _, id := range []string{"visit-41234567", "617-555-0142", "quillfeather-1", "c\u200b1", "ok-2"} {
		b, err := json.Marshal(id)
		require.NoError(t, err)
		in += `{"conversation_id":` + string(b) + `,` + enc + `,` + turns + "}\n"
	}
	code, out, stderr := runCmd(t, in, nil, "scan", "--format", "conversation")
	require.Equal(t, exitOK, code, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 5)
	for i, l := range lines[:4] {
		var got struct {
			ConversationID string `json:"conversation_id"`
			Line           int    `json:"line"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &got))
		assert.Equal(t, "[ID]", got.ConversationID, l)
		assert.Equal(t, i+1, got.Line, l)
	}
	assert.Contains(t, lines[4], `"conversation_id":"ok-2"`)
	for _, leak := range []string{"41234567", "0142", "uillfeather"} {
		assert.NotContains(t, strings.ToLower(out+stderr), leak)
	}
}

// TestScanJSONLWithholdIDs: jsonl ids are echoed by default (scorers match
// findings to documents by id); with --withhold-ids an id that carries an
// MRN, a phone number, a name or hidden characters prints as [ID] with its
// line number, malformed lines included.
func TestScanJSONLWithholdIDs(t *testing.T) {
	in := ""
	for _, id := range []string{"visit-41234567", "617-555-0142", "Ambrose Quillfeather", "c\u200b1"} {
		b, err := json.Marshal(id)
		require.NoError(t, err)
		in += `{"id":` + string(b) + `,"text":"hello"}` + "\n"
	}
	in += `{"id":"mrn 41234567"}` + "\n" // no text: malformed
	in += `{"id":"doc","text":"hello"}` + "\n"

	code, out, stderr := runCmd(t, in, nil, "scan", "--withhold-ids")
	require.Equal(t, exitFail, code, stderr) // the malformed line
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 6)
	for i, l := range lines[:5] {
		var got struct {
			ID   string `json:"id"`
			Line int    `json:"line"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &got))
		assert.Equal(t, "[ID]", got.ID, l)
		assert.Equal(t, i+1, got.Line, l)
	}
	assert.Contains(t, lines[4], `"error"`)
	assert.Equal(t, `{"id":"doc","findings":[]}`, lines[5])
	for _, leak := range []string{"41234567", "0142", "uillfeather"} {
		assert.NotContains(t, strings.ToLower(out+stderr), leak)
	}

	code, out, _ = runCmd(t, in, nil, "scan")
	require.Equal(t, exitFail, code)
	assert.Contains(t, out, `"id":"visit-41234567"`, "default keeps the id for scorers")
	assert.NotContains(t, out, `"line"`)
}
