package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/deid/redact/schema"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
)

var update = flag.Bool("update", false, "refresh export/fields.md and testdata golden files")

func localBucket(t testing.TB) (storage.Bucket, string) {
	dir := filepath.Join(t.TempDir(), "b")
	b, err := storage.Open(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b, dir
}

func TestRowRoundTripsEveryShape(t *testing.T) {
	for i := range 30 {
		rec := testRecord(i, "x")
		row, err := export.RowOf(rec)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := jsonLine(t, row.Record()), jsonLine(t, rec); got != want {
			t.Fatalf("record %d:\n got %s\nwant %s", i, got, want)
		}
	}
	rec := testRecord(1, "x")
	rec.Encounter.Date = "March 3rd"
	if _, err := export.RowOf(rec); !errors.Is(err, export.ErrInvalidRecord) || strings.Contains(err.Error(), "March") {
		t.Fatalf("bad date: %v", err)
	}
}

func TestRunValidation(t *testing.T) {
	for _, r := range []export.Run{
		{Date: "2024-02-30", ID: "a"}, {Date: "2024-5-1", ID: "a"}, {Date: "2024-05-01", ID: ""},
		{Date: "2024-05-01", ID: "../x"}, {Date: "2024-05-01", ID: "a/b"}, {Date: "2024-05-01", ID: "-a"},
	} {
		if err := r.Validate(); !errors.Is(err, export.ErrInvalidRun) {
			t.Errorf("%+v: Validate = %v", r, err)
		}
	}
	a, b := export.NewRunID(time.Unix(100, 0)), export.NewRunID(time.Unix(101, 0))
	if !(a < b) || (export.Run{Date: "2024-05-01", ID: a}).Validate() != nil {
		t.Fatalf("NewRunID: %s, %s", a, b)
	}
}

func TestShardWriterRefusesAndRollsOverByBytes(t *testing.T) {
	b, _ := localBucket(t)
	ctx := t.Context()
	run := runAt("2024-06-01", 1)
	w, err := export.NewShardWriter(b, run, "w1", &export.ShardOptions{MaxBytes: 2000, Formats: []string{export.FormatJSONL}})
	if err != nil {
		t.Fatal(err)
	}
	other := testRecord(1, "x")
	other.Policy.Hash = strings.Repeat("b", 64)
	old := testRecord(2, "x")
	old.SchemaVersion = 0
	for name, c := range map[string]struct {
		rec    *redact.Record
		labels export.Labels
	}{
		"reserved label": {testRecord(3, "x"), export.Labels{"deid-run-id": "x"}},
		"upper label":    {testRecord(3, "x"), export.Labels{"Tier": "x"}},
		"comma value":    {testRecord(3, "x"), export.Labels{"tier": "a,b"}},
		"schema version": {old, nil},
		"nil":            {nil, nil},
	} {
		if err := w.Write(ctx, c.rec, c.labels); !errors.Is(err, export.ErrInvalidRecord) {
			t.Errorf("%s: Write = %v", name, err)
		}
	}
	for _, r := range testRecords(0, 20) {
		if err := w.Write(ctx, r, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Write(ctx, other, nil); !errors.Is(err, export.ErrInvalidRecord) {
		t.Errorf("mixed policy: Write = %v", err)
	}
	shards, err := w.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, s := range shards {
		n += s.Records
		if s.Format != export.FormatJSONL {
			t.Fatalf("format %s written", s.Format)
		}
	}
	if len(shards) < 5 || n != 20 {
		t.Fatalf("%d shards, %d records", len(shards), n)
	}
	if err := w.Write(ctx, testRecord(1, "x"), nil); !errors.Is(err, export.ErrClosed) {
		t.Fatalf("Write after Close = %v", err)
	}
	// Spool files are gone.
	if left, _ := filepath.Glob(filepath.Join(os.TempDir(), "deid-export-*")); len(left) > 0 {
		t.Logf("note: spool files in TempDir (possibly from other processes): %v", left)
	}
}

func TestQuarantineAndRejected(t *testing.T) {
	b, dir := localBucket(t)
	raw := t.TempDir()
	ctx := t.Context()
	run := runAt("2024-06-02", 1)
	q, err := export.NewQuarantineWriter(b, run, "w1", &export.SpoolOptions{MaxRecords: 2})
	if err != nil {
		t.Fatal(err)
	}
	orig := `{"conversation_id":"C1","turns":[{"text":"I am Jane Roe, MRN 12345678"}]}`
	for i := range 3 {
		if err := q.Write(ctx, export.Quarantined{Input: export.Input{Source: "s3://user:secret@in/day.jsonl?X-Amz-Signature=abc", Line: int64(i + 1)}, Reason: "gate.residual_name", Record: json.RawMessage(orig)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := q.Write(ctx, export.Quarantined{Reason: "gate.x", Record: json.RawMessage("{not json")}); !errors.Is(err, export.ErrInvalidRecord) {
		t.Fatalf("invalid JSON quarantined: %v", err)
	}
	if err := q.Write(ctx, export.Quarantined{Reason: "Jane Roe", Record: json.RawMessage("{}")}); !errors.Is(err, export.ErrInvalidRecord) || strings.Contains(fmt.Sprintf("%+v", err), "Jane") {
		t.Fatalf("free-text reason: %v", err)
	}
	qrefs, err := q.Close(ctx)
	if err != nil || len(qrefs) != 2 {
		t.Fatalf("quarantine Close = %v, %v", qrefs, err)
	}
	rc, err := b.Get(ctx, run.DatePrefix()+"/"+qrefs[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(rc)
	rc.Close()
	if !bytes.Contains(body, []byte(orig)) || bytes.Contains(body, []byte("secret")) || bytes.Contains(body, []byte("Signature")) {
		t.Fatalf("quarantine file: %s", body)
	}

	r, err := export.NewRejectWriter(b, run, "w1", &export.RejectOptions{RawDir: raw})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Write(ctx, export.Input{Source: "/in/day.jsonl", Line: 7}, "parse.invalid_json", []byte(`{"name":"Jane Roe",`)); err != nil {
		t.Fatal(err)
	}
	if err := r.Write(ctx, export.Input{Source: "/in/day.jsonl", Line: 8}, "parse.not_utf8", []byte{0xff, 'J'}); err != nil {
		t.Fatal(err)
	}
	rrefs, err := r.Close(ctx)
	if err != nil || len(rrefs) != 1 {
		t.Fatalf("reject Close = %v, %v", rrefs, err)
	}
	rej, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(run.DatePrefix()+"/"+rrefs[0].Path)))
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"source":"/in/day.jsonl","line":7,"reason":"parse.invalid_json","bytes":19}`; !strings.HasPrefix(string(rej), want+"\n") {
		t.Fatalf("rejected file:\n%s\nwant first line %s", rej, want)
	}
	rawPath := filepath.Join(raw, filepath.FromSlash(run.Prefix()), "rejected-raw-w1.jsonl")
	fi, err := os.Stat(rawPath)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("rejected-raw: %v %v", fi, err)
	}
	rawBody, _ := os.ReadFile(rawPath)
	if !bytes.Contains(rawBody, []byte(`Jane Roe`)) || !bytes.Contains(rawBody, []byte(`"raw_base64":"/0o="`)) {
		t.Fatalf("rejected-raw: %s", rawBody)
	}
}

func TestIncrementalState(t *testing.T) {
	b, _ := localBucket(t)
	ctx := t.Context()
	stateDir := filepath.Join(t.TempDir(), "state")
	st, err := export.OpenStateStore(stateDir)
	if err != nil {
		t.Fatal(err)
	}
	lines := make([]string, 10)
	fps := make([]export.Fingerprint, 10)
	for i := range lines {
		lines[i] = fmt.Sprintf(`{"conversation_id":"C%d","turns":[{"text":"hello %d"}]}`, i, i)
		if fps[i], err = export.FingerprintOf(fmt.Sprintf("C%d", i), []byte(lines[i])); err != nil {
			t.Fatal(err)
		}
	}
	// Canonical: key order and white space do not matter, content does.
	same, _ := export.FingerprintOf("C0", []byte(`{ "turns":[{"text":"hello 0"}], "conversation_id":"C0" }`))
	changed, _ := export.FingerprintOf("C0", []byte(`{"conversation_id":"C0","turns":[{"text":"hello 0!"}]}`))
	if same != fps[0] || changed == fps[0] {
		t.Fatalf("fingerprints: %v %v %v", same, changed, fps[0])
	}

	// exportDay runs one incremental day over inputs [from, to): skip what
	// was exported under another date, write, prepare, commit, apply.
	exportDay := func(run export.Run, from, to int, commit bool) (exported, skipped int) {
		t.Helper()
		var recs []*redact.Record
		var mine []export.Fingerprint
		for i := from; i < to; i++ {
			if st.Seen(fps[i], run.Date) {
				skipped++
				continue
			}
			recs = append(recs, testRecord(i, "x"))
			mine = append(mine, fps[i])
		}
		shards := writeRun(t, b, run, recs, 2, nil)
		if err := st.Prepare(run, mine); err != nil {
			t.Fatal(err)
		}
		if !commit { // crash before the commit
			return len(recs), skipped
		}
		m := manifestFor(run, shards, export.Counts{RecordsIn: int64(to - from), Exported: int64(len(recs)), Skipped: int64(skipped)})
		m.Mode = export.ModeIncremental
		if err := export.Commit(ctx, b, m, nil); err != nil {
			t.Fatalf("Commit: %+v", err)
		}
		if err := st.Apply(run); err != nil {
			t.Fatal(err)
		}
		return len(recs), skipped
	}

	if e, s := exportDay(runAt("2024-07-01", 1), 0, 6, true); e != 6 || s != 0 {
		t.Fatalf("day 1: exported %d skipped %d", e, s)
	}
	if e, s := exportDay(runAt("2024-07-02", 1), 3, 10, true); e != 4 || s != 3 {
		t.Fatalf("day 2: exported %d skipped %d", e, s)
	}
	// Re-running day 1 re-exports its own inputs (its export is replaced).
	if e, s := exportDay(runAt("2024-07-01", 2), 0, 6, true); e != 6 || s != 0 {
		t.Fatalf("day 1 again: exported %d skipped %d", e, s)
	}
	// A run that crashes before its commit marks nothing.
	exportDay(runAt("2024-07-03", 1), 0, 10, false)
	if st.Len() != 10 {
		t.Fatalf("state has %d inputs", st.Len())
	}
	// Reopen: persisted; recovery discards the crashed run's pending file.
	st, err = export.OpenStateStore(stateDir)
	if err != nil || st.Len() != 10 {
		t.Fatalf("reopen: %d, %v", st.Len(), err)
	}
	if d, _, _ := st.ExportedUnder(fps[4]); d != "2024-07-01" {
		t.Fatalf("input 4 exported under %s", d)
	}
	if applied, err := st.Recover(ctx, b); err != nil || len(applied) != 0 {
		t.Fatalf("Recover = %v, %v", applied, err)
	}
	// A crash between commit and apply is repaired by Recover.
	run := runAt("2024-07-04", 1)
	shards := writeRun(t, b, run, []*redact.Record{testRecord(99, "x")}, 1, nil)
	fp, _ := export.FingerprintOf("C99", []byte(`{"conversation_id":"C99"}`))
	if err := st.Prepare(run, []export.Fingerprint{fp}); err != nil {
		t.Fatal(err)
	}
	if err := export.Commit(ctx, b, manifestFor(run, shards, export.Counts{RecordsIn: 1, Exported: 1}), nil); err != nil {
		t.Fatal(err)
	}
	st, _ = export.OpenStateStore(stateDir)
	if applied, err := st.Recover(ctx, b); err != nil || len(applied) != 1 || !st.Seen(fp, "2024-07-05") {
		t.Fatalf("Recover = %v, %v", applied, err)
	}
	if left, _ := filepath.Glob(filepath.Join(stateDir, "pending-*")); len(left) != 0 {
		t.Fatalf("pending files left: %v", left)
	}
	if fi, err := os.Stat(filepath.Join(stateDir, "exported.jsonl")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("state file: %v %v", fi, err)
	}
}

func TestAuditLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit", "deid-audit.jsonl")
	a, err := export.OpenAuditLog(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("USER", "operator1")
	err = a.Log(export.RunStarted{
		RunID: "r1", RunDate: "2024-05-01", Mode: export.ModeFull,
		Args:   export.SafeArgs([]string{"deid", "export", "--key=s3cr3t", "-policy", "expert.yaml", "--input", "s3://ak:sk@b/in?token=t"}),
		Inputs: []string{"s3://ak:sk@b/in?token=t"}, Output: "gs://research/x#frag", Quarantine: "/srv/q",
		PolicyName: "safe-harbor", PolicyHash: testHash, EngineVersion: "0.1.0",
	})
	if err != nil {
		t.Fatal(err)
	}
	err = a.Log(export.RunFinished{
		RunID: "r1", RunDate: "2024-05-01", Status: export.StatusFailed,
		Error:             export.ErrorText(errors.Wrapf(errors.New("boom"), "record %s", "Jane Roe")),
		Counts:            export.Counts{RecordsIn: 3, Exported: 1, Quarantined: 1, Rejected: 1},
		Removed:           map[string]int64{"NAME": 3, "Jane Roe": 1},
		QuarantineReasons: map[export.Reason]int64{"gate.residual_name": 1},
	})
	if err != nil {
		t.Fatal(err)
	}
	a.Close()
	body, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	if len(lines) != 2 {
		t.Fatalf("audit log:\n%s", body)
	}
	var ev map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &ev); err != nil {
		t.Fatal(err)
	}
	if ev["event"] != "run_started" || ev["tier"] != export.AuditTier || ev["user"] != "operator1" {
		t.Fatalf("run_started = %v", ev)
	}
	if got := fmt.Sprint(ev["args"]); got != "[--key -policy --input]" {
		t.Fatalf("args = %s", got)
	}
	if fmt.Sprint(ev["inputs"]) != "[s3://b/in]" || ev["output"] != "gs://research/x" {
		t.Fatalf("urls = %v %v", ev["inputs"], ev["output"])
	}
	for _, bad := range []string{"s3cr3t", "expert.yaml", "ak:sk", "token", "Jane", "frag"} {
		if strings.Contains(string(body), bad) {
			t.Fatalf("audit log contains %q:\n%s", bad, body)
		}
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Fatalf("audit log mode %v", fi.Mode())
	}
}

func TestFieldsInSync(t *testing.T) {
	src, err := os.ReadFile("../deid/redact/FIELDS.md")
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("fields.md", src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cp, _ := os.ReadFile("fields.md")
	if !bytes.Equal(src, cp) {
		t.Fatal("export/fields.md differs from deid/redact/FIELDS.md: run go test ./export -run TestFieldsInSync -update")
	}
	shifted := regexp.MustCompile(`(?m)^#`).ReplaceAll(src, []byte("##"))
	if !bytes.Contains(export.DataDictionary(), shifted) {
		t.Fatal("the data dictionary does not embed FIELDS.md")
	}
}

// TestParquetCoversSchema: every leaf of the record's JSON Schema has a
// Parquet column, and the dictionary lists every column.
func TestParquetCoversSchema(t *testing.T) {
	var s struct {
		Properties map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
			Items      struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"items"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(schema.Record, &s); err != nil {
		t.Fatal(err)
	}
	column := map[string]string{ // JSON path -> Parquet column
		"demographics.age": "age_years", "encounter.year": "encounter_year", "encounter.date": "encounter_date",
		"encounter.date_shifted": "encounter_date_shifted", "encounter.department": "department",
		"policy.name": "policy_name", "policy.version": "policy_version", "policy.hash": "policy_hash",
		"turns.speaker": "speaker", "turns.start_ms": "start_ms", "turns.end_ms": "end_ms", "turns.text": "text",
		"demographics.sex": "sex", "demographics.zip3": "zip3", "demographics.state": "state",
	}
	dict := string(export.DataDictionary())
	var paths []string
	for name, p := range s.Properties {
		sub := p.Properties
		if len(p.Items.Properties) > 0 {
			sub = p.Items.Properties
		}
		if len(sub) == 0 {
			paths = append(paths, name)
		}
		for leaf := range sub {
			paths = append(paths, name+"."+leaf)
		}
	}
	slices.Sort(paths)
	for _, p := range paths {
		col, ok := column[p]
		if !ok {
			col = p
		}
		if !strings.Contains(dict, " "+col+" ") && !strings.Contains(dict, " "+col+";") && !strings.Contains(dict, "`"+col+"`") {
			t.Errorf("JSON field %s: no Parquet column %s in the dictionary", p, col)
		}
	}
	golden := filepath.Join("testdata", "DATA_DICTIONARY.md")
	if *update {
		if err := os.WriteFile(golden, export.DataDictionary(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil || !bytes.Equal(want, export.DataDictionary()) {
		t.Fatalf("data dictionary differs from %s (%v): review and run with -update", golden, err)
	}
}

// Abort leaves no spool file of records not yet uploaded (original
// records) in the temporary folder, and the writers take no more.
func TestOnPremWritersAbort(t *testing.T) {
	b, _ := localBucket(t)
	ctx := t.Context()
	run := runAt("2024-06-02", 1)
	tmp := t.TempDir()
	q, err := export.NewQuarantineWriter(b, run, "w1", &export.SpoolOptions{TempDir: tmp})
	require.NoError(t, err)
	require.NoError(t, q.Write(ctx, export.Quarantined{Input: export.Input{Source: "in/day.jsonl", Line: 1}, Reason: "gate.residual_name", Record: json.RawMessage(`{"conversation_id":"C1"}`)}))
	r, err := export.NewRejectWriter(b, run, "w1", &export.RejectOptions{SpoolOptions: export.SpoolOptions{TempDir: tmp}, RawDir: t.TempDir()})
	require.NoError(t, err)
	require.NoError(t, r.Write(ctx, export.Input{Source: "in/day.jsonl", Line: 2}, "parse.invalid_json", []byte("{not json")))
	entries, err := os.ReadDir(tmp)
	require.NoError(t, err)
	require.Len(t, entries, 2, "a spool file each while they write")

	q.Abort()
	r.Abort()
	entries, err = os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, entries)
	assert.ErrorIs(t, q.Write(ctx, export.Quarantined{Reason: "gate.x", Record: json.RawMessage("{}")}), export.ErrClosed)
	_, err = r.Close(ctx)
	assert.ErrorIs(t, err, export.ErrClosed)
}
