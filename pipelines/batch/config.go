package batch

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/cockroachdb/errors"
	"gopkg.in/yaml.v3"

	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
)

// Config is a batch job: the flags of `deid batch`, or the same settings
// in a job YAML file (`--config`). Secrets are not settings: the key comes
// from $DEID_KEY or key_file, cloud credentials from the environment.
type Config struct {
	// Input: a local file, directory or glob of JSONL (plain or gzip), or
	// s3://bucket/prefix on the on-prem store at input_endpoint.
	Input          string `yaml:"input"`
	InputEndpoint  string `yaml:"input_endpoint"`
	InputCAFile    string `yaml:"input_ca_file"`
	InputPlainHTTP bool   `yaml:"input_plain_http"`
	// InputMinTLS: "1.3" (default) or "1.2"; InputPins: SPKI SHA-256
	// pins (sha256/…) of the store's certificate chain.
	InputMinTLS string   `yaml:"input_min_tls"`
	InputPins   []string `yaml:"input_pins"`

	// Output: the research bucket (gs://, s3://) or a local directory.
	Output          string `yaml:"output"`
	OutputEndpoint  string `yaml:"output_endpoint"`
	OutputRegion    string `yaml:"output_region"`
	OutputCAFile    string `yaml:"output_ca_file"`
	OutputPlainHTTP bool   `yaml:"output_plain_http"`
	// OutputPins: SPKI SHA-256 pins (sha256/…) of the output endpoint's
	// certificate chain (--output-pin). The TLS minimum, allowed hosts and
	// private-endpoint rule come from the policy (export.destination).
	OutputPins []string `yaml:"output_pins"`
	// OutputKMSKey: the hospital's key for every object written (gs: a
	// Cloud KMS key name, CMEK; s3: a KMS key id, SSE-KMS).
	OutputKMSKey string `yaml:"output_kms_key"`
	// OutputSSEC: s3 SSE-C with the key the workers read from
	// $DEID_OUTPUT_SSE_C_KEY.
	OutputSSEC bool `yaml:"output_sse_c"`

	// Quarantine: the on-prem directory for quarantined and rejected
	// records, the run summary, and (by default) the audit log and state.
	Quarantine string `yaml:"quarantine"`

	Policy       string `yaml:"policy"` // policy file; empty: preset
	Preset       string `yaml:"preset"` // safe-harbor (default) or expert
	KeyFile      string `yaml:"key_file"`
	EphemeralKey bool   `yaml:"ephemeral_key"` // demos only: a random key for this run

	RunDate     string `yaml:"run_date"` // YYYY-MM-DD, default today (UTC)
	Incremental bool   `yaml:"incremental"`
	StateDir    string `yaml:"state_dir"` // default <quarantine>/_state
	// Linkage is the on-prem linkage store of the random research ids: a
	// directory (default <state_dir>/linkage; one process at a time) or a
	// postgres:// URL without a password, for many workers.
	Linkage  string `yaml:"linkage"`
	AuditLog string `yaml:"audit_log"` // default <quarantine>/audit.jsonl
	// ChunkBytes: local plain input files are read in parallel in ranges of
	// about this size (default 8 MiB).
	ChunkBytes int64    `yaml:"chunk_bytes"`
	Formats    []string `yaml:"formats"` // jsonl, parquet (default both)
	KeepRaw    bool     `yaml:"keep_rejected_raw"`
	// RedactMinScore: findings below it are not redacted (verification
	// still quarantines what they leave). Default 0: redact everything.
	RedactMinScore float64 `yaml:"redact_min_score"`

	// MaxLineBytes: a longer input line is rejected (line_too_long)
	// without being held in memory (default 64 MiB).
	MaxLineBytes int64 `yaml:"max_line_bytes"`

	// MaxRejected is the share of input records that may be rejected as
	// unreadable, "1%" or "0.01" (default 1%). A run over it, or with no
	// input record, fails and commits nothing: the previous export of the
	// date stays.
	MaxRejected string `yaml:"max_rejected"`
	// AllowShrink lets a run replace a committed run of its date that
	// exported more records; without it such a run fails and commits
	// nothing.
	AllowShrink bool `yaml:"allow_shrink"`

	// maxRejected is MaxRejected parsed by Validate.
	maxRejected float64
}

