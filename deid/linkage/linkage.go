// Package linkage hands out research ids that are not derived from
// information about the individual (45 CFR 164.514(c)): a random id per
// patient and per conversation, minted with crypto/rand the first time a
// linkage key is seen and kept in an on-prem linkage store, so that the same
// patient gets the same id in every nightly run.
//
// The store maps linkage keys to ids. A linkage key is built by the caller
// (deid/redact) from the record's own stable identifiers, never from a name
// alone:
//
//	patient       "mrn:<MRN>" when the record has an MRN; otherwise
//	              "enc:<encounter_id>", else "conv:<conversation_id>"
//	              (a patient without an MRN is linked to nothing but the
//	              encounter: two John Smiths without MRNs get two ids, and
//	              a re-run of the same record gets the same one)
//	conversation  "conv:<conversation_id>"
//
// The store holds MRNs and record ids: it is tier restricted, lives under
// the on-prem state directory and is never exported. Nothing in this package
// logs, and no error holds a key or an id.
//
// Two stores: the file store (OpenFile; the embedded default, one process
// at a time, every DoFn instance of that process sharing one handle) and
// PostgreSQL (package deid/linkage/pgstore, for many workers).
package linkage

import (
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"strings"
	"sync"

	"github.com/cockroachdb/errors"
)

// Kind is what a research id stands for; it is also the id's prefix.
type Kind string

// The kinds of research ids.
const (
	Patient      Kind = "patient"      // p_ + 24 hex digits
	Conversation Kind = "conversation" // c_ + 24 hex digits
)

// Prefix is the research id prefix of a kind.
func (k Kind) Prefix() string {
	switch k {
	case Patient:
		return "p_"
	case Conversation:
		return "c_"
	}
	return ""
}

func (k Kind) valid() bool { return k.Prefix() != "" }

// Store maps linkage keys to research ids. Implementations are safe for
// concurrent use.
type Store interface {
	// ResearchID returns the id linked to key under kind, minting a random
	// one the first time the key is seen.
	ResearchID(kind Kind, key string) (string, error)
	// Sync makes every id handed out so far durable. An exported record
	// may carry an id only once Sync returned nil (the pipelines call it
	// before a bundle's records can be committed).
	Sync() error
	// Close syncs and releases the store.
	Close() error
}

// NewID returns a fresh random research id of the kind: its prefix and 24
// hex digits (96 bits from crypto/rand).
func NewID(kind Kind) (string, error) {
	if !kind.valid() {
		return "", errors.Newf("linkage: unknown kind %q", errors.Safe(string(kind)))
	}
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", errors.Wrap(err, "linkage: random id")
	}
	return kind.Prefix() + hex.EncodeToString(b[:]), nil
}

// ErrInUse is returned when another process holds the file store.
var ErrInUse = errors.New("linkage store is in use by another process")

// Open opens the store named by url: a postgres:// or postgresql:// URL
// (the driver registered by importing deid/linkage/pgstore), else a
// directory for the file store.
func Open(url string) (Store, error) {
	if url == "" {
		return nil, errors.New("linkage: no store configured")
	}
	if i := strings.Index(url, "://"); i > 0 {
		scheme := url[:i]
		openersMu.Lock()
		o := openers[scheme]
		openersMu.Unlock()
		if o == nil {
			return nil, errors.Newf("linkage: no driver for %s:// (import deid/linkage/pgstore)", errors.Safe(scheme))
		}
		return o(url)
	}
	return OpenFile(url)
}

// CheckURL refuses a store URL that carries a password (user:secret@ or
// ?password=): URLs land in job files, shell history, process listings and
// logs. Drivers take the password from their own environment (PGPASSWORD,
// a password file). The error names neither the URL nor the password.
func CheckURL(s string) error {
	if !strings.Contains(s, "://") {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil {
		return errors.New("linkage store: the URL does not parse")
	}
	if _, ok := u.User.Password(); ok || u.Query().Has("password") {
		return errors.Newf("linkage store %s://%s: the URL carries a password: "+
			"give it in $PGPASSWORD or a password file ($PGPASSFILE, ~/.pgpass), never in the URL",
			errors.Safe(u.Scheme), errors.Safe(u.Host))
	}
	return nil
}

var (
	openersMu sync.Mutex
	openers   = map[string]func(string) (Store, error){}
)

// Register makes Open hand URLs of the scheme to open.
func Register(scheme string, open func(url string) (Store, error)) {
	openersMu.Lock()
	defer openersMu.Unlock()
	openers[scheme] = open
}

// Memory is a store that keeps its ids in memory: ids link nothing across
// processes (deid redact without --linkage, tests).
type Memory struct {
	mu  sync.Mutex
	ids map[string]string
}

// NewMemory returns an empty in-memory store.
func NewMemory() *Memory { return &Memory{ids: map[string]string{}} }

// ResearchID implements Store.
func (m *Memory) ResearchID(kind Kind, key string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := string(kind) + "\x00" + key
	if id, ok := m.ids[k]; ok {
		return id, nil
	}
	id, err := NewID(kind)
	if err != nil {
		return "", err
	}
	m.ids[k] = id
	return id, nil
}

// Sync implements Store.
func (m *Memory) Sync() error { return nil }

// Close implements Store.
func (m *Memory) Close() error { return nil }
