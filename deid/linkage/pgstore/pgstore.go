// Package pgstore is the PostgreSQL linkage store: the research ids of
// deid/linkage kept in a PostgreSQL table, so that many workers and
// processes (a Beam job on a cluster, several nightly jobs) hand out the
// same id for the same patient. Importing it registers the postgres:// and
// postgresql:// schemes with linkage.Open:
//
//	import _ "github.com/deid-project/deid/deid/linkage/pgstore"
//
//	deid batch --linkage 'postgres://deid@db.example.org/deid?sslmode=verify-full&sslrootcert=/etc/deid/db-ca.pem'
//	deid batch --linkage 'postgres://deid@/deid?host=/var/run/postgresql'
//
// # The URL, the password, TLS
//
// The URL is the one pgx and libpq take (host, port, database, user,
// sslmode, sslrootcert, connect_timeout, pool_max_conns, ...). It must not
// carry a password, neither as postgres://user:secret@host nor as
// ?password=: the URL lands in job YAML, shell history, process listings
// and the audit log. The password comes from $PGPASSWORD or a password
// file ($PGPASSFILE, else ~/.pgpass), as for psql.
//
// A server that is not on this machine is reached over TLS that checks its
// certificate: sslmode=verify-full (or verify-ca, or require with an
// sslrootcert). Anything weaker (sslmode disable, allow, prefer, require
// without a root certificate, or PGSSLMODE saying so) is refused, since
// the store holds MRNs. A unix socket (host=/path) or a loopback address
// (localhost, 127.0.0.1, ::1) may go without TLS.
//
// # Schema and concurrency
//
// Open creates, if absent, the table
//
//	deid_linkage (kind text, key bytea, id text UNIQUE, created_at timestamptz,
//	              PRIMARY KEY (kind, key))
//
// in the connection's default schema (a dedicated database or schema for
// deid is the intent; the role needs CREATE the first time, then SELECT
// and INSERT). Keys are stored as bytes (they are whatever the record
// held). ResearchID looks the key up and, when it is new, mints an id with
// linkage.NewID and inserts it with INSERT ... ON CONFLICT (kind, key) DO
// NOTHING, then reads back whichever id won: workers and processes that
// race on one key all get the one id that was committed first. Ids seen
// are cached in the process (up to 262144; then the cache starts over).
//
// # Durability
//
// Every insert is its own committed transaction: an id is durable when
// ResearchID returns it, so Sync has nothing to do (it reports a closed
// store). Close releases the connection pool.
//
// # Failures
//
// Connecting gives up after connect_timeout (10 s when the URL sets none)
// and every lookup after 30 s, so a dead or unreachable server fails the
// run with an error naming it instead of hanging. Errors name the store as
// postgres://host:port/database: never the URL's user, password or query,
// and never a key or an id (keys are MRNs). Server errors are reported by
// their SQLSTATE and message (a failed login's message names the role, as
// the server words it), except data and constraint errors (SQLSTATE
// classes 22 and 23), whose messages may quote values: those by their code
// alone; a message that quotes the key or id at hand is withheld.
package pgstore

import (
	"context"
	"crypto/tls"
	"net"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cockroachdb/errors"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/deid-project/deid/deid/linkage"
)

func init() {
	linkage.Register("postgres", Open)
	linkage.Register("postgresql", Open)
}

// Table is the table of the linkage store.
const Table = "deid_linkage"

const (
	// DefaultConnectTimeout applies when the URL sets no connect_timeout.
	DefaultConnectTimeout = 10 * time.Second
	// OpTimeout bounds one ResearchID (its lookups and insert) and the
	// schema check of Open.
	OpTimeout = 30 * time.Second
)

const schemaSQL = `CREATE TABLE IF NOT EXISTS ` + Table + ` (
	kind       text        NOT NULL CHECK (kind IN ('patient', 'conversation')),
	key        bytea       NOT NULL,
	id         text        NOT NULL UNIQUE,
	created_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (kind, key)
)`

// schemaLock is the advisory lock that serialises the CREATE TABLE of
// processes opening a new store at once (CREATE TABLE IF NOT EXISTS is not
// safe against itself).
const schemaLock = 0x646569646c6e6b // "deidlnk"

// store is one pool, shared by every Open of the same URL in a process
// (the DoFn instances of a worker).
type store struct {
	url  string // the key in stores
	name string // safe name for errors
	pool *pgxpool.Pool

	connectTimeout time.Duration
	maxConns       int32

	mu     sync.Mutex
	ids    map[string]string // kind \x00 key -> id
	refs   int
	closed bool
}

var (
	storesMu sync.Mutex
	stores   = map[string]*store{}
)

// handle is one Open's reference to a shared store.
type handle struct {
	s      *store
	once   sync.Once
	closed bool
	mu     sync.Mutex
}