// DefaultMaxRejected is the default MaxRejected.
const DefaultMaxRejected = "1%"

// ParseShare reads a share of a whole: "1%", "0.5 %" or "0.01", from 0 to
// 100% (1).
func ParseShare(s string) (float64, error) {
	t := strings.TrimSpace(s)
	pct := strings.HasSuffix(t, "%")
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) {
		return 0, errors.Newf("%q is not a share (1%% or 0.01)", errors.Safe(s))
	}
	if pct {
		v /= 100
	}
	if v < 0 || v > 1 {
		return 0, errors.Newf("%q is not between 0 and 100%%", errors.Safe(s))
	}
	return v, nil
}

// LoadConfig reads a job YAML file. Unknown keys are errors that name the
// line, so a typo does not silently change a nightly job.
func LoadConfig(path string) (*Config, error) {
	var c Config
	if err := DecodeJobFile(path, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// DecodeJobFile decodes the job YAML file at path into c (a batch or a
// stream config), refusing unknown keys with the line that holds them.
func DecodeJobFile(path string, c any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return errors.Wrap(err, "job config")
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil {
		return errors.Newf("job config %s: %s", errors.Safe(filepath.Base(path)), errors.Safe(err.Error()))
	}
	return nil
}

// Validate fills defaults and checks the settings.
func (c *Config) Validate(now time.Time) error {
	if c.Input == "" {
		return errors.New("input is required")
	}
	if c.Output == "" {
		return errors.New("output is required")
	}
	if c.Quarantine == "" {
		return errors.New("quarantine (an on-prem directory) is required")
	}
	if c.RunDate == "" {
		c.RunDate = now.UTC().Format("2006-01-02")
	}
	if err := export.ValidateDate(c.RunDate); err != nil {
		return errors.New("run_date must be YYYY-MM-DD")
	}
	if c.Policy != "" && c.Preset != "" {
		return errors.New("give a policy file or a preset, not both")
	}
	if c.StateDir == "" {
		c.StateDir = filepath.Join(c.Quarantine, "_state")
	}
	if c.Linkage == "" {
		c.Linkage = filepath.Join(c.StateDir, "linkage")
	}
	if err := linkage.CheckURL(c.Linkage); err != nil {
		return err
	}
	if c.AuditLog == "" {
		c.AuditLog = filepath.Join(c.Quarantine, "audit.jsonl")
	}
	for _, pin := range append(append([]string(nil), c.InputPins...), c.OutputPins...) {
		if _, err := storage.ParsePin(pin); err != nil {
			return errors.Newf("pin %q: want sha256/ and the base64 of the SHA-256 of a certificate's public key", errors.Safe(pin))
		}
	}
	if _, err := storage.ParseTLSVersion(c.InputMinTLS); err != nil {
		return errors.Newf("input_min_tls %q: want 1.2 or 1.3", errors.Safe(c.InputMinTLS))
	}
	if c.OutputKMSKey != "" && c.OutputSSEC {
		return errors.New("give output_kms_key or output_sse_c, not both")
	}
	if c.MaxRejected == "" {
		c.MaxRejected = DefaultMaxRejected
	}
	v, err := ParseShare(c.MaxRejected)
	if err != nil {
		return errors.Wrap(err, "max_rejected")
	}
	c.maxRejected = v
	if len(c.Formats) == 0 {
		c.Formats = []string{export.FormatJSONL, export.FormatParquet}
	}
	for i, f := range c.Formats {
		switch strings.TrimSpace(strings.ToLower(f)) {
		case "jsonl", "json", export.FormatJSONL:
			c.Formats[i] = export.FormatJSONL
		case export.FormatParquet:
			c.Formats[i] = export.FormatParquet
		default:
			return errors.Newf("unknown format %q (jsonl, parquet)", errors.Safe(f))
		}
	}
	return nil
}
