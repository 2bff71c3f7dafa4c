package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/pipelines/batch"
	"github.com/deid-project/deid/pipelines/stream"
)

func init() {
	register("stream", "run the streaming pipeline: records de-identified as they arrive, exported per window", runStream)
}

const streamUsage = `--input SRC --output DST --quarantine ONPREM_DIR [--window 1m] [--poll 10s]
                   [--policy FILE | --preset NAME] [--max-duration D] [--config JOB.yaml] [runner flags]

SRC is a local directory or s3://bucket/prefix on the on-prem store (--input-endpoint),
listed every --poll; files whose names start with "." or end in .tmp or .part are being
written and wait. Each window's records are exported under
DST/stream/dt=YYYY-MM-DD/window=HHMMSS/, its _MANIFEST.json written last; quarantined and
rejected records stay in ONPREM_DIR/stream. What was committed is kept in the on-prem
state directory, so a restart neither skips nor exports twice. SIGINT or SIGTERM stops
discovering, commits the windows in flight and exits 0 (a second signal aborts them:
they are processed again on the next start). The key comes from $DEID_KEY or --key-file.`

func runStream(e *env, args []string) int {
	fs := newFlags(e, "stream", streamUsage)
	var c stream.Config
	var configPath, formats string
	jobFlags(fs, &c.Config, &configPath, &formats)
	fs.StringVar(&c.Input, "input", "", "input: a directory or s3://bucket/prefix")
	fs.StringVar(&c.StateDir, "state-dir", "", "state directory (default QUARANTINE/_state; the stream keeps its own in STATE/stream)")
	fs.StringVar(&c.MaxRejected, "max-rejected", "", "fail a window, committing nothing, when more than this share of its records is rejected (default 100%)")
	fs.DurationVar(&c.Window, "window", 0, "window length, whole seconds dividing a day (default 1m)")
	fs.DurationVar(&c.Poll, "poll", 0, "how often the input is listed (default 10s)")
	fs.DurationVar(&c.MaxDuration, "max-duration", 0, "stop as on SIGTERM after this long (default: run until a signal)")
	quiet := fs.Bool("quiet", false, "no status line or window status")
	check := fs.Bool("check", false, "run only the preflight checks (key, policy, input, destination, output bucket, quarantine, audit log) and print them as a table")
	verbose := fs.Bool("v", false, "show the runner's own log (Prism, Beam SDK)")
	runnerFlags(e, fs, "stream", streamUsage, "Runner flags (Beam): --runner, --endpoint, --environment_type, … ('deid batch --help-runner' lists them all)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if configPath != "" {
		fc, err := stream.LoadConfig(configPath)
		if err != nil {
			fmt.Fprintf(e.stderr, "deid stream: %s\n", safeMessage(err))
			return exitUsage
		}
		merged := *fc
		merged.Config = mergeConfig(fc.Config, c.Config, set)
		if set["window"] {
			merged.Window = c.Window
		}
		if set["poll"] {
			merged.Poll = c.Poll
		}
		if set["max-duration"] {
			merged.MaxDuration = c.MaxDuration
		}
		c = merged
	}
	if formats != "" {
		c.Formats = strings.Split(formats, ",")
	}
	initRunner(*verbose)
	d, err := stream.New(c, time.Now())
	if err != nil {
		return jobSetupFailed(e, "stream", err)
	}
	c = d.Config()
	// the checks of deid batch, before the first file is discovered: a
	// missing bucket fails the start, not the first window
	checks := d.Preflight(context.Background(), batch.CheckOptions{RemoteWorkers: remoteRunner(), Getenv: e.getenv, CheckOnly: *check})
	if code, ok := reportPreflight(e, "stream", checks, *check); !ok {
		return code
	}
	d.Args = args

	_, closeLog, err := runnerLog(d.Job, *verbose, e.stderr)
	if err != nil {
		return failf(e, err)
	}
	defer closeLog()

	// First signal: stop discovering and commit the windows in flight.
	// Second: exit at once, as kill -9 would: the window in flight has no
	// manifest and is processed again on the next start (cancelling the
	// embedded Prism runner mid-job is not safe, see deid batch).
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stop := make(chan struct{})
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go func() {
		sig, ok := <-sigs
		if !ok {
			return
		}
		name := "SIGTERM"
		if sig == os.Interrupt {
			name = "SIGINT"
		}
		fmt.Fprintf(e.stderr, "\ndeid stream: %s: no new files; committing the windows in flight (a second signal exits at once)\n", name)
		close(stop)
		if _, ok := <-sigs; ok {
			fmt.Fprintln(e.stderr, "deid stream: stopped at once; the window in flight is processed again on the next start")
			os.Exit(exitFail)
		}
	}()

	status := startStreamStatus(e, d, *quiet)
	d.OnWindow = status.window
	res, err := d.Run(ctx, stop)
	status.stop()
	if res != nil {
		printStreamSummary(e.stdout, d, res)
	}
	if err != nil {
		return failf(e, err)
	}
	return exitOK
}

