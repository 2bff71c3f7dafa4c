// Package stream assembles `deid stream`: conversation records
// de-identified as they arrive, exported window by window.
//
//	Source.Discover (poll) -> de-dup by key + version (committed state)
//	  -> current window -> [window closes] -> batch.Job on the window's
//	     files (ReadLines -> Deidentify -> WriteShards/WriteOnPrem -> Commit)
//	  -> DST/stream/dt=YYYY-MM-DD/window=HHMMSS/_MANIFEST.json (last)
//	  -> committed state (on-prem) -> Source.Done
//
// # Design: a driver loop over the batch pipeline, not Beam windowing
//
// Each window's export must be committed on its own (shards, then the
// window's manifest), survive SIGTERM by finishing the windows in flight,
// and survive kill -9 by processing an uncommitted window again. Beam
// windowing on the embedded Prism runner can window and trigger
// (BEAM_NOTES), but it cannot drain an unbounded job (a stopped job is
// cancelled, and Prism panics when cancelled while it starts workers), it
// rejects stateful splittable DoFns (no watermark-holding poller with
// committed state) and keeps no state across restarts. So the driver
// polls the source itself, assigns what it finds to the current
// processing-time window, and, when the window closes, runs the shared
// batch pipeline (pipelines/batch, the same transforms, writers, commit,
// labels, verification, quarantine and audit events) on exactly that
// window's files, on the same runner (Prism in-process by default). The
// window is a run: export.Run with Window set commits
// "dt=<date>/window=<HHMMSS>/". Windows run one at a time, in order,
// while polling goes on; a window that is still running when the next
// closes makes a backlog, shown in the status.
//
// # Windows and lateness
//
// A file goes to the window open when a poll discovers it (windowAt, the
// one window function): windows are fixed and aligned on multiples of the
// window length, as Beam's fixed windows are. A record that arrives late
// (renamed into place after its window closed, found by a slow poll, or
// waiting while a window runs) lands in a later window, never a closed
// one, and is never lost. WindowArrivals is the same function as a Beam
// transform (records stamped with their window's start, then fixed
// windows), tested with teststream on Prism: late records, whose arrival
// windows the watermark has passed, land in the window of their discovery.
//
// # Exactly once
//
// Before a window's pipeline starts, the driver writes the window (run id,
// files with size and modification time) to pending.json in the on-prem
// state directory; after the pipeline committed the manifest, it appends
// the files to objects.jsonl and removes pending.json. On start-up a
// pending window whose manifest is committed (a crash after the manifest)
// is recorded; any other is abandoned: its shards and on-prem files are
// deleted (no manifest = not exported) and its files, not being in the
// committed state, are discovered again and go into a new window. A file
// whose size or modification time changes after it was committed is
// rejected whole in a later window (ReasonChangedAfterRead), never read
// again in part. A window that ran but whose state cannot be written
// stops the stream (exit 1) with the window pending, for the next start
// to settle: its files are not taken again meanwhile. One stream uses a
// state directory at a time (a lock).
//
// A conversation id that a committed window read is a duplicate (same
// content: rejected) or a conflict (other content: quarantined) in a
// later window, as within a batch run: the window's duplicate check
// (transforms.FindDuplicatesSince) reads the committed conversations
// (conversations.bin: hashes only, 32 bytes a conversation, see state)
// and spools the window's new ones, which are merged in after the
// manifest, before pending.json is removed; recovery merges the spool of a
// committed window and drops the others. This is also why windows run one
// at a time: a window's check must see the windows before it.
//
// # Other sources
//
// Source is the seam: a source of object notifications (GCS Pub/Sub
// notifications on Dataflow, S3 event notifications) implements Discover
// by pulling the notifications that arrived, Input by naming the bucket,
// and Done by acknowledging the notifications of a committed window.
package stream
