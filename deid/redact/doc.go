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
// subject (the patient's MRN, else the conversation), so the same real value maps to the
// same surrogate in every turn, every conversation of the patient and every
// run with the same key, and to an unrelated one under another key. Name
// parts map one by one ("John Smith" then "John" keeps the same fake first
// name; a relative "Mary Smith" keeps the fake surname).
//
// # Research ids and keys
//
// Research ids are not derived from information about the individual (45
// CFR 164.514(c)): under research_ids: random (the default) the conversation
// and its patient get random ids from an on-prem linkage store
// ([Options.IDs], deid/linkage), linked by the MRN, else by the encounter id
// or the conversation id: never by a name alone. research_ids: keyed
// (expert only) derives them with HMAC-SHA256 from the key instead.
//
// Keys come from DEID_KEY or a key file ([KeyFromEnv], [LoadKeyFile]), never
// from the policy; weak keys are refused. A policy that needs a key
// (surrogate, shift, keyed ids) fails without one. No fingerprint of the key
// is written into a record.
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
