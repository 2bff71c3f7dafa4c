package redact

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/policy"
)

func TestOperators(t *testing.T) {
	pol := func(rules string) *policy.Policy {
		return compilePolicy(t, "name: t\nversion: 1\nmethod: expert\ndefault: tag\nrules:\n"+rules)
	}
	for _, tc := range []struct {
		name, rules, in, want string
	}{
		{"tag", "  NAME: tag\n", "I am {NAME:John Smith}.", "I am [NAME]."},
		{"numbered", "  NAME: numbered\n", "{NAME:John Smith}, {NAME:Mary Smith}, {NAME:John} and {NAME:Mr. Smith}", "[NAME_1], [NAME_2], [NAME_1] and [NAME_1]"},
		{"numbered phone", "  PHONE: numbered\n", "{PHONE:617-555-1212} or {PHONE:(617) 555 1212} or {PHONE:555-0000}", "[PHONE_1] or [PHONE_1] or [PHONE_2]"},
		{"mask", "  NAME: mask\n", "I am {NAME:José}.", "I am ****."},
		{"mask char", "  NAME: {operator: mask, char: '#'}\n", "{NAME:Ann}", "###"},
		{"drop", "  NAME: drop\n", "I am {NAME:John} today", "I am today"},
		{"keep", "  NAME: keep\n", "I am {NAME:John}", "I am John"},
		{"tag unknown type fails closed", "  NAME: tag\n", "x {PHONE:1}", "x [PHONE]"},
		{"date year", "  DATE: generalize\n", "born {DATE:March 3rd, 1956} seen {DATE:02/11/2021}", "born 1956 seen 2021"},
		{"date year spoken", "  DATE: generalize\n", "born {DATE:the third of march nineteen fifty six}", "born nineteen fifty six"},
		{"date without year", "  DATE: generalize\n", "seen {DATE:june 3rd}", "seen [DATE]"},
		{"date year alone kept", "  DATE: generalize\n", "in {DATE:1998}", "in 1998"},
		{"date tens left out by the engine", "  DATE: generalize\n", "the twenty {DATE:first of august nineteen eighty four}", "the nineteen eighty four"},
		{"date unparseable", "  DATE: generalize\n", "on {DATE:the day after}", "on [DATE]"},
		{"age over cap", "  AGE: generalize\n", "she is {AGE:92 years old}", "she is 90+ years old"},
		{"age spoken over cap", "  AGE: generalize\n", "i'm {AGE:ninety three} now", "i'm 90+ now"},
		{"age hundred", "  AGE: generalize\n", "{AGE:a hundred and one}", "90+"},
		{"age under cap", "  AGE: generalize\n", "she is {AGE:89}", "she is 89"},
		{"age no number", "  AGE: generalize\n", "she is {AGE:very old}", "she is [AGE]"},
		{"age idempotent", "  AGE: generalize\n", "{AGE:90+ years}", "90+ years"},
		{"zip3", "  ZIP: generalize\n", "{ZIP:02139} {ZIP:02139-4307}", "021XX 021XX"},
		{"zip3 restricted", "  ZIP: generalize\n", "{ZIP:03601} {ZIP:89301}", "000XX 000XX"},
		{"zip3 spoken", "  ZIP: generalize\n", "{ZIP:oh two one three nine}", "021XX"},
		{"zip3 unknown prefix", "  ZIP: generalize\n", "{ZIP:00100}", "000XX"},
		{"zip too short", "  ZIP: generalize\n", "{ZIP:02}", "[ZIP]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRedactor(t, pol(tc.rules), testKeyHex)
			text, fs := unmark(t, tc.in)
			got, _ := r.Text(text, fs, nil)
			if got != tc.want {
				t.Errorf("Text(%q) = %q, want %q", text, got, tc.want)
			}
		})
	}
}