// Open opens the store at a postgres:// URL, creating its table if absent.
// Opens of the same URL in one process share a connection pool and cache;
// the last Close releases them.
func Open(rawURL string) (linkage.Store, error) {
	storesMu.Lock()
	defer storesMu.Unlock()
	if s := stores[rawURL]; s != nil {
		s.mu.Lock()
		s.refs++
		s.mu.Unlock()
		return &handle{s: s}, nil
	}
	s, err := open(rawURL)
	if err != nil {
		return nil, err
	}
	s.refs = 1
	stores[rawURL] = s
	return &handle{s: s}, nil
}

// open connects a new store (its own pool and cache).
func open(rawURL string) (*store, error) {
	cfg, name, err := parse(rawURL)
	if err != nil {
		return nil, err
	}
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		return nil, errors.Newf("linkage store %s: %s", errors.Safe(name), errors.Safe("cannot set up the connection pool"))
	}
	s := &store{url: rawURL, name: name, pool: pool, ids: map[string]string{}, connectTimeout: cfg.ConnConfig.ConnectTimeout, maxConns: cfg.MaxConns}
	ctx, cancel := context.WithTimeout(context.Background(), cfg.ConnConfig.ConnectTimeout+OpTimeout)
	defer cancel()
	if err := s.createSchema(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

func (s *store) createSchema(ctx context.Context) error {
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return s.fail(ctx, "connect", err)
	}
	defer conn.Release()
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, Table).Scan(&exists); err != nil {
		return s.fail(ctx, "look up the table", err)
	}
	if exists {
		return nil
	}
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(schemaLock)); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, schemaSQL)
		return err
	})
	if err != nil {
		return s.fail(ctx, "create the table", err)
	}
	return nil
}

// parse checks the URL and turns it into a pool configuration, and
// returns the store's name for errors.
func parse(rawURL string) (*pgxpool.Config, string, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return nil, "postgres://(unparsable URL)", errors.New("linkage store: not a postgres:// URL")
	}
	name := safeName(u)
	if err := linkage.CheckURL(rawURL); err != nil {
		return nil, name, err
	}
	cfg, err := pgxpool.ParseConfig(rawURL)
	if err != nil {
		// pgx's message repeats the URL (user included)
		return nil, name, errors.Newf("linkage store %s: cannot parse the URL "+
			"(want postgres://[user@]host[:port]/database?sslmode=verify-full)", errors.Safe(name))
	}
	cc := &cfg.ConnConfig.Config
	name = configName(cc)
	if cc.ConnectTimeout <= 0 {
		cc.ConnectTimeout = DefaultConnectTimeout
	}
	type target struct {
		host string
		tls  *tls.Config
	}
	targets := []target{{cc.Host, cc.TLSConfig}}
	for _, f := range cc.Fallbacks {
		targets = append(targets, target{f.Host, f.TLSConfig})
	}
	for _, t := range targets {
		if !isLocal(t.host) && !verified(t.tls) {
			return nil, name, errors.Newf("linkage store %s: host %s is not on this machine: "+
				"use TLS that checks the server's certificate (sslmode=verify-full, or verify-ca, with sslrootcert=FILE)",
				errors.Safe(name), errors.Safe(t.host))
		}
	}
	return cfg, name, nil
}

// isLocal: a unix socket or a loopback address.
func isLocal(host string) bool {
	if strings.HasPrefix(host, "/") || host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// verified: TLS that checks the server's certificate chain.
func verified(c *tls.Config) bool {
	return c != nil && (!c.InsecureSkipVerify || c.VerifyPeerCertificate != nil)
}

// safeName renders a URL without user, password or query.
func safeName(u *url.URL) string {
	v := url.URL{Scheme: "postgres", Host: u.Host, Path: u.Path}
	if h := u.Query().Get("host"); h != "" && u.Host == "" {
		return v.String() + " (host " + h + ")"
	}
	return v.String()
}

// configName renders a parsed configuration as postgres://host:port/db.
func configName(cc *pgconn.Config) string {
	host := cc.Host
	if !strings.HasPrefix(host, "/") {
		host = net.JoinHostPort(host, strconv.Itoa(int(cc.Port)))
		return (&url.URL{Scheme: "postgres", Host: host, Path: "/" + cc.Database}).String()
	}
	return "postgres:///" + cc.Database + " (socket " + host + ")"
}

// ResearchID implements linkage.Store.
func (h *handle) ResearchID(kind linkage.Kind, key string) (string, error) {
	if h.isClosed() {
		return "", errors.Newf("linkage store %s: closed", errors.Safe(h.s.name))
	}
	return h.s.researchID(kind, key)
}

func (s *store) researchID(kind linkage.Kind, key string) (string, error) {
	if kind.Prefix() == "" {
		return "", errors.Newf("linkage: unknown kind %q", errors.Safe(string(kind)))
	}
	k := string(kind) + "\x00" + key
	s.mu.Lock()
	id, ok := s.ids[k]
	s.mu.Unlock()
	if ok {
		return id, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), OpTimeout)
	defer cancel()
	id, err := s.lookupOrInsert(ctx, kind, []byte(key))
	if err != nil {
		return "", err
	}
	s.mu.Lock()
	if len(s.ids) >= cacheMax {
		s.ids = make(map[string]string, cacheMax) // bounded memory; the table is the truth
	}
	s.ids[k] = id
	s.mu.Unlock()
	return id, nil
}

