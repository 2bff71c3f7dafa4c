package verify

import (
	"strconv"
	"strings"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/internal/lang/en"
)

// literals are the known identifiers of a source encounter, normalised for
// a literal search of the output: independent of the engine, so that what
// the engine keeps missing is still caught when the record itself says what
// to look for.
type literals struct {
	words   map[string]deid.Type // name parts of at least 3 letters, compact ids
	weak    map[string]bool      // name parts that are also common words: need a name context
	phrases map[string][]phrase  // street, city, facility, textual dates; by first word
	numbers []number             // digit strings: MRN, phone, NPI, ZIP, numeric dates
	emails  []string
}

type phrase struct {
	words []string
	typ   deid.Type
}

type number struct {
	digits string
	typ    deid.Type
}

// Verify keeps its own copies of the word tables that decide what the
// literal search looks for and what it lets pass (nameSkip, eponymHeads,
// titleWords, streetAbbrev here, digitWords and numWords): it is the
// independent check, so a change to the engine's tables in
// deid/internal/lang/en must not change it unseen. tables_test.go lists
// every difference between each copy and en's table.

// nameSkip are parts of a written name that are not the name.
var nameSkip = map[string]bool{"dr": true, "mr": true, "mrs": true, "ms": true, "miss": true, "md": true,
	"do": true, "rn": true, "np": true, "pa": true, "jr": true, "sr": true, "ii": true, "iii": true, "iv": true,
	"phd": true, "dds": true, "lpn": true, "prof": true, "the": true, "and": true, "of": true, "van": true,
	"von": true, "der": true, "del": true, "los": true, "las": true, "san": true}

// commonWords are name parts that are everyday words: a literal hit on one
// of them counts only next to another known name part or after a title
// ("dr will", "will turner"), or written with a capital inside a sentence of
// cased text. Without this a patient called May or Will would never leave.
var commonWords = toSet("will may can hope faith grace joy art frank rich mark bill pat sue rose june april " +
	"august summer long young white black brown green gray grey little king price page lane hill wood park " +
	"love day hunt rice cook case major miles best good hall west north south east stone church strong " +
	"short sharp carter bishop dean ray bell")

// eponymHeads follow an eponym: a known name part right before one of them
// is the clinical term named after someone else ("Graves' disease" for a
// patient called Graves), which the redactor keeps on purpose.
var eponymHeads = toSet("disease diseases palsy syndrome syndromes sign signs phenomenon test maneuver " +
	"manoeuvre ophthalmopathy orbitopathy disorder tremor reflex score scale criteria classification " +
	"fracture procedure operation repair law catheter node nodes")

// titleWords before a weak name part make it count ("dr will").
var titleWords = toSet("dr doctor mr mister mrs missus ms miss nurse prof professor sister father")

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func newLiterals(enc *deid.Encounter) *literals {
	l := &literals{words: map[string]deid.Type{}, weak: map[string]bool{}, phrases: map[string][]phrase{}}
	if enc == nil {
		return l
	}
	if p := enc.Patient; p != nil {
		l.addName(p.Name)
		l.addID(p.MRN, deid.MRN)
		if d := digits(p.Phone); len(d) >= 7 {
			if len(d) == 11 && d[0] == '1' {
				d = d[1:]
			}
			l.numbers = append(l.numbers, number{d, deid.Phone})
			if len(d) > 7 {
				l.numbers = append(l.numbers, number{d[len(d)-7:], deid.Phone})
			}
		}
		if e := strings.ToLower(strings.TrimSpace(p.Email)); strings.Contains(e, "@") {
			l.emails = append(l.emails, e)
			local, _, _ := strings.Cut(e, "@")
			if w := words(local); len(w) == 1 && len(w[0]) >= 3 {
				l.words[w[0]] = deid.Email
			}
		}
		if a := p.Address; a != nil {
			l.addStreet(a.Street)
			if w := words(a.City); len(w) > 0 {
				l.addPhrase(w, deid.City)
			}
			if z := digits(a.Zip); len(z) >= 5 {
				l.numbers = append(l.numbers, number{z[:5], deid.Zip})
				if len(z) == 9 {
					l.numbers = append(l.numbers, number{z, deid.Zip})
				}
			}
		}
		l.addDate(p.BirthDate)
		if age, ok := deid.AgeAt(p.BirthDate, enc.StartedAt); ok && age >= deid.SafeHarborAgeCap {
			y, _ := strconv.Atoi(p.BirthDate[:4])
			l.addBirthYear(y) // a year that tells an age over 89
		}
	}
	if len(enc.StartedAt) >= 10 {
		l.addDate(enc.StartedAt[:10])
	}
	for _, c := range enc.Clinicians {
		l.addName(c.Name)
		if n := digits(c.NPI); len(n) == 10 {
			l.numbers = append(l.numbers, number{n, deid.NPI})
		}
	}
	for _, n := range enc.OtherNames {
		l.addName(n)
	}
	if w := words(enc.Facility); len(w) > 0 {
		l.addPhrase(w, deid.Facility)
	}
	return l
}

