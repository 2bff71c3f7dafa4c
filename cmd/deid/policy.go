package main

import (
	"fmt"
	"strings"

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
	switch args[0] {
	case "-h", "--help", "help":
		usage()
		return exitOK
	case "check":
		if len(args) < 2 {
			return usage()
		}
		code := exitOK
		for _, file := range args[1:] {
			p, err := policy.LoadFile(file)
			if err != nil {
				printPolicyError(e, err)
				code = exitFail
				continue
			}
			fmt.Fprintf(e.stdout, "%s: ok: %s version %d, method %s, sha256 %s\n", file, p.Name, p.Version, p.Method, p.Hash())
		}
		return code
	case "show":
		name := policy.DefaultPreset
		switch len(args) {
		case 1:
		case 2:
			name = args[1]
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
	fmt.Fprintf(e.stderr, "deid policy: unknown subcommand %q\n", args[0])
	return usage()
}
