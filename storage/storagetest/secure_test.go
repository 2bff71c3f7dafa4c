package storagetest_test

import (
	"crypto/tls"
	"strings"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
	_ "github.com/deid-project/deid/storage/gcs"
	_ "github.com/deid-project/deid/storage/s3"
)

// emulator is a plain-http emulator with a bucket, to put behind a
// TLS-terminating proxy that counts what reaches it.
type emulator struct {
	scheme string
	start  func(t *testing.T) (backend, bucketURL string, opts *storage.Options)
}

var emulators = []emulator{
	{"s3", func(t *testing.T) (string, string, *storage.Options) {
		srv := testserver.StartS3(t)
		return srv.Endpoint, "s3://" + srv.CreateBucket(t, "") + "/exports", srv.Options()
	}},
	{"gs", func(t *testing.T) (string, string, *storage.Options) {
		srv := testserver.StartGCS(t)
		return srv.Endpoint, "gs://" + srv.CreateBucket(t, "") + "/exports", srv.Options()
	}},
}

// behind points opts at the proxy, trusting its CA and nothing else.
func behind(opts *storage.Options, p *testserver.TLSProxy) *storage.Options {
	o := *opts
	o.Endpoint, o.CAFile, o.AllowInsecure = p.Endpoint, p.CA.CAFile, false
	return &o
}

func put(t *testing.T, url string, opts *storage.Options) error {
	t.Helper()
	b, err := storage.Open(t.Context(), url, opts)
	if err != nil {
		return err
	}
	defer b.Close()
	_, err = b.Put(t.Context(), "part-0.jsonl", strings.NewReader(`{"turns":[]}`), nil)
	return err
}

// TestRefusedDestinationsGetNoRequest: a wrong certificate, a wrong pin, a
// TLS 1.2-only server under the 1.3 default and a host not on the
// allow-list are each refused with an error that says why, and no request
// (so no byte of data) reaches the server.
func TestRefusedDestinationsGetNoRequest(t *testing.T) {
	for _, em := range emulators {
		t.Run(em.scheme, func(t *testing.T) {
			backend, url, base := em.start(t)

			t.Run("certificate from another CA", func(t *testing.T) {
				p := testserver.StartTLSProxy(t, backend, testserver.TLSProxyOptions{})
				o := behind(base, p)
				o.CAFile = testserver.NewCA(t).CAFile
				err := put(t, url, o)
				require.Error(t, err)
				assert.True(t, errors.Is(err, storage.ErrInsecure), "%v", err)
				assert.Contains(t, err.Error(), "not signed by a trusted CA")
				assert.Zero(t, p.Requests())
			})
			t.Run("wrong pin", func(t *testing.T) {
				p := testserver.StartTLSProxy(t, backend, testserver.TLSProxyOptions{})
				o := behind(base, p)
				o.Pins = []string{testserver.NewCA(t).ServerPin(t)}
				err := put(t, url, o)
				require.Error(t, err)
				assert.True(t, errors.Is(err, storage.ErrInsecure), "%v", err)
				assert.Contains(t, err.Error(), "matches no pinned key")
				assert.Contains(t, err.Error(), p.Pin, "the error shows the server's key to compare")
				assert.Zero(t, p.Requests())
			})
			t.Run("TLS 1.2 server under the 1.3 default", func(t *testing.T) {
				p := testserver.StartTLSProxy(t, backend, testserver.TLSProxyOptions{MaxVersion: tls.VersionTLS12})
				err := put(t, url, behind(base, p))
				require.Error(t, err)
				assert.True(t, errors.Is(err, storage.ErrInsecure), "%v", err)
				assert.Contains(t, err.Error(), "minimum TLS version")
				assert.Zero(t, p.Requests())
				assert.Zero(t, p.Handshakes())
			})
			t.Run("host not on the allow-list", func(t *testing.T) {
				p := testserver.StartTLSProxy(t, backend, testserver.TLSProxyOptions{})
				o := behind(base, p)
				o.AllowedHosts = []string{"storage-psc.p.googleapis.com", "gw.hospital.internal"}
				err := put(t, url, o)
				require.Error(t, err)
				assert.True(t, errors.Is(err, storage.ErrInsecure), "%v", err)
				assert.Contains(t, err.Error(), "allowed_hosts")
				assert.Zero(t, p.Conns(), "not even a TCP connection")
			})
			t.Run("public default endpoint", func(t *testing.T) {
				o := *base
				o.Endpoint, o.AllowInsecure, o.RequirePrivateEndpoint = "", false, true
				t.Setenv("AWS_ENDPOINT_URL_S3", "")
				t.Setenv("AWS_ENDPOINT_URL", "")
				t.Setenv("STORAGE_EMULATOR_HOST", "")
				_, err := storage.Open(t.Context(), url, &o)
				require.Error(t, err)
				assert.True(t, errors.Is(err, storage.ErrInsecure), "%v", err)
				assert.Contains(t, err.Error(), "require_private_endpoint")
			})
		})
	}
}

// TestAcceptedDestinations: the controls. The right pin (the server's or
// its CA's key) passes under TLS 1.3, on the emulators' own TLS; a 1.2-only
// server is reached when the policy allows 1.2; an allow-listed private
// endpoint is reached.
func TestAcceptedDestinations(t *testing.T) {
	s3srv := testserver.StartS3TLS(t)
	gcssrv := testserver.StartGCSTLS(t)
	for _, c := range []struct {
		name, url string
		opts      *storage.Options
		ca        *testserver.CA
	}{
		{"s3", "s3://" + s3srv.CreateBucket(t, ""), s3srv.Options(), s3srv.CA},
		{"gs", "gs://" + gcssrv.CreateBucket(t, ""), gcssrv.Options(), gcssrv.CA},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := *c.opts
			o.Pins = []string{testserver.NewCA(t).ServerPin(t), c.ca.ServerPin(t)} // one of them matches
			o.RequirePrivateEndpoint = true
			o.AllowedHosts = []string{"127.0.0.1"}
			require.NoError(t, put(t, c.url, &o))
		})
	}
	t.Run("s3 TLS 1.2 allowed by the policy", func(t *testing.T) {
		srv := testserver.StartS3(t)
		p := testserver.StartTLSProxy(t, srv.Endpoint, testserver.TLSProxyOptions{MaxVersion: tls.VersionTLS12})
		o := behind(srv.Options(), p)
		o.MinTLSVersion = tls.VersionTLS12
		o.Pins = []string{p.Pin}
		require.NoError(t, put(t, "s3://"+srv.CreateBucket(t, ""), o))
		assert.Positive(t, p.Requests())
	})
}
