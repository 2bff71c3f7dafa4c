// Package process de-identifies one input line end to end: parse, redact,
// classify, verify, gate. It is the unit of work of the batch and
// streaming pipelines (which wrap it in a Beam DoFn) and is plain Go, so it
// is tested without a runner.
//
// It fails closed: whatever goes wrong for a record, including a panic in
// a detector, the record is quarantined or rejected, never exported.
package process

import (
	"encoding/json"
	"strings"

	"github.com/cockroachdb/errors"

	"github.com/deid-project/deid/deid"
	"github.com/deid-project/deid/deid/classify"
	"github.com/deid-project/deid/deid/gate"
	"github.com/deid-project/deid/deid/linkage"
	"github.com/deid-project/deid/deid/policy"
	"github.com/deid-project/deid/deid/reason"
	"github.com/deid-project/deid/deid/redact"
	"github.com/deid-project/deid/deid/verify"
)

// Reason codes of the processor itself, of the deid/reason grammar; the
// gate's (gate.Reasons) come on top for quarantined records.
const (
	// Quarantined: a step failed for the record (fail closed).
	ReasonInternalError   = "internal_error"   // a panic; its value is dropped
	ReasonDeidentifyError = "deidentify_error" // the redactor refused the record
	ReasonEncodeError     = "encode_error"     // the record could not be encoded
	// Quarantined: a text holds what the engine's canonical view cannot
	// map onto it safely (deid.Unmappable: a replacement character or an
	// invalid byte inside a word, nested bidi overrides).
	ReasonUnmappableText = "unmappable_text"
	// Rejected: the line is not a conversation record (deid.RecordReasons).
	ReasonInvalidJSON  = deid.ReasonInvalidJSON
	ReasonMissingField = deid.ReasonMissingField
	ReasonInvalidField = deid.ReasonInvalidField
	ReasonInvalidUTF8  = deid.ReasonInvalidUTF8
	ReasonUnknownField = deid.ReasonUnknownField
)

// QuarantineReasons lists every reason a quarantined Result can carry:
// the processor's failures, then the gate's codes.
func QuarantineReasons() []string {
	return append([]string{ReasonInternalError, ReasonDeidentifyError, ReasonEncodeError, ReasonUnmappableText}, gate.Reasons()...)
}

// RejectReasons lists every reason a rejected Result can carry.
func RejectReasons() []string {
	return append(deid.RecordReasons(), gate.ReasonInvalid)
}

// Settings configure a Processor. They travel inside a Beam job, so they
// hold no secret: the key is read where the Processor is built.
type Settings struct {
	// PolicyYAML is the policy file's content; empty means Preset.
	PolicyYAML string
	// PolicySource names the policy file in error messages.
	PolicySource string
	// PolicyFiles are the dictionary files the policy names, by name, with
	// their contents (policy.Dictionaries.Files): read where the policy is,
	// they travel with it.
	PolicyFiles map[string]string
	// Preset is a built-in policy name (default safe-harbor).
	Preset string
	// KeyFile is a file holding the key; empty means $DEID_KEY.
	KeyFile string
	// KeyEnv names the environment variable the key is read from when
	// KeyFile is empty (default $DEID_KEY). Settings travel in the job
	// graph, so they hold no key: --ephemeral-key puts its random key in
	// the launcher's environment (EphemeralKeyEnv), which only workers in
	// the launcher's process (the embedded runner, LOOPBACK) read.
	KeyEnv string
	// Linkage is the on-prem linkage store of the research ids under
	// research_ids: random (the default): a directory (the file store,
	// one process at a time) or a postgres:// URL without a password (the
	// driver must be linked in: import deid/linkage/pgstore; the password
	// comes from $PGPASSWORD or a pgpass file on the workers).
	Linkage string
	// RedactMinScore drops findings scored below it from the redaction
	// pass (a precision knob; default 0 redacts everything found).
	// Verification always scans with every detector and quarantines what
	// the redaction left, so raising it trades exports for quarantine,
	// never identifiers for exports.
	RedactMinScore float64
}

// EphemeralKeyEnv is where --ephemeral-key leaves its random key, in the
// launcher's own environment.
const EphemeralKeyEnv = "DEID_EPHEMERAL_KEY"

// Processor is safe for concurrent use once built.
type Processor struct {
	pol *policy.Policy
	red *redact.Redactor
	eng *deid.Engine  // verification: every finding
	ids linkage.Store // nil under keyed research ids
}

// Sync makes the research ids handed out so far durable: call it before
// the records processed so far can be committed (the end of a bundle).
func (p *Processor) Sync() error {
	if p.ids == nil {
		return nil
	}
	return p.ids.Sync()
}

// Close syncs and releases the linkage store.
func (p *Processor) Close() error {
	if p.ids == nil {
		return nil
	}
	return p.ids.Close()
}

// New builds a Processor: the engine's dictionaries, the compiled policy
// and the key. getenv reads the environment (os.Getenv in production).
func New(s Settings, getenv func(string) string) (*Processor, error) {
	pol, err := LoadPolicy(s)
	if err != nil {
		return nil, err
	}
	var key *redact.Key
	switch {
	case s.KeyFile != "":
		key, err = redact.LoadKeyFile(s.KeyFile)
	default:
		key, err = redact.KeyFromEnvVar(getenv, s.KeyEnv)
	}
	if err != nil {
		return nil, errors.Wrap(err, "key")
	}
	if key == nil && (pol.NeedsKey() || pol.ResearchIDs == policy.KeyedIDs) {
		return nil, errors.Newf("no key: set DEID_KEY or a key file (policy %s uses surrogates, date shifting or keyed research ids)", errors.Safe(pol.Name))
	}
	// both engines apply the site's dictionaries: verification must not
	// flag an allowed term, and must find a denied one left
	eng, err := deid.New(pol.EngineOptions(0))
	if err != nil {
		return nil, err
	}
	redEng := eng
	if s.RedactMinScore > 0 {
		if redEng, err = deid.New(pol.EngineOptions(s.RedactMinScore)); err != nil {
			return nil, err
		}
	}
	var ids linkage.Store
	if pol.ResearchIDs != policy.KeyedIDs {
		if ids, err = linkage.Open(s.Linkage); err != nil {
			return nil, errors.Wrap(err, "research ids")
		}
	}
	red, err := redact.New(pol, &redact.Options{Key: key, Engine: redEng, IDs: ids})
	if err != nil {
		if ids != nil {
			ids.Close()
		}
		return nil, err
	}
	return &Processor{pol: pol, red: red, eng: eng, ids: ids}, nil
}

