package batch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExampleJobFile: the job file shipped as an example loads and
// validates, and a typo is an error that names its line.
func TestExampleJobFile(t *testing.T) {
	c, err := LoadConfig(filepath.Join("..", "..", "examples", "nightly.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	if c.RunDate != "2026-11-25" || !c.Incremental || c.AuditLog != "/srv/deid/onprem/audit.jsonl" || len(c.Formats) != 2 {
		t.Errorf("config: %+v", c)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("input: x\noutput: y\nquarantine: z\nincremantal: true\n"), 0o600)
	if _, err := LoadConfig(bad); err == nil || !strings.Contains(err.Error(), "line 4") {
		t.Errorf("typo: %v", err)
	}
}

func TestMaxRejected(t *testing.T) {
	for in, want := range map[string]float64{"1%": 0.01, "0.01": 0.01, " 2.5 % ": 0.025, "0": 0, "100%": 1, "1": 1} {
		got, err := ParseShare(in)
		require.NoError(t, err, in)
		assert.InDelta(t, want, got, 1e-12, in)
	}
	for _, in := range []string{"", "x", "-1%", "101%", "1.5", "NaN", "1%%"} {
		_, err := ParseShare(in)
		assert.Error(t, err, in)
	}
	// the job file takes both forms; the default is 1%
	dir := t.TempDir()
	for body, want := range map[string]float64{"max_rejected: 0.05\n": 0.05, "max_rejected: 5%\n": 0.05, "allow_shrink: true\n": 0.01} {
		p := filepath.Join(dir, "job.yaml")
		require.NoError(t, os.WriteFile(p, []byte("input: x\noutput: y\nquarantine: z\n"+body), 0o600))
		c, err := LoadConfig(p)
		require.NoError(t, err, body)
		require.NoError(t, c.Validate(time.Now()), body)
		assert.InDelta(t, want, c.maxRejected, 1e-12, body)
		assert.Equal(t, strings.Contains(body, "allow_shrink"), c.AllowShrink)
	}
}

// TestSecureSettings: pins, the input's TLS minimum and the output's key
// are checked when the job is validated.
func TestSecureSettings(t *testing.T) {
	c, err := LoadConfig(filepath.Join("..", "..", "examples", "nightly.yaml"))
	require.NoError(t, err)
	assert.Equal(t, "https://storage-deid.p.googleapis.com", c.OutputEndpoint)
	assert.NotEmpty(t, c.OutputKMSKey)
	base := Config{Input: "x", Output: "y", Quarantine: "z"}
	good := base
	good.OutputPins, good.InputPins, good.InputMinTLS = []string{"sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="}, nil, "1.2"
	require.NoError(t, good.Validate(time.Now()))
	for name, mod := range map[string]func(*Config){
		"bad pin":           func(c *Config) { c.OutputPins = []string{"47DEQpj8"} },
		"bad input pin":     func(c *Config) { c.InputPins = []string{"sha256/short"} },
		"TLS 1.1":           func(c *Config) { c.InputMinTLS = "1.1" },
		"two keys":          func(c *Config) { c.OutputKMSKey, c.OutputSSEC = "k", true },
		"linkage password":  func(c *Config) { c.Linkage = "postgres://deid:pw@db/deid?sslmode=verify-full" },
		"linkage ?password": func(c *Config) { c.Linkage = "postgres://deid@db/deid?password=pw" },
	} {
		c := base
		mod(&c)
		err := c.Validate(time.Now())
		if assert.Error(t, err, name) {
			assert.NotContains(t, err.Error(), "pw", name)
		}
	}
	good.Linkage = "postgres://deid@db/deid?sslmode=verify-full"
	require.NoError(t, good.Validate(time.Now()))
}
