package testserver_test

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"

	"github.com/deid-project/deid/internal/testserver"
)

func TestS3PlainAndTLS(t *testing.T) {
	for name, start := range map[string]func(testing.TB) *testserver.S3Server{
		"plain": testserver.StartS3, "tls": testserver.StartS3TLS,
	} {
		t.Run(name, func(t *testing.T) {
			s := start(t)
			bucket := s.CreateBucket(t, "")
			c := s.Client(t)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			data := []byte("hello")
			if _, err := c.PutObject(ctx, bucket, "k", bytes.NewReader(data), int64(len(data)), minio.PutObjectOptions{
				UserMetadata: map[string]string{"a": "b"},
			}); err != nil {
				t.Fatalf("put: %v", err)
			}
			o, err := c.GetObject(ctx, bucket, "k", minio.GetObjectOptions{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(o)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("get = %q, %v", got, err)
			}
		})
	}
}

func TestS3RejectsWrongCredentials(t *testing.T) {
	s := testserver.StartS3(t)
	bucket := s.CreateBucket(t, "")
	bad := *s
	bad.SecretKey = "wrong" + s.SecretKey
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := bad.Client(t).PutObject(ctx, bucket, "k", bytes.NewReader([]byte("x")), 1, minio.PutObjectOptions{})
	if err == nil {
		t.Fatal("server accepted a request signed with the wrong secret")
	}
}

func TestGCSPlainAndTLS(t *testing.T) {
	for name, start := range map[string]func(testing.TB) *testserver.GCSServer{
		"plain": testserver.StartGCS, "tls": testserver.StartGCSTLS,
	} {
		t.Run(name, func(t *testing.T) {
			s := start(t)
			b := s.CreateBucket(t, "")
			resp, err := s.HTTPClient(t).Get(s.Endpoint + "/storage/v1/b/" + b)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("get bucket: %s", resp.Status)
			}
		})
	}
}
