package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/deid-project/deid/deid"
)

// hostilePerson is one record's planted identifiers.
type hostilePerson struct{ first, last, mrn, phone string }

// hostileSpellings write a word so that it reads the same to the eye but
// not byte for byte.
var hostileSpellings = []func(string) string{
	func(w string) string { return w[:1] + "\u200b" + w[1:] },                     // zero-width space
	func(w string) string { return w[:2] + "\u00ad" + w[2:] },                     // soft hyphen
	func(w string) string { return w[:3] + "\u2060" + w[3:] },                     // word joiner
	func(w string) string { return w[:1] + "\u200d" + w[1:2] + "\u200c" + w[2:] }, // joiners
	func(w string) string { return "\u202e" + reverse(w) + "\u202c" },             // right-to-left override
	func(w string) string { return htmlRefs(w) },                                  // character references
	func(w string) string { return fullwidth(w) },                                 // fullwidth letters
	func(w string) string { return w },
}

// hostileDigits write a number in other digits.
var hostileDigits = []func(string) string{
	fullwidth,
	func(s string) string { return mapDigits(s, '\u0660') }, // Arabic-Indic
	func(s string) string { return mapDigits(s, '\u06f0') }, // extended Arabic-Indic
	func(s string) string { return mapDigits(s, '\u0966') }, // Devanagari
	htmlRefs,
	func(s string) string { return strings.Join(strings.Split(s, ""), "\u200b") },
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func htmlRefs(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i%2 == 0 {
			fmt.Fprintf(&b, "&#%d;", r)
		} else {
			fmt.Fprintf(&b, "&#x%x;", r)
		}
	}
	return b.String()
}

func fullwidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > ' ' && r < 0x7f {
			r += 0xff01 - '!'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func mapDigits(s string, zero rune) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			r = zero + r - '0'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hostilePeople are invented: their names are in no dictionary.
func hostilePeople(n int) []hostilePerson {
	firsts := []string{"Ambrose", "Philippa", "Leopold", "Ottoline", "Casimir", "Wilhelmina", "Bartholomew", "Clementine"}
	lasts := []string{"Quillfeather", "Marrowby", "Thistlewood", "Ravenscroft", "Pemberly", "Ashgrove", "Winterbourne",
		"Fairweather", "Blackthorne", "Hollowell", "Kettleby", "Larkspur"}
	out := make([]hostilePerson, n)
	for i := range out {
		out[i] = hostilePerson{first: firsts[i%len(firsts)], last: lasts[i%len(lasts)],
			mrn: fmt.Sprintf("%d", 40000000+i*7919+1234), phone: fmt.Sprintf("617-555-%04d", 1000+i*37)}
	}
	return out
}

// hostileCorpus writes one record per person, each planting the person's
// own name, MRN and phone in its turns in hostile spellings (and some in
// the timings and the conversation id).
func hostileCorpus(people []hostilePerson) string {
	var b strings.Builder
	for i, p := range people {
		name := hostileSpellings[i%len(hostileSpellings)](p.first) + " " + hostileSpellings[(i+3)%len(hostileSpellings)](p.last)
		digits := hostileDigits[i%len(hostileDigits)]
		text1 := "Good morning, can you tell me your full name? My name is " + name + "."
		text2 := "My medical record number is " + digits(p.mrn) + " and you can call me at " + digits(p.phone) + "."
		text3 := "Thank you " + hostileSpellings[(i+5)%len(hostileSpellings)](p.last) + ", the cough is better since Tuesday."
		start, end := "0", "4000"
		id := fmt.Sprintf("hostile-%d", i)
		switch i % 5 {
		case 1:
			start, end = p.mrn, p.mrn+"1" // an MRN as a timing
		case 2:
			end = strings.ReplaceAll(p.phone, "-", "") // a phone as a timing
		case 3:
			id = "mrn-" + p.mrn + "-" + strings.ToLower(p.last) // identifiers in the id
		}
		enc := map[string]any{"patient": map[string]any{"name": p.first + " " + p.last, "mrn": p.mrn, "phone": p.phone}}
		rec := map[string]any{"conversation_id": id, "turns": []map[string]any{
			{"speaker": "clinician", "start_ms": json.Number(start), "end_ms": json.Number(end), "text": text1},
			{"speaker": "patient", "start_ms": 5000, "end_ms": 9000, "text": text2},
			{"speaker": "clinician", "start_ms": 9500, "end_ms": 12000, "text": text3},
		}}
		if i%4 != 0 { // a quarter rely on the detectors alone
			rec["encounter"] = enc
		}
		line, err := json.Marshal(rec)
		if err != nil {
			panic(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// plantedIn returns the planted identifiers found in b: b is read as is,
// gunzipped if it is gzip, and in its canonical view, lower-cased, with
// the digits of the view compared without separators.
func plantedIn(people []hostilePerson, b []byte) []string {
	if len(b) > 2 && b[0] == 0x1f && b[1] == 0x8b {
		if zr, err := gzip.NewReader(bytes.NewReader(b)); err == nil {
			if u, err := io.ReadAll(zr); err == nil {
				b = append(append([]byte{}, b...), u...)
			}
		}
	}
	raw := strings.ToLower(string(b))
	canon := strings.ToLower(deid.CanonicalText(string(b)))
	digits := onlyDigits(canon)
	var hits []string
	for _, p := range people {
		for _, w := range []string{p.first, p.last, reverse(p.first), reverse(p.last)} {
			w = strings.ToLower(w)
			if strings.Contains(raw, w) || strings.Contains(canon, w) {
				hits = append(hits, w)
			}
		}
		for _, n := range []string{p.mrn, onlyDigits(p.phone)} {
			if strings.Contains(raw, n) || strings.Contains(canon, n) || strings.Contains(digits, n) {
				hits = append(hits, n)
			}
		}
	}
	return hits
}

func onlyDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		} else if s[i] != '-' && s[i] != ' ' && s[i] != '(' && s[i] != ')' && s[i] != '.' {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// runCLI runs this test binary as the deid command, verbose logging and
// all, and returns its exit code, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DEID_TEST_RUN_AS_CLI=1", "DEID_KEY=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return code, out.String(), errb.String()
}

// searchTree reports, per file under root that keep admits, the planted
// identifiers in it.
func searchTree(t *testing.T, people []hostilePerson, root string, keep func(rel string) bool) (files int, hits map[string][]string) {
	t.Helper()
	hits = map[string][]string{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if !keep(rel) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		files++
		if h := plantedIn(people, b); len(h) > 0 {
			hits[rel] = h
		}
		return nil
	})
	if !os.IsNotExist(err) {
		require.NoError(t, err)
	}
	return files, hits
}

// onPremRecords are the files of the on-prem quarantine that hold records
// (quarantined and rejected lines, the input ids of the incremental
// state), which may hold identifiers; every
// other file there (audit log, runner's log, run summary) may not.
func onPremRecords(rel string) bool {
	return strings.Contains(rel, "quarantine") || strings.Contains(rel, "rejected") ||
		strings.HasPrefix(rel, "_state"+string(filepath.Separator)) // the incremental state: input ids, restricted
}

// TestHostileCorpusLeavesNothing runs `deid batch` (embedded Prism,
// verbose) on a hostile corpus: each record plants its own name, MRN and
// phone with zero-width characters, soft hyphens, word joiners, a
// right-to-left override, character references and fullwidth letters in
// the names, fullwidth, Arabic-Indic and other digits in the numbers, and
// numbers in the timings and the conversation id. Every record ends
// exported, quarantined or rejected, and no planted identifier, in any
// spelling, is in any byte the run wrote outside the on-prem quarantine's
// record files: exported objects and manifests, the audit log, the
// runner's log, stdout and stderr.
func TestHostileCorpusLeavesNothing(t *testing.T) {
	people := hostilePeople(40)
	dir := t.TempDir()
	in := filepath.Join(dir, "hostile.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(hostileCorpus(people)), 0o600))
	export, onprem := filepath.Join(dir, "export"), filepath.Join(dir, "onprem")
	code, out, stderr := runCLI(t, "batch", "-v", "--input", in, "--output", export, "--quarantine", onprem,
		"--run-date", "2026-11-24", "--key-file", writeKey(t, dir), "--max-rejected", "100%")
	require.Equal(t, exitOK, code, "stdout %s\nstderr %s", out, stderr)
	assert.Contains(t, out, "[reconciles]")
	assert.Contains(t, out, fmt.Sprintf("in %d = ", len(people)))
	t.Log(lastLines(out, 12))

	assert.Empty(t, plantedIn(people, []byte(out+stderr)), "stdout/stderr")
	n, hits := searchTree(t, people, export, func(string) bool { return true })
	assert.NotZero(t, n, "no exported file")
	assert.Empty(t, hits, "exported files")
	n, hits = searchTree(t, people, onprem, func(rel string) bool { return !onPremRecords(rel) })
	assert.NotZero(t, n)
	assert.Empty(t, hits, "on-prem files outside the quarantine")
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(l[max(len(l)-n, 0):], "\n")
}

// TestFailedRunLeavesNothing is the proof that nothing leaves when a run
// fails: the same hostile corpus, verbose logging on, and a sink that dies
// mid-run (the date's partition of the export is a file, so the first
// shard cannot be written after the records were processed). The run
// fails and commits nothing, and no planted identifier is in any byte it
// produced outside the on-prem quarantine's record files: what it left in
// the export, the audit log, the runner's log, stdout, stderr and the
// error message.
func TestFailedRunLeavesNothing(t *testing.T) {
	people := hostilePeople(24)
	dir := t.TempDir()
	in := filepath.Join(dir, "hostile.jsonl")
	require.NoError(t, os.WriteFile(in, []byte(hostileCorpus(people)), 0o600))
	export, onprem := filepath.Join(dir, "export"), filepath.Join(dir, "onprem")
	require.NoError(t, os.MkdirAll(export, 0o700))
	require.NoError(t, os.WriteFile(filepath.Join(export, "dt=2026-11-24"), []byte("not a directory\n"), 0o600))
	code, out, stderr := runCLI(t, "batch", "-v", "--input", in, "--output", export, "--quarantine", onprem,
		"--run-date", "2026-11-24", "--key-file", writeKey(t, dir), "--max-rejected", "100%")
	require.Equal(t, exitFail, code, "stdout %s\nstderr %s", out, stderr)
	t.Log(lastLines(stderr, 3))
	noManifest(t, export)

	assert.Empty(t, plantedIn(people, []byte(out+stderr)), "stdout/stderr")
	_, hits := searchTree(t, people, export, func(string) bool { return true })
	assert.Empty(t, hits, "export")
	n, hits := searchTree(t, people, onprem, func(rel string) bool { return !onPremRecords(rel) })
	assert.NotZero(t, n)
	assert.Empty(t, hits, "on-prem files outside the quarantine")
	evs := auditEvents(t, filepath.Join(onprem, "audit.jsonl"))
	assert.Equal(t, "failed", evs[len(evs)-1]["status"])
}
