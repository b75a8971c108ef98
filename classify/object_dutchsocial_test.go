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

// TestObjectDutchSocialDomainHandling covers the administration of a
// provision of the Dutch social domain (schema.tsv handling
// leveringsvorm, budgethouder, bezwaar, hoorzitting, beslistermijn,
// heronderzoek, consulent, klantmanager, casemanager, wijkteam, cak,
// ondertekend; Wmo 2015, Jeugdwet, Participatiewet, Algemene wet
// bestuursrecht): how a provision is delivered and paid, who handles the
// client and the objection against the decision take no category from
// the care provided, while the kind of provision, its extent and its
// dates stay the client's care, and a field's own words still count
// (a casemanager dementie, a gewetensbezwaar).
func TestObjectDutchSocialDomainHandling(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a Wmo provision's administration and its care",
			obj: Object{Name: "Voorziening", Label: "Wmo-voorziening", Fields: []Field{
				{Name: "soortVoorziening", Label: "Soort voorziening", Type: "string", Picklist: []string{"Huishoudelijke ondersteuning", "Rolstoel", "Woningaanpassing", "Begeleiding"}},
				{Name: "omvang", Label: "Omvang", Type: "int"},
				{Name: "leveringsvorm", Label: "Leveringsvorm", Type: "string", Picklist: []string{"ZIN", "PGB"}},
				{Name: "budgethouder", Label: "Budgethouder", Type: "string"},
				{Name: "bezwaarIngediend", Label: "Bezwaar ingediend", Type: "boolean"},
				{Name: "datumHoorzitting", Label: "Datum hoorzitting", Type: "date"},
				{Name: "beslistermijn", Label: "Beslistermijn", Type: "date"},
				{Name: "consulent", Label: "Wmo-consulent", Type: "string"},
				{Name: "wijkteam", Label: "Wijkteam", Type: "string"},
				{Name: "meldingCak", Label: "Melding CAK", Type: "boolean"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"soortVoorziening": {Health},
				"omvang":           {Health},
			},
			reason: "the kind and extent of a Wmo provision are the client's care (Wmo 2015 art. 1.1.1 maatwerkvoorziening); its delivery form and budget holder (art. 2.3.6), the objection and hearing (Awb art. 6:4, 7:1, 7:2), the time limit (Awb art. 4:13), the consultant, the team and the CAK's contribution (art. 2.1.4) are its administration",
		},
		{
			name: "near miss: a field's own words on the provision, a conscientious objection on a person",
			obj: Object{Name: "Voorziening", Label: "Wmo-voorziening", Fields: []Field{
				{Name: "soortVoorziening", Label: "Soort voorziening", Type: "string", Picklist: []string{"Begeleiding", "Dagbesteding"}},
				{Name: "casemanagerDementie", Label: "Casemanager dementie", Type: "string"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"soortVoorziening":    {Health},
				"casemanagerDementie": {Health},
			},
			reason: "a handling word takes no category from the object, but its own words still count: a casemanager dementie says the client has dementia",
		},
		{
			name: "near miss: a conscientious objection is a belief, an objection to organ donation is not",
			obj: Object{Name: "Persoon", Label: "Persoon", Fields: []Field{
				{Name: "gewetensbezwaar", Label: "Gewetensbezwaar", Type: "boolean"},
				{Name: "bezwaarOrgaandonatie", Label: "Bezwaar orgaandonatie", Type: "boolean"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"gewetensbezwaar": {ReligiousBeliefs}},
			reason: "a conscientious objection (Wet gewetensbezwaren militaire dienst art. 1) is a religious or philosophical belief (AVG art. 9); an objection recorded in the donor register is a choice about donation, no belief named",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectDutchTreatmentRecords covers the Dutch compounds of a
// patient's or client's treatment record (fields.tsv behandelplan,
// behandeltraject, behandeldossier, medicatieoverzicht,
// signaleringsplan; BW art. 7:448 and 7:454 WGBO, Nictiz zib
// MedicatieOverzicht): a person's treatment plan, course and record and
// the overview of their medicines are health data, while behandeling
// alone stays weak, so the handling of an application (behandeling
// aanvraag, behandeltermijn, behandelaar) is not a treatment.
func TestObjectDutchTreatmentRecords(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a client's treatment plan, course, record and medicines",
			obj: Object{Name: "Contact", Label: "Contact", Fields: []Field{
				{Name: "Behandelplan__c", Label: "Behandelplan", Type: "LongTextArea"},
				{Name: "Behandeltraject__c", Label: "Behandeltraject", Type: "Text"},
				{Name: "Medicatieoverzicht__c", Label: "Medicatieoverzicht", Type: "LongTextArea"},
				{Name: "Signaleringsplan__c", Label: "Signaleringsplan", Type: "LongTextArea"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{
				"Behandelplan__c":       {Health},
				"Behandeltraject__c":    {Health},
				"Medicatieoverzicht__c": {Health},
				"Signaleringsplan__c":   {Health},
			},
			reason: "a person's treatment plan and course (BW art. 7:448), their medicines (zib MedicatieOverzicht) and a psychiatric early-warning plan reveal their health",
		},
		{
			name: "near miss: the handling of an application",
			obj: Object{Name: "Contact", Label: "Contact", Fields: []Field{
				{Name: "Datum_behandeling_aanvraag__c", Label: "Datum behandeling aanvraag", Type: "Date"},
				{Name: "Behandeltermijn__c", Label: "Behandeltermijn", Type: "Number"},
				{Name: "Behandelaar__c", Label: "Behandelaar", Type: "Text"},
			}},
			kind:   ObjectPerson,
			want:   nil,
			reason: "the handling of an application (Awb art. 4:13) and its handler are no treatment: behandeling alone is weak",
		},
	}
	runObjectCases(t, c, cases)
}
