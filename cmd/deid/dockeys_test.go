package main

import (
	"encoding/json"
	"math/rand"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid"
)

// probeKeys is what checkDoc did before docKeys: decode the line again into
// a map and look the keys up.
func probeKeys(line []byte) (id, text, ok bool) {
	var probe map[string]json.RawMessage
	if json.Unmarshal(line, &probe) != nil {
		return false, false, false
	}
	_, id = probe["id"]
	_, text = probe["text"]
	return id, text, true
}

func TestDocKeys(t *testing.T) {
	for _, c := range []struct {
		line     string
		id, text bool
	}{
		{`{"id":"a","text":"b"}`, true, true},
		{` { "text" : "b" , "id" : null } `, true, true},
		{`{"ID":"a","Text":"b"}`, false, false},
		{`{"\u0069d":"a","te\u0078t":"b"}`, true, true},
		{`{"meta":{"id":1,"text":[{"id":2}]},"text":"x"}`, false, true},
		{`{"a":"}\"id\":","id":"x"}`, true, false},
		{`{"n":-1.5e3,"t":true,"f":false,"z":null,"arr":[1,[2,{}],"]"],"id":"x","text":""}`, true, true},
		{`{}`, false, false},
		{`null`, false, false},
		{"{\"id\":\"a\",\n\t\"text\":\"b\\\\\"}\r\n", true, true},
	} {
		id, text := docKeys([]byte(c.line))
		if id != c.id || text != c.text {
			t.Errorf("%s: id %v text %v, want %v %v", c.line, id, text, c.id, c.text)
		}
		if pid, ptext, ok := probeKeys([]byte(c.line)); ok && (pid != id || ptext != text) {
			t.Errorf("%s: the map decode says id %v text %v", c.line, pid, ptext)
		}
	}
}

// docKeys agrees with a map decode on every line that decodes into a Doc.
func TestDocKeysAgreesWithMapDecode(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	keys := []string{`"id"`, `"text"`, `"ID"`, `"\u0069d"`, `"tex\u0074"`, `"x"`, `"i\"d"`, `"text\\"`}
	var value func(depth int) string
	value = func(depth int) string {
		switch n := r.Intn(9); {
		case n == 0 && depth < 3:
			var parts []string
			for range r.Intn(3) {
				parts = append(parts, keys[r.Intn(len(keys))]+":"+value(depth+1))
			}
			return "{" + strings.Join(parts, ",") + "}"
		case n == 1 && depth < 3:
			var parts []string
			for range r.Intn(3) {
				parts = append(parts, value(depth+1))
			}
			return "[ " + strings.Join(parts, " , ") + " ]"
		case n == 2:
			return "null"
		case n == 3:
			return "12.5"
		default:
			return []string{`"a"`, `"}{,:\"\\"`, `"\u00e9 caf\u00e9"`, `""`, `"[\"id\"]"`}[r.Intn(5)]
		}
	}
	checked := 0
	for range 20000 {
		var parts []string
		for range r.Intn(5) {
			parts = append(parts, keys[r.Intn(len(keys))]+" : "+value(0))
		}
		line := []byte("{" + strings.Join(parts, ", ") + "}")
		var d deid.Doc
		if json.Unmarshal(line, &d) != nil {
			continue
		}
		checked++
		id, text := docKeys(line)
		pid, ptext, ok := probeKeys(line)
		if !ok || pid != id || ptext != text {
			t.Fatalf("%s: docKeys %v %v, map decode %v %v (%v)", line, id, text, pid, ptext, ok)
		}
	}
	if checked < 1000 {
		t.Errorf("only %d lines decoded", checked)
	}
}
