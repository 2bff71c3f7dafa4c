package transforms

import (
	"context"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/graph/mtime"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/deid-project/deid/ingest"
)

func init() {
	register.DoFn3x1[context.Context, []byte, func(RangeList), error](&listFn{})
	register.DoFn4x2[*sdf.ManualWatermarkEstimator, *sdf.LockRTracker, RangeList, func(beam.EventTime, ingest.Range), sdf.ProcessContinuation, error](&rangesFn{})
	register.DoFn4x1[context.Context, []byte, func(*Duplicate) bool, func(RangeList), error](&listAfterFn{})
	register.Emitter2[beam.EventTime, ingest.Range]()
	register.Function2x0[RangeList, func(ingest.Range)](eachRange)
	register.DoFn3x1[context.Context, ingest.Range, func(Line), error](&readFn{})
	register.Emitter1[ingest.Range]()
	register.Emitter1[RangeList]()
}

// ReadLines reads every line of the source (a blank line, an empty file
// and what the reader cannot read come with their reason). The input is
// listed and cut into ranges once (local plain files in chunks at line
// boundaries, gzip files and objects whole); only the small range
// descriptors are reshuffled over the workers, so lines stream from the
// reader into de-identification and the writers without being held by the
// runner: memory does not grow with the input.
func ReadLines(s beam.Scope, src ingest.Source, chunk int64) beam.PCollection {
	s = s.Scope("ReadLines")
	return beam.ParDo(s, &readFn{Source: src}, listRanges(s, src, chunk))
}

// ReadLinesAfter is ReadLines that lists (and so reads) the input only
// once duplicates (FindDuplicates) is complete: the stage that reads and
// de-identifies the lines takes duplicates as a side input, and its
// ranges must reach it one at a time, after the side input, for their
// bundles to run in parallel (a range that arrives before would wait, and
// be read in one bundle with every other waiting range).
func ReadLinesAfter(s beam.Scope, src ingest.Source, chunk int64, duplicates beam.PCollection) beam.PCollection {
	s = s.Scope("ReadLines")
	list := beam.ParDo(s, &listAfterFn{listFn{Source: src, Chunk: chunk}}, beam.Impulse(s), beam.SideInput{Input: duplicates})
	return beam.ParDo(s, &readFn{Source: src}, handOut(s, list))
}

// listRanges lists the input's ranges and hands them out.
func listRanges(s beam.Scope, src ingest.Source, chunk int64) beam.PCollection {
	return handOut(s, beam.ParDo(s, &listFn{Source: src, Chunk: chunk}, beam.Impulse(s)))
}

// handOut hands the ranges of a list out one range a bundle: a splittable
// DoFn emits one range, moves its watermark on and checkpoints, so that
// each range reaches the reshuffle, and the stage that reads it, in a
// bundle of its own. Runners that put every pending element of a stage
// into one bundle (Prism) then read the ranges in parallel instead of one
// after the other on one core; the others balance them as they like.
func handOut(s beam.Scope, list beam.PCollection) beam.PCollection {
	if !RangeBundles {
		return beam.Reshuffle(s, beam.ParDo(s, eachRange, list))
	}
	return beam.Reshuffle(s, beam.ParDo(s, &rangesFn{}, list))
}

// RangeBundles chooses how the ranges are handed out when the pipeline is
// built: one a bundle (true, the default) or all at once to the reshuffle.
// One a bundle is what makes Prism read them in parallel, but the
// checkpointing DoFn makes the ranges an unbounded collection, which a
// runner such as Dataflow or Flink runs as a streaming job: the launcher
// turns it off for those runners, which balance the ranges themselves.
var RangeBundles = true

func eachRange(l RangeList, emit func(ingest.Range)) {
	for _, r := range l.Ranges {
		emit(r)
	}
}

// listAfterFn is listFn with a side input that it only waits for.
type listAfterFn struct {
	listFn
}

func (fn *listAfterFn) ProcessElement(ctx context.Context, b []byte, _ func(*Duplicate) bool, emit func(RangeList)) error {
	return fn.listFn.ProcessElement(ctx, b, emit)
}

// RangeList is the input's ranges, listed once.
type RangeList struct {
	Ranges []ingest.Range
}

// rangesFn emits the ranges of a RangeList one at a time, a bundle each.
type rangesFn struct{}

func (fn *rangesFn) CreateInitialRestriction(l RangeList) offsetrange.Restriction {
	return offsetrange.Restriction{Start: 0, End: int64(len(l.Ranges))}
}

func (fn *rangesFn) SplitRestriction(_ RangeList, r offsetrange.Restriction) []offsetrange.Restriction {
	return []offsetrange.Restriction{r}
}

func (fn *rangesFn) RestrictionSize(_ RangeList, r offsetrange.Restriction) float64 {
	return r.Size()
}

func (fn *rangesFn) CreateTracker(r offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(r))
}

func (fn *rangesFn) CreateWatermarkEstimator() *sdf.ManualWatermarkEstimator {
	return &sdf.ManualWatermarkEstimator{}
}

// rangeTime is the event time of the i-th range: ranges are stamped in
// order so that the watermark moves on with every range handed out (a
// stage with a side input starts a bundle when its input watermark moves).
func rangeTime(i int64) time.Time { return time.Unix(0, 0).Add(time.Duration(i) * time.Millisecond) }

func (fn *rangesFn) ProcessElement(we *sdf.ManualWatermarkEstimator, rt *sdf.LockRTracker, l RangeList, emit func(beam.EventTime, ingest.Range)) (sdf.ProcessContinuation, error) {
	i := rt.GetRestriction().(offsetrange.Restriction).Start
	if !rt.TryClaim(i) {
		return sdf.StopProcessing(), rt.GetError()
	}
	emit(mtime.FromTime(rangeTime(i)), l.Ranges[i])
	we.UpdateWatermark(rangeTime(i + 1))
	if i+1 >= int64(len(l.Ranges)) {
		return sdf.StopProcessing(), nil
	}
	return sdf.ResumeProcessingIn(0), nil
}

type listFn struct {
	Source ingest.Source
	Chunk  int64
}

func (fn *listFn) ProcessElement(ctx context.Context, _ []byte, emit func(RangeList)) error {
	files, err := ingest.List(ctx, fn.Source)
	if err != nil {
		return err
	}
	rs, err := ingest.Ranges(ctx, fn.Source, files, fn.Chunk)
	if err != nil {
		return err
	}
	if len(rs) > 0 {
		emit(RangeList{Ranges: rs})
	}
	return nil
}

type readFn struct {
	Source ingest.Source
}

func (fn *readFn) ProcessElement(ctx context.Context, r ingest.Range, emit func(Line)) error {
	return ingest.ReadRange(ctx, fn.Source, r, func(l ingest.Line) error {
		if l.Reason != "" {
			emit(Line{Source: r.File, LineNo: l.No, Unread: l.Reason, Size: l.Size})
			return nil
		}
		emit(Line{Source: r.File, LineNo: l.No, Data: append([]byte(nil), l.Data...), Size: l.Size})
		return nil
	})
}
