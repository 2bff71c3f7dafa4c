package transforms

import (
	"context"
	"sync/atomic"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// Counter is a Beam counter (beam.NewCounter: every runner reports it, in
// its console or the job's metrics) that also keeps the sum of the
// increments made in this process, which the launcher reads for its
// progress line while the job runs: the embedded and LOOPBACK runners run
// the workers in the launcher's process, and Beam's own metrics reach the
// launcher only when the job ends.
type Counter struct {
	beam.Counter
	local atomic.Int64
}

func newCounter(name string) *Counter {
	return &Counter{Counter: beam.NewCounter("deid", name)}
}

// Inc adds n to the counter.
func (c *Counter) Inc(ctx context.Context, n int64) {
	c.local.Add(n)
	c.Counter.Inc(ctx, n)
}

// Local is the sum of the increments made by workers of this process, 0
// where the workers run elsewhere.
func (c *Counter) Local() int64 { return c.local.Load() }

// The run's counters, under the namespace "deid":
//
//	Processed       records processed (Deidentify): records_processed
//	ProcessedBytes  their input bytes: input_bytes_processed
//	CheckedBytes    input bytes read by the duplicate check
//	                (FindDuplicates), the pass before: input_bytes_checked
var (
	Processed      = newCounter("records_processed")
	ProcessedBytes = newCounter("input_bytes_processed")
	CheckedBytes   = newCounter("input_bytes_checked")
)
