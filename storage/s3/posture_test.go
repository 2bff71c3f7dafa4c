package s3_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/cockroachdb/errors"
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

// TestPostureVersitygw: what versitygw answers is checked for real (its
// bucket policy, ACL and region); what it does not implement (Block
// Public Access, default encryption) is "could not check", never a pass.
func TestPostureVersitygw(t *testing.T) {
	srv := testserver.StartS3(t)
	bucket := srv.CreateBucket(t, "")
	ctx := t.Context()
	req := storage.PostureRequirements{Regions: []string{"us-east-1"}}
	p, err := storage.CheckPosture(ctx, "s3://"+bucket+"/exports", srv.Options(), req)
	require.NoError(t, err)
	assert.Equal(t, map[string]storage.Status{
		"bucket policy": storage.Pass, "bucket acl": storage.Pass, "region": storage.Pass,
		"block public access": storage.Unknown, "default encryption": storage.Unknown,
		"versioning": storage.NotAsked, "retention": storage.NotAsked,
	}, statuses(p), "%+v", p)
	require.Error(t, p.Err(), "could not check is not a pass")

	// A policy that lets anyone read the bucket fails the check.
	public := `{"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*","Action":["s3:GetObject"],"Resource":["arn:aws:s3:::` + bucket + `/*"]}]}`
	require.NoError(t, srv.Client(t).SetBucketPolicy(ctx, bucket, public))
	p, err = storage.CheckPosture(ctx, "s3://"+bucket, srv.Options(), storage.PostureRequirements{Regions: []string{"eu-west-1"}})
	require.NoError(t, err)
	st := statuses(p)
	assert.Equal(t, storage.Fail, st["bucket policy"], "%+v", p)
	assert.Equal(t, storage.Fail, st["region"], "%+v", p)
	assert.Contains(t, p.Err().Error(), "PublicRead")
	assert.Contains(t, p.Err().Error(), "export.destination.regions")

	_, err = storage.CheckPosture(ctx, "s3://no-such-"+bucket, srv.Options(), req)
	assert.True(t, errors.Is(err, storage.ErrNotFound), "%v", err)
}

// fakeS3 answers the bucket configuration GETs of a badly set-up bucket
// and records every request.
type fakeS3 struct {
	mu   sync.Mutex
	reqs []string
	good bool
}

func (f *fakeS3) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	f.reqs = append(f.reqs, r.Method+" "+r.URL.RawQuery)
	f.mu.Unlock()
	if r.Header.Get("Authorization") == "" {
		w.WriteHeader(403)
		return
	}
	notFound := func(code string) {
		w.WriteHeader(404)
		w.Write([]byte("<Error><Code>" + code + "</Code></Error>"))
	}
	switch strings.TrimSuffix(r.URL.RawQuery, "=") {
	case "policy":
		if f.good {
			notFound("NoSuchBucketPolicy")
			return
		}
		w.Write([]byte(`{"Statement":[{"Effect":"Allow","Principal":{"AWS":["*"]},"Action":"s3:GetObject"},` +
			`{"Sid":"vpce","Effect":"Allow","Principal":"*","Action":"s3:*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1"}}}]}`))
	case "acl":
		grant := `<Grant><Grantee><ID>owner</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>`
		if !f.good {
			grant += `<Grant><Grantee><URI>http://acs.amazonaws.com/groups/global/AllUsers</URI></Grantee><Permission>READ</Permission></Grant>`
		}
		w.Write([]byte(`<AccessControlPolicy><Owner><ID>owner</ID></Owner><AccessControlList>` + grant + `</AccessControlList></AccessControlPolicy>`))
	case "publicAccessBlock":
		w.Write([]byte(`<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls>` +
			`<BlockPublicPolicy>` + map[bool]string{true: "true", false: "false"}[f.good] + `</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>`))
	case "location":
		w.Write([]byte(`<LocationConstraint>eu-west-1</LocationConstraint>`))
	case "encryption":
		alg := "AES256"
		if f.good {
			alg = "aws:kms"
		}
		w.Write([]byte(`<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>` + alg + `</SSEAlgorithm></ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>`))
	case "versioning":
		if f.good {
			w.Write([]byte(`<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>`))
			return
		}
		w.Write([]byte(`<VersioningConfiguration><Status>Suspended</Status></VersioningConfiguration>`))
	case "object-lock":
		if f.good {
			w.Write([]byte(`<ObjectLockConfiguration><ObjectLockEnabled>Enabled</ObjectLockEnabled><Rule><DefaultRetention><Mode>GOVERNANCE</Mode><Days>60</Days></DefaultRetention></Rule></ObjectLockConfiguration>`))
			return
		}
		notFound("ObjectLockConfigurationNotFoundError")
	default:
		w.WriteHeader(400)
	}
}

// TestPostureRecordingServer: every S3 check fails on a public, unencrypted
// bucket in another region, each failure names what to fix, and the check
// sends only GETs.
func TestPostureRecordingServer(t *testing.T) {
	f := &fakeS3{}
	srv := httptest.NewServer(f)
	defer srv.Close()
	opts := &storage.Options{Endpoint: srv.URL, AllowInsecure: true, AccessKey: "a", SecretKey: "b"}
	req := storage.PostureRequirements{Regions: []string{"us-east-1"}, RequireCMEK: true, RequireVersioning: true, MinRetentionDays: 30}
	p, err := storage.CheckPosture(t.Context(), "s3://exports/deid", opts, req)
	require.NoError(t, err)
	for _, c := range p {
		assert.Equal(t, storage.Fail, c.Status, "%+v", c)
		assert.NotEmpty(t, c.Fix, c.Name)
	}
	assert.Len(t, p, 7)
	msg := p.Err().Error()
	for _, want := range []string{"statement 1 s3:GetObject", "AllUsers (READ)", "BlockPublicPolicy", "eu-west-1", "AES256", "require_cmek", "put-bucket-versioning", "put-object-lock-configuration"} {
		assert.Contains(t, msg, want)
	}
	assert.NotContains(t, msg, "vpce", "a statement narrowed by a condition is not public")
	for _, r := range f.reqs {
		assert.True(t, strings.HasPrefix(r, "GET "), r)
	}

	f.good, f.reqs = true, nil
	req.Regions = []string{"eu-west-1"}
	p, err = storage.CheckPosture(t.Context(), "s3://exports", opts, req)
	require.NoError(t, err)
	assert.NoError(t, p.Err(), "%+v", p)
}
