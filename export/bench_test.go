package export_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/export"
)

// benchRecords are conversation-sized records (~4 KB of JSON each).
func benchRecords(n int) ([]*redact.Record, int64) {
	recs := make([]*redact.Record, n)
	var size int64
	for i := range recs {
		r := testRecord(i, "x")
		r.Turns = r.Turns[:0]
		for k := range 24 {
			r.Turns = append(r.Turns, redact.Turn{Speaker: []string{"clinician", "patient"}[k%2], StartMS: int64(k) * 4000, EndMS: int64(k)*4000 + 3500,
				Text: fmt.Sprintf("Turn %d of %d: %s", k, i, strings.Repeat("the pain started after [DATE] and gets worse at night ", 2))})
		}
		b, _ := json.Marshal(r)
		size += int64(len(b)) + 1
		recs[i] = r
	}
	return recs, size
}

func benchShards(b *testing.B, formats []string) {
	bucket, _ := localBucket(b)
	recs, size := benchRecords(1000)
	ctx := b.Context()
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		w, err := export.NewShardWriter(bucket, export.Run{Date: "2024-01-01", ID: "bench"}, fmt.Sprintf("w%d", i), &export.ShardOptions{Formats: formats})
		if err != nil {
			b.Fatal(err)
		}
		for j, r := range recs {
			if err := w.Write(ctx, r, labelsOf(j)); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := w.Close(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// MB/s is of uncompressed record JSON, including the upload to a local
// directory bucket (fsync'ed temp file and rename).
func BenchmarkShardWriterJSONL(b *testing.B)   { benchShards(b, []string{export.FormatJSONL}) }
func BenchmarkShardWriterParquet(b *testing.B) { benchShards(b, []string{export.FormatParquet}) }
func BenchmarkShardWriterBoth(b *testing.B)    { benchShards(b, export.Formats) }

func BenchmarkRead(b *testing.B) {
	for _, f := range export.Formats {
		b.Run(f, func(b *testing.B) {
			bucket, _ := localBucket(b)
			recs, size := benchRecords(1000)
			run := export.Run{Date: "2024-01-01", ID: "bench"}
			shards := writeRun(b, bucket, run, recs, 1, &export.ShardOptions{Formats: []string{f}})
			if err := export.Commit(b.Context(), bucket, manifestFor(run, shards, export.Counts{RecordsIn: 1000, Exported: 1000}), nil); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			for b.Loop() {
				ds, err := export.Open(b.Context(), bucket, run.Date, nil)
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for _, err := range ds.Records(b.Context()) {
					if err != nil {
						b.Fatal(err)
					}
					n++
				}
				if n != 1000 {
					b.Fatal(n)
				}
			}
		})
	}
}
