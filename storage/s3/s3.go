// Package s3 is the storage backend for Amazon S3 and S3-compatible servers
// (MinIO, versitygw, Ceph RGW), built on minio-go and registered for
// s3://bucket/prefix URLs:
//
//	import _ "github.com/deid-project/deid/storage/s3"
//	b, err := storage.Open(ctx, "s3://research-exports/run1", &storage.Options{
//		Endpoint: "https://s3.example.org:9000", CAFile: "/etc/deid/ca.pem",
//	})
//
// Addressing is path-style (host/bucket/key) unless Options.VirtualHostStyle
// is set, since MinIO-like servers behind a plain host name need it.
// Credentials come from Options or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY
// (/ AWS_SESSION_TOKEN); a bucket without credentials is refused unless
// Options.Anonymous is set. Plain http is refused unless
// Options.AllowInsecure is set.
//
// Integrity: S3 takes user metadata with the first request, so the portable
// layer hands this backend the SHA-256 and size before the upload (hashing a
// seekable body in place, or spooling any other body to a private temp
// file). The digest is stored as the user metadata "sha256"
// (x-amz-meta-sha256). An object up to the part size (16 MiB by default) is
// one PUT carrying x-amz-checksum-sha256, which the server checks against
// the received bytes; a larger one is a multipart upload in which every part
// carries its own SHA-256 checksum that the server checks.
package s3

import (
	"context"
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"net/http"
	"os"
	"strings"

	"github.com/cockroachdb/errors"
	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/minio/minio-go/v7/pkg/encrypt"

	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/storage/driver"
)

// Scheme is the URL scheme this package registers.
const Scheme = "s3"

// DefaultPartSize is the multipart part size when Options.PartSize is zero.
const DefaultPartSize = 16 << 20

func init() {
	storage.Register(Scheme, storage.BucketURL(Open))
}

// Open opens bucketName, scoping keys under prefix ("" for none).
func Open(ctx context.Context, bucketName, prefix string, opts *storage.Options) (storage.Bucket, error) {
	if bucketName == "" {
		return nil, storage.InvalidArgumentf("s3: URL has no bucket: want s3://bucket/prefix")
	}
	if opts == nil {
		opts = &storage.Options{}
	}
	c, tr, err := newClient(opts)
	if err != nil {
		return nil, err
	}
	sse, err := serverSide(opts)
	if err != nil {
		return nil, err
	}
	part := opts.PartSize
	if part == 0 {
		part = DefaultPartSize
	}
	if part < 5<<20 {
		return nil, storage.InvalidArgumentf("s3: PartSize %d below the S3 minimum of 5 MiB", part)
	}
	b := storage.NewBucket(&bucket{c: c, tr: tr, name: bucketName, partSize: part, sse: sse,
		kms: opts.KMSKey, ssecMD5: keyMD5(opts.SSECustomerKey)}, opts)
	if prefix == "" {
		return b, nil
	}
	return storage.Prefixed(b, prefix)
}

// NewClient returns the minio-go client Open would use, after the same
// fail-closed checks, for operations outside the portable API.
func NewClient(opts *storage.Options) (*minio.Client, error) {
	c, _, err := newClient(opts)
	return c, err
}

func newClient(opts *storage.Options) (*minio.Client, *http.Transport, error) {
	if opts == nil {
		opts = &storage.Options{}
	}
	ep, err := endpoint(opts)
	if err != nil {
		return nil, nil, err
	}
	if err := storage.CheckTransport(Scheme, ep, opts); err != nil {
		return nil, nil, err
	}
	base, err := minio.DefaultTransport(ep.Secure)
	if err != nil {
		return nil, nil, errors.Wrap(err, "s3: transport")
	}
	tr, err := storage.HTTPTransport(base, opts)
	if err != nil {
		return nil, nil, err
	}
	ak, sk, tok, err := staticCreds(opts)
	if err != nil {
		return nil, nil, err
	}
	creds := credentials.NewStaticV4(ak, sk, tok)
	lookup := minio.BucketLookupPath
	if opts.VirtualHostStyle {
		lookup = minio.BucketLookupDNS
	}
	c, err := minio.New(ep.Host, &minio.Options{
		Creds:           creds,
		Secure:          ep.Secure,
		Region:          region(opts),
		BucketLookup:    lookup,
		Transport:       tr,
		TrailingHeaders: true, // needed for S3 checksums
	})
	if err != nil {
		return nil, nil, errors.Mark(errors.Wrap(err, "s3: client"), storage.ErrInvalidArgument)
	}
	return c, tr, nil
}

