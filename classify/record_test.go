package classify

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestRecordNames(t *testing.T) {
	c := Default()
	r := map[string]string{
		"Vakbondslid__c":          "true",
		"Diagnose__c":             "astma",
		"Account_Health_Score__c": "82",
		"Religie__c":              "   ", // blank: nothing to report
		"LastName":                "Kerkhof",
	}
	got := c.Record(r)
	type key struct {
		Field string
		Cat   Category
		Rule  string
	}
	var keys []key
	for _, f := range got {
		if isFieldFinding(f) {
			keys = append(keys, key{f.Field, f.Category, ruleName(Default(), f.Rule)})
			if f.Start != 0 || f.End != 0 || f.Kind != Term {
				t.Errorf("name finding %v: want Kind term at [0:0]", f)
			}
		}
	}
	want := []key{
		{"Diagnose__c", Health, "field-name:diagnose"},
		{"Vakbondslid__c", TradeUnionMembership, "field-name:vakbondslid"},
	}
	if diff := cmp.Diff(want, keys); diff != "" {
		t.Errorf("Record name findings (-want +got):\n%s", diff)
	}
}

// TestRecordValues checks that the findings of a value that names its
// person are those of Text on it, with Field set, and that the result is
// ordered by field name, then offset.
func TestRecordValues(t *testing.T) {
	c := Default()
	r := map[string]string{
		"Description": "Mw. de Vries belde, is zwanger en heeft vakbondsoverleg met FNV, BSN 111222333. Mail: jan@example.nl, tel 06-12345678.",
		"Notes":       "Customer has diabetes and asked about a refund to NL91ABNA0417164300.",
		"Subject":     "Refund",
	}
	got := c.Record(r)
	var wantValues []Finding
	for _, k := range []string{"Description", "Notes", "Subject"} {
		for _, f := range c.Text(r[k]) {
			f.Field = k
			wantValues = append(wantValues, f)
		}
	}
	var gotValues []Finding
	for _, f := range got {
		if !isFieldFinding(f) {
			gotValues = append(gotValues, f)
		}
	}
	if diff := cmp.Diff(wantValues, gotValues, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Record value findings differ from Text (-want +got):\n%s", diff)
	}
	checkRecordOrder(t, got)
}

func checkRecordOrder(t *testing.T, fs []Finding) {
	t.Helper()
	if !slices.IsSortedFunc(fs, func(a, b Finding) int {
		if a.Field != b.Field {
			return strings.Compare(a.Field, b.Field)
		}
		return compareFindings(a, b)
	}) {
		t.Errorf("findings are not ordered by field, then offset: %v", fs)
	}
}

func TestRecordEmpty(t *testing.T) {
	c := Default()
	for _, r := range []map[string]string{nil, {}, {"Diagnose__c": ""}, {"Lead_Score__c": "87"}} {
		got := c.Record(r)
		if got == nil || len(got) != 0 {
			t.Errorf("Record(%v) = %#v, want empty", r, got)
		}
	}
}

func TestRecordOptions(t *testing.T) {
	c, err := New(WithKinds(Email))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range c.Record(map[string]string{"Vakbond__c": "FNV", "Email": "a@example.nl"}) {
		if f.Kind != Email {
			t.Errorf("WithKinds(Email): got %v", f)
		}
	}
}

// FuzzRecord checks that Record never panics and that every finding
// points into its field's value on rune boundaries.
func FuzzRecord(f *testing.F) {
	f.Add("Diagnose__c", "diabetes type 2", "Notes", "BSN 111222333 mail a@b.nl")
	f.Add("BSN__c", "111.222.333", "Email", "\xff\xfe")
	f.Add("", "", "x", "y")
	f.Fuzz(func(t *testing.T, k1, v1, k2, v2 string) {
		r := map[string]string{k1: v1, k2: v2}
		fs := Default().Record(r)
		for _, f := range fs {
			v, ok := r[f.Field]
			if !ok {
				t.Fatalf("finding %v: field %q not in the record", f, f.Field)
			}
			if f.Start < 0 || f.Start > f.End || f.End > len(v) {
				t.Fatalf("finding %v: offsets outside value of %d bytes", f, len(v))
			}
			// Boundaries as ranging over the value yields them: an
			// invalid byte (even a lone continuation byte) is a
			// character of its own, as Text documents.
			checkFindings(t, v, []Finding{f})
		}
		checkRecordOrder(t, fs)
	})
}

// FuzzField checks that Field never panics and gives field-level
// findings only.
func FuzzField(f *testing.F) {
	for _, tc := range []Field{
		{Object: "Contact", Name: "Vakbondslid__c", Label: "Vakbondslid", Values: []string{"true"}},
		{Object: "Account", Name: "acme__UnionPay_Card__c", Label: "UnionPay", Values: []string{"\xff"}},
		{Name: "Gezichtsherkenningsdatabasesleutelbewaarplaats__c"},
		{Name: "__c", Label: "___"},
	} {
		v := ""
		if len(tc.Values) > 0 {
			v = tc.Values[0]
		}
		f.Add(tc.Object, tc.Name, tc.Label, v)
	}
	f.Fuzz(func(t *testing.T, object, name, label, value string) {
		fs := Default().Field(Field{Object: object, Name: name, Label: label, Values: []string{value, value}})
		if fs == nil {
			t.Fatal("nil result")
		}
		seen := map[Category]bool{}
		for _, f := range fs {
			if f.Start != 0 || f.End != 0 || f.Field != name {
				t.Fatalf("finding %v: want a field-level finding of %q", f, name)
			}
			if !f.Category.Valid() || !f.Kind.Valid() || f.Confidence < 0 || f.Confidence > 1 {
				t.Fatalf("finding %v: invalid", f)
			}
			if f.Category.Special() {
				if seen[f.Category] {
					t.Fatalf("category %s reported twice: %v", f.Category, fs)
				}
				seen[f.Category] = true
			}
		}
	})
}

// TestRecordValueIsAboutAPerson checks that a record's value needs no cue
// that a person is meant: the record is the person. The same words on
// their own, in a note that names nobody, stay below the default minimum.
func TestRecordValueIsAboutAPerson(t *testing.T) {
	c := Default()
	tests := []struct {
		value  string
		want   Category
		reason string
	}{
		{"Diabetespatiënten", Health, "a segment value says the person has diabetes"},
		{"samen met zijn man", SexLifeOrientation, "a male partner of a man, said of the record's person"},
	}
	for _, tt := range tests {
		if got := predictedCategories(c, tt.value); len(got) != 0 {
			t.Errorf("Text(%q) = %v: without a person the words should not count", tt.value, got)
		}
		var cats []Category
		for _, f := range c.Record(map[string]string{"Segment__c": tt.value}) {
			cats = append(cats, f.Category)
		}
		if !slices.Contains(cats, tt.want) {
			t.Errorf("Record value %q gives %v, want %s (%s)", tt.value, cats, tt.want, tt.reason)
		}
	}
}
