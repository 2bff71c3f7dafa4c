package en

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// The tables by file, and how each is laid out.
const (
	wordList = iota // words separated by white space
	valued          // "word number" lines
	pairs           // "short long" lines
	names           // a name, then its short forms
	phrases         // one name of two to four words a line
)

var tables = map[string]struct {
	text string
	kind int
}{
	"clinical_abbrev.txt":        {ClinicalAbbrev, wordList},
	"clinical_shorthand.txt":     {ClinicalShorthand, wordList},
	"care_units.txt":             {CareUnits, wordList},
	"care_kinds.txt":             {CareKinds, wordList},
	"eponyms.txt":                {Eponyms, wordList},
	"eponym_surnames.txt":        {EponymSurnames, wordList},
	"eponym_heads.txt":           {EponymHeads, wordList},
	"brands.txt":                 {Brands, wordList},
	"chains.txt":                 {Chains, wordList},
	"companies.txt":              {Companies, wordList},
	"company_names.txt":          {CompanyNames, phrases},
	"world_cities.txt":           {WorldCities, wordList},
	"clinical_terms.txt":         {ClinicalTerms, wordList},
	"units.txt":                  {Units, wordList},
	"measures.txt":               {Measures, wordList},
	"months.txt":                 {Months, valued},
	"weekdays.txt":               {Weekdays, wordList},
	"holidays.txt":               {Holidays, wordList},
	"numbers.txt":                {Numbers, valued},
	"ordinals.txt":               {Ordinals, valued},
	"multipliers.txt":            {Multipliers, wordList},
	"date_preps.txt":             {DatePreps, wordList},
	"titles.txt":                 {Titles, wordList},
	"relations.txt":              {Relations, wordList},
	"name_skip.txt":              {NameSkip, wordList},
	"nicknames.txt":              {Nicknames, names},
	"particles.txt":              {Particles, wordList},
	"name_cues.txt":              {NameCues, wordList},
	"intro_words.txt":            {IntroWords, wordList},
	"person_verbs.txt":           {PersonVerbs, wordList},
	"greetings.txt":              {Greetings, wordList},
	"street_words.txt":           {StreetWords, wordList},
	"street_abbrev.txt":          {StreetAbbrev, pairs},
	"directions.txt":             {Directions, wordList},
	"unit_suffixes.txt":          {UnitSuffixes, wordList},
	"po_box.txt":                 {POBox, wordList},
	"county_words.txt":           {CountyWords, wordList},
	"loc_preps.txt":              {LocPreps, wordList},
	"facility_words.txt":         {FacilityWords, wordList},
	"facility_heads.txt":         {FacilityHeads, wordList},
	"generic_facility_words.txt": {GenericFacilityWords, wordList},
	"landmarks.txt":              {Landmarks, wordList},
	"countries.txt":              {Countries, wordList},
	"stop_words.txt":             {StopWords, wordList},
	"determiners.txt":            {Determiners, wordList},
	"fillers.txt":                {Fillers, wordList},
	"move_verbs.txt":             {MoveVerbs, wordList},
	"strong_moves.txt":           {StrongMoves, wordList},
	"credentials.txt":            {Credentials, wordList},
	"street_leads.txt":           {StreetLeads, wordList},
	"street_marks.txt":           {StreetMarks, wordList},
	"address_words.txt":          {AddressWords, wordList},
	"short_heads.txt":            {ShortHeads, wordList},
	"address_cues.txt":           {AddressCues, wordList},
	"employ_cues.txt":            {EmployCues, wordList},
	"org_heads.txt":              {OrgHeads, wordList},
	"trade_kinds.txt":            {TradeKinds, wordList},
	"dishes.txt":                 {Dishes, wordList},
	"venue_nouns.txt":            {VenueNouns, wordList},
	"venue_kinds.txt":            {VenueKinds, wordList},
}

// Every table file is embedded and listed here, and none is empty.
func TestTablesEmbedded(t *testing.T) {
	files, err := filepath.Glob("*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tab, ok := tables[f]
		if !ok {
			t.Errorf("%s: not in the tables of this test", f)
			continue
		}
		if tab.text != string(b) {
			t.Errorf("%s: the embedded table is not the file", f)
		}
	}
	for f, tab := range tables {
		if !slices.Contains(files, f) {
			t.Errorf("%s: no such file", f)
		}
		if !strings.HasPrefix(tab.text, "#") {
			t.Errorf("%s: no comment at the top to say what the table is", f)
		}
		n := 0
		for range Words(tab.text) {
			n++
		}
		if n == 0 {
			t.Errorf("%s: no words", f)
		}
	}
}

