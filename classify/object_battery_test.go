package classify

import "testing"

// TestObjectBattery: picklists that share their first value with
// sibling picklists holding health ask about one area each of the same
// person (batteryFindings); a member with a health term among its
// values holds health, one without takes nothing, and lists that share
// a first value with no health sibling take nothing either.
func TestObjectBattery(t *testing.T) {
	c := Default()
	frame := func(vs ...string) []string { return append([]string{"Not Discussed", "None Reported"}, vs...) }
	cases := []objectCase{
		{
			name: "the areas of an information and referral case",
			obj: Object{Name: "Case", Fields: []Field{
				{Name: "Subject", Type: "Text"},
				{Name: "Mental_Health__c", Label: "Mental Health", Type: "MultiselectPicklist", Picklist: frame("Anxiety", "Depression", "PTSD")},
				{Name: "Substance_Use__c", Label: "Substance Use", Type: "MultiselectPicklist", Picklist: frame("Alcohol", "Opioid")},
				{Name: "Lives_where__c", Label: "Lives where", Type: "MultiselectPicklist", Picklist: []string{"Not Discussed", "Apt/Condo/House", "Assisted Living", "Hospital", "Skilled Nursing Facility", "Transitional Residential", "Other"}},
				{Name: "Contact_Method__c", Label: "Contact Method", Type: "MultiselectPicklist", Picklist: frame("Phone", "E-mail")},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{"Mental_Health__c": {Health}, "Substance_Use__c": {Health}, "Lives_where__c": {Health}},
			reason: "a battery of areas asked the same way (first value Not Discussed): Lives where with Skilled Nursing Facility among its values is the person's care beside Mental Health and Substance Use; " +
				"Contact Method has no health value",
		},
		{
			name: "a shared first value without health siblings",
			obj: Object{Name: "Case", Fields: []Field{
				{Name: "Subject", Type: "Text"},
				{Name: "Lives_where__c", Label: "Lives where", Type: "MultiselectPicklist", Picklist: []string{"Not Discussed", "Apt/Condo/House", "Assisted Living", "Hospital", "Skilled Nursing Facility", "Transitional Residential", "Other"}},
				{Name: "Channel__c", Label: "Channel", Type: "MultiselectPicklist", Picklist: frame("Phone", "E-mail")},
				{Name: "Topic__c", Label: "Topic", Type: "MultiselectPicklist", Picklist: frame("Billing", "Delivery")},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "one weak value among many makes no list health on its own (readPicklist); only siblings that hold health make the lists a battery about the person's health",
		},
	}
	runObjectCases(t, c, cases)
}
