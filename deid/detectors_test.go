package deid

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// crossExamples belong to no single detector: regressions from probe
// sessions, where several detectors meet, and redaction tags.
var crossExamples = map[string][]example{
	"regressions": {
		{text: "reach Dr. Elena Popescu at elena.popescu@hospital.org or 1-800-555-0199 ext. 22", want: map[string]Type{"1-800-555-0199 ext. 22": Phone, "Elena Popescu": Name}},
		{text: "My daughter Chloe's birthday is on May 14th.", want: map[string]Type{"Chloe": Name, "May 14th": Date}},
		{text: "Discharged to Sunrise Senior Living with son. Instructions reviewed.", want: map[string]Type{"Sunrise Senior Living": Facility}, keep: []string{"Instructions"}},
		{text: "signed with Dr. Levine. Health care proxy: niece, Angela Moretti.", want: map[string]Type{"Levine": Name, "Angela Moretti": Name}, keep: []string{"Health care"}},
		{text: "the pharmacy is the cvs on main street in shrewsbury", want: map[string]Type{"main street": Address, "shrewsbury": City}},
		{text: "it is the seventeenth right so it would be the first-line option", want: map[string]Type{"seventeenth": Date}, keep: []string{"first"}},
		{text: "Mr. May is a 56 year old; mister foley will put in a foley catheter", want: map[string]Type{"May": Name, "foley": Name}, keep: []string{"foley catheter"}},
		{text: "the date was oh eight three oh two thousand one and the vin is j h m l one e f nine", want: map[string]Type{"oh eight three oh two thousand one": Date}},
		{text: "my sister in law donna and i moved from tucson arizona", want: map[string]Type{"donna": Name, "tucson": City}, keep: []string{"law"}},
		{text: "Pt c/o CP x 2 days. Hx HTN, DM2. Alert and oriented x3. Spine CT negative.", keep: []string{"CP", "HTN", "DM2", "Spine CT"}},
		{text: "hi i'm victor and i'm kallust; i have you as teishek mendoza; everyone calls me rick; tell xendix i said hello", want: map[string]Type{"victor": Name, "kallust": Name, "teishek mendoza": Name, "rick": Name, "xendix": Name}},
		{text: "who do you live with my sister kryskiel and my brother peter; i'm his father samuel bell; e d n a", want: map[string]Type{"kryskiel": Name, "peter": Name, "samuel bell": Name, "e d n a": Name}},
		{text: "i'm fine, i'm sorry, i'm tired; that mister foley we'll put in a foley catheter", want: map[string]Type{"foley": Name}, keep: []string{"fine", "sorry", "tired", "foley catheter"}},
		{text: "What are the Ottawa ankle rules? Is Lambert-Eaton myasthenic syndrome paraneoplastic? What is Virchow's triad? The Centor score and McIsaac modification.", keep: []string{"Ottawa", "Lambert", "Eaton", "Virchow", "McIsaac"}},
		{text: "Driver's license 162443951 was issued to Patricia Foley of Fountain County, North Carolina.", want: map[string]Type{"Patricia Foley": Name, "Fountain County": County}, keep: []string{"Carolina"}},
		{text: "Holter to be returned 10/10. Last BM 3/5. Discharge planned for 9/12 to rehab. 2023-07-13 1430: Pt seen. Member ID APM 525 011 342.", want: map[string]Type{"10/10": Date, "3/5": Date, "9/12": Date, "2023-07-13": Date, "APM 525 011 342": HealthPlan}},
		{text: "started 1/2 tab, pain 7/10, strength 5/5 bilaterally", keep: []string{"1/2", "7/10", "5/5"}},
		{text: "the bill said i owe two hundred dollars; i hope said it all; mark my words; a rose colored rash; pat dry the wound", keep: []string{"bill", "hope", "mark", "rose", "pat"}},
		{text: "PATIENT JOHN DOE, 93 YO MALE FROM BOSTON, MA. PT SEEN BY DR SMITH.", want: map[string]Type{"JOHN DOE": Name, "93": Age, "BOSTON, MA": City, "SMITH": Name}},
		{text: "yes so fatima al-hassan is my sister; anyway bob said the clinic on 5th avenue closed", want: map[string]Type{"fatima al-hassan": Name, "bob": Name, "5th avenue": Address}},
	},
	"tags": {
		{text: "Dr. [NAME] is running late; [NAME_1] called on [DATE] from [PHONE].", keep: []string{"running", "late", "[NAME]", "[NAME_1]", "[DATE]", "[PHONE]"}},
	},
}