// streamStatus prints a status line every second on a terminal, and one
// JSON line per window otherwise (on stderr: stdout keeps the summary).
type streamStatus struct {
	mu   sync.Mutex
	w    io.Writer
	tty  bool
	quit chan struct{}
	done chan struct{}
}

func startStreamStatus(e *env, d *stream.Driver, quiet bool) *streamStatus {
	s := &streamStatus{w: e.stderr}
	if quiet {
		s.w = nil
		return s
	}
	if f, ok := e.stderr.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			s.tty = true
		}
	}
	if !s.tty {
		return s
	}
	s.quit, s.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(s.done)
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-s.quit:
				s.mu.Lock()
				fmt.Fprint(s.w, "\r\033[K")
				s.mu.Unlock()
				return
			case <-t.C:
				st := d.Status()
				s.mu.Lock()
				fmt.Fprintf(s.w, "\r\033[Kdeid stream: %d seen, %d exported, %d quarantined, %d rejected; backlog %d files, lag %.0fs; %d windows",
					st.Seen, st.Exported, st.Quarantined, st.Rejected, st.Backlog, st.Lag.Seconds(), st.Windows)
				if st.Failed > 0 {
					fmt.Fprintf(s.w, " (%d failed)", st.Failed)
				}
				s.mu.Unlock()
			}
		}
	}()
	return s
}

func (s *streamStatus) window(ws stream.WindowStatus) {
	if s.w == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tty {
		c := ws.Counts
		fmt.Fprintf(s.w, "\r\033[Kwindow %s %s %s: %d files, in %d = exported %d + quarantined %d + rejected %d (%.1fs)\n",
			ws.Date, ws.Window, ws.Status, ws.Objects+ws.Changed, c.RecordsIn, c.Exported, c.Quarantined, c.Rejected, float64(ws.TookMS)/1000)
		return
	}
	b, err := json.Marshal(ws)
	if err == nil {
		s.w.Write(append(b, '\n'))
	}
}

func (s *streamStatus) stop() {
	if s.quit != nil {
		close(s.quit)
		<-s.done
	}
}

// printStreamSummary prints the end-of-run summary, as batch does: counts
// and codes only.
func printStreamSummary(w io.Writer, d *stream.Driver, r *stream.Result) {
	s := r.Summary
	st := s.Stats
	hash := d.Job.Policy.Hash
	if len(hash) > 12 {
		hash = hash[:12]
	}
	c := d.Config()
	fmt.Fprintf(w, "deid stream  stream %s  %d windows  %s  policy %s v%d (%s)\n", r.StreamID, r.Windows, strings.ToUpper(s.Status), d.Job.Policy.Name, d.Job.Policy.Version, hash)
	fmt.Fprintf(w, "  input       %s (%d files)\n", c.Input, r.Objects)
	if s.Manifest != "" {
		fmt.Fprintf(w, "  export      %s/dt=…/window=…/%s  (%d windows committed, %d shards, %s, %s; last %s)\n",
			d.Job.Config.Output, export.ManifestName, r.Windows-r.Failed, s.Shards, strings.Join(s.Formats, "+"), humanBytes(s.Bytes), s.Manifest)
	} else {
		fmt.Fprintf(w, "  export      no window committed\n")
	}
	if r.Failed > 0 {
		fmt.Fprintf(w, "  failed      %d windows (their files went back to discovery)\n", r.Failed)
	}
	printRecordCounts(w, st)
	fmt.Fprintf(w, "  on-prem     %s (%d files; audit %s)\n", d.Job.Config.Quarantine, len(s.OnPrem), c.AuditLog)
	if r.Recovered != "" {
		fmt.Fprintf(w, "  recovered   window run %s left in flight by a stopped stream\n", r.Recovered)
	}
	sec := r.Duration.Seconds()
	if sec > 0 {
		fmt.Fprintf(w, "  took        %.1fs, stopped by %s (%.0f records/s, %.2f MB/s of input)\n", sec, r.Reason, float64(st.RecordsIn)/sec, float64(st.InputBytes)/1e6/sec)
	}
}
