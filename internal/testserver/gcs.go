package testserver

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/deid-project/deid/storage"
)

// GCSServer is a running fake-gcs-server.
type GCSServer struct {
	Endpoint string // URL with scheme, e.g. http://127.0.0.1:PORT
	Host     string // host:port
	Secure   bool
	CAFile   string
	CA       *CA
}

// StartGCS starts fake-gcs-server over plain http with the in-memory
// backend on a free loopback port. Use it with Options() (endpoint option)
// or by setting STORAGE_EMULATOR_HOST to Host. With DEID_TEST_GCS_ENDPOINT
// set it returns that server instead.
func StartGCS(t testing.TB) *GCSServer {
	t.Helper()
	if ep := os.Getenv("DEID_TEST_GCS_ENDPOINT"); ep != "" {
		u, err := url.Parse(ep)
		if err != nil || u.Host == "" {
			t.Fatalf("testserver: DEID_TEST_GCS_ENDPOINT=%q: want http(s)://host:port", ep)
		}
		return &GCSServer{Endpoint: ep, Host: u.Host, Secure: u.Scheme == "https", CAFile: os.Getenv("DEID_TEST_GCS_CA_FILE")}
	}
	return startGCS(t, nil)
}

// StartGCSTLS is StartGCS over https with a certificate from a new CA.
func StartGCSTLS(t testing.TB) *GCSServer {
	t.Helper()
	return startGCS(t, NewCA(t))
}

func startGCS(t testing.TB, ca *CA) *GCSServer {
	t.Helper()
	bin := Binary(t, "fake-gcs-server")
	s := &GCSServer{CA: ca}
	scheme := "http"
	if ca != nil {
		scheme, s.Secure, s.CAFile = "https", true, ca.CAFile
	}
	port := startProcess(t, "fake-gcs-server", bin,
		func(port int) ([]string, []string) {
			hp := "127.0.0.1:" + itoa(port)
			args := []string{
				"-scheme", scheme, "-host", "127.0.0.1", "-port", itoa(port),
				"-public-host", hp, "-external-url", scheme + "://" + hp,
				"-backend", "memory", "-log-level", "warn",
			}
			if ca != nil {
				args = append(args, "-cert-location", ca.CertFile, "-private-key-location", ca.KeyFile)
			}
			return args, nil
		},
		func(port int) error {
			u := scheme + "://127.0.0.1:" + itoa(port) + "/storage/v1/b?project=test"
			if ca == nil {
				return httpReady(u, nil)
			}
			return httpReady(u, ca.ClientTLS())
		})
	s.Host = "127.0.0.1:" + itoa(port)
	s.Endpoint = scheme + "://" + s.Host
	return s
}

// Options returns storage options that reach this server anonymously.
func (s *GCSServer) Options() *storage.Options {
	return &storage.Options{Endpoint: s.Endpoint, CAFile: s.CAFile, Anonymous: true, AllowInsecure: !s.Secure}
}

// HTTPClient returns a client that trusts the server's CA.
func (s *GCSServer) HTTPClient(t testing.TB) *http.Client {
	t.Helper()
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if s.CAFile != "" {
		cfg, err := storage.ClientTLSConfig(&storage.Options{CAFile: s.CAFile})
		if err != nil {
			t.Fatal(err)
		}
		tr.TLSClientConfig = cfg
	}
	return &http.Client{Transport: tr, Timeout: 30 * time.Second}
}

// CreateBucket creates a bucket through the JSON API and returns its name
// (a random one when name is empty).
func (s *GCSServer) CreateBucket(t testing.TB, name string) string {
	t.Helper()
	if name == "" {
		name = "deid-test-" + randomHex(6)
	}
	body, _ := json.Marshal(map[string]string{"name": name})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.Endpoint+"/storage/v1/b?project=test", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.HTTPClient(t).Do(req)
	if err != nil {
		t.Fatalf("testserver: create GCS bucket %s: %v", name, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 2000))
		t.Fatalf("testserver: create GCS bucket %s: %s: %s", name, resp.Status, msg)
	}
	return name
}
