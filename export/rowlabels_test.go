package export_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/deid/redact/schema"
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
)

// labelled gives records the labels an exported record carries.
func labelled(recs []*redact.Record) []*redact.Record {
	cats := [][]string{{}, {"mental_health"}, {"genetics", "hiv_sti"}}
	for i, r := range recs {
		r.Labels = &redact.Labels{Tier: "deidentified", Categories: cats[i%3], ResidualRisk: []string{"none", "low"}[i%2], PolicyHash: r.Policy.Hash}
	}
	return recs
}

// TestRowsCarryLabels: every exported row carries tier, categories,
// residual_risk, removed and policy_hash, in JSONL and Parquet alike, and
// the records validate against the shipped schema.
func TestRowsCarryLabels(t *testing.T) {
	ctx := context.Background()
	b, err := storage.Open(ctx, t.TempDir(), nil)
	require.NoError(t, err)
	recs := labelled(testRecords(0, 9))
	run := runAt("2024-05-01", 1)
	shards := writeRun(t, b, run, recs, 2, nil)
	require.NoError(t, export.Commit(ctx, b, manifestFor(run, shards, export.Counts{RecordsIn: 9, Exported: 9}), nil))

	want := jsonLines(t, recs)
	for _, format := range []string{export.FormatJSONL, export.FormatParquet} {
		got := readAll(t, b, run.Date, format)
		assert.Equal(t, want, got, format)
		for _, line := range got {
			var m map[string]any
			require.NoError(t, json.Unmarshal([]byte(line), &m))
			for _, col := range []string{"tier", "categories", "residual_risk", "removed", "policy_hash"} {
				assert.Contains(t, m, col, format)
			}
		}
	}
	c := jsonschema.NewCompiler()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema.Record))
	require.NoError(t, err)
	require.NoError(t, c.AddResource("s.json", doc))
	sch, err := c.Compile("s.json")
	require.NoError(t, err)
	for _, line := range want {
		v, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
		require.NoError(t, err)
		assert.NoError(t, sch.Validate(v))
	}
	// a label without the others is no valid record
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(strings.Replace(want[0], `"tier":"deidentified",`, "", 1)))
	require.NoError(t, err)
	assert.Error(t, sch.Validate(v))

	// the schema ships next to the dictionary, where the dictionary links
	m, err := export.ReadManifest(ctx, b, run.Date)
	require.NoError(t, err)
	require.NotNil(t, m.RecordSchema)
	assert.Equal(t, export.SchemaName, m.RecordSchema.Path)
	rc, err := b.Get(ctx, export.DatePrefix(run.Date)+"/"+export.SchemaName)
	require.NoError(t, err)
	got, err := io.ReadAll(rc)
	rc.Close()
	require.NoError(t, err)
	assert.Equal(t, schema.Record, got)
	assert.Contains(t, string(export.DataDictionary()), "("+export.SchemaName+")", "the link of the field list")
}

// TestDictionaryCoversManifest: the data dictionary documents every field
// of the manifest, and no field the manifest does not have.
func TestDictionaryCoversManifest(t *testing.T) {
	dict := string(export.DataDictionary())
	head := dict[strings.Index(dict, "## Manifest fields"):strings.Index(dict, "## Reading it")]
	var fields []string
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		for i := range rt.NumField() {
			f := rt.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			fields = append(fields, name)
		}
	}
	walk(reflect.TypeOf(export.Manifest{}))
	for _, f := range fields {
		assert.True(t, strings.Contains(head, "`"+f+"`") || strings.Contains(head, "`"+f+"[]`"), "manifest field %s is not in the data dictionary", f)
	}
	for _, line := range strings.Split(head, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cell := strings.Split(line, "|")[1]
		for _, part := range strings.Split(cell, ",") {
			name := strings.Trim(strings.TrimSpace(part), "`")
			name, _, _ = strings.Cut(name, "[")
			assert.Contains(t, fields, name, "the data dictionary documents %q, which the manifest does not have", name)
		}
	}
}
