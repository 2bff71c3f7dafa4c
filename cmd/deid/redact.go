package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/redact"
)

func init() {
	register("redact", "de-identify records with a policy (default: safe-harbor)", runRedact)
}

const redactUsage = `[--format jsonl|text|conversation] [--input FILE] [--output FILE]
       [--policy FILE | --preset NAME] [--key-file FILE | --ephemeral-key] [-v]
       [--min-score X] [--types NAME,DATE,...]

Formats (the same inputs as deid scan):
  jsonl         one {"id": str, "text": str} per line in; the same out with "text" redacted
  text          the whole input is one text; the redacted text out
  conversation  one conversation record per line in; one de-identified record per
                line out (deid/redact/FIELDS.md; schema deid/redact/schema/)
"-" or no flag means stdin/stdout. Malformed lines are reported on stderr by
number and reason, left out of the output, and make the exit status 1.

Keys: surrogates, date shifts and keyed research ids derive from a key, read
from $DEID_KEY (hex or base64, at least 32 bytes) or --key-file (mode 0600),
never from the policy; weak keys are refused (--ephemeral-key uses a random key
for this run only). Research ids are random by default: --linkage DIR (or a
postgres:// URL without a password) keeps them in a linkage store so that the
same patient (by MRN) gets the same id in every run; without it they link to
nothing else.`

