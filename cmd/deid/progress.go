package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progressSnapshot is how far a command is: counts only, never content.
type progressSnapshot struct {
	Phase   string // "" or what runs before the records (the duplicate check)
	Records int64
	Bytes   int64 // input bytes of the current phase
}

// progress prints how far a long command is on stderr: on a terminal a
// line rewritten every second, elsewhere (cron, a log file) a line every
// logEvery. With the input's size (total > 0) it shows the percentage
// and an estimate of the time left.
type progress struct {
	out      io.Writer
	tty      bool
	name     string
	total    int64
	read     func() progressSnapshot
	tick     time.Duration
	logEvery time.Duration

	start      time.Time
	phase      string
	phaseStart time.Time // when the current phase was first seen
	phaseBytes int64     // and its bytes then
	seen       bool
	stopOnce   sync.Once
	done       chan struct{}
	finished   chan struct{}
}

// logEvery is how often progress is logged when stderr is no terminal.
const logEvery = 30 * time.Second

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// startProgressTo starts reporting and returns the function that stops it.
func startProgressTo(out io.Writer, tty bool, name string, total int64, read func() progressSnapshot) func() {
	p := &progress{out: out, tty: tty, name: name, total: total, read: read, tick: time.Second, logEvery: logEvery}
	p.run()
	return p.stop
}

func (p *progress) run() {
	p.start = time.Now()
	p.phaseStart = p.start
	p.done, p.finished = make(chan struct{}), make(chan struct{})
	every := p.tick
	if !p.tty {
		every = p.logEvery
	}
	go func() {
		defer close(p.finished)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				if p.tty {
					fmt.Fprint(p.out, "\r\033[K")
				}
				return
			case now := <-t.C:
				line := p.line(p.read(), now)
				if p.tty {
					fmt.Fprintf(p.out, "\r\033[K%s", line)
				} else {
					fmt.Fprintln(p.out, line)
				}
			}
		}
	}()
}

func (p *progress) stop() {
	p.stopOnce.Do(func() {
		close(p.done)
		<-p.finished
	})
}

// line formats one progress line.
func (p *progress) line(s progressSnapshot, now time.Time) string {
	switch {
	case !p.seen: // the first phase started with the command
		p.seen, p.phase = true, s.Phase
	case s.Phase != p.phase:
		p.phase, p.phaseStart, p.phaseBytes = s.Phase, now, s.Bytes
	}
	// the rate of the phase since it was first seen
	el, moved := now.Sub(p.phaseStart).Seconds(), s.Bytes-p.phaseBytes
	out := p.name + ": "
	if s.Phase != "" {
		out += s.Phase + ": "
	} else {
		out += fmt.Sprintf("%d records", s.Records)
		if sec := now.Sub(p.start).Seconds(); sec > 0 {
			out += fmt.Sprintf(" (%.0f/s)", float64(s.Records)/sec)
		}
		out += ", "
	}
	if p.total > 0 {
		done := min(float64(s.Bytes)/float64(p.total), 0.999)
		out += fmt.Sprintf("%.0f%% of %s, ", 100*done, humanBytes(p.total))
		if el > 0 && moved > 0 && s.Bytes < p.total {
			left := time.Duration(float64(p.total-s.Bytes) / (float64(moved) / el) * float64(time.Second))
			out += "ETA " + left.Round(time.Second).String() + ", "
		}
	} else if s.Bytes > 0 {
		out += humanBytes(s.Bytes) + " read, "
	}
	out += fmt.Sprintf("%s elapsed", now.Sub(p.start).Round(time.Second))
	return out
}
