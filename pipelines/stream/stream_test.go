package stream

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/reason"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/pipelines/batch"
	"github.com/deid-project/deid/storage"
	_ "github.com/deid-project/deid/storage/gcs"
	_ "github.com/deid-project/deid/storage/local"
	_ "github.com/deid-project/deid/storage/s3"
)

func TestMain(m *testing.M) { ptest.Main(m) }

const testKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

// fixtures returns the committed conversations and every identifier of
// their encounters, which must never reach the export.
func fixtures(t *testing.T) (lines [][]byte, secrets []string) {
	t.Helper()
	f, err := os.Open(filepath.Join(testserver.RepoRoot(t), "fixtures/testdata/conversations.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		line := append([]byte(nil), sc.Bytes()...)
		lines = append(lines, line)
		var c deid.Conversation
		require.NoError(t, json.Unmarshal(line, &c))
		if c.Encounter.EncounterID != "" {
			secrets = append(secrets, c.Encounter.EncounterID)
		}
		if p := c.Encounter.Patient; p != nil {
			secrets = append(secrets, p.Name, p.MRN, p.Email, p.Phone)
		}
	}
	return lines, secrets
}

func join(lines [][]byte) []byte { return append(bytes.Join(lines, []byte("\n")), '\n') }

func gz(t *testing.T, data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	_, err := w.Write(data)
	require.NoError(t, err)
	require.NoError(t, w.Close())
	return b.Bytes()
}

// waitFor waits for a window that satisfies ok (or the stream's end).
func waitFor(t *testing.T, windows <-chan WindowStatus, ok func(WindowStatus) bool) WindowStatus {
	t.Helper()
	for {
		select {
		case ws := <-windows:
			require.NotEqual(t, export.StatusFailed, ws.Status, ws.Error)
			if ok(ws) {
				return ws
			}
		case <-time.After(2 * time.Minute): // a hang guard, not a timing assertion
			t.Fatal("no such window")
		}
	}
}

func hasFile(ws WindowStatus, suffix string) bool {
	for _, o := range ws.Files {
		if strings.HasSuffix(o.Key, suffix) {
			return true
		}
	}
	return false
}

// exportTotals reads every committed window of the stream's export through
// the reader: the records' research ids, the manifests' summed counts and
// every exported byte (gunzipped; Parquet read back as records).
func exportTotals(t *testing.T, out storage.Bucket) (ids map[string]int, c export.Counts, all []byte) {
	t.Helper()
	ctx := context.Background()
	ids = map[string]int{}
	wins, err := export.CommittedWindows(ctx, out)
	require.NoError(t, err)
	require.NotEmpty(t, wins)
	var buf bytes.Buffer
	for _, w := range wins {
		for _, format := range []string{export.FormatJSONL, export.FormatParquet} {
			ds, err := export.OpenWindow(ctx, out, w.Date, w.Window, &export.ReadOptions{Format: format})
			require.NoError(t, err)
			m := ds.Manifest
			require.True(t, m.Counts.Reconciles())
			if format == export.FormatJSONL {
				c.RecordsIn += m.Counts.RecordsIn
				c.Exported += m.Counts.Exported
				c.Quarantined += m.Counts.Quarantined
				c.Rejected += m.Counts.Rejected
			}
			n := int64(0)
			for rec, err := range ds.Records(ctx) {
				require.NoError(t, err)
				if format == export.FormatJSONL {
					ids[rec.ResearchID]++
				}
				b, _ := json.Marshal(rec)
				buf.Write(b)
				n++
			}
			assert.Equal(t, m.Counts.Exported, n, "window %s/%s %s", w.Date, w.Window, format)
		}
	}
	objs, err := out.List(ctx, "")
	require.NoError(t, err)
	for _, o := range objs {
		r, err := out.Get(ctx, o.Key)
		require.NoError(t, err)
		data, _ := io.ReadAll(r)
		r.Close()
		if strings.HasSuffix(o.Key, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			require.NoError(t, err)
			data, _ = io.ReadAll(zr)
		}
		buf.Write(data)
	}
	return ids, c, buf.Bytes()
}

// TestStreamEndToEnd: objects are added to an on-prem S3 store
// (versitygw) while the stream runs; each window is exported to a GCS
// bucket (fake-gcs-server) with its manifest; files being written (.part,
// hidden) wait; a file rewritten after it was read is rejected whole with
// a reason; stopping (what SIGTERM does) commits the window in flight;
// every record is exported exactly once, the window manifests reconcile
// with the input and no encounter identifier is in any exported byte. A
// restart exports nothing again, and a new file once.
func TestStreamEndToEnd(t *testing.T) {
	lines, secrets := fixtures(t)
	require.GreaterOrEqual(t, len(lines), 100)
	ctx := context.Background()

	onprem := testserver.StartS3(t)
	onprem.CreateBucket(t, "clinical")
	in, err := storage.Open(ctx, "s3://clinical/ambient", onprem.Options())
	require.NoError(t, err)
	defer in.Close()
	put := func(key string, data []byte) {
		_, err := in.Put(ctx, key, bytes.NewReader(data), nil)
		require.NoError(t, err)
	}
	t.Setenv(ingest.CredentialsEnv+"ACCESS_KEY_ID", onprem.AccessKey)
	t.Setenv(ingest.CredentialsEnv+"SECRET_ACCESS_KEY", onprem.SecretKey)
	t.Setenv("DEID_KEY", testKey)
	gcs := testserver.StartGCS(t)
	gcs.CreateBucket(t, "research")
	t.Setenv("STORAGE_EMULATOR_HOST", gcs.Host)

	q := filepath.Join(t.TempDir(), "onprem")
	c := Config{Config: batch.Config{
		Input: "s3://clinical/ambient", InputEndpoint: onprem.Endpoint, InputPlainHTTP: true,
		Output: "gs://research/deid", OutputPlainHTTP: true, Quarantine: q,
	}, Window: 2 * time.Second, Poll: 200 * time.Millisecond}

	start := func() (*Driver, chan WindowStatus, chan struct{}, chan *Result) {
		d, err := New(c, time.Now())
		require.NoError(t, err)
		windows := make(chan WindowStatus, 100)
		d.OnWindow = func(ws WindowStatus) { windows <- ws }
		stop, done := make(chan struct{}), make(chan *Result, 1)
		go func() {
			res, err := d.Run(ctx, stop)
			assert.NoError(t, err)
			done <- res
		}()
		return d, windows, stop, done
	}

	put("2026/a.jsonl", join(lines[:30]))
	d, windows, stop, done := start()
	waitFor(t, windows, func(ws WindowStatus) bool { return hasFile(ws, "a.jsonl") })

	// added while it runs; two files still being written
	put("2026/b.jsonl.gz", gz(t, join(lines[30:60])))
	put("2026/.c.jsonl", join(lines[60:70]))
	put("2026/d.jsonl.part", join(lines[70:80]))
	put("2026/d.jsonl.tmp", join(lines[70:80]))
	waitFor(t, windows, func(ws WindowStatus) bool { return hasFile(ws, "b.jsonl.gz") })

	// a.jsonl is written again after it was read: rejected whole
	put("2026/a.jsonl", join(lines[:5]))
	ws := waitFor(t, windows, func(ws WindowStatus) bool { return ws.Changed == 1 })
	assert.EqualValues(t, 1, ws.Counts.Rejected)

	// the last file is in flight when the stream is stopped
	put("2026/e.jsonl", join(lines[80:]))
waiting:
	for d.Status().Backlog == 0 {
		select {
		case ws := <-windows:
			if hasFile(ws, "e.jsonl") {
				break waiting // committed before it was seen in flight
			}
		default:
			time.Sleep(10 * time.Millisecond) // polling, not timing
		}
	}
	close(stop)
	res := <-done
	require.NotNil(t, res)
	assert.Equal(t, StopSignal, res.Reason)
	assert.Zero(t, res.Failed)
	assert.True(t, res.Summary.Stats.Reconciles())
	assert.EqualValues(t, len(lines)-20+1, res.Summary.Stats.RecordsIn, "every line once, and the changed file")

	out, err := storage.Open(ctx, "gs://research/deid/stream", gcs.Options())
	require.NoError(t, err)
	defer out.Close()
	ids, counts, all := exportTotals(t, out)
	assert.EqualValues(t, len(lines)-20+1, counts.RecordsIn, "the window manifests reconcile with the input")
	assert.EqualValues(t, res.Summary.Stats.Exported, counts.Exported)
	assert.EqualValues(t, len(ids), counts.Exported, "no record exported twice")
	for id, n := range ids {
		assert.Equal(t, 1, n, "research id %s", id)
	}
	assert.GreaterOrEqual(t, counts.Exported, int64(len(lines)/2))
	for _, s := range secrets {
		if s != "" {
			assert.False(t, bytes.Contains(bytes.ToLower(all), []byte(strings.ToLower(s))), "an encounter identifier (%d bytes) is in the export", len(s))
		}
	}
	rejected := onpremBytes(t, q, "rejected-")
	assert.Contains(t, string(rejected), `"reason":"changed_after_read"`)

	// a restart neither skips nor re-exports
	_, windows, stop, done = start()
	put("2026/f.jsonl", join(lines[60:61]))
	ws = waitFor(t, windows, func(WindowStatus) bool { return true })
	assert.Equal(t, 1, ws.Objects)
	assert.True(t, hasFile(ws, "f.jsonl"))
	close(stop)
	res = <-done
	assert.Equal(t, 1, res.Windows)
	_, counts2, _ := exportTotals(t, out)
	assert.Equal(t, counts.RecordsIn+1, counts2.RecordsIn)

	// the audit log: the stream and every window
	b, err := os.ReadFile(filepath.Join(q, "audit.jsonl"))
	require.NoError(t, err)
	assert.Contains(t, string(b), `"event":"stream_started"`)
	assert.Contains(t, string(b), `"event":"stream_stopped","tier":"internal","stream_id":"`+res.StreamID+`","reason":"signal"`)
	assert.Contains(t, string(b), `"window":"`+ws.Window+`","status":"committed"`)
}

// onpremBytes returns the on-prem files under dir whose names start with
// prefix.
func onpremBytes(t *testing.T, dir, prefix string) []byte {
	var all bytes.Buffer
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasPrefix(d.Name(), prefix) {
			b, _ := os.ReadFile(p)
			all.Write(b)
		}
		return nil
	})
	return all.Bytes()
}

