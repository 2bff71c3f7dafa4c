// Package ingest lists and reads the on-premises input of a batch run:
// JSON Lines files of conversation records, plain or gzip, from a local
// directory, a glob or a file, or from an S3-compatible store (MinIO and
// the like) under s3://bucket/prefix.
//
// It is plain Go (no Beam): the pipeline's read transforms call List once
// and Read per file on the workers, and tests call both directly. Errors
// name files and line numbers, never their content.
package ingest

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/storage"
)

// Source says where the input is. Its exported fields travel inside the
// Beam job (workers re-open the source from them); credentials do not:
// they come from the workers' environment (AWS_ACCESS_KEY_ID,
// AWS_SECRET_ACCESS_KEY).
type Source struct {
	// URL is a local file, directory or glob, or s3://bucket/prefix.
	URL string
	// Endpoint of the S3-compatible store (host:port or URL).
	Endpoint string
	// CAFile: PEM bundle of the CA to trust for the store.
	CAFile string
	// AllowInsecure permits a plain-http endpoint (on-prem test stores).
	AllowInsecure bool
	// MinTLS is the lowest TLS version of the store: "1.3" (the default)
	// or "1.2".
	MinTLS string
	// Pins are SPKI SHA-256 pins (sha256/…) of the store's certificate
	// chain.
	Pins []string
	// MaxLine bounds one input line, in bytes (default DefaultMaxLine). A
	// longer line is not held: the reader skips to its end and reports it
	// as a Line with Reason ReasonLineTooLong.
	MaxLine int64
	// Pinned makes Files the whole input instead of a listing of URL,
	// even when it is empty: the files (local paths or keys under the s3
	// prefix) of one stream window.
	Pinned bool
	Files  []string
}

// DefaultMaxLine is the default bound of one input line.
const DefaultMaxLine = 64 << 20

// Reasons the reader gives for input it cannot hand over as a line: reason
// codes of the deid/reason grammar, for the rejected files.
const (
	// ReasonLineTooLong: the line is longer than Source.MaxLine.
	ReasonLineTooLong = "line_too_long"
	// ReasonInvalidGzip: the file starts as gzip but does not decompress
	// (corrupt or truncated); the lines before the damage are read.
	ReasonInvalidGzip = "invalid_gzip"
	// ReasonEmptyLine: the line is empty or holds only JSON whitespace
	// (spaces, tabs, a carriage return). The end of line of the last line
	// is no line of its own: "a\n" is one line, "a\n\n" two.
	ReasonEmptyLine = "empty_line"
	// ReasonEmptyFile: the file (its content, once gunzipped) has no byte
	// at all; it is one rejected input, at line 1.
	ReasonEmptyFile = "empty_file"
)

// Reasons lists every reason a Line can carry.
func Reasons() []string {
	return []string{ReasonLineTooLong, ReasonInvalidGzip, ReasonEmptyLine, ReasonEmptyFile}
}

// Blank counts, in a run's rejected counts by reason, the rejected input
// that held no record: empty lines and empty files. They are rejected,
// so that every line of the input is accounted for, but nothing was lost
// with them: the run's guards (export.CheckInput) do not count them as
// records, and an input of nothing else has no record.
func Blank(rejected map[string]int64) int64 {
	return rejected[ReasonEmptyLine] + rejected[ReasonEmptyFile]
}

// Line is one line of an input file, or a stretch of it that cannot be
// read as one (Reason set, Data nil): a blank line and an empty file are
// handed over with their reason too, so that a reader accounts for them.
type Line struct {
	// No is the 1-based line number in the file.
	No int64
	// Data is the line without its end of line; only valid during the
	// callback.
	Data []byte
	// Size is the length of the line in bytes (also when Data is nil).
	Size int64
	// Reason is empty for a line, else a reason code: ReasonLineTooLong,
	// ReasonInvalidGzip, ReasonEmptyLine, ReasonEmptyFile.
	Reason string
}

func (s Source) maxLine() int64 {
	if s.MaxLine > 0 {
		return s.MaxLine
	}
	return DefaultMaxLine
}

// IsRemote reports whether the source is an object store.
func (s Source) IsRemote() bool { return strings.HasPrefix(s.URL, "s3://") }

func inputFile(name string) bool {
	n := strings.ToLower(name)
	for _, suf := range []string{".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".json", ".json.gz"} {
		if strings.HasSuffix(n, suf) {
			return true
		}
	}
	return false
}

