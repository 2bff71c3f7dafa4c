// Package classify labels records: the sensitivity tier of a piece of data,
// and the sensitive clinical categories a conversation mentions. It sits
// after de-identification in the flow
//
//	read -> parse -> deid -> [classify] -> verify -> gate -> write
//
// and never imports Beam.
//
// # Tiers
//
// Input conversations and quarantined records are [TierRestricted],
// encounter metadata [TierSensitive], logs, metrics and manifests
// [TierInternal], exported research data [TierDeidentified].
//
// # Categories
//
// [Detect] finds mentions of five categories that law or custom treats
// apart: substance use (42 CFR Part 2), mental health, HIV and sexually
// transmitted infections, reproductive health, and genetics (GINA). The
// policy's export.allow_categories routes on them; by default substance use
// stays on-prem.
//
// Detection is a vocabulary match, not a model. Each category is a [Rule]
// of terms (words and phrases as lower-case ASR writes them, acronyms also
// spelled out, a few words that count only in one case such as "PrEP") and
// exceptions ("st depression", "cardiac rehab"), carrying examples it must
// and must not match that the tests check, as gitleaks does for its rules.
// The text is cut once into lower-case words and walked through a trie of
// the terms keyed by word: one pass, map look-ups, no regular expressions.
//
// Recall comes first, for routing errs on the side of keeping data home. The
// match ignores negation ("denies heroin use" mentions heroin), so a social
// history question ("any recreational drugs?") routes a conversation as
// substance use even when the answer is no. Terms that are usually
// something else are matched only in phrases ("smoking weed") or with
// exceptions ("rehab", but not "cardiac rehab"); alcohol, tobacco and opioids
// prescribed for pain are not terms at all.
//
// # Labels
//
// [Labels] gather what the gate decides on and what every exported object
// carries as metadata ([Labels.ObjectMetadata], read back with
// [ParseObjectMetadata]): tier, policy name and hash, counts of removed
// identifiers by type, the residual risk found by verification, the
// categories. Labels hold names, hashes, types and counts, never text from a
// record; [Labels.Validate] refuses anything else, and ObjectMetadata writes
// "invalid" in place of a value that is not a label value.
package classify
