package deid

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

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
		// Value is "number 412345678901234567890" for a number out of
		// range: its first word only, never the value
		kind, _, _ := strings.Cut(typ.Value, " ")
		return fmt.Sprintf("field %q must be %s, not %s", typ.Field, typ.Type.Kind(), kind)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated JSON"
	}
	return "invalid JSON"
}

// Reject codes of ParseConversation (of the deid/reason grammar): why a
// line is not a conversation record. RecordErrorCode returns the code of
// an error.
const (
	ReasonInvalidJSON  = "invalid_json"  // not JSON, truncated, trailing data
	ReasonInvalidUTF8  = "invalid_utf8"  // JSON text must be UTF-8 (RFC 8259)
	ReasonMissingField = "missing_field" // a required field is absent
	ReasonInvalidField = "invalid_field" // a field of the wrong type or format, or null
	ReasonUnknownField = "unknown_field" // a field the schema does not have
)

// RecordReasons lists every code ParseConversation's errors carry.
func RecordReasons() []string {
	return []string{ReasonInvalidJSON, ReasonInvalidUTF8, ReasonMissingField, ReasonInvalidField, ReasonUnknownField}
}

var recordMarks = func() map[string]error {
	m := map[string]error{}
	for _, c := range RecordReasons() {
		m[c] = errors.New(c)
	}
	return m
}()

// recordError is a safe message marked with its code.
func recordError(code, msg string) error { return errors.Mark(errors.New(msg), recordMarks[code]) }

func recordErrorf(code, format string, args ...any) error {
	return errors.Mark(errors.Newf(format, args...), recordMarks[code])
}

// RecordErrorCode returns the reject code of an error of ParseConversation
// or ValidateConversation, "" for other errors.
func RecordErrorCode(err error) string {
	for _, c := range RecordReasons() {
		if errors.Is(err, recordMarks[c]) {
			return c
		}
	}
	return ""
}

// wireConversation is the record as read: pointers where the schema
// requires a field that may legitimately be empty, so that an absent
// field is told from an empty one.
type wireConversation struct {
	ConversationID string         `json:"conversation_id"`
	Encounter      *wireEncounter `json:"encounter"`
	Turns          []wireTurn     `json:"turns"`
}

// wireEncounter and wirePatient tell an absent date from an empty one
// (which is no date).
type wireEncounter struct {
	EncounterID string       `json:"encounter_id"`
	StartedAt   *string      `json:"started_at"`
	Facility    string       `json:"facility"`
	Department  string       `json:"department"`
	Patient     *wirePatient `json:"patient"`
	Clinicians  []Clinician  `json:"clinicians"`
	OtherNames  []string     `json:"other_names"`
}

type wirePatient struct {
	MRN       string         `json:"mrn"`
	Name      string         `json:"name"`
	BirthDate *string        `json:"birth_date"`
	Sex       string         `json:"sex"`
	Phone     string         `json:"phone"`
	Email     string         `json:"email"`
	Address   *PostalAddress `json:"address"`
}

type wireTurn struct {
	Speaker *string `json:"speaker"`
	StartMS int64   `json:"start_ms"`
	EndMS   int64   `json:"end_ms"`
	Text    *string `json:"text"`
}

