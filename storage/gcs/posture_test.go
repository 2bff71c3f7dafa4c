package gcs_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
)

func statuses(p storage.Posture) map[string]storage.Status {
	m := map[string]storage.Status{}
	for _, c := range p {
		m[c.Name] = c.Status
	}
	return m
}

// TestPostureFakeGCS: fake-gcs-server reports a location (US-CENTRAL1)
// and versioning, which are checked for real; it reports no public
// access prevention, uniform access or IAM policy, which are "could not
// check", never a pass.
func TestPostureFakeGCS(t *testing.T) {
	srv := testserver.StartGCS(t)
	bucket := srv.CreateBucket(t, "")
	p, err := storage.CheckPosture(t.Context(), "gs://"+bucket+"/exports", srv.Options(),
		storage.PostureRequirements{Regions: []string{"us-central1"}, RequireVersioning: true})
	require.NoError(t, err)
	assert.Equal(t, map[string]storage.Status{
		"location": storage.Pass, "versioning": storage.Fail, "retention": storage.NotAsked,
		"public access prevention": storage.Unknown, "uniform bucket-level access": storage.Unknown, "iam policy": storage.Unknown,
	}, statuses(p), "%+v", p)

	p, err = storage.CheckPosture(t.Context(), "gs://"+bucket, srv.Options(), storage.PostureRequirements{Regions: []string{"europe-west4"}})
	require.NoError(t, err)
	assert.Equal(t, storage.Fail, statuses(p)["location"])
	assert.Contains(t, p.Err().Error(), `"us-central1", not in export.destination.regions [europe-west4]`)
}

// fakeGCS serves a bucket's configuration and IAM policy as the JSON API
// does, and records the requests.
type fakeGCS struct {
	mu     sync.Mutex
	reqs   []string
	bucket map[string]any
	iam    map[string]any
}

func (f *fakeGCS) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.reqs = append(f.reqs, r.Method+" "+r.URL.Path)
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	switch {
	case strings.HasSuffix(r.URL.Path, "/iam"):
		json.NewEncoder(w).Encode(f.iam)
	case strings.HasPrefix(r.URL.Path, "/storage/v1/b/"):
		json.NewEncoder(w).Encode(f.bucket)
	default:
		w.WriteHeader(404)
	}
}

// TestPostureRecordingServer: a public bucket fails every GCS check, each
// failure names the setting to fix, and the check only reads.
func TestPostureRecordingServer(t *testing.T) {
	f := &fakeGCS{
		bucket: map[string]any{"name": "exports", "location": "US",
			"iamConfiguration": map[string]any{"publicAccessPrevention": "inherited", "uniformBucketLevelAccess": map[string]any{"enabled": false}},
			"versioning":       map[string]any{"enabled": false}, "retentionPolicy": map[string]any{"retentionPeriod": "86400", "effectiveTime": "2024-01-01T00:00:00Z"}},
		iam: map[string]any{"version": 3, "bindings": []any{
			map[string]any{"role": "roles/storage.objectViewer", "members": []string{"allUsers", "group:research@hospital.org"}},
			map[string]any{"role": "roles/storage.legacyBucketReader", "members": []string{"allAuthenticatedUsers"}}}},
	}
	srv := httptest.NewServer(f)
	defer srv.Close()
	opts := &storage.Options{Endpoint: srv.URL, AllowInsecure: true, Anonymous: true}
	req := storage.PostureRequirements{Regions: []string{"us-east1"}, RequireVersioning: true, MinRetentionDays: 30}
	p, err := storage.CheckPosture(t.Context(), "gs://exports/deid", opts, req)
	require.NoError(t, err)
	require.Len(t, p, 6)
	for _, c := range p {
		assert.Equal(t, storage.Fail, c.Status, "%+v", c)
		assert.NotEmpty(t, c.Fix, c.Name)
	}
	msg := p.Err().Error()
	for _, want := range []string{"--public-access-prevention", "--uniform-bucket-level-access", "allUsers in roles/storage.objectViewer",
		"allAuthenticatedUsers in roles/storage.legacyBucketReader", "--versioning", "1 days; the policy requires 30", `"us"`} {
		assert.Contains(t, msg, want)
	}
	for _, r := range f.reqs {
		assert.True(t, strings.HasPrefix(r, "GET "), r)
	}

	f.bucket = map[string]any{"name": "exports", "location": "US-EAST1",
		"iamConfiguration": map[string]any{"publicAccessPrevention": "enforced", "uniformBucketLevelAccess": map[string]any{"enabled": true}},
		"versioning":       map[string]any{"enabled": true}, "retentionPolicy": map[string]any{"retentionPeriod": "2592000", "effectiveTime": "2024-01-01T00:00:00Z"}}
	f.iam = map[string]any{"version": 3, "bindings": []any{map[string]any{"role": "roles/storage.objectViewer", "members": []string{"group:research@hospital.org"}}}}
	p, err = storage.CheckPosture(t.Context(), "gs://exports", opts, req)
	require.NoError(t, err)
	assert.NoError(t, p.Err(), "%+v", p)
}
