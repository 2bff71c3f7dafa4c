package policy

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"io"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/deid-project/deid/deid"
)

// Site dictionaries: the allow:, deny: and patterns: sections.
//
//	allow:                          # words and phrases that are never identifiers
//	  - Furosemide
//	  - file: formulary.txt         # one term a line (# comments), or .csv (first column)
//	deny:                           # terms that always are, with their type
//	  - {term: Riverton Clinic, type: FACILITY}
//	  - {file: staff.csv, type: NAME}   # .csv: a second column, if any, is the term's type
//	patterns:                       # local identifier formats
//	  - name: riverton-mrn
//	    type: MRN
//	    regex: '\bRV-?\d{7}\b'
//	    validator: luhn             # luhn | mod11, or a list that must all accept
//	    context: [mrn, chart]       # words within five before the match that raise its score
//	    score: 0.6                  # default 0.85, 0.5 with context; a context word gives 0.95
//
// Files are named relative to the policy file and may not leave its
// directory; their contents are hashed with the policy, so editing a list
// changes the hash.

// RawDict holds the three sections as written.
type RawDict struct {
	Allow    []RawTerm
	Deny     []RawTerm
	Patterns []RawPattern
}

// RawTerm is one entry of allow: or deny:, a term or a file of terms.
type RawTerm struct {
	Term string
	File string
	Type string
	key  string
}

// RawPattern is one entry of patterns:.
type RawPattern struct {
	Name       string
	Type       string
	Regex      string
	Validators []string
	Context    []string
	Score      *float64
	key        string
}

// Validators of patterns.
var validators = map[string]func(string) bool{
	"luhn":  luhnValid,
	"mod11": mod11Valid,
}

func validatorNames() string {
	n := make([]string, 0, len(validators))
	for k := range validators {
		n = append(n, k)
	}
	sort.Strings(n)
	return strings.Join(n, ", ")
}

// Dictionaries is the compiled form of the sections, for display and the
// engine (Custom).
type Dictionaries struct {
	Allow    []string    `json:"allow,omitempty"`
	Deny     []deid.Term `json:"deny,omitempty"`
	Patterns []PatternInfo
	// Files are the dictionary files read, by the name the policy gives
	// them, with their contents: a launcher ships them with the policy
	// (process.Settings) to workers that cannot read them.
	Files map[string]string `json:"-"`

	custom *deid.Custom
}

// PatternInfo is a compiled pattern as the policy states it.
type PatternInfo struct {
	Name       string    `json:"name"`
	Type       deid.Type `json:"type"`
	Regex      string    `json:"regex"`
	Validators []string  `json:"validators,omitempty"`
	Context    []string  `json:"context,omitempty"`
	Score      float64   `json:"score"`
}

// Empty reports whether there are no dictionaries.
func (d *Dictionaries) Empty() bool {
	return d == nil || len(d.Allow) == 0 && len(d.Deny) == 0 && len(d.Patterns) == 0
}

// Custom returns the dictionaries compiled for the engine (deid.Options),
// or nil when there are none.
func (p *Policy) Custom() *deid.Custom {
	if p == nil || p.Dict.Empty() {
		return nil
	}
	return p.Dict.custom
}

// EngineOptions returns the engine options the policy implies: its
// dictionaries, and the given minimum score.
func (p *Policy) EngineOptions(minScore float64) *deid.Options {
	return &deid.Options{MinScore: minScore, Custom: p.Custom()}
}

// digest is what the policy hash covers of the dictionaries: the sorted
// terms and the patterns, never the file names.
func (d *Dictionaries) digest() *canonicalDict {
	if d.Empty() {
		return nil
	}
	h := func(lines []string) string {
		s := slices.Clone(lines)
		slices.Sort(s)
		sum := sha256.Sum256([]byte(strings.Join(s, "\n")))
		return hex.EncodeToString(sum[:])
	}
	deny := make([]string, len(d.Deny))
	for i, t := range d.Deny {
		deny[i] = string(t.Type) + "\t" + t.Text
	}
	return &canonicalDict{Allow: h(d.Allow), AllowN: len(d.Allow), Deny: h(deny), DenyN: len(d.Deny), Patterns: d.Patterns}
}

type canonicalDict struct {
	Allow    string        `json:"allow_sha256"`
	AllowN   int           `json:"allow_terms"`
	Deny     string        `json:"deny_sha256"`
	DenyN    int           `json:"deny_terms"`
	Patterns []PatternInfo `json:"patterns"`
}

// parse side

