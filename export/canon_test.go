package export

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/cockroachdb/errors"
	"github.com/stretchr/testify/require"
)

// referenceCanonicalJSON is the canonicalisation FingerprintOf used before
// canonicalJSON, and which the fingerprints stored by earlier runs hash:
// decode with UseNumber, refuse trailing data, Marshal.
func referenceCanonicalJSON(src []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, errNotJSON
	}
	if dec.More() {
		return nil, errTrailing
	}
	return json.Marshal(v)
}

// referenceFingerprintOf is FingerprintOf as it was.
func referenceFingerprintOf(conversationID string, line []byte) (Fingerprint, error) {
	if conversationID == "" {
		return Fingerprint{}, errorf(ErrInvalidRecord, "fingerprint: empty conversation id")
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return Fingerprint{}, errorf(ErrInvalidRecord, "fingerprint: input is not JSON")
	}
	if dec.More() {
		return Fingerprint{}, errorf(ErrInvalidRecord, "fingerprint: trailing data after the JSON value")
	}
	canon, err := json.Marshal(v)
	if err != nil {
		return Fingerprint{}, errors.Wrap(err, "fingerprint")
	}
	sum := sha256.Sum256(canon)
	return Fingerprint{ConversationID: conversationID, SHA256: hex.EncodeToString(sum[:])}, nil
}

// canonSeeds are the tricky inputs: the fuzz seeds, and each is checked
// against the reference by TestCanonicalJSONMatchesReference.
var canonSeeds = []string{
	``, ` `, `{}`, `[]`, `""`, `0`, `-0`, `1e5`, `1.0E+2`, `-1.5e-7`, `12345678901234567890123456789`,
	`01`, `-01`, `1.`, `1.e5`, `1e`, `1e+`, `-`, `+1`, `.5`, `1x`, `1 x`, `1]`, `1 }`, `1,`,
	`true`, `false`, `null`, `tru`, `truex`, `nul`, `True`,
	` {"b":1,"a":2} `, "\t\r\n[1 , 2 ]\n", `{"a":1}x`, `{"a":1} {"b":2}`, `{"a":1}]`, `{"a":1} } x`, `[1][2]`,
	`{"a":1,}`, `[1,]`, `{"a"}`, `{"a":}`, `{,}`, `{"a" 1}`, `[1 2]`, `{"a":1`, `[`, `{`, `"abc`, `{1:2}`,
	`{"a":1,"a":2}`, `{"b":1,"a":2,"b":3,"a":4}`, `{"a":{"z":1,"y":[{"d":1,"c":2}]},"A":null}`,
	`{"é":1,"e":2,"\u00e9x":3}`, `{"\u0061":1,"a":2}`, `{"<":1,"=":2,";":3,"\u003c":4}`,
	`"<>&"`, `"\u003c\u003e\u0026"`, `"\/\"\\\b\f\n\r\t"`, `"\u0000\u001f\u007f"`, `"\'"`, `"\x"`, `"\u12"`, `"\u12G4"`,
	`"\u2028\u2029"`, "\"\u2028\u2029\"", `"\ud83d\ude00"`, `"\ud83d"`, `"\ude00"`, `"\ud83d\u0041"`, `"\ud83d\ud83d\ude00"`,
	`"\uD83D\uDE00"`, `"\ud83dx"`, `"\ufffd"`, "\"\xef\xbf\xbd\"", "\"\xff\xfe\"", "\"a\xc3\"", "\"\xed\xa0\x80\"",
	"\"\x01\"", "\"\x7f\"", "\"tab\there\"", "{\"\xff\":1,\"\xfe\":2}",
	"\xef\xbb\xbf{}", `{"k":"` + strings.Repeat("x", 300) + `"}`,
	strings.Repeat(`{"a":[`, 20) + "1" + strings.Repeat("]}", 20),
}

// deepSeeds are checked by TestCanonicalJSONMatchesReference only: big
// inputs make fuzzing slow. encoding/json refuses nesting beyond 10000.
var deepSeeds = []string{
	strings.Repeat("[", 10000) + strings.Repeat("]", 10000),
	strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
	strings.Repeat(`{"a":`, 9999) + "[1]" + strings.Repeat("}", 9999),
	strings.Repeat(`{"a":`, 10000) + "[1]" + strings.Repeat("}", 10000),
	strings.Repeat(`{"b":1,"a":`, 2000) + "1" + strings.Repeat("}", 2000),
}

// fixtureLines are the records of fixtures/testdata/conversations.jsonl.
func fixtureLines(tb testing.TB) [][]byte {
	tb.Helper()
	f, err := os.Open("../fixtures/testdata/conversations.jsonl")
	require.NoError(tb, err)
	defer f.Close()
	var lines [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		lines = append(lines, bytes.Clone(sc.Bytes()))
	}
	require.NoError(tb, sc.Err())
	require.NotEmpty(tb, lines)
	return lines
}

