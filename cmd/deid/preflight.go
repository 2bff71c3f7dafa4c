package main

import (
	"fmt"

	"github.com/deid-project/deid/pipelines/batch"
)

// reportPreflight reports the preflight checks of a run (deid batch, deid
// stream). With --check (table) it prints them as a table and returns the
// exit code. Otherwise it returns ok when every check passed, else prints
// one line per failed check and one line saying nothing was done, and
// returns exitFail.
func reportPreflight(e *env, command string, checks batch.Checks, table bool) (code int, ok bool) {
	if table {
		printChecks(e.stdout, checks)
		if checks.Err() != nil {
			return exitFail, false
		}
		return exitOK, false
	}
	if checks.Err() == nil {
		return exitOK, true
	}
	for _, c := range checks {
		if !c.OK {
			fmt.Fprintf(e.stderr, "deid %s: %s: %s\n", command, c.Name, c.Detail)
		}
	}
	fmt.Fprintf(e.stderr, "deid %s: preflight checks failed: nothing was read or written (deid %s --check shows every check)\n", command, command)
	return exitFail, false
}
