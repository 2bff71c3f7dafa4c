package gate

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"testing"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/classify"
	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/deid/verify"
)

// process is the per-record flow the pipelines assemble, minus I/O:
// parse -> de-identify -> classify -> verify -> gate. Every record ends in
// exactly one outcome, and an error anywhere quarantines (or, for input that
// is not a record, rejects).
func process(line []byte, r *redact.Redactor, eng *deid.Engine, c *books) (Outcome, string) {
	c.Read(1)
	var conv deid.Conversation
	if err := json.Unmarshal(line, &conv); err != nil {
		c.count(Rejected, "malformed_json")
		return Rejected, "malformed_json"
	}
	rec, err := r.Conversation(&conv)
	if err != nil {
		c.count(Quarantined, "deid_error")
		return Quarantined, "deid_error"
	}
	labels := classify.ForRecord(rec, &conv)
	res := verify.Check(eng, rec, &conv, &verify.Options{Policy: r.Policy()})
	labels.ResidualRisk = res.Risk
	d := Decide(labels, res, r.Policy())
	c.count(d.Outcome(), d.Reason)
	return d.Outcome(), d.Reason
}

// books are the counts and the reasons of the records that did not leave,
// as "outcome/reason".
type books struct {
	Counts
	reasons map[string]int64
}

func (b *books) count(o Outcome, code string) {
	b.Count(o)
	if o == Exported {
		return
	}
	if b.reasons == nil {
		b.reasons = map[string]int64{}
	}
	b.reasons[string(o)+"/"+ReasonCode(code)]++
}

func TestFlow(t *testing.T) {
	eng, err := deid.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	key, err := redact.ParseKey("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
	if err != nil {
		t.Fatal(err)
	}
	var lines [][]byte
	if f, err := os.Open("../../fixtures/testdata/conversations.jsonl"); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			lines = append(lines, append([]byte(nil), sc.Bytes()...))
		}
		f.Close()
	}
	extra := map[string]struct {
		line    string
		outcome Outcome
		reason  string
	}{
		"part 2": {`{"conversation_id":"x-part2","encounter":{"patient":{"name":"Dana Whitfield","mrn":"55512345"}},` +
			`"turns":[{"speaker":"clinician","text":"How is the suboxone dose working for you?"}]}`, Quarantined, "category_not_allowed.substance_use"},
		"clean":     {`{"conversation_id":"x-clean","turns":[{"speaker":"patient","text":"The cough is better since Tuesday."}]}`, Exported, ReasonOK},
		"malformed": {`{"conversation_id": "x-bad", "turns": [`, Rejected, "malformed_json"},
		"no id":     {`{"turns":[{"speaker":"patient","text":"hello"}]}`, Quarantined, "deid_error"},
	}
	for _, preset := range policy.Presets() {
		t.Run(preset, func(t *testing.T) {
			p, err := policy.Preset(preset)
			if err != nil {
				t.Fatal(err)
			}
			r, err := redact.New(p, &redact.Options{Key: key, Engine: eng, IDs: linkage.NewMemory()})
			if err != nil {
				t.Fatal(err)
			}
			var c books
			for _, l := range lines {
				process(l, r, eng, &c)
			}
			var reasons []string
			for k := range c.reasons {
				reasons = append(reasons, k)
			}
			sort.Strings(reasons)
			t.Logf("%d fixtures: exported %d, quarantined %d, rejected %d", c.RecordsIn, c.Exported, c.Quarantined, c.Rejected)
			for _, k := range reasons {
				t.Logf("  %3d %s", c.reasons[k], k)
			}
			for name, x := range extra {
				o, reason := process([]byte(x.line), r, eng, &c)
				if o != x.outcome || reason != x.reason {
					t.Errorf("%s: %s %s, want %s %s", name, o, reason, x.outcome, x.reason)
				}
			}
			if !c.Reconciles() || c.RecordsIn != int64(len(lines)+len(extra)) {
				t.Errorf("counts do not reconcile: %+v", c)
			}
		})
	}
}
