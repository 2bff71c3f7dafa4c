package export_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
)

// TestAuditWriteFailureIsAnError: an audit log on a full disk (/dev/full)
// fails the write instead of losing the event silently.
func TestAuditWriteFailureIsAnError(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/dev/full is Linux's")
	}
	a, err := export.OpenAuditLog("/dev/full")
	require.NoError(t, err)
	defer a.Close()
	for _, ev := range []export.AuditEvent{
		export.RunStarted{RunID: "r1", RunDate: "2024-05-01"},
		export.RunCommitting{RunID: "r1", RunDate: "2024-05-01"},
		export.RunFinished{RunID: "r1", RunDate: "2024-05-01", Status: export.StatusCommitted},
		export.RunAborted{RunID: "r1", RunDate: "2024-05-01", Reason: "received SIGTERM"},
	} {
		err := a.Log(ev)
		require.Error(t, err)
		assert.Contains(t, export.ErrorText(err), "write /dev/full: no space left on device")
	}
}

// TestAuditErrorTextIsReadable: the error of a failed run names the places
// it is about and keeps record content out.
func TestAuditErrorTextIsReadable(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "in.jsonl")
	_, err := os.Open(missing)
	require.Error(t, err)
	err = errors.Wrapf(err, "record %s", "Jane Roe")
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	a, err2 := export.OpenAuditLog(path)
	require.NoError(t, err2)
	require.NoError(t, a.Log(export.RunFinished{RunID: "r1", RunDate: "2024-05-01", Status: export.StatusFailed, Error: export.ErrorText(err)}))
	require.NoError(t, a.Log(export.RunCommitting{RunID: "r1", RunDate: "2024-05-01", Counts: export.Counts{RecordsIn: 2, Exported: 2}, Shards: 2}))
	require.NoError(t, a.Log(export.RunAborted{RunID: "Jane Roe", RunDate: "2024-05-01", Reason: "received SIGTERM"}))
	require.NoError(t, a.Close())
	body, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(body)), "\n")
	require.Len(t, lines, 3)
	assert.Contains(t, lines[0], `"error":"record ×: open `+missing+`: no such file or directory"`)
	assert.Contains(t, lines[1], `"event":"run_committing"`)
	assert.Contains(t, lines[2], `"event":"run_aborted"`)
	assert.Contains(t, lines[2], `"run_id":"invalid"`)
	assert.Contains(t, lines[2], `"reason":"received SIGTERM"`)
	assert.NotContains(t, string(body), "Jane")
}

// TestAuditDestinationChecked: the posture checks are logged by name and
// result only; the output URL loses its credentials and query, and a name
// or result that is not one of the storage package's is "invalid" (a
// caller's mistake cannot put text in the log).
func TestAuditDestinationChecked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	a, err := export.OpenAuditLog(path)
	require.NoError(t, err)
	p := storage.Posture{
		{Name: "bucket policy", Status: storage.Fail, Detail: `policy "PublicRead" grants s3:GetObject to *`, Fix: "delete the statement"},
		{Name: "region", Status: storage.Pass, Detail: "us-east-1"},
		{Name: "block public access", Status: storage.Unknown, Detail: "not implemented"},
		{Name: "Ambrose Quillfeather", Status: "41234567"},
	}
	require.NoError(t, a.Log(export.DestinationChecked{RunID: "r1", RunDate: "2026-11-24",
		Output: "s3://user:secret@bucket/research?X-Amz-Signature=abc", Enforced: true, Checks: export.DestinationChecks(p)}))
	require.NoError(t, a.Close())
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var ev struct {
		Event    string                    `json:"event"`
		Output   string                    `json:"output"`
		Enforced bool                      `json:"enforced"`
		Checks   []export.DestinationCheck `json:"checks"`
	}
	require.NoError(t, json.Unmarshal(b, &ev))
	assert.Equal(t, "destination_checked", ev.Event)
	assert.Equal(t, "s3://bucket/research", ev.Output)
	assert.True(t, ev.Enforced)
	assert.Equal(t, []export.DestinationCheck{
		{Name: "bucket policy", Status: "FAIL"}, {Name: "region", Status: "pass"},
		{Name: "block public access", Status: "could not check"}, {Name: "invalid", Status: "invalid"},
	}, ev.Checks)
	for _, leak := range []string{"PublicRead", "us-east-1", "secret", "Signature", "Quillfeather", "41234567", "delete the statement"} {
		assert.NotContains(t, string(b), leak)
	}
}
