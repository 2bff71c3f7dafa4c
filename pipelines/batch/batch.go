// Package batch assembles the nightly batch pipeline: on-prem
// conversation records in, de-identified research data out to a cloud
// bucket, everything else kept on-prem.
//
//	ReadLines -> Deidentify -> WriteShards --------\
//	               ^        \-> WriteOnPrem --------> Commit (manifest last, audit, state, summary)
//	FindDuplicates (side input: later lines with an earlier record's id;
//	                the input is listed for ReadLines once it is done)
//
// It only assembles: the work is in transforms/ (thin Beam wrappers) and
// the plain Go packages they call. The same pipeline runs on the embedded
// Prism runner (the default), a standalone Prism job server or Flink/Spark
// through the portable runner (--runner=universal --endpoint=HOST:PORT
// --environment_type=LOOPBACK), and Dataflow (--runner=dataflow, see the
// README).
package batch

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
	"github.com/deid-project/deid/pipelines"
	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/transforms"
)

// Job is a configured run, ready to build and run.
type Job struct {
	Config   Config
	Run      export.Run
	Settings process.Settings
	Policy   struct {
		Name    string
		Version int
		Hash    string
	}
	Started time.Time
	// KeyID is the public fingerprint of the key, for the manifest; empty
	// when the launcher cannot read the key (only the workers can).
	KeyID string
	// ResearchIDs is the policy's research_ids (random or keyed).
	ResearchIDs string
	// Destination is the policy's export.destination: the connection
	// rules of the output sink and what its posture check asks.
	Destination policy.Destination

	abortOnce sync.Once
	abortErr  error

	// The stream driver (pipelines/stream) runs this job once per window:
	// Inputs, when Pinned, are the window's files instead of a listing of
	// the input; Unread are input files the window rejects whole without
	// reading them (a file changed after it was read), counted and written
	// like any rejected input; SkipState leaves the per-date incremental
	// state alone (the stream keeps its own, per object); Earlier are the
	// conversations of the stream's committed windows, for the duplicate
	// check (transforms.FindDuplicatesSince).
	Pinned    bool
	Inputs    []string
	Unread    []transforms.Line
	SkipState bool
	Earlier   transforms.Earlier
}

// ErrConfig marks the errors of Prepare that are mistakes in the settings
// (a usage error), as opposed to a policy or key that cannot be loaded.
var ErrConfig = errors.New("batch: invalid settings")

// Prepare validates the config, compiles the policy (so a bad policy fails
// before any work) and fixes the run id.
func Prepare(c Config, now time.Time) (*Job, error) {
	if err := c.Validate(now); err != nil {
		return nil, errors.Mark(err, ErrConfig)
	}
	j := &Job{Config: c, Started: now, Run: export.Run{Date: c.RunDate, ID: export.NewRunID(now)}}
	j.Settings = process.Settings{Preset: c.Preset, KeyFile: c.KeyFile, RedactMinScore: c.RedactMinScore}
	if c.Policy != "" {
		b, err := os.ReadFile(c.Policy)
		if err != nil {
			return nil, errors.Wrap(err, "policy")
		}
		j.Settings.PolicyYAML, j.Settings.PolicySource = string(b), c.Policy
		// the dictionary files next to the policy travel with it
		p, err := policy.LoadFile(c.Policy)
		if err != nil {
			return nil, err
		}
		if len(p.Dict.Files) > 0 {
			j.Settings.PolicyFiles = p.Dict.Files
		}
	}
	j.Settings.Linkage = c.Linkage
	if c.EphemeralKey {
		// the key stays in this process's environment: only workers of
		// this process (the embedded runner, LOOPBACK) read it, and the
		// job graph carries the variable's name, never the key
		var k [32]byte
		if _, err := rand.Read(k[:]); err != nil {
			return nil, errors.Wrap(err, "ephemeral key")
		}
		if err := os.Setenv(process.EphemeralKeyEnv, hex.EncodeToString(k[:])); err != nil {
			return nil, errors.Wrap(err, "ephemeral key")
		}
		j.Settings.KeyEnv = process.EphemeralKeyEnv
	}
	pol, err := process.LoadPolicy(j.Settings)
	if err != nil {
		return nil, err
	}
	if k, err := launcherKey(j.Settings); err == nil && k != nil {
		j.KeyID = k.ID()
	}
	j.Policy.Name, j.Policy.Version, j.Policy.Hash = pol.Name, pol.Version, pol.Hash()
	j.ResearchIDs = string(pol.ResearchIDs)
	j.Destination = pol.Export.Destination
	return j, nil
}

