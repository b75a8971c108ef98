package classify

import "testing"

// TestObjectDeals covers a deal named for what it sells and an item of a
// catalogue named for what it lists (issue 10, class 3, seen on the
// pending httapp org of a medical-travel facilitator): its Treatment__c
// is the patient's engagement in a sales pipeline, with a stage, a close
// date, an amount and a campaign (schema.tsv sibling lines of kind
// thing), its Procedure__c the procedures it offers, with a price and an
// active flag (sibling lines of kind catalogue; object_deal.go). Each
// case that must change has a near miss that must not.
func TestObjectDeals(t *testing.T) {
	c := Default()
	deal := func(withPatient bool) Object {
		o := Object{Name: "Treatment__c", Label: "Treatment", Custom: true, Fields: probeFields(
			"Close_Date__c", "Close Date", "Date",
			"Amount__c", "Amount", "Currency",
			"Primary_Campaign__c", "Primary Campaign", "Picklist",
			"Deposit_Required__c", "Deposit Required", "Checkbox",
			"Preferred_Destination__c", "Preferred Destination", "Text",
		)}
		o.Fields = append(o.Fields, probePicklist("Procedure_Category__c", "Procedure Category", "Oncology", "IVF", "Organ Transplant", "Orthopedic"))
		o.Fields = append(o.Fields, probePicklist("Stage__c", "Stage", "New", "Medical Information", "Treatment Approval", "In-market Rehab"))
		if withPatient {
			o.Fields = append(o.Fields, Field{Name: "Patient__c", Label: "Patient", Type: "Lookup"})
		}
		return o
	}
	item := func(withPatient bool) Object {
		o := Object{Name: "Procedure__c", Label: "Procedure", Custom: true, Fields: probeFields(
			"Price__c", "Price", "Currency",
			"Active__c", "Active", "Checkbox",
			"Recovery_Nights_Required__c", "Recovery Nights Required", "Number",
			"Pre_Op_Instruction__c", "Pre-Op Instruction", "LongTextArea",
		)}
		o.Fields = append(o.Fields, probePicklist("Procedure_Category__c", "Procedure Category", "Cardiology", "Oncology", "IVF", "Orthopedic"))
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
			reason: "schema.tsv sibling stage, close date, amount, primary campaign: a deal with a patient; its stage (whatever its values name: Medical Information, Rehab; dealField), amount and destination are the deal's, the procedure category with Oncology and IVF is the patient's health by its values",
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
		{
			name:   "a facilitator's catalogue of procedures",
			obj:    item(false),
			kind:   ObjectCatalogue,
			want:   nil,
			reason: "schema.tsv sibling price, active: a priced item offered, pointing to nobody; its category, nights and instructions describe the procedure, not a person (README rule: catalogues)",
		},
		{
			name:   "a patient's procedure with a price stays clinical",
			obj:    item(true),
			kind:   ObjectClinical,
			want:   map[string][]Category{"Active__c": {Health}, "Procedure_Category__c": {Health}, "Recovery_Nights_Required__c": {Health}, "Pre_Op_Instruction__c": {Health}},
			reason: "an item's fields with a lookup to the patient are the patient's procedure (personLink): every content field of a clinical record is health, its price money (schema.tsv handling)",
		},
	}
	runObjectCases(t, c, cases)
}
