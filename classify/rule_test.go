package classify

import (
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var (
	vocabIDForm = regexp.MustCompile(`^v-[0-9a-f]{10}$`)
	fieldIDForm = regexp.MustCompile(`^f-[0-9a-f]{10}$`)
)

// TestRuleIDsOpaque checks issue 13 finding 1: every term of the built-in
// vocabulary and every entry of the field lexicon has an opaque ID, unique,
// that LookupRule resolves to the line it came from.
func TestRuleIDsOpaque(t *testing.T) {
	v := Default().vocab
	seen := map[string]int{}
	n := 0
	for i, e := range v.entries {
		if e.typ != typeTerm {
			continue
		}
		n++
		id := v.ruleID(int32(i))
		if !vocabIDForm.MatchString(id) {
			t.Fatalf("%s line %d: rule %q is not an opaque v- ID", e.file, e.line, id)
		}
		if j, dup := seen[id]; dup {
			t.Fatalf("rule %s of %s line %d is also that of %s line %d", id, e.file, e.line, v.entries[j].file, v.entries[j].line)
		}
		seen[id] = i
		info, ok := LookupRule(id)
		if !ok || info.File != e.file || info.Line != int(e.line) || info.Category != e.category || info.Pattern != e.pattern {
			t.Fatalf("LookupRule(%s) = %+v, %v; want %s line %d", id, info, ok, e.file, e.line)
		}
	}
	if n < 1000 {
		t.Fatalf("only %d terms", n)
	}
	fids := map[string]bool{}
	for _, e := range fieldLex().entries {
		if !fieldIDForm.MatchString(e.id) || fids[e.id] {
			t.Fatalf("fields line %d: rule %q is not a unique opaque f- ID", e.line, e.id)
		}
		fids[e.id] = true
		for _, p := range []string{"", RuleFieldName, RuleFieldLabel} {
			info, ok := LookupRule(p + e.id)
			if !ok || info.File != "fields" || info.Line != e.line || info.Pattern != e.pattern || info.Source != strings.TrimSuffix(p, ":") {
				t.Fatalf("LookupRule(%s) = %+v, %v; want fields line %d", p+e.id, info, ok, e.line)
			}
		}
	}
	for _, r := range []string{"", "v-", "v-0000000000", "f-0000000000", "nl:diabetes", "field-name:", "field-values:v-0000000000"} {
		if info, ok := LookupRule(r); ok {
			t.Errorf("LookupRule(%q) = %+v, want not found", r, info)
		}
	}
}

// TestRuleIDsStable pins the IDs of a few entries: an ID is a hash of the
// file, pattern and category (target for the field lexicon), never of a
// line number or weight, so dashboards and ignore lists keyed by rule keep
// working across versions. Changing an ID here breaks users' ignore lists.
func TestRuleIDsStable(t *testing.T) {
	tests := []struct {
		name, text, want string
		reason           string
	}{
		{"en term", "Customer has diabetes.", "v-74464a0161", "hash of en, diabetes, health"},
		{"nl wildcard term", "Klant gebruikt methadon.", "v-" + ruleHash("nl", "methadon*", "health"), "the pattern as written, with its wildcard"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Default().Text(tt.text) {
				got = append(got, f.Rule)
			}
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("Text(%q) rules (-want +got):\n%s\nreason: %s", tt.text, diff, tt.reason)
			}
		})
	}
	if got, want := fieldRuleID("diagnose", "health"), "f-33a1ddfa8e"; got != want {
		t.Errorf("fieldRuleID(diagnose, health) = %s, want %s", got, want)
	}
	if got := Default().Record(map[string]string{"Diagnose__c": "x"}); len(got) == 0 || got[0].Rule != RuleFieldName+"f-33a1ddfa8e" {
		t.Errorf("Record(Diagnose__c) = %v, want rule %s", got, RuleFieldName+"f-33a1ddfa8e")
	}
}

