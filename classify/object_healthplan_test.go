package classify

import "testing"

// TestObjectHealthPlan covers fields.tsv health plan (clean): which
// health plan a person belongs to (HIPAA, 45 CFR 160.103: an insurer,
// an HMO, Medicaid) is their insurance, not their health, as health
// insurance; a diagnosis named beside the plan stays the person's
// health. Found by leaving cca's own lines out (issue 10): a home-care
// training org asks whether its consumers are members of a county
// health plan.
func TestObjectHealthPlan(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "membership of a health plan",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "Member_of_County_Health_Plan__c", Label: "Member of County Health Plan?", Type: "Picklist", Picklist: []string{"Yes", "No"}},
				{Name: "Assessment_Health_Plan__c", Label: "Assessment Health Plan", Type: "Picklist", Picklist: []string{"Health Net", "Anthem"}},
			}},
			kind:   ObjectPerson,
			reason: "fields.tsv health plan clean (45 CFR 160.103): the plan is insurance, not the person's health",
		},
		{
			name: "near miss: a diagnosis reported to the health plan",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "Health_Plan_Diagnosis__c", Label: "Diagnosis reported to health plan", Type: "Text"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Health_Plan_Diagnosis__c": {Health}},
			reason: "health plan cleans only its own word: the diagnosis (fields.tsv diagnosis) is the person's health",
		},
	}
	runObjectCases(t, c, cases)
}