// TestDetectorExamples runs every detector's examples (and the cross
// examples) through the whole engine; a detector without examples fails.
func TestDetectorExamples(t *testing.T) {
	e := testEngine(t)
	names := map[string]bool{}
	for _, d := range registry {
		t.Run(d.Name, func(t *testing.T) {
			require.False(t, names[d.Name], "two detectors named %s", d.Name)
			names[d.Name] = true
			require.NotEmpty(t, d.Examples, "detector %s has no examples", d.Name)
			require.NotEmpty(t, d.Types, "detector %s declares no types", d.Name)
			for _, ex := range d.Examples {
				checkExample(t, e, ex)
			}
		})
	}
	for group, exs := range crossExamples {
		t.Run(group, func(t *testing.T) {
			for _, ex := range exs {
				checkExample(t, e, ex)
			}
		})
	}
}

func checkExample(t *testing.T, e *Engine, ex example) {
	t.Helper()
	var k *Known
	if ex.enc != nil {
		k = NewKnown(ex.enc)
	}
	fs := e.ScanKnown(ex.text, k)
	for sub, typ := range ex.want {
		i := strings.Index(ex.text, sub)
		require.GreaterOrEqual(t, i, 0, "%q not in example", sub)
		assert.True(t, covered(fs, i, i+len(sub), typ), "%q: want %s over %q, got %s", ex.text, typ, sub, describe(ex.text, fs))
	}
	for _, sub := range ex.keep {
		i := strings.Index(ex.text, sub)
		require.GreaterOrEqual(t, i, 0, "%q not in example", sub)
		for _, f := range fs {
			if f.Start < i+len(sub) && f.End > i {
				t.Errorf("%q: %q must survive, got %s", ex.text, sub, describe(ex.text, fs))
				break
			}
		}
	}
}

// TestDetectorSources: every finding carries a Source that the detector
// which added it declares, every declared type is one the detector may
// report, and every Source a detector declares is shown by at least one
// example (known/<type> only for the types the examples use).
func TestDetectorSources(t *testing.T) {
	e := testEngine(t)
	seen := map[string]bool{}
	var bad []string
	traceHook = func(det int, src string) {
		seen[src] = true
		if !slices.Contains(registry[det].Sources, src) {
			bad = append(bad, registry[det].Name+" added "+src)
		}
	}
	defer func() { traceHook = nil }()
	for _, d := range registry {
		for _, ex := range d.Examples {
			var k *Known
			if ex.enc != nil {
				k = NewKnown(ex.enc)
			}
			e.ScanKnown(ex.text, k)
		}
	}
	for _, exs := range crossExamples {
		for _, ex := range exs {
			e.Scan(ex.text)
		}
	}
	assert.Empty(t, bad, "findings with a Source their detector does not declare")
	for _, d := range registry {
		for _, src := range d.Sources {
			if strings.HasPrefix(src, "known/") && !slices.Contains([]string{"known/number", "known/id"}, src) {
				continue
			}
			assert.True(t, seen[src], "detector %s: no example shows %s", d.Name, src)
		}
	}
}

// covered: one finding of type typ spans exactly [start, end), or findings
// of that type cover it without spilling over more than a space.
func covered(fs []Finding, start, end int, typ Type) bool {
	for _, f := range fs {
		if f.Type == typ && f.Start == start && f.End == end {
			return true
		}
	}
	return false
}

func describe(text string, fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("[" + text[f.Start:f.End] + "|" + string(f.Type) + "|" + f.Source + "] ")
	}
	return b.String()
}

var sharedEngine *Engine

func testEngine(t testing.TB) *Engine {
	t.Helper()
	if sharedEngine == nil {
		e, err := New(nil)
		if err != nil {
			t.Fatal(err)
		}
		sharedEngine = e
	}
	return sharedEngine
}

// TestSaintPlaceKeepsPossessive: a place named after a saint keeps its 's
// inside the finding ("St Mary's"); a person's name keeps it outside.
func TestSaintPlaceKeepsPossessive(t *testing.T) {
	e := testEngine(t)
	text := "wishes to return to St Mary's after weaning; Chloe's mother called"
	fs := e.Scan(text)
	i := strings.Index(text, "St Mary's")
	found := false
	for _, f := range fs {
		if f.Start == i && f.End == i+len("St Mary's") {
			found = true
		}
		assert.NotEqual(t, "Chloe's", text[f.Start:f.End], "a name keeps its possessive outside")
	}
	assert.True(t, found, "want a finding over St Mary's, got %s", describe(text, fs))
}

