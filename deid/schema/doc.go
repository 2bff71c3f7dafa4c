// Package schema holds the JSON Schema of the input conversation record
// (conversation.schema.json), the shape `deid scan --format conversation`,
// `deid redact` and `deid batch` read. The de-identified output record's
// schema lives with its code in deid/redact/schema.
package schema
