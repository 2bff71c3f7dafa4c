package transforms

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Line is one input line, or input the reader could not hand over as one
// (Unread set, Data nil: a blank line, an empty file, a line too long, a
// broken gzip stream).
type Line struct {
	Source string // input file or object key
	LineNo int64  // 1-based
	Data   []byte
	// Unread is the reader's reason code (ingest.ReasonLineTooLong, …)
	// for input it did not read as a line; Size is its size in bytes.
	Unread string
	Size   int64
}

// Exported is a de-identified record on its way to a shard.
type Exported struct {
	Record      []byte // redact.Record as JSON
	Labels      []byte // object metadata (map[string]string) as JSON
	Fingerprint string // input fingerprint, for the incremental state
}

// OnPrem is an input record that stays on-prem: quarantined (the original
// record, restricted, with a safe reason code) or rejected (its place and
// reason; the raw line only reaches the optional operators' file).
type OnPrem struct {
	Rejected bool // false: quarantined
	Source   string
	LineNo   int64
	Reason   string
	Data     []byte
	// Unread: the reader did not read it (Data is nil); Size is its size.
	Unread bool
	Size   int64
}

// Report is a partial result that the commit step adds up: a bundle's
// counts, a shard's description, an on-prem file's reference.
type Report struct {
	Kind string // see the report kinds in commit.go
	JSON []byte
}

func init() {
	register.Emitter1[Line]()
	register.Emitter1[Exported]()
	register.Emitter1[OnPrem]()
	register.Emitter1[Report]()
	register.Emitter1[string]()
	register.Emitter2[string, Report]()
	register.Iter1[Report]()
}
