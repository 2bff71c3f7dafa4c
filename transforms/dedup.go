package transforms

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/ingest"
)

// Reasons of the duplicate check: a later record with the id of an earlier
// one is rejected as a duplicate when its content is the same (nothing is
// lost), and quarantined as a conflict when it differs (an operator must
// decide which is right). Codes of the deid/reason grammar.
const (
	ReasonDuplicate = "duplicate"
	ReasonConflict  = "conflict"
)

// DuplicateReasons lists the codes of the duplicate check.
func DuplicateReasons() []string { return []string{ReasonDuplicate, ReasonConflict} }

// OccurrenceBatch is where the valid records of a bundle were read, in
// little room: for every record the first 128 bits of the SHA-256 of its
// conversation id, its source (an index into Sources), its line number
// and the first 128 bits of its canonical content hash
// (export.FingerprintOf), occurrenceSize bytes together. A million records
// take 44 MB in one place, where one element per record took the runner
// gigabytes.
type OccurrenceBatch struct {
	Sources []string
	Entries []byte
}

const occurrenceSize = 16 + 4 + 8 + 16

// Duplicate is a line that repeats the id of an earlier record: its place,
// and whether its content differs (a conflict).
type Duplicate struct {
	Source   string
	LineNo   int64
	Conflict bool
}

func init() {
	register.DoFn3x1[context.Context, ingest.Range, func(string, OccurrenceBatch), error](&occurrencesFn{})
	register.Function3x1[string, func(*OccurrenceBatch) bool, func(Duplicate), error](laterOccurrences)
	register.DoFn3x1[string, func(*OccurrenceBatch) bool, func(Duplicate), error](&laterSinceFn{})
	register.Emitter2[string, OccurrenceBatch]()
	register.Emitter1[Duplicate]()
	register.Iter1[OccurrenceBatch]()
	register.Iter1[Duplicate]()
}

// FindDuplicates reads the input a first time and returns the lines whose
// conversation id an earlier valid record of the run already has, earlier
// meaning by source order (file, then line): the first keeps its place,
// whichever worker reads it. Only ids and hashes are shuffled (44 bytes a
// record in one batch per bundle, never the records), and only the later
// occurrences come out, to be a side input of Deidentify. Lines that are
// not valid records are not counted: they are rejected for what they are.
func FindDuplicates(s beam.Scope, src ingest.Source, chunk int64) beam.PCollection {
	return FindDuplicatesSince(s, src, chunk, Earlier{})
}

// Earlier is the conversations that earlier runs read (the stream's
// committed windows), kept on-prem as a file of fixed entries: the first
// 128 bits of the SHA-256 of a conversation id and the first 128 bits of
// the content hash of its first record (export.FingerprintOf), sorted by
// id: EarlierSize bytes a conversation, no id or content in clear.
type Earlier struct {
	// File holds the earlier conversations. It must exist (empty at
	// first): a worker that cannot read it fails the run rather than
	// letting a duplicate through.
	File string
	// Spool is where the check writes the conversations this run reads
	// first (same format, sorted), for the caller to fold into File once
	// the run has committed (FoldEarlier). Written whole or not at all.
	Spool string
}

// EarlierSize is the size of an entry of an Earlier file.
const EarlierSize = 32

// FindDuplicatesSince is FindDuplicates against the conversations of
// earlier runs too: a record whose id an earlier run read is a later
// occurrence of it, rejected as a duplicate when its content is that of
// the earlier record, quarantined as a conflict when it differs. The
// earlier conversations are read as a sorted stream next to the run's
// sorted occurrences: memory does not grow with them.
func FindDuplicatesSince(s beam.Scope, src ingest.Source, chunk int64, earlier Earlier) beam.PCollection {
	s = s.Scope("FindDuplicates")
	occ := beam.ParDo(s, &occurrencesFn{Source: src}, listRanges(s, src, chunk))
	if earlier.File == "" {
		return beam.ParDo(s, laterOccurrences, beam.GroupByKey(s, occ))
	}
	return beam.ParDo(s, &laterSinceFn{Earlier: earlier}, beam.GroupByKey(s, occ))
}

type occurrencesFn struct {
	Source ingest.Source
}

// maxBatch bounds the entries of one batch (a whole gzip file is one range).
const maxBatch = 100000

