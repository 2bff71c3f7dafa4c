package export

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"iter"
	"os"
	"slices"

	"github.com/cockroachdb/errors"
	"github.com/klauspost/compress/gzip"
	"github.com/parquet-go/parquet-go"

	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/storage"
)

// ReadOptions configures Open. A nil *ReadOptions means defaults.
type ReadOptions struct {
	// Format to read: FormatJSONL or FormatParquet. Default: JSONL when
	// the manifest has it, else Parquet.
	Format string
	// TempDir holds each shard while it is verified and read (default
	// os.TempDir()); the file is private and removed after the shard.
	TempDir string
}

// Dataset is the committed export of one date, as its manifest describes it.
type Dataset struct {
	Manifest *Manifest
	b        storage.Bucket
	format   string
	tempDir  string
}

// Open reads date's manifest. It fails with ErrNoManifest when the date has
// none: whatever shards such a prefix holds are not an export.
func Open(ctx context.Context, b storage.Bucket, date string, opts *ReadOptions) (*Dataset, error) {
	var o ReadOptions
	if opts != nil {
		o = *opts
	}
	m, err := ReadManifest(ctx, b, date)
	if err != nil {
		return nil, err
	}
	return open(m, b, o, date)
}

// OpenWindow is Open for a committed stream window (dt=<date>/window=<window>/).
func OpenWindow(ctx context.Context, b storage.Bucket, date, window string, opts *ReadOptions) (*Dataset, error) {
	var o ReadOptions
	if opts != nil {
		o = *opts
	}
	m, err := ReadWindowManifest(ctx, b, date, window)
	if err != nil {
		return nil, err
	}
	return open(m, b, o, date)
}

func open(m *Manifest, b storage.Bucket, o ReadOptions, date string) (*Dataset, error) {
	if o.Format == "" {
		o.Format = FormatParquet
		if slices.Contains(m.Formats, FormatJSONL) || len(m.Formats) == 0 {
			o.Format = FormatJSONL
		}
	}
	if len(m.Shards) > 0 && !slices.Contains(m.Formats, o.Format) {
		return nil, errorf(ErrInvalidManifest, "export: date %s has no %s shards", date, safeToken(o.Format))
	}
	return &Dataset{Manifest: m, b: b, format: o.Format, tempDir: o.TempDir}, nil
}

// Shards are the manifest's shards of the dataset's format.
func (d *Dataset) Shards() []ShardInfo {
	var out []ShardInfo
	for _, s := range d.Manifest.Shards {
		if s.Format == d.format {
			out = append(out, s)
		}
	}
	return out
}

// Records yields every record of the manifest's shards, shard by shard.
// Each shard is downloaded to a private temp file and its size and SHA-256
// checked against the manifest before any of its records is yielded; a
// mismatch is an error marked storage.ErrIntegrity. A shard that vanished
// (storage.ErrNotFound) means a later run replaced the date while reading:
// open the date again. Iteration stops at the first error.
func (d *Dataset) Records(ctx context.Context) iter.Seq2[*redact.Record, error] {
	return func(yield func(*redact.Record, error) bool) {
		for _, s := range d.Shards() {
			if !d.readShard(ctx, s, yield) {
				return
			}
		}
	}
}

// readShard returns false when iteration must stop.
func (d *Dataset) readShard(ctx context.Context, s ShardInfo, yield func(*redact.Record, error) bool) bool {
	fail := func(err error) bool {
		yield(nil, errors.Wrapf(err, "export: read %s shard %s", errors.Safe(d.Manifest.RunDate), errors.Safe(s.Path)))
		return false
	}
	f, err := d.fetch(ctx, s)
	if err != nil {
		return fail(err)
	}
	defer func() { _ = f.Close(); _ = os.Remove(f.Name()) }()
	var n int64
	emit := func(rec *redact.Record) bool {
		n++
		return yield(rec, nil)
	}
	switch s.Format {
	case FormatJSONL:
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fail(err)
		}
		dec := json.NewDecoder(zr)
		dec.DisallowUnknownFields()
		for {
			rec := new(redact.Record)
			if err := dec.Decode(rec); err == io.EOF {
				break
			} else if err != nil {
				return fail(errors.Wrapf(err, "record %d", errors.Safe(n+1)))
			}
			if !emit(rec) {
				return false
			}
		}
	case FormatParquet:
		st, err := f.Stat()
		if err != nil {
			return fail(err)
		}
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			return fail(err)
		}
		r := parquet.NewGenericReader[Row](pf)
		defer r.Close()
		rows := make([]Row, rowBatch)
		for {
			k, err := r.Read(rows)
			for i := range k {
				if !emit(rows[i].Record()) {
					return false
				}
			}
			if err == io.EOF {
				break
			} else if err != nil {
				return fail(err)
			}
		}
	}
	if n != s.Records {
		return fail(errorf(storage.ErrIntegrity, "%d records, manifest says %d", n, s.Records))
	}
	return true
}

// fetch downloads a shard to a temp file, checking size and SHA-256.
func (d *Dataset) fetch(ctx context.Context, s ShardInfo) (*os.File, error) {
	rc, err := d.b.Get(ctx, d.Manifest.run().DatePrefix()+"/"+s.Path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	f, err := os.CreateTemp(d.tempDir, "deid-read-*")
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(f, h), rc)
	if err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err == nil && (n != s.Bytes || hex.EncodeToString(h.Sum(nil)) != s.SHA256) {
		err = errorf(storage.ErrIntegrity, "content is %d bytes with SHA-256 %s, manifest says %d %s", n, hex.EncodeToString(h.Sum(nil)), s.Bytes, s.SHA256)
	}
	if err != nil {
		_ = f.Close()
		_ = os.Remove(f.Name())
		return nil, err
	}
	return f, nil
}
