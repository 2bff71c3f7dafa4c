package testserver

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/deid-project/deid/storage"
)

// TLSProxy terminates TLS in front of a plain-http server (an emulator)
// and counts what reaches it: TCP connections accepted, TLS handshakes
// completed and HTTP requests forwarded. Tests of refused connections
// check that no request carrying data got through.
type TLSProxy struct {
	Endpoint string // https://127.0.0.1:PORT
	Host     string // 127.0.0.1:PORT
	CA       *CA    // the CA that signed the proxy's certificate
	Pin      string // SPKI pin (sha256/…) of the proxy's certificate

	conns, handshakes, requests atomic.Int64
}

// TLSProxyOptions tune StartTLSProxy.
type TLSProxyOptions struct {
	// CA signs the proxy's certificate (nil: a new CA).
	CA *CA
	// MaxVersion caps the TLS version the proxy speaks (0: Go's default,
	// TLS 1.3). tls.VersionTLS12 makes a server that only speaks 1.2.
	MaxVersion uint16
	// OnRequest, if set, sees every request before it is forwarded (a
	// recording server: tests assert the headers an emulator ignores).
	OnRequest func(r *http.Request)
	// OnResponse, if set, may change every response before it is sent
	// back (a server that reports what an emulator does not).
	OnResponse func(r *http.Response) error
}

// Conns is the number of TCP connections accepted.
func (p *TLSProxy) Conns() int64 { return p.conns.Load() }

// Handshakes is the number of TLS handshakes that completed.
func (p *TLSProxy) Handshakes() int64 { return p.handshakes.Load() }

// Requests is the number of HTTP requests forwarded to the backend.
func (p *TLSProxy) Requests() int64 { return p.requests.Load() }

// StartTLSProxy starts a proxy for backend (http://host:port) on a free
// loopback port; it stops with the test. The Host header is passed
// through unchanged, so S3 signatures still verify.
func StartTLSProxy(t testing.TB, backend string, o TLSProxyOptions) *TLSProxy {
	t.Helper()
	if o.CA == nil {
		o.CA = NewCA(t)
	}
	target, err := url.Parse(backend)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := tls.LoadX509KeyPair(o.CA.CertFile, o.CA.KeyFile)
	if err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(cert.Certificate[0])
	if err != nil {
		t.Fatal(err)
	}
	p := &TLSProxy{CA: o.CA, Pin: storage.SPKIPin(leaf)}
	cfg := &tls.Config{Certificates: []tls.Certificate{cert}, MaxVersion: o.MaxVersion, MinVersion: tls.VersionTLS12}
	cfg.VerifyConnection = func(tls.ConnectionState) error {
		p.handshakes.Add(1)
		return nil
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	rp := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(target)
		r.Out.Host = r.In.Host
	}, ModifyResponse: o.OnResponse}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.requests.Add(1)
		if o.OnRequest != nil {
			o.OnRequest(r)
		}
		rp.ServeHTTP(w, r)
	}), ErrorLog: log.New(io.Discard, "", 0)}
	go srv.Serve(tls.NewListener(countingListener{ln, &p.conns}, cfg))
	t.Cleanup(func() { srv.Close() })
	p.Host = ln.Addr().String()
	p.Endpoint = "https://" + p.Host
	return p
}

type countingListener struct {
	net.Listener
	n *atomic.Int64
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.n.Add(1)
	}
	return c, err
}
