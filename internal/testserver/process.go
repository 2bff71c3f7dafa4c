package testserver

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// RepoRoot returns the root of the deid repository (the directory holding
// scripts/tools.sh), searching upwards from the working directory.
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("testserver: getwd: %v", err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "scripts", "tools.sh")); err == nil {
			if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
				return d
			}
		}
		if filepath.Dir(d) == d {
			t.Fatalf("testserver: no scripts/tools.sh above %s; run tests inside the deid repository", dir)
		}
	}
}

var (
	buildMu sync.Mutex
	built   = map[string]string{}
)

// Binary returns the path of a pinned tool (versitygw, fake-gcs-server,
// prism), building it with scripts/tools.sh when missing or stale. The script
// takes a file lock, so parallel test binaries build each tool once.
func Binary(t testing.TB, name string) string {
	t.Helper()
	buildMu.Lock()
	defer buildMu.Unlock()
	if p, ok := built[name]; ok {
		return p
	}
	root := RepoRoot(t)
	binDir := os.Getenv("DEID_TOOLS_BIN")
	if binDir == "" {
		binDir = filepath.Join(root, ".bin")
	}
	cmd := exec.Command("bash", filepath.Join(root, "scripts", "tools.sh"), name)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "DEID_TOOLS_BIN="+binDir)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("testserver: cannot build %s (scripts/tools.sh %s: %v); output:\n%s\n"+
			"The Go module proxy must be reachable for the first build; afterwards .bin/%s is reused.",
			name, name, err, out.String(), name)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Logf("testserver: built %s in %v", name, d.Round(time.Second))
	}
	p := filepath.Join(binDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("testserver: scripts/tools.sh succeeded but %s is missing: %v", p, err)
	}
	built[name] = p
	return p
}

// FreePort returns a TCP port that was free on 127.0.0.1 a moment ago.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("testserver: no free loopback port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// process is a started server.
type process struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan struct{}
	err  error
}

func (p *process) logTail() string {
	b, _ := os.ReadFile(p.log)
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(b)
}

// startProcess runs bin with args and env, then polls ready until it
// succeeds, the process exits, or 60 s pass. A port clash (another process
// took the port between FreePort and the bind) is retried with a new port.
func startProcess(t testing.TB, name, bin string, mk func(port int) (args, env []string), ready func(port int) error) int {
	t.Helper()
	var lastErr string
	for attempt := 0; attempt < 3; attempt++ {
		port := FreePort(t)
		args, env := mk(port)
		logPath := filepath.Join(t.TempDir(), name+".log")
		logf, err := os.Create(logPath)
		if err != nil {
			t.Fatalf("testserver: %s log: %v", name, err)
		}
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), env...)
		cmd.Stdout, cmd.Stderr = logf, logf
		cmd.SysProcAttr = sysProcAttr()
		if err := cmd.Start(); err != nil {
			logf.Close()
			t.Fatalf("testserver: start %s (%s): %v", name, bin, err)
		}
		p := &process{name: name, cmd: cmd, log: logPath, done: make(chan struct{})}
		go func() { p.err = cmd.Wait(); logf.Close(); close(p.done) }()

		deadline := time.Now().Add(60 * time.Second)
		for {
			select {
			case <-p.done:
				lastErr = fmt.Sprintf("%s exited during start-up (%v); log:\n%s", name, p.err, p.logTail())
			default:
				if err := ready(port); err == nil {
					t.Cleanup(func() { p.stop(t) })
					return port
				} else if time.Now().After(deadline) {
					p.stop(t)
					t.Fatalf("testserver: %s on 127.0.0.1:%d not ready after 60s: %v; log:\n%s", name, port, err, p.logTail())
				}
				time.Sleep(50 * time.Millisecond)
				continue
			}
			break
		}
	}
	t.Fatalf("testserver: could not start %s: %s", name, lastErr)
	return 0
}

func (p *process) stop(t testing.TB) {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(5 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

// httpReady reports nil once anything answers HTTP at url.
func httpReady(url string, tlsCfg *tls.Config) error {
	c := &http.Client{Timeout: 2 * time.Second, Transport: &http.Transport{TLSClientConfig: tlsCfg}}
	defer c.CloseIdleConnections()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

func itoa(i int) string { return strconv.Itoa(i) }
