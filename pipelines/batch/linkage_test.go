package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid/linkage"
	_ "github.com/deid-project/deid/deid/linkage/pgstore" // postgres:// linkage stores, as cmd/deid links them
	"github.com/deid-project/deid/export"
	"github.com/deid-project/deid/internal/testserver"
)

// TestResearchIDsStableAcrossRuns: two nightly runs on the embedded runner
// (its DoFn instances sharing the store) give every conversation and
// patient the same random research ids, without any key; a fresh linkage
// store gives other ids (they are random, not derived from the records).
// Once with the file store (the default, under the state directory) and
// once with PostgreSQL (a real server, a URL without a password).
func TestResearchIDsStableAcrossRuns(t *testing.T) {
	for _, tc := range []struct {
		name string
		// store returns the --linkage of a store ("" for the default)
		// and a fresh one, and checks the store after the runs
		store func(t *testing.T, dir string) (first, fresh string, check func(t *testing.T, c Config, records int))
	}{
		{"file", func(t *testing.T, dir string) (string, string, func(*testing.T, Config, int)) {
			return "", filepath.Join(dir, "other-linkage"), func(t *testing.T, c Config, _ int) {
				log := filepath.Join(c.Quarantine, "_state", "linkage", linkage.LogName)
				fi, err := os.Stat(log)
				require.NoError(t, err)
				assert.Equal(t, os.FileMode(0o600), fi.Mode().Perm())
			}
		}},
		{"postgres", func(t *testing.T, _ string) (string, string, func(*testing.T, Config, int)) {
			pg := testserver.Postgres(t)
			db := pg.CreateDB(t)
			return pg.SocketURL(db), pg.SocketURL(pg.CreateDB(t)), func(t *testing.T, _ Config, records int) {
				// an id per conversation processed (exported or not), and patients'
				n, err := strconv.Atoi(strings.TrimSpace(pg.SQL(t, db, "SELECT count(*) FROM deid_linkage WHERE kind = 'conversation'")))
				require.NoError(t, err)
				assert.GreaterOrEqual(t, n, records)
				assert.NotEqual(t, "0\n", pg.SQL(t, db, "SELECT count(*) FROM deid_linkage WHERE kind = 'patient'"))
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("DEID_KEY", "")
			ctx := context.Background()
			dir := t.TempDir()
			lines, _ := input(t)
			in := filepath.Join(dir, "in.jsonl")
			require.NoError(t, os.WriteFile(in, append(bytes.Join(lines[:40], []byte("\n")), '\n'), 0o600))
			first, fresh, check := tc.store(t, dir)
			c := Config{Input: in, Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), ChunkBytes: 16 << 10, Linkage: first}

			ids := func(date string) []string {
				c := c
				c.RunDate = date
				sum := runJob(t, c)
				require.True(t, sum.Stats.Reconciles())
				ds, err := export.Open(ctx, openOut(t, c, nil), date, nil)
				require.NoError(t, err)
				var out []string
				for rec, err := range ds.Records(ctx) {
					require.NoError(t, err)
					out = append(out, rec.ResearchID+" "+rec.PatientResearchID)
				}
				sort.Strings(out)
				require.NotEmpty(t, out)
				return out
			}
			one := ids("2026-11-24")
			two := ids("2026-11-25")
			assert.Equal(t, one, two, "the same records, the same research ids")
			patients := 0
			for _, s := range one {
				if strings.Contains(s, " p_") {
					patients++
				}
			}
			assert.NotZero(t, patients, "records carry patient research ids")
			check(t, c, len(one))

			c.Linkage = fresh
			three := ids("2026-11-26")
			require.Len(t, three, len(one))
			seen := map[string]bool{}
			for _, s := range one {
				seen[s[:26]] = true // the conversation's research id
			}
			for _, s := range three {
				assert.False(t, seen[s[:26]], "a new store mints new ids")
			}
		})
	}
}