// TestRuleNamesNoCondition checks issue 13 finding 1 end to end: the rule
// of a term found in text, in a field's values and in an export column
// never carries the pattern's words.
func TestRuleNamesNoCondition(t *testing.T) {
	c := Default()
	text := "Patiënt is hiv positief en gebruikt methadon."
	var rules []string
	for _, f := range c.Text(text) {
		rules = append(rules, f.Rule, f.String())
	}
	for _, f := range c.Field(Field{Name: "Notes__c", Values: []string{text, text}}) {
		rules = append(rules, f.Rule, f.String())
	}
	sum, err := c.ScanExport(t.Context(), strings.NewReader("Notes\n\""+text+"\"\n"), CSV, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, col := range sum.Columns {
		rules = append(rules, col.Rule)
	}
	if len(rules) < 5 {
		t.Fatalf("too few findings: %q", rules)
	}
	for _, r := range rules {
		for _, w := range []string{"hiv", "positief", "methadon", "nl:"} {
			if strings.Contains(strings.ToLower(r), w) {
				t.Errorf("rule output %q names %q", r, w)
			}
		}
	}
	// A user's vocabulary gets IDs too, resolved by its classifier.
	u, err := New(WithVocabulary("mine", strings.NewReader("term\tzorgprofiel*\thealth\t0.9\n")))
	if err != nil {
		t.Fatal(err)
	}
	fs := u.Text("Klant heeft een zorgprofiel.")
	if len(fs) != 1 || !vocabIDForm.MatchString(fs[0].Rule) {
		t.Fatalf("user term findings %v", fs)
	}
	info, ok := u.LookupRule(fs[0].Rule)
	if want := (RuleInfo{ID: fs[0].Rule, File: "mine", Line: 1, Category: Health, Pattern: "zorgprofiel*"}); !ok || info != want {
		t.Errorf("LookupRule = %+v, %v; want %+v", info, ok, want)
	}
	if _, ok := LookupRule(fs[0].Rule); ok {
		t.Errorf("the default classifier resolves a user's rule")
	}
}

// TestZeroClassifier checks issue 13 finding 11: a Classifier that was
// declared but never built finds what Default finds, through every entry
// point, instead of silently finding nothing.
func TestZeroClassifier(t *testing.T) {
	var zero Classifier
	var nilc *Classifier
	text := "Klant heeft diabetes, BSN 111222333, mail jan@example.nl."
	want := Default().Text(text)
	if len(want) < 2 {
		t.Fatalf("Default finds too little: %v", want)
	}
	for name, c := range map[string]*Classifier{"zero": &zero, "nil": nilc} {
		if diff := cmp.Diff(want, c.Text(text)); diff != "" {
			t.Errorf("%s Text (-want +got):\n%s", name, diff)
		}
		rec := map[string]string{"Diagnose__c": "suiker", "Notes": text}
		if diff := cmp.Diff(Default().Record(rec), c.Record(rec)); diff != "" {
			t.Errorf("%s Record (-want +got):\n%s", name, diff)
		}
		f := Field{Name: "Vakbondslid__c"}
		if diff := cmp.Diff(Default().Field(f), c.Field(f)); diff != "" || len(c.Field(f)) == 0 {
			t.Errorf("%s Field (-want +got):\n%s", name, diff)
		}
		var got []Finding
		if err := c.Scan(t.Context(), strings.NewReader(text), func(f Finding) error { got = append(got, f); return nil }); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s Scan (-want +got):\n%s", name, diff)
		}
		sum, err := c.ScanExport(t.Context(), strings.NewReader("Notes\n\""+text+"\"\n"), CSV, nil)
		if err != nil || sum.RowsWithFindings != 1 {
			t.Errorf("%s ScanExport = %+v, %v; want a row with findings", name, sum, err)
		}
		if _, ok := c.LookupRule(want[0].Rule); !ok {
			t.Errorf("%s LookupRule(%s) not found", name, want[0].Rule)
		}
	}
}

// TestRuleIDConcurrent checks that the rule IDs made on first use are
// safe for concurrent use (run with -race): goroutines classify the same
// notes and look a rule up on a vocabulary none has used yet, and all
// find the same, with rules that resolve to their own entries.
func TestRuleIDConcurrent(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if c.vocab, err = loadBuiltin(); err != nil { // a vocabulary of its own, no ID made yet
		t.Fatal(err)
	}
	notes := []string{
		"Klant heeft diabetes en is zwanger, zegt hij.",
		"She told us she is pregnant and has epilepsy.",
	}
	var wg sync.WaitGroup
	got := make([][][]Finding, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, n := range notes {
				got[g] = append(got[g], c.Text(n))
				c.LookupRule("v-0000000000")
			}
		}()
	}
	wg.Wait()
	terms := 0
	for g := range got {
		if diff := cmp.Diff(got[0], got[g]); diff != "" {
			t.Fatalf("goroutine %d found otherwise than goroutine 0 (-0 +%d):\n%s", g, g, diff)
		}
		for i, fs := range got[g] {
			for _, f := range fs {
				if f.Kind != Term {
					continue
				}
				terms++
				info, ok := c.LookupRule(f.Rule)
				if !ok || vocabRuleID(info.File, info.Pattern, info.Category) != f.Rule {
					t.Fatalf("note %d: rule %s does not resolve to its own entry", i, f.Rule)
				}
			}
		}
	}
	if terms < 3*len(got) {
		t.Fatalf("%d term findings in %d goroutines, want at least 3 each", terms, len(got))
	}
}
