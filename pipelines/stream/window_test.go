package stream

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamwindow "github.com/apache/beam/sdks/v2/go/pkg/beam/core/graph/window"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/typex"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/teststream"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
)

func init() {
	register.Function3x1[typex.Window, beam.EventTime, Arrival, string](membership)
	register.Function2x1[typex.Window, Arrival, string](windowName)
	register.Function2x1[string, int, string](windowCount)
}

// membership names an arrival's Beam window, the record's place, whether
// its timestamp is its window's start (what the stream stamps) and whether
// the conversation record came through whole (never its content).
func membership(w typex.Window, ts beam.EventTime, a Arrival) string {
	iw := w.(beamwindow.IntervalWindow)
	c, err := deid.ParseConversation(a.Data)
	return fmt.Sprintf("%s-%s %s:%d stamped=%t record=%t", iw.Start.ToTime().UTC().Format("150405"), iw.End.ToTime().UTC().Format("150405"),
		a.Source, a.LineNo, ts == iw.Start, err == nil && c.ConversationID != "")
}

func windowName(w typex.Window, _ Arrival) string {
	return w.(beamwindow.IntervalWindow).Start.ToTime().UTC().Format("150405")
}

func windowCount(w string, n int) string { return fmt.Sprintf("%s=%d", w, n) }

// TestWindowingAndLatenessOnPrism: conversation records arrive (event
// time = their arrival) in a test stream on the Prism runner, polled every
// 10 s into 10 s windows, the watermark following the polls. On-time
// records land in their arrival window; late ones (a file renamed into
// place after its window closed: its timestamps are behind the
// watermark; a record found by a slow poll) land in the window open when
// the poll found them, a later one, and are not dropped; an arrival time
// ahead of the clock opens no future window. Every record is in exactly
// one window, the one the driver's window function (windowAt) gives, and
// the counts per window add up to the input.
func TestWindowingAndLatenessOnPrism(t *testing.T) {
	lines, _ := fixtures(t)
	require.GreaterOrEqual(t, len(lines), 12)
	const length = 10 * time.Second
	t0 := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	at := func(s float64) time.Time { return t0.Add(time.Duration(s * float64(time.Second))) }

	type arrival struct {
		file    string
		lines   int     // the file's records (lines of the fixture)
		arrived float64 // seconds after t0: the records' event time
		poll    float64 // the poll that discovers it
		window  string  // where the stream must put it
	}
	arrivals := []arrival{
		{"a.jsonl", 3, 1, 5, "120000-120010"},      // on time
		{"b.jsonl", 2, 4, 5, "120000-120010"},      // on time
		{"c.jsonl", 2, 8, 15, "120010-120020"},     // arrived in window 0, found by the next poll: window 1
		{"d.jsonl", 1, 12, 15, "120010-120020"},    // on time
		{"late.jsonl", 2, 3, 25, "120020-120030"},  // window 0 closed long ago (watermark 15 s): late, not lost
		{"e.jsonl", 1, 21, 25, "120020-120030"},    // on time
		{"skew.jsonl", 1, 41, 35, "120030-120040"}, // a writer's clock ahead: no future window
	}
	polls := []float64{5, 15, 25, 35}

	cfg := teststream.NewConfig()
	var want []string
	perWindow := map[string]int{}
	total, next := 0, 0
	for _, poll := range polls {
		for _, a := range arrivals {
			if a.poll != poll {
				continue
			}
			// the driver's window function puts the file where the stream must
			start, end := windowAt(at(poll), time.Time{}, length)
			require.Equal(t, a.window, start.Format("150405")+"-"+end.Format("150405"), a.file)
			var batch []any
			for i := range a.lines {
				require.Less(t, next, len(lines))
				batch = append(batch, Arrival{Source: a.file, LineNo: int64(i + 1), DiscoveredMS: at(poll).UnixMilli(), Data: lines[next]})
				next++
				want = append(want, fmt.Sprintf("%s %s:%d stamped=true record=true", a.window, a.file, i+1))
			}
			require.NoError(t, cfg.AddElements(at(a.arrived).UnixMilli(), batch...))
			perWindow[a.window[:6]] += a.lines
			total += a.lines
		}
		require.NoError(t, cfg.AdvanceWatermark(at(poll).UnixMilli()))
	}
	require.NoError(t, cfg.AdvanceWatermarkToInfinity())
	var counts []string
	for w, n := range perWindow {
		counts = append(counts, windowCount(w, n))
	}

	p, s := beam.NewPipelineWithRoot()
	windowed := WindowArrivals(s, length, teststream.Create(s, cfg))
	members := beam.ParDo(s.Scope("membership"), membership, windowed)
	passert.Equals(s.Scope("members"), beam.WindowInto(s, beamwindow.NewGlobalWindows(), members), toAny(want)...)
	// the counts of a per-window aggregation: every record once, none dropped
	perWin := stats.Count(s, beam.ParDo(s.Scope("windowName"), windowName, windowed))
	named := beam.ParDo(s.Scope("windowCount"), windowCount, perWin)
	passert.Equals(s.Scope("counts"), beam.WindowInto(s, beamwindow.NewGlobalWindows(), named), toAny(counts)...)
	passert.Count(s.Scope("total"), beam.WindowInto(s, beamwindow.NewGlobalWindows(), members), "records", total)

	_, err := prism.Execute(context.Background(), p)
	require.NoError(t, err)
	assert.Equal(t, 12, total)
	assert.Len(t, perWindow, 4, "a late record opens no window of its own")
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// TestWindowAt: the driver's windows are aligned, and a window after a
// restart within a window starts after the latest one.
func TestWindowAt(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	s, e := windowAt(t0.Add(61*time.Second), time.Time{}, time.Minute)
	assert.Equal(t, t0.Add(time.Minute), s)
	assert.Equal(t, t0.Add(2*time.Minute), e)
	s, e = windowAt(t0.Add(30*time.Second), t0, time.Minute)
	assert.Equal(t, t0.Add(time.Second), s, "the window name 120000 is taken")
	assert.Equal(t, t0.Add(time.Minute), e)
	assert.Equal(t, t0, WindowStart(t0.Add(-time.Hour), t0.Add(59*time.Second), time.Minute), "late: the window open at discovery")
	assert.Equal(t, t0, WindowStart(t0.Add(time.Hour), t0.Add(59*time.Second), time.Minute), "skew: no future window")
}
