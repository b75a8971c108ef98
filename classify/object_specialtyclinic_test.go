package classify

import "testing"

// TestObjectSpecialtyClinicFields covers the measures and treatments of
// fertility, sleep, eye and physiotherapy clinics named on a person's
// own record (issue 10, round 9: health recall on orgs nobody here has
// seen; fields.tsv, specialty clinics' block): on Contact no clinical
// object says that a field is a finding, so the field's own words must.
// A clinic's price list, a product's brand and a horse's gait in
// therapeutic riding stay clean.
func TestObjectSpecialtyClinicFields(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a fertility, sleep, eye and physiotherapy clinic's fields on Contact",
			obj: Object{Name: "Contact", Fields: probeFields(
				"Embryos_Transferred__c", "Embryos Transferred", "Number",
				"Sperm_Count__c", "Sperm Count", "Number",
				"AMH_Level__c", "AMH Level", "Number",
				"Years_Trying_to_Conceive__c", "Years Trying to Conceive", "Number",
				"AHI__c", "AHI", "Number",
				"Epworth_Score__c", "Epworth Score", "Number",
				"BiPAP__c", "BiPAP", "Checkbox",
				"IOP_Right__c", "IOP Right", "Number",
				"Contact_Lens_Rx__c", "Contact Lens Rx", "Text",
				"Berg_Balance_Score__c", "Berg Balance Score", "Number",
				"Oswestry_Score__c", "Oswestry Score", "Number",
				"Fall_Risk__c", "Fall Risk", "Picklist",
				"LDL__c", "LDL", "Number",
				"Pack_Years__c", "Pack Years", "Number",
				"Email", "Email", "Email",
			)},
			kind: ObjectPerson,
			want: map[string][]Category{
				"Embryos_Transferred__c":      {Health},
				"Sperm_Count__c":              {Health},
				"AMH_Level__c":                {Health},
				"Years_Trying_to_Conceive__c": {Health},
				"AHI__c":                      {Health},
				"Epworth_Score__c":            {Health},
				"BiPAP__c":                    {Health},
				"IOP_Right__c":                {Health},
				"Contact_Lens_Rx__c":          {Health},
				"Berg_Balance_Score__c":       {Health},
				"Oswestry_Score__c":           {Health},
				"Fall_Risk__c":                {Health},
				"LDL__c":                      {Health},
				"Pack_Years__c":               {Health},
			},
			reason: "fields.tsv embryo, sperm, amh, trying to conceive, ahi, epworth, bi pap, iop, contact lens, berg balance, oswestry, fall risk, ldl, pack year: a person's fertility, sleep, eye, balance, cholesterol and smoking measures (HFEA, WHO semen manual, AASM, ICF, LOINC)",
		},
		{
			name: "near miss: a clinic's price list and a product's brand",
			obj: Object{Name: "Product2", Fields: probeFields(
				"Embryo_Storage_Fee__c", "Embryo Storage Fee", "Currency",
				"Contact_Lens_Brand__c", "Contact Lens Brand", "Text",
			)},
			kind:   ObjectCatalogue,
			reason: "a product catalogue is about no person: the fee for storing embryos and a lens brand are prices and products",
		},
		{
			name: "near miss: a horse's gait in a therapeutic riding test",
			obj: Object{Name: "Pre_and_Post_Test__c", Label: "Pre- and Post Test", Fields: probeFields(
				"Can_change_speed_within_gait__c", "Can change speed within gait", "MultiselectPicklist",
			)},
			kind:   ObjectUnknown,
			reason: "fields.tsv has gait pattern, gait speed and gait analysis, not gait alone: a gait alone is also a horse's pace (wecanride)",
		},
	}
	runObjectCases(t, c, cases)
}
