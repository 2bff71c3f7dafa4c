package process

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/deid-project/deid/deid/gate"
)

// TestUnmappableTextQuarantined: a replacement character inside a name
// (what invalid UTF-8 or a lone surrogate escape decodes to) leaves the
// rest of the word unknown, so the record is quarantined.
func TestUnmappableTextQuarantined(t *testing.T) {
	p := newProc(t, Settings{})
	for _, line := range []string{
		`{"conversation_id":"c1","turns":[{"speaker":"patient","start_ms":0,"end_ms":10,"text":"I am Amb\udc80rose Quillfeather"}]}`,
		`{"conversation_id":"c2","turns":[{"speaker":"patient","start_ms":0,"end_ms":10,"text":"I am Amb\ufffdrose"}]}`,
		`{"conversation_id":"c3","encounter":{"patient":{"name":"Amb\ufffdrose"}},"turns":[{"speaker":"patient","start_ms":0,"end_ms":10,"text":"hello"}]}`,
	} {
		r := p.Process([]byte(line))
		assert.Equal(t, gate.Quarantined, r.Route, line)
		assert.Equal(t, ReasonUnmappableText, r.Reason, line)
	}
}
