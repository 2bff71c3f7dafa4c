package process

import (
	"maps"

	"github.com/deid-project/deid/deid/gate"
)

// Stats add up results: the run counts (gate.Counts, records per route),
// and with them identifiers removed per type, categories, residual risk
// and the reasons of the records that did not leave. They hold codes and
// counts only, so they may be logged, written to the audit log and
// printed.
type Stats struct {
	gate.Counts
	Removed    map[string]int64 `json:"removed,omitempty"`
	Categories map[string]int64 `json:"categories,omitempty"`
	Risk       map[string]int64 `json:"risk,omitempty"`
	Quarantine map[string]int64 `json:"quarantine_reasons,omitempty"`
	Reject     map[string]int64 `json:"reject_reasons,omitempty"`
	InputBytes int64            `json:"input_bytes"`
}

func bump(m *map[string]int64, k string, n int64) {
	if *m == nil {
		*m = map[string]int64{}
	}
	(*m)[k] += n
}

// Add counts one result of an input line of n bytes. Its reason is
// counted as a code (gate.ReasonCode). A result of no known route is
// counted as read only, so the counts do not reconcile.
func (s *Stats) Add(r Result, n int) {
	s.Read(1)
	s.InputBytes += int64(n)
	s.Count(r.Route)
	switch r.Route {
	case gate.Exported:
		if r.Record != nil {
			for t, c := range r.Record.Removed {
				bump(&s.Removed, string(t), int64(c))
			}
		}
		for _, c := range r.Labels.Categories {
			bump(&s.Categories, string(c), 1)
		}
	case gate.Quarantined:
		bump(&s.Quarantine, gate.ReasonCode(r.Reason), 1)
	case gate.Rejected:
		bump(&s.Reject, gate.ReasonCode(r.Reason), 1)
	}
	if r.Risk != "" {
		bump(&s.Risk, r.Risk, 1)
	}
}

// AddSkipped counts an input already exported by an earlier run
// (incremental mode).
func (s *Stats) AddSkipped(n int) {
	s.Read(1)
	s.Skip()
	s.InputBytes += int64(n)
}

// Merge adds o into s.
func (s *Stats) Merge(o Stats) {
	s.Counts.Add(o.Counts)
	s.InputBytes += o.InputBytes
	for _, p := range []struct {
		dst *map[string]int64
		src map[string]int64
	}{
		{&s.Removed, o.Removed}, {&s.Categories, o.Categories}, {&s.Risk, o.Risk},
		{&s.Quarantine, o.Quarantine}, {&s.Reject, o.Reject},
	} {
		for k, v := range p.src {
			bump(p.dst, k, v)
		}
	}
}

// Clone returns a deep copy.
func (s Stats) Clone() Stats {
	c := s
	c.Removed, c.Categories, c.Risk = maps.Clone(s.Removed), maps.Clone(s.Categories), maps.Clone(s.Risk)
	c.Quarantine, c.Reject = maps.Clone(s.Quarantine), maps.Clone(s.Reject)
	return c
}
