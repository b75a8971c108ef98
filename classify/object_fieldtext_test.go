package classify

import (
	"strings"
	"testing"
)

// TestFieldVocabText checks single fields that the field lexicon does not
// know, asked of the text vocabulary (object_fieldtext.go), both ways:
// each case names its object, the category it must get (or none) and
// whether the evidence is a vocabulary line ("en:805", as Explain names it).
func TestFieldVocabText(t *testing.T) {
	c := Default()
	contact := Object{Name: "Contact", Label: "Contact"}
	cases := []struct {
		obj    Object
		field  Field
		want   Category // "" for no finding
		vocab  bool     // the evidence for want is a vocabulary line
		reason string
	}{
		{contact, Field{Name: "CPAP_Compliance__c", Label: "CPAP Compliance", Type: "Percent"}, Health, true,
			"en.tsv cpap (0.8, fires without a cue) in the label of a person's field"},
		{contact, Field{Name: "Dialyse_frequentie__c", Label: "Dialyse frequentie", Type: "Picklist"}, Health, true,
			"nl.tsv dialyse (0.85); the weaker *dialyse* line (0.75) does not count"},
		{contact, Field{Name: "Chemo_Start__c", Type: "Date"}, Health, true,
			"no label: the name split into words, en.tsv chemo*"},
		{contact, Field{Name: "Number_of_Dialysis_Sessions__c", Label: "Number of Dialysis Sessions", Type: "Number"}, Health, true,
			"a count of a person's treatments is health data"},
		{contact, Field{Name: "Notes_2__c", Label: "Notes 2", Type: "TextArea", Description: "Dialysis schedule agreed with the client"}, Health, true,
			"a strong term (0.85) in the description reports alone at vocabDescFactor"},
		{Object{Name: "Product2", Label: "Product"}, Field{Name: "CPAP_Model__c", Label: "CPAP Model", Type: "Text"}, "", false,
			"a product is a thing: its fields describe the item, not a person"},
		{Object{Name: "Device_Setting__mdt", Label: "Device Setting"}, Field{Name: "CPAP_Pressure__c", Label: "CPAP Pressure", Type: "Number"}, "", false,
			"custom metadata is configuration: no field holds personal data"},
		{Object{Name: "Account", Label: "Account"}, Field{Name: "Dialysis_Centre__c", Label: "Dialysis Centre", Type: "Text"}, "", false,
			"an organisation's field names what it does, not a person's treatment"},
		{Object{Name: "Interaction__c", Label: "Interaction", Custom: true}, Field{Name: "Requesting_Councillor__c", Label: "Requesting Councillor", Type: "Text"}, "", false,
			"political terms name offices in a label (vocabFieldCat): a councillor is not an opinion"},
		{contact, Field{Name: "Preferred_Charity__c", Label: "Dialysis Trust", Type: "Text"}, "", false,
			"an org-after word (trust) after the term ends a name: the charity a donor prefers (nameAfter)"},
		{contact, Field{Name: "Home_Address__c", Label: "Dialysis Street 12", Type: "Text"}, "", false,
			"a street-after word: a place's name"},
		{contact, Field{Name: "Preferred_Drink__c", Label: "Preferred Drink", Type: "Text"}, "", false,
			"no vocabulary term of vocabFieldWeight: ordinary preference"},
	}
	for _, tc := range cases {
		o := tc.obj
		o.Fields = []Field{tc.field}
		r := c.Object(o)
		f := r.Fields[0]
		got := fieldCategories(f.Findings)
		if tc.want == "" {
			for _, cat := range got {
				if cat.Special() {
					t.Errorf("%s.%s: got %v, want no special category (%s)", o.Name, tc.field.Name, got, tc.reason)
				}
			}
			continue
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s.%s: got %v, want %s (%s)", o.Name, tc.field.Name, got, tc.want, tc.reason)
			continue
		}
		if !tc.vocab {
			continue
		}
		found := false
		for _, e := range f.Evidence {
			if !e.Against && e.Category == tc.want && (strings.HasPrefix(e.Line, "en:") || strings.HasPrefix(e.Line, "nl:")) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s.%s: no vocabulary line in the evidence %+v (%s)", o.Name, tc.field.Name, f.Evidence, tc.reason)
		}
	}
}

// TestObjectProbesVocabText runs objects in the manner of real orgs
// whose custom fields name treatments and medicines that only the text
// vocabulary knows.
func TestObjectProbesVocabText(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a sleep clinic's contact: treatments in the labels",
			obj: Object{Name: "Contact", Label: "Contact", Fields: probeFields(
				"CPAP_Compliance__c", "CPAP Compliance", "Percent",
				"Dialyse_frequentie__c", "Dialyse frequentie", "Picklist",
				"Referral_Source__c", "Referral Source", "Picklist",
				"Preferred_Language__c", "Preferred Language", "Picklist",
			)},
			kind:   ObjectPerson,
			want:   map[string][]Category{"CPAP_Compliance__c": {Health}, "Dialyse_frequentie__c": {Health}},
			reason: "the text vocabulary's strong terms (0.8 and up) count in a person's field label",
		},
		{
			name: "a device catalogue: the same words describe items",
			obj: Object{Name: "Device_Catalogue__c", Label: "Device Catalogue", Custom: true, Fields: probeFields(
				"CPAP_Model__c", "CPAP Model", "Text",
				"Dialysis_Compatible__c", "Dialysis compatible", "Checkbox",
			)},
			kind:   ObjectCatalogue,
			reason: "class 3: a catalogue's fields describe items; the vocabulary is not asked",
		},
	}
	runObjectCases(t, c, cases)
}
