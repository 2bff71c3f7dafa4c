package redact

import (
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/cockroachdb/errors"
	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/deid/policy"
)

// SchemaVersion is the version of the Record format, bumped on any change a
// reader must know about. The JSON Schema is schema/deidentified-record.schema.json
// and every field is documented for researchers in FIELDS.md.
const SchemaVersion = 2

// Record is a de-identified conversation: no direct identifier is left.
// Ids are research ids (random ids from the linkage store, or keyed); demographics are generalised;
// dates follow the policy; turn texts are redacted; Removed counts what was
// taken out, never what it was.
type Record struct {
	SchemaVersion     int               `json:"schema_version"`
	ResearchID        string            `json:"research_id"`
	PatientResearchID string            `json:"patient_research_id,omitempty"`
	Demographics      Demographics      `json:"demographics"`
	Encounter         EncounterInfo     `json:"encounter"`
	Turns             []Turn            `json:"turns"`
	Removed           map[deid.Type]int `json:"removed"`
	Policy            PolicyRef         `json:"policy"`
	EngineVersion     string            `json:"engine_version"`
	// Labels are set on exported records (deid/process), after
	// classification and verification: tier, categories, residual_risk
	// and policy_hash then appear as top-level fields (nil: absent).
	*Labels
}

// Labels are the classification of an exported record, carried in the
// record itself so that researchers can select by them (the object
// metadata and the manifest carry them too). Names, codes and a hash only.
type Labels struct {
	// Tier is the sensitivity tier: "deidentified" for exported records.
	Tier string `json:"tier"`
	// Categories are the sensitive categories the conversation mentions
	// (substance_use, mental_health, hiv_sti, reproductive_health,
	// genetics), sorted; empty for none.
	Categories []string `json:"categories"`
	// ResidualRisk is the result of verification: none or low (high never
	// leaves).
	ResidualRisk string `json:"residual_risk"`
	// PolicyHash repeats policy.hash as a top-level field.
	PolicyHash string `json:"policy_hash"`
}

// Demographics are the patient's generalised demographics. Every field is
// omitted when unknown or when the policy removes it.
type Demographics struct {
	Age   *Age   `json:"age,omitempty"`
	Sex   string `json:"sex,omitempty"`
	Zip3  string `json:"zip3,omitempty"`
	State string `json:"state,omitempty"`
}

// Age is an age in whole years at the encounter, or the cap ("90+") for
// ages at or over it. It is a JSON number, or the string "90+".
type Age struct {
	Years int  // the age, or the cap when Over
	Over  bool // Years is the cap: the age is Years or more
}

// MarshalJSON writes 47 or "90+".
func (a Age) MarshalJSON() ([]byte, error) {
	if a.Over {
		return []byte(`"` + strconv.Itoa(a.Years) + `+"`), nil
	}
	return []byte(strconv.Itoa(a.Years)), nil
}

// UnmarshalJSON reads 47 or "90+".
func (a *Age) UnmarshalJSON(b []byte) error {
	s := string(b)
	if strings.HasPrefix(s, `"`) {
		s = strings.TrimSuffix(strings.Trim(s, `"`), "+")
		a.Over = true
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return errors.New("age: want a number or \"N+\"")
	}
	a.Years = n
	return nil
}

// EncounterInfo is what is left of the encounter metadata.
type EncounterInfo struct {
	// Year of the encounter (dates generalised to the year).
	Year int `json:"year,omitempty"`
	// Date of the encounter, YYYY-MM-DD: shifted under the shift operator,
	// real only under an expert policy that keeps dates.
	Date string `json:"date,omitempty"`
	// DateShifted is true when Date is shifted.
	DateShifted bool `json:"date_shifted,omitempty"`
	// Department, redacted like turn text.
	Department string `json:"department,omitempty"`
}

// Turn is one redacted utterance.
type Turn struct {
	Speaker string `json:"speaker"`
	StartMS int64  `json:"start_ms"`
	EndMS   int64  `json:"end_ms"`
	Text    string `json:"text"`
}

// PolicyRef names the policy a record was made with.
type PolicyRef struct {
	Name    string `json:"name"`
	Version int    `json:"version"`
	Hash    string `json:"hash"`
}

// researchID derives an opaque id: a prefix and 24 hex digits (96 bits) of
// HMAC-SHA256 over the real id (research_ids: keyed).
func (k *Key) researchID(prefix, kind, id string) string {
	return prefix + hex.EncodeToString(k.mac("research-id", kind, id))[:24]
}

