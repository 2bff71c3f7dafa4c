package deid

import (
	"encoding/json"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"
)

var reasonGrammar = regexp.MustCompile(`^[a-z][a-z0-9_.-]{0,63}$`)

// FuzzParseConversation: the record parser never panics; a refused line
// gets a reject code of the reason grammar; an accepted record written
// back as JSON parses again to the same record.
func FuzzParseConversation(f *testing.F) {
	for _, s := range []string{
		`{"conversation_id":"c1","turns":[{"speaker":"doctor","text":"hello"}]}`,
		`{"conversation_id":"c2","encounter":{"patient":{"name":"Ann Lee","mrn":"123","birth_date":"1950-02-03"}},"turns":[{"speaker":"patient","text":"hi","start_ms":0,"end_ms":900}]}`,
		`{"conversation_id":"c3","turns":[{"speaker":"doctor","transcript":"x"}]}`,
		`{"conversation_id":"c4","turns":[{"speaker":"doctor","text":"a","start_ms":5,"end_ms":1}]}`,
		`{"conversation_id":1}`, `{}`, `[]`, `null`, `{"conversation_id":"c5","turns":[]} trailing`, "\xff", `{"a":{"b":{"c":[[[[1]]]]}}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		c, err := ParseConversation(line)
		if err != nil {
			code := RecordErrorCode(err)
			require.Regexp(t, reasonGrammar, code, "reject code")
			return
		}
		b, err := json.Marshal(c)
		require.NoError(t, err)
		c2, err := ParseConversation(b)
		require.NoError(t, err, "an accepted record written back is refused")
		require.Equal(t, c, c2)
	})
}
