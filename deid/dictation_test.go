package deid

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDictationView(t *testing.T) {
	in := "patient colon ernestine walcott comma date of birth 4 slash 19 slash 1947 comma cell 313 dash 555 dash 0147 period new paragraph " +
		"her last menstrual period was in may comma the sigmoid colon is clear comma a dash of salt open paren no more close paren period"
	v, ok := dictationView(in)
	require.True(t, ok)
	assert.Equal(t, "patient: ernestine walcott, date of birth 4/19/1947, cell 313-555-0147.\n\n"+
		"her last menstrual period was in may, the sigmoid colon is clear, a dash of salt (no more).", v.text)
	// every byte of the view comes from the words that said it
	at := strings.Index(v.text, "4/19/1947")
	fs := v.mapBack([]Finding{{Start: at, End: at + len("4/19/1947"), Type: Date}})
	assert.Equal(t, "4 slash 19 slash 1947", in[fs[0].Start:fs[0].End])

	// a word that is a mark said once or twice in speech makes no dictation
	_, ok = dictationView("put a comma there, then the period of rest, a colon exam, and one more comma")
	assert.False(t, ok)
}
