package deid

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/cockroachdb/errors"
)

// DescribeJSONError says why input is not valid JSON for its target without
// quoting any of the input (a syntax error message would quote a
// character). The result is safe to log.
func DescribeJSONError(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("invalid JSON at byte %d", syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("field %q must be %s, not %s", typ.Field, typ.Type.Kind(), typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated JSON"
	}
	return "invalid JSON"
}

// ParseConversation decodes and validates one conversation record. The
// error names the field at fault, never its value, and is safe to log.
func ParseConversation(line []byte) (*Conversation, error) {
	var c Conversation
	if err := json.Unmarshal(line, &c); err != nil {
		return nil, errors.New(DescribeJSONError(err))
	}
	if err := ValidateConversation(&c); err != nil {
		return &c, err
	}
	return &c, nil
}

// ValidateConversation checks the required fields and the formats of a
// conversation record. Its error names the field at fault and is safe to
// log: it never quotes a value.
func ValidateConversation(c *Conversation) error {
	if c.ConversationID == "" {
		return errors.New(`missing "conversation_id"`)
	}
	if c.Turns == nil {
		return errors.New(`missing "turns"`)
	}
	for i, t := range c.Turns {
		switch t.Speaker {
		case SpeakerClinician, SpeakerPatient, SpeakerOther:
		default:
			return errors.Newf("turns[%d].speaker must be clinician, patient or other", errors.Safe(i))
		}
		if t.StartMS < 0 || t.EndMS < t.StartMS {
			return errors.Newf("turns[%d]: start_ms/end_ms out of order", errors.Safe(i))
		}
	}
	if e := c.Encounter; e != nil {
		if e.StartedAt != "" {
			if _, err := time.Parse(time.RFC3339, e.StartedAt); err != nil {
				return errors.New("encounter.started_at is not RFC 3339")
			}
		}
		if p := e.Patient; p != nil && p.BirthDate != "" {
			if _, err := time.Parse("2006-01-02", p.BirthDate); err != nil {
				return errors.New("encounter.patient.birth_date is not YYYY-MM-DD")
			}
		}
	}
	return nil
}
