//go:build !unix

package stream

import "os"

// lockDir: no advisory lock here; run one stream per state directory.
func lockDir(path string) (*os.File, error) { return os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600) }
