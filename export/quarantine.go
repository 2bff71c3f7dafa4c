package export

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"unicode/utf8"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid/reason"
	"github.com/deid-project/deid/storage"
)

// Reason is a machine-readable reason code for a quarantined or rejected
// input ("residual_identifier", "category_not_allowed.substance_use",
// "invalid_json"), of the one grammar of deid/reason: lower-case
// [a-z0-9_.-], at most 64 bytes, starting with a letter, "." before a
// qualifier. A code is all that is said about an input outside the
// quarantine: never its content.
type Reason string

// Validate checks the code's form.
func (r Reason) Validate() error {
	if !reason.Valid(string(r)) {
		return errorf(ErrInvalidRecord, "reason code %q: want %s", safeToken(string(r)), reason.Grammar)
	}
	return nil
}

// Input locates an input record: the source object and line number.
type Input struct {
	// Source is the input object's URL or path; credentials, query and
	// fragment are stripped when written (SafeURL).
	Source string `json:"source"`
	// Line is the 1-based line number in Source.
	Line int64 `json:"line"`
}

// Quarantined is one line of a quarantine file: the original input
// record, restricted data that never leaves the premises, and why it was
// held back.
type Quarantined struct {
	Input
	Reason Reason          `json:"reason"`
	Record json.RawMessage `json:"record"`
}

// Rejected is one line of a rejected file: where an unreadable input was
// and why, and its size, never its content.
type Rejected struct {
	Input
	Reason Reason `json:"reason"`
	Bytes  int    `json:"bytes"`
}

// SpoolOptions configures the on-prem writers. A nil *SpoolOptions means
// defaults.
type SpoolOptions struct {
	MaxRecords int64  // roll over after this many lines (default 100,000)
	MaxBytes   int64  // roll over before a file exceeds this (default 256 MiB)
	TempDir    string // private spool files (default os.TempDir())
}

// jsonlSpool writes bounded JSONL objects to a bucket, rolling over.
type jsonlSpool struct {
	b      storage.Bucket
	run    Run
	name   func(seq int) string // key relative to the run prefix
	kind   string
	o      SpoolOptions
	f      *os.File
	w      *bufio.Writer
	n, sz  int64
	seq    int
	refs   []ObjectRef
	err    error
	closed bool
}

func newSpool(b storage.Bucket, run Run, worker, kind string, opts *SpoolOptions) (*jsonlSpool, error) {
	if err := run.Validate(); err != nil {
		return nil, err
	}
	if err := validateWorker(worker); err != nil {
		return nil, err
	}
	var o SpoolOptions
	if opts != nil {
		o = *opts
	}
	if o.MaxRecords <= 0 {
		o.MaxRecords = 100_000
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 256 << 20
	}
	return &jsonlSpool{
		b: b, run: run, kind: kind, o: o,
		name: func(seq int) string { return fmt.Sprintf("%s-%s-%05d.jsonl", kind, worker, seq) },
	}, nil
}

func (s *jsonlSpool) add(ctx context.Context, v any) error {
	if s.closed {
		return ErrClosed
	}
	if s.err != nil {
		return s.err
	}
	line, err := json.Marshal(v)
	if err != nil {
		return errors.Wrapf(err, "export: encode %s line", errors.Safe(s.kind))
	}
	line = append(line, '\n')
	if s.f != nil && (s.n >= s.o.MaxRecords || s.sz+int64(len(line)) > s.o.MaxBytes) {
		if err := s.flush(ctx); err != nil {
			return s.fail(err)
		}
	}
	if s.f == nil {
		f, err := os.CreateTemp(s.o.TempDir, "deid-"+s.kind+"-*")
		if err != nil {
			return s.fail(errors.Wrap(err, "export: spool file"))
		}
		s.f, s.w = f, bufio.NewWriterSize(f, 64<<10)
	}
	if _, err := s.w.Write(line); err != nil {
		return s.fail(errors.Wrap(err, "export: spool"))
	}
	s.n++
	s.sz += int64(len(line))
	return nil
}

