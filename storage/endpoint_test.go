package storage_test

import (
	"crypto/tls"
	"net/http"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/storage"
)

func TestHostAllowed(t *testing.T) {
	list := []string{"storage-psc.p.googleapis.com", "*.internal.example.org", "10.0.0.5:9000"}
	for host, want := range map[string]bool{
		"storage-psc.p.googleapis.com":     true,
		"storage-psc.p.googleapis.com:443": true,
		"STORAGE-PSC.p.googleapis.com:443": true,
		"s3.internal.example.org:9000":     true,
		"internal.example.org":             false, // *. names what is under the domain
		"evil-internal.example.org":        false,
		"10.0.0.5:9000":                    true,
		"10.0.0.5:9001":                    false,
		"storage.googleapis.com:443":       false,
	} {
		assert.Equal(t, want, storage.HostAllowed(list, host), host)
	}
}

func TestPublicServiceHost(t *testing.T) {
	for host, want := range map[string]bool{
		"storage.googleapis.com":                             true,
		"www.googleapis.com":                                 true,
		"storage-deid.p.googleapis.com":                      false, // Private Service Connect
		"s3.amazonaws.com":                                   true,
		"s3.eu-west-1.amazonaws.com":                         true,
		"bucket.s3.us-east-1.amazonaws.com":                  true,
		"bucket.vpce-0a1b-x.s3.us-east-1.vpce.amazonaws.com": false, // VPC interface endpoint
		"minio.hospital.internal":                            false,
		"127.0.0.1":                                          false,
	} {
		assert.Equal(t, want, storage.PublicServiceHost(host), host)
	}
}

func TestCheckEndpointRefusesBeforeConnecting(t *testing.T) {
	priv := &storage.Options{RequirePrivateEndpoint: true}
	for _, ep := range []string{"https://storage.googleapis.com", "https://s3.eu-west-1.amazonaws.com", "https://8.8.8.8:443"} {
		e, err := storage.ParseEndpoint(ep, false)
		require.NoError(t, err)
		err = storage.CheckTransport("gs", e, priv)
		require.Error(t, err, ep)
		assert.True(t, errors.Is(err, storage.ErrInsecure), ep)
		assert.Contains(t, err.Error(), "require_private_endpoint", ep)
	}
	for _, ep := range []string{"https://10.1.2.3:443", "https://127.0.0.1:9000", "https://storage-x.p.googleapis.com", "https://minio.internal:9000"} {
		e, err := storage.ParseEndpoint(ep, false)
		require.NoError(t, err)
		assert.NoError(t, storage.CheckTransport("gs", e, priv), ep)
	}
	e, _ := storage.ParseEndpoint("https://minio.internal:9000", false)
	err := storage.CheckTransport("s3", e, &storage.Options{AllowedHosts: []string{"gw.hospital.org"}})
	require.Error(t, err)
	assert.True(t, errors.Is(err, storage.ErrInsecure))
	assert.Contains(t, err.Error(), "allowed_hosts")
	assert.Contains(t, err.Error(), "minio.internal:9000")
}

// TestDialRefusesPublicAddress: a name that passes the open-time checks but
// resolves to a public address is never dialled.
func TestDialRefusesPublicAddress(t *testing.T) {
	tr, err := storage.HTTPTransport(nil, &storage.Options{RequirePrivateEndpoint: true})
	require.NoError(t, err)
	assert.Equal(t, uint16(tls.VersionTLS13), tr.TLSClientConfig.MinVersion)
	// An IP literal: no DNS needed. TEST-NET-3 is public and unroutable.
	_, err = (&http.Client{Transport: tr}).Get("https://203.0.113.7:443/")
	require.Error(t, err)
	assert.True(t, errors.Is(err, storage.ErrInsecure), "%v", err)
	assert.Contains(t, err.Error(), "public address")

	tr, err = storage.HTTPTransport(nil, &storage.Options{AllowedHosts: []string{"gw.hospital.org"}})
	require.NoError(t, err)
	_, err = (&http.Client{Transport: tr}).Get("https://127.0.0.1:1/")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not on the allow-list")
}

func TestParsePin(t *testing.T) {
	_, err := storage.ParsePin("sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
	require.NoError(t, err)
	for _, bad := range []string{"", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "sha256/abc", "sha1/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="} {
		_, err := storage.ParsePin(bad)
		assert.True(t, errors.Is(err, storage.ErrInvalidArgument), bad)
	}
}
