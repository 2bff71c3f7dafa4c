package storage

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/storage/driver"
)

// flakyDriver fails its first puts with a given error, then stores.
type flakyDriver struct {
	fails int
	err   error
	puts  int
	got   []byte
}

func (d *flakyDriver) DigestFirst() bool { return true }
func (d *flakyDriver) Put(_ context.Context, key string, body io.Reader, req *driver.PutRequest) (*driver.Attrs, error) {
	d.puts++
	b, _ := io.ReadAll(body)
	if d.puts <= d.fails {
		return nil, d.err
	}
	d.got = b
	sum, n := req.Digest()
	return &driver.Attrs{Key: key, Size: n, SHA256: sum}, nil
}
func (d *flakyDriver) Get(context.Context, string) (io.ReadCloser, *driver.Attrs, error) {
	return nil, nil, errors.New("no")
}
func (d *flakyDriver) Stat(context.Context, string) (*driver.Attrs, error) {
	return nil, errors.New("no")
}
func (d *flakyDriver) List(context.Context, string, func(driver.Attrs) error) error { return nil }
func (d *flakyDriver) Delete(context.Context, string) error                         { return nil }
func (d *flakyDriver) Close() error                                                 { return nil }
func (d *flakyDriver) ErrorKind(err error) driver.Kind {
	if strings.Contains(err.Error(), "denied") {
		return driver.PermissionDenied
	}
	return driver.Unknown
}

// TestPutRetriesTransientFailures: a network failure is sent again from the
// start of a re-readable body (seekable or spooled); a refusal is not.
func TestPutRetriesTransientFailures(t *testing.T) {
	ctx := context.Background()
	data := bytes.Repeat([]byte("de-identified record\n"), 1000)
	for name, body := range map[string]func() io.Reader{
		"seekable": func() io.Reader { return bytes.NewReader(data) },
		"spooled":  func() io.Reader { return io.MultiReader(bytes.NewReader(data)) },
	} {
		d := &flakyDriver{fails: 2, err: io.ErrClosedPipe}
		b := NewBucket(d, &Options{TempDir: t.TempDir()})
		info, err := b.Put(ctx, "k", body(), nil)
		if err != nil || d.puts != 3 || !bytes.Equal(d.got, data) || info.Size != int64(len(data)) {
			t.Errorf("%s: err %v, %d puts, %d bytes stored", name, err, d.puts, len(d.got))
		}
	}
	d := &flakyDriver{fails: 5, err: errors.New("access denied")}
	b := NewBucket(d, nil)
	if _, err := b.Put(ctx, "k", bytes.NewReader(data), nil); !errors.Is(err, ErrPermissionDenied) || d.puts != 1 {
		t.Errorf("refusal: err %v after %d puts (want one)", err, d.puts)
	}
}
