package storage

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"io"
	"maps"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/storage/driver"
)

// NewBucket wraps a backend in the portable layer: key and metadata
// validation, SHA-256 and size computed while streaming and checked against
// what the backend recorded, verification of reads, and error
// classification. Backends call it from their openers; opts may be nil.
func NewBucket(d driver.Bucket, opts *Options) Bucket {
	b := &bucket{d: d, retry: newRetryPolicy(opts)}
	if opts != nil {
		b.tempDir = opts.TempDir
	}
	return b
}

type bucket struct {
	d       driver.Bucket
	tempDir string
	retry   retryPolicy
	closed  atomic.Bool
}

func (b *bucket) check(op, key string) error {
	if b.closed.Load() {
		return errors.Wrapf(ErrClosed, "storage: %s", errors.Safe(op))
	}
	if op == "list" {
		return nil
	}
	if err := ValidateKey(key); err != nil {
		return errors.Wrapf(err, "storage: %s", errors.Safe(op))
	}
	return nil
}

func (b *bucket) Put(ctx context.Context, key string, r io.Reader, opts *PutOptions) (*ObjectInfo, error) {
	if err := b.check("put", key); err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errors.Mark(errors.Newf("storage: put %q: nil reader", errors.Safe(key)), ErrInvalidArgument)
	}
	if opts == nil {
		opts = &PutOptions{}
	}
	if err := validateMetadata(opts.Metadata); err != nil {
		return nil, errors.Wrapf(err, "storage: put %q", errors.Safe(key))
	}
	req := &driver.PutRequest{
		ContentType: opts.ContentType,
		Metadata:    maps.Clone(opts.Metadata),
		Size:        -1,
	}
	if req.ContentType == "" {
		req.ContentType = "application/octet-stream"
	}
	if req.Metadata == nil {
		req.Metadata = map[string]string{}
	}

	src := io.Reader(&ctxReader{ctx: ctx, r: r})
	var rewind func() error
	if b.d.DigestFirst() {
		body, sum, size, cleanup, err := digestFirst(src, r, b.tempDir)
		if err != nil {
			return nil, classify(b.d, "put", key, err)
		}
		defer cleanup()
		rewind = rewinder(body, r)
		src, req.SHA256, req.Size = body, sum, size
	}
	if rewind == nil {
		rewind = func() error { return errors.New("body cannot be re-read") }
	}
	// A transient failure of a re-readable body is sent again: the same
	// bytes make the same object, so a retry is safe.
	var hr *digestReader
	var attrs *driver.Attrs
	err := b.do(ctx, "put", key, rewind, func(w *watchdog) error {
		hr = newDigestReader(&touchReader{r: src, touch: w.touch})
		req.Digest = hr.Sum
		var err error
		attrs, err = b.d.Put(w.ctx, key, hr, req)
		return err
	})
	if err != nil {
		return nil, err
	}
	// The backend recorded what it was told or what it computed from Digest;
	// both must match the bytes that actually left the caller's reader.
	sum, n := hr.Sum()
	if (req.SHA256 != "" && (sum != req.SHA256 || n != req.Size)) || attrs.SHA256 != sum || attrs.Size != n {
		_ = b.d.Delete(context.WithoutCancel(ctx), key)
		return nil, errors.Mark(errors.Newf(
			"storage: put %q: stored digest or size disagrees with the streamed bytes (source changed during upload?); object removed",
			errors.Safe(key)), ErrIntegrity)
	}
	return toInfo(attrs), nil
}

