package storage

import (
	"bytes"
	"context"
	"io"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/storage/driver"
)

// flakyDriver fails its first calls with a given error, or stalls them
// (blocks until the call's context ends), then works.
type flakyDriver struct {
	fails int
	err   error // nil: stall instead
	calls atomic.Int32
	puts  int
	got   []byte
	// readStall: Get hands out a reader that stalls after the first byte.
	readStall bool
}

func (d *flakyDriver) fail(ctx context.Context) error {
	if int(d.calls.Add(1)) > d.fails {
		return nil
	}
	if d.err != nil {
		return d.err
	}
	<-ctx.Done()
	return ctx.Err()
}

func (d *flakyDriver) DigestFirst() bool { return true }
func (d *flakyDriver) Put(ctx context.Context, key string, body io.Reader, req *driver.PutRequest) (*driver.Attrs, error) {
	d.puts++
	b, _ := io.ReadAll(body)
	if err := d.fail(ctx); err != nil {
		return nil, err
	}
	d.got = b
	sum, n := req.Digest()
	return &driver.Attrs{Key: key, Size: n, SHA256: sum}, nil
}

type stallReader struct {
	ctx  context.Context
	sent bool
}

func (r *stallReader) Read(p []byte) (int, error) {
	if !r.sent {
		r.sent = true
		p[0] = 'x'
		return 1, nil
	}
	<-r.ctx.Done()
	return 0, r.ctx.Err()
}

func (d *flakyDriver) Get(ctx context.Context, key string) (io.ReadCloser, *driver.Attrs, error) {
	if err := d.fail(ctx); err != nil {
		return nil, nil, err
	}
	if d.readStall {
		return io.NopCloser(&stallReader{ctx: ctx}), nil, nil
	}
	return io.NopCloser(strings.NewReader("x")), nil, nil
}
func (d *flakyDriver) Stat(ctx context.Context, key string) (*driver.Attrs, error) {
	if err := d.fail(ctx); err != nil {
		return nil, err
	}
	return &driver.Attrs{Key: key}, nil
}
func (d *flakyDriver) List(ctx context.Context, _ string, fn func(driver.Attrs) error) error {
	if err := d.fail(ctx); err != nil {
		return err
	}
	return fn(driver.Attrs{Key: "a"})
}
func (d *flakyDriver) Delete(ctx context.Context, _ string) error { return d.fail(ctx) }
func (d *flakyDriver) Close() error                               { return nil }
func (d *flakyDriver) ErrorKind(err error) driver.Kind {
	if strings.Contains(err.Error(), "denied") {
		return driver.PermissionDenied
	}
	return driver.Unknown
}

// fastRetries: short waits, so that the tests do not sleep for seconds
// (the waits are not what is tested).
func fastRetries(b Bucket) Bucket {
	bb := b.(*bucket)
	bb.retry.base, bb.retry.max = time.Millisecond, 5*time.Millisecond
	return b
}

// TestPutRetriesTransientFailures: a network failure is sent again from the
// start of a re-readable body (seekable or spooled); a refusal is not.
func TestPutRetriesTransientFailures(t *testing.T) {
	ctx := context.Background()
	data := bytes.Repeat([]byte("de-identified record\n"), 1000)
	for name, body := range map[string]func() io.Reader{
		"seekable": func() io.Reader { return bytes.NewReader(data) },
		"spooled":  func() io.Reader { return io.MultiReader(bytes.NewReader(data)) },
	} {
		d := &flakyDriver{fails: 2, err: io.ErrClosedPipe}
		b := fastRetries(NewBucket(d, &Options{TempDir: t.TempDir()}))
		info, err := b.Put(ctx, "k", body(), nil)
		require.NoError(t, err, name)
		assert.Equal(t, 3, d.puts, name)
		assert.Equal(t, data, d.got, name)
		assert.Equal(t, int64(len(data)), info.Size, name)
	}
	d := &flakyDriver{fails: 5, err: errors.New("access denied")}
	b := fastRetries(NewBucket(d, nil))
	_, err := b.Put(ctx, "k", bytes.NewReader(data), nil)
	requireIs(t, err, ErrPermissionDenied)
	assert.Equal(t, 1, d.puts, "a refusal is not retried")
}

