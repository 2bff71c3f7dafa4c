package stream

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/pipelines/batch"
	"github.com/deid-project/deid/storage"
)

// runUntil runs a stream until a window satisfies ok, then stops it.
func runUntil(t *testing.T, c Config, ok func(WindowStatus) bool) *Result {
	t.Helper()
	d, err := New(c, time.Now())
	require.NoError(t, err)
	windows := make(chan WindowStatus, 100)
	d.OnWindow = func(ws WindowStatus) { windows <- ws }
	stop, done := make(chan struct{}), make(chan *Result, 1)
	go func() {
		res, err := d.Run(context.Background(), stop)
		assert.NoError(t, err)
		done <- res
	}()
	if ok != nil {
		waitFor(t, windows, ok)
	}
	close(stop)
	return <-done
}

func localConfig(t *testing.T) (Config, string) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "in"), 0o700))
	t.Setenv("DEID_KEY", testKey)
	return Config{Config: batch.Config{Input: filepath.Join(dir, "in"), Output: filepath.Join(dir, "out"), Quarantine: filepath.Join(dir, "onprem")},
		Window: time.Second, Poll: 100 * time.Millisecond}, dir
}

// TestStreamRecoversAnInterruptedWindow: a stream killed mid-window left
// its pending window, shards of it and a data dictionary in the export
// (no manifest) and an on-prem quarantine file. The next start removes
// all of it, logs the window as failed, and processes its file again:
// every record exported once.
func TestStreamRecoversAnInterruptedWindow(t *testing.T) {
	lines, _ := fixtures(t)
	c, dir := localConfig(t)
	ctx := context.Background()
	in := filepath.Join(dir, "in", "a.jsonl")
	require.NoError(t, os.WriteFile(in, join(lines[:12]), 0o600))
	st, err := os.Stat(in)
	require.NoError(t, err)

	// the crashed stream's leftovers
	now := time.Now().UTC()
	run := export.Run{Date: now.Format(time.DateOnly), Window: now.Truncate(time.Second).Format("150405"), ID: export.NewRunID(now)}
	state, err := openState(filepath.Join(dir, "onprem", "_state", Subdir))
	require.NoError(t, err)
	require.NoError(t, state.setPending(&pending{Run: run, WindowStart: now, Objects: []Object{{Key: in, Size: st.Size(), ModTime: st.ModTime()}}}))
	spool := state.earlier(run).Spool // its duplicate check ran: its ids are not committed
	require.NoError(t, os.WriteFile(spool, bytes.Repeat([]byte{7}, 32), 0o600))
	state.close()
	out, err := storage.Open(ctx, filepath.Join(dir, "out", Subdir), nil)
	require.NoError(t, err)
	defer out.Close()
	orphan := run.Prefix() + "/part-b0-00000.jsonl.gz"
	for _, k := range []string{orphan, run.DatePrefix() + "/" + export.DictionaryName} {
		_, err = out.Put(ctx, k, strings.NewReader("half a window"), nil)
		require.NoError(t, err)
	}
	on, err := storage.Open(ctx, filepath.Join(dir, "onprem", Subdir), nil)
	require.NoError(t, err)
	defer on.Close()
	_, err = on.Put(ctx, run.Prefix()+"/quarantined-q0-00000.jsonl", strings.NewReader("{}\n"), nil)
	require.NoError(t, err)

	res := runUntil(t, c, func(ws WindowStatus) bool { return hasFile(ws, "a.jsonl") })
	assert.Equal(t, run.ID, res.Recovered)
	assert.EqualValues(t, 12, res.Summary.Stats.RecordsIn)
	_, err = out.Stat(ctx, orphan)
	assert.True(t, errors.Is(err, storage.ErrNotFound), "orphan shard: %v", err)
	if r, err := out.Get(ctx, run.DatePrefix()+"/"+export.DictionaryName); err == nil {
		b, _ := io.ReadAll(r) // the window's name may be used again, by a committed run
		r.Close()
		assert.NotContains(t, string(b), "half a window")
	}
	_, err = on.Stat(ctx, run.Prefix()+"/quarantined-q0-00000.jsonl")
	assert.True(t, errors.Is(err, storage.ErrNotFound), "orphan quarantine file: %v", err)
	_, err = os.Stat(spool)
	assert.True(t, errors.Is(err, os.ErrNotExist), "the abandoned window's spool: %v", err)
	ids, counts, _ := exportTotals(t, out)
	assert.EqualValues(t, 12, counts.RecordsIn)
	assert.EqualValues(t, len(ids), counts.Exported)
	audit, err := os.ReadFile(filepath.Join(dir, "onprem", "audit.jsonl"))
	require.NoError(t, err)
	assert.Contains(t, string(audit), `"run_id":"`+run.ID+`","run_date":"`+run.Date+`","window":"`+run.Window+`","status":"failed"`)
	assert.Contains(t, string(audit), `"recovered":"`+run.ID+`"`)

	// every object under a window is named by the window's manifest
	objs, err := out.List(ctx, "dt=")
	require.NoError(t, err)
	named := map[string]bool{}
	wins, err := export.CommittedWindows(ctx, out)
	require.NoError(t, err)
	for _, w := range wins {
		m, err := export.ReadWindowManifest(ctx, out, w.Date, w.Window)
		require.NoError(t, err)
		for _, s := range m.Shards {
			named[export.WindowPrefix(w.Date, w.Window)+"/"+s.Path] = true
		}
	}
	for _, o := range objs {
		if strings.Contains(o.Key, "/run=") {
			assert.True(t, named[o.Key], "%s is no window's shard", o.Key)
		}
	}
}

