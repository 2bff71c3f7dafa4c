package local_test

import (
	"context"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/storage/local"
	"github.com/deid-project/deid/storage/storagetest"
)

func TestConformance(t *testing.T) {
	storagetest.RunConformanceTests(t, func(t *testing.T) storage.Bucket {
		b, err := storage.Open(t.Context(), "file://"+filepath.ToSlash(t.TempDir()), nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	})
}

func TestConformanceURLPrefixAndPlainPath(t *testing.T) {
	storagetest.RunConformanceTests(t, func(t *testing.T) storage.Bucket {
		// A plain path; the subdirectory scopes the bucket like a URL prefix.
		b, err := storage.Open(t.Context(), filepath.Join(t.TempDir(), "run", "1"), nil)
		if err != nil {
			t.Fatal(err)
		}
		return b
	})
}

func TestLayoutAndSidecarHidden(t *testing.T) {
	dir := t.TempDir()
	b, err := local.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := t.Context()
	if _, err := b.Put(ctx, "a/b.txt", strings.NewReader("hello"), &storage.PutOptions{Metadata: map[string]string{"k": "v"}}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "a", "b.txt"))
	if err != nil || string(got) != "hello" {
		t.Fatalf("data file = %q, %v", got, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "a", ".deid-meta.b.txt.json")); err != nil {
		t.Fatalf("sidecar: %v", err)
	}
	var names []string
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if strings.Contains(d.Name(), "deid-tmp") {
			names = append(names, p)
		}
		return nil
	})
	if len(names) != 0 {
		t.Fatalf("temporary files left: %q", names)
	}
	infos, err := b.List(ctx, "")
	if err != nil || len(infos) != 1 || infos[0].Key != "a/b.txt" {
		t.Fatalf("List = %+v, %v", infos, err)
	}
}

func TestSymlinkEscapeRefused(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret"), []byte("s"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	b, err := local.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Get(t.Context(), "link/secret"); err == nil {
		t.Fatal("Get through a symlink out of the root succeeded")
	}
	if _, err := b.Put(t.Context(), "link/new", strings.NewReader("x"), nil); err == nil {
		t.Fatal("Put through a symlink out of the root succeeded")
	}
	if _, err := os.Stat(filepath.Join(outside, "new")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("file created outside the root: %v", err)
	}
}

func TestTamperedContentFailsRead(t *testing.T) {
	dir := t.TempDir()
	b, err := local.Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := t.Context()
	info, err := b.Put(ctx, "obj", strings.NewReader("original"), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Same size, different bytes: only the digest can tell.
	if err := os.WriteFile(filepath.Join(dir, "obj"), []byte("tampered"), 0o640); err != nil {
		t.Fatal(err)
	}
	rc, err := b.Get(ctx, "obj")
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(rc)
	rc.Close()
	if !errors.Is(err, storage.ErrIntegrity) {
		t.Fatalf("read of tampered object = %v, want ErrIntegrity", err)
	}
	if err := storage.Verify(ctx, b, "obj", info.SHA256, info.Size); !errors.Is(err, storage.ErrIntegrity) {
		t.Fatalf("Verify = %v, want ErrIntegrity", err)
	}
	if strings.Contains(err.Error(), "tampered") || strings.Contains(err.Error(), "original") {
		t.Fatalf("error leaks content: %v", err)
	}
}

func TestNativeErrorReachable(t *testing.T) {
	b, err := local.Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	_, err = b.Stat(t.Context(), "nope")
	var pe *fs.PathError
	if !errors.Is(err, storage.ErrNotFound) || !errors.As(err, &pe) {
		t.Fatalf("Stat(missing) = %#v; want ErrNotFound wrapping *fs.PathError", err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	_, err := storage.Open(ctx, "nosuch://bucket", nil)
	if !errors.Is(err, storage.ErrUnknownScheme) {
		t.Fatalf("Open(nosuch://) = %v", err)
	}
	_, err = storage.Open(ctx, "file://host/path", nil)
	if !errors.Is(err, storage.ErrInvalidArgument) {
		t.Fatalf("Open(file://host/path) = %v", err)
	}
	if !slices.Contains(storage.Schemes(), "file") {
		t.Fatalf("Schemes() = %v", storage.Schemes())
	}
	defer func() {
		if recover() == nil {
			t.Fatal("duplicate Register did not panic")
		}
	}()
	storage.Register("file", func(context.Context, *url.URL, *storage.Options) (storage.Bucket, error) { return nil, nil })
}

func TestFileDirectoryConflict(t *testing.T) {
	b, err := local.Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := t.Context()
	if _, err := b.Put(ctx, "a", strings.NewReader("x"), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Put(ctx, "a/b", strings.NewReader("y"), nil); !errors.Is(err, storage.ErrInvalidArgument) {
		t.Fatalf("Put(a/b) over object a = %v, want ErrInvalidArgument", err)
	}
	if _, err := b.Stat(ctx, "a/b"); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("Stat(a/b) = %v, want ErrNotFound", err)
	}
}

// TestDeleteLeavesNoEmptyFolders: deleting the last object of a folder
// removes the folder (object stores have none), and stops at a folder that
// still holds something.
func TestDeleteLeavesNoEmptyFolders(t *testing.T) {
	dir := t.TempDir()
	b, err := storage.Open(t.Context(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, k := range []string{"dt=1/run=a/part-1", "dt=1/run=a/part-2", "dt=1/_MANIFEST.json"} {
		if _, err := b.Put(t.Context(), k, strings.NewReader("x"), nil); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range []string{"dt=1/run=a/part-1", "dt=1/run=a/part-2"} {
		if err := b.Delete(t.Context(), k); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "dt=1", "run=a")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("empty run folder left behind: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "dt=1", "_MANIFEST.json")); err != nil {
		t.Errorf("manifest gone: %v", err)
	}
}
