package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/pipelines"
	"github.com/deid-project/deid/pipelines/batch"
	"github.com/deid-project/deid/transforms"
)

func init() {
	register("batch", "run the batch pipeline: on-prem records -> de-identified research export", runBatch)
}

const batchUsage = `--input SRC --output DST --quarantine ONPREM_DIR [--policy FILE | --preset NAME]
                  [--run-date YYYY-MM-DD] [--incremental] [--config JOB.yaml] [runner flags]

SRC is a local file, directory or glob of JSONL (plain or gzip), or s3://bucket/prefix
on the on-prem store (--input-endpoint). DST is a local directory, gs://bucket/prefix or
s3://bucket/prefix. Only de-identified records that pass verification reach DST; the rest
stay in ONPREM_DIR. The key comes from $DEID_KEY or --key-file.

Runner flags are Beam's: the default is the embedded Prism runner; a job server (Prism,
Flink, Spark) takes --runner=universal --endpoint=HOST:PORT --environment_type=LOOPBACK.`

func runBatch(e *env, args []string) int {
	fs := newFlags(e, "batch", batchUsage)
	var c batch.Config
	var configPath, formats string
	jobFlags(fs, &c, &configPath, &formats)
	fs.StringVar(&c.Input, "input", "", "input: file, directory, glob or s3://bucket/prefix")
	fs.StringVar(&c.RunDate, "run-date", "", "partition date YYYY-MM-DD (default today, UTC); re-running a date replaces it")
	fs.BoolVar(&c.Incremental, "incremental", false, "export only inputs not exported under another date before")
	fs.StringVar(&c.StateDir, "state-dir", "", "incremental state directory (default QUARANTINE/_state)")
	fs.StringVar(&c.MaxRejected, "max-rejected", "", "fail, committing nothing, when more than this share of input records is rejected: 1% or 0.01 (default 1%)")
	fs.BoolVar(&c.AllowShrink, "allow-shrink", false, "let this run replace a committed run of its date that exported more records")
	quiet := fs.Bool("quiet", false, "no progress line")
	verbose := fs.Bool("v", false, "show the runner's own log (Prism, Beam SDK)")
	helpRunner := fs.Bool("help-runner", false, "list Beam's runner flags and exit")
	check := fs.Bool("check", false, "run only the preflight checks (key, policy, input, destination, output bucket, quarantine, audit log) and print them as a table")
	ours := runnerFlags(e, fs, "batch", batchUsage, "Runner flags (Beam): --runner, --endpoint, --environment_type, --job_name, --project, --region, … (--help-runner lists them all)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *helpRunner {
		fs.VisitAll(func(f *flag.Flag) {
			if !ours[f.Name] {
				fmt.Fprintf(e.stdout, "  --%s\n    \t%s\n", f.Name, f.Usage)
			}
		})
		return exitOK
	}
	if configPath != "" {
		fc, err := batch.LoadConfig(configPath)
		if err != nil {
			fmt.Fprintf(e.stderr, "deid batch: %s\n", safeMessage(err))
			return exitUsage
		}
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		c = mergeConfig(*fc, c, set)
	}
	if formats != "" {
		c.Formats = strings.Split(formats, ",")
	}
	initRunner(*verbose)
	job, err := batch.Prepare(c, time.Now())
	if err != nil {
		return jobSetupFailed(e, "batch", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	checks := job.Preflight(ctx, batch.CheckOptions{RemoteWorkers: remoteRunner(), Getenv: e.getenv, CheckOnly: *check})
	if code, ok := reportPreflight(e, "batch", checks, *check); !ok {
		return code
	}
	logPath, closeLog, err := runnerLog(job, *verbose, e.stderr)
	if err != nil {
		return failf(e, err)
	}
	defer closeLog()
	// ranges one a bundle (parallel bundles on the embedded Prism); other
	// runners would run that as a streaming job
	transforms.RangeBundles = !remoteRunner()
	runCtx, stopSignals := onSignal(ctx, job, remoteRunner(), e.stderr)
	defer stopSignals()
	stop := startProgress(runCtx, e, job, *quiet)
	sum, err := job.Execute(runCtx, args)
	stop()
	if sum != nil {
		printSummary(e.stdout, job, sum)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "deid batch: run %s failed: %s\n", job.Run.ID, safeMessage(err))
		fmt.Fprintf(e.stderr, "deid batch: nothing was committed (readers still see the previous export of %s, if any); the runner's log is %s\n", job.Run.Date, logPath)
		return exitFail
	}
	return exitOK
}

// onSignal handles SIGTERM and SIGINT during a run: the run is aborted
// (it commits nothing and run_aborted is logged with the reason) and the
// command exits 1. On the embedded runner the process exits as soon as
// the abort is recorded: cancelling Prism while it starts its workers
// panics. On a remote runner the returned context ends, which cancels the
// job, and Execute returns. A second signal exits at once.
func onSignal(ctx context.Context, job *batch.Job, remote bool, stderr io.Writer) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGTERM, os.Interrupt)
	done := make(chan struct{})
	go func() {
		select {
		case <-done:
			return
		case sig := <-sigs:
			name := "SIGTERM"
			if sig == os.Interrupt {
				name = "SIGINT"
			}
			reason := errors.Newf("received %s", errors.Safe(name))
			fmt.Fprintf(stderr, "\ndeid batch: %s: stopping run %s (a second signal exits at once)\n", name, job.Run.ID)
			if remote {
				cancel(reason)
				break
			}
			switch err := job.Abort(reason); {
			case errors.Is(err, batch.ErrCommitted):
				fmt.Fprintf(stderr, "deid batch: run %s had already committed: letting it finish\n", job.Run.ID)
				return
			case err != nil:
				fmt.Fprintf(stderr, "deid batch: %s\n", safeMessage(err))
			}
			fmt.Fprintf(stderr, "deid batch: run %s aborted (%s): nothing was committed\n", job.Run.ID, name)
			os.Exit(exitFail)
		}
		select {
		case <-done:
		case <-sigs:
			fmt.Fprintln(stderr, "deid batch: stopped at once; nothing was committed")
			os.Exit(exitFail)
		}
	}()
	return ctx, func() {
		signal.Stop(sigs)
		close(done)
		cancel(nil)
	}
}

