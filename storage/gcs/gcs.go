// Package gcs is the storage backend for Google Cloud Storage, built on
// cloud.google.com/go/storage and registered for gs://bucket/prefix URLs:
//
//	import _ "github.com/deid-project/deid/storage/gcs"
//	b, err := storage.Open(ctx, "gs://research-exports/run1", nil)
//
// Endpoint: Options.Endpoint, else $STORAGE_EMULATOR_HOST (an emulator such
// as fake-gcs-server: no credentials, plain http unless it names https),
// else Google with Application Default Credentials. Options.Anonymous sends
// no credentials. Plain http is refused unless Options.AllowInsecure is set,
// which only tests against a loopback emulator should do.
//
// Integrity: the library's resumable writer sends a CRC32C of the whole
// object, which the service checks, and reads are CRC32C-checked too. The
// SHA-256 is stored as the custom metadata "sha256" of the upload itself, so
// an object never exists without its digest. That needs the digest before
// the first byte: the portable layer hashes a seekable body in place, or
// spools another body to a private temp file (as for s3). The alternative,
// streaming first and patching the metadata afterwards, leaves a window
// without a digest and is only safe with generation preconditions on the
// patch, which fake-gcs-server ignores, so the conformance suite could not
// vouch for it. Get reads the generation it stat'ed, so the portable layer
// checks the content against the stored SHA-256.
package gcs

import (
	"context"
	"io"
	"maps"
	"net/http"
	"os"
	"strings"

	gcs "cloud.google.com/go/storage"
	"github.com/cockroachdb/errors"
	"google.golang.org/api/googleapi"
	"google.golang.org/api/iterator"
	"google.golang.org/api/option"
	htransport "google.golang.org/api/transport/http"

	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/storage/driver"
)

// Scheme is the URL scheme this package registers.
const Scheme = "gs"

func init() {
	storage.Register(Scheme, storage.BucketURL(Open))
}

// Open opens bucketName, scoping keys under prefix ("" for none).
func Open(ctx context.Context, bucketName, prefix string, opts *storage.Options) (storage.Bucket, error) {
	if bucketName == "" {
		return nil, storage.InvalidArgumentf("gcs: URL has no bucket: want gs://bucket/prefix")
	}
	if opts == nil {
		opts = &storage.Options{}
	}
	c, err := NewClient(ctx, opts)
	if err != nil {
		return nil, err
	}
	if opts.PartSize < 0 {
		return nil, storage.InvalidArgumentf("gcs: negative PartSize")
	}
	b := storage.NewBucket(&bucket{c: c, b: c.Bucket(bucketName), chunk: int(opts.PartSize), kms: opts.KMSKey}, opts)
	if prefix == "" {
		return b, nil
	}
	return storage.Prefixed(b, prefix)
}

