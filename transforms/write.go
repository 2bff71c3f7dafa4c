package transforms

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
)

func init() {
	register.DoFn3x1[context.Context, Exported, func(Report), error](&writeShardFn{})
	register.DoFn3x1[context.Context, OnPrem, func(Report), error](&writeOnPremFn{})
}

// Sink is a storage location: its URL and connection settings.
// Credentials and keys come from the workers' environment, never from
// here (the sink travels in the job graph).
type Sink struct {
	URL           string
	Endpoint      string
	Region        string
	CAFile        string
	AllowInsecure bool

	// MinTLS is "1.2" or "1.3" (empty: 1.3).
	MinTLS string
	// Pins are SPKI SHA-256 pins (sha256/…) of the endpoint's certificate
	// chain.
	Pins []string
	// AllowedHosts and RequirePrivateEndpoint: the policy's
	// export.destination rules, enforced before connecting.
	AllowedHosts           []string
	RequirePrivateEndpoint bool
	// KMSKey is the hospital's key for every write (a Cloud KMS key name
	// for gs, a KMS key id for s3); RequireCMEK refuses a sink without
	// one. SSEC encrypts s3 writes with the 32-byte key the workers read
	// from $DEID_OUTPUT_SSE_C_KEY (base64 or hex).
	KMSKey      string
	SSEC        bool
	RequireCMEK bool
	// Budget names the run whose retry budget the sink's calls draw on:
	// every bucket opened in this process with the same name shares one
	// storage.RetryBudget (DefaultRetryBudget), so a run's retries are
	// bounded together rather than per bucket. Empty: a budget per bucket.
	Budget string
}

// runBudgets holds the retry budget of each run, by Sink.Budget.
var runBudgets sync.Map // string -> *storage.RetryBudget

// retryBudget returns the budget shared by the sinks of run name.
func retryBudget(name string) *storage.RetryBudget {
	if b, ok := runBudgets.Load(name); ok {
		return b.(*storage.RetryBudget)
	}
	b, _ := runBudgets.LoadOrStore(name, storage.NewRetryBudget(storage.DefaultRetryBudget))
	return b.(*storage.RetryBudget)
}

// SSECKeyEnv holds the SSE-C key of an s3 output (base64 or hex of 32
// bytes) on every worker.
const SSECKeyEnv = "DEID_OUTPUT_SSE_C_KEY"

// Options are the storage options of the sink.
func (k Sink) Options() (*storage.Options, error) {
	min, err := storage.ParseTLSVersion(k.MinTLS)
	if err != nil {
		return nil, err
	}
	o := &storage.Options{Endpoint: k.Endpoint, Region: k.Region, CAFile: k.CAFile, AllowInsecure: k.AllowInsecure,
		MinTLSVersion: min, Pins: k.Pins, AllowedHosts: k.AllowedHosts, RequirePrivateEndpoint: k.RequirePrivateEndpoint,
		KMSKey: k.KMSKey, RequireCMEK: k.RequireCMEK}
	if k.Budget != "" {
		o.RetryBudget = retryBudget(k.Budget)
	}
	if k.SSEC {
		key, err := decodeKey32(os.Getenv(SSECKeyEnv))
		if err != nil {
			return nil, errors.Wrapf(err, "$%s", errors.Safe(SSECKeyEnv))
		}
		o.SSECustomerKey = key
	}
	return o, nil
}

// decodeKey32 reads 32 bytes written as hex or base64.
func decodeKey32(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("not set: the SSE-C key (base64 or hex of 32 bytes) must be in the workers' environment")
	}
	if b, err := hex.DecodeString(s); err == nil && len(b) == 32 {
		return b, nil
	}
	if b, err := base64.StdEncoding.DecodeString(s); err == nil && len(b) == 32 {
		return b, nil
	}
	return nil, errors.New("not a 32-byte key in hex or base64")
}

// Open opens the sink's bucket.
func (k Sink) Open(ctx context.Context) (storage.Bucket, error) {
	o, err := k.Options()
	if err != nil {
		return nil, errors.Wrapf(err, "open %s", errors.Safe(export.SafeURL(k.URL)))
	}
	b, err := storage.Open(ctx, k.URL, o)
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
	// StateDir is the on-prem state directory (export.StateStore): the
	// writers spool the fingerprints of what they write there, sorted per
	// bundle, for the commit to merge. Empty: they travel in the reports.
	StateDir string
}

// rowGroupBytes bounds what one bundle's writer holds before it flushes a
// Parquet row group: several bundles run at once on every worker, and the
// run's memory must not grow with its input.
const rowGroupBytes = 4 << 20

// bundleID names the writer of one bundle: shards from different bundles
// and workers never collide, and a retried bundle writes new names (the
// commit lists exactly the shards it was told about; the rest is
// collected).
func bundleID(prefix string) string {
	var b [6]byte
	rand.Read(b[:])
	return prefix + hex.EncodeToString(b[:])
}

// WriteShards writes the exported records as many shards in parallel: every
// bundle of every worker streams its records into its own
// export.ShardWriter (which rolls over by size) and reports the shards and
// fingerprints it wrote when the bundle ends. Nothing is shuffled.
func WriteShards(s beam.Scope, cfg WriteConfig, exported beam.PCollection) beam.PCollection {
	s = s.Scope("WriteShards")
	return beam.ParDo(s, &writeShardFn{Config: cfg}, exported)
}

// WriteOnPrem writes quarantined and rejected records to the on-prem sink,
// the same way.
func WriteOnPrem(s beam.Scope, cfg WriteConfig, onprem beam.PCollection) beam.PCollection {
	s = s.Scope("WriteOnPrem")
	return beam.ParDo(s, &writeOnPremFn{Config: cfg}, onprem)
}

