// Package reason is the one grammar of the reason codes that say why a
// record did not leave: the gate's quarantine codes, the processor's
// reject and failure codes, and whatever a later step adds.
//
//	code   = [a-z][a-z0-9_.-]{0,63}       ("residual_identifier", "invalid_json")
//	detail = code "." qualifier           ("category_not_allowed.substance_use")
//
// A code is all that is said about a record outside the quarantine: it is
// written next to the record in quarantine and rejected files, counted in
// the audit log and the run summary, logged and used as a metric label. So
// it holds fixed words only, never text from a record, and every writer
// checks it against this grammar (export.Reason.Validate, gate.ReasonCode).
// Emitters build their codes with [Qualify] rather than by hand, and each
// owner package lists the codes it can emit (gate.Reasons,
// process.QuarantineReasons, process.RejectReasons) so that a test can
// check them all against every writer.
//
// The package imports nothing: the engine's packages and the export layer
// share it.
package reason

// Grammar is the form of a code as a regular expression, for messages and
// documentation.
const Grammar = `[a-z][a-z0-9_.-]{0,63}`

// MaxLen is the longest code, in bytes.
const MaxLen = 64

// Sep separates a code from its qualifier: "category_not_allowed.genetics".
const Sep = "."

// Valid reports whether s is a code: 1-64 bytes of lower-case ASCII
// letters, digits, '_', '.' and '-', starting with a letter.
func Valid(s string) bool {
	if len(s) == 0 || len(s) > MaxLen || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// Qualify returns code "." qualifier, the form of a code that names what
// it is about ("category_not_allowed.substance_use"). The result is a
// valid code when both parts are, and the whole fits in MaxLen.
func Qualify(code, qualifier string) string { return code + Sep + qualifier }
