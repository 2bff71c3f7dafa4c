package main

// The storage drivers the command's inputs, outputs and on-prem folders
// may name. They register their URL schemes (storage.Register) from init:
// only the command imports them, so a library user picks the ones it
// needs, and Beam workers, which run this binary, have them all.
import (
	_ "github.com/deid-project/deid/storage/gcs"   // gs://
	_ "github.com/deid-project/deid/storage/local" // local paths and file://
	_ "github.com/deid-project/deid/storage/s3"    // s3://
)