type writeShardFn struct {
	Config WriteConfig
	bucket storage.Bucket
	w      *export.ShardWriter
	fps    []export.Fingerprint
}

func (fn *writeShardFn) Setup(ctx context.Context) error {
	b, err := fn.Config.Output.Open(ctx)
	fn.bucket = b
	return err
}

func (fn *writeShardFn) Teardown() {
	if fn.w != nil {
		fn.w.Abort()
	}
	if fn.bucket != nil {
		fn.bucket.Close()
	}
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, e Exported, emit func(Report)) error {
	if fn.w == nil {
		w, err := export.NewShardWriter(fn.bucket, fn.Config.Run, bundleID("b"), &export.ShardOptions{
			PolicyHash: fn.Config.PolicyHash, Formats: fn.Config.Formats, MaxRecords: fn.Config.MaxShardRecords,
			RowGroupBytes: rowGroupBytes,
		})
		if err != nil {
			return err
		}
		fn.w, fn.fps = w, fn.fps[:0]
	}
	var rec redact.Record
	if err := json.Unmarshal(e.Record, &rec); err != nil {
		return errors.Wrap(err, "decode record")
	}
	var labels map[string]string
	if err := json.Unmarshal(e.Labels, &labels); err != nil {
		return errors.Wrap(err, "decode labels")
	}
	if err := fn.w.Write(ctx, &rec, labels); err != nil {
		return err
	}
	if e.Fingerprint != "" {
		var fp export.Fingerprint
		if err := json.Unmarshal([]byte(e.Fingerprint), &fp); err != nil {
			return errors.Wrap(err, "decode fingerprint")
		}
		fn.fps = append(fn.fps, fp)
		if len(fn.fps) >= spoolRecords {
			return fn.flushFingerprints(emit)
		}
	}
	return nil
}

// spoolRecords is how many fingerprints a writer holds before it spools
// them (about 150 bytes each).
const spoolRecords = 20000

// flushFingerprints hands the fingerprints held over to the commit: as a
// sorted spool run in the state directory (reported by name), or inline
// without one.
func (fn *writeShardFn) flushFingerprints(emit func(Report)) error {
	if len(fn.fps) == 0 {
		return nil
	}
	defer func() { fn.fps = fn.fps[:0] }()
	if fn.Config.StateDir == "" {
		return emitJSON(emit, KindFingerprints, fn.fps)
	}
	name, err := export.SpoolFingerprints(fn.Config.StateDir, fn.Config.Run, fn.fps)
	if err != nil {
		return err
	}
	return emitJSON(emit, KindStateSpool, []string{name})
}

func (fn *writeShardFn) FinishBundle(ctx context.Context, emit func(Report)) error {
	if fn.w == nil {
		return nil
	}
	w := fn.w
	fn.w = nil
	infos, err := w.Close(ctx)
	if err != nil {
		return err
	}
	if err := fn.flushFingerprints(emit); err != nil {
		return err
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

type writeOnPremFn struct {
	Config WriteConfig
	bucket storage.Bucket
	qw     *export.QuarantineWriter
	rw     *export.RejectWriter
}

func (fn *writeOnPremFn) Setup(ctx context.Context) error {
	b, err := fn.Config.OnPrem.Open(ctx)
	fn.bucket = b
	return err
}

func (fn *writeOnPremFn) Teardown() {
	fn.abort()
	if fn.bucket != nil {
		fn.bucket.Close()
	}
}

// abort drops the writers of a bundle that did not finish: their spool
// files hold original records.
func (fn *writeOnPremFn) abort() {
	if fn.qw != nil {
		fn.qw.Abort()
		fn.qw = nil
	}
	if fn.rw != nil {
		fn.rw.Abort()
		fn.rw = nil
	}
}

func (fn *writeOnPremFn) ProcessElement(ctx context.Context, o OnPrem, _ func(Report)) error {
	in, reason := export.Input{Source: o.Source, Line: o.LineNo}, export.Reason(o.Reason)
	if o.Rejected {
		if fn.rw == nil {
			w, err := export.NewRejectWriter(fn.bucket, fn.Config.Run, bundleID("r"), &export.RejectOptions{RawDir: fn.Config.RejectedRawDir})
			if err != nil {
				return err
			}
			fn.rw = w
		}
		if o.Unread {
			return fn.rw.WriteUnread(ctx, in, reason, o.Size)
		}
		return fn.rw.Write(ctx, in, reason, o.Data)
	}
	if fn.qw == nil {
		w, err := export.NewQuarantineWriter(fn.bucket, fn.Config.Run, bundleID("q"), nil)
		if err != nil {
			return err
		}
		fn.qw = w
	}
	rec := o.Data
	if !json.Valid(rec) {
		rec, _ = json.Marshal(string(o.Data))
	}
	return fn.qw.Write(ctx, export.Quarantined{Input: in, Reason: reason, Record: rec})
}

func (fn *writeOnPremFn) FinishBundle(ctx context.Context, emit func(Report)) error {
	var refs []export.ObjectRef
	if fn.qw != nil {
		r, err := fn.qw.Close(ctx)
		fn.qw = nil
		if err != nil {
			fn.abort() // the rejected writer's spool too
			return err
		}
		refs = append(refs, r...)
	}
	if fn.rw != nil {
		r, err := fn.rw.Close(ctx)
		fn.rw = nil
		if err != nil {
			return err
		}
		refs = append(refs, r...)
	}
	if len(refs) == 0 {
		return nil
	}
	return emitJSON(emit, KindOnPrem, refs)
}