func (j *Job) writeConfig() transforms.WriteConfig {
	c := j.Config
	w := transforms.WriteConfig{
		Run:        j.Run,
		Output:     j.outputSink(),
		OnPrem:     transforms.Sink{URL: c.Quarantine, Budget: j.Run.ID},
		PolicyHash: j.Policy.Hash,
		Formats:    c.Formats,
	}
	if c.KeepRaw {
		w.RejectedRawDir = c.Quarantine
	}
	w.StateDir = c.StateDir
	return w
}

// outputSink is the research bucket with the policy's destination rules
// and the job's pins and keys.
func (j *Job) outputSink() transforms.Sink {
	c, d := j.Config, j.Destination
	return transforms.Sink{URL: c.Output, Endpoint: c.OutputEndpoint, Region: c.OutputRegion, CAFile: c.OutputCAFile, AllowInsecure: c.OutputPlainHTTP,
		MinTLS: d.MinTLS, Pins: c.OutputPins, AllowedHosts: d.AllowedHosts, RequirePrivateEndpoint: d.RequirePrivateEndpoint,
		KMSKey: c.OutputKMSKey, SSEC: c.OutputSSEC, RequireCMEK: d.RequireCMEK, Budget: j.Run.ID}
}

// Source is the job's input with its connection settings.
func (j *Job) Source() ingest.Source {
	c := j.Config
	return ingest.Source{URL: c.Input, Endpoint: c.InputEndpoint, CAFile: c.InputCAFile, AllowInsecure: c.InputPlainHTTP,
		MinTLS: c.InputMinTLS, Pins: c.InputPins, MaxLine: c.MaxLineBytes, Pinned: j.Pinned, Files: j.Inputs}
}

// Build adds the pipeline to the scope.
func (j *Job) Build(s beam.Scope) {
	c := j.Config
	src := j.Source()
	dups := transforms.FindDuplicatesSince(s, src, c.ChunkBytes, j.Earlier)
	lines := transforms.ReadLinesAfter(s, src, c.ChunkBytes, dups)
	if len(j.Unread) > 0 {
		lines = beam.Flatten(s, lines, beam.CreateList(s.Scope("Unread"), j.Unread))
	}
	exp, onpremRecs, stats := transforms.Deidentify(s, transforms.DeidentifyConfig{
		Process: j.Settings, Incremental: c.Incremental, StateDir: c.StateDir, RunDate: c.RunDate,
	}, lines, dups)
	w := j.writeConfig()
	shards := transforms.WriteShards(s, w, exp)
	onprem := transforms.WriteOnPrem(s, w, onpremRecs)
	// Every committed run records what it exported, so a later
	// incremental run skips it whatever mode exported it.
	cc := transforms.CommitConfig{
		Write: w, Mode: export.ModeFull, PolicyName: j.Policy.Name, PolicyVersion: j.Policy.Version,
		AuditPath: c.AuditLog, StartedAt: j.Started, StateDir: c.StateDir,
		MaxRejected: c.maxRejected, AllowShrink: c.AllowShrink,
	}
	if c.Incremental {
		cc.Mode = export.ModeIncremental
	}
	if j.SkipState {
		cc.StateDir = ""
	}
	transforms.Commit(s, cc, stats, shards, onprem)
}

