package classify

import "testing"

// TestObjectHearingSight: a field that names a person's hearing and
// sight (or vision) together is about the senses that can be impaired
// (fields.tsv "hearing sight" and its orders, WHO ICF b210 and b230);
// a hearing alone is a court session and a sight a view, so neither
// word alone makes a field health.
func TestObjectHearingSight(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a developmental-disability case with its special considerations",
			obj: Object{Name: "Case", Fields: []Field{
				{Name: "Special_limitations_hearing_sight_mob__c", Label: "Special considerations", Type: "LongTextArea"},
				{Name: "Vision_Hearing_Notes__c", Label: "Vision / Hearing Notes", Type: "TextArea"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Special_limitations_hearing_sight_mob__c": {Health}, "Vision_Hearing_Notes__c": {Health}},
			reason: "hearing and sight (or vision) named together are a person's senses and their limitations (WHO ICF b210 seeing, b230 hearing functions): health",
		},
		{
			name: "a court case with a hearing and a site visit",
			obj: Object{Name: "Case", Fields: []Field{
				{Name: "Hearing_Date__c", Label: "Hearing Date", Type: "Date"},
				{Name: "Hearing_Room__c", Label: "Hearing Room", Type: "Text"},
				{Name: "Line_of_Sight__c", Label: "Line of Sight", Type: "Checkbox"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "a hearing alone is a court session and a line of sight a view: only the two senses named together are about a person's body",
		},
	}
	runObjectCases(t, c, cases)
}