// ParseConversation decodes and validates one conversation record. It
// accepts exactly what deid/schema/conversation.schema.json accepts (the
// schema test runs one table through both), and one rule more that a
// schema cannot say: end_ms is not before start_ms. So it refuses text
// that is not UTF-8, fields the schema does not know (a turn that says
// "transcript" instead of "text" is refused, not exported empty), a turn
// without text or speaker, and null anywhere. The error names the field at
// fault, never its value; it is safe to log and carries a reject code
// (RecordErrorCode).
func ParseConversation(line []byte) (*Conversation, error) {
	if !utf8.Valid(line) {
		return nil, recordError(ReasonInvalidUTF8, "not valid UTF-8")
	}
	var w wireConversation
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return nil, decodeError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, recordError(ReasonInvalidJSON, "invalid JSON: data after the record")
	}
	if hasNull(line) {
		// the schema gives no field a null value; decoding would take it
		// for an absent field or a zero
		return nil, recordError(ReasonInvalidField, "null is not a value of any field")
	}
	c := &Conversation{ConversationID: w.ConversationID}
	if e := w.Encounter; e != nil {
		if e.StartedAt != nil && !validTime(time.RFC3339, *e.StartedAt) {
			return c, recordError(ReasonInvalidField, "encounter.started_at is not RFC 3339")
		}
		if p := e.Patient; p != nil && p.BirthDate != nil && !validTime(time.DateOnly, *p.BirthDate) {
			return c, recordError(ReasonInvalidField, "encounter.patient.birth_date is not YYYY-MM-DD")
		}
		c.Encounter = &Encounter{EncounterID: e.EncounterID, StartedAt: deref(e.StartedAt), Facility: e.Facility,
			Department: e.Department, Clinicians: e.Clinicians, OtherNames: e.OtherNames}
		if p := e.Patient; p != nil {
			c.Encounter.Patient = &Patient{MRN: p.MRN, Name: p.Name, BirthDate: deref(p.BirthDate), Sex: p.Sex,
				Phone: p.Phone, Email: p.Email, Address: p.Address}
		}
	}
	if w.Turns != nil {
		c.Turns = make([]Turn, len(w.Turns))
	}
	for i, t := range w.Turns {
		if t.Speaker == nil {
			return c, recordErrorf(ReasonMissingField, `missing "turns[%d].speaker"`, errors.Safe(i))
		}
		if t.Text == nil {
			return c, recordErrorf(ReasonMissingField, `missing "turns[%d].text"`, errors.Safe(i))
		}
		c.Turns[i] = Turn{Speaker: *t.Speaker, StartMS: t.StartMS, EndMS: t.EndMS, Text: *t.Text}
	}
	if err := ValidateConversation(c); err != nil {
		return c, err
	}
	return c, nil
}

func decodeError(err error) error {
	// encoding/json's message for an unknown field quotes the field's
	// name, which is input: say which object it is in instead
	if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
		return recordError(ReasonUnknownField, "unknown field (not in the schema)")
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return recordError(ReasonInvalidField, DescribeJSONError(err))
	}
	return recordError(ReasonInvalidJSON, DescribeJSONError(err))
}

func validTime(layout, s string) bool {
	_, err := time.Parse(layout, s)
	return err == nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// hasNull reports whether valid JSON text holds a null literal: outside
// strings, an 'n' can only start one.
func hasNull(b []byte) bool {
	in := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case in && c == '\\':
			i++
		case c == '"':
			in = !in
		case !in && c == 'n':
			return true
		}
	}
	return false
}

// MaxTurnMS bounds start_ms and end_ms: a turn's times are offsets into
// a conversation of less than a day. A timing field is a number that goes
// out as it came in, so an implausible one (an MRN or a phone number put
// where a time belongs) rejects the record; so does a turn that starts
// before the turn before it, or ends before it starts. A plausible offset
// can still be a 7- or 8-digit MRN: verify flags a timing that carries a
// number the record holds (field:turns.timing), which quarantines it.
const MaxTurnMS = 24 * 60 * 60 * 1000

// ValidateConversation checks the required fields and the formats of a
// conversation record. Its error names the field at fault and is safe to
// log: it never quotes a value.
func ValidateConversation(c *Conversation) error {
	if c.ConversationID == "" {
		return recordError(ReasonMissingField, `missing "conversation_id"`)
	}
	if c.Turns == nil {
		return recordError(ReasonMissingField, `missing "turns"`)
	}
	for i, t := range c.Turns {
		switch t.Speaker {
		case SpeakerClinician, SpeakerPatient, SpeakerOther:
		default:
			return recordErrorf(ReasonInvalidField, "turns[%d].speaker must be clinician, patient or other", errors.Safe(i))
		}
		if t.StartMS < 0 || t.EndMS < 0 || t.StartMS >= MaxTurnMS || t.EndMS >= MaxTurnMS {
			return recordErrorf(ReasonInvalidField, "turns[%d]: start_ms/end_ms not within a day", errors.Safe(i))
		}
		if t.EndMS < t.StartMS {
			return recordErrorf(ReasonInvalidField, "turns[%d]: start_ms/end_ms out of order", errors.Safe(i))
		}
		if i > 0 && t.StartMS < c.Turns[i-1].StartMS {
			return recordErrorf(ReasonInvalidField, "turns[%d]: starts before the turn before it", errors.Safe(i))
		}
	}
	if e := c.Encounter; e != nil {
		if e.StartedAt != "" {
			if _, err := time.Parse(time.RFC3339, e.StartedAt); err != nil {
				return recordError(ReasonInvalidField, "encounter.started_at is not RFC 3339")
			}
		}
		if p := e.Patient; p != nil && p.BirthDate != "" {
			if _, err := time.Parse("2006-01-02", p.BirthDate); err != nil {
				return recordError(ReasonInvalidField, "encounter.patient.birth_date is not YYYY-MM-DD")
			}
		}
	}
	return nil
}
