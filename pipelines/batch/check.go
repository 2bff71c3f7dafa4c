package batch

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
	"github.com/deid-project/deid/internal/safeerr"
	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/transforms"
)

// Check is the outcome of one preflight check. Detail names places
// (paths, buckets, endpoints), counts and ids: never record content.
type Check struct {
	Name   string
	OK     bool
	Detail string
}

// Checks are the preflight checks of a run, in the order they ran.
type Checks []Check

// Err is nil when every check passed, else an error naming the failed
// checks and their details.
func (cs Checks) Err() error {
	var bad []string
	for _, c := range cs {
		if !c.OK {
			bad = append(bad, c.Name+": "+c.Detail)
		}
	}
	if len(bad) == 0 {
		return nil
	}
	return errors.Newf("preflight check failed: %s", errors.Safe(strings.Join(bad, "; ")))
}

// CheckOptions tune Preflight.
type CheckOptions struct {
	// Timeout bounds each check (default 30s): an endpoint that does not
	// answer fails its check instead of hanging the run.
	Timeout time.Duration
	// RemoteWorkers: the pipeline runs on workers other than this
	// process (a job server, Dataflow), which read the key themselves; a
	// key that is not configured here is then not checked.
	RemoteWorkers bool
	// Getenv reads the environment (default os.Getenv).
	Getenv func(string) string
	// CheckOnly: the checks of `deid batch --check`, which no run
	// follows (so marked in the audit log).
	CheckOnly bool
	// InputMayBeEmpty: the input must be listable but may hold no file
	// yet (a stream waits for files to arrive).
	InputMayBeEmpty bool
}

// ProbePrefix is where the checks write (and then delete) their probe
// objects, under the output and on-prem roots.
const ProbePrefix = "_deid-check"

// Preflight runs, before the first record is read, every check that would
// otherwise fail the run late: the key, the input (listable, not empty
// unless o.InputMayBeEmpty), the output bucket (exists and is writable: a
// probe object is written and deleted), the on-prem quarantine (writable,
// the same way) and the audit log (can be opened for appending). The policy was compiled by Prepare;
// it is listed first. It never fails early: every check runs, so that one
// run of `deid batch --check` shows every mistake.
func (j *Job) Preflight(ctx context.Context, o CheckOptions) Checks {
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.Getenv == nil {
		o.Getenv = os.Getenv
	}
	c := j.Config
	src := "preset"
	if c.Policy != "" {
		src = c.Policy
	}
	hash := j.Policy.Hash
	if len(hash) > 12 {
		hash = hash[:12]
	}
	out := Checks{{Name: "policy", OK: true, Detail: fmt.Sprintf("%s v%d (%s, sha256 %s…)", j.Policy.Name, j.Policy.Version, src, hash)}}
	run := func(name string, f func(ctx context.Context) (string, error)) {
		ctx, cancel := context.WithTimeout(ctx, o.Timeout)
		defer cancel()
		detail, err := f(ctx)
		if err != nil {
			out = append(out, Check{Name: name, Detail: describe(err, o.Timeout)})
			return
		}
		out = append(out, Check{Name: name, OK: true, Detail: detail})
	}
	run("key", func(context.Context) (string, error) { return j.checkKey(o) })
	run("input", func(ctx context.Context) (string, error) { return j.checkInput(ctx, o.InputMayBeEmpty) })
	w := j.writeConfig()
	// The destination's posture comes before anything is written to it,
	// the probe object included.
	unsafe := false
	run("destination", func(ctx context.Context) (string, error) {
		detail, err := j.checkDestination(ctx, o.CheckOnly)
		unsafe = errors.Is(err, errUnsafeDestination)
		return detail, err
	})
	if !unsafe {
		run("output", func(ctx context.Context) (string, error) {
			return probe(ctx, w.Output, j.Run, o.Timeout)
		})
	} else {
		out = append(out, Check{Name: "output", Detail: "not tried: nothing is written to a destination that failed its checks"})
	}
	run("quarantine", func(ctx context.Context) (string, error) {
		if err := os.MkdirAll(c.Quarantine, 0o700); err != nil {
			return "", errors.Wrapf(err, "--quarantine %s", errors.Safe(c.Quarantine))
		}
		return probe(ctx, w.OnPrem, j.Run, o.Timeout)
	})
	if strings.Contains(c.Linkage, "://") && j.ResearchIDs != string(policy.KeyedIDs) {
		run("linkage", func(ctx context.Context) (string, error) { return checkLinkage(ctx, c.Linkage) })
	}
	run("audit log", func(context.Context) (string, error) {
		a, err := export.OpenAuditLog(c.AuditLog)
		if err != nil {
			return "", err
		}
		return c.AuditLog + " can be appended to", a.Close()
	})
	if c.Incremental {
		run("state", func(context.Context) (string, error) {
			if _, err := export.OpenStateStore(c.StateDir); err != nil {
				return "", err
			}
			return c.StateDir, probeDir(c.StateDir)
		})
	}
	return out
}

