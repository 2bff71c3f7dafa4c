// Command pipebench measures the batch pipeline against the engine alone on
// the same data, and the pipeline's peak memory as the input grows:
//
//	go run ./internal/pipebench             # the table (`make bench-pipeline`)
//	go run ./internal/pipebench -mode pipeline -copies 10
//
// The input is the committed synthetic conversations repeated -copies
// times (with fresh conversation ids). "engine" runs the per-record work
// (parse, redact, classify, verify, gate) in one goroutine; "pipeline" runs
// `deid batch`'s pipeline on the embedded Prism runner with all cores, to a
// local export folder. Each measurement runs in its own process so that
// peak RSS (getrusage) belongs to it alone.
package main

import (
	_ "github.com/deid-project/deid/storage/gcs" // as cmd/deid registers them
	_ "github.com/deid-project/deid/storage/local"
	_ "github.com/deid-project/deid/storage/s3"

	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/pipelines/batch"
)

const key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

func main() {
	mode := flag.String("mode", "", "engine or pipeline (empty: run the whole table)")
	copies := flag.Int("copies", 1, "how many times to repeat the fixtures")
	fixtures := flag.String("fixtures", "fixtures/testdata/conversations.jsonl", "input conversations")
	flag.Parse()
	beamlog.LogLevel = "warn"
	beam.Init()
	if *mode == "" {
		table(*fixtures)
		return
	}
	dir, err := os.MkdirTemp("", "pipebench-")
	check(err)
	defer os.RemoveAll(dir)
	in, n, size := makeInput(*fixtures, dir, *copies)
	start := time.Now()
	switch *mode {
	case "engine":
		p, err := process.New(process.Settings{}, func(k string) string {
			if k == "DEID_KEY" {
				return key
			}
			return os.Getenv(k)
		})
		check(err)
		f, err := os.Open(in)
		check(err)
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		start = time.Now()
		for sc.Scan() {
			p.Process(sc.Bytes())
		}
	case "pipeline":
		os.Setenv("DEID_KEY", key)
		j, err := batch.Prepare(batch.Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-01-01"}, time.Now())
		check(err)
		start = time.Now()
		sum, err := j.Execute(context.Background(), nil)
		check(err)
		if sum.Stats.RecordsIn != int64(n) {
			fmt.Fprintf(os.Stderr, "pipebench: %d records in, want %d\n", sum.Stats.RecordsIn, n)
			os.Exit(1)
		}
	}
	el := time.Since(start).Seconds()
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	out, _ := json.Marshal(map[string]float64{"records": float64(n), "bytes": float64(size), "seconds": el, "maxrss_mb": float64(ru.Maxrss) / 1024})
	fmt.Println(string(out))
}

func makeInput(fixtures, dir string, copies int) (string, int, int64) {
	src, err := os.ReadFile(fixtures)
	check(err)
	lines := bytes.Split(bytes.TrimSpace(src), []byte("\n"))
	path := filepath.Join(dir, "in.jsonl")
	f, err := os.Create(path)
	check(err)
	w := bufio.NewWriter(f)
	n := 0
	var size int64
	for c := 0; c < copies; c++ {
		for _, l := range lines {
			var m map[string]any
			check(json.Unmarshal(l, &m))
			m["conversation_id"] = fmt.Sprintf("%v-c%d", m["conversation_id"], c)
			b, _ := json.Marshal(m)
			w.Write(b)
			w.WriteByte('\n')
			n++
			size += int64(len(b))
		}
	}
	check(w.Flush())
	check(f.Close())
	return path, n, size
}

type result struct {
	Records, Bytes, Seconds, MaxRSS float64
}

func measure(fixtures, mode string, copies int) result {
	cmd := exec.Command(os.Args[0], "-mode", mode, "-copies", fmt.Sprint(copies), "-fixtures", fixtures)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	check(err)
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var m map[string]float64
	check(json.Unmarshal([]byte(lines[len(lines)-1]), &m))
	return result{m["records"], m["bytes"], m["seconds"], m["maxrss_mb"]}
}

func table(fixtures string) {
	fmt.Printf("pipeline vs engine on %d cores (input: %s repeated)\n", runtime.NumCPU(), fixtures)
	fmt.Printf("%-22s %8s %10s %10s %10s %12s\n", "run", "records", "seconds", "records/s", "MB/s", "peak RSS MB")
	row := func(name string, r result) float64 {
		mbs := r.Bytes / 1e6 / r.Seconds
		fmt.Printf("%-22s %8.0f %10.2f %10.0f %10.2f %12.0f\n", name, r.Records, r.Seconds, r.Records/r.Seconds, mbs, r.MaxRSS)
		return mbs
	}
	eng := row("engine alone (1 core)", measure(fixtures, "engine", 10))
	p10 := measure(fixtures, "pipeline", 10)
	row("pipeline 10x", p10)
	p100 := measure(fixtures, "pipeline", 100)
	pip := row("pipeline 100x", p100)
	fmt.Printf("pipeline (100x, start-up amortised) / engine throughput: %.0f%% (target >= 50%%)\n", 100*pip/eng)
	fmt.Printf("peak memory 100x / 10x: %.2f (target: flat)\n", p100.MaxRSS/p10.MaxRSS)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "pipebench:", err)
		os.Exit(1)
	}
}
