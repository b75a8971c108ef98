package classify

import "testing"

// TestObjectMedicineName covers the name of a person's medication
// record (issue 10, class: the record's name that names what the record
// is about, seen in maicare, dbco, vahc and wonderscience): on a
// clinical object named for a medicine (client_medication,
// CovidCase-Medicine, CareRequestDrug) the name is the medicine's, the
// record's content (schema.tsv system name, content:). A record named
// for something else keeps its Name as the platform's auto-number, a
// drug catalogue is about no person, and a name that is a lookup points
// to another record.
func TestObjectMedicineName(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a client's medication in a care provider's SQL schema",
			obj: Object{Name: "client_medication", Fields: probeFields(
				"id", "", "BIGSERIAL",
				"name", "", "VARCHAR(100)",
				"dosage", "", "VARCHAR(100)",
				"created_at", "", "TIMESTAMPTZ",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"name":   {Health},
				"dosage": {Health},
			},
			reason: "schema.tsv system name content:medication: the name of a client's medication is the medicine (maicare); the key and the timestamp stay the platform's",
		},
		{
			name: "a requested drug of Health Cloud utilization management",
			obj: Object{Name: "CareRequestDrug", Fields: probeFields(
				"Name", "", "",
				"Dose", "", "",
				"CareRequestId", "", "Lookup",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Name": {Health},
				"Dose": {Health},
			},
			reason: "schema.tsv system name content:drug: Salesforce's reference says CareRequestDrug holds the requested drug's name; the lookup to the request points",
		},
		{
			name: "near miss: the Name of a Health Cloud observation is an auto-number",
			obj: Object{Name: "CareObservation", Fields: probeFields(
				"Name", "", "",
				"ObservedValueText", "", "",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"ObservedValueText": {Health},
			},
			reason: "schema.tsv system name: an observation is not named for what its Name holds, so the Name stays the record's label",
		},
		{
			name: "near miss: a drug catalogue's name is a product's",
			obj: Object{Name: "drugs", Fields: probeFields(
				"id", "", "int(11)",
				"name", "", "varchar(255)",
			)},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object drug is a catalogue: its names are about no person, content: holds on clinical objects only",
		},
		{
			name: "near miss: a medication's name that is a lookup to the patient",
			obj: Object{Name: "gnuhealth.patient.medication", Label: "Patient Medication", Fields: probeFields(
				"name", "Patient", "Many2One (gnuhealth.patient)",
				"dose", "Dose", "Float",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"dose": {Health},
			},
			reason: "a name typed as a relation (GNU Health Many2One) is a pointer to another record, not the medicine",
		},
	}
	runObjectCases(t, c, cases)
}
