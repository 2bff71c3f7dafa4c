package deid

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/cockroachdb/errors"
)

// lexicon.txt.gz is compiled by deid/internal/lexgen from the public lists
// credited in the README (`make lexicon`).
//
//go:embed lexicon.txt.gz
var lexiconGz []byte

// Lexicon flags. The low bits come from lexgen (keep in sync with
// internal/lexgen); the high bits are the engine's own grammar, added at
// load time from the tables in grammar.go.
const (
	fFirst    uint64 = 1 << 0
	fLast     uint64 = 1 << 1
	fNonPHI   uint64 = 1 << 2
	fCommon   uint64 = 1 << 3
	fCity     uint64 = 1 << 5
	fCounty   uint64 = 1 << 6
	fState    uint64 = 1 << 7
	fPhrase   uint64 = 1 << 8
	fFirstTop uint64 = 1 << 9
	fLastTop  uint64 = 1 << 10
	fRare     uint64 = 1 << 11

	fMonth      uint64 = 1 << 16 // january, jan, sept
	fWeekday    uint64 = 1 << 17
	fNumWord    uint64 = 1 << 18 // zero..nineteen, twenty..ninety, oh
	fOrdWord    uint64 = 1 << 19 // first..thirty-first parts
	fTitle      uint64 = 1 << 20 // dr, doctor, mrs, nurse
	fRelation   uint64 = 1 << 21 // daughter, husband, neighbor
	fStreet     uint64 = 1 << 22 // street, st, avenue, road
	fFacility   uint64 = 1 << 23 // hospital, clinic, center
	fEponym     uint64 = 1 << 24 // clinical eponym: parkinson, foley
	fEpoHead    uint64 = 1 << 25 // syndrome, disease, catheter: marks an eponym before it
	fStop       uint64 = 1 << 26 // function words and verbs that are never a name after a cue
	fDeterminer uint64 = 1 << 27 // the, my, your: "the doctor" is not a title
	fUnit       uint64 = 1 << 28 // mg, ml, units: a number before it is a measure
	fHoliday    uint64 = 1 << 29
	fLocPrep    uint64 = 1 << 30 // in, from, near: before a place
	fDatePrep   uint64 = 1 << 31 // on, since, until: before a date
	fDirection  uint64 = 1 << 32 // north, n, east, sw
	fUnitSuffix uint64 = 1 << 33 // apt, suite, unit, #
	fGeneric    uint64 = 1 << 34 // generic facility modifiers: the, county, general
	fNameCue    uint64 = 1 << 35 // words that introduce a name: named, called
	fGreeting   uint64 = 1 << 36 // hi, hello, thanks, bye
	fMeasure    uint64 = 1 << 37 // count, level, platelets: a number after it is a value
	fEpoSurname uint64 = 1 << 38 // smith, baker: an eponym only before a clinical head
	fFacHead    uint64 = 1 << 39 // hospital, clinic, center: ends a facility name
	fCountry    uint64 = 1 << 40 // countries, peoples, languages, faiths: not identifiers
	fLandmark   uint64 = 1 << 41 // park, estates, farm: ends the name of a local place
	fIntro      uint64 = 1 << 42 // i'm, this, call, thank, spelled: a name may follow
	fMultiplier uint64 = 1 << 43 // double, triple (spoken digits)
	fCountyWord uint64 = 1 << 44 // county, parish
	fPO         uint64 = 1 << 45 // po, p (PO box)
	fPersonVerb uint64 = 1 << 46 // said, told, drove: what people do after their name
	fParticle   uint64 = 1 << 47 // al, de, van, von: part of a surname before it

	fNameAny = fFirst | fLast
)

type lexicon struct {
	words   map[string]uint64
	phrases map[string]Type
	// prefixes holds every leading part (two words or more) of a phrase,
	// so a look-up can stop as soon as no phrase starts that way.
	prefixes map[string]struct{}
	zips     map[string]struct{}
	maxPhr   int
}

var (
	lexOnce sync.Once
	lexVal  *lexicon
	lexErr  error
)

// loadLexicon parses the embedded lexicon once per process; every Engine
// shares it (it is read-only after load).
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lexVal, lexErr = parseLexicon(lexiconGz) })
	return lexVal, lexErr
}

func parseLexicon(gz []byte) (*lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, errors.Wrap(err, "lexicon")
	}
	l := &lexicon{
		words:    make(map[string]uint64, 800_000),
		phrases:  make(map[string]Type, 12_000),
		prefixes: make(map[string]struct{}, 8_000),
		zips:     make(map[string]struct{}, 34_000),
	}
	r := bufio.NewReaderSize(zr, 1<<16)
	for n := 1; ; n++ {
		line, err := r.ReadSlice('\n')
		if len(line) == 0 && err != nil {
			break
		}
		line = bytes.TrimRight(line, "\n")
		if len(line) < 3 || line[1] != '\t' {
			return nil, errors.Newf("lexicon line %d: malformed", n)
		}
		rest := line[2:]
		switch line[0] {
		case 'w':
			i := bytes.IndexByte(rest, '\t')
			if i < 0 {
				return nil, errors.Newf("lexicon line %d: malformed word", n)
			}
			f, err := strconv.ParseUint(string(rest[i+1:]), 16, 64)
			if err != nil {
				return nil, errors.Newf("lexicon line %d: bad flags", n)
			}
			l.words[string(rest[:i])] = f
		case 'p':
			i := bytes.IndexByte(rest, '\t')
			if i < 0 {
				return nil, errors.Newf("lexicon line %d: malformed phrase", n)
			}
			p := string(rest[:i])
			l.phrases[p] = Type(rest[i+1:])
			for k, sp := 0, 0; k < len(p); k++ {
				if p[k] == ' ' {
					if sp++; sp >= 2 {
						l.prefixes[p[:k]] = struct{}{}
					}
				}
			}
			if k := strings.Count(p, " ") + 1; k > l.maxPhr {
				l.maxPhr = k
			}
		case 'z':
			l.zips[string(rest)] = struct{}{}
		default:
			return nil, errors.Newf("lexicon line %d: unknown kind", n)
		}
	}
	addGrammar(l)
	return l, nil
}

func (l *lexicon) addWords(f uint64, words string) {
	for _, w := range strings.Fields(words) {
		l.words[strings.ReplaceAll(w, "'", "")] |= f
	}
}
