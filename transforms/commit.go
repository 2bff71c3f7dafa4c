package transforms

import (
	"bytes"
	"context"
	"encoding/json"
	"sort"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
	"github.com/deid-project/deid/pipelines"
	"github.com/deid-project/deid/storage"
)

func init() {
	register.Function1x2[Report, string, Report](keyAll)
	register.Function2x0[[]byte, func(Report)](seedFn)
	register.DoFn3x1[context.Context, string, func(*Report) bool, error](&commitFn{})
}

// CommitConfig configures the final step.
type CommitConfig struct {
	Write         WriteConfig
	Mode          string // export.ModeFull or export.ModeIncremental
	PolicyName    string
	PolicyVersion int
	StateDir      string // incremental state (on-prem), empty when full
	AuditPath     string // on-prem audit log (JSONL), empty for none
	StartedAt     time.Time
	// MaxRejected is the share of the input (0 to 1) that may be rejected;
	// a run over it, or with no input, commits nothing (export.CheckInput).
	MaxRejected float64
	// AllowShrink lets the run replace a committed run of its date that
	// exported more records (export.ErrShrink otherwise).
	AllowShrink bool
}

func keyAll(r Report) (string, Report) { return "run", r }

func seedFn(_ []byte, emit func(Report)) { emit(Report{Kind: KindSeed}) }

// Commit gathers every report on one worker, commits the run with
// export.CommitRun (counts reconciled, incremental state, audit record,
// manifest last) and writes the run summary (pipelines.Summary) on-prem. A
// seed report makes it run even for an empty input.
func Commit(s beam.Scope, cfg CommitConfig, reports ...beam.PCollection) {
	s = s.Scope("Commit")
	seed := beam.ParDo(s, seedFn, beam.Impulse(s))
	all := beam.Flatten(s, append([]beam.PCollection{seed}, reports...)...)
	beam.ParDo0(s, &commitFn{Config: cfg}, beam.GroupByKey(s, beam.ParDo(s, keyAll, all)))
}

type commitFn struct {
	Config CommitConfig
}

// ProcessElement commits the run. A run the checks refuse (no input, too
// many rejected, smaller than the committed run: export.IsRefusal) is
// recorded as failed in the summary and the audit log, its objects are
// removed, and the step itself succeeds: retrying would give the same
// answer, and the launcher fails the run from the summary.
func (fn *commitFn) ProcessElement(ctx context.Context, key string, values func(*Report) bool) error {
	err := fn.commit(ctx, key, values)
	if err != nil && export.IsRefusal(err) {
		return nil
	}
	return err
}

func (fn *commitFn) commit(ctx context.Context, _ string, values func(*Report) bool) (err error) {
	cfg := fn.Config
	var stats process.Stats
	in := export.RunCommit{
		Run: cfg.Write.Run, Mode: cfg.Mode, PolicyName: cfg.PolicyName, PolicyVersion: cfg.PolicyVersion,
		PolicyHash: cfg.Write.PolicyHash, Formats: cfg.Write.Formats, StateDir: cfg.StateDir, SpoolDir: cfg.Write.StateDir,
		AuditPath: cfg.AuditPath, StartedAt: cfg.StartedAt, MaxRejected: cfg.MaxRejected, AllowShrink: cfg.AllowShrink,
	}
	var onprem []export.ObjectRef
	var r Report
	for values(&r) {
		switch r.Kind {
		case KindStats:
			var st process.Stats
			if err := json.Unmarshal(r.JSON, &st); err != nil {
				return errors.Wrap(err, "stats report")
			}
			stats.Merge(st)
		case KindShards:
			var sh []export.ShardInfo
			if err := json.Unmarshal(r.JSON, &sh); err != nil {
				return errors.Wrap(err, "shards report")
			}
			in.Shards = append(in.Shards, sh...)
		case KindFingerprints:
			var fps []export.Fingerprint
			if err := json.Unmarshal(r.JSON, &fps); err != nil {
				return errors.Wrap(err, "fingerprints report")
			}
			in.Fingerprints = append(in.Fingerprints, fps...)
		case KindStateSpool:
			var names []string
			if err := json.Unmarshal(r.JSON, &names); err != nil {
				return errors.Wrap(err, "state spool report")
			}
			in.Spooled = append(in.Spooled, names...)
		case KindOnPrem:
			var refs []export.ObjectRef
			if err := json.Unmarshal(r.JSON, &refs); err != nil {
				return errors.Wrap(err, "on-prem report")
			}
			onprem = append(onprem, refs...)
		}
	}
	sort.Slice(in.Shards, func(i, j int) bool { return in.Shards[i].Path < in.Shards[j].Path })
	sort.Slice(onprem, func(i, j int) bool { return onprem[i].Path < onprem[j].Path })
	in.Counts = stats.Counts
	in.Removed, in.Categories = stats.Removed, stats.Categories
	in.QuarantineReasons, in.RejectReasons = stats.Quarantine, stats.Reject
	in.Blank = ingest.Blank(stats.Reject)

	onBucket, err := cfg.Write.OnPrem.Open(ctx)
	if err != nil {
		return err
	}
	defer onBucket.Close()
	in.OpenOutput = cfg.Write.Output.Open
	in.Hold = func(ctx context.Context) (func(bool), error) {
		unhold := holdCommit()
		if err := checkAborted(ctx, onBucket, cfg.Write.Run); err != nil {
			unhold()
			return nil, err
		}
		return func(committed bool) {
			if committed {
				committedRuns.Store(cfg.Write.Run.ID, true)
			}
			unhold()
		}, nil
	}
	res, err := export.CommitRun(ctx, in)
	sum := pipelines.Summary{Run: cfg.Write.Run, Status: res.Status, Stats: stats, Manifest: res.Manifest, Shards: res.Shards, Bytes: res.Bytes,
		Formats: cfg.Write.Formats, OnPrem: onprem, Labels: res.Labels, DurationsMS: res.DurationsMS, Error: res.Error}
	if b, jerr := json.MarshalIndent(sum, "", "  "); jerr == nil {
		onBucket.Put(ctx, pipelines.SummaryKey(cfg.Write.Run), bytes.NewReader(b), &storage.PutOptions{ContentType: "application/json"})
	}
	return err
}

// AbortedKey is the on-prem marker that the launcher writes when a run is
// stopped (SIGTERM, SIGINT): the commit step refuses to commit a run that
// has one.
func AbortedKey(run export.Run) string { return run.Prefix() + "/_ABORTED" }

// commitGate is held by a commit step of this process from its abort
// check until its manifest is written, and by HoldCommits: a launcher that
// aborts a run on the embedded runner (same process) either sees the run
// committed or leaves its marker before the commit looks, never between.
var (
	commitGate    sync.Mutex
	committedRuns sync.Map // run id -> true, manifests written by this process
)

func holdCommit() func() {
	commitGate.Lock()
	var once sync.Once
	return func() { once.Do(commitGate.Unlock) }
}

// HoldCommits stops the commit steps of this process from committing
// until the returned function is called, and reports whether run had
// already committed. Used with AbortedKey to abort a run without a race.
func HoldCommits(run export.Run) (committed bool, release func()) {
	release = holdCommit()
	_, committed = committedRuns.Load(run.ID)
	return committed, release
}

func checkAborted(ctx context.Context, onprem storage.Bucket, run export.Run) error {
	_, err := onprem.Stat(ctx, AbortedKey(run))
	switch {
	case err == nil:
		return errors.Newf("run %s was aborted: not committed", errors.Safe(run.ID))
	case errors.Is(err, storage.ErrNotFound):
		return nil
	}
	return err
}
