package stream

import (
	"context"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
	"github.com/deid-project/deid/pipelines"
	"github.com/deid-project/deid/pipelines/batch"
	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/transforms"
)

// ReasonChangedAfterRead rejects, whole, a file whose size or
// modification time changed after the stream read and committed it: a
// writer appended to or replaced a dropped file. Reading it again would
// export its records twice, reading its new part alone would be a silent
// partial read.
const ReasonChangedAfterRead = "changed_after_read"

// Reasons lists the reason codes the stream adds to the batch pipeline's.
func Reasons() []string { return []string{ReasonChangedAfterRead} }

// maxFailures is how many windows in a row may fail before the stream
// stops (exit 1): their files go back to discovery each time.
const maxFailures = 3

// Stop reasons.
const (
	StopSignal      = "signal"
	StopMaxDuration = "max_duration"
	StopError       = "error"
)

// Window statuses beyond export.StatusCommitted and export.StatusFailed.
const (
	// StatusEmpty: the window's files held no record; they are recorded
	// as read and nothing is exported.
	StatusEmpty = "empty"
)

// WindowStatus is the outcome of one window: the one-line JSON status.
// Counts, codes, paths and times only.
type WindowStatus struct {
	Event    string        `json:"event"` // "window"
	Date     string        `json:"date"`
	Window   string        `json:"window"`
	RunID    string        `json:"run_id"`
	Status   string        `json:"status"`
	Objects  int           `json:"objects"`
	Changed  int           `json:"changed,omitempty"`
	Counts   export.Counts `json:"counts"`
	Manifest string        `json:"manifest,omitempty"`
	Shards   int           `json:"shards"`
	Bytes    int64         `json:"bytes"`
	Backlog  int           `json:"backlog"`
	// LagMS is the longest wait of one of the window's files, from its
	// discovery to the window's commit.
	LagMS  int64  `json:"lag_ms"`
	TookMS int64  `json:"took_ms"`
	Error  string `json:"error,omitempty"`

	// Files and CommittedAt, for benchmarks and tests.
	Files       []Object  `json:"-"`
	CommittedAt time.Time `json:"-"`

	// unrecorded: the window ran (its manifest may be committed) but the
	// state could not record it; the stream stops.
	unrecorded bool
}

// Status is the stream's live state, for the status line.
type Status struct {
	Seen        int64 // records read by this process's workers
	Exported    int64 // in committed windows
	Quarantined int64
	Rejected    int64
	Windows     int
	Failed      int
	Backlog     int           // files discovered, not yet committed
	Lag         time.Duration // age of the oldest of them since discovery
	PollErrors  int
}

// Result is the end of a stream: why it stopped and the sum of its
// windows, as a pipelines.Summary like a batch run's.
type Result struct {
	StreamID string
	Reason   string
	Windows  int
	Failed   int
	Objects  int64
	Summary  pipelines.Summary
	Started  time.Time
	Duration time.Duration
	// Recovered is the run id of a window a crashed stream left in flight.
	Recovered string
}

// Driver runs a stream.
type Driver struct {
	// Job is the batch job every window runs, with the stream's output
	// and quarantine locations (DST/stream, QUARANTINE/stream).
	Job *batch.Job
	// Source is where the input comes from (Listing by default).
	Source Source
	// OnWindow is called after each window, committed or not.
	OnWindow func(WindowStatus)
	// Args is the command line, for the audit log (flag names only).
	Args []string
	// Now is the clock (default time.Now).
	Now func() time.Time

	cfg      Config
	streamID string
	st       *state

	mu       sync.Mutex
	known    map[string]string    // committed key -> version
	inflight map[string]time.Time // discovered, not committed: key -> discovered at
	last     time.Time            // start of the latest window
	status   Status
	seen0    int64
}

// New validates the config, compiles the policy (a bad policy fails
// before any work) and returns a driver that lists the input.
func New(c Config, now time.Time) (*Driver, error) {
	if err := c.Validate(now); err != nil {
		return nil, err
	}
	bc := c.Config
	bc.Output, bc.Quarantine = sub(c.Output), sub(c.Quarantine)
	bc.RunDate = now.UTC().Format(time.DateOnly)
	job, err := batch.Prepare(bc, now)
	if err != nil {
		return nil, err
	}
	job.Pinned, job.SkipState = true, true
	d := &Driver{Job: job, cfg: c, Now: time.Now, streamID: export.NewRunID(now)}
	d.Source = Listing{In: job.Source()}
	return d, nil
}

