// Command devshow prints texts with the engine's findings marked inline. It
// is a developer tool for SYNTHETIC and public data only (fixtures, the
// public dialogues): it prints the matched text, which deid itself never
// does. Input: jsonl {"id","text"} or gold lines on stdin.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/deid-project/deid/deid"
)

func main() {
	onlyErr := flag.Bool("errors", false, "with gold input: print only docs with token errors")
	flag.Parse()
	eng, err := deid.New(nil)
	if err != nil {
		panic(err)
	}
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var d deid.GoldDoc
		if json.Unmarshal(sc.Bytes(), &d) != nil {
			continue
		}
		var fs []deid.Finding
		if d.Encounter != nil {
			fs = eng.ScanKnown(d.Text, deid.NewKnown(d.Encounter))
		} else {
			fs = eng.Scan(d.Text)
		}
		marked := mark(d.Text, fs)
		if d.Spans != nil {
			gold := make([]deid.Finding, len(d.Spans))
			for i, s := range d.Spans {
				gold[i] = deid.Finding{Start: s.Start, End: s.End, Type: s.Type}
			}
			gm := mark(d.Text, gold)
			if *onlyErr && cover(d.Text, fs) == cover(d.Text, gold) {
				continue
			}
			fmt.Printf("== %s\n GOLD %s\n FOUND %s\n", d.ID, gm, marked)
			continue
		}
		fmt.Printf("== %s\n%s\n", d.ID, marked)
	}
}

func cover(text string, fs []deid.Finding) string {
	b := []byte(strings.Repeat(".", len(text)))
	for _, f := range fs {
		for i := f.Start; i < f.End; i++ {
			if text[i] != ' ' && text[i] != ',' && text[i] != '.' {
				b[i] = 'x'
			}
		}
	}
	return string(b)
}

func mark(text string, fs []deid.Finding) string {
	var sb strings.Builder
	last := 0
	for _, f := range fs {
		if f.Start < last {
			continue
		}
		sb.WriteString(text[last:f.Start])
		src := f.Source
		if src == "" {
			src = "gold"
		}
		sb.WriteString("[" + text[f.Start:f.End] + "|" + string(f.Type) + "|" + src + "]")
		last = f.End
	}
	sb.WriteString(text[last:])
	return sb.String()
}
