package linkage

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var idRE = map[Kind]*regexp.Regexp{
	Patient:      regexp.MustCompile(`^p_[0-9a-f]{24}$`),
	Conversation: regexp.MustCompile(`^c_[0-9a-f]{24}$`),
}

func TestFileStoreStableAcrossRuns(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "linkage")
	s, err := OpenFile(dir)
	require.NoError(t, err)
	p1, err := s.ResearchID(Patient, "mrn:12345678")
	require.NoError(t, err)
	p2, err := s.ResearchID(Patient, "mrn:87654321")
	require.NoError(t, err)
	c1, err := s.ResearchID(Conversation, "conv:a")
	require.NoError(t, err)
	again, err := s.ResearchID(Patient, "mrn:12345678")
	require.NoError(t, err)
	assert.Equal(t, p1, again)
	assert.NotEqual(t, p1, p2)
	assert.Regexp(t, idRE[Patient], p1)
	assert.Regexp(t, idRE[Conversation], c1)
	require.NoError(t, s.Close())

	// the next night's run
	s, err = OpenFile(dir)
	require.NoError(t, err)
	defer s.Close()
	got, err := s.ResearchID(Patient, "mrn:12345678")
	require.NoError(t, err)
	assert.Equal(t, p1, got)
	got, err = s.ResearchID(Conversation, "conv:a")
	require.NoError(t, err)
	assert.Equal(t, c1, got)
	// the same key under another kind is another id
	other, err := s.ResearchID(Conversation, "mrn:12345678")
	require.NoError(t, err)
	assert.NotEqual(t, p1[2:], other[2:])

	fi, err := os.Stat(filepath.Join(dir, LogName))
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
	di, err := os.Stat(dir)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o700), di.Mode().Perm())
}

func TestFileStoreTornTailIsCut(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenFile(dir)
	require.NoError(t, err)
	id, err := s.ResearchID(Patient, "mrn:1")
	require.NoError(t, err)
	require.NoError(t, s.Close())
	log := filepath.Join(dir, LogName)
	whole, err := os.ReadFile(log)
	require.NoError(t, err)

	for _, tail := range []string{"patient 6d726e3a32 p_0000", formatLine(Patient, "mrn:2", "p_000000000000000000000000")[:20] + "x\n"} {
		require.NoError(t, os.WriteFile(log, append(append([]byte{}, whole...), tail...), 0o600))
		s, err = OpenFile(dir)
		require.NoError(t, err)
		got, err := s.ResearchID(Patient, "mrn:1")
		require.NoError(t, err)
		assert.Equal(t, id, got)
		require.NoError(t, s.Close())
		after, err := os.ReadFile(log)
		require.NoError(t, err)
		assert.Equal(t, whole, after, "the torn tail is cut")
	}
}

func TestFileStoreCorruptionRefused(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, LogName)
	good := formatLine(Patient, "mrn:1", "p_000000000000000000000001")
	require.NoError(t, os.WriteFile(log, []byte("garbage line\n"+good), 0o600))
	_, err := OpenFile(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "line 1 is corrupt")
	assert.NotContains(t, err.Error(), "garbage")
}

func TestFileStoreSharedInProcess(t *testing.T) {
	// DoFn instances of the embedded runner open the same directory: one
	// handle, ids consistent under concurrency, the lock released by the
	// last Close
	dir := t.TempDir()
	const n = 8
	stores := make([]Store, n)
	for i := range stores {
		s, err := OpenFile(dir)
		require.NoError(t, err)
		stores[i] = s
	}
	ids := make([][]string, n)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				id, err := stores[i].ResearchID(Patient, "mrn:"+strconv.Itoa(k))
				assert.NoError(t, err)
				ids[i] = append(ids[i], id)
			}
			assert.NoError(t, stores[i].Sync())
		}()
	}
	wg.Wait()
	for i := 1; i < n; i++ {
		assert.Equal(t, ids[0], ids[i])
	}
	for _, s := range stores {
		require.NoError(t, s.Close())
	}
	s, err := OpenFile(dir)
	require.NoError(t, err)
	defer s.Close()
	id, err := s.ResearchID(Patient, "mrn:7")
	require.NoError(t, err)
	assert.Equal(t, ids[0][7], id)
}

// TestFileStoreOtherProcess: a second process cannot open a store that is
// open here.
func TestFileStoreOtherProcess(t *testing.T) {
	if dir := os.Getenv("LINKAGE_HELPER_DIR"); dir != "" {
		_, err := OpenFile(dir)
		if errors.Is(err, ErrInUse) {
			os.Exit(3)
		}
		os.Exit(0)
	}
	dir := t.TempDir()
	s, err := OpenFile(dir)
	require.NoError(t, err)
	run := func() int {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFileStoreOtherProcess$")
		cmd.Env = append(os.Environ(), "LINKAGE_HELPER_DIR="+dir)
		err := cmd.Run()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		require.NoError(t, err)
		return 0
	}
	assert.Equal(t, 3, run(), "held by this process")
	require.NoError(t, s.Close())
	assert.Equal(t, 0, run(), "released")
}

func TestOpenURL(t *testing.T) {
	_, err := Open("")
	require.Error(t, err)
	_, err = Open("mysql://x/y")
	require.ErrorContains(t, err, "no driver for mysql://")
	s, err := Open(t.TempDir())
	require.NoError(t, err)
	require.NoError(t, s.Close())
}

func TestMemory(t *testing.T) {
	m := NewMemory()
	a, err := m.ResearchID(Patient, "mrn:1")
	require.NoError(t, err)
	b, err := m.ResearchID(Patient, "mrn:1")
	require.NoError(t, err)
	c, err := m.ResearchID(Patient, "mrn:2")
	require.NoError(t, err)
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, c)
	_, err = NewID("other")
	require.Error(t, err)
}

func TestCheckURL(t *testing.T) {
	for _, ok := range []string{"", "/var/lib/deid/linkage", "relative/dir", "postgres://deid@db/deid", "postgres:///deid?host=/run/pg"} {
		assert.NoError(t, CheckURL(ok), ok)
	}
	for _, bad := range []string{"postgres://deid:hunter2@db/deid", "postgresql://:hunter2@db/deid", "postgres://deid@db/deid?password=hunter2"} {
		err := CheckURL(bad)
		require.Error(t, err, bad)
		assert.NotContains(t, fmt.Sprintf("%+v", err), "hunter2")
		assert.Contains(t, err.Error(), "PGPASSWORD")
	}
}