// TestStreamRecordsAWindowCommittedBeforeACrash: a stream killed after a
// window's manifest but before its files and conversations were recorded;
// the next start records them and exports nothing again: not the files,
// and not a conversation of the window that comes again in a new file.
func TestStreamRecordsAWindowCommittedBeforeACrash(t *testing.T) {
	lines, _ := fixtures(t)
	c, dir := localConfig(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "in", "a.jsonl"), join(lines[:5]), 0o600))
	var committed WindowStatus
	runUntil(t, c, func(ws WindowStatus) bool { committed = ws; return hasFile(ws, "a.jsonl") })

	// undo the record of the window, as if the stream had died before it
	sdir := filepath.Join(dir, "onprem", "_state", Subdir)
	b, err := os.ReadFile(filepath.Join(sdir, objectsFile))
	require.NoError(t, err)
	require.Equal(t, 1, bytes.Count(b, []byte("\n")))
	require.NoError(t, os.WriteFile(filepath.Join(sdir, objectsFile), nil, 0o600))
	st := &state{dir: sdir}
	require.NoError(t, os.Rename(filepath.Join(sdir, conversationsFile), st.earlier(export.Run{ID: committed.RunID}).Spool))
	start, err := time.Parse("150405", committed.Window)
	require.NoError(t, err)
	day, err := time.Parse(time.DateOnly, committed.Date)
	require.NoError(t, err)
	require.NoError(t, st.setPending(&pending{Run: export.Run{Date: committed.Date, Window: committed.Window, ID: committed.RunID},
		WindowStart: day.Add(start.Sub(start.Truncate(24 * time.Hour))), Objects: committed.Files}))

	// b.jsonl arrives, with a.jsonl's first record again; a.jsonl must
	// not be read again
	require.NoError(t, os.WriteFile(filepath.Join(dir, "in", "b.jsonl"), join(append(lines[5:8:8], lines[0])), 0o600))
	var later WindowStatus
	res := runUntil(t, c, func(ws WindowStatus) bool { later = ws; return hasFile(ws, "b.jsonl") })
	assert.Equal(t, committed.RunID, res.Recovered)
	assert.EqualValues(t, 4, res.Summary.Stats.RecordsIn)
	assert.Equal(t, "rejected duplicate", windowReasons(t, filepath.Join(dir, "onprem"), later.RunID)["b.jsonl:4"])
	out, err := storage.Open(context.Background(), filepath.Join(dir, "out", Subdir), nil)
	require.NoError(t, err)
	defer out.Close()
	ids, counts, _ := exportTotals(t, out)
	assert.EqualValues(t, 9, counts.RecordsIn)
	assert.EqualValues(t, len(ids), counts.Exported)
	_, err = export.ReadWindowManifest(context.Background(), out, committed.Date, committed.Window)
	assert.NoError(t, err, "the committed window stays")
}

