package redact

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/policy"
)

// These tests go through the real engine. With a stub engine they check
// little; with the real one they are the safety properties of the issue.

// engineConversations are the marked test conversations (marks removed)
// plus, when present, the committed fixtures.
func engineConversations(t testing.TB) []*deid.Conversation {
	cs, _ := markedConversations(t)
	for _, path := range []string{"../../fixtures/testdata/conversations.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			continue
		}
		defer f.Close()
		r := bufio.NewReaderSize(f, 1<<20)
		for {
			line, err := r.ReadBytes('\n')
			if len(strings.TrimSpace(string(line))) > 0 {
				var c deid.Conversation
				if json.Unmarshal(line, &c) == nil && c.ConversationID != "" {
					cs = append(cs, &c)
				}
			}
			if err != nil {
				break
			}
		}
	}
	return cs
}

// wordRE matches s as a whole word, case-insensitively.
func wordRE(s string) *regexp.Regexp {
	return regexp.MustCompile(`(?i)(^|[^\pL\pN])` + regexp.QuoteMeta(s) + `($|[^\pL\pN])`)
}

// TestNoDetectedSpanSurvives: every span the engine found, and that the
// policy replaces, is gone from the redacted turn: the text of the span
// occurs (as a whole word) in the output fewer times than in the input, by
// at least the number of findings that covered it. An occurrence the engine
// did not flag (its recall, not the redactor's job) may remain.
func TestNoDetectedSpanSurvives(t *testing.T) {
	cs := engineConversations(t)
	for _, name := range policy.Presets() {
		r := newRedactor(t, preset(t, name), testKeyHex)
		for _, c := range cs {
			fss := r.Engine().ScanConversation(c)
			rec, err := r.ConversationFindings(c, fss)
			if err != nil {
				t.Fatal(err)
			}
			validateRecord(t, rec)
			scope := r.NewScope("probe")
			for i, fs := range fss {
				in, out := c.Turns[i].Text, rec.Turns[i].Text
				removed := map[string]int{}
				for _, f := range fs {
					span := in[f.Start:f.End]
					if _, changed := scope.apply(f.Type, span, ""); !changed || len(strings.TrimSpace(span)) < 2 {
						continue // kept by design: a year alone, an age under the cap
					}
					if d, ok := parseDate(span); ok && f.Type == deid.Date && d.month == 0 && d.day == 0 {
						continue // a year alone shifted by days mostly stays that year (the probe's shift is not the record's)
					}
					removed[span]++
				}
				for span, n := range removed {
					re := wordRE(span)
					before, after := len(re.FindAllStringIndex(in, -1)), len(re.FindAllStringIndex(out, -1))
					if after > before-n {
						t.Errorf("%s: %s turn %d: a span of %d bytes found %d time(s) still occurs %d of %d time(s)", name, c.ConversationID, i, len(span), n, after, before)
					}
				}
			}
		}
	}
}

// TestRedactTwiceThroughEngine: under safe-harbor, scanning and redacting the
// redacted text again changes nothing.
func TestRedactTwiceThroughEngine(t *testing.T) {
	r := newRedactor(t, nil, testKeyHex)
	for _, c := range engineConversations(t) {
		once, err := r.Conversation(c)
		if err != nil {
			t.Fatal(err)
		}
		for i, tu := range once.Turns {
			// the same reference year: whether a year tells an age over 89
			// depends on it
			scope := r.NewScope("")
			if c.Encounter != nil && len(c.Encounter.StartedAt) >= 4 {
				y, _ := strconv.Atoi(c.Encounter.StartedAt[:4])
				scope.SetReferenceYear(y)
			}
			twice, _ := r.Text(tu.Text, r.Engine().ScanKnown(tu.Text, deid.NewKnown(c.Encounter)), scope)
			if twice != tu.Text {
				t.Errorf("%s turn %d changes on a second pass (%d -> %d bytes)", c.ConversationID, i, len(tu.Text), len(twice))
			}
		}
	}
}

// TestErrorsCarryNoText: errors name ids and counts, never record text.
func TestErrorsCarryNoText(t *testing.T) {
	r, err := New(nil, nil) // no linkage store
	if err != nil {
		t.Fatal(err)
	}
	c := &deid.Conversation{ConversationID: "c1", Turns: []deid.Turn{{Text: "Zebulon Quartermaine"}}}
	_, err = r.Conversation(c)
	if err == nil || strings.Contains(err.Error(), "Zebulon") {
		t.Errorf("err = %v", err)
	}
	r = newRedactor(t, nil, testKeyHex)
	c.ConversationID = ""
	if _, err := r.Conversation(c); err == nil || strings.Contains(err.Error(), "Zebulon") {
		t.Errorf("err = %v", err)
	}
	if _, err := r.ConversationFindings(&deid.Conversation{ConversationID: "Zebulon", Turns: c.Turns}, [][]deid.Finding{}); err == nil || strings.Contains(err.Error(), "Zebulon") {
		t.Errorf("err = %v", err)
	}
}
