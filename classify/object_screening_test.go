package classify

import "testing"

// TestObjectDementiaScreening: a form named for the AD8 dementia
// screening is a clinical record whose totals of answers are health,
// while the number of questions it asks is the form's size and the
// name of the consumer (the person cared for) identifies them.
func TestObjectDementiaScreening(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an AD8 form with its totals",
			obj: Object{Name: "AD8_Form__c", Label: "AD8 Form", Fields: []Field{
				{Name: "Consumer_Name__c", Label: "Consumer Name", Type: "TextArea"},
				{Name: "Provider__c", Label: "Provider", Type: "Lookup"},
				{Name: "Total_of_Yes__c", Label: `Total # of "Yes"`, Type: "Number"},
				{Name: "Total_of_No__c", Label: `Total # of "No"`, Type: "Number"},
				{Name: "Total_of_Questions__c", Label: "Total # of Questions", Type: "Number"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Total_of_Yes__c": {Health}, "Total_of_No__c": {Health}},
			reason: "object ad8: the AD8 Dementia Screening Interview (Galvin et al. 2005) is a screening, its totals the answers; handling total of questions: the form's size; consumer is a person word, so Consumer Name is the person's name",
		},
		{
			name: "a form whose name has no instrument",
			obj: Object{Name: "AD_Form__c", Label: "AD Form", Fields: []Field{
				{Name: "Total_of_Yes__c", Label: `Total # of "Yes"`, Type: "Number"},
				{Name: "Total_of_No__c", Label: `Total # of "No"`, Type: "Number"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "object ad8 matches the instrument with its digit only (digitKind): an AD Form may be an advertisement's",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectHealthPlanEligibility: eligibility for a health plan is
// insurance (schema.tsv context health: net, eligible, eligibility),
// while a person's health itself stays health.
func TestObjectHealthPlanEligibility(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "eligibility for a health plan beside the person's health",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "Health_Net_Eligible__c", Label: "Health Net Eligible", Type: "Checkbox"},
				{Name: "Health_Status__c", Label: "Health Status", Type: "Text"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Health_Status__c": {Health}},
			reason: "context health: a person eligible for a health plan (Health Net, a US managed-care plan) is insured, no health fact; the person's health status is",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectInstrumentStem: a field that names a clinical instrument by
// its letters alone holds its answers when a sibling names the
// instrument with its digits (instrumentStems); without that sibling
// the letters name nothing, and checkboxes and the form's own
// bookkeeping stay out.
func TestObjectInstrumentStem(t *testing.T) {
	c := Default()
	fields := []Field{
		{Name: "QuestionAD1__c", Label: "QuestionAD1", Type: "Text"},
		{Name: "QuestionAD2__c", Label: "QuestionAD2", Type: "Text"},
		{Name: "AD_Total_Yes__c", Label: "AD Total Yes", Type: "Number"},
		{Name: "After_Submit_AD__c", Label: "After_Submit_AD", Type: "Checkbox"},
	}
	cases := []objectCase{
		{
			name: "the AD8 answers copied to a contact",
			obj: Object{Name: "Contact", Fields: append([]Field{
				{Name: "AD8_Form_Submitted_Date__c", Label: "AD8 Form Submitted Date", Type: "Date"},
			}, fields...)},
			kind:   ObjectPerson,
			want:   map[string][]Category{"QuestionAD1__c": {Health}, "QuestionAD2__c": {Health}, "AD_Total_Yes__c": {Health}},
			reason: "object ad8 by its digits on a sibling: AD on the same contact is the AD8 dementia screening, its questions and totals the answers; the checkbox is the form's workflow, the submitted date its bookkeeping",
		},
		{
			name:   "the same letters without the instrument",
			obj:    Object{Name: "Contact", Fields: fields},
			kind:   ObjectPerson,
			want:   map[string][]Category{},
			reason: "without a sibling that names the AD8 with its digit, AD may be an advertisement's: the letters alone name nothing",
		},
	}
	runObjectCases(t, c, cases)
}
