package storage

import (
	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/storage/driver"
)

// Portable error kinds. Test with errors.Is; the backend's native error stays
// reachable with errors.As (for example *minio.ErrorResponse,
// *googleapi.Error, *fs.PathError). Error messages carry operation and key,
// never object contents.
var (
	ErrNotFound         = errors.New("storage: object not found")
	ErrInvalidArgument  = errors.New("storage: invalid argument")
	ErrPermissionDenied = errors.New("storage: permission denied")
	ErrIntegrity        = errors.New("storage: integrity check failed")
	ErrAlreadyExists    = errors.New("storage: already exists")
	ErrInsecure         = errors.New("storage: insecure transport refused")
	ErrUnknownScheme    = errors.New("storage: unknown URL scheme")
	ErrClosed           = errors.New("storage: bucket closed")
)

func kindSentinel(k driver.Kind) error {
	switch k {
	case driver.NotFound:
		return ErrNotFound
	case driver.InvalidArgument:
		return ErrInvalidArgument
	case driver.PermissionDenied:
		return ErrPermissionDenied
	case driver.Integrity:
		return ErrIntegrity
	case driver.AlreadyExists:
		return ErrAlreadyExists
	}
	return nil
}

var sentinels = []error{
	ErrNotFound, ErrInvalidArgument, ErrPermissionDenied, ErrIntegrity,
	ErrAlreadyExists, ErrInsecure, ErrUnknownScheme, ErrClosed,
}

// classify marks err with the portable sentinel for its kind and adds the
// operation and key. Errors already carrying a sentinel keep it.
func classify(d driver.Bucket, op, key string, err error) error {
	if err == nil {
		return nil
	}
	if !errors.Is(err, ErrInsecure) {
		if p := tlsProblem(err); p != nil {
			err = errors.Mark(errors.Wrapf(err, "%s", errors.Safe(p.Error())), ErrInsecure)
		}
	}
	marked := false
	for _, s := range sentinels {
		if errors.Is(err, s) {
			marked = true
			break
		}
	}
	if !marked {
		if s := kindSentinel(d.ErrorKind(err)); s != nil {
			err = errors.Mark(err, s)
		}
	}
	if key == "" {
		return errors.Wrapf(err, "storage: %s", errors.Safe(op))
	}
	return errors.Wrapf(err, "storage: %s %q", errors.Safe(op), errors.Safe(key))
}

// InvalidArgumentf returns an error marked ErrInvalidArgument. Backends use
// it for configuration errors; its arguments must not be object contents.
func InvalidArgumentf(format string, args ...any) error {
	return errors.Mark(errors.Newf(format, args...), ErrInvalidArgument)
}
