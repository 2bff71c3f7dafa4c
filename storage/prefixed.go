package storage

import (
	"context"
	"io"
	"strings"

	"github.com/cockroachdb/errors"
)

// Prefixed returns a view of b in which every key is scoped under prefix
// (a '/' is appended if missing). Listing strips the prefix again, and
// closing the view closes b. Opening a URL with a path does this for you.
func Prefixed(b Bucket, prefix string) (Bucket, error) {
	prefix = strings.TrimSuffix(prefix, "/")
	if err := ValidateKey(prefix); err != nil {
		return nil, errors.Wrap(err, "storage: prefix")
	}
	return &prefixed{b: b, p: prefix + "/"}, nil
}

type prefixed struct {
	b Bucket
	p string
}

// key validates the caller's key on its own, so an invalid relative key
// cannot become valid by concatenation.
func (p *prefixed) key(op, k string) (string, error) {
	if err := ValidateKey(k); err != nil {
		return "", errors.Wrapf(err, "storage: %s", errors.Safe(op))
	}
	return p.p + k, nil
}

// unscope removes the prefix that the inner bucket's errors and infos carry.
func (p *prefixed) info(i *ObjectInfo) *ObjectInfo {
	i.Key = strings.TrimPrefix(i.Key, p.p)
	return i
}

func (p *prefixed) Put(ctx context.Context, k string, r io.Reader, opts *PutOptions) (*ObjectInfo, error) {
	full, err := p.key("put", k)
	if err != nil {
		return nil, err
	}
	i, err := p.b.Put(ctx, full, r, opts)
	if err != nil {
		return nil, err
	}
	return p.info(i), nil
}

func (p *prefixed) Get(ctx context.Context, k string) (io.ReadCloser, error) {
	full, err := p.key("get", k)
	if err != nil {
		return nil, err
	}
	return p.b.Get(ctx, full)
}

func (p *prefixed) Stat(ctx context.Context, k string) (*ObjectInfo, error) {
	full, err := p.key("stat", k)
	if err != nil {
		return nil, err
	}
	i, err := p.b.Stat(ctx, full)
	if err != nil {
		return nil, err
	}
	return p.info(i), nil
}

func (p *prefixed) List(ctx context.Context, prefix string) ([]ObjectInfo, error) {
	if err := validatePrefix(prefix); err != nil {
		return nil, errors.Wrap(err, "storage: list")
	}
	infos, err := p.b.List(ctx, p.p+prefix)
	if err != nil {
		return nil, err
	}
	for i := range infos {
		infos[i].Key = strings.TrimPrefix(infos[i].Key, p.p)
	}
	return infos, nil
}

func (p *prefixed) Delete(ctx context.Context, k string) error {
	full, err := p.key("delete", k)
	if err != nil {
		return err
	}
	return p.b.Delete(ctx, full)
}

func (p *prefixed) Close() error { return p.b.Close() }