// serverSide is the encryption every write (and, for SSE-C, every read)
// carries: SSE-KMS with Options.KMSKey, SSE-C with Options.SSECustomerKey,
// or nil (the bucket's default encryption). Options.RequireCMEK refuses
// neither.
func serverSide(opts *storage.Options) (encrypt.ServerSide, error) {
	switch {
	case opts.KMSKey != "" && len(opts.SSECustomerKey) > 0:
		return nil, storage.InvalidArgumentf("s3: give a KMS key (SSE-KMS) or a customer key (SSE-C), not both")
	case opts.KMSKey != "":
		sse, err := encrypt.NewSSEKMS(opts.KMSKey, nil)
		if err != nil {
			return nil, errors.Mark(errors.Wrap(err, "s3: KMS key"), storage.ErrInvalidArgument)
		}
		return sse, nil
	case len(opts.SSECustomerKey) > 0:
		sse, err := encrypt.NewSSEC(opts.SSECustomerKey)
		if err != nil {
			return nil, storage.InvalidArgumentf("s3: SSE-C key: want 32 bytes, not %d", len(opts.SSECustomerKey))
		}
		return sse, nil
	case opts.RequireCMEK:
		return nil, errors.Mark(errors.New(
			"s3: the policy requires the hospital's key (export.destination.require_cmek): set a KMS key id (--output-kms-key) or an SSE-C key"), storage.ErrInsecure)
	}
	return nil, nil
}

// staticCreds are the credentials of opts or the environment (empty for
// Options.Anonymous).
func staticCreds(opts *storage.Options) (ak, sk, tok string, err error) {
	if opts.Anonymous {
		return "", "", "", nil
	}
	ak = firstNonEmpty(opts.AccessKey, os.Getenv("AWS_ACCESS_KEY_ID"))
	sk = firstNonEmpty(opts.SecretKey, os.Getenv("AWS_SECRET_ACCESS_KEY"))
	tok = firstNonEmpty(opts.SessionToken, os.Getenv("AWS_SESSION_TOKEN"))
	if ak == "" || sk == "" {
		return "", "", "", storage.InvalidArgumentf(
			"s3: no credentials: set Options.AccessKey/SecretKey or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (or Options.Anonymous)")
	}
	return ak, sk, tok, nil
}

func region(opts *storage.Options) string {
	return firstNonEmpty(opts.Region, os.Getenv("AWS_REGION"), os.Getenv("AWS_DEFAULT_REGION"), "us-east-1")
}

