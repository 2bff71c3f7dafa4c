// Command lexgen compiles the public dictionaries in ../shared/data (and the
// SCOWL English word lists of Debian's `scowl` package) into the compiled
// lexicon the engine embeds: deid/lexicon.bin, in the format of
// deid/internal/lextab (sorted, front-coded keys from which the engine
// rebuilds its hash tables at start-up).
//
// It runs at development time only (`make lexicon`); the engine never reads
// ../shared or /usr/share at run time. The output is deterministic: the same
// inputs give the same bytes.
//
// The lexicon holds:
//
//   - words: single lower-case tokens (apostrophes dropped) and their flags
//     (lextab.First, lextab.City, ...);
//   - phrases: multi-token names (space separated, lower case) and their type
//     (CITY, COUNTY, FACILITY, STATE);
//   - zips: the 5-digit ZIPs with a 2020 census population;
//   - hot: the tokens met most often in the bundled real dialogues (-hot),
//     which the engine keeps in a small table in front of the large one. They
//     only make look-ups faster: they change no answer.
package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/deid-project/deid/deid/internal/lextab"
)

// The flags lexgen sets, defined once for lexgen and the engine.
const (
	fFirst    = lextab.First
	fLast     = lextab.Last
	fNonPHI   = lextab.NonPHI
	fCommon   = lextab.Common
	fCity     = lextab.City
	fCounty   = lextab.County
	fState    = lextab.State
	fPhrase   = lextab.Phrase
	fFirstTop = lextab.FirstTop
	fLastTop  = lextab.LastTop
	fRare     = lextab.Rare
)

var (
	shared = flag.String("shared", "../shared/data", "folder with the shared public data")
	scowl  = flag.String("scowl", "/usr/share/dict/scowl", "SCOWL word lists (Debian package scowl)")
	out    = flag.String("out", "deid/lexicon.bin", "output file")
	hot    = flag.String("hot", "fixtures/testdata/mts-dialog-sample.jsonl,fixtures/testdata/primock57.jsonl",
		"comma-separated JSONL files whose \"text\" fields give the token frequencies of the hot table")
	hotN = flag.Int("hot-n", 2048, "tokens in the hot table")
)

type lex struct {
	words   map[string]uint64
	phrases map[string]string
	zips    map[string]bool
}

func (l *lex) add(word string, f uint64) {
	word = norm(word)
	if word == "" {
		return
	}
	if strings.Contains(word, " ") {
		toks := strings.Fields(word)
		l.words[toks[0]] |= fPhrase
		return
	}
	l.words[word] |= f
}

func (l *lex) phrase(p, typ string) {
	p = norm(p)
	toks := strings.Fields(p)
	if len(toks) < 2 || len(toks) > 8 {
		return
	}
	p = strings.Join(toks, " ")
	if _, ok := l.phrases[p]; !ok {
		l.phrases[p] = typ
	}
	l.words[toks[0]] |= fPhrase
}

// hospitalStem is a hospital's name without "the" and the heads it ends
// with ("Beth Israel Deaconess Medical Center" -> "beth israel deaconess"),
// or "" when that leaves fewer than two words or more than five, a name
// "of" a place, a spelled letter, or only everyday English words ("our
// community", "same day surgery", "holy cross").
func hospitalStem(name string, words map[string]uint64) string {
	toks := strings.Fields(norm(name))
	for len(toks) > 0 && toks[0] == "the" {
		toks = toks[1:]
	}
	for len(toks) > 0 && hospitalHead[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	if len(toks) < 2 || len(toks) > 5 {
		return ""
	}
	proper := false
	for _, t := range toks {
		if t == "of" || len(t) == 1 {
			return ""
		}
		if words[t]&fCommon == 0 {
			proper = true
		}
	}
	if !proper {
		return ""
	}
	return strings.Join(toks, " ")
}

var hospitalHead = map[string]bool{
	"hospital": true, "hospitals": true, "medical": true, "center": true, "centre": true, "centers": true,
	"health": true, "healthcare": true, "system": true, "systems": true, "clinic": true, "clinics": true,
	"inc": true, "llc": true, "campus": true, "hosp": true, "ctr": true, "med": true, "network": true,
	"and": true, "the": true,
}

// norm lower-cases and keeps letters, digits, apostrophes and single spaces,
// the same normalisation the engine applies to tokens.
func norm(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '\'':
			// dropped: "o'brien" and "obrien" normalise alike in the engine too
		default:
			space = true
		}
	}
	return b.String()
}

