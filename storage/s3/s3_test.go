package s3_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"strings"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/minio/minio-go/v7"

	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
	s3 "github.com/deid-project/deid/storage/s3"
	"github.com/deid-project/deid/storage/storagetest"
)

// conformance runs the suite against srv; every subtest gets its own bucket
// and is opened through a URL with a prefix, so URL scoping is exercised too.
func conformance(t *testing.T, srv *testserver.S3Server) {
	storagetest.RunURLConformance(t, "s3", func(t *testing.T) string { return srv.CreateBucket(t, "") }, srv.Options())
}

func TestConformance(t *testing.T) { conformance(t, testserver.StartS3(t)) }

func TestConformanceTLS(t *testing.T) {
	srv := testserver.StartS3TLS(t)
	if opts := srv.Options(); opts.AllowInsecure || opts.CAFile == "" {
		t.Fatalf("TLS options = %+v", opts)
	}
	conformance(t, srv)
}

func TestURLPrefixScopesKeys(t *testing.T) {
	srv := testserver.StartS3(t)
	bucket := srv.CreateBucket(t, "")
	ctx := t.Context()
	scoped, err := storage.Open(ctx, "s3://"+bucket+"/exports/2024", srv.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer scoped.Close()
	if _, err := scoped.Put(ctx, "a.jsonl", strings.NewReader("{}"), nil); err != nil {
		t.Fatal(err)
	}
	root, err := storage.Open(ctx, "s3://"+bucket, srv.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	infos, err := root.List(ctx, "")
	if err != nil || len(infos) != 1 || infos[0].Key != "exports/2024/a.jsonl" {
		t.Fatalf("root List = %+v, %v", infos, err)
	}
	// The stored object carries the digest as plain S3 user metadata.
	oi, err := srv.Client(t).StatObject(ctx, bucket, "exports/2024/a.jsonl", minio.StatObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := oi.UserMetadata["Sha256"], storagetest.SHA256([]byte("{}")); got != want {
		t.Fatalf("x-amz-meta-sha256 = %q, want %q (all: %v)", got, want, oi.UserMetadata)
	}
}

func TestPlainHTTPRefusedWithoutAllowInsecure(t *testing.T) {
	srv := testserver.StartS3(t)
	opts := srv.Options()
	opts.AllowInsecure = false
	_, err := storage.Open(t.Context(), "s3://bucket", opts)
	if !errors.Is(err, storage.ErrInsecure) {
		t.Fatalf("Open over http = %v, want ErrInsecure", err)
	}
	// A TLS config that skips verification is just as insecure.
	opts = &storage.Options{Endpoint: "https://127.0.0.1:1", AccessKey: "a", SecretKey: "b"}
	opts.TLSConfig = testserver.NewCA(t).ClientTLS()
	opts.TLSConfig.InsecureSkipVerify = true
	if _, err := storage.Open(t.Context(), "s3://bucket", opts); !errors.Is(err, storage.ErrInsecure) {
		t.Fatalf("Open with InsecureSkipVerify = %v, want ErrInsecure", err)
	}
}

func TestTLSWithUntrustedCAFails(t *testing.T) {
	srv := testserver.StartS3TLS(t)
	bucket := srv.CreateBucket(t, "")
	opts := srv.Options()
	opts.CAFile = testserver.NewCA(t).CAFile // a different CA: the server's cert must not verify
	b, err := storage.Open(t.Context(), "s3://"+bucket, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Put(t.Context(), "k", strings.NewReader("x"), nil); err == nil ||
		!strings.Contains(err.Error(), "certificate") {
		t.Fatalf("Put against a server signed by another CA = %v, want a certificate error", err)
	}
}

func TestNoCredentialsRefused(t *testing.T) {
	t.Setenv("AWS_ACCESS_KEY_ID", "")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "")
	_, err := storage.Open(t.Context(), "s3://bucket", &storage.Options{Endpoint: "https://127.0.0.1:1"})
	if !errors.Is(err, storage.ErrInvalidArgument) {
		t.Fatalf("Open without credentials = %v", err)
	}
}

func TestCredentialsFromEnvironment(t *testing.T) {
	srv := testserver.StartS3(t)
	bucket := srv.CreateBucket(t, "")
	t.Setenv("AWS_ACCESS_KEY_ID", srv.AccessKey)
	t.Setenv("AWS_SECRET_ACCESS_KEY", srv.SecretKey)
	b, err := storage.Open(t.Context(), "s3://"+bucket, &storage.Options{Endpoint: srv.Endpoint, AllowInsecure: true})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Put(t.Context(), "k", strings.NewReader("x"), nil); err != nil {
		t.Fatalf("Put with env credentials: %+v", err)
	}
}

func TestErrorsClassifiedAndNative(t *testing.T) {
	srv := testserver.StartS3(t)
	bucket := srv.CreateBucket(t, "")
	ctx := t.Context()
	b, err := storage.Open(ctx, "s3://"+bucket, srv.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	_, err = b.Stat(ctx, "missing")
	var er minio.ErrorResponse
	if !errors.Is(err, storage.ErrNotFound) || !errors.As(err, &er) {
		t.Fatalf("Stat(missing) = %v; want ErrNotFound wrapping minio.ErrorResponse", err)
	}

	nb, err := storage.Open(ctx, "s3://no-such-bucket-"+bucket, srv.Options())
	if err != nil {
		t.Fatal(err)
	}
	defer nb.Close()
	if _, err := nb.Put(ctx, "k", strings.NewReader("x"), nil); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("Put to missing bucket = %v, want ErrNotFound", err)
	}

	bad := srv.Options()
	bad.SecretKey = "wrong-" + bad.SecretKey
	wb, err := storage.Open(ctx, "s3://"+bucket, bad)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	if _, err := wb.Put(ctx, "k", strings.NewReader("x"), nil); !errors.Is(err, storage.ErrPermissionDenied) {
		t.Fatalf("Put with a wrong secret = %v, want ErrPermissionDenied", err)
	}
}

// TestServerChecksSHA256 shows that the checksum Put sends is really
// verified: a PUT whose x-amz-checksum-sha256 disagrees with the body fails
// and leaves no object.
func TestServerChecksSHA256(t *testing.T) {
	srv := testserver.StartS3(t)
	bucket := srv.CreateBucket(t, "")
	c, err := s3.NewClient(srv.Options())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	wrong := sha256.Sum256([]byte("something else"))
	body := []byte("the real body")
	_, err = c.PutObject(ctx, bucket, "k", bytes.NewReader(body), int64(len(body)), minio.PutObjectOptions{
		UserMetadata: map[string]string{"x-amz-checksum-sha256": base64.StdEncoding.EncodeToString(wrong[:])},
	})
	if err == nil {
		t.Fatal("server accepted a PUT with a wrong x-amz-checksum-sha256")
	}
	var er minio.ErrorResponse
	if !errors.As(err, &er) {
		t.Fatalf("rejection is not a minio.ErrorResponse: %v", err)
	}
	t.Logf("server rejected the bad checksum: %s: %s", er.Code, er.Message)
	if _, err := c.StatObject(ctx, bucket, "k", minio.StatObjectOptions{}); err == nil {
		t.Fatal("object exists after a rejected PUT")
	}
}
