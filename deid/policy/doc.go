// Package policy says what happens to each identifier the engine finds: which
// operator replaces it (a type tag, a numbered tag, a mask, a surrogate, a
// shifted or generalised date, nothing) and with which parameters.
//
// It sits between the engine and the redactor:
//
//	deid.Engine.Scan -> []deid.Finding -> redact.Redactor (uses *policy.Policy) -> record
//
// # Two layers
//
// A policy file is YAML. [Parse] decodes it into a [Raw] value that still
// knows the line of every key, so that every error names the file, line and
// key ("p.yaml:7:5: rules.NAME.operator: unknown operator ..."). Unknown keys
// are errors: a misspelt key must never be silently ignored by a
// de-identification tool. [Raw.Compile] then validates the whole policy
// against the rules of its method (Safe Harbor or expert determination) and
// returns the runtime [Policy] that the redactor uses; nothing downstream ever
// sees a Raw.
//
// # Presets
//
// Two presets are embedded as YAML files and printed byte for byte by
// `deid policy show`: safe-harbor (the default) and expert. See presets/.
//
// # Keys
//
// A policy never holds key material: operators that need a key (surrogates,
// date shift, research ids) get it from the environment or a key file at run
// time. A key-like entry in a policy file is rejected with an error that says
// where keys belong.
//
// # Extending
//
// New sections (for example routing of sensitive categories such as mental
// health or substance use) are added as a field of [Raw], a case in the
// top-level switch of parse.go and a check in Compile; the canonical form
// hashed by [Policy.Hash] must then include them, which changes the hash of
// every policy that uses them and only those.
package policy
