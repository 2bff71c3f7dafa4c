package transforms

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func entry(id, hash byte) []byte {
	e := make([]byte, EarlierSize)
	e[0], e[16] = id, hash
	return e
}

// TestFoldEarlier: a committed run's spool is merged into the earlier
// conversations, sorted, an id already there keeping its entry; folding
// again (a crash before the spool was removed) changes nothing, and a
// missing spool is nothing to fold.
func TestFoldEarlier(t *testing.T) {
	dir := t.TempDir()
	e := Earlier{File: filepath.Join(dir, "conversations.bin"), Spool: filepath.Join(dir, "run.spool")}
	require.NoError(t, FoldEarlier(e), "no spool")
	_, err := os.Stat(e.File)
	assert.True(t, os.IsNotExist(err))

	spool := bytes.Join([][]byte{entry(2, 1), entry(5, 1)}, nil)
	require.NoError(t, os.WriteFile(e.Spool, spool, 0o600))
	require.NoError(t, FoldEarlier(e))
	b, err := os.ReadFile(e.File)
	require.NoError(t, err)
	assert.Equal(t, spool, b)
	_, err = os.Stat(e.Spool)
	assert.True(t, os.IsNotExist(err), "the spool is removed")

	require.NoError(t, os.WriteFile(e.Spool, bytes.Join([][]byte{entry(1, 1), entry(2, 9), entry(3, 1), entry(9, 1)}, nil), 0o600))
	require.NoError(t, FoldEarlier(e))
	require.NoError(t, os.WriteFile(e.Spool, bytes.Join([][]byte{entry(1, 1), entry(2, 9), entry(3, 1), entry(9, 1)}, nil), 0o600))
	require.NoError(t, FoldEarlier(e), "again")
	b, err = os.ReadFile(e.File)
	require.NoError(t, err)
	assert.Equal(t, bytes.Join([][]byte{entry(1, 1), entry(2, 1), entry(3, 1), entry(5, 1), entry(9, 1)}, nil), b)

	r, err := openEarlier(e.File, true)
	require.NoError(t, err)
	defer r.close()
	for _, c := range []struct {
		id    byte
		hash  byte
		found bool
	}{{0, 0, false}, {2, 1, true}, {4, 0, false}, {5, 1, true}, {9, 1, true}, {10, 0, false}} {
		var id [16]byte
		id[0] = c.id
		h, ok, err := r.find(id)
		require.NoError(t, err)
		assert.Equal(t, c.found, ok, "id %d", c.id)
		assert.Equal(t, c.hash, h[0], "id %d", c.id)
	}
	_, err = openEarlier(filepath.Join(dir, "elsewhere.bin"), true)
	assert.Error(t, err, "a check that cannot read the earlier conversations fails")
}
