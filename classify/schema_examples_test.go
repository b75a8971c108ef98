package classify

import (
	"flag"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
)

var genSchemaUntested = flag.Bool("gen-schema-untested", false, "TestSchemaLexiconExamples: rewrite testdata/schema-untested.txt (review what changes; it may only shrink)")

// schemaExample builds, for one line of schema.tsv, an object in which
// that line must take part in the verdict, from the line's own pattern:
// an object named so, a field named so on a clinical object, a picklist
// value, a field of a topic's object. It is the templated example of the
// line, in the manner of terms/examples/*.gen.txt for the text
// vocabulary.
func schemaExample(e *schemaEntry) (Object, bool) {
	p := e.pattern
	clinical := func(fs ...Field) Object {
		return Object{Name: "AllergyIntolerance", Label: "Allergy Intolerance", Fields: fs}
	}
	switch e.scope {
	case scopeObject:
		return Object{Name: camelWords(p), Label: p, Fields: []Field{{Name: "Code__c", Label: "Code"}}}, true
	case scopeObjectSuffix:
		return Object{Name: "Widget" + p, Fields: []Field{{Name: "Code__c", Label: "Code"}}}, true
	case scopeObjectPrefix:
		return Object{Name: camelWords(p) + "Widget", Fields: []Field{{Name: "Code__c", Label: "Code"}}}, true
	case scopeSibling:
		if e.kind == ObjectThing {
			// a deal's field shows beside two others on an object
			// that a word made clinical (object_deal.go)
			return Object{Name: "Treatment__c", Label: "Treatment", Fields: []Field{
				{Name: camelWords(p) + "__c", Label: p},
				{Name: "Probability__c", Label: "Probability"},
				{Name: "Next_Step__c", Label: "Next Step"},
				{Name: "Forecast_Category__c", Label: "Forecast Category"},
			}}, true
		}
		if e.kind == ObjectCatalogue && e.weight < 1 {
			// an item's field shows beside two others on an object
			// that a weak word made clinical (object_deal.go)
			return Object{Name: "Procedure__c", Label: "Procedure", Fields: []Field{
				{Name: camelWords(p) + "__c", Label: p},
				{Name: "List_Price__c", Label: "List Price"},
				{Name: "Product_Code__c", Label: "Product Code"},
			}}, true
		}
		if e.kind == ObjectClinical {
			// a part of a SOAP note shows beside the other three on a
			// table with a patient key (soapSiblings)
			fs := []Field{{Name: "pid", Type: "bigint(20)"}}
			for _, part := range []string{"subjective", "objective", "assessment", "plan"} {
				fs = append(fs, Field{Name: part, Type: "text"})
			}
			return Object{Name: "form_widget", Fields: fs}, true
		}
		return Object{Name: "Account", Label: "Account", Fields: []Field{{Name: camelWords(p)}}}, true
	case scopeSiblingSuffix:
		return Object{Name: "Account", Label: "Account", Fields: []Field{{Name: "Widget" + p}}}, true
	case scopeHandling:
		if len(e.of) > 0 {
			// a whole-name line of some objects only: the field
			// named by the pattern alone, on an allergy's object
			// named by the first of its object words
			// ("AllergyRequest")
			return Object{Name: "Allergy" + camelWords(e.of[0]), Label: "allergy " + e.of[0], Fields: []Field{{Name: camelWords(p), Label: p}}}, true
		}
		if slices.Contains(e.unless, ObjectClinical) {
			// words that are content on a clinical object only: their
			// effect shows on a criminal-justice one
			return Object{Name: "Veroordeling", Label: "Veroordeling", Fields: []Field{{Name: camelWords(p) + "__c", Label: p}}}, true
		}
		return clinical(Field{Name: camelWords(p) + "__c", Label: p}), true
	case scopeSystem, scopeStructure:
		return clinical(Field{Name: camelWords(p) + "__c", Label: p}), true
	case scopeRecordID:
		return clinical(Field{Name: "Reaction" + camelWords(p) + "__c", Label: "Reaction " + p}), true
	case scopeCodeReference:
		return clinical(Field{Name: "Reaction" + camelWords(p) + "Id", Type: "Lookup"}), true
	case scopeCodeKey:
		return clinical(Field{Name: "reaction_" + strings.ReplaceAll(p, " ", "_") + "_id", Type: "integer"}), true
	case scopeContainer:
		return Object{Name: "Diagnose" + camelWords(p), Fields: []Field{{Name: "Code__c", Label: "Code"}}}, true
	case scopeChecklist:
		return Object{Name: "Contact", Fields: []Field{{Name: camelWords(p) + "__c", Label: p, Type: "Picklist", Picklist: []string{"Diagnose"}}}}, true
	case scopeValue:
		return Object{Name: "Contact", Fields: []Field{{Name: "Reason__c", Label: "Reason", Type: "Picklist", Picklist: []string{p}}}}, true
	case scopeStateValue:
		return clinical(Field{Name: "Status__c", Label: "Status", Type: "Picklist", Picklist: []string{p, "Done"}}), true
	case scopeKinValue:
		return clinical(Field{Name: "Relative__c", Label: "Relative", Type: "Picklist", Picklist: []string{p, "Mother"}}), true
	case scopeGradeValue:
		return clinical(Field{Name: "Medications__c", Label: "Medications", Type: "Picklist", Picklist: []string{p, "Remediation"}}), true
	case scopeUnitValue:
		return clinical(Field{Name: "Duration_Unit__c", Label: "Duration Unit", Type: "Picklist", Picklist: []string{p, "hours"}}), true
	case scopeIDType:
		return Object{Name: "Contact", Fields: []Field{
			{Name: camelWords(p) + "__c", Label: p, Type: "Picklist", Picklist: []string{"BSN", "Passport"}},
			{Name: strings.Replace(camelWords(p), "Type", "Number", 1) + "__c", Label: strings.Replace(p, "type", "number", 1), Type: "Text"},
		}}, true
	case scopeIDNumber:
		return Object{Name: "Contact", Fields: []Field{
			{Name: "IdType__c", Label: "ID Type", Type: "Picklist", Picklist: []string{"BSN", "Passport"}},
			{Name: camelWords(p) + "__c", Label: "ID " + p, Type: "Text"},
		}}, true
	case scopeContext:
		if e.field {
			// "@field": the context words count in the field's own words
			l := p + " " + e.context[0]
			return Object{Name: "Contact", Fields: []Field{{Name: camelWords(l) + "__c", Label: l}}}, true
		}
		return Object{Name: "Contact", Label: strings.Join(e.context, " "), Fields: []Field{{Name: camelWords(p) + "__c", Label: p}}}, true
	case scopeTopic:
		if e.context[0] == "@"+string(ObjectPerson) {
			// a measure on a person's own record
			return Object{Name: "Contact", Fields: []Field{{Name: camelWords(p) + "__c", Label: p}}}, true
		}
		return Object{Name: "Overzicht", Description: e.context[0], Fields: []Field{{Name: camelWords(p) + "__c", Label: p}}}, true
	}
	return Object{}, false
}

