package policy

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/cockroachdb/errors"
	"gopkg.in/yaml.v3"
)

// Raw is a policy file as written, before validation. It keeps the position
// of every key so that Compile can name them. Build one with Parse.
type Raw struct {
	File        string
	Name        string
	Version     int
	Description string
	Method      string
	ResearchIDs string
	Default     *RawRule
	Rules       []*RawRule // in file order
	Dates       RawDates
	Ages        RawAges
	Zip         RawZip
	Export      RawExport
	Dict        RawDict
	// ReadFile reads the dictionary files the policy names (relative to
	// it); nil when the policy was not read from a file.
	ReadFile ReadFunc

	pos map[string]position // dotted key path -> where its value is
}

// RawRule is one entry of rules: (or default:).
type RawRule struct {
	Type     string // "" for the default rule
	Operator string
	Char     string
	key      string // dotted path of the rule
}

// RawDates is the dates: section.
type RawDates struct {
	ShiftMinDays *int
	ShiftMaxDays *int
}

// RawAges is the ages: section.
type RawAges struct {
	CapAt *int
}

// RawZip is the zip: section.
type RawZip struct {
	RestrictedPrefixes []string // list names and/or three-digit prefixes
	set                bool
}

type position struct{ line, col int }

// Load reads and parses a policy file.
func Load(path string) (*Raw, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errors.Wrap(err, "read policy")
	}
	return Parse(b, path)
}

// Parse decodes a policy file. file names it in errors. The returned error,
// if any, is an Errors listing every problem found; the Raw is then partial
// (nil for a YAML syntax error). Most callers want ParseCompile.
func Parse(data []byte, file string) (*Raw, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, Errors{{File: file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}}
	}
	p := &parser{raw: &Raw{File: file, pos: map[string]position{}}}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, Errors{{File: file, Msg: "empty policy"}}
	}
	p.top(doc.Content[0])
	// The Raw is returned with the errors so that ParseCompile can report
	// compile problems too.
	return p.raw, p.errs.orNil()
}

type parser struct {
	raw  *Raw
	errs Errors
}

func (p *parser) errf(n *yaml.Node, key, format string, args ...any) {
	e := &Error{File: p.raw.File, Key: key, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	p.errs = append(p.errs, e)
}

// mapping walks a mapping node, calling f for each key in order, rejecting
// duplicate keys and non-mapping nodes.
func (p *parser) mapping(n *yaml.Node, path string, f func(key string, k, v *yaml.Node)) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind != yaml.MappingNode {
		p.errf(n, path, "must be a mapping, not %s", kindName(n))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.errf(k, path, "keys must be plain strings")
			continue
		}
		full := join(path, k.Value)
		if seen[k.Value] {
			p.errf(k, full, "duplicate key")
			continue
		}
		seen[k.Value] = true
		if v.Kind == yaml.AliasNode {
			v = v.Alias
		}
		p.raw.pos[full] = position{v.Line, v.Column}
		f(k.Value, k, v)
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return "a scalar"
	}
	return "empty"
}

// keyLike are keys that would put key material in a policy.
var keyLike = map[string]bool{"key": true, "keys": true, "key_file": true, "secret": true, "hmac_key": true, "salt": true}

func (p *parser) unknown(k *yaml.Node, path string, known ...string) {
	if keyLike[strings.ToLower(k.Value)] {
		p.errf(k, path, "a policy never holds key material: set DEID_KEY or pass --key-file")
		return
	}
	p.errf(k, path, "unknown key (want one of %s)", strings.Join(known, ", "))
}