func (l *literals) addPhrase(words []string, t deid.Type) {
	if len(words) == 0 {
		return
	}
	for i, w := range words {
		words[i] = streetWord(w)
	}
	l.phrases[words[0]] = append(l.phrases[words[0]], phrase{words, t})
}

func (l *literals) addName(name string) {
	for _, w := range words(name) {
		if len(w) < 3 || nameSkip[w] || isDigits(w) {
			continue
		}
		l.words[w] = deid.Name
		if commonWords[w] {
			l.weak[w] = true
		}
	}
}

func (l *literals) addID(id string, t deid.Type) {
	var c strings.Builder
	for _, w := range words(id) {
		c.WriteString(w)
	}
	if c.Len() >= 4 && !isDigits(c.String()) {
		l.words[c.String()] = t // "ab12345" written as one word
	}
	if d := digits(id); len(d) >= 5 {
		l.numbers = append(l.numbers, number{d, t})
		if t := strings.TrimLeft(d, "0"); len(t) >= 5 && t != d {
			l.numbers = append(l.numbers, number{t, deid.MRN})
		}
	}
}

// addStreet: the house number with the first street word ("549 birch"), and
// the street's name words when there are two or more ("birch court"; a
// single word such as "broadway" alone is too often a plain word).
func (l *literals) addStreet(street string) {
	ws := words(street)
	var name []string
	for i, w := range ws {
		if isDigits(w) {
			if i+1 < len(ws) && !isDigits(ws[i+1]) && len(name) == 0 {
				l.addPhrase([]string{w, streetWord(ws[i+1])}, deid.Address)
			}
			continue
		}
		if w == "apt" || w == "apartment" || w == "unit" || w == "suite" || w == "ste" {
			break
		}
		name = append(name, streetWord(w))
	}
	if len(name) >= 2 {
		l.addPhrase(name, deid.Address)
	}
}

var streetAbbrev = map[string]string{"st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "dr": "drive",
	"ln": "lane", "blvd": "boulevard", "ct": "court", "pl": "place", "cir": "circle", "pkwy": "parkway",
	"hwy": "highway", "ter": "terrace", "n": "north", "s": "south", "e": "east", "w": "west"}

func streetWord(w string) string {
	if x, ok := streetAbbrev[w]; ok {
		return x
	}
	return w
}

// months are the full names of the months by number, and ordinalWords the
// spoken days of a month ("first", "twenty first"), from the engine's
// tables of deid/internal/lang/en: they only spell what the search looks
// for.
var months, ordinalWords = func() (m [13]string, o [32]string) {
	sp, num, ord := en.Spellings(en.Months), en.Spellings(en.Numbers), en.Spellings(en.Ordinals)
	for i := 1; i <= 12; i++ {
		m[i] = sp[i]
	}
	for d := 1; d <= 31; d++ {
		if w, ok := ord[d]; ok {
			o[d] = w
		} else {
			o[d] = num[d/10*10] + " " + ord[d%10]
		}
	}
	return m, o
}()

