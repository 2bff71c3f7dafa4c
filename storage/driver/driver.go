// Package driver defines the interface that storage backends implement.
//
// It is the lower half of the split borrowed from gocloud.dev/blob: a backend
// (storage/local, storage/s3, storage/gcs) implements [Bucket] over full keys
// and returns its native errors untouched; the portable layer in package
// storage validates keys and metadata, scopes keys under a prefix, hashes the
// stream, classifies errors with [Bucket.ErrorKind] and re-checks what the
// backend reports. Application code never uses this package directly.
package driver

import (
	"context"
	"io"
	"time"
)

// SHA256Key is the user-metadata key under which every backend stores the
// hex SHA-256 of an object's content. The portable layer reserves it: callers
// cannot set it, and it is removed from the metadata map they get back.
const SHA256Key = "sha256"

// Kind is the portable class of a backend error.
type Kind int

// Error kinds a backend can report from ErrorKind.
const (
	Unknown Kind = iota
	NotFound
	InvalidArgument
	PermissionDenied
	Integrity
	AlreadyExists
)

// Attrs describes a stored object as the backend sees it.
type Attrs struct {
	Key         string // full key, including any scope prefix
	Size        int64
	SHA256      string // lower-case hex; empty if the object carries none
	ContentType string
	Metadata    map[string]string // user metadata without SHA256Key
	ModTime     time.Time
	ETag        string // backend-specific version tag; informative only
}

// PutRequest carries what the portable layer knows about an upload.
type PutRequest struct {
	ContentType string
	Metadata    map[string]string // validated user metadata, no SHA256Key

	// SHA256 (hex) and Size are the digest of the body, filled in before the
	// call when the backend asked for it (Bucket.DigestFirst); otherwise SHA256
	// is empty and Size is -1.
	SHA256 string
	Size   int64

	// Digest reports the SHA-256 (hex) and length of everything read from the
	// body so far. A streaming backend calls it after the body returned
	// io.EOF to learn the digest it must store.
	Digest func() (sha256Hex string, size int64)
}

// Bucket is a backend. Keys are full keys (the portable layer has already
// validated them and added the scope prefix).
type Bucket interface {
	// DigestFirst reports whether the backend needs the SHA-256 and size
	// before the upload starts (S3: metadata travels with the first request).
	// The portable layer then hashes a seekable body in a first pass, or
	// spools a non-seekable one to a private temporary file.
	DigestFirst() bool

	// Put stores body under key and returns the stored attributes; Attrs.SHA256
	// and Attrs.Size must be the values the backend recorded.
	Put(ctx context.Context, key string, body io.Reader, req *PutRequest) (*Attrs, error)

	// Get opens key for reading. The returned Attrs may be nil; when it carries
	// a SHA256 the portable layer verifies the content against it at EOF.
	Get(ctx context.Context, key string) (io.ReadCloser, *Attrs, error)

	// Stat returns the attributes of key.
	Stat(ctx context.Context, key string) (*Attrs, error)

	// List calls fn for every object whose key starts with prefix (flat, no
	// delimiter), in any order. Only Key, Size and ModTime need to be set.
	List(ctx context.Context, prefix string, fn func(Attrs) error) error

	// Delete removes key. Deleting a missing key is not an error.
	Delete(ctx context.Context, key string) error

	// Close releases the backend's resources.
	Close() error

	// ErrorKind classifies an error returned by this backend.
	ErrorKind(err error) Kind
}
