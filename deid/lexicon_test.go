package deid

import (
	"github.com/deid-project/deid/deid/internal/lang/en"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/deid-project/deid/deid/internal/lextab"
)

// The embedded lexicon answers for words of every path: short and long front
// words (hot or grammar), words only in the generated table, absent words.
func TestLexiconWords(t *testing.T) {
	l := testEngine(t).lex
	for _, c := range []struct {
		word      string
		want, not uint64
	}{
		{"the", fStop | fDeterminer | fCommon | fNonPHI, fFirst},
		{"john", fFirst | fFirstTop | fLast, fCity},
		{"jessica", fFirst | fFirstTop, fCommon},
		{"smith", fLast | fLastTop | fEpoSurname, 0},
		{"gutierrez", fLast, fCommon | fFirst},
		{"boston", fCity | fLast, fState},
		{"texas", fState | fCounty, 0},
		{"washington", fState | fCity | fCounty, 0},
		{"new", fPhrase | fCommon, 0},
		{"parkinson", fEponym | fLast, 0},
		{"parkinsons", fEponym, 0},
		{"dont", fStop, fNameAny}, // don't, apostrophe dropped
		{"january", fMonth | fFirst, 0},
		{"monday", fWeekday, 0},
		{"twenty", fNumWord, fOrdWord},
		{"third", fOrdWord, fNumWord},
		{"mg", fUnit, 0},
		{"street", fStreet | fCommon, 0},
		{"hospital", fFacility | fFacHead | fCommon, fNameAny},
		{"thanksgiving", fHoliday, 0},
		{"grandmother", fRelation, 0},
		{"metformin", fNonPHI, fNameAny | fCommon},
		{"cardiomyopathy", fNonPHI, fNameAny},
	} {
		f := l.word([]byte(c.word))
		if f&c.want != c.want || f&c.not != 0 {
			t.Errorf("%s: flags %x, want %x and none of %x", c.word, f, c.want, c.not)
		}
	}
	for _, w := range []string{"zzqxj", "qqqqqqqqqqqqqqqqqqqq", strings.Repeat("a", 300), "mr smith"} {
		if f := l.word([]byte(w)); f != 0 {
			t.Errorf("%q: flags %x, want none", w, f)
		}
	}
}

func TestLexiconPhrasesAndZips(t *testing.T) {
	l := testEngine(t).lex
	for p, want := range map[string]Type{
		"new york": "STATE", "rhode island": "STATE", "district of columbia": "STATE",
		"los angeles": "CITY", "new york city": "", "new": "", "of the": "",
	} {
		if got, ok := l.phrase([]byte(p)); got != want || ok != (want != "") {
			t.Errorf("phrase %q = %q, %v; want %q", p, got, ok, want)
		}
	}
	if !l.prefix([]byte("new york")) || l.prefix([]byte("district of columbia")) || l.prefix([]byte("new")) {
		t.Error("prefix: new york is the start of longer phrases, district of columbia is not")
	}
	if l.pairType([]byte("rhode"), []byte("island")) != "STATE" || l.pairType([]byte("the"), []byte("island")) != "" {
		t.Error("pairType")
	}
	if l.maxPhr < 2 || l.maxPhr > 10 {
		t.Errorf("maxPhr %d", l.maxPhr)
	}
	for z, want := range map[string]bool{"02134": true, "10001": true, "90210": true, "00000": false, "99999": false, "0213": false, "021345": false} {
		if l.zip(z) != want {
			t.Errorf("zip %s: %v", z, !want)
		}
	}
}