// NewClient returns the client Open would use, after the same fail-closed
// checks, for operations outside the portable API.
func NewClient(ctx context.Context, opts *storage.Options) (*gcs.Client, error) {
	if opts == nil {
		opts = &storage.Options{}
	}
	ep := storage.Endpoint{Host: "storage.googleapis.com", Secure: true}
	custom, anonymous := false, opts.Anonymous
	switch emu := os.Getenv("STORAGE_EMULATOR_HOST"); {
	case opts.Endpoint != "":
		e, err := storage.ParseEndpoint(opts.Endpoint, false)
		if err != nil {
			return nil, err
		}
		ep, custom = e, true
	case emu != "":
		e, err := storage.ParseEndpoint(emu, true)
		if err != nil {
			return nil, errors.Wrap(err, "gcs: STORAGE_EMULATOR_HOST")
		}
		ep, custom, anonymous = e, true, true
	}
	if err := storage.CheckTransport(Scheme, ep, opts); err != nil {
		return nil, err
	}
	if err := checkKeys(opts); err != nil {
		return nil, err
	}
	base, err := storage.HTTPTransport(nil, opts)
	if err != nil {
		return nil, err
	}
	// Reads use the JSON API like every other call, so that all of them go
	// to the one endpoint: the XML API's reads go to a read host of their
	// own, which a private endpoint or a proxy in front of GCS (and
	// fake-gcs-server behind any other host name) does not serve.
	copts := []option.ClientOption{gcs.WithJSONReads()}
	if custom {
		copts = append(copts, option.WithEndpoint(ep.URL()+"/storage/v1/"))
	}
	if anonymous {
		copts = append(copts, option.WithoutAuthentication())
	}
	// Every connection goes through our transport: TLS 1.3 minimum,
	// the CA bundle, the pins, the allow-list and the private-address
	// check when dialling.
	var rt http.RoundTripper = base
	if !anonymous {
		// Keep Google credentials on top of the custom transport.
		rt, err = htransport.NewTransport(ctx, base, option.WithScopes(gcs.ScopeFullControl))
		if err != nil {
			return nil, errors.Wrap(err, "gcs: credentials")
		}
	}
	copts = append(copts, option.WithHTTPClient(&http.Client{Transport: rt}))
	c, err := gcs.NewClient(ctx, copts...)
	if err != nil {
		return nil, errors.Wrap(err, "gcs: client")
	}
	return c, nil
}

// checkKeys refuses key settings gs cannot honour, and a run without the
// hospital's key when the policy requires one.
func checkKeys(opts *storage.Options) error {
	switch {
	case len(opts.SSECustomerKey) > 0:
		return storage.InvalidArgumentf("gcs: SSE-C keys are for s3; use a Cloud KMS key (CMEK) for gs")
	case opts.RequireCMEK && opts.KMSKey == "":
		return errors.Mark(errors.New(
			"gcs: the policy requires the hospital's key (export.destination.require_cmek): set a Cloud KMS key name (--output-kms-key projects/P/locations/L/keyRings/R/cryptoKeys/K)"), storage.ErrInsecure)
	case opts.KMSKey != "" && !strings.HasPrefix(opts.KMSKey, "projects/"):
		return storage.InvalidArgumentf("gcs: KMS key %q: want projects/P/locations/L/keyRings/R/cryptoKeys/K", errors.Safe(opts.KMSKey))
	}
	return nil
}

type bucket struct {
	c     *gcs.Client
	b     *gcs.BucketHandle
	chunk int
	kms   string // Cloud KMS key name for every write; empty: the bucket's default
}

// DigestFirst: the SHA-256 travels as metadata of the upload itself, so
// the object never exists without it (see the package comment).
func (b *bucket) DigestFirst() bool { return true }

