package export

import "github.com/cockroachdb/errors"

// Error kinds; test with errors.Is. Messages carry ids, counts, keys and
// reason codes only: never record content, label values or input lines.
var (
	// ErrInvalidRecord: a record or label the export refuses (wrong
	// schema version, mixed policies in one shard, an unsafe label).
	ErrInvalidRecord = errors.New("export: invalid record")
	// ErrInvalidManifest: Commit refused the manifest (counts that do not
	// reconcile, a shard missing or not matching its size and SHA-256).
	ErrInvalidManifest = errors.New("export: invalid manifest")
	// ErrUnreconciled: CommitRun refused a run whose counts do not add
	// up (a record lost or counted twice): nothing is committed.
	ErrUnreconciled = errors.New("export: counts do not reconcile")
	// ErrNoManifest: the date has no committed export. Readers ignore such
	// a prefix, whatever shards it holds.
	ErrNoManifest = errors.New("export: no manifest")
	// ErrStaleRun: Commit refused a run older than the committed one.
	ErrStaleRun = errors.New("export: run older than the committed run")
	// ErrShrink: Commit refused a run that exports fewer records than the
	// committed run of its date it would replace (CommitOptions.AllowShrink
	// lets it).
	ErrShrink = errors.New("export: run smaller than the committed run of its date")
	// ErrNoInput: CheckInput refused a run that read no input record.
	ErrNoInput = errors.New("export: no input records")
	// ErrTooManyRejected: CheckInput refused a run that rejected a larger
	// share of its input than allowed.
	ErrTooManyRejected = errors.New("export: too many input records rejected")
	// ErrClosed: the writer was closed.
	ErrClosed = errors.New("export: writer closed")
)

// errorf builds an error marked with kind; every argument is treated as
// safe for logs, so pass only ids, counts, keys and codes.
func errorf(kind error, format string, args ...any) error {
	for i, a := range args {
		args[i] = errors.Safe(a)
	}
	return errors.Mark(errors.Newf(format, args...), kind)
}

// IsRefusal reports whether err is a run the checks refused (ErrShrink,
// ErrNoInput, ErrTooManyRejected, ErrStaleRun): nothing failed, and
// retrying gives the same answer.
func IsRefusal(err error) bool {
	return errors.IsAny(err, ErrShrink, ErrNoInput, ErrTooManyRejected, ErrStaleRun)
}
