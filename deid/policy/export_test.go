package policy

import (
	"bytes"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExportDefaults pins the export defaults: changing one changes what
// leaves under every policy without an export section, and (because a
// default export is not hashed) does so without changing their hashes.
func TestExportDefaults(t *testing.T) {
	sh := DefaultExport(SafeHarbor)
	if want := []string{"genetics", "hiv_sti", "mental_health", "reproductive_health"}; !slices.Equal(sh.AllowCategories, want) {
		t.Errorf("default categories %v, want %v", sh.AllowCategories, want)
	}
	if sh.MaxResidualRisk != RiskNone || DefaultExport(Expert).MaxResidualRisk != RiskLow {
		t.Errorf("default risks %s / %s", sh.MaxResidualRisk, DefaultExport(Expert).MaxResidualRisk)
	}
	if got := Categories(); !slices.IsSorted(got) || len(got) != 5 || !IsCategory("substance_use") || IsCategory("SUBSTANCE_USE") {
		t.Errorf("Categories() = %v", got)
	}

	p, err := compile(base)
	if err != nil {
		t.Fatal(err)
	}
	for c, want := range map[string]bool{"genetics": true, "hiv_sti": true, "mental_health": true,
		"reproductive_health": true, "substance_use": false, "": false, "Mental_Health": false, "other": false} {
		if got := p.AllowsCategory(c); got != want {
			t.Errorf("AllowsCategory(%q) = %v, want %v", c, got, want)
		}
	}
	for r, want := range map[string]bool{"none": true, "low": false, "high": false, "": false, "NONE": false} {
		if got := p.AllowsResidualRisk(r); got != want {
			t.Errorf("safe-harbor AllowsResidualRisk(%q) = %v, want %v", r, got, want)
		}
	}
	ex, err := Preset("expert")
	if err != nil {
		t.Fatal(err)
	}
	for r, want := range map[string]bool{"none": true, "low": true, "high": false, "bogus": false} {
		if got := ex.AllowsResidualRisk(r); got != want {
			t.Errorf("expert AllowsResidualRisk(%q) = %v, want %v", r, got, want)
		}
	}
}

func TestExportSection(t *testing.T) {
	p, err := compile(base + "export:\n  allow_categories: [substance_use, genetics]\n  max_residual_risk: low\n")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(p.Export.AllowCategories, []string{"genetics", "substance_use"}) || p.Export.MaxResidualRisk != "low" {
		t.Errorf("export = %+v", p.Export)
	}
	if !p.AllowsCategory("substance_use") || p.AllowsCategory("mental_health") || !p.AllowsResidualRisk("low") {
		t.Error("accessors disagree with the section")
	}
	// An empty list allows no category; a scalar is a one-item list.
	p, err = compile(base + "export: {allow_categories: []}\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Categories() {
		if p.AllowsCategory(c) {
			t.Errorf("allow_categories: [] allows %s", c)
		}
	}
	if p.Export.MaxResidualRisk != RiskNone {
		t.Errorf("max_residual_risk defaulted to %q", p.Export.MaxResidualRisk)
	}
	p, err = compile(base + "export: {allow_categories: genetics}\n")
	if err != nil || !p.AllowsCategory("genetics") || p.AllowsCategory("hiv_sti") {
		t.Errorf("scalar list: %v %+v", err, p)
	}
}

func TestExportHash(t *testing.T) {
	hash := func(src string) string {
		t.Helper()
		p, err := compile(src)
		if err != nil {
			t.Fatal(err)
		}
		return p.Hash()
	}
	none := hash(base)
	spelled := hash(base + "export:\n  max_residual_risk: none   # comment\n  allow_categories: [reproductive_health, mental_health, hiv_sti, genetics]\n")
	if spelled != none {
		t.Error("spelling out the default export changes the hash")
	}
	for _, src := range []string{
		base + "export: {allow_categories: [genetics, hiv_sti, mental_health, reproductive_health, substance_use]}\n",
		base + "export: {allow_categories: []}\n",
		base + "export: {max_residual_risk: low}\n",
	} {
		if hash(src) == none {
			t.Errorf("a different export hashes like the default:\n%s", src)
		}
	}
	// The presets spell their defaults out: their hashes are those of the
	// preset without the section (the hashes records were made with before).
	for _, name := range Presets() {
		b, _ := PresetYAML(name)
		i := bytes.Index(b, []byte("\nexport:"))
		if i < 0 {
			t.Fatalf("preset %s has no export section", name)
		}
		cut, err := ParseCompile(b[:i+1], "cut")
		if err != nil {
			t.Fatal(err)
		}
		p, _ := Preset(name)
		if cut.Hash() != p.Hash() {
			t.Errorf("preset %s: the export section is not the method's default", name)
		}
	}
}

func TestExportErrors(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"unknown category", base + "export:\n  allow_categories: [genetics, mental-health]\n", "p.yaml:6:32: export.allow_categories[1]: unknown category \"mental-health\" (want one of genetics, hiv_sti, mental_health, reproductive_health, substance_use)"},
		{"upper case", base + "export: {allow_categories: [GENETICS]}\n", "p.yaml:5:29: export.allow_categories[0]: unknown category \"GENETICS\""},
		{"twice", base + "export: {allow_categories: [genetics, genetics]}\n", "p.yaml:5:39: export.allow_categories[1]: category \"genetics\" is listed twice"},
		{"high", base + "export:\n  max_residual_risk: high\n", "p.yaml:6:22: export.max_residual_risk: high would export"},
		{"unknown risk", base + "export: {max_residual_risk: medium}\n", "p.yaml:5:29: export.max_residual_risk: unknown risk \"medium\""},
		{"unknown key", base + "export: {deny_categories: [genetics]}\n", "p.yaml:5:10: export.deny_categories: unknown key (want one of allow_categories, max_residual_risk, destination)"},
		{"not a mapping", base + "export: [genetics]\n", "p.yaml:5:9: export: must be a mapping"},
		{"not a list", base + "export: {allow_categories: {genetics: true}}\n", "p.yaml:5:28: export.allow_categories: must be a list"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantCompileError(t, tc.src, tc.want)
		})
	}
}

