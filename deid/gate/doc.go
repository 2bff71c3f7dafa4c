// Package gate decides, per record, whether de-identified data may leave for
// the cloud, and keeps the books of a run.
//
//	read -> parse -> deid -> classify -> verify -> [gate] -> write
//
// [Decide] takes a record's labels (deid/classify), its verification result
// (deid/verify) and the compiled policy, and returns a [Decision]: Export, or
// Quarantine with a short reason code that is safe to log and to use as a
// metric label ("residual_identifier", "category_not_allowed.substance_use",
// "verify_error": the grammar of deid/reason; [Reasons] lists them all). It
// fails closed: no policy, a result that is not a verification result,
// labels that are malformed, stale, of another tier or another policy, a
// category the policy does not list — each quarantines.
// Only Route == Export exports; the zero Decision does not.
//
// Every input record ends in exactly one [Outcome]: exported, quarantined
// (on-prem, for review: the gate said so, or a step failed for the record)
// or rejected (not a valid record). [Counts] are the run counts, the one
// tally every part of a run shares; workers count apart, [Counts.Add] merges,
// and [Counts.Reconciles] is the check a run makes before it declares
// success. A reason that is not a short code is counted as "invalid_reason"
// ([ReasonCode]), so no text reaches a log or a metric through it.
//
// The package never imports Beam: the pipelines call it from a DoFn.
package gate
