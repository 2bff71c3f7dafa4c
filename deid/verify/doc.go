// Package verify is the second, independent look at de-identified output
// before it may leave: it scans every output field of a record again and
// rates what is left.
//
//	read -> parse -> deid -> classify -> [verify] -> gate -> write
//
// [Check] takes the engine, the de-identified record and its source
// conversation, and returns a [Result]: counts by type and short reason
// codes, never text, so it can be logged as it is. It never imports Beam and
// never fails: whatever stops it gives risk high.
//
// # What it looks at
//
// Free text (turn texts, the department) is scanned twice over:
//
//  1. The engine, with the known identifiers of the source encounter
//     (deid.NewKnown), on the text as written. Redaction tags ("[NAME]",
//     "[NAME_1]", the forms deid/redact writes) are cut out of its findings;
//     a finding left with nothing but titles and function words ("I'm Dr."
//     before a tag, which the engine reads as a street) is explained, and so
//     is what the policy's generalize operator writes on purpose (a year
//     alone, "90+", "021XX").
//  2. A literal search, independent of the engine, for the known identifiers
//     of the source on the text with its tags blanked: name parts of three
//     letters or more, the MRN and its digits, phone digits, the e-mail, the
//     house number with its street word and the street name, city, facility,
//     ZIP, NPIs, and the birth and encounter dates in their written and
//     spoken forms ("08/19/1973", "aug 19th", "the nineteenth of august").
//     Numbers are compared as digit strings joined across separators and
//     spoken digits ("six oh two, five five five ..."). For a patient aged
//     90 or more at the visit the birth year alone is searched too, written
//     and said ("1929", "nineteen twenty nine"), and a year the engine reads
//     as a date is not the policy's output when it tells an age over 89
//     (every year of such a patient's dates, any year 90 years or more
//     before the visit): Safe Harbor removes those years (age.go). A name part that is
//     an everyday word ("will", "may", "bell") counts only in a name context
//     (a title or another name part next to it, or a capital mid-sentence
//     in cased text); a name part followed by "disease", "palsy",
//     "syndrome", ... is the eponym the redactor keeps on purpose.
//
// Structured fields have closed sets or fixed shapes (speaker, sex, state,
// ZIP3 that must be the policy's, age under the cap or the cap with "+",
// research ids, key id, removed types, the encounter date only where the
// policy shifts or keeps dates), so any other value is a field the redactor
// let text into. Research ids are hex digests and are checked by shape, not
// searched: a 5-digit MRN would be found in them by chance.
// Turn timings (start_ms, end_ms) go out as numbers as they came in:
// validation keeps them plausible (under a day, in order), which a 7- or
// 8-digit MRN still is, so a timing of 6 or more digits that is, or is part
// of, a number of 6 or more digits the source holds (a value of the
// encounter, a number said in a turn) is a field leak (field:turns.timing).
//
// # How it rates
//
// Any literal hit of a known identifier is a definite leak: high. A
// structural problem, or a policy that cannot be resolved (the record's
// policy hash is not that of Options.Policy, or, without one, of the preset
// it names): high. An engine finding scored at or above Options.MinScore
// (0.5) on a type the policy tags, numbers, masks or drops: high; below it:
// low. Nothing: none.
//
// # Surrogates
//
// Under an expert policy surrogates are realistic on purpose, and the engine
// finds them again: a surrogate name cannot be told from a name the first
// pass missed. Verify does not try. An engine finding on a type the policy
// replaces with surrogates (or a date it shifts) is low, whatever its score;
// the literal search is what catches a real value there, for every
// identifier the source knows about. Where a surrogate does have a tell, it
// is used: e-mail, URL and IP surrogates are always in ranges reserved for
// fiction (example.org, 192.0.2.0/24, 2001:db8::/32), so an address outside
// them is high. Phone, SSN and NPI surrogates are fictional too, but the
// surrogate of a record number keeps its shape with random digits and may
// read as a phone number, so digit strings are not judged by range. The
// expert preset exports low (export.max_residual_risk), safe-harbor only
// none.
//
// The second scan is only partly independent: the engine is the one that
// redacted, with the same known identifiers, so on unchanged context it
// agrees with itself. Its findings on the output come from context the
// redaction changed and from operator output. The literal search, the
// structural checks and the surrogate ranges are the independent part.
package verify
