package policy

import (
	"embed"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cockroachdb/errors"
)

//go:embed presets/*.yaml
var presetFS embed.FS

// DefaultPreset is the preset used when no policy is given.
const DefaultPreset = "safe-harbor"

// Presets returns the names of the embedded presets, sorted.
func Presets() []string {
	ents, err := presetFS.ReadDir("presets")
	if err != nil {
		panic(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	sort.Strings(names)
	return names
}

// ErrUnknownPreset is returned for a preset name that is not embedded.
var ErrUnknownPreset = errors.New("unknown preset")

// PresetYAML returns the embedded YAML of a preset, byte for byte.
func PresetYAML(name string) ([]byte, error) {
	if strings.ContainsAny(name, "/\\.") {
		return nil, errors.Wrapf(ErrUnknownPreset, "%q (want one of %s)", name, strings.Join(Presets(), ", "))
	}
	b, err := presetFS.ReadFile("presets/" + name + ".yaml")
	if err != nil {
		return nil, errors.Wrapf(ErrUnknownPreset, "%q (want one of %s)", name, strings.Join(Presets(), ", "))
	}
	return b, nil
}

// Preset parses and compiles an embedded preset.
func Preset(name string) (*Policy, error) {
	b, err := PresetYAML(name)
	if err != nil {
		return nil, err
	}
	return ParseCompile(b, "preset "+name)
}

// Default returns the compiled safe-harbor preset.
func Default() *Policy {
	p, err := Preset(DefaultPreset)
	if err != nil {
		panic(err) // the embedded preset is tested
	}
	return p
}

// LoadFile parses and compiles a policy file; the dictionary files it
// names are read from its directory.
func LoadFile(path string) (*Policy, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, errors.Wrap(err, "read policy")
	}
	dir := filepath.Dir(path)
	return ParseCompileFiles(b, path, func(name string) ([]byte, error) {
		return os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	})
}

// FilesReader reads dictionary files from a map of name to contents (the
// Dictionaries.Files a launcher shipped).
func FilesReader(files map[string]string) ReadFunc {
	return func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, errors.Newf("no dictionary file %q", name)
	}
}

// ParseCompile parses and compiles a policy, reporting the problems of both
// stages together in file order (a compile problem about a key that already
// failed to parse is left out). A policy that names dictionary files needs
// ParseCompileFiles.
func ParseCompile(data []byte, file string) (*Policy, error) {
	return ParseCompileFiles(data, file, nil)
}

// ParseCompileFiles is ParseCompile with a reader of the dictionary files
// the policy names.
func ParseCompileFiles(data []byte, file string, read ReadFunc) (*Policy, error) {
	raw, perr := Parse(data, file)
	if raw == nil {
		return nil, perr
	}
	raw.ReadFile = read
	p, cerr := raw.Compile()
	if perr == nil {
		return p, cerr
	}
	all := perr.(Errors)
	bad := map[string]bool{}
	for _, e := range all {
		bad[e.Key] = true
	}
	var ce Errors
	if errors.As(cerr, &ce) {
		for _, e := range ce {
			if !bad[e.Key] {
				all = append(all, e)
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Line < all[j].Line })
	return nil, all
}
