package export_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/storage"
)

// duckQuery runs one SQL query with DuckDB from npm (tools/duckdb, installed
// by make test) and returns the rows. The test is skipped only when node is
// absent; with node but without the package it fails.
func duckQuery(t *testing.T, sql string) []map[string]any {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the DuckDB check needs it")
	}
	dir, err := filepath.Abs("../tools/duckdb")
	require.NoError(t, err)
	_, err = os.Stat(filepath.Join(dir, "node_modules", "@duckdb", "node-api"))
	require.NoError(t, err, "DuckDB is not installed: run make duckdb (make test does)")
	cmd := exec.Command(node, filepath.Join(dir, "query.mjs"), sql)
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "duckdb: %s", stderr.String())
	var rows []map[string]any
	require.NoError(t, json.Unmarshal(out, &rows))
	return rows
}

// TestParquetReadByDuckDB opens the committed Parquet shards with DuckDB,
// a reader we did not write: every column, the LIST of turns, the MAP of
// removed types and the labels read back as written, and a researcher's
// selection by label works.
func TestParquetReadByDuckDB(t *testing.T) {
	ctx := context.Background()
	root := t.TempDir()
	b, err := storage.Open(ctx, root, nil)
	require.NoError(t, err)
	recs := labelled(testRecords(0, 12))
	run := runAt("2024-05-01", 1)
	shards := writeRun(t, b, run, recs, 2, nil)
	require.NoError(t, export.Commit(ctx, b, manifestFor(run, shards, export.Counts{RecordsIn: 12, Exported: 12}), nil))
	m, err := export.ReadManifest(ctx, b, run.Date)
	require.NoError(t, err)
	var files []string
	for _, s := range m.Shards {
		if s.Format == export.FormatParquet {
			files = append(files, "'"+filepath.Join(root, export.DatePrefix(run.Date), s.Path)+"'")
		}
	}
	require.NotEmpty(t, files)
	from := "read_parquet([" + strings.Join(files, ", ") + "])"

	rows := duckQuery(t, `SELECT research_id, patient_research_id, age_years, age_capped, sex, encounter_year,
		CAST(encounter_date AS VARCHAR) AS encounter_date, len(turns) AS n_turns, turns[2].text AS text2,
		removed['NAME'] AS removed_name, policy_hash, tier, categories, residual_risk
		FROM `+from+` ORDER BY research_id`)
	require.Len(t, rows, len(recs))
	byID := map[string]int{}
	for i, r := range recs {
		byID[r.ResearchID] = i
	}
	for _, row := range rows {
		i, ok := byID[row["research_id"].(string)]
		require.True(t, ok)
		r := recs[i]
		assert.Equal(t, "2", fmt.Sprint(row["n_turns"]))
		assert.Equal(t, r.Turns[1].Text, row["text2"])
		assert.Equal(t, fmt.Sprint(r.Removed["NAME"]), fmt.Sprint(row["removed_name"]))
		assert.Equal(t, r.Policy.Hash, row["policy_hash"])
		assert.Equal(t, "deidentified", row["tier"])
		assert.Equal(t, r.Labels.ResidualRisk, row["residual_risk"])
		cats := []string{}
		for _, c := range row["categories"].([]any) {
			cats = append(cats, c.(string))
		}
		assert.Equal(t, r.Labels.Categories, cats)
		if a := r.Demographics.Age; a != nil {
			assert.Equal(t, fmt.Sprint(a.Years), fmt.Sprint(row["age_years"]))
			assert.Equal(t, a.Over, row["age_capped"])
		} else {
			assert.Nil(t, row["age_years"])
		}
		if r.Encounter.Date != "" {
			assert.Equal(t, r.Encounter.Date, row["encounter_date"])
		} else {
			assert.Nil(t, row["encounter_date"])
			assert.Equal(t, fmt.Sprint(r.Encounter.Year), fmt.Sprint(row["encounter_year"]))
		}
		if r.PatientResearchID == "" {
			assert.Nil(t, row["patient_research_id"])
		}
	}

	// the researcher's selection: no mental health, nothing left by verification
	want := 0
	for _, r := range recs {
		if r.Labels.ResidualRisk == "none" && !slices.Contains(r.Labels.Categories, "mental_health") {
			want++
		}
	}
	sel := duckQuery(t, `SELECT count(*) AS n FROM `+from+` WHERE residual_risk = 'none' AND NOT list_contains(categories, 'mental_health')`)
	require.Len(t, sel, 1)
	assert.Equal(t, fmt.Sprint(want), fmt.Sprint(sel[0]["n"]))
}
