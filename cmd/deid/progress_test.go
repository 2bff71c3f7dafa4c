package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProgressLine: with the input's size the line has the share done and
// the time left; without it, what was read; the duplicate check is named.
func TestProgressLine(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	p := &progress{name: "deid batch", total: 1000 << 20, start: t0, phaseStart: t0}
	assert.Equal(t, "deid batch: duplicate check: 25% of 1000.0 MB, ETA 30s, 10s elapsed",
		p.line(progressSnapshot{Phase: "duplicate check", Bytes: 250 << 20}, t0.Add(10*time.Second)))
	// a new phase measures its own rate, from when it is first seen
	assert.Equal(t, "deid batch: 5000 records (250/s), 50% of 1000.0 MB, 20s elapsed",
		p.line(progressSnapshot{Records: 5000, Bytes: 500 << 20}, t0.Add(20*time.Second)))
	assert.Equal(t, "deid batch: 6000 records (200/s), 60% of 1000.0 MB, ETA 40s, 30s elapsed",
		p.line(progressSnapshot{Records: 6000, Bytes: 600 << 20}, t0.Add(30*time.Second)))
	q := &progress{name: "deid redact", start: t0, phaseStart: t0}
	assert.Equal(t, "deid redact: 10 records (5/s), 2.0 KB read, 2s elapsed",
		q.line(progressSnapshot{Records: 10, Bytes: 2048}, t0.Add(2*time.Second)))
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestProgressLog: when stderr is no terminal (cron, a log file) progress
// comes as whole lines, with no terminal control characters.
func TestProgressLog(t *testing.T) {
	var out syncBuffer
	p := &progress{out: &out, name: "deid batch", total: 100, tick: time.Hour, logEvery: time.Millisecond,
		read: func() progressSnapshot { return progressSnapshot{Records: 3, Bytes: 50} }}
	p.run()
	require.Eventually(t, func() bool { return strings.Count(out.String(), "\n") >= 2 }, 10*time.Second, time.Millisecond)
	p.stop()
	p.stop()
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		assert.True(t, strings.HasPrefix(l, "deid batch: 3 records"), l)
		assert.Contains(t, l, "50% of 100 B")
		assert.NotContains(t, l, "\r")
		assert.NotContains(t, l, "\033")
	}
}
