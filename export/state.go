package export

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/cockroachdb/errors"

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
// written), so re-serialising an input does not make it new.
func FingerprintOf(conversationID string, line []byte) (Fingerprint, error) {
	if conversationID == "" {
		return Fingerprint{}, errorf(ErrInvalidRecord, "fingerprint: empty conversation id")
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return Fingerprint{}, errorf(ErrInvalidRecord, "fingerprint: input is not JSON")
	}
	if dec.More() {
		return Fingerprint{}, errorf(ErrInvalidRecord, "fingerprint: trailing data after the JSON value")
	}
	canon, err := json.Marshal(v)
	if err != nil {
		return Fingerprint{}, errors.Wrap(err, "fingerprint")
	}
	sum := sha256.Sum256(canon)
	return Fingerprint{ConversationID: conversationID, SHA256: hex.EncodeToString(sum[:])}, nil
}

// StateStore remembers, on-prem, which inputs were exported under which
// date, for incremental runs. It lives in a directory (0700) as a compacted
// JSONL file, exported.jsonl (0600), rewritten atomically (temp file, fsync,
// rename) on every update; pending-<date>-<run>.jsonl files hold the inputs
// of runs that have not committed yet.
//
// The protocol keeps the state equal to what committed manifests hold:
//
//  1. before Commit: Prepare(run, fingerprints) writes the pending file;
//  2. after a successful Commit: Apply(run) folds it into the state;
//  3. at the start of every run: Recover(ctx, bucket) applies a pending
//     file whose run is the committed one of its date (a crash between 2
//     and 3) and discards the others (runs that never committed).
//
// A failed run therefore marks nothing. One process uses a store at a time.
type StateStore struct {
	dir string
	mu  sync.RWMutex
	m   map[Fingerprint]stateEntry
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
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, errors.Wrap(err, "export: state directory")
	}
	s := &StateStore{dir: dir, m: map[Fingerprint]stateEntry{}}
	err := readLines(filepath.Join(dir, stateFile), func(l stateLine) {
		s.m[l.Fingerprint] = l.stateEntry
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, errors.Wrap(err, "export: load state")
	}
	return s, nil
}

// Len is the number of inputs recorded.
func (s *StateStore) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.m)
}

// Seen reports whether fp was exported under a date other than date. Inputs
// exported under date itself are not "seen": a re-run of a date replaces
// its export, so it must export them again.
func (s *StateStore) Seen(fp Fingerprint, date string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.m[fp]
	return ok && e.Date != date
}

// ExportedUnder returns the date and run fp was exported under.
func (s *StateStore) ExportedUnder(fp Fingerprint) (date, runID string, ok bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	e, ok := s.m[fp]
	return e.Date, e.RunID, ok
}

func (s *StateStore) pendingPath(run Run) string {
	return filepath.Join(s.dir, "pending-"+run.Date+"-"+run.ID+".jsonl")
}

// Prepare records, before the commit, the inputs run exports.
func (s *StateStore) Prepare(run Run, fps []Fingerprint) error {
	if err := run.Validate(); err != nil {
		return err
	}
	lines := make([]stateLine, len(fps))
	for i, fp := range fps {
		lines[i] = stateLine{fp, stateEntry{run.Date, run.ID}}
	}
	return writeLinesAtomic(s.pendingPath(run), lines)
}

// Apply folds run's pending inputs into the state, after its commit: the
// date's previous entries are replaced by them (the date's export was
// replaced), then the state is written atomically.
func (s *StateStore) Apply(run Run) error {
	if err := run.Validate(); err != nil {
		return err
	}
	pending := s.pendingPath(run)
	var fps []Fingerprint
	if err := readLines(pending, func(l stateLine) { fps = append(fps, l.Fingerprint) }); err != nil {
		return errors.Wrapf(err, "export: state: pending inputs of run %s", errors.Safe(run.ID))
	}
	s.mu.Lock()
	next := make(map[Fingerprint]stateEntry, len(s.m)+len(fps))
	for fp, e := range s.m {
		if e.Date != run.Date {
			next[fp] = e
		}
	}
	for _, fp := range fps {
		next[fp] = stateEntry{run.Date, run.ID}
	}
	lines := make([]stateLine, 0, len(next))
	for fp, e := range next {
		lines = append(lines, stateLine{fp, e})
	}
	s.mu.Unlock()
	slices.SortFunc(lines, func(a, b stateLine) int {
		return cmp.Or(strings.Compare(a.Date, b.Date), strings.Compare(a.ConversationID, b.ConversationID), strings.Compare(a.SHA256, b.SHA256))
	})
	if err := writeLinesAtomic(filepath.Join(s.dir, stateFile), lines); err != nil {
		return err
	}
	s.mu.Lock()
	s.m = next
	s.mu.Unlock()
	return errors.Wrap(os.Remove(pending), "export: state: remove pending")
}

// Discard drops run's pending inputs (the run failed).
func (s *StateStore) Discard(run Run) error {
	if err := run.Validate(); err != nil {
		return err
	}
	if err := os.Remove(s.pendingPath(run)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return errors.Wrap(err, "export: state: discard")
	}
	return nil
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

// writeLinesAtomic writes lines to a temp file beside path, syncs it and
// renames it over path, then syncs the directory.
func writeLinesAtomic(path string, lines []stateLine) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return errors.Wrap(err, "export: state: temp file")
	}
	defer func() { _ = os.Remove(tmp.Name()) }()
	w := bufio.NewWriterSize(tmp, 256<<10)
	enc := json.NewEncoder(w)
	for i := range lines {
		if err := enc.Encode(&lines[i]); err != nil {
			_ = tmp.Close()
			return errors.Wrap(err, "export: state: encode")
		}
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
	if err := os.Rename(tmp.Name(), path); err != nil {
		return errors.Wrap(err, "export: state: rename")
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}
