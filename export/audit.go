package export

import (
	"encoding/json"
	"net/url"
	"os"
	"os/user"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/internal/safeerr"
)

// AuditTier is the label every audit event carries: the audit log is an
// internal, on-prem record. It holds ids, counts, codes and versions,
// never transcript text or identifiers.
const AuditTier = "internal"

// AuditLog appends JSON events, one a line, to an on-prem file (0600). Each
// event is written with a single write and synced, so a crash loses at
// most the event being written. It is safe for concurrent use.
type AuditLog struct {
	mu  sync.Mutex
	f   *os.File
	now func() time.Time
}

// OpenAuditLog opens (creating with its directory, 0700) the log at path
// for appending.
func OpenAuditLog(path string) (*AuditLog, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, errors.Wrap(err, "export: audit log directory")
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, errors.Wrap(err, "export: open audit log")
	}
	return &AuditLog{f: f, now: time.Now}, nil
}

// Close closes the log.
func (a *AuditLog) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f == nil {
		return nil
	}
	err := a.f.Close()
	a.f = nil
	return err
}

// AuditEvent is an event of the audit log: RunStarted, RunCommitting,
// RunFinished or RunAborted.
type AuditEvent interface{ auditEvent() string }

// RunStarted is logged when a run starts: who, where, with what.
type RunStarted struct {
	RunID   string `json:"run_id"`
	RunDate string `json:"run_date"`
	Window  string `json:"window,omitempty"` // a stream window (Run.Window)
	Mode    string `json:"mode"`
	// User and Host default to $USER (else the OS user) and the host name.
	User string `json:"user"`
	Host string `json:"host"`
	// Args are the flag names of the command line (SafeArgs): never values.
	Args          []string `json:"args,omitempty"`
	PolicyName    string   `json:"policy_name"`
	PolicyHash    string   `json:"policy_hash"`
	EngineVersion string   `json:"engine_version"`
	// KeyID is the fingerprint of the key the launcher read (on-prem
	// only: no exported object carries it; a rotation shows here).
	KeyID string `json:"key_id,omitempty"`
	// ResearchIDs is random or keyed; Linkage names the linkage store
	// (a path, or a postgres URL without credentials).
	ResearchIDs string `json:"research_ids,omitempty"`
	Linkage     string `json:"linkage,omitempty"`
	// Inputs, Output and Quarantine are URLs or paths; credentials,
	// queries and fragments are stripped when logged (SafeURL).
	Inputs     []string `json:"inputs,omitempty"`
	Output     string   `json:"output,omitempty"`
	Quarantine string   `json:"quarantine,omitempty"`
}

// RunFinished is logged when a run ends, committed or not.
type RunFinished struct {
	RunID   string `json:"run_id"`
	RunDate string `json:"run_date"`
	Window  string `json:"window,omitempty"` // a stream window (Run.Window)
	// Status is "committed" or "failed".
	Status string `json:"status"`
	// Error is the failure with every unsafe part redacted
	// (cockroachdb/redact), empty on success.
	Error  string `json:"error,omitempty"`
	Counts Counts `json:"counts"`
	// Removed counts replaced spans per identifier type; Categories any
	// other per-category counts of the run; Labels records per label.
	Removed           map[string]int64 `json:"removed,omitempty"`
	Categories        map[string]int64 `json:"categories,omitempty"`
	Labels            LabelCounts      `json:"labels,omitempty"`
	QuarantineReasons map[Reason]int64 `json:"quarantine_reasons,omitempty"`
	RejectReasons     map[Reason]int64 `json:"reject_reasons,omitempty"`
	Shards            int              `json:"shards"`
	Bytes             int64            `json:"bytes"`
	// DurationsMS are wall-clock durations per stage ("total", "scan", …).
	DurationsMS map[string]int64 `json:"durations_ms,omitempty"`
}

// RunCommitting is logged right before the manifest is written: a run
// whose audit record cannot be written (a full disk) must not commit, so
// the commit step writes this first and stops if it fails.
type RunCommitting struct {
	RunID   string `json:"run_id"`
	RunDate string `json:"run_date"`
	Counts  Counts `json:"counts"`
	Shards  int    `json:"shards"`
	Bytes   int64  `json:"bytes"`
}

// RunAborted is logged when a run is stopped before it finished (SIGTERM,
// SIGINT): nothing was committed.
type RunAborted struct {
	RunID   string `json:"run_id"`
	RunDate string `json:"run_date"`
	// Reason says why ("received SIGTERM"), with every unsafe part
	// redacted.
	Reason string `json:"reason"`
}

// Run statuses.
const (
	StatusCommitted = "committed"
	StatusFailed    = "failed"
)

func (RunStarted) auditEvent() string    { return "run_started" }
func (RunFinished) auditEvent() string   { return "run_finished" }
func (RunCommitting) auditEvent() string { return "run_committing" }
func (RunAborted) auditEvent() string    { return "run_aborted" }

// ErrorText renders err for RunFinished.Error and RunAborted.Reason: its
// safe parts (ids, counts, codes marked safe), the places it names (paths,
// URLs without credentials, addresses: internal/safeerr) and × in place of
// anything else.
func ErrorText(err error) string {
	if err == nil {
		return ""
	}
	return safeerr.Message(err)
}

