// Command streambench measures `deid stream` at steady arrival rates: the
// latency from a file's arrival (its atomic rename into the input folder)
// to the commit of its window's manifest, and whether the stream keeps up
// with flat memory; and, for reference, the batch pipeline on as many
// records.
//
//	go run ./internal/streambench                  # the table (`make bench-stream`)
//	go run ./internal/streambench -rate 500 -for 60s
//
// A producer drops a file of rate/5 conversations (fresh ids) every 200 ms
// by writing a hidden temporary file and renaming it. Each rate runs in a
// process of its own so that its memory is its own; local folders in and
// out, the embedded Prism runner on every core.
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
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/deid-project/deid/pipelines/batch"
	"github.com/deid-project/deid/pipelines/stream"
)

const key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"

var (
	rate     = flag.Int("rate", 0, "records per second (0: the whole table)")
	rates    = flag.String("rates", "250,500,600,750,1000", "rates of the table")
	dur      = flag.Duration("for", 60*time.Second, "how long records arrive at each rate")
	window   = flag.Duration("window", 10*time.Second, "window")
	poll     = flag.Duration("poll", time.Second, "poll")
	fixtures = flag.String("fixtures", "fixtures/testdata/conversations.jsonl", "input conversations")
	batchN   = flag.Int("batch", 0, "run the batch pipeline on this many records instead")
	cpuProf  = flag.String("cpuprofile", "", "write a CPU profile of one run (-rate or -batch) to this file")
)

type result struct {
	Rate       int     `json:"rate"`
	Records    int     `json:"records"`
	Files      int     `json:"files"`
	P50, P95   float64 // seconds, arrival to manifest
	Max        float64
	Windows    int     `json:"windows"`
	Failed     int     `json:"failed"`
	RSSFirst   float64 `json:"rss_first_mb"` // median over the first third of windows
	RSSLast    float64 `json:"rss_last_mb"`  // median over the last third
	PeakRSS    float64 `json:"peak_rss_mb"`
	Throughput float64 `json:"throughput"` // records committed / (last commit - first arrival)
	// the median latency of the files that arrived in the first and in
	// the last third of the arrivals: a stream that keeps up has the same
	// latency at the end as at the start; one that falls behind gains a
	// backlog, and its latency grows with it
	LatFirst float64 `json:"lat_first"`
	LatLast  float64 `json:"lat_last"`
	KeptUp   bool    `json:"kept_up"`
	Seconds  float64 `json:"seconds"`
}

func main() {
	flag.Parse()
	beamlog.LogLevel = "error" // construction warnings about the unbounded read are no figures
	beam.Init()
	os.Setenv("DEID_KEY", key)
	lines := load(*fixtures)
	if *cpuProf != "" {
		f, err := os.Create(*cpuProf)
		check(err)
		check(pprof.StartCPUProfile(f))
		defer pprof.StopCPUProfile()
	}
	switch {
	case *batchN > 0:
		emit(runBatch(lines, *batchN))
	case *rate > 0:
		emit(runStream(lines, *rate))
	default:
		table()
	}
}

func emit(v any) {
	b, _ := json.Marshal(v)
	fmt.Println(string(b))
}

func load(path string) [][]byte {
	src, err := os.ReadFile(path)
	check(err)
	return bytes.Split(bytes.TrimSpace(src), []byte("\n"))
}

// records returns n conversations with fresh ids, from seq on. Each
// fixture line is a template split around its id (templates), so that the
// producer costs the stream it measures almost no CPU.
func records(lines [][]byte, seq, n int) []byte {
	tpl := templates(lines)
	var b bytes.Buffer
	for i := 0; i < n; i++ {
		t := tpl[(seq+i)%len(tpl)]
		b.Write(t[0])
		b.WriteString("bench-" + strconv.Itoa(seq+i))
		b.Write(t[1])
		b.WriteByte('\n')
	}
	return b.Bytes()
}

var (
	tplOnce sync.Once
	tpls    [][2][]byte
)

