package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/eval"
)

func init() {
	register("eval", "score the engine on a gold file: precision, recall, F2 per type", runEval)
}

const evalUsage = `--gold FILE [--errors FILE] [--min-score X]

FILE has one {"id": str, "text": str, "spans": [{"start","end","type"}], "encounter": {...}?}
per line. The table goes to stdout. --errors writes the wrongly labelled tokens
as JSON lines ({"id","start","end","gold","found"}: offsets, never text).`

func runEval(e *env, args []string) int {
	fs := newFlags(e, "eval", evalUsage)
	gold := fs.String("gold", "", "gold file (JSON lines)")
	errPath := fs.String("errors", "", "write token errors here (offsets only)")
	minScore := fs.Float64("min-score", 0, "drop findings scored below this")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if *gold == "" {
		fmt.Fprintln(e.stderr, "deid eval: --gold is required")
		fs.Usage()
		return exitUsage
	}
	eng, err := deid.New(&deid.Options{MinScore: *minScore})
	if err != nil {
		return failf(e, err)
	}
	in, closeIn, err := openIn(e, *gold)
	if err != nil {
		fmt.Fprintf(e.stderr, "deid: cannot open gold file: %s\n", safeMessage(err))
		return exitFail
	}
	defer closeIn()
	var errW *bufio.Writer
	var errDone func(bool) error
	if *errPath != "" {
		out, done, err := openOut(e, *errPath)
		if err != nil {
			return failf(e, err)
		}
		errW, errDone = bufio.NewWriter(out), done
	}
	rep := eval.NewReport()
	lr := newLineReader(in)
	bad := 0
	for {
		line, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return failf(e, err)
		}
		if blank(line) {
			continue
		}
		var d deid.GoldDoc
		if err := json.Unmarshal(line, &d); err != nil {
			fmt.Fprintf(e.stderr, "deid: line %d: %s\n", lr.n, jsonReason(err))
			bad++
			continue
		}
		if reason := checkGold(&d); reason != "" {
			fmt.Fprintf(e.stderr, "deid: line %d: %s\n", lr.n, reason)
			bad++
			continue
		}
		var found []deid.Finding
		if d.Encounter != nil {
			found = eng.ScanKnown(d.Text, deid.NewKnown(d.Encounter))
		} else {
			found = eng.Scan(d.Text)
		}
		for _, te := range rep.Add(d.Text, d.Spans, found) {
			if errW != nil {
				writeJSONLine(errW, struct {
					ID    string    `json:"id"`
					Start int       `json:"start"`
					End   int       `json:"end"`
					Gold  deid.Type `json:"gold,omitempty"`
					Found deid.Type `json:"found,omitempty"`
				}{d.ID, te.Start, te.End, te.Gold, te.Found})
			}
		}
	}
	if errW != nil {
		errW.Flush()
		if err := errDone(true); err != nil {
			return failf(e, err)
		}
	}
	if err := rep.WriteTable(e.stdout); err != nil {
		return failf(e, err)
	}
	if bad > 0 {
		fmt.Fprintf(e.stderr, "deid: %d malformed line(s) skipped\n", bad)
		return exitFail
	}
	return exitOK
}

func checkGold(d *deid.GoldDoc) string {
	for i, s := range d.Spans {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			return fmt.Sprintf("spans[%d] out of range", i)
		}
		if !s.Type.Valid() {
			return fmt.Sprintf("spans[%d].type is not a known type", i)
		}
	}
	return ""
}
