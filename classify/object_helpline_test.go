package classify

import "testing"

// TestObjectHelpline covers the error classes of a helpline's contact
// forms (issue 10, pending source aselo: Aselo form definitions of child
// helplines): the issue categories a counsellor ticks for a contact, kept
// as a tree of checkboxes "categories.<category>.<subcategory>". Each
// class has an object that must change and a near miss that must not;
// the reason names the class and the rule.
func TestObjectHelpline(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a helpline contact's issue tree",
			obj: Object{Name: "IssueCategorizationTab", Label: "Issue Categorization", Fields: []Field{
				{Name: "categories.Psychological health.Anorexia", Label: "Anorexia", Type: "checkbox"},
				{Name: "categories.Psychological health.Depression", Label: "Depression", Type: "checkbox"},
				{Name: "categories.Psychological health.Anxiety", Label: "Anxiety", Type: "checkbox"},
				{Name: "categories.Psychological health.Self harming", Label: "Self harming", Type: "checkbox"},
				{Name: "categories.Physical health.Pregnancy", Label: "Pregnancy", Type: "checkbox"},
				{Name: "categories.Abuse.Bullying", Label: "Bullying", Type: "checkbox"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"categories.Psychological health.Anorexia":     {Health},
				"categories.Psychological health.Depression":   {Health},
				"categories.Psychological health.Anxiety":      {Health},
				"categories.Psychological health.Self harming": {Health},
				"categories.Physical health.Pregnancy":         {Health},
			},
			reason: "a plural path segment followed by display labels is a collection keyed by its members (pluralSegment, labelKeyed), not the FHIR element category of schema.tsv structure; switches naming one category more than registerPerCat times are a person's issues, not a register of categories (categoryRegister)",
		},
		{
			name: "near miss: a FHIR category stays structure",
			obj: Object{Name: "Observation", Fields: []Field{
				{Name: "category.coding.code", Label: "category"},
			}},
			kind:   ObjectClinical,
			reason: "schema.tsv structure category (HL7 FHIR R4: the kind of record, fixed by a profile): a singular element whose children are element names",
		},
		{
			name: "near miss: a register of categories stays configuration",
			obj: Object{Name: "Processing", Fields: []Field{
				{Name: "health", Label: "Gegevens over gezondheid", Type: "bool"},
				{Name: "genetic", Label: "Genetische gegevens", Type: "bool"},
				{Name: "biometric", Label: "Biometrische gegevens", Type: "bool"},
				{Name: "race_or_ethnicity", Label: "Persoonsgegevens waaruit ras of etnische afkomst blijkt", Type: "bool"},
				{Name: "police_health", Label: "Politiegegevens over gezondheid", Type: "bool"},
				{Name: "faith_or_belief", Label: "Persoonsgegevens waaruit religieuze of levensbeschouwelijke overtuigingen blijken", Type: "bool"},
				{Name: "political_attitude", Label: "Persoonsgegevens waaruit politieke opvattingen blijken", Type: "bool"},
				{Name: "sexual_life", Label: "Gegevens met betrekking tot iemands seksueel gedrag of seksuele gerichtheid", Type: "bool"},
				{Name: "criminal_law", Label: "Gegevens betreffende strafrechtelijke veroordelingen en strafbare feiten", Type: "bool"},
			}},
			kind:   ObjectConfiguration,
			reason: "categoryRegister: the switches name eight categories, each at most twice (AVG art. 30 lid 1 onder c)",
		},
	}
	runObjectCases(t, c, cases)
}
