package process

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid/classify"
	"github.com/deid-project/deid/deid/gate"
	"github.com/deid-project/deid/deid/reason"
)

const testKey = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

func env(k string) string {
	if k == "DEID_KEY" {
		return testKey
	}
	return ""
}

func newProc(t *testing.T, s Settings) *Processor {
	t.Helper()
	if s.Linkage == "" {
		s.Linkage = t.TempDir()
	}
	p, err := New(s, env)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// TestEveryRecordEndsSomewhere runs the committed fixtures and bad lines
// through the flow: every line gets exactly one route, exported records
// carry labels, and the counts reconcile.
func TestEveryRecordEndsSomewhere(t *testing.T) {
	p := newProc(t, Settings{})
	f, err := os.Open("../../fixtures/testdata/conversations.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	lines = append(lines, `{not json`, `{"conversation_id":"x"}`, `{"conversation_id":"y","turns":[{"speaker":"robot","text":"hi"}]}`)
	var st Stats
	for _, l := range lines {
		r := p.Process([]byte(l))
		switch r.Route {
		case gate.Exported:
			if r.Record == nil || len(r.RecordJSON) == 0 || r.Metadata["tier"] != "deidentified" || r.Metadata["residual-risk"] == "" {
				t.Errorf("exported without record or labels: %+v", r.Metadata)
			}
		case gate.Quarantined, gate.Rejected:
			if r.Reason == "" || r.Record != nil {
				t.Errorf("%s without reason or with a record", r.Route)
			}
			listed := QuarantineReasons()
			if r.Route == gate.Rejected {
				listed = RejectReasons()
			}
			if !slices.Contains(listed, r.Reason) {
				t.Errorf("%s reason %q is not listed", r.Route, r.Reason)
			}
		default:
			t.Fatalf("route %q", r.Route)
		}
		st.Add(r, len(l))
	}
	if !st.Reconciles() || st.RecordsIn != int64(len(lines)) || st.Rejected != 3 {
		t.Errorf("stats: %+v", st)
	}
	if st.Exported < int64(len(lines))*9/10 {
		t.Errorf("only %d of %d exported", st.Exported, len(lines))
	}
	if st.Reject["invalid_json"] != 1 || st.Reject["missing_field"] != 1 || st.Reject["invalid_field"] != 1 {
		t.Errorf("reject reasons: %v", st.Reject)
	}
}

// TestFailClosed: a record the redaction pass leaves an identifier in is
// quarantined by verification; a substance-use conversation stays on-prem
// under the default policy.
func TestFailClosed(t *testing.T) {
	p := newProc(t, Settings{RedactMinScore: 0.6})
	r := p.Process([]byte(`{"conversation_id":"c","turns":[{"speaker":"patient","text":"Please have Zorblaxian call me."}]}`))
	if r.Route != gate.Quarantined || r.Record != nil {
		t.Errorf("residual name: route %s reason %s", r.Route, r.Reason)
	}
	r = p.Process([]byte(`{"conversation_id":"d","turns":[{"speaker":"patient","text":"i have been on suboxone since my opioid use disorder treatment started"}]}`))
	if r.Route != gate.Quarantined || r.Reason != "category_not_allowed.substance_use" {
		t.Errorf("substance use: route %s reason %s", r.Route, r.Reason)
	}
}

func TestCustomPolicyAndKeys(t *testing.T) {
	yaml, err := os.ReadFile("../policy/presets/expert.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p := newProc(t, Settings{PolicyYAML: string(yaml), PolicySource: "expert.yaml"})
	r := p.Process([]byte(`{"conversation_id":"e","encounter":{"patient":{"name":"Ada Quill","birth_date":"1950-02-03"}},"turns":[{"speaker":"clinician","text":"hello ada quill"}]}`))
	if r.Route == gate.Rejected || r.Reason == "policy_unknown" {
		t.Errorf("custom policy: %s %s", r.Route, r.Reason)
	}
	if _, err := New(Settings{PolicyYAML: string(yaml), PolicySource: "expert.yaml", Linkage: t.TempDir()}, func(string) string { return "" }); err == nil {
		t.Error("expert without a key: want an error (surrogates and shifts need a key)")
	}
	if _, err := New(Settings{}, func(string) string { return "" }); err == nil {
		t.Error("no linkage store: want an error (random research ids)")
	}
	p, err = New(Settings{Linkage: t.TempDir()}, func(string) string { return "" })
	if err != nil {
		t.Errorf("safe-harbor with random ids needs no key: %v", err)
	} else {
		p.Close()
	}
	if _, err := New(Settings{PolicyYAML: "name: x\nbogus: 1\n"}, env); err == nil || !strings.Contains(err.Error(), "bogus") {
		t.Errorf("bad policy: %v", err)
	}
}

// TestReasons: the listed codes are codes, listed once; a code outside the
// grammar is filed as invalid_reason.
func TestReasons(t *testing.T) {
	for name, rs := range map[string][]string{"quarantine": QuarantineReasons(), "reject": RejectReasons()} {
		require.NotEmpty(t, rs, name)
		assert.Len(t, rs, len(slices.Compact(slices.Sorted(slices.Values(rs)))), "%s: duplicates in %v", name, rs)
		for _, r := range rs {
			assert.True(t, reason.Valid(r), "%s: %q", name, r)
			assert.Equal(t, r, validCode(r))
		}
	}
	assert.Subset(t, QuarantineReasons(), gate.Reasons())
	assert.Contains(t, QuarantineReasons(), gate.CategoryReason(classify.SubstanceUse))
	for _, bad := range []string{"", "category_not_allowed:substance_use", "Invalid JSON", "known_identifier:NAME=2"} {
		assert.Equal(t, gate.ReasonInvalid, validCode(bad), "%q", bad)
	}
}
