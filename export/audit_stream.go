package export

import "os"

// sanitizer is an audit event that cleans its own free-form fields before
// it is written (the events of this file; RunStarted and RunFinished are
// cleaned by Log itself).
type sanitizer interface {
	AuditEvent
	sanitize() AuditEvent
}

// StreamStarted is logged when `deid stream` starts: who, where, with
// what. Each window it commits is a run with its own RunStarted and
// RunFinished events (with Window set).
type StreamStarted struct {
	StreamID string `json:"stream_id"`
	User     string `json:"user"`
	Host     string `json:"host"`
	// Args are the flag names of the command line (SafeArgs).
	Args          []string `json:"args,omitempty"`
	PolicyName    string   `json:"policy_name"`
	PolicyHash    string   `json:"policy_hash"`
	EngineVersion string   `json:"engine_version"`
	Input         string   `json:"input,omitempty"`
	Output        string   `json:"output,omitempty"`
	Quarantine    string   `json:"quarantine,omitempty"`
	WindowMS      int64    `json:"window_ms"`
	PollMS        int64    `json:"poll_ms"`
	// Recovered names the window (run id) a crashed stream left
	// uncommitted and whose objects this stream processes again, or the
	// one it found committed and recorded.
	Recovered string `json:"recovered,omitempty"`
}

// StreamStopped is logged when `deid stream` stops: why, and what its
// windows did in total.
type StreamStopped struct {
	StreamID string `json:"stream_id"`
	// Reason is "signal", "max_duration" or "error".
	Reason string `json:"reason"`
	// Error is the failure with every unsafe part redacted, when Reason is
	// "error".
	Error       string `json:"error,omitempty"`
	Windows     int    `json:"windows"`
	Failed      int    `json:"failed_windows,omitempty"`
	Objects     int64  `json:"objects"`
	Counts      Counts `json:"counts"`
	DurationsMS int64  `json:"duration_ms"`
}

func (StreamStarted) auditEvent() string { return "stream_started" }
func (StreamStopped) auditEvent() string { return "stream_stopped" }

func (ev StreamStarted) sanitize() AuditEvent {
	if ev.User == "" {
		ev.User = CurrentUser()
	}
	if ev.Host == "" {
		ev.Host, _ = os.Hostname()
	}
	ev.User, ev.Host, ev.StreamID, ev.Recovered = plain(ev.User), plain(ev.Host), plain(ev.StreamID), plain(ev.Recovered)
	ev.Args = mapSlice(ev.Args, flagName)
	ev.Input, ev.Output, ev.Quarantine = SafeURL(ev.Input), SafeURL(ev.Output), SafeURL(ev.Quarantine)
	ev.PolicyName, ev.PolicyHash, ev.EngineVersion = plain(ev.PolicyName), plain(ev.PolicyHash), plain(ev.EngineVersion)
	return ev
}

func (ev StreamStopped) sanitize() AuditEvent {
	ev.StreamID, ev.Reason = plain(ev.StreamID), plain(ev.Reason)
	return ev
}
