package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"slices"
	"strconv"

	"github.com/cockroachdb/errors"
	"github.com/klauspost/compress/gzip"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/storage"
)

// ShardInfo describes one uploaded shard. It is what a ShardWriter returns,
// what the pipeline gathers for the commit, and what the manifest lists.
type ShardInfo struct {
	// Path is the shard's key relative to the date prefix:
	// "run=<id>/part-<worker>-<seq>.<format>".
	Path    string `json:"path"`
	Format  string `json:"format"`  // FormatJSONL or FormatParquet
	Records int64  `json:"records"` // records in the shard
	Bytes   int64  `json:"bytes"`   // object size
	SHA256  string `json:"sha256"`  // lower-case hex of the object
	// Labels counts the shard's records per label key and value.
	Labels LabelCounts `json:"labels,omitempty"`
}

// ShardOptions configures a ShardWriter. A nil *ShardOptions means defaults.
type ShardOptions struct {
	// MaxRecords rolls over to a new shard after this many records
	// (default 100,000).
	MaxRecords int64
	// MaxBytes rolls over before a shard's records exceed this many bytes
	// of uncompressed JSON (default 256 MiB). A single larger record still
	// gets a shard of its own.
	MaxBytes int64
	// RowGroupBytes flushes a Parquet row group after about this many bytes
	// of records (default 32 MiB). It bounds the writer's memory: Parquet
	// buffers one row group per shard; everything else is spooled to disk.
	RowGroupBytes int64
	// Formats to write (default Formats: both JSONL and Parquet).
	Formats []string
	// TempDir holds the private (0600) spool files of the open shard
	// (default os.TempDir()). They are removed after upload.
	TempDir string
	// PolicyHash, when set, is the hash every record must carry. Otherwise
	// the first record's hash is required of the rest: a shard, like a
	// run, is made under one policy.
	PolicyHash string
}

func (o *ShardOptions) normalize() (ShardOptions, error) {
	var n ShardOptions
	if o != nil {
		n = *o
	}
	if n.MaxRecords <= 0 {
		n.MaxRecords = 100_000
	}
	if n.MaxBytes <= 0 {
		n.MaxBytes = 256 << 20
	}
	if n.RowGroupBytes <= 0 {
		n.RowGroupBytes = 32 << 20
	}
	if len(n.Formats) == 0 {
		n.Formats = Formats
	}
	n.Formats = slices.Clone(n.Formats)
	slices.Sort(n.Formats)
	n.Formats = slices.Compact(n.Formats)
	for _, f := range n.Formats {
		if f != FormatJSONL && f != FormatParquet {
			return n, errorf(ErrInvalidRecord, "unknown format %q", safeToken(f))
		}
	}
	return n, nil
}

// ShardWriter writes one worker's share of a run as bounded shards, in
// JSONL and Parquet, and uploads each shard when it is full and on Close.
// Memory stays bounded: records go straight to private spool files (gzip
// JSONL) and to a Parquet writer that buffers at most one row group.
//
// A ShardWriter is used by one goroutine; writers of different workers of
// the same run may run concurrently (each worker name must be unique in
// the run, e.g. one per Beam bundle).
type ShardWriter struct {
	b      storage.Bucket
	run    Run
	worker string
	o      ShardOptions

	seq    int
	cur    *openShard
	infos  []ShardInfo
	policy string // hash every record must carry
	engine string // engine version every record must carry
	err    error  // sticky I/O error
	closed bool
	enc    *json.Encoder
	line   bytes.Buffer
}

type openShard struct {
	records, rawBytes, groupBytes int64
	labels                        LabelCounts

	jf *os.File
	jb *bufio.Writer
	gz *gzip.Writer

	pf   *os.File
	pb   *bufio.Writer
	pw   *parquet.GenericWriter[Row]
	rows []Row
}

// rowBatch is how many rows are handed to the Parquet writer at a time.
const rowBatch = 128

// NewShardWriter returns a writer for worker's shards of run in b, which
// is the root of the export (the "<dst>" of dt=…/run=…/part-….).
func NewShardWriter(b storage.Bucket, run Run, worker string, opts *ShardOptions) (*ShardWriter, error) {
	if err := run.Validate(); err != nil {
		return nil, err
	}
	if err := validateWorker(worker); err != nil {
		return nil, err
	}
	o, err := opts.normalize()
	if err != nil {
		return nil, err
	}
	w := &ShardWriter{b: b, run: run, worker: worker, o: o, policy: o.PolicyHash}
	w.enc = json.NewEncoder(&w.line)
	w.enc.SetEscapeHTML(false)
	return w, nil
}

