package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/policy"
)

func init() {
	register("scan", "find identifiers; print their offsets and types (never the text)", runScan)
}

const scanUsage = `[--format jsonl|text|conversation] [--input FILE] [--output FILE]
       [--policy FILE | --preset NAME] [--min-score X] [--types NAME,DATE,...] [--offsets bytes|chars]
       [--withhold-ids]

Formats:
  jsonl         one {"id": str, "text": str} per line in; one
                {"id": str, "findings": [{"start","end","type","score"}]} per line out
  text          the whole input is one text; one {"findings": [...]} out
  conversation  one conversation record per line in (see the README); one
                {"conversation_id": str, "turns": [{"turn": i, "findings": [...]}]} per line out,
                using the encounter's known identifiers
Offsets are bytes of the UTF-8 text, end exclusive (--offsets chars: Unicode code
points, as Python indexes strings). "-" or no flag means stdin/stdout. A policy's
dictionaries (allow, deny, patterns) apply to the scan.
A conversation id that could identify prints as "[ID]" with the input "line".
jsonl ids are echoed as given (scorers match findings to documents by id);
--withhold-ids screens them as conversation ids are.`

// scanFinding is the wire form of a finding.
type scanFinding struct {
	Start int       `json:"start"`
	End   int       `json:"end"`
	Type  deid.Type `json:"type"`
	Score float64   `json:"score"`
}

func wireFindings(fs []deid.Finding) []scanFinding {
	out := make([]scanFinding, len(fs))
	for i, f := range fs {
		out[i] = scanFinding{Start: f.Start, End: f.End, Type: f.Type, Score: roundScore(f.Score)}
	}
	return out
}

// scanOut writes the findings of text with the offsets asked for.
type scanOut struct {
	chars bool
	// withholdIDs screens jsonl document ids as conversation ids are
	// (printableID); by default they are echoed as given.
	withholdIDs bool
}

func (o scanOut) findings(text string, fs []deid.Finding) []scanFinding {
	w := wireFindings(fs)
	if o.chars {
		charOffsets(text, w)
	}
	return w
}

func roundScore(s float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(s, 'f', 2, 64), 64)
	return v
}

type ioFlags struct {
	format, input, output string
	// workers scan lines in parallel (output order is kept); 1 runs them
	// one by one.
	workers int
}

func (f *ioFlags) bind(fs interface {
	StringVar(*string, string, string, string)
}, formatDefault string) {
	fs.StringVar(&f.format, "format", formatDefault, "input format: jsonl, text or conversation")
	fs.StringVar(&f.input, "input", "-", "input file, - for stdin")
	fs.StringVar(&f.output, "output", "-", "output file, - for stdout")
}

func runScan(e *env, args []string) int {
	var f ioFlags
	fs := newFlags(e, "scan", scanUsage)
	f.bind(fs, "jsonl")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "lines scanned in parallel (output order is kept)")
	var sel selection
	sel.bind(fs)
	var policyFile, presetName, offsets string
	fs.StringVar(&policyFile, "policy", "", "policy file whose dictionaries (allow, deny, patterns) apply")
	fs.StringVar(&presetName, "preset", "", "built-in policy: "+strings.Join(policy.Presets(), ", "))
	fs.StringVar(&offsets, "offsets", "bytes", "offsets in bytes of UTF-8 (default) or chars (Unicode code points)")
	var withhold bool
	fs.BoolVar(&withhold, "withhold-ids", false, "jsonl: print an id that could identify as [ID] with its line number")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch f.format {
	case "jsonl", "text", "conversation":
	default:
		fmt.Fprintf(e.stderr, "deid scan: unknown --format %q (want jsonl, text or conversation)\n", f.format)
		return exitUsage
	}
	out := scanOut{withholdIDs: withhold}
	switch offsets {
	case "bytes":
	case "chars":
		out.chars = true
	default:
		fmt.Fprintf(e.stderr, "deid scan: unknown --offsets %q (want bytes or chars)\n", offsets)
		return exitUsage
	}
	if policyFile != "" && presetName != "" {
		fmt.Fprintln(e.stderr, "deid scan: give --policy or --preset, not both")
		return exitUsage
	}
	_, eng, code := policyEngine(e, "scan", policyFile, presetName, &sel)
	if eng == nil {
		return code
	}
	return streamRecords(e, f, func(w *bufio.Writer, line []byte, n int) (string, error) {
		switch f.format {
		case "jsonl":
			return scanDocLine(eng, w, line, n, out)
		default:
			return scanConversationLine(eng, w, line, n, out)
		}
	}, func(w *bufio.Writer, text []byte) error {
		return writeJSONLine(w, struct {
			Findings []scanFinding `json:"findings"`
		}{out.findings(string(text), eng.Scan(string(text)))})
	})
}

// recordFunc handles one input line; it returns a reason (never input
// content) when the line is malformed, or an error that stops the run.
type recordFunc func(w *bufio.Writer, line []byte, n int) (reason string, err error)

