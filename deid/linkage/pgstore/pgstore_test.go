package pgstore

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/internal/safeerr"
	"github.com/deid-project/deid/internal/testserver"
)

// One PostgreSQL server for the package run (installed from Debian's
// packages into .bin/postgres on first use); each test has its own database.
func TestMain(m *testing.M) {
	code := m.Run()
	testserver.StopPostgres()
	os.Exit(code)
}

var idRE = map[linkage.Kind]*regexp.Regexp{
	linkage.Patient:      regexp.MustCompile(`^p_[0-9a-f]{24}$`),
	linkage.Conversation: regexp.MustCompile(`^c_[0-9a-f]{24}$`),
}

// newDB returns the URL of a fresh database over the unix socket.
func newDB(t *testing.T) (*testserver.PostgresServer, string, string) {
	pg := testserver.Postgres(t)
	db := pg.CreateDB(t)
	return pg, db, pg.SocketURL(db)
}

// openOwn opens a store with its own pool and cache, as another process would.
func openOwn(t *testing.T, url string) *store {
	t.Helper()
	s, err := open(url)
	require.NoError(t, err)
	t.Cleanup(s.close)
	return s
}

// assertClean: an error names neither a key nor an id nor a secret.
func assertClean(t *testing.T, err error, secrets ...string) {
	t.Helper()
	require.Error(t, err)
	for _, form := range []string{err.Error(), fmt.Sprintf("%+v", err), safeerr.Message(err)} {
		for _, s := range secrets {
			assert.NotContains(t, form, s)
		}
	}
}

func TestSameKeySameIDAcrossProcesses(t *testing.T) {
	pg, db, url := newDB(t)
	a := openOwn(t, url)
	b := openOwn(t, url) // a second process: its own pool and cache

	p1, err := a.researchID(linkage.Patient, "mrn:12345678")
	require.NoError(t, err)
	assert.Regexp(t, idRE[linkage.Patient], p1)
	got, err := b.researchID(linkage.Patient, "mrn:12345678")
	require.NoError(t, err)
	assert.Equal(t, p1, got)

	p2, err := b.researchID(linkage.Patient, "mrn:87654321")
	require.NoError(t, err)
	assert.NotEqual(t, p1, p2)
	c1, err := a.researchID(linkage.Conversation, "conv:a")
	require.NoError(t, err)
	assert.Regexp(t, idRE[linkage.Conversation], c1)
	// the same key under another kind is another id
	other, err := a.researchID(linkage.Conversation, "mrn:12345678")
	require.NoError(t, err)
	assert.NotEqual(t, p1[2:], other[2:])
	// keys are bytes: not valid UTF-8, a NUL
	odd, err := a.researchID(linkage.Patient, "mrn:\xff\x00x")
	require.NoError(t, err)
	got, err = b.researchID(linkage.Patient, "mrn:\xff\x00x")
	require.NoError(t, err)
	assert.Equal(t, odd, got)

	assert.Equal(t, "5\n", pg.SQL(t, db, "SELECT count(*) FROM "+Table))

	// through linkage.Open, under both schemes
	for _, u := range []string{url, "postgresql" + strings.TrimPrefix(url, "postgres")} {
		s, err := linkage.Open(u)
		require.NoError(t, err)
		got, err := s.ResearchID(linkage.Patient, "mrn:12345678")
		require.NoError(t, err)
		assert.Equal(t, p1, got)
		require.NoError(t, s.Sync())
		require.NoError(t, s.Close())
		_, err = s.ResearchID(linkage.Patient, "mrn:12345678")
		assertClean(t, err, "mrn:12345678", p1)
		assert.Error(t, s.Sync(), "a closed store")
	}
}

