package main

import (
	"flag"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/pipelines/batch"
)

// jobFlags declares on fs the settings deid batch and deid stream share:
// where records come from and go to (with the connection's pins, TLS and
// keys), the on-prem side, the policy and key, and the limits. The flags
// whose meaning differs (--input, --state-dir, --max-rejected) each command
// declares itself.
func jobFlags(fs *flag.FlagSet, c *batch.Config, configPath, formats *string) {
	fs.StringVar(configPath, "config", "", "job YAML file with the same settings (flags given too override it)")
	fs.StringVar(&c.InputEndpoint, "input-endpoint", "", "on-prem S3 endpoint (host:port or URL)")
	fs.StringVar(&c.InputCAFile, "input-ca-file", "", "CA bundle to trust for the input store")
	fs.BoolVar(&c.InputPlainHTTP, "input-plain-http", false, "allow a plain-http input endpoint (on-prem test stores)")
	fs.Var((*listFlag)(&c.InputPins), "input-pin", "SPKI SHA-256 pin sha256/BASE64 of the input store's certificate chain (repeat for several)")
	fs.StringVar(&c.InputMinTLS, "input-min-tls", "", "lowest TLS version of the input store: 1.3 (default) or 1.2")
	fs.StringVar(&c.Output, "output", "", "research output: directory, gs://bucket/prefix or s3://bucket/prefix")
	fs.StringVar(&c.OutputEndpoint, "output-endpoint", "", "endpoint of the output bucket (a private endpoint: Private Service Connect, VPC endpoint, gateway)")
	fs.StringVar(&c.OutputRegion, "output-region", "", "region of the output bucket")
	fs.StringVar(&c.OutputCAFile, "output-ca-file", "", "CA bundle to trust for the output endpoint")
	fs.BoolVar(&c.OutputPlainHTTP, "output-plain-http", false, "allow a plain-http output endpoint (emulators only; refused otherwise)")
	fs.Var((*listFlag)(&c.OutputPins), "output-pin", "SPKI SHA-256 pin sha256/BASE64 of the output endpoint's certificate chain (repeat for several)")
	fs.StringVar(&c.OutputKMSKey, "output-kms-key", "", "the hospital's key for every object written: a Cloud KMS key name (gs, CMEK) or a KMS key id (s3, SSE-KMS)")
	fs.BoolVar(&c.OutputSSEC, "output-sse-c", false, "s3: encrypt with SSE-C, the key read from $DEID_OUTPUT_SSE_C_KEY on every worker")
	fs.StringVar(&c.Quarantine, "quarantine", "", "on-prem directory for quarantined and rejected records, audit log and state")
	fs.StringVar(&c.Policy, "policy", "", "policy YAML file")
	fs.StringVar(&c.Preset, "preset", "", "built-in policy: safe-harbor (default) or expert")
	fs.StringVar(&c.KeyFile, "key-file", "", "file holding the key (default $DEID_KEY)")
	fs.BoolVar(&c.EphemeralKey, "ephemeral-key", false, "demo only: a random key for this run, kept in this process (surrogates and shifts differ every run)")
	fs.StringVar(&c.Linkage, "linkage", "", "linkage store of the random research ids: a directory (default STATE/linkage) or postgres://… without a password")
	fs.StringVar(&c.AuditLog, "audit-log", "", "audit log file (default QUARANTINE/audit.jsonl)")
	fs.StringVar(formats, "formats", "", "comma-separated: jsonl,parquet (default both)")
	fs.Float64Var(&c.RedactMinScore, "redact-min-score", 0, "leave findings scored below this unredacted (verification still quarantines what they leave)")
	fs.Int64Var(&c.ChunkBytes, "chunk-bytes", 0, "read local plain input in parallel ranges of about this size (default 8 MiB)")
	fs.Int64Var(&c.MaxLineBytes, "max-line-bytes", 0, "reject input lines longer than this (line_too_long) without holding them (default 64 MiB)")
}

// runnerFlags adds Beam's own flags (runner, endpoint, environment) to fs
// and sets a usage that lists only the command's flags: there are a
// hundred of Beam's. It returns the command's flag names.
func runnerFlags(e *env, fs *flag.FlagSet, command, usage, runnerHint string) map[string]bool {
	ours := map[string]bool{}
	fs.VisitAll(func(f *flag.Flag) { ours[f.Name] = true })
	flag.CommandLine.VisitAll(func(f *flag.Flag) {
		if fs.Lookup(f.Name) == nil {
			fs.Var(f.Value, f.Name, f.Usage)
		}
	})
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: deid %s %s\n\nFlags:\n", command, usage)
		fs.VisitAll(func(f *flag.Flag) {
			if ours[f.Name] {
				fmt.Fprintf(e.stderr, "  --%s\n    \t%s\n", f.Name, f.Usage)
			}
		})
		fmt.Fprintln(e.stderr, "\n"+runnerHint)
	}
	return ours
}

// initRunner quiets the runner's INFO log unless -v (it logs every job
// state change; set once, as a runner of an earlier job in this process
// may still read it) and initialises Beam.
func initRunner(verbose bool) {
	if !verbose && beamlog.LogLevel != "warn" {
		beamlog.LogLevel = "warn"
	}
	beam.Init()
}

// jobSetupFailed reports why a batch or stream job could not be set up:
// a usage error (exit 2), the policy's own lines as `deid policy check`
// prints them, once (exit 1), or another failure (exit 1).
func jobSetupFailed(e *env, command string, err error) int {
	var pe policy.Errors
	switch {
	case errors.Is(err, batch.ErrConfig):
		fmt.Fprintf(e.stderr, "deid %s: %s (deid %s -h lists the flags)\n", command, safeMessage(err), command)
		return exitUsage
	case errors.As(err, &pe):
		printPolicyError(e, err)
		fmt.Fprintf(e.stderr, "deid %s: the policy has errors: nothing was run (deid policy check FILE checks it alone)\n", command)
		return exitFail
	}
	fmt.Fprintf(e.stderr, "deid %s: %s\n", command, safeMessage(err))
	return exitFail
}
