package stream

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/export"
)

// state is the stream's on-prem memory (Config.StateDir/stream): the
// objects it committed (objects.jsonl, appended and synced after each
// window's manifest) and the window in flight (pending.json, written
// before the window's pipeline starts). Keys and versions only: paths,
// sizes, times, run ids.
type state struct {
	dir  string
	lock *os.File
}

const (
	objectsFile = "objects.jsonl"
	pendingFile = "pending.json"
	lockFile    = "lock"
)

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
	return &state{dir: dir, lock: f}, nil
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
	tmp := filepath.Join(s.dir, "."+pendingFile+".tmp")
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
	return errors.Wrap(os.Rename(tmp, filepath.Join(s.dir, pendingFile)), "stream state")
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
