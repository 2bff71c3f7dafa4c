// Command benchtable reads `go test -bench` output on stdin and prints a
// throughput table, checking each benchmark that has a target against it.
// `make bench` pipes the engine and redact benchmarks through it.
package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// targets are the figures: MB/s per core for scan and redact, and
// milliseconds for start-up (the dictionary load). A target of the form
// ">= 0.7x OTHER" is a scaling check: the throughput at least that share of
// the throughput of the benchmark OTHER (run before it), so that work
// growing faster than the text shows up as a miss.
var targets = map[string]string{
	"BenchmarkScan":                 ">= 20 MB/s",
	"BenchmarkScanTurns":            ">= 20 MB/s",
	"BenchmarkScanKnown":            ">= 25 MB/s",
	"BenchmarkScanDialogues":        ">= 25 MB/s",
	"BenchmarkScanLong":             "flat memory",
	"BenchmarkRedactSafeHarbor":     ">= 20 MB/s",
	"BenchmarkScanRedactSafeHarbor": ">= 20 MB/s",
	"BenchmarkScanDense/1MB":        ">= 0.7x BenchmarkScanDense/64KB",
	"BenchmarkStartup":              "< 200 ms",
}

var line = regexp.MustCompile(`^(Benchmark\S+?)(-\d+)?\s+(\d+)\s+([\d.]+) ns/op(.*)$`)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	pkg := ""
	fmt.Printf("%-34s %-12s %12s %10s %12s %10s  %s\n", "benchmark", "package", "ns/op", "MB/s", "B/op", "allocs/op", "target")
	failed := 0
	mbsOf := map[string]float64{}
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "pkg: ") {
			pkg = strings.TrimPrefix(l, "pkg: github.com/deid-project/deid/")
			continue
		}
		m := line.FindStringSubmatch(l)
		if m == nil {
			if strings.HasPrefix(l, "FAIL") || strings.HasPrefix(l, "--- FAIL") {
				fmt.Println(l)
				failed++
			}
			continue
		}
		name, rest := m[1], m[5]
		ns, _ := strconv.ParseFloat(m[4], 64)
		mbs, bop, allocs := field(rest, "MB/s"), field(rest, "B/op"), field(rest, "allocs/op")
		target, verdict := targets[name], ""
		got, _ := strconv.ParseFloat(mbs, 64)
		mbsOf[name] = got
		switch {
		case strings.HasPrefix(target, ">=") && strings.Contains(target, "x Benchmark") && mbs != "":
			f := strings.Fields(target)
			share, _ := strconv.ParseFloat(strings.TrimSuffix(f[1], "x"), 64)
			if ref, ok := mbsOf[f[2]]; ok && ref > 0 {
				verdict = check(got >= share*ref) + fmt.Sprintf(" (%.2fx)", got/ref)
			}
		case strings.HasPrefix(target, ">=") && mbs != "":
			want, _ := strconv.ParseFloat(strings.Fields(target)[1], 64)
			verdict = check(got >= want)
		case strings.HasPrefix(target, "<") && strings.HasSuffix(target, "ms"):
			want, _ := strconv.ParseFloat(strings.Fields(target)[1], 64)
			ms := ns / 1e6
			verdict = check(ms < want) + fmt.Sprintf(" (%.0f ms)", ms)
		}
		fmt.Printf("%-34s %-12s %12.0f %10s %12s %10s  %s %s\n", name, pkg, ns, mbs, bop, allocs, target, verdict)
	}
	if failed > 0 {
		os.Exit(1)
	}
}

func check(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISSED"
}

// field returns the number before unit in the rest of a benchmark line.
func field(rest, unit string) string {
	f := strings.Fields(rest)
	for i := 1; i < len(f); i++ {
		if f[i] == unit {
			return f[i-1]
		}
	}
	return ""
}