// Workers of several processes race on the same keys: every one gets the
// one id that was committed first.
func TestConcurrentWorkersAgree(t *testing.T) {
	pg, db, url := newDB(t)
	// three processes open the new database at once: one creates the table
	stores := make([]*store, 3)
	openErrs := make([]error, len(stores))
	var opening sync.WaitGroup
	for i := range stores {
		opening.Add(1)
		go func() {
			defer opening.Done()
			stores[i], openErrs[i] = open(url)
		}()
	}
	opening.Wait()
	for i, s := range stores {
		require.NoError(t, openErrs[i])
		t.Cleanup(s.close)
	}
	const keys, workers = 40, 8
	var mu sync.Mutex
	seen := map[string]map[string]bool{} // key -> ids
	var wg sync.WaitGroup
	errs := make(chan error, len(stores)*workers)
	for si, s := range stores {
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < keys; i++ {
					k := "mrn:" + strconv.Itoa((i*7+w+si)%keys)
					id, err := s.researchID(linkage.Patient, k)
					if err != nil {
						errs <- err
						return
					}
					mu.Lock()
					if seen[k] == nil {
						seen[k] = map[string]bool{}
					}
					seen[k][id] = true
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
	require.Len(t, seen, keys)
	all := map[string]bool{}
	for k, ids := range seen {
		assert.Len(t, ids, 1, "one id for %s", k)
		for id := range ids {
			all[id] = true
		}
	}
	assert.Len(t, all, keys, "different keys, different ids")
	assert.Equal(t, strconv.Itoa(keys)+"\n", pg.SQL(t, db, "SELECT count(*) FROM "+Table))
}

// An id handed out is committed: it survives the server's restart (and a
// new process).
func TestIDsSurviveRestart(t *testing.T) {
	pg, _, url := newDB(t)
	s, err := Open(url)
	require.NoError(t, err)
	id, err := s.ResearchID(linkage.Patient, "mrn:5550001")
	require.NoError(t, err)
	require.NoError(t, s.Sync())
	require.NoError(t, s.Close())
	// a store open across the restart: its pooled connections die
	kept := openOwn(t, url)
	for i := 0; i < 4; i++ {
		_, err := kept.researchID(linkage.Patient, "mrn:555000"+strconv.Itoa(i+2))
		require.NoError(t, err)
	}

	pg.Restart(t)

	s, err = Open(url)
	require.NoError(t, err)
	defer s.Close()
	got, err := s.ResearchID(linkage.Patient, "mrn:5550001")
	require.NoError(t, err)
	assert.Equal(t, id, got)
	got, err = kept.researchID(linkage.Patient, "mrn:5550001")
	require.NoError(t, err, "the pool reconnects after the restart")
	assert.Equal(t, id, got)
}

func TestPasswordInURLRefused(t *testing.T) {
	pg := testserver.Postgres(t)
	const secret = "s3cr3t-pw-x"
	for _, u := range []string{
		fmt.Sprintf("postgres://deid:%s@127.0.0.1:%d/db", secret, pg.Port),
		fmt.Sprintf("postgresql://deid:%s@db.example.org/db?sslmode=verify-full", secret),
		fmt.Sprintf("postgres://deid@127.0.0.1:%d/db?password=%s", pg.Port, secret),
		fmt.Sprintf("postgres:///db?host=%s&user=deid&password=%s", pg.SocketDir, secret),
	} {
		_, err := linkage.Open(u)
		assertClean(t, err, secret, "deid:")
		assert.Contains(t, safeerr.Message(err), "PGPASSWORD", u)
	}
}

// The password comes from $PGPASSWORD or a password file; a wrong one
// fails with the server's word for it, and never shows.
func TestPasswordFromEnvOrPassfile(t *testing.T) {
	pg, _, _ := newDB(t)
	db := pg.CreateDB(t)
	url := pg.TCPURL(db)
	home := t.TempDir()
	t.Setenv("HOME", home) // no ~/.pgpass of the machine's
	t.Setenv("PGPASSFILE", filepath.Join(home, "none"))

	t.Setenv("PGPASSWORD", "wrong-password-1")
	_, err := open(url)
	assertClean(t, err, "wrong-password-1")
	assert.Contains(t, safeerr.Message(err), "28P01")
	assert.Contains(t, safeerr.Message(err), "127.0.0.1:"+strconv.Itoa(pg.Port))

	t.Setenv("PGPASSWORD", pg.Password)
	s := openOwn(t, url)
	_, err = s.researchID(linkage.Patient, "mrn:1")
	require.NoError(t, err)

	t.Setenv("PGPASSWORD", "")
	pass := filepath.Join(home, "pgpass")
	require.NoError(t, os.WriteFile(pass, []byte(fmt.Sprintf("127.0.0.1:%d:*:%s:%s\n", pg.Port, pg.User, pg.Password)), 0o600))
	t.Setenv("PGPASSFILE", pass)
	s = openOwn(t, url)
	_, err = s.researchID(linkage.Patient, "mrn:1")
	require.NoError(t, err)
}

// A server elsewhere needs TLS that checks its certificate; a socket or
// loopback does not.
func TestTLSRequiredForRemoteHosts(t *testing.T) {
	t.Setenv("PGSSLMODE", "")
	refused := []string{
		"postgres://deid@db.example.org/deid",
		"postgres://deid@db.example.org/deid?sslmode=disable",
		"postgres://deid@db.example.org/deid?sslmode=prefer",
		"postgres://deid@db.example.org/deid?sslmode=require",
		"postgres://deid@10.1.2.3:5432/deid?sslmode=allow",
		"postgres://deid@127.0.0.1,db.example.org/deid?sslmode=disable",
	}
	for _, u := range refused {
		_, _, err := parse(u)
		require.Error(t, err, u)
		assert.Contains(t, safeerr.Message(err), "verify-full", u)
		assert.NotContains(t, err.Error(), "deid@", u)
	}
	allowed := []string{
		"postgres://deid@db.example.org/deid?sslmode=verify-full",
		"postgres://deid@db.example.org/deid?sslmode=verify-ca",
		"postgres://deid@localhost/deid?sslmode=disable",
		"postgres://deid@127.0.0.1:5433/deid?sslmode=disable",
		"postgres://deid@[::1]:5433/deid",
		"postgres://deid@/deid?host=/var/run/postgresql",
	}
	for _, u := range allowed {
		cfg, _, err := parse(u)
		require.NoError(t, err, u)
		assert.Equal(t, DefaultConnectTimeout, cfg.ConnConfig.ConnectTimeout)
	}
	t.Setenv("PGSSLMODE", "require")
	_, _, err := parse("postgres://deid@db.example.org/deid")
	assert.Error(t, err, "PGSSLMODE=require checks no certificate")
	t.Setenv("PGSSLMODE", "verify-full")
	_, _, err = parse("postgres://deid@db.example.org/deid")
	assert.NoError(t, err)
}

// A server that does not answer fails Open at the connect timeout with an
// error that says so; a closed port fails at once.
func TestUnreachableServerFailsClearly(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer l.Close()
	var held []net.Conn
	var mu sync.Mutex
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			held = append(held, c) // accepted, never answered
			mu.Unlock()
		}
	}()
	defer func() {
		mu.Lock()
		defer mu.Unlock()
		for _, c := range held {
			c.Close()
		}
	}()
	port := l.Addr().(*net.TCPAddr).Port
	_, err = Open(fmt.Sprintf("postgres://deid@127.0.0.1:%d/deid?sslmode=disable&connect_timeout=1", port))
	require.Error(t, err)
	msg := safeerr.Message(err)
	assert.Contains(t, msg, "no answer in time", msg)
	assert.Contains(t, msg, fmt.Sprintf("postgres://127.0.0.1:%d/deid", port))

	closed, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	cport := closed.Addr().(*net.TCPAddr).Port
	closed.Close()
	_, err = Open(fmt.Sprintf("postgres://deid@127.0.0.1:%d/deid?sslmode=disable", cport))
	require.Error(t, err)
	assert.Contains(t, safeerr.Message(err), "connection refused")

	_, err = Open("postgres://deid@/deid?host=" + filepath.Join(t.TempDir(), "nosocket"))
	require.Error(t, err)
	assert.Contains(t, safeerr.Message(err), "connect")
}

