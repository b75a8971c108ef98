package classify

import "testing"

// TestObjectHeadWord covers the head word of an object's name as
// evidence of what its records are (orgHead): a clinic, a centre, a
// facility named for what it treats lists organisations, a quote or an
// animal named for a treatment lists things; a category word before the
// head says what kind, not that the records are a person's health.
// Found leaving a source's own vocabulary out (issue 10,
// leave-one-source-out: httapp's Medical_Facility__c and
// Treatment_Quote__c were clinical without their own lines).
func TestObjectHeadWord(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a clinic named for what it treats is an organisation",
			obj: Object{Name: "Oncology_Clinic__c", Label: "Oncology Clinic", Fields: probeFields(
				"Name", "Clinic Name", "Text",
				"Logo__c", "Logo", "Text",
				"Slogan__c", "Slogan", "TextArea",
				"Comments__c", "Comments", "LongTextArea",
				"Country__c", "Country", "Text",
			)},
			kind:   ObjectOrganisation,
			reason: "fields.tsv object:org clinic at the head of the name: the word before it (oncology, health in fields.tsv) names the clinic's specialty; its comments and logo are no patient's health",
		},
		{
			name: "a rehab centre's fields are the centre's",
			obj: Object{Name: "Rehab_Center__c", Label: "Rehab Center", Fields: probeFields(
				"Beds__c", "Number of Beds", "Number",
				"Details__c", "Details", "LongTextArea",
			)},
			kind:   ObjectOrganisation,
			reason: "fields.tsv object:org center at the head: a list of rehabilitation centres, as a Dialysis Center",
		},
		{
			name: "near miss: a lab at the head of a name is a lab result",
			obj: Object{Name: "MedLab", Description: "The lab results of a patient, as HL7 v2 result messages", Fields: probeFields(
				"PatNum", "", "long",
				"ObsTestDescript", "", "string",
				"ClinicalInfo", "", "string",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"ObsTestDescript": {Health}, "ClinicalInfo": {Health}},
			reason: "headRecords lab: a patient's labs are test results (HL7 v2 ORU), so the clinical reading of med stands",
		},
		{
			name: "a quote for a treatment is a price offered",
			obj: Object{Name: "Therapy_Quote__c", Label: "Therapy Quote", Fields: probeFields(
				"Arrival_Date__c", "Proposed Arrival Date", "Date",
				"Hotel_Nights__c", "Hotel Nights Included", "Number",
				"Sub_Total__c", "Sub-Total", "Currency",
			)},
			kind:   ObjectThing,
			reason: "fields.tsv object:thing quote at the head of the name: a sales document; the treatment it prices is named by its own fields, not by its dates and totals",
		},
		{
			name: "an animal named for a therapy is an animal",
			obj: Object{Name: "Therapy_Horse__c", Label: "Therapy Horse", Fields: probeFields(
				"Name", "Horse Name", "Text",
				"Breed__c", "Breed", "Text",
				"Notes__c", "Notes", "LongTextArea",
				"Retired__c", "Retired", "Checkbox",
			)},
			kind:   ObjectThing,
			reason: "fields.tsv object:thing horse at the head: a therapeutic-riding centre's horses; their notes are about the horse, not a rider's health",
		},
		{
			name: "near miss: a medication order is the patient's prescription",
			obj: Object{Name: "Medication_Order__c", Label: "Medication Order", Fields: probeFields(
				"Patient__c", "Patient", "Lookup",
				"Dose__c", "Dose", "Text",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Dose__c": {Health}},
			reason: "headRecords order: a medication order is a prescription (HL7 FHIR MedicationRequest), not a thing",
		},
		{
			name: "near miss: a case file's hospital part is the person's stay",
			obj: Object{Name: "CovidCase-Hospital-V1", Label: "Gegevens over ziekenhuisopname van de index", Fields: []Field{
				{Name: "admittedAt", Type: "string/date", Description: "Datum eerste ziekenhuisopname"},
				{Name: "isInICU", Type: "Enum-YesNoUnknown-V1", Description: "Opgenomen op de intensive care"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"admittedAt": {Health}, "isInICU": {Health}},
			reason: "a container word (schema.tsv container case) before the head: the name names a part of a person's case file, not a hospital",
		},
	}
	runObjectCases(t, c, cases)
}
