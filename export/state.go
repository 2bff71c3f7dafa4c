package export

import (
	"bufio"
	"cmp"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/internal/extsort"
	"github.com/deid-project/deid/storage"
)

// Fingerprint identifies an input: its conversation id and the SHA-256 of
// its canonical JSON line. A corrected transcript is a new input.
type Fingerprint struct {
	ConversationID string `json:"conversation_id"`
	SHA256         string `json:"sha256"`
}

// FingerprintOf fingerprints an input line. The line is canonicalised first
// (object keys sorted, insignificant white space removed, numbers kept as
// written), so re-serialising an input does not make it new. The canonical
// form is exactly json.Marshal of the line decoded with UseNumber (see
// canonicalJSON), which earlier runs hashed: stored fingerprints stay valid.
func FingerprintOf(conversationID string, line []byte) (Fingerprint, error) {
	if conversationID == "" {
		return Fingerprint{}, errorf(ErrInvalidRecord, "fingerprint: empty conversation id")
	}
	c := getCanonicaliser()
	defer putCanonicaliser(c)
	canon, err := c.canonical(c.out[:0], line)
	c.out = canon // keep the grown buffer for the next call
	switch {
	case errors.Is(err, errTrailing):
		return Fingerprint{}, errorf(ErrInvalidRecord, "fingerprint: trailing data after the JSON value")
	case err != nil:
		return Fingerprint{}, errorf(ErrInvalidRecord, "fingerprint: input is not JSON")
	}
	sum := sha256.Sum256(canon)
	var h [2 * sha256.Size]byte
	hex.Encode(h[:], sum[:])
	return Fingerprint{ConversationID: conversationID, SHA256: string(h[:])}, nil
}

// StateStore remembers, on-prem, which inputs were exported under which
// date, for incremental runs. It lives in a directory (0700) as a compacted
// JSONL file, exported.jsonl (0600), sorted by fingerprint and rewritten
// atomically (temp file, fsync, rename) on every update by merging it with
// the run's sorted inputs as streams: updating the state holds a few
// buffers, however many inputs it records. pending-<date>-<run>.jsonl
// files hold the inputs of runs that have not committed yet, and
// spool-<date>-<run>/ the sorted runs of fingerprints that a run's writers
// spool while it runs (SpoolFingerprints).
//
// The protocol keeps the state equal to what committed manifests hold:
//
//  1. before Commit: Prepare(run, fingerprints) or PrepareSpooled(run,
//     spool files) writes the pending file;
//  2. after a successful Commit: Apply(run) folds it into the state;
//  3. at the start of every run: Recover(ctx, bucket) applies a pending
//     file whose run is the committed one of its date (a crash between 2
//     and 3) and discards the others (runs that never committed).
//
// A failed run therefore marks nothing. One process uses a store at a time.
// Only the look-ups (Seen, ExportedUnder, Len) hold the state in memory,
// loaded on first use.
type StateStore struct {
	dir    string
	mu     sync.RWMutex
	m      map[Fingerprint]stateEntry // nil until a look-up needs it
	loadMu sync.Mutex
}

type stateEntry struct {
	Date  string `json:"date"`
	RunID string `json:"run_id"`
}

type stateLine struct {
	Fingerprint
	stateEntry
}

const stateFile = "exported.jsonl"

// OpenStateStore loads (creating) the store in dir.
func OpenStateStore(dir string) (*StateStore, error) {
	s, err := OpenStateDir(dir)
	if err != nil {
		return nil, err
	}
	if err := s.load(); err != nil {
		return nil, err
	}
	return s, nil
}

// OpenStateDir opens (creating) the store in dir without loading it: for
// the steps that only update it (the commit, recovery).
func OpenStateDir(dir string) (*StateStore, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, errors.Wrap(err, "export: state directory")
	}
	return &StateStore{dir: dir}, nil
}

