package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/pipelines/batch"
	"github.com/deid-project/deid/storage"
)

func init() {
	register("check-destination", "check an export destination's security posture (public access, region, encryption) and print a table", runCheckDestination)
}

const checkDestUsage = `URL [--policy FILE | --preset NAME] [--endpoint HOST:PORT] [--region R] [--ca-file PEM]
                  [--pin sha256/…] [--kms-key KEY] [--plain-http] [--audit-log FILE]

Checks the bucket at URL (gs://bucket/prefix or s3://bucket/prefix) as deid batch does before
its first write: the connection rules of the policy's export.destination (private endpoint,
allowed hosts, TLS version, pins), then the bucket's posture (gs: location, public access
prevention, uniform bucket-level access, IAM allUsers/allAuthenticatedUsers, versioning and
retention where the policy asks; s3: bucket policy, ACL grants, Block Public Access, region,
default encryption, versioning, retention). Nothing is written. Prints one row per check:
pass, FAIL, could not check or not required; each failure names the setting to fix. Exit
code 1 when a check fails or could not be made (deid batch refuses such a destination).
--audit-log appends the checks' names and results (destination_checked) to an audit log.`

func runCheckDestination(e *env, args []string) int {
	fs := newFlags(e, "check-destination", checkDestUsage)
	var c batch.Config
	fs.StringVar(&c.Policy, "policy", "", "policy YAML file (its export.destination section)")
	fs.StringVar(&c.Preset, "preset", "", "built-in policy: safe-harbor (default) or expert")
	fs.StringVar(&c.OutputEndpoint, "endpoint", "", "endpoint of the bucket (host:port or URL)")
	fs.StringVar(&c.OutputRegion, "region", "", "region (s3)")
	fs.StringVar(&c.OutputCAFile, "ca-file", "", "CA bundle to trust for the endpoint")
	fs.Var((*listFlag)(&c.OutputPins), "pin", "SPKI SHA-256 pin sha256/BASE64 (repeat for several)")
	fs.StringVar(&c.OutputKMSKey, "kms-key", "", "the key the run writes with (for require_cmek)")
	fs.BoolVar(&c.OutputPlainHTTP, "plain-http", false, "allow a plain-http endpoint (emulators only)")
	fs.StringVar(&c.AuditLog, "audit-log", "", "append the checks' names and results to this audit log (destination_checked)")
	timeout := fs.Duration("timeout", 30*time.Second, "give up on an endpoint that does not answer")
	// the URL comes first or last (flags take no gs:// or s3:// value)
	switch n := len(args); {
	case n > 0 && !strings.HasPrefix(args[0], "-"):
		c.Output, args = args[0], args[1:]
	case n > 0 && (strings.HasPrefix(args[n-1], "gs://") || strings.HasPrefix(args[n-1], "s3://")):
		c.Output, args = args[n-1], args[:n-1]
	}
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if c.Output == "" {
		fmt.Fprintf(e.stderr, "deid check-destination: want a URL (gs://bucket/prefix or s3://bucket/prefix)\n")
		fs.Usage()
		return exitUsage
	}
	if c.Policy != "" && c.Preset != "" {
		fmt.Fprintln(e.stderr, "deid check-destination: give a policy file or a preset, not both")
		return exitUsage
	}
	pol, code := loadPolicy(e, c.Policy, c.Preset)
	if pol == nil {
		return code
	}
	j := &batch.Job{Config: c, Destination: pol.Export.Destination}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	p, err := j.Posture(ctx)
	j.AuditDestination(p, err, true)
	if err != nil {
		fmt.Fprintf(e.stderr, "deid check-destination: %s: %s\n", export.SafeURL(c.Output), safeMessage(err))
		return exitFail
	}
	printPosture(e.stdout, p)
	if p.Err() != nil {
		fmt.Fprintf(e.stderr, "deid check-destination: %s: %d check(s) failed or could not be made: deid batch refuses this destination\n",
			export.SafeURL(c.Output), len(p.Problems()))
		return exitFail
	}
	return exitOK
}

// printPosture prints the posture checks as a table.
func printPosture(w io.Writer, p storage.Posture) {
	fmt.Fprintf(w, "%-28s %-15s %s\n", "CHECK", "RESULT", "DETAIL")
	for _, c := range p {
		fmt.Fprintf(w, "%-28s %-15s %s\n", c.Name, c.Status, c.Detail)
		if c.Fix != "" && (c.Status == storage.Fail || c.Status == storage.Unknown) {
			fmt.Fprintf(w, "%-28s %-15s fix: %s\n", "", "", c.Fix)
		}
	}
}

// listFlag is a repeatable string flag; commas separate values too.
type listFlag []string

func (l *listFlag) String() string { return fmt.Sprint([]string(*l)) }

func (l *listFlag) Set(s string) error {
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}
