package s3_test

import (
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/minio/minio-go/v7"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
)

type recorded struct {
	method string
	header http.Header
}

// recordingS3 is versitygw (which accepts and ignores SSE headers) behind a
// TLS proxy that records every request and reports each object's
// encryption back as S3 does (testserver.SSEEcho).
func recordingS3(t *testing.T) (*testserver.S3Server, *testserver.TLSProxy, func() []recorded) {
	return recordingS3Echo(t, true)
}

// recordingS3Echo is recordingS3; without echo the proxy reports no
// encryption (versitygw's own answers), as a service that ignored it.
func recordingS3Echo(t *testing.T, echo bool) (*testserver.S3Server, *testserver.TLSProxy, func() []recorded) {
	srv := testserver.StartS3(t)
	var mu sync.Mutex
	var reqs []recorded
	echoReq, echoResp := testserver.SSEEcho()
	o := testserver.TLSProxyOptions{OnRequest: func(r *http.Request) {
		mu.Lock()
		reqs = append(reqs, recorded{r.Method, r.Header.Clone()})
		mu.Unlock()
		echoReq(r)
	}}
	if echo {
		o.OnResponse = echoResp
	}
	p := testserver.StartTLSProxy(t, srv.Endpoint, o)
	return srv, p, func() []recorded {
		mu.Lock()
		defer mu.Unlock()
		return append([]recorded(nil), reqs...)
	}
}

func openBehind(t *testing.T, srv *testserver.S3Server, p *testserver.TLSProxy, bucket string, mod func(*storage.Options)) storage.Bucket {
	o := srv.Options()
	o.Endpoint, o.CAFile, o.AllowInsecure = p.Endpoint, p.CA.CAFile, false
	mod(o)
	b, err := storage.Open(t.Context(), "s3://"+bucket+"/exports", o)
	require.NoError(t, err)
	t.Cleanup(func() { b.Close() })
	return b
}

// TestSSEKMSOnEveryWrite: every PUT names the hospital's KMS key
// (SSE-KMS); reads need no key.
func TestSSEKMSOnEveryWrite(t *testing.T) {
	srv, p, reqs := recordingS3(t)
	bucket := srv.CreateBucket(t, "")
	const key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
	b := openBehind(t, srv, p, bucket, func(o *storage.Options) { o.KMSKey = key })
	for _, k := range []string{"a.jsonl", "b.parquet"} {
		info, err := b.Put(t.Context(), k, strings.NewReader("{}"), nil)
		require.NoError(t, err)
		require.NoError(t, storage.Verify(t.Context(), b, k, info.SHA256, info.Size))
	}
	puts := 0
	for _, r := range reqs() {
		if r.method == http.MethodPut {
			puts++
			assert.Equal(t, "aws:kms", r.header.Get("X-Amz-Server-Side-Encryption"))
			assert.Equal(t, key, r.header.Get("X-Amz-Server-Side-Encryption-Aws-Kms-Key-Id"))
		}
	}
	assert.Equal(t, 2, puts)
}

// TestSSECOnEveryRequest: with SSE-C every PUT, GET and HEAD carries the
// customer key (S3 needs it to read the object back), over TLS only.
func TestSSECOnEveryRequest(t *testing.T) {
	srv, p, reqs := recordingS3(t)
	bucket := srv.CreateBucket(t, "")
	b := openBehind(t, srv, p, bucket, func(o *storage.Options) { o.SSECustomerKey = []byte("0123456789abcdef0123456789abcdef") })
	info, err := b.Put(t.Context(), "a.jsonl", strings.NewReader("{}"), nil)
	require.NoError(t, err)
	require.NoError(t, storage.Verify(t.Context(), b, "a.jsonl", info.SHA256, info.Size))
	methods := map[string]int{}
	for _, r := range reqs() {
		if r.method == http.MethodPut || r.method == http.MethodGet || r.method == http.MethodHead {
			methods[r.method]++
			assert.Equal(t, "AES256", r.header.Get("X-Amz-Server-Side-Encryption-Customer-Algorithm"))
			assert.NotEmpty(t, r.header.Get("X-Amz-Server-Side-Encryption-Customer-Key-Md5"))
		}
	}
	assert.Positive(t, methods[http.MethodPut])
	assert.Positive(t, methods[http.MethodGet]+methods[http.MethodHead])
}

func TestRequireCMEK(t *testing.T) {
	srv := testserver.StartS3(t)
	o := srv.Options()
	o.RequireCMEK = true
	_, err := storage.Open(t.Context(), "s3://"+srv.CreateBucket(t, ""), o)
	require.Error(t, err)
	assert.True(t, errors.Is(err, storage.ErrInsecure))
	assert.Contains(t, err.Error(), "export.destination.require_cmek")
	o.KMSKey, o.SSECustomerKey = "k", []byte("0123456789abcdef0123456789abcdef")
	_, err = storage.Open(t.Context(), "s3://b", o)
	assert.True(t, errors.Is(err, storage.ErrInvalidArgument), "%v", err)
}

// TestEncryptionReadBack: after each write the object's encryption is read
// back (HEAD). A service that accepted the SSE-KMS or SSE-C headers but
// does not report the object encrypted with the key (versitygw ignores
// them) fails the write with ErrInsecure, and the object is deleted.
func TestEncryptionReadBack(t *testing.T) {
	const kms = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
	for name, mod := range map[string]func(*storage.Options){
		"sse-kms": func(o *storage.Options) { o.KMSKey = kms },
		"sse-c":   func(o *storage.Options) { o.SSECustomerKey = []byte("0123456789abcdef0123456789abcdef") },
	} {
		srv, p, reqs := recordingS3Echo(t, false)
		bucket := srv.CreateBucket(t, "")
		b := openBehind(t, srv, p, bucket, mod)
		_, err := b.Put(t.Context(), "a.jsonl", strings.NewReader("{}"), nil)
		require.Error(t, err, name)
		assert.True(t, errors.Is(err, storage.ErrInsecure), "%s: %v", name, err)
		assert.Contains(t, err.Error(), "object deleted", name)
		heads := 0
		for _, r := range reqs() {
			if r.method == http.MethodHead {
				heads++
			}
		}
		assert.Positive(t, heads, name)
		n := 0
		for o := range srv.Client(t).ListObjects(t.Context(), bucket, minio.ListObjectsOptions{Recursive: true}) {
			require.NoError(t, o.Err)
			n++
		}
		assert.Zero(t, n, "%s: the unencrypted object stays", name)
	}
}
