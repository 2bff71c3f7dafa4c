package batch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