// Execute logs the start in the audit log, builds and runs the pipeline on
// the runner chosen by Beam's flags (Prism in-process by default), and
// returns the run summary the commit step left on-prem.
func (j *Job) Execute(ctx context.Context, args []string) (*pipelines.Summary, error) {
	c := j.Config
	if err := os.MkdirAll(c.Quarantine, 0o700); err != nil {
		return nil, errors.Wrapf(err, "quarantine directory %s", errors.Safe(c.Quarantine))
	}
	unlock, err := j.lockDate()
	if err != nil {
		return nil, err
	}
	defer unlock()
	if !j.SkipState {
		if err := j.recoverState(ctx); err != nil {
			return nil, err
		}
	}
	audit, err := export.OpenAuditLog(c.AuditLog)
	if err != nil {
		return nil, err
	}
	mode := export.ModeFull
	if c.Incremental {
		mode = export.ModeIncremental
	}
	err = audit.Log(export.RunStarted{RunID: j.Run.ID, RunDate: j.Run.Date, Window: j.Run.Window, Mode: mode, Args: export.SafeArgs(args),
		PolicyName: j.Policy.Name, PolicyHash: j.Policy.Hash, EngineVersion: deid.Version, KeyID: j.KeyID,
		ResearchIDs: j.ResearchIDs, Linkage: export.SafeURL(j.Settings.Linkage),
		Inputs: []string{c.Input}, Output: c.Output, Quarantine: c.Quarantine})
	audit.Close()
	if err != nil {
		// no run without its audit record (a full disk fails here, not
		// after the export)
		return nil, errors.Wrap(err, "audit log: the run does not start without its audit record")
	}
	// A run stopped from outside (the context ends) must not commit.
	aborted := make(chan error, 1)
	stopAbort := context.AfterFunc(ctx, func() { aborted <- j.Abort(context.Cause(ctx)) })
	defer func() {
		if !stopAbort() {
			<-aborted // started: let it finish
		}
	}()

	p, s := beam.NewPipelineWithRoot()
	j.Build(s)
	runErr := beamx.Run(ctx, p)
	sweepLoopbackFiles(os.TempDir(), time.Now(), loopbackGrace) // the SDK leaves one a job (loopback.go)
	sum, sumErr := j.readSummary(context.WithoutCancel(ctx))
	if ctx.Err() != nil && (sum == nil || sum.Status != export.StatusCommitted) {
		return sum, errors.Wrap(context.Cause(ctx), "run aborted")
	}
	if runErr != nil {
		runErr = PipelineError(runErr)
		if sum == nil {
			// the commit step never ran: record the failure ourselves
			if a, err := export.OpenAuditLog(c.AuditLog); err == nil {
				a.Log(export.RunFinished{RunID: j.Run.ID, RunDate: j.Run.Date, Window: j.Run.Window, Status: export.StatusFailed, Error: export.ErrorText(runErr)})
				a.Close()
			}
		}
		return sum, runErr
	}
	if sumErr != nil {
		return nil, sumErr
	}
	if sum.Status != export.StatusCommitted {
		if sum.Error != "" {
			// the commit step's error text: redacted already (ids, counts, codes)
			return sum, errors.Newf("run not committed: %s", errors.Safe(sum.Error))
		}
		return sum, errors.New("run not committed")
	}
	return sum, nil
}

// PipelineError makes a runner's error printable. The runner reports a
// failed element's stage and its DoFn's error as plain text; the deid DoFns
// build their errors from ids, counts, codes and keys only, so the cause's
// text is kept (marked safe) while the runner's surrounding plan dump is
// dropped.
func PipelineError(err error) error {
	msg := err.Error()
	cause := msg
	if i := strings.LastIndex(msg, "caused by:"); i >= 0 {
		cause = msg[i+len("caused by:"):]
	}
	lines := strings.Split(strings.TrimSpace(cause), "\n")
	var keep []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "DoFn[UID:") || strings.Contains(l, "DataSource[") || strings.Contains(l, "DataSink[") {
			continue
		}
		keep = append(keep, l)
	}
	if len(keep) > 3 {
		keep = keep[len(keep)-3:]
	}
	return errors.Newf("pipeline failed: %s", errors.Safe(strings.Join(keep, "; ")))
}

// ErrCommitted is Abort's answer when the run had committed before it
// could be stopped.
var ErrCommitted = errors.New("batch: the run had already committed")

