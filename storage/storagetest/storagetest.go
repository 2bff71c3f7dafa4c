// Package storagetest is the conformance suite every storage backend must
// pass against its real server or emulator (as gocloud.dev's drivertest):
//
//	func TestConformance(t *testing.T) {
//		storagetest.RunConformanceTests(t, func(t *testing.T) storage.Bucket { … })
//	}
//
// The factory returns a fresh, empty bucket (or an empty scope of one) for
// each subtest; the suite closes it when the subtest ends.
package storagetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/storage"
)

// LargeSize is the size of the large-object case: above the 16 MiB default
// part size of S3 multipart uploads and GCS resumable chunks, so both
// backends take their multi-request path.
const LargeSize = 20<<20 + 12345

// RunConformanceTests runs the suite. newBucket must return an empty bucket.
func RunConformanceTests(t *testing.T, newBucket func(t *testing.T) storage.Bucket) {
	t.Helper()
	open := func(t *testing.T) storage.Bucket {
		t.Helper()
		b := newBucket(t)
		t.Cleanup(func() { _ = b.Close() })
		return b
	}
	cases := []struct {
		name string
		fn   func(t *testing.T, b storage.Bucket)
	}{
		{"PutGetRoundTrip", testRoundTrip},
		{"EmptyObject", testEmpty},
		{"LargeObjectStreamed", testLargeStreamed},
		{"LargeObjectSeekable", testLargeSeekable},
		{"MetadataRoundTrip", testMetadata},
		{"DigestReturnedAndVerified", testDigest},
		{"Missing", testMissing},
		{"ListPrefixSorted", testList},
		{"OverwriteReplaces", testOverwrite},
		{"Delete", testDelete},
		{"PrefixScoping", testScoping},
		{"ConcurrentPuts", testConcurrent},
		{"InvalidKeysRejected", testInvalidKeys},
		{"InvalidMetadataRejected", testInvalidMetadata},
		{"CanceledContext", testCanceled},
		{"PartialReadClose", testPartialRead},
		{"Closed", testClosed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.fn(t, open(t)) })
	}
}

// RunURLConformance runs the suite on buckets opened through
// scheme://bucket/runs/N URLs with opts: every subtest gets its own bucket
// from newBucket and a prefix, so URL scoping is exercised too.
func RunURLConformance(t *testing.T, scheme string, newBucket func(t *testing.T) string, opts *storage.Options) {
	var n atomic.Int64
	RunConformanceTests(t, func(t *testing.T) storage.Bucket {
		b, err := storage.Open(t.Context(), fmt.Sprintf("%s://%s/runs/%d", scheme, newBucket(t), n.Add(1)), opts)
		if err != nil {
			t.Fatalf("Open: %+v", err)
		}
		return b
	})
}

// Payload returns n deterministic pseudo-random bytes for seed.
func Payload(seed uint64, n int) []byte {
	r := rand.New(rand.NewChaCha8([32]byte{byte(seed), byte(seed >> 8), byte(seed >> 16)}))
	b := make([]byte, n)
	for i := 0; i < n; i += 8 {
		v := r.Uint64()
		for j := 0; j < 8 && i+j < n; j++ {
			b[i+j] = byte(v >> (8 * j))
		}
	}
	return b
}

// SHA256 returns the hex SHA-256 of p.
func SHA256(p []byte) string {
	s := sha256.Sum256(p)
	return hex.EncodeToString(s[:])
}

// onlyReader hides Seek, ReadAt and WriteTo: a body like a pipe.
type onlyReader struct{ io.Reader }

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	t.Cleanup(cancel)
	return c
}

func put(t *testing.T, b storage.Bucket, key string, data []byte, opts *storage.PutOptions) *storage.ObjectInfo {
	t.Helper()
	info, err := b.Put(ctx(t), key, onlyReader{bytes.NewReader(data)}, opts)
	if err != nil {
		t.Fatalf("Put(%q): %+v", key, err)
	}
	if info.Key != key || info.Size != int64(len(data)) || info.SHA256 != SHA256(data) {
		t.Fatalf("Put(%q) = key %q size %d sha %s; want %q %d %s", key, info.Key, info.Size, info.SHA256, key, len(data), SHA256(data))
	}
	return info
}