// Write adds a record with its labels. A record the export refuses (another
// schema version, another policy or engine than the shard's, no research id,
// unsafe labels) fails with ErrInvalidRecord and the writer stays usable;
// an I/O failure is sticky.
func (w *ShardWriter) Write(ctx context.Context, rec *redact.Record, labels Labels) error {
	if w.closed {
		return ErrClosed
	}
	if w.err != nil {
		return w.err
	}
	if err := w.check(rec, labels); err != nil {
		return err
	}
	w.line.Reset()
	if err := w.enc.Encode(rec); err != nil {
		return errors.Wrapf(err, "export: encode record %s", errors.Safe(rec.ResearchID))
	}
	var row Row
	if w.has(FormatParquet) {
		var err error
		if row, err = RowOf(rec); err != nil {
			return err
		}
	}
	if w.policy == "" {
		w.policy = rec.Policy.Hash
	}
	if w.engine == "" {
		w.engine = rec.EngineVersion
	}
	n := int64(w.line.Len())
	if c := w.cur; c != nil && (c.records >= w.o.MaxRecords || c.rawBytes+n > w.o.MaxBytes) {
		if err := w.finish(ctx); err != nil {
			return w.fail(err)
		}
	}
	if w.cur == nil {
		if err := w.open(); err != nil {
			return w.fail(err)
		}
	}
	c := w.cur
	if c.gz != nil {
		if _, err := c.gz.Write(w.line.Bytes()); err != nil {
			return w.fail(errors.Wrap(err, "export: spool jsonl"))
		}
	}
	if c.pw != nil {
		c.rows = append(c.rows, row)
		c.groupBytes += n
		if len(c.rows) >= rowBatch {
			if err := c.flushRows(); err != nil {
				return w.fail(err)
			}
		}
		if c.groupBytes >= w.o.RowGroupBytes {
			if err := c.flushRows(); err != nil {
				return w.fail(err)
			}
			if err := c.pw.Flush(); err != nil {
				return w.fail(errors.Wrap(err, "export: flush parquet row group"))
			}
			c.groupBytes = 0
		}
	}
	c.records++
	c.rawBytes += n
	c.labels.add(labels, 1)
	return nil
}

func (w *ShardWriter) check(rec *redact.Record, labels Labels) error {
	switch {
	case rec == nil:
		return errorf(ErrInvalidRecord, "nil record")
	case rec.SchemaVersion != redact.SchemaVersion:
		return errorf(ErrInvalidRecord, "record %s: schema version %d, want %d", safeToken(rec.ResearchID), rec.SchemaVersion, redact.SchemaVersion)
	case rec.ResearchID == "":
		return errorf(ErrInvalidRecord, "record without research_id")
	case !hex64(rec.Policy.Hash):
		return errorf(ErrInvalidRecord, "record %s: policy hash is not 64 hex digits", safeToken(rec.ResearchID))
	case w.policy != "" && rec.Policy.Hash != w.policy:
		return errorf(ErrInvalidRecord, "record %s: policy %s, shard is under %s", safeToken(rec.ResearchID), rec.Policy.Hash, w.policy)
	case rec.EngineVersion == "" || !tokenRe.MatchString(rec.EngineVersion):
		return errorf(ErrInvalidRecord, "record %s: bad engine version", safeToken(rec.ResearchID))
	case w.engine != "" && rec.EngineVersion != w.engine:
		return errorf(ErrInvalidRecord, "record %s: engine %s, shard is from %s", safeToken(rec.ResearchID), rec.EngineVersion, w.engine)
	}
	if err := checkLabels(labels); err != nil {
		return errors.Wrapf(err, "record %s", errors.Safe(safeToken(rec.ResearchID)))
	}
	return nil
}

func (w *ShardWriter) has(f string) bool { return slices.Contains(w.o.Formats, f) }

func (w *ShardWriter) fail(err error) error {
	w.err = err
	w.abort()
	return err
}

func (w *ShardWriter) open() error {
	c := &openShard{labels: LabelCounts{}}
	w.cur = c
	if w.has(FormatJSONL) {
		f, err := os.CreateTemp(w.o.TempDir, "deid-export-*.jsonl.gz")
		if err != nil {
			return errors.Wrap(err, "export: spool file")
		}
		c.jf = f
		c.jb = bufio.NewWriterSize(f, 256<<10)
		c.gz, _ = gzip.NewWriterLevel(c.jb, gzip.DefaultCompression)
	}
	if w.has(FormatParquet) {
		f, err := os.CreateTemp(w.o.TempDir, "deid-export-*.parquet")
		if err != nil {
			return errors.Wrap(err, "export: spool file")
		}
		c.pf = f
		c.pb = bufio.NewWriterSize(f, 256<<10)
		c.pw = parquet.NewGenericWriter[Row](c.pb,
			parquet.Compression(&zstd.Codec{}),
			parquet.CreatedBy("deid", w.engine, ""),
			parquet.KeyValueMetadata(MetaRunID, w.run.ID),
			parquet.KeyValueMetadata(MetaPolicyHash, w.policy),
			parquet.KeyValueMetadata(MetaSchemaVersion, strconv.Itoa(redact.SchemaVersion)),
			parquet.PageBufferSize(parquetPageBytes),
			// Free text has no useful bounds, and min/max statistics hold
			// whole values: a 50 MB turn made a 153 MB file (the text once
			// as data, twice in the page statistics and footer).
			parquet.SkipPageBounds(parquetTextColumn...),
			parquet.SkipPageStatistics(parquetTextColumn...),
		)
		c.rows = make([]Row, 0, rowBatch)
	}
	return nil
}

