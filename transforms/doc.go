// Package transforms holds the thin Beam wrappers of the batch pipeline:
// each DoFn carries its whole configuration in exported fields (they are
// serialised into the job, so workers on a distributed runner rebuild the
// same state in Setup) and calls plain Go packages for the work:
//
//	ReadLines     ingest.List and ingest.Ranges on one worker, then the ranges
//	              handed out one a bundle (a checkpointing splittable DoFn)
//	              and reshuffled, ingest.ReadRange per range: ranges run in
//	              parallel even where a runner bundles a stage's input whole
//	FindDuplicates one compact batch of id and content hashes per bundle,
//	              merged in one step; ReadLinesAfter waits for it
//	Deidentify    process.Processor: parse, redact, classify, verify, gate
//	WriteShards   export.ShardWriter per shard key (many shards in parallel)
//	WriteOnPrem   export quarantine and reject writers (on-prem only)
//	Commit        the reports gathered on one worker, export.CommitRun (the
//	              counts reconciled, the incremental state, the audit
//	              record, the manifest written last), and the run summary
//
// Elements that cross a stage boundary are small structs with exported
// fields only (BEAM_NOTES: unexported fields are dropped after a shuffle);
// records travel as JSON bytes.
//
// Secrets never travel in the job: the key is read on the workers from a
// file or the environment, and cloud credentials come from the workers'
// environment.
package transforms
