package classify

import "testing"

// TestObjectDeals covers a deal named for what it sells (issue 10,
// class 3, seen on the pending httapp org of a medical-travel
// facilitator): its Treatment__c is the patient's engagement in a sales
// pipeline, with a stage, a close date, an amount and a campaign
// (schema.tsv sibling lines of kind thing, object_deal.go). Each case
// that must change has a near miss that must not.
func TestObjectDeals(t *testing.T) {
	c := Default()
	deal := func(withPatient bool) Object {
		o := Object{Name: "Treatment__c", Label: "Treatment", Custom: true, Fields: probeFields(
			"Stage__c", "Stage", "Picklist",
			"Close_Date__c", "Close Date", "Date",
			"Amount__c", "Amount", "Currency",
			"Primary_Campaign__c", "Primary Campaign", "Picklist",
			"Deposit_Required__c", "Deposit Required", "Checkbox",
			"Preferred_Destination__c", "Preferred Destination", "Text",
		)}
		o.Fields = append(o.Fields, probePicklist("Procedure_Category__c", "Procedure Category", "Oncology", "IVF", "Organ Transplant", "Orthopedic"))
		if withPatient {
			o.Fields = append(o.Fields, Field{Name: "Patient__c", Label: "Patient", Type: "Lookup"})
		}
		return o
	}
	cases := []objectCase{
		{
			name:   "a patient's treatment engagement in a sales pipeline",
			obj:    deal(true),
			kind:   ObjectPerson,
			want:   map[string][]Category{"Procedure_Category__c": {Health}},
			reason: "schema.tsv sibling stage, close date, amount, primary campaign: a deal with a patient; its stage, amount and destination are the deal's, the procedure category with Oncology and IVF is the patient's health by its values",
		},
		{
			name:   "a deal named for a treatment, with no person",
			obj:    deal(false),
			kind:   ObjectThing,
			want:   nil,
			reason: "schema.tsv sibling lines of a deal: a treatment sold, pointing to nobody, is a product of a pipeline",
		},
		{
			name: "a patient's treatment with a stage and an amount stays clinical",
			obj: Object{Name: "Treatment__c", Label: "Treatment", Custom: true, Fields: probeFields(
				"Patient__c", "Patient", "Lookup",
				"Stage__c", "Stage", "Picklist",
				"Amount__c", "Amount", "Number",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Stage__c": {Health}, "Amount__c": {Health}, "Notes__c": {Health}},
			reason: "two deal fields are no deal (dealMin 3): a treatment's stage and dose amount are the patient's health",
		},
		{
			name: "a diagnosis with a close date and a campaign stays clinical",
			obj: Object{Name: "Diagnosis__c", Label: "Diagnosis", Custom: true, Fields: probeFields(
				"Patient__c", "Patient", "Lookup",
				"Stage__c", "Stage", "Picklist",
				"Close_Date__c", "Close Date", "Date",
				"Primary_Campaign__c", "Primary Campaign", "Text",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Stage__c": {Health}, "Close_Date__c": {Health}, "Primary_Campaign__c": {Health}, "Notes__c": {Health}},
			reason: "a strong clinical name (schema.tsv object diagnosis, 0.95, above dealMaxClinical) is no deal whatever its siblings: every content field of a clinical record is health",
		},
	}
	runObjectCases(t, c, cases)
}
