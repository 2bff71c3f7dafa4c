package classify

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/cockroachdb/errors"
	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/redact"
)

// LabelsVersion is the version of the object metadata format, written as
// deid-labels-version.
const LabelsVersion = "1"

// Object metadata keys. Lower case, [a-z0-9-]: S3 and GCS both keep them as
// written under their x-amz-meta- / x-goog-meta- prefix.
const (
	MetaVersion      = "deid-labels-version"
	MetaTier         = "deid-tier"
	MetaPolicy       = "deid-policy"
	MetaPolicyHash   = "deid-policy-hash"
	MetaRemoved      = "deid-removed"
	MetaResidualRisk = "deid-residual-risk"
	MetaCategories   = "deid-categories"
)

// metaNone is written for an empty list: some S3 clients drop headers with
// empty values.
const metaNone = "none"

// Labels are the classification of one record. Every exported object
// carries them as object metadata, and the gate decides on them. They hold
// names, hashes, types and counts: never text from a record.
type Labels struct {
	Tier       Tier
	Policy     string // policy name
	PolicyHash string // policy.Policy.Hash
	// Removed counts the identifiers replaced, by type.
	Removed map[deid.Type]int
	// ResidualRisk is the result of verification (deid/verify): "none",
	// "low" or "high"; "" until verified.
	ResidualRisk string
	// Categories are the sensitive categories the content mentions, sorted.
	Categories []Category
}

// ForRecord labels a de-identified record: tier deidentified, its policy, its
// removal counts and the categories mentioned in its text and, when original
// is given, in the source conversation too (recall first: a term the
// redaction took for an identifier still routes). ResidualRisk is left for
// verification to fill in.
func ForRecord(rec *redact.Record, original *deid.Conversation) Labels {
	l := Labels{
		Tier:       TierDeidentified,
		Policy:     rec.Policy.Name,
		PolicyHash: rec.Policy.Hash,
		Removed:    maps.Clone(rec.Removed),
	}
	texts := make([]string, 0, len(rec.Turns)+2)
	texts = append(texts, rec.Encounter.Department)
	for _, t := range rec.Turns {
		texts = append(texts, t.Text)
	}
	if original != nil {
		if original.Encounter != nil {
			texts = append(texts, original.Encounter.Department)
		}
		for _, t := range original.Turns {
			texts = append(texts, t.Text)
		}
	}
	l.Categories = Detect(texts...)
	return l
}

// Validate reports the first field that is not a well-formed label value.
// The gate quarantines a record whose labels do not validate.
func (l Labels) Validate() error {
	switch {
	case !l.Tier.Valid():
		return errors.Newf("labels: tier %q", errors.Safe(safeValue(string(l.Tier))))
	case !isName(l.Policy):
		return errors.New("labels: policy name missing or malformed")
	case !isHex64(l.PolicyHash):
		return errors.New("labels: policy hash is not 64 hex digits")
	}
	switch l.ResidualRisk {
	case "", "none", "low", "high":
	default:
		return errors.New("labels: unknown residual risk")
	}
	for t, n := range l.Removed {
		if !t.Valid() || n < 0 {
			return errors.New("labels: unknown type or negative count in removed")
		}
	}
	if !slices.IsSorted(l.Categories) || len(slices.Compact(slices.Clone(l.Categories))) != len(l.Categories) {
		return errors.New("labels: categories not sorted and unique")
	}
	for _, c := range l.Categories {
		if !c.Valid() {
			return errors.New("labels: unknown category")
		}
	}
	return nil
}

