package classify

import (
	"testing"
)

// probeFields builds fields from triples of name, label and type.
func probeFields(specs ...string) []Field {
	out := make([]Field, 0, len(specs)/3)
	for i := 0; i+2 < len(specs); i += 3 {
		out = append(out, Field{Name: specs[i], Label: specs[i+1], Type: specs[i+2]})
	}
	return out
}

// probePicklist is a picklist field with its values.
func probePicklist(name, label string, values ...string) Field {
	return Field{Name: name, Label: label, Type: "Picklist", Picklist: values}
}

// TestObjectProbes runs synthetic objects written in the manner of real
// orgs and data models (issue 10): large ordinary objects of a Dutch
// housing corporation, a nonprofit or a municipality, where precision on
// ordinary fields is what counts, and clinical tables of Health Cloud and
// the OMOP Common Data Model, whose bland fields hold health data while
// their record metadata does not. Each object lists exactly the fields
// that must be flagged and their categories; every other field must not
// be. The reason names the error class of issue 10 and the rule.
func TestObjectProbes(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "housing contract: nothing to find among ordinary Dutch fields",
			obj: Object{Name: "Huurcontract__c", Label: "Huurcontract", Custom: true, Fields: probeFields(
				"Status__c", "Status", "Picklist",
				"Opmerking__c", "Opmerking", "TextArea",
				"Type_woning__c", "Type woning", "Picklist",
				"Reden_opzegging__c", "Reden opzegging", "Picklist",
				"Klachtcategorie__c", "Klachtcategorie", "Picklist",
				"Huurprijs__c", "Huurprijs", "Currency",
				"Ingangsdatum__c", "Ingangsdatum", "Date",
				"Huurder__c", "Huurder", "Lookup",
				"Medehuurder__c", "Medehuurder", "Lookup",
				"Urgentieverklaring__c", "Urgentieverklaring", "Checkbox",
				"Zorgwoning__c", "Zorgwoning", "Checkbox",
				"Aangepaste_woning__c", "Aangepaste woning", "Checkbox",
				"Betalingsachterstand__c", "Betalingsachterstand", "Currency",
				"Ontruiming__c", "Ontruiming", "Checkbox",
				"Overlastmelding__c", "Overlastmelding", "Checkbox",
				"Huisbezoek__c", "Huisbezoek", "Date",
				"Stempel__c", "Stempel", "Text",
				"Datumstempel__c", "Datumstempel", "DateTime",
				"Inkomen__c", "Inkomen", "Currency",
				"Rolstoel__c", "Rolstoel", "Checkbox",
				"Traplift__c", "Traplift", "Checkbox",
				"Contractpartij__c", "Contractpartij", "Text",
				"Partij__c", "Partij", "Text",
			)},
			kind:   ObjectThing,
			reason: "precision on ordinary orgs: a contract is a thing; stempel is no tempel (class 5), a contract party no political party",
		},
		{
			name: "Dutch B2C person account: only what the names say outright",
			obj: Object{Name: "Account", Label: "Account", Fields: probeFields(
				"Klantnummer__c", "Klantnummer", "Text",
				"BSN__pc", "BSN", "Text",
				"Geboortedatum__pc", "Geboortedatum", "Date",
				"Geslacht__pc", "Geslacht", "Picklist",
				"Nationaliteit__pc", "Nationaliteit", "Picklist",
				"Burgerlijke_staat__pc", "Burgerlijke staat", "Picklist",
				"Overleden__pc", "Overleden", "Checkbox",
				"Bewindvoering__pc", "Bewindvoering", "Checkbox",
				"Schuldhulpverlening__pc", "Schuldhulpverlening", "Checkbox",
				"Zorgbehoefte__pc", "Zorgbehoefte", "TextArea",
				"IsPersonAccount", "Is Person Account", "Checkbox",
				"Industry", "Industry", "Picklist",
				"Type", "Type", "Picklist",
				"Description", "Description", "TextArea",
				"Doelgroep__c", "Doelgroep", "Picklist",
				"Signalering__c", "Signalering", "TextArea",
			)},
			kind:   ObjectPersonAccount,
			want:   map[string][]Category{"BSN__pc": {NationalID}, "Zorgbehoefte__pc": {Health}},
			reason: "class 2: a person account; ordinary personal data (birth date, sex, nationality, civil status, debt counselling) is no special category",
		},
		{
			name: "a housing corporation's case: complaints, repairs, nuisance",
			obj: Object{Name: "Case", Label: "Case", Fields: probeFields(
				"Reason", "Reason", "Picklist",
				"Type", "Type", "Picklist",
				"Origin", "Origin", "Picklist",
				"Subject", "Subject", "Text",
				"Reparatie_categorie__c", "Reparatiecategorie", "Picklist",
				"Overlast_type__c", "Soort overlast", "Picklist",
				"Behandelaar__c", "Behandelaar", "Lookup",
				"Behandelstatus__c", "Behandelstatus", "Picklist",
				"Afhandeling__c", "Afhandeling", "Picklist",
				"Schade__c", "Schade", "Currency",
				"Handhaving__c", "Handhaving", "Picklist",
			)},
			kind:   ObjectUnknown,
			reason: "precision on ordinary orgs: the handler (behandelaar) and handling status of a case are no treatment",
		},
		{
			name: "a nonprofit contact: picklists of ordinary values",
			obj: Object{Name: "Contact", Label: "Contact", Fields: []Field{
				{Name: "Herkomst__c", Label: "Herkomst", Type: "Picklist"},
				{Name: "Lidmaatschap__c", Label: "Lidmaatschap", Type: "Picklist"},
				{Name: "Huisarts__c", Label: "Huisarts", Type: "Text"},
				{Name: "Preferred_Language__c", Label: "Preferred language", Type: "Picklist"},
				{Name: "Marital_Status__c", Label: "Marital status", Type: "Picklist"},
				{Name: "Religion__c", Label: "Religion", Type: "Picklist"},
				{Name: "Membership_Origin__c", Label: "Membership Origin", Type: "Text", HelpText: "The origin of the membership"},
				probePicklist("Subject_Area__c", "Subject Area", "Biology", "Physical, Health, and Safety Education", "Mathematics"),
				probePicklist("Lead_Source__c", "Lead source", "Web", "Event", "Church", "Partner referral"),
				probePicklist("Bron__c", "Bron", "Website", "Kerk", "Beurs", "Mond-tot-mond"),
				probePicklist("Relationship_Type__c", "Relationship type", "Employer", "Employee", "Reciprocal contact"),
				probePicklist("Type_woning__c", "Type woning", "Eengezinswoning", "Appartement", "Seniorenwoning", "Studio"),
				probePicklist("Doelgroep__c", "Doelgroep", "Jongeren", "Senioren", "Studenten", "Gezinnen"),
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Religion__c": {ReligiousBeliefs}},
			reason: "class 4 and 5: a church among the sources of a lead is a channel (schema.tsv context church, kerk); a help text that repeats a weak name word is no second source; health and safety as a subject (fields.tsv clean)",
		},
		{
			name: "Health Cloud condition: content is health, integration and audit fields are not",
			obj: Object{Name: "HealthCondition", Label: "Health Condition", Fields: probeFields(
				"PatientId", "Patient", "reference",
				"ConditionCodeId", "Condition Code", "reference",
				"Severity", "Severity", "picklist",
				"OnsetStartDateTime", "Onset Start Date Time", "datetime",
				"Type", "Type", "picklist",
				"CreatedDate", "Created Date", "datetime",
				"LastModifiedById", "Last Modified By ID", "reference",
				"SourceSystem", "Source System", "string",
				"SourceSystemIdentifier", "Source System Identifier", "string",
				"SourceSystemModified", "Source System Modified", "datetime",
				"CurrencyIsoCode", "Currency ISO Code", "picklist",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{"ConditionCodeId": {Health}, "Severity": {Health},
				"OnsetStartDateTime": {Health}},
			reason: "class 1 and 6: bland content of a clinical object; Health Cloud source-system fields are platform fields (schema.tsv system); Type is the kind of record (problem, diagnosis, health concern), negative by sfhc's recorded decision (schema.tsv handling type of:condition)",
		},
		{
			name: "Health Cloud observation: the value is health, its status and normal range are not",
			obj: Object{Name: "CareObservation", Label: "Care Observation", Fields: probeFields(
				"CodeId", "Code", "reference",
				"ObservedSubjectId", "Observed Subject", "reference",
				"NumericValue", "Numeric Value", "double",
				"UnitOfMeasureId", "Unit of Measure", "reference",
				"ObservationStatus", "Observation Status", "picklist",
				"LowerBaselineValue", "Lower Baseline Value", "double",
				"UpperBaselineValue", "Upper Baseline Value", "double",
				"Category", "Category", "picklist",
				"Comment__c", "Comment", "textarea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"CodeId": {Health}, "NumericValue": {Health}, "Comment__c": {Health}},
			reason: "class 1: README rule: record status and a test's reference range are negative (schema.tsv system)",
		},
		{
			name: "OMOP condition_occurrence: codes and dates are health, keys and provenance are not",
			obj: Object{Name: "condition_occurrence", Fields: probeFields(
				"condition_occurrence_id", "", "integer",
				"person_id", "", "integer",
				"condition_concept_id", "", "integer",
				"condition_start_date", "", "date",
				"condition_type_concept_id", "", "integer",
				"stop_reason", "", "varchar",
				"provider_id", "", "integer",
				"visit_occurrence_id", "", "integer",
				"condition_source_value", "", "varchar",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{"condition_concept_id": {Health}, "condition_start_date": {Health},
				"stop_reason": {Health}, "condition_source_value": {Health}},
			reason: "class 1 and 6: OMOP clinical table (schema.tsv object); concept id is a code (code-reference), type concept id provenance (record-id)",
		},
		{
			name: "OMOP measurement: the value, not its unit or normal range",
			obj: Object{Name: "measurement", Fields: probeFields(
				"measurement_id", "", "integer",
				"person_id", "", "integer",
				"measurement_concept_id", "", "integer",
				"value_as_number", "", "float",
				"unit_concept_id", "", "integer",
				"range_low", "", "float",
				"range_high", "", "float",
				"unit_source_value", "", "varchar",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"measurement_concept_id": {Health}, "value_as_number": {Health}},
			reason: "class 1: README rule: units and reference ranges are negative; value_as_number is no record number",
		},
		{
			name: "OMOP vocabulary and observation period hold no person's health",
			obj: Object{Name: "observation_period", Fields: probeFields(
				"observation_period_id", "", "integer",
				"person_id", "", "integer",
				"observation_period_start_date", "", "date",
				"period_type_concept_id", "", "integer",
			)},
			kind:   ObjectThing,
			reason: "class 3: the span of available data is no observation (schema.tsv object observation period)",
		},
		{
			name: "a public-law restriction on a parcel is no disability",
			obj: Object{Name: "Beperking", Description: "Een door een bestuursorgaan opgelegde publiekrechtelijke beperking op een kadastraal perceel", Fields: probeFields(
				"code", "", "string", "omschrijving", "", "string", "datumBegin", "", "date")},
			kind:   ObjectUnknown,
			reason: "class 5: schema.tsv context beperking (Wkpb) takes the clinical kind away",
		},
		{
			name: "a municipal sports accommodation is a building",
			obj: Object{Name: "Sportaccommodatie", Fields: probeFields(
				"naam", "", "string", "toegankelijkVoorGehandicapten", "", "boolean", "gebedsruimte", "", "boolean")},
			kind:   ObjectThing,
			reason: "class 3: schema.tsv object accommodatie: its accessibility describes the building",
		},
		{
			name: "a dataset namespace is context, a dimension table a catalogue",
			obj: Object{Name: "zorgMonitor.dimZorgsoort", Label: "Dimensie zorgsoort", Description: "Gegevens over medische zorg aan cliënten", Fields: probeFields(
				"code", "Code", "string", "naam", "Naam", "string", "omschrijving", "Omschrijving", "string")},
			kind:   ObjectCatalogue,
			reason: "class 3: the namespace before the dot reads as description (objectNamespace); schema.tsv object-prefix dim (Kimball dimension table)",
		},
		{
			name: "a dimension of people stays a person",
			obj: Object{Name: "DimCustomer", Label: "Dim Customer", Fields: probeFields(
				"CustomerKey", "Customer Key", "int", "Religion", "Religion", "string")},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Religion": {ReligiousBeliefs}},
			reason: "class 3: object-prefix does not hold when the rest of the name is a person word",
		},
		{
			name: "the provision of a Wmo client names the care, also on an invoice line",
			obj: Object{Name: "sociaalDomein.factuurregelWmo", Label: "Factuurregel Wmo", Description: "Factuurregels van maatwerkvoorzieningen Wmo per cliënt", Fields: probeFields(
				"clientnummer", "Cliëntnummer", "string",
				"voorziening", "Voorziening", "string",
				"voorzieningsoort", "Voorzieningsoort", "string",
				"productcode", "Productcode", "string",
				"bedrag", "Bedrag", "decimal",
				"leveringsvorm", "Leveringsvorm", "string",
			)},
			kind:   ObjectThing,
			want:   map[string][]Category{"voorziening": {Health}, "voorzieningsoort": {Health}, "productcode": {Health}},
			reason: "class 1: schema.tsv topic voorziening, product code beside wmo; amounts and delivery form are administrative",
		},
		{
			name: "a provision without a care topic is nothing",
			obj: Object{Name: "Gemeente.Voorziening", Label: "Voorziening", Description: "Speeltuinen, bankjes en andere voorzieningen in de openbare ruimte", Fields: probeFields(
				"voorziening", "Voorziening", "string", "productcode", "Productcode", "string")},
			kind:   ObjectUnknown,
			reason: "class 1: topic lines need their topic words in the object",
		},
		{
			name: "the proces-verbaal of a polling station records votes",
			obj: Object{Name: "verkiezingen.processenVerbaal", Label: "Processen-verbaal", Description: "Processen-verbaal van de stembureaus bij de gemeenteraadsverkiezingen", Fields: probeFields(
				"stembureau", "Stembureau", "string", "documentnaam", "Documentnaam", "string", "jaar", "Jaar", "integer")},
			kind:   ObjectUnknown,
			reason: "class 5: schema.tsv context proces verbaal beside verkiezing, stembureau (Kieswet) takes the criminal-justice kind away",
		},
		{
			name: "the cause in a death record is health, its date is not",
			obj: Object{Name: "death", Fields: probeFields(
				"person_id", "", "integer", "death_date", "", "date", "death_type_concept_id", "", "integer",
				"cause_concept_id", "", "integer", "cause_source_value", "", "varchar")},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"cause_concept_id": {Health}, "cause_source_value": {Health}},
			reason: "class 1: schema.tsv topic cause beside death; being deceased is no category",
		},
		{
			name: "a company officer's restriction of authority is no disability",
			obj: Object{Name: "handelsregister.functievervullingen", Fields: probeFields(
				"beperkingInHandeling", "Aanduiding beperking in handeling", "string", "functietitel", "Functietitel", "string")},
			kind:   ObjectUnknown,
			reason: "class 5: schema.tsv context beperking beside handeling, functievervulling (Handelsregister)",
		},
		{
			name: "a clinical note of a contact centre: its content is health, its call handling is not",
			obj: Object{Name: "Progress_Note__c", Label: "Progress Note", Custom: true, Fields: probeFields(
				"Chief_Complaint__c", "Chief Complaint", "Text",
				"Symptom_Onset__c", "Symptom Onset", "Date",
				"Assessment__c", "Assessment", "LongTextArea",
				"Disposition__c", "Disposition", "Picklist",
				"Call_Back_Number__c", "Call Back Number", "Phone",
				"Caller_Name__c", "Caller Name", "Text",
				"Message_Left_For_Patient__c", "Message left for patient", "Checkbox",
				"Electronic_Signature__c", "Signed By", "Text",
				"Future_Appointments__c", "Future Appointments", "Text",
				"Transferred_To_Pharmacy__c", "Transferred to pharmacy", "Checkbox",
				"Referring_Provider__c", "Referring Provider", "Text",
				"Provider_Comments__c", "Provider Comments", "LongTextArea",
				"Time_Spent__c", "Time Spent", "Number",
				"Patient_SSN__c", "Patient SSN", "Text",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{"Chief_Complaint__c": {Health}, "Symptom_Onset__c": {Health}, "Assessment__c": {Health},
				"Disposition__c": {Health}, "Provider_Comments__c": {Health}, "Patient_SSN__c": {NationalID}},
			reason: "class 1 and 6: schema.tsv object progress note; handling lines (call back, caller, message, signed by, appointment, transferred, time spent), record-id provider; a national id takes nothing from the object",
		},
		{
			name: "a housing allocation's sanction costs waiting points; it is no criminal sanction",
			obj: Object{Name: "Sanctie__c", Label: "Sanctie", Custom: true, Fields: []Field{
				{Name: "idExtern", Type: "string"},
				probePicklist("Soort__c", "Soort sanctie", "Weigering aanbod", "No-show"),
				{Name: "Puntenaftrek__c", Label: "Puntenaftrek", Type: "Number"},
				{Name: "Inschrijving__c", Label: "Inschrijving", Type: "Lookup"},
				{Name: "Begindatum__c", Label: "Begindatum", Type: "Date"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "issue 10, vera: schema.tsv context sanctie (punt, inschrijving, toewijzing) read in the names of the object's fields takes the criminal-justice kind away",
		},
		{
			name: "a sanction without allocation words stays criminal, and a key named first is no content",
			obj: Object{Name: "Sanctie__c", Label: "Sanctie", Custom: true, Fields: []Field{
				{Name: "idExtern", Type: "string"},
				{Name: "Omschrijving__c", Label: "Omschrijving", Type: "LongTextArea"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Omschrijving__c": {Criminal}},
			reason: "issue 10, class 1 and vera: schema.tsv object sanctie; a key word first (idExtern, as Aedes VERA names its keys) is a record id (schema.tsv record-id id), which takes nothing from its object",
		},
		{
			name: "a legal person is an organisation; a church's legal form is no belief",
			obj: Object{Name: "Rechtspersoon__c", Label: "Rechtspersoon", Custom: true, Fields: []Field{
				probePicklist("Rechtsvorm__c", "Rechtsvorm", "Besloten vennootschap", "Stichting", "Vereniging", "Kerkgenootschap"),
				{Name: "KvK_nummer__c", Label: "KvK-nummer", Type: "Text"},
			}},
			kind:   ObjectOrganisation,
			want:   map[string][]Category{},
			reason: "issue 10, vera: schema.tsv object rechtspersoon (organisation), not the person word persoon inside it; on an organisation a church's legal form counts for 0.4",
		},
		{
			name: "the values of a tenant's signals, target groups and repairs: care, detention and a Wmo adaptation",
			obj: Object{Name: "Huurder__c", Label: "Huurder", Custom: true, Fields: []Field{
				probePicklist("Signaal__c", "Signaal", "Huurschuld", "Geluidsoverlast", "Ambulante begeleiding", "Seksueel ongepast"),
				probePicklist("Voorrang__c", "Voorrang", "Herhuisvesting", "Ex-gedetineerd", "Mantelzorg"),
				probePicklist("Bron_gegevens__c", "Bron gegevens", "BRP", "BvBSN", "UWV"),
				probePicklist("Verzoek__c", "Soort verzoek", "Reparatie", "WMO Aanpassing", "Planmatig"),
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Signaal__c": {Health}, "Voorrang__c": {Criminal}, "Verzoek__c": {Health}},
			reason: "issue 10, class 4 and vera: fields.tsv ambulante begeleiding, gedetineerd, wmo aanpassing among picklist values; seksueel ongepast is conduct (clean:sex-life-orientation); a picklist holds labels, never a person's number, so BvBSN among the sources is no national-id",
		},
		{
			name: "a Wmo adaptation of a dwelling is health, what it costs and when it was asked is not",
			obj: Object{Name: "WMO_Aanpassing__c", Label: "WMO-aanpassing", Custom: true, Fields: []Field{
				probePicklist("Soort_aanpassing__c", "Soort aanpassing", "Traplift", "Douchestoel", "Drempelhulp"),
				{Name: "Kosten__c", Label: "Kosten", Type: "Currency"},
				{Name: "Bijdrage_gemeente__c", Label: "Bijdrage gemeente", Type: "Currency"},
				{Name: "Aanvraagdatum__c", Label: "Aanvraagdatum", Type: "Date"},
				{Name: "Opmerkingen__c", Label: "Opmerkingen", Type: "LongTextArea"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Soort_aanpassing__c": {Health}, "Opmerkingen__c": {Health}},
			reason: "issue 10, vera and class 1: fields.tsv wmo aanpassing makes the object clinical; schema.tsv handling kosten, bijdrage, aanvraagdatum (money and the request's dates are its handling, as every cost and amount of the dev set is negative)",
		},
		{
			name: "Health Cloud's diagnosis and procedure code tables are catalogues, a patient's diagnosis is not",
			obj: Object{Name: "HealthCareDiagnosis", Description: "Represents information related to industry-standard healthcare diagnosis codes.", Fields: probeFields(
				"Code", "", "string",
				"CodeDescription", "", "string",
				"IsPrimaryDiagnosis", "", "boolean",
				"IsHospitalAcquiredCondition", "", "boolean",
				"EffectiveDate", "", "date",
			)},
			kind:   ObjectCatalogue,
			want:   map[string][]Category{},
			reason: "issue 10, class 3 and sfstd: schema.tsv object health care diagnosis (catalogue) ends last and outranks the clinical diagnosis; a catalogue describes codes, not a person",
		},
		{
			name: "a local table of procedure codes is a catalogue too",
			obj: Object{Name: "Procedure_Code__c", Label: "Procedure Code", Custom: true, Fields: probeFields(
				"Code__c", "Code", "Text",
				"Description__c", "Description", "Text",
				"Surgery__c", "Surgery", "Checkbox",
			)},
			kind:   ObjectCatalogue,
			want:   map[string][]Category{},
			reason: "issue 10, class 3: schema.tsv object procedure code (catalogue)",
		},
		{
			name: "occupations in picklists are jobs, not health",
			obj: Object{Name: "Contact", Fields: []Field{
				probePicklist("Job_Function__c", "Job Function", "Medical", "Legal", "Finance"),
				probePicklist("Reporter_Type__c", "Reporter Type", "Mental Health Professionals", "Medical Examiners", "Teachers"),
				probePicklist("Beroepsgroep__c", "Beroepsgroep", "Medisch specialist", "Medisch hulpverlener", "Docent"),
				probePicklist("Reason_For_Visit__c", "Reason For Visit", "Medical", "Social"),
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Reason_For_Visit__c": {Health}},
			reason: "issue 10, class 4 and sfstd, dusi: schema.tsv checklist job (a list of jobs is not read); fields.tsv clean:health for occupations (mental health professional, medical examiner, medisch specialist, medisch hulpverlener); a reason with Medical still is health",
		},
		{
			name: "Health Cloud: a clinical service request's content and recorded date are health, its division and source dates are not",
			obj: Object{Name: "ClinicalServiceRequest", Fields: probeFields(
				"RequestCodeId", "", "Id",
				"PatientInstruction", "", "String",
				"StartDate", "", "Datetime",
				"Division", "", "String",
				"RecordCreationDateTime", "", "Datetime",
				"SourceSysModifiedDateTime", "", "Datetime",
				"SupportingDocUrl", "", "String",
				"ReferringPhysician", "", "String",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"RequestCodeId": {Health}, "PatientInstruction": {Health}, "StartDate": {Health}, "RecordCreationDateTime": {Health}},
			reason: "issue 10, sfhc: schema.tsv object clinical service request; system division; handling source sys, url (record metadata and links, the README rule); record-id physician (the professional); the date the request was recorded is a date of its content, as zib's recorded dates and US Core's recordedDate",
		},
		{
			name: "Health Cloud: an allergy's status and category are its content, an observation's its record structure",
			obj: Object{Name: "AllergyIntolerance", Fields: probeFields(
				"Status", "", "Picklist",
				"Category", "", "Picklist",
				"Criticality", "", "Picklist",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Status": {Health}, "Category": {Health}, "Criticality": {Health}},
			reason: "issue 10, vahc and sfhc: schema.tsv topic status and category on an allergy (its clinical status; food, medication, environment) read the bare structure word as content",
		},
		{
			name: "Health Cloud: the status and category of an observation are the record's",
			obj: Object{Name: "CareObservation", Fields: probeFields(
				"Status", "", "Picklist",
				"Category", "", "Picklist",
				"ObservedValueText", "", "String",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"ObservedValueText": {Health}},
			reason: "issue 10, vahc: schema.tsv structure status and category (the record's workflow status and kind, US Core); the topic lines name allergies only",
		},
		{
			name: "Health Cloud: a contact-tracing encounter, a request's appeal process and a barrier type are no clinical records",
			obj: Object{Name: "ContactEncounter", Fields: probeFields(
				"Description", "", "String",
				"EncounterDuration", "", "Integer",
				"StartTime", "", "Datetime",
			)},
			kind:   ObjectThing,
			want:   map[string][]Category{},
			reason: "issue 10, sfhc: schema.tsv object contact encounter (a gathering, thing) ends last and is longer than encounter (clinical)",
		},
		{
			name: "Health Cloud: the appeal and review of a utilization-management request are its handling",
			obj: Object{Name: "CareRequestExtension", Fields: probeFields(
				"IndependentReviewDetermination", "", "String",
				"RequestOutcome", "", "String",
				"IsMedicareCoverage", "", "Boolean",
				"AppealEffectuationDateTime", "", "Datetime",
			)},
			kind:   ObjectThing,
			want:   map[string][]Category{},
			reason: "issue 10, sfhc: schema.tsv object care request extension (thing), ahead of care request (clinical)",
		},
		{
			name: "a municipal Wmo provision: the provision is health, its decision date, supplier and own contribution are not",
			obj: Object{Name: "WmoVoorziening", Label: "Wmo-voorziening", Fields: []Field{
				probePicklist("soortVoorziening", "Soort voorziening", "Huishoudelijke hulp", "Begeleiding", "Rolstoel", "Woningaanpassing"),
				{Name: "beschikkingsdatum", Label: "Beschikkingsdatum", Type: "date"},
				{Name: "leverancier", Label: "Leverancier", Type: "string"},
				{Name: "eigenBijdrage", Label: "Eigen bijdrage", Type: "decimal"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"soortVoorziening": {Health}},
			reason: "issue 10, class 1 (a Dutch municipal model): schema.tsv handling beschikkingsdatum (the decision's date), leverancier (an organisation), bijdrage (money) take nothing from the clinical object",
		},
		{
			name: "an age named alone is ordinary on a clinical record; an age at onset is not",
			obj: Object{Name: "Triage__c", Label: "Triage", Custom: true, Fields: probeFields(
				"Age__c", "Age", "Number",
				"Leeftijd__c", "Leeftijd", "Number",
				"Age_del__c", "Age", "Number",
				"Age_At_Onset__c", "Age at Onset", "Number",
				"Chief_Complaint__c", "Chief Complaint", "Text",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Age_At_Onset__c": {Health}, "Chief_Complaint__c": {Health}},
			reason: "issue 10, vahc, sfhc, brp, cases: schema.tsv system age, leeftijd (the whole name: ordinary personal data, as a birth date); Salesforce's mark of a deleted custom field (Age_del__c) is no word of its name",
		},
		{
			name: "a screening instrument's items are health whatever their names",
			obj: Object{Name: "PHQ_9__c", Label: "PHQ-9", Custom: true, Fields: []Field{
				{Name: "AssessmentId__c", Label: "Assessment", Type: "MasterDetail"},
				probePicklist("Little_interest_doing_things__c", "Little interest doing things?", "0", "1", "2", "3"),
				probePicklist("Trouble_sleeping__c", "Trouble sleeping?", "0", "1", "2", "3"),
				{Name: "Total_Score__c", Label: "Total Score", Type: "Number"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Little_interest_doing_things__c": {Health}, "Trouble_sleeping__c": {Health}, "Total_Score__c": {Health}},
			reason: "issue 10, class 1 and cases: schema.tsv object phq (also crafft, mhsf, bjmhs, tcu, drug screen, substance abuse); a lookup holds nothing",
		},
		{
			name: "a criminal-justice risk inventory and a court case's words",
			obj: Object{Name: "LSIR_Assessment__c", Label: "LSI-R", Custom: true, Fields: []Field{
				{Name: "Criminal_History_Score__c", Label: "Criminal History Score", Type: "Number"},
				{Name: "Companions_Score__c", Label: "Companions", Type: "Number"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Criminal_History_Score__c": {Criminal}, "Companions_Score__c": {Criminal}},
			reason: "issue 10, class 1 and cases: schema.tsv object lsir (Level of Service Inventory-Revised, also ls cmi)",
		},
		{
			name: "court words on a client's case; full sentences of speech and a bailout are not",
			obj: Object{Name: "Client_Case__c", Label: "Client Case", Custom: true, Fields: probeFields(
				"Arraignment_Date__c", "Arraignment Date", "Date",
				"Top_Indictment_Charge__c", "Top Indictment Charge", "Text",
				"Includes_Felony_Charge__c", "Includes Felony Charge", "Checkbox",
				"DA_s_Plea_Offer__c", "DA's Plea Offer", "Text",
				"Parketnummer__c", "Parketnummer", "Text",
				"Speaks_Full_Sentences__c", "Speaks in full sentences", "Checkbox",
				"Bailout_Amount__c", "Bailout Amount", "Currency",
			)},
			kind: ObjectPerson,
			want: map[string][]Category{"Arraignment_Date__c": {Criminal}, "Top_Indictment_Charge__c": {Criminal}, "Includes_Felony_Charge__c": {Criminal},
				"DA_s_Plea_Offer__c": {Criminal}, "Parketnummer__c": {Criminal}},
			reason: "issue 10, class 7 and cases: fields.tsv arraignment, indictment, felony, plea offer, parketnummer; clean:criminal full sentence; guard bailout",
		},
		{
			name: "an application's defaults are settings",
			obj: Object{Name: "Apex_Defaults__c", Label: "Apex Defaults", Custom: true, Fields: probeFields(
				"Probation_Supervisor__c", "Probation Supervisor", "Text",
				"Parole_Liaison__c", "Parole Liaison", "Text",
			)},
			kind:   ObjectConfiguration,
			want:   map[string][]Category{},
			reason: "issue 10, class 3 and cases: schema.tsv object defaults (configuration)",
		},
		{
			name: "an organisation's policy, campaign or statistics on a topic is about no person",
			obj: Object{Name: "Medewerker__c", Label: "Medewerker", Custom: true, Fields: probeFields(
				"Verzuimbeleid_gelezen__c", "Verzuimbeleid gelezen", "Checkbox",
				"Verzuimcijfers_afdeling__c", "Verzuimcijfers afdeling", "Number",
				"Health_Policy_Number__c", "Health Policy Number", "Text",
				"Ziekteverzuim__c", "Ziekteverzuim", "Number",
				"Drug_Use__c", "Drug Use", "Text",
			)},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Ziekteverzuim__c": {Health}, "Drug_Use__c": {Health}},
			reason: "class 5 (word lists): fields.tsv head beleid, cijfer, policy right after a category word make the name an organisation's policy, statistics or an insurance policy; the category words alone still count",
		},
		{
			name: "a guard is a word of its own, not a form of a shorter category word",
			obj: Object{Name: "Contact", Label: "Contact", Fields: probeFields(
				"Waargenomen__c", "Waargenomen", "Text",
				"Bushalte__c", "Bushalte", "Text",
				"Keukenkasten__c", "Keukenkasten", "Text",
				"Bedrijfsgeneeskundige__c", "Bedrijfsgeneeskundige", "Text",
				"Filosofie__c", "Filosofie", "Text",
				"Generate_Invoice__c", "Generate Invoice", "Checkbox",
				"Class_Reunion_Year__c", "Class Reunion Year", "Text",
				"Stockbroker__c", "Stockbroker", "Text",
				"Genome_Sequence__c", "Genome Sequence", "Text",
				"HALT_afdoening__c", "HALT-afdoening", "Text",
				"Kaste__c", "Kaste", "Text",
				"Pijnpunten__c", "Pijnpunten", "LongTextArea",
				"Discharge_Date__c", "Discharge Date", "Date",
				"Root_Cause__c", "Root Cause", "Text",
				"Toegankelijk_voor_mensen_met_een_beperking__c", "Toegankelijk voor mensen met een beperking", "Checkbox",
			)},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Genome_Sequence__c": {Genetic}, "HALT_afdoening__c": {Criminal}, "Kaste__c": {RacialEthnicOrigin}},
			reason: "class 5: fields.tsv guards (genomen, halte, kasten, genees, filosofie, generate, reunion, broker) are their own base words, so a Dutch participle, a bus stop, cupboards, an occupational physician, philosophy, an English verb, a reunion and a broker are no genome, HALT, caste, gene, sofinummer, union or smoker; a customer's pain point (pijnpunt) is no pain; discharge is no charge (schema.tsv handling) and stays a word of its own; a root cause is no roots (a schema.tsv word 'root' would take the base of 'roots'); what is accessible for people with a disability describes a place (clean:health); genome, HALT and kaste themselves still count",
		},
		{
			name: "a union that is an insurer's customer, said in the description, is no membership",
			obj: Object{Name: "Account", Fields: []Field{
				{Name: "PersonBirthdate", Type: "Date"},
				{Name: "Union_Name__c", Label: "Union Name", Type: "Text", Description: "If customer type is not Union, the customer's or prospect's union, if applicable."},
				{Name: "Member_Union__c", Label: "Union", Type: "Text", Description: "The trade union the person belongs to."},
			}},
			kind:   ObjectPersonAccount,
			want:   map[string][]Category{"Member_Union__c": {TradeUnionMembership}},
			reason: "issue 10, hmsa (an insurer's org): schema.tsv context union beside customer, read in the field's description too",
		},
		{
			name: "a custom field's label spells out the handling its truncated API name abbreviates",
			obj: Object{Name: "Progress_Note__c", Label: "Progress Note", Custom: true, Fields: probeFields(
				"Emergency_Department_Payment_Discl__c", "Emergency Department Payment Disclaimer", "Checkbox",
				"Cannot_Complete_SCD_Action_Reason__c", "Cannot Complete Scheduling Action Reason", "MultiselectPicklist",
				"Chief_Complaint__c", "Chief Complaint", "Text",
				"Outcome", "Outcome of the call back", "Text",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Chief_Complaint__c": {Health}, "Outcome": {Health}},
			reason: "issue 10, vahc: schema.tsv handling (disclaimer, scheduling) read on the label of a Salesforce custom field, whose 40-character API name cuts and abbreviates it; a standard field's label (FHIR, zib: a sentence or a translation) is not read for handling",
		},
		{
			name: "utilisation management: the request's clinical content, not its letters and deadlines",
			obj: Object{Name: "CareRequest", Label: "Care Request", Fields: probeFields(
				"DiagnosisCodeSetId", "Diagnosis Code Set", "Lookup",
				"AdmissionDate", "Admission Date", "Date",
				"ClinicalDeterminationNote", "Clinical Determination Note", "TextArea",
				"MemberWrittenNotificationDate", "Member Written Notification Date", "Date",
				"ResolutionLetterSentDate", "Resolution Letter Sent Date", "Date",
				"ReceivedDate", "Received Date", "Date",
				"Name", "Care Request Number", "Text",
				"MemberId", "Member", "Lookup",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{"DiagnosisCodeSetId": {Health}, "AdmissionDate": {Health},
				"ClinicalDeterminationNote": {Health}},
			reason: "class 1 and 6: a lookup to a code set is the code (schema.tsv code-reference code set); notification dates and letters are handling; Name is the record's name (schema.tsv system)",
		},
		{
			name: "a drug requested for a member is no drug catalogue",
			obj: Object{Name: "CareRequestDrug", Label: "Care Request Drug", Fields: probeFields(
				"MedicationCodeId", "Medication Code", "Lookup",
				"Dose", "Dose", "Text",
				"DaysSupply", "Days Supply", "Number",
				"CareRequestId", "Care Request", "Lookup",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"MedicationCodeId": {Health}, "Dose": {Health}, "DaysSupply": {Health}},
			reason: "class 3: schema.tsv object care request drug (clinical) is longer than drug (catalogue)",
		},
		{
			name: "a Dutch debt dossier's sickness and disability benefits",
			obj: Object{Name: "Voorlegger", Fields: probeFields(
				"beschikkingUwvZw", "", "boolean", "beschikkingUwvWajong", "", "boolean", "beschikkingBelastingdienst", "", "boolean")},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"beschikkingUwvZw": {Health}, "beschikkingUwvWajong": {Health}},
			reason: "class 7: fields.tsv wajong, uwv zw (Ziektewet)",
		},
		{
			name: "a COVID case file holds facts of many kinds; only its clinical parts are health",
			obj: Object{Name: "CovidCase-V8", Label: "COVID-19 case", Description: "Het dossier van een index met een bevestigde COVID-19-besmetting", Fields: probeFields(
				"caseId", "", "string",
				"symptoms", "", "CovidCase-Symptoms-V2",
				"pregnancy", "", "CovidCase-Pregnancy-V2",
				"job", "", "CovidCase-Job-V1",
				"housemates", "", "CovidCase-Housemates-V1",
				"schemaVersion", "", "integer",
				"updatedAt", "", "string/date-time",
			)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"symptoms": {Health}, "pregnancy": {Health}},
			reason: "class 1: schema.tsv container case: covid modifies the case file; the version suffix -V8 is no word (stripVersion)",
		},
		{
			name: "a part of a case file is judged by its own head word",
			obj: Object{Name: "CovidCase-IndexAddress-V1", Fields: probeFields(
				"street", "", "string", "postalCode", "", "string", "town", "", "string")},
			kind:   ObjectUnknown,
			reason: "class 1: the category word before a container word modifies the file, not the part (afterContainer)",
		},
		{
			name: "the symptoms of a case file are health",
			obj: Object{Name: "CovidCase-Symptoms-V2", Fields: probeFields(
				"hasSymptoms", "", "boolean", "dateOfSymptomOnset", "", "string/date", "schemaVersion", "", "integer")},
			kind:   ObjectClinical,
			want:   map[string][]Category{"hasSymptoms": {Health}, "dateOfSymptomOnset": {Health}},
			reason: "class 1: schema.tsv object symptom; schema version is bookkeeping (schema.tsv system)",
		},
		{
			name: "addresses and contact details on a clinical record are ordinary personal data",
			obj: Object{Name: "Zwangerschap__c", Label: "Zwangerschap", Custom: true, Fields: probeFields(
				"Adres__c", "Adres", "Text", "Postcode__c", "Postcode", "Text", "Telefoonnummer__c", "Telefoonnummer", "Phone",
				"Verwachte_bevallingsdatum__c", "Verwachte bevallingsdatum", "Date")},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Verwachte_bevallingsdatum__c": {Health}},
			reason: "class 1 and 6: schema.tsv handling adres, postcode, telefoonnummer (README rule: ordinary personal data)",
		},
		{
			name: "a register of processing names categories, it holds none",
			obj: Object{Name: "Betrokkenencategorie", Label: "Betrokkenen", Fields: probeFields(
				"gezondheid", "Gegevens over gezondheid", "boolean",
				"genetisch", "Genetische gegevens", "boolean",
				"biometrisch", "Biometrische gegevens", "boolean",
				"politiek", "Politieke opvattingen", "boolean",
				"vakbond", "Lidmaatschap van een vakbond", "boolean",
				"omschrijving", "Omschrijving", "string",
			)},
			kind:   ObjectConfiguration,
			reason: "class 3: booleans naming four or more special categories make a register of processing or a DPIA checklist (categoryRegister), not a person's record",
		},
		{
			name: "a subsidy's application stage: the description names the subject, not every field",
			obj: Object{Name: "BTV.stage1", Label: "Aanvraag", Description: "Borstprothesen transvrouwen: een tegemoetkoming voor de behandeling van genderdysforie", Fields: probeFields(
				"firstName", "Voornaam", "TextField", "iban", "IBAN", "TextField", "bankStatement", "Bankafschrift", "UploadField",
				"diagnosis", "Diagnose", "TextField")},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"diagnosis": {Health}},
			reason: "class 1: schema.tsv container stage, aanvraag: a form's description does not make every field clinical",
		},
		{
			name: "a housing corporation's case with realistic picklists",
			obj: Object{Name: "Case", Label: "Case", Fields: []Field{
				probePicklist("Klachtcategorie__c", "Klachtcategorie", "Reparatie", "Overlast", "Discriminatie", "Bejegening", "Geluidsoverlast", "Drugsoverlast"),
				probePicklist("Type_melding__c", "Type melding", "Lekkage", "Schimmel", "Hennepkwekerij", "Onderhuur", "Illegale bewoning"),
				probePicklist("Reden_opzegging__c", "Reden opzegging", "Verhuizing", "Overlijden", "Opname verpleeghuis", "Koopwoning", "Detentie", "Anders"),
				probePicklist("Urgentie__c", "Urgentie", "Sociale urgentie", "Medische urgentie", "Herstructurering"),
				probePicklist("Kanaal__c", "Kanaal", "Telefoon", "E-mail", "Balie", "WhatsApp", "Brief"),
				probePicklist("Doelgroep__c", "Doelgroep", "Senioren", "Studenten", "Statushouders", "Mensen met een beperking", "Jongeren"),
				{Name: "Hennep_aangetroffen__c", Label: "Hennep aangetroffen", Type: "Checkbox"},
				{Name: "Damocles_sluiting__c", Label: "Damocles sluiting", Type: "Checkbox"},
				{Name: "Beslaglegging__c", Label: "Beslaglegging", Type: "Checkbox"},
				{Name: "Ontruimingsvonnis__c", Label: "Ontruimingsvonnis", Type: "Checkbox"},
				{Name: "Deurwaarder__c", Label: "Deurwaarder", Type: "Text"},
				{Name: "Lidnummer_huurdersvereniging__c", Label: "Lidnummer huurdersvereniging", Type: "Text"},
				{Name: "Verblijfsvergunning__c", Label: "Verblijfsvergunning", Type: "Text"},
				{Name: "Tolk_nodig__c", Label: "Tolk nodig", Type: "Checkbox"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{"Type_melding__c": {Criminal}, "Reden_opzegging__c": {Criminal, Health},
				"Urgentie__c": {Health}, "Hennep_aangetroffen__c": {Criminal}, "Damocles_sluiting__c": {Criminal},
				"Doelgroep__c": {Health}},
			reason: "class 4 and 7: picklist values that say it (a cannabis farm, detention, a nursing home, a medical urgency, people with a disability among the target groups; fields.tsv hennep, damocles, verpleeghuis, met een beperking: Aedes VERA's blind labels count such target groups as health); a complaint about discrimination, a seizure, an eviction judgment and a bailiff are not special",
		},
		{
			name: "an assessor's checklist lists checks, not values",
			obj: Object{Name: "PCZM.stage2", Label: "Eerste beoordeling", Fields: []Field{
				probePicklist("personalDataChecklist", "Controlevragen", "BSN komt overeen met BRP", "Naam komt overeen"),
				probePicklist("wiaDecision", "WIA-beslissing", "Toegekend", "Afgewezen"),
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"wiaDecision": {Health}},
			reason: "class 4: schema.tsv checklist: the options of a checklist are checks, not values about the person",
		},
		{
			name: "the medication of a case file is the person's, not a catalogue",
			obj: Object{Name: "CovidCase-Medication-V1", Fields: probeFields(
				"hasMedication", "", "boolean", "isImmunoCompromised", "", "boolean", "schemaVersion", "", "integer")},
			kind:   ObjectClinical,
			want:   map[string][]Category{"hasMedication": {Health}, "isImmunoCompromised": {Health}},
			reason: "class 3: a catalogue word after a container word is a part of the case file (the medication word makes it clinical); schema version is bookkeeping",
		},
		{
			name: "what an insurance plan covers is no person's health",
			obj: Object{Name: "CoverageBenefit", Label: "Coverage Benefit", Fields: probeFields(
				"IsMentalHealthCovered__c", "Mental health covered", "Checkbox", "DeductibleAmount", "Deductible", "Currency")},
			kind:   ObjectCatalogue,
			reason: "class 3: schema.tsv object coverage benefit (Health Cloud): a plan's coverage, not a member's health",
		},
		{
			name: "a peer review of a clinician's work names clinical steps; it is no clinical record",
			obj: Object{Name: "Stroke_Peer_Review__c", Label: "Stroke Peer Review", Custom: true, Fields: probeFields(
				"Thrombolysis_Recommended__c", "Thrombolysis recommended", "Picklist",
				"Suspected_Diagnosis_Documented__c", "Suspected diagnosis documented", "Picklist",
				"Stroke_Symptoms_Gathered__c", "Stroke symptoms gathered", "Checkbox",
				"Medical_Decision_Making_Clear__c", "Medical decision-making clear", "Picklist",
				"Reviewer__c", "Reviewer", "Lookup",
				"Score__c", "Score", "Number",
			)},
			kind:   ObjectThing,
			reason: "class 3: schema.tsv object peer review (thing); siblings do not make a thing clinical",
		},
		{
			name: "a genomic report's conclusion is genetic and health; its reference extensions are neither",
			obj: Object{Name: "GenomicReport", Label: "Genomic Report", Fields: []Field{
				{Name: "conclusion", Label: "Assessment of overall results"},
				{Name: "extension[medication-assessed-reference]"},
				{Name: "extension[GenomicStudyReferrerExt]", Label: "GenomicStudy.referrer"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"conclusion": {Genetic, Health}},
			reason: "class 1: schema.tsv object genomic report (clinical:genetic+health); an extension named last for a reference, or for a referrer with the Ext suffix, is structure",
		},
		{
			name: "a CamelCase key named Num is a key to another table; a key to the record's catalogue entry is its code",
			obj: Object{Name: "Disease", Description: "Each row is one disease that one patient has.", Fields: []Field{
				{Name: "DiseaseNum", Type: "long", Description: "Primary key."},
				{Name: "PatNum", Type: "long", Description: "FK to patient.PatNum"},
				{Name: "DiseaseDefNum", Type: "long", Description: "FK to diseasedef.DiseaseDefNum."},
				{Name: "DateTStamp", Type: "DateTime", Description: "Timestamp automatically generated and user not allowed to change."},
				{Name: "DateStart", Type: "DateTime", Description: "Date that the disease was diagnosed."},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"DiseaseDefNum": {Health}, "DateStart": {Health}},
			reason: "class 6: a CamelCase name ending in Num with an integer type is a key (Open Dental's tables), as a name ending in Id is; schema.tsv code-reference disease def keeps the key to the disease's definition as the problem itself; system date t stamp is the row's timestamp",
		},
		{
			name: "an XForm's inputs and meta groups are the form's context, not answers",
			obj: Object{Name: "pregnancy", Label: "Pregnancy registration", Fields: []Field{
				{Name: "inputs/contact/name", Label: "Name", Type: "string"},
				{Name: "inputs/source", Label: "Source", Type: "string"},
				{Name: "data/meta/__source", Type: "string (calculated)"},
				{Name: "lmp/lmp_date", Label: "Date of last menstrual period", Type: "date"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"lmp/lmp_date": {Health}},
			reason: "class 3: an ODK/CHT XForms instance path is split at its slashes as a FHIR path at its dots; schema.tsv structure input (the caller's inputs) and meta (instance metadata) are structure, the answer beside them is the pregnancy's",
		},
		{
			name: "a volunteer shift is a slot at a place, not a volunteer",
			obj: Object{Name: "Volunteer_Shift__c", Label: "Volunteer Shift", Custom: true, Fields: probeFields(
				"Start_Date_Time__c", "Start", "DateTime", "Wheelchair_Accessible__c", "Wheelchair accessible", "Checkbox", "Description__c", "Description", "TextArea")},
			kind:   ObjectThing,
			reason: "class 3: schema.tsv object shift (head-final: a volunteer's shift is a shift); fields.tsv wheelchair accessible describes a place",
		},
		{
			name: "municipal objects: a grave, an offence, a Wmo application",
			obj: Object{Name: "Wmo-aanvraag", Fields: []Field{
				{Name: "gevraagdeVoorziening", Type: "string"},
				{Name: "beperkingen", Type: "string"},
				{Name: "huishoudsamenstelling", Type: "string"},
				{Name: "besluit", Type: "string"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"gevraagdeVoorziening": {Health}, "beperkingen": {Health}},
			reason: "class 1: schema.tsv topic beperking and voorziening beside wmo: the client's disabilities and the care asked for",
		},
		{
			name:   "a grave's religious section describes the cemetery",
			obj:    Object{Name: "Graf", Fields: []Field{{Name: "grafnummer", Type: "string"}, {Name: "religieusVak", Type: "boolean"}}},
			kind:   ObjectThing,
			reason: "class 3: schema.tsv object graf (thing); the dead are no data subjects",
		},
		{
			name:   "an offence record is criminal data, a breach of a tenancy is not",
			obj:    Object{Name: "Overtreding", Fields: []Field{{Name: "feitcode", Type: "string"}, {Name: "omschrijving", Type: "string"}}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"feitcode": {Criminal}, "omschrijving": {Criminal}},
			reason: "class 1 and 7: schema.tsv object overtreding (AVG art. 10)",
		},
		{
			name:   "a breach of a tenancy is no offence",
			obj:    Object{Name: "Overtreding_Huurovereenkomst__c", Label: "Overtreding huurovereenkomst", Custom: true, Fields: []Field{{Name: "Omschrijving__c", Label: "Omschrijving", Type: "TextArea"}}},
			kind:   ObjectUnknown,
			reason: "class 5: schema.tsv context overtreding beside huurovereenkomst",
		},
		{
			name: "the EHR patient record holds demographics, not clinical facts",
			obj: Object{Name: "HealthCloudGA__EhrPatient__c", Label: "EHR Patient", Custom: true, Fields: probeFields(
				"HealthCloudGA__Gender__c", "Gender", "Picklist", "HealthCloudGA__BirthDate__c", "Birth Date", "Date",
				"HealthCloudGA__MaritalStatus__c", "Marital Status", "Picklist", "HealthCloudGA__Address1Line1__c", "Address Line 1", "Text")},
			kind:   ObjectPerson,
			reason: "class 1 and 3: schema.tsv object ehr patient (person) is longer than ehr (clinical): ordinary personal data",
		},
		{
			name: "a disability record of a person stays clinical",
			obj: Object{Name: "Beperking__c", Label: "Beperking", Custom: true, Fields: probeFields(
				"Soort__c", "Soort", "Picklist", "Contact__c", "Contact", "Lookup")},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Soort__c": {Health}},
			reason: "class 1: without the words of a parcel a Beperking is a person's disability",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectClinicalKinds checks that clinical objects with bland field
// names are recognised from their name and label, Dutch and English
// (Health Cloud standard objects, Dutch care orgs' custom objects), and
// that on them the content fields hold health while the record's
// metadata (its status, unit, creation date, the patient lookup) does
// not (issue 10, class 1; README rule of testdata/schemas).
func TestObjectClinicalKinds(t *testing.T) {
	c := Default()
	fields := probeFields(
		"Code__c", "Code", "Text",
		"Waarde__c", "Waarde", "Number",
		"Opmerking__c", "Opmerking", "TextArea",
		"Ernst__c", "Ernst", "Picklist",
		"Startdatum__c", "Startdatum", "Date",
		"Status__c", "Status", "Picklist",
		"Eenheid__c", "Eenheid", "Text",
		"CreatedDate", "Created Date", "DateTime",
		"PatientId", "Patient", "Lookup",
	)
	content := []string{"Code__c", "Waarde__c", "Opmerking__c", "Ernst__c", "Startdatum__c"}
	var cases []objectCase
	for _, o := range []struct{ name, label string }{
		{"AllergyIntolerance", "Allergy Intolerance"},
		{"HealthCondition", "Health Condition"},
		{"CareObservation", "Care Observation"},
		{"PatientMedicalProcedure", "Patient Medical Procedure"},
		{"PersonDisability", "Person Disability"},
		{"MedicationStatement", "Medication Statement"},
		{"ClinicalEncounter", "Clinical Encounter"},
		{"CarePlan", "Care Plan"},
		{"PatientImmunization", "Patient Immunization"},
		{"HealthCloudGA__EhrCondition__c", "EHR Condition"},
		{"HealthCloudGA__EhrMedicationPrescription__c", "EHR Medication Prescription"},
		{"HealthCloudGA__EhrEncounter__c", "EHR Encounter"},
		{"Allergie__c", "Allergie"},
		{"Aandoening__c", "Aandoening"},
		{"Beperking__c", "Beperking"},
		{"Observatie__c", "Observatie"},
		{"Behandelplan__c", "Behandelplan"},
		{"Zorgplan__c", "Zorgplan"},
		{"Valincident__c", "Valincident"},
		{"Stoornis__c", "Stoornis"},
		{"Wond__c", "Wond"},
		{"Ziekmelding__c", "Ziekmelding"},
	} {
		want := map[string][]Category{}
		for _, f := range content {
			want[f] = []Category{Health}
		}
		// An allergy's status is its clinical status (active, resolved),
		// content (vahc and sfhc; schema.tsv topic status); elsewhere it
		// is the record's.
		if o.name == "AllergyIntolerance" || o.name == "Allergie__c" {
			want["Status__c"] = []Category{Health}
		}
		cases = append(cases, objectCase{
			name:   o.name,
			obj:    Object{Name: o.name, Label: o.label, Fields: fields},
			kind:   ObjectClinical,
			want:   want,
			reason: "class 1: content and an allergy's status are health; other statuses, unit, audit date and lookup are record metadata",
		})
	}
	runObjectCases(t, c, cases)
}
