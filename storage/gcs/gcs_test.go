package gcs_test

import (
	"strings"
	"testing"

	gcsapi "cloud.google.com/go/storage"
	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/storage/gcs"
	"github.com/deid-project/deid/storage/storagetest"
)

func conformance(t *testing.T, srv *testserver.GCSServer) {
	storagetest.RunURLConformance(t, "gs", func(t *testing.T) string { return srv.CreateBucket(t, "") }, srv.Options())
}

func TestConformance(t *testing.T) { conformance(t, testserver.StartGCS(t)) }

func TestConformanceTLS(t *testing.T) { conformance(t, testserver.StartGCSTLS(t)) }

func TestEmulatorHostEnv(t *testing.T) {
	srv := testserver.StartGCS(t)
	bucket := srv.CreateBucket(t, "")
	t.Setenv("STORAGE_EMULATOR_HOST", srv.Host)
	ctx := t.Context()
	// The emulator convention is plain http: still refused unless allowed.
	if _, err := storage.Open(ctx, "gs://"+bucket, nil); !errors.Is(err, storage.ErrInsecure) {
		t.Fatalf("Open via STORAGE_EMULATOR_HOST without AllowInsecure = %v, want ErrInsecure", err)
	}
	b, err := storage.Open(ctx, "gs://"+bucket+"/p", &storage.Options{AllowInsecure: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	info, err := b.Put(ctx, "k", strings.NewReader("hello"), &storage.PutOptions{Metadata: map[string]string{"a": "b"}})
	if err != nil {
		t.Fatalf("Put: %+v", err)
	}
	if err := storage.Verify(ctx, b, "k", info.SHA256, info.Size); err != nil {
		t.Fatalf("Verify: %+v", err)
	}
	// The digest is ordinary GCS custom metadata on the scoped object.
	c, err := gcs.NewClient(ctx, &storage.Options{AllowInsecure: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	a, err := c.Bucket(bucket).Object("p/k").Attrs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.Metadata["sha256"] != storagetest.SHA256([]byte("hello")) || a.Metadata["a"] != "b" {
		t.Fatalf("object metadata = %v", a.Metadata)
	}
}

func TestPlainHTTPRefused(t *testing.T) {
	t.Setenv("STORAGE_EMULATOR_HOST", "")
	_, err := storage.Open(t.Context(), "gs://bucket", &storage.Options{Endpoint: "http://127.0.0.1:1", Anonymous: true})
	if !errors.Is(err, storage.ErrInsecure) {
		t.Fatalf("Open over http = %v, want ErrInsecure", err)
	}
}

func TestTLSWithUntrustedCAFails(t *testing.T) {
	srv := testserver.StartGCSTLS(t)
	bucket := srv.CreateBucket(t, "")
	opts := srv.Options()
	opts.CAFile = testserver.NewCA(t).CAFile
	b, err := storage.Open(t.Context(), "gs://"+bucket, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Put(t.Context(), "k", strings.NewReader("x"), nil); err == nil ||
		!strings.Contains(err.Error(), "certificate") {
		t.Fatalf("Put against a server signed by another CA = %v, want a certificate error", err)
	}
}

func TestErrorsClassifiedAndNative(t *testing.T) {
	srv := testserver.StartGCS(t)
	bucket := srv.CreateBucket(t, "")
	ctx := t.Context()
	b, err := storage.Open(ctx, "gs://"+bucket, srv.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	_, err = b.Stat(ctx, "missing")
	if !errors.Is(err, storage.ErrNotFound) || !errors.Is(err, gcsapi.ErrObjectNotExist) {
		t.Fatalf("Stat(missing) = %v; want ErrNotFound and storage.ErrObjectNotExist", err)
	}
	nb, err := storage.Open(ctx, "gs://no-such-"+bucket, srv.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer nb.Close()
	if _, err := nb.Put(ctx, "k", strings.NewReader("x"), nil); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("Put to missing bucket = %v, want ErrNotFound", err)
	}
}
