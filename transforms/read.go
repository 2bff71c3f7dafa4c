package transforms

import (
	"context"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/deid-project/deid/ingest"
)

func init() {
	register.DoFn3x1[context.Context, []byte, func(string), error](&listFn{})
	register.DoFn3x1[context.Context, string, func(Line), error](&readFn{})
}

// ReadLines reads every non-blank line of the source's files. Files are
// listed once, then spread over workers with a reshuffle so that many files
// are read in parallel.
func ReadLines(s beam.Scope, src ingest.Source) beam.PCollection {
	s = s.Scope("ReadLines")
	files := beam.ParDo(s, &listFn{Source: src}, beam.Impulse(s))
	files = beam.Reshuffle(s, files)
	return beam.ParDo(s, &readFn{Source: src}, files)
}

type listFn struct {
	Source ingest.Source
}

func (fn *listFn) ProcessElement(ctx context.Context, _ []byte, emit func(string)) error {
	files, err := ingest.List(ctx, fn.Source)
	if err != nil {
		return err
	}
	for _, f := range files {
		emit(f)
	}
	return nil
}

type readFn struct {
	Source ingest.Source
}

func (fn *readFn) ProcessElement(ctx context.Context, file string, emit func(Line)) error {
	return ingest.Read(ctx, fn.Source, file, func(n int64, line []byte) error {
		emit(Line{Source: file, LineNo: n, Data: append([]byte(nil), line...)})
		return nil
	})
}