func (fn *occurrencesFn) ProcessElement(ctx context.Context, r ingest.Range, emit func(string, OccurrenceBatch)) error {
	batch := OccurrenceBatch{Sources: []string{r.File}}
	var e [occurrenceSize]byte
	err := ingest.ReadRange(ctx, fn.Source, r, func(l ingest.Line) error {
		if l.Reason != "" {
			if l.Reason != ingest.ReasonEmptyFile {
				CheckedBytes.Inc(ctx, l.Size+1)
			}
			return nil
		}
		CheckedBytes.Inc(ctx, int64(len(l.Data))+1)
		c, err := deid.ParseConversation(l.Data)
		if err != nil {
			return nil
		}
		fp, err := export.FingerprintOf(c.ConversationID, l.Data)
		if err != nil {
			return nil
		}
		id := sha256.Sum256([]byte(c.ConversationID))
		copy(e[0:16], id[:16])
		binary.BigEndian.PutUint32(e[16:20], 0)
		binary.BigEndian.PutUint64(e[20:28], uint64(l.No))
		if _, err := hex.Decode(e[28:44], []byte(fp.SHA256[:32])); err != nil {
			return err
		}
		batch.Entries = append(batch.Entries, e[:]...)
		if len(batch.Entries) >= maxBatch*occurrenceSize {
			emit("all", batch)
			batch.Entries = nil
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(batch.Entries) > 0 {
		emit("all", batch)
	}
	return nil
}

type occurrence struct {
	id   [16]byte
	hash [16]byte
	line int64
	src  int32 // rank of the source by name
}

// laterOccurrences keeps the first occurrence of an id by source order and
// reports the others.
func laterOccurrences(_ string, iter func(*OccurrenceBatch) bool, emit func(Duplicate)) error {
	all, srcs, err := sortedOccurrences(iter)
	if err != nil {
		return err
	}
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].id == all[i].id {
			d := all[j]
			emit(Duplicate{Source: srcs[d.src], LineNo: d.line, Conflict: d.hash != all[i].hash})
			j++
		}
		i = j
	}
	return nil
}

type laterSinceFn struct {
	Earlier Earlier
}

// ProcessElement reports the occurrences of ids that earlier runs read
// (every one of them, compared with the earlier record) and the later
// occurrences of the others, and spools the first occurrences of the
// others.
func (fn *laterSinceFn) ProcessElement(_ string, iter func(*OccurrenceBatch) bool, emit func(Duplicate)) error {
	all, srcs, err := sortedOccurrences(iter)
	if err != nil {
		return err
	}
	prior, err := openEarlier(fn.Earlier.File, true)
	if err != nil {
		return err
	}
	defer prior.close()
	var spool []byte
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].id == all[i].id {
			j++
		}
		first, hash := i+1, all[i].hash // the first occurrence keeps its place
		if h, ok, err := prior.find(all[i].id); err != nil {
			return err
		} else if ok {
			first, hash = i, h
		} else {
			spool = append(append(spool, all[i].id[:]...), all[i].hash[:]...)
		}
		for k := first; k < j; k++ {
			d := all[k]
			emit(Duplicate{Source: srcs[d.src], LineNo: d.line, Conflict: d.hash != hash})
		}
		i = j
	}
	if fn.Earlier.Spool == "" {
		return nil
	}
	return writeFileAtomic(fn.Earlier.Spool, spool)
}

// sortedOccurrences reads the occurrences of a run, sorted by id, then
// source (by name), then line; the sources are named by srcs.
func sortedOccurrences(iter func(*OccurrenceBatch) bool) ([]occurrence, []string, error) {
	var all []occurrence
	var srcs []string
	index := map[string]int32{}
	var b OccurrenceBatch
	for iter(&b) {
		if len(b.Entries)%occurrenceSize != 0 {
			return nil, nil, errors.New("dedup: a batch of occurrences is cut short")
		}
		local := make([]int32, len(b.Sources))
		for i, name := range b.Sources {
			k, ok := index[name]
			if !ok {
				k = int32(len(srcs))
				index[name] = k
				srcs = append(srcs, name)
			}
			local[i] = k
		}
		for e := b.Entries; len(e) > 0; e = e[occurrenceSize:] {
			var o occurrence
			copy(o.id[:], e[0:16])
			si := binary.BigEndian.Uint32(e[16:20])
			if int(si) >= len(local) {
				return nil, nil, errors.New("dedup: a batch of occurrences names no such source")
			}
			o.src = local[si]
			o.line = int64(binary.BigEndian.Uint64(e[20:28]))
			copy(o.hash[:], e[28:44])
			all = append(all, o)
		}
		b = OccurrenceBatch{}
	}
	// sources by name: the index becomes the rank
	order := make([]int32, len(srcs))
	for i := range order {
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return srcs[order[i]] < srcs[order[j]] })
	rank := make([]int32, len(srcs))
	for r, k := range order {
		rank[k] = int32(r)
	}
	for i := range all {
		all[i].src = rank[all[i].src]
	}
	named := make([]string, len(srcs))
	for r, k := range order {
		named[r] = srcs[k]
	}
	sort.Slice(all, func(i, j int) bool {
		if c := bytes.Compare(all[i].id[:], all[j].id[:]); c != 0 {
			return c < 0
		}
		if all[i].src != all[j].src {
			return all[i].src < all[j].src
		}
		return all[i].line < all[j].line
	})
	return all, named, nil
}