func (p *parser) top(n *yaml.Node) {
	known := []string{"name", "version", "description", "method", "research_ids", "default", "rules", "dates", "ages", "zip", "export", "allow", "deny", "patterns"}
	p.mapping(n, "", func(key string, k, v *yaml.Node) {
		switch key {
		case "name":
			p.raw.Name, _ = p.str(v, key)
		case "version":
			if i, ok := p.int(v, key); ok {
				p.raw.Version = *i
			}
		case "description":
			p.raw.Description, _ = p.str(v, key)
		case "method":
			p.raw.Method, _ = p.str(v, key)
		case "research_ids":
			p.raw.ResearchIDs, _ = p.str(v, key)
		case "default":
			p.raw.Default = p.rule(v, key, "")
		case "rules":
			p.mapping(v, key, func(t string, _, rv *yaml.Node) {
				if r := p.rule(rv, join(key, t), t); r != nil {
					p.raw.Rules = append(p.raw.Rules, r)
				}
			})
		case "dates":
			p.mapping(v, key, func(sk string, skn, sv *yaml.Node) {
				switch sk {
				case "shift_min_days":
					p.raw.Dates.ShiftMinDays, _ = p.int(sv, join(key, sk))
				case "shift_max_days":
					p.raw.Dates.ShiftMaxDays, _ = p.int(sv, join(key, sk))
				default:
					p.unknown(skn, join(key, sk), "shift_min_days", "shift_max_days")
				}
			})
		case "ages":
			p.mapping(v, key, func(sk string, skn, sv *yaml.Node) {
				switch sk {
				case "cap_at":
					p.raw.Ages.CapAt, _ = p.int(sv, join(key, sk))
				default:
					p.unknown(skn, join(key, sk), "cap_at")
				}
			})
		case "zip":
			p.mapping(v, key, func(sk string, skn, sv *yaml.Node) {
				switch sk {
				case "restricted_prefixes":
					p.raw.Zip.set = true
					p.raw.Zip.RestrictedPrefixes = p.strList(sv, join(key, sk))
				default:
					p.unknown(skn, join(key, sk), "restricted_prefixes")
				}
			})
		case "export":
			p.mapping(v, key, func(sk string, skn, sv *yaml.Node) {
				switch sk {
				case "allow_categories":
					p.raw.Export.allowSet = true
					p.raw.Export.AllowCategories = p.strList(sv, join(key, sk))
				case "max_residual_risk":
					if s, ok := p.str(sv, join(key, sk)); ok {
						p.raw.Export.MaxResidualRisk = &s
					}
				case "destination":
					p.destination(sv, join(key, sk))
				default:
					p.unknown(skn, join(key, sk), "allow_categories", "max_residual_risk", "destination")
				}
			})
		case "allow":
			p.raw.Dict.Allow = p.terms(v, key, false)
		case "deny":
			p.raw.Dict.Deny = p.terms(v, key, true)
		case "patterns":
			p.raw.Dict.Patterns = p.patterns(v, key)
		default:
			p.unknown(k, key, known...)
		}
	})
}

func (p *parser) destination(n *yaml.Node, path string) {
	d := &p.raw.Export.Destination
	known := []string{"allowed_hosts", "require_private_endpoint", "min_tls", "require_cmek", "regions", "require_versioning", "min_retention_days", "accept_unchecked"}
	p.mapping(n, path, func(key string, k, v *yaml.Node) {
		full := join(path, key)
		switch key {
		case "allowed_hosts":
			d.AllowedHosts = p.strList(v, full)
		case "require_private_endpoint":
			d.RequirePrivateEndpoint = p.bool(v, full)
		case "min_tls":
			if s, ok := p.str(v, full); ok {
				d.MinTLS = &s
			}
		case "require_cmek":
			d.RequireCMEK = p.bool(v, full)
		case "regions":
			d.Regions = p.strList(v, full)
		case "require_versioning":
			d.RequireVersioning = p.bool(v, full)
		case "min_retention_days":
			d.MinRetentionDays, _ = p.int(v, full)
		case "accept_unchecked":
			d.AcceptUnchecked = p.strList(v, full)
		default:
			p.unknown(k, full, known...)
		}
	})
}

func (p *parser) bool(n *yaml.Node, path string) *bool {
	if n.Kind == yaml.ScalarNode {
		switch n.Value {
		case "true":
			b := true
			return &b
		case "false":
			b := false
			return &b
		}
	}
	p.errf(n, path, "must be true or false")
	return nil
}

func (p *parser) rule(n *yaml.Node, path, typ string) *RawRule {
	r := &RawRule{Type: typ, key: path}
	// Shorthand: `NAME: tag`.
	if n.Kind == yaml.ScalarNode {
		r.Operator = n.Value
		p.raw.pos[join(path, "operator")] = position{n.Line, n.Column}
		return r
	}
	p.mapping(n, path, func(key string, k, v *yaml.Node) {
		switch key {
		case "operator":
			r.Operator, _ = p.str(v, join(path, key))
		case "char":
			r.Char, _ = p.str(v, join(path, key))
		default:
			p.unknown(k, join(path, key), "operator", "char")
		}
	})
	return r
}

func (p *parser) str(n *yaml.Node, path string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		p.errf(n, path, "must be a string, not %s", kindName(n))
		return "", false
	}
	return n.Value, true
}

func (p *parser) int(n *yaml.Node, path string) (*int, bool) {
	if n.Kind != yaml.ScalarNode {
		p.errf(n, path, "must be an integer, not %s", kindName(n))
		return nil, false
	}
	i, err := strconv.Atoi(n.Value)
	if err != nil {
		p.errf(n, path, "must be an integer, not %q", n.Value)
		return nil, false
	}
	return &i, true
}

func (p *parser) strList(n *yaml.Node, path string) []string {
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}
	}
	if n.Kind != yaml.SequenceNode {
		p.errf(n, path, "must be a list, not %s", kindName(n))
		return nil
	}
	var out []string
	for i, c := range n.Content {
		if s, ok := p.str(c, fmt.Sprintf("%s[%d]", path, i)); ok {
			p.raw.pos[fmt.Sprintf("%s[%d]", path, i)] = position{c.Line, c.Column}
			out = append(out, s)
		}
	}
	return out
}
