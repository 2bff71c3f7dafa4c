// Package redact turns findings into de-identified text and records: it is
// the operator layer between the engine and the output.
//
//	deid.Engine.Scan -> []deid.Finding -> [redact: policy operators] -> text / Record
//
// A [Redactor] applies a compiled [policy.Policy]. [Redactor.Text] replaces
// the findings of one text; [Redactor.Conversation] scans a conversation
// record and returns a [Record] with research ids in place of the real ids,
// generalised demographics, dates per policy, redacted turns and counts of
// what was removed. The pipelines call exactly these.
//
// # Consistency
//
// A [Scope] carries what must stay consistent within a conversation: the
// numbers of numbered tags ([NAME_1] is the same person in every turn; the
// patient's name, then the clinicians' and relatives' from the encounter,
// are numbered first), and the surrogates handed out. Surrogates and the
// date shift are derived with HMAC-SHA256 from the key and the scope's
// subject (the patient's MRN, else name), so the same real value maps to the
// same surrogate in every turn, every conversation of the patient and every
// run with the same key, and to an unrelated one under another key. Name
// parts map one by one ("John Smith" then "John" keeps the same fake first
// name; a relative "Mary Smith" keeps the fake surname).
//
// # Keys
//
// Keys come from DEID_KEY or a key file ([KeyFromEnv], [LoadKeyFile]), never
// from the policy. A policy that needs a key (surrogate, shift) fails in
// [New] without one. Research ids always need one, so [Redactor.Conversation]
// returns [ErrNoKey] without a key, even under safe-harbor; the CLI offers
// --ephemeral-key for a per-run random key (ids then link nothing across
// runs). Text redaction under safe-harbor needs no key.
//
// Research ids are keyed hashes of the real ids. 45 CFR 164.514(c) allows a
// re-identification code only if it is not derived from information about
// the individual; a keyed HMAC whose key never leaves the covered entity is
// the common reading of "not translatable", but a strict reading may ask for
// a lookup table of random ids instead. Record the choice in the release.
//
// # Failing closed
//
// A span the operator cannot handle (a date it cannot parse, an age without
// a number, a ZIP with too few digits) becomes its type tag. Nothing in this
// package logs, and no error holds text from a record.
//
// # Idempotence
//
// Tags are written as "[TYPE]" or "[TYPE_N]". A finding that covers such a
// tag is trimmed to exclude it, so redacting redacted output again changes
// nothing under every operator but surrogate and shift (whose output is, by
// design, realistic text that a scan finds again).
package redact
