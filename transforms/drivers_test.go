package transforms

// The tests' sinks are local folders: the command registers the drivers
// (cmd/deid/drivers.go), the tests do as it does.
import _ "github.com/deid-project/deid/storage/local"
