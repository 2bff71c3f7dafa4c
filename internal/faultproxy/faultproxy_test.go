package faultproxy_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"io"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/internal/faultproxy"
	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
	_ "github.com/deid-project/deid/storage/gcs"
	_ "github.com/deid-project/deid/storage/s3"
)

// server is a real object store behind a proxy.
type server struct {
	name   string
	url    string // bucket URL
	target string // host:port
	opts   func(endpoint string) *storage.Options
}

func servers(t *testing.T) []server {
	s3 := testserver.StartS3(t)
	s3b := s3.CreateBucket(t, "")
	gcs := testserver.StartGCS(t)
	gcsb := gcs.CreateBucket(t, "")
	return []server{
		{"versitygw", "s3://" + s3b + "/faults", s3.Host, func(ep string) *storage.Options {
			o := s3.Options()
			o.Endpoint = "http://" + ep
			return o
		}},
		{"fake-gcs-server", "gs://" + gcsb + "/faults", gcs.Host, func(ep string) *storage.Options {
			o := gcs.Options()
			o.Endpoint = "http://" + ep
			return o
		}},
	}
}

// TestWritesSurviveFaults: through 503 answers, uploads reset in the
// middle, stalled and slow connections, a Put retries and stores exactly
// the bytes sent, which read back whole (versitygw and fake-gcs-server).
func TestWritesSurviveFaults(t *testing.T) {
	ctx := context.Background()
	body := make([]byte, 256<<10)
	rand.Read(body)
	for _, srv := range servers(t) {
		for _, f := range []faultproxy.Fault{faultproxy.HTTP503, faultproxy.Reset, faultproxy.Stall, faultproxy.Slow} {
			t.Run(srv.name+"/"+f.String(), func(t *testing.T) {
				p := faultproxy.Start(t, srv.target, faultproxy.Sequence(f, f))
				o := srv.opts(p.Addr)
				o.StallTimeout = time.Second // a stall is cut off and retried
				o.MaxAttempts = 6
				b, err := storage.Open(ctx, srv.url, o)
				require.NoError(t, err)
				defer b.Close()
				key := "obj-" + f.String()
				info, err := b.Put(ctx, key, bytes.NewReader(body), nil)
				require.NoError(t, err)
				assert.Equal(t, int64(len(body)), info.Size)
				assert.Positive(t, p.Counts()[f], "the fault was met: %v", p.Counts())

				p.SetPlan(faultproxy.Sequence(f))
				r, err := b.Get(ctx, key)
				require.NoError(t, err)
				got, err := io.ReadAll(r)
				require.NoError(t, err)
				require.NoError(t, r.Close())
				assert.True(t, bytes.Equal(body, got), "read back what was written")
			})
		}
	}
}

// TestGivesUpWithinItsBudget: a store that keeps failing fails the call
// (it does not hang): every connection stalls.
func TestGivesUpWithinItsBudget(t *testing.T) {
	ctx := context.Background()
	for _, srv := range servers(t) {
		t.Run(srv.name, func(t *testing.T) {
			p := faultproxy.Start(t, srv.target, func(int) faultproxy.Fault { return faultproxy.Stall })
			o := srv.opts(p.Addr)
			o.StallTimeout, o.MaxAttempts = 200*time.Millisecond, 3
			b, err := storage.Open(ctx, srv.url, o)
			require.NoError(t, err)
			defer b.Close()
			_, err = b.Put(ctx, "never", bytes.NewReader([]byte("x")), nil)
			require.Error(t, err)
			assert.Contains(t, err.Error(), "no progress for 200ms")
		})
	}
}