func main() {
	flag.Parse()
	l := &lex{words: map[string]uint64{}, phrases: map[string]string{}, zips: map[string]bool{}}
	d := filepath.Join(*shared, "dictionaries")

	// Names.
	for w := range readJSONKeys(filepath.Join(d, "philter-ucsf/firstnames_minus_fps.json")) {
		l.add(w, fFirst)
	}
	for w := range readJSONKeys(filepath.Join(d, "philter-ucsf/lastnames_minus_fps.json")) {
		l.add(w, fLast)
	}
	eachLine(filepath.Join(d, "phileas/first-names.txt"), func(s string) { l.add(s, fFirst) })
	eachLine(filepath.Join(d, "phileas/surnames-census2010-full.txt"), func(s string) { l.add(s, fLast) })
	eachLine(filepath.Join(d, "phileas/surnames-top100.txt"), func(s string) { l.add(s, fLast|fLastTop) })
	births := map[string]int{}
	eachCSV(filepath.Join(d, "ssa-names/names-by-sex-1880-2023.csv"), ',', func(r []string) {
		n, err := strconv.Atoi(r[2])
		if err == nil {
			births[norm(r[0])] += n
		}
	})
	for w, n := range births {
		switch {
		case n >= 20000:
			l.add(w, fFirst|fFirstTop)
		case n >= 200:
			l.add(w, fFirst)
		}
	}
	// Top surnames by census rank: the full census list is sorted by name, so
	// use SCOWL's proper-name lists (sizes <= 50) as the "well-known
	// surname" signal together with the census top 100.
	for _, f := range []string{"american-proper-names.50", "english-proper-names.35", "english-proper-names.40", "english-proper-names.50"} {
		eachLine(filepath.Join(*scowl, f), func(s string) {
			if w := norm(s); l.words[w]&fLast != 0 {
				l.words[w] |= fLastTop
			}
		})
	}

	// Words that are not PHI.
	for w := range readJSONKeys(filepath.Join(d, "philter-ucsf/whitelist_plus_fps_091718_nonames.json")) {
		if w = norm(w); w != "" && !strings.Contains(w, " ") {
			l.words[w] |= fNonPHI
		}
	}
	// Common and rare English words: lower-case entries of SCOWL.
	for _, lvl := range []string{"10", "20", "35", "40", "50"} {
		for _, pre := range []string{"english-words.", "american-words.", "english-contractions.", "english-abbreviations."} {
			eachLine(filepath.Join(*scowl, pre+lvl), func(s string) {
				if s != "" && unicode.IsLower([]rune(s)[0]) {
					if w := norm(s); w != "" && !strings.Contains(w, " ") {
						l.words[w] |= fCommon
					}
				}
			})
		}
	}
	for _, lvl := range []string{"55", "60", "70", "80", "95"} {
		for _, pre := range []string{"english-words.", "american-words."} {
			eachLine(filepath.Join(*scowl, pre+lvl), func(s string) {
				if s != "" && unicode.IsLower([]rune(s)[0]) {
					if w := norm(s); w != "" && !strings.Contains(w, " ") && l.words[w]&fCommon == 0 {
						l.words[w] |= fRare
					}
				}
			})
		}
	}

	// Geography.
	eachLine(filepath.Join(d, "phileas/states.txt"), func(s string) { l.add(s, fState); l.phrase(s, "STATE") })
	for _, ab := range strings.Fields("al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr") {
		l.add(ab, fState)
	}
	city := func(s string) {
		if strings.Contains(norm(s), " ") {
			l.phrase(s, "CITY")
		} else {
			l.add(s, fCity)
		}
	}
	eachLine(filepath.Join(d, "phileas/cities.txt"), city)
	eachCSV(filepath.Join(d, "us-cities/us_cities_states_counties.csv"), '|', func(r []string) {
		if len(r) >= 4 && r[0] != "City" {
			city(r[0])
			county := norm(r[3])
			if strings.Contains(county, " ") {
				l.phrase(county, "COUNTY")
			} else {
				l.add(county, fCounty)
			}
		}
	})
	eachLine(filepath.Join(d, "phileas/counties.txt"), func(s string) {
		if strings.Contains(norm(s), " ") {
			l.phrase(s, "COUNTY")
		} else {
			l.add(s, fCounty)
		}
	})
	var hospitals []string
	eachLine(filepath.Join(d, "phileas/hospitals.txt"), func(s string) { l.phrase(s, "FACILITY"); hospitals = append(hospitals, s) })
	eachCSV(filepath.Join(d, "cms-hospitals/Hospital_General_Information.csv"), ',', func(r []string) {
		if len(r) > 5 && r[0] != "Provider ID" {
			l.phrase(r[1], "FACILITY")
			hospitals = append(hospitals, r[1])
		}
	})
	// Hospitals as people say them, without their heads ("beth israel
	// deaconess", "cedars sinai", "johns hopkins"): the engine takes one
	// only after a preposition of place.
	for _, h := range hospitals {
		if st := hospitalStem(h, l.words); st != "" {
			l.phrase(st, lextab.FacilityShort)
			// and its first two words, as people shorten it: "beth israel"
			if toks := strings.Fields(st); len(toks) > 2 {
				if two := hospitalStem(toks[0]+" "+toks[1], l.words); two != "" {
					l.phrase(two, lextab.FacilityShort)
				}
			}
		}
	}
	eachLine(filepath.Join(d, "phileas/zip-code-population.csv"), func(s string) {
		if strings.HasPrefix(s, "#") {
			return
		}
		z, pop, ok := strings.Cut(s, ",")
		if n, err := strconv.Atoi(pop); ok && err == nil && n > 0 && len(z) == 5 {
			l.zips[z] = true
		}
	})

	var hotFiles []string
	if *hot != "" {
		hotFiles = strings.Split(*hot, ",")
	}
	if err := write(l, *out, hotTokens(hotFiles, *hotN)); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "lexgen: %d words, %d phrases, %d zips -> %s\n", len(l.words), len(l.phrases), len(l.zips), *out)
}

