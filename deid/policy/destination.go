package policy

import (
	"fmt"
	"net"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Destination is the compiled export.destination: section: where the
// research export may be written and what the bucket must look like. The
// storage layer enforces the connection rules before it connects, and
// `deid batch` checks the bucket's posture (`deid check-destination`)
// before the first write.
type Destination struct {
	// AllowedHosts, when set, are the only endpoints a cloud sink may
	// connect to: "host", "host:port" or "*.domain".
	AllowedHosts []string `json:"allowed_hosts,omitempty"`
	// RequirePrivateEndpoint refuses the services' public endpoints and
	// public addresses: a Private Service Connect endpoint, a VPC
	// interface endpoint or an on-prem gateway is required.
	RequirePrivateEndpoint bool `json:"require_private_endpoint"`
	// MinTLS is "1.3" (the default) or "1.2".
	MinTLS string `json:"min_tls"`
	// RequireCMEK refuses a run that writes without the hospital's key
	// (a Cloud KMS key for gs, SSE-KMS or SSE-C for s3).
	RequireCMEK bool `json:"require_cmek,omitempty"`
	// Regions: the bucket's location must be one of these (data
	// residency); empty means not checked. Compared without case.
	Regions []string `json:"regions,omitempty"`
	// RequireVersioning: the bucket must keep object versions.
	RequireVersioning bool `json:"require_versioning,omitempty"`
	// MinRetentionDays: the bucket must hold objects at least this long
	// (GCS retention policy, S3 Object Lock default retention); 0: not
	// checked.
	MinRetentionDays int `json:"min_retention_days,omitempty"`
	// AcceptUnchecked names posture checks that may be "could not check"
	// without refusing the destination (an on-prem gateway that does not
	// implement Block Public Access, say); they still show.
	AcceptUnchecked []string `json:"accept_unchecked,omitempty"`
}

// postureChecks are the names AcceptUnchecked may list (storage.CheckNames;
// a test keeps the two equal).
var postureChecks = []string{
	"location", "public access prevention", "uniform bucket-level access", "iam policy",
	"bucket policy", "bucket acl", "block public access", "region", "default encryption",
	"versioning", "retention",
}

// DefaultDestination is what a policy without the section gets, and what
// the presets spell out: private endpoints only, TLS 1.3.
func DefaultDestination() Destination {
	return Destination{RequirePrivateEndpoint: true, MinTLS: "1.3"}
}

func (d *Destination) equal(o *Destination) bool {
	return d.RequirePrivateEndpoint == o.RequirePrivateEndpoint && d.MinTLS == o.MinTLS &&
		d.RequireCMEK == o.RequireCMEK && d.RequireVersioning == o.RequireVersioning &&
		d.MinRetentionDays == o.MinRetentionDays &&
		slices.Equal(d.AllowedHosts, o.AllowedHosts) && slices.Equal(d.Regions, o.Regions) &&
		slices.Equal(d.AcceptUnchecked, o.AcceptUnchecked)
}

// RawDestination is the export.destination: section as written.
type RawDestination struct {
	AllowedHosts           []string
	RequirePrivateEndpoint *bool
	MinTLS                 *string
	RequireCMEK            *bool
	Regions                []string
	RequireVersioning      *bool
	MinRetentionDays       *int
	AcceptUnchecked        []string
}

var (
	hostRE   = regexp.MustCompile(`^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)
	regionRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,62}$`)
)

func (c *compiler) destination(p *Policy) {
	d := DefaultDestination()
	r := c.raw.Export.Destination
	key := "export.destination."
	for i, h := range r.AllowedHosts {
		h = strings.ToLower(strings.TrimSpace(h))
		name := h
		if hh, port, err := net.SplitHostPort(h); err == nil {
			name = hh
			if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
				c.errf(fmt.Sprintf("%sallowed_hosts[%d]", key, i), "%q: the port must be a number from 1 to 65535", h)
				continue
			}
		}
		if net.ParseIP(strings.Trim(name, "[]")) == nil && !hostRE.MatchString(name) {
			c.errf(fmt.Sprintf("%sallowed_hosts[%d]", key, i), "%q is not a host name, *.domain or address (optionally with :port)", h)
			continue
		}
		d.AllowedHosts = append(d.AllowedHosts, h)
	}
	slices.Sort(d.AllowedHosts)
	d.AllowedHosts = slices.Compact(d.AllowedHosts)
	if r.RequirePrivateEndpoint != nil {
		d.RequirePrivateEndpoint = *r.RequirePrivateEndpoint
	}
	if r.MinTLS != nil {
		switch v := strings.TrimSpace(*r.MinTLS); v {
		case "1.2", "1.3":
			d.MinTLS = v
		default:
			c.errf(key+"min_tls", "unknown TLS version %q (want \"1.3\", the default, or \"1.2\")", *r.MinTLS)
		}
	}
	if r.RequireCMEK != nil {
		d.RequireCMEK = *r.RequireCMEK
	}
	for i, g := range r.Regions {
		g = strings.ToLower(strings.TrimSpace(g))
		if !regionRE.MatchString(g) {
			c.errf(fmt.Sprintf("%sregions[%d]", key, i), "%q is not a region or location name (us-east1, eu, us-east-1)", g)
			continue
		}
		d.Regions = append(d.Regions, g)
	}
	slices.Sort(d.Regions)
	d.Regions = slices.Compact(d.Regions)
	if r.RequireVersioning != nil {
		d.RequireVersioning = *r.RequireVersioning
	}
	if r.MinRetentionDays != nil {
		if *r.MinRetentionDays < 0 || *r.MinRetentionDays > 36500 {
			c.errf(key+"min_retention_days", "must be between 0 and 36500, not %d", *r.MinRetentionDays)
		} else {
			d.MinRetentionDays = *r.MinRetentionDays
		}
	}
	for i, n := range r.AcceptUnchecked {
		if !slices.Contains(postureChecks, n) {
			c.errf(fmt.Sprintf("%saccept_unchecked[%d]", key, i), "unknown check %q (want one of %s)", n, strings.Join(postureChecks, ", "))
			continue
		}
		d.AcceptUnchecked = append(d.AcceptUnchecked, n)
	}
	slices.Sort(d.AcceptUnchecked)
	d.AcceptUnchecked = slices.Compact(d.AcceptUnchecked)
	p.Export.Destination = d
}

// PostureChecks returns the names export.destination.accept_unchecked may
// list.
func PostureChecks() []string { return slices.Clone(postureChecks) }