// ObjectMetadata returns the labels as object metadata: lower-case keys of
// [a-z0-9-], printable ASCII values. A value that could not be written
// safely is replaced by "invalid" (and Validate fails for it), so nothing
// that is not a label value can reach the metadata.
//
//	deid-labels-version: 1
//	deid-tier: deidentified
//	deid-policy: safe-harbor
//	deid-policy-hash: 69ee…
//	deid-removed: DATE=2,NAME=3     (sorted by type; "none" when empty)
//	deid-residual-risk: none        (absent until verified)
//	deid-categories: mental_health,substance_use  ("none" when empty)
func (l Labels) ObjectMetadata() map[string]string {
	m := map[string]string{
		MetaVersion:    LabelsVersion,
		MetaTier:       clean(string(l.Tier), l.Tier.Valid()),
		MetaPolicy:     clean(l.Policy, isName(l.Policy)),
		MetaPolicyHash: clean(l.PolicyHash, isHex64(l.PolicyHash)),
		MetaRemoved:    metaNone,
		MetaCategories: metaNone,
	}
	if l.ResidualRisk != "" {
		ok := l.ResidualRisk == "none" || l.ResidualRisk == "low" || l.ResidualRisk == "high"
		m[MetaResidualRisk] = clean(l.ResidualRisk, ok)
	}
	if len(l.Removed) > 0 {
		types := slices.Sorted(maps.Keys(l.Removed))
		parts := make([]string, 0, len(types))
		for _, t := range types {
			n := l.Removed[t]
			parts = append(parts, clean(string(t), t.Valid())+"="+strconv.Itoa(max(n, 0)))
		}
		m[MetaRemoved] = strings.Join(parts, ",")
	}
	if len(l.Categories) > 0 {
		parts := make([]string, len(l.Categories))
		for i, c := range l.Categories {
			parts[i] = clean(string(c), c.Valid())
		}
		m[MetaCategories] = strings.Join(parts, ",")
	}
	return m
}

// ParseObjectMetadata reads labels back from object metadata as a store
// returns it: keys in any case, with or without the x-amz-meta- or
// x-goog-meta- prefix. Keys it does not know are ignored. It fails on a
// missing or malformed label, or a version it does not know.
func ParseObjectMetadata(md map[string]string) (Labels, error) {
	get := map[string]string{}
	for k, v := range md {
		k = strings.ToLower(k)
		k = strings.TrimPrefix(strings.TrimPrefix(k, "x-amz-meta-"), "x-goog-meta-")
		get[k] = v
	}
	var l Labels
	if v, ok := get[MetaVersion]; !ok || v != LabelsVersion {
		return l, errors.New("object metadata: no deid labels of a known version")
	}
	for _, k := range []string{MetaTier, MetaPolicy, MetaPolicyHash, MetaRemoved, MetaCategories} {
		if _, ok := get[k]; !ok {
			return l, errors.Newf("object metadata: %s missing", errors.Safe(k))
		}
	}
	l.Tier = Tier(get[MetaTier])
	l.Policy = get[MetaPolicy]
	l.PolicyHash = get[MetaPolicyHash]
	l.ResidualRisk = get[MetaResidualRisk]
	if v := get[MetaRemoved]; v != metaNone {
		l.Removed = map[deid.Type]int{}
		for _, kv := range strings.Split(v, ",") {
			t, n, ok := strings.Cut(kv, "=")
			c, err := strconv.Atoi(n)
			if !ok || err != nil || c < 0 || !deid.Type(t).Valid() {
				return Labels{}, errors.Newf("object metadata: malformed %s", errors.Safe(MetaRemoved))
			}
			if _, dup := l.Removed[deid.Type(t)]; dup {
				return Labels{}, errors.Newf("object metadata: type repeated in %s", errors.Safe(MetaRemoved))
			}
			l.Removed[deid.Type(t)] = c
		}
	} else {
		l.Removed = map[deid.Type]int{}
	}
	if v := get[MetaCategories]; v != metaNone {
		for _, c := range strings.Split(v, ",") {
			l.Categories = append(l.Categories, Category(c))
		}
	}
	if err := l.Validate(); err != nil {
		return Labels{}, errors.Wrap(err, "object metadata")
	}
	return l, nil
}

// clean returns v when ok and v is printable ASCII, else "invalid".
func clean(v string, ok bool) string {
	if !ok {
		return "invalid"
	}
	for i := 0; i < len(v); i++ {
		if v[i] < 0x20 || v[i] > 0x7e {
			return "invalid"
		}
	}
	return v
}

// safeValue is for error messages about a label value: the value if it
// is a short plain word, else a placeholder (a tier is never record text,
// but a malformed one could be anything).
func safeValue(v string) string {
	if len(v) > 16 || strings.Trim(v, "abcdefghijklmnopqrstuvwxyz_") != "" {
		return "?"
	}
	return v
}

// isName: a policy name as policy.Compile accepts it.
func isName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || i > 0 && (c == '.' || c == '_' || c == '-')) {
			return false
		}
	}
	return true
}

func isHex64(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= '0' && s[i] <= '9' || s[i] >= 'a' && s[i] <= 'f') {
			return false
		}
	}
	return true
}
