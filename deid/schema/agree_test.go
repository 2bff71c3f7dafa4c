package schema

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/fixtures/badinput"
)

// schemaAccepts reports whether line is a JSON text (RFC 8259: UTF-8, one
// value) that the schema accepts.
func schemaAccepts(t *testing.T, sch *jsonschema.Schema, line string) bool {
	t.Helper()
	if !utf8.ValidString(line) {
		return false // not a JSON text: RFC 8259 §8.1 requires UTF-8
	}
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
	if err != nil {
		return false
	}
	return sch.Validate(v) == nil
}

// TestValidatorAndSchemaAgree runs one table of good and bad records
// (fixtures/badinput.Cases) through the Go validator and through the JSON
// Schema, checked by a real JSON Schema validator (santhosh-tekuri/jsonschema,
// draft 2020-12 with formats asserted): they accept and refuse the same
// records, except for the rules a schema cannot say (one field against
// another), which the table marks. The validator's reject code is the
// table's.
func TestValidatorAndSchemaAgree(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile("conversation.schema.json")
	require.NoError(t, err)
	for _, cs := range badinput.Cases {
		t.Run(cs.Name, func(t *testing.T) {
			_, verr := deid.ParseConversation([]byte(cs.Line))
			goAccepts := verr == nil
			assert.Equal(t, cs.Reject == "", goAccepts, "validator: %v", verr)
			if verr != nil {
				assert.Equal(t, cs.Reject, deid.RecordErrorCode(verr), "reject code of %v", verr)
				// the message names fields, never values
				for _, v := range []string{"Tuesday", "robot", "yesterday", "transcript", "notes", "room", "bad-", "412345678901234567890", "6175550142", "86400000"} {
					assert.NotContains(t, verr.Error(), v)
				}
			}
			want := goAccepts || cs.SchemaOnlyAccepts
			assert.Equal(t, want, schemaAccepts(t, sch, cs.Line), "schema")
		})
	}
}

// TestCommittedRecordsMatchBoth: every record of the committed fixtures is
// accepted by both.
func TestCommittedRecordsMatchBoth(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	sch, err := c.Compile("conversation.schema.json")
	require.NoError(t, err)
	for _, path := range []string{"../../fixtures/testdata/conversations.jsonl", "../../fixtures/testdata/primock57.jsonl"} {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		n := 0
		for l := range bytes.Lines(data) {
			l = bytes.TrimSpace(l)
			if len(l) == 0 {
				continue
			}
			n++
			_, err := deid.ParseConversation(l)
			assert.NoError(t, err, "%s line %d", path, n)
			assert.True(t, schemaAccepts(t, sch, string(l)), "%s line %d", path, n)
		}
		require.NotZero(t, n, path)
	}
}
