package deid

import (
	"flag"
	"fmt"
	"os"
	"testing"
)

// TestMain has every scan of the package's tests check the cover index
// against a reading of every finding (see covered), and fails the run on
// any difference. Benchmarks run without the check.
func TestMain(m *testing.M) {
	flag.Parse()
	coverCheck = flag.Lookup("test.bench").Value.String() == ""
	code := m.Run()
	if n := coverMismatches.Load(); n > 0 {
		fmt.Fprintf(os.Stderr, "cover index: %d answers differ from reading the findings\n", n)
		code = 1
	}
	os.Exit(code)
}
