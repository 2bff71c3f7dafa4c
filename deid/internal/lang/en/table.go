package en

import (
	"iter"
	"strconv"
	"strings"
)

// Words yields every word of a table, in order, without allocating.
func Words(table string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; ; {
			w, next := nextWord(table, i)
			if w == "" || !yield(w) {
				return
			}
			i = next
		}
	}
}

// nextWord returns the first word of table[i:] and the offset after it, or
// "" at the end of the table.
func nextWord(table string, i int) (string, int) {
	for i < len(table) {
		switch c := table[i]; {
		case c == '#':
			for i < len(table) && table[i] != '\n' {
				i++
			}
		case isSpace(c):
			i++
		default:
			j := i
			for j < len(table) && !isSpace(table[j]) && table[j] != '#' {
				j++
			}
			return table[i:j], j
		}
	}
	return "", i
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// Lines yields the entries of a table that has one a line: each line
// without its comment and surrounding space; empty lines are skipped.
func Lines(table string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.SplitSeq(table, "\n") {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			if line = strings.TrimSpace(line); line != "" && !yield(line) {
				return
			}
		}
	}
}

// Pairs yields the entries of a table of "word value" lines: the first
// word of each line and the rest of it.
func Pairs(table string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for line := range Lines(table) {
			w, v := line, ""
			if i := strings.IndexAny(line, " \t"); i >= 0 {
				w, v = line[:i], strings.TrimSpace(line[i:])
			}
			if !yield(w, v) {
				return
			}
		}
	}
}

// Values yields the entries of a table of "word number" lines (Months,
// Numbers, Ordinals). A value that is no number panics: the tables are
// embedded, and a test reads every one.
func Values(table string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for w, v := range Pairs(table) {
			n, err := strconv.Atoi(v)
			if err != nil {
				panic("en: " + w + ": value " + strconv.Quote(v) + " is no number")
			}
			if !yield(w, n) {
				return
			}
		}
	}
}

// Spellings returns the first word of each value of a table of "word
// number" lines: the form it is written out in ("forty", not "fourty";
// "january", not "jan").
func Spellings(table string) map[int]string {
	m := map[int]string{}
	for w, v := range Values(table) {
		if _, ok := m[v]; !ok {
			m[v] = w
		}
	}
	return m
}
