package export_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/internal/testserver"
	"github.com/deid-project/deid/storage"
	_ "github.com/deid-project/deid/storage/gcs"
	_ "github.com/deid-project/deid/storage/local"
	_ "github.com/deid-project/deid/storage/s3"
)

// roundTrip is the export suite every backend passes: open returns a fresh
// bucket, the root of an export.
func roundTrip(t *testing.T, open func(t *testing.T) storage.Bucket) {
	t.Run("WriteCommitRead", func(t *testing.T) {
		t.Parallel()
		b := open(t)
		ctx := t.Context()
		recs := testRecords(0, 203)
		run := runAt("2024-05-01", 1)
		shards := writeRun(t, b, run, recs, 4, &export.ShardOptions{MaxRecords: 20})
		if len(shards) < 2*(203/20) {
			t.Fatalf("%d shards: rollover did not happen", len(shards))
		}
		m := manifestFor(run, shards, export.Counts{RecordsIn: 210, Exported: 203, Quarantined: 4, Rejected: 3})
		if err := export.Commit(ctx, b, m, nil); err != nil {
			t.Fatalf("Commit: %+v", err)
		}
		want := jsonLines(t, recs)
		for _, f := range export.Formats {
			if got := readAll(t, b, run.Date, f); !slices.Equal(got, want) {
				t.Fatalf("%s: read %d records, want %d (first diff at %d)", f, len(got), len(want), firstDiff(got, want))
			}
		}
		// Object metadata: run, policy, counts and aggregated labels.
		info, err := b.Stat(ctx, "dt=2024-05-01/"+shards[0].Path)
		if err != nil {
			t.Fatal(err)
		}
		md := info.Metadata
		if md[export.MetaRunID] != run.ID || md[export.MetaPolicyHash] != testHash || md["tier"] != "research" ||
			md["review"] != "auto,sampled" || md[export.MetaRecords] != fmt.Sprint(shards[0].Records) {
			t.Fatalf("shard metadata = %v", md)
		}
		got, err := export.ReadManifest(ctx, b, run.Date)
		if err != nil {
			t.Fatal(err)
		}
		if got.Labels["tier"]["research"] != 203 || got.DataDictionary == nil || got.Mode != export.ModeFull {
			t.Fatalf("manifest labels %v dictionary %v mode %s", got.Labels, got.DataDictionary, got.Mode)
		}
		if err := storage.Verify(ctx, b, "dt=2024-05-01/"+export.DictionaryName, got.DataDictionary.SHA256, got.DataDictionary.Bytes); err != nil {
			t.Fatal(err)
		}
		dates, err := export.CommittedDates(ctx, b)
		if err != nil || !slices.Equal(dates, []string{"2024-05-01"}) {
			t.Fatalf("CommittedDates = %v, %v", dates, err)
		}
	})

	t.Run("RerunReplacesAndCollects", func(t *testing.T) {
		t.Parallel()
		b := open(t)
		ctx := t.Context()
		date := "2024-05-02"
		run1 := runAt(date, 1)
		s1 := writeRun(t, b, run1, testRecords(0, 50), 2, &export.ShardOptions{MaxRecords: 10})
		if err := export.Commit(ctx, b, manifestFor(run1, s1, export.Counts{RecordsIn: 50, Exported: 50}), nil); err != nil {
			t.Fatalf("Commit 1: %+v", err)
		}
		// A crashed run between the two (shards, no manifest) and a crashed
		// worker of run 2 (unreferenced shard inside run 2's prefix).
		crashed := runAt(date, 2)
		writeRun(t, b, crashed, testRecords(1000, 5), 1, nil)
		run2 := runAt(date, 3)
		recs2 := testRecords(100, 37)
		s2 := writeRun(t, b, run2, recs2, 3, &export.ShardOptions{MaxRecords: 7})
		sw, err := export.NewShardWriter(b, run2, "retried", nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range testRecords(2000, 2) {
			if err := sw.Write(ctx, r, nil); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := sw.Close(ctx); err != nil {
			t.Fatal(err)
		}
		// A run newer than run 2 that is still writing must survive GC.
		newer := runAt(date, 4)
		writeRun(t, b, newer, testRecords(3000, 3), 1, nil)

		// run 2 exports fewer records: refused unless allowed
		err = export.Commit(ctx, b, manifestFor(run2, s2, export.Counts{RecordsIn: 37, Exported: 37}), nil)
		require.True(t, errors.Is(err, export.ErrShrink), "%v", err)
		m, err := export.ReadManifest(ctx, b, date)
		require.NoError(t, err)
		require.Equal(t, run1.ID, m.RunID, "a refused run replaced the committed one")
		if err := export.Commit(ctx, b, manifestFor(run2, s2, export.Counts{RecordsIn: 37, Exported: 37}), &export.CommitOptions{AllowShrink: true}); err != nil {
			t.Fatalf("Commit 2: %+v", err)
		}
		want := jsonLines(t, recs2)
		for _, f := range export.Formats {
			if got := readAll(t, b, date, f); !slices.Equal(got, want) {
				t.Fatalf("%s after re-run: %d records, want %d", f, len(got), len(want))
			}
		}
		all := keys(t, b, "dt="+date+"/")
		if hasPrefix(all, "dt="+date+"/run="+run1.ID) || hasPrefix(all, "dt="+date+"/run="+crashed.ID) {
			t.Fatalf("old runs not collected: %v", all)
		}
		if !hasPrefix(all, "dt="+date+"/run="+newer.ID) {
			t.Fatalf("a newer, uncommitted run was collected: %v", all)
		}
		referenced := map[string]bool{}
		for _, s := range s2 {
			referenced["dt="+date+"/"+s.Path] = true
		}
		for _, k := range all {
			if strings.Contains(k, "/run="+run2.ID+"/") && !referenced[k] {
				t.Fatalf("unreferenced object of the committed run left: %s", k)
			}
		}
		// The older run can no longer commit over the newer one.
		err = export.Commit(ctx, b, manifestFor(run1, s1, export.Counts{RecordsIn: 50, Exported: 50}), nil)
		if !errors.Is(err, export.ErrStaleRun) {
			t.Fatalf("Commit of an older run = %v, want ErrStaleRun", err)
		}
	})

	t.Run("CrashedRunIgnored", func(t *testing.T) {
		t.Parallel()
		b := open(t)
		ctx := t.Context()
		run := runAt("2024-05-03", 1)
		writeRun(t, b, run, testRecords(0, 12), 2, nil)
		if _, err := export.Open(ctx, b, run.Date, nil); !errors.Is(err, export.ErrNoManifest) {
			t.Fatalf("Open without manifest = %v, want ErrNoManifest", err)
		}
		if dates, err := export.CommittedDates(ctx, b); err != nil || len(dates) != 0 {
			t.Fatalf("CommittedDates = %v, %v", dates, err)
		}
		if _, err := export.GC(ctx, b, run.Date); !errors.Is(err, export.ErrNoManifest) {
			t.Fatalf("GC without manifest = %v", err)
		}
		if n := len(keys(t, b, "dt=2024-05-03/")); n != 4 {
			t.Fatalf("GC without a manifest removed objects: %d left", n)
		}
	})

	t.Run("CommitFailsClosed", func(t *testing.T) {
		t.Parallel()
		b := open(t)
		ctx := t.Context()
		run := runAt("2024-05-04", 1)
		shards := writeRun(t, b, run, testRecords(0, 30), 2, &export.ShardOptions{MaxRecords: 8})
		good := export.Counts{RecordsIn: 31, Exported: 30, Rejected: 1}
		tamper := func(f func(m *export.Manifest)) *export.Manifest {
			m := manifestFor(run, slices.Clone(shards), good)
			f(m)
			return m
		}
		for name, m := range map[string]*export.Manifest{
			"unreconciled":   tamper(func(m *export.Manifest) { m.Counts.Quarantined = 1 }),
			"exported sum":   tamper(func(m *export.Manifest) { m.Counts = export.Counts{RecordsIn: 31, Exported: 31} }),
			"missing shard":  tamper(func(m *export.Manifest) { m.Shards = m.Shards[1:] }),
			"bad sha":        tamper(func(m *export.Manifest) { m.Shards[0].SHA256 = strings.Repeat("0", 64) }),
			"bad size":       tamper(func(m *export.Manifest) { m.Shards[0].Bytes++ }),
			"bad records":    tamper(func(m *export.Manifest) { m.Shards[0].Records++; m.Shards[1].Records-- }),
			"other policy":   tamper(func(m *export.Manifest) { m.PolicyHash = strings.Repeat("a", 64) }),
			"duplicate":      tamper(func(m *export.Manifest) { m.Shards = append(m.Shards, m.Shards[0]) }),
			"foreign shard":  tamper(func(m *export.Manifest) { m.Shards[0].Path = "run=other/part-w0-00000.jsonl.gz" }),
			"no such object": tamper(func(m *export.Manifest) { m.Shards[0].Path = strings.Replace(m.Shards[0].Path, "-0000", "-9999", 1) }),
		} {
			err := export.Commit(ctx, b, m, nil)
			if !errors.Is(err, export.ErrInvalidManifest) {
				t.Errorf("%s: Commit = %v, want ErrInvalidManifest", name, err)
			}
		}
		// Content replaced behind the manifest's back (same key, same
		// metadata): only the digest tells.
		info, err := b.Stat(ctx, "dt=2024-05-04/"+shards[0].Path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Put(ctx, "dt=2024-05-04/"+shards[0].Path, strings.NewReader("not the shard"), &storage.PutOptions{Metadata: info.Metadata}); err != nil {
			t.Fatal(err)
		}
		for _, statOnly := range []bool{false, true} {
			err = export.Commit(ctx, b, manifestFor(run, shards, good), &export.CommitOptions{StatOnly: statOnly})
			if !errors.Is(err, export.ErrInvalidManifest) || !errors.Is(err, storage.ErrIntegrity) {
				t.Fatalf("Commit over a replaced shard (stat only %v) = %v", statOnly, err)
			}
		}
		if _, err := export.ReadManifest(ctx, b, run.Date); !errors.Is(err, export.ErrNoManifest) {
			t.Fatalf("a refused commit left a manifest: %v", err)
		}
	})

	t.Run("EmptyDay", func(t *testing.T) {
		t.Parallel()
		b := open(t)
		ctx := t.Context()
		run := runAt("2024-05-05", 1)
		if err := export.Commit(ctx, b, manifestFor(run, nil, export.Counts{RecordsIn: 2, Quarantined: 2}), nil); err != nil {
			t.Fatalf("Commit: %+v", err)
		}
		if got := readAll(t, b, run.Date, ""); len(got) != 0 {
			t.Fatalf("empty day read %d records", len(got))
		}
	})
}

func firstDiff(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func TestRoundTripLocal(t *testing.T) {
	roundTrip(t, func(t *testing.T) storage.Bucket {
		b, err := storage.Open(t.Context(), filepath.Join(t.TempDir(), "exports"), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { b.Close() })
		return b
	})
}

func TestRoundTripS3(t *testing.T) {
	srv := testserver.StartS3(t)
	var n atomic.Int64
	roundTrip(t, func(t *testing.T) storage.Bucket {
		bucket := srv.CreateBucket(t, "")
		b, err := storage.Open(context.Background(), fmt.Sprintf("s3://%s/research/%d", bucket, n.Add(1)), srv.Options())
		if err != nil {
			t.Fatalf("Open: %+v", err)
		}
		t.Cleanup(func() { b.Close() })
		return b
	})
}

func TestRoundTripGCS(t *testing.T) {
	srv := testserver.StartGCS(t)
	var n atomic.Int64
	roundTrip(t, func(t *testing.T) storage.Bucket {
		bucket := srv.CreateBucket(t, "")
		b, err := storage.Open(context.Background(), fmt.Sprintf("gs://%s/research/%d", bucket, n.Add(1)), srv.Options())
		if err != nil {
			t.Fatalf("Open: %+v", err)
		}
		t.Cleanup(func() { b.Close() })
		return b
	})
}

func TestRoundTripS3TLS(t *testing.T) {
	srv := testserver.StartS3TLS(t)
	roundTrip(t, func(t *testing.T) storage.Bucket {
		b, err := storage.Open(context.Background(), "s3://"+srv.CreateBucket(t, "")+"/research", srv.Options())
		if err != nil {
			t.Fatalf("Open: %+v", err)
		}
		t.Cleanup(func() { b.Close() })
		return b
	})
}

func TestRoundTripGCSTLS(t *testing.T) {
	srv := testserver.StartGCSTLS(t)
	roundTrip(t, func(t *testing.T) storage.Bucket {
		b, err := storage.Open(context.Background(), "gs://"+srv.CreateBucket(t, "")+"/research", srv.Options())
		if err != nil {
			t.Fatalf("Open: %+v", err)
		}
		t.Cleanup(func() { b.Close() })
		return b
	})
}
