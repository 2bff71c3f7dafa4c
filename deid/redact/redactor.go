package redact

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cockroachdb/errors"
	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/deid/policy"
)

// Options configures a Redactor. A nil *Options means no key and a default
// engine.
type Options struct {
	// Key derives surrogates, date shifts and research ids. Policies that
	// need none (safe-harbor) redact text without one; Conversation always
	// needs one for the research ids.
	Key *Key
	// IDs is the linkage store research ids come from under a policy with
	// research_ids: random (the default); Conversation needs one then.
	// Under research_ids: keyed they are derived from Key instead.
	IDs linkage.Store
	// Engine scans conversations in Conversation. Nil builds one with the
	// policy's dictionaries (policy.EngineOptions).
	Engine *deid.Engine
}

// Redactor applies a policy to findings. It is safe for concurrent use; the
// per-conversation state lives in a Scope.
type Redactor struct {
	pol    *policy.Policy
	key    *Key
	ids    linkage.Store
	engine *deid.Engine
}

// New builds a redactor. A nil policy means the safe-harbor preset. It fails
// when the policy needs a key and none is given.
func New(p *policy.Policy, opts *Options) (*Redactor, error) {
	if p == nil {
		p = policy.Default()
	}
	r := &Redactor{pol: p}
	if opts != nil {
		r.key, r.ids, r.engine = opts.Key, opts.IDs, opts.Engine
	}
	if p.NeedsKey() && r.key == nil {
		return nil, errors.Wrapf(ErrNoKey, "policy %s uses surrogates or date shifting", errors.Safe(p.Name))
	}
	if r.engine == nil {
		e, err := deid.New(p.EngineOptions(0))
		if err != nil {
			return nil, errors.Wrap(err, "engine")
		}
		r.engine = e
	}
	return r, nil
}

// Policy returns the redactor's policy.
func (r *Redactor) Policy() *policy.Policy { return r.pol }

// Engine returns the engine the redactor scans with.
func (r *Redactor) Engine() *deid.Engine { return r.engine }

// Summary counts what a redaction replaced, per type. It never holds text.
// The zero value is an empty summary.
type Summary struct {
	counts [maxTypes]int
	other  map[deid.Type]int // types this package does not know yet
}

const maxTypes = 32

var typeIndex = func() map[deid.Type]int {
	if len(deid.AllTypes) > maxTypes {
		panic("redact: raise maxTypes")
	}
	m := map[deid.Type]int{}
	for i, t := range deid.AllTypes {
		m[t] = i
	}
	return m
}()

// SummaryOf makes a summary from counts by type (a Record's Removed).
func SummaryOf(m map[deid.Type]int) Summary {
	var s Summary
	for t, n := range m {
		s.count(t, n)
	}
	return s
}

// Add adds o's counts to s.
func (s *Summary) Add(o Summary) {
	for i, n := range o.counts {
		s.counts[i] += n
	}
	for t, n := range o.other {
		s.count(t, n)
	}
}

func (s *Summary) count(t deid.Type, n int) {
	if i, ok := typeIndex[t]; ok {
		s.counts[i] += n
		return
	}
	if s.other == nil {
		s.other = map[deid.Type]int{}
	}
	s.other[t] += n
}

// Count is the number of spans of type t replaced.
func (s Summary) Count(t deid.Type) int {
	if i, ok := typeIndex[t]; ok {
		return s.counts[i]
	}
	return s.other[t]
}

// Removed returns the non-zero counts by type.
func (s Summary) Removed() map[deid.Type]int {
	m := map[deid.Type]int{}
	for i, n := range s.counts {
		if n > 0 {
			m[deid.AllTypes[i]] = n
		}
	}
	for t, n := range s.other {
		m[t] += n
	}
	return m
}

// Total is the number of spans replaced.
func (s Summary) Total() int {
	n := 0
	for _, c := range s.counts {
		n += c
	}
	for _, c := range s.other {
		n += c
	}
	return n
}

