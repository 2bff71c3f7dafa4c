package deid

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Custom holds a site's corrections to the engine, from the dictionaries of
// its policy (deid/policy): words and phrases that are never identifiers
// (a drug formulary, device names), terms that always are (clinic names,
// staff lists), and patterns of local identifier formats. The engine applies
// them after its detectors: allowed terms drop the findings they hold
// (never a known identifier of the encounter), denied terms and patterns
// add findings. A Custom is read-only once built (NewCustom) and safe for
// concurrent use.
type Custom struct {
	allow    map[string]bool // normalised terms
	allowMax int             // words in the longest allowed term
	deny     map[string]Type
	denyMax  int
	denyHead map[string]bool // first words of denied terms
	patterns []Pattern
}

// Term is a denied term and the type its occurrences get.
type Term struct {
	Text string
	Type Type
}

// Pattern is a site's identifier format: a regular expression whose matches
// are identifiers of Type. Validate, when set, must accept the match (a
// check digit); Context words within a few words before the match raise
// the score from Score to ContextScore.
type Pattern struct {
	Name         string
	Type         Type
	Regexp       *regexp.Regexp
	Validate     func(match string) bool
	Score        float64
	Context      []string // lower-case words
	ContextScore float64
}

// Sources of the site's dictionaries.
const (
	SourceDeny    = "policy/deny"
	SourcePattern = "policy/pattern" // + "/" + the pattern's name
)

// NewCustom compiles a site's dictionaries. Terms are matched by their
// words, case and punctuation aside ("Charcot-Marie-Tooth" matches
// "charcot marie tooth").
func NewCustom(allow []string, deny []Term, patterns []Pattern) *Custom {
	c := &Custom{allow: map[string]bool{}, deny: map[string]Type{}, denyHead: map[string]bool{}}
	for _, a := range allow {
		w := termWords(a)
		if len(w) == 0 {
			continue
		}
		c.allow[strings.Join(w, " ")] = true
		c.allowMax = max(c.allowMax, len(w))
	}
	for _, d := range deny {
		w := termWords(d.Text)
		if len(w) == 0 || !d.Type.Valid() {
			continue
		}
		c.deny[strings.Join(w, " ")] = d.Type
		c.denyHead[w[0]] = true
		c.denyMax = max(c.denyMax, len(w))
	}
	c.patterns = append(c.patterns, patterns...)
	return c
}

// Empty reports whether c changes nothing.
func (c *Custom) Empty() bool {
	return c == nil || len(c.allow) == 0 && len(c.deny) == 0 && len(c.patterns) == 0
}

// termWords is the normalised form of a term: its lower-cased words.
func termWords(s string) []string {
	var out []string
	for _, w := range textWords(s) {
		out = append(out, s[w[0]:w[1]])
	}
	for i := range out {
		out[i] = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(out[i], "'", ""), "\u2019", ""))
	}
	return out
}

