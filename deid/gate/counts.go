package gate

import (
	"maps"

	"github.com/deid-project/deid/deid/reason"
)

// Outcome is where an input record ended. Every record read ends in exactly
// one.
type Outcome string

const (
	// Exported: written to the cloud bucket.
	Exported Outcome = "exported"
	// Quarantined: de-identified but kept on-prem (quarantine/), by the
	// gate or because a step failed for it.
	Quarantined Outcome = "quarantined"
	// Rejected: not a valid record (rejected/ with the reason).
	Rejected Outcome = "rejected"
)

// Counts is the bookkeeping of a run: records read and where each ended,
// with the reasons of the ones that did not leave. It merges (Add), so
// workers count apart and a run sums them; Reconciles checks the sum.
type Counts struct {
	RecordsIn   int64 `json:"records_in"`
	Exported    int64 `json:"exported"`
	Quarantined int64 `json:"quarantined"`
	Rejected    int64 `json:"rejected"`
	// Reasons counts quarantined and rejected records by "outcome/reason"
	// ("quarantined/residual_identifier", "rejected/malformed_json").
	Reasons map[string]int64 `json:"reasons,omitempty"`
}

// Read counts n records read.
func (c *Counts) Read(n int64) { c.RecordsIn += n }

// Count counts one record's outcome. The reason of a quarantined or rejected
// record is kept when it is a code (deid/reason: [a-z][a-z0-9_.-]{0,63}),
// as ReasonInvalid otherwise, and as ReasonUnspecified when empty: counts
// are logged and become metric labels, and must never carry text. An
// unknown outcome is counted under "invalid_outcome", which makes
// Reconciles false.
func (c *Counts) Count(o Outcome, code string) {
	switch o {
	case Exported:
		c.Exported++
		return
	case Quarantined:
		c.Quarantined++
	case Rejected:
		c.Rejected++
	default:
		c.addReason("invalid_outcome", 1)
		return
	}
	if code == "" {
		code = ReasonUnspecified
	} else if !reason.Valid(code) {
		code = ReasonInvalid
	}
	c.addReason(string(o)+"/"+code, 1)
}

// CountDecision counts a gate decision.
func (c *Counts) CountDecision(d Decision) { c.Count(d.Outcome(), d.Reason) }

func (c *Counts) addReason(k string, n int64) {
	if c.Reasons == nil {
		c.Reasons = map[string]int64{}
	}
	c.Reasons[k] += n
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.RecordsIn += o.RecordsIn
	c.Exported += o.Exported
	c.Quarantined += o.Quarantined
	c.Rejected += o.Rejected
	for k, n := range o.Reasons {
		c.addReason(k, n)
	}
}

// Clone returns a deep copy.
func (c Counts) Clone() Counts {
	c.Reasons = maps.Clone(c.Reasons)
	return c
}

// Reason returns the number of records with outcome o and reason.
func (c Counts) Reason(o Outcome, reason string) int64 { return c.Reasons[string(o)+"/"+reason] }

// Reconciles reports whether every record read ended in exactly one
// outcome, and every quarantined and rejected record has a reason: the
// check a run makes before it declares success.
func (c Counts) Reconciles() bool {
	if c.RecordsIn < 0 || c.Exported < 0 || c.Quarantined < 0 || c.Rejected < 0 {
		return false
	}
	if c.RecordsIn != c.Exported+c.Quarantined+c.Rejected {
		return false
	}
	var q, r int64
	for k, n := range c.Reasons {
		switch {
		case n < 0:
			return false
		case len(k) > len(Quarantined)+1 && k[:len(Quarantined)+1] == string(Quarantined)+"/":
			q += n
		case len(k) > len(Rejected)+1 && k[:len(Rejected)+1] == string(Rejected)+"/":
			r += n
		default:
			return false
		}
	}
	return q == c.Quarantined && r == c.Rejected
}
