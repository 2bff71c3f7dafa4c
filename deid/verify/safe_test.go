package verify

import (
	"strings"
	"testing"

	"github.com/deid-project/deid/deid"
)

// checkSafe fails if any reason holds a word of the source conversation
// that is not a reason code, a type or a number.
func checkSafe(t testing.TB, res Result, c *deid.Conversation) {
	t.Helper()
	allowed := map[string]bool{}
	for _, ty := range deid.AllTypes {
		allowed[strings.ToLower(string(ty))] = true
		for _, w := range strings.Split(strings.ToLower(string(ty)), "_") {
			allowed[w] = true
		}
	}
	for _, w := range strings.Fields("known identifier residual low field policy mismatch unknown verify error no engine record source " +
		"demographics age sex state zip3 encounter date department turns speaker research id patient key hash schema version removed timing") {
		allowed[w] = true
	}
	for _, why := range append(append([]string{}, res.Reasons...), res.Error) {
		for _, w := range words(why) {
			if !allowed[w] && !isDigits(w) {
				t.Errorf("reason %q has the word %q", why, w)
			}
		}
	}
}
