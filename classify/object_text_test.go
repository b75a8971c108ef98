package classify

import (
	"fmt"
	"testing"
)

// TestObjectTextKind checks the text vocabulary's evidence on an
// object's kind (object_text.go): a custom object whose name the field
// lexicon does not know is clinical or criminal-justice when its label,
// its name or its description names a diagnosis, a treatment or an
// offence that the text vocabulary reports; organisations, things,
// catalogues and configuration stay what they are, and a term that
// needs a person cue does not decide from a bare name.
func TestObjectTextKind(t *testing.T) {
	c := Default()
	// Fields with bland names: only the object can make them health or
	// criminal data.
	bland := func(prefix string) []Field {
		return probeFields(
			prefix+"Duration__c", "Duration", "Number",
			prefix+"Notes__c", "Notes", "TextArea",
			"CreatedDate", "Created Date", "DateTime",
			prefix+"Contact__c", "Contact", "Lookup",
		)
	}
	health := func(prefix string) map[string][]Category {
		return map[string][]Category{prefix + "Duration__c": {Health}, prefix + "Notes__c": {Health}}
	}
	criminal := func(prefix string) map[string][]Category {
		return map[string][]Category{prefix + "Duration__c": {Criminal}, prefix + "Notes__c": {Criminal}}
	}
	cases := []objectCase{
		{
			name:   "a dialysis session is a person's treatment",
			obj:    Object{Name: "Dialysis_Session__c", Label: "Dialysis Session", Custom: true, Fields: bland("")},
			kind:   ObjectClinical,
			want:   health(""),
			reason: "class 1: en.tsv term dialysis (weight 0.85, reported without a cue) in the label",
		},
		{
			name:   "without a label the name split into words is read",
			obj:    Object{Name: "Dialysis_Session__c", Custom: true, Fields: bland("")},
			kind:   ObjectClinical,
			want:   health(""),
			reason: "class 1: the name, split into words, gives the same term",
		},
		{
			name:   "a Dutch dialysis object",
			obj:    Object{Name: "Dialyse__c", Label: "Dialyse", Custom: true, Fields: bland("")},
			kind:   ObjectClinical,
			want:   health(""),
			reason: "class 1: nl.tsv term dialyse",
		},
		{
			name:   "a Dutch compound is read with its parts split",
			obj:    Object{Name: "Dialyseverslag__c", Label: "Dialyseverslag", Custom: true, Fields: bland("")},
			kind:   ObjectClinical,
			want:   health(""),
			reason: "class 1 and 5: the label split as the field lexicon splits it, dialyse verslag, holds nl.tsv dialyse",
		},
		{
			name:   "a hearing test is a person's examination",
			obj:    Object{Name: "Hearing_Test__c", Label: "Hearing Test", Custom: true, Fields: bland("")},
			kind:   ObjectClinical,
			want:   health(""),
			reason: "class 1 and 7: en.tsv term hearing test",
		},
		{
			name:   "a sleep study is a person's examination",
			obj:    Object{Name: "Sleep_Study__c", Label: "Sleep Study", Custom: true, Fields: bland("")},
			kind:   ObjectClinical,
			want:   health(""),
			reason: "class 1 and 7: en.tsv term sleep study",
		},
		{
			name:   "a Dutch sleep study",
			obj:    Object{Name: "Slaaponderzoek__c", Label: "Slaaponderzoek", Custom: true, Fields: bland("")},
			kind:   ObjectClinical,
			want:   health(""),
			reason: "class 1 and 7: nl.tsv term slaaponderzoek",
		},
		{
			name:   "a court hearing is about a suspect or a defendant",
			obj:    Object{Name: "Court_Hearing__c", Label: "Court Hearing", Custom: true, Fields: bland("")},
			kind:   ObjectCriminalJustice,
			want:   criminal(""),
			reason: "class 1 and 7: en.tsv term court hearing (AVG art. 10)",
		},
		{
			name:   "a supervision by the probation service is criminal data",
			obj:    Object{Name: "Reclasseringstoezicht__c", Label: "Reclasseringstoezicht", Custom: true, Fields: bland("")},
			kind:   ObjectCriminalJustice,
			want:   criminal(""),
			reason: "class 1 and 7: nl.tsv term reclasseringstoezicht (AVG art. 10)",
		},
		{
			name:   "a description that ties a treatment to a person decides an unknown name",
			obj:    Object{Name: "Session_Log__c", Label: "Session Log", Description: "The dialysis sessions of the patient", Custom: true, Fields: bland("")},
			kind:   ObjectConfiguration,
			reason: "a log is configuration (schema.tsv object log): the suffix and catalogue rules win over the description",
		},
		{
			name:   "a description with a person cue makes a bland name clinical",
			obj:    Object{Name: "Session__c", Label: "Session", Description: "One dialysis session of the patient", Custom: true, Fields: bland("")},
			kind:   ObjectClinical,
			want:   health(""),
			reason: "class 1: en.tsv term dialysis with the cue patient, 0.85 × textDescFactor 0.7 = 0.6",
		},
		{
			name:   "a description without a person cue does not",
			obj:    Object{Name: "Session__c", Label: "Session", Description: "Dialysis sessions", Custom: true, Fields: bland("")},
			kind:   ObjectUnknown,
			reason: "no cue: 0.55 × 0.7 is below minKindWeight; a description must tie the term to a person",
		},
		{
			name:   "a campaign for a treatment is a campaign",
			obj:    Object{Name: "IVF_Campaign__c", Label: "IVF Campaign", Custom: true, Fields: bland("")},
			kind:   ObjectThing,
			reason: "fields.tsv object:thing campaign: the term modifies a business object",
		},
		{
			name:   "a dialysis clinic is an organisation",
			obj:    Object{Name: "Dialysis_Clinic__c", Label: "Dialysis Clinic", Custom: true, Fields: bland("")},
			kind:   ObjectOrganisation,
			reason: "fields.tsv object:org clinic: the records are clinics, not patients' treatments",
		},
		{
			name:   "a fund for research is an organisation",
			obj:    Object{Name: "Dialysis_Research_Fund__c", Label: "Dialysis Research Fund", Custom: true, Fields: bland("")},
			kind:   ObjectOrganisation,
			reason: "fields.tsv object:org fund",
		},
		{
			name:   "an order of a treatment is a business object",
			obj:    Object{Name: "Dialysis_Order__c", Label: "Dialysis Order", Custom: true, Fields: bland("")},
			kind:   ObjectThing,
			reason: "fields.tsv object:thing order",
		},
		{
			name:   "a type of treatment is a catalogue",
			obj:    Object{Name: "Dialysis_Type__c", Label: "Dialysis Type", Custom: true, Fields: bland("")},
			kind:   ObjectCatalogue,
			reason: "class 3: schema.tsv object type (catalogue) wins over the text vocabulary",
		},
		{
			name:   "a definition of a treatment is configuration",
			obj:    Object{Name: "Dialysis_Definition__c", Label: "Dialysis Definition", Custom: true, Fields: bland("")},
			kind:   ObjectConfiguration,
			reason: "class 3: schema.tsv object definition",
		},
		{
			name:   "a custom metadata type is configuration",
			obj:    Object{Name: "Dialysis_Session__mdt", Label: "Dialysis Session", Custom: true, Fields: bland("")},
			kind:   ObjectConfiguration,
			reason: "class 3: schema.tsv object-suffix __mdt wins",
		},
		{
			name:   "settings of a treatment are configuration",
			obj:    Object{Name: "Dialysis_Settings__c", Label: "Dialysis Settings", Custom: true, Fields: bland("")},
			kind:   ObjectConfiguration,
			reason: "class 3: schema.tsv object settings",
		},
		{
			name:   "a template of a court hearing is configuration",
			obj:    Object{Name: "Court_Hearing_Template__c", Label: "Court Hearing Template", Custom: true, Fields: bland("")},
			kind:   ObjectConfiguration,
			reason: "class 3: schema.tsv object template",
		},
		{
			name:   "a health insurance plan is a product",
			obj:    Object{Name: "Health_Insurance_Plan__c", Label: "Health Insurance Plan", Custom: true, Fields: bland("")},
			kind:   ObjectUnknown,
			reason: "precision: no text term (health insurance is no diagnosis)",
		},
		{
			name:   "a blind bonus is no disability",
			obj:    Object{Name: "Blind_Bonus__c", Label: "Blind Bonus", Custom: true, Fields: bland("")},
			kind:   ObjectUnknown,
			reason: "precision: en.tsv blind (0.7) needs a person cue, which a name has not",
		},
		{
			name:   "a union agreement is no membership",
			obj:    Object{Name: "Union_Agreement__c", Label: "Union Agreement", Custom: true, Fields: bland("")},
			kind:   ObjectUnknown,
			reason: "precision: only health, genetic and criminal terms give a kind",
		},
		{
			name:   "a smoking area is a place",
			obj:    Object{Name: "Smoking_Area__c", Label: "Smoking Area", Custom: true, Fields: bland("")},
			kind:   ObjectUnknown,
			reason: "precision: no text term",
		},
		{
			name:   "rehab needs more than a bare name",
			obj:    Object{Name: "Rehab_Visit__c", Label: "Rehab Visit", Custom: true, Fields: bland("")},
			kind:   ObjectUnknown,
			reason: "precision: en.tsv rehab (0.75, also a sports injury's) needs a person cue: below nameTermMin",
		},
		{
			name:   "a person word in a name lifts no weak term",
			obj:    Object{Name: "Client_Rehab_Visit__c", Label: "Client Rehab Visit", Custom: true, Fields: bland("")},
			kind:   ObjectPerson,
			reason: "precision: a name is read as a field's label is (nameTerms): only a line of nameTermMin counts, and rehab (0.75) is not one beside client either; the object is a person's by fields.tsv client",
		},
		{
			name:   "a term before an org-after word is part of a name",
			obj:    Object{Name: "Dialysis_Trust__c", Label: "Dialysis Trust", Custom: true, Fields: bland("")},
			kind:   ObjectUnknown,
			reason: "precision: en.tsv org-after trust within three words after dialysis ends a charity's name (nameAfter), in an object's name as in a field's label",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectTextEvidence checks that a kind the text vocabulary gave
// names the vocabulary's line, as other evidence names its data line.
func TestObjectTextEvidence(t *testing.T) {
	r := Default().Object(Object{Name: "Dialysis_Session__c", Label: "Dialysis Session", Fields: []Field{{Name: "Notes__c", Label: "Notes"}}})
	if r.Kind != ObjectClinical || len(r.Evidence) == 0 {
		t.Fatalf("kind %s, evidence %d; want clinical with evidence", r.Kind, len(r.Evidence))
	}
	e := r.Evidence[len(r.Evidence)-1]
	info, ok := LookupRule(e.Rule)
	if !ok || e.Source != EvidenceObject || e.Kind != ObjectClinical || e.Category != Health {
		t.Fatalf("evidence %+v: want an object source, kind clinical, health, a known rule", e)
	}
	if want := fmt.Sprintf("%s:%d", info.File, info.Line); e.Line != want || info.File != "en" {
		t.Errorf("evidence line %q, want %q, the en vocabulary's line", e.Line, want)
	}
	if want := round2(0.85 * textNameFactor); e.Weight != want { // en.tsv dialysis: weight 0.85
		t.Errorf("weight %.2f, want %.2f: the line's weight × textNameFactor", e.Weight, want)
	}
}

// TestObjectTextProbes runs custom objects written in the manner of
// small real orgs whose object names the field lexicon does not know (an
// addiction service, a law firm's hearings, a Dutch sleep clinic), with
// their record metadata: on a clinical or criminal-justice object the
// content fields hold the category, while the name, the lookups, the
// status and the audit fields do not (issue 10, class 1; the README rule
// of testdata/schemas). A campaign named after an examination stays a
// campaign.
func TestObjectTextProbes(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an addiction programme's enrolment",
			obj: Object{Name: "Rehab_Program_Enrollment__c", Label: "Rehab Program Enrollment", Custom: true, Fields: probeFields(
				"Name", "Enrollment Number", "AutoNumber", "Contact__c", "Client", "MasterDetail", "Program__c", "Program", "Lookup",
				"Substance__c", "Substance", "Picklist", "Days_Clean__c", "Days Clean", "Number", "Start_Date__c", "Start Date", "Date",
				"Status__c", "Status", "Picklist", "Counselor__c", "Counselor", "Lookup", "CreatedDate", "Created Date", "DateTime", "OwnerId", "Owner", "Lookup")},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Substance__c": {Health}, "Days_Clean__c": {Health}, "Start_Date__c": {Health}},
			reason: "class 1: en.tsv rehab program in the label beats the person line enrollment (schema.tsv): the enrolment is in a treatment for an addiction",
		},
		{
			name: "a law firm's court hearings",
			obj: Object{Name: "Court_Hearing__c", Label: "Court Hearing", Custom: true, Fields: probeFields(
				"Name", "Hearing Number", "AutoNumber", "Defendant__c", "Defendant", "Lookup", "Hearing_Date__c", "Hearing Date", "DateTime",
				"Courtroom__c", "Courtroom", "Text", "Outcome__c", "Outcome", "Picklist", "Judge__c", "Judge", "Text", "Notes__c", "Notes", "LongTextArea",
				"LastModifiedDate", "Last Modified Date", "DateTime")},
			kind: ObjectCriminalJustice,
			want: map[string][]Category{"Hearing_Date__c": {Criminal}, "Courtroom__c": {Criminal}, "Outcome__c": {Criminal},
				"Judge__c": {Criminal}, "Notes__c": {Criminal}},
			reason: "class 1: en.tsv court hearing: every content field says that the defendant stood trial (AVG art. 10)",
		},
		{
			name: "a Dutch sleep clinic's studies",
			obj: Object{Name: "Slaaponderzoek__c", Label: "Slaaponderzoek", Custom: true, Fields: probeFields(
				"Name", "Nummer", "AutoNumber", "Client__c", "Cliënt", "Lookup", "Datum__c", "Datum", "Date", "AHI__c", "AHI", "Number",
				"Uitslag__c", "Uitslag", "LongTextArea", "Verwijzer__c", "Verwijzer", "Lookup", "Status__c", "Status", "Picklist")},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Datum__c": {Health}, "AHI__c": {Health}, "Uitslag__c": {Health}},
			reason: "class 1: nl.tsv slaaponderzoek: the apnoea index and the result are health data",
		},
		{
			name: "a campaign named after an examination",
			obj: Object{Name: "Hearing_Test_Campaign__c", Label: "Hearing Test Campaign", Custom: true, Fields: probeFields(
				"Name", "Name", "Text", "Start_Date__c", "Start Date", "Date", "Budget__c", "Budget", "Currency", "Notes__c", "Notes", "LongTextArea")},
			kind:   ObjectThing,
			reason: "precision: fields.tsv object:thing campaign; the text vocabulary gives no kind to a business object",
		},
	}
	runObjectCases(t, c, cases)
}
