package classify

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// objectFieldCats returns the special categories Object reports for the
// field named name.
func objectFieldCats(r ObjectResult, name string) []Category {
	for _, f := range r.Fields {
		if f.Field == name {
			return fieldCategories(f.Findings) // sorted
		}
	}
	return nil
}

// TestObjectTable covers the error classes of issue 10 with one object
// each; the reason names the class and the rule.
func TestObjectTable(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a person-named object described as a union member: the union's own member table",
			obj: Object{Name: "members", Label: "Member", Description: "Union member entity.", Fields: []Field{
				{Name: "first_name", Type: "String(100)"},
				{Name: "email", Type: "String(255)"},
				{Name: "zip_code", Type: "String(20)"},
				{Name: "member_number", Type: "String(50)"},
				{Name: "status", Type: "Enum MemberStatus", Picklist: []string{"active", "suspended", "retired"}},
				{Name: "hire_date", Type: "Date", Description: "When they joined the union"},
				{Name: "classification", Type: "Enum MemberClassification", Picklist: []string{"apprentice_1", "journeyman", "retiree"}},
				{Name: "created_at", Type: "DateTime"},
			}},
			kind: ObjectMembership,
			want: map[string][]Category{"hire_date": {TradeUnionMembership}, "classification": {TradeUnionMembership},
				"member_number": {TradeUnionMembership}, "status": {TradeUnionMembership}},
			reason: "class 1: a person word (member) says whose record it is, the description whose member (schema.tsv object union member): " +
				"the membership's facts are trade-union membership, its member number too (membershipKey) and the member's status " +
				"(schema.tsv topic status: @membership); name, e-mail and address stay ordinary (schema.tsv handling zip code)",
		},
		{
			name: "a member described as a household member is no membership of a union",
			obj: Object{Name: "Member__c", Label: "Member", Description: "A member of a household or an organisation.", Fields: []Field{
				{Name: "Join_Date__c", Label: "Join Date", Type: "Date"},
				{Name: "Status__c", Label: "Status", Type: "Picklist"},
				{Name: "Member_Number__c", Label: "Member Number", Type: "Text"},
			}},
			kind:   ObjectPerson,
			reason: "class 1: only a description that names a union, party or church membership (schema.tsv object lines) makes a person-named object a membership",
		},
		{
			name: "a voter's support status, as its code: a key named for a topic points at the topic",
			obj: Object{Name: "voter_support_status", Fields: []Field{
				{Name: "voter_id", Type: "int(11)"},
				{Name: "election_campaign_id", Type: "int(11)"},
				{Name: "support_status_id", Type: "int(11)"},
				{Name: "create_user_id", Type: "int(11)"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{"support_status_id": {PoliticalOpinions}},
			reason: "class 1: a key named for a topic and \"id\" is the topic's code, the record's content (idTail; schema.tsv topic support status: voter); " +
				"keys of other records (voter_id, create_user_id) hold none",
		},
		{
			name: "a key to a voter's election role record is a key",
			obj: Object{Name: "voter_messages", Fields: []Field{
				{Name: "election_role_by_voter_id", Type: "int(11)"},
				{Name: "message_text", Type: "text"},
			}},
			kind: ObjectPerson,
			reason: "class 1: a key whose topic (schema.tsv topic election role: voter) is not its last words before \"id\" " +
				"points at another record (election_role_by_voter_id: a voter's role record), whose own fields hold the role",
		},
		{
			name: "a flag named for a party on a council member's record",
			obj: Object{Name: "city_council_members", Fields: []Field{
				{Name: "voter_id", Type: "int(11)"},
				{Name: "shas", Type: "tinyint(4)"},
				{Name: "council_number", Type: "int(11)"},
				{Name: "deleted", Type: "tinyint(4)"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{"shas": {PoliticalOpinions}},
			reason: "class 7: a field named for a party of groups.tsv on a person's record says the person is of that party (groupField); " +
				"a soft-delete flag is no content (schema.tsv system deleted)",
		},
		{
			name: "people's roles for a named party",
			obj: Object{Name: "shas_representatives", Fields: []Field{
				{Name: "key", Type: "varchar(10)"},
				{Name: "voter_id", Type: "int(11)"},
				{Name: "start_date", Type: "date"},
				{Name: "end_date", Type: "date"},
			}},
			kind: ObjectMembership,
			want: map[string][]Category{"start_date": {PoliticalOpinions}, "end_date": {PoliticalOpinions}},
			reason: "class 1: an object named for a party of groups.tsv that ends in a person word (fields.tsv representative) " +
				"holds people's roles for the party (groupKind); a row key is no content (schema.tsv system key)",
		},
		{
			name: "a catalogue of a party's roles is no membership",
			obj: Object{Name: "shas_representative_roles", Fields: []Field{
				{Name: "name", Type: "varchar(50)"},
				{Name: "created_at", Type: "timestamp"},
			}},
			kind: ObjectPerson,
			reason: "class 3: an object named for a party whose last word is no person word (roles) is no membership (groupKind); " +
				"the person word inside it (fields.tsv representative) makes it no more than a person object",
		},
		{
			name: "a ballot box flagged for a party names no person",
			obj: Object{Name: "ballot_boxes", Fields: []Field{
				{Name: "shas", Type: "tinyint(4)"},
				{Name: "crippled", Type: "tinyint(4)"},
			}},
			kind:   ObjectThing,
			reason: "class 3: a field named for a party counts only on a person's record (groupField); a ballot box is a thing (schema.tsv object ballot box)",
		},
		{
			name: "a campaign member of a marketing campaign is no party member",
			obj: Object{Name: "CampaignMember", Label: "Campaign Member", Fields: []Field{
				{Name: "Status", Label: "Status", Type: "Picklist", Picklist: []string{"Sent", "Responded"}},
				{Name: "HasResponded", Label: "Responded", Type: "Checkbox"},
			}},
			kind:   ObjectPerson,
			reason: "class 3 of the business orgs: a marketing campaign's member names no party or union (groupKind needs a groups.tsv name)",
		},
		{
			name: "the union rep assigned to a member's grievance",
			obj: Object{Name: "grievances", Label: "Grievance", Description: "Formal complaint tracking through arbitration.", Fields: []Field{
				{Name: "assigned_rep", Type: "String(100)"},
				{Name: "contract_article", Type: "String(50)"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{"assigned_rep": {TradeUnionMembership}},
			reason: "class 1: the rep of a grievance acts for the member as the union's official (schema.tsv topic rep: grievance); " +
				"assigned is a whole word, not as + signed (fields.tsv word assigned)",
		},
		{
			name: "dues payments of a union's members",
			obj: Object{Name: "dues_payments", Label: "DuesPayment", Description: "Individual dues payment record.", Fields: []Field{
				{Name: "member_id", Type: "Integer ForeignKey members.id"},
				{Name: "amount_paid", Type: "Numeric(10, 2)"},
				{Name: "status", Type: "Enum DuesPaymentStatus", Picklist: []string{"paid", "overdue", "waived"}},
				{Name: "receipt_number", Type: "String(50)"},
				{Name: "processed_at", Type: "DateTime"},
			}},
			kind: ObjectMembership,
			want: map[string][]Category{"amount_paid": {TradeUnionMembership}, "status": {TradeUnionMembership}},
			reason: "class 1: a dues payment is a membership object (schema.tsv object dues payment); its status is the member's (schema.tsv topic status: dues); " +
				"the receipt number and when a clerk processed it are handling (schema.tsv record-id number, handling processed at)",
		},
		{
			name: "clinical object: bland fields hold health",
			obj: Object{Name: "AllergyIntolerance", Label: "Allergy Intolerance", Fields: []Field{
				{Name: "CodeId", Label: "Code", Type: "string"},
				{Name: "Criticality", Label: "Criticality", Type: "Picklist"},
				{Name: "Comment", Label: "Comment", Type: "TextArea"},
				{Name: "PatientId", Label: "Patient", Type: "Lookup"},
				{Name: "CreatedDate", Label: "Created Date", Type: "DateTime"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{"CodeId": {Health}, "Criticality": {Health}, "Comment": {Health}},
			reason: "class 1: the object is evidence (schema.tsv object allergy intolerance), and the lookup to its code " +
				"is its content (schema.tsv code-reference); class 6: other lookups (PatientId) and platform fields hold none",
		},
		{
			name: "XML Schema complex type: Type is the naming convention, not a list of kinds",
			obj: Object{Name: "SocZek.HandicapType", Fields: []Field{
				{Name: "VolledigBlind", Type: "generiek:VlagEnumType"},
				{Name: "VerlammingBovensteLedematen", Type: "generiek:VlagEnumType"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{"VolledigBlind": {Health}, "VerlammingBovensteLedematen": {Health}},
			reason: "class 1: a complex type of an XML Schema whose fields declare types named ...Type (MAGDA, NIEM, UBL) " +
				"is named by what it is (stripXSDType): a HandicapType is a handicap (schema.tsv object handicap), not a type catalogue",
		},
		{
			name: "XML Schema: an element typed as a national number holds it, whatever it is called",
			obj: Object{Name: "Persoon.CreeerBurgerlijkeStaatType", Fields: []Field{
				{Name: "Partner", Type: "sleutel:INSZType"},
				{Name: "Begunstigde", Type: "list of sleutel:INSZType"},
				{Name: "HerkomstINSZ", Type: "HerkomstINSZType"},
				{Name: "Gegevens", Type: "HandicapType"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{"Partner": {NationalID}, "Begunstigde": {NationalID}},
			reason: "national ID: the declared XML Schema type names the Belgian INSZ (fields.tsv insz; readDeclaredType); the origin " +
				"of an INSZ holds no number (schema.tsv context insz); a type named for a category is a structure, not read",
		},
		{
			name: "an identifier field whose description says which number it holds",
			obj: Object{Name: "burgerlijk_wetboek_curatele/RECHTSPRAAK", Fields: []Field{
				{Name: "subject_ids", Type: "uitvoer array", Description: "BSN nummers van curandussen waarvoor deze persoon curator is"},
				{Name: "entity_ids", Type: "uitvoer array", Description: "KVK nummers van entiteiten"},
				{Name: "pseudoBsnGuid", Type: "string", Description: "Pseudoniem van het BSN"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{"subject_ids": {NationalID}},
			reason: "national ID: a name that only says identifiers (schema.tsv record-id) takes the number its description names " +
				"(identifierDescribed); a KVK number is no person's; a pseudonym of a BSN is cleaned by its name (fields.tsv pseudo bsn)",
		},
		{
			name: "a benefit decided on a condition of health is no clinical record",
			obj: Object{Name: "algemene_nabestaandenwet/SVB", Label: "Anw-uitkering",
				Description: "Regels voor het recht op nabestaandenuitkering. Recht bestaat als de nabestaande een kind heeft jonger dan 18 jaar of als de nabestaande arbeidsongeschikt is.",
				Fields: []Field{
					{Name: "netto_uitkering", Type: "uitvoer amount"},
					{Name: "OVERLIJDENSDATUM_PARTNER", Type: "bron date"},
				}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "class 1 in reverse: a conditional clause of the description (withoutConditions) names a condition of the rule, not what the records are about",
		},
		{
			name: "Dutch criminal-justice terms: a Bibob advice's findings are criminal, its handling is not",
			obj: Object{Name: "wet_bibob/LBB", Label: "Bibob-advies", Fields: []Field{
				{Name: "ADVIES_MATE_VAN_GEVAAR", Type: "bron enum"},
				{Name: "RELATIE_TOT_STRAFBARE_FEITEN", Type: "bron boolean"},
				{Name: "ADVIES_DATUM", Type: "bron date"},
				{Name: "advies_uitgebracht", Type: "uitvoer boolean"},
			}},
			kind: ObjectCriminalJustice,
			want: map[string][]Category{"ADVIES_MATE_VAN_GEVAAR": {Criminal}, "RELATIE_TOT_STRAFBARE_FEITEN": {Criminal}},
			reason: "class 7: fields.tsv bibob (Wet Bibob art. 3) and strafbare feiten; schema.tsv handling: when and whether an advice " +
				"was given is its handling (README rule: administrative facts)",
		},
		{
			name: "Flemish occupational disease: the degrees of incapacity are health, the attestation's quarter is not",
			obj: Object{Name: "SocZek.BeroepsziekteBeslissingDetailType", Fields: []Field{
				{Name: "FysiekPercentage", Type: "generiek:PercentageDecimaalType"},
				{Name: "GlobaalPercentage", Type: "generiek:PercentageDecimaalType"},
				{Name: "VergoedingPeriode", Type: "generiek:PeriodeVerplichtBeginType"},
				{Name: "Kwartaal", Type: "generiek:KwartaalSpecifiekType"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{"FysiekPercentage": {Health}, "GlobaalPercentage": {Health}},
			reason: "class 7: fields.tsv beroepsziekte makes the object clinical (after stripXSDType); schema.tsv handling vergoeding " +
				"and kwartaal: money and bookkeeping of the attestation",
		},
		{
			name: "the options of a query are no record: which parts of a disability dossier it asks for",
			obj: Object{Name: "SocZek.GewensteInformatieType", Fields: []Field{
				{Name: "MedischeErkenning", Type: "generiek:VlagEnumType"},
				{Name: "Betalingen", Type: "generiek:VlagEnumType"},
			}},
			kind:   ObjectConfiguration,
			want:   map[string][]Category{},
			reason: "class 3: schema.tsv object gewenste informatie: the flags of a MAGDA query say what to return, about no person",
		},
		{
			name: "Belgian national numbers by their other names",
			obj: Object{Name: "Persoon", Fields: []Field{
				{Name: "BisNummer", Type: "string"},
				{Name: "IdentificatienummerSocialeZekerheid", Type: "string"},
				{Name: "NISS", Type: "string"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"BisNummer": {NationalID}, "IdentificatienummerSocialeZekerheid": {NationalID}, "NISS": {NationalID}},
			reason: "national ID: fields.tsv bisnummer, identificatienummer sociale zekerheid, niss (Wet van 15 januari 1990 art. 8)",
		},
		{
			name: "the administration of a Belgian disability allowance is not the disability",
			obj: Object{Name: "SocZek.PlaatsingHandicapType", Fields: []Field{
				{Name: "Gemeente", Type: "generiek:GemeenteType"},
				{Name: "Land", Type: "generiek:LandType"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "class 5: schema.tsv context handicap: beside an administrative act (plaatsing, mutatie, betaling) handicap names the allowance scheme",
		},
		{
			name: "a medical finding of a disability stays clinical",
			obj: Object{Name: "SocZek.MedischeVaststellingHandicapType", Fields: []Field{
				{Name: "Aanvraagnummer", Type: "generiek:CijferDubbelVariabelType"},
				{Name: "OnvermogenTeWerken", Type: "generiek:VlagCodeType"},
				{Name: "@DatumBegin", Type: "attribute generiek:Datum2_0Type"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"OnvermogenTeWerken": {Health}, "@DatumBegin": {Health}},
			reason: "class 1: the period of a medical finding is health; an application number is the record's number (schema.tsv record-id)",
		},
		{
			name: "forensic care reveals health and a criminal-law title",
			obj: Object{Name: "wet_forensische_zorg/DJI", Label: "Forensische zorg", Fields: []Field{
				{Name: "ZORGTYPE", Type: "bron string"},
				{Name: "JURIDISCHE_GRONDSLAG", Type: "bron string"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"ZORGTYPE": {Criminal, Health}, "JURIDISCHE_GRONDSLAG": {Criminal, Health}},
			reason: "class 1 and 7: schema.tsv object forensische zorg (clinical:health+criminal): care under a criminal-law title (Wet forensische zorg art. 1.1, 2.1)",
		},
		{
			name: "an agency's name is no criminal record: the CJIB reporting doubtful addresses",
			obj: Object{Name: "wet_brp/terugmelding/CJIB", Label: "BRP Terugmeldplicht CJIB",
				Description: "Het Centraal Justitieel Incassobureau (CJIB) heeft een wettelijke verplichting om twijfel over de juistheid van adresgegevens in de BRP te melden.",
				Fields: []Field{
					{Name: "twijfel_reden", Type: "uitvoer string", Description: "Reden van twijfel over adresgegevens"},
				}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "class 5: schema.tsv context justitieel: in the Centraal Justitieel Incassobureau's name the word names the agency",
		},
		{
			name: "the category of a Belgian integration allowance is a grade of disability",
			obj: Object{Name: "SocZek.CategorieIntegratieTegemoetkomingType", Fields: []Field{
				{Name: "Code", Type: "CodeCategorieIntegratieTegemoetkomingType"},
				{Name: "Omschrijving", Type: "generiek:OmschrijvingAlgemeenType"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Code": {Health}, "Omschrijving": {Health}},
			reason: "class 1: schema.tsv object categorie integratie tegemoetkoming (Wet van 27 februari 1987 art. 6) hides the catalogue word categorie",
		},
		{
			name: "a Type object of a Salesforce org stays a list of kinds",
			obj: Object{Name: "Handicap_Type__c", Label: "Handicap Type", Custom: true, Fields: []Field{
				{Name: "Omschrijving__c", Label: "Omschrijving", Type: "Text"},
				{Name: "Actief__c", Label: "Actief", Type: "Checkbox"},
			}},
			kind:   ObjectCatalogue,
			want:   map[string][]Category{},
			reason: "class 3: without XML Schema types on its fields, Type is a word of the name (schema.tsv object type): a catalogue",
		},
		{
			name: "Flemish social security: a sanction of an unemployment benefit is no criminal sanction",
			obj: Object{Name: "SocZek.SanctieType", Fields: []Field{
				{Name: "AantalWeken", Type: "AantalWekenType"},
				{Name: "DatumBegin", Type: "generiek:Datum2_0Type"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "class 5: schema.tsv context sanctie: the exclusion from a benefit in weeks is an administrative measure of social security",
		},
		{
			name: "archival records and commuting: beperking and mobiliteit in other senses",
			obj: Object{Name: "archiefwet/NATIONAAL_ARCHIEF-openbaarheid", Label: "Archiefwet - Openbaarheid archiefbescheiden", Fields: []Field{
				{Name: "BEPERKING_TYPE", Type: "parameter string"},
				{Name: "beperking_reden", Type: "uitvoer string"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "class 5: schema.tsv context beperking: a restriction of public access to archives (Archiefwet 1995 art. 15) is no disability",
		},
		{
			name: "werkgebonden personenmobiliteit is commuting, not a person's mobility",
			obj: Object{Name: "omgevingswet/werkgebonden_personenmobiliteit/RVO", Fields: []Field{
				{Name: "AANTAL_WERKNEMERS", Type: "bron number"},
				{Name: "woon_werk_auto_diesel", Type: "uitvoer number"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{},
			reason: "class 5: schema.tsv context mobiliteit: the travel of employees and its CO2 (Bal hoofdstuk 18) is transport",
		},
		{
			name: "disability object, Dutch",
			obj: Object{Name: "Beperking__c", Label: "Beperking", Custom: true, Fields: []Field{
				{Name: "Type__c", Label: "Type", Type: "Picklist"},
				{Name: "Contact__c", Label: "Contact", Type: "Lookup"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Type__c": {Health}},
			reason: "class 1: Type on a disability object holds health data",
		},
		{
			name: "person account: diagnosis is about a person",
			obj: Object{Name: "Account", Label: "Account", Fields: []Field{
				{Name: "Diagnosis__c", Label: "Diagnosis", Type: "Text"},
				{Name: "Denomination__c", Label: "Denomination", Type: "Text"},
				{Name: "PersonBirthdate", Label: "Birthdate", Type: "Date"},
				{Name: "IsPersonAccount", Label: "Is Person Account", Type: "Checkbox"},
			}},
			kind:   ObjectPersonAccount,
			want:   map[string][]Category{"Diagnosis__c": {Health}, "Denomination__c": {ReligiousBeliefs}},
			reason: "class 2: person-account siblings (schema.tsv sibling) make Account a person",
		},
		{
			name: "business account: a strongly named diagnosis is still reported",
			obj: Object{Name: "Account", Label: "Account", Fields: []Field{
				{Name: "Diagnosis__c", Label: "Diagnosis", Type: "Text"},
				{Name: "Denomination__c", Label: "Denomination", Type: "Text"},
			}},
			kind:   ObjectOrganisation,
			want:   map[string][]Category{"Diagnosis__c": {Health}},
			reason: "class 2: an organisation cannot have a diagnosis (personOnly); it may have a denomination",
		},
		{
			name: "custom metadata type",
			obj: Object{Name: "Pregnancy_Rule__mdt", Label: "Pregnancy rule", Fields: []Field{
				{Name: "Diagnosis_Code__c", Label: "Diagnosis code", Type: "Text"},
			}},
			kind:   ObjectConfiguration,
			want:   map[string][]Category{},
			reason: "class 3: __mdt is configuration (schema.tsv object-suffix)",
		},
		{
			name: "drug catalogue",
			obj: Object{Name: "Drug_Catalogue__c", Label: "Drug catalogue", Fields: []Field{
				{Name: "IsPregnancySafe__c", Label: "Safe in pregnancy", Type: "Checkbox"},
			}},
			kind:   ObjectCatalogue,
			want:   map[string][]Category{},
			reason: "class 3: a catalogue item's pregnancy safety is not about a person",
		},
		{
			name: "a stay in drug rehab is a person's treatment, not a drug",
			obj: Object{Name: "Drug_Rehab_Stay__c", Label: "Drug Rehab Stay", Custom: true, Fields: []Field{
				{Name: "Admission_Date__c", Label: "Admission Date", Type: "Date"},
				{Name: "Notes__c", Label: "Notes", Type: "LongTextArea"},
				{Name: "Client__c", Label: "Client", Type: "Lookup"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Admission_Date__c": {Health}, "Notes__c": {Health}},
			reason: "class 1: schema.tsv object drug rehab (addiction care) is longer than the catalogue line drug and hides it; the lookup holds none",
		},
		{
			name: "drug rehabilitation without a label",
			obj: Object{Name: "Drug_Rehabilitation_Intake__c", Custom: true, Fields: []Field{
				{Name: "Substance__c", Label: "Substance", Type: "Picklist"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Substance__c": {Health}},
			reason: "class 1: schema.tsv object drug rehabilitation, read in the name split into words",
		},
		{
			name: "a drug interaction table is still a catalogue",
			obj: Object{Name: "Drug_Interaction__c", Label: "Drug Interaction", Custom: true, Fields: []Field{
				{Name: "Notes__c", Label: "Notes", Type: "LongTextArea"},
			}},
			kind:   ObjectCatalogue,
			want:   map[string][]Category{"Notes__c": nil},
			reason: "class 3: the drug rehab lines do not reach other drug objects: schema.tsv object drug (a drug definition) decides",
		},
		{
			name: "a dosage's prerequisite is a code, its timing another record",
			obj: Object{Name: "PatientMedicationDosage", Fields: []Field{
				{Name: "DosePrerequisiteId", Type: "Lookup"},
				{Name: "TimingId", Type: "Lookup"},
				{Name: "RouteId", Type: "Lookup"},
				{Name: "ParentRecordId", Type: "MasterDetail"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"DosePrerequisiteId": {Health}, "RouteId": {Health}},
			reason: "class 6: schema.tsv code-reference dose prerequisite (a CodeSetBundle: the condition under which the dose is taken) and route are the record's content; TimingId points at an ActivityTiming record, a lookup that holds none (the vahc and sfhc decision of testdata/schemas/README.md)",
		},
		{
			name: "care plan template",
			obj: Object{Name: "CarePlanTemplate", Label: "Care Plan Template", Fields: []Field{
				{Name: "Description", Label: "Description", Type: "TextArea"},
			}},
			kind:   ObjectConfiguration,
			want:   map[string][]Category{},
			reason: "class 3: a template is configuration even when it names a care plan (rank)",
		},
		{
			name: "picklist values as evidence",
			obj: Object{Name: "Attendance_Event__c", Label: "Attendance Event", Fields: []Field{
				{Name: "Reason__c", Label: "Reason", Type: "Picklist", Picklist: []string{"Family", "Medical", "Other", "Religious"}},
				{Name: "Attribute_Type__c", Label: "Attribute Type", Type: "Picklist", Picklist: []string{"Certification", "Pregnant", "Section 504 Handicapped"}},
				{Name: "Status__c", Label: "Status", Type: "Picklist", Picklist: []string{"Open", "Closed"}},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Reason__c": {Health, ReligiousBeliefs}, "Attribute_Type__c": {Health}},
			reason: "class 4: bland names whose picklist values say it (schema.tsv value, fields.tsv)",
		},
		{
			name: "compound guards",
			obj: Object{Name: "Contact", Label: "Contact", Fields: []Field{
				{Name: "Datumstempel__c", Label: "Datumstempel"},
				{Name: "Aangenomen__c", Label: "Aangenomen", Type: "Checkbox"},
				{Name: "Stamnummer__c", Label: "Stamnummer"},
				{Name: "Geloofwaardigheid__c", Label: "Geloofwaardigheid"},
				{Name: "Repetition_Count__c", Label: "Repetition count"},
				{Name: "Competition__c", Label: "Competition"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{},
			reason: "class 5: fields.tsv guard lines keep these compounds whole",
		},
		{
			name: "truancy in schooling",
			obj: Object{Name: "Leerling__c", Label: "Leerling", Fields: []Field{
				{Name: "Verzuim__c", Label: "Verzuim", Type: "Number"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{},
			reason: "class 5: verzuim of a pupil is truancy (schema.tsv context)",
		},
		{
			name: "sick leave of an employee",
			obj: Object{Name: "Medewerker__c", Label: "Medewerker", Fields: []Field{
				{Name: "Verzuim__c", Label: "Verzuim", Type: "Number"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Verzuim__c": {Health}},
			reason: "class 5: verzuim of an employee is sick leave",
		},
		{
			name: "switches and negations",
			obj: Object{Name: "Contact", Label: "Contact", Fields: []Field{
				{Name: "Household_Account_Addresses_Disabled__c", Label: "Household Account Addresses Disabled", Type: "Checkbox"},
				{Name: "Non_Health_Opt_In__c", Label: "Non-health opt-in", Type: "Checkbox"},
				{Name: "Physically_Disabled__c", Label: "Physically disabled", Type: "Checkbox"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Physically_Disabled__c": {Health}},
			reason: "class 6: fields.tsv switch and negation lines",
		},
		{
			name: "switch in a boolean of an object not about a person",
			obj: Object{Name: "Integration__c", Label: "Integration", Fields: []Field{
				{Name: "IsDisabled", Label: "Disabled", Type: "Checkbox"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "class 6: Disabled/IsDisabled as a feature toggle (fields.tsv switch)",
		},
		{
			name: "truancy of an integration course",
			obj: Object{Name: "Inburgeraar", Fields: []Field{
				{Name: "verzuim"},
				{Name: "medischeOntheffing"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"medischeOntheffing": {Health}},
			reason: "class 5: verzuim in integration courses is truancy; a medical exemption is health",
		},
		{
			name: "a dwelling is a thing",
			obj: Object{Name: "Woning", Fields: []Field{
				{Name: "rolstoeltoegankelijk", Type: "boolean"},
			}},
			kind:   ObjectThing,
			want:   map[string][]Category{},
			reason: "class 3: a wheelchair-accessible home describes the home (schema.tsv object woning)",
		},
		{
			name: "lookup beside content",
			obj: Object{Name: "MedicationStatement", Label: "Medication Statement", Fields: []Field{
				{Name: "MedicationRequestId", Label: "Medication Request"},
				{Name: "Dosage", Label: "Dosage", Type: "string"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Dosage": {Health}},
			reason: "class 6: a lookup ID holds no category, the content beside it does",
		},
		{
			name: "criminal-justice object, Dutch",
			obj: Object{Name: "ProcesVerbaal__c", Label: "Proces-verbaal", Fields: []Field{
				{Name: "Sanctiesoort__c", Label: "Sanctiesoort", Type: "Picklist"},
				{Name: "Omschrijving__c", Label: "Omschrijving", Type: "TextArea"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Sanctiesoort__c": {Criminal}, "Omschrijving__c": {Criminal}},
			reason: "class 1 and 7: a proces-verbaal is criminal data (AVG art. 10)",
		},
		{
			name: "a charge on a criminal-justice object is the charge against the person",
			obj: Object{Name: "Arraignment__c", Label: "Arraignment", Fields: []Field{
				{Name: "Top_Charge__c", Label: "Top Charge", Type: "Text"},
				{Name: "Charge_A1__c", Label: "Charge A1", Type: "Text"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Top_Charge__c": {Criminal}, "Charge_A1__c": {Criminal}},
			reason: "class 1: schema.tsv handling charge unless:criminal-justice: money billed elsewhere, the accusation here",
		},
		{
			name: "a charge on a clinical object is money",
			obj: Object{Name: "PatientMedicalProcedure", Label: "Patient Medical Procedure", Fields: []Field{
				{Name: "Charge__c", Label: "Charge", Type: "Currency"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Charge__c": nil},
			reason: "class 1: schema.tsv handling charge: money billed takes no category from its clinical object",
		},
		{
			name: "a catalogue name owned by a client is the client's record",
			obj: Object{Name: "Medication__c", Label: "Medication", Fields: []Field{
				{Name: "Contact__c", Label: "Contact", Type: "MasterDetail"},
				{Name: "Notes__c", Label: "Notes", Type: "LongTextArea"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Contact__c": nil, "Notes__c": {Health}},
			reason: "class 3: a master-detail field to a person makes a catalogue-named object the person's record (ownedByPerson); its name's strong word makes it clinical",
		},
		{
			name: "a catalogue without a person owner stays a catalogue",
			obj: Object{Name: "Medication__c", Label: "Medication", Fields: []Field{
				{Name: "Manufacturer__c", Label: "Manufacturer", Type: "Lookup"},
				{Name: "Notes__c", Label: "Notes", Type: "LongTextArea"},
			}},
			kind:   ObjectCatalogue,
			want:   map[string][]Category{"Notes__c": nil},
			reason: "class 3: a drug definition describes a drug (schema.tsv object medication)",
		},
		{
			name: "Dutch screening and judgment objects",
			obj: Object{Name: "Urinecontrole__c", Label: "Urinecontrole", Fields: []Field{
				{Name: "Uitslag__c", Label: "Uitslag", Type: "Picklist", Picklist: []string{"Positief", "Negatief"}},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Uitslag__c": {Health}},
			reason: "class 1 and 7: schema.tsv object urinecontrole (a urine drug test in verslavingszorg and reclassering)",
		},
		{
			name: "a criminal judgment is criminal data",
			obj: Object{Name: "Vonnis__c", Label: "Vonnis", Fields: []Field{
				{Name: "Strafmaat__c", Label: "Strafmaat", Type: "Text"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Strafmaat__c": {Criminal}},
			reason: "class 1 and 7: schema.tsv object vonnis (a criminal court's judgment)",
		},
		{
			name: "a civil judgment in debt collection is not",
			obj: Object{Name: "Vonnis__c", Label: "Vonnis", Fields: []Field{
				{Name: "Deurwaarder__c", Label: "Deurwaarder", Type: "Text"},
				{Name: "Vordering__c", Label: "Vordering", Type: "Currency"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Deurwaarder__c": nil, "Vordering__c": nil},
			reason: "class 5: schema.tsv context vonnis (incasso, deurwaarder, vordering: a civil judgment)",
		},
		{
			name: "union membership object",
			obj: Object{Name: "Vakbondslidmaatschap__c", Label: "Vakbondslidmaatschap", Fields: []Field{
				{Name: "Startdatum__c", Label: "Startdatum", Type: "Date"},
				{Name: "Contributie__c", Label: "Contributie", Type: "Currency"},
			}},
			kind:   ObjectMembership,
			want:   map[string][]Category{"Startdatum__c": {TradeUnionMembership}, "Contributie__c": {TradeUnionMembership}},
			reason: "class 1: a record of a union membership reveals it",
		},
		{
			name: "vocabulary gaps",
			obj: Object{Name: "Client__c", Label: "Cliënt", Fields: []Field{
				{Name: "Tobacco_Use__c", Label: "Tobacco use"},
				{Name: "Homebound__c", Label: "Homebound", Type: "Checkbox"},
				{Name: "Verstandelijke_Beperking__c", Label: "Verstandelijke beperking", Type: "Checkbox"},
				{Name: "Zorgindicatie__c", Label: "Zorgindicatie"},
				{Name: "Fractie__c", Label: "Fractie"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{"Tobacco_Use__c": {Health}, "Homebound__c": {Health},
				"Verstandelijke_Beperking__c": {Health}, "Zorgindicatie__c": {Health}, "Fractie__c": {PoliticalOpinions}},
			reason: "class 7: fields.tsv gap lines",
		},
		{
			name: "municipal case suspension: the handling of a case is no treatment",
			obj: Object{Name: "Opschorting", Description: "Gegevens omtrent het tijdelijk opschorten van de behandeling van de ZAAK", Fields: []Field{
				{Name: "indicatie", Label: "indicatie opschorting", Type: "boolean"},
				{Name: "reden", Label: "reden opschorting", Type: "string"},
			}},
			kind:   ObjectUnknown,
			reason: "class 5: schema.tsv object 'behandeling van de zaak' (VNG Zaken API) hides the clinical word behandeling in the description, which then says nothing",
		},
		{
			name: "municipal case deadline: afdoening of a case is no offence's settlement",
			obj: Object{Name: "Zaak", Fields: []Field{
				{Name: "uiterlijkeEinddatumAfdoening", Label: "uiterlijke einddatum afdoening", Type: "string"},
				{Name: "inpBsn", Label: "inp bsn", Type: "string"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"inpBsn": {NationalID}},
			reason: "class 5: fields.tsv einddatum afdoening clean:criminal; the BSN stays national-id",
		},
		{
			name: "supplier with VOG fields stays an organisation; a VOG requirement is no record",
			obj: Object{Name: "Leverancier__c", Label: "Leverancier", Custom: true, Fields: []Field{
				{Name: "VOG_aanwezig__c", Label: "VOG aanwezig", Type: "Checkbox"},
				{Name: "VOG_verplicht__c", Label: "VOG verplicht", Type: "Checkbox"},
				{Name: "VOG_datum__c", Label: "VOG datum", Type: "Date"},
				{Name: "Zorgaanbieder__c", Label: "Zorgaanbieder", Type: "Text"},
			}},
			kind:   ObjectOrganisation,
			reason: "class 6: schema.tsv object leverancier (organisation) decides before the sibling VOG fields; fields.tsv vog verplicht clean:criminal",
		},
		{
			name: "deferral and completion of an application are no arrest or settlement",
			obj: Object{Name: "Aanvraag__c", Label: "Aanvraag", Custom: true, Fields: []Field{
				{Name: "Aanhouding__c", Label: "Aanhouding", Type: "Checkbox"},
				{Name: "Afdoening__c", Label: "Afdoening", Type: "Picklist"},
			}},
			kind:   ObjectUnknown,
			reason: "class 5: schema.tsv context aanhouding and afdoening beside aanvraag (Awb art. 4:15, 9:11)",
		},
		{
			name: "an arrest on a case without such context stays criminal",
			obj: Object{Name: "Zaak__c", Label: "Zaak", Custom: true, Fields: []Field{
				{Name: "Aanhouding__c", Label: "Aanhouding", Type: "Checkbox"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Aanhouding__c": {Criminal}},
			reason: "class 5: the context lines need words of a decision or application; a BOA enforcement case may record an arrest",
		},
		{
			name: "a VOG requirement of an assignment; a worker's VOG is still criminal",
			obj: Object{Name: "Opdracht__c", Label: "Opdracht", Custom: true, Fields: []Field{
				{Name: "VOG_vereist__c", Label: "VOG vereist", Type: "Checkbox"},
				{Name: "Medewerker_VOG__c", Label: "Medewerker heeft VOG", Type: "Checkbox"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Medewerker_VOG__c": {Criminal}},
			reason: "class 5: fields.tsv vog vereist clean:criminal",
		},
	}
	runObjectCases(t, c, cases)
}

// objectCase is one object of a table test of Object: the kind it must get
// and, per field, the categories it must hold (nil: none), with the rule
// that says so.
type objectCase struct {
	name   string
	obj    Object
	kind   ObjectKind
	want   map[string][]Category // field → categories; nil means none
	reason string
}

// runObjectCases runs each case as a subtest: c.Object must give the
// case's kind and exactly the wanted categories on every field.
func runObjectCases(t *testing.T, c *Classifier, cases []objectCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := c.Object(tc.obj)
			if r.Kind != tc.kind {
				t.Errorf("kind %s, want %s (%s)", r.Kind, tc.kind, tc.reason)
			}
			for _, f := range tc.obj.Fields {
				got := objectFieldCats(r, f.Name)
				if diff := cmp.Diff(tc.want[f.Name], got); diff != "" {
					t.Errorf("%s.%s (-want +got):\n%s\nreason: %s", tc.obj.Name, f.Name, diff, tc.reason)
				}
			}
		})
	}
}

// TestObjectExplains checks that every finding of Object is explained by
// evidence with a data line, and that the result marshals to JSON
// without the sample values.
func TestObjectExplains(t *testing.T) {
	c := Default()
	o := Object{Name: "Contact", Label: "Contact", Fields: []Field{
		{Name: "Opmerkingen__c", Label: "Opmerkingen", Values: []string{"Heeft diabetes type 2, volgens mevrouw Xq7Zorro"}},
		{Name: "Diagnose__c", Label: "Diagnose", Description: "De diagnose van de cliënt"},
		{Name: "Reason__c", Label: "Reason", Picklist: []string{"Medical"}},
	}}
	r := c.Object(o)
	for _, f := range r.Fields {
		if len(f.Findings) == 0 {
			t.Errorf("%s: no finding", f.Field)
		}
		for _, x := range f.Findings {
			found := false
			for _, e := range f.Evidence {
				if e.Category == x.Category && !e.Against && e.Rule != "" {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: finding %s has no evidence with a rule: %+v", f.Field, x.Category, f.Evidence)
			}
		}
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"Xq7Zorro", "Heeft diabetes"} {
		if strings.Contains(string(b), secret) {
			t.Errorf("JSON of ObjectResult holds a sample value")
		}
	}
	if !strings.Contains(string(b), "fields.tsv:") {
		t.Errorf("JSON of ObjectResult names no data line")
	}
}

// TestSchemaLexiconData validates schema.tsv: its date, and that bad
// lines are errors naming the line.
func TestSchemaLexiconData(t *testing.T) {
	sl := fieldLex().schema
	if sl.asOf != SchemaLexiconVersion {
		t.Errorf("schema.tsv as_of %q, SchemaLexiconVersion %q", sl.asOf, SchemaLexiconVersion)
	}
	kinds := map[ObjectKind]int{}
	for _, e := range sl.entries {
		kinds[e.kind]++
	}
	for _, k := range []ObjectKind{ObjectClinical, ObjectCriminalJustice, ObjectMembership, ObjectConfiguration, ObjectCatalogue, ObjectPersonAccount} {
		if kinds[k] < 3 {
			t.Errorf("object kind %s has %d lines", k, kinds[k])
		}
	}
	for _, bad := range []string{
		"# as_of: 2026-01-01\nobject\tfoo\tnot-a-kind\t0.5\t*\tsrc\n",
		"# as_of: 2026-01-01\nobject\tfoo\tclinical\t1.5\t*\tsrc\n",
		"# as_of: 2026-01-01\nobject\tfoo\tclinical\t0.5\t*\t\n",
		"# as_of: 2026-01-01\nobject\tfoo\tmembership\t0.5\t*\tsrc\n",
		"# as_of: 2026-01-01\nobject\tfoo\tclinical:not-a-category\t0.5\t*\tsrc\n",
		"# as_of: 2026-01-01\nobject\tfoo\tthing:health\t0.5\t*\tsrc\n",
		"# as_of: 2026-01-01\nobject-suffix\tmdt\tconfiguration\t1\t*\tsrc\n",
		"# as_of: 2026-01-01\nvalue\tfoo\tclinical\t0.5\t*\tsrc\n",
		"# as_of: 2026-01-01\ncontext\tfoo\thealth\t\t*\tsrc\n",
		"# as_of: 2026-01-01\nsystem\tfoo\tsystem\t0.5\t*\tsrc\n",
		"# as_of: 2026-01-01\ntopic\tfoo\thealth\t0.8\t*\tsrc\n",
		"# as_of: 2026-01-01\ntopic\tfoo\thealth\t1.8: wmo\t*\tsrc\n",
		"# as_of: 2026-01-01\ntopic\tfoo\tclinical\t0.8: wmo\t*\tsrc\n",
		"# as_of: 2026-01-01\ntopic\tfoo\thealth\t0.8: wmo @clinical\t*\tsrc\n",
		"# as_of: 2026-01-01\ntopic\tfoo\thealth\t0.8: @nowhere\t*\tsrc\n",
		"# as_of: 2026-01-01\nhandling\tfoo\tsystem\t0.5\t*\tsrc\n",
		"# as_of: 2026-01-01\nhandling\tfoo\tsystem\tunless:nowhere\t*\tsrc\n",
		"# as_of: 2026-01-01\nhandling\tfoo\tsystem\tunless:unknown\t*\tsrc\n",
		"# as_of: 2026-01-01\ncontainer\tfoo\tclinical\t-\t*\tsrc\n",
		"# as_of: 2026-01-01\nobject-prefix\tdim\tnot-a-kind\t0.8\t*\tsrc\n",
		"# as_of: 2026-01-01\ncode-key\tfoo\tsystem\t0.5\t*\tsrc\n",
		"# as_of: 2026-01-01\nchecklist\tfoo\tsystem\t-\t*\t\n",
		"# as_of: 2026-01-01\nnowhere\tfoo\tclinical\t0.5\t*\tsrc\n",
		"# as_of: 2026-01-01\nobject\tfoo\tclinical\t0.5\t*\tsrc\nobject\tfoo\tclinical\t0.6\t*\tsrc\n",
		"object\tfoo\tclinical\t0.5\t*\tsrc\n",
	} {
		_, err := parseSchemaLexicon(bad)
		if err == nil {
			t.Errorf("parseSchemaLexicon(%q): no error", bad)
		} else if !strings.HasPrefix(err.Error(), "schema.tsv") {
			t.Errorf("error %q does not name the file", err)
		}
	}
}

// TestWithoutConditions covers the conditional clauses that an object's
// description loses before it is read for the object's kind: a rule
// service decides on conditions that are not what its records are.
func TestWithoutConditions(t *testing.T) {
	cases := []struct {
		in, want, reason string
	}{
		{"Uitkering voor nabestaanden. Recht bestaat als de nabestaande arbeidsongeschikt is. Het bedrag volgt.",
			"Uitkering voor nabestaanden. Recht bestaat . Het bedrag volgt.",
			"Dutch als before an article opens a condition (Algemene nabestaandenwet: the survivor unable to work), to the sentence's end"},
		{"Familieleden kunnen als vertegenwoordiger optreden voor wilsonbekwame patienten.",
			"Familieleden kunnen als vertegenwoordiger optreden voor wilsonbekwame patienten.",
			"als before a bare noun is 'as', no condition (WGBO art. 7:465: relatives as representatives)"},
		{"Records a benefit, unless the member is disabled; amounts in cents",
			"Records a benefit, ; amounts in cents",
			"English unless opens a condition up to the clause's end"},
		{"Indien ziek: geen uitkering", "", "indien opens a condition at the start"},
		{"A patient's allergy", "A patient's allergy", "no condition: unchanged"},
	}
	for _, c := range cases {
		if got := withoutConditions(c.in); got != c.want {
			t.Errorf("withoutConditions(%q) = %q, want %q (%s)", c.in, got, c.want, c.reason)
		}
	}
}

func TestNumKeyName(t *testing.T) {
	tests := []struct {
		name   string
		want   bool
		reason string
	}{
		{"PatNum", true, "Open Dental: the key of the patient table"},
		{"AllergyDefNum", true, "Open Dental: the key of the allergy definition table"},
		{"babies_alive_num", false, "snake_case: a count of babies, not a key"},
		{"Num", false, "too short to name a table"},
		{"PatNumEntry", false, "Num inside the name, not at its end"},
		{"Sum", false, "no Num suffix"},
		{"2Num", false, "no word before Num"},
	}
	for _, tt := range tests {
		if got := numKeyName(tt.name); got != tt.want {
			t.Errorf("numKeyName(%q) = %v, want %v (%s)", tt.name, got, tt.want, tt.reason)
		}
	}
}

// TestObjectKinds checks the list users range over: every kind in it is
// valid and listed once, and a kind outside it is not valid.
func TestObjectKinds(t *testing.T) {
	seen := map[ObjectKind]bool{}
	for _, k := range ObjectKinds() {
		if !k.Valid() {
			t.Errorf("ObjectKinds lists %q, which is not valid", k)
		}
		if seen[k] {
			t.Errorf("ObjectKinds lists %q twice", k)
		}
		seen[k] = true
	}
	for _, k := range []ObjectKind{"", "patient", "Person"} {
		if k.Valid() {
			t.Errorf("ObjectKind(%q).Valid() = true, want false", k)
		}
	}
}
