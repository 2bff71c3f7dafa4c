package export

import (
	"slices"

	"github.com/deid-project/deid/storage"
)

// DestinationChecked is logged when a run (or `deid batch --check`) has
// checked its output destination's posture, before the first write: the
// result of every check, for the security review. It names checks and
// results only (the destination is Output, a URL without credentials):
// no detail, which may quote a bucket's settings at length.
type DestinationChecked struct {
	RunID   string `json:"run_id"`
	RunDate string `json:"run_date"`
	Output  string `json:"output"`
	// CheckOnly marks the checks of `deid batch --check` (no run follows).
	CheckOnly bool `json:"check_only,omitempty"`
	// Enforced is false on a plain-http emulator, whose posture is shown
	// but not enforced.
	Enforced bool               `json:"enforced"`
	Checks   []DestinationCheck `json:"checks,omitempty"`
	// Error is why the posture could not be read at all (the connection
	// rules refused the endpoint, it did not answer), every unsafe part
	// redacted (ErrorText).
	Error string `json:"error,omitempty"`
}

// DestinationCheck is one posture check: its name (storage.CheckNames)
// and its result (storage.Status: pass, FAIL, could not check, not
// required, unchecked (ok)).
type DestinationCheck struct {
	Name   string `json:"name"`
	Status string `json:"status"`
}

// DestinationChecks are the names and results of p.
func DestinationChecks(p storage.Posture) []DestinationCheck {
	out := make([]DestinationCheck, len(p))
	for i, c := range p {
		out[i] = DestinationCheck{Name: c.Name, Status: string(c.Status)}
	}
	return out
}

func (DestinationChecked) auditEvent() string { return "destination_checked" }

var postureStatuses = []string{string(storage.Pass), string(storage.Fail), string(storage.Unknown),
	string(storage.NotAsked), string(storage.Accepted)}

func (ev DestinationChecked) sanitize() AuditEvent {
	ev.RunID, ev.RunDate = plain(ev.RunID), plain(ev.RunDate)
	ev.Output = SafeURL(ev.Output)
	checks := make([]DestinationCheck, len(ev.Checks))
	for i, c := range ev.Checks {
		if !slices.Contains(storage.CheckNames, c.Name) {
			c.Name = "invalid"
		}
		if !slices.Contains(postureStatuses, c.Status) {
			c.Status = "invalid"
		}
		checks[i] = c
	}
	ev.Checks = checks
	return ev
}