// A word is lower case: letters and digits, and inside a word an
// apostrophe, a hyphen, a slash or an ampersand (children's, in-law,
// mg/dl, l&d).
func checkWord(t *testing.T, table, w string) {
	t.Helper()
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			t.Errorf("%s: %q is not lower case", table, w)
			return
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		case strings.ContainsRune("'-/&", r) && i > 0 && i < len(w)-1:
		default:
			t.Errorf("%s: %q: %q in a word", table, w, r)
			return
		}
	}
}

// Every table parses, its words are lower case, and no table lists a word
// twice (or a word with two values).
func TestTablesParse(t *testing.T) {
	for f, tab := range tables {
		seen := map[string]bool{}
		once := func(w string) {
			if seen[w] {
				t.Errorf("%s: %q twice", f, w)
			}
			seen[w] = true
		}
		switch tab.kind {
		case wordList:
			for w := range Words(tab.text) {
				checkWord(t, f, w)
				once(w)
			}
		case valued, pairs:
			for line := range Lines(tab.text) {
				if len(strings.Fields(line)) != 2 {
					t.Errorf("%s: %q: want a word and its value", f, line)
				}
			}
			for w, v := range Pairs(tab.text) {
				checkWord(t, f, w)
				once(w)
				if tab.kind == pairs {
					checkWord(t, f, v)
				}
			}
			if tab.kind == valued {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s: %v", f, r)
						}
					}()
					for range Values(tab.text) {
					}
				}()
			}
		case phrases:
			for line := range Lines(tab.text) {
				ws := strings.Fields(line)
				if len(ws) < 2 || len(ws) > 4 {
					t.Errorf("%s: %q: want two to four words", f, line)
				}
				for _, w := range ws {
					checkWord(t, f, w)
				}
				once(strings.Join(ws, " "))
			}
		case names:
			for line := range Lines(tab.text) {
				ws := strings.Fields(line)
				if len(ws) < 2 {
					t.Errorf("%s: %q: a name and no short form", f, line)
				}
				once(ws[0])
				for i, w := range ws {
					checkWord(t, f, w)
					if slices.Index(ws, w) != i {
						t.Errorf("%s: %q twice for %s", f, w, ws[0])
					}
				}
			}
		}
	}
}

// The tables of values spell every value they are read for: every month,
// every number below twenty and every ten, the ordinals of the same.
func TestTablesValues(t *testing.T) {
	months, numbers, ordinals := Spellings(Months), Spellings(Numbers), Spellings(Ordinals)
	for m := 1; m <= 12; m++ {
		if len(months[m]) < 3 {
			t.Errorf("month %d: %q", m, months[m])
		}
	}
	if len(months) != 12 {
		t.Errorf("%d months", len(months))
	}
	for _, sp := range []map[int]string{numbers, ordinals} {
		for v := range 100 {
			if _, ok := sp[v]; ok != (v < 20 || v%10 == 0) {
				t.Errorf("%d: %q", v, sp[v])
			}
		}
	}
	for v, want := range map[int]string{0: "zero", 40: "forty", 12: "twelve"} {
		if numbers[v] != want {
			t.Errorf("number %d is written %q, want %q", v, numbers[v], want)
		}
	}
	for v, want := range map[int]string{0: "zeroth", 1: "first", 30: "thirtieth"} {
		if ordinals[v] != want {
			t.Errorf("ordinal %d is written %q, want %q", v, ordinals[v], want)
		}
	}
	if months[9] != "september" {
		t.Errorf("september is written %q", months[9])
	}
}

// The readers skip comments and blank lines and stop when told to.
func TestReaders(t *testing.T) {
	const tab = "# a comment\none 1 # the first\n\n\ttwo\t2\nthree  3#no space before\n"
	var ws []string
	for w := range Words(tab) {
		ws = append(ws, w)
	}
	if want := []string{"one", "1", "two", "2", "three", "3"}; !slices.Equal(ws, want) {
		t.Errorf("Words: %q, want %q", ws, want)
	}
	var got []string
	for w, v := range Values(tab) {
		got = append(got, w+"="+string(rune('0'+v)))
		if v == 2 {
			break
		}
	}
	if want := []string{"one=1", "two=2"}; !slices.Equal(got, want) {
		t.Errorf("Values: %q, want %q", got, want)
	}
	if a := testing.AllocsPerRun(10, func() {
		for range Words(Eponyms) {
		}
	}); a != 0 {
		t.Errorf("Words: %v allocations", a)
	}
}
