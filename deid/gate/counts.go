package gate

import "github.com/deid-project/deid/deid/reason"

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

// Counts are the run counts: records read and where each ended. They are
// the one tally of a run: the processor's statistics (deid/process.Stats)
// carry them with the reasons and what was found, and the manifest and the
// audit log (export.Counts) carry them as they are:
//
//	RecordsIn = Exported + Quarantined + Rejected + Skipped
//
// Skipped is zero in a full run; in an incremental run it counts the inputs
// already exported under another date. Counts merge (Add), so workers count
// apart and a run sums them; Reconciles checks the sum. Their JSON is the
// manifest's "counts" object.
type Counts struct {
	RecordsIn   int64 `json:"records_in"`
	Exported    int64 `json:"exported"`
	Quarantined int64 `json:"quarantined"`
	Rejected    int64 `json:"rejected"`
	Skipped     int64 `json:"skipped,omitempty"`
}

// Read counts n records read.
func (c *Counts) Read(n int64) { c.RecordsIn += n }

// Count counts one record's outcome. An unknown outcome is counted nowhere
// (false), so a run that read the record does not reconcile.
func (c *Counts) Count(o Outcome) bool {
	switch o {
	case Exported:
		c.Exported++
	case Quarantined:
		c.Quarantined++
	case Rejected:
		c.Rejected++
	default:
		return false
	}
	return true
}

// Skip counts one record an earlier run exported under another date
// (incremental runs).
func (c *Counts) Skip() { c.Skipped++ }

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.RecordsIn += o.RecordsIn
	c.Exported += o.Exported
	c.Quarantined += o.Quarantined
	c.Rejected += o.Rejected
	c.Skipped += o.Skipped
}

// Reconciles reports whether every record read ended in exactly one place:
// the check a run makes before it commits.
func (c Counts) Reconciles() bool {
	return c.RecordsIn >= 0 && c.Exported >= 0 && c.Quarantined >= 0 && c.Rejected >= 0 && c.Skipped >= 0 &&
		c.RecordsIn == c.Exported+c.Quarantined+c.Rejected+c.Skipped
}

// ReasonCode is the code a quarantined or rejected record is counted under:
// code itself when it is one (deid/reason: [a-z][a-z0-9_.-]{0,63}),
// ReasonInvalid otherwise and ReasonUnspecified when empty. Counts are
// logged and become metric labels, and must never carry text.
func ReasonCode(code string) string {
	switch {
	case code == "":
		return ReasonUnspecified
	case !reason.Valid(code):
		return ReasonInvalid
	}
	return code
}
