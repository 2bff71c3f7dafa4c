package lextab

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
)

func TestBuildOpenLookup(t *testing.T) {
	words := map[string]uint16{}
	for i := range 5000 {
		words[fmt.Sprintf("w%dx", i*7919%100_003)] = uint16(i)
	}
	long := string(bytes.Repeat([]byte("a"), MaxKey))
	words[long] = 7
	words["a"] = uint16(First | Common)
	spec := &Spec{
		Seed:  42,
		Words: words,
		Phrases: map[string]string{
			"new york":              "STATE",
			"new york city":         "CITY",
			"st marys medical ctr":  "FACILITY",
			"los angeles county":    "COUNTY",
			"los angeles":           "CITY",
			"a b c d e f g":         "FACILITY",
			"san luis obispo":       "CITY",
			"san luis obispo count": "COUNTY",
		},
		Zips: []int{0, 501, 2134, 99950},
		Hot:  []string{"the", "a", "w0x"},
	}
	b1, err := Build(spec)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := Build(spec)
	if !bytes.Equal(b1, b2) {
		t.Fatal("Build is not deterministic")
	}
	f, err := Open(string(b1))
	if err != nil {
		t.Fatal(err)
	}
	get := func(tb *Table, k string) (uint16, bool) { return tb.Lookup(Hash([]byte(k), f.Seed), []byte(k)) }
	for k, v := range words {
		if got, ok := get(&f.Words, k); !ok || got != v {
			t.Fatalf("word %q = %d, %v; want %d", k, got, ok, v)
		}
	}
	for _, k := range []string{"", "b", "w1", "w0", "w0xx", long + "a", long[1:]} {
		if v, ok := get(&f.Words, k); ok {
			t.Errorf("word %q found (%d)", k, v)
		}
	}
	n := 0
	f.Words.All(func(k string, v uint16) {
		n++
		if words[k] != v {
			t.Errorf("All: %q = %d", k, v)
		}
	})
	if n != len(words) || f.Words.Len() != len(words) {
		t.Errorf("All saw %d words, Len %d; want %d", n, f.Words.Len(), len(words))
	}
	typ := func(k string) string {
		v, ok := get(&f.Phrases, k)
		if !ok {
			return "-"
		}
		s := ""
		if v&0xff != 0 {
			s = f.Types[v&0xff-1]
		}
		if v&PhrasePrefix != 0 {
			s += "+"
		}
		return s
	}
	for k, want := range map[string]string{
		"new york": "STATE+", "new york city": "CITY", "new": "-", "st marys": "+", "st marys medical": "+",
		"st marys medical ctr": "FACILITY", "los angeles": "CITY+", "a b c d e f": "+", "san luis obispo": "CITY+",
		"san luis": "+", "york city": "-",
	} {
		if got := typ(k); got != want {
			t.Errorf("phrase %q: %q, want %q", k, got, want)
		}
	}
	if f.MaxPhrase != 7 {
		t.Errorf("MaxPhrase %d", f.MaxPhrase)
	}
	for z, want := range map[string]bool{"00000": true, "00501": true, "02134": true, "99950": true, "99951": false, "2134": false, "0213a": false, "021345": false} {
		if f.Zip(z) != want {
			t.Errorf("Zip(%s) != %v", z, want)
		}
	}
	var zs []int
	f.Zips(func(z int) { zs = append(zs, z) })
	if fmt.Sprint(zs) != fmt.Sprint(spec.Zips) {
		t.Errorf("Zips: %v", zs)
	}
	var hot []string
	f.Hot(func(k string) { hot = append(hot, k) })
	if fmt.Sprint(hot) != fmt.Sprint(spec.Hot) || f.HotLen() != 3 {
		t.Errorf("Hot: %v (%d)", hot, f.HotLen())
	}
}

func TestOpenRejects(t *testing.T) {
	b, err := Build(&Spec{Words: map[string]uint16{"x": 1}, Phrases: map[string]string{"a b": "CITY"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "deidlex\x00", string(b[:len(b)-1]), string(b[:headerSize])} {
		if _, err := Open(bad); err == nil {
			t.Errorf("Open(%d bytes) accepted", len(bad))
		}
	}
}

func TestHashSpreads(t *testing.T) {
	seen := map[uint64]string{}
	for i := range 200_000 {
		k := []byte(fmt.Sprint(i))
		h := Hash(k, 1)
		if o, ok := seen[h]; ok {
			t.Fatalf("%s and %s collide", k, o)
		}
		seen[h] = string(k)
	}
	if Hash([]byte("abc"), 1) == Hash([]byte("abc"), 2) {
		t.Error("seed ignored")
	}
	if Hash([]byte("abc"), 1) == Hash([]byte("abc\x00"), 1) {
		t.Error("length ignored")
	}
}

// A damaged file is refused or opens to tables that answer without
// panicking: Open checks every row it decodes.
func TestOpenDamaged(t *testing.T) {
	words := map[string]uint16{}
	for i := range 600 {
		words[fmt.Sprintf("w%dxyzzy%d", i*7919%100_003, i%40)] = uint16(i % 300)
	}
	words[string(bytes.Repeat([]byte("q"), 40))] = 1
	b, err := Build(&Spec{Seed: 3, Words: words, Phrases: map[string]string{"new york": "STATE", "new york city": "CITY"}, Hot: []string{"w0xyzzy0"}})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		d := bytes.Clone(b)
		for range 1 + rng.IntN(3) {
			d[headerSize+rng.IntN(len(d)-headerSize)] ^= byte(1 + rng.IntN(255))
		}
		f, err := Open(string(d))
		if err != nil {
			continue
		}
		for k := range words {
			f.Words.Lookup(Hash([]byte(k), f.Seed), []byte(k))
		}
		f.Words.All(func(string, uint16) {})
		f.Phrases.All(func(string, uint16) {})
		f.Hot(func(string) {})
	}
}

// Adding a word changes the file only where its row goes (and in the
// header): git stores a new version of the lexicon as a small delta.
func TestBuildLocalChange(t *testing.T) {
	words := map[string]uint16{}
	for i := range 5000 {
		words[fmt.Sprintf("w%dx", i*7919%100_003)] = 1
	}
	b1, err := Build(&Spec{Words: words})
	if err != nil {
		t.Fatal(err)
	}
	words["w5000xx"] = 1
	b2, err := Build(&Spec{Words: words})
	if err != nil {
		t.Fatal(err)
	}
	x, y := b1[headerSize:], b2[headerSize:]
	pre := 0
	for pre < len(x) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	if changed := len(y) - pre - suf; changed > 8 {
		t.Errorf("%d bytes changed after the header", changed)
	}
}
