//go:build unix

package batch

import (
	"os"
	"syscall"
)

// tryLock takes an exclusive advisory lock on f without waiting; false
// when another process holds it. The kernel drops it when the process
// dies, so a killed run never leaves a stale lock.
func tryLock(f *os.File) (bool, error) {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch err {
		case nil:
			return true, nil
		case syscall.EINTR:
			continue
		case syscall.EWOULDBLOCK:
			return false, nil
		}
		return false, err
	}
}
