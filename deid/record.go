package deid

// Conversation is one input conversation record: the transcript of a
// doctor-patient encounter and, optionally, the encounter's metadata. Only
// ConversationID and Turns are required. Every value in Encounter is a known
// identifier: the engine looks for it in the turns too.
//
// The JSON form is documented in the README and in
// deid/schema/conversation.schema.json.
type Conversation struct {
	ConversationID string     `json:"conversation_id"`
	Encounter      *Encounter `json:"encounter,omitempty"`
	Turns          []Turn     `json:"turns"`
}

// Encounter is the metadata of the visit the conversation belongs to.
type Encounter struct {
	EncounterID string      `json:"encounter_id,omitempty"`
	StartedAt   string      `json:"started_at,omitempty"` // RFC 3339
	Facility    string      `json:"facility,omitempty"`
	Department  string      `json:"department,omitempty"`
	Patient     *Patient    `json:"patient,omitempty"`
	Clinicians  []Clinician `json:"clinicians,omitempty"`
	// OtherNames are relatives and caregivers known to the record.
	OtherNames []string `json:"other_names,omitempty"`
}

// Patient holds the patient's demographics and contact details.
type Patient struct {
	MRN       string         `json:"mrn,omitempty"`
	Name      string         `json:"name,omitempty"`
	BirthDate string         `json:"birth_date,omitempty"` // YYYY-MM-DD
	Sex       string         `json:"sex,omitempty"`
	Phone     string         `json:"phone,omitempty"`
	Email     string         `json:"email,omitempty"`
	Address   *PostalAddress `json:"address,omitempty"`
}

// PostalAddress is a US postal address.
type PostalAddress struct {
	Street string `json:"street,omitempty"`
	City   string `json:"city,omitempty"`
	State  string `json:"state,omitempty"`
	Zip    string `json:"zip,omitempty"`
}

// Clinician is a member of staff on the encounter.
type Clinician struct {
	Name string `json:"name,omitempty"`
	Role string `json:"role,omitempty"`
	NPI  string `json:"npi,omitempty"`
}

// Speakers of a turn.
const (
	SpeakerClinician = "clinician"
	SpeakerPatient   = "patient"
	SpeakerOther     = "other"
)

// Turn is one utterance of the conversation.
type Turn struct {
	Speaker string `json:"speaker"`
	StartMS int64  `json:"start_ms"`
	EndMS   int64  `json:"end_ms"`
	Text    string `json:"text"`
}

// Doc is one line of the `jsonl` scan and redact format.
type Doc struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Span is a gold annotation: a byte range of a text known to hold an
// identifier of the given type. Gold files carry spans; scans produce
// Findings.
type Span struct {
	Start int  `json:"start"`
	End   int  `json:"end"`
	Type  Type `json:"type"`
}

// GoldDoc is one line of a gold file (`deid eval --gold FILE`): a text, the
// identifiers a perfect scan would find in it, and optionally the encounter it
// belongs to, whose known identifiers the scan may use.
type GoldDoc struct {
	ID        string     `json:"id"`
	Text      string     `json:"text"`
	Spans     []Span     `json:"spans"`
	Encounter *Encounter `json:"encounter,omitempty"`
}