// streamRecords runs the line-by-line formats (or a whole-text handler for
// --format text) from --input to --output. Memory stays flat: one line at a
// time. Malformed lines are reported on stderr by number and reason, and
// make the exit code 1; the other lines are still processed.
func streamRecords(e *env, f ioFlags, perLine recordFunc, whole func(*bufio.Writer, []byte) error) int {
	in, closeIn, err := openIn(e, f.input)
	if err != nil {
		fmt.Fprintf(e.stderr, "deid: --input: %s\n", safeMessage(err))
		return exitFail
	}
	defer closeIn()
	out, done, err := openOut(e, f.output)
	if err != nil {
		return failf(e, err)
	}
	w := bufio.NewWriterSize(out, 1<<16)
	bad := 0
	if f.format == "text" {
		b, err := io.ReadAll(in)
		if err != nil {
			done(false)
			return failf(e, errors.Wrap(err, "read input"))
		}
		if err := whole(w, b); err != nil {
			done(false)
			return failf(e, err)
		}
	} else {
		var err error
		if bad, err = eachLine(e, in, w, perLine, f.workers); err != nil {
			done(false)
			return failf(e, err)
		}
	}
	if err := w.Flush(); err != nil {
		done(false)
		return failf(e, errors.Wrap(err, "write output"))
	}
	if err := done(true); err != nil {
		return failf(e, err)
	}
	if bad > 0 {
		fmt.Fprintf(e.stderr, "deid: %d malformed line(s) skipped\n", bad)
		return exitFail
	}
	return exitOK
}

// eachLine runs perLine over every non-blank input line, on `workers`
// goroutines, writing the outputs in input order (and reasons in line
// order). At most a few lines per worker are in flight, so memory stays
// flat. It returns the number of malformed lines.
func eachLine(e *env, in io.Reader, w *bufio.Writer, perLine recordFunc, workers int) (int, error) {
	lr := newLineReader(in)
	bad := 0
	report := func(n int, reason string) {
		if reason != "" {
			bad++
			fmt.Fprintf(e.stderr, "deid: line %d: %s\n", n, reason)
		}
	}
	if workers <= 1 {
		for {
			line, err := lr.next()
			if err == io.EOF {
				return bad, nil
			}
			if err != nil {
				return bad, err
			}
			if blank(line) {
				continue
			}
			reason, err := perLine(w, line, lr.n)
			if err != nil {
				return bad, err
			}
			report(lr.n, reason)
		}
	}
	type job struct {
		seq, n int
		line   []byte
	}
	type result struct {
		seq, n int
		out    []byte
		reason string
		err    error
	}
	jobs := make(chan job, 2*workers)
	results := make(chan result, 2*workers)
	stop := make(chan struct{})
	var readErr error
	go func() {
		defer close(jobs)
		for seq := 0; ; {
			line, err := lr.next()
			if err == io.EOF {
				return
			}
			if err != nil {
				readErr = err
				return
			}
			if blank(line) {
				continue
			}
			select {
			case jobs <- job{seq: seq, n: lr.n, line: append([]byte(nil), line...)}:
				seq++
			case <-stop:
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf bytes.Buffer
			bw := bufio.NewWriter(&buf)
			for j := range jobs {
				buf.Reset()
				bw.Reset(&buf)
				reason, err := perLine(bw, j.line, j.n)
				if err == nil {
					err = bw.Flush()
				}
				results <- result{seq: j.seq, n: j.n, out: append([]byte(nil), buf.Bytes()...), reason: reason, err: err}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	pending := map[int]result{}
	next := 0
	var firstErr error
	for r := range results {
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if firstErr != nil {
				continue
			}
			if p.err != nil {
				firstErr = p.err
				close(stop)
				continue
			}
			w.Write(p.out)
			report(p.n, p.reason)
		}
	}
	if firstErr != nil {
		return bad, firstErr
	}
	return bad, readErr
}

func writeJSONLine(w *bufio.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return errors.Wrap(err, "encode output")
	}
	w.Write(b)
	return w.WriteByte('\n')
}

// scanError is written in place of a malformed line's findings so the
// output stays one line per input line.
type scanError struct {
	ID    string `json:"id"`
	Line  int    `json:"line,omitempty"`
	Error string `json:"error"`
}

func scanDocLine(eng *deid.Engine, w *bufio.Writer, line []byte, n int, out scanOut) (string, error) {
	var d deid.Doc
	if err := json.Unmarshal(line, &d); err != nil {
		reason := jsonReason(err)
		return reason, writeJSONLine(w, scanError{Error: reason})
	}
	id, at := d.ID, 0
	if out.withholdIDs {
		id, at = printableDocID(eng, d.ID, n)
	}
	if reason := checkDoc(line, &d); reason != "" {
		return reason, writeJSONLine(w, scanError{ID: id, Line: at, Error: reason})
	}
	return "", writeJSONLine(w, struct {
		ID       string        `json:"id"`
		Line     int           `json:"line,omitempty"`
		Findings []scanFinding `json:"findings"`
	}{id, at, out.findings(d.Text, eng.Scan(d.Text))})
}

// printableDocID is a jsonl document id as scan --withhold-ids prints it:
// the screen of printableID, with no encounter to draw known identifiers
// from.
func printableDocID(eng *deid.Engine, id string, n int) (string, int) {
	if id == "" {
		return "", 0
	}
	if idMayIdentify(eng, id, nil) {
		return withheldID, n
	}
	return id, 0
}

// checkDoc validates a jsonl line that decoded without error into d: its
// object must have the keys "id" and "text" (spelled exactly so, where the
// decoder matched them case-insensitively). It reads the keys without
// decoding the values again.
func checkDoc(line []byte, _ *deid.Doc) string {
	id, text := docKeys(line)
	if !id {
		return `missing "id"`
	}
	if !text {
		return `missing "text"`
	}
	return ""
}

// docKeys reports whether the top-level object of b, valid JSON, has the
// keys "id" and "text" (after unescaping). A document that is no object
// (null) has neither.
func docKeys(b []byte) (id, text bool) {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false, false
	}
	for i++; ; {
		i = skipSpace(b, i)
		if i < len(b) && b[i] == ',' {
			i = skipSpace(b, i+1)
		}
		if i >= len(b) || b[i] != '"' {
			return id, text // '}' or the end
		}
		end := skipString(b, i)
		switch key := b[i:end]; {
		case string(key) == `"id"`:
			id = true
		case string(key) == `"text"`:
			text = true
		case bytes.IndexByte(key, '\\') >= 0:
			var k string
			if json.Unmarshal(key, &k) == nil {
				id, text = id || k == "id", text || k == "text"
			}
		}
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return id, text
		}
		i = skipValue(b, skipSpace(b, i+1))
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index after the JSON string that starts at b[i].
func skipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return len(b)
}

// skipValue returns the index after the JSON value that starts at b[i].
func skipValue(b []byte, i int) int {
	if i < len(b) && b[i] == '"' {
		return skipString(b, i)
	}
	depth := 0
	for ; i < len(b); i++ {
		switch b[i] {
		case '"':
			i = skipString(b, i) - 1
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return i
			}
			if depth--; depth == 0 {
				return i + 1
			}
		case ',':
			if depth == 0 {
				return i
			}
		}
	}
	return i
}