func (j *Job) checkKey(o CheckOptions) (string, error) {
	s := j.Settings
	var k *redact.Key
	var err error
	from := ""
	needed := true
	if pol, perr := process.LoadPolicy(s); perr == nil {
		needed = pol.NeedsKey() || pol.ResearchIDs == policy.KeyedIDs
	}
	switch {
	case s.KeyEnv == process.EphemeralKeyEnv:
		if o.RemoteWorkers {
			return "", errors.New("--ephemeral-key: the key stays in this process, which remote workers cannot read; give them $" + redact.KeyEnv + " or a key file")
		}
		k, err = redact.KeyFromEnvVar(o.Getenv, s.KeyEnv)
		if err == nil && k == nil {
			k, err = redact.KeyFromEnvVar(os.Getenv, s.KeyEnv)
		}
		from = "a random key for this run (--ephemeral-key: surrogates and shifts differ every run)"
	case s.KeyFile != "":
		k, err = redact.LoadKeyFile(s.KeyFile)
		from = "--key-file " + s.KeyFile
		if err != nil {
			err = errors.Wrapf(err, "--key-file %s", errors.Safe(s.KeyFile))
		}
	default:
		k, err = redact.KeyFromEnv(o.Getenv)
		from = "$" + redact.KeyEnv
		if err == nil && k == nil {
			if !needed {
				return "none needed: random research ids, no surrogates or date shifts", nil
			}
			if o.RemoteWorkers {
				return "not checked: the workers read $" + redact.KeyEnv + " (or a key file) themselves", nil
			}
			err = errors.New("no key: set $" + redact.KeyEnv + " (hex or base64, at least 32 bytes) or --key-file; --ephemeral-key for a demo")
		}
	}
	if err != nil {
		return "", err
	}
	if k == nil {
		return "", errors.New("no key")
	}
	return fmt.Sprintf("id %s from %s", k.ID(), from), nil
}

func (j *Job) checkInput(ctx context.Context, mayBeEmpty bool) (string, error) {
	c := j.Config
	src := j.Source()
	src.Pinned, src.Files = false, nil // a stream's job: the input, not a window's files
	files, err := ingest.List(ctx, src)
	if err != nil {
		return "", err
	}
	if len(files) == 0 && !mayBeEmpty {
		return "", errors.Newf("--input %s: no input file (*.jsonl, *.ndjson, *.json, optionally .gz)", errors.Safe(export.SafeURL(c.Input)))
	}
	return fmt.Sprintf("%s: %d file(s)", export.SafeURL(c.Input), len(files)), nil
}

// Posture checks the output destination's posture (storage.CheckPosture)
// with the policy's requirements, connecting under the same rules as the
// run.
func (j *Job) Posture(ctx context.Context) (storage.Posture, error) {
	k := j.outputSink()
	opts, err := k.Options()
	if err != nil {
		return nil, err
	}
	opts.MaxAttempts = 2
	d := j.Destination
	return storage.CheckPosture(ctx, k.URL, opts, storage.PostureRequirements{
		Regions: d.Regions, RequireVersioning: d.RequireVersioning, MinRetentionDays: d.MinRetentionDays, RequireCMEK: d.RequireCMEK,
		AcceptUnchecked: d.AcceptUnchecked})
}

// errUnsafeDestination marks a destination whose posture was read and
// found wanting: nothing, not even the probe, is written to it.
var errUnsafeDestination = errors.New("unsafe destination")

// checkDestination is the preflight check of the output's connection
// rules (before connecting) and posture (before the first write). A
// plain-http output is an emulator (--output-plain-http): its posture is
// shown, not enforced.
func (j *Job) checkDestination(ctx context.Context, checkOnly bool) (string, error) {
	k := j.outputSink()
	where := export.SafeURL(k.URL)
	p, err := j.Posture(ctx)
	j.AuditDestination(p, err, checkOnly)
	if err != nil {
		return "", errors.Wrapf(err, "%s", errors.Safe(where))
	}
	if perr := p.Err(); perr != nil {
		if k.AllowInsecure {
			return fmt.Sprintf("%s: not enforced on a plain-http emulator (%d problem(s); deid check-destination shows them)", where, len(p.Problems())), nil
		}
		return "", errors.Mark(errors.Wrapf(perr, "%s (deid check-destination %s shows every check)", errors.Safe(where), errors.Safe(where)), errUnsafeDestination)
	}
	var passed []string
	for _, c := range p {
		if c.Status == storage.Pass {
			passed = append(passed, c.Name)
		}
	}
	if len(passed) == 0 {
		return where + ": " + p[0].Detail, nil
	}
	return where + ": " + strings.Join(passed, ", ") + " pass", nil
}