// List returns the input files of the source, sorted: local paths, or keys
// under the s3 prefix.
func List(ctx context.Context, s Source) ([]string, error) {
	if s.Pinned {
		out := slices.Clone(s.Files)
		sort.Strings(out)
		return out, nil
	}
	if s.IsRemote() {
		objs, err := listRemote(ctx, s)
		if err != nil {
			return nil, err
		}
		out := make([]string, len(objs))
		for i, o := range objs {
			out[i] = o.Key
		}
		return out, nil
	}
	if strings.ContainsAny(s.URL, "*?[") {
		m, err := filepath.Glob(s.URL)
		if err != nil {
			return nil, errors.Wrapf(err, "input glob")
		}
		sort.Strings(m)
		return m, nil
	}
	st, err := os.Stat(s.URL)
	if err != nil {
		return nil, errors.Wrap(err, "input")
	}
	if !st.IsDir() {
		return []string{s.URL}, nil
	}
	var out []string
	err = filepath.WalkDir(s.URL, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && inputFile(d.Name()) && !strings.HasPrefix(d.Name(), ".") {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, errors.Wrap(err, "walk input")
}

// CredentialsEnv is the prefix of the environment variables that hold the
// on-prem store's credentials: DEID_INPUT_ACCESS_KEY_ID and
// DEID_INPUT_SECRET_ACCESS_KEY. Without them the AWS_* variables apply.
const CredentialsEnv = "DEID_INPUT_"

func (s Source) open(ctx context.Context) (storage.Bucket, error) {
	min, err := storage.ParseTLSVersion(s.MinTLS)
	if err != nil {
		return nil, errors.Wrap(err, "input_min_tls")
	}
	o := &storage.Options{Endpoint: s.Endpoint, CAFile: s.CAFile, AllowInsecure: s.AllowInsecure, MinTLSVersion: min, Pins: s.Pins}
	if id := os.Getenv(CredentialsEnv + "ACCESS_KEY_ID"); id != "" {
		o.AccessKey, o.SecretKey = id, os.Getenv(CredentialsEnv+"SECRET_ACCESS_KEY")
	}
	b, err := storage.Open(ctx, s.URL, o)
	return b, errors.Wrap(err, "open input store")
}

// Read streams the lines of one input file (gunzipped when the content
// starts with the gzip magic), calling fn for every line. A blank line is
// handed over as its number, size and ReasonEmptyLine, a file without a
// byte as one ReasonEmptyFile line. A line
// longer than s.MaxLine is handed over as its number, size and
// ReasonLineTooLong, without its content, and reading goes on after it; a
// gzip stream that breaks off ends the file with one ReasonInvalidGzip
// line. Other read errors (the store, the disk) fail the read.
func Read(ctx context.Context, s Source, file string, fn func(Line) error) error {
	var rc io.ReadCloser
	if s.IsRemote() {
		b, err := s.open(ctx)
		if err != nil {
			return err
		}
		defer b.Close()
		r, err := b.Get(ctx, file)
		if err != nil {
			return errors.Wrapf(err, "read input %s", errors.Safe(file))
		}
		rc = r
	} else {
		f, err := os.Open(file)
		if err != nil {
			return errors.Wrap(err, "read input")
		}
		rc = f
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 1<<20)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			if badGzip(err) { // the magic, then no gzip header
				return fn(Line{No: 1, Reason: ReasonInvalidGzip})
			}
			return errors.Wrapf(err, "gunzip %s", errors.Safe(file))
		}
		defer zr.Close()
		r = &gzipReader{zr}
	}
	empty := true
	err := readLines(ctx, file, r, 0, s.maxLine(), func(l Line) error {
		empty = false
		return fn(l)
	})
	if err == nil && empty {
		return fn(Line{No: 1, Reason: ReasonEmptyFile})
	}
	return err
}

// gzipReader marks the errors of a gzip stream that breaks off, so that
// readLines tells them from errors of the store or the disk.
type gzipReader struct{ r io.Reader }

func (g *gzipReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF && badGzip(err) {
		err = errors.Mark(err, errInvalidGzip)
	}
	return n, err
}

var errInvalidGzip = errors.New("invalid gzip")

func badGzip(err error) bool {
	var corrupt flate.CorruptInputError
	return errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, &corrupt)
}

// readLines reads lines from r, numbering them from first+1. A line is
// held up to max bytes; past that the rest of it is read and dropped, so a
// line of any length costs max bytes of memory at most.
func readLines(ctx context.Context, file string, r io.Reader, first, max int64, fn func(Line) error) error {
	lr := bufio.NewReaderSize(r, 1<<20)
	var long []byte
	var size int64 // of the line so far, when over max
	n := first
	for {
		chunk, err := lr.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			if size > 0 {
				size += int64(len(chunk))
			} else if int64(len(long)+len(chunk)) > max {
				size = int64(len(long) + len(chunk))
				long = nil // let it go: the line is rejected, not read
			} else {
				long = append(long, chunk...)
			}
			continue
		}
		if err != nil && err != io.EOF {
			if errors.Is(err, errInvalidGzip) {
				return fn(Line{No: n + 1, Reason: ReasonInvalidGzip})
			}
			return errors.Wrapf(err, "read %s", errors.Safe(file))
		}
		if len(chunk) == 0 && len(long) == 0 && size == 0 && err == io.EOF {
			return nil
		}
		n++
		var ferr error
		if size > 0 || int64(len(long)+len(trimEOL(chunk))) > max {
			ferr = fn(Line{No: n, Size: size + int64(len(long)+len(trimEOL(chunk))), Reason: ReasonLineTooLong})
			size = 0
		} else {
			line := chunk
			if len(long) > 0 {
				line = append(long, chunk...)
				long = long[:0]
			}
			line = trimEOL(line)
			if blank(line) {
				ferr = fn(Line{No: n, Size: int64(len(line)), Reason: ReasonEmptyLine})
			} else {
				ferr = fn(Line{No: n, Data: line, Size: int64(len(line))})
			}
		}
		if ferr != nil {
			return ferr
		}
		if err == io.EOF {
			return nil
		}
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
	}
}