func runRedact(e *env, args []string) int {
	var f ioFlags
	var policyFile, presetName, keyFile, linkDir string
	var ephemeral, verbose bool
	fs := newFlags(e, "redact", redactUsage)
	f.bind(fs, "jsonl")
	fs.StringVar(&policyFile, "policy", "", "policy file (see deid policy show)")
	fs.StringVar(&presetName, "preset", "", "built-in policy: "+strings.Join(policy.Presets(), ", ")+" (default "+policy.DefaultPreset+")")
	fs.StringVar(&keyFile, "key-file", "", "file holding the key (hex, base64 or >= 32 raw bytes); overrides $DEID_KEY")
	fs.BoolVar(&ephemeral, "ephemeral-key", false, "use a random key for this run only")
	fs.StringVar(&linkDir, "linkage", "", "linkage store of the random research ids: a directory or postgres://… without a password (default: ids for this run only)")
	fs.BoolVar(&verbose, "v", false, "print a summary (counts per type) on stderr")
	var sel selection
	sel.bind(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch f.format {
	case "jsonl", "text", "conversation":
	default:
		fmt.Fprintf(e.stderr, "deid redact: unknown --format %q (want jsonl, text or conversation)\n", f.format)
		return exitUsage
	}
	if policyFile != "" && presetName != "" {
		fmt.Fprintln(e.stderr, "deid redact: give --policy or --preset, not both")
		return exitUsage
	}
	if ephemeral && (keyFile != "" || e.getenv(redact.KeyEnv) != "") {
		fmt.Fprintln(e.stderr, "deid redact: --ephemeral-key with a key given ($DEID_KEY or --key-file)")
		return exitUsage
	}

	pol, eng, code := policyEngine(e, "redact", policyFile, presetName, &sel)
	if eng == nil {
		return code
	}
	key, err := loadKey(e, keyFile, ephemeral)
	if err != nil {
		return failf(e, err)
	}
	if ephemeral {
		fmt.Fprintln(e.stderr, "deid redact: using a random key for this run: research ids and surrogates link to no other run")
	}
	if f.format == "conversation" && key == nil && pol.ResearchIDs == policy.KeyedIDs {
		return failf(e, errors.Wrap(redact.ErrNoKey, "keyed research ids need a key (or pass --ephemeral-key)"))
	}
	var ids linkage.Store = linkage.NewMemory()
	if linkDir != "" {
		if ids, err = linkage.Open(linkDir); err != nil {
			return failf(e, err)
		}
	}
	defer ids.Close()
	r, err := redact.New(pol, &redact.Options{Key: key, Engine: eng, IDs: ids})
	if err != nil {
		return failf(e, err)
	}

	var sum redact.Summary
	records := 0
	// progress on stderr: on a terminal, or with -v (then every 30 s when
	// stderr is a log); counts only
	var done, doneBytes atomic.Int64
	stopProgress := func() {}
	defer func() { stopProgress() }()
	if tty := isTerminal(e.stderr); tty || verbose {
		var total int64
		if st, err := os.Stat(f.input); err == nil && st.Mode().IsRegular() && f.input != "-" {
			total = st.Size()
		}
		stop := startProgressTo(e.stderr, tty, "deid redact", total, func() progressSnapshot {
			return progressSnapshot{Records: done.Load(), Bytes: doneBytes.Load()}
		})
		stopProgress = stop
	}
	code = streamRecords(e, f, func(w *bufio.Writer, line []byte, n int) (string, error) {
		done.Add(1)
		doneBytes.Add(int64(len(line)) + 1)
		if f.format == "jsonl" {
			return redactDocLine(r, w, line, &sum, &records)
		}
		return redactConversationLine(r, w, line, &sum, &records)
	}, func(w *bufio.Writer, text []byte) error {
		out, s := r.Text(string(text), r.Engine().Scan(string(text)), nil)
		sum.Add(s)
		records++
		_, err := w.WriteString(out)
		return err
	})
	if verbose {
		stopProgress()
		fmt.Fprintf(e.stderr, "deid redact: %d record(s), policy %s (%s), removed %s\n", records, pol.Name, pol.Hash()[:12], formatCounts(sum.Removed()))
	}
	return code
}

// policyEngine loads the chosen policy and builds the engine with its
// dictionaries and the command's --types and --min-score, or returns nil
// and an exit code (2 for a bad selection, as for other usage errors).
func policyEngine(e *env, command, file, preset string, sel *selection) (*policy.Policy, *deid.Engine, int) {
	pol, code := loadPolicy(e, file, preset)
	if pol == nil {
		return nil, nil, code
	}
	opts, err := sel.options(pol.Custom())
	if err != nil {
		fmt.Fprintf(e.stderr, "deid %s: %v\n", command, err)
		return nil, nil, exitUsage
	}
	eng, err := deid.New(opts)
	if err != nil {
		return nil, nil, failf(e, err)
	}
	return pol, eng, exitOK
}

// loadPolicy returns the chosen policy, or nil and an exit code.
func loadPolicy(e *env, file, preset string) (*policy.Policy, int) {
	if file != "" {
		p, err := policy.LoadFile(file)
		if err != nil {
			printPolicyError(e, err)
			return nil, exitFail
		}
		return p, exitOK
	}
	if preset == "" {
		preset = policy.DefaultPreset
	}
	p, err := policy.Preset(preset)
	if err != nil {
		fmt.Fprintf(e.stderr, "deid: %v\n", err)
		return nil, exitUsage
	}
	return p, exitOK
}

// printPolicyError prints every problem of a policy file, one per line.
// Policy files hold no PHI, so their errors are printed whole.
func printPolicyError(e *env, err error) {
	var pe policy.Errors
	if errors.As(err, &pe) {
		for _, x := range pe {
			fmt.Fprintf(e.stderr, "%s\n", x)
		}
		return
	}
	fmt.Fprintf(e.stderr, "deid: %s\n", safeMessage(err))
}

func loadKey(e *env, keyFile string, ephemeral bool) (*redact.Key, error) {
	switch {
	case ephemeral:
		return redact.RandomKey(), nil
	case keyFile != "":
		return redact.LoadKeyFile(keyFile)
	}
	return redact.KeyFromEnv(e.getenv)
}

func redactDocLine(r *redact.Redactor, w *bufio.Writer, line []byte, sum *redact.Summary, records *int) (string, error) {
	var d deid.Doc
	if err := json.Unmarshal(line, &d); err != nil {
		return jsonReason(err), nil
	}
	if reason := checkDoc(line, &d); reason != "" {
		return reason, nil
	}
	out, s := r.Text(d.Text, r.Engine().Scan(d.Text), r.NewScope("doc:"+d.ID))
	sum.Add(s)
	*records++
	return "", writeJSONLine(w, deid.Doc{ID: d.ID, Text: out})
}

func redactConversationLine(r *redact.Redactor, w *bufio.Writer, line []byte, sum *redact.Summary, records *int) (string, error) {
	c, reason := parseConversation(line)
	if reason != "" {
		return reason, nil
	}
	rec, err := r.Conversation(c)
	if err != nil {
		// Errors of the redactor name no text; the reason goes on stderr by line number.
		return safeMessage(err), nil
	}
	sum.Add(redact.SummaryOf(rec.Removed))
	*records++
	return "", writeJSONLine(w, rec)
}

func formatCounts(m map[deid.Type]int) string {
	if len(m) == 0 {
		return "nothing"
	}
	keys := make([]string, 0, len(m))
	for t := range m {
		keys = append(keys, string(t))
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%d", k, m[deid.Type(k)])
	}
	return strings.Join(parts, " ")
}
