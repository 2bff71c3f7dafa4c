package linkage

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/cockroachdb/errors"
)

// LogName is the file store's log, in its directory.
const LogName = "ids.log"

// The file store is an append-only log, one line per id minted:
//
//	<kind> <hex of the linkage key> <research id> <CRC-32C of what precedes, 8 hex>\n
//
// An id is appended (one write) when it is minted and made durable by Sync
// (fsync), which the pipeline calls at the end of every bundle, before any
// record carrying the id can be committed. A crash can only tear the last
// line: on open a last line that is incomplete or fails its checksum is cut
// off (its id was never synced, so no committed export carries it); a bad
// line before the last is corruption and the store refuses to open.
//
// The log is held with an exclusive flock for as long as the store is open,
// so a second process gets ErrInUse. Within one process, every OpenFile of
// the same directory shares one handle (the Beam DoFn instances of the
// embedded runner), serialised by its mutex, and the last Close releases it.
type fileStore struct {
	path string

	mu    sync.Mutex
	f     *os.File
	ids   map[string]string // kind \x00 key -> id
	used  map[string]bool   // ids handed out
	dirty bool
	refs  int
	err   error // a failed write poisons the store
}

var (
	filesMu sync.Mutex
	files   = map[string]*fileStore{}
)

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// fileHandle is one OpenFile's reference to a shared fileStore.
type fileHandle struct {
	s      *fileStore
	closed sync.Once
}

// OpenFile opens (creating it, 0700/0600) the file store in dir.
func OpenFile(dir string) (Store, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, errors.Wrapf(err, "linkage store %s", errors.Safe(dir))
	}
	filesMu.Lock()
	defer filesMu.Unlock()
	if s := files[abs]; s != nil {
		s.mu.Lock()
		s.refs++
		s.mu.Unlock()
		return &fileHandle{s: s}, nil
	}
	s, err := openFileStore(abs)
	if err != nil {
		return nil, err
	}
	s.refs = 1
	files[abs] = s
	return &fileHandle{s: s}, nil
}

func openFileStore(dir string) (*fileStore, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, errors.Wrapf(err, "linkage store %s", errors.Safe(dir))
	}
	path := filepath.Join(dir, LogName)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, errors.Wrapf(err, "linkage store %s", errors.Safe(path))
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errors.Wrapf(ErrInUse, "%s", errors.Safe(path))
		}
		return nil, errors.Wrapf(err, "linkage store %s: lock", errors.Safe(path))
	}
	s := &fileStore{path: path, f: f, ids: map[string]string{}, used: map[string]bool{}}
	if err := s.load(); err != nil {
		f.Close()
		return nil, err
	}
	return s, nil
}

// load reads the log, cuts a torn last line and leaves the file offset at
// the end.
func (s *fileStore) load() error {
	data, err := io.ReadAll(s.f)
	if err != nil {
		return errors.Wrapf(err, "linkage store %s", errors.Safe(s.path))
	}
	good, lineNo := 0, 0
	for good < len(data) {
		lineNo++
		end := bytes.IndexByte(data[good:], '\n')
		if end < 0 {
			break // torn: no newline
		}
		line := data[good : good+end]
		kind, key, id, ok := parseLine(line)
		if !ok {
			if good+end+1 == len(data) {
				break // torn last line
			}
			return errors.Newf("linkage store %s: line %d is corrupt", errors.Safe(s.path), errors.Safe(lineNo))
		}
		k := string(kind) + "\x00" + key
		if old, dup := s.ids[k]; dup && old != id {
			return errors.Newf("linkage store %s: line %d links a key twice", errors.Safe(s.path), errors.Safe(lineNo))
		}
		s.ids[k], s.used[id] = id, true
		good += end + 1
	}
	if good < len(data) {
		// the tail was never synced: no committed export carries it
		if err := s.f.Truncate(int64(good)); err != nil {
			return errors.Wrapf(err, "linkage store %s: cut torn tail", errors.Safe(s.path))
		}
		if err := s.f.Sync(); err != nil {
			return errors.Wrapf(err, "linkage store %s", errors.Safe(s.path))
		}
	}
	_, err = s.f.Seek(int64(good), io.SeekStart)
	return errors.Wrapf(err, "linkage store %s", errors.Safe(s.path))
}

func formatLine(kind Kind, key, id string) string {
	body := fmt.Sprintf("%s %s %s", kind, hex.EncodeToString([]byte(key)), id)
	return fmt.Sprintf("%s %08x\n", body, crc32.Checksum([]byte(body), crcTable))
}

func parseLine(line []byte) (Kind, string, string, bool) {
	i := bytes.LastIndexByte(line, ' ')
	if i < 0 {
		return "", "", "", false
	}
	body, sum := line[:i], string(line[i+1:])
	if fmt.Sprintf("%08x", crc32.Checksum(body, crcTable)) != sum {
		return "", "", "", false
	}
	parts := strings.Split(string(body), " ")
	if len(parts) != 3 {
		return "", "", "", false
	}
	kind := Kind(parts[0])
	key, err := hex.DecodeString(parts[1])
	if err != nil || !kind.valid() || !strings.HasPrefix(parts[2], kind.Prefix()) {
		return "", "", "", false
	}
	return kind, string(key), parts[2], true
}

// ResearchID implements Store.
func (h *fileHandle) ResearchID(kind Kind, key string) (string, error) {
	s := h.s
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return "", s.err
	}
	k := string(kind) + "\x00" + key
	if id, ok := s.ids[k]; ok {
		return id, nil
	}
	var id string
	for {
		var err error
		if id, err = NewID(kind); err != nil {
			return "", err
		}
		if !s.used[id] {
			break
		}
	}
	if _, err := s.f.WriteString(formatLine(kind, key, id)); err != nil {
		// a partial line is cut at the next open; this handle is done
		s.err = errors.Wrapf(err, "linkage store %s: append", errors.Safe(s.path))
		return "", s.err
	}
	s.ids[k], s.used[id], s.dirty = id, true, true
	return id, nil
}

// Sync implements Store: fsync when anything was appended since the last.
func (h *fileHandle) Sync() error {
	s := h.s
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.sync()
}

func (s *fileStore) sync() error {
	if s.err != nil {
		return s.err
	}
	if !s.dirty {
		return nil
	}
	if err := s.f.Sync(); err != nil {
		s.err = errors.Wrapf(err, "linkage store %s: sync", errors.Safe(s.path))
		return s.err
	}
	s.dirty = false
	return nil
}

// Close implements Store: it syncs; the last handle of the process
// releases the lock and the file.
func (h *fileHandle) Close() error {
	var err error
	h.closed.Do(func() {
		s := h.s
		filesMu.Lock()
		defer filesMu.Unlock()
		s.mu.Lock()
		defer s.mu.Unlock()
		err = s.sync()
		s.refs--
		if s.refs > 0 {
			return
		}
		delete(files, filepath.Dir(s.path))
		if cerr := s.f.Close(); err == nil && cerr != nil {
			err = errors.Wrapf(cerr, "linkage store %s", errors.Safe(s.path))
		}
	})
	return err
}