// TestSaintAndMountTitlesInside: "Mt." and "St." belong to the place or
// the name they open ("[Mt. Sinai]", "[St. Vincent's]").
func TestSaintAndMountTitlesInside(t *testing.T) {
	e := testEngine(t)
	text := "He was seen at Mt. Sinai on Tuesday and admitted to St. Vincent's on Friday."
	fs := e.Scan(text)
	for _, want := range []string{"Mt. Sinai", "St. Vincent's"} {
		i := strings.Index(text, want)
		ok := false
		for _, f := range fs {
			if f.Start <= i && f.End >= i+len(want) {
				ok = true
			}
		}
		assert.True(t, ok, "want %q covered, got %s", want, describe(text, fs))
	}
}

// TestDetectorsAtTextEdges scans every prefix and suffix of every example
// that starts or ends at a word: a detector that looks one word back or
// ahead must not step off either end of the text ("mercy general" as the
// whole text, "a at b dot com"). A scan that panics fails closed with an
// "engine/failed" finding over the whole text, which this test refuses.
func TestDetectorsAtTextEdges(t *testing.T) {
	e := testEngine(t)
	var texts []string
	for _, d := range registry {
		for _, ex := range d.Examples {
			texts = append(texts, ex.text)
		}
	}
	for _, exs := range crossExamples {
		for _, ex := range exs {
			texts = append(texts, ex.text)
		}
	}
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			if i > 0 && text[i-1] != ' ' {
				continue
			}
			for _, part := range []string{text[i:], text[:len(text)-i]} {
				for _, f := range e.Scan(part) {
					require.NotEqual(t, "engine/failed", f.Source, "a detector panicked on an edge of an example (%d bytes)", len(part))
				}
			}
		}
	}
}

// TestWeakFindingsSpreadAtTheirScore: a word the scan takes for a name
// below a repeat's score is found at every occurrence, at its own score, so
// redaction never masks one copy and leaves the next (a fuzz find), and a
// weak name's repeats do not rise above the redaction floors it sits under.
func TestWeakFindingsSpreadAtTheirScore(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	for text, word := range map[string]string{
		"Vellacourt phoned. I told Vellacourt to come.": "vellacourt",
		"Quabbin Quabbin": "quabbin",
		"Ostrowhelm came by. We met Ostrowhelm, then ostrowhelm left": "ostrowhelm",
	} {
		fs := e.Scan(text)
		low := strings.ToLower(text)
		var scores []float64
		for off := 0; ; {
			k := strings.Index(low[off:], word)
			if k < 0 {
				break
			}
			a := off + k
			off = a + len(word)
			i := slices.IndexFunc(fs, func(f Finding) bool { return f.Start <= a && f.End >= off })
			require.GreaterOrEqual(t, i, 0, "%s: the copy at %d is not found", text, a)
			scores = append(scores, fs[i].Score)
		}
		require.GreaterOrEqual(t, len(scores), 2, text)
		for _, s := range scores {
			assert.InDelta(t, scores[0], s, 1e-9, "%s: a repeat scored apart from its source", text)
			assert.Less(t, s, repeatScore, "%s: not a weak finding (the test needs one)", text)
		}
	}
}

// Every word markSpeech notes passes its filter and is noted: seenWords and
// the switch after the filter list the same words.
func TestSeenWords(t *testing.T) {
	e := testEngine(t)
	for _, w := range append(append([]string{}, seenWords...), askWords...) {
		s := &scanner{lex: e.lex, text: "x " + w + " y"}
		s.tokenize()
		assert.NotZero(t, s.seen, "%q sets no seen bit", w)
	}
	for _, w := range askWords {
		s := &scanner{lex: e.lex, text: "x " + w + " y"}
		s.tokenize()
		assert.Equal(t, seenAsk, s.seen&seenAsk, "%q is a word of askWords that sets no seenAsk", w)
	}
	// namedShops reads the heads that set seenShop, and only those
	for _, w := range seenWords {
		s := &scanner{lex: e.lex, text: "x " + w + " y"}
		s.tokenize()
		assert.Equal(t, shopHead([]byte(w)), s.seen&seenShop != 0, "%q: shopHead and seenShop disagree", w)
	}
	// the words homophoneDigit reads, noted in homAt next to a digit
	for _, w := range []string{"won", "to", "too", "for", "fore", "ate"} {
		s := &scanner{lex: e.lex, text: "seven " + w + " y"}
		s.tokenize()
		assert.NotEmpty(t, s.homAt, "%q after a digit is noted in homAt", w)
	}
	s := &scanner{lex: e.lex, text: "the doctor said nothing by-the-way"}
	s.tokenize()
	assert.Equal(t, seenBy, s.seen&seenBy, "by")
}
