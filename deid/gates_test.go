package deid

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gateText is one text the gate test scans, with its encounter if any.
type gateText struct {
	id   string
	text string
	enc  *Encounter
}

// gateTexts gathers every text the package has at hand: the detectors'
// examples, the cross examples, the committed fixtures and gold sets, and
// (when the shared development corpora are next to the repository) those
// too, read in place.
func gateTexts(t *testing.T) []gateText {
	t.Helper()
	var out []gateText
	for _, d := range registry {
		for _, ex := range d.Examples {
			out = append(out, gateText{id: d.Name, text: ex.text, enc: ex.enc})
		}
	}
	for group, exs := range crossExamples {
		for _, ex := range exs {
			out = append(out, gateText{id: group, text: ex.text, enc: ex.enc})
		}
	}
	files, err := filepath.Glob("../fixtures/testdata/*.jsonl")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	if dev, _ := filepath.Glob("../../shared/eval-dev/*.jsonl"); len(dev) > 0 {
		files = append(files, dev...)
	}
	for _, name := range files {
		f, err := os.Open(name)
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for n := 1; sc.Scan(); n++ {
			var r struct {
				Text      string     `json:"text"`
				Encounter *Encounter `json:"encounter"`
				Turns     []Turn     `json:"turns"`
			}
			if json.Unmarshal(sc.Bytes(), &r) != nil {
				continue
			}
			id := filepath.Base(name) + ":" + itoa(n)
			if r.Text != "" {
				out = append(out, gateText{id: id, text: r.Text, enc: r.Encounter})
			}
			for _, tu := range r.Turns {
				out = append(out, gateText{id: id, text: tu.Text, enc: r.Encounter})
			}
		}
		require.NoError(t, sc.Err())
		f.Close()
	}
	return out
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestDetectorGates checks that no detector's gate is narrower than the
// detector: every text scans to the same findings with the gates as with
// every detector run. On a difference it names the detector whose gate
// alone makes it (and the text's id, never its content).
func TestDetectorGates(t *testing.T) {
	e := testEngine(t)
	texts := gateTexts(t)
	gated := registry
	ungated := make([]detector, len(gated))
	copy(ungated, gated)
	for i := range ungated {
		ungated[i].gate = nil
	}
	defer func() { registry = gated }()
	scan := func(reg []detector, x gateText) []Finding {
		registry = reg
		var k *Known
		if x.enc != nil {
			k = NewKnown(x.enc)
		}
		return e.ScanKnown(x.text, k)
	}
	bad := 0
	for _, x := range texts {
		want, got := scan(ungated, x), scan(gated, x)
		if assert.ObjectsAreEqual(want, got) {
			continue
		}
		bad++
		for d := range gated {
			if gated[d].gate == nil {
				continue
			}
			one := make([]detector, len(ungated))
			copy(one, ungated)
			one[d].gate = gated[d].gate
			if !assert.ObjectsAreEqual(want, scan(one, x)) {
				t.Errorf("%s: the gate of detector %s drops or changes findings", x.id, gated[d].Name)
			}
		}
		if bad > 20 {
			t.Fatal("too many differences")
		}
	}
	t.Logf("%d texts, %d differ", len(texts), bad)
}

// TestDetectorGatesSkip checks that the gates do skip a detector on a text
// that gives it nothing to find, and let it run otherwise.
func TestDetectorGatesSkip(t *testing.T) {
	e := testEngine(t)
	ran := map[string]bool{}
	saved := registry
	defer func() { registry = saved }()
	registry = make([]detector, len(saved))
	copy(registry, saved)
	for i := range registry {
		d := &registry[i]
		run, name := d.run, d.Name
		d.run = func(s *scanner) { ran[name] = true; run(s) }
	}
	e.Scan("well that sounds good and how are you feeling")
	for _, name := range []string{"numbers", "ages", "places/address-shapes", "places/named-heads", "places/before-unit", "places/wards", "places/address-cue", "names/credentials"} {
		assert.False(t, ran[name], "gated detector %s ran", name)
	}
	assert.True(t, ran["names"])
	clear(ran)
	e.Scan("she moved to 12 Elm St, Apt 4 near the ICU at 9 am")
	for _, name := range []string{"numbers", "ages", "places/address-shapes", "places/wards", "places/after-move"} {
		assert.True(t, ran[name], "detector %s did not run", name)
	}
}

// TestTokenBloomHash: the bloom hash the tokenizer keeps for a word is the
// one Known.mayStart computes, possessives by their stem.
func TestTokenBloomHash(t *testing.T) {
	e := testEngine(t)
	s := &scanner{lex: e.lex, text: "Okonkwo's niece, José and Ana-Lucía WALKED 12 km; o'brien's dog; extraordinarily"}
	s.tokenize()
	hashed := 0
	for i := range s.toks {
		tok := &s.toks[i]
		if tok.bh&bhValid == 0 {
			continue
		}
		hashed++
		w := s.lowerTok(i)
		if tok.has(shPoss) {
			w = w[:len(w)-1]
		}
		require.Equal(t, wordHash(w), uint32(tok.bh&^bhValid), "token %d", i)
	}
	require.GreaterOrEqual(t, hashed, 8)
}

// TestMayNameAlone checks that mayNameAlone is never narrower than
// standaloneName and namePair: on every word of every text it turns away,
// both find no name.
func TestMayNameAlone(t *testing.T) {
	e := testEngine(t)
	n := 0
	for _, x := range gateTexts(t) {
		s := &scanner{lex: e.lex, text: canonicalize(x.text).text}
		s.tokenize()
		s.cased = casedCounts(s.asciiUpper, s.asciiLower)
		for i := range s.toks {
			if tok := &s.toks[i]; tok.kind != tkWord || s.mayNameAlone(tok) {
				continue
			}
			n++
			if s.standaloneName(i) != 0 || s.namePair(i) != i {
				t.Fatalf("%s: token %d is a name to standaloneName or namePair but not to mayNameAlone", x.id, i)
			}
		}
	}
	t.Logf("%d words turned away", n)
}
