package storage

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"

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

// Hostname is the endpoint's host without the port.
func (e Endpoint) Hostname() string {
	if h, _, err := net.SplitHostPort(e.Host); err == nil {
		return h
	}
	return strings.Trim(e.Host, "[]")
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

// CheckTransport enforces the fail-closed rules for cloud sinks before
// anything connects: plain http is refused unless opts.AllowInsecure is
// set, and the endpoint must satisfy opts.AllowedHosts and
// opts.RequirePrivateEndpoint (see CheckEndpoint). Backends call it before
// they connect; the error is marked ErrInsecure.
func CheckTransport(scheme string, ep Endpoint, opts *Options) error {
	if !ep.Secure && (opts == nil || !opts.AllowInsecure) {
		return errors.Mark(errors.Newf(
			"storage: %s endpoint %s is plain http; refusing to export without TLS (set Options.AllowInsecure only for local emulators in tests)",
			errors.Safe(scheme), errors.Safe(ep.URL())), ErrInsecure)
	}
	return CheckEndpoint(scheme, ep, opts)
}

// CheckEndpoint refuses, before connecting, an endpoint that is not on
// opts.AllowedHosts (when the list is set) or, with
// opts.RequirePrivateEndpoint, a public default endpoint of the service
// (storage.googleapis.com, s3.amazonaws.com and their regional names) or a
// public IP address. The error names the endpoint and the setting.
func CheckEndpoint(scheme string, ep Endpoint, opts *Options) error {
	if opts == nil {
		return nil
	}
	host := ep.Hostname()
	if len(opts.AllowedHosts) > 0 && !HostAllowed(opts.AllowedHosts, ep.Host) {
		return errors.Mark(errors.Newf(
			"storage: %s endpoint %s is not on the allow-list (export.destination.allowed_hosts: %s); refused before connecting",
			errors.Safe(scheme), errors.Safe(ep.Host), errors.Safe(strings.Join(opts.AllowedHosts, ", "))), ErrInsecure)
	}
	if opts.RequirePrivateEndpoint {
		if PublicServiceHost(host) {
			return errors.Mark(errors.Newf(
				"storage: %s endpoint %s is the service's public endpoint; the policy requires a private endpoint (export.destination.require_private_endpoint): name a Private Service Connect endpoint, a VPC interface endpoint or an on-prem gateway",
				errors.Safe(scheme), errors.Safe(ep.Host)), ErrInsecure)
		}
		if ip := net.ParseIP(host); ip != nil && !privateIP(ip) {
			return errors.Mark(errors.Newf(
				"storage: %s endpoint %s is a public address; the policy requires a private endpoint (export.destination.require_private_endpoint)",
				errors.Safe(scheme), errors.Safe(ep.Host)), ErrInsecure)
		}
	}
	return nil
}

// HostAllowed reports whether hostport ("host" or "host:port") matches an
// entry of the allow-list: "host" (any port), "host:port", or "*.domain"
// (any name under the domain). Matching ignores case.
func HostAllowed(allowed []string, hostport string) bool {
	host, port := hostport, ""
	if h, p, err := net.SplitHostPort(hostport); err == nil {
		host, port = h, p
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	for _, a := range allowed {
		a = strings.ToLower(strings.TrimSpace(a))
		ah, ap := a, ""
		if h, p, err := net.SplitHostPort(a); err == nil {
			ah, ap = strings.ToLower(strings.Trim(h, "[]")), p
		}
		if ap != "" && ap != port {
			continue
		}
		if ah == host {
			return true
		}
		if suf, ok := strings.CutPrefix(ah, "*."); ok && strings.HasSuffix(host, "."+suf) {
			return true
		}
	}
	return false
}

// PublicServiceHost reports whether host is a public endpoint of Google
// Cloud Storage or Amazon S3 (the defaults a client uses without an
// endpoint). Private Service Connect names (*.p.googleapis.com) and VPC
// interface endpoint names (*.vpce.amazonaws.com) are not public.
func PublicServiceHost(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	switch {
	case h == "googleapis.com" || strings.HasSuffix(h, ".googleapis.com"):
		return !strings.HasSuffix(h, ".p.googleapis.com")
	case h == "storage.cloud.google.com":
		return true
	case strings.HasSuffix(h, ".amazonaws.com") || strings.HasSuffix(h, ".amazonaws.com.cn"):
		return !strings.Contains(h, ".vpce.") && !strings.HasSuffix(h, ".vpce.amazonaws.com")
	}
	return false
}

// privateIP: RFC 1918 / RFC 4193, loopback, link-local, and the shared
// address space of RFC 6598 (100.64.0.0/10).
func privateIP(ip net.IP) bool {
	if ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() {
		return true
	}
	if v4 := ip.To4(); v4 != nil && v4[0] == 100 && v4[1]&0xc0 == 64 {
		return true
	}
	return false
}

// DefaultMinTLS is the lowest TLS version cloud sinks and the on-prem
// store accept unless Options.MinTLSVersion says otherwise.
const DefaultMinTLS = tls.VersionTLS13

// ParseTLSVersion reads "1.2" or "1.3" (empty: the default, 1.3).
func ParseTLSVersion(s string) (uint16, error) {
	switch strings.TrimPrefix(strings.TrimSpace(strings.ToLower(s)), "tls") {
	case "", "1.3":
		return tls.VersionTLS13, nil
	case "1.2":
		return tls.VersionTLS12, nil
	}
	return 0, InvalidArgumentf("storage: TLS version %q: want 1.2 or 1.3", errors.Safe(s))
}

// ParsePin reads an SPKI pin "sha256/BASE64" (the base64 of the SHA-256 of
// a certificate's SubjectPublicKeyInfo, as `openssl x509 -pubkey | openssl
// pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`
// prints it) and returns the digest.
func ParsePin(pin string) ([]byte, error) {
	b64, ok := strings.CutPrefix(strings.TrimSpace(pin), "sha256/")
	if !ok {
		return nil, InvalidArgumentf("storage: pin %q: want sha256/BASE64 (SHA-256 of the certificate's SubjectPublicKeyInfo)", errors.Safe(pin))
	}
	d, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || len(d) != sha256.Size {
		return nil, InvalidArgumentf("storage: pin %q: want sha256/ and the base64 of 32 bytes", errors.Safe(pin))
	}
	return d, nil
}

// SPKIPin returns the pin of a certificate: "sha256/" and the base64 of
// the SHA-256 of its SubjectPublicKeyInfo.
func SPKIPin(c *x509.Certificate) string {
	d := sha256.Sum256(c.RawSubjectPublicKeyInfo)
	return "sha256/" + base64.StdEncoding.EncodeToString(d[:])
}

// ClientTLSConfig builds the TLS configuration a backend uses: a clone of
// opts.TLSConfig (or a fresh one) with at least opts.MinTLSVersion (TLS
// 1.3 by default; never below 1.2), trusting only the CAs of opts.CAFile
// when it is set, and accepting a server only when a certificate of its
// verified chain matches one of opts.Pins. A configuration that skips
// verification is refused unless opts.AllowInsecure is set.
func ClientTLSConfig(opts *Options) (*tls.Config, error) {
	if opts == nil {
		opts = &Options{}
	}
	var cfg *tls.Config
	if opts.TLSConfig != nil {
		cfg = opts.TLSConfig.Clone()
	} else {
		cfg = &tls.Config{}
	}
	min := opts.MinTLSVersion
	if min == 0 {
		min = DefaultMinTLS
	}
	if min < tls.VersionTLS12 {
		return nil, errors.Mark(errors.New("storage: TLS below 1.2 is refused"), ErrInsecure)
	}
	if cfg.MinVersion < min {
		cfg.MinVersion = min
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
	if len(opts.Pins) > 0 {
		if cfg.InsecureSkipVerify {
			return nil, errors.Mark(errors.New("storage: pinning needs certificate verification"), ErrInsecure)
		}
		pins := map[string]bool{}
		for _, p := range opts.Pins {
			d, err := ParsePin(p)
			if err != nil {
				return nil, err
			}
			pins[string(d)] = true
		}
		prev := cfg.VerifyConnection
		cfg.VerifyConnection = func(cs tls.ConnectionState) error {
			if prev != nil {
				if err := prev(cs); err != nil {
					return err
				}
			}
			for _, chain := range cs.VerifiedChains {
				for _, c := range chain {
					d := sha256.Sum256(c.RawSubjectPublicKeyInfo)
					if pins[string(d[:])] {
						return nil
					}
				}
			}
			got := "none"
			if len(cs.PeerCertificates) > 0 {
				got = SPKIPin(cs.PeerCertificates[0])
			}
			return errors.Mark(errors.Newf(
				"storage: the certificate of %s matches no pinned key (pins: %s; the server's key is %s); refused before any request",
				errors.Safe(cs.ServerName), errors.Safe(strings.Join(opts.Pins, ", ")), errors.Safe(got)), ErrInsecure)
		}
	}
	return cfg, nil
}

// HTTPTransport returns an http.Transport for a backend: base (cloned; nil
// means http.DefaultTransport) with the TLS configuration of
// ClientTLSConfig and a dialer that enforces opts.AllowedHosts and
// opts.RequirePrivateEndpoint on every connection, before it is made: a
// host name not on the list, or an address that is not private, is never
// dialled (a redirect or a DNS answer cannot lead elsewhere). With either
// set, proxies from the environment are not used.
func HTTPTransport(base *http.Transport, opts *Options) (*http.Transport, error) {
	if opts == nil {
		opts = &Options{}
	}
	if base == nil {
		base = http.DefaultTransport.(*http.Transport)
	}
	tr := base.Clone()
	cfg, err := ClientTLSConfig(opts)
	if err != nil {
		return nil, err
	}
	tr.TLSClientConfig = cfg
	if len(opts.AllowedHosts) == 0 && !opts.RequirePrivateEndpoint {
		return tr, nil
	}
	tr.Proxy = nil
	d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	if opts.RequirePrivateEndpoint {
		d.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			if ip := net.ParseIP(host); ip == nil || !privateIP(ip) {
				return errors.Mark(errors.Newf(
					"storage: %s is a public address; the policy requires a private endpoint (export.destination.require_private_endpoint); not connected",
					errors.Safe(address)), ErrInsecure)
			}
			return nil
		}
	}
	tr.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		if len(opts.AllowedHosts) > 0 && !HostAllowed(opts.AllowedHosts, addr) {
			return nil, errors.Mark(errors.Newf(
				"storage: %s is not on the allow-list (export.destination.allowed_hosts); not connected",
				errors.Safe(addr)), ErrInsecure)
		}
		return d.DialContext(ctx, network, addr)
	}
	return tr, nil
}

// Unreachable wraps an error of a connection that failed (no answer from
// the service at all) for display: a TLS failure is explained and marked
// ErrInsecure.
func Unreachable(err error, where string) error {
	if p := tlsProblem(err); p != nil && !errors.Is(err, ErrInsecure) {
		err = errors.Mark(errors.Wrapf(err, "%s", errors.Safe(p.Error())), ErrInsecure)
	}
	return errors.Wrapf(err, "%s", errors.Safe(where))
}

// tlsProblem explains a failed TLS handshake in words an operator can act
// on, naming the setting to look at; nil when err is no TLS failure.
func tlsProblem(err error) error {
	var (
		unknown  x509.UnknownAuthorityError
		hostname x509.HostnameError
		invalid  x509.CertificateInvalidError
		alert    tls.AlertError
		rec      tls.RecordHeaderError
	)
	switch {
	case errors.As(err, &unknown):
		return errors.New("TLS: the server's certificate is not signed by a trusted CA (check the CA bundle: --output-ca-file / --input-ca-file)")
	case errors.As(err, &hostname):
		return errors.New("TLS: the server's certificate does not name the endpoint's host")
	case errors.As(err, &invalid):
		return errors.New("TLS: the server's certificate is not valid (expired, not yet valid or not for a server)")
	case errors.As(err, &alert) && (alert == 70 || alert == 40):
		// protocol_version (70) or handshake_failure (40): no common version
		return errors.New("TLS: the server does not speak the minimum TLS version (1.3 by default; export.destination.min_tls: \"1.2\" allows 1.2)")
	case errors.As(err, &rec):
		return errors.New("TLS: the server did not answer with TLS (is it plain http?)")
	}
	msg := err.Error()
	if strings.Contains(msg, "protocol version not supported") || strings.Contains(msg, "tls: protocol version") {
		return errors.New("TLS: the server does not speak the minimum TLS version (1.3 by default; export.destination.min_tls: \"1.2\" allows 1.2)")
	}
	return nil
}
