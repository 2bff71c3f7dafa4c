package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/internal/safeerr"
)

// maxLine bounds one input record (a long conversation is a few hundred KB).
const maxLine = 64 << 20

// openIn opens a --input value: "-" or "" is stdin.
func openIn(e *env, path string) (io.Reader, func() error, error) {
	if path == "" || path == "-" {
		return e.stdin, func() error { return nil }, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

// openOut opens an --output value: "-" or "" is stdout. A file is written
// next to its final name and renamed on success, so a failed run never
// leaves a half-written output behind.
func openOut(e *env, path string) (io.Writer, func(ok bool) error, error) {
	if path == "" || path == "-" {
		return e.stdout, func(bool) error { return nil }, nil
	}
	f, err := os.CreateTemp(dirOf(path), ".deid-out-*")
	if err != nil {
		return nil, nil, errors.Wrap(err, "create output")
	}
	done := func(ok bool) error {
		if !ok {
			f.Close()
			return os.Remove(f.Name())
		}
		if err := f.Close(); err != nil {
			return errors.Wrap(err, "close output")
		}
		return errors.Wrap(os.Rename(f.Name(), path), "rename output")
	}
	return f, done, nil
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[:i+1]
		}
	}
	return "."
}

// lineReader reads input lines of any length up to maxLine.
type lineReader struct {
	r    *bufio.Reader
	n    int
	long []byte
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{r: bufio.NewReaderSize(r, 1<<20)}
}

// next returns the next line without its newline (valid until the next
// call), or io.EOF.
func (l *lineReader) next() ([]byte, error) {
	l.long = l.long[:0]
	for {
		chunk, err := l.r.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			l.long = append(l.long, chunk...)
			if len(l.long) > maxLine {
				return nil, errors.Newf("line %d: longer than %d bytes", errors.Safe(l.n+1), errors.Safe(maxLine))
			}
			continue
		}
		if err != nil && (err != io.EOF || len(chunk) == 0 && len(l.long) == 0) {
			return nil, err
		}
		l.n++
		line := chunk
		if len(l.long) > 0 {
			l.long = append(l.long, chunk...)
			line = l.long
		}
		if n := len(line); n > 0 && line[n-1] == '\n' {
			line = line[:n-1]
		}
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		return line, nil
	}
}

// blank reports whether a line holds only white space.
func blank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// jsonReason describes why a line is not valid JSON without quoting it.
func jsonReason(err error) string { return deid.DescribeJSONError(err) }

// newFlags makes a flag set that reports usage errors instead of exiting.
func newFlags(e *env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet("deid "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: deid %s %s\n\nFlags:\n", name, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args; it returns an exit code and false when the
// command should stop (help asked, or a usage error).
func parseFlags(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "deid: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return exitUsage, false
	}
	return 0, true
}

// failf prints an error to stderr and returns exitFail. Only the safe
// parts of errors are printed (and the places they name: paths, URLs,
// addresses): a wrapped error may carry text from the input, which must
// not reach a terminal or a log.
func failf(e *env, err error) int {
	fmt.Fprintf(e.stderr, "deid: %s\n", safeMessage(err))
	return exitFail
}

// safeMessage renders err with every unsafe argument redacted and the
// places it names shown (internal/safeerr).
func safeMessage(err error) string {
	return safeerr.Message(err)
}