// remoteRunner reports whether Beam's flags send the pipeline to workers
// other than this process (which read the key themselves).
func remoteRunner() bool {
	r := flag.Lookup("runner")
	return r != nil && r.Value.String() != "" && r.Value.String() != "prism" && r.Value.String() != "direct"
}

// printChecks prints the preflight checks as a table.
func printChecks(w io.Writer, cs batch.Checks) {
	fmt.Fprintf(w, "%-11s %-6s %s\n", "CHECK", "RESULT", "DETAIL")
	for _, c := range cs {
		res := "pass"
		if !c.OK {
			res = "FAIL"
		}
		fmt.Fprintf(w, "%-11s %-6s %s\n", c.Name, res, c.Detail)
	}
}

// logSink is where the runner's log goes (Prism, Beam SDK): the current
// run's log file, and the terminal too with -v. The slog handler writes
// here rather than to the file, because the embedded runner keeps the
// logger it found when it started, for later runs in the same process.
var logSink = &switchWriter{w: io.Discard}

type switchWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *switchWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (s *switchWriter) set(w io.Writer) {
	s.mu.Lock()
	s.w = w
	s.mu.Unlock()
}

// runnerLog sends the runner's log (job state changes, plan dumps of failed
// bundles) to QUARANTINE/logs/<run id>.log instead of the terminal: it
// stays on-prem, and the user sees one line with the cause.
func runnerLog(j *batch.Job, verbose bool, stderr io.Writer) (string, func(), error) {
	dir := filepath.Join(j.Config.Quarantine, "logs")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", nil, errors.Wrap(err, "runner log directory")
	}
	path := filepath.Join(dir, j.Run.ID+".log")
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return "", nil, errors.Wrap(err, "runner log")
	}
	// beam.Init installs its own stderr handler: replace it every run
	slog.SetDefault(slog.New(slog.NewTextHandler(logSink, &slog.HandlerOptions{Level: slog.LevelInfo})))
	var w io.Writer = f
	if verbose {
		w = io.MultiWriter(f, stderr)
	}
	logSink.set(w)
	return path, func() {
		logSink.set(io.Discard)
		f.Close()
	}, nil
}

// mergeConfig overlays the flags the user set on the job file's settings.
func mergeConfig(file, flags batch.Config, set map[string]bool) batch.Config {
	pick := func(name string, dst *string, v string) {
		if set[name] {
			*dst = v
		}
	}
	c := file
	pick("input", &c.Input, flags.Input)
	pick("input-endpoint", &c.InputEndpoint, flags.InputEndpoint)
	pick("input-ca-file", &c.InputCAFile, flags.InputCAFile)
	pick("output", &c.Output, flags.Output)
	pick("output-endpoint", &c.OutputEndpoint, flags.OutputEndpoint)
	pick("output-region", &c.OutputRegion, flags.OutputRegion)
	pick("output-ca-file", &c.OutputCAFile, flags.OutputCAFile)
	pick("quarantine", &c.Quarantine, flags.Quarantine)
	pick("policy", &c.Policy, flags.Policy)
	pick("preset", &c.Preset, flags.Preset)
	pick("key-file", &c.KeyFile, flags.KeyFile)
	pick("run-date", &c.RunDate, flags.RunDate)
	pick("state-dir", &c.StateDir, flags.StateDir)
	pick("audit-log", &c.AuditLog, flags.AuditLog)
	pick("linkage", &c.Linkage, flags.Linkage)
	if set["output-pin"] {
		c.OutputPins = flags.OutputPins
	}
	if set["input-pin"] {
		c.InputPins = flags.InputPins
	}
	pick("output-kms-key", &c.OutputKMSKey, flags.OutputKMSKey)
	pick("input-min-tls", &c.InputMinTLS, flags.InputMinTLS)
	if set["output-sse-c"] {
		c.OutputSSEC = flags.OutputSSEC
	}
	if set["input-plain-http"] {
		c.InputPlainHTTP = flags.InputPlainHTTP
	}
	if set["output-plain-http"] {
		c.OutputPlainHTTP = flags.OutputPlainHTTP
	}
	if set["ephemeral-key"] {
		c.EphemeralKey = flags.EphemeralKey
	}
	if set["incremental"] {
		c.Incremental = flags.Incremental
	}
	if set["redact-min-score"] {
		c.RedactMinScore = flags.RedactMinScore
	}
	if set["chunk-bytes"] {
		c.ChunkBytes = flags.ChunkBytes
	}
	pick("max-rejected", &c.MaxRejected, flags.MaxRejected)
	if set["allow-shrink"] {
		c.AllowShrink = flags.AllowShrink
	}
	if set["max-line-bytes"] {
		c.MaxLineBytes = flags.MaxLineBytes
	}
	return c
}

