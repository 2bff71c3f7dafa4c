package transforms

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

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

// Occurrence is where a valid record with a given id was read, and a hash
// of its canonical content (export.FingerprintOf, truncated to 128 bits).
type Occurrence struct {
	Source string
	LineNo int64
	Hash   string
}

// Duplicate is a line that repeats the id of an earlier record: its place,
// and whether its content differs (a conflict).
type Duplicate struct {
	Source   string
	LineNo   int64
	Conflict bool
}

func init() {
	register.DoFn3x1[context.Context, ingest.Range, func(string, Occurrence), error](&occurrencesFn{})
	register.Function3x0[string, func(*Occurrence) bool, func(Duplicate)](laterOccurrences)
	register.Emitter2[string, Occurrence]()
	register.Emitter1[Duplicate]()
	register.Iter1[Occurrence]()
	register.Iter1[Duplicate]()
}

// FindDuplicates reads the input a first time and returns the lines whose
// conversation id an earlier valid record of the run already has, earlier
// meaning by source order (file, then line): the first keeps its place,
// whichever worker reads it. Only ids and hashes are shuffled (about 100
// bytes per record: the id's SHA-256 and a hash of the content, never the
// records), and only the later occurrences come out, to be a side input
// of Deidentify. Lines that are not valid records are not counted: they
// are rejected for what they are.
func FindDuplicates(s beam.Scope, src ingest.Source, chunk int64) beam.PCollection {
	s = s.Scope("FindDuplicates")
	ranges := beam.ParDo(s, &listFn{Source: src, Chunk: chunk}, beam.Impulse(s))
	ranges = beam.Reshuffle(s, ranges)
	occ := beam.ParDo(s, &occurrencesFn{Source: src}, ranges)
	return beam.ParDo(s, laterOccurrences, beam.GroupByKey(s, occ))
}

type occurrencesFn struct {
	Source ingest.Source
}

func (fn *occurrencesFn) ProcessElement(ctx context.Context, r ingest.Range, emit func(string, Occurrence)) error {
	return ingest.ReadRange(ctx, fn.Source, r, func(l ingest.Line) error {
		if l.Reason != "" {
			return nil
		}
		c, err := deid.ParseConversation(l.Data)
		if err != nil {
			return nil
		}
		fp, err := export.FingerprintOf(c.ConversationID, l.Data)
		if err != nil {
			return nil
		}
		id := sha256.Sum256([]byte(c.ConversationID))
		emit(hex.EncodeToString(id[:16]), Occurrence{Source: r.File, LineNo: l.No, Hash: fp.SHA256[:32]})
		return nil
	})
}

// laterOccurrences keeps the first occurrence of an id by source order and
// reports the others.
func laterOccurrences(_ string, iter func(*Occurrence) bool, emit func(Duplicate)) {
	var all []Occurrence
	var o Occurrence
	for iter(&o) {
		all = append(all, o)
	}
	if len(all) < 2 {
		return
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Source != all[j].Source {
			return all[i].Source < all[j].Source
		}
		return all[i].LineNo < all[j].LineNo
	})
	for _, d := range all[1:] {
		emit(Duplicate{Source: d.Source, LineNo: d.LineNo, Conflict: d.Hash != all[0].Hash})
	}
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
