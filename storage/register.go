package storage

import (
	"context"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/cockroachdb/errors"
)

// Opener opens a bucket for a URL of the scheme it was registered for. A
// plain filesystem path reaches the "file" opener as file:///abs/path.
type Opener func(ctx context.Context, u *url.URL, opts *Options) (Bucket, error)

var (
	registryMu sync.RWMutex
	registry   = map[string]Opener{}
)

// Built-in backends, for the hint in the unknown-scheme error.
var knownImports = map[string]string{
	"file": "github.com/deid-project/deid/storage/local",
	"s3":   "github.com/deid-project/deid/storage/s3",
	"gs":   "github.com/deid-project/deid/storage/gcs",
}

// Register makes opener handle URLs with the given scheme. Backends call it
// from init. It panics if the scheme is empty, the opener nil, or the scheme
// already registered (two backends claiming one scheme is a build mistake).
func Register(scheme string, opener Opener) {
	scheme = strings.ToLower(scheme)
	if scheme == "" || opener == nil {
		panic("storage: Register with empty scheme or nil opener")
	}
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[scheme]; dup {
		panic("storage: scheme " + scheme + " registered twice")
	}
	registry[scheme] = opener
}

// Schemes returns the registered schemes, sorted.
func Schemes() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	out := make([]string, 0, len(registry))
	for s := range registry {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Open opens the bucket named by rawURL:
//
//	/data/out, ./out, file:///data/out   local directory (storage/local)
//	s3://bucket/prefix                   S3 or an S3-compatible server (storage/s3)
//	gs://bucket/prefix                   Google Cloud Storage (storage/gcs)
//
// A prefix scopes every key of the returned bucket. The backend's package
// must be imported (usually blank) so that it registers its scheme.
func Open(ctx context.Context, rawURL string, opts *Options) (Bucket, error) {
	if opts == nil {
		opts = &Options{}
	}
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	registryMu.RLock()
	opener := registry[u.Scheme]
	registryMu.RUnlock()
	if opener == nil {
		hint := "register an opener with storage.Register"
		if imp, ok := knownImports[u.Scheme]; ok {
			hint = "add: import _ \"" + imp + "\""
		}
		return nil, errors.Mark(
			errors.Newf("storage: no backend registered for scheme %q; %s", errors.Safe(u.Scheme), errors.Safe(hint)),
			ErrUnknownScheme)
	}
	b, err := opener(ctx, u, opts)
	if err != nil {
		return nil, errors.Wrapf(err, "storage: open %s://%s", errors.Safe(u.Scheme), errors.Safe(u.Host))
	}
	return b, nil
}

func parseURL(raw string) (*url.URL, error) {
	if raw == "" {
		return nil, errors.Mark(errors.New("storage: empty URL"), ErrInvalidArgument)
	}
	if !strings.Contains(raw, "://") {
		abs, err := filepath.Abs(raw)
		if err != nil {
			return nil, errors.Mark(errors.Wrap(err, "storage: local path"), ErrInvalidArgument)
		}
		return &url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}, nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, errors.Mark(errors.Wrap(err, "storage: parse URL"), ErrInvalidArgument)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	return u, nil
}

// BucketURL adapts open to an Opener for object stores addressed as
// scheme://bucket/prefix: the host names the bucket, the path the key scope.
func BucketURL(open func(ctx context.Context, bucket, prefix string, opts *Options) (Bucket, error)) Opener {
	return func(ctx context.Context, u *url.URL, opts *Options) (Bucket, error) {
		prefix, err := URLPrefix(u)
		if err != nil {
			return nil, err
		}
		return open(ctx, u.Host, prefix, opts)
	}
}

// URLPrefix returns the key scope carried by a bucket URL's path: without
// the leading '/', with a trailing '/' added when non-empty. Backends use it.
func URLPrefix(u *url.URL) (string, error) {
	p := strings.TrimPrefix(u.Path, "/")
	if p == "" {
		return "", nil
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	if err := ValidateKey(strings.TrimSuffix(p, "/")); err != nil {
		return "", errors.Wrap(err, "URL prefix")
	}
	return p, nil
}
