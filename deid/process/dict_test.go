package process

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid/gate"
)

// TestPolicyDictionaries: the site's dictionaries reach both the redaction
// and the verification (an allowed term is neither removed nor flagged, a
// denied one is removed), and files shipped with the policy are read from
// the settings.
func TestPolicyDictionaries(t *testing.T) {
	yaml := `name: site
version: 1
method: safe-harbor
default: tag
rules: {DATE: generalize, AGE: generalize, ZIP: generalize}
allow:
  - file: formulary.txt
deny:
  - {term: Riverton Clinic, type: FACILITY}
`
	line := []byte(`{"conversation_id":"d-1","encounter":{"started_at":"2021-03-04T10:00:00Z","patient":{"name":"Ida Quenneville","birth_date":"1950-01-02"}},` +
		`"turns":[{"speaker":"clinician","text":"we'll start a pump called Zorblax"},{"speaker":"patient","text":"my sister Ida goes to the riverton clinic"}]}`)

	plain := newProc(t, Settings{})
	r := plain.Process(line)
	if r.Route == gate.Exported {
		assert.Contains(t, r.Record.Turns[0].Text, "[NAME]", "the engine alone takes the device for a name")
	}

	_, err := New(Settings{PolicyYAML: yaml, PolicySource: "site.yaml"}, env)
	require.Error(t, err, "the file is not shipped")
	assert.Contains(t, err.Error(), "site.yaml:7:11: allow[0].file")

	p := newProc(t, Settings{PolicyYAML: yaml, PolicySource: "site.yaml", PolicyFiles: map[string]string{"formulary.txt": "Zorblax\nIda\n"}})
	r = p.Process(line)
	require.Equal(t, gate.Exported, r.Route, r.Reason)
	assert.Equal(t, "we'll start a pump called Zorblax", r.Record.Turns[0].Text)
	assert.Equal(t, "my sister [NAME] goes to the [FACILITY]", r.Record.Turns[1].Text, "an allowed term never hides a known identifier")
	assert.Equal(t, "none", r.Risk)
	assert.Equal(t, p.Policy().Hash(), r.Record.Policy.Hash)
}
