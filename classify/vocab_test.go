package classify

import (
	"io/fs"
	"path"
	"strings"
	"testing"
)

// TestBuiltinVocabulary validates the embedded vocabulary files as data:
// each parses, carries the as_of date the package exports, and the files
// together give every special category of the vocabulary terms, and cues.
func TestBuiltinVocabulary(t *testing.T) {
	names, err := fs.Glob(termFiles, "terms/*.tsv")
	if err != nil || len(names) == 0 {
		t.Fatalf("no embedded vocabulary files: %v", err)
	}
	terms := map[Category]int{}
	types := map[entryType]int{}
	for _, name := range names {
		data, err := termFiles.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "# as_of: "+VocabularyAsOf) {
			t.Errorf("%s: no header line '# as_of: %s'", name, VocabularyAsOf)
		}
		es, err := parseVocabulary(strings.TrimSuffix(path.Base(name), ".tsv"), path.Base(name), strings.NewReader(string(data)))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(es) == 0 {
			t.Errorf("%s: no entries", name)
		}
		for _, e := range es {
			types[e.typ]++
			if e.typ == typeTerm {
				terms[e.category]++
			}
		}
	}
	for _, c := range Categories() {
		if c.Special() && c != NationalID && terms[c] < 20 {
			t.Errorf("category %s has %d terms, want a real vocabulary", c, terms[c])
		}
	}
	for _, typ := range []entryType{typeCue, typeBlock, typeTitle} {
		if types[typ] == 0 {
			t.Errorf("no %s entries", typeNames[typ])
		}
	}
	if _, err := builtin(); err != nil {
		t.Errorf("built-in vocabulary does not compile: %v", err)
	}
	t.Logf("terms per category: %v", terms)
}
