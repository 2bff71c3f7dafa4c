package redact

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/redact/schema"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const testKeyHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
const otherKeyHex = "ff0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1eff"

func mustKey(t testing.TB, s string) *Key {
	t.Helper()
	k, err := ParseKey(s)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var markRE = regexp.MustCompile(`\{([A-Z_]+):([^{}]*)\}`)

// unmark turns "call {NAME:John}" into the text and its findings.
func unmark(t testing.TB, s string) (string, []deid.Finding) {
	t.Helper()
	var b strings.Builder
	var fs []deid.Finding
	last := 0
	for _, m := range markRE.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:m[0]])
		typ := deid.Type(s[m[2]:m[3]])
		if !typ.Valid() {
			t.Fatalf("bad type %q in marked text", typ)
		}
		start := b.Len()
		b.WriteString(s[m[4]:m[5]])
		fs = append(fs, deid.Finding{Start: start, End: b.Len(), Type: typ, Score: 1})
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String(), fs
}

// markedConversations loads testdata/marked.json: conversations whose turns
// mark their identifiers inline.
func markedConversations(t testing.TB) ([]*deid.Conversation, [][][]deid.Finding) {
	t.Helper()
	b, err := os.ReadFile("testdata/marked.json")
	if err != nil {
		t.Fatal(err)
	}
	var cs []*deid.Conversation
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	fss := make([][][]deid.Finding, len(cs))
	for i, c := range cs {
		fss[i] = make([][]deid.Finding, len(c.Turns))
		for j := range c.Turns {
			c.Turns[j].Text, fss[i][j] = unmark(t, c.Turns[j].Text)
		}
	}
	return cs, fss
}

func compilePolicy(t testing.TB, src string) *policy.Policy {
	t.Helper()
	raw, err := policy.Parse([]byte(src), "test")
	if err != nil {
		t.Fatal(err)
	}
	p, err := raw.Compile()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func preset(t testing.TB, name string) *policy.Policy {
	t.Helper()
	p, err := policy.Preset(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func newRedactor(t testing.TB, p *policy.Policy, keyHex string) *Redactor {
	t.Helper()
	var k *Key
	if keyHex != "" {
		k = mustKey(t, keyHex)
	}
	r, err := New(p, &Options{Key: k, IDs: newSeqStore()})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// seqStore is a linkage store that numbers ids in the order keys are first
// seen, so that golden files are stable.
type seqStore struct {
	mu  sync.Mutex
	ids map[string]string
	n   int
}

func newSeqStore() *seqStore { return &seqStore{ids: map[string]string{}} }

func (s *seqStore) ResearchID(kind linkage.Kind, key string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := string(kind) + "\x00" + key
	if id, ok := s.ids[k]; ok {
		return id, nil
	}
	s.n++
	id := fmt.Sprintf("%s%024x", kind.Prefix(), s.n)
	s.ids[k] = id
	return id, nil
}

func (s *seqStore) Sync() error  { return nil }
func (s *seqStore) Close() error { return nil }

var compiledSchema *jsonschema.Schema

// validateRecord checks a record against the shipped JSON Schema.
func validateRecord(t testing.TB, rec *Record) {
	t.Helper()
	if compiledSchema == nil {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.Record))
		if err != nil {
			t.Fatal(err)
		}
		c := jsonschema.NewCompiler()
		const url = "deidentified-record.schema.json"
		if err := c.AddResource(url, doc); err != nil {
			t.Fatal(err)
		}
		if compiledSchema, err = c.Compile(url); err != nil {
			t.Fatal(err)
		}
	}
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if err := compiledSchema.Validate(v); err != nil {
		t.Errorf("record %s does not validate: %v", rec.ResearchID, err)
	}
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test ./deid/redact -update and review the diff)\n--- got:\n%s", path, got)
	}
}
