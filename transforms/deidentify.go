package transforms

import (
	"context"
	"encoding/json"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/deid-project/deid/deid/gate"
	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
)

func init() {
	register.DoFn6x1[context.Context, Line, func(*Duplicate) bool, func(Exported), func(OnPrem), func(Report), error](&deidentifyFn{})
}

// Report kinds.
const (
	KindStats        = "stats"
	KindShards       = "shards"
	KindFingerprints = "fingerprints" // []export.Fingerprint, inline
	KindStateSpool   = "statespool"   // names of export.SpoolFingerprints runs
	KindOnPrem       = "onprem"
	KindSeed         = "seed"
)

// DeidentifyConfig configures the de-identification step.
type DeidentifyConfig struct {
	Process process.Settings
	// Incremental skips inputs an earlier run exported under another date;
	// StateDir is the on-prem state directory and RunDate the run's date.
	Incremental bool
	StateDir    string
	RunDate     string
}

// Deidentify runs every line through process.Processor and splits the
// results: records to export, records that stay on-prem (quarantined or
// rejected), and per-bundle statistics for the commit step. duplicates
// (FindDuplicates) are the lines that repeat an earlier record's id: they
// are rejected (ReasonDuplicate) or quarantined (ReasonConflict) without
// being processed.
func Deidentify(s beam.Scope, cfg DeidentifyConfig, lines, duplicates beam.PCollection) (exported, onprem, reports beam.PCollection) {
	s = s.Scope("Deidentify")
	return beam.ParDo3(s, &deidentifyFn{Config: cfg}, lines, beam.SideInput{Input: duplicates})
}

type deidentifyFn struct {
	Config DeidentifyConfig

	proc  *process.Processor
	state *export.StateStore
	stats process.Stats
	dups  duplicateSet
}

func (fn *deidentifyFn) Setup() error {
	p, err := process.New(fn.Config.Process, os.Getenv)
	if err != nil {
		return err
	}
	fn.proc = p
	if fn.Config.Incremental {
		st, err := export.OpenStateStore(fn.Config.StateDir)
		if err != nil {
			return err
		}
		fn.state = st
	}
	return nil
}

// Teardown releases the linkage store (the last DoFn instance of the
// process releases its lock).
func (fn *deidentifyFn) Teardown() error {
	if fn.proc == nil {
		return nil
	}
	return fn.proc.Close()
}

func (fn *deidentifyFn) StartBundle(_ context.Context, _ func(*Duplicate) bool, _ func(Exported), _ func(OnPrem), _ func(Report)) {
	fn.stats = process.Stats{}
}

func (fn *deidentifyFn) ProcessElement(ctx context.Context, l Line, dups func(*Duplicate) bool, exp func(Exported), onprem func(OnPrem), _ func(Report)) error {
	Processed.Inc(ctx, 1)
	ProcessedBytes.Inc(ctx, lineBytes(l))
	if l.Unread != "" {
		fn.stats.Add(process.Result{Route: gate.Rejected, Reason: l.Unread}, int(l.Size))
		onprem(OnPrem{Rejected: true, Unread: true, Source: l.Source, LineNo: l.LineNo, Reason: l.Unread, Size: l.Size})
		return nil
	}
	if fn.dups == nil {
		// the side input is the same for every element (one global
		// window): read it once
		fn.dups = readDuplicates(dups)
	}
	if conflict, ok := fn.dups[place(l.Source, l.LineNo)]; ok {
		route, reason := gate.Rejected, ReasonDuplicate
		if conflict {
			route, reason = gate.Quarantined, ReasonConflict
		}
		fn.stats.Add(process.Result{Route: route, Reason: reason}, len(l.Data))
		onprem(OnPrem{Rejected: route == gate.Rejected, Source: l.Source, LineNo: l.LineNo, Reason: reason, Data: l.Data})
		return nil
	}
	r := fn.proc.Process(l.Data)
	var fp []byte
	if r.ConversationID != "" {
		if f, err := export.FingerprintOf(r.ConversationID, l.Data); err == nil {
			if fn.state != nil && fn.state.Seen(f, fn.Config.RunDate) {
				fn.stats.AddSkipped(len(l.Data))
				return nil
			}
			fp, _ = json.Marshal(f)
		}
	}
	fn.stats.Add(r, len(l.Data))
	switch r.Route {
	case gate.Exported:
		meta, err := json.Marshal(r.Metadata)
		if err != nil {
			return err
		}
		exp(Exported{Record: r.RecordJSON, Labels: meta, Fingerprint: string(fp)})
	default: // quarantined or rejected, and anything unforeseen: fail closed
		onprem(OnPrem{Rejected: r.Route == gate.Rejected, Source: l.Source, LineNo: l.LineNo, Reason: r.Reason, Data: l.Data})
	}
	return nil
}

func (fn *deidentifyFn) FinishBundle(_ context.Context, _ func(*Duplicate) bool, _ func(Exported), _ func(OnPrem), rep func(Report)) error {
	// the research ids this bundle's records carry are durable before
	// the bundle completes (and so before any commit can list them)
	if err := fn.proc.Sync(); err != nil {
		return err
	}
	if fn.stats.RecordsIn == 0 {
		return nil
	}
	b, err := json.Marshal(fn.stats)
	if err != nil {
		return err
	}
	rep(Report{Kind: KindStats, JSON: b})
	fn.stats = process.Stats{}
	return nil
}

// lineBytes is the input a line took: its bytes and the line end.
func lineBytes(l Line) int64 {
	if l.Unread == ingest.ReasonEmptyFile {
		return 0 // no byte, no line end
	}
	if l.Unread != "" {
		return l.Size + 1
	}
	return int64(len(l.Data)) + 1
}