// ErrNoLinkage is returned for a conversation under research_ids: random
// when the redactor has no linkage store.
var ErrNoLinkage = errors.New("no linkage store for the research ids")

// PatientSubject is the stable identity a patient's surrogates, date shift
// and research id are keyed on: the MRN ("mrn:…"), else "" (none known).
// A name alone never links: two patients of the same name without an MRN
// are two patients.
func PatientSubject(enc *deid.Encounter) string {
	if enc == nil || enc.Patient == nil {
		return ""
	}
	if m := normKey(deid.MRN, enc.Patient.MRN); m != "" {
		return "mrn:" + m
	}
	return ""
}

// PatientLinkKey is the linkage key of the conversation's patient: the
// MRN, else the encounter id ("enc:…"), else the conversation id
// ("conv:…"), so that a patient without an MRN is linked to that encounter
// only (and gets the same id when the record is processed again); "" when
// the record has no patient.
func PatientLinkKey(c *deid.Conversation) string {
	enc := c.Encounter
	if enc == nil || enc.Patient == nil {
		return ""
	}
	if s := PatientSubject(enc); s != "" {
		return s
	}
	if enc.EncounterID != "" {
		return "enc:" + enc.EncounterID
	}
	return "conv:" + c.ConversationID
}

// researchIDs returns the conversation's and its patient's research ids.
func (r *Redactor) researchIDs(c *deid.Conversation) (conv, patient string, err error) {
	pkey := PatientLinkKey(c)
	if r.pol.ResearchIDs == policy.KeyedIDs {
		if r.key == nil {
			return "", "", errors.Wrap(ErrNoKey, "keyed research ids")
		}
		conv = r.key.researchID("c_", "conversation", c.ConversationID)
		if pkey != "" {
			patient = r.key.researchID("p_", "patient", pkey)
		}
		return conv, patient, nil
	}
	if r.ids == nil {
		return "", "", ErrNoLinkage
	}
	if conv, err = r.ids.ResearchID(linkage.Conversation, "conv:"+c.ConversationID); err != nil {
		return "", "", err
	}
	if pkey != "" {
		if patient, err = r.ids.ResearchID(linkage.Patient, pkey); err != nil {
			return "", "", err
		}
	}
	return conv, patient, nil
}

// Conversation scans and redacts a conversation record into a Record. It
// needs a key (research ids are keyed); without one it returns ErrNoKey.
func (r *Redactor) Conversation(c *deid.Conversation) (*Record, error) {
	return r.ConversationFindings(c, nil)
}

// ConversationFindings is Conversation with the findings of each turn given
// (as deid.Engine.ScanConversation returns them) instead of scanned; nil
// findings scans. The department is always scanned.
func (r *Redactor) ConversationFindings(c *deid.Conversation, findings [][]deid.Finding) (*Record, error) {
	if c.ConversationID == "" {
		return nil, errors.New("conversation has no conversation_id")
	}
	if findings == nil {
		findings = r.engine.ScanConversation(c)
	}
	if len(findings) != len(c.Turns) {
		return nil, errors.Newf("%d finding lists for %d turns", errors.Safe(len(findings)), errors.Safe(len(c.Turns)))
	}
	p := r.pol
	convID, patientID, err := r.researchIDs(c)
	if err != nil {
		return nil, err
	}
	enc := c.Encounter
	subject := PatientSubject(enc)
	scopeSubject := subject
	if scopeSubject == "" {
		scopeSubject = "conversation:" + c.ConversationID
	}
	scope := r.NewScope(scopeSubject)

	rec := &Record{
		SchemaVersion:     SchemaVersion,
		ResearchID:        convID,
		PatientResearchID: patientID,
		Policy:            PolicyRef{Name: p.Name, Version: p.Version, Hash: p.Hash()},
		EngineVersion:     deid.Version,
		Turns:             make([]Turn, len(c.Turns)),
	}

	var started time.Time
	if enc != nil {
		if t, err := time.Parse(time.RFC3339, enc.StartedAt); err == nil {
			started = t
			scope.SetReferenceYear(t.Year())
		}
		if enc.Patient != nil {
			if age, ok := deid.AgeAt(enc.Patient.BirthDate, enc.StartedAt); ok && age >= p.Ages.CapAt {
				scope.SetOverAgeCap(true)
			}
		}
		var names []string
		if enc.Patient != nil {
			names = append(names, enc.Patient.Name)
		}
		for _, cl := range enc.Clinicians {
			names = append(names, cl.Name)
		}
		names = append(names, enc.OtherNames...)
		scope.seedNames(names...)
		// no surrogate may be a real name of the encounter, said in the
		// turns or not (a nurse known only to the metadata included)
		scope.forbidNames(names...)
	}

	for i, t := range c.Turns {
		scope.forbid(t.Text, findings[i])
	}
	var sum Summary
	for i, t := range c.Turns {
		text, s := r.Text(t.Text, findings[i], scope)
		sum.Add(s)
		rec.Turns[i] = Turn{Speaker: speaker(t.Speaker), StartMS: t.StartMS, EndMS: t.EndMS, Text: text}
	}

	if enc != nil {
		if enc.Department != "" {
			dept, s := r.Text(enc.Department, r.engine.ScanKnown(enc.Department, deid.NewKnown(enc)), scope)
			sum.Add(s)
			rec.Encounter.Department = dept
		}
		r.encounterDate(rec, started, scope)
		r.demographics(rec, enc, started)
	}
	rec.Removed = sum.Removed()
	return rec, nil
}

