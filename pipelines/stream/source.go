package stream

import (
	"context"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/deid-project/deid/ingest"
)

// Object is an input file or object that has arrived.
type Object struct {
	Key     string    `json:"key"` // a local path, or a key under the s3 prefix
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
	// ETag, when the source knows it, identifies the version on its own.
	ETag string `json:"etag,omitempty"`
}

// Version identifies the content of the object: its ETag, or its size and
// modification time.
func (o Object) Version() string {
	if o.ETag != "" {
		return "etag:" + o.ETag
	}
	return strconv.FormatInt(o.Size, 10) + "@" + strconv.FormatInt(o.ModTime.UnixNano(), 10)
}

// Source tells the stream which input objects have arrived. It is the one
// seam between the stream and where its input comes from: the listing
// source below polls a directory or an s3 prefix; a notification source
// (Pub/Sub on Dataflow) would pull notifications in Discover and
// acknowledge them in Done.
type Source interface {
	// Discover returns the objects ready to be read now. It may return
	// objects it returned before: the stream keeps what it has committed
	// and skips them.
	Discover(ctx context.Context) ([]Object, error)
	// Input is where a window's pipeline reads the objects from; the
	// stream pins it to the window's keys.
	Input() ingest.Source
	// Done is called once the objects are committed (exported,
	// quarantined or rejected, and recorded).
	Done(ctx context.Context, objs []Object) error
}

// Ignored reports whether a file name is not (yet) an input: writers drop
// files by atomic rename, so a name starting with "." or ending in ".tmp"
// or ".part" is a file being written.
func Ignored(key string) bool {
	base := path.Base(filepath.ToSlash(key))
	return strings.HasPrefix(base, ".") || strings.HasSuffix(base, ".tmp") || strings.HasSuffix(base, ".part")
}

// Listing is the Source that lists a local directory or an on-prem s3://
// prefix at every poll (ingest.ListObjects).
type Listing struct {
	In ingest.Source
}

// Discover lists the input, without the files being written.
func (l Listing) Discover(ctx context.Context) ([]Object, error) {
	objs, err := ingest.ListObjects(ctx, l.In)
	if err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(objs))
	for _, o := range objs {
		if !Ignored(o.Key) {
			out = append(out, Object{Key: o.Key, Size: o.Size, ModTime: o.ModTime})
		}
	}
	return out, nil
}

// Input is the listed source.
func (l Listing) Input() ingest.Source { return l.In }

// Done does nothing: the committed state is the stream's.
func (Listing) Done(context.Context, []Object) error { return nil }
