package stream

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/transforms"
)

// state is the stream's on-prem memory (Config.StateDir/stream): the
// objects it committed (objects.jsonl, appended and synced after each
// window's manifest), the window in flight (pending.json, written before
// the window's pipeline starts) and the conversations of the committed
// windows (conversations.bin, for the duplicate check across windows).
// Keys and versions only: paths, sizes, times, run ids, and hashes.
//
// conversations.bin holds, sorted, 32 bytes for each conversation id a
// committed window read first: 128 bits of the SHA-256 of the id and 128
// bits of the content hash of its record (transforms.Earlier), no id in
// clear. It grows by 32 bytes a new conversation id (32 MB at a million);
// a window's duplicate check reads it as a stream next to the window's own
// sorted occurrences, and its commit merges the window's new ids into it
// (a spool, conversations-<run>.spool, written by the check) as two sorted
// streams: memory does not grow with it, the disk work per window does
// (one sequential read and one rewrite of the file).
type state struct {
	dir  string
	lock *os.File
}

const (
	objectsFile       = "objects.jsonl"
	pendingFile       = "pending.json"
	lockFile          = "lock"
	conversationsFile = "conversations.bin"
	spoolPrefix       = "conversations-"
	spoolSuffix       = ".spool"
)

// earlier is the conversations of the committed windows, and where run's
// duplicate check spools the ones it reads first.
func (s *state) earlier(run export.Run) transforms.Earlier {
	return transforms.Earlier{File: filepath.Join(s.dir, conversationsFile), Spool: filepath.Join(s.dir, spoolPrefix+run.ID+spoolSuffix)}
}

// foldEarlier records the conversations of a committed window.
func (s *state) foldEarlier(run export.Run) error {
	return transforms.FoldEarlier(s.earlier(run))
}

// dropSpools removes the spools of windows that did not commit: all of
// them once the pending window is settled, or run's.
func (s *state) dropSpools(run *export.Run) error {
	pattern := spoolPrefix + "*" + spoolSuffix
	if run != nil {
		pattern = filepath.Base(s.earlier(*run).Spool)
	}
	names, err := filepath.Glob(filepath.Join(s.dir, pattern))
	if err != nil {
		return errors.Wrap(err, "stream state")
	}
	for _, n := range names {
		if err := os.Remove(n); err != nil && !errors.Is(err, os.ErrNotExist) {
			return errors.Wrap(err, "stream state")
		}
	}
	return nil
}

// committedObject is a line of objects.jsonl.
type committedObject struct {
	Object
	Run         export.Run `json:"run"`
	WindowStart time.Time  `json:"window_start"`
	// Changed: the object was rejected whole as changed after it was read.
	Changed bool `json:"changed,omitempty"`
}

// pending is the window in flight.
type pending struct {
	Run         export.Run `json:"run"`
	WindowStart time.Time  `json:"window_start"`
	Objects     []Object   `json:"objects"`
	Changed     []Object   `json:"changed,omitempty"`
}

func openState(dir string) (*state, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, errors.Wrap(err, "stream state directory")
	}
	f, err := lockDir(filepath.Join(dir, lockFile))
	if err != nil {
		return nil, err
	}
	s := &state{dir: dir, lock: f}
	// the duplicate check needs the file, empty at first
	if _, err := os.Stat(filepath.Join(dir, conversationsFile)); errors.Is(err, os.ErrNotExist) {
		if err := writeSynced(filepath.Join(dir, conversationsFile), nil); err != nil {
			s.close()
			return nil, err
		}
	}
	return s, nil
}

func (s *state) close() {
	if s.lock != nil {
		s.lock.Close()
	}
}

// load returns the committed version of every key and the start of the
// latest committed window.
func (s *state) load() (map[string]string, time.Time, error) {
	known := map[string]string{}
	var last time.Time
	f, err := os.Open(filepath.Join(s.dir, objectsFile))
	if errors.Is(err, os.ErrNotExist) {
		return known, last, nil
	}
	if err != nil {
		return nil, last, errors.Wrap(err, "stream state")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c committedObject
		if json.Unmarshal(sc.Bytes(), &c) != nil || c.Key == "" {
			continue // a line torn by a crash: its window is still pending
		}
		known[c.Key] = c.Version()
		if c.WindowStart.After(last) {
			last = c.WindowStart
		}
	}
	return known, last, errors.Wrap(sc.Err(), "stream state")
}

// commit appends a committed window's objects, synced.
func (s *state) commit(p *pending) error {
	f, err := os.OpenFile(filepath.Join(s.dir, objectsFile), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return errors.Wrap(err, "stream state")
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, o := range p.Objects {
		enc.Encode(committedObject{Object: o, Run: p.Run, WindowStart: p.WindowStart})
	}
	for _, o := range p.Changed {
		enc.Encode(committedObject{Object: o, Run: p.Run, WindowStart: p.WindowStart, Changed: true})
	}
	if err := w.Flush(); err != nil {
		return errors.Wrap(err, "stream state")
	}
	return errors.Wrap(f.Sync(), "stream state")
}

// setPending records the window in flight (atomically).
func (s *state) setPending(p *pending) error {
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return writeSynced(filepath.Join(s.dir, pendingFile), b)
}

// writeSynced writes path whole or not at all.
func writeSynced(path string, b []byte) error {
	tmp := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".tmp")
	if err := os.WriteFile(tmp, b, 0o600); err != nil {
		return errors.Wrap(err, "stream state")
	}
	f, err := os.Open(tmp)
	if err == nil {
		err = f.Sync()
		f.Close()
	}
	if err != nil {
		return errors.Wrap(err, "stream state")
	}
	return errors.Wrap(os.Rename(tmp, path), "stream state")
}

// getPending returns the window a crashed stream left in flight, or nil.
func (s *state) getPending() (*pending, error) {
	b, err := os.ReadFile(filepath.Join(s.dir, pendingFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, errors.Wrap(err, "stream state")
	}
	var p pending
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, errors.Wrap(err, "stream state: pending window")
	}
	return &p, nil
}

func (s *state) clearPending() error {
	err := os.Remove(filepath.Join(s.dir, pendingFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return errors.Wrap(err, "stream state")
}
