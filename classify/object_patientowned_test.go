package classify

import "testing"

// TestObjectPatientOwned covers patientOwned: an object named by an
// organisation's word of fields.tsv (lab) whose records each point to
// one patient (a lookup or a Many2One named patient) is no list of
// laboratories but the patient's lab tests: it is judged by its fields
// as an object that points to a person, and lab measures make it
// clinical (clinicalSiblings). A laboratory with a contact person stays
// an organisation. Found by leaving gnuhealth's own lines out (issue
// 10): its gnuhealth.lab, a lab test with its patient, read as a
// laboratory.
func TestObjectPatientOwned(t *testing.T) {
	c := Default()
	measures := func(link Field) []Field {
		return append([]Field{link}, probeFields(
			"Hemoglobin__c", "Hemoglobin", "Number",
			"Glucose__c", "Glucose", "Number",
			"Cholesterol__c", "Cholesterol", "Number",
			"Notes__c", "Notes", "TextArea",
		)...)
	}
	cases := []objectCase{
		{
			name:   "a lab with a patient on every record",
			obj:    Object{Name: "Lab__c", Label: "Lab", Fields: measures(Field{Name: "Patient__c", Label: "Patient", Type: "Lookup"})},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Hemoglobin__c": {Health}, "Glucose__c": {Health}, "Cholesterol__c": {Health}, "Notes__c": {Health}},
			reason: "an organisation has no patient: each record is the patient's lab test, and its lab measures make it clinical (patientOwned, clinicalSiblings)",
		},
		{
			name:   "near miss: a laboratory with its contact person",
			obj:    Object{Name: "Lab__c", Label: "Lab", Fields: measures(Field{Name: "Primary_Contact__c", Label: "Primary Contact", Type: "Lookup"})},
			kind:   ObjectOrganisation,
			reason: "a contact is whom an organisation is reached by (patientWords holds patient only): the lab stays a laboratory, its measure names its services",
		},
	}
	runObjectCases(t, c, cases)
}
