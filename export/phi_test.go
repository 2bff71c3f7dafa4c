package export_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
)

// planted are identifiers that appear in the inputs (and, standing in for
// missed detections, in exported turn text). Outside the shards' content,
// the quarantine and the rejected-raw file, none may appear anywhere.
var planted = []string{"Jane Roe", "Roe", "MRN 77120934", "77120934", "617-555-0199"}

func TestNoPHIOutsideRecordsAndQuarantine(t *testing.T) {
	b, dir := localBucket(t)
	rawDir := t.TempDir()
	ctx := t.Context()
	run := runAt("2024-08-01", 1)
	phi := "Jane Roe, MRN 77120934, 617-555-0199"
	input := fmt.Sprintf(`{"conversation_id":"conv-1","patient":{"name":"Jane Roe","mrn":"77120934"},"turns":[{"text":%q}]}`, phi)

	// Every error this package returns for bad input that carries PHI.
	var errs []error
	keep := func(err error) {
		if err == nil {
			t.Fatal("expected an error")
		}
		errs = append(errs, err)
	}
	_, err := export.NewShardWriter(b, export.Run{Date: "2024-08-01", ID: phi}, "w", nil)
	keep(err)
	_, err = export.NewShardWriter(b, run, phi, nil)
	keep(err)
	_, err = export.NewShardWriter(b, export.Run{Date: phi, ID: "r"}, "w", nil)
	keep(err)
	w, err := export.NewShardWriter(b, run, "w1", &export.ShardOptions{MaxRecords: 3})
	if err != nil {
		t.Fatal(err)
	}
	bad := testRecord(1, phi)
	bad.ResearchID, bad.SchemaVersion = phi, 9
	keep(w.Write(ctx, bad, nil))
	bad = testRecord(1, phi)
	bad.Encounter.Date = phi
	keep(w.Write(ctx, bad, nil))
	bad = testRecord(1, phi)
	bad.EngineVersion = phi
	keep(w.Write(ctx, bad, nil))
	keep(w.Write(ctx, testRecord(1, phi), export.Labels{"tier": phi}))
	keep(w.Write(ctx, testRecord(1, phi), export.Labels{phi: "x"}))
	_, err = export.FingerprintOf("conv-1", []byte(phi))
	keep(err)

	recs := []*redact.Record{testRecord(1, phi), testRecord(2, phi), testRecord(3, "fine"), testRecord(4, phi)}
	for i, r := range recs {
		if err := w.Write(ctx, r, labelsOf(i)); err != nil {
			t.Fatal(err)
		}
	}
	shards, err := w.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}

	qb, err := storage.Open(ctx, filepath.Join(t.TempDir(), "quarantine"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer qb.Close()
	q, _ := export.NewQuarantineWriter(qb, run, "w1", nil)
	if err := q.Write(ctx, export.Quarantined{Input: export.Input{Source: "/in/a.jsonl", Line: 2}, Reason: "gate.residual_name", Record: json.RawMessage(input)}); err != nil {
		t.Fatal(err)
	}
	keep(q.Write(ctx, export.Quarantined{Input: export.Input{Source: "/in/a.jsonl", Line: 3}, Reason: export.Reason(phi), Record: json.RawMessage(input)}))
	keep(q.Write(ctx, export.Quarantined{Input: export.Input{Source: "/in/a.jsonl", Line: 4}, Reason: "gate.x", Record: json.RawMessage(phi)}))
	if _, err := q.Close(ctx); err != nil {
		t.Fatal(err)
	}
	rj, _ := export.NewRejectWriter(b, run, "w1", &export.RejectOptions{RawDir: rawDir})
	if err := rj.Write(ctx, export.Input{Source: "/in/a.jsonl", Line: 9}, "parse.invalid_json", []byte(input[:70])); err != nil {
		t.Fatal(err)
	}
	keep(rj.Write(ctx, export.Input{Source: "/in/a.jsonl", Line: 10}, export.Reason(phi), []byte(input)))
	if _, err := rj.Close(ctx); err != nil {
		t.Fatal(err)
	}

	m := manifestFor(run, shards, export.Counts{RecordsIn: 6, Exported: 4, Quarantined: 1, Rejected: 1})
	bad2 := *m
	bad2.PolicyName = phi
	keep(export.Commit(ctx, b, &bad2, nil))
	bad2 = *m
	bad2.Counts.Exported = 5
	keep(export.Commit(ctx, b, &bad2, nil))
	if err := export.Commit(ctx, b, m, nil); err != nil {
		t.Fatal(err)
	}

	auditPath := filepath.Join(t.TempDir(), "audit.jsonl")
	a, _ := export.OpenAuditLog(auditPath)
	_ = a.Log(export.RunStarted{RunID: run.ID, RunDate: run.Date, Args: export.SafeArgs([]string{"--note=" + phi, phi}), Inputs: []string{"/in/a.jsonl?patient=Jane+Roe"}})
	_ = a.Log(export.RunFinished{RunID: run.ID, RunDate: run.Date, Status: export.StatusFailed, Error: export.ErrorText(errs[3]),
		Removed: map[string]int64{phi: 1}, Categories: map[string]int64{"NAME": 1}, Labels: export.LabelCounts{"tier": {phi: 1}},
		QuarantineReasons: map[export.Reason]int64{export.Reason(phi): 1}, Counts: m.Counts})
	a.Close()

	check := func(what string, s string) {
		t.Helper()
		for _, p := range planted {
			if strings.Contains(s, p) {
				t.Errorf("%s contains %q:\n%s", what, p, s)
			}
		}
	}
	for i, err := range errs {
		check(fmt.Sprintf("error %d", i), fmt.Sprintf("%v\n%+v", err, err))
	}
	audit, _ := os.ReadFile(auditPath)
	check("audit log", string(audit))
	// Every object of the export except the shards' content: manifest,
	// dictionary, rejected files, and all objects' metadata.
	infos, err := b.List(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range infos {
		st, err := b.Stat(ctx, in.Key)
		if err != nil {
			t.Fatal(err)
		}
		check(in.Key+" metadata", fmt.Sprint(st.Metadata))
		check("key", in.Key)
		if strings.HasSuffix(in.Key, ".jsonl.gz") || strings.HasSuffix(in.Key, ".parquet") {
			continue
		}
		rc, err := b.Get(ctx, in.Key)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		check(in.Key, string(body))
	}
	// The restricted files do hold the originals: the test is not vacuous.
	qinfos, _ := qb.List(ctx, "")
	rc, _ := qb.Get(ctx, qinfos[0].Key)
	qbody, _ := io.ReadAll(rc)
	rc.Close()
	raws, _ := filepath.Glob(filepath.Join(rawDir, "*", "*", "rejected-raw-*"))
	raw, _ := os.ReadFile(raws[0])
	if !strings.Contains(string(qbody), "Jane Roe") || !strings.Contains(string(raw), "Jane Roe") {
		t.Fatal("quarantine or rejected-raw lost the original")
	}
	_ = dir
}