func templates(lines [][]byte) [][2][]byte {
	tplOnce.Do(func() {
		const mark = "\x01id\x01"
		for _, l := range lines {
			var m map[string]any
			check(json.Unmarshal(l, &m))
			m["conversation_id"] = mark
			out, _ := json.Marshal(m)
			q, _ := json.Marshal(mark)
			k := bytes.Index(out, q)
			// the id goes between the quotes of the marker
			tpls = append(tpls, [2][]byte{out[:k+1], out[k+len(q)-1:]})
		}
	})
	return tpls
}

func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

func runStream(lines [][]byte, rate int) result {
	dir, err := os.MkdirTemp("", "streambench-")
	check(err)
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in")
	check(os.MkdirAll(in, 0o700))
	d, err := stream.New(stream.Config{Config: batch.Config{Input: in, Output: filepath.Join(dir, "out"), Quarantine: filepath.Join(dir, "onprem")},
		Window: *window, Poll: *poll}, time.Now())
	check(err)

	var mu sync.Mutex
	arrived := map[string]time.Time{}
	var lat []float64
	type arrival struct{ at, lat float64 }
	var byArrival []arrival
	var rss []float64
	var first, last time.Time
	committed := 0
	d.OnWindow = func(ws stream.WindowStatus) {
		mu.Lock()
		defer mu.Unlock()
		if ws.Status != "committed" {
			return
		}
		for _, o := range ws.Files {
			if t, ok := arrived[o.Key]; ok {
				l := ws.CommittedAt.Sub(t).Seconds()
				lat = append(lat, l)
				byArrival = append(byArrival, arrival{t.Sub(first).Seconds(), l})
			}
		}
		committed += int(ws.Counts.RecordsIn)
		last = ws.CommittedAt
		rss = append(rss, rssMB())
	}
	stop, done := make(chan struct{}), make(chan *stream.Result, 1)
	go func() {
		res, err := d.Run(context.Background(), stop)
		check(err)
		done <- res
	}()

	// the producer: a file every 200 ms
	tick := 200 * time.Millisecond
	per := rate * int(tick) / int(time.Second)
	if per < 1 {
		per = 1
	}
	seq, files := 0, 0
	t := time.NewTicker(tick)
	end := time.Now().Add(*dur)
	first = time.Now()
	for now := range t.C {
		if now.After(end) {
			break
		}
		name := fmt.Sprintf("f-%06d.jsonl", files)
		tmp := filepath.Join(in, "."+name+".tmp")
		check(os.WriteFile(tmp, records(lines, seq, per), 0o600))
		final := filepath.Join(in, name)
		check(os.Rename(tmp, final))
		mu.Lock()
		arrived[final] = time.Now()
		mu.Unlock()
		seq += per
		files++
	}
	t.Stop()
	// let the stream catch up on its own (windows close by themselves),
	// then stop it; a stream that cannot keep up shows in the latencies
	for {
		mu.Lock()
		n := committed
		mu.Unlock()
		if n >= seq || time.Since(end) > 10**window {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	close(stop)
	res := <-done
	mu.Lock()
	defer mu.Unlock()
	r := result{Rate: rate, Records: seq, Files: files, Windows: res.Windows, Failed: res.Failed, Seconds: res.Duration.Seconds()}
	sort.Slice(byArrival, func(i, j int) bool { return byArrival[i].at < byArrival[j].at })
	if k := len(byArrival) / 3; k > 0 {
		third := func(a []arrival) float64 {
			v := make([]float64, len(a))
			for i, x := range a {
				v[i] = x.lat
			}
			return median(v)
		}
		r.LatFirst, r.LatLast = third(byArrival[:k]), third(byArrival[len(byArrival)-k:])
	}
	// a quarter of a window of drift is noise (where in its window a file lands); more is a backlog
	r.KeptUp = committed == seq && res.Failed == 0 && r.LatLast <= r.LatFirst+max(2, window.Seconds()/4)
	sort.Float64s(lat)
	if len(lat) > 0 {
		r.P50, r.P95, r.Max = lat[len(lat)/2], lat[len(lat)*95/100], lat[len(lat)-1]
	}
	if len(rss) >= 3 {
		k := len(rss) / 3
		r.RSSFirst, r.RSSLast = median(rss[:k]), median(rss[len(rss)-k:])
	}
	for _, v := range rss {
		r.PeakRSS = max(r.PeakRSS, v)
	}
	if !last.IsZero() {
		r.Throughput = float64(committed) / last.Sub(first).Seconds()
	}
	if committed != seq {
		fmt.Fprintf(os.Stderr, "streambench: %d of %d records committed\n", committed, seq)
	}
	return r
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func runBatch(lines [][]byte, n int) result {
	dir, err := os.MkdirTemp("", "streambench-")
	check(err)
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.jsonl")
	f, err := os.Create(in)
	check(err)
	w := bufio.NewWriter(f)
	w.Write(records(lines, 0, n))
	check(w.Flush())
	check(f.Close())
	j, err := batch.Prepare(batch.Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-01-01"}, time.Now())
	check(err)
	start := time.Now()
	_, err = j.Execute(context.Background(), nil)
	check(err)
	s := time.Since(start).Seconds()
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return result{Records: n, Seconds: s, Throughput: float64(n) / s, PeakRSS: float64(ru.Maxrss) / 1024}
}

func measure(args ...string) result {
	cmd := exec.Command(os.Args[0], append(args, "-window", window.String(), "-poll", poll.String(), "-for", dur.String(), "-fixtures", *fixtures)...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	check(err)
	ls := strings.Split(strings.TrimSpace(string(out)), "\n")
	var r result
	check(json.Unmarshal([]byte(ls[len(ls)-1]), &r))
	return r
}

func table() {
	target := window.Seconds() + poll.Seconds() + 5
	fmt.Printf("deid stream on %d cores: window %s, poll %s, %s of arrivals per rate (a file every 200 ms); target p95 <= %.0fs\n",
		runtime.NumCPU(), *window, *poll, *dur, target)
	fmt.Printf("%8s %8s %8s %8s %8s %8s %8s %14s %10s %8s  %-8s %s\n", "rate/s", "records", "p50 s", "p95 s", "max s", "windows", "rec/s", "RSS first/last", "peak MB", "lat 1/3", "kept up", "p95 met")
	best, bestP95 := 0.0, 0.0
	for _, s := range strings.Split(*rates, ",") {
		r := measure("-rate", strings.TrimSpace(s))
		flat := r.RSSFirst == 0 || r.RSSLast <= 1.25*r.RSSFirst
		kept := r.KeptUp && flat
		met := r.Failed == 0 && r.P95 <= target && flat
		fmt.Printf("%8d %8d %8.1f %8.1f %8.1f %8d %8.0f %7.0f/%-6.0f %10.0f %3.0f/%-4.0f  %-8v %v\n", r.Rate, r.Records, r.P50, r.P95, r.Max, r.Windows, r.Throughput, r.RSSFirst, r.RSSLast, r.PeakRSS, r.LatFirst, r.LatLast, kept, met)
		if kept && float64(r.Rate) > best {
			best = float64(r.Rate) // it kept up with this arrival rate
		}
		if met && float64(r.Rate) > bestP95 {
			bestP95 = float64(r.Rate)
		}
	}
	b := measure("-batch", "12000")
	fmt.Printf("batch pipeline, 12000 records: %.0f records/s (peak RSS %.0f MB)\n", b.Throughput, b.PeakRSS)
	fmt.Printf("highest arrival rate kept up with (latency not growing, memory flat): %.0f records/s = %.0f%% of batch (target >= 50%%)\n", best, 100*best/b.Throughput)
	fmt.Printf("highest arrival rate with p95 <= %.0fs: %.0f records/s\n", target, bestP95)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "streambench:", err)
		os.Exit(1)
	}
}