// textWords returns the byte spans of the words of s: runs of letters and
// digits, with apostrophes inside them.
func textWords(s string) [][2]int {
	var out [][2]int
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if (r == '\'' || r == '\u2019') && start >= 0 && i+size < len(s) {
			n, _ := utf8.DecodeRuneInString(s[i+size:])
			word = unicode.IsLetter(n)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// apply adds the site's denied terms and patterns to found and drops the
// findings that lie wholly inside an allowed term, unless they hold a known
// identifier of the encounter. found is sorted and merged; so is the result.
func (c *Custom) apply(text string, found []Finding, k *Known, minScore float64) (out []Finding) {
	if c.Empty() || text == "" {
		return found
	}
	defer func() {
		if r := recover(); r != nil {
			// fail closed, as the scan does
			out = []Finding{{Start: 0, End: len(text), Type: ID, Score: 1, Source: "engine/failed"}}
		}
	}()
	words := textWords(text)
	low := make([]string, len(words))
	for i, w := range words {
		// a possessive is its stem: "Oakridge's" is "oakridge"
		if e := possStem(text, w[0], w[1]); e < w[1] {
			words[i][1] = e
		}
		low[i] = strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(text[words[i][0]:words[i][1]], "'", ""), "\u2019", ""))
	}
	var added []Finding
	// Denied terms.
	if len(c.deny) > 0 {
		for i := range words {
			if !c.denyHead[low[i]] {
				continue
			}
			for n := min(c.denyMax, len(words)-i); n >= 1; n-- {
				if t, ok := c.deny[strings.Join(low[i:i+n], " ")]; ok {
					added = append(added, Finding{Start: words[i][0], End: words[i+n-1][1], Type: t, Score: 1, Source: SourceDeny})
					break
				}
			}
		}
	}
	// Patterns.
	for pi := range c.patterns {
		p := &c.patterns[pi]
		for _, m := range p.Regexp.FindAllStringIndex(text, -1) {
			if m[1] <= m[0] || p.Validate != nil && !p.Validate(text[m[0]:m[1]]) {
				continue
			}
			score := p.Score
			if len(p.Context) > 0 && contextBefore(text, words, low, m[0], p.Context) {
				score = max(score, p.ContextScore)
			}
			if score < minScore {
				continue
			}
			added = append(added, Finding{Start: m[0], End: m[1], Type: p.Type, Score: score, Source: SourcePattern + "/" + p.Name})
		}
	}
	// Allowed terms.
	out = found
	if len(c.allow) > 0 && len(found) > 0 {
		out = make([]Finding, 0, len(found))
		for _, f := range found {
			if c.allowed(text, words, low, f) && !knownIn(text[f.Start:f.End], f, k) {
				continue
			}
			out = append(out, f)
		}
	}
	if len(added) == 0 {
		return out
	}
	return mergeSorted(append(out, added...))
}

// allowed reports whether f lies wholly inside an occurrence of an allowed
// term.
func (c *Custom) allowed(text string, words [][2]int, low []string, f Finding) bool {
	first, last := -1, -1
	for i, w := range words {
		if w[1] > f.Start && w[0] < f.End {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return false // punctuation only: left as it is
	}
	for s := max(0, last-c.allowMax+1); s <= first; s++ {
		for e := last; e < len(words) && e-s < c.allowMax; e++ {
			if c.allow[strings.Join(low[s:e+1], " ")] && words[s][0] <= f.Start && words[e][1] >= f.End {
				return true
			}
		}
	}
	return false
}

// knownIn reports whether a finding holds a known identifier of the
// encounter: an allowed term never hides one.
func knownIn(span string, f Finding, k *Known) bool {
	if strings.HasPrefix(f.Source, "known/") {
		return true
	}
	if k == nil {
		return false
	}
	for _, w := range splitWords(span) {
		if _, ok := k.words.get([]byte(w)); ok {
			return true
		}
		if _, ok := k.numbers.get([]byte(w)); ok {
			return true
		}
	}
	if d := digitsOf(span); d != "" {
		if _, ok := k.numbers.get([]byte(d)); ok {
			return true
		}
	}
	low := strings.ToLower(span)
	for _, e := range k.emails {
		if strings.Contains(low, e) {
			return true
		}
	}
	for _, q := range k.seqs {
		if strings.Contains(" "+strings.Join(splitWords(span), " ")+" ", " "+strings.Join(q.words, " ")+" ") {
			return true
		}
	}
	return false
}

// contextBefore: one of the context words among the five words before
// offset at.
func contextBefore(text string, words [][2]int, low []string, at int, ctx []string) bool {
	i := 0
	for i < len(words) && words[i][1] <= at {
		i++
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		for _, c := range ctx {
			if low[k] == c {
				return true
			}
		}
	}
	return false
}

// afterScan applies the options that act on the findings of a whole text:
// the site's dictionaries, then the selection of types.
func (e *Engine) afterScan(text string, found []Finding, k *Known) []Finding {
	if e.opts.Custom != nil {
		found = e.opts.Custom.apply(text, found, k, e.opts.MinScore)
	}
	if e.opts.Types != nil {
		out := found[:0:0]
		for _, f := range found {
			if f.Source == "engine/failed" {
				out = append(out, f) // fail closed whatever the selection
				continue
			}
			for _, t := range e.opts.Types {
				if f.Type == t {
					out = append(out, f)
					break
				}
			}
		}
		found = out
	}
	return found
}