// Lookups that fail (the server down, a role without rights) name the
// store and the cause, never the key.
func TestNoKeyInErrors(t *testing.T) {
	pg, db, url := newDB(t)
	s := openOwn(t, url)
	id, err := s.researchID(linkage.Patient, "mrn:40440404")
	require.NoError(t, err)

	// a role that may read but not insert
	pg.SQL(t, db, "CREATE ROLE reader LOGIN; GRANT SELECT ON "+Table+" TO reader")
	r := openOwn(t, strings.Replace(url, "postgres://deid@", "postgres://reader@", 1))
	got, err := r.researchID(linkage.Patient, "mrn:40440404")
	require.NoError(t, err)
	assert.Equal(t, id, got)
	_, err = r.researchID(linkage.Patient, "mrn:90990909")
	assertClean(t, err, "mrn:90990909", "90990909", id)
	assert.Contains(t, safeerr.Message(err), "permission denied")
	assert.Contains(t, safeerr.Message(err), "42501")

	pg.Stop(t)
	defer pg.Start(t)
	_, err = s.researchID(linkage.Patient, "mrn:77117711")
	assertClean(t, err, "mrn:77117711", "77117711", id)
	assert.Contains(t, safeerr.Message(err), "postgres:///"+db)
	_, err = open(url)
	assertClean(t, err, "deid@")
}

func TestScrub(t *testing.T) {
	assert.Equal(t, "conn closed", scrub("conn closed", []string{"mrn:1"}))
	assert.NotContains(t, scrub("bad value mrn:1", []string{"", "mrn:1"}), "mrn:1")
}