// Config is the validated configuration.
func (d *Driver) Config() Config { return d.cfg }

// Preflight runs the batch preflight checks (batch.Job.Preflight) on the
// stream's job, before Run: the policy, the key, the input (listable; it
// may hold no file yet), the destination's posture, the output bucket and
// the quarantine (a probe object written and deleted under the stream's
// locations) and the audit log. A stream that starts without them finds a
// missing bucket only when its first window commits.
func (d *Driver) Preflight(ctx context.Context, o batch.CheckOptions) batch.Checks {
	o.InputMayBeEmpty = true
	return d.Job.Preflight(ctx, o)
}

// StreamID names this stream in the audit log.
func (d *Driver) StreamID() string { return d.streamID }

// Status is the live state.
func (d *Driver) Status() Status {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.status
	s.Seen = batch.Progress() - d.seen0
	s.Backlog = len(d.inflight)
	now := d.Now()
	for _, t := range d.inflight {
		if l := now.Sub(t); l > s.Lag {
			s.Lag = l
		}
	}
	return s
}

// window is a window being filled or waiting for its pipeline.
type window struct {
	start, end time.Time
	files      []Object
	changed    []Object
}

func (w *window) empty() bool { return len(w.files) == 0 && len(w.changed) == 0 }

// Run runs the stream until stop is closed, Config.MaxDuration passes, or
// windows keep failing; then it stops discovering, commits the windows in
// flight, logs stream_stopped and returns. Cancelling ctx abandons the
// windows in flight (they are processed again on the next start).
func (d *Driver) Run(ctx context.Context, stop <-chan struct{}) (*Result, error) {
	started := d.Now()
	res := &Result{StreamID: d.streamID, Started: started}
	res.Summary.Run = export.Run{Date: started.UTC().Format(time.DateOnly), ID: d.streamID}
	res.Summary.Formats = d.Job.Config.Formats
	st, err := openState(filepath.Join(d.cfg.StateDir, Subdir))
	if err != nil {
		return nil, err
	}
	defer st.close()
	d.st = st
	if res.Recovered, err = d.recover(ctx); err != nil {
		return nil, err
	}
	known, last, err := st.load()
	if err != nil {
		return nil, err
	}
	d.known, d.last, d.inflight = known, last, map[string]time.Time{}
	d.seen0 = batch.Progress()

	audit, err := export.OpenAuditLog(d.cfg.AuditLog)
	if err != nil {
		return nil, err
	}
	defer audit.Close()
	if err := audit.Log(export.StreamStarted{StreamID: d.streamID, Args: export.SafeArgs(d.Args),
		PolicyName: d.Job.Policy.Name, PolicyHash: d.Job.Policy.Hash, EngineVersion: deid.Version,
		Input: d.cfg.Input, Output: d.Job.Config.Output, Quarantine: d.cfg.Quarantine,
		WindowMS: d.cfg.Window.Milliseconds(), PollMS: d.cfg.Poll.Milliseconds(), Recovered: res.Recovered}); err != nil {
		return nil, err
	}

	queue := make(chan *window, 1<<16)
	fatal := make(chan error, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		failures, broken := 0, false
		for w := range queue {
			if ctx.Err() != nil || broken {
				d.release(w)
				continue
			}
			ws := d.runWindow(ctx, w, res)
			if ws.unrecorded {
				// its files stay in flight (not discovered again) and
				// pending.json stays for the next start to settle
				broken = true
				select {
				case fatal <- errors.Newf("window %s/%s ran but the stream state could not record it: stopping; the next start settles it: %s",
					errors.Safe(ws.Date), errors.Safe(ws.Window), errors.Safe(ws.Error)):
				default:
				}
				continue
			}
			if ws.Status == export.StatusFailed {
				failures++
				if failures == maxFailures {
					select {
					case fatal <- errors.Newf("%d windows in a row failed; the last: %s", errors.Safe(failures), errors.Safe(ws.Error)):
					default:
					}
				}
			} else {
				failures = 0
			}
		}
	}()

	var deadline <-chan time.Time
	if d.cfg.MaxDuration > 0 {
		t := time.NewTimer(d.cfg.MaxDuration)
		defer t.Stop()
		deadline = t.C
	}
	cur := d.newWindow(d.Now())
	winT := time.NewTimer(time.Until(cur.end))
	defer winT.Stop()
	pollT := time.NewTicker(d.cfg.Poll)
	defer pollT.Stop()
	d.poll(ctx, cur)
	var runErr error
loop:
	for {
		select {
		case <-stop:
			res.Reason = StopSignal
			break loop
		case <-deadline:
			res.Reason = StopMaxDuration
			break loop
		case <-ctx.Done():
			res.Reason, runErr = StopError, ctx.Err()
			break loop
		case runErr = <-fatal:
			res.Reason = StopError
			break loop
		case <-pollT.C:
			d.poll(ctx, cur)
		case <-winT.C:
			// what arrived up to the end of the window is in it
			d.poll(ctx, cur)
			if !cur.empty() {
				queue <- cur
			}
			cur = d.newWindow(cur.end)
			winT.Reset(time.Until(cur.end))
		}
	}
	// stop discovering; commit what was discovered
	if !cur.empty() {
		queue <- cur
	}
	close(queue)
	wg.Wait()
	if runErr == nil && res.Reason != StopError {
		select {
		case runErr = <-fatal:
		default:
		}
	}
	res.Duration = d.Now().Sub(started)
	res.Summary.DurationsMS = map[string]int64{"total": res.Duration.Milliseconds()}
	res.Summary.Status = export.StatusCommitted
	if res.Failed > 0 || runErr != nil {
		res.Summary.Status = export.StatusFailed
	}
	ev := export.StreamStopped{StreamID: d.streamID, Reason: res.Reason, Windows: res.Windows, Failed: res.Failed,
		Objects: res.Objects, Counts: res.Summary.Stats.Counts, DurationsMS: res.Duration.Milliseconds()}
	if runErr != nil {
		ev.Error = export.ErrorText(runErr)
		res.Summary.Error = ev.Error
	}
	if err := audit.Log(ev); err != nil && runErr == nil {
		runErr = err
	}
	return res, runErr
}

