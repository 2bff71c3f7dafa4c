package transforms

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Line is one non-blank input line.
type Line struct {
	Source string // input file or object key
	LineNo int64  // 1-based
	Data   []byte
}

// Exported is a de-identified record on its way to a shard.
type Exported struct {
	Record      []byte // redact.Record as JSON
	Labels      []byte // object metadata (map[string]string) as JSON
	Fingerprint string // input fingerprint, for the incremental state
}

// Quarantined is an input record that stays on-prem, with a safe reason.
type Quarantined struct {
	Source string
	LineNo int64
	Reason string
	Data   []byte // the original record: restricted, on-prem only
}

// Rejected is a malformed input record: its place and reason only.
type Rejected struct {
	Source string
	LineNo int64
	Reason string
	Data   []byte // the raw line, kept on-prem for operators (never logged)
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
	register.Emitter1[Quarantined]()
	register.Emitter1[Rejected]()
	register.Emitter1[Report]()
	register.Emitter1[string]()
	register.Emitter2[string, Report]()
	register.Iter1[Report]()
}