func TestSummaryCounts(t *testing.T) {
	r := newRedactor(t, nil, "")
	text, fs := unmark(t, "{NAME:Ann} and {NAME:Bob} on {DATE:3/4/2020} aged {AGE:45} in {DATE:2020}")
	got, sum := r.Text(text, fs, nil)
	if got != "[NAME] and [NAME] on 2020 aged 45 in 2020" {
		t.Errorf("got %q", got)
	}
	if sum.Count(deid.Name) != 2 || sum.Count(deid.Date) != 1 || sum.Count(deid.Age) != 0 || sum.Total() != 3 {
		t.Errorf("summary %v", sum.Removed())
	}
}

func TestFindingsNormalised(t *testing.T) {
	r := newRedactor(t, nil, "")
	text := "call Jo at 555"
	// Unsorted, overlapping, out of range.
	fs := []deid.Finding{{Start: 11, End: 99, Type: deid.Phone}, {Start: 5, End: 7, Type: deid.Name}, {Start: 6, End: 7, Type: deid.Name}, {Start: -3, End: 0, Type: deid.Name}}
	got, _ := r.Text(text, fs, nil)
	if got != "call [NAME] at [PHONE]" {
		t.Errorf("got %q", got)
	}
	// A finding that splits a UTF-8 character is widened.
	text = "né Zoë"
	got, _ = r.Text(text, []deid.Finding{{Start: 5, End: 7, Type: deid.Name}}, nil)
	if got != "né [NAME]" && got != "né Z[NAME]" {
		t.Errorf("got %q", got)
	}
	if strings.ContainsRune(got, '\uFFFD') {
		t.Errorf("broken UTF-8: %q", got)
	}
}

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in        string
		y, m, d   int
		shifted10 string // shifted back 10 days
	}{
		{"03/14/2021", 2021, 3, 14, "03/04/2021"},
		{"3/14/21", 2021, 3, 14, "3/4/21"},
		{"14/03/2021", 2021, 3, 14, "04/03/2021"},
		{"2021-03-14", 2021, 3, 14, "2021-03-04"},
		{"20210314", 2021, 3, 14, "20210304"},
		{"3/14", 0, 3, 14, "3/4"},
		{"March 14, 2021", 2021, 3, 14, "March 4, 2021"},
		{"Mar. 14 2021", 2021, 3, 14, "Mar. 4 2021"},
		{"march 3rd 2021", 2021, 3, 3, "february 21st 2021"},
		{"14 March 2021", 2021, 3, 14, "4 March 2021"},
		{"the third of march", 0, 3, 3, "the twenty first of february"},
		{"march the third", 0, 3, 3, "february the twenty first"},
		{"the twentieth of may nineteen twenty nine", 1929, 5, 20, "the tenth of may nineteen twenty nine"},
		{"march fourteenth twenty twenty one", 2021, 3, 14, "march fourth twenty twenty one"},
		{"march fourteen two thousand and five", 2005, 3, 14, "march four two thousand five"},
		{"nineteen fifty six", 1956, 0, 0, "nineteen fifty six"},
		{"1956", 1956, 0, 0, "1956"},
		{"june twenty nineteen", 2019, 6, 0, "june twenty nineteen"},
		{"June 2019", 2019, 6, 0, "June 2019"},
		{"Monday, March 15, 2021", 2021, 3, 15, "March 5, 2021"},
		{"weds march 3rd 2021", 2021, 3, 3, "february 21st 2021"},
		{"nineteen oh five", 1905, 0, 0, "nineteen oh five"},
		{"nineteen nought five", 1905, 0, 0, "nineteen oh five"},
		{"MARCH 3 2021", 2021, 3, 3, "FEBRUARY 21 2021"},
	} {
		d, ok := parseDate(tc.in)
		if !ok {
			t.Errorf("parseDate(%q) failed", tc.in)
			continue
		}
		if d.year != tc.y || d.month != tc.m || d.day != tc.d {
			t.Errorf("parseDate(%q) = %d-%d-%d, want %d-%d-%d", tc.in, d.year, d.month, d.day, tc.y, tc.m, tc.d)
		}
		if got := d.shift(10, 2021); got != tc.shifted10 {
			t.Errorf("shift(%q, 10) = %q, want %q", tc.in, got, tc.shifted10)
		}
	}
	for _, bad := range []string{"yesterday", "13/13/2021", "02/30/2021", "the third", "fifty six", "3-14/2021", "born", "1492", "march 45"} {
		if d, ok := parseDate(bad); ok {
			t.Errorf("parseDate(%q) = %+v, want failure", bad, d)
		}
	}
}