func get(t *testing.T, b storage.Bucket, key string) []byte {
	t.Helper()
	rc, err := b.Get(ctx(t), key)
	if err != nil {
		t.Fatalf("Get(%q): %+v", key, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(rc)
	if err != nil {
		t.Fatalf("Get(%q) read: %+v", key, err)
	}
	if err := rc.Close(); err != nil {
		t.Fatalf("Get(%q) close: %+v", key, err)
	}
	return data
}

func wantKind(t *testing.T, what string, err, kind error) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("%s: err = %v; want %v", what, err, kind)
	}
}

func testRoundTrip(t *testing.T, b storage.Bucket) {
	data := []byte("de-identified research record\n")
	put(t, b, "dir/sub/obj.jsonl", data, &storage.PutOptions{ContentType: "application/x-ndjson"})
	if got := get(t, b, "dir/sub/obj.jsonl"); !bytes.Equal(got, data) {
		t.Fatalf("Get = %d bytes, want %d", len(got), len(data))
	}
	info, err := b.Stat(ctx(t), "dir/sub/obj.jsonl")
	if err != nil {
		t.Fatalf("Stat: %+v", err)
	}
	if info.ContentType != "application/x-ndjson" {
		t.Errorf("ContentType = %q", info.ContentType)
	}
	if info.Size != int64(len(data)) || info.SHA256 != SHA256(data) {
		t.Errorf("Stat = size %d sha %s; want %d %s", info.Size, info.SHA256, len(data), SHA256(data))
	}
	if info.ModTime.IsZero() || time.Since(info.ModTime) > time.Hour || time.Until(info.ModTime) > time.Hour {
		t.Errorf("ModTime = %v, want about now", info.ModTime)
	}
	// A key with spaces, unicode and punctuation survives the round trip.
	odd := "we ird/ключ+%20&=?#[x].txt"
	put(t, b, odd, data, nil)
	if got := get(t, b, odd); !bytes.Equal(got, data) {
		t.Fatalf("Get(%q) mismatch", odd)
	}
}

func testEmpty(t *testing.T, b storage.Bucket) {
	info := put(t, b, "empty", nil, nil)
	if info.SHA256 != SHA256(nil) {
		t.Fatalf("empty sha = %s", info.SHA256)
	}
	if got := get(t, b, "empty"); len(got) != 0 {
		t.Fatalf("Get(empty) = %d bytes", len(got))
	}
	st, err := b.Stat(ctx(t), "empty")
	if err != nil || st.Size != 0 || st.SHA256 != SHA256(nil) {
		t.Fatalf("Stat(empty) = %+v, %v", st, err)
	}
	if st.ContentType != "application/octet-stream" {
		t.Errorf("default ContentType = %q", st.ContentType)
	}
	if err := storage.Verify(ctx(t), b, "empty", SHA256(nil), 0); err != nil {
		t.Fatalf("Verify(empty): %+v", err)
	}
}

func testLargeStreamed(t *testing.T, b storage.Bucket) {
	data := Payload(1, LargeSize)
	put(t, b, "large/streamed.bin", data, nil)
	if got := get(t, b, "large/streamed.bin"); !bytes.Equal(got, data) {
		t.Fatalf("large streamed object differs (got %d bytes)", len(got))
	}
	if err := storage.Verify(ctx(t), b, "large/streamed.bin", SHA256(data), int64(len(data))); err != nil {
		t.Fatalf("Verify: %+v", err)
	}
}

