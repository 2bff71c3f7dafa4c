package safeerr

import (
	"context"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const planted = "Margarethe Quillfeather MRN 88412397"

func TestPlacesAreShownContentIsNot(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "in.jsonl")
	_, err := os.Open(missing)
	require.Error(t, err)
	got := Message(errors.Wrapf(err, "read %s", planted))
	assert.Equal(t, "read ×: open "+missing+": no such file or directory", got)

	// a refused connection names the endpoint; the URL loses its query
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	l.Close()
	req, err := http.NewRequestWithContext(context.Background(), "PUT", "http://user:secret@"+addr+"/bucket/dt=2026-01-02/x.jsonl?X-Amz-Signature=abc", nil)
	require.NoError(t, err)
	_, err = http.DefaultClient.Do(req)
	require.Error(t, err)
	got = Message(errors.Wrap(errors.Wrapf(err, "record %s", planted), "storage: put"))
	assert.Contains(t, got, "Put http://"+addr+"/bucket/dt=2026-01-02/x.jsonl: dial tcp "+addr+": connect: connection refused")
	assert.NotContains(t, got, "secret")
	assert.NotContains(t, got, "Signature")
	assert.NotContains(t, got, "Quillfeather")

	// no place: as cockroachdb/errors redacts it
	assert.Equal(t, "decode ×: x", Message(errors.Wrapf(errors.New("x"), "decode %s", planted)))
	assert.Equal(t, "", Message(nil))
}