// TestShiftKeepsIntervals: every date of a patient moves by the same number
// of days, so the interval between two dates is kept.
func TestShiftKeepsIntervals(t *testing.T) {
	r := newRedactor(t, preset(t, "expert"), testKeyHex)
	for _, subject := range []string{"mrn:1", "mrn:2", "name:john smith", ""} {
		scope := r.NewScope(subject)
		text, fs := unmark(t, "{DATE:2021-01-31} and {DATE:2021-03-01} and {DATE:2020-02-29}")
		got, _ := r.Text(text, fs, scope)
		parts := strings.Split(got, " and ")
		var ds []time.Time
		for _, p := range parts {
			d, err := time.Parse("2006-01-02", p)
			if err != nil {
				t.Fatalf("shifted %q: %v", got, err)
			}
			ds = append(ds, d)
		}
		if ds[1].Sub(ds[0]) != 29*24*time.Hour || ds[0].Sub(ds[2]) != 337*24*time.Hour {
			t.Errorf("%s: intervals not kept: %s", subject, got)
		}
		orig, _ := time.Parse("2006-01-02", "2021-01-31")
		days := int(orig.Sub(ds[0]).Hours() / 24)
		if days != scope.ShiftDays() || days < 1 || days > 365 {
			t.Errorf("%s: shifted by %d days, scope says %d", subject, days, scope.ShiftDays())
		}
	}
	// Another patient, another shift (with overwhelming probability).
	a, b := r.NewScope("mrn:1").ShiftDays(), r.NewScope("mrn:2").ShiftDays()
	c := r.NewScope("mrn:3").ShiftDays()
	if a == b && b == c {
		t.Errorf("three patients share shift %d", a)
	}
}

func TestNumberedConsistentInConversation(t *testing.T) {
	p := compilePolicy(t, "name: t\nversion: 1\nmethod: safe-harbor\ndefault: numbered\nrules: {DATE: generalize, AGE: generalize, ZIP: generalize}\n")
	r := newRedactor(t, p, testKeyHex)
	cs, fss := markedConversations(t)
	rec, err := r.ConversationFindings(cs[0], fss[0])
	if err != nil {
		t.Fatal(err)
	}
	all := ""
	for _, tu := range rec.Turns {
		all += tu.Text + "\n"
	}
	// The patient is seeded first, then the clinician, then the relative.
	for _, want := range []string{
		"I'm [NAME_2].",                // Dr. Lopez: the clinician
		"it's [NAME_1], born 1956",     // John Smith
		"Thanks [NAME_1].",             // John
		"My wife [NAME_3] drove me",    // Mary Smith
		"And [NAME_1], you still live", // Mr. Smith
		"[NAME_3] can come too",        // Mary
		"Call her at [PHONE_1]",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in\n%s", want, all)
		}
	}
}

