package extsort

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

type item struct {
	K string
	N int
}

func byK(a, b item) int { return cmp.Compare(a.K, b.K) }

// TestMergeRuns: values spread over more runs than FanIn (merged in
// rounds), some runs empty, come out once each and in order, ties in the
// order of the runs; no temporary run is left.
func TestMergeRuns(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewPCG(1, 2))
	var want []item
	var paths []string
	for run := 0; run < 2*FanIn+5; run++ {
		var items []item
		for i := 0; i < r.IntN(40); i++ {
			it := item{K: fmt.Sprintf("k%04d", r.IntN(3000)), N: run}
			items = append(items, it)
		}
		want = append(want, items...)
		p := filepath.Join(dir, fmt.Sprintf("run-%03d.jsonl", run))
		require.NoError(t, WriteRun(p, items, byK))
		paths = append(paths, p)
	}
	slices.SortStableFunc(want, func(a, b item) int { return cmp.Or(byK(a, b), cmp.Compare(a.N, b.N)) })
	var got []item
	require.NoError(t, Merge(paths, byK, func(v item) error { got = append(got, v); return nil }))
	require.Equal(t, want, got)
	left, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, left, len(paths), "temporary runs left")
}

func TestMergeBadRun(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(p, []byte("{\"K\":\"a\"}\nnot json secret-name\n"), 0o600))
	err := Merge([]string{p}, byK, func(item) error { return nil })
	require.Error(t, err)
	require.NotContains(t, err.Error(), "secret-name")
	require.Contains(t, err.Error(), "line 2")
}
