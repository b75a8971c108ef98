package classify

import "testing"

// TestObjectAgreementDeclaration covers a person's agreement and
// declaration on a form (schema.tsv handling agreed, i agree, statement
// of truth, true and correct, naar waarheid): what the person agreed to
// (consent, GDPR art. 4(11): "ticking a box") or declared true (a
// statement of truth, Civil Procedure Rules Part 22) is the form's
// handling, so a criminal-record disclosure's agreements hold no
// criminal data; the one option of such a checkbox, a sentence, is the
// declaration ticked, not an answer (declarationOnly). An answer agreed
// on (a risk rating, listed values) stays the record's content. Found
// by leaving teachingvacancies' own lines out (issue 10).
func TestObjectAgreementDeclaration(t *testing.T) {
	c := Default()
	declaration := []string{"I agree that the information provided here may be processed in connection with recruitment purposes and I understand that an offer may be withdrawn."}
	cases := []objectCase{
		{
			name: "a criminal-record disclosure's agreements and declaration",
			obj: Object{Name: "Conviction_Disclosure__c", Label: "Conviction Disclosure", Fields: []Field{
				{Name: "Agreed_For_Processing__c", Label: "Agreed for processing", Type: "Text", Picklist: declaration},
				{Name: "Statement_Of_Truth__c", Label: "Statement of truth", Type: "Checkbox"},
				{Name: "Details__c", Label: "Details", Type: "LongTextArea"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Details__c": {Criminal}},
			reason: "agreed (consent, GDPR art. 4(11)) and statement of truth (CPR Part 22) are the form's handling: they take no category from the disclosure; its details do",
		},
		{
			name: "near miss: a risk rating agreed on",
			obj: Object{Name: "Conviction_Disclosure__c", Label: "Conviction Disclosure", Fields: []Field{
				{Name: "Risk_Rating_Agreed__c", Label: "Risk Rating Agreed", Type: "Picklist", Picklist: []string{"Low", "Medium", "High"}},
				{Name: "Details__c", Label: "Details", Type: "LongTextArea"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Risk_Rating_Agreed__c": {Criminal}, "Details__c": {Criminal}},
			reason: "agreed is handling only in a field of text (schema.tsv text): a picklist of ratings holds the answer agreed on, the record's content",
		},
	}
	runObjectCases(t, c, cases)
}
