package verify

import (
	"slices"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/redact"
)

// source is a conversation whose encounter knows its identifiers. Its turns
// are placeholders: tests write the output text they want to verify.
func source(turns int) *deid.Conversation {
	c := &deid.Conversation{
		ConversationID: "t-1",
		Encounter: &deid.Encounter{
			EncounterID: "E1", StartedAt: "2021-03-04T10:00:00Z", Facility: "Mercy General Hospital",
			Department: "Cardiology",
			Patient: &deid.Patient{MRN: "MRN-75536950", Name: "Charles Okonkwo-Bell", BirthDate: "1973-08-19", Sex: "M",
				Phone: "(602) 555-1379", Email: "cokonkwo@example.com",
				Address: &deid.PostalAddress{Street: "549 Birch Ct Apt 2", City: "Corryton", State: "TN", Zip: "37721"}},
			Clinicians: []deid.Clinician{{Name: "Dr. Carolyn Turner", NPI: "1234567893"}, {Name: "Will Hardy"}},
			OtherNames: []string{"Mary Okonkwo"},
		},
	}
	for range turns {
		c.Turns = append(c.Turns, deid.Turn{Speaker: "patient", Text: "okay"})
	}
	return c
}

// record redacts src under the preset and then replaces the turn texts with
// texts, as if the redactor had written them.
func record(t *testing.T, preset string, src *deid.Conversation, texts ...string) *redact.Record {
	t.Helper()
	rec, err := redactor(t, preset).Conversation(src)
	if err != nil {
		t.Fatal(err)
	}
	for i := range rec.Turns {
		rec.Turns[i].Text = texts[i]
	}
	return rec
}

func check(t *testing.T, preset string, texts ...string) Result {
	t.Helper()
	src := source(len(texts))
	res := Check(engine(t), record(t, preset, src, texts...), src, nil)
	checkSafe(t, res, src)
	return res
}

func TestClean(t *testing.T) {
	for _, text := range []string{
		"Good morning. How is the chest pain since last week?",
		"[NAME] said the pain started on [DATE], about 2021.",
		"I'm Dr. [NAME]. Nice to meet you, Mrs. [NAME_2].",
		"You were born in 1973, so you're 47.",
		"My father is 90+ and lives with us.",
		"We moved from 377XX last year.",
		"call [PHONE] or write to [EMAIL], my mrn is [MRN]",
		"blood pressure 128 over 84, a1c 6.9, ldl 112, weight 84 kg",
		"i will call you may be next week",         // weak name parts without a name context
		"The facial droop looks like Bell's palsy", // eponym
		"she has ST depression on the ECG",
	} {
		res := check(t, "safe-harbor", text)
		if res.Risk != RiskNone {
			t.Errorf("%q: risk %s %v", text, res.Risk, res.Reasons)
		}
	}
}

// TestPlantedLeaks: a known identifier of the source left in the output is
// a definite leak, whatever form it takes, and always high.
func TestPlantedLeaks(t *testing.T) {
	for _, tc := range []struct {
		text string
		typ  deid.Type
	}{
		{"thanks mister okonkwo see you soon", deid.Name},
		{"Thanks, Mr. Okonkwo-Bell.", deid.Name},
		{"is this charles", deid.Name},
		{"Dr. Turner will see you", deid.Name},
		{"dr will says hi", deid.Name}, // weak part after a title
		{"Will Hardy is the nurse", deid.Name},
		{"[NAME] okonkwo's chart", deid.Name},
		{"my mrn is 75536950", deid.MRN},
		{"m r n seven five five three six nine five zero", deid.MRN},
		{"record mrn75536950", deid.MRN},
		{"call me at 602 555 1379", deid.Phone},
		{"it's six oh two, five five five, one three seven nine", deid.Phone},
		{"or just 555-1379", deid.Phone},
		{"email cokonkwo@example.com please", deid.Email},
		{"i live at 549 birch court", deid.Address},
		{"over on Birch Ct now", deid.Address},
		{"out in corryton", deid.City},
		{"zip 37721", deid.Zip},
		{"born 08/19/1973", deid.Date},
		{"dob 1973-08-19", deid.Date},
		{"my birthday is august 19th", deid.Date},
		{"the nineteenth of august", deid.Date},
		{"Aug 19 1973", deid.Date},
		{"seen today, march 4", deid.Date}, // the encounter date
		{"over at mercy general hospital", deid.Facility},
		{"npi 1234567893", deid.NPI},
	} {
		res := check(t, "safe-harbor", tc.text)
		if res.Risk != RiskHigh || res.KnownByType[tc.typ] == 0 {
			t.Errorf("%q: risk %s known %v reasons %v", tc.text, res.Risk, res.KnownByType, res.Reasons)
		}
	}
	// Under expert too: surrogates do not excuse a real value.
	if res := check(t, "expert", "Thanks, Mr. Okonkwo, see you at 602-555-1379"); res.Risk != RiskHigh || res.KnownLeaks < 2 {
		t.Errorf("expert: %+v", res)
	}
}

// TestUnknownIdentifier: an identifier the source does not know about is
// found by the engine.
func TestUnknownIdentifier(t *testing.T) {
	res := check(t, "safe-harbor", "my daughter's number is 617-555-0199, call her")
	if res.Risk != RiskHigh || res.ByType[deid.Phone] != 1 || res.KnownLeaks != 0 {
		t.Errorf("phone: %+v", res)
	}
	res = check(t, "safe-harbor", "my ssn is 123-45-6789")
	if res.Risk != RiskHigh || res.Residual == 0 {
		t.Errorf("ssn: %+v", res)
	}
	// A high threshold above every score makes engine findings low.
	src := source(1)
	res = Check(engine(t), record(t, "safe-harbor", src, "my daughter's number is 617-555-0199"), src, &Options{MinScore: 1.01})
	if res.Risk != RiskLow || !slices.Contains(res.Reasons, "residual_low:PHONE=1") {
		t.Errorf("MinScore: %+v", res)
	}
}