// Scope is the state that keeps output consistent within one conversation
// (or one document): the numbers of numbered tags, the roles of name parts,
// the surrogates handed out, the date shift of the patient. Not safe for
// concurrent use.
type Scope struct {
	r       *Redactor
	subject string // stable per-patient input of surrogates and the shift
	shift   int    // days every date moves back
	refYear int    // the year of the encounter, for dates said without one
	// over is set when the patient is at or over the age cap at the visit:
	// then no date keeps its year (every date of such a patient may tell
	// the age, 45 CFR 164.514(b)(2)(i)(C)).
	over bool

	numbers map[deid.Type]map[string]int
	next    map[deid.Type]int
	// Names: the person number of each name part, and whether that person
	// was seen with a first name.
	partNum   map[string]int
	hasFirst  map[int]bool
	roles     map[string]byte // 'f' first name, 'l' surname
	surr      map[deid.Type]map[string]string
	surrOwner map[deid.Type]map[string]string
	// forbidden are the real values of the scope: no surrogate may be one,
	// or a fake "Christine" could not be told from the real one.
	forbidden map[deid.Type]map[string]bool
}

// NewScope starts a scope. subject is the stable identity that surrogates
// and the date shift are keyed on: the patient (MRN, or name) for
// per-patient consistency across conversations, or a document id; "" keys
// on nothing but the key.
func (r *Redactor) NewScope(subject string) *Scope {
	s := &Scope{r: r, subject: subject}
	if r.key != nil {
		d := r.pol.Dates
		s.shift = d.ShiftMinDays + r.key.stream("date-shift", subject).intn(d.ShiftMaxDays-d.ShiftMinDays+1)
	}
	return s
}

// init allocates the maps on first use: most turns need none.
func (s *Scope) init() {
	if s.numbers != nil {
		return
	}
	s.numbers, s.next = map[deid.Type]map[string]int{}, map[deid.Type]int{}
	s.partNum, s.hasFirst, s.roles = map[string]int{}, map[int]bool{}, map[string]byte{}
	s.surr, s.surrOwner = map[deid.Type]map[string]string{}, map[deid.Type]map[string]string{}
	s.forbidden = map[deid.Type]map[string]bool{}
}

// forbid records the real values of findings that get surrogates.
func (s *Scope) forbid(text string, fs []deid.Finding) {
	for _, f := range fs {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End || s.r.pol.Rule(f.Type).Operator != policy.Surrogate {
			continue
		}
		s.init()
		m := s.forbidden[f.Type]
		if m == nil {
			m = map[string]bool{}
			s.forbidden[f.Type] = m
		}
		span := text[f.Start:f.End]
		if f.Type == deid.Name {
			for _, p := range parseName(span).parts {
				m[p.norm] = true
			}
			continue
		}
		m[strings.ToLower(span)] = true
		m[normKey(f.Type, span)] = true
	}
}

// SetReferenceYear sets the year that dates said without one belong to.
func (s *Scope) SetReferenceYear(y int) { s.refYear = y }

// SetOverAgeCap says that the patient of this scope is at or over the
// policy's age cap (90): generalised dates then lose their year too.
func (s *Scope) SetOverAgeCap(over bool) { s.over = over }

// yearTellsAge reports whether a year left by generalisation would tell an
// age at or over the cap: the patient is that old, or the year is at least
// the cap before the reference year (the encounter's, else this year).
func (s *Scope) yearTellsAge(y int) bool {
	if s.over {
		return true
	}
	ref := s.refYear
	if ref == 0 {
		ref = nowYear()
	}
	return y > 0 && y <= ref-s.r.pol.Ages.CapAt
}

// nowYear is the reference year of a scope without an encounter.
var nowYear = func() int { return time.Now().UTC().Year() }

// ShiftDays is how many days dates of this scope move back under the shift
// operator.
func (s *Scope) ShiftDays() int { return s.shift }

// forbidNames records real names that no surrogate may be.
func (s *Scope) forbidNames(names ...string) {
	if s.r.pol.Rule(deid.Name).Operator != policy.Surrogate {
		return
	}
	s.init()
	m := s.forbidden[deid.Name]
	if m == nil {
		m = map[string]bool{}
		s.forbidden[deid.Name] = m
	}
	for _, n := range names {
		for _, p := range parseName(n).parts {
			m[p.norm] = true
		}
	}
}