// checkLinkage opens the linkage store at a URL (a PostgreSQL server, and
// its table, created if absent, as the run would) and closes it: the
// server answers, the login and TLS rules pass, the role may use the
// table. The check reads and writes no id. The store bounds its own
// connect (connect_timeout); a context that ends first fails the check.
func checkLinkage(ctx context.Context, url string) (string, error) {
	type result struct {
		s   linkage.Store
		err error
	}
	done := make(chan result, 1)
	go func() {
		s, err := linkage.Open(url)
		done <- result{s, err}
	}()
	where := export.SafeURL(url)
	select {
	case r := <-done:
		if r.err != nil {
			return "", r.err
		}
		return where + ": connected", r.s.Close()
	case <-ctx.Done():
		go func() { // close it if it opens after all
			if r := <-done; r.err == nil {
				r.s.Close()
			}
		}()
		return "", errors.Wrapf(ctx.Err(), "linkage store %s", errors.Safe(where))
	}
}

// AuditDestination records the destination's posture checks (names and
// results) in the audit log (Config.AuditLog; none when empty), or why
// they could not be made. An audit log that cannot be opened is the
// "audit log" check's to report.
func (j *Job) AuditDestination(p storage.Posture, err error, checkOnly bool) {
	if j.Config.AuditLog == "" {
		return
	}
	if err := os.MkdirAll(filepath.Dir(j.Config.AuditLog), 0o700); err != nil {
		return
	}
	a, aerr := export.OpenAuditLog(j.Config.AuditLog)
	if aerr != nil {
		return
	}
	defer a.Close()
	a.Log(export.DestinationChecked{RunID: j.Run.ID, RunDate: j.Run.Date, Output: j.outputSink().URL,
		CheckOnly: checkOnly, Enforced: !j.outputSink().AllowInsecure, Checks: export.DestinationChecks(p), Error: export.ErrorText(err)})
}

// probe writes a small object to the sink, reads its attributes back and
// deletes it: the bucket exists, and the credentials may write and delete.
func probe(ctx context.Context, k transforms.Sink, run export.Run, timeout time.Duration) (string, error) {
	where := export.SafeURL(k.URL)
	if k.Endpoint != "" {
		where += " at " + safeerr.SafeURL(k.Endpoint)
	} else if h := os.Getenv("STORAGE_EMULATOR_HOST"); h != "" && strings.HasPrefix(k.URL, "gs://") {
		where += " at " + safeerr.SafeURL(h) // the endpoint the gs client uses then
	}
	opts, err := k.Options()
	if err != nil {
		return "", errors.Wrapf(err, "%s", errors.Safe(where))
	}
	opts.StallTimeout, opts.MaxAttempts = timeout/3, 2
	b, err := storage.Open(ctx, k.URL, opts)
	if err != nil {
		return "", errors.Wrapf(err, "%s", errors.Safe(where))
	}
	defer b.Close()
	key := ProbePrefix + "/" + run.ID + ".probe"
	body := []byte("deid preflight probe: written and deleted before a run\n")
	if _, err := b.Put(ctx, key, bytes.NewReader(body), &storage.PutOptions{ContentType: "text/plain"}); err != nil {
		return "", errors.Wrapf(err, "write a probe object to %s", errors.Safe(where))
	}
	if err := b.Delete(ctx, key); err != nil {
		return "", errors.Wrapf(err, "delete the probe object from %s", errors.Safe(where))
	}
	return where + ": probe object written and deleted", nil
}

// probeDir checks that a local directory takes a new file.
func probeDir(dir string) error {
	f, err := os.CreateTemp(dir, ".deid-probe-*")
	if err != nil {
		return err
	}
	name := f.Name()
	_, werr := f.Write([]byte("probe\n"))
	cerr := f.Close()
	os.Remove(name)
	if werr != nil {
		return werr
	}
	return cerr
}

// describe says what a failed check means and what to look at; the
// error's own text (places shown, record content redacted) follows.
func describe(err error, timeout time.Duration) string {
	msg := safeerr.Message(err)
	switch {
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, storage.ErrStalled):
		return fmt.Sprintf("no answer within %s: is the endpoint reachable? (%s)", timeout, msg)
	case errors.Is(err, storage.ErrNotFound):
		return "not found: does the bucket exist? (" + msg + ")"
	case errors.Is(err, storage.ErrPermissionDenied), errors.Is(err, os.ErrPermission):
		return "permission denied: check the credentials and the permissions of the bucket or directory (" + msg + ")"
	case errors.Is(err, storage.ErrInsecure):
		return msg
	}
	if strings.Contains(msg, "connection refused") || strings.Contains(msg, "no such host") {
		return "cannot connect: is the endpoint right and the service up? (" + msg + ")"
	}
	return msg
}
