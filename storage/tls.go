package storage

import (
	"crypto/tls"
	"crypto/x509"
	"net/url"
	"os"
	"strings"

	"github.com/cockroachdb/errors"
)

// Endpoint is a service address resolved from Options.Endpoint or the
// environment.
type Endpoint struct {
	Host   string // host:port
	Secure bool   // TLS
}

// URL returns the endpoint as scheme://host.
func (e Endpoint) URL() string {
	if e.Secure {
		return "https://" + e.Host
	}
	return "http://" + e.Host
}

// ParseEndpoint parses "host:port", "https://host:port" or
// "http://host:port". Without a scheme the endpoint is TLS unless
// defaultInsecure is set (used for STORAGE_EMULATOR_HOST, whose convention
// is plain http).
func ParseEndpoint(ep string, defaultInsecure bool) (Endpoint, error) {
	ep = strings.TrimSpace(ep)
	if ep == "" {
		return Endpoint{}, InvalidArgumentf("storage: empty endpoint")
	}
	if !strings.Contains(ep, "://") {
		return Endpoint{Host: strings.TrimSuffix(ep, "/"), Secure: !defaultInsecure}, nil
	}
	u, err := url.Parse(ep)
	if err != nil {
		return Endpoint{}, errors.Mark(errors.Wrap(err, "storage: endpoint"), ErrInvalidArgument)
	}
	switch strings.ToLower(u.Scheme) {
	case "https":
		return Endpoint{Host: u.Host, Secure: true}, nil
	case "http":
		return Endpoint{Host: u.Host}, nil
	}
	return Endpoint{}, InvalidArgumentf("storage: endpoint scheme %q: want http or https", errors.Safe(u.Scheme))
}

// CheckTransport enforces the fail-closed rule for cloud sinks: plain http
// is refused unless opts.AllowInsecure is set. Backends call it before they
// connect; the error is marked ErrInsecure.
func CheckTransport(scheme string, ep Endpoint, opts *Options) error {
	if ep.Secure || (opts != nil && opts.AllowInsecure) {
		return nil
	}
	return errors.Mark(errors.Newf(
		"storage: %s endpoint %s is plain http; refusing to export without TLS (set Options.AllowInsecure only for local emulators in tests)",
		errors.Safe(scheme), errors.Safe(ep.URL())), ErrInsecure)
}

// ClientTLSConfig builds the TLS configuration a backend should use: a clone
// of opts.TLSConfig (or a fresh one) with at least TLS 1.2 and, when
// opts.CAFile is set, trusting only the CAs in that file. It returns nil
// when the defaults (system roots) apply. A configuration that skips
// verification is refused unless opts.AllowInsecure is set.
func ClientTLSConfig(opts *Options) (*tls.Config, error) {
	if opts == nil || (opts.TLSConfig == nil && opts.CAFile == "") {
		return nil, nil
	}
	var cfg *tls.Config
	if opts.TLSConfig != nil {
		cfg = opts.TLSConfig.Clone()
	} else {
		cfg = &tls.Config{}
	}
	if cfg.MinVersion < tls.VersionTLS12 {
		cfg.MinVersion = tls.VersionTLS12
	}
	if opts.CAFile != "" {
		pem, err := os.ReadFile(opts.CAFile)
		if err != nil {
			return nil, errors.Mark(errors.Wrap(err, "storage: read CA file"), ErrInvalidArgument)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, InvalidArgumentf("storage: CA file %s holds no PEM certificate", errors.Safe(opts.CAFile))
		}
		cfg.RootCAs = pool
	}
	if cfg.InsecureSkipVerify && !opts.AllowInsecure {
		return nil, errors.Mark(errors.New(
			"storage: TLS config skips certificate verification; refused without Options.AllowInsecure"), ErrInsecure)
	}
	return cfg, nil
}