// parquetTextColumn is the path of the turns' text in the Parquet schema
// (Row.Turns, a three-level LIST): the one column of free text.
var parquetTextColumn = []string{"turns", "list", "element", "text"}

// parquetPageBytes bounds the buffer a column page is built in: pages are
// flushed at about this size, so a page holds one large value or many
// small ones, never a whole row group of text.
const parquetPageBytes = 1 << 20

func (c *openShard) flushRows() error {
	if len(c.rows) == 0 {
		return nil
	}
	if _, err := c.pw.Write(c.rows); err != nil {
		return errors.Wrap(err, "export: write parquet rows")
	}
	clear(c.rows)
	c.rows = c.rows[:0]
	return nil
}

// finish completes the open shard and uploads it in every format.
func (w *ShardWriter) finish(ctx context.Context) error {
	c := w.cur
	if c == nil {
		return nil
	}
	defer w.abort()
	if c.gz != nil {
		if err := c.gz.Close(); err != nil {
			return errors.Wrap(err, "export: finish jsonl")
		}
		if err := c.jb.Flush(); err != nil {
			return errors.Wrap(err, "export: finish jsonl")
		}
	}
	if c.pw != nil {
		if err := c.flushRows(); err != nil {
			return err
		}
		if err := c.pw.Close(); err != nil {
			return errors.Wrap(err, "export: finish parquet")
		}
		if err := c.pb.Flush(); err != nil {
			return errors.Wrap(err, "export: finish parquet")
		}
	}
	labelMD, err := c.labels.Metadata()
	if err != nil {
		return err
	}
	for _, f := range w.o.Formats {
		file, ctype := c.jf, "application/gzip"
		if f == FormatParquet {
			file, ctype = c.pf, "application/vnd.apache.parquet"
		}
		if _, err := file.Seek(0, io.SeekStart); err != nil {
			return errors.Wrap(err, "export: rewind spool file")
		}
		md := w.metadata(f, c.records)
		for k, v := range labelMD {
			md[k] = v
		}
		path := shardKey(w.run.ID, w.worker, w.seq, f)
		info, err := w.b.Put(ctx, w.run.DatePrefix()+"/"+path, file, &storage.PutOptions{ContentType: ctype, Metadata: md})
		if err != nil {
			return errors.Wrapf(err, "export: upload shard %s", errors.Safe(path))
		}
		w.infos = append(w.infos, ShardInfo{
			Path: path, Format: f, Records: c.records, Bytes: info.Size, SHA256: info.SHA256,
			Labels: cloneCounts(c.labels),
		})
	}
	w.seq++
	return nil
}

func (w *ShardWriter) metadata(format string, records int64) map[string]string {
	return map[string]string{
		MetaRunID:         w.run.ID,
		MetaRunDate:       w.run.Date,
		MetaFormat:        format,
		MetaRecords:       strconv.FormatInt(records, 10),
		MetaPolicyHash:    w.policy,
		MetaSchemaVersion: strconv.Itoa(redact.SchemaVersion),
		MetaEngineVersion: w.engine,
	}
}

// abort drops the open shard's spool files.
func (w *ShardWriter) abort() {
	c := w.cur
	if c == nil {
		return
	}
	w.cur = nil
	for _, f := range []*os.File{c.jf, c.pf} {
		if f != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}
}

// Close uploads the last shard and returns every shard the writer
// uploaded, in order. A writer that got no record uploads nothing. After
// an error, shards already uploaded stay in the run's prefix unreferenced:
// no manifest will name them, and garbage collection removes them.
func (w *ShardWriter) Close(ctx context.Context) ([]ShardInfo, error) {
	if w.closed {
		return nil, ErrClosed
	}
	w.closed = true
	if w.err != nil {
		w.abort()
		return nil, w.err
	}
	if err := w.finish(ctx); err != nil {
		w.err = err
		return nil, err
	}
	return w.infos, nil
}

// Abort drops the open shard without uploading it and closes the writer.
func (w *ShardWriter) Abort() {
	w.closed = true
	w.abort()
}

func cloneCounts(lc LabelCounts) LabelCounts {
	if len(lc) == 0 {
		return nil
	}
	out := LabelCounts{}
	out.Merge(lc)
	return out
}

func hex64(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
