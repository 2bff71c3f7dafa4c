package classify

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cockroachdb/errors"
	"github.com/deid-project/deid/deid/policy"
)

// Tier is the sensitivity tier of a piece of data: where it may be stored
// and who may read it.
type Tier string

// Tiers, most sensitive first.
const (
	// TierRestricted is identified patient data: input conversations,
	// quarantined records. On-prem only.
	TierRestricted Tier = "restricted"
	// TierSensitive is encounter metadata and anything else that links to a
	// patient without being a transcript.
	TierSensitive Tier = "sensitive"
	// TierInternal is operational data: logs, metrics, manifests. It holds
	// ids, counts and types, never record text.
	TierInternal Tier = "internal"
	// TierDeidentified is exported research data that passed verification
	// and the gate.
	TierDeidentified Tier = "deidentified"
)

// Tiers lists every tier, most sensitive first.
var Tiers = []Tier{TierRestricted, TierSensitive, TierInternal, TierDeidentified}

// Valid reports whether t is one of the tiers.
func (t Tier) Valid() bool { return slices.Contains(Tiers, t) }

// Category is a sensitive clinical category of a record's content. Records
// are routed by category (the policy's export.allow_categories).
type Category string

// Categories. The names are those of policy.Categories.
const (
	SubstanceUse       Category = policy.CategorySubstanceUse
	MentalHealth       Category = policy.CategoryMentalHealth
	HIVSTI             Category = policy.CategoryHIVSTI
	ReproductiveHealth Category = policy.CategoryReproductiveHealth
	Genetics           Category = policy.CategoryGenetics
)

// Categories lists every category, sorted by name.
var Categories = []Category{Genetics, HIVSTI, MentalHealth, ReproductiveHealth, SubstanceUse}

// Valid reports whether c is one of the categories.
func (c Category) Valid() bool { return slices.Contains(Categories, c) }

func (c Category) bit() uint8 {
	if i := slices.Index(Categories, c); i >= 0 {
		return 1 << i
	}
	return 0
}

// Detector finds mentions of the sensitive categories in text. It is
// read-only after NewDetector and safe for concurrent use.
//
// Text is cut once into lower-case words (letters and digits; apostrophes
// inside a word are dropped, everything else separates), and the words are
// matched against a trie of the rules' terms keyed by word: one pass, one map
// look-up per word for text that mentions nothing. At each word the longest
// term wins and its words are consumed, which is how an exception ("st
// depression", "cardiac rehab") hides the shorter term inside it.
type Detector struct {
	root  *node
	cased map[string]uint8
}

type node struct {
	next map[string]*node
	end  bool  // a term or an exception ends here
	cats uint8 // the categories of the term (0 for an exception)
}

// NewDetector compiles rules. Terms are tokenized the way text is, so
// "alcohol-use disorder" and "alcohol use disorder" are the same term.
func NewDetector(rules []Rule) (*Detector, error) {
	d := &Detector{root: &node{}, cased: map[string]uint8{}}
	for _, r := range rules {
		bit := r.Category.bit()
		if bit == 0 {
			return nil, errors.Newf("classify: rule for unknown category %q", errors.Safe(string(r.Category)))
		}
		for _, t := range r.Terms {
			if err := d.add(t, bit); err != nil {
				return nil, err
			}
		}
		for _, t := range r.Spelled {
			if err := d.add(t, bit); err != nil {
				return nil, err
			}
			if err := d.add(strings.Join(strings.Split(t, ""), " "), bit); err != nil {
				return nil, err
			}
		}
		for _, t := range r.Except {
			if err := d.add(t, 0); err != nil {
				return nil, err
			}
		}
		for _, t := range r.Cased {
			if strings.ContainsAny(t, " -'") {
				return nil, errors.Newf("classify: cased term %q must be one word", errors.Safe(t))
			}
			d.cased[t] |= bit
		}
	}
	return d, nil
}

func (d *Detector) add(term string, bit uint8) error {
	var words []string
	toks := tokenize(nil, term)
	for _, t := range toks.spans {
		words = append(words, string(toks.lower[t[0]:t[1]]))
	}
	if len(words) == 0 {
		return errors.Newf("classify: empty term %q", errors.Safe(term))
	}
	n := d.root
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[w]
		if c == nil {
			c = &node{}
			n.next[w] = c
		}
		n = c
	}
	n.end = true
	n.cats |= bit
	return nil
}

