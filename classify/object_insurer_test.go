package classify

import "testing"

// TestObjectHealthInsurer covers the error classes of an Indian health
// and life insurer's service org (issue 10, pending source abcapital): a
// mapping table whose rows are insured members, the dates of a
// hospitalisation on a claim, and a Hindu Undivided Family among the
// relationships of a nominee. Each class has an object that must change
// and a near miss that must not; the reason names the class and the data
// line.
func TestObjectHealthInsurer(t *testing.T) {
	c := Default()
	mapping := func(fields ...Field) Object {
		return Object{Name: "Customer_Member_Mapping__c", Label: "Customer Member Mapping", Custom: true, Fields: append(probeFields(
			"Policy_Number__c", "Policy Number", "Text",
			"Member_Name__c", "Member Name", "Text",
			"Is_Chronic__c", "Is Chronic", "Checkbox",
			"Chronic_Disease__c", "Chronic Disease", "Text",
		), fields...)}
	}
	cases := []objectCase{
		{
			name:   "a mapping table of insured members with their birth dates",
			obj:    mapping(Field{Name: "DOB__c", Label: "DOB", Type: "Formula (Text)"}),
			kind:   ObjectPerson,
			want:   map[string][]Category{"Chronic_Disease__c": {Health}, "Is_Chronic__c": {Health}},
			reason: "birthDateRows: a field named for a date of birth makes an object that the word mapping made configuration a person's record",
		},
		{
			name:   "near miss: a mapping table without people stays configuration",
			obj:    mapping(Field{Name: "Sort_Order__c", Label: "Sort Order", Type: "Number"}),
			kind:   ObjectConfiguration,
			reason: "schema.tsv object mapping (EDA Affl_Mappings__c): a mapping without a birth date is about no person",
		},
		{
			name: "a hospitalisation on a health insurer's claim, and a nominee's relationship",
			obj: Object{Name: "ABHI_Case_Detail__c", Label: "ABHI Case Detail", Custom: true, Fields: []Field{
				{Name: "Claim_Number__c", Label: "Claim Number", Type: "Text"},
				{Name: "Date_of_Admission__c", Label: "Date of Admission", Type: "DateTime"},
				{Name: "Date_of_Discharge__c", Label: "Date of Discharge", Type: "DateTime"},
				{Name: "Name_of_condition__c", Label: "Name of condition", Type: "Text"},
				{Name: "Location_of_pathology__c", Label: "Location of pathology", Type: "Text"},
				{Name: "Expected_length_of_stay__c", Label: "Expected length of stay", Type: "Text"},
				probePicklist("New_Nominee_Relationship__c", "New Nominee Relationship", "BROTHER", "HUF (HINDU UNDIVIDED FAMILY)", "SPOUSE"),
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{"Date_of_Admission__c": {Health}, "Date_of_Discharge__c": {Health},
				"Name_of_condition__c": {Health}, "Location_of_pathology__c": {Health}, "Expected_length_of_stay__c": {Health}},
			reason: "fields.tsv date of admission and date of discharge (a hospital stay), name of condition, pathology, length of stay; schema.tsv context hindu (undivided, huf): a Hindu Undivided Family is a tax entity (Income Tax Act, 1961, s. 2(31))",
		},
		{
			name: "near miss: admission to a programme and a person's religion",
			obj: Object{Name: "Program_Enrollment__c", Label: "Program Enrollment", Custom: true, Fields: []Field{
				{Name: "Student__c", Label: "Student", Type: "Lookup"},
				{Name: "Date_of_Admission__c", Label: "Date of Admission", Type: "Date"},
				{Name: "Length_of_Stay__c", Label: "Length of Stay", Type: "Number"},
				probePicklist("Religion__c", "Religion", "Hindu", "Muslim", "Christian"),
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Religion__c": {ReligiousBeliefs}},
			reason: "schema.tsv context date of admission and length of stay (program, in the object's own words): admission to and a stay in a programme; Hindu as a person's religion keeps its category",
		},
	}
	runObjectCases(t, c, cases)
}
