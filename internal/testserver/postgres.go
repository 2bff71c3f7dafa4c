package testserver

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"
)

// PostgresServer is a PostgreSQL server from .bin/postgres (Debian's
// packages, unpacked by scripts/postgres.sh), with a fresh cluster in a
// temporary directory. It listens on a unix socket in that directory and on
// a free port of 127.0.0.1. The superuser User may connect over the socket
// without a password (trust) and over TCP with Password (scram-sha-256).
type PostgresServer struct {
	SocketDir string // host=SocketDir for a unix socket connection
	Port      int    // the TCP port on 127.0.0.1 (and the socket's number)
	User      string
	Password  string

	dir     string
	bin     string
	libs    string
	cred    *syscall.Credential
	mu      sync.Mutex
	proc    *process
	dbCount int
}

var (
	pgMu     sync.Mutex
	pgShared *PostgresServer
)

// Postgres returns the test binary's PostgreSQL server, started on first
// use (installing PostgreSQL with scripts/postgres.sh when needed): one
// server per package run. Call StopPostgres from TestMain after m.Run; a
// server left running stops when the test binary exits.
func Postgres(t testing.TB) *PostgresServer {
	t.Helper()
	pgMu.Lock()
	defer pgMu.Unlock()
	if pgShared != nil {
		return pgShared
	}
	s, err := startPostgres()
	if err != nil {
		t.Fatalf("testserver: %v", err)
	}
	pgShared = s
	return s
}

// StopPostgres stops the server Postgres started and removes its data.
func StopPostgres() {
	pgMu.Lock()
	defer pgMu.Unlock()
	if pgShared == nil {
		return
	}
	pgShared.stop()
	os.RemoveAll(pgShared.dir)
	pgShared = nil
}

// postgresInstall runs scripts/postgres.sh and returns the bin and lib
// folders of .bin/postgres.
func postgresInstall() (bin, libs string, err error) {
	root, err := repoRoot()
	if err != nil {
		return "", "", err
	}
	binDir := os.Getenv("DEID_TOOLS_BIN")
	if binDir == "" {
		binDir = filepath.Join(root, ".bin")
	}
	cmd := exec.Command("bash", filepath.Join(root, "scripts", "postgres.sh"))
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "DEID_TOOLS_BIN="+binDir)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return "", "", fmt.Errorf("cannot install PostgreSQL (scripts/postgres.sh: %v); output:\n%s\n"+
			"Debian's mirror must be reachable for the first install; afterwards .bin/postgres is reused", err, out.String())
	}
	if out.Len() > 0 {
		fmt.Fprint(os.Stderr, out.String())
	}
	return filepath.Join(binDir, "postgres", "bin"), filepath.Join(binDir, "postgres", "lib"), nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "scripts", "postgres.sh")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no scripts/postgres.sh above %s; run tests inside the deid repository", dir)
		}
	}
}

// serverCredential: PostgreSQL refuses to run as root, so under root the
// server runs as nobody.
func serverCredential() (*syscall.Credential, int, int, error) {
	if os.Geteuid() != 0 {
		return nil, -1, -1, nil
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		return nil, 0, 0, fmt.Errorf("running as root, and no user nobody to run PostgreSQL as: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), NoSetGroups: true}, uid, gid, nil
}

// reachableByOthers: every folder above path may be searched by anyone.
func reachableByOthers(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for d := filepath.Dir(abs); ; d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil || fi.Mode().Perm()&0o001 == 0 {
			return false
		}
		if filepath.Dir(d) == d {
			return true
		}
	}
}

func startPostgres() (*PostgresServer, error) {
	bin, libs, err := postgresInstall()
	if err != nil {
		return nil, err
	}
	cred, uid, gid, err := serverCredential()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "deid-pg-")
	if err != nil {
		return nil, err
	}
	if cred != nil && !reachableByOthers(bin) {
		// the server's user cannot reach .bin (a checkout under /root):
		// run a copy from the temporary directory
		cp := exec.Command("cp", "-a", filepath.Dir(bin), filepath.Join(dir, "pg"))
		if out, err := cp.CombinedOutput(); err != nil {
			os.RemoveAll(dir)
			return nil, fmt.Errorf("copy PostgreSQL where user nobody can run it: %v\n%s", err, out)
		}
		bin, libs = filepath.Join(dir, "pg", "bin"), filepath.Join(dir, "pg", "lib")
	}
	s := &PostgresServer{SocketDir: dir, User: "deid", Password: randomHex(12), dir: dir, bin: bin, libs: libs, cred: cred}
	fail := func(err error) (*PostgresServer, error) {
		s.stop()
		os.RemoveAll(dir)
		return nil, err
	}
	if cred != nil {
		// the server's user must reach and own its folders
		if err := os.Chmod(dir, 0o755); err != nil {
			return fail(err)
		}
		if err := os.Chown(dir, uid, gid); err != nil {
			return fail(err)
		}
	}
	pwfile := filepath.Join(dir, "pw")
	if err := os.WriteFile(pwfile, []byte(s.Password+"\n"), 0o600); err != nil {
		return fail(err)
	}
	if cred != nil {
		if err := os.Chown(pwfile, uid, gid); err != nil {
			return fail(err)
		}
	}
	out, err := s.run("initdb", "-D", filepath.Join(dir, "data"), "-U", s.User, "--pwfile", pwfile,
		"--auth-local=trust", "--auth-host=scram-sha-256", "--locale=C", "--encoding=UTF8", "--no-sync")
	os.Remove(pwfile)
	if err != nil {
		return fail(fmt.Errorf("initdb: %v\n%s", err, out))
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return fail(fmt.Errorf("no free loopback port: %v", err))
		}
		s.Port = l.Addr().(*net.TCPAddr).Port
		l.Close()
		if lastErr = s.start(); lastErr == nil {
			return s, nil
		}
	}
	return fail(lastErr)
}

