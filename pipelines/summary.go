// Package pipelines holds what the batch and stream pipelines (its
// subpackages) share: the summary of a run, which the commit step of a
// run leaves on-prem (transforms.Commit) and the launcher reads back and
// prints.
//
// It holds types only and never imports Beam: the subpackages assemble
// the pipelines, transforms/ holds their steps.
package pipelines

import (
	"github.com/deid-project/deid/deid/process"
	"github.com/deid-project/deid/export"
)

// Summary is the outcome of a run: counts and codes only (no PHI), kept
// on-prem next to the quarantine and printed by `deid batch`; a stream
// sums its windows' in one.
type Summary struct {
	Run         export.Run         `json:"run"`
	Status      string             `json:"status"`
	Stats       process.Stats      `json:"stats"`
	Manifest    string             `json:"manifest"`
	Shards      int                `json:"shards"`
	Bytes       int64              `json:"bytes"`
	Formats     []string           `json:"formats"`
	OnPrem      []export.ObjectRef `json:"onprem_files"`
	Labels      export.LabelCounts `json:"labels,omitempty"`
	DurationsMS map[string]int64   `json:"durations_ms"`
	// Error says why a run did not commit (ids, counts, codes only).
	Error string `json:"error,omitempty"`
}

// SummaryKey is where the commit step leaves the run summary on the
// on-prem sink, for the launcher to print.
func SummaryKey(run export.Run) string { return run.Prefix() + "/_RUN_SUMMARY.json" }
