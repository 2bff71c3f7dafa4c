package deid

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCanonicalView(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text & more", "plain text & more"},
		{"A\u200bmbrose", "Ambrose"},
		{"Am\u00adbro\u2060se", "Ambrose"},
		{"call \u202eesorbmA\u202c now", "call Ambrose now"},
		{"\u202e4321\nnext", "1234\nnext"},
		{"&#65;mbrose &#x41;&amp;B &lt;x&gt;", "Ambrose A&B <x>"},
		{"&amp;#65;", "A"},
		{"\uff21\uff4d\uff42 \uff14\uff11\uff12", "Amb 412"},
		{"\u0664\u0661\u0662-\u06f5\u0966", "412-50"},
		{"caf\u0065\u0301 \ufb01ne", "caf\u00e9 fine"},
		{"it\u2019s", "it\u2019s"},
	} {
		v := canonicalize(tc.in)
		assert.Equal(t, tc.want, v.text, "%+q", tc.in)
		assert.False(t, v.unsafe, "%+q", tc.in)
		if v.lo != nil {
			require.Len(t, v.lo, len(v.text))
			for k := range v.lo {
				require.True(t, v.lo[k] < v.hi[k] && int(v.hi[k]) <= len(tc.in))
			}
		}
	}
}

func TestCanonicalPlainIsIdentity(t *testing.T) {
	for _, s := range []string{"", "Hello there, how are you? 555-1212 & co", "it\u2019s caf\u00e9"} {
		v := canonicalize(s)
		assert.Nil(t, v.lo)
		assert.Equal(t, s, v.text)
	}
	s := "Hello there, how are you today? I was at the clinic on Tuesday & Monday."
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = canonicalize(s) }))
}

func TestUnmappable(t *testing.T) {
	assert.True(t, Unmappable("Amb\ufffdrose"))
	assert.True(t, Unmappable("Amb\xffrose"))
	assert.True(t, Unmappable("\u202eesorbmA \u202dx\u202c"))
	assert.False(t, Unmappable("a \ufffd b"))
	assert.False(t, Unmappable("plain"))
}

func TestDigitValue(t *testing.T) {
	for _, rg := range unicode.Nd.R16 {
		assert.Zero(t, (rg.Hi-rg.Lo+1)%10, "%U", rg.Lo)
	}
	for _, rg := range unicode.Nd.R32 {
		assert.Zero(t, (rg.Hi-rg.Lo+1)%10, "%U", rg.Lo)
	}
	assert.Equal(t, 7, digitValue('\u0667'))
	assert.Equal(t, 3, digitValue('\u09e9'))
}

// TestScanHostileSpellings: an identifier spelled with hidden characters,
// an override, references or other digits is found, and the finding
// covers the original bytes it is made of.
func TestScanHostileSpellings(t *testing.T) {
	e, err := New(nil)
	require.NoError(t, err)
	enc := &Encounter{Patient: &Patient{Name: "Ambrose Quillfeather", MRN: "41234567", Phone: "617-555-0142"}}
	k := NewKnown(enc)
	for _, spelled := range []string{
		"A\u200bmbrose Quill\u00adfeather",
		"\u202erehtaeflliuQ esorbmA\u202c",
		"&#65;mbrose &#x51;uillfeather",
		"Ambrose Quill\u2060feather",
		"\uff21mbrose Quillfeather",
	} {
		text := "Good morning " + spelled + ", your number is \u0666\u0661\u0667-\u0665\u0665\u0665-\u0660\u0661\u0664\u0662 and MRN \uff14\uff11\uff12\uff13\uff14\uff15\uff16\uff17."
		fs := e.ScanKnown(text, k)
		var b strings.Builder
		last := 0
		for _, f := range fs {
			b.WriteString(text[last:f.Start])
			b.WriteString("[X]")
			last = f.End
		}
		b.WriteString(text[last:])
		out := CanonicalText(b.String())
		for _, id := range []string{"Ambrose", "Quillfeather", "617", "0142", "41234567", "rehtaef"} {
			assert.NotContains(t, strings.ToLower(out), strings.ToLower(id), "%+q", text)
		}
	}
}
