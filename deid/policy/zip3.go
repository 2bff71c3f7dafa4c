package policy

import (
	"embed"
	"sort"
	"strings"
)

// The ZIP3 lists are versioned configuration: a new Census gives a new named
// list, and a policy says which one it uses.
//
//go:embed zip3/*.txt
var zip3FS embed.FS

var (
	zipLists = map[string][]string{
		"census-2020": readPrefixes("zip3/census-2020-restricted.txt"),
		"hhs-2000":    readPrefixes("zip3/hhs-2000-restricted.txt"),
	}
	populatedPrefixes = readPrefixes("zip3/census-2020-populated.txt")
	populatedSet      = toSet(populatedPrefixes)
)

func readPrefixes(name string) []string {
	b, err := zip3FS.ReadFile(name)
	if err != nil {
		panic(err)
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}

func toSet(ss []string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

func zipListNames() []string {
	var names []string
	for n := range zipLists {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
