package export_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
)

const (
	testHash = "69ee1f6a3c1e0a6d8c5b1f0e2d3c4b5a69ee1f6a3c1e0a6d8c5b1f0e2d3c4b5a"
)

// testRecord makes a varied de-identified record; text goes in a turn.
func testRecord(i int, text string) *redact.Record {
	r := &redact.Record{
		SchemaVersion: redact.SchemaVersion,
		ResearchID:    fmt.Sprintf("c_%024x", i),
		Demographics:  redact.Demographics{Sex: []string{"female", "male", "other", ""}[i%4], State: "MA"},
		Turns: []redact.Turn{
			{Speaker: "clinician", StartMS: 0, EndMS: 1200, Text: "How are you, [NAME]?"},
			{Speaker: "patient", StartMS: 1300, EndMS: 4000, Text: text},
		},
		Removed:       map[deid.Type]int{deid.Name: 1 + i%3},
		Policy:        redact.PolicyRef{Name: "safe-harbor", Version: 1, Hash: testHash},
		EngineVersion: deid.Version,
	}
	if i%2 == 0 {
		r.PatientResearchID = fmt.Sprintf("p_%024x", i/2)
		r.Demographics.Zip3 = "021"
		r.Encounter = redact.EncounterInfo{Year: 2021, Department: "Cardiology"}
	} else {
		r.Encounter = redact.EncounterInfo{Date: "2020-02-29", DateShifted: true}
	}
	switch i % 3 {
	case 0:
		r.Demographics.Age = &redact.Age{Years: 90, Over: true}
	case 1:
		r.Demographics.Age = &redact.Age{Years: 40 + i%50}
	}
	if i%5 == 0 {
		r.Removed[deid.Date] = 2
	}
	return r
}

func testRecords(from, n int) []*redact.Record {
	out := make([]*redact.Record, n)
	for i := range out {
		out[i] = testRecord(from+i, fmt.Sprintf("Record %d: it hurts since [DATE].", from+i))
	}
	return out
}

func labelsOf(i int) export.Labels {
	return export.Labels{"tier": "research", "review": []string{"auto", "sampled", "auto"}[i%3]}
}

// writeRun writes recs with `workers` concurrent ShardWriters and returns
// the shards.
func writeRun(t testing.TB, b storage.Bucket, run export.Run, recs []*redact.Record, workers int, opts *export.ShardOptions) []export.ShardInfo {
	t.Helper()
	ctx := context.Background()
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		shards []export.ShardInfo
		errs   []error
	)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sw, err := export.NewShardWriter(b, run, fmt.Sprintf("w%d", w), opts)
			if err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
				return
			}
			for i := w; i < len(recs); i += workers {
				if err := sw.Write(ctx, recs[i], labelsOf(i)); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					sw.Abort()
					return
				}
			}
			infos, err := sw.Close(ctx)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
			}
			shards = append(shards, infos...)
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("write run %s: %+v", run.ID, errs[0])
	}
	return shards
}

func manifestFor(run export.Run, shards []export.ShardInfo, c export.Counts) *export.Manifest {
	return &export.Manifest{
		RunID: run.ID, RunDate: run.Date, PolicyName: "safe-harbor", PolicyVersion: 1, PolicyHash: testHash,
		EngineVersion: deid.Version, SchemaVersion: redact.SchemaVersion,
		Shards: shards, Counts: c,
	}
}

// readAll reads a committed date in format and returns the records as
// sorted JSON lines.
func readAll(t testing.TB, b storage.Bucket, date, format string) []string {
	t.Helper()
	ds, err := export.Open(context.Background(), b, date, &export.ReadOptions{Format: format})
	if err != nil {
		t.Fatalf("Open %s: %+v", date, err)
	}
	var out []string
	for rec, err := range ds.Records(context.Background()) {
		if err != nil {
			t.Fatalf("read %s %s: %+v", date, format, err)
		}
		out = append(out, jsonLine(t, rec))
	}
	slices.Sort(out)
	return out
}

func jsonLines(t testing.TB, recs []*redact.Record) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = jsonLine(t, r)
	}
	slices.Sort(out)
	return out
}

func jsonLine(t testing.TB, r *redact.Record) string {
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func keys(t testing.TB, b storage.Bucket, prefix string) []string {
	t.Helper()
	infos, err := b.List(context.Background(), prefix)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, in := range infos {
		out = append(out, in.Key)
	}
	return out
}

func runAt(date string, sec int) export.Run {
	return export.Run{Date: date, ID: export.NewRunID(time.Date(2024, 5, 2, 1, 0, sec, 0, time.UTC))}
}

func hasPrefix(ss []string, p string) bool {
	return slices.ContainsFunc(ss, func(s string) bool { return strings.HasPrefix(s, p) })
}
