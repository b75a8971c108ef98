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
				{Name: "categories.Physical Health.Difficulty sleeping/insomnia", Label: "Difficulty sleeping/insomnia", Type: "checkbox"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"categories.Psychological health.Anorexia":                {Health},
				"categories.Psychological health.Depression":              {Health},
				"categories.Psychological health.Anxiety":                 {Health},
				"categories.Psychological health.Self harming":            {Health},
				"categories.Physical Health.Difficulty sleeping/insomnia": {Health},
				"categories.Physical health.Pregnancy":                    {Health},
			},
			reason: "a plural path segment followed by display labels is a collection keyed by its members (pluralSegment, labelKeyed; a slash inside a label is part of it, labelKeyedDots), not the FHIR element category of schema.tsv structure; switches naming one category more than registerPerCat times are a person's issues, not a register of categories (categoryRegister)",
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
		{
			name: "a helpline's name before the colon of a label",
			obj: Object{Name: "ChildInformationTab", Label: "Mental Health Innovations: Child Information", Fields: []Field{
				{Name: "firstName", Label: "First Name", Type: "input"},
				{Name: "region", Label: "Region", Type: "select"},
				{Name: "sexuality", Label: "Sexuality", Type: "select", Picklist: []string{"Bisexual", "Gay/Lesbian", "Heterosexual"}},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"sexuality": {SexLifeOrientation}},
			reason: "the part of an object label before ': ' names the application or organisation the object belongs to, its context, as a namespace is (objectKind): a helpline named for mental health does not make its callers' region health",
		},
		{
			name: "near miss: a label that is the object's own name",
			obj: Object{Name: "Assessment", Label: "Mental Health Assessment", Fields: []Field{
				{Name: "Comment", Label: "Comment", Type: "textarea"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Comment": {Health}},
			reason: "fields.tsv mental health in the object's label: a record of a person's mental health",
		},
		{
			name: "a checklist's items answer for themselves",
			obj: Object{Name: "Issues", Fields: []Field{
				{Name: "anxiety", Label: "Anxiety", Type: "checkbox"},
				{Name: "depression", Label: "Depression", Type: "checkbox"},
				{Name: "suicidalThoughts", Label: "Suicidal thoughts", Type: "checkbox"},
				{Name: "selfHarm", Label: "Self harm", Type: "checkbox"},
				{Name: "debt", Label: "Debt", Type: "checkbox"},
				{Name: "housing", Label: "Housing", Type: "checkbox"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"anxiety": {Health}, "depression": {Health}, "suicidalThoughts": {Health}, "selfHarm": {Health},
			},
			reason: "checklist: an object of switches is a list of yes/no items, each of which answers for itself; its health items do not make the debt item health (siblingKind)",
		},
		{
			name: "near miss: a record with health fields makes its bland fields health",
			obj: Object{Name: "Intake", Fields: []Field{
				{Name: "anxiety", Label: "Anxiety", Type: "checkbox"},
				{Name: "diagnosis", Label: "Diagnosis", Type: "text"},
				{Name: "medication", Label: "Medication", Type: "text"},
				{Name: "allergies", Label: "Allergies", Type: "text"},
				{Name: "comment", Label: "Comment", Type: "textarea"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"anxiety": {Health}, "diagnosis": {Health}, "medication": {Health}, "allergies": {Health}, "comment": {Health},
			},
			reason: "siblingKind: three or more content fields strongly named for health make the record clinical",
		},
	}
	runObjectCases(t, c, cases)
}
