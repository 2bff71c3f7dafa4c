//go:build unix

package stream

import (
	"os"
	"syscall"

	"github.com/cockroachdb/errors"
)

// lockDir takes an exclusive advisory lock on path: one stream per state
// directory. The kernel releases it when the process dies, kill -9 too.
func lockDir(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, errors.Wrap(err, "stream state lock")
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, errors.Newf("another deid stream is using the state directory %s", errors.Safe(path))
	}
	return f, nil
}
