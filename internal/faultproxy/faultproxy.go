// Package faultproxy is a TCP proxy for tests that puts faults between a
// client and a real server (versitygw, fake-gcs-server): HTTP 503 answers,
// connections reset in the middle of an upload, connections that stall,
// and slow connections. Faults are chosen per accepted connection by a
// Plan, so a client that reconnects (as HTTP clients do after an error)
// meets the next fault or a clean connection.
//
//	p := faultproxy.Start(t, server.Host, faultproxy.Sequence(faultproxy.Reset, faultproxy.HTTP503))
//	opts.Endpoint = "http://" + p.Addr
package faultproxy

import (
	"bufio"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"
)

// Fault is what the proxy does to one connection.
type Fault int

const (
	// Pass forwards the connection untouched.
	Pass Fault = iota
	// HTTP503 answers the first request with 503 Service Unavailable
	// (after reading its headers) and closes the connection.
	HTTP503
	// Reset forwards the first ResetAfter bytes of the request, then
	// resets both sides (TCP RST): an upload cut in the middle.
	Reset
	// Stall reads the request and never answers, until the client gives
	// up or the proxy closes.
	Stall
	// Slow forwards both ways in small pieces with a pause between them.
	Slow
)

func (f Fault) String() string {
	return [...]string{"pass", "http503", "reset", "stall", "slow"}[f]
}

// ResetAfter is how many request bytes a Reset connection forwards.
const ResetAfter = 700

// Plan chooses the fault of the n-th accepted connection (from 0).
type Plan func(n int) Fault

// Sequence injects the given faults on the first connections, then
// passes.
func Sequence(faults ...Fault) Plan {
	return func(n int) Fault {
		if n < len(faults) {
			return faults[n]
		}
		return Pass
	}
}

// Random injects one of faults on a share rate of the connections, from a
// seeded generator (the same seed gives the same faults in the same
// order of connections).
func Random(seed uint64, rate float64, faults ...Fault) Plan {
	var mu sync.Mutex
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return func(int) Fault {
		mu.Lock()
		defer mu.Unlock()
		if len(faults) == 0 || r.Float64() >= rate {
			return Pass
		}
		return faults[r.IntN(len(faults))]
	}
}

// Proxy is a running proxy.
type Proxy struct {
	// Addr is the proxy's host:port; point clients here.
	Addr string

	target string
	l      net.Listener
	mu     sync.Mutex
	plan   Plan
	n      int
	counts map[Fault]int
	conns  map[net.Conn]struct{}
	done   chan struct{}
	wg     sync.WaitGroup
}

// Start starts a proxy to target (host:port) on a free loopback port; it
// stops when the test ends.
func Start(t testing.TB, target string, plan Plan) *Proxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("faultproxy: %v", err)
	}
	if plan == nil {
		plan = Sequence()
	}
	p := &Proxy{Addr: l.Addr().String(), target: target, l: l, plan: plan,
		counts: map[Fault]int{}, conns: map[net.Conn]struct{}{}, done: make(chan struct{})}
	p.wg.Add(1)
	go p.accept()
	t.Cleanup(p.Close)
	return p
}

// SetPlan replaces the plan (and restarts its connection count).
func (p *Proxy) SetPlan(plan Plan) {
	p.mu.Lock()
	p.plan, p.n = plan, 0
	p.mu.Unlock()
}

// Counts returns how many connections met each fault so far.
func (p *Proxy) Counts() map[Fault]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[Fault]int, len(p.counts))
	for k, v := range p.counts {
		out[k] = v
	}
	return out
}

// Injected is the number of connections that met a fault other than Pass.
func (p *Proxy) Injected() int {
	n := 0
	for f, c := range p.Counts() {
		if f != Pass {
			n += c
		}
	}
	return n
}

// Close stops the proxy and closes every connection.
func (p *Proxy) Close() {
	select {
	case <-p.done:
		return
	default:
	}
	close(p.done)
	p.l.Close()
	p.mu.Lock()
	for c := range p.conns {
		c.Close()
	}
	p.mu.Unlock()
	p.wg.Wait()
}

func (p *Proxy) track(c net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	select {
	case <-p.done:
		return false
	default:
	}
	p.conns[c] = struct{}{}
	return true
}

func (p *Proxy) untrack(c net.Conn) {
	p.mu.Lock()
	delete(p.conns, c)
	p.mu.Unlock()
	c.Close()
}

func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		c, err := p.l.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		f := p.plan(p.n)
		p.n++
		p.counts[f]++
		p.mu.Unlock()
		if !p.track(c) {
			c.Close()
			return
		}
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			defer p.untrack(c)
			p.serve(c, f)
		}()
	}
}

func (p *Proxy) serve(c net.Conn, f Fault) {
	switch f {
	case HTTP503:
		req, err := http.ReadRequest(bufio.NewReader(c))
		if err != nil {
			return
		}
		req.Body.Close()
		body := "service unavailable (faultproxy)\n"
		io.WriteString(c, "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nRetry-After: 0\r\nConnection: close\r\n"+
			"Content-Length: "+strconv.Itoa(len(body))+"\r\n\r\n"+body)
		return
	case Stall:
		io.Copy(io.Discard, c) // until the client or Close ends it
		return
	}
	up, err := net.Dial("tcp", p.target)
	if err != nil {
		return
	}
	if !p.track(up) {
		up.Close()
		return
	}
	defer p.untrack(up)
	var once sync.Once
	closeBoth := func() {
		once.Do(func() {
			if f == Reset {
				// RST rather than FIN: the client sees "connection reset"
				if tc, ok := c.(*net.TCPConn); ok {
					tc.SetLinger(0)
				}
				if tc, ok := up.(*net.TCPConn); ok {
					tc.SetLinger(0)
				}
			}
			c.Close()
			up.Close()
		})
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer closeBoth()
		switch f {
		case Reset:
			io.CopyN(up, c, ResetAfter)
		case Slow:
			slowCopy(up, c, p.done)
		default:
			io.Copy(up, c)
		}
	}()
	go func() {
		defer wg.Done()
		defer closeBoth()
		if f == Slow {
			slowCopy(c, up, p.done)
			return
		}
		io.Copy(c, up)
	}()
	wg.Wait()
}

// slowCopy forwards in 4 KiB pieces with a short pause between them.
func slowCopy(dst io.Writer, src io.Reader, done <-chan struct{}) {
	buf := make([]byte, 4<<10)
	for {
		n, err := src.Read(buf)
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
			select {
			case <-done:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
		if err != nil {
			return
		}
	}
}
