package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAll reads every range of the files under dir and describes each line
// as "file:no:data" or "file:no!reason(size)".
func readAll(t *testing.T, src Source, chunk int64) []string {
	t.Helper()
	ctx := context.Background()
	files, err := List(ctx, src)
	require.NoError(t, err)
	rs, err := Ranges(ctx, src, files, chunk)
	require.NoError(t, err)
	var got []string
	for _, r := range rs {
		require.NoError(t, ReadRange(ctx, src, r, func(l Line) error {
			if l.Reason != "" {
				assert.Nil(t, l.Data)
				got = append(got, fmt.Sprintf("%s:%d!%s(%d)", filepath.Base(r.File), l.No, l.Reason, l.Size))
			} else {
				got = append(got, fmt.Sprintf("%s:%d:%s", filepath.Base(r.File), l.No, l.Data))
			}
			return nil
		}))
	}
	return got
}

// TestLineTooLongIsReportedAndSkipped: a line over the limit is handed over
// as its number, size and reason, never its content, and the lines around
// it are read, in plain and gzip files, whatever the range cuts.
func TestLineTooLongIsReportedAndSkipped(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", 5000)
	body := "a\n" + long + "\nb\n" + long + "\r\n" + strings.Repeat("y", 100) + "\n" + long
	require.NoError(t, os.WriteFile(filepath.Join(dir, "p.jsonl"), []byte(body), 0o600))
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(body))
	w.Close()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "q.jsonl.gz"), gz.Bytes(), 0o600))
	want := func(f string) []string {
		return []string{f + ":1:a", f + ":2!line_too_long(5000)", f + ":3:b", f + ":4!line_too_long(5000)",
			f + ":5:" + strings.Repeat("y", 100), f + ":6!line_too_long(5000)"}
	}
	for _, chunk := range []int64{1, 3000, 1 << 20} {
		got := readAll(t, Source{URL: dir, MaxLine: 4096}, chunk)
		assert.Equal(t, append(want("p.jsonl"), want("q.jsonl.gz")...), got, "chunk %d", chunk)
	}
	// at the limit exactly, the line is read
	got := readAll(t, Source{URL: filepath.Join(dir, "p.jsonl"), MaxLine: 5000}, 1<<20)
	assert.Equal(t, "p.jsonl:2:"+long, got[1])
}

// endless is a reader of n bytes of 'x' then "\n{}\n", made on the fly.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	if e.n <= 0 {
		return 0, io.EOF
	}
	if e.n <= 4 {
		k := copy(p, []byte("\n{}\n")[4-e.n:])
		e.n -= int64(k)
		return k, nil
	}
	k := int64(len(p))
	if k > e.n-4 {
		k = e.n - 4
	}
	for i := range p[:k] {
		p[i] = 'x'
	}
	e.n -= k
	return int(k), nil
}

// TestLineTooLongCostsNoMemory: a 256 MiB line over a 1 MiB limit is
// skipped without being held: the reader allocates a few MiB, not the line.
func TestLineTooLongCostsNoMemory(t *testing.T) {
	const size = 256 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var got []string
	err := readLines(context.Background(), "big", &endless{n: size + 4}, 0, 1<<20, func(l Line) error {
		got = append(got, fmt.Sprintf("%d:%s:%d:%s", l.No, l.Reason, l.Size, l.Data))
		return nil
	})
	runtime.ReadMemStats(&after)
	require.NoError(t, err)
	assert.Equal(t, []string{fmt.Sprintf("1:line_too_long:%d:", size), "2::2:{}"}, got)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("allocated %.1f MiB to skip a %d MiB line", float64(alloc)/(1<<20), size>>20)
	assert.Less(t, alloc, uint64(16<<20), "the reader held the long line")
}

