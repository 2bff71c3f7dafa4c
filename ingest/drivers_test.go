package ingest

// s3:// inputs: the command registers the drivers (cmd/deid/drivers.go),
// the tests do as it does.
import _ "github.com/deid-project/deid/storage/s3"
