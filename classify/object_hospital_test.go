package classify

import "testing"

// TestObjectHospitalRecords covers the records of a hospital's specialty
// and inpatient care named by general medical vocabulary (issue 10,
// pending gnuhealth, the GNU Health data model): a surgery, a perinatal
// monitor, a menstrual history or an APACHE II score is one patient's
// care, though the text vocabulary weighs these words below 0.8 (in a
// sentence "surgery" may be a GP practice). And a label that names the
// name's head with a modifier says more precisely what the records are
// (qualifiesHead): a model gnuhealth.patient.medication labelled
// "Patient Medication" is the patient's medication, not a drug
// catalogue. Each class has a case that must change and a near miss that
// must not; the reason names the rule and its data line.
func TestObjectHospitalRecords(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a surgery performed on a patient",
			obj: Object{Name: "gnuhealth.surgery", Label: "Surgery", Fields: []Field{
				{Name: "patient", Label: "Patient", Type: "Many2One (gnuhealth.patient)"},
				{Name: "anesthesia_type", Label: "Anesthesia", Type: "Selection", Picklist: []string{"General", "Local", "Sedation"}},
				{Name: "approach", Label: "Approach", Type: "Selection", Picklist: []string{"Open", "Laparoscopic"}},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"anesthesia_type": {Health}, "approach": {Health}},
			reason: "schema.tsv object surgery: every content field of a patient's surgical record is health; the link to the patient is not",
		},
		{
			name: "near miss: a GP surgery with a practice code",
			obj: Object{Name: "Surgery__c", Label: "Surgery", Custom: true, Fields: []Field{
				{Name: "NHS_Practice_Code__c", Label: "NHS Practice Code", Type: "Text"},
				{Name: "Postcode__c", Label: "Postcode", Type: "Text"},
				{Name: "Status__c", Label: "Status", Type: "Picklist"},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv context surgery (practice postcode ccg): a UK general practice, an organisation",
		},
		{
			name: "near miss: the supplies of a surgery",
			obj: Object{Name: "gnuhealth.surgery_supply", Label: "Supplies related to the surgery", Fields: []Field{
				{Name: "product", Label: "Supply", Type: "Many2One (product.product)"},
				{Name: "qty", Label: "Qty", Type: "Float"},
				{Name: "notes", Label: "Notes", Type: "Char"},
			}},
			kind:   ObjectThing,
			reason: "schema.tsv object supply (thing) heads the name: a product used, not the patient's record",
		},
		{
			name: "a woman's perinatal monitor and menstrual history",
			obj: Object{Name: "gnuhealth.perinatal.monitor", Label: "Perinatal Monitor", Fields: []Field{
				{Name: "frequency", Label: "Frequency", Type: "Integer"},
				{Name: "dilation", Label: "Cervix dilation", Type: "Integer"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"frequency": {Health}, "dilation": {Health}},
			reason: "schema.tsv object perinatal: a mother's and baby's care around birth",
		},
		{
			name: "an APACHE II score",
			obj: Object{Name: "gnuhealth.icu.apache2", Label: "Apache II scoring", Fields: []Field{
				{Name: "age", Label: "Age", Type: "Integer"},
				{Name: "temperature", Label: "Rectal temperature", Type: "Float"},
				{Name: "apache_score", Label: "Score", Type: "Integer"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"temperature": {Health}, "apache_score": {Health}},
			reason: "schema.tsv object apache ii: an ICU patient's severity score; the age is a person's ordinary data",
		},
		{
			name: "near miss: an Apache web server's settings",
			obj: Object{Name: "Apache_Server__c", Label: "Apache Server", Custom: true, Fields: []Field{
				{Name: "Port__c", Label: "Port", Type: "Number"},
				{Name: "Score__c", Label: "Score", Type: "Number"},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv object apache ii needs the II: apache alone is a web server",
		},
		{
			name: "a patient's medication named by its model's last segment",
			obj: Object{Name: "gnuhealth.patient.medication", Label: "Patient Medication", Fields: []Field{
				{Name: "medicament", Label: "Medicament", Type: "Many2One (gnuhealth.medicament)"},
				{Name: "dose", Label: "Dose", Type: "Float"},
				{Name: "indication", Label: "Indication", Type: "Many2One (gnuhealth.pathology)"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"medicament": {Health}, "dose": {Health}, "indication": {Health}},
			reason: "qualifiesHead: the label's patient medication (clinical) names the name's head medication (a catalogue) with a modifier",
		},
		{
			name: "near miss: a drug catalogue labelled Medication",
			obj: Object{Name: "gnuhealth.medication", Label: "Medication", Fields: []Field{
				{Name: "name", Label: "Name", Type: "Char"},
				{Name: "dose", Label: "Dose", Type: "Float"},
			}},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object medication (catalogue): a label that only repeats the head says nothing more",
		},
	}
	runObjectCases(t, c, cases)
}
