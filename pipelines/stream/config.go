package stream

import (
	"path/filepath"
	"strings"
	"time"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/pipelines/batch"
)

// Config is a stream job: the batch job's settings (input, output,
// quarantine, policy, key, formats, …) plus the window, the poll interval
// and an optional bound on the run. In a job YAML file the batch keys and
// these sit side by side.
type Config struct {
	batch.Config `yaml:",inline"`

	// Window is the length of a window (default 1m, whole seconds).
	Window time.Duration `yaml:"window"`
	// Poll is how often the input is listed (default 10s).
	Poll time.Duration `yaml:"poll"`
	// MaxDuration stops the stream (as SIGTERM does) after this long;
	// zero runs until a signal.
	MaxDuration time.Duration `yaml:"max_duration"`
}

// Defaults.
const (
	DefaultWindow = time.Minute
	DefaultPoll   = 10 * time.Second
	// DefaultMaxRejected: a window is never refused for its rejected
	// lines (each is accounted for, with its reason, on-prem): a stream
	// replaces no earlier export that a bad batch could spoil.
	DefaultMaxRejected = "100%"
)

// Subdir is where a stream's export and on-prem files go under the
// output and quarantine locations: DST/stream/dt=…/window=…/.
const Subdir = "stream"

// LoadConfig reads a job YAML file; unknown keys are errors naming the
// line.
func LoadConfig(path string) (*Config, error) {
	var c Config
	if err := batch.DecodeJobFile(path, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// Validate fills defaults and checks the settings. Its errors are marked
// batch.ErrConfig (usage errors).
func (c *Config) Validate(now time.Time) error {
	if err := c.validate(now); err != nil && !errors.Is(err, batch.ErrConfig) {
		return errors.Mark(err, batch.ErrConfig)
	} else if err != nil {
		return err
	}
	return nil
}

func (c *Config) validate(now time.Time) error {
	if c.RunDate != "" {
		return errors.New("run_date is not a stream setting: every window is dated by its start")
	}
	if c.Incremental {
		return errors.New("incremental is not a stream setting: a stream skips the files it committed")
	}
	if c.Window == 0 {
		c.Window = DefaultWindow
	}
	if c.Poll == 0 {
		c.Poll = DefaultPoll
	}
	if c.Window < time.Second || c.Window%time.Second != 0 || c.Window > 24*time.Hour || (24*time.Hour)%c.Window != 0 {
		return errors.Newf("window %s: want whole seconds that divide a day (10s, 1m, 5m, 1h)", errors.Safe(c.Window.String()))
	}
	if c.Poll < 100*time.Millisecond {
		return errors.Newf("poll %s: want at least 100ms", errors.Safe(c.Poll.String()))
	}
	if c.MaxDuration < 0 {
		return errors.New("max_duration must not be negative")
	}
	if c.MaxRejected == "" {
		c.MaxRejected = DefaultMaxRejected
	}
	if err := c.Config.Validate(now); err != nil {
		return err
	}
	c.RunDate = "" // set per window
	return nil
}

// sub is loc/Subdir for a local path or a URL.
func sub(loc string) string {
	if strings.Contains(loc, "://") {
		return strings.TrimRight(loc, "/") + "/" + Subdir
	}
	return filepath.Join(loc, Subdir)
}
