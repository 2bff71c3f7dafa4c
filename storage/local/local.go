// Package local is the storage backend for a directory on the local
// filesystem, registered for file:// URLs and plain paths:
//
//	import _ "github.com/deid-project/deid/storage/local"
//	b, err := storage.Open(ctx, "/data/exports/run1", nil)
//
// Layout: the object "a/b.jsonl" is the file ROOT/a/b.jsonl; its content
// type, metadata and SHA-256 live in the sidecar ROOT/a/.deid-meta.b.jsonl.json,
// which List never returns. A Put writes a temporary file in the target
// directory, fsyncs it and renames it into place, so readers see either the
// old or the new object, never a partial one. The rename of data and sidecar
// happens under an advisory lock on ROOT/.deid-lock (flock, shared by
// readers), so concurrent writers of one key, even in other processes,
// cannot leave a sidecar describing another writer's data.
//
// All file access goes through an os.Root, so no key, symlink or race can
// reach outside ROOT; the portable layer additionally rejects "..", absolute
// and otherwise ambiguous keys.
package local

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/storage"
	"github.com/deid-project/deid/storage/driver"
)

// Scheme is the URL scheme this package registers.
const Scheme = "file"

const (
	metaPrefix = ".deid-meta."
	metaSuffix = ".json"
	tmpPrefix  = ".deid-tmp-"
	lockName   = ".deid-lock"
	filePerm   = 0o640
	dirPerm    = 0o750
)

func init() {
	storage.Register(Scheme, func(ctx context.Context, u *url.URL, opts *storage.Options) (storage.Bucket, error) {
		if u.Host != "" && u.Host != "localhost" {
			return nil, storage.InvalidArgumentf("local: file URL with host %q: want file:///abs/path", errors.Safe(u.Host))
		}
		if u.Path == "" {
			return nil, storage.InvalidArgumentf("local: file URL without a path")
		}
		return Open(filepath.FromSlash(u.Path), opts)
	})
}

// Open opens (creating if needed) the directory dir as a bucket.
func Open(dir string, opts *storage.Options) (storage.Bucket, error) {
	d, err := NewDriver(dir)
	if err != nil {
		return nil, err
	}
	return storage.NewBucket(d, opts), nil
}

// NewDriver returns the raw backend for dir; most callers want Open.
func NewDriver(dir string) (driver.Bucket, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, errors.Wrap(err, "local: root")
	}
	if err := os.MkdirAll(abs, dirPerm); err != nil {
		return nil, errors.Wrap(err, "local: create root")
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		return nil, errors.Wrap(err, "local: open root")
	}
	return &bucket{root: root}, nil
}

type bucket struct {
	root *os.Root
}

type sidecar struct {
	SHA256      string            `json:"sha256"`
	Size        int64             `json:"size"`
	ContentType string            `json:"content_type,omitempty"`
	Metadata    map[string]string `json:"metadata,omitempty"`
}

func dataPath(key string) string { return filepath.FromSlash(key) }

func metaPath(key string) string {
	dir, base := path.Split(key)
	return filepath.FromSlash(dir + metaPrefix + base + metaSuffix)
}

func (b *bucket) DigestFirst() bool { return false }

func (b *bucket) Put(ctx context.Context, key string, body io.Reader, req *driver.PutRequest) (*driver.Attrs, error) {
	dir := filepath.Dir(dataPath(key))
	if dir != "." {
		if err := b.root.MkdirAll(dir, dirPerm); err != nil {
			if errors.Is(err, syscall.ENOTDIR) || errors.Is(err, fs.ErrExist) {
				// "a/b" cannot be stored where an object "a" exists.
				return nil, errors.Mark(errors.Wrap(err, "local: key conflicts with an existing object"), storage.ErrInvalidArgument)
			}
			return nil, errors.Wrap(err, "local: create directory")
		}
	}
	tmpData, err := b.writeTemp(dir, func(f *os.File) error {
		_, err := io.Copy(f, body)
		return err
	})
	if err != nil {
		return nil, err
	}
	sum, size := req.Digest()
	sc := sidecar{SHA256: sum, Size: size, ContentType: req.ContentType, Metadata: req.Metadata}
	tmpMeta, err := b.writeTemp(dir, func(f *os.File) error {
		return json.NewEncoder(f).Encode(&sc)
	})
	if err != nil {
		_ = b.root.Remove(tmpData)
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		_ = b.root.Remove(tmpData)
		_ = b.root.Remove(tmpMeta)
		return nil, err
	}

	unlock, err := b.lock(true)
	if err != nil {
		_ = b.root.Remove(tmpData)
		_ = b.root.Remove(tmpMeta)
		return nil, err
	}
	err = b.root.Rename(tmpMeta, metaPath(key))
	if err == nil {
		err = b.root.Rename(tmpData, dataPath(key))
	}
	var fi os.FileInfo
	if err == nil {
		fi, err = b.root.Stat(dataPath(key))
	}
	unlock()
	if err != nil {
		_ = b.root.Remove(tmpData)
		_ = b.root.Remove(tmpMeta)
		return nil, errors.Wrap(err, "local: commit")
	}
	syncDir(b.root, dir)
	return &driver.Attrs{
		Key: key, Size: size, SHA256: sum, ContentType: req.ContentType,
		Metadata: req.Metadata, ModTime: fi.ModTime(),
	}, nil
}

