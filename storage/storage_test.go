package storage_test

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/storage"
)

func TestValidateKey(t *testing.T) {
	for _, k := range []string{"a", "a/b/c.jsonl", "we ird/ключ+%20.txt", ".hidden", "a/.x", "a..b", strings.Repeat("k", 200)} {
		if err := storage.ValidateKey(k); err != nil {
			t.Errorf("ValidateKey(%q) = %v, want nil", k, err)
		}
	}
	for _, k := range []string{"", "/a", "a/", "a//b", "..", "a/../b", "./a", "a\\b", "a\nb", "a\x7fb", ".deid-meta.x", strings.Repeat("k", 201), "\xff"} {
		if err := storage.ValidateKey(k); !errors.Is(err, storage.ErrInvalidArgument) {
			t.Errorf("ValidateKey(%q) = %v, want ErrInvalidArgument", k, err)
		}
	}
}

func TestParseEndpoint(t *testing.T) {
	for _, tc := range []struct {
		in              string
		defaultInsecure bool
		host            string
		secure          bool
	}{
		{"127.0.0.1:9000", false, "127.0.0.1:9000", true},
		{"127.0.0.1:9000", true, "127.0.0.1:9000", false},
		{"http://h:1", false, "h:1", false},
		{"https://h:1/", true, "h:1", true},
	} {
		ep, err := storage.ParseEndpoint(tc.in, tc.defaultInsecure)
		if err != nil || ep.Host != tc.host || ep.Secure != tc.secure {
			t.Errorf("ParseEndpoint(%q, %v) = %+v, %v", tc.in, tc.defaultInsecure, ep, err)
		}
	}
	if _, err := storage.ParseEndpoint("ftp://h", false); !errors.Is(err, storage.ErrInvalidArgument) {
		t.Errorf("ftp endpoint: %v", err)
	}
}

func TestCheckTransportFailsClosed(t *testing.T) {
	plain := storage.Endpoint{Host: "h:1"}
	if err := storage.CheckTransport("s3", plain, nil); !errors.Is(err, storage.ErrInsecure) {
		t.Fatalf("plain http, nil options = %v", err)
	}
	if err := storage.CheckTransport("s3", plain, &storage.Options{AllowInsecure: true}); err != nil {
		t.Fatalf("plain http, AllowInsecure = %v", err)
	}
	if err := storage.CheckTransport("s3", storage.Endpoint{Host: "h:1", Secure: true}, nil); err != nil {
		t.Fatalf("https = %v", err)
	}
}

func TestClientTLSConfig(t *testing.T) {
	// TLS 1.3 is the floor unless the options say 1.2; below 1.2 never.
	cfg, err := storage.ClientTLSConfig(nil)
	if err != nil || cfg.MinVersion != tls.VersionTLS13 {
		t.Fatalf("nil options = %v, %v", cfg, err)
	}
	cfg, err = storage.ClientTLSConfig(&storage.Options{MinTLSVersion: tls.VersionTLS12})
	if err != nil || cfg.MinVersion != tls.VersionTLS12 {
		t.Fatalf("MinTLSVersion 1.2 = %v, %v", cfg, err)
	}
	if _, err := storage.ClientTLSConfig(&storage.Options{MinTLSVersion: tls.VersionTLS11}); !errors.Is(err, storage.ErrInsecure) {
		t.Fatalf("MinTLSVersion 1.1 = %v", err)
	}
	if _, err := storage.ClientTLSConfig(&storage.Options{Pins: []string{"sha1/abc"}}); !errors.Is(err, storage.ErrInvalidArgument) {
		t.Fatalf("bad pin = %v", err)
	}
	if _, err := storage.ClientTLSConfig(&storage.Options{CAFile: "/nonexistent/ca.pem"}); !errors.Is(err, storage.ErrInvalidArgument) {
		t.Fatalf("missing CA file = %v", err)
	}
}

func TestOpenUnknownSchemeNamesImport(t *testing.T) {
	_, err := storage.Open(context.Background(), "s3://bucket/p", nil)
	if !errors.Is(err, storage.ErrUnknownScheme) || !strings.Contains(err.Error(), `import _ "github.com/deid-project/deid/storage/s3"`) {
		t.Fatalf("Open(s3://) without the backend = %v", err)
	}
	_, err = storage.Open(context.Background(), "weird://x", nil)
	if !errors.Is(err, storage.ErrUnknownScheme) {
		t.Fatalf("Open(weird://) = %v", err)
	}
}

func TestRegisterDuplicatePanics(t *testing.T) {
	op := func(context.Context, *url.URL, *storage.Options) (storage.Bucket, error) { return nil, nil }
	scheme := fmt.Sprintf("deid-test-dup-%d", time.Now().UnixNano()) // registration is process-wide: -count safe
	storage.Register(scheme, op)
	defer func() {
		if recover() == nil {
			t.Fatal("second Register did not panic")
		}
	}()
	storage.Register(scheme, op)
}

func TestURLPrefix(t *testing.T) {
	for in, want := range map[string]string{"s3://b": "", "s3://b/": "", "s3://b/p": "p/", "s3://b/p/q/": "p/q/"} {
		u, _ := url.Parse(in)
		if got, err := storage.URLPrefix(u); err != nil || got != want {
			t.Errorf("URLPrefix(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	u, _ := url.Parse("s3://b/a/../c")
	if _, err := storage.URLPrefix(u); !errors.Is(err, storage.ErrInvalidArgument) {
		t.Errorf("URLPrefix with .. = %v", err)
	}
}