func (b *bucket) Get(ctx context.Context, key string) (io.ReadCloser, error) {
	if err := b.check("get", key); err != nil {
		return nil, err
	}
	var rc io.ReadCloser
	var attrs *driver.Attrs
	var wd *watchdog
	err := b.do(ctx, "get", key, nil, func(w *watchdog) error {
		var err error
		rc, attrs, err = b.d.Get(w.ctx, key)
		if err == nil {
			// the read goes on after Get returns: the reader keeps
			// the watchdog until it is closed
			w.keep, wd = true, w
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	vr := &verifyReader{b: b, key: key, rc: &touchReader{r: rc, touch: wd.touch}, close: rc.Close, wd: wd, want: -1}
	if attrs != nil && attrs.SHA256 != "" {
		vr.h = sha256.New()
		vr.sum = attrs.SHA256
		vr.want = attrs.Size
	}
	return vr, nil
}

func (b *bucket) Stat(ctx context.Context, key string) (*ObjectInfo, error) {
	if err := b.check("stat", key); err != nil {
		return nil, err
	}
	var attrs *driver.Attrs
	err := b.do(ctx, "stat", key, nil, func(w *watchdog) error {
		var err error
		attrs, err = b.d.Stat(w.ctx, key)
		return err
	})
	if err != nil {
		return nil, err
	}
	return toInfo(attrs), nil
}

func (b *bucket) List(ctx context.Context, prefix string) ([]ObjectInfo, error) {
	if err := b.check("list", ""); err != nil {
		return nil, err
	}
	if err := validatePrefix(prefix); err != nil {
		return nil, errors.Wrap(err, "storage: list")
	}
	var out []ObjectInfo
	err := b.do(ctx, "list", prefix, nil, func(w *watchdog) error {
		out = out[:0]
		return b.d.List(w.ctx, prefix, func(a driver.Attrs) error {
			w.touch()
			if err := w.ctx.Err(); err != nil {
				return err
			}
			if !strings.HasPrefix(a.Key, prefix) {
				return nil
			}
			out = append(out, ObjectInfo{Key: a.Key, Size: a.Size, ModTime: a.ModTime})
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(x, y ObjectInfo) int { return cmp.Compare(x.Key, y.Key) })
	return out, nil
}

func (b *bucket) Delete(ctx context.Context, key string) error {
	if err := b.check("delete", key); err != nil {
		return err
	}
	return b.do(ctx, "delete", key, nil, func(w *watchdog) error {
		return b.d.Delete(w.ctx, key)
	})
}

func (b *bucket) Close() error {
	if b.closed.Swap(true) {
		return errors.Wrap(ErrClosed, "storage: close")
	}
	return classify(b.d, "close", "", b.d.Close())
}

func toInfo(a *driver.Attrs) *ObjectInfo {
	md := maps.Clone(a.Metadata)
	delete(md, driver.SHA256Key)
	if md == nil {
		md = map[string]string{}
	}
	return &ObjectInfo{
		Key:         a.Key,
		Size:        a.Size,
		SHA256:      a.SHA256,
		ContentType: a.ContentType,
		Metadata:    md,
		ModTime:     a.ModTime,
	}
}

// digestReader hashes and counts what passes through it. It deliberately
// exposes only Read, so backends cannot bypass it with ReadAt or WriteTo.
type digestReader struct {
	r io.Reader
	h hash.Hash
	n int64
}

func newDigestReader(r io.Reader) *digestReader {
	return &digestReader{r: r, h: sha256.New()}
}

func (d *digestReader) Read(p []byte) (int, error) {
	n, err := d.r.Read(p)
	d.h.Write(p[:n])
	d.n += int64(n)
	return n, err
}

// Sum returns the hex SHA-256 and length of the bytes read so far.
func (d *digestReader) Sum() (string, int64) {
	return hex.EncodeToString(d.h.Sum(nil)), d.n
}

// transient reports whether a failed put may succeed when sent again: not
// a refusal (not found, permission, invalid, integrity, closed) but a
// network or server failure.
func transient(err error) bool {
	if errors.Is(err, ErrStalled) {
		return true
	}
	for _, perm := range []error{ErrNotFound, ErrPermissionDenied, ErrInvalidArgument, ErrIntegrity, ErrClosed, ErrInsecure, context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, perm) {
			return false
		}
	}
	return true
}

// ctxReader stops a long copy promptly once ctx is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// verifyReader classifies read errors and, when the stored digest is known,
// turns a content mismatch at EOF into ErrIntegrity.
type verifyReader struct {
	b     *bucket
	key   string
	rc    io.Reader
	close func() error
	wd    *watchdog
	h     hash.Hash
	sum   string
	want  int64
	n     int64
	done  bool
}

func (v *verifyReader) Read(p []byte) (int, error) {
	if v.done {
		return 0, io.EOF
	}
	n, err := v.rc.Read(p)
	if v.h != nil {
		v.h.Write(p[:n])
	}
	v.n += int64(n)
	if err == io.EOF {
		if v.h != nil && (hex.EncodeToString(v.h.Sum(nil)) != v.sum || v.n != v.want) {
			return n, errors.Mark(errors.Newf(
				"storage: get %q: content does not match the stored SHA-256/size", errors.Safe(v.key)), ErrIntegrity)
		}
		v.done = true
		return n, io.EOF
	}
	if err != nil {
		if v.wd.fired.Load() {
			err = v.b.retry.stalled(err)
		}
		return n, classify(v.b.d, "read", v.key, err)
	}
	return n, nil
}

func (v *verifyReader) Close() error {
	err := v.close()
	v.wd.stop()
	return classify(v.b.d, "close reader", v.key, err)
}
