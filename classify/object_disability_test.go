package classify

import "testing"

// TestObjectDisabilityServices covers the error classes of a case
// management org for individuals with developmental disabilities (issue
// 10, pending source stadd, a Canadian provincial org): Aboriginal
// origin as the Constitution Act names it, eligibility types that name
// developmental diagnoses, the contact details of a named professional,
// the roles of a person's contacts and the functional domains of a
// person. Each class has fields that must change and near misses that
// must not; the reason names the class and the data line.
func TestObjectDisabilityServices(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an individual's file",
			obj: Object{Name: "Case", Label: "Case", Fields: append(probeFields(
				"CaseNumber", "Case Number", "AutoNumber",
				"Status", "Status", "Picklist",
				"Subject", "Subject", "Text",
				"Priority", "Priority", "Picklist",
				"Office__c", "Office", "Picklist",
				"Region__c", "Region", "Picklist",
				"Language__c", "Language", "Picklist",
				"School__c", "School", "Text",
				"Stage__c", "Stage", "Picklist",
				"Transition_Date__c", "Transition Date", "Date",
				"Closing_Reason__c", "Closing Reason", "Picklist",
				"Mailing_City__c", "Mailing City", "Text",
			), []Field{
				probePicklist("Aboriginal_Origin__c", "Aboriginal Origin", "First Nation", "Metis", "Inuit"),
				{Name: "Self_Identifies_as_Aboriginal__c", Label: "Self Identifies as Aboriginal", Type: "Checkbox"},
				probePicklist("Eligibility_Type__c", "Eligibility Type", "DD", "PSI FASD", "PSI ASD/PDD"),
				{Name: "Psychological_assessment__c", Label: "Psychological assessment", Type: "Checkbox"},
				{Name: "Referred_to_Long_Term_Care__c", Label: "Referred to Long Term Care", Type: "Checkbox"},
				{Name: "Psychologist__c", Label: "Psychologist", Type: "Text"},
				{Name: "Psychologist_Contact_Email__c", Label: "Psychologist Contact Email", Type: "Email"},
				{Name: "Psychologist_Contact_Phone_Number__c", Label: "Psychologist Contact Phone Number", Type: "Phone"},
			}...)},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"Aboriginal_Origin__c":             {RacialEthnicOrigin},
				"Self_Identifies_as_Aboriginal__c": {RacialEthnicOrigin},
				"Eligibility_Type__c":              {Health},
				"Psychological_assessment__c":      {Health},
				"Referred_to_Long_Term_Care__c":    {Health},
				"Psychologist__c":                  {Health},
			},
			reason: "fields.tsv aboriginal, first nation, inuit (Constitution Act, 1982, s. 35), psychological assessment, long term care; schema.tsv value fasd, pdd, asd; context psychologist: the professional's e-mail and phone are the professional's, the psychologist alone says the person sees one",
		},
		{
			name: "the roles of a person's contacts",
			obj: Object{Name: "Contact", Label: "Contact", Fields: []Field{
				{Name: "LastName", Label: "Last Name", Type: "Text"},
				probePicklist("Type__c", "Type", "Social Worker", "Teacher", "Nurse", "Physician", "Therapist", "Family", "Other"),
			}},
			kind:   ObjectPerson,
			reason: "schema.tsv context therapist (parent, family, teacher, worker): a therapist among the roles of contacts is a professional's role",
		},
		{
			name: "near miss: a client's own therapist",
			obj: Object{Name: "Client__c", Label: "Client", Custom: true, Fields: []Field{
				{Name: "Name", Label: "Client Name", Type: "Text"},
				{Name: "Therapist__c", Label: "Therapist", Type: "Text"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Therapist__c": {Health}},
			reason: "fields.tsv therapist: seeing a therapist is mental-health care; no context word beside it",
		},
		{
			name: "a functional domain summary",
			obj: Object{Name: "Functional__c", Label: "Functional Domain Summary", Custom: true, Fields: []Field{
				{Name: "Case__c", Label: "Case", Type: "MasterDetail"},
				{Name: "Summary__c", Label: "Functional Domain Summary Text", Type: "LongTextArea"},
				{Name: "Assessor_Name__c", Label: "Assessor Name", Type: "Text"},
				{Name: "Last_Update__c", Label: "Last Update", Type: "Date"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Summary__c": {Health}},
			reason: "schema.tsv object functional domain (WHO ICF), handling assessor and last update: who assessed and when the record changed are its handling",
		},
	}
	runObjectCases(t, c, cases)
}
