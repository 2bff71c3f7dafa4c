package policy

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/deid-project/deid/deid"
)

var nameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,63}$`)

// Defaults of the optional sections.
const (
	DefaultShiftMinDays = 1
	DefaultShiftMaxDays = 365
	DefaultCapAt        = 90
	DefaultZipList      = "census-2020"
	maxShiftDays        = 3650
)

// Compile validates r and returns the runtime policy. The error, if any, is
// an Errors naming the line and key of every problem.
func (r *Raw) Compile() (*Policy, error) {
	c := compiler{raw: r}
	p := &Policy{Name: r.Name, Version: r.Version, Description: r.Description, Method: Method(r.Method),
		rules: map[deid.Type]Rule{}}

	if r.Name == "" {
		c.errf("name", "required")
	} else if !nameRE.MatchString(r.Name) {
		c.errf("name", "must be lower-case letters, digits, '.', '_' or '-' (at most 64), not %q", r.Name)
	}
	if r.Version < 1 {
		c.errf("version", "required, an integer >= 1")
	}
	switch p.Method {
	case SafeHarbor, Expert:
	case "":
		c.errf("method", "required: %s or %s", SafeHarbor, Expert)
	default:
		c.errf("method", "unknown method %q (want %s or %s)", r.Method, SafeHarbor, Expert)
	}
	switch p.ResearchIDs = ResearchIDs(r.ResearchIDs); p.ResearchIDs {
	case "":
		p.ResearchIDs = RandomIDs
	case RandomIDs:
	case KeyedIDs:
		if p.Method == SafeHarbor {
			c.errf("research_ids", "keyed research ids are derived from the MRN (45 CFR 164.514(c)): only under method expert; safe-harbor uses %s", RandomIDs)
		}
	default:
		c.errf("research_ids", "unknown value %q (want %s or %s)", r.ResearchIDs, RandomIDs, KeyedIDs)
	}

	// Rules: the default first, then each listed type.
	var def *Rule
	if r.Default == nil {
		c.errf("default", "required: the operator for every type without a rule, e.g. `default: {operator: tag}`")
	} else {
		def = c.rule(r.Default)
	}
	for _, rr := range r.Rules {
		t := deid.Type(rr.Type)
		if !t.Valid() {
			c.errf(rr.key, "unknown type %q (want one of %s)", rr.Type, typeNames())
			continue
		}
		if rule := c.rule(rr); rule != nil {
			if !rule.Operator.Supports(t) {
				c.errf(rr.key+".operator", "operator %s does not apply to %s (%s)", rule.Operator, t, supportsHint(rule.Operator))
				continue
			}
			p.rules[t] = *rule
		}
	}
	if def != nil {
		for _, t := range deid.AllTypes {
			if _, ok := p.rules[t]; ok {
				continue
			}
			if !def.Operator.Supports(t) {
				c.errf("default.operator", "operator %s does not apply to %s: add a rule for %s under rules:", def.Operator, t, t)
				continue
			}
			p.rules[t] = *def
		}
	}

	// Dates.
	p.Dates = Dates{ShiftMinDays: DefaultShiftMinDays, ShiftMaxDays: DefaultShiftMaxDays}
	if v := r.Dates.ShiftMinDays; v != nil {
		p.Dates.ShiftMinDays = *v
	}
	if v := r.Dates.ShiftMaxDays; v != nil {
		p.Dates.ShiftMaxDays = *v
	}
	if p.Dates.ShiftMinDays < 1 {
		c.errf("dates.shift_min_days", "must be >= 1 (a shift of 0 days keeps real dates)")
	}
	if p.Dates.ShiftMaxDays < p.Dates.ShiftMinDays || p.Dates.ShiftMaxDays > maxShiftDays {
		c.errf("dates.shift_max_days", "must be between shift_min_days (%d) and %d", p.Dates.ShiftMinDays, maxShiftDays)
	}

	// Ages.
	p.Ages = Ages{CapAt: DefaultCapAt}
	if v := r.Ages.CapAt; v != nil {
		p.Ages.CapAt = *v
	}
	if p.Ages.CapAt < 1 || p.Ages.CapAt > 150 {
		c.errf("ages.cap_at", "must be between 1 and 150")
	} else if p.Method == SafeHarbor && p.Ages.CapAt > 90 {
		c.errf("ages.cap_at", "Safe Harbor aggregates every age over 89: must be <= 90")
	}

	// ZIP.
	c.zip(p)

	// Export routing.
	c.export(p)

	// Site dictionaries.
	c.dict(p)

	// Method constraints.
	if p.Method == SafeHarbor {
		for _, t := range deid.AllTypes {
			op := p.rules[t].Operator
			key := c.ruleKey(t)
			switch {
			case op == Keep:
				c.errf(key, "Safe Harbor removes every identifier: keep is not allowed for %s (use method: expert)", t)
			case op == Shift:
				c.errf(key, "Safe Harbor keeps only the year of a date: use generalize (or tag), not shift (use method: expert)")
			}
		}
	}

	if len(c.errs) > 0 {
		return nil, c.errs
	}
	p.hash = p.computeHash()
	return p, nil
}

type compiler struct {
	raw  *Raw
	errs Errors
}

func (c *compiler) errf(key, format string, args ...any) {
	e := &Error{File: c.raw.File, Key: key, Msg: fmt.Sprintf(format, args...)}
	// Name the value's line; for a missing key, the closest parent that exists.
	for k := key; k != ""; k = parent(k) {
		if pos, ok := c.raw.pos[k]; ok {
			e.Line, e.Column = pos.line, pos.col
			break
		}
	}
	c.errs = append(c.errs, e)
}

func parent(k string) string {
	if i := strings.LastIndexAny(k, ".["); i >= 0 {
		return k[:i]
	}
	return ""
}

// ruleKey is the key that set the rule of t: its own rule or the default.
func (c *compiler) ruleKey(t deid.Type) string {
	for _, rr := range c.raw.Rules {
		if rr.Type == string(t) {
			return rr.key + ".operator"
		}
	}
	return "default.operator"
}

func (c *compiler) rule(rr *RawRule) *Rule {
	op := Operator(rr.Operator)
	known := false
	for _, o := range Operators {
		known = known || o == op
	}
	if rr.Operator == "" {
		c.errf(rr.key+".operator", "required (one of %s)", operatorNames())
		return nil
	}
	if !known {
		c.errf(rr.key+".operator", "unknown operator %q (want one of %s)", rr.Operator, operatorNames())
		return nil
	}
	r := &Rule{Operator: op}
	if rr.Char != "" {
		if op != Mask {
			c.errf(rr.key+".char", "only the mask operator takes char")
			return nil
		}
		ch, n := utf8.DecodeRuneInString(rr.Char)
		if n != len(rr.Char) || ch == utf8.RuneError || isAlnum(ch) || ch == ' ' {
			c.errf(rr.key+".char", "must be one character that is not a letter, digit or space, not %q", rr.Char)
			return nil
		}
		r.MaskChar = ch
	}
	if op == Mask && r.MaskChar == 0 {
		r.MaskChar = '*'
	}
	return r
}

func isAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127
}

func (c *compiler) zip(p *Policy) {
	items := c.raw.Zip.RestrictedPrefixes
	if !c.raw.Zip.set {
		items = []string{DefaultZipList}
	}
	restricted := map[string]bool{}
	named := 0
	for i, it := range items {
		key := fmt.Sprintf("zip.restricted_prefixes[%d]", i)
		if l, ok := zipLists[it]; ok {
			named++
			p.Zip.Lists = append(p.Zip.Lists, it)
			for _, z := range l {
				restricted[z] = true
			}
			continue
		}
		if len(it) == 3 && strings.Trim(it, "0123456789") == "" {
			restricted[it] = true
			continue
		}
		c.errf(key, "%q is neither a three-digit prefix nor a list (%s)", it, strings.Join(zipListNames(), ", "))
	}
	if p.Method == SafeHarbor && named == 0 && p.rules[deid.Zip].Operator == Generalize {
		c.errf("zip.restricted_prefixes", "Safe Harbor needs a Census list of restricted prefixes (%s); extra prefixes may be added", strings.Join(zipListNames(), ", "))
	}
	for z := range restricted {
		p.Zip.Restricted = append(p.Zip.Restricted, z)
	}
	sort.Strings(p.Zip.Restricted)
	p.Zip.restricted = restricted
	p.Zip.Populated = populatedPrefixes
	p.Zip.populated = populatedSet
}

func operatorNames() string {
	s := make([]string, len(Operators))
	for i, o := range Operators {
		s[i] = string(o)
	}
	return strings.Join(s, ", ")
}

func typeNames() string {
	s := make([]string, len(deid.AllTypes))
	for i, t := range deid.AllTypes {
		s[i] = string(t)
	}
	return strings.Join(s, ", ")
}

func supportsHint(o Operator) string {
	switch o {
	case Shift:
		return "shift applies to DATE only"
	case Generalize:
		return "generalize applies to DATE, AGE and ZIP"
	case Surrogate:
		return "no surrogate exists for DATE (use shift), AGE (use generalize) or BIOMETRIC (use tag)"
	}
	return ""
}
