package storage

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"

	"github.com/cockroachdb/errors"
)

// digestFirst computes the SHA-256 and size of a body before the upload, for
// backends that must send them with the first request. A seekable body is
// hashed in place and rewound; any other body is spooled to a private
// temporary file, since holding a large object in memory is not an option.
// src is orig wrapped for cancellation; the returned body replaces it.
func digestFirst(src, orig io.Reader, tempDir string) (body io.Reader, sum string, size int64, cleanup func(), err error) {
	noop := func() {}
	if s, ok := orig.(io.ReadSeeker); ok {
		if start, serr := s.Seek(0, io.SeekCurrent); serr == nil {
			h := sha256.New()
			n, err := io.Copy(h, src)
			if err != nil {
				return nil, "", 0, noop, errors.Wrap(err, "hash source")
			}
			if _, err := s.Seek(start, io.SeekStart); err != nil {
				return nil, "", 0, noop, errors.Wrap(err, "rewind source")
			}
			return src, hex.EncodeToString(h.Sum(nil)), n, noop, nil
		}
	}

	f, err := os.CreateTemp(tempDir, "deid-spool-*")
	if err != nil {
		return nil, "", 0, noop, errors.Wrap(err, "create spool file")
	}
	cleanup = func() {
		_ = f.Close()
		_ = os.Remove(f.Name())
	}
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(f, h), src)
	if err == nil {
		_, err = f.Seek(0, io.SeekStart)
	}
	if err != nil {
		cleanup()
		return nil, "", 0, noop, errors.Wrap(err, "spool source")
	}
	return struct{ io.Reader }{f}, hex.EncodeToString(h.Sum(nil)), n, cleanup, nil
}

// rewinder returns a function that puts a digest-first body back at its
// start, so a failed upload can be sent again, or nil when it cannot.
func rewinder(body, orig io.Reader) func() error {
	if s, ok := orig.(io.ReadSeeker); ok {
		if start, err := s.Seek(0, io.SeekCurrent); err == nil {
			return func() error { _, err := s.Seek(start, io.SeekStart); return err }
		}
	}
	if w, ok := body.(struct{ io.Reader }); ok {
		if f, ok := w.Reader.(io.Seeker); ok {
			return func() error { _, err := f.Seek(0, io.SeekStart); return err }
		}
	}
	return nil
}