type turnFindings struct {
	Turn     int           `json:"turn"`
	Findings []scanFinding `json:"findings"`
}

func scanConversationLine(eng *deid.Engine, w *bufio.Writer, line []byte, n int, out scanOut) (string, error) {
	c, reason := parseConversation(line)
	if reason != "" {
		id, at := "", 0
		if c != nil {
			id, at = printableID(eng, c, n)
		}
		return reason, writeJSONLine(w, struct {
			ConversationID string `json:"conversation_id"`
			Line           int    `json:"line,omitempty"`
			Error          string `json:"error"`
		}{id, at, reason})
	}
	per := eng.ScanConversation(c)
	turns := make([]turnFindings, len(per))
	for i, fs := range per {
		turns[i] = turnFindings{Turn: i, Findings: out.findings(c.Turns[i].Text, fs)}
	}
	id, at := printableID(eng, c, n)
	return "", writeJSONLine(w, struct {
		ConversationID string         `json:"conversation_id"`
		Line           int            `json:"line,omitempty"`
		Turns          []turnFindings `json:"turns"`
	}{id, at, turns})
}

// withheldID stands for a conversation id that could identify.
const withheldID = "[ID]"

// printableID is the conversation id as scan prints it, and the input line
// number n when the id is withheld. An id is printed only when nothing in
// it could identify: the engine finds nothing in it (with the encounter's
// known identifiers), it is its own canonical view (no hidden characters,
// references or other digits) and it has no run of 7 or more digits (an
// MRN or a phone number). Otherwise it prints as [ID], and the line
// number says which record it was.
func printableID(eng *deid.Engine, c *deid.Conversation, n int) (string, int) {
	id := c.ConversationID
	if id == "" {
		return "", 0
	}
	if idMayIdentify(eng, id, c.Encounter) {
		return withheldID, n
	}
	return id, 0
}

// idMayIdentify is the screen of printableID, with the known identifiers
// of enc (none when nil).
func idMayIdentify(eng *deid.Engine, id string, enc *deid.Encounter) bool {
	return deid.CanonicalText(id) != id || longDigitRun(id, 7) || len(eng.ScanKnown(id, deid.NewKnown(enc))) > 0
}

// longDigitRun reports whether s has a run of at least n ASCII digits,
// separators (-, ., space, parentheses) between them included.
func longDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if run++; run >= n {
				return true
			}
		case c == '-' || c == '.' || c == ' ' || c == '(' || c == ')':
		default:
			run = 0
		}
	}
	return false
}

// parseConversation decodes and validates one conversation record. The
// reason names the field at fault, never its value.
func parseConversation(line []byte) (*deid.Conversation, string) {
	c, err := deid.ParseConversation(line)
	if err != nil {
		return c, err.Error()
	}
	return c, ""
}
