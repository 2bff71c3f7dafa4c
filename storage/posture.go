package storage

import (
	"context"
	"net/url"
	"slices"
	"strings"
	"sync"

	"github.com/cockroachdb/errors"
)

// Status is the result of one posture check.
type Status string

// Results of a posture check. Unknown ("could not check") is not a pass:
// a run refuses a destination it could not check, like one that failed.
const (
	Pass     Status = "pass"
	Fail     Status = "FAIL"
	Unknown  Status = "could not check"
	NotAsked Status = "not required"
	// Accepted is a check that could not be made and that the policy
	// accepts unchecked (export.destination.accept_unchecked): an
	// on-prem gateway that does not implement it.
	Accepted Status = "unchecked (ok)"
)

// CheckNames are the names of every posture check, gs and s3.
var CheckNames = []string{
	"location", "public access prevention", "uniform bucket-level access", "iam policy", // gs
	"bucket policy", "bucket acl", "block public access", "region", "default encryption", // s3
	"versioning", "retention",
}

// PostureCheck is one row of a destination's posture: what was checked,
// the result, what was found and, for a failure, the setting to fix.
type PostureCheck struct {
	Name   string `json:"name"`
	Status Status `json:"status"`
	Detail string `json:"detail"`
	Fix    string `json:"fix,omitempty"`
}

// Posture is the list of checks of one destination.
type Posture []PostureCheck

// Problems are the checks that failed or could not be made.
func (p Posture) Problems() Posture {
	var out Posture
	for _, c := range p {
		if c.Status == Fail || c.Status == Unknown {
			out = append(out, c)
		}
	}
	return out
}

// Err is nil when no check failed or was left unchecked; otherwise an
// error naming each such check and the setting to fix (marked ErrInsecure).
func (p Posture) Err() error {
	bad := p.Problems()
	if len(bad) == 0 {
		return nil
	}
	parts := make([]string, len(bad))
	for i, c := range bad {
		parts[i] = c.Name + ": " + string(c.Status) + " (" + c.Detail
		if c.Fix != "" {
			parts[i] += "; fix: " + c.Fix
		}
		parts[i] += ")"
	}
	return errors.Mark(errors.Newf("destination posture: %s", errors.Safe(strings.Join(parts, "; "))), ErrInsecure)
}

// PostureRequirements are what the policy asks of a destination beyond
// the checks that always apply (no public access).
type PostureRequirements struct {
	Regions           []string // the bucket's location must be one of these (lower case); empty: not checked
	RequireVersioning bool
	MinRetentionDays  int
	RequireCMEK       bool
	// AcceptUnchecked names checks whose "could not check" does not
	// refuse the destination (they still show).
	AcceptUnchecked []string
}

// RegionAllowed reports whether loc is one of regions (case ignored).
func (r PostureRequirements) RegionAllowed(loc string) bool {
	for _, g := range r.Regions {
		if strings.EqualFold(g, loc) {
			return true
		}
	}
	return false
}

// PostureChecker checks the bucket of a URL of its scheme. It connects
// with the same rules as Open (TLS, pins, allow-list, private endpoint)
// and only reads the bucket's configuration: it writes nothing.
type PostureChecker func(ctx context.Context, u *url.URL, opts *Options, req PostureRequirements) (Posture, error)

var (
	postureMu sync.RWMutex
	postures  = map[string]PostureChecker{}
)

// RegisterPosture makes f check the buckets of scheme. Backends call it
// from init.
func RegisterPosture(scheme string, f PostureChecker) {
	postureMu.Lock()
	defer postureMu.Unlock()
	postures[strings.ToLower(scheme)] = f
}

// CheckPosture checks the destination rawURL before anything is written to
// it: for gs, the bucket's location, public access prevention, uniform
// bucket-level access, its IAM policy, versioning and retention; for s3,
// its bucket policy, ACL, Block Public Access, region, default encryption,
// versioning and retention. A local directory has no cloud posture (one
// row, not required). The error is for a destination that cannot be
// reached at all; a check that cannot be made is a row with Unknown.
func CheckPosture(ctx context.Context, rawURL string, opts *Options, req PostureRequirements) (Posture, error) {
	if opts == nil {
		opts = &Options{}
	}
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	if u.Scheme == "file" {
		return Posture{{Name: "cloud posture", Status: NotAsked, Detail: "a local directory: no cloud bucket to check"}}, nil
	}
	postureMu.RLock()
	f := postures[u.Scheme]
	postureMu.RUnlock()
	if f == nil {
		return nil, errors.Mark(errors.Newf("storage: no posture check for scheme %q", errors.Safe(u.Scheme)), ErrUnknownScheme)
	}
	p, err := f(ctx, u, opts, req)
	for i, c := range p {
		if c.Status == Unknown && slices.Contains(req.AcceptUnchecked, c.Name) {
			p[i].Status, p[i].Fix = Accepted, ""
			p[i].Detail += " (accepted unchecked: export.destination.accept_unchecked)"
		}
	}
	return p, err
}

// NotAskedf is a row for a check the policy does not ask for.
func NotAskedf(name, setting string) PostureCheck {
	return PostureCheck{Name: name, Status: NotAsked, Detail: "not asked by the policy (" + setting + ")"}
}
