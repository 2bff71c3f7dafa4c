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
// # Export routing
//
// The optional export: section says which de-identified records may leave
// for the cloud (the gate, deid/gate, applies it): allow_categories lists the
// sensitive clinical categories (deid/classify) whose records may be
// exported, and max_residual_risk the worst verification result (deid/verify)
// that may be. Without the section every category but substance_use is
// allowed (42 CFR Part 2), and the risk is none under Safe Harbor, low under
// an expert determination ([DefaultExport]). Categories are plain strings
// here, validated against [Categories], so that this package does not import
// the classifier.
//
// # Site dictionaries
//
// The optional allow:, deny: and patterns: sections (dict.go) correct the
// engine for a site; [Policy.Custom] compiles them for the engine
// (deid.Options.Custom) and [Policy.EngineOptions] builds the options. Files
// of terms are read next to the policy ([LoadFile]) or from the contents a
// launcher shipped ([ParseCompileFiles], [FilesReader]).
//
// # Extending
//
// New sections are added as a field of [Raw], a case in the top-level switch
// of parse.go and a check in Compile; the canonical form hashed by
// [Policy.Hash] must then include them, which changes the hash of every
// policy that uses them and only those. The export section is hashed only
// when it differs from its default, so that the presets, which spell the
// default out, kept their hashes.
package policy
