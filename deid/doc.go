// Package deid is the de-identification engine: it finds the HIPAA Safe Harbor
// identifiers (45 CFR 164.514(b)(2)) in clinical conversation text.
//
// It sits at the centre of the flow
//
//	read -> parse -> [deid: scan -> redact] -> classify -> verify -> gate -> write
//
// and is a plain Go library: it never imports Beam, so the CLI, the tests, the
// benchmarks and the Beam transforms all call exactly the same code.
//
// # Design
//
// Text is cut once into tokens (words, numbers, punctuation, and "chunks" such
// as e-mail addresses and URLs) with byte offsets. Detectors then work on the
// token stream rather than on the raw bytes, which is what makes the engine
// fast (one pass, map look-ups, no large alternation regexes) and what lets it
// read text the way transcripts are written: lower-case ASR output with no
// punctuation, spoken digits ("five five five one two one two"), spoken dates
// ("the third of march"), spelled names ("m a r t h a").
//
// Evidence comes from four places, strongest first:
//
//  1. Known identifiers of the encounter (patient name, nicknames, MRN, birth
//     date, phone, address, e-mail, clinicians, relatives): see [Known].
//  2. Patterns with validators (SSN rules, Luhn, NPI check digit, VIN check
//     digit, IPv4 octets, calendar-valid dates).
//  3. Dictionaries compiled from public lists (census and SSA names, US
//     cities, counties, hospitals, ZIP populations) in an embedded compact
//     form, weighed against a list of words that are not PHI and a list of
//     clinical vocabulary (eponyms such as Parkinson, Foley, Graves; drugs;
//     lab abbreviations) that must survive.
//  4. Context: titles ("dr.", "nurse"), relations ("my daughter"), cue phrases
//     ("my name is", "date of birth", "m r n"), and capitalisation where the
//     text has any.
//
// Recall comes first: a missed name is a breach. Precision comes second:
// clinical words must survive so the research data keeps its value.
//
// A [Finding] holds offsets, a type and a score, never the matched text; the
// caller owns the text and decides what may be printed. Nothing in this
// package logs.
package deid
