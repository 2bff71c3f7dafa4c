package batch

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProgressCountersAreBeamCounters: the counts the launcher's progress
// line reads (Job.Progress) are the run's Beam counters, which the runner
// reports too.
func TestProgressCountersAreBeamCounters(t *testing.T) {
	t.Setenv("DEID_KEY", testKey)
	dir := t.TempDir()
	c := Config{Input: writeInput(t, dir, 7), Output: filepath.Join(dir, "export"), Quarantine: filepath.Join(dir, "onprem"), RunDate: "2026-11-24"}
	j, err := Prepare(c, time.Now())
	require.NoError(t, err)
	before := j.Progress()
	p, s := beam.NewPipelineWithRoot()
	j.Build(s)
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)
	after := j.Progress()

	beamCounts := map[string]int64{}
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Namespace() == "deid" {
			beamCounts[r.Name()] += r.Result()
		}
	}
	assert.EqualValues(t, 7, beamCounts["records_processed"])
	assert.Equal(t, beamCounts["records_processed"], after.Records-before.Records)
	assert.Positive(t, beamCounts["input_bytes_processed"])
	assert.Equal(t, beamCounts["input_bytes_processed"], after.ProcessedBytes-before.ProcessedBytes)
	assert.Equal(t, beamCounts["input_bytes_processed"], beamCounts["input_bytes_checked"], "both passes read the whole input")
	assert.Equal(t, beamCounts["input_bytes_checked"], after.CheckedBytes-before.CheckedBytes)
}
