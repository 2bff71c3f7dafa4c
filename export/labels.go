package export

import (
	"maps"
	"slices"
	"strings"
)

// Labels are the caller's per-record classification labels (tier,
// sensitivity, …): this package does not define them, it carries them. A
// shard's objects get the aggregate of its records' labels as object
// metadata and the manifest gets exact per-value record counts
// (ShardInfo.Labels), so the record schema stays as researchers know it.
//
// Label keys follow storage metadata rules (lower-case [a-z0-9-], not
// starting with '-'), at most 64 bytes, and may not start with "deid-",
// which this package uses for its own metadata. Values are 1-128 bytes of
// printable ASCII without ','. Anything else is refused with
// ErrInvalidRecord (the value is never echoed).
type Labels = map[string]string

// Object metadata keys written by this package on every exported object.
const (
	MetaRunID         = "deid-run-id"
	MetaRunDate       = "deid-run-date"
	MetaFormat        = "deid-format"
	MetaRecords       = "deid-records"
	MetaPolicyHash    = "deid-policy-hash"
	MetaSchemaVersion = "deid-schema-version"
	MetaEngineVersion = "deid-engine-version"
)

const reservedLabelPrefix = "deid-"

// maxMetaValue is the storage layer's limit on a metadata value.
const maxMetaValue = 1024

func checkLabels(l Labels) error {
	for k, v := range l {
		if err := checkLabelKey(k); err != nil {
			return err
		}
		if len(v) == 0 || len(v) > 128 {
			return errorf(ErrInvalidRecord, "label %q: value must be 1-128 bytes", k)
		}
		for i := 0; i < len(v); i++ {
			if c := v[i]; c < 0x20 || c > 0x7e || c == ',' {
				return errorf(ErrInvalidRecord, "label %q: value must be printable ASCII without ','", k)
			}
		}
	}
	return nil
}

func checkLabelKey(k string) error {
	if k == "" || len(k) > 64 || strings.HasPrefix(k, reservedLabelPrefix) || k == "sha256" {
		return errorf(ErrInvalidRecord, "label key %q: 1-64 bytes, not sha256 or deid-*", safeToken(k))
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0) {
			return errorf(ErrInvalidRecord, "label key %q: want lower-case [a-z0-9-]", safeToken(k))
		}
	}
	return nil
}

// LabelCounts counts records per label key and value.
type LabelCounts map[string]map[string]int64

func (lc LabelCounts) add(l Labels, n int64) {
	for k, v := range l {
		m := lc[k]
		if m == nil {
			m = map[string]int64{}
			lc[k] = m
		}
		m[v] += n
	}
}

// Merge adds o into lc.
func (lc LabelCounts) Merge(o LabelCounts) {
	for k, m := range o {
		for v, n := range m {
			lc.add(Labels{k: v}, n)
		}
	}
}

// Metadata is the object metadata form of the counts: for each key, its
// distinct values sorted and joined by ','. A key that only some records
// carry still appears (ShardInfo.Labels has the exact counts). It fails
// when a joined value exceeds the storage limit: labels with that many
// values are not labels.
func (lc LabelCounts) Metadata() (map[string]string, error) {
	md := make(map[string]string, len(lc))
	for k, m := range lc {
		v := strings.Join(slices.Sorted(maps.Keys(m)), ",")
		if len(v) > maxMetaValue {
			return nil, errorf(ErrInvalidRecord, "label %q: %d distinct values do not fit object metadata", k, len(m))
		}
		md[k] = v
	}
	return md, nil
}