func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b
}

func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// Range is a part of an input file that one worker reads: the lines that
// start at a byte offset in [Start, End). FirstLine is the 1-based number
// of the first such line, so rejected lines are reported by file and line
// whatever range read them. End < 0 means "to the end of the file".
type Range struct {
	File      string
	Start     int64
	End       int64
	FirstLine int64
}

// DefaultChunk is the size of the ranges plain local files are cut into.
const DefaultChunk = 8 << 20

// Ranges cuts the input into ranges for parallel reading: local plain
// files into chunks of about chunk bytes at line boundaries (one fast pass
// counts the lines before each cut), gzip files and remote objects whole.
func Ranges(ctx context.Context, s Source, files []string, chunk int64) ([]Range, error) {
	if chunk <= 0 {
		chunk = DefaultChunk
	}
	var out []Range
	for _, f := range files {
		if s.IsRemote() || strings.HasSuffix(strings.ToLower(f), ".gz") {
			out = append(out, Range{File: f, Start: 0, End: -1, FirstLine: 1})
			continue
		}
		rs, err := localRanges(f, chunk)
		if err != nil {
			return nil, err
		}
		out = append(out, rs...)
	}
	return out, ctx.Err()
}

func localRanges(file string, chunk int64) ([]Range, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, errors.Wrap(err, "input")
	}
	defer f.Close()
	var magic [2]byte
	if n, _ := f.ReadAt(magic[:], 0); n == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		return []Range{{File: file, End: -1, FirstLine: 1}}, nil // gzip without .gz
	}
	var out []Range
	cur := Range{File: file, FirstLine: 1}
	line := int64(1)
	var off int64
	buf := make([]byte, 1<<20)
	for {
		n, err := f.Read(buf)
		for i := 0; i < n; i++ {
			if buf[i] != '\n' {
				continue
			}
			line++
			pos := off + int64(i) + 1 // the next line starts here
			if pos-cur.Start >= chunk {
				cur.End = pos
				out = append(out, cur)
				cur = Range{File: file, Start: pos, FirstLine: line}
			}
		}
		off += int64(n)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, errors.Wrap(err, "input")
		}
	}
	if cur.Start < off || len(out) == 0 {
		cur.End = -1
		out = append(out, cur)
	}
	return out, nil
}

// ReadRange streams the lines of one range, with their line numbers in
// the file, as Read does.
func ReadRange(ctx context.Context, s Source, r Range, fn func(Line) error) error {
	if r.Start == 0 && r.End < 0 {
		return Read(ctx, s, r.File, fn)
	}
	f, err := os.Open(r.File)
	if err != nil {
		return errors.Wrap(err, "read input")
	}
	defer f.Close()
	if _, err := f.Seek(r.Start, io.SeekStart); err != nil {
		return errors.Wrap(err, "read input")
	}
	var src io.Reader = f
	if r.End >= 0 {
		src = io.LimitReader(f, r.End-r.Start)
	}
	return readLines(ctx, r.File, src, r.FirstLine-1, s.maxLine(), fn)
}

// Object is an input file or object with its size and modification time,
// as ListObjects finds it.
type Object struct {
	Key     string // a local path, or a key under the s3 prefix
	Size    int64
	ModTime time.Time
}

// listRemote lists the input files under the s3 prefix of s, in the
// store's order, with their sizes and modification times.
func listRemote(ctx context.Context, s Source) ([]Object, error) {
	b, err := s.open(ctx)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	objs, err := b.List(ctx, "")
	if err != nil {
		return nil, errors.Wrap(err, "list input")
	}
	var out []Object
	for _, o := range objs {
		if inputFile(o.Key) {
			out = append(out, Object{Key: o.Key, Size: o.Size, ModTime: o.ModTime})
		}
	}
	return out, nil
}

// ListObjects lists the input files of s as List does (s.Pinned aside),
// with their sizes and modification times: what a poller needs to tell a
// new or changed file from one it has read.
func ListObjects(ctx context.Context, s Source) ([]Object, error) {
	if s.IsRemote() {
		return listRemote(ctx, s)
	}
	s.Pinned = false
	files, err := List(ctx, s)
	if err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(files))
	for _, f := range files {
		st, err := os.Stat(f)
		if errors.Is(err, os.ErrNotExist) {
			continue // renamed or removed since the listing
		}
		if err != nil {
			return nil, errors.Wrap(err, "input")
		}
		out = append(out, Object{Key: f, Size: st.Size(), ModTime: st.ModTime()})
	}
	return out, nil
}
