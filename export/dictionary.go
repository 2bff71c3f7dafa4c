package export

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/parquet-go/parquet-go"
)

// fields.md is a copy of deid/redact/FIELDS.md (embed cannot reach outside
// the package); TestFieldsInSync fails when they differ and
// `go test ./export -run TestFieldsInSync -update` refreshes the copy.
//
//go:embed fields.md
var fieldsMD string

var dictionary = sync.OnceValue(func() []byte {
	var b strings.Builder
	b.WriteString(dictionaryHead)
	b.WriteString("```\n")
	b.WriteString(parquet.SchemaOf(Row{}).String())
	b.WriteString("\n```\n\n")
	b.WriteString(dictionaryColumns)
	b.WriteString("\n---\n\n")
	// FIELDS.md's headings move one level down under the dictionary's.
	for _, line := range strings.SplitAfter(fieldsMD, "\n") {
		if strings.HasPrefix(line, "#") {
			line = "#" + line
		}
		b.WriteString(line)
	}
	return []byte(b.String())
})

// DataDictionary is the researchers' description of an export, written
// next to each manifest as _DATA_DICTIONARY.md: the layout, the manifest,
// the Parquet schema and every field of the record (deid/redact/FIELDS.md).
func DataDictionary() []byte { return dictionary() }

const dictionaryHead = `# Data dictionary: de-identified conversation export

This folder is one day (` + "`dt=YYYY-MM-DD`" + `) of a de-identified export of
clinical conversations. No direct identifier is left in it; read the last
section before using the text.

## Files

| file | what it is |
|---|---|
| ` + "`_MANIFEST.json`" + ` | The commit record. **Read only the shards it lists**: anything else under this folder (another ` + "`run=`" + ` folder) is an unfinished or superseded run and is not part of the export. A folder without a manifest is not an export yet. |
| ` + "`run=<run_id>/part-<worker>-<seq>.jsonl.gz`" + ` | The records as gzip-compressed JSON Lines: one record a line, in the JSON form described below. |
| ` + "`run=<run_id>/part-<worker>-<seq>.parquet`" + ` | The same records as Parquet (zstd), flattened into the columns listed below. Use either format, not both: each holds every record once. |
| ` + "`_DATA_DICTIONARY.md`" + ` | This file. |
| ` + "`schema/deidentified-record.schema.json`" + ` | The JSON Schema (draft 2020-12) of one JSONL record, linked from the field list below. |

Each shard's size and SHA-256 are in the manifest (and in the object's
` + "`sha256`" + ` metadata); check them before use, as ` + "`export.Open`" + ` does.
A re-run of the same day writes a new ` + "`run=`" + ` folder and then replaces the
manifest in one write, so a day never holds two copies of a record.

## Manifest fields

| field | meaning |
|---|---|
| ` + "`run_id`, `run_date`" + ` | The run that produced the shards, and the day it exported. |
| ` + "`window`" + ` | Set only in the export of ` + "`deid stream`" + ` (` + "`stream/dt=YYYY-MM-DD/window=HHMMSS/`" + `): the start (UTC) of the window this manifest commits. Every window is a folder of its own with its own manifest. |
| ` + "`mode`" + ` | ` + "`full`" + ` (every input of the day) or ` + "`incremental`" + ` (only inputs not exported under another day). |
| ` + "`policy_name`, `policy_version`, `policy_hash`" + ` | The de-identification policy; every record carries the same hash. |
| ` + "`engine_version`, `schema_version`" + ` | Versions of the detection engine and record format. |
| ` + "`formats`, `shards[]`" + ` | The shard files: ` + "`path`" + ` (relative to this folder), ` + "`format`, `records`, `bytes`, `sha256`" + `, and ` + "`labels`" + ` (records per classification label and value). |
| ` + "`counts`" + ` | ` + "`records_in = exported + quarantined + rejected + skipped`" + `: inputs read, records exported here, inputs held back for review (never exported), inputs that could not be read, and inputs skipped by an incremental run because they were exported before. |
| ` + "`labels`" + ` | Exported records per classification label and value (every record also carries its own labels: ` + "`tier`, `categories`, `residual_risk`, `removed`, `policy_hash`" + `). |
| ` + "`data_dictionary`, `record_schema`" + ` | Path, size and SHA-256 of this file and of the record schema. |
| ` + "`created_at`, `manifest_version`" + ` | When the manifest was written; version of its format. |

## Reading it

` + "```sql" + `
-- DuckDB: list the shards from the manifest, then read them
SELECT research_id, age_years, age_capped, len(turns) AS turns
FROM read_parquet(['run=…/part-w1-00000.parquet', '…'])
WHERE residual_risk = 'none' AND NOT list_contains(categories, 'mental_health');
SELECT t.speaker, t.text FROM read_parquet('…'), unnest(turns) AS u(t);
` + "```" + `

` + "```python" + `
import json, pandas as pd
m = json.load(open("_MANIFEST.json"))
df = pd.concat(pd.read_parquet(s["path"]) for s in m["shards"] if s["format"] == "parquet")
` + "```" + `

BigQuery: load the Parquet shards with list inference enabled
(` + "`--parquet_enable_list_inference`" + `) so that ` + "`turns`" + ` becomes a repeated record.

## Parquet schema

`

const dictionaryColumns = `| column | from the JSON field | notes |
|---|---|---|
| ` + "`schema_version`, `research_id`, `patient_research_id`" + ` | same | ` + "`patient_research_id`" + ` is null when absent. |
| ` + "`age_years`, `age_capped`" + ` | ` + "`demographics.age`" + ` | ` + "`47` → 47, false; `\"90+\"` → 90, true (the age is 90 or more)." + ` Null when absent. |
| ` + "`sex`, `zip3`, `state`" + ` | ` + "`demographics.*`" + ` | Null when absent. |
| ` + "`encounter_year`, `encounter_date`, `encounter_date_shifted`, `department`" + ` | ` + "`encounter.*`" + ` | ` + "`encounter_date`" + ` is a DATE; ` + "`encounter_date_shifted`" + ` is false when absent. |
| ` + "`turns`" + ` | ` + "`turns[]`" + ` | LIST of STRUCT(speaker, start_ms, end_ms, text), in order. |
| ` + "`removed`" + ` | ` + "`removed`" + ` | MAP(type → count). |
| ` + "`policy_name`, `policy_version`, `policy_hash`" + ` | ` + "`policy.*`" + ` | ` + "`policy_hash`" + ` is also the record's top-level ` + "`policy_hash`" + `. |
| ` + "`engine_version`" + ` | same | |
| ` + "`tier`, `residual_risk`" + ` | same | The record's labels; null only for a record written without them (never in an export). |
| ` + "`categories`" + ` | ` + "`categories`" + ` | LIST of STRING, sorted; empty for none. |
`
