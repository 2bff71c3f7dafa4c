package stream

import (
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/graph/mtime"
	beamwindow "github.com/apache/beam/sdks/v2/go/pkg/beam/core/graph/window"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// The stream's window function, in one place for the driver and for Beam.
//
// A record (a file's lines) goes to the window that is open when the
// stream discovers it: its arrival window when it is discovered in time,
// and, when it arrived late (its file was renamed into place after its
// window closed, a poll was slow, a window was still running), the window
// open at its discovery: a later window, never a closed one, and never
// lost. Windows are fixed, aligned on multiples of the window length
// (UTC), which is what Beam's window.NewFixedWindows(length) does.

// windowAt returns the window [start, end) open at t: the aligned window
// of t, unless last (the start of the latest window of this state
// directory, zero if none) is not before it; then the window starts a
// second after last and ends at the next aligned boundary, so that a
// window name (dt=…/window=HHMMSS) is never used twice, also after a
// stream stopped early and started again within a window.
func windowAt(t, last time.Time, length time.Duration) (start, end time.Time) {
	start = t.UTC().Truncate(length)
	if !last.IsZero() && !start.After(last) {
		start = last.UTC().Add(time.Second).Truncate(time.Second)
	}
	end = start.Truncate(length).Add(length)
	if !end.After(start) {
		end = start.Add(length)
	}
	return start, end
}

// WindowStart is the start of the window a record that arrived at
// arrived (its event time) and was discovered at discovered goes to: the
// aligned window open at its discovery. A record is never discovered
// before it arrives, so this is its arrival window when it is on time and
// a later one when it is late; an arrival time ahead of the stream's clock
// (a writer's clock skew) does not open a future window.
func WindowStart(arrived, discovered time.Time, length time.Duration) time.Time {
	_ = arrived // the window does not depend on it: lateness only moves a record later
	start, _ := windowAt(discovered, time.Time{}, length)
	return start
}

// Arrival is a record as a source delivers it to the stream in Beam
// terms: its line, where it is (its file and line number) and when the
// poll that found it ran (Unix milliseconds). Its event timestamp is its
// arrival time.
type Arrival struct {
	Source       string
	LineNo       int64
	DiscoveredMS int64
	Data         []byte
}

func init() {
	register.DoFn3x0[beam.EventTime, Arrival, func(beam.EventTime, Arrival)](&stampFn{})
	register.Emitter2[beam.EventTime, Arrival]()
}

// WindowArrivals puts arrivals into the stream's windows in a Beam
// pipeline, with the driver's window function: each record is stamped
// with the start of its window (WindowStart) and windowed into fixed
// windows of the stream's length. A late record, whose arrival window the
// watermark has passed, is moved into the window open at its discovery
// instead of being dropped as late data by the runner.
func WindowArrivals(s beam.Scope, length time.Duration, arrivals beam.PCollection) beam.PCollection {
	s = s.Scope("stream.WindowArrivals")
	stamped := beam.ParDo(s, &stampFn{LengthMS: length.Milliseconds()}, arrivals)
	return beam.WindowInto(s, beamwindow.NewFixedWindows(length), stamped)
}

type stampFn struct {
	LengthMS int64
}

func (fn *stampFn) ProcessElement(ts beam.EventTime, a Arrival, emit func(beam.EventTime, Arrival)) {
	start := WindowStart(ts.ToTime(), time.UnixMilli(a.DiscoveredMS), time.Duration(fn.LengthMS)*time.Millisecond)
	emit(mtime.FromTime(start), a)
}
