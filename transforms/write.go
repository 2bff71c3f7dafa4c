package transforms

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
	_ "github.com/deid-project/deid/storage/gcs"   // gs:// sinks
	_ "github.com/deid-project/deid/storage/local" // local sinks and the on-prem folders
	_ "github.com/deid-project/deid/storage/s3"    // s3:// sinks
)

func init() {
	register.Function1x2[Exported, int, Exported](keyExported)
	register.Function1x2[Quarantined, int, Quarantined](keyQuarantined)
	register.Function1x2[Rejected, int, Rejected](keyRejected)
	register.DoFn4x1[context.Context, int, func(*Exported) bool, func(Report), error](&writeShardFn{})
	register.DoFn4x1[context.Context, int, func(*Quarantined) bool, func(Report), error](&writeQuarantineFn{})
	register.DoFn4x1[context.Context, int, func(*Rejected) bool, func(Report), error](&writeRejectedFn{})
}

// Sink is a storage location: its URL and connection settings.
// Credentials come from the workers' environment, never from here.
type Sink struct {
	URL           string
	Endpoint      string
	Region        string
	CAFile        string
	AllowInsecure bool
}

// Open opens the sink's bucket.
func (k Sink) Open(ctx context.Context) (storage.Bucket, error) {
	b, err := storage.Open(ctx, k.URL, &storage.Options{Endpoint: k.Endpoint, Region: k.Region, CAFile: k.CAFile, AllowInsecure: k.AllowInsecure})
	return b, errors.Wrapf(err, "open %s", errors.Safe(export.SafeURL(k.URL)))
}

// WriteConfig configures the writers.
type WriteConfig struct {
	Run        export.Run
	Output     Sink // the cloud research bucket
	OnPrem     Sink // quarantine and rejected files (local or on-prem store)
	PolicyHash string
	Formats    []string
	// MaxShardRecords rolls a shard over (0: the export default).
	MaxShardRecords int64
	// RejectedRawDir keeps raw rejected lines on-prem for operators.
	RejectedRawDir string
}

func keyExported(e Exported) (int, Exported)          { return e.Shard, e }
func keyQuarantined(q Quarantined) (int, Quarantined) { return q.Shard, q }
func keyRejected(r Rejected) (int, Rejected)          { return r.Shard, r }

// WriteShards writes the exported records as many shards in parallel: one
// group per shard key, each written by one export.ShardWriter (which rolls
// over by size). It returns reports of the shards and fingerprints written.
func WriteShards(s beam.Scope, cfg WriteConfig, exported beam.PCollection) beam.PCollection {
	s = s.Scope("WriteShards")
	g := beam.GroupByKey(s, beam.ParDo(s, keyExported, exported))
	return beam.ParDo(s, &writeShardFn{Config: cfg}, g)
}

// WriteOnPrem writes quarantined and rejected records to the on-prem sink.
func WriteOnPrem(s beam.Scope, cfg WriteConfig, quarantined, rejected beam.PCollection) beam.PCollection {
	s = s.Scope("WriteOnPrem")
	q := beam.ParDo(s, &writeQuarantineFn{Config: cfg}, beam.GroupByKey(s, beam.ParDo(s, keyQuarantined, quarantined)))
	r := beam.ParDo(s, &writeRejectedFn{Config: cfg}, beam.GroupByKey(s, beam.ParDo(s, keyRejected, rejected)))
	return beam.Flatten(s, q, r)
}

type writeShardFn struct {
	Config WriteConfig
	bucket storage.Bucket
}

func (fn *writeShardFn) Setup(ctx context.Context) error {
	b, err := fn.Config.Output.Open(ctx)
	fn.bucket = b
	return err
}

func (fn *writeShardFn) Teardown() {
	if fn.bucket != nil {
		fn.bucket.Close()
	}
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, values func(*Exported) bool, emit func(Report)) error {
	w, err := export.NewShardWriter(fn.bucket, fn.Config.Run, fmt.Sprintf("s%04d", shard), &export.ShardOptions{
		PolicyHash: fn.Config.PolicyHash, Formats: fn.Config.Formats, MaxRecords: fn.Config.MaxShardRecords,
	})
	if err != nil {
		return err
	}
	var fps []json.RawMessage
	var e Exported
	for values(&e) {
		var rec redact.Record
		if err := json.Unmarshal(e.Record, &rec); err != nil {
			w.Abort()
			return errors.Wrap(err, "decode record")
		}
		var labels map[string]string
		if err := json.Unmarshal(e.Labels, &labels); err != nil {
			w.Abort()
			return errors.Wrap(err, "decode labels")
		}
		if err := w.Write(ctx, &rec, labels); err != nil {
			w.Abort()
			return err
		}
		if e.Fingerprint != "" {
			fps = append(fps, json.RawMessage(e.Fingerprint))
			if len(fps) >= 10000 {
				emitJSON(emit, KindFingerprints, fps)
				fps = fps[:0]
			}
		}
	}
	infos, err := w.Close(ctx)
	if err != nil {
		return err
	}
	if len(fps) > 0 {
		emitJSON(emit, KindFingerprints, fps)
	}
	return emitJSON(emit, KindShards, infos)
}

func emitJSON(emit func(Report), kind string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	emit(Report{Kind: kind, JSON: b})
	return nil
}

type writeQuarantineFn struct {
	Config WriteConfig
	bucket storage.Bucket
}

func (fn *writeQuarantineFn) Setup(ctx context.Context) error {
	b, err := fn.Config.OnPrem.Open(ctx)
	fn.bucket = b
	return err
}

func (fn *writeQuarantineFn) Teardown() {
	if fn.bucket != nil {
		fn.bucket.Close()
	}
}

func (fn *writeQuarantineFn) ProcessElement(ctx context.Context, shard int, values func(*Quarantined) bool, emit func(Report)) error {
	w, err := export.NewQuarantineWriter(fn.bucket, fn.Config.Run, fmt.Sprintf("q%04d", shard), nil)
	if err != nil {
		return err
	}
	var q Quarantined
	for values(&q) {
		rec := q.Data
		if !json.Valid(rec) {
			rec, _ = json.Marshal(string(q.Data))
		}
		if err := w.Write(ctx, export.Quarantined{Input: export.Input{Source: q.Source, Line: q.LineNo}, Reason: export.Reason(q.Reason), Record: rec}); err != nil {
			return err
		}
	}
	refs, err := w.Close(ctx)
	if err != nil {
		return err
	}
	return emitJSON(emit, KindOnPrem, refs)
}

type writeRejectedFn struct {
	Config WriteConfig
	bucket storage.Bucket
}

func (fn *writeRejectedFn) Setup(ctx context.Context) error {
	b, err := fn.Config.OnPrem.Open(ctx)
	fn.bucket = b
	return err
}

func (fn *writeRejectedFn) Teardown() {
	if fn.bucket != nil {
		fn.bucket.Close()
	}
}

func (fn *writeRejectedFn) ProcessElement(ctx context.Context, shard int, values func(*Rejected) bool, emit func(Report)) error {
	w, err := export.NewRejectWriter(fn.bucket, fn.Config.Run, fmt.Sprintf("r%04d", shard), &export.RejectOptions{RawDir: fn.Config.RejectedRawDir})
	if err != nil {
		return err
	}
	var r Rejected
	for values(&r) {
		if err := w.Write(ctx, export.Input{Source: r.Source, Line: r.LineNo}, export.Reason(r.Reason), r.Data); err != nil {
			return err
		}
	}
	refs, err := w.Close(ctx)
	if err != nil {
		return err
	}
	return emitJSON(emit, KindOnPrem, refs)
}
