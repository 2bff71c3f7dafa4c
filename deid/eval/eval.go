// Package eval measures a scan against gold annotations, token by token:
// precision, recall and F2 per identifier type and overall.
//
// A token is a maximal run of letters and digits, the unit the held-out
// corpora are scored in. A token is gold-positive when any gold span covers
// any of its bytes, and found when any finding does. The overall row is
// type-agnostic (did the identifier go, whatever it was called); the rows
// per type count a token for type T when gold and finding both say T, and
// add "recall any": the share of gold T tokens that some finding covers,
// which is what matters for de-identification.
//
// F2 weighs recall four times as much as precision: a missed name is a
// breach, a lost clinical word a cost.
package eval

import (
	"fmt"
	"io"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/deid-project/deid/deid"
)

// Counts are token counts for one row of the report.
type Counts struct {
	TP, FP, FN int
	// CaughtAny counts gold tokens of the row's type covered by a finding of
	// any type; with Gold it gives RecallAny.
	CaughtAny, Gold int
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Precision is TP / (TP + FP), 1 when nothing was found.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN), 1 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// RecallAny is the share of gold tokens covered by a finding of any type.
func (c Counts) RecallAny() float64 { return ratio(c.CaughtAny, c.Gold) }

// F2 is the F-beta score with beta 2.
func (c Counts) F2() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 5 * p * r / (4*p + r)
}

// Report accumulates counts over documents.
type Report struct {
	Docs    int
	Overall Counts
	ByType  map[deid.Type]*Counts
}

// NewReport returns an empty report.
func NewReport() *Report { return &Report{ByType: map[deid.Type]*Counts{}} }

func (r *Report) row(t deid.Type) *Counts {
	c := r.ByType[t]
	if c == nil {
		c = &Counts{}
		r.ByType[t] = c
	}
	return c
}

// TokenError is one wrongly labelled token: offsets only, never text.
type TokenError struct {
	Start, End int
	Gold       deid.Type // "" for a false positive
	Found      deid.Type // "" for a miss
}

// Add scores one document and returns its token errors.
func (r *Report) Add(text string, gold []deid.Span, found []deid.Finding) []TokenError {
	r.Docs++
	gold = append([]deid.Span(nil), gold...)
	sort.Slice(gold, func(i, j int) bool { return gold[i].Start < gold[j].Start })
	var errs []TokenError
	gi, fi := 0, 0
	for _, tok := range Tokens(text) {
		var g, f deid.Type
		for gi < len(gold) && gold[gi].End <= tok[0] {
			gi++
		}
		for k := gi; k < len(gold) && gold[k].Start < tok[1]; k++ {
			if gold[k].End > tok[0] {
				g = gold[k].Type
				break
			}
		}
		for fi < len(found) && found[fi].End <= tok[0] {
			fi++
		}
		for k := fi; k < len(found) && found[k].Start < tok[1]; k++ {
			if found[k].End > tok[0] {
				f = found[k].Type
				break
			}
		}
		switch {
		case g != "" && f != "":
			r.Overall.TP++
			r.Overall.CaughtAny++
		case g != "":
			r.Overall.FN++
		case f != "":
			r.Overall.FP++
		}
		if g != "" {
			r.Overall.Gold++
			gr := r.row(g)
			gr.Gold++
			if f != "" {
				gr.CaughtAny++
			}
			if f == g {
				gr.TP++
			} else {
				gr.FN++
			}
		}
		if f != "" && f != g {
			r.row(f).FP++
		}
		if (g == "") != (f == "") {
			errs = append(errs, TokenError{Start: tok[0], End: tok[1], Gold: g, Found: f})
		}
	}
	return errs
}

// Tokens returns the [start, end) byte ranges of the letter-and-digit runs
// of text.
func Tokens(text string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			out = append(out, [2]int{start, i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// WriteTable prints the report as an aligned table.
func (r *Report) WriteTable(w io.Writer) error {
	types := make([]string, 0, len(r.ByType))
	for t := range r.ByType {
		types = append(types, string(t))
	}
	sort.Strings(types)
	_, err := fmt.Fprintf(w, "%-12s %8s %8s %8s %9s %7s %7s %7s\n", "type", "gold", "tp", "fp", "precision", "recall", "f2", "rec_any")
	if err != nil {
		return err
	}
	for _, t := range types {
		c := r.ByType[deid.Type(t)]
		fmt.Fprintf(w, "%-12s %8d %8d %8d %9.3f %7.3f %7.3f %7.3f\n", t, c.Gold, c.TP, c.FP, c.Precision(), c.Recall(), c.F2(), c.RecallAny())
	}
	c := r.Overall
	_, err = fmt.Fprintf(w, "%-12s %8d %8d %8d %9.3f %7.3f %7.3f %7.3f\n", "ALL (any)", c.Gold, c.TP, c.FP, c.Precision(), c.Recall(), c.F2(), c.RecallAny())
	if err == nil {
		_, err = fmt.Fprintf(w, "%d documents, token level\n", r.Docs)
	}
	return err
}