// startProgress reports the run's progress on stderr (see progress):
// records, the share of the input done and the time left when the
// launcher knows the input's size, the duplicate check first.
func startProgress(ctx context.Context, e *env, job *batch.Job, quiet bool) func() {
	if quiet {
		return func() {}
	}
	if env := flag.Lookup("environment_type"); remoteRunner() && (env == nil || !strings.EqualFold(env.Value.String(), "loopback")) {
		// the workers count elsewhere: say that the run goes on
		return startProgressTo(e.stderr, isTerminal(e.stderr), "deid batch", 0, func() progressSnapshot {
			return progressSnapshot{Phase: "running on the remote runner (its console shows the progress)"}
		})
	}
	total, _ := job.InputBytes(ctx)
	base := job.Progress() // counters are per process: count this run only
	return startProgressTo(e.stderr, isTerminal(e.stderr), "deid batch", total, func() progressSnapshot {
		st := job.Progress()
		if n := st.Records - base.Records; n > 0 {
			return progressSnapshot{Records: n, Bytes: st.ProcessedBytes - base.ProcessedBytes}
		}
		return progressSnapshot{Phase: "duplicate check", Bytes: st.CheckedBytes - base.CheckedBytes}
	})
}

// printRecordCounts prints the record lines of a run's summary (batch's
// and stream's): the reconciliation, then what was removed, labelled,
// quarantined and rejected, as counts and codes only.
func printRecordCounts(w io.Writer, st process.Stats) {
	rec := "reconciles"
	if !st.Reconciles() {
		rec = "DOES NOT RECONCILE"
	}
	fmt.Fprintf(w, "  records     in %d = exported %d + quarantined %d + rejected %d + skipped %d  [%s]\n", st.RecordsIn, st.Exported, st.Quarantined, st.Rejected, st.Skipped, rec)
	fmt.Fprintf(w, "  removed     %s\n", counts(st.Removed))
	fmt.Fprintf(w, "  categories  %s\n", counts(st.Categories))
	fmt.Fprintf(w, "  risk        %s\n", counts(st.Risk))
	fmt.Fprintf(w, "  quarantined %s\n", counts(st.Quarantine))
	fmt.Fprintf(w, "  rejected    %s\n", counts(st.Reject))
}

// printSummary prints the one-screen end-of-run summary: counts and codes
// only.
func printSummary(w io.Writer, j *batch.Job, s *pipelines.Summary) {
	st := s.Stats
	hash := j.Policy.Hash
	if len(hash) > 12 {
		hash = hash[:12]
	}
	fmt.Fprintf(w, "deid batch  run %s  date %s  %s  policy %s v%d (%s)\n", s.Run.ID, s.Run.Date, strings.ToUpper(s.Status), j.Policy.Name, j.Policy.Version, hash)
	fmt.Fprintf(w, "  input       %s\n", j.Config.Input)
	if s.Manifest != "" {
		fmt.Fprintf(w, "  export      %s/%s  (%d shards, %s, %s)\n", strings.TrimSuffix(j.Config.Output, "/"), s.Manifest, s.Shards, strings.Join(s.Formats, "+"), humanBytes(s.Bytes))
	} else {
		fmt.Fprintf(w, "  export      nothing committed: readers still see the previous export of this date, if any\n")
	}
	printRecordCounts(w, st)
	fmt.Fprintf(w, "  on-prem     %s (%d files; audit %s)\n", j.Config.Quarantine, len(s.OnPrem), j.Config.AuditLog)
	sec := float64(s.DurationsMS["total"]) / 1000
	if sec > 0 {
		fmt.Fprintf(w, "  took        %.1fs (%.0f records/s, %.2f MB/s of input)\n", sec, float64(st.RecordsIn)/sec, float64(st.InputBytes)/1e6/sec)
	}
}

func counts(m map[string]int64) string {
	if len(m) == 0 {
		return "-"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if m[keys[a]] != m[keys[b]] {
			return m[keys[a]] > m[keys[b]]
		}
		return keys[a] < keys[b]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
