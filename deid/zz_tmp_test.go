package deid

import (
	"fmt"
	"sort"
	"testing"
)

func TestZZPhraseStarts(t *testing.T) {
	e := testEngine(t)
	convs, _ := realDialogues(t)
	cnt := map[string]int{}
	total := 0
	for _, c := range convs {
		for _, tu := range c.Turns {
			s := &scanner{lex: e.lex, text: tu.Text}
			s.tokenize()
			for i := range s.toks {
				total++
				if s.toks[i].kind == tkWord && s.toks[i].is(fPhrase) {
					cnt[string(s.lowerTok(i))]++
				}
			}
		}
	}
	type kv struct {
		k string
		v int
	}
	var l []kv
	sum := 0
	for k, v := range cnt {
		l = append(l, kv{k, v})
		sum += v
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
	fmt.Println("tokens", total, "phrase starts", sum)
	for _, x := range l[:40] {
		fmt.Print(x.k, ":", x.v, " ")
	}
	fmt.Println()
}