// TestSurrogates: under the expert preset an engine finding on a type the
// policy replaces with surrogates cannot be told from a surrogate: low.
func TestSurrogates(t *testing.T) {
	res := check(t, "expert", "Hello Mrs. Jennifer Walsh, call me at 212-555-0142.")
	if res.Risk != RiskLow || res.KnownLeaks != 0 || res.ByType[deid.Name] == 0 {
		t.Errorf("surrogate text: %+v", res)
	}
	// E-mail surrogates are at example.org: any other address is real.
	if res := check(t, "expert", "write to jennifer.walsh42@example.org"); res.Risk != RiskLow {
		t.Errorf("surrogate e-mail: %+v", res)
	}
	if res := check(t, "expert", "write to jwalsh@gmail.com"); res.Risk != RiskHigh || res.ByType[deid.Email] != 1 {
		t.Errorf("real e-mail under expert: %+v", res)
	}
	// The same text under safe-harbor is a residual identifier.
	if res := check(t, "safe-harbor", "Hello Mrs. Jennifer Walsh, call me at 212-555-0142."); res.Risk != RiskHigh {
		t.Errorf("safe-harbor: %+v", res)
	}
}

func TestFields(t *testing.T) {
	src := source(1)
	for name, edit := range map[string]func(*redact.Record){
		"speaker":     func(r *redact.Record) { r.Turns[0].Speaker = "Dr Turner" },
		"sex":         func(r *redact.Record) { r.Demographics.Sex = "male, 6ft" },
		"zip3":        func(r *redact.Record) { r.Demographics.Zip3 = "036" }, // restricted: must be 000
		"age":         func(r *redact.Record) { r.Demographics.Age = &redact.Age{Years: 93} },
		"date":        func(r *redact.Record) { r.Encounter.Date = "2021-03-04" },
		"research id": func(r *redact.Record) { r.ResearchID = "t-1" },
		"patient id":  func(r *redact.Record) { r.PatientResearchID = "MRN-75536950" },
		"turns":       func(r *redact.Record) { r.Turns = append(r.Turns, r.Turns[0]) },
		"removed":     func(r *redact.Record) { r.Removed["Charles"] = 1 },
		"department":  func(r *redact.Record) { r.Encounter.Department = "Dr. Turner's clinic" },
	} {
		rec := record(t, "safe-harbor", src, "okay")
		edit(rec)
		res := Check(engine(t), rec, src, nil)
		if res.Risk != RiskHigh {
			t.Errorf("%s: risk %s %v", name, res.Risk, res.Reasons)
		}
		checkSafe(t, res, src)
	}
	rec := record(t, "safe-harbor", src, "okay")
	if res := Check(engine(t), rec, src, nil); res.Risk != RiskNone {
		t.Errorf("unedited: %+v", res)
	}
}

// TestFailClosed: whatever stops verification gives high, with a code.
func TestFailClosed(t *testing.T) {
	src := source(1)
	rec := record(t, "safe-harbor", src, "okay")
	other, err := policy.ParseCompile([]byte("name: other\nversion: 1\nmethod: safe-harbor\ndefault: tag\n"), "other")
	if err != nil {
		t.Fatal(err)
	}
	custom := *rec
	custom.Policy = redact.PolicyRef{Name: "local", Version: 1, Hash: strings.Repeat("0", 64)}
	for name, res := range map[string]Result{
		"no engine":       Check(nil, rec, src, nil),
		"no record":       Check(engine(t), nil, src, nil),
		"no source":       Check(engine(t), rec, nil, nil),
		"policy mismatch": Check(engine(t), rec, src, &Options{Policy: other}),
		"unknown policy":  Check(engine(t), &custom, src, nil),
	} {
		if res.Risk != RiskHigh || len(res.Reasons) == 0 {
			t.Errorf("%s: %+v", name, res)
		}
	}
	if res := Check(nil, rec, src, nil); res.Error != "no_engine" {
		t.Errorf("error code %q", res.Error)
	}
	if res := (Result{}); res.Risk != "" {
		t.Error("the zero Result must not read as verified")
	}
}

// TestReasonsHoldNoText plants every kind of identifier and checks that no
// reason carries any of it.
func TestReasonsHoldNoText(t *testing.T) {
	texts := []string{
		"Mr. Okonkwo-Bell, MRN 75536950, phone 602-555-1379, cokonkwo@example.com",
		"549 Birch Court, Corryton 37721, born 08/19/1973, Dr. Turner",
		"my neighbour Jennifer Walsh, 617-555-0199, ssn 123-45-6789, www.okonkwo-family.org",
	}
	for _, preset := range policy.Presets() {
		src := source(len(texts))
		res := Check(engine(t), record(t, preset, src, texts...), src, nil)
		if res.Risk != RiskHigh {
			t.Errorf("%s: %+v", preset, res)
		}
		checkSafe(t, res, src)
		joined := strings.ToLower(strings.Join(res.Reasons, " "))
		for _, secret := range []string{"okonkwo", "charles", "7553", "1379", "example", "birch", "corryton", "walsh", "6789", "turner"} {
			if strings.Contains(joined, secret) {
				t.Errorf("%s: reasons hold %q: %v", preset, secret, res.Reasons)
			}
		}
	}
}
