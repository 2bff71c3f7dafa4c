package schema

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

func TestConversationFixturesMatchSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile("conversation.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"../../fixtures/testdata/conversations.jsonl", "../../fixtures/testdata/primock57.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		n := 0
		for sc.Scan() {
			n++
			v, err := jsonschema.UnmarshalJSON(strings.NewReader(sc.Text()))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(v); err != nil {
				t.Errorf("%s line %d: %v", path, n, err)
			}
		}
		f.Close()
		if n == 0 {
			t.Errorf("%s: no records", path)
		}
	}
	// and a record the schema must refuse
	var bad any
	json.Unmarshal([]byte(`{"conversation_id":"x","turns":[{"speaker":"robot","text":"hi"}]}`), &bad)
	if sch.Validate(bad) == nil {
		t.Error("schema accepted an unknown speaker")
	}
}
