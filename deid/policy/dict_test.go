package policy

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
)

const dictPolicy = `name: site
version: 1
method: safe-harbor
default: tag
rules: {DATE: generalize, AGE: generalize, ZIP: generalize}
allow:
  - Furosemide
  - file: formulary.txt
deny:
  - {term: Riverton Clinic, type: FACILITY}
  - {file: staff.csv, type: NAME}
patterns:
  - name: riverton-mrn
    type: MRN
    regex: '\bRV\d{6}\b'
    validator: luhn
    context: [mrn, chart]
`

func writePolicy(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600))
	}
	return filepath.Join(dir, "p.yaml")
}

func TestDictionariesLoad(t *testing.T) {
	path := writePolicy(t, map[string]string{"p.yaml": dictPolicy,
		"formulary.txt": "Implanon\n# a comment\n\n  Serotonin   syndrome \nFurosemide\n",
		"staff.csv":     "term,type\nZorblat Quinn,\nOakridge,FACILITY\n"})
	p, err := LoadFile(path)
	require.NoError(t, err)
	assert.Equal(t, []string{"Furosemide", "Implanon", "Serotonin syndrome"}, p.Dict.Allow)
	assert.Equal(t, []deid.Term{{Text: "Riverton Clinic", Type: deid.Facility}, {Text: "Zorblat Quinn", Type: deid.Name}, {Text: "Oakridge", Type: deid.Facility}}, p.Dict.Deny)
	require.Len(t, p.Dict.Patterns, 1)
	assert.Equal(t, 0.5, p.Dict.Patterns[0].Score)
	assert.Equal(t, []string{"formulary.txt", "staff.csv"}, sortedKeys(p.Dict.Files))
	require.NotNil(t, p.Custom())

	// the files travel with the policy: the same policy from the shipped contents
	p2, err := ParseCompileFiles([]byte(dictPolicy), "p.yaml", FilesReader(p.Dict.Files))
	require.NoError(t, err)
	assert.Equal(t, p.Hash(), p2.Hash())

	// the hash covers the contents of the files, not their names or order
	path3 := writePolicy(t, map[string]string{"p.yaml": dictPolicy,
		"formulary.txt": "Serotonin syndrome\nImplanon\n", "staff.csv": "Oakridge,FACILITY\nZorblat Quinn\n"})
	p3, err := LoadFile(path3)
	require.NoError(t, err)
	assert.Equal(t, p.Hash(), p3.Hash())
	path4 := writePolicy(t, map[string]string{"p.yaml": dictPolicy,
		"formulary.txt": "Serotonin syndrome\nImplanon\nDioralyte\n", "staff.csv": "Oakridge,FACILITY\nZorblat Quinn\n"})
	p4, err := LoadFile(path4)
	require.NoError(t, err)
	assert.NotEqual(t, p.Hash(), p4.Hash())

	// a policy without dictionaries hashes as before they existed
	assert.Nil(t, Default().Custom())
	assert.True(t, Default().Dict.Empty())
}

func sortedKeys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	if len(out) == 2 && out[0] > out[1] {
		out[0], out[1] = out[1], out[0]
	}
	return out
}

// TestDictionaryErrors: every problem names the file, line, column and key.
func TestDictionaryErrors(t *testing.T) {
	head := "name: site\nversion: 1\nmethod: safe-harbor\ndefault: tag\nrules: {DATE: generalize, AGE: generalize, ZIP: generalize}\n"
	for _, tc := range []struct{ body, want string }{
		{"allow: Furosemide\n", "p.yaml:6:8: allow: must be a list"},
		{"allow:\n  - {file: ../secret.txt}\n", "p.yaml:7:12: allow[0].file: must name a file next to the policy"},
		{"allow:\n  - {file: /etc/passwd}\n", "p.yaml:7:12: allow[0].file: must name a file next to the policy"},
		{"allow:\n  - {file: missing.txt}\n", "p.yaml:7:12: allow[0].file: cannot read \"missing.txt\""},
		{"allow:\n  - {term: a, file: b.txt}\n", "p.yaml:7:5: allow[0]: give term or file, not both"},
		{"allow:\n  - {term: x, colour: red}\n", "p.yaml:7:15: allow[0].colour: unknown key"},
		{"deny:\n  - Riverton\n", "p.yaml:7:5: deny[0]: a denied term needs its type"},
		{"deny:\n  - {term: Riverton}\n", "p.yaml:7:5: deny[0].type: required"},
		{"deny:\n  - {term: Riverton, type: CLINIC}\n", "p.yaml:7:28: deny[0].type: unknown type \"CLINIC\""},
		{"patterns:\n  - {name: x, type: MRN, regex: '(a'}\n", "p.yaml:7:33: patterns[0].regex: invalid regular expression"},
		{"patterns:\n  - {name: x, type: MRN, regex: 'a*'}\n", "p.yaml:7:33: patterns[0].regex: matches the empty string"},
		{"patterns:\n  - {name: x, type: MRN, regex: 'a', validator: crc}\n", "p.yaml:7:49: patterns[0].validator[0]: unknown validator \"crc\""},
		{"patterns:\n  - {name: x, type: MRN, regex: 'a', score: 2}\n", "p.yaml:7:45: patterns[0].score: must be above 0"},
		{"patterns:\n  - {type: MRN, regex: 'a'}\n", "p.yaml:7:5: patterns[0].name: required"},
		{"patterns:\n  - {name: x, type: MRN, regex: a}\n  - {name: x, type: MRN, regex: b}\n", "p.yaml:8:12: patterns[1].name: pattern \"x\" is defined twice"},
	} {
		dir := t.TempDir()
		path := filepath.Join(dir, "p.yaml")
		require.NoError(t, os.WriteFile(path, []byte(head+tc.body), 0o600))
		_, err := LoadFile(path)
		require.Error(t, err, tc.body)
		assert.Contains(t, err.Error(), filepath.Dir(path)+"/"+tc.want, tc.body)
	}
	// a policy given as text alone cannot name files
	_, err := ParseCompile([]byte(head+"allow:\n  - {file: f.txt}\n"), "p.yaml")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "p.yaml:7:12: allow[0].file: dictionary files are read next to a policy file")
}

func TestValidators(t *testing.T) {
	assert.True(t, luhnValid("4111 1111 1111 1111"))
	assert.False(t, luhnValid("4111 1111 1111 1112"))
	assert.True(t, luhnValid("RV123455"))
	assert.True(t, mod11Valid("0-306-40615-2"))
	assert.True(t, mod11Valid("0-8044-2957-X"))
	assert.False(t, mod11Valid("0-306-40615-3"))
	assert.False(t, mod11Valid("1"))
}