// endpoint is the S3 endpoint of opts or the environment.
func endpoint(opts *storage.Options) (storage.Endpoint, error) {
	raw := firstNonEmpty(opts.Endpoint, os.Getenv("AWS_ENDPOINT_URL_S3"), os.Getenv("AWS_ENDPOINT_URL"), "https://s3.amazonaws.com")
	return storage.ParseEndpoint(raw, false)
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

type bucket struct {
	c        *minio.Client
	tr       *http.Transport
	name     string
	partSize int64
	sse      encrypt.ServerSide // nil: the bucket's default
	// kms (SSE-KMS) and ssecMD5 (SSE-C: base64 MD5 of the key) are what
	// a written object must report (checkEncrypted).
	kms, ssecMD5 string
}

// keyMD5 is the base64 MD5 of an SSE-C key, as S3 reports it ("" for none).
func keyMD5(key []byte) string {
	if len(key) == 0 {
		return ""
	}
	sum := md5.Sum(key)
	return base64.StdEncoding.EncodeToString(sum[:])
}

// checkEncrypted reads a written object's encryption back (HEAD): with a
// KMS key the object must report SSE-KMS under that key, with an SSE-C key
// SSE-C under that key. A service that accepted the write but ignored the
// encryption headers (an emulator, a gateway, a proxy that drops them)
// fails the write: the object is deleted and the error is ErrInsecure.
func (b *bucket) checkEncrypted(ctx context.Context, key, versionID string) error {
	if b.kms == "" && b.ssecMD5 == "" {
		return nil
	}
	oi, err := b.c.StatObject(ctx, b.name, key, minio.StatObjectOptions{ServerSideEncryption: b.readSSE(), VersionID: versionID})
	if err != nil {
		return errors.Wrap(err, "s3: read back the written object's encryption")
	}
	h := oi.Metadata
	var problem string
	switch {
	case b.kms != "":
		alg, got := h.Get("X-Amz-Server-Side-Encryption"), h.Get("X-Amz-Server-Side-Encryption-Aws-Kms-Key-Id")
		if !strings.HasPrefix(alg, "aws:kms") || !sameKMSKey(got, b.kms) {
			problem = fmt.Sprintf("the object is not encrypted with the KMS key %s (the service reports %q, key %q)", b.kms, alg, got)
		}
	default:
		alg, got := h.Get("X-Amz-Server-Side-Encryption-Customer-Algorithm"), h.Get("X-Amz-Server-Side-Encryption-Customer-Key-Md5")
		if alg != "AES256" || got != b.ssecMD5 {
			problem = fmt.Sprintf("the object is not encrypted with the SSE-C key (the service reports algorithm %q)", alg)
		}
	}
	if problem == "" {
		return nil
	}
	_ = b.c.RemoveObject(context.WithoutCancel(ctx), b.name, key, minio.RemoveObjectOptions{VersionID: versionID})
	return errors.Mark(errors.Newf("s3: %s; object deleted", errors.Safe(problem)), storage.ErrInsecure)
}

// sameKMSKey: S3 reports the key's ARN for a key id, an ARN or an alias
// written. A key id or ARN must match it; an alias (alias/NAME) cannot be
// compared with the ARN it names, so any reported key passes.
func sameKMSKey(reported, want string) bool {
	switch {
	case reported == "":
		return false
	case reported == want:
		return true
	case strings.HasPrefix(want, "alias/") || strings.Contains(want, ":alias/"):
		return true
	}
	return strings.HasSuffix(reported, ":key/"+want)
}

// readSSE is the encryption a read must present: only SSE-C keys travel
// with reads.
func (b *bucket) readSSE() encrypt.ServerSide {
	if b.sse != nil && b.sse.Type() == encrypt.SSEC {
		return b.sse
	}
	return nil
}

func (b *bucket) DigestFirst() bool { return true }

func (b *bucket) Put(ctx context.Context, key string, body io.Reader, req *driver.PutRequest) (*driver.Attrs, error) {
	raw, err := hex.DecodeString(req.SHA256)
	if err != nil || req.Size < 0 {
		return nil, errors.AssertionFailedf("s3: put without digest")
	}
	md := maps.Clone(req.Metadata)
	md[driver.SHA256Key] = req.SHA256
	po := minio.PutObjectOptions{
		ContentType:  req.ContentType,
		UserMetadata: md,
		PartSize:     uint64(b.partSize),

		ServerSideEncryption: b.sse,
	}
	if req.Size <= b.partSize {
		// One PUT: the server checks the whole object against our digest.
		po.UserMetadata["x-amz-checksum-sha256"] = base64.StdEncoding.EncodeToString(raw)
	} else {
		// Multipart: each part carries a SHA-256 the server checks.
		po.Checksum = minio.ChecksumSHA256
	}
	info, err := b.c.PutObject(ctx, b.name, key, body, req.Size, po)
	if err != nil {
		return nil, err
	}
	if err := b.checkEncrypted(ctx, key, info.VersionID); err != nil {
		return nil, err
	}
	return &driver.Attrs{
		Key: key, Size: info.Size, SHA256: req.SHA256, ContentType: req.ContentType,
		Metadata: req.Metadata, ModTime: info.LastModified, ETag: info.ETag,
	}, nil
}

func attrsOf(key string, oi minio.ObjectInfo) *driver.Attrs {
	md := make(map[string]string, len(oi.UserMetadata))
	for k, v := range oi.UserMetadata {
		md[strings.ToLower(k)] = v
	}
	sum := md[driver.SHA256Key]
	delete(md, driver.SHA256Key)
	return &driver.Attrs{
		Key: key, Size: oi.Size, SHA256: sum, ContentType: oi.ContentType,
		Metadata: md, ModTime: oi.LastModified, ETag: oi.ETag,
	}
}

func (b *bucket) Get(ctx context.Context, key string) (io.ReadCloser, *driver.Attrs, error) {
	obj, err := b.c.GetObject(ctx, b.name, key, minio.GetObjectOptions{ServerSideEncryption: b.readSSE()})
	if err != nil {
		return nil, nil, err
	}
	// GetObject is lazy; Stat sends the GET so a missing key fails here.
	oi, err := obj.Stat()
	if err != nil {
		obj.Close()
		return nil, nil, err
	}
	return obj, attrsOf(key, oi), nil
}

func (b *bucket) Stat(ctx context.Context, key string) (*driver.Attrs, error) {
	oi, err := b.c.StatObject(ctx, b.name, key, minio.StatObjectOptions{ServerSideEncryption: b.readSSE()})
	if err != nil {
		return nil, err
	}
	return attrsOf(key, oi), nil
}

func (b *bucket) List(ctx context.Context, prefix string, fn func(driver.Attrs) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops minio's lister if fn fails
	for oi := range b.c.ListObjects(ctx, b.name, minio.ListObjectsOptions{Prefix: prefix, Recursive: true}) {
		if oi.Err != nil {
			return oi.Err
		}
		if strings.HasSuffix(oi.Key, "/") {
			continue // a "directory" placeholder, not an object
		}
		if err := fn(driver.Attrs{Key: oi.Key, Size: oi.Size, ModTime: oi.LastModified, ETag: oi.ETag}); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func (b *bucket) Delete(ctx context.Context, key string) error {
	return b.c.RemoveObject(ctx, b.name, key, minio.RemoveObjectOptions{})
}

func (b *bucket) Close() error {
	b.tr.CloseIdleConnections()
	return nil
}

func (b *bucket) ErrorKind(err error) driver.Kind {
	var er minio.ErrorResponse
	if !errors.As(err, &er) {
		return driver.Unknown
	}
	switch er.Code {
	case "NoSuchKey", "NoSuchBucket", "NotFound", "NoSuchUpload":
		return driver.NotFound
	case "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "AllAccessDisabled", "ExpiredToken":
		return driver.PermissionDenied
	case "BadDigest", "InvalidDigest", "XAmzContentSHA256Mismatch", "XAmzContentChecksumMismatch",
		"InvalidChecksum", "BadChecksum", "IncompleteBody":
		return driver.Integrity
	case "InvalidArgument", "InvalidBucketName", "KeyTooLongError", "InvalidRequest":
		return driver.InvalidArgument
	case "BucketAlreadyExists", "BucketAlreadyOwnedByYou":
		return driver.AlreadyExists
	}
	switch er.StatusCode {
	case http.StatusNotFound:
		return driver.NotFound
	case http.StatusForbidden, http.StatusUnauthorized:
		return driver.PermissionDenied
	}
	return driver.Unknown
}
