// Package storage is the blob layer through which deid exports de-identified
// research data: to a local directory on-prem, or to S3-compatible and Google
// Cloud Storage buckets. It sits at the very end of the flow; nothing that
// has not passed the de-identification gate should reach it.
//
// # Interface
//
// [Bucket] is a small, context-taking, portable API: Put (streaming, returns
// SHA-256 and size), Get, Stat, List (sorted by key), Delete and Close. It is
// modelled on gocloud.dev/blob's split without depending on it: backends
// implement the lower-level [driver.Bucket] over full keys and return raw
// errors; [NewBucket] wraps one in the portable layer, which
//
//   - validates keys (no "..", no leading '/', no empty or ".deid-" segments,
//     no control characters; see [ValidateKey]) and metadata (lower-case
//     keys, printable-ASCII values, "sha256" reserved);
//   - hashes every byte that leaves the caller's reader and checks that the
//     backend recorded the same SHA-256 and size, deleting the object and
//     failing with [ErrIntegrity] otherwise;
//   - verifies reads: a Get whose backend hands out the stored SHA-256 fails
//     with ErrIntegrity at EOF if the content does not match;
//   - classifies errors into [ErrNotFound], [ErrInvalidArgument],
//     [ErrPermissionDenied], [ErrIntegrity], … with errors.Is, while the
//     native error (minio.ErrorResponse, *googleapi.Error, *fs.PathError)
//     stays reachable with errors.As. Messages carry the operation and key,
//     never object contents or metadata values.
//
// [Prefixed] scopes a bucket under a key prefix; a URL path does the same.
//
// # Registration
//
// Backends register a URL scheme from init, as Beam's filesystem.Register:
// storage/local registers "file" (plain paths too), storage/s3 "s3",
// storage/gcs "gs". [Register] panics on a duplicate. [Open] dispatches on
// the scheme; an unregistered scheme fails with [ErrUnknownScheme] and names
// the import to add:
//
//	import (
//		"github.com/deid-project/deid/storage"
//		_ "github.com/deid-project/deid/storage/s3"
//	)
//	b, err := storage.Open(ctx, "s3://research-exports/run-42", &storage.Options{
//		Endpoint: "https://objects.example.org", CAFile: "/etc/deid/ca.pem",
//	})
//
// # Digests and large objects
//
// Put streams; it never holds an object in memory. Cloud backends record the
// SHA-256 as object metadata ("sha256") in the same request that creates
// the object, so no object is ever visible without its digest. Because
// that metadata must be sent first, the portable layer computes the digest
// before uploading ([driver.Bucket.DigestFirst]): a seekable body (a file,
// a bytes.Reader) is read twice; any other body is spooled to a private
// 0600 file in [Options.TempDir] that is removed after the Put. The second
// read is hashed again, so a source that changes in between is caught. On
// top of that each service checks a transport checksum: S3 a full-object
// x-amz-checksum-sha256 (single PUT) or per-part SHA-256 (multipart), GCS a
// full-object CRC32C. The local backend streams into a temp file and renames
// it into place.
//
// [Verify] is the end-to-end check for an export: it compares the stored
// size and SHA-256 with the expected ones and re-reads the object to hash it.
//
// # Fail-closed transport
//
// Cloud sinks refuse plain http and TLS configurations that skip
// verification unless [Options.AllowInsecure] is set ([ErrInsecure]); this
// includes STORAGE_EMULATOR_HOST, whose convention is http. Only tests
// against loopback emulators should set it, and even they can use TLS:
// internal/testserver starts versitygw and fake-gcs-server with a
// certificate from a throw-away CA and [Options.CAFile] trusts only that CA.
//
// # Tests
//
// storage/storagetest is the one conformance suite; each backend runs it
// against its real server: a temp directory, versitygw (over http and TLS)
// and fake-gcs-server (over http and TLS), started by internal/testserver
// from the versions pinned in tools/go.mod.
package storage
