package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
)

// vanish replaces the file at path with a link to a file that does not
// exist: listing still finds its name, opening it finds nothing. It is
// the state a file deleted after the listing leaves the reader in,
// without racing the pipeline to delete it in between.
func vanish(t *testing.T, path string) {
	t.Helper()
	require.NoError(t, os.Remove(path))
	require.NoError(t, os.Symlink(filepath.Join(filepath.Dir(path), "deleted-after-listing"), path))
}

// TestSourceVanishingFailsTheRun: an input file that is listed but gone
// when the run reads it (deleted mid-run) fails the run with an error that
// names the file, and commits nothing: the records of the file are not
// rejected one by one (the run cannot know how many there were, so its
// counts could not reconcile), and the other files' records are not
// exported without them. Local plain files fail when they are cut into
// ranges, gzip files when they are read, objects of an s3:// input when
// they are fetched.
func TestSourceVanishingFailsTheRun(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	lines, _ := input(t)
	plain := append(bytes.Join(lines[:10], []byte("\n")), '\n')

	for _, name := range []string{"b.jsonl", "b.jsonl.gz"} {
		t.Run("local "+name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in")
			require.NoError(t, os.MkdirAll(in, 0o700))
			require.NoError(t, os.WriteFile(filepath.Join(in, "a.jsonl"), plain, 0o600))
			require.NoError(t, os.WriteFile(filepath.Join(in, name), gz(t, lines[10:20]), 0o600))
			c := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24",
				AuditLog: filepath.Join(dir, "audit.jsonl"), ChunkBytes: 4 << 10}
			gone := filepath.Join(in, name)
			vanish(t, gone)
			files, err := ingest.List(context.Background(), ingest.Source{URL: in})
			require.NoError(t, err)
			require.Contains(t, files, gone, "the listing finds the vanished file")

			requireVanishedRunFails(t, c, gone)
		})
	}

	t.Run("s3", func(t *testing.T) {
		ctx := context.Background()
		onprem := testserver.StartS3(t)
		if onprem.Dir == "" {
			t.Skip("an external S3 server (DEID_TEST_S3_ENDPOINT): its objects cannot be made to vanish from here")
		}
		onprem.CreateBucket(t, "clinical")
		b, err := storage.Open(ctx, "s3://clinical/ambient", onprem.Options())
		require.NoError(t, err)
		_, err = b.Put(ctx, "a.jsonl", bytes.NewReader(plain), nil)
		require.NoError(t, err)
		_, err = b.Put(ctx, "b.jsonl.gz", bytes.NewReader(gz(t, lines[10:20])), nil)
		require.NoError(t, err)
		b.Close()
		t.Setenv(ingest.CredentialsEnv+"ACCESS_KEY_ID", onprem.AccessKey)
		t.Setenv(ingest.CredentialsEnv+"SECRET_ACCESS_KEY", onprem.SecretKey)
		dir := t.TempDir()
		c := Config{Input: "s3://clinical/ambient", InputEndpoint: onprem.Endpoint, InputPlainHTTP: true,
			Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24",
			AuditLog: filepath.Join(dir, "audit.jsonl")}
		// the object's file in the server's posix backend
		vanish(t, filepath.Join(onprem.Dir, "clinical", "ambient", "b.jsonl.gz"))
		j, err := Prepare(c, time.Now())
		require.NoError(t, err)
		objs, err := ingest.ListObjects(ctx, j.Source())
		require.NoError(t, err)
		var keys []string
		for _, o := range objs {
			keys = append(keys, o.Key)
		}
		require.Contains(t, keys, "b.jsonl.gz", "the listing finds the vanished object")

		requireVanishedRunFails(t, c, "b.jsonl.gz")
	})
}

// requireVanishedRunFails runs c, whose input has a file that vanished,
// and checks that it failed naming the file and committed nothing.
func requireVanishedRunFails(t *testing.T, c Config, gone string) {
	t.Helper()
	j, err := Prepare(c, time.Now())
	require.NoError(t, err)
	_, err = j.Execute(context.Background(), []string{"batch"})
	require.Error(t, err, "a run whose input vanished committed")
	msg := export.ErrorText(err)
	t.Logf("failed: %s", msg)
	assert.Contains(t, msg, gone, "the error names the vanished input")
	requireNoManifest(t, c)
	audit, err := os.ReadFile(c.AuditLog)
	require.NoError(t, err)
	assert.Contains(t, string(audit), `"event":"run_started"`)
	assert.NotContains(t, string(audit), `"status":"committed"`)
	assert.NotContains(t, string(audit), `"event":"run_committing"`)
}
