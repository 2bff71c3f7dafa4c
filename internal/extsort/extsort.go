// Package extsort keeps sorted runs of records in files (JSON, one a line)
// and merges them by streaming, so that a set larger than memory (a run's
// fingerprints, the ids of its records) is sorted and scanned with a few
// buffers: each writer sorts what it holds (a bundle's worth) and writes it
// as a run; Merge reads many runs at once, in order.
package extsort

import (
	"bufio"
	"container/heap"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/cockroachdb/errors"
)

// FanIn is how many runs Merge reads at once; more are merged in rounds
// through temporary runs next to the first one.
const FanIn = 64

// WriteRun sorts items by cmp and writes them to path (0600), one JSON
// value a line, through a temporary file renamed into place: a run is
// complete or absent.
func WriteRun[T any](path string, items []T, cmp func(a, b T) int) error {
	slices.SortFunc(items, cmp)
	tmp, err := os.CreateTemp(filepath.Dir(path), ".run-*")
	if err != nil {
		return errors.Wrap(err, "extsort: create run")
	}
	defer func() { _ = os.Remove(tmp.Name()) }()
	w := bufio.NewWriterSize(tmp, 256<<10)
	enc := json.NewEncoder(w)
	for i := range items {
		if err := enc.Encode(&items[i]); err != nil {
			_ = tmp.Close()
			return errors.Wrap(err, "extsort: encode")
		}
	}
	if err := w.Flush(); err != nil {
		_ = tmp.Close()
		return errors.Wrap(err, "extsort: write run")
	}
	if err := tmp.Close(); err != nil {
		return errors.Wrap(err, "extsort: write run")
	}
	return errors.Wrap(os.Rename(tmp.Name(), path), "extsort: write run")
}

// Merge calls fn with every value of the runs at paths in cmp order (runs
// must be sorted by cmp; equal values come in the order of paths). It
// holds one buffered reader per run, at most FanIn at once.
func Merge[T any](paths []string, cmp func(a, b T) int, fn func(T) error) error {
	round := 0
	for len(paths) > FanIn {
		var next []string
		for i := 0; i < len(paths); i += FanIn {
			group := paths[i:min(i+FanIn, len(paths))]
			if len(group) == 1 {
				next = append(next, group[0])
				continue
			}
			out := filepath.Join(filepath.Dir(group[0]), ".merge-"+itoa(round)+"-"+itoa(i/FanIn)+".jsonl")
			if err := mergeToFile(group, out, cmp); err != nil {
				return err
			}
			defer os.Remove(out)
			next = append(next, out)
		}
		paths = next
		round++
	}
	return merge(paths, cmp, fn)
}

func mergeToFile[T any](paths []string, out string, cmp func(a, b T) int) error {
	f, err := os.OpenFile(out, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return errors.Wrap(err, "extsort: merge")
	}
	w := bufio.NewWriterSize(f, 256<<10)
	enc := json.NewEncoder(w)
	err = merge(paths, cmp, func(v T) error { return enc.Encode(v) })
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return errors.Wrap(err, "extsort: merge")
}

type cursor[T any] struct {
	i    int // order of the run, for ties
	f    *os.File
	sc   *bufio.Scanner
	cur  T
	path string
	line int
}

func (c *cursor[T]) next() (bool, error) {
	if !c.sc.Scan() {
		return false, errors.Wrapf(c.sc.Err(), "extsort: read %s", errors.Safe(filepath.Base(c.path)))
	}
	c.line++
	var v T
	if err := json.Unmarshal(c.sc.Bytes(), &v); err != nil {
		return false, errors.Newf("extsort: %s line %d: not a value of the run", errors.Safe(filepath.Base(c.path)), errors.Safe(c.line))
	}
	c.cur = v
	return true, nil
}

type cursorHeap[T any] struct {
	cs  []*cursor[T]
	cmp func(a, b T) int
}

func (h *cursorHeap[T]) Len() int { return len(h.cs) }
func (h *cursorHeap[T]) Less(i, j int) bool {
	if c := h.cmp(h.cs[i].cur, h.cs[j].cur); c != 0 {
		return c < 0
	}
	return h.cs[i].i < h.cs[j].i
}
func (h *cursorHeap[T]) Swap(i, j int) { h.cs[i], h.cs[j] = h.cs[j], h.cs[i] }
func (h *cursorHeap[T]) Push(x any)    { h.cs = append(h.cs, x.(*cursor[T])) }
func (h *cursorHeap[T]) Pop() any {
	c := h.cs[len(h.cs)-1]
	h.cs = h.cs[:len(h.cs)-1]
	return c
}

func merge[T any](paths []string, cmp func(a, b T) int, fn func(T) error) error {
	h := &cursorHeap[T]{cmp: cmp}
	defer func() {
		for _, c := range h.cs {
			c.f.Close()
		}
	}()
	for i, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return errors.Wrap(err, "extsort: open run")
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		c := &cursor[T]{i: i, f: f, sc: sc, path: p}
		ok, err := c.next()
		if err != nil || !ok {
			f.Close()
			if err != nil {
				return err
			}
			continue
		}
		h.cs = append(h.cs, c)
	}
	heap.Init(h)
	for h.Len() > 0 {
		c := h.cs[0]
		if err := fn(c.cur); err != nil {
			return err
		}
		ok, err := c.next()
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(h, 0)
		} else {
			c.f.Close()
			heap.Pop(h)
		}
	}
	return nil
}

func itoa(i int) string { return strconv.Itoa(i) }
