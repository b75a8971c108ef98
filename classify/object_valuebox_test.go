package classify

import "testing"

// TestObjectValueBoxes: checkboxes that repeat the values of a sibling
// picklist holding a special category, one box per value, record the
// same fact (valueBoxes); a box or two that share a value with a long
// list are fields of their own.
func TestObjectValueBoxes(t *testing.T) {
	c := Default()
	races := []string{"American Indian/Alaskan Native", "Asian", "Black", "Native Hawaiian or other Pacific Islander", "White"}
	cases := []objectCase{
		{
			name: "one checkbox per race beside the race picklist",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "Race__c", Label: "Race", Type: "Picklist", Picklist: races},
				{Name: "American_Indian_Alaskan_Native__c", Label: "American Indian/ Alaskan Native", Type: "Checkbox"},
				{Name: "Asian__c", Label: "Asian", Type: "Checkbox"},
				{Name: "Black__c", Label: "Black", Type: "Checkbox"},
				{Name: "Native_Hawaiian_or_other_Pacific_Islande__c", Label: "Native Hawaiian or other Pacific Islande", Type: "Checkbox"},
				{Name: "White__c", Label: "White", Type: "Checkbox"},
				{Name: "Do_Not_Call__c", Label: "Do Not Call", Type: "Checkbox"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{
				"Race__c": {RacialEthnicOrigin}, "American_Indian_Alaskan_Native__c": {RacialEthnicOrigin}, "Asian__c": {RacialEthnicOrigin},
				"Black__c": {RacialEthnicOrigin}, "Native_Hawaiian_or_other_Pacific_Islande__c": {RacialEthnicOrigin}, "White__c": {RacialEthnicOrigin},
			},
			reason: "a box per value of the race list records the person's race the other way, a tick per race; a label cut at 40 characters still begins its value; Do Not Call repeats no value",
		},
		{
			name: "boxes without the list",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "Asian__c", Label: "Asian", Type: "Checkbox"},
				{Name: "White__c", Label: "White", Type: "Checkbox"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{},
			reason: "a colour word alone is no race: only a sibling list of races says what the boxes are",
		},
		{
			name: "two boxes named as two of many stages of a consult",
			obj: Object{Name: "Account", Fields: []Field{
				{Name: "PersonBirthdate", Type: "Date"},
				{Name: "Treatment_Stage__c", Label: "Treatment Stage", Type: "Picklist", Picklist: []string{"Exam Scheduled", "Second Consult", "30 Day Pipeline", "60 Day Pipeline", "Medical Clearance", "Not a Candidate"}},
				{Name: "Exam_Scheduled__c", Label: "Exam Scheduled", Type: "Checkbox"},
				{Name: "X30_Day_Pipeline__c", Label: "30 Day Pipeline", Type: "Checkbox"},
			}},
			kind:   ObjectPersonAccount,
			want:   map[string][]Category{"Treatment_Stage__c": {Health}},
			reason: "two boxes that repeat two of six values are flags of a sales pipeline of their own, not the list told box by box (valueBoxShare)",
		},
	}
	runObjectCases(t, c, cases)
}