func (p *parser) terms(n *yaml.Node, path string, deny bool) []RawTerm {
	if n.Kind != yaml.SequenceNode {
		p.errf(n, path, "must be a list of terms or {file: NAME} entries, not %s", kindName(n))
		return nil
	}
	var out []RawTerm
	for i, c := range n.Content {
		key := fmt.Sprintf("%s[%d]", path, i)
		p.raw.pos[key] = position{c.Line, c.Column}
		if c.Kind == yaml.ScalarNode {
			if deny {
				p.errf(c, key, "a denied term needs its type: {term: ..., type: NAME}")
				continue
			}
			out = append(out, RawTerm{Term: c.Value, key: key})
			continue
		}
		t := RawTerm{key: key}
		known := []string{"term", "file"}
		if deny {
			known = append(known, "type")
		}
		p.mapping(c, key, func(k string, kn, v *yaml.Node) {
			switch {
			case k == "term":
				t.Term, _ = p.str(v, join(key, k))
			case k == "file":
				t.File, _ = p.str(v, join(key, k))
			case k == "type" && deny:
				t.Type, _ = p.str(v, join(key, k))
			default:
				p.unknown(kn, join(key, k), known...)
			}
		})
		out = append(out, t)
	}
	return out
}

func (p *parser) patterns(n *yaml.Node, path string) []RawPattern {
	if n.Kind != yaml.SequenceNode {
		p.errf(n, path, "must be a list of patterns, not %s", kindName(n))
		return nil
	}
	var out []RawPattern
	for i, c := range n.Content {
		key := fmt.Sprintf("%s[%d]", path, i)
		p.raw.pos[key] = position{c.Line, c.Column}
		r := RawPattern{key: key}
		p.mapping(c, key, func(k string, kn, v *yaml.Node) {
			switch k {
			case "name":
				r.Name, _ = p.str(v, join(key, k))
			case "type":
				r.Type, _ = p.str(v, join(key, k))
			case "regex":
				r.Regex, _ = p.str(v, join(key, k))
			case "validator":
				r.Validators = p.strList(v, join(key, k))
			case "context":
				r.Context = p.strList(v, join(key, k))
			case "score":
				if s, ok := p.str(v, join(key, k)); ok {
					var f float64
					if _, err := fmt.Sscanf(s, "%g", &f); err != nil {
						p.errf(v, join(key, k), "must be a number between 0 and 1, not %q", s)
					} else {
						r.Score = &f
					}
				}
			default:
				p.unknown(kn, join(key, k), "name", "type", "regex", "validator", "context", "score")
			}
		})
		out = append(out, r)
	}
	return out
}

// compile side

// ReadFunc reads a dictionary file named (relative to the policy) in a
// policy.
type ReadFunc func(name string) ([]byte, error)

func (c *compiler) dict(p *Policy) {
	r := c.raw.Dict
	d := &p.Dict
	d.Files = map[string]string{}
	seenAllow := map[string]bool{}
	for _, t := range r.Allow {
		for _, term := range c.termList(t, d, false) {
			if !seenAllow[term.Text] {
				seenAllow[term.Text] = true
				d.Allow = append(d.Allow, term.Text)
			}
		}
	}
	seenDeny := map[string]bool{}
	for _, t := range r.Deny {
		for _, term := range c.termList(t, d, true) {
			if k := string(term.Type) + "\t" + term.Text; !seenDeny[k] {
				seenDeny[k] = true
				d.Deny = append(d.Deny, term)
			}
		}
	}
	names := map[string]bool{}
	var pats []deid.Pattern
	for _, rp := range r.Patterns {
		ok := true
		switch {
		case rp.Name == "":
			c.errf(rp.key+".name", "required: a name for the pattern (it labels its findings)")
			ok = false
		case !nameRE.MatchString(rp.Name):
			c.errf(rp.key+".name", "must be lower-case letters, digits, '.', '_' or '-', not %q", rp.Name)
			ok = false
		case names[rp.Name]:
			c.errf(rp.key+".name", "pattern %q is defined twice", rp.Name)
			ok = false
		}
		names[rp.Name] = true
		t := deid.Type(rp.Type)
		if !t.Valid() {
			c.errf(rp.key+".type", "unknown type %q (want one of %s)", rp.Type, typeNames())
			ok = false
		}
		var re *regexp.Regexp
		if rp.Regex == "" {
			c.errf(rp.key+".regex", "required: the regular expression (RE2 syntax) of the identifier")
			ok = false
		} else if x, err := regexp.Compile(rp.Regex); err != nil {
			c.errf(rp.key+".regex", "invalid regular expression: %s", strings.TrimPrefix(err.Error(), "error parsing regexp: "))
			ok = false
		} else if x.MatchString("") {
			c.errf(rp.key+".regex", "matches the empty string")
			ok = false
		} else {
			re = x
		}
		var vals []func(string) bool
		for i, v := range rp.Validators {
			f, found := validators[v]
			if !found {
				c.errf(fmt.Sprintf("%s.validator[%d]", rp.key, i), "unknown validator %q (want %s)", v, validatorNames())
				ok = false
				continue
			}
			vals = append(vals, f)
		}
		score := 0.85
		if len(rp.Context) > 0 {
			score = 0.5
		}
		if rp.Score != nil {
			score = *rp.Score
			if score <= 0 || score > 1 {
				c.errf(rp.key+".score", "must be above 0 and at most 1")
				ok = false
			}
		}
		var ctx []string
		for _, w := range rp.Context {
			if tw := strings.Fields(strings.ToLower(w)); len(tw) == 1 {
				ctx = append(ctx, tw[0])
			} else {
				c.errf(rp.key+".context", "context words are single words, not %q", w)
				ok = false
			}
		}
		if !ok {
			continue
		}
		d.Patterns = append(d.Patterns, PatternInfo{Name: rp.Name, Type: t, Regex: rp.Regex, Validators: rp.Validators, Context: ctx, Score: score})
		pat := deid.Pattern{Name: rp.Name, Type: t, Regexp: re, Score: score, Context: ctx, ContextScore: max(score, 0.95)}
		if len(vals) > 0 {
			pat.Validate = func(m string) bool {
				for _, f := range vals {
					if !f(m) {
						return false
					}
				}
				return true
			}
		}
		pats = append(pats, pat)
	}
	if !d.Empty() {
		d.custom = deid.NewCustom(d.Allow, d.Deny, pats)
	}
}