// Log appends e. Free-form fields are sanitised first: URLs are stripped
// (SafeURL), and any map key, label value or id that is not a plain token
// is replaced by "invalid", so that a caller's mistake cannot put text in
// the log.
func (a *AuditLog) Log(e AuditEvent) error {
	switch ev := e.(type) {
	case RunStarted:
		if ev.User == "" {
			ev.User = CurrentUser()
		}
		if ev.Host == "" {
			ev.Host, _ = os.Hostname()
		}
		ev.Inputs = mapSlice(ev.Inputs, SafeURL)
		ev.Output, ev.Quarantine = SafeURL(ev.Output), SafeURL(ev.Quarantine)
		ev.Args = mapSlice(ev.Args, flagName)
		ev.User, ev.Host = plain(ev.User), plain(ev.Host)
		ev.RunID, ev.RunDate, ev.Mode, ev.Window = plain(ev.RunID), plain(ev.RunDate), plain(ev.Mode), plain(ev.Window)
		ev.PolicyName, ev.PolicyHash, ev.EngineVersion = plain(ev.PolicyName), plain(ev.PolicyHash), plain(ev.EngineVersion)
		e = ev
	case RunFinished:
		ev.RunID, ev.RunDate, ev.Status, ev.Window = plain(ev.RunID), plain(ev.RunDate), plain(ev.Status), plain(ev.Window)
		ev.Removed = plainKeys(ev.Removed)
		ev.Categories = plainKeys(ev.Categories)
		ev.DurationsMS = plainKeys(ev.DurationsMS)
		ev.QuarantineReasons = reasonKeys(ev.QuarantineReasons)
		ev.RejectReasons = reasonKeys(ev.RejectReasons)
		if ev.Labels != nil {
			l := LabelCounts{}
			for k, m := range ev.Labels {
				for v, n := range m {
					l.add(Labels{plain(k): plain(v)}, n)
				}
			}
			ev.Labels = l
		}
		e = ev
	case RunCommitting:
		ev.RunID, ev.RunDate = plain(ev.RunID), plain(ev.RunDate)
		e = ev
	case RunAborted:
		ev.RunID, ev.RunDate = plain(ev.RunID), plain(ev.RunDate)
		e = ev
	case sanitizer:
		e = ev.sanitize()
	default:
		return errors.New("export: unknown audit event")
	}
	body, err := json.Marshal(e)
	if err != nil {
		return errors.Wrap(err, "export: encode audit event")
	}
	head, _ := json.Marshal(struct {
		Time  time.Time `json:"time"`
		Event string    `json:"event"`
		Tier  string    `json:"tier"`
	}{a.now().UTC(), e.auditEvent(), AuditTier})
	line := make([]byte, 0, len(head)+len(body)+1)
	line = append(line, head[:len(head)-1]...)
	line = append(line, ',')
	line = append(line, body[1:]...)
	line = append(line, '\n')
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.f == nil {
		return ErrClosed
	}
	if _, err := a.f.Write(line); err != nil {
		return errors.Wrap(err, "export: write audit log")
	}
	return errors.Wrap(a.f.Sync(), "export: sync audit log")
}

// CurrentUser is $USER, else the OS user name, else "unknown".
func CurrentUser() string {
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	return "unknown"
}

// SafeArgs keeps the flag names of a command line ("-policy", "--input")
// and drops every value and positional argument: a value can hold a
// secret, a path named after a patient, or worse.
func SafeArgs(argv []string) []string {
	var out []string
	for _, a := range argv {
		if !strings.HasPrefix(a, "-") || a == "-" || a == "--" {
			continue
		}
		name, _, _ := strings.Cut(a, "=")
		out = append(out, name)
	}
	return out
}

// SafeURL strips user info (credentials), query (signatures, tokens) and
// fragment from a URL; a plain path is returned as it is.
func SafeURL(s string) string {
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return "invalid-url"
	}
	if u.Scheme == "" {
		u.RawQuery, u.Fragment, u.RawFragment = "", "", ""
		return u.String()
	}
	u.User, u.RawQuery, u.Fragment, u.RawFragment, u.ForceQuery = nil, "", "", "", false
	return u.String()
}

var flagRe = regexp.MustCompile(`^--?[0-9A-Za-z][0-9A-Za-z._-]{0,63}$`)

// flagName returns a flag name ("-x", "--long-name") or "invalid".
func flagName(s string) string {
	if flagRe.MatchString(s) {
		return s
	}
	return "invalid"
}

var plainRe = regexp.MustCompile(`^[0-9A-Za-z][0-9A-Za-z._:=+@/-]{0,127}$`)

// plain returns s if it is a plain token (ids, versions, codes, host and
// user names), else "invalid".
func plain(s string) string {
	if s == "" || plainRe.MatchString(s) {
		return s
	}
	return "invalid"
}

func plainKeys(m map[string]int64) map[string]int64 {
	if m == nil {
		return nil
	}
	out := make(map[string]int64, len(m))
	for k, v := range m {
		out[plain(k)] += v
	}
	return out
}

func reasonKeys(m map[Reason]int64) map[Reason]int64 {
	if m == nil {
		return nil
	}
	out := make(map[Reason]int64, len(m))
	for k, v := range m {
		if k.Validate() != nil {
			k = "invalid"
		}
		out[k] += v
	}
	return out
}

func mapSlice(in []string, f func(string) string) []string {
	if in == nil {
		return nil
	}
	out := make([]string, len(in))
	for i, s := range in {
		out[i] = f(s)
	}
	return out
}
