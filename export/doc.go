// Package export writes the de-identified research export and its on-prem
// companions: the last step of the flow, after the gate, through package
// storage (a local directory, s3:// or gs://). It is plain Go and never
// imports Beam; the pipeline calls it from DoFns (ShardWriter per bundle,
// Commit once at the end), so its configuration types (Run, ShardOptions,
// ShardInfo, Manifest) are plain data with exported fields.
//
// # Layout
//
//	<dst>/dt=YYYY-MM-DD/_MANIFEST.json                    written last: the commit
//	<dst>/dt=YYYY-MM-DD/_DATA_DICTIONARY.md               for researchers
//	<dst>/dt=YYYY-MM-DD/run=<run_id>/part-<worker>-<seq>.jsonl.gz
//	<dst>/dt=YYYY-MM-DD/run=<run_id>/part-<worker>-<seq>.parquet
//
// A [ShardWriter] streams records into a gzip JSONL spool file and a
// Parquet writer ([Row] is the flattened schema), rolls over at
// ShardOptions.MaxRecords or MaxBytes, and uploads each shard in both
// formats with storage.Put (SHA-256 computed and checked by the storage
// layer). Memory is bounded by one Parquet row group (RowGroupBytes); the
// rest is on disk in private spool files. Writers of different workers run
// concurrently; the worker name (unique in a run, e.g. per Beam bundle)
// keeps their keys apart.
//
// Object metadata: every shard carries deid-run-id, deid-run-date,
// deid-format, deid-records, deid-policy-hash, deid-schema-version and
// deid-engine-version, plus the caller's per-record [Labels] aggregated over
// the shard (each key's distinct values, sorted, joined by ','). The exact
// per-value record counts are in the manifest (ShardInfo.Labels,
// Manifest.Labels), so the record schema researchers see is unchanged.
// A shard holds records of one policy, engine and schema version only.
//
// # Commit protocol
//
// [Commit] validates the [Manifest] and refuses (ErrInvalidManifest) unless
// records_in = exported + quarantined + rejected + skipped, each format's
// shards sum to exported, every shard is under run=<run_id>/ and listed
// once, and every shard exists with the stated size, SHA-256 (re-read and
// hashed by default; CommitOptions.StatOnly trusts the stored digest) and
// run/policy/record-count metadata. Then it writes the data dictionary and,
// last, the manifest in a single Put: atomic per object on S3, GCS and the
// local backend (rename). Readers see the old run or the new one, never a
// mix. Finally [GC] deletes every object of the date's runs older than the
// committed one, and objects inside the committed run that the manifest
// does not name (retried or crashed workers). Runs newer than the committed
// one are left alone: they may still be writing.
//
// [CommitRun] is the whole commit of a pipeline's run around it, in plain
// Go: the run counts must reconcile ([ErrUnreconciled]) and the input be
// right ([CheckInput]); then the incremental state is prepared, the audit
// record of the commit written (no run commits without one), the manifest
// committed last, and the state applied. A run that does not commit leaves
// neither manifest nor state, and its RunFinished says why.
//
// Run ids sort by start time ([NewRunID]); Commit refuses a run older than
// the committed one (ErrStaleRun), so a slow, stale run cannot overwrite a
// newer export. One committer per date at a time: the storage API has no
// conditional write.
//
// # Reader contract
//
// A reader trusts only the manifest. A dt= prefix without one is not an
// export ([ErrNoManifest]), whatever shards it holds; shards the manifest
// does not name do not exist. [Open] + [Dataset.Records] read one format's
// shards, downloading each to a private temp file and checking its size and
// SHA-256 against the manifest before yielding a record. A shard that
// vanished mid-read means the date was replaced: open it again.
//
// # Idempotence and incremental runs
//
// Re-running a date writes a new run=… prefix and replaces the manifest, so
// a date never holds two copies of a record. An incremental run exports
// only inputs the on-prem [StateStore] has not seen exported under another
// date (a re-run of a date re-exports its own inputs, since its export is
// replaced). The state is changed only after a successful commit:
// Prepare(run, fingerprints) before Commit, Apply(run) after it, and
// Recover at start-up settles a crash between the two against the
// manifests. An input is a [Fingerprint]: conversation id + SHA-256 of its
// canonical JSON.
//
// # On-prem files
//
// [QuarantineWriter] keeps the original input records the gate held back,
// with a [Reason] code, as dt=…/run=…/quarantined-<worker>-<seq>.jsonl in an
// on-prem bucket: restricted data that never goes to a research sink.
// [RejectWriter] records unreadable inputs as rejected-<worker>-<seq>.jsonl
// with source, line, reason and size only; the raw lines, if the operator
// asks for them (RejectOptions.RawDir), go to a local 0600 file only.
// [AuditLog] appends run_started / run_finished events (user, host, flag
// names without values, policy, engine, URLs without credentials or query,
// counts per type, label, category and reason, durations), each tagged
// tier "internal", to a local 0600 JSONL file.
//
// No PHI outside the records: errors, metadata, manifests, audit events and
// rejected files carry ids, counts, codes and keys only; values that are
// not plain tokens are replaced (safeToken, "invalid") or refused. A test
// plants names and MRNs in every input and checks all of them.
package export