// cacheMax bounds the ids a process keeps (about 100 bytes each).
const cacheMax = 1 << 18

const (
	selectSQL = `SELECT id FROM ` + Table + ` WHERE kind = $1 AND key = $2`
	insertSQL = `INSERT INTO ` + Table + ` (kind, key, id) VALUES ($1, $2, $3) ON CONFLICT (kind, key) DO NOTHING RETURNING id`
)

// queryRow runs a one-row query, again on another connection when one
// failed before sending it (a connection the server closed, as after its
// restart: every idle one of the pool may be dead).
func (s *store) queryRow(ctx context.Context, dst *string, sql string, args ...any) error {
	for attempt := 0; ; attempt++ {
		err := s.pool.QueryRow(ctx, sql, args...).Scan(dst)
		if err == nil || attempt > int(s.maxConns) || ctx.Err() != nil || !pgconn.SafeToRetry(err) {
			return err
		}
	}
}

func (s *store) lookupOrInsert(ctx context.Context, kind linkage.Kind, key []byte) (string, error) {
	var id string
	err := s.queryRow(ctx, &id, selectSQL, string(kind), key)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return "", s.fail(ctx, "look up a research id", err, string(key))
	}
	for attempt := 0; ; attempt++ {
		fresh, err := linkage.NewID(kind)
		if err != nil {
			return "", err
		}
		err = s.queryRow(ctx, &id, insertSQL, string(kind), key, fresh)
		switch {
		case err == nil:
			return id, nil // ours
		case errors.Is(err, pgx.ErrNoRows):
			// another worker linked the key first (its insert is
			// committed: ON CONFLICT waited for it); read its id in a
			// new statement, whose snapshot sees it
			if err := s.queryRow(ctx, &id, selectSQL, string(kind), key); err != nil {
				return "", s.fail(ctx, "read back a research id", err, string(key))
			}
			return id, nil
		}
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "23505" && attempt < 3 {
			continue // the random id is taken (2^-96): mint another
		}
		return "", s.fail(ctx, "insert a research id", err, string(key), fresh)
	}
}

// Sync implements linkage.Store: ids are committed when handed out.
func (h *handle) Sync() error {
	if h.isClosed() {
		return errors.Newf("linkage store %s: closed", errors.Safe(h.s.name))
	}
	return nil
}

func (h *handle) isClosed() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.closed
}

// Close implements linkage.Store; the last handle of a URL closes the pool.
func (h *handle) Close() error {
	h.once.Do(func() {
		h.mu.Lock()
		h.closed = true
		h.mu.Unlock()
		s := h.s
		storesMu.Lock()
		defer storesMu.Unlock()
		s.mu.Lock()
		s.refs--
		last := s.refs <= 0
		s.mu.Unlock()
		if last {
			if stores[s.url] == s {
				delete(stores, s.url)
			}
			s.close()
		}
	})
	return nil
}

func (s *store) close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	s.mu.Unlock()
	s.pool.Close()
}

// fail turns a driver error into one that names the store and the
// operation and holds no user or password, nor any of secrets (the key and
// ids of the lookup): a message that holds one is cut.
func (s *store) fail(ctx context.Context, op string, err error, secrets ...string) error {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		if strings.HasPrefix(pe.Code, "22") || strings.HasPrefix(pe.Code, "23") {
			// data and constraint errors may quote the values
			return errors.Newf("linkage store %s: %s: server error SQLSTATE %s",
				errors.Safe(s.name), errors.Safe(op), errors.Safe(pe.Code))
		}
		return errors.Newf("linkage store %s: %s: %s: %s (SQLSTATE %s)",
			errors.Safe(s.name), errors.Safe(op), errors.Safe(pe.Severity), errors.Safe(scrub(pe.Message, secrets)), errors.Safe(pe.Code))
	}
	if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || pgconn.Timeout(err) {
		return errors.Newf("linkage store %s: %s: no answer in time (connect_timeout %s, lookups %s): is the server up and reachable?",
			errors.Safe(s.name), errors.Safe(op), errors.Safe(s.connectTimeout), errors.Safe(OpTimeout))
	}
	// a network, TLS or protocol failure: pgx's ConnectError repeats the
	// user, so keep only what lies beneath it
	msg := err.Error()
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Unwrap() != nil {
		msg = ce.Unwrap().Error()
	}
	return errors.Newf("linkage store %s: %s: %s", errors.Safe(s.name), errors.Safe(op), errors.Safe(scrub(msg, secrets)))
}

// scrub returns msg, or a placeholder when msg holds one of secrets.
func scrub(msg string, secrets []string) string {
	for _, x := range secrets {
		if x != "" && strings.Contains(msg, x) {
			return "(message withheld: it quotes a key or an id)"
		}
	}
	return msg
}
