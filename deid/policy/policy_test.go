package policy

import (
	"errors"
	"strings"
	"testing"

	"github.com/deid-project/deid/deid"
	"github.com/stretchr/testify/require"
)

func TestPresetsCompile(t *testing.T) {
	if got := Presets(); strings.Join(got, ",") != "expert,safe-harbor" {
		t.Fatalf("Presets() = %v", got)
	}
	for _, name := range Presets() {
		p, err := Preset(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if p.Name != name || len(p.Hash()) != 64 {
			t.Errorf("%s: name %q hash %q", name, p.Name, p.Hash())
		}
		for _, typ := range deid.AllTypes {
			if !p.Rule(typ).Operator.Supports(typ) {
				t.Errorf("%s: %s has unsupported operator %s", name, typ, p.Rule(typ).Operator)
			}
		}
	}
	sh := Default()
	if sh.Method != SafeHarbor || sh.NeedsKey() {
		t.Errorf("safe-harbor: method %s needsKey %v", sh.Method, sh.NeedsKey())
	}
	for typ, want := range map[deid.Type]Operator{deid.Name: Tag, deid.Date: Generalize, deid.Age: Generalize, deid.Zip: Generalize, deid.SSN: Tag} {
		if got := sh.Rule(typ).Operator; got != want {
			t.Errorf("safe-harbor %s = %s, want %s", typ, got, want)
		}
	}
	ex, _ := Preset("expert")
	if !ex.NeedsKey() || ex.Rule(deid.Date).Operator != Shift || ex.Rule(deid.Name).Operator != Surrogate {
		t.Errorf("expert preset rules wrong")
	}
}

func TestZip3(t *testing.T) {
	p := Default()
	for prefix, want := range map[string]string{"021": "021", "036": "000", "893": "000", "202": "000", "000": "000", "001": "000", "100": "100", "12": "000"} {
		if got := p.Zip.Zip3(prefix); got != want {
			t.Errorf("Zip3(%q) = %q, want %q", prefix, got, want)
		}
	}
	if len(p.Zip.Restricted) != 18 {
		t.Errorf("census-2020 has %d restricted prefixes, want 18", len(p.Zip.Restricted))
	}
	raw, err := Parse([]byte(base+"zip: {restricted_prefixes: [census-2020, hhs-2000, \"123\"]}\n"), "p.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p2, err := raw.Compile()
	if err != nil {
		t.Fatal(err)
	}
	for _, z := range []string{"063", "790", "123", "036"} {
		if p2.Zip.Zip3(z) != "000" {
			t.Errorf("union list: %s not restricted", z)
		}
	}
}

const base = "name: t\nversion: 1\nmethod: safe-harbor\ndefault: {operator: tag}\n"

func compile(src string) (*Policy, error) {
	raw, err := Parse([]byte(src), "p.yaml")
	if err != nil {
		return nil, err
	}
	return raw.Compile()
}

func TestHashStable(t *testing.T) {
	a := "# comment\nname: t\nversion: 1\nmethod: safe-harbor\ndefault: {operator: tag}\nrules:\n  DATE: {operator: generalize}\n  NAME: numbered\n"
	b := "rules:\n  NAME:\n    operator: numbered   # trailing\n  DATE: generalize\nmethod: safe-harbor\ndefault:\n  operator: tag\nversion: 1\nname: t\nages: {cap_at: 90}\nzip: {restricted_prefixes: census-2020}\n"
	pa, err := compile(a)
	if err != nil {
		t.Fatal(err)
	}
	pb, err := compile(b)
	if err != nil {
		t.Fatal(err)
	}
	if pa.Hash() != pb.Hash() {
		t.Errorf("equivalent policies hash differently: %s %s", pa.Hash(), pb.Hash())
	}
	pc, err := compile(strings.Replace(a, "numbered", "mask", 1))
	if err != nil {
		t.Fatal(err)
	}
	if pc.Hash() == pa.Hash() {
		t.Error("different policies hash the same")
	}
}

// TestErrors checks that every error names the line and the key.
func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"unknown top key", base + "colour: red\n", "p.yaml:5:1: colour: unknown key"},
		{"key material", base + "key: abcd\n", "p.yaml:5:1: key: a policy never holds key material"},
		{"unknown operator", base + "rules:\n  NAME: {operator: surogate}\n", "p.yaml:6:20: rules.NAME.operator: unknown operator \"surogate\""},
		{"unknown type", base + "rules:\n  NAMES: tag\n", "p.yaml:6:10: rules.NAMES: unknown type \"NAMES\""},
		{"unknown rule key", base + "rules:\n  NAME: {operator: tag, colour: red}\n", "p.yaml:6:25: rules.NAME.colour: unknown key"},
		{"unsupported", base + "rules:\n  NAME: {operator: shift}\n", "p.yaml:6:20: rules.NAME.operator: operator shift does not apply to NAME"},
		{"default unsupported", "name: t\nversion: 1\nmethod: expert\ndefault: {operator: surrogate}\n", "p.yaml:4:21: default.operator: operator surrogate does not apply to DATE"},
		{"keep under safe harbor", base + "rules:\n  AGE: keep\n", "p.yaml:6:8: rules.AGE.operator: Safe Harbor removes every identifier"},
		{"shift under safe harbor", base + "rules:\n  DATE: shift\n", "p.yaml:6:9: rules.DATE.operator: Safe Harbor keeps only the year"},
		{"cap over 90", base + "ages: {cap_at: 95}\n", "p.yaml:5:16: ages.cap_at: Safe Harbor aggregates"},
		{"bad int", base + "ages: {cap_at: ninety}\n", "p.yaml:5:16: ages.cap_at: must be an integer"},
		{"bad prefix", base + "zip: {restricted_prefixes: [census-2020, \"12\"]}\n", "p.yaml:5:42: zip.restricted_prefixes[1]: \"12\" is neither"},
		{"no named list", base + "rules: {ZIP: generalize}\nzip: {restricted_prefixes: [\"123\"]}\n", "zip.restricted_prefixes: Safe Harbor needs a Census list"},
		{"duplicate", base + "name: u\n", "p.yaml:5:1: name: duplicate key"},
		{"missing method", "name: t\nversion: 1\ndefault: tag\n", "method: required"},
		{"bad method", "name: t\nversion: 1\nmethod: strict\ndefault: tag\n", "p.yaml:3:9: method: unknown method"},
		{"bad name", "name: Safe Harbor\nversion: 1\nmethod: expert\ndefault: tag\n", "p.yaml:1:7: name: must be lower-case"},
		{"char on tag", base + "rules:\n  NAME: {operator: tag, char: '#'}\n", "rules.NAME.char: only the mask operator"},
		{"bad char", base + "rules:\n  NAME: {operator: mask, char: ab}\n", "rules.NAME.char: must be one character"},
		{"shift bounds", "name: t\nversion: 1\nmethod: expert\ndefault: tag\ndates: {shift_min_days: 10, shift_max_days: 5}\n", "p.yaml:5:45: dates.shift_max_days: must be between"},
		{"not a mapping", base + "rules: [NAME]\n", "p.yaml:5:8: rules: must be a mapping"},
		{"yaml syntax", "name: [\n", "p.yaml:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCompileError(t, tc.src, tc.want)
		})
	}
}

