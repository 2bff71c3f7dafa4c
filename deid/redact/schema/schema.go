// Package schema holds the JSON Schema of the de-identified record written by
// package redact.
package schema

import _ "embed"

// Record is the JSON Schema (draft 2020-12) of redact.Record.
//
//go:embed deidentified-record.schema.json
var Record []byte
