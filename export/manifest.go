package export

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid/gate"
	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/deid/redact/schema"
	"github.com/deid-project/deid/storage"
)

// ManifestVersion is the version of the manifest format.
const ManifestVersion = 1

// Manifest is the commit record of one date: the shards of exactly one run,
// and why the run holds as many records as it does. Readers trust nothing
// but the manifest: shards it does not name do not exist for them.
type Manifest struct {
	ManifestVersion int    `json:"manifest_version"`
	RunID           string `json:"run_id"`
	RunDate         string `json:"run_date"` // YYYY-MM-DD
	// Window is set in the manifest of a stream window (HHMMSS, UTC):
	// it commits "dt=<run_date>/window=<window>/" (Run.Window).
	Window string `json:"window,omitempty"`
	// Mode is "full" (every input of the date) or "incremental" (inputs
	// not exported under another date; see StateStore).
	Mode          string    `json:"mode"`
	PolicyName    string    `json:"policy_name"`
	PolicyVersion int       `json:"policy_version,omitempty"`
	PolicyHash    string    `json:"policy_hash"`
	EngineVersion string    `json:"engine_version"`
	SchemaVersion int       `json:"schema_version"`
	CreatedAt     time.Time `json:"created_at"`
	// Formats are the formats of the shards; each holds every exported
	// record once.
	Formats []string    `json:"formats"`
	Shards  []ShardInfo `json:"shards"`
	Counts  Counts      `json:"counts"`
	// Labels counts the exported records per label key and value (the sum
	// over one format's shards).
	Labels LabelCounts `json:"labels,omitempty"`
	// DataDictionary is the dictionary written with the commit.
	DataDictionary *ObjectRef `json:"data_dictionary,omitempty"`
	// RecordSchema is the JSON Schema of the records, written with the
	// commit next to the dictionary.
	RecordSchema *ObjectRef `json:"record_schema,omitempty"`
}

// Modes of a run.
const (
	ModeFull        = "full"
	ModeIncremental = "incremental"
)

// Counts reconcile a run's input with its output:
//
//	RecordsIn = Exported + Quarantined + Rejected + Skipped
//
// They are the run counts of deid/gate, which the processor's statistics
// carry too: one tally from the workers to the manifest.
type Counts = gate.Counts

