//go:build !unix

package batch

import "os"

// tryLock: no advisory locks here; runs of one date are not serialised.
func tryLock(*os.File) (bool, error) { return true, nil }
