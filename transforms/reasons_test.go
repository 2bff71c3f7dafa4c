package transforms

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/classify"
	"github.com/deid-project/deid/deid/gate"
	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/deid/reason"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
)

const testKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

// allReasons is every reason code any part of the flow can give a record
// that does not leave: the processor's and the gate's quarantine codes and
// the reject codes, each from its owner's list.
func allReasons() []string {
	rs := append(process.QuarantineReasons(), process.RejectReasons()...)
	rs = append(rs, gate.Reasons()...)
	rs = append(rs, ingest.Reasons()...)
	rs = append(rs, DuplicateReasons()...)
	slices.Sort(rs)
	return slices.Compact(rs)
}

// TestEveryReasonIsAcceptedByEveryWriter: every reason code any part can
// emit is written as it is by the quarantine and reject writers (through
// the on-prem DoFn), counted as it is by process.Stats, and kept as it is in
// the audit log's counts by the commit step, which commits the manifest of
// a run that holds them all; the exported record carries every sensitive
// category as object metadata, so every category's label key is accepted by
// the shard writer and the manifest too.
func TestEveryReasonIsAcceptedByEveryWriter(t *testing.T) {
	ctx := context.Background()
	codes := allReasons()
	require.Contains(t, codes, "category_not_allowed.substance_use")
	for _, c := range codes {
		require.True(t, reason.Valid(c), "%q is not of the reason grammar %s", c, reason.Grammar)
		require.NoError(t, export.Reason(c).Validate())
	}

	dir := t.TempDir()
	run := export.Run{Date: "2026-11-24", ID: export.NewRunID(time.Now())}
	proc, err := process.New(process.Settings{Linkage: t.TempDir()}, func(string) string { return "" })
	require.NoError(t, err)
	w := WriteConfig{
		Run: run, Output: Sink{URL: filepath.Join(dir, "export")}, OnPrem: Sink{URL: filepath.Join(dir, "onprem")},
		PolicyHash: proc.Policy().Hash(), Formats: []string{export.FormatJSONL, export.FormatParquet},
	}

	// quarantine and reject writers: every code, both ways
	on := &writeOnPremFn{Config: w}
	require.NoError(t, on.Setup(ctx))
	defer on.Teardown()
	var reports []Report
	emit := func(r Report) { reports = append(reports, r) }
	var stats process.Stats
	for i, c := range codes {
		for _, rejected := range []bool{false, true} {
			data := []byte(fmt.Sprintf(`{"conversation_id":"r-%d","turns":[]}`, i))
			require.NoError(t, on.ProcessElement(ctx, OnPrem{Rejected: rejected, Source: "in.jsonl", LineNo: int64(i + 1), Reason: c, Data: data}, emit),
				"reason %q (rejected %v)", c, rejected)
			route := gate.Quarantined
			if rejected {
				route = gate.Rejected
			}
			stats.Add(process.Result{Route: route, Reason: c}, len(data))
		}
	}
	require.NoError(t, on.FinishBundle(ctx, emit))
	var quarantined, rejected []string
	for _, l := range onpremLines(t, filepath.Join(dir, "onprem")) {
		var rec struct {
			Reason string          `json:"reason"`
			Record json.RawMessage `json:"record"`
		}
		require.NoError(t, json.Unmarshal(l, &rec))
		if rec.Record != nil {
			quarantined = append(quarantined, rec.Reason)
		} else {
			rejected = append(rejected, rec.Reason)
		}
	}
	assert.ElementsMatch(t, codes, quarantined, "quarantine files")
	assert.ElementsMatch(t, codes, rejected, "rejected files")

	// the run's books keep every code as it is
	require.True(t, stats.Reconciles())
	for _, c := range codes {
		assert.EqualValues(t, 1, stats.Quarantine[c], "stats quarantined %q", c)
		assert.EqualValues(t, 1, stats.Reject[c], "stats rejected %q", c)
	}

	// one exported record in every sensitive category (object metadata
	// keys category-<name>) with every identifier type removed
	res := proc.Process([]byte(`{"conversation_id":"x-clean","turns":[{"speaker":"patient","text":"The cough is better since Tuesday."}]}`))
	require.Equal(t, gate.Exported, res.Route, "clean record: %s", res.Reason)
	res.Labels.Categories = slices.Clone(classify.Categories)
	if res.Labels.Removed == nil {
		res.Labels.Removed = map[deid.Type]int{}
	}
	for _, ty := range deid.AllTypes {
		res.Labels.Removed[ty]++
	}
	res.Metadata = process.ObjectLabels(res.Labels)
	for _, c := range classify.Categories {
		require.Contains(t, res.Metadata, "category-"+strings.ReplaceAll(string(c), "_", "-"))
	}
	meta, err := json.Marshal(res.Metadata)
	require.NoError(t, err)
	sh := &writeShardFn{Config: w}
	require.NoError(t, sh.Setup(ctx))
	defer sh.Teardown()
	require.NoError(t, sh.ProcessElement(ctx, Exported{Record: res.RecordJSON, Labels: meta}, emit))
	require.NoError(t, sh.FinishBundle(ctx, emit))
	stats.Add(res, 1)

	// commit: manifest, audit log, summary
	st, err := json.Marshal(stats)
	require.NoError(t, err)
	reports = append(reports, Report{Kind: KindStats, JSON: st})
	audit := filepath.Join(dir, "onprem", "audit.jsonl")
	cm := &commitFn{Config: CommitConfig{Write: w, Mode: export.ModeFull, PolicyName: proc.Policy().Name, MaxRejected: 1,
		PolicyVersion: proc.Policy().Version, AuditPath: audit, StartedAt: time.Now()}}
	i := 0
	next := func(r *Report) bool {
		if i == len(reports) {
			return false
		}
		*r = reports[i]
		i++
		return true
	}
	require.NoError(t, cm.ProcessElement(ctx, "run", next))

	out, err := Sink{URL: w.Output.URL}.Open(ctx)
	require.NoError(t, err)
	defer out.Close()
	m, err := export.ReadManifest(ctx, out, run.Date)
	require.NoError(t, err)
	assert.Equal(t, export.Counts{RecordsIn: int64(2*len(codes) + 1), Exported: 1, Quarantined: int64(len(codes)), Rejected: int64(len(codes))}, m.Counts)
	for _, c := range classify.Categories {
		assert.Contains(t, m.Labels, "category-"+strings.ReplaceAll(string(c), "_", "-"))
	}

	b, err := os.ReadFile(audit)
	require.NoError(t, err)
	var fin struct {
		Event             string           `json:"event"`
		Status            string           `json:"status"`
		QuarantineReasons map[string]int64 `json:"quarantine_reasons"`
		RejectReasons     map[string]int64 `json:"reject_reasons"`
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	require.NoError(t, json.Unmarshal([]byte(lines[len(lines)-1]), &fin))
	assert.Equal(t, "run_finished", fin.Event)
	assert.Equal(t, export.StatusCommitted, fin.Status)
	assert.Equal(t, stats.Quarantine, fin.QuarantineReasons, "audit quarantine reasons")
	assert.Equal(t, stats.Reject, fin.RejectReasons, "audit reject reasons")
	assert.NotContains(t, fin.QuarantineReasons, "invalid")
}

// onpremLines returns the lines of every quarantine and rejected file under
// dir.
func onpremLines(t *testing.T, dir string) [][]byte {
	t.Helper()
	var lines [][]byte
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !(strings.HasPrefix(d.Name(), "quarantined-") || strings.HasPrefix(d.Name(), "rejected-")) {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			lines = append(lines, append([]byte(nil), sc.Bytes()...))
		}
		return sc.Err()
	})
	require.NoError(t, err)
	return lines
}