// Abort stops the run from committing and logs run_aborted with the
// reason. It leaves an on-prem marker that the commit step checks before
// the manifest; on the embedded runner it also holds this process's commit
// steps while it does, so the run is either committed already (ErrCommitted)
// or will not be. The launcher calls it on SIGTERM before it exits; it is
// safe to call more than once.
func (j *Job) Abort(reason error) error {
	j.abortOnce.Do(func() { j.abortErr = j.abort(reason) })
	return j.abortErr
}

func (j *Job) abort(reason error) error {
	committed, release := transforms.HoldCommits(j.Run)
	defer release()
	if committed {
		return ErrCommitted
	}
	ctx := context.Background()
	b, err := j.writeConfig().OnPrem.Open(ctx)
	if err == nil {
		_, err = b.Put(ctx, transforms.AbortedKey(j.Run), strings.NewReader("aborted\n"), &storage.PutOptions{ContentType: "text/plain"})
		b.Close()
	}
	if a, aerr := export.OpenAuditLog(j.Config.AuditLog); aerr == nil {
		a.Log(export.RunAborted{RunID: j.Run.ID, RunDate: j.Run.Date, Reason: export.ErrorText(reason)})
		a.Close()
	}
	return errors.Wrap(err, "abort marker")
}

// recoverState settles the incremental state left by a crashed run.
func (j *Job) recoverState(ctx context.Context) error {
	st, err := export.OpenStateDir(j.Config.StateDir)
	if err != nil {
		return err
	}
	// spools of this date's runs that died before their commit (the
	// date's lock is held)
	if err := st.DiscardSpools(j.Run.Date); err != nil {
		return err
	}
	b, err := j.writeConfig().Output.Open(ctx)
	if err != nil {
		return err
	}
	defer b.Close()
	_, err = st.Recover(ctx, b)
	return err
}

func (j *Job) readSummary(ctx context.Context) (*pipelines.Summary, error) {
	b, err := j.writeConfig().OnPrem.Open(ctx)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	r, err := b.Get(ctx, pipelines.SummaryKey(j.Run))
	if err != nil {
		return nil, errors.Wrap(err, "run summary")
	}
	defer r.Close()
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var s pipelines.Summary
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, errors.Wrap(err, "run summary")
	}
	return &s, nil
}

// Progress is the number of input records processed so far by workers in
// this process (the embedded runner and LOOPBACK workers); 0 elsewhere.
func Progress() int64 { return transforms.Processed.Local() }

// Status is how far the run is, as seen by workers in this process: the
// input bytes read by the duplicate check (the first pass), and the
// records and input bytes processed (the second).
type Status struct {
	CheckedBytes   int64
	Records        int64
	ProcessedBytes int64
}

// Progress returns the run's Status.
func (j *Job) Progress() Status {
	return Status{CheckedBytes: transforms.CheckedBytes.Local(), Records: transforms.Processed.Local(),
		ProcessedBytes: transforms.ProcessedBytes.Local()}
}

// InputBytes is the size of the input when the launcher can know it: the
// sum of its local plain files (read as they are). Gzip files and remote
// objects make it unknown (false).
func (j *Job) InputBytes(ctx context.Context) (int64, bool) {
	src := ingest.Source{URL: j.Config.Input, MaxLine: j.Config.MaxLineBytes}
	if src.IsRemote() {
		return 0, false
	}
	files, err := ingest.List(ctx, src)
	if err != nil {
		return 0, false
	}
	var total int64
	for _, f := range files {
		if strings.HasSuffix(strings.ToLower(f), ".gz") {
			return 0, false
		}
		st, err := os.Stat(f)
		if err != nil {
			return 0, false
		}
		total += st.Size()
	}
	return total, true
}

// launcherKey reads the key the workers will read, when the launcher can:
// only its public fingerprint is kept (the manifest's key_id).
func launcherKey(s process.Settings) (*redact.Key, error) {
	switch {
	case s.KeyFile != "":
		return redact.LoadKeyFile(s.KeyFile)
	}
	return redact.KeyFromEnvVar(os.Getenv, s.KeyEnv)
}
