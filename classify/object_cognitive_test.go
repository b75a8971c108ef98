package classify

import "testing"

// TestObjectCognitiveScreening covers the cognitive screening
// instruments of schema.tsv (the tools of Cordell et al. 2013 for the
// Medicare Annual Wellness Visit, AD8, GPCOG, Mini-Cog, MIS and the short
// IQCODE, and others of memory clinics): an object named for one holds
// a person's answers and totals on memory and thinking, health. Found
// by leaving cca's own lines out (issue 10): its AD8 form was the only
// such instrument the vocabulary named for it.
func TestObjectCognitiveScreening(t *testing.T) {
	c := Default()
	items := func() []Field {
		return probeFields(
			"Recall_Word_1__c", "Recall word 1", "Picklist",
			"Clock_Score__c", "Clock Score", "Number",
			"Total_Score__c", "Total Score", "Number",
		)
	}
	cases := []objectCase{
		{
			name:   "a Mini-Cog with its recall and clock items",
			obj:    Object{Name: "Mini_Cog__c", Label: "Mini-Cog", Fields: items()},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Recall_Word_1__c": {Health}, "Clock_Score__c": {Health}, "Total_Score__c": {Health}},
			reason: "schema.tsv object mini cog (Borson et al. 2000; Cordell et al. 2013): every item and total is the person's cognition",
		},
		{
			name:   "an informant's IQCODE",
			obj:    Object{Name: "IQCODE_Response__c", Label: "IQCODE Response", Fields: items()},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Recall_Word_1__c": {Health}, "Clock_Score__c": {Health}, "Total_Score__c": {Health}},
			reason: "schema.tsv object iqcode (Jorm and Jacomb 1989): an informant's report of the person's cognitive decline",
		},
		{
			name:   "near miss: a time clock's punches",
			obj:    Object{Name: "Clock_In__c", Label: "Clock In", Fields: items()},
			kind:   ObjectUnknown,
			reason: "clock alone is no clock drawing (schema.tsv clock drawing needs both words): a staff time clock holds no cognition",
		},
		{
			name:   "near miss: a housing org's slum upgrading project",
			obj:    Object{Name: "Slum_Upgrading_Project__c", Label: "Slum Upgrading Project", Fields: items()},
			kind:   ObjectThing,
			reason: "no line reads slums as the SLUMS examination: the word names housing far more often than the test, so it was left out of the class",
		},
	}
	runObjectCases(t, c, cases)
}