func TestReasonsAreOfTheGrammar(t *testing.T) {
	for _, r := range Reasons() {
		assert.True(t, reason.Valid(r), r)
		assert.NoError(t, export.Reason(r).Validate())
	}
}

func TestIgnored(t *testing.T) {
	for key, want := range map[string]bool{
		"a.jsonl": false, "dir/a.jsonl.gz": false, ".a.jsonl": true, "dir/.a.jsonl": true,
		"a.jsonl.tmp": true, "a.jsonl.part": true, "x/y/z.part": true, "part.jsonl": false,
	} {
		assert.Equal(t, want, Ignored(key), key)
	}
}

func TestConfig(t *testing.T) {
	now := time.Now()
	base := Config{Config: batch.Config{Input: "in", Output: "out", Quarantine: "q"}}
	c := base
	require.NoError(t, c.Validate(now))
	assert.Equal(t, DefaultWindow, c.Window)
	assert.Equal(t, DefaultPoll, c.Poll)
	assert.Equal(t, "100%", c.MaxRejected)
	assert.Empty(t, c.RunDate)
	for _, bad := range []func(c *Config){
		func(c *Config) { c.Window = 7 * time.Second },
		func(c *Config) { c.Window = 1500 * time.Millisecond },
		func(c *Config) { c.Poll = time.Millisecond },
		func(c *Config) { c.RunDate = "2026-01-01" },
		func(c *Config) { c.Incremental = true },
		func(c *Config) { c.Output = "" },
	} {
		c := base
		bad(&c)
		assert.Error(t, c.Validate(now))
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "job.yaml")
	require.NoError(t, os.WriteFile(p, []byte("input: in\noutput: out\nquarantine: q\nwindow: 30s\npoll: 2s\nmax_duration: 1h\n"), 0o600))
	fc, err := LoadConfig(p)
	require.NoError(t, err)
	assert.Equal(t, 30*time.Second, fc.Window)
	assert.Equal(t, time.Hour, fc.MaxDuration)
	assert.Equal(t, "in", fc.Input)
	require.NoError(t, os.WriteFile(p, []byte("input: in\nwindwo: 30s\n"), 0o600))
	_, err = LoadConfig(p)
	assert.ErrorContains(t, err, "line 2")
}