// load reads the state into memory, once.
func (s *StateStore) load() error {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	s.mu.RLock()
	loaded := s.m != nil
	s.mu.RUnlock()
	if loaded {
		return nil
	}
	m := map[Fingerprint]stateEntry{}
	err := readLines(filepath.Join(s.dir, stateFile), func(l stateLine) {
		m[l.Fingerprint] = l.stateEntry
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return errors.Wrap(err, "export: load state")
	}
	s.mu.Lock()
	s.m = m
	s.mu.Unlock()
	return nil
}

// lookup loads the state if needed; a state that cannot be read (the
// error was reported by OpenStateStore) looks empty.
func (s *StateStore) lookup() map[Fingerprint]stateEntry {
	_ = s.load()
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m
}

// Len is the number of inputs recorded.
func (s *StateStore) Len() int {
	m := s.lookup()
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(m)
}

// Seen reports whether fp was exported under a date other than date. Inputs
// exported under date itself are not "seen": a re-run of a date replaces
// its export, so it must export them again.
func (s *StateStore) Seen(fp Fingerprint, date string) bool {
	m := s.lookup()
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := m[fp]
	return ok && e.Date != date
}

// ExportedUnder returns the date and run fp was exported under.
func (s *StateStore) ExportedUnder(fp Fingerprint) (date, runID string, ok bool) {
	m := s.lookup()
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := m[fp]
	return e.Date, e.RunID, ok
}

func (s *StateStore) pendingPath(run Run) string {
	return filepath.Join(s.dir, "pending-"+run.Date+"-"+run.ID+".jsonl")
}

func compareFingerprints(a, b Fingerprint) int {
	return cmp.Or(strings.Compare(a.ConversationID, b.ConversationID), strings.Compare(a.SHA256, b.SHA256))
}

func compareLines(a, b stateLine) int { return compareFingerprints(a.Fingerprint, b.Fingerprint) }

// Prepare records, before the commit, the inputs run exports.
func (s *StateStore) Prepare(run Run, fps []Fingerprint) error {
	if err := run.Validate(); err != nil {
		return err
	}
	sorted := slices.Clone(fps)
	slices.SortFunc(sorted, compareFingerprints)
	return writeLinesAtomic(s.pendingPath(run), func(put func(*stateLine) error) error {
		for i, fp := range sorted {
			if i > 0 && fp == sorted[i-1] {
				continue
			}
			if err := put(&stateLine{fp, stateEntry{run.Date, run.ID}}); err != nil {
				return err
			}
		}
		return nil
	})
}

// spoolDir holds the fingerprint runs spooled by run's writers.
func spoolDir(stateDir string, run Run) string {
	return filepath.Join(stateDir, "spool-"+run.Date+"-"+run.ID)
}

// SpoolFingerprints writes fps (a bundle's worth, sorted here) as one run
// of the spool of run in the state directory, and returns its name for
// PrepareSpooled. Writers of a run call it in parallel.
func SpoolFingerprints(stateDir string, run Run, fps []Fingerprint) (string, error) {
	if err := run.Validate(); err != nil {
		return "", err
	}
	dir := spoolDir(stateDir, run)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", errors.Wrap(err, "export: state spool")
	}
	var b [8]byte
	rand.Read(b[:])
	name := hex.EncodeToString(b[:]) + ".jsonl"
	err := extsort.WriteRun(filepath.Join(dir, name), slices.Clone(fps), compareFingerprints)
	return name, errors.Wrap(err, "export: state spool")
}

// PrepareSpooled records, before the commit, the inputs run exports as
// the spool runs named (SpoolFingerprints): they are merged by streaming
// into the pending file, and the spool is removed. Runs of the spool that
// are not named (a retried bundle's) are ignored.
func (s *StateStore) PrepareSpooled(run Run, names []string) error {
	if err := run.Validate(); err != nil {
		return err
	}
	dir := spoolDir(s.dir, run)
	paths := make([]string, 0, len(names))
	for _, n := range names {
		if n != filepath.Base(n) || !strings.HasSuffix(n, ".jsonl") {
			return errors.Newf("export: state spool: bad run name %q", errors.Safe(n))
		}
		paths = append(paths, filepath.Join(dir, n))
	}
	err := writeLinesAtomic(s.pendingPath(run), func(put func(*stateLine) error) error {
		var last Fingerprint
		first := true
		return extsort.Merge(paths, compareFingerprints, func(fp Fingerprint) error {
			if !first && fp == last {
				return nil
			}
			first, last = false, fp
			return put(&stateLine{fp, stateEntry{run.Date, run.ID}})
		})
	})
	if err != nil {
		return errors.Wrap(err, "export: state: prepare")
	}
	return errors.Wrap(os.RemoveAll(dir), "export: state: remove spool")
}

// DiscardSpools removes the spools of runs of date (runs that died before
// their commit: the caller holds the date's lock).
func (s *StateStore) DiscardSpools(date string) error {
	dirs, err := filepath.Glob(filepath.Join(s.dir, "spool-"+date+"-*"))
	if err != nil {
		return errors.Wrap(err, "export: state: spools")
	}
	for _, d := range dirs {
		if err := os.RemoveAll(d); err != nil {
			return errors.Wrap(err, "export: state: remove spool")
		}
	}
	return nil
}

