package testserver

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/deid-project/deid/storage"
)

// S3Server is a running S3-compatible server.
type S3Server struct {
	Endpoint  string // URL with scheme, e.g. http://127.0.0.1:PORT
	Host      string // host:port
	Secure    bool
	AccessKey string
	SecretKey string
	Region    string
	CAFile    string // PEM of the CA to trust when Secure (empty: system roots)
	CA        *CA    // the throw-away CA, for TLS variants started here
	Dir       string // the server's data directory (empty for an external server)
}

// StartS3 starts versitygw's posix backend over plain http on a free loopback
// port with a fresh directory and random root credentials. With
// DEID_TEST_S3_ENDPOINT set it returns that server instead.
func StartS3(t testing.TB) *S3Server {
	t.Helper()
	if ep := os.Getenv("DEID_TEST_S3_ENDPOINT"); ep != "" {
		return externalS3(t, ep)
	}
	return startS3(t, nil)
}

// StartS3TLS is StartS3 over https, with a certificate signed by a new CA
// that only this server's clients trust (S3Server.CAFile).
func StartS3TLS(t testing.TB) *S3Server {
	t.Helper()
	return startS3(t, NewCA(t))
}

func startS3(t testing.TB, ca *CA) *S3Server {
	t.Helper()
	bin := Binary(t, "versitygw")
	s := &S3Server{
		AccessKey: "deid" + randomHex(8),
		SecretKey: randomHex(20),
		Region:    "us-east-1",
		Dir:       filepath.Join(t.TempDir(), "data"),
		CA:        ca,
	}
	side := filepath.Join(t.TempDir(), "meta")
	for _, d := range []string{s.Dir, side} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	scheme := "http"
	if ca != nil {
		scheme, s.Secure, s.CAFile = "https", true, ca.CAFile
	}
	port := startProcess(t, "versitygw", bin,
		func(port int) ([]string, []string) {
			args := []string{"--port", "127.0.0.1:" + itoa(port), "--quiet"}
			if ca != nil {
				args = append(args, "--cert", ca.CertFile, "--key", ca.KeyFile)
			}
			// A sidecar directory keeps metadata off xattrs, which some
			// temp filesystems lack.
			args = append(args, "posix", "--sidecar", side, s.Dir)
			return args, []string{"ROOT_ACCESS_KEY=" + s.AccessKey, "ROOT_SECRET_KEY=" + s.SecretKey}
		},
		func(port int) error {
			if ca == nil {
				return httpReady(scheme+"://127.0.0.1:"+itoa(port)+"/", nil)
			}
			return httpReady(scheme+"://127.0.0.1:"+itoa(port)+"/", ca.ClientTLS())
		})
	s.Host = "127.0.0.1:" + itoa(port)
	s.Endpoint = scheme + "://" + s.Host
	return s
}

func externalS3(t testing.TB, ep string) *S3Server {
	u, err := url.Parse(ep)
	if err != nil || u.Host == "" {
		t.Fatalf("testserver: DEID_TEST_S3_ENDPOINT=%q: want http(s)://host:port", ep)
	}
	s := &S3Server{
		Endpoint: ep, Host: u.Host, Secure: u.Scheme == "https",
		AccessKey: os.Getenv("DEID_TEST_S3_ACCESS_KEY"), SecretKey: os.Getenv("DEID_TEST_S3_SECRET_KEY"),
		Region: "us-east-1", CAFile: os.Getenv("DEID_TEST_S3_CA_FILE"),
	}
	if s.AccessKey == "" || s.SecretKey == "" {
		t.Fatal("testserver: DEID_TEST_S3_ENDPOINT needs DEID_TEST_S3_ACCESS_KEY and DEID_TEST_S3_SECRET_KEY")
	}
	return s
}

// Options returns storage options that reach this server: its endpoint and
// keys, its CA for TLS, and AllowInsecure for plain http.
func (s *S3Server) Options() *storage.Options {
	return &storage.Options{
		Endpoint:      s.Endpoint,
		Region:        s.Region,
		AccessKey:     s.AccessKey,
		SecretKey:     s.SecretKey,
		CAFile:        s.CAFile,
		AllowInsecure: !s.Secure,
	}
}

// Client returns a minio-go client for the server (path-style).
func (s *S3Server) Client(t testing.TB) *minio.Client {
	t.Helper()
	tr := http.DefaultTransport.(*http.Transport).Clone()
	if s.Secure && s.CAFile != "" {
		tlsCfg, err := storage.ClientTLSConfig(&storage.Options{CAFile: s.CAFile})
		if err != nil {
			t.Fatal(err)
		}
		tr.TLSClientConfig = tlsCfg
	}
	c, err := minio.New(s.Host, &minio.Options{
		Creds:        credentials.NewStaticV4(s.AccessKey, s.SecretKey, ""),
		Secure:       s.Secure,
		Region:       s.Region,
		BucketLookup: minio.BucketLookupPath,
		Transport:    tr,
	})
	if err != nil {
		t.Fatalf("testserver: minio client: %v", err)
	}
	return c
}

// CreateBucket creates a bucket and returns its name (a random one when
// name is empty).
func (s *S3Server) CreateBucket(t testing.TB, name string) string {
	t.Helper()
	if name == "" {
		name = "deid-test-" + randomHex(6)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.Client(t).MakeBucket(ctx, name, minio.MakeBucketOptions{Region: s.Region}); err != nil {
		t.Fatalf("testserver: create S3 bucket %s: %v", name, err)
	}
	return name
}
