package verify

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/redact"
)

const testKeyHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

var (
	engOnce sync.Once
	eng     *deid.Engine
	engErr  error
)

func engine(t testing.TB) *deid.Engine {
	t.Helper()
	engOnce.Do(func() { eng, engErr = deid.New(nil) })
	if engErr != nil {
		t.Fatal(engErr)
	}
	return eng
}

func redactor(t testing.TB, preset string) *redact.Redactor {
	t.Helper()
	key, err := redact.ParseKey(testKeyHex)
	if err != nil {
		t.Fatal(err)
	}
	p, err := policy.Preset(preset)
	if err != nil {
		t.Fatal(err)
	}
	r, err := redact.New(p, &redact.Options{Key: key, Engine: engine(t), IDs: linkage.NewMemory()})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// fixtures loads the committed synthetic conversations.
func fixtures(t testing.TB) []*deid.Conversation {
	t.Helper()
	f, err := os.Open("../../fixtures/testdata/conversations.jsonl")
	if err != nil {
		t.Skip("no fixtures/testdata/conversations.jsonl")
	}
	defer f.Close()
	var cs []*deid.Conversation
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var c deid.Conversation
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		cs = append(cs, &c)
	}
	return cs
}

// TestFixtures redacts every fixture conversation under both presets and
// verifies the output. High results are what quarantine is for; the test
// reports them and checks the invariants that hold whatever the engine
// does.
func TestFixtures(t *testing.T) {
	cs := fixtures(t)
	for _, preset := range policy.Presets() {
		t.Run(preset, func(t *testing.T) {
			r := redactor(t, preset)
			risks := map[string]int{}
			reasons := map[string]int{}
			for _, c := range cs {
				rec, err := r.Conversation(c)
				if err != nil {
					t.Fatal(err)
				}
				res := Check(engine(t), rec, c, &Options{Policy: r.Policy()})
				risks[res.Risk]++
				for _, why := range res.Reasons {
					code, _, _ := strings.Cut(why, "=")
					reasons[code]++
				}
				if res.Error != "" {
					t.Errorf("%s: verify error %s", c.ConversationID, res.Error)
				}
				checkSafe(t, res, c)
				if os.Getenv("VERIFY_DEBUG") != "" && res.Risk != RiskNone {
					t.Logf("%s %s %v", c.ConversationID, res.Risk, res.Reasons)
				}
				plantLeaks(t, r, rec, c)
			}
			var codes []string
			for k := range reasons {
				codes = append(codes, k)
			}
			sort.Slice(codes, func(i, j int) bool {
				return reasons[codes[i]] > reasons[codes[j]] || reasons[codes[i]] == reasons[codes[j]] && codes[i] < codes[j]
			})
			t.Logf("%d records: none %d, low %d, high %d", len(cs), risks[RiskNone], risks[RiskLow], risks[RiskHigh])
			for _, k := range codes {
				t.Logf("  %3d records  %s", reasons[k], k)
			}
		})
	}
}

// plantLeaks copies rec, each copy with one identifier planted in its last
// turn: the patient's surname and MRN (known to the source: a definite
// leak), a phone number and an e-mail address the source does not know.
// Known plants must come out high under every policy. The unknown phone
// number is high where the policy tags phone numbers; under surrogates it
// cannot be told from one and must be at least low. The unknown e-mail
// address is high everywhere: e-mail surrogates are at example.org.
func plantLeaks(t *testing.T, r *redact.Redactor, rec *redact.Record, c *deid.Conversation) {
	t.Helper()
	if len(rec.Turns) == 0 {
		return
	}
	type plant struct {
		text     string
		wantHigh bool
	}
	var plants []plant
	if enc := c.Encounter; enc != nil && enc.Patient != nil {
		if parts := strings.Fields(enc.Patient.Name); len(parts) > 0 {
			plants = append(plants, plant{"Thank you, Mr. " + parts[len(parts)-1] + ".", true})
		}
		if enc.Patient.MRN != "" {
			plants = append(plants, plant{"the record number is " + enc.Patient.MRN, true})
		}
	}
	plants = append(plants,
		plant{"you can reach my son at 617-555-2143", r.Policy().Rule(deid.Phone).Operator != policy.Surrogate},
		plant{"or write to him at jdoe1987@gmail.com", true})
	for _, p := range plants {
		leaky := *rec
		leaky.Turns = slices.Clone(rec.Turns)
		last := &leaky.Turns[len(leaky.Turns)-1]
		last.Text += " " + p.text
		res := Check(engine(t), &leaky, c, &Options{Policy: r.Policy()})
		if p.wantHigh && res.Risk != RiskHigh || res.Risk == RiskNone {
			t.Errorf("%s: planted leak %q: %s %v", c.ConversationID, p.text, res.Risk, res.Reasons)
		}
	}
}
