package deid

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCaptionView(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	covers := func(text string, fs []Finding, sub string) bool {
		at := strings.Index(text, sub)
		require.GreaterOrEqual(t, at, 0, sub)
		for k := at; k < at+len(sub); k++ {
			if sub[k-at] == ' ' {
				continue
			}
			in := false
			for _, f := range fs {
				in = in || f.Start <= k && k < f.End
			}
			if !in {
				return false
			}
		}
		return true
	}
	touches := func(text string, fs []Finding, sub string) bool {
		at := strings.Index(text, sub)
		require.GreaterOrEqual(t, at, 0, sub)
		for _, f := range fs {
			if f.Start < at+len(sub) && at < f.End {
				return true
			}
		}
		return false
	}

	t.Run("webvtt", func(t *testing.T) {
		text := "WEBVTT - Follow-up with Marisol Fuentes\n\n" +
			"NOTE reviewed by Ottoline Brandvik\n\n" +
			"6b1c0f2e-7d3a-4c4e-9d0e-0b4f7a3e9c21/17-0\n00:00:40.120 --> 00:00:44.220 align:start\n<v Dr. Alvarez>And the best number to reach you?</v>\n\n" +
			"6b1c0f2e-7d3a-4c4e-9d0e-0b4f7a3e9c21/18-0\n00:00:44.500 --> 00:00:46.080\n<v Marisol Fuentes>Um, hold on, it's 360 555</v>\n\n" +
			"6b1c0f2e-7d3a-4c4e-9d0e-0b4f7a3e9c21/19-0\n00:00:46.500 --> 00:00:48.080\n<v Marisol Fuentes>0147, that's my cell.</v>\n"
		fs := e.Scan(text)
		for _, want := range []string{"Marisol Fuentes", "Ottoline Brandvik", "Alvarez", "360 555", "0147"} {
			assert.True(t, covers(text, fs, want), "want %q found in %v", want, fs)
		}
		// the voice said again is read: its name is found at every cue
		assert.Equal(t, 3, countCovered(text, fs, "Marisol Fuentes"))
		// what holds no identifier stays: the timings, the cue identifiers
		for _, keep := range []string{"00:00:44.500 --> 00:00:46.080", "6b1c0f2e-7d3a-4c4e-9d0e-0b4f7a3e9c21/19-0", "00:00:40.120"} {
			assert.False(t, touches(text, fs, keep), "%q touched: %v", keep, fs)
		}
	})
	t.Run("subrip", func(t *testing.T) {
		text := "1\n00:01:06,200 --> 00:01:08,300\nLORETTA BANKS: Best is 541 555\n\n" +
			"2\n00:01:08,700 --> 00:01:11,900\nLORETTA BANKS: 0962, that's my daughter's cell.\n\n" +
			"3\n00:01:12,000 --> 00:01:14,100\nDR. HALVORSEN: And you're still in Ypsilanti?\n\n" +
			"4\n00:01:14,500 --> 00:01:16,100\nLORETTA BANKS: Yes. (laughs)\n"
		fs := e.Scan(text)
		for _, want := range []string{"541 555", "0962", "HALVORSEN", "Ypsilanti"} {
			assert.True(t, covers(text, fs, want), "want %q found in %v", want, fs)
		}
		assert.Equal(t, 3, countCovered(text, fs, "LORETTA BANKS"))
		for _, keep := range []string{"00:01:08,700 --> 00:01:11,900", "\n2\n", "\n4\n"} {
			assert.False(t, touches(text, fs, keep), "%q touched: %v", keep, fs)
		}
	})
	t.Run("no captions", func(t *testing.T) {
		_, ok := captionView("the arrow --> points at 00:01 and 2 --> 3")
		assert.False(t, ok)
	})
}

// countCovered counts the occurrences of sub in text that findings cover
// whole.
func countCovered(text string, fs []Finding, sub string) int {
	n := 0
	for off := 0; ; {
		k := strings.Index(text[off:], sub)
		if k < 0 {
			return n
		}
		a, z := off+k, off+k+len(sub)
		for _, f := range fs {
			if f.Start <= a && z <= f.End {
				n++
				break
			}
		}
		off = z
	}
}