// newWindow starts the window open at t (windowAt): aligned on multiples
// of the window length (UTC), and after the latest window of the state
// directory.
func (d *Driver) newWindow(t time.Time) *window {
	d.mu.Lock()
	defer d.mu.Unlock()
	start, end := windowAt(t, d.last, d.cfg.Window)
	d.last = start
	return &window{start: start, end: end}
}

// poll discovers new and changed files and puts them in w.
func (d *Driver) poll(ctx context.Context, w *window) {
	objs, err := d.Source.Discover(ctx)
	d.mu.Lock()
	defer d.mu.Unlock()
	if err != nil {
		d.status.PollErrors++
		return
	}
	now := d.Now()
	for _, o := range objs {
		if Ignored(o.Key) {
			continue
		}
		if _, busy := d.inflight[o.Key]; busy {
			continue // a change shows once its window is committed
		}
		v, committed := d.known[o.Key]
		switch {
		case committed && v == o.Version():
			continue
		case committed:
			w.changed = append(w.changed, o)
		default:
			w.files = append(w.files, o)
		}
		d.inflight[o.Key] = now
	}
}

// release gives a window's files back to discovery.
func (d *Driver) release(w *window) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, o := range w.files {
		delete(d.inflight, o.Key)
	}
	for _, o := range w.changed {
		delete(d.inflight, o.Key)
	}
}

