package export

import (
	"context"
	"sync"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/storage"
)

// RunCommit is what a run hands its commit (CommitRun): where it wrote,
// what it counted, and how strict the checks are. It holds ids, counts,
// codes and paths only.
type RunCommit struct {
	Run           Run
	Mode          string // ModeFull or ModeIncremental
	PolicyName    string
	PolicyVersion int
	PolicyHash    string
	Formats       []string
	// OpenOutput opens the research bucket the shards were written to;
	// CommitRun opens it after its checks of the counts, and closes it.
	OpenOutput func(context.Context) (storage.Bucket, error)
	// Counts are the run's counts, summed over its workers.
	Counts Counts
	// Removed, Categories, QuarantineReasons and RejectReasons go to the
	// audit log's RunFinished (codes and counts).
	Removed           map[string]int64
	Categories        map[string]int64
	QuarantineReasons map[string]int64
	RejectReasons     map[string]int64
	// Shards are the shards the writers wrote.
	Shards []ShardInfo
	// Fingerprints (inline) and Spooled (SpoolFingerprints runs) are the
	// exported inputs' fingerprints, for the incremental state.
	Fingerprints []Fingerprint
	Spooled      []string
	// StateDir is the incremental state, empty when the run keeps none;
	// SpoolDir is the state directory the writers spooled to, whose spool
	// a run that keeps no state discards.
	StateDir string
	SpoolDir string
	// AuditPath is the on-prem audit log (JSONL), empty for none.
	AuditPath string
	StartedAt time.Time
	// MaxRejected is the share of the input (0 to 1) that may be rejected
	// (CheckInput).
	MaxRejected float64
	// Blank is the rejected input that held no record (empty lines and
	// files, ingest.Blank), which CheckInput does not count as records.
	Blank int64
	// AllowShrink lets the run replace a committed run of its date that
	// exported more records (ErrShrink otherwise).
	AllowShrink bool
	// Hold, when set, is called right before the last checks (the audit
	// record, then the manifest): it may refuse the commit (a run that was
	// aborted), and its release is called once with whether the manifest
	// was written, as soon as it is or the commit gives up.
	Hold func(ctx context.Context) (release func(committed bool), err error)
}

// RunResult is the outcome of CommitRun: counts and codes only.
type RunResult struct {
	Status string // StatusCommitted or StatusFailed
	// Manifest is the committed manifest's key, empty when nothing was
	// committed.
	Manifest string
	Shards   int
	Bytes    int64
	// Labels counts the exported records per label (the JSONL shards).
	Labels LabelCounts
	// DurationsMS: "total" since StartedAt, and "commit" (the manifest).
	DurationsMS map[string]int64
	// Error says why the run did not commit (ErrorText).
	Error string
}

