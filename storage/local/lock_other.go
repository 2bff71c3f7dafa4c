//go:build !unix

package local

import (
	"os"
	"sync"
)

// Without flock only writers in this process are serialised.
var procLock sync.RWMutex

func (b *bucket) lock(exclusive bool) (func(), error) {
	if exclusive {
		procLock.Lock()
		return procLock.Unlock, nil
	}
	procLock.RLock()
	return procLock.RUnlock, nil
}

func syncDir(*os.Root, string) {}
