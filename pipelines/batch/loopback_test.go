package batch

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Only the empty loopback files older than the grace period go: a job
// being prepared now keeps its file, and nothing else in the folder is
// touched.
func TestSweepLoopbackFiles(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	write := func(name, body string, age time.Duration) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(body), 0o600))
		require.NoError(t, os.Chtimes(p, now.Add(-age), now.Add(-age)))
		return p
	}
	old := write(loopbackPrefix+"1", "", time.Hour)
	fresh := write(loopbackPrefix+"2", "", 10*time.Second)
	full := write(loopbackPrefix+"3", "x", time.Hour)
	other := write("deid-export-1.jsonl.gz", "", time.Hour)
	require.NoError(t, os.Mkdir(filepath.Join(dir, loopbackPrefix+"dir"), 0o700))

	assert.Equal(t, 1, sweepLoopbackFiles(dir, now, loopbackGrace))
	assert.NoFileExists(t, old)
	for _, p := range []string{fresh, full, other} {
		assert.FileExists(t, p)
	}
	assert.DirExists(t, filepath.Join(dir, loopbackPrefix+"dir"))
	assert.Zero(t, sweepLoopbackFiles(filepath.Join(dir, "missing"), now, loopbackGrace))
}
