package deid

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPlaceFieldStarts: every label of placeFields opens with a word
// placeFieldStart lets through (it filters labels before the map is read).
func TestPlaceFieldStarts(t *testing.T) {
	for label := range placeFields {
		first := strings.FieldsFunc(label, func(r rune) bool { return r == ' ' || r == '/' })[0]
		assert.True(t, placeFieldStart([]byte(first)), "label %q: placeFieldStart misses %q", label, first)
	}
}
