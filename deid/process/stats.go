package process

import (
	"maps"

	"github.com/deid-project/deid/deid/gate"
)

// Stats add up results: counts per route, identifiers removed per type,
// categories, residual risk and reasons. They hold codes and counts only,
// so they may be logged, written to the audit log and printed.
type Stats struct {
	RecordsIn   int64            `json:"records_in"`
	Exported    int64            `json:"exported"`
	Quarantined int64            `json:"quarantined"`
	Rejected    int64            `json:"rejected"`
	Skipped     int64            `json:"skipped"`
	Removed     map[string]int64 `json:"removed,omitempty"`
	Categories  map[string]int64 `json:"categories,omitempty"`
	Risk        map[string]int64 `json:"risk,omitempty"`
	Quarantine  map[string]int64 `json:"quarantine_reasons,omitempty"`
	Reject      map[string]int64 `json:"reject_reasons,omitempty"`
	InputBytes  int64            `json:"input_bytes"`
}

func bump(m *map[string]int64, k string, n int64) {
	if *m == nil {
		*m = map[string]int64{}
	}
	(*m)[k] += n
}

// Add counts one result of an input line of n bytes.
func (s *Stats) Add(r Result, n int) {
	s.RecordsIn++
	s.InputBytes += int64(n)
	switch r.Route {
	case gate.Exported:
		s.Exported++
		if r.Record != nil {
			for t, c := range r.Record.Removed {
				bump(&s.Removed, string(t), int64(c))
			}
		}
		for _, c := range r.Labels.Categories {
			bump(&s.Categories, string(c), 1)
		}
	case gate.Quarantined:
		s.Quarantined++
		bump(&s.Quarantine, r.Reason, 1)
	case gate.Rejected:
		s.Rejected++
		bump(&s.Reject, r.Reason, 1)
	}
	if r.Risk != "" {
		bump(&s.Risk, r.Risk, 1)
	}
}

// AddSkipped counts an input already exported by an earlier run
// (incremental mode).
func (s *Stats) AddSkipped(n int) {
	s.RecordsIn++
	s.Skipped++
	s.InputBytes += int64(n)
}

// Merge adds o into s.
func (s *Stats) Merge(o Stats) {
	s.RecordsIn += o.RecordsIn
	s.Exported += o.Exported
	s.Quarantined += o.Quarantined
	s.Rejected += o.Rejected
	s.Skipped += o.Skipped
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

// Reconciles reports whether every input ended in exactly one place.
func (s Stats) Reconciles() bool {
	return s.RecordsIn == s.Exported+s.Quarantined+s.Rejected+s.Skipped
}

// Clone returns a deep copy.
func (s Stats) Clone() Stats {
	c := s
	c.Removed, c.Categories, c.Risk = maps.Clone(s.Removed), maps.Clone(s.Categories), maps.Clone(s.Risk)
	c.Quarantine, c.Reject = maps.Clone(s.Quarantine), maps.Clone(s.Reject)
	return c
}
