// Command deid de-identifies clinical conversation records.
//
// Each subcommand lives in its own file and registers itself in init() with
// register; main only dispatches. Exit codes: 0 success, 2 usage error,
// 1 any other failure.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
)

// env is what a subcommand may touch of the process: tests run subcommands
// in-process with buffers in place of the standard streams.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

type command struct {
	summary string
	run     func(e *env, args []string) int
}

var commands = map[string]command{}

func register(name, summary string, run func(e *env, args []string) int) {
	if _, dup := commands[name]; dup {
		panic("deid: command registered twice: " + name)
	}
	commands[name] = command{summary: summary, run: run}
}

const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

func main() {
	// A Beam worker re-runs this binary with flags and no command
	// (--worker, --id, ...): beam.Init runs the worker harness and exits.
	if len(os.Args) > 1 && strings.HasPrefix(os.Args[1], "-") && os.Args[1] != "-h" && os.Args[1] != "--help" && os.Args[1] != "--version" {
		flag.Parse()
		beam.Init()
	}
	os.Exit(run(&env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}, os.Args[1:]))
}

func run(e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	if args[0] == "version" || args[0] == "--version" {
		fmt.Fprintln(e.stdout, versionString())
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "deid: unknown command %q\n\n", args[0])
		usage(e.stderr)
		return exitUsage
	}
	return c.run(e, args[1:])
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "deid finds and removes HIPAA Safe Harbor identifiers from clinical conversation records.")
	fmt.Fprintln(w, "\nUsage: deid <command> [flags]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "  version    print the engine version")
	fmt.Fprintln(w, "\nRun 'deid <command> -h' for a command's flags.")
}
