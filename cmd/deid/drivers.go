package main

// The drivers the command links in. Library packages never import a
// driver: only the command does, so a library user picks the ones it needs,
// and Beam workers, which run this binary, have them all.
//
// Storage drivers register the URL schemes the command's inputs, outputs
// and on-prem folders may name (storage.Register, from init). The linkage
// store driver makes linkage.Open hand postgres:// and postgresql:// URLs
// (--linkage, linkage: in job YAML) to the PostgreSQL store.
import (
	_ "github.com/deid-project/deid/deid/linkage/pgstore" // postgres://
	_ "github.com/deid-project/deid/storage/gcs"          // gs://
	_ "github.com/deid-project/deid/storage/local"        // local paths and file://
	_ "github.com/deid-project/deid/storage/s3"           // s3://
)