// The front table keeps each word's generated flags (the grammar only adds
// to them: the filler words get fCommon; it takes fNonPHI off the given
// names of givenNotNonPHI and the towns of world_cities.txt alone), and pairType
// may skip words without fPhrase: lexgen sets it on the first token of
// every phrase.
func TestLexiconInvariants(t *testing.T) {
	l := testEngine(t).lex
	worldCity := map[string]bool{}
	for w := range en.Words(en.WorldCities) {
		worldCity[w] = true
		// a town abroad is no everyday, clinical or eponym word ("bologna", "glasgow")
		f := l.word([]byte(w))
		assert.Zero(t, f&(fCommon|fClinical|fEponym|fCountry|fStop), "world city %q: %x", w, f)
		assert.NotZero(t, f&fCity, "world city %q is no city", w)
	}
	check := func(w []byte, f uint64) {
		v, _ := l.file.Words.Lookup(lextab.Hash(w, l.seed), w)
		if slices.Contains(givenNotNonPHI, string(w)) || worldCity[string(w)] {
			assert.Zero(t, f&fNonPHI, "%s keeps fNonPHI", w)
			v &^= uint16(fNonPHI)
		}
		if f&uint64(v) != uint64(v) {
			t.Errorf("front %q: %x, generated %x", w, f, v)
		}
	}
	for _, e := range l.short {
		if e.key != 0 {
			var w []byte
			for k := e.key; k != 0; k >>= 8 {
				w = append(w, byte(k))
			}
			check(w, e.flags)
		}
	}
	for _, e := range l.long {
		if e.n != 0 {
			check(l.lkeys[e.off:e.off+uint32(e.n)], e.flags)
		}
	}
	if l.shortN+l.longN < l.file.HotLen() {
		t.Errorf("front: %d words, fewer than the %d hot ones", l.shortN+l.longN, l.file.HotLen())
	}
	n := 0
	l.file.Phrases.All(func(p string, v uint16) {
		if v&0xff == 0 {
			return
		}
		n++
		first, _, _ := strings.Cut(p, " ")
		if l.word([]byte(first))&fPhrase == 0 {
			t.Errorf("phrase %q: no fPhrase on %q", p, first)
		}
	})
	if n < 1000 {
		t.Errorf("%d phrases", n)
	}
}

// Loading costs a few allocations, none per entry.
func TestLexiconLoadAllocs(t *testing.T) {
	if a := testing.AllocsPerRun(3, func() {
		if _, err := parseLexicon(lexiconBin); err != nil {
			t.Fatal(err)
		}
	}); a > 30 {
		t.Errorf("%v allocations to load the lexicon", a)
	}
}

// TestEditFilterHoldsEveryWord: the edit filter lets through every word
// that misspeltOf accepts (a filter that dropped one would change findings).
func TestEditFilterHoldsEveryWord(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	check := func(w []byte) {
		f := l.word(w)
		if len(w) >= 5 && f&fNameAny == 0 && (f&(fCommon|fClinical) != 0 || clinicalTerms()[string(w)]) {
			n++
			if !l.mayEdit(w) {
				t.Errorf("edit filter drops %q", w)
			}
		}
	}
	l.file.Words.All(func(k string, _ uint16) { check([]byte(k)) })
	for w := range clinicalTerms() {
		check([]byte(w))
	}
	for _, e := range l.long {
		if e.n != 0 {
			check(l.lkeys[e.off : e.off+uint32(e.n)])
		}
	}
	for _, e := range l.short {
		var w []byte
		for k := e.key; k != 0; k >>= 8 {
			w = append(w, byte(k))
		}
		check(w)
	}
	if n == 0 {
		t.Fatal("no word checked")
	}
}

// TestScannerPairType: the scanner's pairType, which reads the tokens'
// flags and the phrase-start filter first, answers as the lexicon does for
// every pair of tokens of the dialogue fixtures and of a few state names.
func TestScannerPairType(t *testing.T) {
	convs, _ := realDialogues(t)
	texts := []string{"Rhode Island's, new york NEW YORK's west virginia; the island of rhode island", "in North Carolina, [NAME] 3rd st. louis"}
	for _, c := range convs {
		for _, tu := range c.Turns {
			texts = append(texts, tu.Text)
		}
	}
	s := &scanner{lex: testEngine(t).lex}
	n, hits := 0, 0
	for _, text := range texts {
		s.text = text
		s.tokenize()
		for i := 0; i < len(s.toks); i++ {
			for j := i + 1; j < len(s.toks) && j <= i+2; j++ {
				want := s.lex.pairType(s.lowerTok(i), s.lowerTok(j))
				if got := s.pairType(i, j); got != want {
					t.Fatalf("pairType(%q, %q) = %q, want %q", s.lowerTok(i), s.lowerTok(j), got, want)
				}
				n++
				if want != "" {
					hits++
				}
			}
		}
	}
	if n == 0 || hits == 0 {
		t.Fatalf("%d pairs, %d phrases: nothing tested", n, hits)
	}
}
