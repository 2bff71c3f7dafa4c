package storage

import (
	"strings"
	"unicode/utf8"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/storage/driver"
)

// Key rules, the intersection of what S3, GCS and a POSIX directory tree can
// hold unambiguously: 1..1024 bytes of valid UTF-8 without control
// characters or backslashes; '/'-separated segments that are non-empty, not
// "." or "..", at most 200 bytes, and do not start with ".deid-" (reserved for
// the local backend's temporary and sidecar files). Hence no leading or
// trailing '/', no "//".
const (
	maxKeyLen     = 1024
	maxSegmentLen = 200
	reservedPfx   = ".deid-"
)

// ValidateKey reports whether key is a valid object key.
func ValidateKey(key string) error {
	if err := checkKey(key); err != nil {
		return errors.Mark(errors.Wrapf(err, "key %q", errors.Safe(key)), ErrInvalidArgument)
	}
	return nil
}

func checkKey(key string) error {
	switch {
	case key == "":
		return errors.New("empty key")
	case len(key) > maxKeyLen:
		return errors.Newf("key longer than %d bytes", maxKeyLen)
	case !utf8.ValidString(key):
		return errors.New("key is not valid UTF-8")
	}
	for _, r := range key {
		if r < 0x20 || r == 0x7f || r == '\\' || (r >= 0x80 && r < 0xa0) {
			return errors.New("key contains a control character or backslash")
		}
	}
	for _, seg := range strings.Split(key, "/") {
		switch {
		case seg == "":
			return errors.New("key has an empty segment (leading, trailing or double '/')")
		case seg == "." || seg == "..":
			return errors.New("key has a '.' or '..' segment")
		case len(seg) > maxSegmentLen:
			return errors.Newf("key segment longer than %d bytes", maxSegmentLen)
		case strings.HasPrefix(seg, reservedPfx):
			return errors.Newf("key segment starts with reserved %q", reservedPfx)
		}
	}
	return nil
}

// validatePrefix accepts "" or a list prefix: any string that could begin a
// valid key (so a partial last segment is fine).
func validatePrefix(p string) error {
	if p == "" {
		return nil
	}
	// A prefix ending in '/' must be a valid key plus '/'; otherwise it must
	// itself be a valid key (a partial segment).
	k := strings.TrimSuffix(p, "/")
	if err := checkKey(k); err != nil {
		return errors.Mark(errors.Wrapf(err, "prefix %q", errors.Safe(p)), ErrInvalidArgument)
	}
	return nil
}

func validateMetadata(md map[string]string) error {
	for k, v := range md {
		if err := checkMetaKey(k); err != nil {
			return errors.Mark(errors.Wrapf(err, "metadata key %q", errors.Safe(k)), ErrInvalidArgument)
		}
		for i := 0; i < len(v); i++ {
			if v[i] < 0x20 || v[i] > 0x7e {
				// The value itself is not echoed: it could be anything.
				return errors.Mark(errors.Newf("metadata %q: value must be printable ASCII", errors.Safe(k)), ErrInvalidArgument)
			}
		}
		if len(v) > 1024 {
			return errors.Mark(errors.Newf("metadata %q: value longer than 1024 bytes", errors.Safe(k)), ErrInvalidArgument)
		}
	}
	return nil
}

func checkMetaKey(k string) error {
	if k == "" || len(k) > 128 {
		return errors.New("must be 1..128 bytes")
	}
	if k == driver.SHA256Key {
		return errors.New("is reserved for the stored SHA-256")
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0) {
			return errors.New("must be lower-case ASCII letters, digits and '-' (not first)")
		}
	}
	return nil
}
