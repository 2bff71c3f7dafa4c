package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"

	"github.com/cockroachdb/errors"
)

// Verify checks that key holds exactly the content described by wantSHA256
// (hex) and wantSize (negative: not checked). It first compares the stored
// size and SHA-256 metadata (an object without stored SHA-256 fails), then
// re-reads the whole object and hashes it, so it catches both a wrong upload
// and metadata that lies. Mismatches are ErrIntegrity.
func Verify(ctx context.Context, b Bucket, key, wantSHA256 string, wantSize int64) error {
	wantSHA256 = strings.ToLower(wantSHA256)
	if len(wantSHA256) != sha256.Size*2 {
		return errors.Mark(errors.Newf("storage: verify %q: want SHA-256 must be %d hex digits", errors.Safe(key), sha256.Size*2), ErrInvalidArgument)
	}
	info, err := b.Stat(ctx, key)
	if err != nil {
		return errors.Wrap(err, "storage: verify")
	}
	if wantSize >= 0 && info.Size != wantSize {
		return integrityf(key, "size %d, want %d", info.Size, wantSize)
	}
	if info.SHA256 == "" {
		return integrityf(key, "object has no stored SHA-256")
	}
	if info.SHA256 != wantSHA256 {
		return integrityf(key, "stored SHA-256 %s, want %s", info.SHA256, wantSHA256)
	}
	rc, err := b.Get(ctx, key)
	if err != nil {
		return errors.Wrap(err, "storage: verify")
	}
	defer rc.Close()
	h := sha256.New()
	n, err := io.Copy(h, rc)
	if err != nil {
		return errors.Wrap(err, "storage: verify")
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != wantSHA256 || (wantSize >= 0 && n != wantSize) {
		return integrityf(key, "content SHA-256 %s (%d bytes), want %s", got, n, wantSHA256)
	}
	return nil
}

func integrityf(key, format string, args ...any) error {
	for i, a := range args {
		args[i] = errors.Safe(a)
	}
	return errors.Mark(errors.Wrapf(errors.Newf(format, args...), "storage: verify %q", errors.Safe(key)), ErrIntegrity)
}
