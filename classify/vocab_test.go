package classify

import (
	"strconv"
	"strings"
	"testing"
)

// TestBuiltinVocabulary validates the embedded vocabulary files as data:
// each parses, carries the as_of date the package exports, and the files
// together give every special category of the vocabulary terms, and cues.
func TestBuiltinVocabulary(t *testing.T) {
	if len(termFiles) == 0 {
		t.Fatal("no embedded vocabulary files")
	}
	terms := map[Category]int{}
	types := map[entryType]int{}
	for i, f := range termFiles {
		name, data := f.name, f.data
		if i > 0 && termFiles[i-1].name >= name {
			t.Errorf("%s: the built-in files are not in the order of their names", name)
		}
		if data == "" {
			t.Errorf("%s: empty", name)
		}
		if !strings.Contains(data, "# as_of: "+VocabularyAsOf) {
			t.Errorf("%s: no header line '# as_of: %s'", name, VocabularyAsOf)
		}
		// The duplicate check that loadBuiltin leaves out.
		es, err := parseVocabulary(strings.TrimSuffix(name, ".tsv"), name, strings.NewReader(data))
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
	v, err := builtin()
	if err != nil {
		t.Fatalf("built-in vocabulary does not compile: %v", err)
	}
	// The rule IDs, made on first use: a term's is vocabRuleID of its
	// file, pattern and category, no other entry has one; and the check
	// that loadBuiltin leaves for the first LookupRule.
	for i, e := range v.entries {
		want := ""
		if e.typ == typeTerm {
			want = vocabRuleID(e.file, e.pattern, e.category)
		}
		if got := v.ruleID(int32(i)); got != want {
			t.Errorf("%s:%d: a %s entry has rule ID %q, want %q", e.file, e.line, typeNames[e.typ], got, want)
		}
	}
	if _, err := v.ruleTable(); err != nil {
		t.Errorf("built-in vocabulary: %v", err)
	}
	t.Logf("terms per category: %v", terms)
}

// TestParseWeight checks parseWeight's shortcut against strconv.ParseFloat
// on every weight of the form d.d to d.dddd, and that other forms take
// ParseFloat's way.
func TestParseWeight(t *testing.T) {
	check := func(s string) {
		got, gerr := parseWeight(s)
		want, werr := strconv.ParseFloat(s, 64)
		if got != want || (gerr == nil) != (werr == nil) {
			t.Fatalf("parseWeight(%q) = %v, %v; ParseFloat gives %v, %v", s, got, gerr, want, werr)
		}
	}
	for digits := 1; digits <= 4; digits++ {
		for n := 0; n < 10*pow10(digits); n++ {
			s := strconv.Itoa(n)
			for len(s) < digits+1 {
				s = "0" + s
			}
			check(s[:1] + "." + s[1:])
		}
	}
	for _, s := range []string{"1", "0", ".5", "0.", "0.1234567", "0.8e-1", "0.x", "-0.5", "1.0000001", "0.9999999"} {
		check(s)
	}
}

func pow10(n int) int {
	p := 1
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}