// surrogateRun redacts conversation 0 with the expert preset and key.
func surrogateRun(t *testing.T, keyHex string) *Record {
	r := newRedactor(t, preset(t, "expert"), keyHex)
	cs, fss := markedConversations(t)
	rec, err := r.ConversationFindings(cs[0], fss[0])
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

func TestSurrogatesConsistent(t *testing.T) {
	a, b := surrogateRun(t, testKeyHex), surrogateRun(t, testKeyHex)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Error("two runs with the same key differ")
	}
	c := surrogateRun(t, otherKeyHex)
	if a.Turns[1].Text == c.Turns[1].Text {
		t.Errorf("surrogates equal under another key: %q", a.Turns[1].Text)
	}
	// "John Smith" (turn 1), "John" (turn 2), "Mr. Smith" (turn 4) and
	// "Mary Smith" (turn 3) share the fake parts of the real ones.
	re := regexp.MustCompile(`it's (\w+) (\w+), born`)
	m := re.FindStringSubmatch(a.Turns[1].Text)
	if m == nil {
		t.Fatalf("turn 1: %q", a.Turns[1].Text)
	}
	first, last := m[1], m[2]
	if first == "John" || last == "Smith" {
		t.Errorf("surrogate equals original: %s %s", first, last)
	}
	for i, want := range map[int]string{2: "Thanks " + first + ".", 4: "And Mr. " + last + ",", 3: " " + last + " drove me"} {
		if !strings.Contains(a.Turns[i].Text, want) {
			t.Errorf("turn %d: want %q in %q", i, want, a.Turns[i].Text)
		}
	}
	for _, tu := range a.Turns {
		for _, leak := range []string{"John", "Smith", "Lopez", "Mercy", "617", "1212", "gmail", "Boston", "02139", "004521", "6789"} {
			if strings.Contains(tu.Text, leak) {
				t.Errorf("surrogate output leaks %q: %q", leak, tu.Text)
			}
		}
	}
	if !strings.Contains(a.Turns[3].Text, "@example.org") || !strings.Contains(a.Turns[3].Text, "555-01") {
		t.Errorf("turn 3 surrogates not in reserved ranges: %q", a.Turns[3].Text)
	}
}

// TestSurrogatePerPatient: the same name maps to the same surrogate for one
// patient in two conversations, and (usually) differently for another.
func TestSurrogatePerPatient(t *testing.T) {
	r := newRedactor(t, preset(t, "expert"), testKeyHex)
	text, fs := unmark(t, "{NAME:Harriet Quimby}")
	a, _ := r.Text(text, fs, r.NewScope("mrn:1"))
	b, _ := r.Text(text, fs, r.NewScope("mrn:1"))
	if a != b {
		t.Errorf("same patient, two scopes: %q vs %q", a, b)
	}
	differ := 0
	for i := 2; i < 8; i++ {
		c, _ := r.Text(text, fs, r.NewScope(fmt.Sprint("mrn:", i)))
		if c != a {
			differ++
		}
	}
	if differ == 0 {
		t.Error("six other patients all got the same surrogate")
	}
}

func TestSurrogateShapes(t *testing.T) {
	r := newRedactor(t, preset(t, "expert"), testKeyHex)
	for _, tc := range []struct {
		in string
		re string
	}{
		{"{PHONE:617-555-1212}", `^[2-9]\d\d-555-01\d\d$`},
		{"{PHONE:five five five one two one two}", `^five five five zero one( [a-z]+){2}$`},
		{"{SSN:123-45-6789}", `^9\d\d-\d\d-\d{4}$`},
		{"{EMAIL:bob@x.com}", `^[a-z]+\.[a-z]+\d\d@example\.org$`},
		{"{IP:10.1.2.3}", `^192\.0\.2\.\d+$`},
		{"{IP:fe80::1}", `^2001:db8::[0-9a-f]+$`},
		{"{URL:https://x.com/a}", `^https://example\.org/[a-z2-7]{8}$`},
		{"{MRN:MRN-004521}", `^[A-Z]{3}-\d{6}$`},
		{"{NPI:1234567893}", `^1\d{9}$`},
		{"{COUNTY:Suffolk County}", `^[A-Z][a-z]+ County$`},
		{"{ADDRESS:12 elm street}", `^\d+ [a-z]+ [a-z]+$`},
		{"{NAME:m a r t h a}", `^[a-z]( [a-z])+$`},
		{"{NAME:J. Smith}", `^[A-Z]\. [A-Z][a-z]+$`},
		{"{NAME:O'Brien's}", `^[A-Z][a-z]+'s$`},
	} {
		text, fs := unmark(t, tc.in)
		got, _ := r.Text(text, fs, nil)
		if !regexp.MustCompile(tc.re).MatchString(got) {
			t.Errorf("surrogate of %q = %q, want /%s/", text, got, tc.re)
		}
		if got == text {
			t.Errorf("surrogate of %q equals the original", text)
		}
	}
	// The NPI surrogate never passes the NPI check digit.
	for i := 0; i < 50; i++ {
		text, fs := unmark(t, fmt.Sprintf("{NPI:12345678%02d}", i))
		got, _ := r.Text(text, fs, nil)
		if npiValid(got) {
			t.Errorf("NPI surrogate %s is valid", got)
		}
	}
}

