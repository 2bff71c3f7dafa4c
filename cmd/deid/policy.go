package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid/policy"
)

func init() {
	register("policy", "check a policy file, or print a preset to start one from", runPolicy)
}

const policyUsage = `Usage:
  deid policy check FILE...     validate policy files; print each one's name and hash
  deid policy show [PRESET]     print a preset as YAML (default ` + policy.DefaultPreset + `)

Presets: `

func runPolicy(e *env, args []string) int {
	usage := func() int {
		fmt.Fprint(e.stderr, policyUsage+strings.Join(policy.Presets(), ", ")+"\n")
		return exitUsage
	}
	if len(args) == 0 {
		return usage()
	}
	sub := args[0]
	switch sub {
	case "-h", "--help", "help":
		usage()
		return exitOK
	case "check", "show":
	default:
		fmt.Fprintf(e.stderr, "deid policy: unknown subcommand %q\n", sub)
		return usage()
	}
	// -h (and any flag) after the subcommand is a flag, not a file or a
	// preset named "-h"
	fs := newFlags(e, "policy "+sub, "")
	fs.Usage = func() { fmt.Fprint(e.stderr, policyUsage+strings.Join(policy.Presets(), ", ")+"\n") }
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	rest := fs.Args()
	switch sub {
	case "check":
		if len(rest) == 0 {
			return usage()
		}
		code := exitOK
		for _, file := range rest {
			p, err := policy.LoadFile(file)
			if err != nil {
				printPolicyError(e, err)
				code = exitFail
				continue
			}
			fmt.Fprintf(e.stdout, "%s: ok: %s version %d, method %s, sha256 %s\n", file, p.Name, p.Version, p.Method, p.Hash())
		}
		return code
	default: // show
		name := policy.DefaultPreset
		switch len(rest) {
		case 0:
		case 1:
			name = rest[0]
		default:
			return usage()
		}
		b, err := policy.PresetYAML(name)
		if err != nil {
			fmt.Fprintf(e.stderr, "deid policy show: %v\n", err)
			return exitUsage
		}
		e.stdout.Write(b)
		return exitOK
	}
}