// runWindow runs the batch pipeline on a window's files and commits it.
func (d *Driver) runWindow(ctx context.Context, w *window, res *Result) WindowStatus {
	now := d.Now()
	job := &batch.Job{Config: d.Job.Config, Settings: d.Job.Settings, Policy: d.Job.Policy, KeyID: d.Job.KeyID, Pinned: true, SkipState: true}
	job.Run = export.Run{Date: w.start.Format(time.DateOnly), Window: w.start.Format("150405"), ID: export.NewRunID(now)}
	job.Earlier = d.st.earlier(job.Run)
	job.Config.RunDate = job.Run.Date
	job.Started = now
	job.Inputs = make([]string, len(w.files))
	for i, o := range w.files {
		job.Inputs[i] = o.Key
	}
	for _, o := range w.changed {
		job.Unread = append(job.Unread, transforms.Line{Source: o.Key, LineNo: 1, Unread: ReasonChangedAfterRead, Size: o.Size})
	}
	ws := WindowStatus{Event: "window", Date: job.Run.Date, Window: job.Run.Window, RunID: job.Run.ID,
		Objects: len(w.files), Changed: len(w.changed), Files: append(append([]Object(nil), w.files...), w.changed...)}
	p := &pending{Run: job.Run, WindowStart: w.start, Objects: w.files, Changed: w.changed}
	err := d.st.setPending(p)
	var sum *pipelines.Summary
	if err == nil {
		sum, err = job.Execute(ctx, d.Args)
	}
	if sum != nil {
		ws.Counts = sum.Stats.Counts
		ws.Shards, ws.Bytes = sum.Shards, sum.Bytes
	}
	if err != nil && ctx.Err() == nil {
		// the manifest may be committed even though the launcher failed
		// after it (reading the run summary): then the window is exported
		if m, ok := d.committed(ctx, job.Run); ok {
			err, ws.Counts, ws.Shards = nil, m.Counts, len(m.Shards)
			if sum == nil {
				sum = &pipelines.Summary{Run: job.Run, Status: export.StatusCommitted}
			}
			sum.Manifest = job.Run.DatePrefix() + "/" + export.ManifestName
		}
	}
	switch {
	case err == nil:
		ws.Status, ws.Manifest = export.StatusCommitted, sum.Manifest
	case sum != nil && sum.Stats.RecordsIn == ingest.Blank(sum.Stats.Reject) && sum.Stats.Reconciles() && ctx.Err() == nil:
		// no record in the files (empty or blank, each rejected with its
		// reason): nothing to export, nothing lost; the commit step
		// refused and removed the shards
		ws.Status, err = StatusEmpty, nil
	default:
		ws.Status, ws.Error = export.StatusFailed, export.ErrorText(err)
	}
	if err == nil {
		err = d.st.commit(p)
		if err == nil {
			err = d.st.foldEarlier(p.Run)
		}
		if err == nil {
			err = d.st.clearPending()
		}
		if err != nil {
			ws.Status, ws.Error = export.StatusFailed, export.ErrorText(err)
			ws.unrecorded = true
		}
	}
	if err == nil {
		if derr := d.Source.Done(ctx, ws.Files); derr != nil {
			ws.Error = export.ErrorText(derr)
		}
	}
	ws.CommittedAt = d.Now()
	ws.TookMS = ws.CommittedAt.Sub(now).Milliseconds()

	d.mu.Lock()
	for _, o := range ws.Files {
		if t, ok := d.inflight[o.Key]; ok {
			if l := ws.CommittedAt.Sub(t).Milliseconds(); l > ws.LagMS {
				ws.LagMS = l
			}
		}
		if !ws.unrecorded {
			delete(d.inflight, o.Key)
		}
		if err == nil {
			d.known[o.Key] = o.Version()
		}
	}
	res.Windows++
	d.status.Windows++
	if ws.Status == export.StatusFailed {
		res.Failed++
		d.status.Failed++
	} else {
		res.Objects += int64(len(ws.Files))
		if sum != nil {
			d.status.Exported += sum.Stats.Exported
			d.status.Quarantined += sum.Stats.Quarantined
			d.status.Rejected += sum.Stats.Rejected
		}
	}
	ws.Backlog = len(d.inflight)
	d.mu.Unlock()

	if err != nil {
		// not exported: remove what the window wrote; its files are
		// discovered again
		if ctx.Err() == nil && !ws.unrecorded {
			if aerr := d.abandon(context.WithoutCancel(ctx), job.Run); aerr == nil {
				d.st.dropSpools(&job.Run)
				d.st.clearPending()
			}
		}
	} else if sum != nil && ws.Status == export.StatusCommitted {
		s := &res.Summary
		s.Stats.Merge(sum.Stats)
		s.Shards += sum.Shards
		s.Bytes += sum.Bytes
		s.OnPrem = append(s.OnPrem, sum.OnPrem...)
		if s.Labels == nil {
			s.Labels = export.LabelCounts{}
		}
		s.Labels.Merge(sum.Labels)
		s.Manifest = sum.Manifest
	} else if sum != nil {
		res.Summary.Stats.Merge(sum.Stats)
	}
	if d.OnWindow != nil {
		d.OnWindow(ws)
	}
	return ws
}

