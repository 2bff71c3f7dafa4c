package export

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/cockroachdb/errors"
)

// Object names inside a date prefix.
const (
	// ManifestName is the commit point of a date: written last, it names
	// the shards of exactly one run.
	ManifestName = "_MANIFEST.json"
	// DictionaryName is the researchers' description of the export schema.
	DictionaryName = "_DATA_DICTIONARY.md"
	// SchemaName is the JSON Schema of the JSONL records, shipped next to
	// the dictionary at the path the dictionary links to.
	SchemaName = "schema/deidentified-record.schema.json"
)

// Shard formats. Every run writes the same records in each format it
// exports; the manifest lists the shards of both.
const (
	FormatJSONL   = "jsonl.gz" // gzip-compressed JSON Lines, one redact.Record a line
	FormatParquet = "parquet"  // Parquet, the flattened Row schema, zstd
)

// Formats is the default set of formats a ShardWriter produces.
var Formats = []string{FormatJSONL, FormatParquet}

// Run identifies one export run of one date: its shards live under
// "dt=<Date>/run=<ID>/". A Run is plain data with exported fields only, so
// it can travel in a Beam DoFn's configuration.
type Run struct {
	// Date is the run date, YYYY-MM-DD: the partition the run replaces.
	Date string `json:"date"`
	// ID names the run. IDs must sort by start time (NewRunID makes such
	// ids): commit refuses a run older than the committed one and garbage
	// collection removes only runs older than the committed one.
	ID string `json:"id"`
	// Window, when set, makes the run one window of a stream (HHMMSS, the
	// window's start in UTC): its objects and its manifest live under
	// "dt=<Date>/window=<Window>/" instead of "dt=<Date>/", and it commits
	// and collects only that window.
	Window string `json:"window,omitempty"`
}

var (
	runIDRe  = regexp.MustCompile(`^[0-9A-Za-z][0-9A-Za-z._-]{0,99}$`)
	workerRe = regexp.MustCompile(`^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$`)
	windowRe = regexp.MustCompile(`^([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]$`)
)

// ErrInvalidRun marks a malformed run date, run id or worker name.
var ErrInvalidRun = errors.New("export: invalid run")

// NewRunID returns a run id that sorts by start time: the UTC time to the
// millisecond and 32 random bits, e.g. "20240501T020304.123Z-9f86d081".
func NewRunID(now time.Time) string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	// milliseconds: two runs of one date started in the same second (a
	// scheduler's retry) still order by start time
	return now.UTC().Format("20060102T150405.000Z") + "-" + hex.EncodeToString(b[:])
}

// Validate checks the date and id.
func (r Run) Validate() error {
	if err := ValidateDate(r.Date); err != nil {
		return err
	}
	if !runIDRe.MatchString(r.ID) {
		return errors.Mark(errors.Newf("export: run id %q: want 1-100 of [0-9A-Za-z._-], starting alphanumeric", errors.Safe(safeToken(r.ID))), ErrInvalidRun)
	}
	if r.Window != "" && !windowRe.MatchString(r.Window) {
		return errors.Mark(errors.Newf("export: window %q: want HHMMSS", errors.Safe(safeToken(r.Window))), ErrInvalidRun)
	}
	return nil
}

// DatePrefix is the directory the run's manifest lives in: "dt=<Date>",
// or "dt=<Date>/window=<Window>" for a stream window.
func (r Run) DatePrefix() string {
	if r.Window != "" {
		return WindowPrefix(r.Date, r.Window)
	}
	return DatePrefix(r.Date)
}

// Prefix is "<DatePrefix>/run=<ID>", the directory of the run's shards.
func (r Run) Prefix() string { return r.DatePrefix() + "/" + runDir(r.ID) }

// WindowPrefix is "dt=<date>/window=<window>", the directory of a stream
// window's manifest.
func WindowPrefix(date, window string) string { return DatePrefix(date) + "/window=" + window }

// DatePrefix is "dt=<date>".
func DatePrefix(date string) string { return "dt=" + date }

func runDir(id string) string { return "run=" + id }

// ValidateDate checks that date is a real calendar date as YYYY-MM-DD.
func ValidateDate(date string) error {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil || t.Format(time.DateOnly) != date {
		return errors.Mark(errors.Newf("export: run date %q: want YYYY-MM-DD", errors.Safe(safeToken(date))), ErrInvalidRun)
	}
	return nil
}

func validateWorker(w string) error {
	if !workerRe.MatchString(w) {
		return errors.Mark(errors.Newf("export: worker %q: want 1-64 of [0-9A-Za-z_-], starting alphanumeric", errors.Safe(safeToken(w))), ErrInvalidRun)
	}
	return nil
}

// shardKey is the key of a shard relative to the date prefix:
// "run=<id>/part-<worker>-<seq>.<format>".
func shardKey(runID, worker string, seq int, format string) string {
	return fmt.Sprintf("%s/part-%s-%05d.%s", runDir(runID), worker, seq, format)
}

// runOfKey returns the run id of a key relative to a date prefix
// ("run=<id>/..."), or "".
func runOfKey(key string) string {
	dir, _, ok := strings.Cut(key, "/")
	if !ok || !strings.HasPrefix(dir, "run=") {
		return ""
	}
	return strings.TrimPrefix(dir, "run=")
}

// safeToken returns s when it is a short plain token and a placeholder
// otherwise, so that a mistaken argument (a line of transcript passed as a
// run id) never reaches an error message.
func safeToken(s string) string {
	if len(s) <= 100 && tokenRe.MatchString(s) {
		return s
	}
	return fmt.Sprintf("<%d bytes>", len(s))
}

var tokenRe = regexp.MustCompile(`^[0-9A-Za-z._:=+-]*$`)
