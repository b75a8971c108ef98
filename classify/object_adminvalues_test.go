package classify

import "testing"

// TestObjectRecordAdministration: the fields of a clinical record that
// administer the record (its workflow state, the unit of a quantity, a
// digest of the signed document, the patient's age at the time, the
// place on a map, scheduling of the next dose, the vaccine's lot) hold
// no health fact, while the fields that state the record's facts do
// (pending source gnuhealth, GNU Health's Tryton models).
func TestObjectRecordAdministration(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a workflow state is the record's, a clinical status the condition's",
			obj: Object{Name: "gnuhealth.patient.evaluation", Label: "Patient Evaluation", Fields: []Field{
				{Name: "state", Label: "State", Type: "Selection", Picklist: []string{"In progress", "Done", "Signed"}},
				{Name: "clinical_status", Label: "Clinical Status", Type: "Selection", Picklist: []string{"Active", "Relapse", "Remission", "Resolved"}},
				{Name: "course", Label: "Course", Type: "Selection", Picklist: []string{"Draft", "Chronic"}},
				{Name: "diagnosis", Label: "Main Condition", Type: "Char"},
				{Name: "patient_age", Label: "Patient Age", Type: "Integer"},
				{Name: "age_at_onset", Label: "Age at onset", Type: "Integer"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{"clinical_status": {Health}, "course": {Health}, "diagnosis": {Health}, "age_at_onset": {Health}},
			reason: "state-value: a picklist whose every value is a step of the record's workflow (In progress, Done, Signed) is the record's state; " +
				"a status whose values are a condition's (Relapse, Remission) or that names one value no step (Chronic) keeps its object's category; " +
				"system patient age: the patient's age is ordinary personal data, an age at onset dates the condition",
		},
		{
			name: "a unit of a quantity holds no value of its own",
			obj: Object{Name: "gnuhealth.prescription.line", Label: "Prescription Line", Fields: []Field{
				{Name: "duration_period", Label: "Treatment period", Type: "Selection", Picklist: []string{"minutes", "hours", "days", "months", "years", "indefinite"}},
				{Name: "infusion_rate_units", Label: "Unit Rate", Type: "Selection", Picklist: []string{"mL/hour", "mL/min"}},
				{Name: "duration", Label: "Treatment duration", Type: "Integer"},
				{Name: "frequency", Label: "Frequency", Type: "Selection", Picklist: []string{"days", "weeks", "when required"}},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{"duration": {Health}, "infusion_rate_units": {Health}, "frequency": {Health}},
			reason: "unit-value: units of time, one value that is none of four or more (indefinite), make the field the unit of the duration beside it; " +
				"the duration itself is the treatment's; two values of which one is no unit (mL/min is not listed), or one of three (when required), are not a unit list",
		},
		{
			name: "integrity, age, place, scheduling and lot of a clinical record",
			obj: Object{Name: "gnuhealth.vaccination", Label: "Patient Vaccination information", Fields: []Field{
				{Name: "document_digest", Label: "Digest", Type: "Char"},
				{Name: "digest_current", Label: "Current Hash", Type: "Function (Char)"},
				{Name: "computed_age", Label: "Age", Type: "Function (Char)"},
				{Name: "age_months", Label: "Patient Age in Months", Type: "Function (Integer)"},
				{Name: "latitude", Label: "Latitude", Type: "Numeric"},
				{Name: "next_dose_date", Label: "Next Dose", Type: "DateTime"},
				{Name: "vaccine_lot", Label: "Lot Number", Type: "Char"},
				{Name: "wait_time", Label: "Patient wait time", Type: "Function (TimeDelta)"},
				{Name: "qr_code", Label: "QR Code", Type: "Binary"},
				{Name: "qrs", Label: "QRS", Type: "Integer"},
				{Name: "dose", Label: "Dose #", Type: "Integer"},
				{Name: "observations", Label: "Observations", Type: "Char"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{"dose": {Health}, "observations": {Health}, "qrs": {Health}},
			reason: "handling digest, hash, latitude, next dose, vaccine lot, wait time and system computed age, age months: the record's integrity, the person's age, " +
				"a place, scheduling and the product's lot are no health facts, nor is handling qr code, the record's printed label; the dose and the observations of a vaccination are, " +
				"and a QRS (an ECG's complex, no QR code) is a measurement",
		},
		{
			name: "billing of an encounter",
			obj: Object{Name: "form_encounter", Label: "Encounter", Fields: []Field{
				{Name: "payer", Label: "Payer", Type: "varchar(31)"},
				{Name: "stmt_count", Type: "int"},
				{Name: "in_collection", Type: "tinyint(1)"},
				{Name: "reason", Label: "Reason for visit", Type: "longtext"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"reason": {Health}},
			reason: "handling payer, stmt, in collection: who pays, the statements sent and a debt collection are billing of the encounter; the reason for the visit is its content",
		},
		{
			name: "which relative a family-history row is about",
			obj: Object{Name: "gnuhealth.patient.family.diseases", Label: "Family Diseases", Fields: []Field{
				{Name: "relative", Label: "Relative", Type: "Selection", Picklist: []string{"Mother", "Father", "Brother", "Sister", "Aunt", "Uncle", "Cousin"}},
				{Name: "xory", Label: "Maternal or Paternal", Type: "Selection", Picklist: []string{"Maternal", "Paternal", "Sibling"}},
				{Name: "affected", Label: "Affected", Type: "Selection", Picklist: []string{"Mother", "Diabetes"}},
				{Name: "pathology", Label: "Disease", Type: "Char"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{"affected": {Health}, "pathology": {Health}},
			reason: "kin-value: a picklist whose every value names a relative says which relative, not the disease; " +
				"a value that is no relative keeps the object's category, and the disease is the family history's content",
		},
		{
			name: "a trainee's grades on the subjects of a home-care course",
			obj: Object{Name: "Competency_Check__c", Label: "Competency Check", Fields: []Field{
				{Name: "Enrollment__c", Label: "Enrollment", Type: "MasterDetail"},
				{Name: "IHSS_Medications__c", Label: "IHSS+ - Medications", Type: "Picklist", Picklist: []string{"Pass", "Remediation", "Not Applicable"}},
				{Name: "IHSS_AD_Help_to_Manage_Hallucination__c", Label: "IHSS A&D - Help to Manage Hallucination", Type: "Picklist", Picklist: []string{"Pass", "Remediation", "Not Applicable"}},
				{Name: "CDPH_Responding_to_Dementia_Behaviour__c", Label: "CDPH-Responding to Dementia Behaviour", Type: "Picklist", Picklist: []string{"Pass", "Remediation", "Not Applicable"}},
				{Name: "IHSS_Oral_Care__c", Label: "IHSS+ - Oral Care", Type: "Picklist", Picklist: []string{"Passed", "Failed"}},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "grade-value: a picklist whose every value grades a test of a skill holds the trainee's result on the subject the field names, not anyone's health; such fields make no object clinical",
		},
		{
			name: "a grade list beside a value that is no grade",
			obj: Object{Name: "Patient", Fields: []Field{
				{Name: "Medications__c", Label: "Medications", Type: "Picklist", Picklist: []string{"Pass", "Insulin"}},
				{Name: "Dementia__c", Label: "Dementia", Type: "Checkbox"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Medications__c": {Health}, "Dementia__c": {Health}},
			reason: "grade-value: only a list whose every value is a grade is a test result; Insulin is a drug, so the patient's medications stay health",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectWeakNameDescriptionAgrees: a weak category word that only
// modifies an object's head ("Health Service": a billed service line)
// needs a field to say the same, even when the description, or a
// namespace that names the application ("gnuhealth.health_service"),
// repeats the word (weakNamedKind).
func TestObjectWeakNameDescriptionAgrees(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a namespace repeating the weak word adds nothing",
			obj: Object{Name: "gnuhealth.health_service.line", Label: "Health Service", Fields: []Field{
				{Name: "qty", Label: "Qty", Type: "Integer"},
				{Name: "remarks", Label: "Remarks", Type: "Char"},
				{Name: "from_date", Label: "From", Type: "Date"},
			}},
			kind:   ObjectUnknown,
			reason: "the billing line of a health service: no field names health",
		},
		{
			name: "a field that says health keeps the weak name",
			obj: Object{Name: "gnuhealth.health_screen.line", Label: "Health Screen", Fields: []Field{
				{Name: "blood_pressure", Label: "Blood Pressure", Type: "Integer"},
				{Name: "remarks", Label: "Remarks", Type: "Char"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"blood_pressure": {Health}, "remarks": {Health}},
			reason: "a screening whose field names blood pressure records the person's health",
		},
	}
	runObjectCases(t, c, cases)
}