func (r *Redactor) encounterDate(rec *Record, started time.Time, scope *Scope) {
	if started.IsZero() {
		return
	}
	switch r.pol.Rule(deid.Date).Operator {
	case policy.Generalize:
		rec.Encounter.Year = started.Year()
	case policy.Shift:
		rec.Encounter.Date = started.AddDate(0, 0, -scope.ShiftDays()).Format("2006-01-02")
		rec.Encounter.DateShifted = true
	case policy.Keep:
		rec.Encounter.Date = started.Format("2006-01-02")
	}
}

func (r *Redactor) demographics(rec *Record, enc *deid.Encounter, started time.Time) {
	pt := enc.Patient
	if pt == nil {
		return
	}
	d := &rec.Demographics
	d.Sex = sex(pt.Sex)
	if pt.Address != nil {
		d.State = stateCode(pt.Address.State)
		if r.pol.Rule(deid.Zip).Operator == policy.Generalize {
			if z := digitView(pt.Address.Zip).digits; len(z) >= 5 {
				d.Zip3 = r.pol.Zip.Zip3(z[:3])
			}
		}
	}
	birth, err := time.Parse("2006-01-02", pt.BirthDate)
	if err != nil || started.IsZero() {
		return
	}
	age := started.Year() - birth.Year()
	if started.Month() < birth.Month() || started.Month() == birth.Month() && started.Day() < birth.Day() {
		age--
	}
	if age < 0 || age > 130 {
		return
	}
	switch r.pol.Rule(deid.Age).Operator {
	case policy.Generalize:
		if capAt := r.pol.Ages.CapAt; age >= capAt {
			d.Age = &Age{Years: capAt, Over: true}
		} else {
			d.Age = &Age{Years: age}
		}
	case policy.Keep:
		d.Age = &Age{Years: age}
	}
}

func speaker(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case deid.SpeakerClinician, "doctor", "physician", "nurse":
		return deid.SpeakerClinician
	case deid.SpeakerPatient:
		return deid.SpeakerPatient
	}
	return deid.SpeakerOther
}

// sex maps the free-text sex of a record to female, male, other or unknown:
// a closed set, so that no free text reaches the output.
func sex(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "f", "female", "woman":
		return "female"
	case "m", "male", "man":
		return "male"
	case "":
		return ""
	case "u", "unknown", "unk":
		return "unknown"
	}
	return "other"
}

var states = map[string]string{"alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
	"colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC", "florida": "FL", "georgia": "GA",
	"hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY",
	"louisiana": "LA", "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
	"mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH",
	"new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND", "ohio": "OH",
	"oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC",
	"south dakota": "SD", "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
	"washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY", "puerto rico": "PR",
	"guam": "GU", "virgin islands": "VI", "american samoa": "AS", "northern mariana islands": "MP"}

var stateCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range states {
		m[c] = true
	}
	return m
}()

// stateCode returns the USPS code of a state, or "" for anything else.
func stateCode(s string) string {
	s = strings.TrimSpace(s)
	if c := strings.ToUpper(s); stateCodes[c] {
		return c
	}
	return states[strings.ToLower(s)]
}