// TestStreamLock: one stream per state directory.
func TestStreamLock(t *testing.T) {
	dir := t.TempDir()
	a, err := openState(dir)
	require.NoError(t, err)
	defer a.close()
	_, err = openState(dir)
	assert.ErrorContains(t, err, "another deid stream")
}

// TestStreamStopsWhenItCannotRecordAWindow: a window is committed but the
// stream state cannot record it (objects.jsonl cannot be written): the
// stream stops with an error instead of discovering the window's files
// again, and leaves the window pending; the next start records it and
// exports nothing twice.
func TestStreamStopsWhenItCannotRecordAWindow(t *testing.T) {
	lines, _ := fixtures(t)
	c, dir := localConfig(t)
	sdir := filepath.Join(dir, "onprem", "_state", Subdir)
	d, err := New(c, time.Now())
	require.NoError(t, err)
	windows := make(chan WindowStatus, 100)
	d.OnWindow = func(ws WindowStatus) { windows <- ws }
	done := make(chan error, 1)
	go func() {
		_, err := d.Run(context.Background(), make(chan struct{}))
		done <- err
	}()
	// the state is loaded once the stream has started; then it breaks
	for {
		b, _ := os.ReadFile(filepath.Join(dir, "onprem", "audit.jsonl"))
		if bytes.Contains(b, []byte(`"event":"stream_started"`)) {
			break
		}
		time.Sleep(20 * time.Millisecond) // polling, not timing
	}
	require.NoError(t, os.Mkdir(filepath.Join(sdir, objectsFile), 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "in", "a.jsonl"), join(lines[:5]), 0o600))

	select {
	case err = <-done:
	case <-time.After(2 * time.Minute): // a hang guard
		t.Fatal("the stream did not stop")
	}
	require.ErrorContains(t, err, "could not record it")
	close(windows)
	var n int
	for ws := range windows {
		n++
		assert.True(t, hasFile(ws, "a.jsonl"))
		assert.Equal(t, export.StatusFailed, ws.Status)
	}
	assert.Equal(t, 1, n, "one window, its files not taken again")
	_, err = os.Stat(filepath.Join(sdir, pendingFile))
	require.NoError(t, err, "the window stays pending")

	require.NoError(t, os.Remove(filepath.Join(sdir, objectsFile)))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "in", "b.jsonl"), join(append(lines[5:7:7], lines[0])), 0o600))
	var later WindowStatus
	res := runUntil(t, c, func(ws WindowStatus) bool { later = ws; return hasFile(ws, "b.jsonl") })
	assert.NotEmpty(t, res.Recovered)
	assert.Equal(t, 1, later.Objects, "a.jsonl is not read again")
	assert.Equal(t, "rejected duplicate", windowReasons(t, filepath.Join(dir, "onprem"), later.RunID)["b.jsonl:3"])
	out, err := storage.Open(context.Background(), filepath.Join(dir, "out", Subdir), nil)
	require.NoError(t, err)
	defer out.Close()
	ids, counts, _ := exportTotals(t, out)
	assert.EqualValues(t, 5+3, counts.RecordsIn)
	assert.EqualValues(t, len(ids), counts.Exported)
}
