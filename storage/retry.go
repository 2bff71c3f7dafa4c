package storage

import (
	"context"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/errors"
)

// Defaults of the retry policy (see Options). With them a store that
// stalls every call fails a call after about three minutes, never ten.
const (
	DefaultStallTimeout = time.Minute
	DefaultMaxAttempts  = 5
	DefaultRetryBudget  = 3 * time.Minute
	retryBaseDelay      = 200 * time.Millisecond
	retryMaxDelay       = 10 * time.Second
)

// ErrStalled marks a call that made no progress for Options.StallTimeout:
// no byte of the body read, no byte of the response, no listing entry. It
// is transient: the call is tried again within the retry budget.
var ErrStalled = errors.New("storage: no progress (stalled connection?)")

// ErrRetryBudget marks the failure of a call that could not be retried
// because the bucket's retry budget was spent.
var ErrRetryBudget = errors.New("storage: retry budget exhausted")

// RetryBudget is the time that failed attempts and the waits between them
// may take in total. Buckets opened with the same *RetryBudget share it,
// so a run that shares one across its buckets gives up as a whole once a
// store keeps failing, instead of every call retrying on its own. It is
// safe for concurrent use.
type RetryBudget struct {
	left atomic.Int64 // nanoseconds
}

// NewRetryBudget returns a budget of d.
func NewRetryBudget(d time.Duration) *RetryBudget {
	b := &RetryBudget{}
	b.left.Store(int64(d))
	return b
}

// spend takes d from the budget; it reports false (and takes nothing) when
// less than d is left.
func (b *RetryBudget) spend(d time.Duration) bool {
	for {
		left := b.left.Load()
		if left < int64(d) {
			return false
		}
		if b.left.CompareAndSwap(left, left-int64(d)) {
			return true
		}
	}
}

// Left is what remains of the budget.
func (b *RetryBudget) Left() time.Duration { return time.Duration(b.left.Load()) }

// retryPolicy is a bucket's deadline and retry settings.
type retryPolicy struct {
	stall    time.Duration
	attempts int
	budget   *RetryBudget
	base     time.Duration
	max      time.Duration
}

func newRetryPolicy(o *Options) retryPolicy {
	p := retryPolicy{stall: DefaultStallTimeout, attempts: DefaultMaxAttempts, base: retryBaseDelay, max: retryMaxDelay}
	if o != nil {
		if o.StallTimeout > 0 {
			p.stall = o.StallTimeout
		}
		if o.MaxAttempts > 0 {
			p.attempts = o.MaxAttempts
		}
		p.budget = o.RetryBudget
	}
	if p.budget == nil {
		p.budget = NewRetryBudget(DefaultRetryBudget)
	}
	return p
}

// backoff is the wait before attempt+1: capped exponential with full
// jitter, so that many workers failing together do not retry together.
func (p retryPolicy) backoff(attempt int) time.Duration {
	d := p.base << min(attempt-1, 20)
	if d <= 0 || d > p.max {
		d = p.max
	}
	return time.Duration(rand.Int64N(int64(d)) + 1)
}

// watchdog is a context that is cancelled when touch has not been called
// for the stall timeout. Every read of a body or a response touches it.
type watchdog struct {
	ctx    context.Context
	cancel context.CancelCauseFunc
	mu     sync.Mutex
	t      *time.Timer
	d      time.Duration
	fired  atomic.Bool
	// keep: the attempt handed the watchdog on (to a reader that stops
	// it on Close).
	keep bool
}

func newWatchdog(parent context.Context, d time.Duration) *watchdog {
	w := &watchdog{d: d}
	w.ctx, w.cancel = context.WithCancelCause(parent)
	w.t = time.AfterFunc(d, func() {
		w.fired.Store(true)
		w.cancel(ErrStalled)
	})
	return w
}

// touch records progress.
func (w *watchdog) touch() {
	w.mu.Lock()
	if !w.fired.Load() {
		w.t.Reset(w.d)
	}
	w.mu.Unlock()
}

// stop ends the watch and reports whether it fired.
func (w *watchdog) stop() bool {
	w.t.Stop()
	w.cancel(context.Canceled)
	return w.fired.Load()
}

// stalled turns the error of an attempt the watchdog cut off into an
// ErrStalled error (the driver only saw "context canceled").
func (p retryPolicy) stalled(err error) error {
	return errors.Mark(errors.Wrapf(err, "no progress for %s", errors.Safe(p.stall)), ErrStalled)
}

// do runs an attempt of op until it succeeds, fails for good, or the
// attempts or the budget run out. Each attempt gets a watchdog context;
// attempt calls touch whenever it makes progress. rewind, if not nil, is
// called before every attempt after the first and may refuse a retry. An
// attempt that succeeds and sets w.keep owns the watchdog from then on.
func (b *bucket) do(ctx context.Context, op, key string, rewind func() error, attempt func(w *watchdog) error) error {
	p := b.retry
	for n := 1; ; n++ {
		start := time.Now()
		w := newWatchdog(ctx, p.stall)
		err := attempt(w)
		if err == nil {
			if !w.keep {
				w.stop()
			}
			return nil
		}
		fired := w.stop()
		if fired && ctx.Err() == nil {
			err = p.stalled(err)
		}
		err = classify(b.d, op, key, err)
		if n >= p.attempts || ctx.Err() != nil || !transient(err) {
			return err
		}
		wait := p.backoff(n)
		if !p.budget.spend(time.Since(start) + wait) {
			return errors.Mark(errors.Wrapf(err, "not retried: retry budget spent"), ErrRetryBudget)
		}
		if rewind != nil {
			if rerr := rewind(); rerr != nil {
				return err
			}
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return err
		}
	}
}

// touchReader touches a watchdog on every read.
type touchReader struct {
	r     interface{ Read([]byte) (int, error) }
	touch func()
}

func (t *touchReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.touch()
	return n, err
}