// citesRule reports whether the result's evidence, of the object or of a
// field, names rule id.
func citesRule(r ObjectResult, id string) bool {
	for _, e := range r.Evidence {
		if e.Rule == id || strings.HasSuffix(e.Rule, id) {
			return true
		}
	}
	for _, f := range r.Fields {
		for _, e := range f.Evidence {
			if e.Rule == id || strings.HasSuffix(e.Rule, id) {
				return true
			}
		}
		for _, x := range f.Findings {
			if strings.HasSuffix(x.Rule, id) {
				return true
			}
		}
	}
	return false
}

// TestSchemaLexiconExamples runs, for every line of schema.tsv, its
// templated example (schemaExample) and checks that the verdict cites
// the line: every line shows its effect on an object built from its own
// pattern. Lines whose effect no template shows (a line that only
// matters beside other words, or whose pattern a longer line hides) are
// on the allowlist testdata/schema-untested.txt, which may only
// shrink: a line on it that now has an example fails the test until it
// is removed, and a new line without one fails until it gets one (a
// table test naming the line) or, with a reason, joins the list.
func TestSchemaLexiconExamples(t *testing.T) {
	c := Default()
	sl := fieldLex().schema
	allow := readUntested(t, "testdata/schema-untested.txt", *genSchemaUntested)
	var untested []string
	shown := 0
	for _, e := range sl.entries {
		key := e.scope + "\t" + e.pattern + "\t" + e.id
		o, ok := schemaExample(e)
		if ok && !citesRule(c.Object(o), e.id) && e.scope == scopeContext {
			// A context line that takes away an object kind its
			// word gave ("Sanctie" of a housing allocation) shows it
			// on an object named so, whose field names a context word.
			o = Object{Name: camelWords(e.pattern), Label: e.pattern, Fields: []Field{{Name: camelWords(e.context[0]) + "__c", Label: e.context[0]}}}
		}
		if ok && citesRule(c.Object(o), e.id) {
			shown++
			if allow[key] && !*genSchemaUntested {
				t.Errorf("schema-untested.txt: %s:%d (%s %q) has an example now; remove it from the allowlist", e.file, e.line, e.scope, e.pattern)
			}
			continue
		}
		untested = append(untested, key)
		if !allow[key] && !*genSchemaUntested {
			t.Errorf("%s:%d (%s %q) has no example that shows its effect; give it one or allowlist it in testdata/schema-untested.txt", e.file, e.line, e.scope, e.pattern)
		}
	}
	t.Logf("%d of %d schema.tsv lines show their effect on a templated example; %d allowlisted", shown, len(sl.entries), len(untested))
	if *genSchemaUntested {
		head := "# schema.tsv lines whose effect no templated example of TestSchemaLexiconExamples shows\n# (scope, pattern, rule ID). This list may only shrink. Written by\n# go test ./classify -run TestSchemaLexiconExamples -gen-schema-untested\n"
		writeUntested(t, "testdata/schema-untested.txt", head, untested)
	}
}