// writeTemp creates a private temporary file in dir, fills it and fsyncs it.
func (b *bucket) writeTemp(dir string, fill func(*os.File) error) (string, error) {
	var rnd [8]byte
	_, _ = rand.Read(rnd[:])
	name := filepath.Join(dir, tmpPrefix+hex.EncodeToString(rnd[:]))
	f, err := b.root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, filePerm)
	if err != nil {
		return "", errors.Wrap(err, "local: create temporary file")
	}
	err = fill(f)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = b.root.Remove(name)
		return "", errors.Wrap(err, "local: write temporary file")
	}
	return name, nil
}

func (b *bucket) readSidecar(key string) (*sidecar, error) {
	raw, err := b.root.ReadFile(metaPath(key))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil // written by something else: no metadata
	}
	if err != nil {
		return nil, errors.Wrap(err, "local: read sidecar")
	}
	var sc sidecar
	if err := json.Unmarshal(raw, &sc); err != nil {
		return nil, errors.Wrap(err, "local: decode sidecar")
	}
	return &sc, nil
}

func (b *bucket) attrs(key string, fi os.FileInfo, sc *sidecar) *driver.Attrs {
	a := &driver.Attrs{Key: key, Size: fi.Size(), ModTime: fi.ModTime(), ContentType: "application/octet-stream"}
	if sc != nil && sc.Size == fi.Size() {
		a.SHA256, a.ContentType, a.Metadata = sc.SHA256, sc.ContentType, sc.Metadata
	}
	return a
}

func (b *bucket) Get(ctx context.Context, key string) (io.ReadCloser, *driver.Attrs, error) {
	unlock, err := b.lock(false)
	if err != nil {
		return nil, nil, err
	}
	defer unlock()
	f, err := b.root.Open(dataPath(key))
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err == nil && !fi.Mode().IsRegular() {
		err = &fs.PathError{Op: "open", Path: key, Err: fs.ErrNotExist}
	}
	var sc *sidecar
	if err == nil {
		sc, err = b.readSidecar(key)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, b.attrs(key, fi, sc), nil
}

func (b *bucket) Stat(ctx context.Context, key string) (*driver.Attrs, error) {
	unlock, err := b.lock(false)
	if err != nil {
		return nil, err
	}
	defer unlock()
	fi, err := b.root.Stat(dataPath(key))
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "stat", Path: key, Err: fs.ErrNotExist}
	}
	sc, err := b.readSidecar(key)
	if err != nil {
		return nil, err
	}
	return b.attrs(key, fi, sc), nil
}

func (b *bucket) List(ctx context.Context, prefix string, fn func(driver.Attrs) error) error {
	// Walk only the deepest directory the prefix names.
	start := "."
	if i := strings.LastIndex(prefix, "/"); i >= 0 {
		start = filepath.FromSlash(prefix[:i])
	}
	fsys := b.root.FS()
	err := fs.WalkDir(fsys, filepath.ToSlash(start), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		if strings.HasPrefix(d.Name(), ".deid-") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && !strings.HasPrefix(p+"/", prefix) && !strings.HasPrefix(prefix, p+"/") {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !strings.HasPrefix(p, prefix) {
			return nil
		}
		fi, err := d.Info()
		if errors.Is(err, fs.ErrNotExist) {
			return nil // deleted while listing
		}
		if err != nil {
			return err
		}
		return fn(driver.Attrs{Key: p, Size: fi.Size(), ModTime: fi.ModTime()})
	})
	return err
}

func (b *bucket) Delete(ctx context.Context, key string) error {
	unlock, err := b.lock(true)
	if err != nil {
		return err
	}
	defer unlock()
	if fi, err := b.root.Lstat(dataPath(key)); err == nil && fi.IsDir() {
		return nil // a directory is not an object
	}
	if err := b.root.Remove(dataPath(key)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := b.root.Remove(metaPath(key)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	// Object stores have no folders: remove the ones the key's object was
	// the last thing in, so a deleted run leaves no empty run=… behind.
	// Remove fails on a folder that still holds anything, which stops it.
	for dir := path.Dir(key); dir != "." && dir != "/" && dir != ""; dir = path.Dir(dir) {
		if b.root.Remove(filepath.FromSlash(dir)) != nil {
			break
		}
	}
	return nil
}

func (b *bucket) Close() error { return b.root.Close() }

func (b *bucket) ErrorKind(err error) driver.Kind {
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return driver.NotFound
	case errors.Is(err, fs.ErrPermission):
		return driver.PermissionDenied
	case errors.Is(err, fs.ErrExist):
		return driver.AlreadyExists
	case errors.Is(err, syscall.EISDIR):
		return driver.InvalidArgument
	}
	return driver.Unknown
}
