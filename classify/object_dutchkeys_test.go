package classify

import (
	"slices"
	"strings"
	"testing"
)

// TestObjectDutchRegisterWords covers words of Dutch registers and
// screening programmes that read as special categories in picklist
// values (issue 10, precision on the Dutch sources of the scored set,
// screenit): the BRP's indicatie geheim names churches as receivers of
// data, the population screening programmes are named by their cancer,
// and a key of the application's settings lists settings. Each class
// has an object that must change and a near miss that must not; the
// reason names the class and the data line.
func TestObjectDutchRegisterWords(t *testing.T) {
	c := Default()
	geheim := []string{"GEEN_BEPERKING", "NIET_ZONDER_TOESTEMMING", "NIET_AAN_KERKEN", "NIET_AAN_VRIJE_DERDEN", "NIET_ZONDER_TOESTEMMING_EN_NIET_AAN_KERKEN"}
	programmes := []string{"Darmkanker", "Baarmoederhalskanker", "Borstkanker"}
	settings := []string{"Start middag", "Maximaal aantal verwijderindicatie voor bovengrensleeftijd, transgender en definitief afmelden", "FIT retour-periode", "Zwangerschapsverlof e-mail", "Registreren huisarts e-mail"}
	cases := []objectCase{
		{
			name: "the BRP's indicatie geheim: churches receive no data, the person's belief is not said",
			obj: Object{Name: "Persoon", Fields: []Field{
				{Name: "bsn", Type: "String"},
				{Name: "indicatieGeheim", Type: "Enumerated IndicatieGeheim", Picklist: geheim},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"bsn": {NationalID}},
			reason: "schema.tsv context kerk (geheim): LO BRP 70.10 indicatie geheim restricts who may receive the data",
		},
		{
			name: "near miss: a person's church is still the person's belief",
			obj: Object{Name: "Persoon", Fields: []Field{
				{Name: "kerkgenootschap", Label: "Kerkgenootschap", Type: "Enumerated Kerkgenootschap", Picklist: []string{"Rooms-Katholieke Kerk", "Protestantse Kerk in Nederland", "Geen"}},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"kerkgenootschap": {ReligiousBeliefs}},
			reason: "fields.tsv kerkgenootschap: the context line kerk holds only where the field or its object names geheim",
		},
		{
			name: "an objection to a screening programme names the programme, not a disease",
			obj: Object{Name: "Bezwaar", Fields: []Field{
				{Name: "bevolkingsonderzoek", Type: "Enumerated Bevolkingsonderzoek", Picklist: programmes},
				{Name: "datum", Type: "Date"},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv context kanker (bevolkingsonderzoek): RIVM's programmes bevolkingsonderzoek darmkanker, baarmoederhalskanker and borstkanker",
		},
		{
			name: "near miss: a client's cancer history is health",
			obj: Object{Name: "Client", Fields: []Field{
				{Name: "kankerInVoorgeschiedenis", Label: "Kanker in voorgeschiedenis", Type: "Enumerated Kankersoort", Picklist: programmes},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"kankerInVoorgeschiedenis": {Health}},
			reason: "fields.tsv kanker: without a bevolkingsonderzoek word the cancer is the client's",
		},
		{
			name: "a key of the application's text templates lists settings",
			obj: Object{Name: "CervixBrief", Fields: []Field{
				{Name: "heraanmeldenTekstKey", Type: "Enumerated PreferenceKey", Picklist: settings},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv checklist key: the values of a settings key name settings (transgender, zwangerschapsverlof, huisarts in their names), not facts of a person",
		},
		{
			name: "near miss: a reason whose values say a health fact is still read",
			obj: Object{Name: "Client", Fields: []Field{
				{Name: "redenAfmelding", Label: "Reden afmelding", Type: "Enumerated AfmeldingReden", Picklist: []string{"Verhuisd", "Zwangerschap", "Geen interesse"}},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"redenAfmelding": {Health}},
			reason: "picklist values are read unless a checklist word names the field; zwangerschap is health (fields.tsv)",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectPersonReference covers a field named by a person word alone
// on a record about that person (issue 10, Dutch data models whose
// associations are written as plain attributes: a sick report's
// "medewerker", a truancy file's "leerling" typed as text): it says
// whom the record is about, as a lookup does, not the record's
// content. The record's own fields keep their category.
func TestObjectPersonReference(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a sick report names its employee by a person word",
			obj: Object{Name: "Ziekmelding", Fields: probeFields(
				"medewerker", "", "string",
				"datumZiekmelding", "", "date",
				"verzuimcode", "", "string",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"datumZiekmelding": {Health}, "verzuimcode": {Health}},
			reason: "personDataOf: a person word alone (fields.tsv object:person medewerker) is the reference to the person, as a lookup; the report's date and code are its content",
		},
		{
			name: "near miss: a person word before a content word is content",
			obj: Object{Name: "Ziekmelding", Fields: probeFields(
				"medewerkerToelichting", "", "string",
				"patientDiagnose", "", "string",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"medewerkerToelichting": {Health}, "patientDiagnose": {Health}},
			reason: "only a person word alone is a reference: the employee's explanation on a sick report and the patient's diagnosis hold health",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectTenantAccount covers the person accounts of a Dutch housing
// corporation's org (issue 10, class 2 of person accounts, probing a
// B2C org in the manner of the Dutch sources): a tenant's Account with
// a few health fields among its ordinary ones stays a person account;
// only the health fields hold health. The fields of an object whose
// name says nothing still make it clinical when enough of them name
// health.
func TestObjectTenantAccount(t *testing.T) {
	c := Default()
	tenant := []Field{
		{Name: "IsPersonAccount", Label: "Is Person Account", Type: "Checkbox"},
		{Name: "BSN__pc", Label: "BSN", Type: "Text"},
		{Name: "Zorgindicatie__pc", Label: "Zorgindicatie", Type: "Checkbox"},
		{Name: "Medische_urgentie__pc", Label: "Medische urgentie", Type: "Checkbox"},
		{Name: "Rolstoelgebruiker__pc", Label: "Rolstoelgebruiker", Type: "Checkbox"},
		{Name: "Voorkeurstaal__pc", Label: "Voorkeurstaal", Type: "Picklist", Picklist: []string{"Nederlands", "Engels", "Turks"}},
		{Name: "Contactvoorkeur__pc", Label: "Contactvoorkeur", Type: "Picklist", Picklist: []string{"E-mail", "Telefoon", "Brief"}},
		{Name: "Klantstatus__c", Label: "Klantstatus", Type: "Picklist", Picklist: []string{"Actief", "Vertrokken"}},
		{Name: "Overleden__pc", Label: "Overleden", Type: "Checkbox"},
	}
	registratie := slices.Clone(tenant[2:])
	for i := range registratie {
		registratie[i].Name = strings.TrimSuffix(strings.TrimSuffix(registratie[i].Name, "__pc"), "__c") + "__c"
	}
	cases := []objectCase{
		{
			name:   "a tenant's person account with three health fields stays a person account",
			obj:    Object{Name: "Account", Fields: tenant},
			kind:   ObjectPersonAccount,
			want:   map[string][]Category{"BSN__pc": {NationalID}, "Zorgindicatie__pc": {Health}, "Medische_urgentie__pc": {Health}, "Rolstoelgebruiker__pc": {Health}},
			reason: "headIsOrg: an Account is no object whose name says nothing, so its health fields do not make every field of the tenant health (siblingKind); schema.tsv sibling is person account",
		},
		{
			name:   "near miss: the same fields on an object whose name says nothing make it clinical",
			obj:    Object{Name: "Registratie__c", Label: "Registratie", Custom: true, Fields: registratie},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Zorgindicatie__c": {Health}, "Medische_urgentie__c": {Health}, "Rolstoelgebruiker__c": {Health}, "Voorkeurstaal__c": {Health}, "Contactvoorkeur__c": {Health}, "Klantstatus__c": {Health}, "Overleden__c": {Health}},
			reason: "siblingKind: three of seven fields named by strong health words (fields.tsv zorgindicatie, medisch, rolstoel) make a record of unknown kind clinical",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectProfessionalFields covers the picklists of a Dutch org's
// partner contacts (issue 10, probing a municipality's or housing
// corporation's org in the manner of the Dutch sources): the field of
// expertise or the branch of a professional names disciplines (GGZ,
// Verslavingszorg, Reclassering), not facts of the contact. The same
// values in a client's own care field stay health.
func TestObjectProfessionalFields(t *testing.T) {
	c := Default()
	disciplines := []string{"Jeugdzorg", "GGZ", "Verslavingszorg", "Politie", "Reclassering"}
	cases := []objectCase{
		{
			name: "a partner contact's field of expertise and branch",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "Vakgebied__c", Label: "Vakgebied", Type: "Picklist", Picklist: disciplines},
				{Name: "Werkveld__c", Label: "Werkveld", Type: "Picklist", Picklist: disciplines},
				{Name: "Branche__c", Label: "Branche", Type: "Picklist", Picklist: []string{"Zorg", "Overheid", "Religieuze instellingen"}},
			}},
			kind:   ObjectPerson,
			reason: "schema.tsv checklist vakgebied, werkveld, branche: disciplines and sectors, as beroep and sector",
		},
		{
			name: "near miss: the care a client gets",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "Zorgvorm__c", Label: "Zorgvorm", Type: "Picklist", Picklist: disciplines},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Zorgvorm__c": {Criminal, Health}},
			reason: "without a checklist word the values are the client's: GGZ and verslavingszorg are health, reclassering (probation) criminal",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectDutchDisabilityWords covers Dutch words of occupational
// disability and their near misses (issue 10, vocabulary gaps and
// compound guards, probing a Dutch org's applicants, contacts and
// members): the job agreement for people with an occupational
// disability and UWV's register of its target group say a person has a
// disability; a golf handicap and a sickness fund's member number do
// not.
func TestObjectDutchDisabilityWords(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an applicant under the job agreement for the occupationally disabled",
			obj: Object{Name: "Sollicitatie__c", Label: "Sollicitatie", Custom: true, Fields: probeFields(
				"Kandidaat__c", "Kandidaat", "Lookup",
				"Arbeidsbeperking__c", "Arbeidsbeperking", "Checkbox",
				"Banenafspraak__c", "Banenafspraak", "Checkbox",
				"Doelgroepregister__c", "Doelgroepregister", "Checkbox",
				"Salarisindicatie__c", "Salarisindicatie", "Currency",
			)},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"Arbeidsbeperking__c":  {Health},
				"Banenafspraak__c":     {Health},
				"Doelgroepregister__c": {Health},
			},
			reason: "fields.tsv arbeidsbeperking, banenafspraak, doelgroepregister (Wet banenafspraak en quotum arbeidsbeperkten; UWV)",
		},
		{
			name: "near miss: an employer's quota under the job agreement is the organisation's",
			obj: Object{Name: "Account", Fields: probeFields(
				"Industry", "Industry", "Picklist",
				"Quotum_banenafspraak__c", "Quotum banenafspraak", "Number",
			)},
			kind:   ObjectOrganisation,
			reason: "banenafspraak (0.8) counts for 0.4 on an organisation",
		},
		{
			name: "a golf handicap and a sickness fund's number are no one's health",
			obj: Object{Name: "Contact", Fields: probeFields(
				"Golfhandicap__c", "Golfhandicap", "Number",
				"Golf_Handicap_Index__c", "Golf Handicap Index", "Number",
				"Ziekenfondsnummer__c", "Ziekenfondsnummer", "Text",
			)},
			kind:   ObjectPerson,
			reason: "fields.tsv guard golfhandicap, clean golf handicap (a playing level), guard ziekenfonds (an insurer before 2006)",
		},
		{
			name: "near miss: a handicap and an illness of a person",
			obj: Object{Name: "Contact", Fields: probeFields(
				"Handicap__c", "Handicap", "Picklist",
				"Ziekte__c", "Ziekte", "Text",
			)},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Handicap__c": {Health}, "Ziekte__c": {Health}},
			reason: "fields.tsv handicap, ziekte: only the golf sense and the insurer are guarded",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectBuildingUse covers the use of a building in Dutch municipal
// models (issue 10, probing a municipal data model in the manner of the
// Dutch sources): the WOZ use code and the BAG gebruiksdoel list kinds
// of buildings (a religious building, a prison, a care institution),
// not facts of a person. A person's own living arrangement stays read.
func TestObjectBuildingUse(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a WOZ object's use code and a BAG unit's use",
			obj: Object{Name: "WozObject", Label: "WOZ-object", Fields: []Field{
				{Name: "wozWaarde", Type: "decimal"},
				{Name: "gebruikscode", Label: "Gebruikscode", Type: "string", Picklist: []string{"Woning", "Zorginstelling", "Religieus gebouw", "Gevangenis"}},
				{Name: "gebruiksdoel", Label: "Gebruiksdoel", Type: "string", Picklist: []string{"Woonfunctie", "Bijeenkomstfunctie", "Celfunctie", "Gezondheidszorgfunctie"}},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv checklist gebruikscode (Waarderingskamer) and gebruiksdoel (BAG): kinds of buildings",
		},
		{
			name: "near miss: a client's living arrangement",
			obj: Object{Name: "Client", Fields: []Field{
				{Name: "woonvorm", Label: "Woonvorm", Type: "string", Picklist: []string{"Zelfstandig", "Beschermd wonen", "Begeleid wonen"}},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"woonvorm": {Health}},
			reason: "fields.tsv beschermd wonen, begeleid wonen: no checklist word, so the values are the client's",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectDutchPersonFacts covers Dutch words of a person's health
// and criminal past that a B2C or social-care org keeps on its contacts
// (issue 10, recall on the Dutch sources' kind of fields, probing a
// Dutch contact object): a mild intellectual disability (LVB),
// overweight, a history of detention (the compound part verleden lets
// detentieverleden split), a mayor's temporary restraining order.
func TestObjectDutchPersonFacts(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a contact's disability, weight, detention history and restraining order",
			obj: Object{Name: "Contact", Fields: probeFields(
				"LVB__c", "LVB", "Checkbox",
				"Overgewicht__c", "Overgewicht", "Checkbox",
				"Detentieverleden__c", "Detentieverleden", "Checkbox",
				"Huisverbod__c", "Huisverbod", "Checkbox",
				"Verleden_adres__c", "Vorig adres", "Text",
			)},
			kind: ObjectPerson,
			want: map[string][]Category{
				"LVB__c":              {Health},
				"Overgewicht__c":      {Health},
				"Detentieverleden__c": {Criminal},
				"Huisverbod__c":       {Criminal},
			},
			reason: "fields.tsv lvb, overgewicht, huisverbod (Wet tijdelijk huisverbod), detentie with the compound part verleden; a past address is ordinary data",
		},
		{
			name: "near miss: an organisation's policy on overweight",
			obj: Object{Name: "Account", Fields: probeFields(
				"Industry", "Industry", "Picklist",
				"Overgewicht_beleid__c", "Overgewichtbeleid", "Checkbox",
			)},
			kind:   ObjectOrganisation,
			reason: "on an organisation a health word counts for 0.4 unless it names what only a person has",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectDrugPremises covers a housing corporation's nuisance file
// (issue 10, probing a Dutch B2C org in the manner of vera): a closure
// of the dwelling under art. 13b of the Opium Act and a drug premises
// follow drugs found, a suspected offence of the occupant; an eviction
// judgement and neighbour mediation are civil.
func TestObjectDrugPremises(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a tenant's nuisance file: closure under the Opium Act",
			obj: Object{Name: "Overlastdossier__c", Label: "Overlastdossier", Custom: true, Fields: probeFields(
				"Huurder__c", "Huurder", "Lookup",
				"Pandsluiting_13b__c", "Pandsluiting (13b Opiumwet)", "Checkbox",
				"Drugspand__c", "Drugspand", "Checkbox",
				"Ontruimingsvonnis__c", "Ontruimingsvonnis", "Checkbox",
				"Buurtbemiddeling__c", "Buurtbemiddeling", "Checkbox",
			)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Pandsluiting_13b__c": {Criminal}, "Drugspand__c": {Criminal}},
			reason: "fields.tsv opiumwet, drugspand (Opiumwet art. 13b): a suspected drug offence; an eviction judgement and mediation are civil",
		},
		{
			name: "near miss: a municipality's policy under the Opium Act",
			obj: Object{Name: "Account", Fields: probeFields(
				"Industry", "Industry", "Picklist",
				"Opiumwet_beleid__c", "Opiumwetbeleid", "Checkbox",
			)},
			kind:   ObjectOrganisation,
			reason: "on an organisation a criminal word counts for 0.4: a policy is no one's offence",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectBookingLines covers the ledger of a clinical procedure
// (issue 10, screenit precision): its booking lines are money, as its
// amounts are, while its content stays health.
func TestObjectBookingLines(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a procedure's booking lines are the accounts'",
			obj: Object{Name: "CervixVerrichting", Fields: probeFields(
				"boekRegels", "", "OneToMany List<CervixBoekRegel>",
				"laatsteBoekRegel", "", "OneToOne CervixBoekRegel",
				"uitslag", "Uitslag", "String",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"uitslag": {Health}},
			reason: "schema.tsv handling boek regel (money, as bedrag): a ledger line takes no category from the clinical object; the result does",
		},
	}
	runObjectCases(t, c, cases)
}