// recover settles the window a crashed stream left in flight: recorded
// when its manifest is committed, else abandoned (its files are
// discovered again). It returns the window's run id, if any.
func (d *Driver) recover(ctx context.Context) (string, error) {
	p, err := d.st.getPending()
	if err != nil {
		return "", err
	}
	if p == nil {
		// a spool left by a window that did not commit
		return "", d.st.dropSpools(nil)
	}
	out, err := d.output(ctx)
	if err != nil {
		return "", err
	}
	defer out.Close()
	m, err := export.ReadWindowManifest(ctx, out, p.Run.Date, p.Run.Window)
	switch {
	case err == nil && m.RunID == p.Run.ID:
		if err := d.st.commit(p); err != nil {
			return "", err
		}
		if err := d.st.foldEarlier(p.Run); err != nil {
			return "", err
		}
	case err == nil || errors.Is(err, export.ErrNoManifest):
		if err := d.abandon(ctx, p.Run); err != nil {
			return "", err
		}
		if a, err := export.OpenAuditLog(d.cfg.AuditLog); err == nil {
			a.Log(export.RunFinished{RunID: p.Run.ID, RunDate: p.Run.Date, Window: p.Run.Window, Status: export.StatusFailed,
				Error: "stream stopped before the window's manifest: its files are processed again"})
			a.Close()
		}
	default:
		return "", errors.Wrap(err, "stream: recover the window in flight")
	}
	if err := d.st.clearPending(); err != nil {
		return "", err
	}
	return p.Run.ID, d.st.dropSpools(nil)
}

// abandon removes what an uncommitted window wrote: the run's shards and,
// when the window has no manifest at all, everything under its prefix
// (the dictionary and schema a commit writes just before the manifest);
// and the run's on-prem files.
func (d *Driver) abandon(ctx context.Context, run export.Run) error {
	out, err := d.output(ctx)
	if err != nil {
		return err
	}
	defer out.Close()
	m, merr := export.ReadWindowManifest(ctx, out, run.Date, run.Window)
	switch {
	case merr == nil && m.RunID == run.ID:
		return errors.Newf("stream: window %s/%s is committed: not abandoned", errors.Safe(run.Date), errors.Safe(run.Window))
	case errors.Is(merr, export.ErrNoManifest):
		if err := deleteUnder(ctx, out, run.DatePrefix()+"/"); err != nil {
			return err
		}
	default:
		if err := export.Abandon(ctx, out, run); err != nil {
			return err
		}
	}
	on, err := transforms.Sink{URL: d.Job.Config.Quarantine}.Open(ctx)
	if err != nil {
		return err
	}
	defer on.Close()
	return export.Abandon(ctx, on, run)
}

// committed returns the manifest of run's window when run committed it.
func (d *Driver) committed(ctx context.Context, run export.Run) (*export.Manifest, bool) {
	out, err := d.output(ctx)
	if err != nil {
		return nil, false
	}
	defer out.Close()
	m, err := export.ReadWindowManifest(ctx, out, run.Date, run.Window)
	return m, err == nil && m.RunID == run.ID
}

func (d *Driver) output(ctx context.Context) (storage.Bucket, error) {
	c := d.Job.Config
	return transforms.Sink{URL: c.Output, Endpoint: c.OutputEndpoint, Region: c.OutputRegion, CAFile: c.OutputCAFile, AllowInsecure: c.OutputPlainHTTP}.Open(ctx)
}

func deleteUnder(ctx context.Context, b storage.Bucket, prefix string) error {
	infos, err := b.List(ctx, prefix)
	if err != nil {
		return errors.Wrap(err, "stream: abandon: list")
	}
	sort.Slice(infos, func(i, j int) bool { return infos[i].Key < infos[j].Key })
	for _, in := range infos {
		if err := b.Delete(ctx, in.Key); err != nil {
			return errors.Wrapf(err, "stream: abandon: delete %s", errors.Safe(in.Key))
		}
	}
	return nil
}
