package classify

import "testing"

// TestObjectDutchDisabilityKinds covers the kinds of disability as Dutch
// statistics, care and social-security law name them: a modifier before
// beperking (visuele, auditieve, motorische, mobiliteits-, gehoor-,
// psychische, cognitieve, communicatieve, meervoudige; fields.tsv, CBS
// Gezondheidsenquête, Wmo 2015 art. 1.1.1, VN-verdrag Handicap art. 1)
// is a person's disability, where beperking alone is weak. A limit of a
// road or of access (snelheidsbeperking, toegangsbeperking) and a
// dwelling's suitability for a disability are no one's health. Found by
// leaving the Dutch sources' own lines out (issue 10).
func TestObjectDutchDisabilityKinds(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a tenant's kinds of disability",
			obj: Object{Name: "Contact", Label: "Contact", Fields: []Field{
				{Name: "Visuele_beperking__c", Label: "Visuele beperking", Type: "Checkbox"},
				{Name: "Auditieve_beperking__c", Label: "Auditieve beperking", Type: "Checkbox"},
				{Name: "Mobiliteitsbeperking__c", Label: "Mobiliteitsbeperking", Type: "Checkbox"},
				{Name: "Soort_beperking__c", Label: "Soort beperking", Type: "Picklist", Picklist: []string{"Visuele beperking", "Auditieve beperking", "Motorische beperking"}},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{
				"Visuele_beperking__c":    {Health},
				"Auditieve_beperking__c":  {Health},
				"Mobiliteitsbeperking__c": {Health},
				"Soort_beperking__c":      {Health},
			},
			reason: "a visual, hearing, mobility or motor disability of a person is health data (AVG art. 4 onder 15; CBS beperkingen in zien, horen, mobiliteit)",
		},
		{
			name: "near miss: limits of a road and of access, a dwelling's suitability",
			obj: Object{Name: "Contact", Label: "Contact", Fields: []Field{
				{Name: "Snelheidsbeperking__c", Label: "Snelheidsbeperking", Type: "Checkbox"},
				{Name: "Toegangsbeperking__c", Label: "Toegangsbeperking", Type: "Checkbox"},
			}},
			kind:   ObjectPerson,
			want:   nil,
			reason: "a speed or an access limit is a limit of a road or a building, not a person's disability: beperking alone is weak",
		},
		{
			name: "near miss: a dwelling suited to a visual disability",
			obj: Object{Name: "Eenheid__c", Label: "Eenheid", Fields: []Field{
				{Name: "Geschikt_visuele_beperking__c", Label: "Geschikt voor visuele beperking", Type: "Checkbox"},
				{Name: "Huurprijs__c", Label: "Kale huur", Type: "Currency"},
			}},
			kind:   ObjectThing,
			want:   nil,
			reason: "a housing unit (eenheid) is a thing: what it is suited for says nothing about a person",
		},
	}
	runObjectCases(t, c, cases)
}
