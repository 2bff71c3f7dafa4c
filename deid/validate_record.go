package deid

import (
	"time"

	"github.com/cockroachdb/errors"
)

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
