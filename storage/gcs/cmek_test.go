package gcs_test

import (
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
)

const kmsKey = "projects/hospital/locations/us-east1/keyRings/deid/cryptoKeys/export"

// cmekGCS is a recording server for uploads (multipart, one request, as
// the library sends an object that fits in its chunk): it records the
// kmsKeyName each upload names and answers, as the service does, with the
// key version that encrypted the object.
type cmekGCS struct {
	mu   sync.Mutex
	keys []string // kmsKeyName of every upload
}

func (f *cmekGCS) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || !strings.HasPrefix(r.URL.Path, "/upload/storage/v1/b/") || r.URL.Query().Get("uploadType") != "multipart" {
		w.WriteHeader(http.StatusNotImplemented)
		return
	}
	_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	mr := multipart.NewReader(r.Body, params["boundary"])
	var obj map[string]any
	part, err := mr.NextPart()
	if err == nil {
		err = json.NewDecoder(part).Decode(&obj)
	}
	var n int64
	if err == nil {
		if part, err = mr.NextPart(); err == nil {
			n, err = io.Copy(io.Discard, part)
		}
	}
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	k := r.URL.Query().Get("kmsKeyName")
	f.mu.Lock()
	f.keys = append(f.keys, k)
	f.mu.Unlock()
	obj["bucket"], obj["size"], obj["generation"] = "exports", strconv.FormatInt(n, 10), "1"
	if k != "" {
		obj["kmsKeyName"] = k + "/cryptoKeyVersions/1"
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(obj)
}

// TestCMEKOnEveryWrite: every upload names the hospital's Cloud KMS key.
func TestCMEKOnEveryWrite(t *testing.T) {
	f := &cmekGCS{}
	srv := httptest.NewServer(f)
	defer srv.Close()
	b, err := storage.Open(t.Context(), "gs://exports/deid", &storage.Options{Endpoint: srv.URL, AllowInsecure: true, Anonymous: true, KMSKey: kmsKey})
	require.NoError(t, err)
	defer b.Close()
	for _, k := range []string{"a.jsonl", "b.parquet", "_MANIFEST.json"} {
		_, err := b.Put(t.Context(), k, strings.NewReader("{}"), nil)
		require.NoError(t, err, k)
	}
	assert.Equal(t, []string{kmsKey, kmsKey, kmsKey}, f.keys)
}

// TestCMEKIgnoredFailsClosed: fake-gcs-server accepts the key and ignores
// it, as a proxy that dropped it would; the write fails and the object
// written without the key is deleted.
func TestCMEKIgnoredFailsClosed(t *testing.T) {
	srv := testserver.StartGCS(t)
	bucket := srv.CreateBucket(t, "")
	o := srv.Options()
	o.KMSKey = kmsKey
	b, err := storage.Open(t.Context(), "gs://"+bucket, o)
	require.NoError(t, err)
	defer b.Close()
	_, err = b.Put(t.Context(), "a.jsonl", strings.NewReader("{}"), nil)
	require.Error(t, err)
	assert.True(t, errors.Is(err, storage.ErrInsecure), "%v", err)
	assert.Contains(t, err.Error(), "did not encrypt the object with the KMS key")
	plain, err := storage.Open(t.Context(), "gs://"+bucket, srv.Options())
	require.NoError(t, err)
	defer plain.Close()
	_, err = plain.Stat(t.Context(), "a.jsonl")
	assert.True(t, errors.Is(err, storage.ErrNotFound), "the unencrypted object is gone: %v", err)
}

func TestRequireCMEK(t *testing.T) {
	srv := testserver.StartGCS(t)
	o := srv.Options()
	o.RequireCMEK = true
	_, err := storage.Open(t.Context(), "gs://b", o)
	require.Error(t, err)
	assert.True(t, errors.Is(err, storage.ErrInsecure))
	assert.Contains(t, err.Error(), "export.destination.require_cmek")
	o.KMSKey = "my-key"
	_, err = storage.Open(t.Context(), "gs://b", o)
	assert.True(t, errors.Is(err, storage.ErrInvalidArgument), "%v", err)
}