// seedNames registers the known names of an encounter, so that numbered tags
// start with them ([NAME_1] is the patient) and name parts get their roles.
func (s *Scope) seedNames(names ...string) {
	for _, n := range names {
		pn := parseName(n)
		if len(pn.parts) == 0 {
			continue
		}
		s.nameNumber(pn)
	}
}

// Text redacts text: every finding is replaced according to the policy.
// Findings may be unsorted or overlap (they are merged) and their offsets
// are clamped to the text and widened to whole UTF-8 characters. A nil scope
// is a fresh one with no subject.
func (r *Redactor) Text(text string, findings []deid.Finding, scope *Scope) (string, Summary) {
	if scope == nil {
		scope = r.NewScope("")
	}
	var sum Summary
	fs := normalize(text, findings)
	scope.forbid(text, fs)
	if len(fs) == 0 {
		return text, sum
	}
	var b strings.Builder
	b.Grow(len(text) + len(fs)*4)
	last := 0
	for _, f := range fs {
		orig := text[f.Start:f.End]
		var out string
		var changed bool
		if op := scope.r.pol.Rule(f.Type).Operator; f.Over89() && (op == policy.Generalize || op == policy.Shift) {
			// a year that tells an age over 89 by what is said around it
			// ("turned ninety in 2019"): no year survives
			out, changed = "["+string(f.Type)+"]", true
		} else {
			out, changed = scope.apply(f.Type, orig, text[:f.Start])
		}
		if !changed {
			continue
		}
		sum.count(f.Type, 1)
		prefix := text[last:f.Start]
		if out == "" && strings.HasSuffix(prefix, " ") && (f.End == len(text) || strings.IndexByte(" .,;:?!)", text[f.End]) >= 0) {
			prefix = prefix[:len(prefix)-1] // drop: no double space, no space before punctuation
		}
		b.WriteString(prefix)
		b.WriteString(out)
		last = f.End
	}
	if last == 0 {
		return text, sum
	}
	b.WriteString(text[last:])
	return b.String(), sum
}

// normalize clamps, widens, sorts and merges findings, and trims the tags a
// previous redaction wrote so that redacting twice changes nothing.
func normalize(text string, in []deid.Finding) []deid.Finding {
	fs := make([]deid.Finding, 0, len(in))
	for _, f := range in {
		if f.Start < 0 {
			f.Start = 0
		}
		if f.End > len(text) {
			f.End = len(text)
		}
		for f.Start > 0 && !utf8.RuneStart(text[f.Start]) {
			f.Start--
		}
		for f.End < len(text) && !utf8.RuneStart(text[f.End]) {
			f.End++
		}
		f = trimTags(text, f)
		if f.Type == deid.Age && f.End < len(text) && text[f.End] == '+' {
			f.End++ // "90+" found as "90"
		}
		if f.Type == deid.Date {
			f.Start = widenSpokenTens(text, f.Start)
		}
		if f.End <= f.Start {
			continue
		}
		fs = append(fs, f)
	}
	sorted := sort.SliceIsSorted(fs, func(i, j int) bool { return fs[i].Start < fs[j].Start })
	if !sorted {
		deid.SortFindings(fs)
	}
	out := fs[:0]
	for _, f := range fs {
		if n := len(out); n > 0 && f.Start < out[n-1].End {
			// Overlap: cover the union; the earlier (longer) finding's type
			// wins. Covering more is the safe side.
			if f.End > out[n-1].End {
				out[n-1].End = f.End
			}
			continue
		}
		out = append(out, f)
	}
	return out
}

// widenSpokenTens moves a date's start back over a spoken tens word that
// belongs to its day: "the twenty [first of august ...]" would otherwise
// leave "twenty" behind.
func widenSpokenTens(text string, start int) int {
	i := start
	for i < len(text) && isLetter(text[i]) {
		i++
	}
	if w, ok := numWords[strings.ToLower(text[start:i])]; !ok || w.kind != 'u' || w.val == 0 || w.val > 9 {
		return start
	}
	j := start
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	if k < j && (k == 0 || !isLetter(text[k-1])) {
		if w, ok := numWords[strings.ToLower(text[k:j])]; ok && w.kind == 't' && !w.ord {
			return k
		}
	}
	return start
}