// LoadPolicy compiles the settings' policy.
func LoadPolicy(s Settings) (*policy.Policy, error) {
	if s.PolicyYAML != "" {
		src := s.PolicySource
		if src == "" {
			src = "policy"
		}
		return policy.ParseCompileFiles([]byte(s.PolicyYAML), src, policy.FilesReader(s.PolicyFiles))
	}
	name := s.Preset
	if name == "" {
		name = "safe-harbor"
	}
	return policy.Preset(name)
}

// Policy returns the compiled policy.
func (p *Processor) Policy() *policy.Policy { return p.pol }

// Route is where a record ends.
type Route = gate.Outcome

// Result is the outcome for one input line. Reason is a code of the
// deid/reason grammar (no content), one of QuarantineReasons or
// RejectReasons; Record and Labels are set for exported records.
type Result struct {
	Route      Route
	Reason     string
	Record     *redact.Record
	RecordJSON []byte
	Labels     classify.Labels
	Metadata   map[string]string
	// ConversationID is the input's id (restricted: it may identify;
	// used on-prem for the incremental state, never logged).
	ConversationID string
	Risk           string
}

// Process runs one line through the whole flow.
func (p *Processor) Process(line []byte) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			// fail closed; the panic value may hold text, so it is dropped
			res = Result{Route: gate.Quarantined, Reason: ReasonInternalError}
		}
		if res.Route != gate.Exported {
			res.Reason = validCode(res.Reason)
		}
	}()
	c, err := deid.ParseConversation(line)
	if err != nil {
		return Result{Route: gate.Rejected, Reason: rejectCode(err)}
	}
	res.ConversationID = c.ConversationID
	if unmappable(c) {
		res.Route, res.Reason = gate.Quarantined, ReasonUnmappableText
		return res
	}
	rec, err := p.red.Conversation(c)
	if err != nil {
		res.Route, res.Reason = gate.Quarantined, ReasonDeidentifyError
		return res
	}
	labels := classify.ForRecord(rec, c)
	v := verify.Check(p.eng, rec, c, &verify.Options{Policy: p.pol})
	labels.ResidualRisk = v.Risk
	res.Risk = v.Risk
	d := gate.Decide(labels, v, p.pol)
	if d.Route != gate.Export {
		res.Route, res.Reason = gate.Quarantined, d.Reason
		return res
	}
	cats := make([]string, len(labels.Categories))
	for i, c := range labels.Categories {
		cats[i] = string(c)
	}
	rec.Labels = &redact.Labels{Tier: string(labels.Tier), Categories: cats, ResidualRisk: labels.ResidualRisk, PolicyHash: labels.PolicyHash}
	b, err := json.Marshal(rec)
	if err != nil {
		res.Route, res.Reason = gate.Quarantined, ReasonEncodeError
		return res
	}
	res.Route, res.Record, res.RecordJSON, res.Labels = gate.Exported, rec, b, labels
	res.Metadata = ObjectLabels(labels)
	return res
}

// ObjectLabels are the labels an exported record contributes to the
// metadata of the objects that hold it. The export package keeps, per
// object, the distinct values of each key, and counts records per key and
// value exactly in the manifest; so every key here has few values: the
// tier, the policy, the residual risk, and one key per sensitive category
// and per identifier type removed ("category-mental-health: yes",
// "removed-name: yes").
func ObjectLabels(l classify.Labels) map[string]string {
	m := map[string]string{
		"tier":          string(l.Tier),
		"policy":        l.Policy,
		"residual-risk": l.ResidualRisk,
	}
	for _, c := range l.Categories {
		m["category-"+labelKey(string(c))] = "yes"
	}
	for t, n := range l.Removed {
		if n > 0 {
			m["removed-"+labelKey(string(t))] = "yes"
		}
	}
	return m
}

func labelKey(s string) string { return strings.ReplaceAll(strings.ToLower(s), "_", "-") }

// validCode returns code if it is of the deid/reason grammar, else
// gate.ReasonInvalid. The writers refuse a reason that is not a code, and
// one record must not fail a run: a code outside the grammar (a bug the
// reason tests exist to catch) is filed, and counted, as invalid_reason.
func validCode(code string) string {
	if reason.Valid(code) {
		return code
	}
	return gate.ReasonInvalid
}

// rejectCode is the reject code of a parse error (deid.RecordErrorCode),
// ReasonInvalidField for any other.
func rejectCode(err error) string {
	if c := deid.RecordErrorCode(err); c != "" {
		return c
	}
	return ReasonInvalidField
}

// unmappable reports whether some text of c is deid.Unmappable.
func unmappable(c *deid.Conversation) bool {
	for _, t := range c.Turns {
		if deid.Unmappable(t.Text) {
			return true
		}
	}
	return deid.Unmappable(c.ConversationID) || deid.EncounterUnmappable(c.Encounter)
}
