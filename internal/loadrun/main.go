// Command loadrun is `make load`: it streams generated conversation
// records (fixtures/load) into a work folder, runs `deid batch` on them as
// a child process with the machine's cores, and prints records/s, MB/s,
// the CPU it used, its peak RSS with the RSS seen along the run (flat is
// the target), and the reconciliation of the run's counts:
//
//	go run ./internal/loadrun -deid .bin/deid -n 1000000
//
// The input (about 1 KB a record) is deleted afterwards unless -keep.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/deid-project/deid/fixtures/load"
)

const key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

func main() {
	deidBin := flag.String("deid", ".bin/deid", "the deid binary")
	n := flag.Int("n", 1000000, "records")
	badEvery := flag.Int("bad-every", 5000, "every n-th line is not a record (rejected)")
	dir := flag.String("dir", "", "work folder (default: a new temporary folder)")
	keep := flag.Bool("keep", false, "keep the work folder")
	flag.Parse()
	if *dir == "" {
		d, err := os.MkdirTemp("", "deid-load-")
		check(err)
		*dir = d
	}
	if !*keep {
		defer os.RemoveAll(*dir)
	}
	in := filepath.Join(*dir, "in.jsonl")
	fmt.Printf("load: generating %d records into %s\n", *n, in)
	f, err := os.Create(in)
	check(err)
	w := bufio.NewWriterSize(f, 1<<20)
	check(load.Write(w, *n, 1, 400, *badEvery))
	check(w.Flush())
	check(f.Close())
	st, err := os.Stat(in)
	check(err)
	size := st.Size()
	bad := 0
	if *badEvery > 0 {
		bad = *n / *badEvery
	}

	onprem := filepath.Join(*dir, "onprem")
	cmd := exec.Command(*deidBin, "batch", "--input", in, "--output", filepath.Join(*dir, "export"),
		"--quarantine", onprem, "--run-date", "2026-01-01")
	cmd.Env = append(os.Environ(), "DEID_KEY="+key)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	fmt.Printf("load: deid batch on %d cores (%.1f MB of input)\n", runtime.NumCPU(), float64(size)/1e6)
	start := time.Now()
	check(cmd.Start())
	samples := sampleRSS(cmd.Process.Pid)
	err = cmd.Wait()
	el := time.Since(start).Seconds()
	rss := <-samples
	os.Stdout.Write(out.Bytes())
	if err != nil {
		fmt.Fprintln(os.Stderr, "load: deid batch failed:", err)
		os.Exit(1)
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()

	sum := readSummary(onprem)
	s := sum.Stats
	fmt.Printf("\nload: %d records, %.1f MB in %.1fs\n", *n, float64(size)/1e6, el)
	fmt.Printf("  throughput      %.0f records/s, %.2f MB/s\n", float64(s.RecordsIn)/el, float64(size)/1e6/el)
	fmt.Printf("  cpu             %.0fs on %d cores: %.2f cores busy on average\n", cpu, runtime.NumCPU(), cpu/el)
	fmt.Printf("  peak RSS        %.0f MB\n", float64(ru.Maxrss)/1024)
	fmt.Printf("  RSS along the run (MB, each tenth of the time): %s\n", rss)
	rec := "reconciles"
	if s.RecordsIn != s.Exported+s.Quarantined+s.Rejected+s.Skipped || s.RecordsIn != int64(*n) || s.Rejected < int64(bad) {
		rec = "DOES NOT RECONCILE"
	}
	fmt.Printf("  reconciliation  generated %d = in %d = exported %d + quarantined %d + rejected %d (%d generated bad) + skipped %d  [%s]\n",
		*n, s.RecordsIn, s.Exported, s.Quarantined, s.Rejected, bad, s.Skipped, rec)
	fmt.Printf("  status          %s, %d shards\n", sum.Status, sum.Shards)
	if rec != "reconciles" || sum.Status != "committed" {
		os.Exit(1)
	}
}

type summary struct {
	Status string `json:"status"`
	Shards int    `json:"shards"`
	Stats  struct {
		RecordsIn   int64 `json:"records_in"`
		Exported    int64 `json:"exported"`
		Quarantined int64 `json:"quarantined"`
		Rejected    int64 `json:"rejected"`
		Skipped     int64 `json:"skipped"`
	} `json:"stats"`
}

// readSummary reads the run summary the commit step left on-prem.
func readSummary(onprem string) summary {
	var s summary
	found := false
	filepath.WalkDir(onprem, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == "_RUN_SUMMARY.json" {
			b, rerr := os.ReadFile(p)
			check(rerr)
			check(json.Unmarshal(b, &s))
			found = true
		}
		return nil
	})
	if !found {
		fmt.Fprintln(os.Stderr, "load: no run summary")
		os.Exit(1)
	}
	return s
}

// sampleRSS reads the process's resident set every half second until it
// exits, and sends the samples at each tenth of the run.
func sampleRSS(pid int) <-chan string {
	ch := make(chan string, 1)
	go func() {
		var mb []int
		for {
			b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
			if err != nil {
				break
			}
			v := -1
			for _, l := range strings.Split(string(b), "\n") {
				if strings.HasPrefix(l, "VmRSS:") {
					f := strings.Fields(l)
					if len(f) >= 2 {
						kb, _ := strconv.Atoi(f[1])
						v = kb / 1024
					}
				}
			}
			if v < 0 { // no VmRSS: a zombie, the process has ended
				break
			}
			mb = append(mb, v)
			time.Sleep(500 * time.Millisecond)
		}
		var parts []string
		for i := 1; i <= 10 && len(mb) > 0; i++ {
			parts = append(parts, strconv.Itoa(mb[min(len(mb)-1, i*len(mb)/10)]))
		}
		ch <- strings.Join(parts, " ")
	}()
	return ch
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		os.Exit(1)
	}
}