func npiValid(s string) bool {
	digits := "80840" + s
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		v := int(digits[i] - '0')
		if (len(digits)-1-i)%2 == 1 {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum%10 == 0
}

// TestIdempotent: redacting the output again, with an engine that flags
// every tag and generalised value it wrote, changes nothing.
func TestIdempotent(t *testing.T) {
	tagRE := regexp.MustCompile(`\[[A-Z_]+(_\d+)?\]|\b\d{3}XX\b|\b90\+|\b(19|20)\d\d\b|\*{2,}`)
	for _, src := range []string{
		"", // safe-harbor preset
		"name: t\nversion: 1\nmethod: safe-harbor\ndefault: numbered\nrules: {DATE: generalize, AGE: generalize, ZIP: generalize}\n",
		"name: t\nversion: 1\nmethod: safe-harbor\ndefault: mask\n",
		"name: t\nversion: 1\nmethod: safe-harbor\ndefault: drop\n",
	} {
		p := policy.Default()
		if src != "" {
			p = compilePolicy(t, src)
		}
		r := newRedactor(t, p, testKeyHex)
		cs, fss := markedConversations(t)
		for i, c := range cs {
			once, err := r.ConversationFindings(c, fss[i])
			if err != nil {
				t.Fatal(err)
			}
			for j, tu := range once.Turns {
				var fs []deid.Finding
				for _, m := range tagRE.FindAllStringIndex(tu.Text, -1) {
					typ := deid.Name
					switch s := tu.Text[m[0]:m[1]]; {
					case strings.HasSuffix(s, "XX"):
						typ = deid.Zip
					case strings.HasSuffix(s, "+"):
						typ = deid.Age
					case s[0] >= '0' && s[0] <= '9':
						typ = deid.Date
					}
					fs = append(fs, deid.Finding{Start: m[0], End: m[1], Type: typ})
				}
				// Also a finding inside a tag and one spanning a tag and its space.
				if k := strings.Index(tu.Text, "[NAME"); k >= 0 {
					fs = append(fs, deid.Finding{Start: k + 1, End: k + 5, Type: deid.Name})
				}
				twice, _ := r.Text(tu.Text, fs, r.NewScope(""))
				if twice != tu.Text {
					t.Errorf("%s conv %d turn %d: second pass changed\n  %q\nto\n  %q", p.Name, i, j, tu.Text, twice)
				}
			}
		}
	}
}

func TestConversationNeedsKey(t *testing.T) {
	r := newRedactor(t, nil, "")
	cs, fss := markedConversations(t)
	// random research ids need no key under safe-harbor, only a store
	if _, err := r.ConversationFindings(cs[0], fss[0]); err != nil {
		t.Errorf("safe-harbor, random ids, no key: %v", err)
	}
	noStore, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := noStore.ConversationFindings(cs[0], fss[0]); !errors.Is(err, ErrNoLinkage) {
		t.Errorf("err = %v, want ErrNoLinkage", err)
	}
	keyed := newRedactor(t, compilePolicy(t, "name: k\nversion: 1\nmethod: expert\ndefault: tag\nresearch_ids: keyed\n"), "")
	if _, err := keyed.ConversationFindings(cs[0], fss[0]); err == nil || !strings.Contains(err.Error(), "DEID_KEY") {
		t.Errorf("err = %v, want ErrNoKey", err)
	}
	if _, err := New(preset(t, "expert"), nil); err == nil {
		t.Error("expert preset without a key: no error")
	}
}

func TestKeys(t *testing.T) {
	k1 := mustKey(t, testKeyHex)
	raw := make([]byte, 32)
	for i := range raw {
		raw[i] = byte(i)
	}
	for _, s := range []string{"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8", "  " + testKeyHex + "\n"} {
		k, err := ParseKey(s)
		if err != nil {
			t.Fatalf("ParseKey(%q): %v", s, err)
		}
		if k.ID() != k1.ID() {
			t.Errorf("ParseKey(%q) differs from the hex form", s)
		}
	}
	for _, s := range []string{"", "abcd", "not a key!", testKeyHex[:62]} {
		if _, err := ParseKey(s); err == nil {
			t.Errorf("ParseKey(%q): no error", s)
		}
	}
	if strings.Contains(fmt.Sprintf("%v %+v %#v %s", k1, k1, k1, k1), "0102") {
		t.Error("a key prints its bytes")
	}
	k, err := KeyFromEnv(func(string) string { return "" })
	if k != nil || err != nil {
		t.Errorf("unset env: %v %v", k, err)
	}
	if _, err := KeyFromEnv(func(string) string { return "short" }); err == nil || strings.Contains(err.Error(), "short") {
		t.Errorf("bad env key: %v", err)
	}
}

// TestRecordsValidate checks every record the presets make against the schema.
func TestRecordsValidate(t *testing.T) {
	for _, name := range policy.Presets() {
		r := newRedactor(t, preset(t, name), testKeyHex)
		cs, fss := markedConversations(t)
		for i, c := range cs {
			rec, err := r.ConversationFindings(c, fss[i])
			if err != nil {
				t.Fatal(err)
			}
			validateRecord(t, rec)
		}
	}
}

func TestDemographics(t *testing.T) {
	r := newRedactor(t, nil, testKeyHex)
	cs, fss := markedConversations(t)
	rec0, _ := r.ConversationFindings(cs[0], fss[0])
	rec1, _ := r.ConversationFindings(cs[1], fss[1])
	rec2, _ := r.ConversationFindings(cs[2], fss[2])
	d0, _ := json.Marshal(rec0.Demographics)
	d1, _ := json.Marshal(rec1.Demographics)
	if string(d0) != `{"age":65,"sex":"male","zip3":"021","state":"MA"}` {
		t.Errorf("demographics 0: %s", d0)
	}
	if string(d1) != `{"age":"90+","sex":"female","zip3":"000","state":"WY"}` {
		t.Errorf("demographics 1: %s", d1)
	}
	if rec0.Encounter.Year != 2021 || rec0.Encounter.Date != "" || rec0.Encounter.Department != "Cardiology" {
		t.Errorf("encounter 0: %+v", rec0.Encounter)
	}
	if rec2.PatientResearchID != "" || rec2.Demographics != (Demographics{}) {
		t.Errorf("conversation without encounter: %+v", rec2)
	}
	if rec0.Removed[deid.Name] != 6 || rec0.Removed[deid.Date] != 4 {
		t.Errorf("removed: %v", rec0.Removed)
	}
}

func TestIsTag(t *testing.T) {
	for s, want := range map[string]bool{
		"[NAME]": true, "[NAME_12]": true, "[HEALTH_PLAN]": true, "[HEALTH_PLAN_3]": true,
		"[NAME_0]": false, "[NAME_-1]": false, "[COLOUR]": false, "[NAME": false, "[]": false, "NAME": false,
	} {
		if got := IsTag(s); got != want {
			t.Errorf("IsTag(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParseCardinal(t *testing.T) {
	for in, want := range map[string][2]int{
		"a hundred":                   {100, 2},
		"a hundred and one":           {101, 4},
		"one hundred two":             {102, 3},
		"nine hundred ninety nine":    {999, 4},
		"two hundred and five apples": {205, 4},
		"one hundred and":             {100, 2},
		"ninety two":                  {92, 2},
		"five":                        {5, 1},
		"ten hundred":                 {10, 1},
		"hundred":                     {0, 0},
		"a":                           {0, 0},
		"a dog":                       {0, 0},
	} {
		v, n := parseCardinal(strings.Fields(in))
		if [2]int{v, n} != want {
			t.Errorf("parseCardinal(%q) = %d, %d; want %v", in, v, n, want)
		}
	}
}
