package deid

// Version is the engine version recorded in manifests and audit logs.
const Version = "0.1.0"

// Options configures an Engine. A nil *Options means the defaults.
type Options struct {
	// MinScore drops findings scored below it (0..1). Zero keeps everything
	// the detectors report; recall comes first.
	MinScore float64
	// Custom are the site's dictionaries (allowed and denied terms,
	// patterns), applied after the detectors; nil applies none.
	Custom *Custom
	// Types, when set, keeps only findings of these types (a selection, as
	// Presidio's entities); nil keeps every type.
	Types []Type
}

// Engine finds identifiers in text. It is safe for concurrent use: all of its
// state is read-only after New. Build one per process (or per Beam worker in
// Setup) and share it; New is the only expensive call.
type Engine struct {
	opts Options
	lex  *lexicon
}

// New builds an engine with the embedded dictionaries loaded.
func New(opts *Options) (*Engine, error) {
	e := &Engine{}
	if opts != nil {
		e.opts = *opts
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	e.lex = lex
	return e, nil
}

// Scan returns the identifiers found in text, sorted by start offset and not
// overlapping. Offsets are bytes of the UTF-8 text, end exclusive.
func (e *Engine) Scan(text string) []Finding {
	return e.ScanKnown(text, nil)
}

// ScanConversation scans every turn of c with the encounter's known
// identifiers, returning one slice of findings per turn.
func (e *Engine) ScanConversation(c *Conversation) [][]Finding {
	k := NewKnown(c.Encounter)
	out := make([][]Finding, len(c.Turns))
	for i := range c.Turns {
		out[i] = e.ScanKnown(c.Turns[i].Text, k)
	}
	return out
}
