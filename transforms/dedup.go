package transforms

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
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
	s = s.Scope("FindDuplicates")
	occ := beam.ParDo(s, &occurrencesFn{Source: src}, listRanges(s, src, chunk))
	return beam.ParDo(s, laterOccurrences, beam.GroupByKey(s, occ))
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
			CheckedBytes.Inc(ctx, l.Size+1)
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
	var all []occurrence
	var srcs []string
	index := map[string]int32{}
	var b OccurrenceBatch
	for iter(&b) {
		if len(b.Entries)%occurrenceSize != 0 {
			return errors.New("dedup: a batch of occurrences is cut short")
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
				return errors.New("dedup: a batch of occurrences names no such source")
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
	sort.Slice(all, func(i, j int) bool {
		if c := bytes.Compare(all[i].id[:], all[j].id[:]); c != 0 {
			return c < 0
		}
		if all[i].src != all[j].src {
			return all[i].src < all[j].src
		}
		return all[i].line < all[j].line
	})
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].id == all[i].id {
			d := all[j]
			emit(Duplicate{Source: srcs[order[d.src]], LineNo: d.line, Conflict: d.hash != all[i].hash})
			j++
		}
		i = j
	}
	return nil
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