var (
	defaultOnce sync.Once
	defaultDet  *Detector
)

// Default returns the detector of the built-in rules ([Rules]).
func Default() *Detector {
	defaultOnce.Do(func() {
		d, err := NewDetector(Rules())
		if err != nil {
			panic(err) // the built-in rules are tested
		}
		defaultDet = d
	})
	return defaultDet
}

// Detect returns the categories the texts mention, sorted and without
// duplicates, with the built-in rules. It is negation-insensitive on
// purpose: "denies heroin use" mentions heroin, and a mention routes.
func Detect(texts ...string) []Category { return Default().Detect(texts...) }

// DetectCounts returns how many times the texts mention each category, with
// the built-in rules. Categories not mentioned are absent.
func DetectCounts(texts ...string) map[Category]int { return Default().Counts(texts...) }

// Detect returns the categories the texts mention, sorted and without
// duplicates.
func (d *Detector) Detect(texts ...string) []Category {
	var seen uint8
	d.scan(texts, func(cats uint8) bool {
		seen |= cats
		return seen != 1<<len(Categories)-1 // stop once every category is seen
	})
	return fromBits(seen)
}

// Counts returns how many times the texts mention each category.
func (d *Detector) Counts(texts ...string) map[Category]int {
	m := map[Category]int{}
	d.scan(texts, func(cats uint8) bool {
		for i, c := range Categories {
			if cats&(1<<i) != 0 {
				m[c]++
			}
		}
		return true
	})
	return m
}

func fromBits(b uint8) []Category {
	var out []Category
	for i, c := range Categories {
		if b&(1<<i) != 0 {
			out = append(out, c)
		}
	}
	return out
}

// scan calls hit with the categories of every match until it returns false.
func (d *Detector) scan(texts []string, hit func(uint8) bool) {
	tk := tokPool.Get().(*tokens)
	defer tokPool.Put(tk)
	for _, text := range texts {
		tokenize(tk, text)
		n := len(tk.spans)
		for i := 0; i < n; {
			sp := tk.spans[i]
			if len(d.cased) > 0 {
				if cats := d.cased[string(tk.orig[sp[0]:sp[1]])]; cats != 0 {
					if !hit(cats) {
						return
					}
					i++
					continue
				}
			}
			// Longest term from word i.
			cur, best, bestCats := d.root, 0, uint8(0)
			for j := i; j < n && cur.next != nil; j++ {
				s := tk.spans[j]
				cur = cur.next[string(tk.lower[s[0]:s[1]])]
				if cur == nil {
					break
				}
				if cur.end {
					best, bestCats = j-i+1, cur.cats
				}
			}
			if best == 0 {
				i++
				continue
			}
			if bestCats != 0 && !hit(bestCats) {
				return
			}
			i += best
		}
	}
}

// tokens is the scratch of one tokenization: the text without apostrophes,
// as written and lower-cased, and the [start, end) of each word in both.
type tokens struct {
	orig, lower []byte
	spans       [][2]int32
}

var tokPool = sync.Pool{New: func() any { return &tokens{} }}

// tokenize cuts text into words: runs of ASCII letters and digits and of
// non-ASCII letters and digits (kept as they are). Apostrophes (' and
// U+2019) between two word characters are dropped: "huntington's" is
// "huntingtons". Everything else separates.
func tokenize(tk *tokens, text string) *tokens {
	if tk == nil {
		tk = &tokens{}
	}
	tk.orig, tk.lower, tk.spans = tk.orig[:0], tk.lower[:0], tk.spans[:0]
	start := -1
	end := func() {
		if start >= 0 {
			tk.spans = append(tk.spans, [2]int32{int32(start), int32(len(tk.lower))})
			start = -1
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
			case c == '\'' && start >= 0 && wordAt(text, i+1):
				i++
				continue
			default:
				end()
				i++
				continue
			}
			if start < 0 {
				start = len(tk.lower)
			}
			tk.orig = append(tk.orig, c)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			tk.lower = append(tk.lower, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = len(tk.lower)
			}
			tk.orig = append(tk.orig, text[i:i+size]...)
			tk.lower = append(tk.lower, text[i:i+size]...)
		case r == '\u2019' && start >= 0 && wordAt(text, i+size):
		default:
			end()
		}
		i += size
	}
	end()
	return tk
}

// wordAt reports whether a letter or digit starts at text[i].
func wordAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	if c := text[i]; c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
