package storage

import (
	"context"
	"crypto/tls"
	"io"
	"time"
)

// Bucket is a flat namespace of objects addressed by slash-separated keys.
// Every method takes a context; implementations are safe for concurrent use.
//
// Obtain one with [Open] (by URL) or [NewBucket] (from a driver). Keys are
// relative to the bucket's scope: a bucket opened from s3://b/run1 stores
// key "x.parquet" as "run1/x.parquet".
type Bucket interface {
	// Put streams r into key, replacing any existing object, and returns the
	// stored object's attributes including the SHA-256 and size computed
	// while streaming. The object becomes visible only when complete.
	Put(ctx context.Context, key string, r io.Reader, opts *PutOptions) (*ObjectInfo, error)

	// Get opens key for reading. When the object carries a stored SHA-256
	// that the backend hands out with the read, the reader verifies the
	// content at EOF and returns an ErrIntegrity error instead of io.EOF on a
	// mismatch.
	Get(ctx context.Context, key string) (io.ReadCloser, error)

	// Stat returns key's size, stored SHA-256, metadata and modification time.
	Stat(ctx context.Context, key string) (*ObjectInfo, error)

	// List returns every object whose key starts with prefix, sorted by key.
	// Only Key, Size and ModTime are filled in; use Stat for the rest.
	List(ctx context.Context, prefix string) ([]ObjectInfo, error)

	// Delete removes key. Deleting a missing key is not an error.
	Delete(ctx context.Context, key string) error

	// Close releases the bucket's resources. Later calls fail with ErrClosed.
	Close() error
}

// PutOptions controls a Put. A nil *PutOptions means defaults.
type PutOptions struct {
	// ContentType is stored with the object; empty means
	// application/octet-stream.
	ContentType string

	// Metadata is stored with the object. Keys are lower-case ASCII letters,
	// digits and '-' (at most 128 bytes); values are printable ASCII. The key
	// "sha256" is reserved. Never put transcript text here.
	Metadata map[string]string
}

// ObjectInfo describes a stored object.
type ObjectInfo struct {
	Key         string // relative to the bucket's scope
	Size        int64
	SHA256      string // lower-case hex; empty if the object carries none
	ContentType string
	Metadata    map[string]string
	ModTime     time.Time
}

// Options configures [Open]. A nil *Options means defaults. Each backend
// reads the fields that apply to it and ignores the rest.
type Options struct {
	// Endpoint overrides the service address: "host:port" or a URL with an
	// http or https scheme. Without a scheme TLS is used. For s3 it defaults
	// to $AWS_ENDPOINT_URL_S3, $AWS_ENDPOINT_URL, then AWS; for gs to
	// $STORAGE_EMULATOR_HOST (an emulator, plain http unless it says https),
	// then Google.
	Endpoint string

	// Region (s3). Defaults to $AWS_REGION, $AWS_DEFAULT_REGION, us-east-1.
	Region string

	// AccessKey and SecretKey (s3). Default to $AWS_ACCESS_KEY_ID and
	// $AWS_SECRET_ACCESS_KEY; SessionToken to $AWS_SESSION_TOKEN.
	AccessKey    string
	SecretKey    string
	SessionToken string

	// Anonymous sends no credentials (emulators, public buckets).
	Anonymous bool

	// VirtualHostStyle addresses S3 buckets as bucket.host instead of the
	// default path style (host/bucket) that MinIO-like servers need.
	VirtualHostStyle bool

	// CAFile names a PEM bundle; when set, only these CAs are trusted for
	// the backend's TLS connections (not the system roots).
	CAFile string

	// TLSConfig is the base TLS configuration (cloned, never modified).
	TLSConfig *tls.Config

	// MinTLSVersion is the lowest TLS version accepted (tls.VersionTLS12
	// or tls.VersionTLS13); zero means TLS 1.3 (DefaultMinTLS).
	MinTLSVersion uint16

	// Pins are SPKI SHA-256 pins, "sha256/BASE64" (see SPKIPin): when set,
	// a TLS connection is accepted only if a certificate of its verified
	// chain (the server's, an intermediate's or the CA's) has one of these
	// public keys. The check is part of the handshake: nothing is sent to
	// a server that fails it.
	Pins []string

	// AllowedHosts, when set, is the only set of endpoints a backend
	// connects to: "host", "host:port" or "*.domain". Checked when the
	// bucket is opened and again on every dial.
	AllowedHosts []string

	// RequirePrivateEndpoint refuses the service's public default
	// endpoints (storage.googleapis.com, s3.amazonaws.com, their regional
	// names) when the bucket is opened, and any connection to an address
	// that is not private (RFC 1918/4193, loopback, link-local) when
	// dialling: a Private Service Connect endpoint, a VPC interface
	// endpoint or an on-prem gateway is required.
	RequirePrivateEndpoint bool

	// KMSKey encrypts every object written with the customer's key: a
	// Cloud KMS key name for gs (projects/P/locations/L/keyRings/R/
	// cryptoKeys/K: CMEK), a KMS key id or ARN for s3 (SSE-KMS).
	KMSKey string

	// SSECustomerKey (s3): a 32-byte key for SSE-C; every write and read
	// carries it. Exclusive with KMSKey.
	SSECustomerKey []byte

	// RequireCMEK refuses to open a cloud bucket without KMSKey (or, for
	// s3, SSECustomerKey).
	RequireCMEK bool

	// AllowInsecure permits plain-http endpoints and TLS configurations that
	// skip verification. Cloud sinks fail closed without it: only tests
	// against loopback emulators should set it.
	AllowInsecure bool

	// TempDir holds spool files for backends that need an object's digest
	// before uploading it (s3) when the body is not seekable. Defaults to
	// os.TempDir(). Spool files are private (0600) and removed after the Put.
	TempDir string

	// PartSize is the multipart part size for s3 and the chunk size for gs
	// uploads; zero means the backend default (16 MiB).
	PartSize int64

	// StallTimeout is how long a call may go without progress (no byte of
	// a body read or of a response received, no listing entry) before it
	// is cut off with ErrStalled and tried again; zero means
	// DefaultStallTimeout (1 min). A stalled connection never hangs a run.
	StallTimeout time.Duration

	// MaxAttempts bounds the attempts of one call (zero:
	// DefaultMaxAttempts). Only transient failures are retried (network
	// errors, server errors, stalls; not refusals such as not found or
	// permission denied), after a capped exponential backoff with full
	// jitter that honours the context.
	MaxAttempts int

	// RetryBudget bounds the time all retried calls of the bucket may
	// spend in failed attempts and backoff; share one between the buckets
	// of a run to bound the run's. Nil: a budget of DefaultRetryBudget per
	// bucket.
	RetryBudget *RetryBudget
}
