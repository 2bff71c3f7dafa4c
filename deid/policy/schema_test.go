package policy

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// schemaAccepts reads a policy's YAML as JSON and validates it against
// policy.schema.json.
func schemaAccepts(t *testing.T, sch *jsonschema.Schema, src string) bool {
	t.Helper()
	var v any
	if yaml.Unmarshal([]byte(src), &v) != nil {
		return false
	}
	b, err := json.Marshal(v)
	require.NoError(t, err)
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	return sch.Validate(doc) == nil
}

func compilePolicySchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	sch, err := c.Compile("policy.schema.json")
	require.NoError(t, err)
	return sch
}

// TestPolicySchemaAgrees: the JSON Schema of the policy file and `deid
// policy check` (Parse and Compile) accept and refuse the same policies,
// except where the table says the parser checks more than a schema can say
// (a method's required operators, a regular expression that compiles).
func TestPolicySchemaAgrees(t *testing.T) {
	sch := compilePolicySchema(t)
	base := "name: site\nversion: 1\nmethod: expert\ndefault: {operator: tag}\n"
	for _, c := range []struct {
		name, src  string
		ok         bool // the parser accepts it
		schemaOnly bool // the schema accepts what the parser refuses
	}{
		{"minimal", base, true, false},
		{"rules, long and short", base + "rules:\n  NAME: numbered\n  DATE: {operator: shift}\n  PHONE: {operator: mask, char: '#'}\n", true, false},
		{"dates and ages", base + "dates: {shift_min_days: 1, shift_max_days: 30}\nages: {cap_at: 90}\n", true, false},
		{"zip, scalar and list", base + "zip: {restricted_prefixes: census-2020}\n", true, false},
		{"zip list", base + "zip: {restricted_prefixes: [census-2020, '036']}\n", true, false},
		{"export", base + "export:\n  allow_categories: [genetics, mental_health]\n  max_residual_risk: low\n  destination:\n    allowed_hosts: [gw.example.org]\n    require_private_endpoint: true\n    min_tls: '1.3'\n    require_cmek: true\n    regions: us-east1\n", true, false},
		{"dictionaries", base + "allow: [Furosemide, {term: Dax}]\ndeny:\n  - {term: Riverton Clinic, type: FACILITY}\npatterns:\n  - name: rv-mrn\n    type: MRN\n    regex: 'RV-?\\d{7}'\n    validator: luhn\n    context: [mrn, chart]\n    score: 0.6\n", true, false},
		{"validator list", base + "patterns:\n  - {name: a, type: ID, regex: 'A\\d+', validator: [luhn, mod11]}\n", true, false},
		{"unknown key", base + "colour: blue\n", false, false},
		{"misspelt nested key", "name: site\nmethod: expert\ndefault: {operater: tag}\n", false, false},
		{"no default", "name: site\nmethod: expert\n", false, false},
		{"unknown operator", base + "rules: {NAME: {operator: scramble}}\n", false, false},
		{"unknown type", base + "rules: {PERSON: tag}\n", false, false},
		{"bad category", base + "export: {allow_categories: [astrology]}\n", false, false},
		{"bad risk", base + "export: {max_residual_risk: high}\n", false, false},
		{"bad tls", base + "export: {destination: {min_tls: '1.1'}}\n", false, false},
		{"deny without type", base + "deny: [{term: Riverton Clinic}]\n", false, false},
		{"pattern without regex", base + "patterns: [{name: a, type: MRN}]\n", false, false},
		{"unknown validator", base + "patterns: [{name: a, type: MRN, regex: 'x', validator: crc}]\n", false, false},
		{"no name", "version: 1\nmethod: expert\ndefault: tag\n", false, false},
		{"no method", "name: site\nversion: 1\ndefault: tag\n", false, false},
		{"cap over 150", base + "ages: {cap_at: 200}\n", false, false},
		// what only the parser can check
		{"regex that does not compile", base + "patterns: [{name: a, type: MRN, regex: '('}]\n", false, true},
		{"safe harbor keeps dates", "name: site\nversion: 1\nmethod: safe-harbor\ndefault: tag\nrules: {DATE: keep}\n", false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseCompile([]byte(c.src), "site.yaml")
			assert.Equal(t, c.ok, err == nil, "parser: %v", err)
			assert.Equal(t, c.ok || c.schemaOnly, schemaAccepts(t, sch, c.src), "schema")
		})
	}
}

// TestPresetsMatchPolicySchema: the bundled presets are valid by the schema.
func TestPresetsMatchPolicySchema(t *testing.T) {
	sch := compilePolicySchema(t)
	for _, name := range Presets() {
		src, err := PresetYAML(name)
		require.NoError(t, err)
		assert.True(t, schemaAccepts(t, sch, string(src)), name)
	}
}