// TestBrokenGzipIsReported: a file that starts like gzip but does not
// decompress ends in one invalid_gzip line after whatever was read; a .gz
// file that is plain text is read as text; an empty file, plain or gzip,
// is one empty_file.
func TestBrokenGzipIsReported(t *testing.T) {
	dir := t.TempDir()
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	for i := range 2000 {
		fmt.Fprintf(w, `{"n":%d,"pad":"%s"}`+"\n", i, strings.Repeat("z", i%50))
	}
	w.Close()
	full := gz.Bytes()
	write := func(name string, b []byte) { require.NoError(t, os.WriteFile(filepath.Join(dir, name), b, 0o600)) }
	write("a-truncated.jsonl.gz", full[:len(full)/2])
	corrupt := bytes.Clone(full)
	for i := len(corrupt) / 3; i < len(corrupt)/3+64; i++ {
		corrupt[i] ^= 0x5a
	}
	write("b-corrupt.jsonl.gz", corrupt)
	write("c-magic-only.jsonl", []byte{0x1f, 0x8b})
	write("d-magic-then-text.jsonl", []byte{0x1f, 0x8b, '{', '}', '\n'})
	write("e-plain.jsonl.gz", []byte("{\"plain\":1}\n"))
	write("f-empty.jsonl", nil)
	write("g-empty.jsonl.gz", nil)
	var empty bytes.Buffer
	gzip.NewWriter(&empty).Close()
	write("h-empty-gzip.jsonl.gz", empty.Bytes())

	got := readAll(t, Source{URL: dir}, 1<<20)
	var bad []string
	lines := map[string]int{}
	for _, g := range got {
		if i := strings.Index(g, "!"); i >= 0 {
			bad = append(bad, g[:strings.Index(g, ":")]+g[i:])
		} else {
			lines[g[:strings.Index(g, ":")]]++
		}
	}
	assert.Equal(t, []string{"a-truncated.jsonl.gz!invalid_gzip(0)", "b-corrupt.jsonl.gz!invalid_gzip(0)",
		"c-magic-only.jsonl!invalid_gzip(0)", "d-magic-then-text.jsonl!invalid_gzip(0)",
		"f-empty.jsonl!empty_file(0)", "g-empty.jsonl.gz!empty_file(0)", "h-empty-gzip.jsonl.gz!empty_file(0)"}, bad)
	assert.Greater(t, lines["a-truncated.jsonl.gz"], 100, "lines before the break are read")
	assert.Less(t, lines["a-truncated.jsonl.gz"], 2000)
	assert.Equal(t, 1, lines["e-plain.jsonl.gz"])
	assert.Zero(t, lines["f-empty.jsonl"]+lines["g-empty.jsonl.gz"]+lines["h-empty-gzip.jsonl.gz"])
}

// TestBlankLinesAndEmptyFiles: a blank line (empty, or spaces, tabs and a
// carriage return) is handed over as empty_line with its number and size,
// in plain and gzip files and whatever the range cuts; the end of line of
// the last line is no line of its own; a file of no byte is one
// empty_file, a file of one end of line one empty_line.
func TestBlankLinesAndEmptyFiles(t *testing.T) {
	for _, c := range []struct {
		body string
		want []string
	}{
		{"{}\n", []string{"1:{}"}},
		{"{}\r\n", []string{"1:{}"}},
		{"{}", []string{"1:{}"}},
		{"{}\n\n", []string{"1:{}", "2!empty_line(0)"}},
		{"\n{}\n \t\r\n{}", []string{"1!empty_line(0)", "2:{}", "3!empty_line(2)", "4:{}"}},
		{"\n", []string{"1!empty_line(0)"}},
		{"  ", []string{"1!empty_line(2)"}},
		{"", []string{"1!empty_file(0)"}},
	} {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(c.body), 0o600))
		var gz bytes.Buffer
		w := gzip.NewWriter(&gz)
		w.Write([]byte(c.body))
		w.Close()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "b.jsonl.gz"), gz.Bytes(), 0o600))
		var want []string
		for _, f := range []string{"a.jsonl", "b.jsonl.gz"} {
			for _, w := range c.want {
				want = append(want, f+":"+w)
			}
		}
		for _, chunk := range []int64{1, 1 << 20} {
			got := readAll(t, Source{URL: dir}, chunk)
			assert.Equal(t, want, got, "%q chunk %d", c.body, chunk)
		}
	}
}
