//go:build unix

package local

import (
	"os"
	"syscall"

	"github.com/cockroachdb/errors"
)

// lock takes the bucket-wide advisory lock, exclusive for commits and
// deletes, shared for reads. Each call opens its own descriptor: flock
// locks belong to the open file description, so goroutines sharing one
// descriptor would not exclude each other.
func (b *bucket) lock(exclusive bool) (func(), error) {
	f, err := b.root.OpenFile(lockName, os.O_RDWR|os.O_CREATE, filePerm)
	if err != nil {
		return nil, errors.Wrap(err, "local: open lock")
	}
	how := syscall.LOCK_SH
	if exclusive {
		how = syscall.LOCK_EX
	}
	for {
		err = syscall.Flock(int(f.Fd()), how)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		return nil, errors.Wrap(err, "local: lock")
	}
	return func() { f.Close() }, nil // closing releases the flock
}

// syncDir makes a rename durable; best effort.
func syncDir(root *os.Root, dir string) {
	if d, err := root.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
