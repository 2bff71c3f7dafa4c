package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/pipelines"
	"github.com/deid-project/deid/storage"
	_ "github.com/deid-project/deid/storage/gcs"
	_ "github.com/deid-project/deid/storage/local"
	_ "github.com/deid-project/deid/storage/s3"
)

func TestMain(m *testing.M) {
	code := ptest.MainRet(m)
	testserver.StopPostgres() // if a test started it
	os.Exit(code)
}

const testKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

// planted carries a residual identifier: a name the engine finds only as a
// capitalised unknown word (a low score), which the run's redaction pass
// is told to leave (redact_min_score 0.6). Verification scans the output
// with every detector, finds it, and the record must stay on-prem.
const planted = `{"conversation_id":"planted-1",` +
	`"turns":[{"speaker":"clinician","start_ms":0,"end_ms":1000,"text":"Please have Zorblaxian bring the metformin list."}]}`

// input builds the run's input: the committed conversations, the planted
// record and two malformed lines; it returns the lines and the identifier
// strings of every encounter, which must never reach the export.
func input(t *testing.T) (lines [][]byte, secrets []string) {
	t.Helper()
	f, err := os.Open(filepath.Join(testserver.RepoRoot(t), "fixtures/testdata/conversations.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		line := append([]byte(nil), sc.Bytes()...)
		lines = append(lines, line)
		var c deid.Conversation
		if err := json.Unmarshal(line, &c); err != nil {
			t.Fatal(err)
		}
		if p := c.Encounter.Patient; p != nil {
			secrets = append(secrets, p.Name, p.MRN, p.Email, p.Phone)
			if p.Address != nil {
				secrets = append(secrets, p.Address.Street)
			}
		}
	}
	lines = append(lines, []byte(planted), []byte(`{"conversation_id":"bad-1","turns":"not a list"}`), []byte(`{not json`))
	secrets = append(secrets, "Zorblaxian")
	return lines, secrets
}

// gz is the lines as a JSON Lines file, gzipped, each line ended by a
// newline (an empty line is a blank line).
func gz(t *testing.T, lines [][]byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	for _, l := range lines {
		w.Write(l)
		w.Write([]byte("\n"))
	}
	w.Close()
	return b.Bytes()
}

// TestBatchEndToEnd runs the whole pipeline on the embedded Prism runner
// from an on-prem S3 store (versitygw) to each cloud sink: fake-gcs-server,
// a second versitygw, and a local directory.
func TestBatchEndToEnd(t *testing.T) {
	lines, secrets := input(t)
	ctx := context.Background()

	onprem := testserver.StartS3(t)
	onprem.CreateBucket(t, "clinical")
	in, err := storage.Open(ctx, "s3://clinical/ambient", onprem.Options())
	if err != nil {
		t.Fatal(err)
	}
	half := len(lines) / 2
	if _, err := in.Put(ctx, "2026/11/part-1.jsonl.gz", bytes.NewReader(gz(t, lines[:half])), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := in.Put(ctx, "2026/11/part-2.jsonl.gz", bytes.NewReader(gz(t, slices.Concat(lines[half:], [][]byte{nil}))), nil); err != nil {
		t.Fatal(err)
	}
	in.Close()
	t.Setenv(ingest.CredentialsEnv+"ACCESS_KEY_ID", onprem.AccessKey)
	t.Setenv(ingest.CredentialsEnv+"SECRET_ACCESS_KEY", onprem.SecretKey)
	t.Setenv("DEID_KEY", testKey)

	gcs := testserver.StartGCS(t)
	gcs.CreateBucket(t, "research-gcs")
	cloudS3 := testserver.StartS3(t)
	cloudS3.CreateBucket(t, "research-s3")

	sinks := []struct {
		name string
		cfg  func(c *Config)
		opts *storage.Options
	}{
		{"gcs", func(c *Config) {
			// the emulator takes no credentials: STORAGE_EMULATOR_HOST
			// tells the GCS client so, as it does for any GCS tool
			t.Setenv("STORAGE_EMULATOR_HOST", gcs.Host)
			c.Output, c.OutputPlainHTTP = "gs://research-gcs/deid", true
		}, gcs.Options()},
		{"s3", func(c *Config) {
			c.Output, c.OutputEndpoint, c.OutputPlainHTTP = "s3://research-s3/deid", cloudS3.Endpoint, true
			t.Setenv("AWS_ACCESS_KEY_ID", cloudS3.AccessKey)
			t.Setenv("AWS_SECRET_ACCESS_KEY", cloudS3.SecretKey)
		}, cloudS3.Options()},
		{"local", func(c *Config) { c.Output = filepath.Join(t.TempDir(), "export") }, nil},
	}
	for _, sk := range sinks {
		t.Run(sk.name, func(t *testing.T) {
			c := Config{
				Input: "s3://clinical/ambient", InputEndpoint: onprem.Endpoint, InputPlainHTTP: true,
				Quarantine: filepath.Join(t.TempDir(), "onprem"), RunDate: "2026-11-24", ChunkBytes: 64 << 10,
				RedactMinScore: 0.6, MaxRejected: "5%", // two malformed lines of 123
			}
			sk.cfg(&c)
			sum := runJob(t, c)
			st := sum.Stats
			// the blank line at the end of part-2 is rejected, and not
			// counted against the limit
			if st.RecordsIn != int64(len(lines))+1 || !st.Reconciles() {
				t.Fatalf("records in %d (want %d): exported %d quarantined %d rejected %d", st.RecordsIn, len(lines)+1, st.Exported, st.Quarantined, st.Rejected)
			}
			if st.Rejected != 3 || st.Reject["invalid_json"] != 1 || st.Reject[ingest.ReasonEmptyLine] != 1 {
				t.Errorf("rejected: %d %v", st.Rejected, st.Reject)
			}
			if st.Exported < int64(len(lines))/2 {
				t.Errorf("only %d of %d exported", st.Exported, len(lines))
			}
			out := openOut(t, c, sk.opts)
			m, err := export.ReadManifest(ctx, out, c.RunDate)
			if err != nil {
				t.Fatal(err)
			}
			if m.Counts.RecordsIn != st.RecordsIn || m.Counts.Exported != st.Exported || m.PolicyHash == "" || m.EngineVersion != deid.Version {
				t.Errorf("manifest: %+v", m.Counts)
			}
			if len(m.Shards) < 2 {
				t.Errorf("want several shards, got %d", len(m.Shards))
			}
			// every row carries its labels and the manifest its schema; no
			// fingerprint of the key is exported (it stays in the audit)
			assert.NotNil(t, m.RecordSchema)
			lds, err := export.Open(ctx, out, c.RunDate, nil)
			require.NoError(t, err)
			rows := 0
			for rec, err := range lds.Records(ctx) {
				require.NoError(t, err)
				require.NotNil(t, rec.Labels)
				assert.Equal(t, "deidentified", rec.Labels.Tier)
				assert.Equal(t, "none", rec.Labels.ResidualRisk)
				assert.Equal(t, m.PolicyHash, rec.Labels.PolicyHash)
				assert.NotNil(t, rec.Labels.Categories)
				rows++
			}
			assert.EqualValues(t, m.Counts.Exported, rows)
			// labels travel as object metadata
			info, err := out.Stat(ctx, export.DatePrefix(c.RunDate)+"/"+m.Shards[0].Path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Metadata["tier"] != "deidentified" || info.Metadata["deid-policy-hash"] != m.PolicyHash || info.Metadata["residual-risk"] != "none" {
				t.Errorf("object metadata: %v", info.Metadata)
			}
			// no identifier of the input reaches any exported byte
			exported := exportedBytes(t, out)
			for _, s := range secrets {
				if s != "" && bytes.Contains(bytes.ToLower(exported), []byte(strings.ToLower(s))) {
					t.Errorf("identifier of the input found in the export (%d bytes)", len(s))
				}
			}
			// the planted record stayed on-prem, in quarantine
			q := onpremBytes(t, c.Quarantine, "quarantined-")
			if !bytes.Contains(q, []byte("planted-1")) {
				t.Errorf("planted record is not in quarantine (reasons %v)", st.Quarantine)
			}
			// records in the export == exported, via the reader
			ds, err := export.Open(ctx, out, c.RunDate, nil)
			if err != nil {
				t.Fatal(err)
			}
			n := int64(0)
			for _, err := range ds.Records(ctx) {
				if err != nil {
					t.Fatal(err)
				}
				n++
			}
			if n != st.Exported {
				t.Errorf("reader saw %d records, exported %d", n, st.Exported)
			}
		})
	}
}

func runJob(t *testing.T, c Config) *pipelines.Summary {
	t.Helper()
	j, err := Prepare(c, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	sum, err := j.Execute(context.Background(), []string{"batch"})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return sum
}

func openOut(t *testing.T, c Config, o *storage.Options) storage.Bucket {
	t.Helper()
	if o == nil {
		o = &storage.Options{}
	}
	b, err := storage.Open(context.Background(), c.Output, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	return b
}

// exportedBytes returns every exported object, gunzipped where gzip.
// Parquet columns are compressed, so records are also re-read through the
// reader and appended as JSON.
func exportedBytes(t *testing.T, b storage.Bucket) []byte {
	t.Helper()
	ctx := context.Background()
	objs, err := b.List(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	var all bytes.Buffer
	for _, o := range objs {
		r, err := b.Get(ctx, o.Key)
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		if strings.HasSuffix(o.Key, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			data, _ = io.ReadAll(zr)
		}
		all.Write(data)
	}
	dates, _ := export.CommittedDates(ctx, b)
	for _, d := range dates {
		for _, format := range []string{export.FormatJSONL, export.FormatParquet} {
			ds, err := export.Open(ctx, b, d, &export.ReadOptions{Format: format})
			if err != nil {
				t.Fatal(err)
			}
			for rec, err := range ds.Records(ctx) {
				if err != nil {
					t.Fatal(err)
				}
				j, _ := json.Marshal(rec)
				all.Write(j)
			}
		}
	}
	return all.Bytes()
}

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

// TestBatchOnJobServer submits the same job to a standalone Prism job
// server through the portable runner with LOOPBACK workers: the path a
// Flink or Spark job server takes.
func TestBatchOnJobServer(t *testing.T) {
	prism := testserver.StartPrism(t)
	for name, v := range map[string]string{"runner": "universal", "endpoint": prism.Endpoint, "environment_type": "LOOPBACK"} {
		old := flag.Lookup(name).Value.String()
		if err := flag.Set(name, v); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { flag.Set(name, old) })
	}
	t.Setenv("DEID_KEY", testKey)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	lines, _ := input(t)
	os.WriteFile(in, append(bytes.Join(lines[:20], []byte("\n")), '\n'), 0o600)
	c := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24"}
	sum := runJob(t, c)
	if sum.Stats.RecordsIn != 20 || !sum.Stats.Reconciles() || sum.Status != export.StatusCommitted {
		t.Fatalf("summary: %+v", sum.Stats)
	}
}

// TestRerunAndIncremental: re-running a date replaces its export (no
// duplicates, old run collected); an incremental run of another date
// skips what was exported before and exports what is new; nothing on-prem
// outside the quarantine holds an identifier.
func TestRerunAndIncremental(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	ctx := context.Background()
	dir := t.TempDir()
	lines, secrets := input(t)
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, append(bytes.Join(lines[:30], []byte("\n")), '\n'), 0o600)
	c := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24", ChunkBytes: 16 << 10}
	first := runJob(t, c)
	second := runJob(t, c)
	if first.Run.ID == second.Run.ID || second.Stats.Exported != first.Stats.Exported {
		t.Fatalf("rerun: %+v vs %+v", first.Stats, second.Stats)
	}
	out := openOut(t, c, nil)
	m, err := export.ReadManifest(ctx, out, c.RunDate)
	if err != nil || m.RunID != second.Run.ID {
		t.Fatalf("manifest after rerun: %v %v", m, err)
	}
	objs, _ := out.List(ctx, export.DatePrefix(c.RunDate)+"/run="+first.Run.ID)
	if len(objs) != 0 {
		t.Errorf("the first run's %d objects were not collected", len(objs))
	}
	// incremental, next day, with 10 new records added
	os.WriteFile(in, append(bytes.Join(lines[:40], []byte("\n")), '\n'), 0o600)
	c.RunDate, c.Incremental = "2026-11-25", true
	inc := runJob(t, c)
	if inc.Stats.Skipped != second.Stats.Exported || inc.Stats.Exported+inc.Stats.Quarantined != 10 || !inc.Stats.Reconciles() {
		t.Errorf("incremental: %+v (first exported %d)", inc.Stats, second.Stats.Exported)
	}
	m2, err := export.ReadManifest(ctx, out, c.RunDate)
	if err != nil || m2.Counts.Skipped != inc.Stats.Skipped || m2.Mode != export.ModeIncremental {
		t.Errorf("incremental manifest: %+v %v", m2, err)
	}
	// the audit log and the run summaries are internal: no identifiers
	for _, name := range []string{"audit.jsonl", "_RUN_SUMMARY.json"} {
		var all []byte
		filepath.WalkDir(c.Quarantine, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && d.Name() == name {
				b, _ := os.ReadFile(p)
				all = append(all, b...)
			}
			return nil
		})
		if len(all) == 0 {
			t.Errorf("no %s written", name)
		}
		for _, s := range secrets {
			if s != "" && bytes.Contains(bytes.ToLower(all), []byte(strings.ToLower(s))) {
				t.Errorf("%s holds an identifier of the input", name)
			}
		}
	}
}

// substanceUse is a conversation about substance use disorder treatment
// (42 CFR Part 2): the default policy exports no such record.
const substanceUse = `{"conversation_id":"part2-1","turns":[` +
	`{"speaker":"clinician","start_ms":0,"end_ms":2000,"text":"How has the suboxone dose been since the last visit?"},` +
	`{"speaker":"patient","start_ms":2000,"end_ms":5000,"text":"Better. I have been going to my narcotics anonymous meetings every week."}]}`

// TestSubstanceUseIsQuarantined: under the default policy a substance-use
// conversation is quarantined with its reason code, and the run still
// commits and reconciles: the code is one every on-prem writer, the audit
// log and the summary accept.
func TestSubstanceUseIsQuarantined(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	ctx := context.Background()
	dir := t.TempDir()
	lines, _ := input(t)
	in := filepath.Join(dir, "in.jsonl")
	data := append(bytes.Join(append(lines[:10:10], []byte(substanceUse)), []byte("\n")), '\n')
	require.NoError(t, os.WriteFile(in, data, 0o600))
	c := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24"}

	sum := runJob(t, c)
	st := sum.Stats
	assert.Equal(t, export.StatusCommitted, sum.Status)
	assert.True(t, st.Reconciles(), "stats %+v", st)
	assert.EqualValues(t, 11, st.RecordsIn)
	assert.EqualValues(t, 1, st.Quarantine["category_not_allowed.substance_use"], "quarantine reasons %v", st.Quarantine)

	// the record is in quarantine, with its reason
	var found []string
	for _, l := range bytes.Split(bytes.TrimSpace(onpremBytes(t, c.Quarantine, "quarantined-")), []byte("\n")) {
		var q export.Quarantined
		require.NoError(t, json.Unmarshal(l, &q))
		var rec struct {
			ID string `json:"conversation_id"`
		}
		require.NoError(t, json.Unmarshal(q.Record, &rec))
		if rec.ID == "part2-1" {
			found = append(found, string(q.Reason))
		}
	}
	assert.Equal(t, []string{"category_not_allowed.substance_use"}, found)

	// the manifest is committed and reconciles with the summary
	m, err := export.ReadManifest(ctx, openOut(t, c, nil), c.RunDate)
	require.NoError(t, err)
	assert.Equal(t, export.Counts{RecordsIn: st.RecordsIn, Exported: st.Exported, Quarantined: st.Quarantined, Rejected: st.Rejected}, m.Counts)
	assert.True(t, m.Counts.Reconciles())

	// the audit log counts it under its code
	audit, err := os.ReadFile(filepath.Join(c.Quarantine, "audit.jsonl"))
	require.NoError(t, err)
	assert.Contains(t, string(audit), `"category_not_allowed.substance_use":1`)
	assert.NotContains(t, string(audit), "suboxone")
}
