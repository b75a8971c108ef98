package classify

import "testing"

// TestObjectMaternalChildHealth covers maternal and child health,
// home-visiting and school-health fields on a family's own record
// (issue 10, round 9: health recall on unseen human-services orgs;
// fields.tsv maternal and child health block): prenatal and postpartum
// care, breastfeeding, a substance-exposed newborn, the EPDS and ASQ
// screenings, a child's blood lead and vision screening, a trauma
// history. A sales lead's screening, a city named Edinburgh and a
// catalogue's prenatal vitamins stay clean.
func TestObjectMaternalChildHealth(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a home-visiting programme's fields on Contact",
			obj: Object{Name: "Contact", Fields: probeFields(
				"Prenatal_Care_Start__c", "Prenatal Care Start", "Date",
				"Postpartum_Visit__c", "Postpartum Visit", "Date",
				"Breastfeeding_Status__c", "Breastfeeding Status", "Picklist",
				"Substance_Exposed_Newborn__c", "Substance Exposed Newborn", "Checkbox",
				"EPDS_Score__c", "EPDS Score", "Number",
				"Ages_and_Stages_Score__c", "Ages and Stages Score", "Number",
				"Blood_Lead_Level__c", "Blood Lead Level", "Number",
				"Vision_Screening__c", "Vision Screening", "Picklist",
				"Trauma_History__c", "Trauma History", "LongTextArea",
				"MailingCity", "Mailing City", "Text",
			)},
			kind: ObjectPerson,
			want: map[string][]Category{
				"Prenatal_Care_Start__c":       {Health},
				"Postpartum_Visit__c":          {Health},
				"Breastfeeding_Status__c":      {Health},
				"Substance_Exposed_Newborn__c": {Health},
				"EPDS_Score__c":                {Health},
				"Ages_and_Stages_Score__c":     {Health},
				"Blood_Lead_Level__c":          {Health},
				"Vision_Screening__c":          {Health},
				"Trauma_History__c":            {Health},
			},
			reason: "fields.tsv prenatal, postpartum, breastfeeding, substance exposed, epds, ages and stages, blood lead, vision screening, trauma history: a mother's and child's care, screenings and conditions (ACOG, WHO, CAPTA, Cox 1987, ASQ-3, CDC, AAP Bright Futures, SAMHSA)",
		},
		{
			name: "near miss: a sales lead's screening, an office in Edinburgh, a shop's prenatal vitamins",
			obj: Object{Name: "Product2", Fields: probeFields(
				"Prenatal_Vitamin_SKU__c", "Prenatal Vitamin SKU", "Text",
				"Edinburgh_Stock__c", "Edinburgh Stock", "Number",
			)},
			kind:   ObjectCatalogue,
			reason: "a catalogue is about no person, and Edinburgh alone is a city (fields.tsv has edinburgh postnatal)",
		},
		{
			name: "near miss: a sales lead's screening status",
			obj: Object{Name: "Lead", Fields: probeFields(
				"Lead_Screening_Status__c", "Lead Screening Status", "Picklist",
			)},
			kind:   ObjectPerson,
			reason: "fields.tsv has blood lead, not lead screening: a Salesforce Lead's screening is sales qualification",
		},
	}
	runObjectCases(t, c, cases)
}
