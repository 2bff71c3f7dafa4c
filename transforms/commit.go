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

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/export"
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

// SummaryKey is where the commit step leaves the run summary on the
// on-prem sink, for the launcher to print.
func SummaryKey(run export.Run) string { return run.Prefix() + "/_RUN_SUMMARY.json" }

// Summary is the outcome of a run: counts and codes only (no PHI), kept
// on-prem next to the quarantine and printed by `deid batch`.
type Summary struct {
	Run         export.Run         `json:"run"`
	Status      string             `json:"status"`
	Stats       process.Stats      `json:"stats"`
	Manifest    string             `json:"manifest"`
	Shards      int                `json:"shards"`
	Bytes       int64              `json:"bytes"`
	Formats     []string           `json:"formats"`
	OnPrem      []export.ObjectRef `json:"onprem_files"`
	Labels      export.LabelCounts `json:"labels,omitempty"`
	DurationsMS map[string]int64   `json:"durations_ms"`
	// Error says why a run did not commit (ids, counts, codes only).
	Error string `json:"error,omitempty"`
}

func keyAll(r Report) (string, Report) { return "run", r }

func seedFn(_ []byte, emit func(Report)) { emit(Report{Kind: KindSeed}) }

// Commit gathers every report on one worker and commits the run: checks
// that the counts reconcile, writes the manifest last (export.Commit
// re-verifies every shard), updates the incremental state, and writes the
// audit record and the run summary on-prem. A seed report makes it run
// even for an empty input.
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
	var shards []export.ShardInfo
	var fps []export.Fingerprint
	var spooled []string
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
			var in []export.ShardInfo
			if err := json.Unmarshal(r.JSON, &in); err != nil {
				return errors.Wrap(err, "shards report")
			}
			shards = append(shards, in...)
		case KindFingerprints:
			var in []export.Fingerprint
			if err := json.Unmarshal(r.JSON, &in); err != nil {
				return errors.Wrap(err, "fingerprints report")
			}
			fps = append(fps, in...)
		case KindStateSpool:
			var in []string
			if err := json.Unmarshal(r.JSON, &in); err != nil {
				return errors.Wrap(err, "state spool report")
			}
			spooled = append(spooled, in...)
		case KindOnPrem:
			var in []export.ObjectRef
			if err := json.Unmarshal(r.JSON, &in); err != nil {
				return errors.Wrap(err, "on-prem report")
			}
			onprem = append(onprem, in...)
		}
	}
	sort.Slice(shards, func(i, j int) bool { return shards[i].Path < shards[j].Path })
	sort.Slice(onprem, func(i, j int) bool { return onprem[i].Path < onprem[j].Path })

	sum := Summary{Run: cfg.Write.Run, Status: export.StatusFailed, Stats: stats, Shards: len(shards), Formats: cfg.Write.Formats, OnPrem: onprem,
		DurationsMS: map[string]int64{}}
	labels := export.LabelCounts{}
	for _, sh := range shards {
		sum.Bytes += sh.Bytes
		if sh.Format == export.FormatJSONL {
			labels.Merge(sh.Labels)
		}
	}
	sum.Labels = labels
	var audit *export.AuditLog
	if cfg.AuditPath != "" {
		if audit, err = export.OpenAuditLog(cfg.AuditPath); err != nil {
			return err
		}
		defer audit.Close()
	}
	onBucket, err := cfg.Write.OnPrem.Open(ctx)
	if err != nil {
		return err
	}
	defer onBucket.Close()
	defer func() {
		sum.DurationsMS["total"] = time.Since(cfg.StartedAt).Milliseconds()
		if err == nil {
			sum.Status = export.StatusCommitted
		} else {
			sum.Error = errorText(err)
		}
		if err != nil && sum.Manifest == "" && cfg.StateDir != "" {
			// not committed: the run's spooled and pending inputs go
			if st, serr := export.OpenStateDir(cfg.StateDir); serr == nil {
				st.Discard(cfg.Write.Run)
			}
		}
		if err != nil && export.IsRefusal(err) {
			if out, oerr := cfg.Write.Output.Open(ctx); oerr == nil {
				export.Abandon(ctx, out, cfg.Write.Run)
				out.Close()
			}
		}
		if audit != nil {
			audit.Log(export.RunFinished{RunID: cfg.Write.Run.ID, RunDate: cfg.Write.Run.Date, Window: cfg.Write.Run.Window, Status: sum.Status,
				Error: errorText(err), Counts: countsOf(stats), Removed: stats.Removed, Categories: stats.Categories,
				Labels: labels, QuarantineReasons: reasons(stats.Quarantine), RejectReasons: reasons(stats.Reject),
				Shards: len(shards), Bytes: sum.Bytes, DurationsMS: sum.DurationsMS})
		}
		if b, jerr := json.MarshalIndent(sum, "", "  "); jerr == nil {
			onBucket.Put(ctx, SummaryKey(cfg.Write.Run), bytes.NewReader(b), &storage.PutOptions{ContentType: "application/json"})
		}
	}()

	if !stats.Reconciles() {
		return errors.Newf("counts do not reconcile: in %d != exported %d + quarantined %d + rejected %d + skipped %d",
			errors.Safe(stats.RecordsIn), errors.Safe(stats.Exported), errors.Safe(stats.Quarantined), errors.Safe(stats.Rejected), errors.Safe(stats.Skipped))
	}
	if err = export.CheckInput(countsOf(stats), cfg.MaxRejected); err != nil {
		return err
	}
	out, err := cfg.Write.Output.Open(ctx)
	if err != nil {
		return err
	}
	defer out.Close()
	m := &export.Manifest{
		RunID: cfg.Write.Run.ID, RunDate: cfg.Write.Run.Date, Window: cfg.Write.Run.Window, Mode: cfg.Mode,
		PolicyName: cfg.PolicyName, PolicyVersion: cfg.PolicyVersion, PolicyHash: cfg.Write.PolicyHash,
		EngineVersion: deid.Version, SchemaVersion: redact.SchemaVersion,
		Formats: cfg.Write.Formats, Shards: shards, Labels: labels,
		Counts: countsOf(stats),
	}
	var state *export.StateStore
	if cfg.StateDir == "" && cfg.Write.StateDir != "" && len(spooled) > 0 {
		// a run that keeps no state: its writers' spool goes
		if st, serr := export.OpenStateDir(cfg.Write.StateDir); serr == nil {
			st.Discard(cfg.Write.Run)
		}
	}
	if cfg.StateDir != "" {
		// the fingerprints are merged from the writers' sorted spool
		// runs as streams: the commit holds none of them in memory
		if state, err = export.OpenStateDir(cfg.StateDir); err != nil {
			return err
		}
		if len(fps) > 0 {
			name, err := export.SpoolFingerprints(cfg.StateDir, cfg.Write.Run, fps)
			if err != nil {
				return err
			}
			spooled, fps = append(spooled, name), nil
		}
		if err = state.PrepareSpooled(cfg.Write.Run, spooled); err != nil {
			return err
		}
	}
	// Last checks before readers can see the run: it was not aborted
	// (SIGTERM to the launcher), and its audit record can be written (a
	// full disk must not leave a committed run without one).
	unhold := holdCommit()
	defer unhold()
	if err = checkAborted(ctx, onBucket, cfg.Write.Run); err != nil {
		if state != nil {
			state.Discard(cfg.Write.Run)
		}
		return err
	}
	if audit != nil {
		if err = audit.Log(export.RunCommitting{RunID: cfg.Write.Run.ID, RunDate: cfg.Write.Run.Date, Counts: m.Counts,
			Shards: len(shards), Bytes: sum.Bytes}); err != nil {
			if state != nil {
				state.Discard(cfg.Write.Run)
			}
			return errors.Wrap(err, "audit log: a run is not committed without its audit record")
		}
	}
	commitStart := time.Now()
	if err = export.Commit(ctx, out, m, &export.CommitOptions{AllowShrink: cfg.AllowShrink}); err != nil {
		if state != nil {
			state.Discard(cfg.Write.Run)
		}
		return err
	}
	committedRuns.Store(cfg.Write.Run.ID, true)
	unhold()
	sum.DurationsMS["commit"] = time.Since(commitStart).Milliseconds()
	sum.Manifest = cfg.Write.Run.DatePrefix() + "/" + export.ManifestName
	if state != nil {
		if err = state.Apply(cfg.Write.Run); err != nil {
			return err
		}
	}
	return nil
}

func countsOf(s process.Stats) export.Counts {
	return export.Counts{RecordsIn: s.RecordsIn, Exported: s.Exported, Quarantined: s.Quarantined, Rejected: s.Rejected, Skipped: s.Skipped}
}

func reasons(m map[string]int64) map[export.Reason]int64 {
	if len(m) == 0 {
		return nil
	}
	out := make(map[export.Reason]int64, len(m))
	for k, v := range m {
		out[export.Reason(k)] = v
	}
	return out
}

func errorText(err error) string {
	if err == nil {
		return ""
	}
	return export.ErrorText(err)
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
