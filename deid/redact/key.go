package redact

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"math"
	"os"
	"strings"
	"sync"

	"github.com/cockroachdb/errors"
)

// KeyEnv is the environment variable that holds the key.
const KeyEnv = "DEID_KEY"

// MinKeyBytes is the shortest key accepted.
const MinKeyBytes = 32

// ErrNoKey is returned when an operation needs a key and none was given.
var ErrNoKey = errors.New("no key: set " + KeyEnv + " (hex or base64, at least 32 bytes) or pass --key-file")

// Key is the secret from which surrogates, date shifts and research ids are
// derived with HMAC-SHA256. The same key gives the same output for the same
// input in every run; another key gives unrelated output. A Key never prints
// its bytes.
type Key struct {
	b    []byte
	id   string
	pool sync.Pool // of HMAC states keyed with b
}

func newKey(b []byte) *Key {
	k := &Key{b: b}
	k.pool.New = func() any { return hmac.New(sha256.New, k.b) }
	k.id = hex.EncodeToString(k.mac("key-id"))[:16]
	return k
}

// ParseKey reads a key written as hex or base64 (standard or URL alphabet,
// padded or not). It must decode to at least MinKeyBytes bytes.
func ParseKey(s string) (*Key, error) {
	s = strings.TrimSpace(s)
	var b []byte
	if h, err := hex.DecodeString(s); err == nil {
		b = h
	} else {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
			if d, err := enc.DecodeString(s); err == nil {
				b = d
				break
			}
		}
	}
	if b == nil {
		return nil, errors.New("key is neither hex nor base64")
	}
	if len(b) < MinKeyBytes {
		return nil, errors.Newf("key is %d bytes, want at least %d", errors.Safe(len(b)), errors.Safe(MinKeyBytes))
	}
	if err := checkStrength(b); err != nil {
		return nil, err
	}
	return newKey(b), nil
}

// ErrWeakKey marks a key refused as obviously weak.
var ErrWeakKey = errors.New("weak key: make one with `head -c 32 /dev/urandom | xxd -p -c 64`")

// checkStrength refuses keys that are obviously not random: one byte
// repeated, a short pattern repeated, too few distinct bytes, or printable
// text of low entropy (a passphrase, not a key). A random 32-byte key passes
// with overwhelming probability. The error never shows the key.
func checkStrength(b []byte) error {
	var counts [256]int
	distinct := 0
	printable := true
	for _, c := range b {
		if counts[c] == 0 {
			distinct++
		}
		counts[c]++
		if c < 0x20 || c > 0x7e {
			printable = false
		}
	}
	switch {
	case distinct == 1:
		return errors.Wrap(ErrWeakKey, "every byte is the same")
	case repeats(b):
		return errors.Wrap(ErrWeakKey, "a short pattern repeated")
	case distinct < len(b)/3 && distinct < 16:
		return errors.Wrapf(ErrWeakKey, "only %d distinct byte values", errors.Safe(distinct))
	}
	if printable {
		h := 0.0
		for _, n := range counts {
			if n > 0 {
				p := float64(n) / float64(len(b))
				h -= p * math.Log2(p)
			}
		}
		// random printable text of 32+ bytes is near log2(len) bits per
		// byte (about 4.7); words and phrases fall well below
		if h < 4.2 {
			return errors.Wrap(ErrWeakKey, "printable text of low entropy (a passphrase, not a key)")
		}
	}
	return nil
}

// repeats reports whether b is a pattern of at most half its length
// repeated.
func repeats(b []byte) bool {
	for p := 1; p <= len(b)/2; p++ {
		ok := true
		for i := p; i < len(b); i++ {
			if b[i] != b[i-p] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// KeyFromEnv reads the key from DEID_KEY; it returns nil, nil when unset.
func KeyFromEnv(getenv func(string) string) (*Key, error) {
	return KeyFromEnvVar(getenv, KeyEnv)
}

// KeyFromEnvVar reads the key from the variable name (DEID_KEY when
// empty); it returns nil, nil when unset.
func KeyFromEnvVar(getenv func(string) string, name string) (*Key, error) {
	if name == "" {
		name = KeyEnv
	}
	s := getenv(name)
	if s == "" {
		return nil, nil
	}
	k, err := ParseKey(s)
	return k, errors.Wrapf(err, "%s", errors.Safe(name))
}

// LoadKeyFile reads a key file: hex or base64 text, or at least MinKeyBytes
// raw bytes (`head -c 32 /dev/urandom > key`).
// The file must not be readable or writable by group or others (0600 or
// 0400).
func LoadKeyFile(path string) (*Key, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, errors.Wrap(err, "read key file")
	}
	if m := fi.Mode().Perm(); m&0o077 != 0 {
		return nil, errors.Newf("key file %s has mode %04o: group or others can read it (chmod 600)", errors.Safe(path), errors.Safe(uint32(m)))
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errors.Wrap(err, "read key file")
	}
	k, perr := ParseKey(string(b))
	if perr == nil {
		return k, nil
	}
	if errors.Is(perr, ErrWeakKey) {
		return nil, errors.Wrap(perr, "key file")
	}
	if len(b) >= MinKeyBytes {
		if err := checkStrength(b); err != nil {
			return nil, errors.Wrap(err, "key file")
		}
		return newKey(b), nil
	}
	return nil, errors.Newf("key file: neither hex, base64 nor %d raw bytes", errors.Safe(MinKeyBytes))
}

// RandomKey returns a fresh key for one run: its output cannot be linked to
// any other run's.
func RandomKey() *Key {
	b := make([]byte, MinKeyBytes)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return newKey(b)
}

// ID is a short fingerprint of the key, for the on-prem audit log (which
// key a run used; rotation). It is never exported: with it, a guessed key
// could be confirmed offline.
func (k *Key) ID() string { return k.id }

// String never shows the key.
func (k *Key) String() string { return "[key " + k.ID() + "]" }

// GoString never shows the key.
func (k *Key) GoString() string { return k.String() }

// mac is HMAC-SHA256(key, purpose || parts), each part length-prefixed so
// that ("ab","c") and ("a","bc") differ.
func (k *Key) mac(purpose string, parts ...string) []byte {
	h := k.pool.Get().(hash.Hash)
	defer k.pool.Put(h)
	h.Reset()
	var n [4]byte
	write := func(p string) {
		binary.BigEndian.PutUint32(n[:], uint32(len(p)))
		h.Write(n[:])
		h.Write([]byte(p))
	}
	write("deid/v1/" + purpose)
	for _, p := range parts {
		write(p)
	}
	return h.Sum(nil)
}

// stream is an endless deterministic sequence of pseudo-random numbers
// derived from a MAC: surrogates draw from it.
type stream struct {
	k     *Key
	seed  []byte
	buf   []byte
	count uint32
}

func (k *Key) stream(purpose string, parts ...string) *stream {
	return &stream{k: k, seed: k.mac(purpose, parts...)}
}

func (s *stream) next() uint64 {
	if len(s.buf) < 8 {
		h := hmac.New(sha256.New, s.seed)
		var n [4]byte
		binary.BigEndian.PutUint32(n[:], s.count)
		s.count++
		h.Write(n[:])
		s.buf = h.Sum(nil)
	}
	v := binary.BigEndian.Uint64(s.buf[:8])
	s.buf = s.buf[8:]
	return v
}

// intn returns a number in [0, n).
func (s *stream) intn(n int) int { return int(s.next() % uint64(n)) }
