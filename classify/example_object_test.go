package classify_test

import (
	"fmt"

	"github.com/avgrisk/avgrisk/classify"
)

// Object judges a whole object at once: the object's kind and the other
// fields are evidence. On a disability object a bland "Type" holds
// health data, a lookup does not; on a person account a diagnosis is a
// person's.
func ExampleClassifier_Object() {
	c := classify.Default()
	r := c.Object(classify.Object{
		Name:  "Beperking__c",
		Label: "Beperking",
		Fields: []classify.Field{
			{Name: "Type__c", Label: "Type", Type: "Picklist"},
			{Name: "Contact__c", Label: "Contact", Type: "Lookup"},
			{Name: "Toelichting__c", Label: "Toelichting", Type: "LongTextArea"},
		},
	})
	fmt.Println(r.Object, r.Kind, r.Categories)
	for _, f := range r.Fields {
		fmt.Printf("%s:", f.Field)
		for _, x := range f.Findings {
			fmt.Printf(" %s (%s)", x.Category, x.Rule)
		}
		fmt.Println()
	}
	// Output:
	// Beperking__c clinical [health]
	// Type__c: health (object:clinical)
	// Contact__c:
	// Toelichting__c: health (object:clinical)
}

// Every verdict says which evidence decided, by rule ID and data line;
// LookupRule resolves the ID to the lexicon's pattern for someone
// debugging a schema. Picklist values count for bland names.
func ExampleClassifier_Object_evidence() {
	c := classify.Default()
	r := c.Object(classify.Object{
		Name:  "Attendance_Event__c",
		Label: "Attendance Event",
		Fields: []classify.Field{
			{Name: "Reason__c", Label: "Reason", Type: "Picklist",
				Picklist: []string{"Family", "Medical", "Other", "Religious"}},
		},
	})
	for _, f := range r.Flagged() {
		for _, e := range f.Evidence {
			info, _ := classify.LookupRule(e.Rule)
			fmt.Println(f.Field, e.Category, e.Source, info.File, info.Pattern, e.Weight)
		}
	}
	// Output:
	// Reason__c religious-beliefs picklist fields religious 0.81
	// Reason__c health picklist fields medical 0.81
}

// Schema judges every object of a schema; Flagged lists the fields to
// look at. A custom metadata type is configuration and holds no personal
// data; an Account with person-account fields holds people.
func ExampleClassifier_Schema() {
	c := classify.Default()
	rs := c.Schema([]classify.Object{
		{Name: "Account", Fields: []classify.Field{
			{Name: "IsPersonAccount", Type: "Checkbox"},
			{Name: "Diagnosis__c", Label: "Diagnosis"},
		}},
		{Name: "Diagnosis_Mapping__mdt", Fields: []classify.Field{
			{Name: "Diagnosis_Code__c", Label: "Diagnosis code"},
		}},
	})
	for _, r := range rs {
		fmt.Print(r.Object, " ", r.Kind, ":")
		for _, f := range r.Flagged() {
			fmt.Print(" ", f.Field)
		}
		fmt.Println()
	}
	// Output:
	// Account person-account: Diagnosis__c
	// Diagnosis_Mapping__mdt configuration:
}

// An object whose name the field lexicon does not know takes its kind
// from the text vocabulary, which knows more diagnoses, treatments and
// offences: a dialysis session is a person's treatment, and its evidence
// names the vocabulary's line. A campaign or a clinic named after a
// treatment stays a business object.
func ExampleClassifier_Object_textVocabulary() {
	c := classify.Default()
	fields := []classify.Field{{Name: "Duration__c", Label: "Duration", Type: "Number"}}
	for _, o := range []classify.Object{
		{Name: "Dialysis_Session__c", Label: "Dialysis Session", Fields: fields},
		{Name: "Dialysis_Campaign__c", Label: "Dialysis Campaign", Fields: fields},
		{Name: "Dialysis_Clinic__c", Label: "Dialysis Clinic", Fields: fields},
	} {
		r := c.Object(o)
		e := r.Evidence[len(r.Evidence)-1]
		info, _ := classify.LookupRule(e.Rule)
		fmt.Println(r.Object, r.Kind, len(r.Flagged()), e.Source, info.File, info.Pattern)
	}
	// Output:
	// Dialysis_Session__c clinical 1 object en dialysis
	// Dialysis_Campaign__c thing 0 object fields campaign
	// Dialysis_Clinic__c organisation 0 object fields clinic
}
