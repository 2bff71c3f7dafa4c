package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRangesCoverEveryLineOnce: whatever the chunk size, reading all ranges
// yields every line once, in order, with its line number; blank lines come
// with their reason.
func TestRangesCoverEveryLineOnce(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	var want []string
	for i := 1; i <= 500; i++ {
		if i%7 == 0 {
			b.WriteString([]string{"\n", " \t\r\n"}[i%2]) // blank: rejected
			want = append(want, fmt.Sprintf("%d!empty_line", i))
			continue
		}
		l := fmt.Sprintf(`{"n":%d,"pad":"%s"}`, i, strings.Repeat("x", i%37))
		b.WriteString(l + "\n")
		want = append(want, fmt.Sprintf("%d:%s", i, l))
	}
	b.WriteString(`{"last":"no newline"}`)
	want = append(want, `501:{"last":"no newline"}`)
	plain := filepath.Join(dir, "a.jsonl")
	os.WriteFile(plain, []byte(b.String()), 0o600)
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte(b.String()))
	w.Close()
	os.WriteFile(filepath.Join(dir, "b.jsonl.gz"), gz.Bytes(), 0o600)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("ignored"), 0o600)

	ctx := context.Background()
	src := Source{URL: dir}
	files, err := List(ctx, src)
	if err != nil || len(files) != 2 {
		t.Fatalf("list: %v %v", files, err)
	}
	for _, chunk := range []int64{1, 100, 4096, 1 << 30} {
		rs, err := Ranges(ctx, src, files, chunk)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		for _, r := range rs {
			err := ReadRange(ctx, src, r, func(l Line) error {
				if l.Reason != "" {
					got[r.File] = append(got[r.File], fmt.Sprintf("%d!%s", l.No, l.Reason))
					return nil
				}
				got[r.File] = append(got[r.File], fmt.Sprintf("%d:%s", l.No, l.Data))
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		for _, f := range files {
			if strings.Join(got[f], "\n") != strings.Join(want, "\n") {
				t.Errorf("chunk %d, %s: lines differ (%d vs %d)", chunk, filepath.Base(f), len(got[f]), len(want))
			}
		}
		if chunk == 100 && len(rs) < 10 {
			t.Errorf("chunk 100: only %d ranges", len(rs))
		}
	}
}

func TestGlobAndErrors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "x1.jsonl"), []byte("{}\n"), 0o600)
	os.WriteFile(filepath.Join(dir, "x2.jsonl"), []byte("{}\n"), 0o600)
	files, err := List(context.Background(), Source{URL: filepath.Join(dir, "x*.jsonl")})
	if err != nil || len(files) != 2 {
		t.Errorf("glob: %v %v", files, err)
	}
	if _, err := List(context.Background(), Source{URL: filepath.Join(dir, "missing")}); err == nil {
		t.Error("missing input: no error")
	}
}