// seed is the hash seed of the tables (any fixed value).
const seed = 0x6465_6964_6c65_7831

func write(l *lex, path string, hot []string) error {
	spec := &lextab.Spec{Seed: seed, Words: make(map[string]uint16, len(l.words)), Phrases: l.phrases, Hot: hot}
	for w, f := range l.words {
		if f&^lextab.Generated != 0 {
			return fmt.Errorf("word %q: flags %x outside lextab.Generated", w, f)
		}
		spec.Words[w] = uint16(f)
	}
	for z := range l.zips {
		n, err := strconv.Atoi(z)
		if err != nil {
			return fmt.Errorf("zip %q: %v", z, err)
		}
		spec.Zips = append(spec.Zips, n)
	}
	sort.Ints(spec.Zips)
	b, err := lextab.Build(spec)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// hotTokens returns the n tokens seen most often in the "text" fields (at any
// depth) of the JSONL files, normalised as the engine normalises them; ties
// are broken alphabetically. Numbers are left out: the engine does not look
// them up.
func hotTokens(files []string, n int) []string {
	count := map[string]int{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if s, ok := x.(string); ok && k == "text" {
					for _, w := range strings.Fields(norm(s)) {
						if strings.IndexFunc(w, unicode.IsLetter) >= 0 && len(w) <= lextab.MaxKey {
							count[w]++
						}
					}
					continue
				}
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	for _, f := range files {
		eachLine(f, func(line string) {
			var v any
			if err := json.Unmarshal([]byte(line), &v); err != nil {
				log.Fatalf("%s: %v", f, err)
			}
			walk(v)
		})
	}
	ws := sortedKeys(count)
	sort.SliceStable(ws, func(i, j int) bool { return count[ws[i]] > count[ws[j]] })
	return ws[:min(n, len(ws))]
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func readJSONKeys(path string) map[string]int {
	b, err := os.ReadFile(path)
	if err != nil {
		log.Fatal(err)
	}
	m := map[string]int{}
	if err := json.Unmarshal(b, &m); err != nil {
		log.Fatalf("%s: %v", path, err)
	}
	return m
}

func eachLine(path string, fn func(string)) {
	f, err := os.Open(path)
	if os.IsNotExist(err) && strings.HasPrefix(path, *scowl) {
		return // SCOWL has no list of that kind at that size
	}
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if t := strings.TrimSpace(s.Text()); t != "" {
			fn(t)
		}
	}
	if err := s.Err(); err != nil {
		log.Fatal(err)
	}
}

func eachCSV(path string, sep rune, fn func([]string)) {
	f, err := os.Open(path)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			log.Fatalf("%s: %v", path, err)
		}
		fn(rec)
	}
}