func (b *bucket) Put(ctx context.Context, key string, body io.Reader, req *driver.PutRequest) (*driver.Attrs, error) {
	if req.SHA256 == "" || req.Size < 0 {
		return nil, errors.AssertionFailedf("gcs: put without digest")
	}
	// Writing the same bytes twice leaves the same object, so the upload is
	// safe to retry on a transient failure (the library retries only
	// uploads with preconditions by default). The writer buffers a chunk,
	// which is what it resends.
	obj := b.b.Object(key).Retryer(gcs.WithPolicy(gcs.RetryAlways))
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w := obj.NewWriter(wctx)
	w.ContentType = req.ContentType
	w.Metadata = maps.Clone(req.Metadata)
	w.Metadata[driver.SHA256Key] = req.SHA256
	w.KMSKeyName = b.kms
	switch {
	case b.chunk > 0:
		w.ChunkSize = b.chunk
	case req.Size < googleapi.DefaultUploadChunkSize:
		// One request with a buffer just big enough to retry it, instead of
		// a 16 MiB buffer per small concurrent upload.
		w.ChunkSize = int(req.Size) + 1
	}
	if _, err := io.Copy(w, body); err != nil {
		// the writer's own error says why the upload stopped ("closed
		// pipe" only says that it did)
		if cerr := w.Close(); cerr != nil {
			err = cerr
		}
		cancel() // abandons the upload; nothing is committed
		return nil, errors.Wrap(err, "gcs: upload")
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	a := w.Attrs()
	if b.kms != "" && !sameKey(a.KMSKeyName, b.kms) {
		// The service did not encrypt with the hospital's key (an
		// emulator or a proxy that drops it): the object must not stay.
		_ = b.b.Object(key).Generation(a.Generation).Delete(context.WithoutCancel(ctx))
		return nil, errors.Mark(errors.Newf(
			"gcs: the service did not encrypt the object with the KMS key %s (it reports %q); object deleted",
			errors.Safe(b.kms), errors.Safe(a.KMSKeyName)), storage.ErrInsecure)
	}
	return attrsOf(key, a), nil
}

// sameKey: GCS reports the key version used
// (.../cryptoKeys/K/cryptoKeyVersions/N) for the key name written.
func sameKey(reported, want string) bool {
	return reported == want || strings.HasPrefix(reported, want+"/cryptoKeyVersions/")
}

func attrsOf(key string, a *gcs.ObjectAttrs) *driver.Attrs {
	md := maps.Clone(a.Metadata)
	if md == nil {
		md = map[string]string{}
	}
	sum := md[driver.SHA256Key]
	delete(md, driver.SHA256Key)
	ct := a.ContentType
	if ct == "" {
		ct = "application/octet-stream"
	}
	return &driver.Attrs{
		Key: key, Size: a.Size, SHA256: sum, ContentType: ct,
		Metadata: md, ModTime: a.Updated, ETag: a.Etag,
	}
}

func (b *bucket) Get(ctx context.Context, key string) (io.ReadCloser, *driver.Attrs, error) {
	a, err := b.b.Object(key).Attrs(ctx)
	if err != nil {
		return nil, nil, err
	}
	// Read exactly the generation whose digest we hold.
	r, err := b.b.Object(key).Generation(a.Generation).NewReader(ctx)
	if err != nil {
		return nil, nil, err
	}
	return r, attrsOf(key, a), nil
}

func (b *bucket) Stat(ctx context.Context, key string) (*driver.Attrs, error) {
	a, err := b.b.Object(key).Attrs(ctx)
	if err != nil {
		return nil, err
	}
	return attrsOf(key, a), nil
}

func (b *bucket) List(ctx context.Context, prefix string, fn func(driver.Attrs) error) error {
	q := &gcs.Query{Prefix: prefix}
	if err := q.SetAttrSelection([]string{"Name", "Size", "Updated"}); err != nil {
		return err
	}
	it := b.b.Objects(ctx, q)
	for {
		a, err := it.Next()
		if errors.Is(err, iterator.Done) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(driver.Attrs{Key: a.Name, Size: a.Size, ModTime: a.Updated}); err != nil {
			return err
		}
	}
}

func (b *bucket) Delete(ctx context.Context, key string) error {
	err := b.b.Object(key).Delete(ctx)
	if errors.Is(err, gcs.ErrObjectNotExist) {
		return nil
	}
	return err
}

func (b *bucket) Close() error { return b.c.Close() }

func (b *bucket) ErrorKind(err error) driver.Kind {
	if errors.Is(err, gcs.ErrObjectNotExist) || errors.Is(err, gcs.ErrBucketNotExist) {
		return driver.NotFound
	}
	var ge *googleapi.Error
	if errors.As(err, &ge) {
		switch ge.Code {
		case http.StatusNotFound:
			return driver.NotFound
		case http.StatusUnauthorized, http.StatusForbidden:
			return driver.PermissionDenied
		case http.StatusBadRequest:
			return driver.InvalidArgument
		case http.StatusConflict:
			return driver.AlreadyExists
		}
	}
	return driver.Unknown
}