// TestStreamEmptyWindow: a window whose files hold no record (an empty
// file, a file of blank lines) has status empty, its lines rejected with
// their reasons and counted (records_in = rejected), and its files are
// recorded as read: the next window holds only the next file.
func TestStreamEmptyWindow(t *testing.T) {
	lines, _ := fixtures(t)
	t.Setenv("DEID_KEY", testKey)
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	require.NoError(t, os.MkdirAll(in, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(in, "a-empty.jsonl"), nil, 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(in, "b-blank.jsonl"), []byte("\n \t\n"), 0o600))
	c := Config{Config: batch.Config{Input: in, Output: filepath.Join(dir, "out"), Quarantine: filepath.Join(dir, "onprem")},
		Window: time.Second, Poll: 100 * time.Millisecond}
	d, err := New(c, time.Now())
	require.NoError(t, err)
	require.NoError(t, d.Preflight(context.Background(), batch.CheckOptions{}).Err(), "the checks pass")
	windows := make(chan WindowStatus, 100)
	d.OnWindow = func(ws WindowStatus) { windows <- ws }
	stop, done := make(chan struct{}), make(chan *Result, 1)
	go func() {
		res, err := d.Run(context.Background(), stop)
		assert.NoError(t, err)
		done <- res
	}()
	ws := waitFor(t, windows, func(WindowStatus) bool { return true })
	assert.Equal(t, StatusEmpty, ws.Status, ws.Error)
	assert.Equal(t, 2, ws.Objects)
	assert.Equal(t, export.Counts{RecordsIn: 3, Rejected: 3}, ws.Counts)

	require.NoError(t, os.WriteFile(filepath.Join(in, "c.jsonl"), join(lines[:3]), 0o600))
	ws = waitFor(t, windows, func(WindowStatus) bool { return true })
	assert.Equal(t, export.StatusCommitted, ws.Status, ws.Error)
	assert.Equal(t, 1, ws.Objects)
	assert.True(t, hasFile(ws, "c.jsonl"))
	assert.EqualValues(t, 3, ws.Counts.RecordsIn)
	close(stop)
	res := <-done
	require.NotNil(t, res)
	assert.Zero(t, res.Failed)
}
