package batch

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The Beam Go SDK (v2.77.0, runnerlib.Execute) creates an empty file named
// beamloopbackworker-* in the temporary folder for every job it submits in
// LOOPBACK mode (the embedded Prism runner and --environment_type=LOOPBACK)
// and never removes it (apache/beam#27569): a nightly run would leave one a
// night, a test suite dozens. The file names a worker binary that loopback
// never runs; it is read only while the job is prepared, in the first
// seconds. After each run, sweepLoopbackFiles removes such files that are
// empty and older than loopbackGrace, so that another job being prepared
// at the same moment, in this process or another, keeps its own.

const (
	loopbackPrefix = "beamloopbackworker-"
	loopbackGrace  = time.Minute
)

// sweepLoopbackFiles removes the empty beamloopbackworker-* files in dir
// last modified before now-grace and returns how many it removed. Errors
// are ignored: a file another sweep removed first, or one that cannot be
// removed, is left to the next run.
func sweepLoopbackFiles(dir string, now time.Time, grace time.Duration) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	n := 0
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), loopbackPrefix) || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil || info.Size() != 0 || !info.ModTime().Before(now.Add(-grace)) {
			continue
		}
		if os.Remove(filepath.Join(dir, e.Name())) == nil {
			n++
		}
	}
	return n
}