// abort drops the spool file not yet uploaded and closes the spool.
func (s *jsonlSpool) abort() {
	s.closed = true
	s.drop()
}

func (s *jsonlSpool) fail(err error) error {
	s.err = err
	s.drop()
	return err
}

func (s *jsonlSpool) drop() {
	if s.f != nil {
		_ = s.f.Close()
		_ = os.Remove(s.f.Name())
		s.f, s.w = nil, nil
	}
}

func (s *jsonlSpool) flush(ctx context.Context) error {
	if s.f == nil {
		return nil
	}
	defer s.drop()
	if err := s.w.Flush(); err != nil {
		return errors.Wrap(err, "export: spool")
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return errors.Wrap(err, "export: spool")
	}
	name := s.name(s.seq)
	info, err := s.b.Put(ctx, s.run.Prefix()+"/"+name, s.f, &storage.PutOptions{
		ContentType: "application/x-ndjson",
		Metadata: map[string]string{
			MetaRunID: s.run.ID, MetaRunDate: s.run.Date, MetaRecords: strconv.FormatInt(s.n, 10), "deid-kind": s.kind,
		},
	})
	if err != nil {
		return errors.Wrapf(err, "export: upload %s", errors.Safe(name))
	}
	s.refs = append(s.refs, ObjectRef{Path: runDir(s.run.ID) + "/" + name, Bytes: info.Size, SHA256: info.SHA256})
	s.seq++
	s.n, s.sz = 0, 0
	return nil
}

func (s *jsonlSpool) close(ctx context.Context) ([]ObjectRef, error) {
	if s.closed {
		return nil, ErrClosed
	}
	s.closed = true
	if s.err != nil {
		s.drop()
		return nil, s.err
	}
	if err := s.flush(ctx); err != nil {
		s.err = err
		return nil, err
	}
	return s.refs, nil
}

// QuarantineWriter writes quarantined inputs, the original records, to an
// on-prem bucket (a local directory or an on-prem S3) as
// dt=<date>/run=<id>/quarantined-<worker>-<seq>.jsonl. The quarantine
// holds restricted data: it must never be a research sink.
type QuarantineWriter struct{ s *jsonlSpool }

// NewQuarantineWriter returns a writer for worker's quarantine files.
func NewQuarantineWriter(b storage.Bucket, run Run, worker string, opts *SpoolOptions) (*QuarantineWriter, error) {
	s, err := newSpool(b, run, worker, "quarantined", opts)
	if err != nil {
		return nil, err
	}
	return &QuarantineWriter{s: s}, nil
}

// Write adds an input record. The record must be valid JSON (an input that
// is not belongs in the rejected file).
func (w *QuarantineWriter) Write(ctx context.Context, q Quarantined) error {
	if err := q.Reason.Validate(); err != nil {
		return err
	}
	if !json.Valid(q.Record) {
		return errorf(ErrInvalidRecord, "quarantine %s line %d: record is not valid JSON", safeToken(SafeURL(q.Source)), q.Line)
	}
	q.Source = SafeURL(q.Source)
	return w.s.add(ctx, q)
}

// Close uploads the last file and returns the files written.
func (w *QuarantineWriter) Close(ctx context.Context) ([]ObjectRef, error) { return w.s.close(ctx) }

// Abort removes the local spool file of records not yet uploaded (they
// are original records: restricted data, which must not stay in a
// temporary folder when a bundle fails) and closes the writer. The files
// uploaded already stay; the run that fails does not commit them.
func (w *QuarantineWriter) Abort() { w.s.abort() }

// RejectWriter writes the inputs that could not be read at all as
// dt=<date>/run=<id>/rejected-<worker>-<seq>.jsonl: source, line, reason
// code and size only. With RejectOptions.RawDir set, the raw lines also go
// to a local rejected-raw file readable by its owner only (0600), for the
// operators who must fix the input; that file is restricted data like the
// quarantine and is never written through a bucket.
type RejectWriter struct {
	s      *jsonlSpool
	rawDir string
	raw    *os.File
	rawW   *bufio.Writer
	run    Run
	worker string
}

