package redact

import (
	"encoding/json"
	"testing"

	"github.com/deid-project/deid/deid/policy"
)

// goldenPolicies exercises every operator on every type it supports (types
// it does not support are tagged) and both presets.
var goldenPolicies = map[string]string{
	"op-tag":        "name: op-tag\nversion: 1\nmethod: safe-harbor\ndefault: tag\n",
	"op-numbered":   "name: op-numbered\nversion: 1\nmethod: safe-harbor\ndefault: numbered\n",
	"op-mask":       "name: op-mask\nversion: 1\nmethod: safe-harbor\ndefault: mask\n",
	"op-drop":       "name: op-drop\nversion: 1\nmethod: safe-harbor\ndefault: drop\n",
	"op-keep":       "name: op-keep\nversion: 1\nmethod: expert\ndefault: keep\n",
	"op-surrogate":  "name: op-surrogate\nversion: 1\nmethod: expert\ndefault: surrogate\nrules: {DATE: tag, AGE: tag, BIOMETRIC: tag}\n",
	"op-shift":      "name: op-shift\nversion: 1\nmethod: expert\ndefault: tag\nrules: {DATE: shift}\n",
	"op-generalize": "name: op-generalize\nversion: 1\nmethod: safe-harbor\ndefault: tag\nrules: {DATE: generalize, AGE: generalize, ZIP: generalize}\n",
}

func TestGolden(t *testing.T) {
	pols := map[string]*policy.Policy{}
	for name, src := range goldenPolicies {
		pols[name] = compilePolicy(t, src)
	}
	for _, name := range policy.Presets() {
		pols["preset-"+name] = preset(t, name)
	}
	for name, p := range pols {
		t.Run(name, func(t *testing.T) {
			r := newRedactor(t, p, testKeyHex)
			cs, fss := markedConversations(t)
			var recs []*Record
			for i, c := range cs {
				rec, err := r.ConversationFindings(c, fss[i])
				if err != nil {
					t.Fatal(err)
				}
				validateRecord(t, rec)
				recs = append(recs, rec)
			}
			b, err := json.MarshalIndent(recs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name+".json", append(b, '\n'))
		})
	}
}

// TestGoldenFixtures runs both presets through the engine on the first
// committed fixture conversations. It changes when the engine does: review
// the diff and regenerate with -update.
func TestGoldenFixtures(t *testing.T) {
	marked, _ := markedConversations(t)
	cs := engineConversations(t)[len(marked):]
	if len(cs) == 0 {
		t.Skip("no fixtures/testdata/conversations.jsonl")
	}
	if len(cs) > 5 {
		cs = cs[:5]
	}
	for _, name := range policy.Presets() {
		t.Run(name, func(t *testing.T) {
			r := newRedactor(t, preset(t, name), testKeyHex)
			var out []byte
			for _, c := range cs {
				rec, err := r.Conversation(c)
				if err != nil {
					t.Fatal(err)
				}
				validateRecord(t, rec)
				b, err := json.Marshal(rec)
				if err != nil {
					t.Fatal(err)
				}
				out = append(append(out, b...), '\n')
			}
			golden(t, "fixtures-"+name+".jsonl", out)
		})
	}
}