func TestMaskChar(t *testing.T) {
	p, err := compile(base + "rules:\n  NAME: {operator: mask, char: '#'}\n  PHONE: mask\n")
	if err != nil {
		t.Fatal(err)
	}
	if p.Rule(deid.Name).MaskChar != '#' || p.Rule(deid.Phone).MaskChar != '*' {
		t.Errorf("mask chars %q %q", p.Rule(deid.Name).MaskChar, p.Rule(deid.Phone).MaskChar)
	}
}

// wantCompileError checks that src fails to compile with a *policy.Error
// whose text contains want.
func wantCompileError(t *testing.T, src, want string) {
	t.Helper()
	_, err := compile(src)
	if err == nil {
		t.Fatalf("no error, want %q", want)
	}
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error\n  %v\nwant it to contain\n  %s", err, want)
	}
	var pe *Error
	if !errors.As(err, &pe) {
		t.Errorf("error is not a *policy.Error: %T", err)
	}
}

func TestResearchIDs(t *testing.T) {
	base := "name: p\nversion: 1\ndefault: tag\n"
	p, err := ParseCompile([]byte(base+"method: safe-harbor\n"), "p.yaml")
	require.NoError(t, err)
	require.Equal(t, RandomIDs, p.ResearchIDs)
	explicit, err := ParseCompile([]byte(base+"method: safe-harbor\nresearch_ids: random\n"), "p.yaml")
	require.NoError(t, err)
	require.Equal(t, p.Hash(), explicit.Hash(), "spelling the default out hashes the same")

	_, err = ParseCompile([]byte(base+"method: safe-harbor\nresearch_ids: keyed\n"), "p.yaml")
	require.ErrorContains(t, err, "research_ids")
	_, err = ParseCompile([]byte(base+"method: expert\nresearch_ids: hashed\n"), "p.yaml")
	require.ErrorContains(t, err, "unknown value")

	ex, err := ParseCompile([]byte(base+"method: expert\n"), "p.yaml")
	require.NoError(t, err)
	keyed, err := ParseCompile([]byte(base+"method: expert\nresearch_ids: keyed\n"), "p.yaml")
	require.NoError(t, err)
	require.Equal(t, KeyedIDs, keyed.ResearchIDs)
	require.NotEqual(t, ex.Hash(), keyed.Hash())
	for _, name := range Presets() {
		pr, err := Preset(name)
		require.NoError(t, err)
		require.Equal(t, RandomIDs, pr.ResearchIDs, name)
	}
}