// env is the environment of the PostgreSQL programs.
func (s *PostgresServer) env() []string {
	return append(os.Environ(), "LD_LIBRARY_PATH="+s.libs, "TZ=UTC", "LC_ALL=C", "PGHOST="+s.SocketDir)
}

// run runs a PostgreSQL program (as the server's user) and returns its output.
func (s *PostgresServer) run(prog string, args ...string) (string, error) {
	cmd := exec.Command(filepath.Join(s.bin, prog), args...)
	cmd.Env = s.env()
	cmd.Dir = s.dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred, Pdeathsig: syscall.SIGKILL}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// start runs the postmaster in the foreground as a child of the test
// binary (it gets SIGINT, a fast shutdown, if the binary dies) and waits
// until it accepts connections.
func (s *PostgresServer) start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	logPath := filepath.Join(s.dir, "postgres.log")
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	cmd := exec.Command(filepath.Join(s.bin, "postgres"), "-D", filepath.Join(s.dir, "data"),
		"-k", s.SocketDir, "-p", strconv.Itoa(s.Port), "-c", "listen_addresses=127.0.0.1",
		"-c", "fsync=off", "-c", "jit=off", "-c", "max_connections=100", "-c", "log_min_messages=warning")
	cmd.Env = s.env()
	cmd.Dir = s.dir
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred, Pdeathsig: syscall.SIGINT}
	if err := cmd.Start(); err != nil {
		logf.Close()
		return fmt.Errorf("start postgres: %v", err)
	}
	p := &process{name: "postgres", cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() { p.err = cmd.Wait(); logf.Close(); close(p.done) }()
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case <-p.done:
			return fmt.Errorf("postgres exited during start-up (%v); log:\n%s", p.err, p.logTail())
		default:
		}
		if _, err := s.run("pg_isready", "-q", "-h", s.SocketDir, "-p", strconv.Itoa(s.Port), "-U", s.User, "-d", "postgres"); err == nil {
			if c, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.Itoa(s.Port), time.Second); err == nil {
				c.Close()
				s.proc = p
				return nil
			}
		}
		if time.Now().After(deadline) {
			p.stopWith(syscall.SIGINT)
			return fmt.Errorf("postgres not ready after 60s; log:\n%s", p.logTail())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *PostgresServer) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.proc != nil {
		s.proc.stopWith(syscall.SIGINT)
		s.proc = nil
	}
}

// Restart stops the server (a fast shutdown) and starts it again on the
// same data, socket and port.
func (s *PostgresServer) Restart(t testing.TB) {
	t.Helper()
	s.stop()
	if err := s.start(); err != nil {
		t.Fatalf("testserver: restart postgres: %v", err)
	}
}

// Stop stops the server until Start; connections fail meanwhile.
func (s *PostgresServer) Stop(t testing.TB) { s.stop() }

// Start starts a server stopped by Stop.
func (s *PostgresServer) Start(t testing.TB) {
	t.Helper()
	if err := s.start(); err != nil {
		t.Fatalf("testserver: start postgres: %v", err)
	}
}

// CreateDB creates a new empty database and returns its name.
func (s *PostgresServer) CreateDB(t testing.TB) string {
	t.Helper()
	s.mu.Lock()
	s.dbCount++
	name := fmt.Sprintf("deid_test_%d_%s", s.dbCount, randomHex(4))
	s.mu.Unlock()
	if out, err := s.run("createdb", "-h", s.SocketDir, "-p", strconv.Itoa(s.Port), "-U", s.User, name); err != nil {
		t.Fatalf("testserver: createdb: %v\n%s", err, out)
	}
	return name
}

// SocketURL is a postgres:// URL of database db over the unix socket.
func (s *PostgresServer) SocketURL(db string) string {
	return fmt.Sprintf("postgres://%s@/%s?host=%s&port=%d", s.User, db, s.SocketDir, s.Port)
}

// TCPURL is a postgres:// URL of database db on 127.0.0.1 (without TLS,
// without the password: give it in PGPASSWORD or a password file).
func (s *PostgresServer) TCPURL(db string) string {
	return fmt.Sprintf("postgres://%s@127.0.0.1:%d/%s?sslmode=disable", s.User, s.Port, db)
}

// SQL runs statements with psql over the socket and returns the output
// (unaligned, tuples only).
func (s *PostgresServer) SQL(t testing.TB, db, sql string) string {
	t.Helper()
	out, err := s.run("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", s.SocketDir, "-p", strconv.Itoa(s.Port), "-U", s.User, "-d", db, "-c", sql)
	if err != nil {
		t.Fatalf("testserver: psql: %v\n%s", err, out)
	}
	return out
}

func (p *process) stopWith(sig syscall.Signal) {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(sig)
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}