func testLargeSeekable(t *testing.T, b storage.Bucket) {
	data := Payload(2, LargeSize)
	// A seekable body positioned after a header: only the rest is stored.
	r := bytes.NewReader(append([]byte("HEADER"), data...))
	if _, err := r.Seek(6, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	info, err := b.Put(ctx(t), "large/seekable.bin", r, nil)
	if err != nil {
		t.Fatalf("Put: %+v", err)
	}
	if info.Size != int64(len(data)) || info.SHA256 != SHA256(data) {
		t.Fatalf("Put = size %d sha %s", info.Size, info.SHA256)
	}
	if got := get(t, b, "large/seekable.bin"); !bytes.Equal(got, data) {
		t.Fatalf("large seekable object differs (got %d bytes)", len(got))
	}
}

func testMetadata(t *testing.T, b storage.Bucket) {
	md := map[string]string{"run-id": "2024-06-01T00:00:00Z", "policy": "safe-harbor v2", "empty": ""}
	put(t, b, "meta", []byte("x"), &storage.PutOptions{ContentType: "text/plain", Metadata: md})
	info, err := b.Stat(ctx(t), "meta")
	if err != nil {
		t.Fatalf("Stat: %+v", err)
	}
	// Empty values may be dropped by a backend; all others must survive.
	got := info.Metadata
	for k, v := range md {
		if g, ok := got[k]; (v != "" || ok) && g != v {
			t.Errorf("Metadata[%q] = %q, want %q", k, g, v)
		}
	}
	for k := range got {
		if _, ok := md[k]; !ok {
			t.Errorf("unexpected metadata key %q (the stored digest must not leak into Metadata)", k)
		}
	}
	if info.SHA256 != SHA256([]byte("x")) {
		t.Errorf("SHA256 = %s", info.SHA256)
	}
}

func testDigest(t *testing.T, b storage.Bucket) {
	data := Payload(3, 100_000)
	info := put(t, b, "digest", data, nil)
	if err := storage.Verify(ctx(t), b, "digest", info.SHA256, info.Size); err != nil {
		t.Fatalf("Verify: %+v", err)
	}
	if err := storage.Verify(ctx(t), b, "digest", strings.ToUpper(info.SHA256), -1); err != nil {
		t.Fatalf("Verify(upper-case, any size): %+v", err)
	}
	wantKind(t, "Verify(wrong sha)", storage.Verify(ctx(t), b, "digest", SHA256([]byte("other")), info.Size), storage.ErrIntegrity)
	wantKind(t, "Verify(wrong size)", storage.Verify(ctx(t), b, "digest", info.SHA256, info.Size+1), storage.ErrIntegrity)
	wantKind(t, "Verify(missing)", storage.Verify(ctx(t), b, "nope", info.SHA256, info.Size), storage.ErrNotFound)
	wantKind(t, "Verify(bad want)", storage.Verify(ctx(t), b, "digest", "abc", 1), storage.ErrInvalidArgument)
}

func testMissing(t *testing.T, b storage.Bucket) {
	_, err := b.Stat(ctx(t), "missing/key")
	wantKind(t, "Stat(missing)", err, storage.ErrNotFound)
	if err != nil && !strings.Contains(err.Error(), "missing/key") {
		t.Errorf("Stat error %q does not name the key", err)
	}
	rc, err := b.Get(ctx(t), "missing/key")
	if err == nil {
		// A lazy backend may report on first read; it must still be NotFound.
		_, err = io.ReadAll(rc)
		rc.Close()
	}
	wantKind(t, "Get(missing)", err, storage.ErrNotFound)
	if err := b.Delete(ctx(t), "missing/key"); err != nil {
		t.Errorf("Delete(missing) = %+v, want nil", err)
	}
}

func keysOf(infos []storage.ObjectInfo) []string {
	out := make([]string, len(infos))
	for i, in := range infos {
		out[i] = in.Key
	}
	return out
}

func testList(t *testing.T, b storage.Bucket) {
	keys := []string{"c", "a/2", "b/x/1", "a-b", "a/10", "a/1", "ab"}
	for i, k := range keys {
		put(t, b, k, bytes.Repeat([]byte{'z'}, i), nil)
	}
	for _, tc := range []struct {
		prefix string
		want   []string
	}{
		{"", []string{"a-b", "a/1", "a/10", "a/2", "ab", "b/x/1", "c"}},
		{"a/", []string{"a/1", "a/10", "a/2"}},
		{"a", []string{"a-b", "a/1", "a/10", "a/2", "ab"}},
		{"a/1", []string{"a/1", "a/10"}},
		{"b/", []string{"b/x/1"}},
		{"zz", nil},
	} {
		infos, err := b.List(ctx(t), tc.prefix)
		if err != nil {
			t.Fatalf("List(%q): %+v", tc.prefix, err)
		}
		if got := keysOf(infos); !slices.Equal(got, tc.want) {
			t.Errorf("List(%q) = %q, want %q", tc.prefix, got, tc.want)
		}
	}
	infos, _ := b.List(ctx(t), "a-b")
	if len(infos) != 1 || infos[0].Size != 3 || infos[0].ModTime.IsZero() {
		t.Errorf("List(a-b) = %+v, want size 3 and a mod time", infos)
	}
	_, err := b.List(ctx(t), "/abs")
	wantKind(t, "List(/abs)", err, storage.ErrInvalidArgument)
}

func testOverwrite(t *testing.T, b storage.Bucket) {
	put(t, b, "k", []byte("first version"), &storage.PutOptions{Metadata: map[string]string{"v": "1", "old": "x"}})
	second := []byte("second")
	put(t, b, "k", second, &storage.PutOptions{Metadata: map[string]string{"v": "2"}})
	if got := get(t, b, "k"); !bytes.Equal(got, second) {
		t.Fatalf("after overwrite Get = %q", got)
	}
	info, err := b.Stat(ctx(t), "k")
	if err != nil {
		t.Fatal(err)
	}
	if info.Size != int64(len(second)) || info.SHA256 != SHA256(second) || info.Metadata["v"] != "2" {
		t.Fatalf("after overwrite Stat = %+v", info)
	}
	if _, ok := info.Metadata["old"]; ok {
		t.Fatalf("old metadata survived overwrite: %v", info.Metadata)
	}
	if infos, _ := b.List(ctx(t), ""); len(infos) != 1 {
		t.Fatalf("List after overwrite = %q", keysOf(infos))
	}
}

func testDelete(t *testing.T, b storage.Bucket) {
	put(t, b, "d/1", []byte("1"), nil)
	put(t, b, "d/2", []byte("2"), nil)
	if err := b.Delete(ctx(t), "d/1"); err != nil {
		t.Fatalf("Delete: %+v", err)
	}
	_, err := b.Stat(ctx(t), "d/1")
	wantKind(t, "Stat(deleted)", err, storage.ErrNotFound)
	infos, err := b.List(ctx(t), "")
	if err != nil || !slices.Equal(keysOf(infos), []string{"d/2"}) {
		t.Fatalf("List after delete = %q, %v", keysOf(infos), err)
	}
	if err := b.Delete(ctx(t), "d/1"); err != nil {
		t.Fatalf("second Delete = %+v, want nil", err)
	}
}

func testScoping(t *testing.T, b storage.Bucket) {
	p, err := storage.Prefixed(b, "scope/inner")
	if err != nil {
		t.Fatal(err)
	}
	put(t, p, "k", []byte("scoped"), nil)
	put(t, b, "outside", []byte("o"), nil)
	if _, err := b.Stat(ctx(t), "scope/inner/k"); err != nil {
		t.Fatalf("outer Stat(scope/inner/k): %+v", err)
	}
	info, err := p.Stat(ctx(t), "k")
	if err != nil || info.Key != "k" {
		t.Fatalf("scoped Stat = %+v, %v", info, err)
	}
	infos, err := p.List(ctx(t), "")
	if err != nil || !slices.Equal(keysOf(infos), []string{"k"}) {
		t.Fatalf("scoped List = %q, %v", keysOf(infos), err)
	}
	for _, k := range []string{"../outside", "/outside", "scope/inner/k/.."} {
		if _, err := p.Stat(ctx(t), k); !errors.Is(err, storage.ErrInvalidArgument) {
			t.Errorf("scoped Stat(%q) = %v, want ErrInvalidArgument", k, err)
		}
	}
	_, err = p.Stat(ctx(t), "outside")
	wantKind(t, "scoped Stat(outside)", err, storage.ErrNotFound)
	if err := p.Delete(ctx(t), "k"); err != nil {
		t.Fatal(err)
	}
	_, err = b.Stat(ctx(t), "scope/inner/k")
	wantKind(t, "outer Stat after scoped Delete", err, storage.ErrNotFound)
}

func testConcurrent(t *testing.T, b storage.Bucket) {
	const distinct, same = 12, 6
	var wg sync.WaitGroup
	errs := make(chan error, distinct+same)
	for i := range distinct {
		wg.Go(func() {
			data := Payload(uint64(100+i), 64<<10+i)
			if _, err := b.Put(ctx(t), fmt.Sprintf("conc/%02d", i), onlyReader{bytes.NewReader(data)}, nil); err != nil {
				errs <- err
			}
		})
	}
	for i := range same {
		wg.Go(func() {
			data := Payload(uint64(200+i), 32<<10+i)
			if _, err := b.Put(ctx(t), "conc-same", onlyReader{bytes.NewReader(data)}, &storage.PutOptions{
				Metadata: map[string]string{"writer": fmt.Sprint(i)},
			}); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent Put: %+v", err)
	}
	for i := range distinct {
		data := Payload(uint64(100+i), 64<<10+i)
		if err := storage.Verify(ctx(t), b, fmt.Sprintf("conc/%02d", i), SHA256(data), int64(len(data))); err != nil {
			t.Errorf("Verify conc/%02d: %+v", i, err)
		}
	}
	// One writer won the shared key, wholly: data, digest and metadata agree.
	info, err := b.Stat(ctx(t), "conc-same")
	if err != nil {
		t.Fatal(err)
	}
	var w int
	if _, err := fmt.Sscan(info.Metadata["writer"], &w); err != nil {
		t.Fatalf("winner metadata = %v", info.Metadata)
	}
	data := Payload(uint64(200+w), 32<<10+w)
	if err := storage.Verify(ctx(t), b, "conc-same", SHA256(data), int64(len(data))); err != nil {
		t.Fatalf("shared key is not writer %d's object: %+v", w, err)
	}
}

// InvalidKeys are keys every backend must reject.
var InvalidKeys = []string{
	"", "/abs", "a/../b", "..", ".", "../up", "a//b", "a/", "a\\b", "a\x00b", "tab\tkey",
	".deid-meta.x", "a/.deid-tmp-1", strings.Repeat("k", 1025), strings.Repeat("s", 201),
	"bad\xffutf8",
}

func testInvalidKeys(t *testing.T, b storage.Bucket) {
	for _, k := range InvalidKeys {
		_, err := b.Put(ctx(t), k, strings.NewReader("x"), nil)
		wantKind(t, fmt.Sprintf("Put(%q)", k), err, storage.ErrInvalidArgument)
		_, err = b.Get(ctx(t), k)
		wantKind(t, fmt.Sprintf("Get(%q)", k), err, storage.ErrInvalidArgument)
		_, err = b.Stat(ctx(t), k)
		wantKind(t, fmt.Sprintf("Stat(%q)", k), err, storage.ErrInvalidArgument)
		wantKind(t, fmt.Sprintf("Delete(%q)", k), b.Delete(ctx(t), k), storage.ErrInvalidArgument)
	}
	if infos, err := b.List(ctx(t), ""); err != nil || len(infos) != 0 {
		t.Fatalf("invalid keys left objects: %q, %v", keysOf(infos), err)
	}
	_, err := b.Put(ctx(t), "nil-reader", nil, nil)
	wantKind(t, "Put(nil reader)", err, storage.ErrInvalidArgument)
}

func testInvalidMetadata(t *testing.T, b storage.Bucket) {
	for _, md := range []map[string]string{
		{"Upper": "x"}, {"sha256": "forged"}, {"-lead": "x"}, {"under_score": "x"}, {"": "x"},
		{"ok": "nön-ascii"}, {"ok": "line\nbreak"}, {strings.Repeat("k", 129): "x"},
	} {
		_, err := b.Put(ctx(t), "m", strings.NewReader("x"), &storage.PutOptions{Metadata: md})
		wantKind(t, fmt.Sprintf("Put(metadata %q)", md), err, storage.ErrInvalidArgument)
		if err != nil && strings.Contains(err.Error(), "forged") {
			t.Errorf("error echoes a metadata value: %v", err)
		}
	}
	_, err := b.Stat(ctx(t), "m")
	wantKind(t, "Stat after rejected puts", err, storage.ErrNotFound)
}

func testCanceled(t *testing.T, b storage.Bucket) {
	c, cancel := context.WithCancel(ctx(t))
	cancel()
	_, err := b.Put(c, "canceled", onlyReader{bytes.NewReader(Payload(4, 1<<20))}, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Put(canceled ctx) = %v, want context.Canceled", err)
	}
	_, err = b.Stat(ctx(t), "canceled")
	wantKind(t, "Stat after canceled Put", err, storage.ErrNotFound)
}

func testPartialRead(t *testing.T, b storage.Bucket) {
	data := Payload(5, 1<<20)
	put(t, b, "partial", data, nil)
	rc, err := b.Get(ctx(t), "partial")
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 1000)
	if _, err := io.ReadFull(rc, buf); err != nil || !bytes.Equal(buf, data[:1000]) {
		t.Fatalf("partial read: %v", err)
	}
	if err := rc.Close(); err != nil {
		t.Fatalf("Close after partial read: %+v", err)
	}
}

func testClosed(t *testing.T, b storage.Bucket) {
	put(t, b, "before-close", []byte("x"), nil)
	if err := b.Close(); err != nil {
		t.Fatalf("Close: %+v", err)
	}
	_, err := b.Stat(ctx(t), "before-close")
	wantKind(t, "Stat after Close", err, storage.ErrClosed)
	_, err = b.Put(ctx(t), "after-close", strings.NewReader("x"), nil)
	wantKind(t, "Put after Close", err, storage.ErrClosed)
}
