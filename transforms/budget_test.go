package transforms

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSinksOfARunShareOneRetryBudget: the buckets a run opens (research
// output, on-prem) draw on one retry budget, so the run's retries are
// bounded together; another run, or a sink without a run, has its own.
func TestSinksOfARunShareOneRetryBudget(t *testing.T) {
	out, err := Sink{URL: "gs://research/x", Budget: "run-a"}.Options()
	require.NoError(t, err)
	onprem, err := Sink{URL: "/var/onprem", Budget: "run-a"}.Options()
	require.NoError(t, err)
	other, err := Sink{URL: "gs://research/x", Budget: "run-b"}.Options()
	require.NoError(t, err)
	none, err := Sink{URL: "gs://research/x"}.Options()
	require.NoError(t, err)
	require.NotNil(t, out.RetryBudget)
	assert.Same(t, out.RetryBudget, onprem.RetryBudget)
	assert.NotSame(t, out.RetryBudget, other.RetryBudget)
	assert.Nil(t, none.RetryBudget)
}