// earlierReader reads an Earlier file forward, for ids in ascending order.
type earlierReader struct {
	f   *os.File
	r   *bufio.Reader
	cur [EarlierSize]byte
	ok  bool // cur holds an entry
	eof bool
}

func openEarlier(path string, mustExist bool) (*earlierReader, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) && !mustExist {
		return &earlierReader{eof: true}, nil
	}
	if err != nil {
		return nil, errors.Wrapf(err, "dedup: open the earlier conversations %s", errors.Safe(path))
	}
	return &earlierReader{f: f, r: bufio.NewReaderSize(f, 1<<16)}, nil
}

func (e *earlierReader) close() {
	if e.f != nil {
		e.f.Close()
	}
}

// next reads the next entry; false at the end.
func (e *earlierReader) next() (bool, error) {
	if e.eof {
		return false, nil
	}
	if _, err := io.ReadFull(e.r, e.cur[:]); err != nil {
		e.ok, e.eof = false, true
		if err == io.EOF {
			return false, nil
		}
		return false, errors.Wrap(err, "dedup: the earlier conversations are cut short")
	}
	e.ok = true
	return true, nil
}

// find returns the content hash of id, which must not be below the ids
// asked before.
func (e *earlierReader) find(id [16]byte) (hash [16]byte, found bool, err error) {
	for {
		if !e.ok {
			if more, err := e.next(); err != nil || !more {
				return hash, false, err
			}
		}
		switch c := bytes.Compare(e.cur[:16], id[:]); {
		case c < 0:
			e.ok = false
		case c == 0:
			copy(hash[:], e.cur[16:])
			return hash, true, nil
		default:
			return hash, false, nil
		}
	}
}

// FoldEarlier merges a run's spool into the Earlier file once the run has
// committed, as sorted streams into a temporary file that replaces it
// (synced), and removes the spool. An id already in the file keeps its
// entry, so folding again after a crash changes nothing; a missing spool
// (a run with no valid record, or folded already) is nothing to fold.
func FoldEarlier(e Earlier) error {
	sp, err := os.Open(e.Spool)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return errors.Wrap(err, "dedup: fold the earlier conversations")
	}
	defer sp.Close()
	old, err := openEarlier(e.File, false)
	if err != nil {
		return err
	}
	defer old.close()
	add := &earlierReader{f: sp, r: bufio.NewReaderSize(sp, 1<<16)}
	err = writeFileWith(e.File, func(w *bufio.Writer) error {
		for {
			if !old.ok {
				if _, err := old.next(); err != nil {
					return err
				}
			}
			if !add.ok {
				if _, err := add.next(); err != nil {
					return err
				}
			}
			switch {
			case !old.ok && !add.ok:
				return nil
			case !add.ok || (old.ok && bytes.Compare(old.cur[:16], add.cur[:16]) <= 0):
				if add.ok && bytes.Equal(old.cur[:16], add.cur[:16]) {
					add.ok = false // known already: the earlier entry stays
				}
				w.Write(old.cur[:])
				old.ok = false
			default:
				w.Write(add.cur[:])
				add.ok = false
			}
		}
	})
	if err != nil {
		return err
	}
	return errors.Wrap(os.Remove(e.Spool), "dedup: fold the earlier conversations")
}

func writeFileAtomic(path string, data []byte) error {
	return writeFileWith(path, func(w *bufio.Writer) error { _, err := w.Write(data); return err })
}

// writeFileWith writes path whole or not at all: a temporary file next to
// it, synced, renamed over it.
func writeFileWith(path string, fill func(*bufio.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return errors.Wrapf(err, "dedup: write %s", errors.Safe(path))
	}
	defer func() { _ = os.Remove(tmp.Name()) }()
	w := bufio.NewWriterSize(tmp, 1<<16)
	err = fill(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	return errors.Wrapf(err, "dedup: write %s", errors.Safe(path))
}

// duplicateSet is the side input as a set, built once per DoFn instance.
type duplicateSet map[string]bool // place -> conflict

func place(source string, line int64) string { return source + "\x00" + strconv.FormatInt(line, 10) }

func readDuplicates(iter func(*Duplicate) bool) duplicateSet {
	set := duplicateSet{}
	var d Duplicate
	for iter(&d) {
		set[place(d.Source, d.LineNo)] = d.Conflict
	}
	return set
}