// RejectOptions configures a RejectWriter.
type RejectOptions struct {
	SpoolOptions
	// RawDir, when set, keeps the raw rejected lines in
	// RawDir/dt=<date>/run=<id>/rejected-raw-<worker>.jsonl (0600, dirs 0700).
	RawDir string
}

// NewRejectWriter returns a writer for worker's rejected files.
func NewRejectWriter(b storage.Bucket, run Run, worker string, opts *RejectOptions) (*RejectWriter, error) {
	var o RejectOptions
	if opts != nil {
		o = *opts
	}
	s, err := newSpool(b, run, worker, "rejected", &o.SpoolOptions)
	if err != nil {
		return nil, err
	}
	return &RejectWriter{s: s, rawDir: o.RawDir, run: run, worker: worker}, nil
}

// rawLine is a line of the rejected-raw file.
type rawLine struct {
	Input
	Reason    Reason `json:"reason"`
	Raw       string `json:"raw,omitempty"`
	RawBase64 string `json:"raw_base64,omitempty"` // when the line is not UTF-8
}

// Write records a rejected input; raw is its content, kept only in the
// rejected-raw file when RawDir is set.
func (w *RejectWriter) Write(ctx context.Context, in Input, reason Reason, raw []byte) error {
	if err := reason.Validate(); err != nil {
		return err
	}
	in.Source = SafeURL(in.Source)
	if err := w.s.add(ctx, Rejected{Input: in, Reason: reason, Bytes: len(raw)}); err != nil {
		return err
	}
	if w.rawDir == "" {
		return nil
	}
	if w.raw == nil {
		dir := filepath.Join(w.rawDir, filepath.FromSlash(w.run.Prefix()))
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return errors.Wrap(err, "export: rejected-raw directory")
		}
		f, err := os.OpenFile(filepath.Join(dir, "rejected-raw-"+w.worker+".jsonl"), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
		if err != nil {
			return errors.Wrap(err, "export: rejected-raw file")
		}
		w.raw, w.rawW = f, bufio.NewWriter(f)
	}
	rl := rawLine{Input: in, Reason: reason}
	if utf8.Valid(raw) {
		rl.Raw = string(raw)
	} else {
		rl.RawBase64 = base64.StdEncoding.EncodeToString(raw)
	}
	b, err := json.Marshal(rl)
	if err != nil {
		return errors.Wrap(err, "export: encode rejected-raw line")
	}
	if _, err := w.rawW.Write(append(b, '\n')); err != nil {
		return errors.Wrap(err, "export: write rejected-raw")
	}
	return nil
}

// WriteUnread records input the reader could not hand over as a line (a
// line over the length limit, a broken gzip stream): its place, reason and
// size in bytes, with no content to keep.
func (w *RejectWriter) WriteUnread(ctx context.Context, in Input, reason Reason, size int64) error {
	if err := reason.Validate(); err != nil {
		return err
	}
	in.Source = SafeURL(in.Source)
	return w.s.add(ctx, Rejected{Input: in, Reason: reason, Bytes: int(size)})
}

// Abort removes the local spool file not yet uploaded, closes the writer
// and closes the rejected-raw file with what it holds (that file is the
// operators' own, in RawDir).
func (w *RejectWriter) Abort() {
	w.s.abort()
	if w.raw != nil {
		_ = w.rawW.Flush()
		_ = w.raw.Close()
		w.raw = nil
	}
}

// Close uploads the last rejected file, closes the raw file and returns
// the rejected files written.
func (w *RejectWriter) Close(ctx context.Context) ([]ObjectRef, error) {
	refs, err := w.s.close(ctx)
	if w.raw != nil {
		ferr := w.rawW.Flush()
		if serr := w.raw.Sync(); ferr == nil {
			ferr = serr
		}
		if cerr := w.raw.Close(); ferr == nil {
			ferr = cerr
		}
		w.raw = nil
		if err == nil && ferr != nil {
			err = errors.Wrap(ferr, "export: close rejected-raw")
		}
	}
	return refs, err
}