// Apply folds run's pending inputs into the state, after its commit: the
// date's previous entries are replaced by them (the date's export was
// replaced), then the state is written atomically. The state file and the
// pending file are merged as sorted streams.
func (s *StateStore) Apply(run Run) error {
	if err := run.Validate(); err != nil {
		return err
	}
	pending := s.pendingPath(run)
	if _, err := os.Stat(pending); err != nil {
		return errors.Wrapf(err, "export: state: pending inputs of run %s", errors.Safe(run.ID))
	}
	state := filepath.Join(s.dir, stateFile)
	if err := s.sortLegacy(state); err != nil {
		return err
	}
	paths := []string{pending}
	if _, err := os.Stat(state); err == nil {
		paths = append(paths, state)
	}
	err := writeLinesAtomic(state, func(put func(*stateLine) error) error {
		var last Fingerprint
		first := true
		return extsort.Merge(paths, compareLines, func(l stateLine) error {
			// the pending file comes first among equals: the run's
			// entry wins; the date's earlier entries are replaced
			if !first && l.Fingerprint == last {
				return nil
			}
			if l.Date == run.Date && l.RunID != run.ID {
				return nil
			}
			first, last = false, l.Fingerprint
			return put(&l)
		})
	})
	if err != nil {
		return errors.Wrapf(err, "export: state: apply run %s", errors.Safe(run.ID))
	}
	s.mu.Lock()
	s.m = nil // reloaded by the next look-up
	s.mu.Unlock()
	return errors.Wrap(os.Remove(pending), "export: state: remove pending")
}

// sortLegacy rewrites a state file that is not sorted by fingerprint (the
// layout of earlier versions, sorted by date first) once, in memory.
func (s *StateStore) sortLegacy(path string) error {
	var prev stateLine
	n, sorted := 0, true
	err := readLines(path, func(l stateLine) {
		if n > 0 && compareLines(prev, l) > 0 {
			sorted = false
		}
		prev = l
		n++
	})
	if errors.Is(err, os.ErrNotExist) || (err == nil && sorted) {
		return nil
	}
	if err != nil {
		return errors.Wrap(err, "export: load state")
	}
	m := map[Fingerprint]stateEntry{}
	if err := readLines(path, func(l stateLine) { m[l.Fingerprint] = l.stateEntry }); err != nil {
		return errors.Wrap(err, "export: load state")
	}
	lines := make([]stateLine, 0, len(m))
	for fp, e := range m {
		lines = append(lines, stateLine{fp, e})
	}
	slices.SortFunc(lines, compareLines)
	return writeLinesAtomic(path, func(put func(*stateLine) error) error {
		for i := range lines {
			if err := put(&lines[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// Discard drops run's pending inputs (the run failed).
func (s *StateStore) Discard(run Run) error {
	if err := run.Validate(); err != nil {
		return err
	}
	if err := os.Remove(s.pendingPath(run)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return errors.Wrap(err, "export: state: discard")
	}
	return errors.Wrap(os.RemoveAll(spoolDir(s.dir, run)), "export: state: discard spool")
}

// Recover settles pending files left by crashed runs against the export
// in b: a run that is its date's committed run is applied, any other is
// discarded. It returns the runs applied.
func (s *StateStore) Recover(ctx context.Context, b storage.Bucket) ([]Run, error) {
	names, err := filepath.Glob(filepath.Join(s.dir, "pending-*.jsonl"))
	if err != nil {
		return nil, errors.Wrap(err, "export: state: recover")
	}
	var applied []Run
	for _, name := range names {
		base := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(name), "pending-"), ".jsonl")
		if len(base) < 12 {
			continue
		}
		run := Run{Date: base[:10], ID: base[11:]}
		if run.Validate() != nil {
			continue
		}
		m, err := ReadManifest(ctx, b, run.Date)
		switch {
		case err == nil && m.RunID == run.ID:
			if err := s.Apply(run); err != nil {
				return applied, err
			}
			applied = append(applied, run)
		case err == nil || errors.Is(err, ErrNoManifest):
			if err := s.Discard(run); err != nil {
				return applied, err
			}
		default:
			return applied, errors.Wrap(err, "export: state: recover")
		}
	}
	return applied, nil
}

func readLines(path string, f func(stateLine)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		var l stateLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return errors.Wrapf(err, "%s line %d", errors.Safe(filepath.Base(path)), errors.Safe(n))
		}
		f(l)
	}
	return sc.Err()
}

// writeLinesAtomic writes the lines fill puts to a temp file beside path,
// syncs it and renames it over path, then syncs the directory.
func writeLinesAtomic(path string, fill func(put func(*stateLine) error) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return errors.Wrap(err, "export: state: temp file")
	}
	defer func() { _ = os.Remove(tmp.Name()) }()
	w := bufio.NewWriterSize(tmp, 256<<10)
	enc := json.NewEncoder(w)
	if err := fill(func(l *stateLine) error { return errors.Wrap(enc.Encode(l), "export: state: encode") }); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		_ = tmp.Close()
		return errors.Wrap(err, "export: state: write")
	}
	if err := tmp.Sync(); err != nil {
		_ = tmp.Close()
		return errors.Wrap(err, "export: state: sync")
	}
	if err := tmp.Close(); err != nil {
		return errors.Wrap(err, "export: state: close")
	}
	if err := os.Chmod(tmp.Name(), 0o600); err != nil {
		return errors.Wrap(err, "export: state: chmod")
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return errors.Wrap(err, "export: state: rename")
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}