// termList returns the terms of one entry: the term itself or the lines of
// its file.
func (c *compiler) termList(t RawTerm, d *Dictionaries, deny bool) []deid.Term {
	typ := deid.Type(t.Type)
	if deny {
		if t.Type == "" {
			c.errf(t.key+".type", "required: the type of the denied terms (one of %s)", typeNames())
			return nil
		}
		if !typ.Valid() {
			c.errf(t.key+".type", "unknown type %q (want one of %s)", t.Type, typeNames())
			return nil
		}
	}
	switch {
	case t.Term != "" && t.File != "":
		c.errf(t.key, "give term or file, not both")
		return nil
	case t.Term != "":
		if len(termWordsOf(t.Term)) == 0 {
			c.errf(t.key+".term", "has no letters or digits")
			return nil
		}
		return []deid.Term{{Text: normTerm(t.Term), Type: typ}}
	case t.File == "":
		c.errf(t.key, "needs a term or a file")
		return nil
	}
	name := t.File
	if path.IsAbs(name) || strings.HasPrefix(name, "\\") || strings.Contains(name, ":") || slices.Contains(strings.Split(strings.ReplaceAll(name, "\\", "/"), "/"), "..") {
		c.errf(t.key+".file", "must name a file next to the policy (a relative path that stays in its directory), not %q", name)
		return nil
	}
	if c.raw.ReadFile == nil {
		c.errf(t.key+".file", "dictionary files are read next to a policy file; this policy has none")
		return nil
	}
	b, err := c.raw.ReadFile(name)
	if err != nil {
		c.errf(t.key+".file", "cannot read %q", name)
		return nil
	}
	d.Files[name] = string(b)
	var out []deid.Term
	add := func(line int, term, typName string) {
		term = normTerm(term)
		if term == "" || strings.HasPrefix(term, "#") {
			return
		}
		tt := typ
		if typName != "" && deny {
			tt = deid.Type(strings.ToUpper(strings.TrimSpace(typName)))
			if !tt.Valid() {
				c.errf(t.key+".file", "%s:%d: unknown type %q", name, line, typName)
				return
			}
		}
		out = append(out, deid.Term{Text: term, Type: tt})
	}
	if strings.HasSuffix(strings.ToLower(name), ".csv") {
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = -1
		r.Comment = '#'
		for line := 1; ; line++ {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				c.errf(t.key+".file", "%s: %s", name, err.Error())
				return nil
			}
			if line == 1 && len(rec) > 0 && strings.EqualFold(strings.TrimSpace(rec[0]), "term") {
				continue // a header
			}
			if len(rec) == 0 {
				continue
			}
			typName := ""
			if len(rec) > 1 {
				typName = rec[1]
			}
			ln, _ := r.FieldPos(0)
			add(ln, rec[0], typName)
		}
		return out
	}
	for i, l := range strings.Split(string(b), "\n") {
		add(i+1, l, "")
	}
	return out
}

// normTerm trims a term and joins its inner white space.
func normTerm(s string) string { return strings.Join(strings.Fields(s), " ") }

func termWordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127)
	})
}

// luhnValid: the digits of m pass the Luhn check (cards, many MRNs).
func luhnValid(m string) bool {
	sum, n, double := 0, 0, false
	for i := len(m) - 1; i >= 0; i-- {
		c := m[i]
		if c < '0' || c > '9' {
			continue
		}
		d := int(c - '0')
		if double {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
		n++
	}
	return n >= 2 && sum%10 == 0
}

// mod11Valid: the digits of m (the last may be X for 10) weighted n..1 from
// the left sum to a multiple of 11 (ISBN-10 style; many national ids).
func mod11Valid(m string) bool {
	var ds []int
	for i := 0; i < len(m); i++ {
		switch c := m[i]; {
		case c >= '0' && c <= '9':
			ds = append(ds, int(c-'0'))
		case (c == 'X' || c == 'x') && i == len(m)-1:
			ds = append(ds, 10)
		}
	}
	if len(ds) < 2 {
		return false
	}
	sum := 0
	for i, d := range ds {
		sum += d * (len(ds) - i)
	}
	return sum%11 == 0
}