func TestDestinationSection(t *testing.T) {
	def, err := compile(base)
	require.NoError(t, err)
	assert.Equal(t, DefaultDestination(), def.Export.Destination, "no section: private endpoints, TLS 1.3")
	for _, name := range []string{"safe-harbor", "expert"} {
		p, err := Preset(name)
		require.NoError(t, err)
		assert.True(t, p.Export.Destination.RequirePrivateEndpoint, name)
		assert.Equal(t, "1.3", p.Export.Destination.MinTLS, name)
	}
	// Spelling the default out hashes the same; any change hashes differently.
	spelled, err := compile(base + "export:\n  destination: {require_private_endpoint: true, min_tls: \"1.3\"}\n")
	require.NoError(t, err)
	assert.Equal(t, def.Hash(), spelled.Hash())
	p, err := compile(base + `export:
  destination:
    allowed_hosts: [Storage-PSC.p.googleapis.com, "*.hospital.internal", "10.0.0.5:9000"]
    require_private_endpoint: false
    min_tls: "1.2"
    require_cmek: true
    regions: [US-EAST1, us-east1, eu]
    require_versioning: true
    min_retention_days: 30
    accept_unchecked: [block public access]
`)
	require.NoError(t, err)
	assert.Equal(t, Destination{
		AllowedHosts: []string{"*.hospital.internal", "10.0.0.5:9000", "storage-psc.p.googleapis.com"},
		MinTLS:       "1.2", RequireCMEK: true, Regions: []string{"eu", "us-east1"},
		RequireVersioning: true, MinRetentionDays: 30, AcceptUnchecked: []string{"block public access"},
	}, p.Export.Destination)
	assert.NotEqual(t, def.Hash(), p.Hash())

	for _, c := range []struct{ src, want string }{
		{"export:\n  destination: {min_tls: \"1.1\"}\n", `export.destination.min_tls: unknown TLS version "1.1"`},
		{"export:\n  destination: {require_cmek: yes}\n", "export.destination.require_cmek: must be true or false"},
		{"export:\n  destination: {allowed_hosts: [\"https://x\"]}\n", "export.destination.allowed_hosts[0]"},
		{"export:\n  destination: {regions: [\"us east\"]}\n", "export.destination.regions[0]"},
		{"export:\n  destination: {min_retention_days: -1}\n", "export.destination.min_retention_days"},
		{"export:\n  destination: {kms_key: x}\n", "export.destination.kms_key: unknown key"},
		{"export:\n  destination: {accept_unchecked: [iam]}\n", `export.destination.accept_unchecked[0]: unknown check "iam"`},
	} {
		_, err := compile(base + c.src)
		require.Error(t, err, c.src)
		assert.Contains(t, err.Error(), c.want, c.src)
	}
}
