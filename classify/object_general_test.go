package classify

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestObjectUnseenClasses covers error classes found on sources that
// nobody tuned on (issue 10: apollo, opendental, the pending sources),
// written as an org that none of them is would show them: each class
// with an object that must change and a near miss that must not. The
// reason names the class and the data line or rule.
func TestObjectUnseenClasses(t *testing.T) {
	c := Default()
	bpf := func(name string) Object {
		return Object{Name: name, Fields: probeFields(
			"businessprocessflowinstanceid", "Lab Order Flow", "uniqueidentifier",
			"bpf_name", "Name", "nvarchar",
			"bpf_duration", "Duration", "int",
			"activestageid", "Active Stage", "lookup",
			"activestagestartedon", "Active Stage Started On", "datetime",
			"completedon", "Completed On", "datetime",
			"traversedpath", "Traversed Path", "nvarchar",
			"bpf_contoso_labresultid", "Lab Result", "lookup",
		)}
	}
	cases := []objectCase{
		{
			name:   "a Dataverse business process flow table on a clinical table",
			obj:    bpf("contoso_labresultbpf"),
			kind:   ObjectConfiguration,
			reason: "schema.tsv sibling business process flow instance id: the flow's progress through its stages, not the lab result",
		},
		{
			name: "near miss: the clinical table a flow runs on keeps its kind and content",
			obj: Object{Name: "contoso_labresult", Label: "Lab Result", Fields: probeFields(
				"contoso_labresultid", "Lab Result", "uniqueidentifier",
				"contoso_findings", "Findings", "nvarchar",
				"processid", "Process", "uniqueidentifier",
				"traversedpath", "Traversed Path", "nvarchar",
				"contoso_patient", "Patient", "lookup",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"contoso_findings": {Health}},
			reason: "the flow's columns on the main table (processid, traversedpath) are system fields; only the flow table's own key makes a table a flow",
		},
		{
			name: "a person's name on a clinical form is whom the record is about",
			obj: Object{Name: "postnatal_visit", Label: "Postnatal care visit", Fields: probeFields(
				"patient_short_name", "", "string",
				"baby_details/baby_name", "Name", "string",
				"mother_first_name", "", "string",
				"ClientAddress", "Client Address", "Text",
				"danger_signs", "Danger signs", "string",
				"feeding_problems", "Feeding problems", "string",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"danger_signs": {Health}, "feeding_problems": {Health}},
			reason: "person words (fields.tsv object:person) and a name modifier before a name or address word (personDataTails): ordinary personal data, no category from the object",
		},
		{
			name: "near miss: what a person word names on a clinical record stays content",
			obj: Object{Name: "postnatal_visit", Label: "Postnatal care visit", Fields: probeFields(
				"patient_score", "", "string",
				"patient_type", "", "string",
				"test_name", "", "string",
				"patient_short_name", "", "string",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"patient_score": {Health}, "patient_type": {Health}, "test_name": {Health}},
			reason: "a score, a type or a number of a person is no name (not in personDataTails); a test's name is the test, no person word before it",
		},
		{
			name: "a professional's name and contact details on a clinical record are theirs",
			obj: Object{Name: "Medical_Clearance__c", Label: "Medical Clearance", Fields: probeFields(
				"Referring_Physician_Name__c", "Referring Physician Name", "Text",
				"Physician_Email__c", "Physician Email", "Email",
				"patholoogNaam", "", "String",
				"Physician_Notes__c", "Physician Notes", "LongTextArea",
				"Nurse_Assessment__c", "Nurse Assessment", "LongTextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Physician_Notes__c": {Health}, "Nurse_Assessment__c": {Health}},
			reason: "professionalWords before a name or contact word (personDataOf): the professional's data; their notes and assessment are the patient's health",
		},
		{
			name: "a lab's request form is a form about the patient, not a lab",
			obj: Object{Name: "CervixLabformulier", Fields: []Field{
				{Name: "laboratorium", Type: "String"},
				{Name: "menstruatieNormaal", Type: "Boolean"},
				{Name: "datumLaatsteMenstruatie", Type: "Date"},
				{Name: "anticonceptiePil", Type: "Boolean"},
				{Name: "hormoongebruik", Type: "Boolean"},
				{Name: "aspectCervixAbnormaalOfVerdachtePortio", Type: "Boolean"},
				{Name: "gebruikHormonenGeen", Type: "Boolean"},
				{Name: "klachtenIntermenstrueelBloedverlies", Type: "Boolean"},
				{Name: "klachtenAfhandeling", Type: "String"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"menstruatieNormaal": {Health}, "datumLaatsteMenstruatie": {Health}, "anticonceptiePil": {Health},
				"hormoongebruik": {Health}, "gebruikHormonenGeen": {Health}, "klachtenIntermenstrueelBloedverlies": {Health},
			},
			reason: "fallbackKind: an organisation word (lab) before a container head (formulier) gives no kind; fields.tsv anticonceptie, hormoongebruik, gebruik hormonen, bloedverlies; complaint handling (klachten alone) is no symptom; " +
				"schema.tsv context verdachte: a suspicious portio is a finding, not a suspect (no criminal; its own words name no health term either)",
		},
		{
			name:   "near miss: a lab named alone is an organisation",
			obj:    Object{Name: "CervixLab", Fields: []Field{{Name: "naam", Type: "String"}, {Name: "cytologieAfdeling", Type: "Boolean"}}},
			kind:   ObjectOrganisation,
			reason: "no container head: the fields.tsv object word lab decides; a lab's cytology department is the lab's, 0.4 on an organisation",
		},
		{
			name: "near miss: a suspect on an incident stays a suspect",
			obj: Object{Name: "Incident__c", Label: "Incident", Fields: probeFields(
				"Verdachte__c", "Verdachte", "Text",
				"Omschrijving__c", "Omschrijving", "TextArea",
			)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Verdachte__c": {Criminal}},
			reason: "schema.tsv context verdachte needs a word of a finding (laesie, portio, afwijking, …) in the field or its object",
		},
		{
			name: "a lesion or a polyp of a screening report is a clinical record",
			obj: Object{Name: "MammaLaesie", Fields: []Field{
				{Name: "laesieGrootteInCm", Type: "BigDecimal"},
				{Name: "mammaZijde", Type: "Enumerated MammaZijde"},
				{Name: "biradsLinks", Type: "Enumerated MammaBIRADSWaarde"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"laesieGrootteInCm": {Health}, "mammaZijde": {Health}, "biradsLinks": {Health}},
			reason: "fields.tsv laesie (a strong health word in the name makes the object clinical) and birads",
		},
		{
			name: "a specimen's material is a clinical record; a product sample is not",
			obj: Object{Name: "MammaFollowUpMonstermateriaal", Fields: []Field{
				{Name: "zijdigheid", Label: "Zijdigheid", Type: "ManyToOne DSValue"},
				{Name: "verkrijgingswijze", Label: "Verkrijgingswijze", Type: "ManyToOne DSValue"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"zijdigheid": {Health}, "verkrijgingswijze": {Health}},
			reason: "schema.tsv object monstermateriaal (0.8): where and how a biopsy was taken is the person's",
		},
		{
			name:   "near miss: building material is no specimen",
			obj:    Object{Name: "Bouwmateriaal", Fields: []Field{{Name: "zijdigheid", Label: "Zijdigheid", Type: "String"}}},
			kind:   ObjectUnknown,
			reason: "materiaal alone names no specimen: only monstermateriaal and lichaamsmateriaal do",
		},
		{
			name: "near miss: a laboratory's tariffs for HPV and cytology tests are prices",
			obj: Object{Name: "CervixLabTarief", Fields: []Field{
				{Name: "hpvAnalyseUitstrijkjeTarief", Type: "BigDecimal"},
				{Name: "cytologieVervolguitstrijkjeTarief", Type: "BigDecimal"},
				{Name: "hpvAnalyseZasTarief", Type: "BigDecimal"},
				{Name: "geldigVanaf", Type: "Date"},
			}},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object tarief: a table of tariffs is a catalogue of prices; the test names in its fields are services, not anyone's result",
		},
		{
			name: "a pathology report's authorisation and receipt dates are its handling; its findings are health",
			obj: Object{Name: "PaLaesie", Fields: []Field{
				{Name: "datumAutorisatieUitslag", Label: "Datum autorisatie uitslag", Type: "Date"},
				{Name: "datumOntvangstMateriaal", Label: "Datum ontvangst materiaal", Type: "Date"},
				{Name: "conclusie", Label: "Conclusie", Type: "String"},
				{Name: "diameter", Label: "Diameter", Type: "Quantity"},
				{Name: "nummerPotjeMonster", Label: "Nummer potje monster", Type: "String"},
				{Name: "volgnummerLaesie", Label: "Volgnummer laesie", Type: "String"},
				{Name: "tnummerLaboratorium", Label: "T-nummer laboratorium", Type: "String"},
				{Name: "monsterIdentificatie", Label: "Monster identificatie", Type: "String"},
				{Name: "aantalPoliepen", Label: "Aantal poliepen", Type: "Integer"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{"conclusie": {Health}, "diameter": {Health}, "aantalPoliepen": {Health}},
			reason: "schema.tsv handling autorisatie and datum ontvangst: when a report was signed or a sample received takes no category from its object; " +
				"a Dutch number named first (keyWords nummer, volgnummer, tnummer) or an identificatie is the record's number; a count of polyps is content",
		},
	}
	runObjectCases(t, c, cases)
}

// TestPersonDataTails checks that every last word of a person's
// ordinary data (personDataTails) is a plain word of fields.tsv, and
// every name modifier no category word.
func TestPersonDataTails(t *testing.T) {
	lx := fieldLex()
	for w := range personDataTails {
		if !lx.plainWord(w) {
			t.Errorf("personDataTails %q is no plain word of fields.tsv", w)
		}
	}
	for w := range nameModifiers {
		if lx.catWords[w] || lx.objects[w] != 0 {
			t.Errorf("nameModifiers %q is a category or object word of fields.tsv", w)
		}
	}
}

// TestSchemaORMAssociations: in a Java or PHP entity model (JPA,
// Hibernate, Doctrine) a field declared as an association to another
// entity of the model holds a reference to its row, not a value, even
// on a clinical entity and whatever it is named for; an association to
// a class the schema does not hold (a code table) keeps what its own
// words and its object say.
func TestSchemaORMAssociations(t *testing.T) {
	objs := []Object{
		{Name: "Biopsie", Fields: []Field{
			{Name: "uitslag", Type: "ManyToOne DSValue"},
			{Name: "tumorgrootte", Type: "Embedded Quantity"},
			{Name: "labformulier", Type: "OneToOne Labformulier"},
			{Name: "verrichtingen", Type: "OneToMany List<nl.example.model.Verrichting>"},
			{Name: "client", Type: "ManyToOne Client"},
		}},
		{Name: "Labformulier", Fields: []Field{{Name: "datum", Type: "Date"}}},
		{Name: "Verrichting", Fields: []Field{{Name: "code", Type: "String"}}},
		{Name: "Client", Fields: []Field{{Name: "bsn", Type: "String"}}},
	}
	want := map[string][]Category{
		"uitslag":      {Health},
		"tumorgrootte": {Health},
	}
	r := Default().Schema(objs)
	if r[0].Kind != ObjectClinical {
		t.Fatalf("Biopsie kind %s, want clinical", r[0].Kind)
	}
	for _, f := range objs[0].Fields {
		if diff := cmp.Diff(want[f.Name], objectFieldCats(r[0], f.Name)); diff != "" {
			t.Errorf("Biopsie.%s (-want +got):\n%s\nreason: an ORM association to an entity of the schema is a reference; to a class it does not hold (a code table), content", f.Name, diff)
		}
	}
	// The same object alone has no org to resolve its associations:
	// they stay as the other rules judge them.
	one := Default().Object(objs[0])
	if got := objectFieldCats(one, "labformulier"); len(got) == 0 {
		t.Errorf("Object alone: labformulier lost its object's category without an org to resolve it")
	}
}

func TestORMTarget(t *testing.T) {
	for _, tc := range []struct{ typ, want, reason string }{
		{"ManyToOne CervixMonster", "CervixMonster", "JPA @ManyToOne"},
		{"OneToMany List<CervixBoekRegel>", "CervixBoekRegel", "a collection names its element class"},
		{"ManyToMany List<nl.rivm.Organisatie>", "Organisatie", "a qualified class is its last name"},
		{"@OneToOne Dossier", "Dossier", "written as the annotation"},
		{"Embedded Quantity", "", "an embedded value is no association"},
		{"ElementCollection List<Reden>", "", "a collection of values is no association"},
		{"Enumerated MammaBIRADSWaarde", "", "an enum is a value"},
		{"ManyToOne", "", "no target"},
		{"Lookup(Contact)", "", "not an ORM type"},
	} {
		if got := ormTarget(tc.typ); got != tc.want {
			t.Errorf("ormTarget(%q) = %q, want %q (%s)", tc.typ, got, tc.want, tc.reason)
		}
	}
}

// TestSchemaReferenceOnly: a clinically named object whose fields point
// only to catalogue entries of the org (which prescription definition
// alerts on which disease or allergy definition) is reference data; one
// that also points to a patient is the patient's record.
func TestSchemaReferenceOnly(t *testing.T) {
	catalogue := func(name string) Object {
		return Object{Name: name, Fields: []Field{{Name: "Description", Type: "string"}}}
	}
	alert := Object{Name: "RxAlert", Fields: []Field{
		{Name: "RxDefNum", Type: "long"},
		{Name: "DiseaseDefNum", Type: "long"},
		{Name: "AllergyDefNum", Type: "long"},
		{Name: "IsHighSignificance", Type: "bool"},
		{Name: "NotificationMsg", Type: "string"},
	}}
	defs := []Object{catalogue("RxDef"), catalogue("DiseaseDef"), catalogue("AllergyDef"), {Name: "Patient", Fields: []Field{{Name: "LName", Type: "string"}}}}
	for _, d := range defs[:3] {
		if k := Default().Object(d).Kind; k != ObjectCatalogue {
			t.Fatalf("%s: kind %s, want catalogue (the test's premise)", d.Name, k)
		}
	}
	r := Default().Schema(append([]Object{alert}, defs...))[0]
	if r.Kind != ObjectCatalogue {
		t.Errorf("RxAlert: kind %s, want catalogue (reason: every link points to a catalogue of the org, none to a person)", r.Kind)
	}
	for _, f := range r.Flagged() {
		t.Errorf("RxAlert.%s flagged; a rule between catalogue entries is about no person", f.Field)
	}
	// Near miss: the same object with a key to the patient is the
	// patient's record.
	alert.Name = "RxPat"
	alert.Fields = append(alert.Fields, Field{Name: "PatientNum", Type: "long"})
	r = Default().Schema(append([]Object{alert}, defs...))[0]
	if r.Kind != ObjectClinical {
		t.Errorf("RxPat with a patient key: kind %s, want clinical", r.Kind)
	}
}

// TestThingOfAPerson: a thing that points to a person's record (a dental
// claim with the patient's key) holds that person's health where a
// field names it outright; the same field on a thing that points to no
// person (a drug catalogue, a claim form template) describes the thing.
func TestThingOfAPerson(t *testing.T) {
	c := Default()
	runObjectCases(t, c, []objectCase{
		{
			name: "a claim with the patient's key",
			obj: Object{Name: "Claim", Fields: []Field{
				{Name: "PatNum", Type: "long"},
				{Name: "DateIllnessInjuryPreg", Type: "DateTime"},
				{Name: "ClaimFee", Type: "double"},
			}},
			kind:   ObjectThing,
			want:   map[string][]Category{"DateIllnessInjuryPreg": {Health}},
			reason: "personLink (pat, an abbreviation of patient, and a Num key): the claim is the patient's; a field named outright for illness (0.85 and up) is the patient's health",
		},
		{
			name: "near miss: the same claim without a person's key",
			obj: Object{Name: "Claim", Fields: []Field{
				{Name: "CarrierNum", Type: "long"},
				{Name: "DateIllnessInjuryPreg", Type: "DateTime"},
			}},
			kind:   ObjectThing,
			reason: "a thing that points to no person: its words describe the thing (0.4)",
		},
		{
			name: "near miss: a drug catalogue's pregnancy flag",
			obj: Object{Name: "Medication", Fields: probeFields(
				"IsPregnancySafe", "Is Pregnancy Safe", "Checkbox",
				"ManufacturerId", "Manufacturer", "Lookup",
			)},
			kind:   ObjectCatalogue,
			reason: "issue 10 class 3: a catalogue item's IsPregnancySafe describes the drug",
		},
	})
}

// TestPublisherPrefix: a Dataverse publisher's prefix is no word of a
// column (apollo_name is the record's name, as Name is); a shared first
// word that the lexicon knows is a word (condition_name names the
// condition).
func TestPublisherPrefix(t *testing.T) {
	c := Default()
	runObjectCases(t, c, []objectCase{
		{
			name: "the primary name column of a Dataverse clinical table",
			obj: Object{Name: "apollo_Prescription", Fields: []Field{
				{Name: "apollo_name", Label: "Name", Type: "nvarchar"},
				{Name: "apollo_dosage", Label: "Dosage", Type: "nvarchar"},
				{Name: "apollo_patient", Label: "Patient", Type: "lookup"},
				{Name: "createdon", Label: "Created On", Type: "datetime"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"apollo_dosage": {Health}},
			reason: "publisherPrefix apollo: the rest of apollo_name is the whole-name system line name",
		},
		{
			name: "near miss: a shared word is no prefix",
			obj: Object{Name: "condition_occurrence", Fields: []Field{
				{Name: "condition_name", Type: "varchar"},
				{Name: "condition_start_date", Type: "date"},
				{Name: "person_id", Type: "integer"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"condition_name": {Health}, "condition_start_date": {Health}},
			reason: "condition is a word of the lexicon: condition_name names the condition",
		},
	})
	if got := fieldLex().publisherPrefix([]Field{{Name: "new_diagnosis"}, {Name: "new_notes"}, {Name: "statecode"}}); got != "new" {
		t.Errorf("publisherPrefix: %q, want new (Dataverse's default publisher)", got)
	}
}

// TestIndianIdentifiersAndProviders: India's Aadhaar and PAN are national
// identification numbers as a multi-business Indian insurer's org names
// them; a pan of a product is no PAN; an insurer's network of health
// providers is a list of organisations, not anyone's health.
func TestIndianIdentifiersAndProviders(t *testing.T) {
	c := Default()
	runObjectCases(t, c, []objectCase{
		{
			name: "Aadhaar and PAN on a person account",
			obj: Object{Name: "Account", Fields: probeFields(
				"PersonBirthdate", "Birthdate", "Date",
				"Aadhar_No__c", "Aadhar No.", "EncryptedText",
				"PAN_Number__c", "PAN Number", "EncryptedText",
				"Pan_Card__c", "Pan Card", "Text",
			)},
			kind:   ObjectPersonAccount,
			want:   map[string][]Category{"Aadhar_No__c": {NationalID}, "PAN_Number__c": {NationalID}, "Pan_Card__c": {NationalID}},
			reason: "fields.tsv aadhar, aadhaar, pan number, pan card: India's national identification numbers",
		},
		{
			name:   "near miss: a pan of a product",
			obj:    Object{Name: "Product2", Fields: probeFields("Pan_Size__c", "Pan Size", "Number", "Frying_Pan__c", "Frying Pan", "Checkbox")},
			kind:   ObjectCatalogue,
			reason: "pan alone is no PAN: only pan card, pan number, pan no",
		},
		{
			name: "an insurer's network of health providers",
			obj: Object{Name: "Health_Provider__c", Label: "Health Provider", Custom: true, Fields: probeFields(
				"Provider_Specialty__c", "Provider Specialty", "Text",
				"Network_Type__c", "Network Type", "Picklist",
				"Provider_Status__c", "Provider Status", "Picklist",
			)},
			kind:   ObjectOrganisation,
			reason: "schema.tsv object health provider: a hospital or clinic, an organisation",
		},
		{
			name:   "near miss: a health condition stays clinical",
			obj:    Object{Name: "Health_Condition__c", Label: "Health Condition", Custom: true, Fields: probeFields("Status__c", "Status", "Picklist", "Notes__c", "Notes", "TextArea")},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Notes__c": {Health}},
			reason: "only health provider is an organisation",
		},
	})
}

// TestPreExistingConditions: an insured person's pre-existing condition
// or disease is health; a procedure code's pre-existing flag in a
// catalogue is not.
func TestPreExistingConditions(t *testing.T) {
	runObjectCases(t, Default(), []objectCase{
		{
			name: "an intake's pre-existing conditions",
			obj: Object{Name: "Intake__c", Label: "Intake", Custom: true, Fields: probeFields(
				"Client__c", "Client", "Lookup",
				"Pre_Existing_Conditions__c", "Pre-Existing Conditions", "Checkbox",
				"Pre_Existing_Disease__c", "Pre-existing Disease", "LongTextArea",
			)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Pre_Existing_Conditions__c": {Health}, "Pre_Existing_Disease__c": {Health}},
			reason: "fields.tsv pre existing condition(s), pre existing disease",
		},
		{
			name:   "near miss: a procedure code's pre-existing flag",
			obj:    Object{Name: "ProcedureCode", Fields: []Field{{Name: "PreExisting", Type: "bool"}, {Name: "Descript", Type: "string"}}},
			kind:   ObjectCatalogue,
			reason: "pre existing alone names no condition, and a catalogue's fields describe its items",
		},
	})
}