// TestEveryCallRetries: Get, Stat, List and Delete retry transient
// failures too, and give up after MaxAttempts.
func TestEveryCallRetries(t *testing.T) {
	ctx := context.Background()
	calls := map[string]func(Bucket) error{
		"get": func(b Bucket) error {
			r, err := b.Get(ctx, "k")
			if err == nil {
				_, err = io.ReadAll(r)
				r.Close()
			}
			return err
		},
		"stat":   func(b Bucket) error { _, err := b.Stat(ctx, "k"); return err },
		"list":   func(b Bucket) error { _, err := b.List(ctx, ""); return err },
		"delete": func(b Bucket) error { return b.Delete(ctx, "k") },
	}
	for name, call := range calls {
		d := &flakyDriver{fails: 2, err: io.ErrUnexpectedEOF}
		require.NoError(t, call(fastRetries(NewBucket(d, nil))), name)
		assert.EqualValues(t, 3, d.calls.Load(), name)

		d = &flakyDriver{fails: 10, err: io.ErrUnexpectedEOF}
		err := call(fastRetries(NewBucket(d, &Options{MaxAttempts: 4})))
		require.Error(t, err, name)
		assert.EqualValues(t, 4, d.calls.Load(), name)
		assert.Contains(t, err.Error(), "storage: "+name, name)
	}
}

// TestStalledCallsAreCutOff: a call that makes no progress for
// StallTimeout fails with ErrStalled and is retried; a stalled read fails
// instead of hanging.
func TestStalledCallsAreCutOff(t *testing.T) {
	ctx := context.Background()
	opts := &Options{StallTimeout: 20 * time.Millisecond, TempDir: t.TempDir()}

	d := &flakyDriver{fails: 1} // the first put stalls
	b := fastRetries(NewBucket(d, opts))
	_, err := b.Put(ctx, "k", strings.NewReader("record"), nil)
	require.NoError(t, err)
	assert.Equal(t, 2, d.puts)

	d = &flakyDriver{fails: 100}
	_, err = fastRetries(NewBucket(d, &Options{StallTimeout: 10 * time.Millisecond, MaxAttempts: 2})).Stat(ctx, "k")
	requireIs(t, err, ErrStalled)
	assert.Contains(t, err.Error(), "no progress for 10ms")

	d = &flakyDriver{readStall: true}
	r, err := fastRetries(NewBucket(d, opts)).Get(ctx, "k")
	require.NoError(t, err)
	_, err = io.ReadAll(r)
	requireIs(t, err, ErrStalled)
	require.NoError(t, r.Close())
}

// TestRetryBudget: once the budget is spent, failures are not retried;
// buckets sharing a budget share it.
func TestRetryBudget(t *testing.T) {
	ctx := context.Background()
	budget := NewRetryBudget(0)
	for range 2 {
		d := &flakyDriver{fails: 1, err: io.ErrUnexpectedEOF}
		_, err := fastRetries(NewBucket(d, &Options{RetryBudget: budget})).Stat(ctx, "k")
		requireIs(t, err, ErrRetryBudget)
		assert.EqualValues(t, 1, d.calls.Load())
	}
	budget = NewRetryBudget(time.Hour)
	d := &flakyDriver{fails: 1, err: io.ErrUnexpectedEOF}
	_, err := fastRetries(NewBucket(d, &Options{RetryBudget: budget})).Stat(ctx, "k")
	require.NoError(t, err)
	assert.Less(t, budget.Left(), time.Hour)
}

// TestRetriesHonourTheContext: a cancelled caller stops the retries.
func TestRetriesHonourTheContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	d := &flakyDriver{fails: 100} // stalls until cancelled
	b := NewBucket(d, &Options{MaxAttempts: 100})
	done := make(chan error)
	go func() { _, err := b.Stat(ctx, "k"); done <- err }()
	cancel()
	err := <-done
	requireIs(t, err, context.Canceled)
	assert.False(t, errors.Is(err, ErrStalled), "%v", err)
	assert.EqualValues(t, 1, d.calls.Load())
}

// requireIs is require.ErrorIs with cockroachdb/errors' marks (which the
// standard errors.Is does not see).
func requireIs(t *testing.T, err, target error) {
	t.Helper()
	require.Error(t, err)
	require.Truef(t, errors.Is(err, target), "%v is not %v", err, target)
}