// addDate adds a date (YYYY-MM-DD) in the forms it is written and said:
// 1973-08-19, 08/19/1973, 8/19/73 (as digit strings), "august 19",
// "aug 19th", "19 august", "the nineteenth of august", "august
// nineteenth". A year alone is not an identifier and is not searched.
func (l *literals) addDate(iso string) {
	if len(iso) != 10 || iso[4] != '-' || iso[7] != '-' {
		return
	}
	y, m, d := iso[:4], iso[5:7], iso[8:10]
	mi, err1 := strconv.Atoi(m)
	di, err2 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || mi < 1 || mi > 12 || di < 1 || di > 31 || !isDigits(y) {
		return
	}
	ms, ds := strconv.Itoa(mi), strconv.Itoa(di)
	for _, n := range []string{y + m + d, m + d + y, ms + ds + y, d + m + y, ds + ms + y, m + d + y[2:]} {
		if len(n) >= 6 {
			l.numbers = append(l.numbers, number{n, deid.Date})
		}
	}
	suffix := "th"
	switch {
	case di == 1 || di == 21 || di == 31:
		suffix = "st"
	case di == 2 || di == 22:
		suffix = "nd"
	case di == 3 || di == 23:
		suffix = "rd"
	}
	mon := months[mi]
	names := []string{mon}
	if len(mon) > 4 {
		names = append(names, mon[:3])
		if mon == "september" {
			names = append(names, "sept")
		}
	}
	ord := strings.Fields(ordinalWords[di])
	for _, mn := range names {
		for _, day := range [][]string{{ds}, {ds + suffix}, ord} {
			l.addPhrase(append([]string{mn}, day...), deid.Date)
			l.addPhrase(append(append([]string{}, day...), mn), deid.Date)
			l.addPhrase(append(append([]string{}, day...), "of", mn), deid.Date)
		}
	}
}

// search counts the literal hits in one output string (tags already
// blanked) by type.
func (l *literals) search(text string, cased bool, hit func(deid.Type)) {
	if text == "" {
		return
	}
	low := strings.ToLower(text)
	for _, e := range l.emails {
		if n := strings.Count(low, e); n > 0 {
			for range n {
				hit(deid.Email)
			}
		}
	}
	toks := tokenize(text)
	for i := range toks {
		toks[i].norm = streetWord(toks[i].low)
	}
	for i, t := range toks {
		typ, ok := l.words[t.low]
		if !ok && t.stem != "" {
			typ, ok = l.words[t.stem]
		}
		if ok && typ == deid.Name && i+1 < len(toks) && eponymHeads[toks[i+1].low] {
			ok = false // "Graves' disease", "Bell's palsy": the eponym, not the person
		}
		if ok && (!l.weak[t.low] && !l.weak[t.stem] || l.nameContext(toks, i, cased)) {
			hit(typ)
		}
		for _, p := range l.phrases[t.norm] {
			if matchPhrase(toks, i, p.words) {
				hit(p.typ)
			}
		}
		if t.stem != "" {
			for _, p := range l.phrases[t.stem] {
				if matchPhrase(toks, i, p.words) {
					hit(p.typ)
				}
			}
		}
	}
	for _, g := range digitGroups(toks) {
		for _, n := range l.numbers {
			if strings.Contains(g, n.digits) {
				hit(n.typ)
			}
		}
	}
}

// nameContext: a weak name part counts next to another known name part, after
// a title, or capitalised inside a sentence of cased text.
func (l *literals) nameContext(toks []token, i int, cased bool) bool {
	if cased && toks[i].cap && !toks[i].sentStart {
		return true
	}
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(toks) {
			continue
		}
		if j == i-1 && titleWords[toks[j].low] {
			return true
		}
		if _, ok := l.words[toks[j].low]; ok && !l.weak[toks[j].low] && l.words[toks[j].low] == deid.Name {
			return true
		}
	}
	return false
}

func matchPhrase(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		t := &toks[i+k]
		if t.norm != w && t.stem != w {
			return false
		}
	}
	return true
}
