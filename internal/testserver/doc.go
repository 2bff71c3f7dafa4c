// Package testserver starts the project's test servers as real processes on
// loopback ports, for integration tests of the storage backends and other
// cloud-facing code:
//
//	s3 := testserver.StartS3(t)       // versitygw (posix backend), signature-checking S3
//	s3 := testserver.StartS3TLS(t)    // the same over TLS with a throw-away CA
//	gcs := testserver.StartGCS(t)     // fake-gcs-server, in-memory backend
//	gcs := testserver.StartGCSTLS(t)
//
// The binaries are built from the versions pinned in tools/go.mod into
// ./.bin by scripts/tools.sh; a missing or stale binary is built on first
// use (minutes on a cold cache). A server that cannot be started fails the
// test: it never skips, because a skipped integration test looks green.
// Each server gets a temporary directory, random credentials where the
// server checks them, and a t.Cleanup that stops it. Server output goes to
// a log file whose tail is printed when start-up fails.
//
// Optional overrides point tests at an already running server instead:
// DEID_TEST_S3_ENDPOINT with DEID_TEST_S3_ACCESS_KEY and
// DEID_TEST_S3_SECRET_KEY (and DEID_TEST_S3_CA_FILE for https), and
// DEID_TEST_GCS_ENDPOINT (and DEID_TEST_GCS_CA_FILE). DEID_TOOLS_BIN
// overrides the binary directory.
package testserver
