package classify

import "testing"

// TestObjectWellnessAndMeasures covers three error classes of issue 10
// seen on the pending abcapital org (an Indian health insurer's service
// CRM) and on wecanride and medoc: a weak category word that only
// modifies an object's head (a wellness programme's "Health Intent"), an
// insurer's incentives for good health (a discount, a reward, a return
// earned), and a person's body height and weight on their own record.
// Each class has a case that must change and a near miss that must not;
// the reason names the rule and its data line.
func TestObjectWellnessAndMeasures(t *testing.T) {
	c := Default()
	intent := func(extra ...Field) Object {
		return Object{Name: "Health_Intent__c", Label: "Health Intent", Custom: true, Fields: append([]Field{
			{Name: "Member__c", Label: "Member", Type: "Lookup"},
			probePicklist("What_activities_are_you_currently_doing__c", "What activities are you currently doing", "Walking", "Running", "Zumba", "Cycling"),
			probePicklist("How_do_you_track_your_activity__c", "How do you track your activity", "Google fit", "Fitbit", "Garmin"),
			probePicklist("Preferred_Language__c", "Preferred Language", "English", "Hindi", "Tamil"),
			{Name: "Source__c", Label: "Source", Type: "Text"},
		}, extra...)}
	}
	cases := []objectCase{
		{
			name:   "a wellness programme's activity profile named Health Intent",
			obj:    intent(probePicklist("Health_Return__c", "Health Return", "Yes", "No")),
			kind:   ObjectUnknown,
			reason: "weakNamedKind: health (fields.tsv, 0.8) modifies the head intent and no field is named for health on its own; fields.tsv head return: a health return earned is a reward, not a health fact",
		},
		{
			name:   "near miss: the same object with a field named for a diagnosis stays clinical",
			obj:    intent(Field{Name: "Diagnosis__c", Label: "Diagnosis", Type: "Text"}),
			kind:   ObjectClinical,
			want:   map[string][]Category{"What_activities_are_you_currently_doing__c": {Health}, "How_do_you_track_your_activity__c": {Health}, "Preferred_Language__c": {Health}, "Source__c": {Health}, "Diagnosis__c": {Health}},
			reason: "weakNamedKind: a field named for health on its own (fields.tsv diagnosis) confirms the weak name: every content field of a clinical record is health",
		},
		{
			name: "near miss: a weak health word that heads the name needs no sibling",
			obj: Object{Name: "FamilyHealth", Fields: []Field{
				{Name: "PatNum", Label: "Patient", Type: "Lookup"},
				{Name: "Relationship", Type: "Picklist", Picklist: []string{"Parent", "Sibling"}},
				{Name: "Notes", Type: "TextArea"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Notes": {Health}},
			reason: "modifierOnly: health ends the name, so it is the head, not a modifier (namedKind decides as before): the notes of a family's health record are health; a relationship is a person's ordinary data",
		},
		{
			name: "an insurer's incentives for good health on a person account",
			obj: Object{Name: "Account", Fields: []Field{
				{Name: "PersonBirthdate", Type: "Date"},
				{Name: "UpfrontDiscount__c", Label: "Upfront Good Health Discount", Type: "Text"},
				{Name: "Health_Reward_Points__c", Label: "Health Reward Points", Type: "Number"},
				{Name: "Health_Status__c", Label: "Health Status", Type: "Text"},
			}},
			kind:   ObjectPersonAccount,
			want:   map[string][]Category{"Health_Status__c": {Health}},
			reason: "fields.tsv head discount, reward: an incentive of the product after a category word, not the person's health; near miss Health Status (fields.tsv health) stays health",
		},
		{
			name: "a person's height and weight on their own record",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "Heightcm__c", Label: "Height (cm)", Type: "Text"},
				{Name: "WeightKg__c", Label: "Weight (Kg)", Type: "Text"},
				{Name: "Gross_Vehicle_Weight__c", Label: "Gross Vehicle Weight", Type: "Number"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Heightcm__c": {Health}, "WeightKg__c": {Health}},
			reason: "schema.tsv topic height, weight (0.8 first: @person): a body measurement named first on a person's record; a word before weight says whose (a vehicle's)",
		},
		{
			name: "near miss: a height and weight beside eye and hair colour describe a prisoner",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "Height_Num", Type: "Number"},
				{Name: "Weight_Num", Type: "Number"},
				{Name: "Eye_Colour_Cd", Type: "Text"},
				{Name: "Hair_Colour_Cd", Type: "Text"},
			}},
			kind:   ObjectPerson,
			reason: "schema.tsv context height, weight (eye hair complexion): a physical description for identification, not a health measurement",
		},
		{
			name: "near miss: the weight of a customer's behaviour",
			obj: Object{Name: "LAT_BR_Customer_Behavior__c", Label: "Customer Behavior", Custom: true, Fields: []Field{
				{Name: "LAT_BR_Value__c", Label: "Value", Type: "Text"},
				{Name: "LAT_BR_Weight__c", Label: "Weight", Type: "Percent"},
			}},
			kind:   ObjectPerson,
			reason: "kindTopic @person: an object whose head is no person word (behavior) is a record about something of a person, not the person's own record; its weight weighs a score (vcuarental/PernodRicard)",
		},
		{
			name: "near miss: the weight of a vote and the height of an image",
			obj: Object{Name: "Vote", Fields: []Field{
				{Name: "weight", Type: "IntegerProperty"},
				{Name: "height", Type: "StringProperty"},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv topic height, weight hold on a person's own record only (@person)",
		},
	}
	runObjectCases(t, c, cases)
}