// CommitRun commits a run: it checks that the counts reconcile
// (ErrUnreconciled) and that the input can be right (CheckInput), prepares
// the incremental state, writes the audit record of the commit (a run is
// not committed without one), writes the manifest last (Commit re-verifies
// every shard) and applies the state. A run that does not commit leaves no
// manifest and no state; a refused one (IsRefusal) has its objects removed
// (Abandon). Either way the run's RunFinished goes to the audit log and
// the result says what happened; the error is the reason it did not
// commit.
func CommitRun(ctx context.Context, in RunCommit) (res RunResult, err error) {
	run := in.Run
	res = RunResult{Status: StatusFailed, Shards: len(in.Shards), DurationsMS: map[string]int64{}}
	labels := LabelCounts{}
	for _, sh := range in.Shards {
		res.Bytes += sh.Bytes
		if sh.Format == FormatJSONL {
			labels.Merge(sh.Labels)
		}
	}
	res.Labels = labels
	var audit *AuditLog
	if in.AuditPath != "" {
		if audit, err = OpenAuditLog(in.AuditPath); err != nil {
			res.Error = ErrorText(err)
			return res, err
		}
		defer audit.Close()
	}
	var (
		state *StateStore
		out   storage.Bucket
	)
	defer func() {
		res.DurationsMS["total"] = time.Since(in.StartedAt).Milliseconds()
		if err == nil {
			res.Status = StatusCommitted
		} else {
			res.Error = ErrorText(err)
		}
		if err != nil && res.Manifest == "" && in.StateDir != "" {
			// not committed: the run's spooled and pending inputs go
			if st, serr := OpenStateDir(in.StateDir); serr == nil {
				st.Discard(run)
			}
		}
		if err != nil && IsRefusal(err) && in.OpenOutput != nil {
			if out == nil {
				out, _ = in.OpenOutput(ctx)
			}
			if out != nil {
				Abandon(ctx, out, run)
			}
		}
		if out != nil {
			out.Close()
		}
		if audit != nil {
			audit.Log(RunFinished{RunID: run.ID, RunDate: run.Date, Window: run.Window, Status: res.Status,
				Error: res.Error, Counts: in.Counts, Removed: in.Removed, Categories: in.Categories,
				Labels: labels, QuarantineReasons: reasons(in.QuarantineReasons), RejectReasons: reasons(in.RejectReasons),
				Shards: res.Shards, Bytes: res.Bytes, DurationsMS: res.DurationsMS})
		}
	}()

	c := in.Counts
	if !c.Reconciles() {
		return res, errors.Mark(errors.Newf("counts do not reconcile: in %d != exported %d + quarantined %d + rejected %d + skipped %d",
			errors.Safe(c.RecordsIn), errors.Safe(c.Exported), errors.Safe(c.Quarantined), errors.Safe(c.Rejected), errors.Safe(c.Skipped)),
			ErrUnreconciled)
	}
	if err = CheckInput(c, in.Blank, in.MaxRejected); err != nil {
		return res, err
	}
	if in.OpenOutput == nil {
		return res, errors.New("export: commit: no output bucket")
	}
	if out, err = in.OpenOutput(ctx); err != nil {
		return res, err
	}
	m := &Manifest{
		RunID: run.ID, RunDate: run.Date, Window: run.Window, Mode: in.Mode,
		PolicyName: in.PolicyName, PolicyVersion: in.PolicyVersion, PolicyHash: in.PolicyHash,
		EngineVersion: deid.Version, SchemaVersion: redact.SchemaVersion,
		Formats: in.Formats, Shards: in.Shards, Labels: labels, Counts: c,
	}
	if in.StateDir == "" && in.SpoolDir != "" && len(in.Spooled) > 0 {
		// a run that keeps no state: its writers' spool goes
		if st, serr := OpenStateDir(in.SpoolDir); serr == nil {
			st.Discard(run)
		}
	}
	if in.StateDir != "" {
		// the fingerprints are merged from the writers' sorted spool
		// runs as streams: the commit holds none of them in memory
		if state, err = OpenStateDir(in.StateDir); err != nil {
			return res, err
		}
		spooled := in.Spooled
		if len(in.Fingerprints) > 0 {
			name, err := SpoolFingerprints(in.StateDir, run, in.Fingerprints)
			if err != nil {
				return res, err
			}
			spooled = append(spooled[:len(spooled):len(spooled)], name)
		}
		if err = state.PrepareSpooled(run, spooled); err != nil {
			return res, err
		}
	}
	// Last checks before readers can see the run: the caller's (a run
	// that was aborted), and that its audit record can be written (a full
	// disk must not leave a committed run without one).
	release := func(bool) {}
	if in.Hold != nil {
		r, err := in.Hold(ctx)
		if err != nil {
			return res, err
		}
		var once sync.Once
		release = func(committed bool) { once.Do(func() { r(committed) }) }
		defer release(false)
	}
	if audit != nil {
		if err = audit.Log(RunCommitting{RunID: run.ID, RunDate: run.Date, Counts: c, Shards: res.Shards, Bytes: res.Bytes}); err != nil {
			return res, errors.Wrap(err, "audit log: a run is not committed without its audit record")
		}
	}
	commitStart := time.Now()
	if err = Commit(ctx, out, m, &CommitOptions{AllowShrink: in.AllowShrink}); err != nil {
		return res, err
	}
	release(true)
	res.DurationsMS["commit"] = time.Since(commitStart).Milliseconds()
	res.Manifest = run.DatePrefix() + "/" + ManifestName
	if state != nil {
		if err = state.Apply(run); err != nil {
			return res, err
		}
	}
	return res, nil
}

func reasons(m map[string]int64) map[Reason]int64 {
	if len(m) == 0 {
		return nil
	}
	out := make(map[Reason]int64, len(m))
	for k, v := range m {
		out[Reason(k)] = v
	}
	return out
}
