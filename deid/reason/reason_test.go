package reason

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestValid(t *testing.T) {
	re := regexp.MustCompile(`^` + Grammar + `$`)
	for _, s := range []string{
		"ok", "residual_identifier", "category_not_allowed.substance_use", "parse.invalid_json", "a", "x-1",
		strings.Repeat("a", MaxLen),
		"", "Residual", "_x", "1x", ".x", "-x", "category_not_allowed:substance_use", "a b", "a/b", "a=1",
		"é", strings.Repeat("a", MaxLen+1), "known_identifier:NAME=2",
	} {
		assert.Equal(t, re.MatchString(s), Valid(s), "%q", s)
	}
	assert.True(t, Valid(Qualify("category_not_allowed", "hiv_sti")))
	assert.Equal(t, "category_not_allowed.genetics", Qualify("category_not_allowed", "genetics"))
}
