#!/usr/bin/env bash
# bench-instr.sh prints the instructions one op of an engine benchmark
# costs, counted by valgrind's cachegrind: a figure that, unlike MB/s, does
# not move with the host's load, so that one change can be costed against
# another on a busy machine.
#
#   scripts/bench-instr.sh                          # BenchmarkScan and BenchmarkScanDialogues
#   scripts/bench-instr.sh BenchmarkScanKnown ...   # the benchmarks named
#
# Each benchmark runs 2 and 42 ops; the difference over 40 is the cost of an
# op without start-up. GOGC=off and GOMAXPROCS=1 keep the garbage collector
# and the scheduler from moving the count between runs (with them on, runs
# of one binary differ by tens of millions); GODEBUG=cpu.rdtscp=off keeps
# the runtime off RDTSCP, which valgrind does not decode on every host.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "bench-instr: valgrind not found (apt-get install valgrind)" >&2; exit 2; }
[ $# -gt 0 ] || set -- BenchmarkScan BenchmarkScanDialogues
bin=$(mktemp -d)/deid.test
trap 'rm -rf "$(dirname "$bin")"' EXIT
go test -c -o "$bin" ./deid
refs() {
	(cd deid && GOGC=off GOMAXPROCS=1 GODEBUG=cpu.rdtscp=off valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
		"$bin" -test.run='^$' -test.bench="^$1\$" -test.benchtime="$2x" 2>&1) | awk '/I *refs/ {gsub(",", "", $NF); print $NF}'
}
printf '%-28s %s\n' benchmark 'instructions/op'
for b in "$@"; do
	a=$(refs "$b" 2)
	z=$(refs "$b" 42)
	awk -v b="$b" -v a="$a" -v z="$z" 'BEGIN { printf "%-28s %.1fM\n", b, (z - a) / 40 / 1e6 }'
done