var genFieldsUntested = flag.Bool("gen-fields-untested", false, "TestFieldLexiconExamples: rewrite testdata/fields-untested.txt (review what changes; it may only shrink)")

// TestFieldLexiconExamples does for fields.tsv what
// TestSchemaLexiconExamples does for schema.tsv: every category,
// identifier-kind and object line must show its effect on a field (or an
// object) named by its own pattern, and the verdict must cite the line;
// a guard or negation line on a field whose name puts a category word
// beside it. Clean, plain and word lines take effect only beside other
// words and are not templated. Lines no template shows are allowlisted in
// testdata/fields-untested.txt, which may only shrink.
func TestFieldLexiconExamples(t *testing.T) {
	c := Default()
	lx := fieldLex()
	allow := readUntested(t, "testdata/fields-untested.txt", *genFieldsUntested)
	var untested []string
	shown, total := 0, 0
	for _, e := range lx.entries {
		var o Object
		switch e.target {
		case targetCategory, targetKind:
			o = Object{Name: "Contact", Fields: []Field{{Name: camelWords(e.pattern) + "__c", Label: e.pattern}}}
		case targetObject:
			o = Object{Name: camelWords(e.pattern), Fields: []Field{{Name: "Code__c", Label: "Code"}}}
		case targetHead:
			o = Object{Name: "Contact", Fields: []Field{{Name: "Health" + camelWords(e.pattern) + "__c", Label: "health " + e.pattern}}}
		case targetGuard, targetNegation:
			o = Object{Name: "Contact", Fields: []Field{{Name: camelWords(e.pattern) + "Health__c", Label: e.pattern + " health"}}}
		default:
			continue
		}
		total++
		key := e.pattern + "\t" + e.id
		if citesRule(c.Object(o), e.id) {
			shown++
			if allow[key] && !*genFieldsUntested {
				t.Errorf("fields-untested.txt: fields.tsv:%d (%q) has an example now; remove it from the allowlist", e.line, e.pattern)
			}
			continue
		}
		untested = append(untested, key)
		if !allow[key] && !*genFieldsUntested {
			t.Errorf("fields.tsv:%d (%q) has no example that shows its effect; give it one or allowlist it in testdata/fields-untested.txt", e.line, e.pattern)
		}
	}
	t.Logf("%d of %d category, kind, object, guard and negation lines of fields.tsv show their effect on a templated example; %d allowlisted", shown, total, len(untested))
	if *genFieldsUntested {
		head := "# fields.tsv lines whose effect no templated example of TestFieldLexiconExamples shows\n# (pattern, rule ID). This list may only shrink. Written by\n# go test ./classify -run TestFieldLexiconExamples -gen-fields-untested\n"
		writeUntested(t, "testdata/fields-untested.txt", head, untested)
	}
}

// camelWords joins the words of p, each with a capital: the API-name form
// of a pattern ("ehr patient" → "EhrPatient").
func camelWords(p string) string {
	var b strings.Builder
	for _, w := range strings.Fields(p) {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	return b.String()
}

// readUntested reads an allowlist of untested lines: one key a line,
// blank lines and # comments skipped. A missing file is fatal unless the
// test is about to write it (gen).
func readUntested(t *testing.T, path string, gen bool) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil && !gen {
		t.Fatal(err)
	}
	allow := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			allow[l] = true
		}
	}
	return allow
}

// writeUntested writes keys, sorted, under head to the allowlist at path.
func writeUntested(t *testing.T, path, head string, keys []string) {
	t.Helper()
	sort.Strings(keys)
	if err := os.WriteFile(path, []byte(head+strings.Join(keys, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}
