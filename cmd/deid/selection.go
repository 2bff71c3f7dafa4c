package main

import (
	"flag"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/deid-project/deid/deid"
)

// selection is what --min-score and --types choose of the findings (scan
// and redact), as Presidio's score_threshold and entities.
type selection struct {
	minScore float64
	types    string
}

func (s *selection) bind(fs *flag.FlagSet) {
	fs.Float64Var(&s.minScore, "min-score", 0, "report (or redact) only findings scored at least this (0..1)")
	fs.StringVar(&s.types, "types", "", "report (or redact) only these types, comma-separated (NAME,DATE,...; default all)")
}

// options checks the flags and returns the engine options; the error names
// the flag (flag values are no record content).
func (s *selection) options(custom *deid.Custom) (*deid.Options, error) {
	if s.minScore < 0 || s.minScore > 1 {
		return nil, fmt.Errorf("--min-score must be between 0 and 1")
	}
	o := &deid.Options{MinScore: s.minScore, Custom: custom}
	if strings.TrimSpace(s.types) == "" {
		return o, nil
	}
	o.Types = []deid.Type{}
	for _, t := range strings.Split(s.types, ",") {
		t = strings.ToUpper(strings.TrimSpace(t))
		if t == "" {
			continue
		}
		if !deid.Type(t).Valid() {
			names := make([]string, len(deid.AllTypes))
			for i, x := range deid.AllTypes {
				names[i] = string(x)
			}
			return nil, fmt.Errorf("--types: unknown type %q (want some of %s)", t, strings.Join(names, ","))
		}
		o.Types = append(o.Types, deid.Type(t))
	}
	return o, nil
}

// charOffsets converts the byte offsets of findings in text to offsets in
// Unicode code points (what Python's str indexes; JavaScript's UTF-16
// indexes agree outside the astral planes).
func charOffsets(text string, fs []scanFinding) {
	if len(fs) == 0 {
		return
	}
	// findings are sorted by start: one pass over the text
	pos := make(map[int]int, 2*len(fs))
	for _, f := range fs {
		pos[f.Start], pos[f.End] = 0, 0
	}
	n := 0
	for i := range text {
		if _, ok := pos[i]; ok {
			pos[i] = n
		}
		n++
	}
	pos[len(text)] = utf8.RuneCountInString(text)
	for i := range fs {
		fs[i].Start, fs[i].End = pos[fs[i].Start], pos[fs[i].End]
	}
}
