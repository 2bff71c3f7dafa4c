package transforms

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/deid-project/deid/ingest"
)

func init() {
	register.DoFn3x1[context.Context, []byte, func(ingest.Range), error](&listFn{})
	register.DoFn3x1[context.Context, ingest.Range, func(Line), error](&readFn{})
	register.Emitter1[ingest.Range]()
}

// ReadLines reads every non-blank line of the source. The input is listed
// and cut into ranges once (local plain files in chunks at line
// boundaries, gzip files and objects whole); only the small range
// descriptors are reshuffled over the workers, so lines stream from the
// reader into de-identification and the writers without being held by the
// runner: memory does not grow with the input.
func ReadLines(s beam.Scope, src ingest.Source, chunk int64) beam.PCollection {
	s = s.Scope("ReadLines")
	ranges := beam.ParDo(s, &listFn{Source: src, Chunk: chunk}, beam.Impulse(s))
	ranges = beam.Reshuffle(s, ranges)
	return beam.ParDo(s, &readFn{Source: src}, ranges)
}

type listFn struct {
	Source ingest.Source
	Chunk  int64
}

func (fn *listFn) ProcessElement(ctx context.Context, _ []byte, emit func(ingest.Range)) error {
	files, err := ingest.List(ctx, fn.Source)
	if err != nil {
		return err
	}
	rs, err := ingest.Ranges(ctx, fn.Source, files, fn.Chunk)
	if err != nil {
		return err
	}
	for _, r := range rs {
		emit(r)
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