// checkCanonical fails unless canonicalJSON and the reference agree on src:
// the same bytes, or the same error.
func checkCanonical(t *testing.T, src []byte) {
	t.Helper()
	want, wantErr := referenceCanonicalJSON(src)
	got, err := canonicalJSON([]byte("prefix"), src)
	if wantErr != nil {
		require.ErrorIs(t, err, wantErr, "input %q", src)
		return
	}
	require.NoError(t, err, "input %q", src)
	require.Equal(t, "prefix"+string(want), string(got), "input %q", src)
}

func TestCanonicalJSONMatchesReference(t *testing.T) {
	for _, s := range append(canonSeeds, deepSeeds...) {
		checkCanonical(t, []byte(s))
	}
	for _, l := range fixtureLines(t) {
		checkCanonical(t, l)
		// and the same record re-serialised: keys reversed, spaced out
		var v any
		require.NoError(t, json.Unmarshal(l, &v))
		indented, err := json.MarshalIndent(v, " ", "\t")
		require.NoError(t, err)
		checkCanonical(t, indented)
	}
}

func TestCanonicalJSON(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{` { "b" : 1 , "a" : [ 1 , { "d" : true , "c" : null } ] } `, `{"a":[1,{"c":null,"d":true}],"b":1}`},
		{`{"a":1,"b":2,"a":3}`, `{"a":3,"b":2}`},
		{`{"\u0062":1,"a":2}`, `{"a":2,"b":1}`},
		// sorted by the decoded key: "<" (0x3c) before "=" although
		// its escaped form \u003c sorts after it
		{`{"=":1,"<":2}`, `{"\u003c":2,"=":1}`},
		{`[-0,1e5,1.0E+2,12345678901234567890123456789]`, `[-0,1e5,1.0E+2,12345678901234567890123456789]`},
		{`"<a href='x'>&amp;</a>"`, `"\u003ca href='x'\u003e\u0026amp;\u003c/a\u003e"`},
		{`"\/\u00e9\u2028\u0001\u001f"`, "\"/é\\u2028\\u0001\\u001f\""},
		{`"\ud83d\ude00 \ud83d \ude00x"`, "\"😀 \ufffd \ufffdx\""},
		{"\"\xff\"", "\"\ufffd\""},
		{`{}`, `{}`},
		{` [ ] `, `[]`},
		{`1 ]`, `1`},
	} {
		got, err := canonicalJSON(nil, []byte(tc.in))
		require.NoError(t, err, tc.in)
		require.Equal(t, tc.want, string(got), tc.in)
	}

	// A real record: re-serialised, it canonicalises to the same bytes.
	rec := fixtureLines(t)[0]
	want, err := canonicalJSON(nil, rec)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(want, []byte(`{"conversation_id":"synth-001-primary-care-cased","encounter":{"clinicians":[{"name":"Carolyn Turner","npi":"2782270054","role":"attending physician"}`)), "%.200s", want)
	var v map[string]any
	require.NoError(t, json.Unmarshal(rec, &v))
	pretty, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	got, err := canonicalJSON(nil, pretty)
	require.NoError(t, err)
	require.Equal(t, string(want), string(got))
}

func TestFingerprintOfErrors(t *testing.T) {
	for _, tc := range []struct{ id, in, msg string }{
		{"", `{}`, "fingerprint: empty conversation id"},
		{"c", `{"a":`, "fingerprint: input is not JSON"},
		{"c", ``, "fingerprint: input is not JSON"},
		{"c", `{"a":1} {"b":2}`, "fingerprint: trailing data after the JSON value"},
		{"c", `1x`, "fingerprint: trailing data after the JSON value"},
	} {
		_, err := FingerprintOf(tc.id, []byte(tc.in))
		require.True(t, errors.Is(err, ErrInvalidRecord), tc.in) // a cockroachdb mark: not seen by require.ErrorIs
		require.EqualError(t, err, tc.msg, tc.in)
		_, refErr := referenceFingerprintOf(tc.id, []byte(tc.in))
		require.EqualError(t, refErr, tc.msg, tc.in)
	}
	for _, l := range fixtureLines(t) {
		got, err := FingerprintOf("c", l)
		require.NoError(t, err)
		want, err := referenceFingerprintOf("c", l)
		require.NoError(t, err)
		require.Equal(t, want, got)
	}
}

// FuzzCanonicalJSON compares canonicalJSON with the decode-and-Marshal
// reference: the same canonical bytes, or the same refusal.
func FuzzCanonicalJSON(f *testing.F) {
	for _, s := range canonSeeds {
		f.Add([]byte(s))
	}
	f.Add(fixtureLines(f)[0])
	f.Fuzz(func(t *testing.T, src []byte) {
		checkCanonical(t, src)
	})
}

func BenchmarkFingerprintOf(b *testing.B) {
	lines := fixtureLines(b)
	var size int64
	for _, l := range lines {
		size += int64(len(l))
	}
	for _, bc := range []struct {
		name string
		fp   func(string, []byte) (Fingerprint, error)
	}{{"old", referenceFingerprintOf}, {"new", FingerprintOf}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size / int64(len(lines))) // per record
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := bc.fp("c", lines[i%len(lines)]); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