// ObjectRef names an object relative to the date prefix, with its digest.
type ObjectRef struct {
	Path   string `json:"path"`
	Bytes  int64  `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// CommitOptions configures Commit. A nil *CommitOptions means defaults.
type CommitOptions struct {
	// StatOnly checks each shard's stored size and SHA-256 without
	// re-reading it. The default re-reads and hashes every shard
	// (storage.Verify): slower, but it proves the bytes, not the metadata.
	StatOnly bool
	// Parallelism bounds concurrent shard checks (default 8).
	Parallelism int
	// SkipGC leaves superseded runs in place; call GC later (for example
	// after a grace period for readers of the previous manifest).
	SkipGC bool
	// Now stamps CreatedAt when the manifest has none (default time.Now).
	Now func() time.Time
	// AllowShrink lets a run replace a committed run of its date that
	// exported more records. By default that fails with ErrShrink: an
	// input that vanished or went bad must not delete a good export.
	AllowShrink bool
}

// CheckInput refuses a run before it commits when its input cannot be
// right: no input record at all (ErrNoInput), or more than maxRejected (a
// share of the input records, 0 to 1) rejected as unreadable
// (ErrTooManyRejected). Either would otherwise commit, and replace, an
// export of (next to) nothing. blank is the rejected input that held no
// record (empty lines and files, ingest.Blank): it is counted in c, so
// that the run reconciles, but it is not a record for either check.
func CheckInput(c Counts, blank int64, maxRejected float64) error {
	in, rejected := c.RecordsIn-blank, c.Rejected-blank
	if in <= 0 {
		return errorf(ErrNoInput, "export: no input records: nothing to commit (is the input empty, or the glob wrong?)")
	}
	if share := float64(rejected) / float64(in); share > maxRejected {
		return errorf(ErrTooManyRejected, "export: %d of %d input records rejected (%.2f%%), over the limit of %.2f%%: nothing committed (see the rejected files for reasons)",
			rejected, in, 100*share, 100*maxRejected)
	}
	return nil
}

// Abandon removes the objects of a run that will not commit (refused or
// failed), so that they wait for no later garbage collection. Readers
// never saw them: no manifest names them.
func Abandon(ctx context.Context, b storage.Bucket, run Run) error {
	infos, err := b.List(ctx, run.Prefix()+"/")
	if err != nil {
		return errors.Wrap(err, "export: abandon: list")
	}
	for _, in := range infos {
		if err := b.Delete(ctx, in.Key); err != nil {
			return errors.Wrapf(err, "export: abandon: delete %s", errors.Safe(in.Key))
		}
	}
	return nil
}

// Commit validates m against b and, only if everything holds, writes the
// data dictionary and then the manifest of m.RunDate in one Put: the
// atomic switch from the previous run (if any) to this one. It then
// garbage-collects superseded runs unless opts.SkipGC. Commit fills in
// ManifestVersion, CreatedAt, Mode (default full), Formats, Labels and
// DataDictionary.
//
// It fails closed with ErrInvalidManifest when the counts do not reconcile,
// a format's shard records do not sum to Exported, a shard is outside the
// run's prefix, listed twice, missing, or differs from its stated size,
// SHA-256, record count, run or policy; with ErrStaleRun when the date
// already has a manifest of a later run; and with ErrShrink when it would
// replace a committed run that exported more (unless opts.AllowShrink). One process commits a date at a
// time (the pipeline's final step): the storage API has no conditional
// write, so two committers racing on one date are not arbitrated.
func Commit(ctx context.Context, b storage.Bucket, m *Manifest, opts *CommitOptions) error {
	var o CommitOptions
	if opts != nil {
		o = *opts
	}
	if o.Parallelism <= 0 {
		o.Parallelism = 8
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	m.ManifestVersion = ManifestVersion
	if m.CreatedAt.IsZero() {
		m.CreatedAt = o.Now().UTC()
	}
	if m.Mode == "" {
		m.Mode = ModeFull
	}
	if err := validateManifest(m); err != nil {
		return err
	}
	run := m.run()
	if prev, err := readManifest(ctx, b, run); err == nil {
		if prev.RunID > m.RunID {
			return errorf(ErrStaleRun, "export: commit %s: date %s already has run %s", m.RunID, m.RunDate, prev.RunID)
		}
		if !o.AllowShrink && m.Counts.Exported < prev.Counts.Exported {
			return errorf(ErrShrink, "export: commit %s: it exports %d records, the committed run %s of %s exported %d: nothing committed (allow it with --allow-shrink)",
				m.RunID, m.Counts.Exported, prev.RunID, m.RunDate, prev.Counts.Exported)
		}
	} else if !errors.Is(err, ErrNoManifest) {
		return errors.Wrap(err, "export: commit: read current manifest")
	}
	if err := checkShards(ctx, b, m, o); err != nil {
		return err
	}
	m.Labels = LabelCounts{}
	for _, s := range m.Shards {
		if len(m.Formats) > 0 && s.Format == m.Formats[0] {
			m.Labels.Merge(s.Labels)
		}
	}
	if len(m.Labels) == 0 {
		m.Labels = nil
	}
	labelMD, err := m.Labels.Metadata()
	if err != nil {
		return err
	}
	md := func(format string) map[string]string {
		out := map[string]string{
			MetaRunID: m.RunID, MetaRunDate: m.RunDate, MetaFormat: format,
			MetaRecords: strconv.FormatInt(m.Counts.Exported, 10), MetaPolicyHash: m.PolicyHash,
			MetaSchemaVersion: strconv.Itoa(m.SchemaVersion), MetaEngineVersion: m.EngineVersion,
		}
		maps.Copy(out, labelMD)
		return out
	}

	dict := DataDictionary()
	dkey := run.DatePrefix() + "/" + DictionaryName
	dinfo, err := b.Put(ctx, dkey, bytes.NewReader(dict), &storage.PutOptions{ContentType: "text/markdown; charset=utf-8", Metadata: md("markdown")})
	if err != nil {
		return errors.Wrap(err, "export: commit: write data dictionary")
	}
	m.DataDictionary = &ObjectRef{Path: DictionaryName, Bytes: dinfo.Size, SHA256: dinfo.SHA256}
	sinfo, err := b.Put(ctx, run.DatePrefix()+"/"+SchemaName, bytes.NewReader(schema.Record), &storage.PutOptions{ContentType: "application/schema+json", Metadata: md("json-schema")})
	if err != nil {
		return errors.Wrap(err, "export: commit: write record schema")
	}
	m.RecordSchema = &ObjectRef{Path: SchemaName, Bytes: sinfo.Size, SHA256: sinfo.SHA256}

	body, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return errors.Wrap(err, "export: commit: encode manifest")
	}
	body = append(body, '\n')
	if _, err := b.Put(ctx, run.DatePrefix()+"/"+ManifestName, bytes.NewReader(body), &storage.PutOptions{ContentType: "application/json", Metadata: md("manifest")}); err != nil {
		return errors.Wrap(err, "export: commit: write manifest")
	}
	if o.SkipGC {
		return nil
	}
	if _, err := gc(ctx, b, run); err != nil {
		return errors.Wrap(err, "export: committed, but garbage collection failed")
	}
	return nil
}

// run is the run the manifest commits.
func (m *Manifest) run() Run { return Run{Date: m.RunDate, ID: m.RunID, Window: m.Window} }

func validateManifest(m *Manifest) error {
	run := m.run()
	if err := run.Validate(); err != nil {
		return errors.Mark(err, ErrInvalidManifest)
	}
	bad := func(format string, args ...any) error {
		return errors.Wrapf(errorf(ErrInvalidManifest, format, args...), "export: commit %s", errors.Safe(m.RunID))
	}
	switch {
	case m.Mode != ModeFull && m.Mode != ModeIncremental:
		return bad("mode %q", safeToken(m.Mode))
	case !hex64(m.PolicyHash):
		return bad("policy hash is not 64 hex digits")
	case m.PolicyName == "" || !tokenRe.MatchString(m.PolicyName):
		return bad("policy name must be a plain token")
	case m.EngineVersion == "" || !tokenRe.MatchString(m.EngineVersion):
		return bad("engine version must be a plain token")
	case m.SchemaVersion != redact.SchemaVersion:
		return bad("schema version %d, want %d", m.SchemaVersion, redact.SchemaVersion)
	case !m.Counts.Reconciles():
		c := m.Counts
		return bad("counts do not reconcile: records_in %d != exported %d + quarantined %d + rejected %d + skipped %d",
			c.RecordsIn, c.Exported, c.Quarantined, c.Rejected, c.Skipped)
	}
	formats := map[string]int64{}
	seen := map[string]bool{}
	for _, s := range m.Shards {
		if s.Format != FormatJSONL && s.Format != FormatParquet {
			return bad("shard %s: format %q", safeToken(s.Path), safeToken(s.Format))
		}
		if runOfKey(s.Path) != m.RunID || !strings.HasSuffix(s.Path, "."+s.Format) || storage.ValidateKey(s.Path) != nil {
			return bad("shard %s is not a %s shard of run %s", safeToken(s.Path), s.Format, m.RunID)
		}
		if seen[s.Path] {
			return bad("shard %s listed twice", safeToken(s.Path))
		}
		seen[s.Path] = true
		if s.Records <= 0 || s.Bytes <= 0 || !hex64(s.SHA256) {
			return bad("shard %s: records, bytes and sha256 are required", safeToken(s.Path))
		}
		for k, vals := range s.Labels {
			if err := checkLabelKey(k); err != nil {
				return errors.Mark(err, ErrInvalidManifest)
			}
			var n int64
			for v, c := range vals {
				if err := checkLabels(Labels{k: v}); err != nil {
					return errors.Mark(err, ErrInvalidManifest)
				}
				n += c
			}
			if n > s.Records {
				return bad("shard %s: label %s counts %d records of %d", safeToken(s.Path), k, n, s.Records)
			}
		}
		formats[s.Format] += s.Records
	}
	if len(m.Formats) == 0 {
		m.Formats = slices.Sorted(maps.Keys(formats))
	}
	for _, f := range m.Formats {
		if formats[f] != m.Counts.Exported {
			return bad("%s shards hold %d records, exported is %d", safeToken(f), formats[f], m.Counts.Exported)
		}
	}
	for f := range formats {
		if !slices.Contains(m.Formats, f) {
			return bad("shards of format %s not in formats", safeToken(f))
		}
	}
	return nil
}

// checkShards verifies every shard against the bucket, concurrently.
func checkShards(ctx context.Context, b storage.Bucket, m *Manifest, o CommitOptions) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	sem := make(chan struct{}, o.Parallelism)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
	)
	for _, s := range m.Shards {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := checkShard(ctx, b, m, s, o.StatOnly); err != nil {
				mu.Lock()
				if first == nil {
					first = err
					cancel()
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return first
}

func checkShard(ctx context.Context, b storage.Bucket, m *Manifest, s ShardInfo, statOnly bool) error {
	key := m.run().DatePrefix() + "/" + s.Path
	fail := func(err error) error {
		return errors.Mark(errors.Wrapf(err, "export: commit %s: shard %s", errors.Safe(m.RunID), errors.Safe(s.Path)), ErrInvalidManifest)
	}
	info, err := b.Stat(ctx, key)
	if err != nil {
		return fail(err)
	}
	want := map[string]string{
		MetaRunID: m.RunID, MetaRunDate: m.RunDate, MetaFormat: s.Format,
		MetaRecords: strconv.FormatInt(s.Records, 10), MetaPolicyHash: m.PolicyHash,
		MetaSchemaVersion: strconv.Itoa(m.SchemaVersion), MetaEngineVersion: m.EngineVersion,
	}
	for k, v := range want {
		if got := info.Metadata[k]; got != v {
			return fail(errorf(ErrInvalidManifest, "metadata %s is %q, want %q", k, safeToken(got), safeToken(v)))
		}
	}
	if statOnly {
		if info.Size != s.Bytes || info.SHA256 != s.SHA256 {
			return fail(errorf(storage.ErrIntegrity, "stored size %d sha256 %s, want %d %s", info.Size, info.SHA256, s.Bytes, s.SHA256))
		}
		return nil
	}
	if err := storage.Verify(ctx, b, key, s.SHA256, s.Bytes); err != nil {
		return fail(err)
	}
	return nil
}

// ReadManifest reads the committed manifest of date. A date without one
// fails with ErrNoManifest: readers ignore it.
func ReadManifest(ctx context.Context, b storage.Bucket, date string) (*Manifest, error) {
	return readManifest(ctx, b, Run{Date: date})
}

// ReadWindowManifest reads the committed manifest of a stream window
// (dt=<date>/window=<window>/). A window without one fails with
// ErrNoManifest: readers ignore it.
func ReadWindowManifest(ctx context.Context, b storage.Bucket, date, window string) (*Manifest, error) {
	if window == "" {
		return nil, errorf(ErrInvalidRun, "export: window is empty")
	}
	return readManifest(ctx, b, Run{Date: date, Window: window})
}

// readManifest reads the manifest of run's date or window (run.ID unused).
func readManifest(ctx context.Context, b storage.Bucket, run Run) (*Manifest, error) {
	date := run.Date
	if err := ValidateDate(date); err != nil {
		return nil, err
	}
	if run.Window != "" && !windowRe.MatchString(run.Window) {
		return nil, errorf(ErrInvalidRun, "export: window %q: want HHMMSS", safeToken(run.Window))
	}
	rc, err := b.Get(ctx, run.DatePrefix()+"/"+ManifestName)
	if errors.Is(err, storage.ErrNotFound) {
		return nil, errors.Mark(errors.Wrapf(err, "export: %s", errors.Safe(run.DatePrefix())), ErrNoManifest)
	}
	if err != nil {
		return nil, errors.Wrapf(err, "export: read manifest of %s", errors.Safe(date))
	}
	defer rc.Close()
	body, err := io.ReadAll(io.LimitReader(rc, 256<<20))
	if err != nil {
		return nil, errors.Wrapf(err, "export: read manifest of %s", errors.Safe(date))
	}
	var m Manifest
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, errors.Mark(errors.Wrapf(err, "export: decode manifest of %s", errors.Safe(date)), ErrInvalidManifest)
	}
	if m.ManifestVersion != ManifestVersion || m.RunDate != date || m.Window != run.Window {
		return nil, errorf(ErrInvalidManifest, "export: manifest of %s: version %d, run date %s", date, m.ManifestVersion, safeToken(m.RunDate))
	}
	if err := validateManifest(&m); err != nil {
		return nil, err
	}
	return &m, nil
}

// GC removes, under date's prefix, every object of a run older than the
// committed one and every object of the committed run that its manifest
// does not name (retried or crashed workers). Runs newer than the committed
// one are left alone: they may be in progress. Without a manifest nothing
// is removed. It returns the removed keys, relative to the date prefix.
func GC(ctx context.Context, b storage.Bucket, date string) ([]string, error) {
	return gc(ctx, b, Run{Date: date})
}

// gc is GC of run's date or window (run.ID unused).
func gc(ctx context.Context, b storage.Bucket, run Run) ([]string, error) {
	m, err := readManifest(ctx, b, run)
	if err != nil {
		return nil, err
	}
	keep := map[string]bool{}
	for _, s := range m.Shards {
		keep[s.Path] = true
	}
	prefix := run.DatePrefix() + "/"
	infos, err := b.List(ctx, prefix+"run=")
	if err != nil {
		return nil, errors.Wrap(err, "export: gc: list")
	}
	var removed []string
	for _, in := range infos {
		rel := strings.TrimPrefix(in.Key, prefix)
		run := runOfKey(rel)
		if run == "" || keep[rel] || run > m.RunID {
			continue
		}
		if err := b.Delete(ctx, in.Key); err != nil {
			return removed, errors.Wrapf(err, "export: gc: delete %s", errors.Safe(rel))
		}
		removed = append(removed, rel)
	}
	return removed, nil
}

// CommittedDates lists the dates under b that have a manifest, sorted.
func CommittedDates(ctx context.Context, b storage.Bucket) ([]string, error) {
	infos, err := b.List(ctx, "dt=")
	if err != nil {
		return nil, errors.Wrap(err, "export: list dates")
	}
	var dates []string
	for _, in := range infos {
		dir, name, ok := strings.Cut(in.Key, "/")
		if ok && name == ManifestName {
			d := strings.TrimPrefix(dir, "dt=")
			if ValidateDate(d) == nil {
				dates = append(dates, d)
			}
		}
	}
	return dates, nil
}

// Window names a committed stream window.
type Window struct {
	Date   string // YYYY-MM-DD
	Window string // HHMMSS
}

// CommittedWindows lists the stream windows under b that have a manifest,
// sorted by date and window: what a reader of a stream export reads.
func CommittedWindows(ctx context.Context, b storage.Bucket) ([]Window, error) {
	infos, err := b.List(ctx, "dt=")
	if err != nil {
		return nil, errors.Wrap(err, "export: list windows")
	}
	var out []Window
	for _, in := range infos {
		parts := strings.Split(in.Key, "/")
		if len(parts) != 3 || parts[2] != ManifestName || !strings.HasPrefix(parts[1], "window=") {
			continue
		}
		w := Window{Date: strings.TrimPrefix(parts[0], "dt="), Window: strings.TrimPrefix(parts[1], "window=")}
		if ValidateDate(w.Date) == nil && windowRe.MatchString(w.Window) {
			out = append(out, w)
		}
	}
	return out, nil
}
