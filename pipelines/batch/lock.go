package batch

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/export"
)

// ErrRunInProgress marks the refusal of a run whose date another run is
// exporting from the same on-prem directory.
var ErrRunInProgress = errors.New("batch: another run of this date is in progress")

// LockPath is the lock file of a run date, under the on-prem directory.
func LockPath(quarantine, date string) string {
	return filepath.Join(quarantine, "_locks", export.DatePrefix(date)+".lock")
}

// lockDate takes the run date's lock for the whole run: two runs of one
// date at once would race to replace each other's export, so the second
// refuses to start. It returns the release function.
func (j *Job) lockDate() (func(), error) {
	path := LockPath(j.Config.Quarantine, j.Run.Date)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, errors.Wrap(err, "run lock")
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, errors.Wrap(err, "run lock")
	}
	ok, err := tryLock(f)
	if err != nil {
		f.Close()
		return nil, errors.Wrap(err, "run lock")
	}
	if !ok {
		holder, _ := os.ReadFile(path)
		f.Close()
		return nil, errors.Mark(errors.Newf("run %s refused: another run of %s is in progress (%s holds %s)",
			errors.Safe(j.Run.ID), errors.Safe(j.Run.Date), errors.Safe(strings.TrimSpace(string(holder))), errors.Safe(path)), ErrRunInProgress)
	}
	f.Truncate(0)
	fmt.Fprintf(f, "run %s, pid %d\n", j.Run.ID, os.Getpid())
	return func() { f.Close() }, nil // closing releases the lock
}