// IsTag reports whether s is a tag this package writes: "[NAME]",
// "[NAME_12]" (a valid type, and a numbered tag counts from 1).
func IsTag(s string) bool {
	if len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	inner := s[1 : len(s)-1]
	if i := strings.LastIndexByte(inner, '_'); i > 0 {
		if n, err := strconv.Atoi(inner[i+1:]); err == nil && n > 0 && deid.Type(inner[:i]).Valid() {
			return true
		}
	}
	return deid.Type(inner).Valid()
}

// trimTags removes tags (and the spaces next to them) from the ends of f.
func trimTags(text string, f deid.Finding) deid.Finding {
	for f.Start < f.End {
		s := text[f.Start:f.End]
		if s[0] == ' ' {
			f.Start++
			continue
		}
		if s[len(s)-1] == ' ' {
			f.End--
			continue
		}
		if s[0] == '[' {
			if j := strings.IndexByte(s, ']'); j > 0 && IsTag(s[:j+1]) {
				f.Start += j + 1
				continue
			}
		}
		if s[len(s)-1] == ']' {
			if j := strings.LastIndexByte(s, '['); j >= 0 && IsTag(s[j:]) {
				f.End = f.Start + j
				continue
			}
		}
		// A finding inside a tag: "[NAME_1]" found as "NAME_1".
		// Look back a tag's length at most: this runs per finding.
		lo := max(0, f.Start-24)
		open := strings.LastIndexByte(text[lo:f.Start], '[')
		if open >= 0 {
			open += lo
		}
		if open >= 0 && !strings.ContainsAny(text[open:f.Start], "] ") {
			if cl := strings.IndexByte(text[f.End:], ']'); cl >= 0 && IsTag(text[open:f.End+cl+1]) {
				f.End = f.Start
			}
		}
		break
	}
	return f
}

// apply transforms one span; changed is false when the policy keeps it (a
// year alone, an age under the cap, operator keep).
func (s *Scope) apply(t deid.Type, orig, before string) (string, bool) {
	rule := s.r.pol.Rule(t)
	switch rule.Operator {
	case policy.Keep:
		return orig, false
	case policy.Tag:
		return "[" + string(t) + "]", true
	case policy.Numbered:
		return "[" + string(t) + "_" + strconv.Itoa(s.number(t, orig)) + "]", true
	case policy.Mask:
		return strings.Repeat(string(rule.MaskChar), utf8.RuneCountInString(orig)), true
	case policy.Drop:
		return "", true
	case policy.Generalize:
		return s.generalize(t, orig)
	case policy.Shift:
		d, ok := parseDate(orig)
		if !ok {
			return "[" + string(t) + "]", true
		}
		// a year alone moved by days is mostly the same year: then it is kept
		out := d.shift(s.shift, s.refYear)
		return out, out != orig
	case policy.Surrogate:
		return s.surrogate(t, orig, before), true
	}
	return "[" + string(t) + "]", true
}

func (s *Scope) generalize(t deid.Type, orig string) (string, bool) {
	switch t {
	case deid.Date:
		d, ok := parseDate(orig)
		if !ok {
			return "[DATE]", true
		}
		if d.month == 0 && d.day == 0 && !s.yearTellsAge(d.year) {
			return orig, false // a year alone is not an identifier
		}
		if y, ok := d.generalize(); ok && !s.yearTellsAge(d.year) {
			return y, true
		}
		return "[DATE]", true
	case deid.Age:
		return capAge(orig, s.r.pol.Ages.CapAt)
	case deid.Zip:
		digits := digitView(orig).digits
		if len(digits) < 3 {
			return "[ZIP]", true
		}
		return s.r.pol.Zip.Zip3(digits[:3]) + "XX", true
	}
	return "[" + string(t) + "]", true
}

// capAge replaces the number of an age span that is at least capAt with
// "<capAt>+", keeping the words around it ("92 years old" -> "90+ years
// old"). Younger ages are not identifiers and stay.
func capAge(orig string, capAt int) (string, bool) {
	plus := strconv.Itoa(capAt) + "+"
	// Digits.
	if i := strings.IndexAny(orig, "0123456789"); i >= 0 {
		j := i
		for j < len(orig) && orig[j] >= '0' && orig[j] <= '9' {
			j++
		}
		v, err := strconv.Atoi(orig[i:j])
		if err != nil {
			return "[AGE]", true
		}
		if v < capAt {
			return orig, false
		}
		if j < len(orig) && orig[j] == '+' {
			j++
		} else if j+2 <= len(orig) {
			switch strings.ToLower(orig[j : j+2]) {
			case "st", "nd", "rd", "th":
				j += 2 // "her 100th birthday" -> "her 90+ birthday"
			}
		}
		return orig[:i] + plus + orig[j:], true
	}
	// Words: find the first run of number words.
	words := wordSpans(orig)
	for i := range words {
		low := make([]string, 0, len(words)-i)
		for _, w := range words[i:] {
			low = append(low, strings.ToLower(orig[w[0]:w[1]]))
		}
		v, n := parseCardinal(low)
		if n == 0 {
			continue
		}
		if v < capAt {
			return orig, false
		}
		end := words[i+n-1][1]
		// the ordinal's last word goes with it: "ninety third", "hundred and first"
		k := i + n
		if k+1 < len(words) && low[n] == "and" && ordinalOnes(low[n+1]) {
			k++
		}
		if k < len(words) && ordinalOnes(strings.ToLower(orig[words[k][0]:words[k][1]])) {
			end = words[k][1]
		}
		return orig[:words[i][0]] + plus + orig[end:], true
	}
	return "[AGE]", true
}

// ordinalOnes: the ordinal of a digit, the last word of "ninety third".
func ordinalOnes(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth":
		return true
	}
	return false
}

// wordSpans returns the [start, end) of each run of ASCII letters in s.
func wordSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if !isLetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// number returns the number of a numbered tag for the value orig of type t.
func (s *Scope) number(t deid.Type, orig string) int {
	if t == deid.Name {
		pn := parseName(orig)
		if len(pn.parts) > 0 {
			return s.nameNumber(pn)
		}
	}
	key := normKey(t, orig)
	s.init()
	m := s.numbers[t]
	if m == nil {
		m = map[string]int{}
		s.numbers[t] = m
	}
	if n, ok := m[key]; ok {
		return n
	}
	s.next[t]++
	m[key] = s.next[t]
	return s.next[t]
}

// nameNumber numbers a person. "John Smith", then "John", "Smith" and
// "Mr Smith" are one person; "Mary Smith" is another (a relative shares a
// surname). A surname alone goes to the first person seen with it.
func (s *Scope) nameNumber(pn name) int {
	s.init()
	full := pn.key()
	m := s.numbers[deid.Name]
	if m == nil {
		m = map[string]int{}
		s.numbers[deid.Name] = m
	}
	if n, ok := m[full]; ok {
		return n
	}
	n := 0
	first, last := pn.parts[0].norm, pn.parts[len(pn.parts)-1].norm
	if len(pn.parts) == 1 {
		n = s.partNum[first]
	} else if k, ok := s.partNum[first]; ok {
		n = k
	} else if k, ok := s.partNum[last]; ok && !s.hasFirst[k] {
		n = k
	}
	if n == 0 {
		s.next[deid.Name]++
		n = s.next[deid.Name]
	}
	m[full] = n
	for _, p := range pn.parts {
		if _, ok := s.partNum[p.norm]; !ok {
			s.partNum[p.norm] = n
		}
	}
	if len(pn.parts) > 1 {
		s.hasFirst[n] = true
	}
	return n
}

// normKey is the form under which two spellings of a value are the same
// value: digits only for number-like types, lower-case letters and digits
// otherwise.
func normKey(t deid.Type, s string) string {
	switch t {
	case deid.Phone, deid.Fax, deid.SSN, deid.MRN, deid.Account, deid.HealthPlan, deid.NPI, deid.Zip:
		if d := digitView(s).digits; d != "" {
			return d
		}
	}
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if r < 128 && !isLetter(byte(r)) && !isDigit(byte(r)) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
