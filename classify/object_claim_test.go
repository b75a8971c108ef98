package classify

import "testing"

// TestObjectClaimMessages covers the Dutch claim messages of health care
// (issue 10, error classes of the pending source vektis: the Vektis EI
// standards AP304, EP301, MZ301, ZH308 and AW319 that pharmacies,
// psychologists, dentists, hospitals and long-term-care providers send
// to health insurers and care offices). A claim file is a series of
// record types: its header and trailer are about no person, whatever
// the standard's title names ("WLZ", "zorg zintuiglijk gehandicapten",
// "finaal concept"); the insured person's record is a person; a claim
// line is a thing, priced for one insured person, whose care codes name
// that person's care while its dates, amounts, AGB codes and code-list
// qualifiers do not. Each class has objects that must change and near
// misses that must not; the reason names the class and the data line.
func TestObjectClaimMessages(t *testing.T) {
	c := Default()
	const wlz = "AW319 DECLARATIE WLZ, WV, ELV EN ZG ZORG"
	const wlzDesc = "EI-bericht voor aanlevering van declaratiegegevens Wlz, WV, ELV en ZG zorg van zorgaanbieder aan een zorgkantoor. Doelgroep declaranten: zorgaanbieders (Wlz, Wijkverpleging, Eerstelijnsverblijf en Zorg zintuiglijk gehandicapten)."
	const dbc = "ZH308 DECLARATIE DBC/ZIEKENHUISZORG (FINAAL CONCEPT)"
	cases := []objectCase{
		{
			name: "the header of a Wlz claim file is about no person",
			obj: Object{Name: "AW319_VOORLOOPRECORD", Label: wlz + ": Voorlooprecord", Description: wlzDesc, Fields: probeFields(
				"KENMERK_RECORD", "KENMERK RECORD", "N(2)",
				"CODE_SERVICEBUREAU", "CODE SERVICEBUREAU", "N(8)",
				"BEGINDATUM_DECLARATIEPERIODE", "BEGINDATUM DECLARATIEPERIODE", "N(8)",
				"VALUTACODE", "VALUTACODE", "AN(3)",
			)},
			kind:   ObjectThing,
			reason: "schema.tsv object voorloop record: a claim file's header (sender, period, currency); the Wlz and gehandicapten of the standard's title make no record of it clinical",
		},
		{
			name: "the trailer of a claim file holds counts and totals",
			obj: Object{Name: "AW319_SLUITRECORD", Label: wlz + ": Sluitrecord", Description: wlzDesc, Fields: probeFields(
				"AANTAL_VERZEKERDENRECORDS", "AANTAL VERZEKERDENRECORDS", "N(6)",
				"AANTAL_PRESTATIERECORDS", "AANTAL PRESTATIERECORDS", "N(6)",
				"TOTAAL_INGEDIEND_DECLARATIEBEDRAG", "TOTAAL INGEDIEND DECLARATIEBEDRAG", "N(11)",
			)},
			kind:   ObjectThing,
			reason: "schema.tsv object sluit record",
		},
		{
			name: "the insured person of a Wlz claim is a person, not a clinical record",
			obj: Object{Name: "AW319_VERZEKERDENRECORD", Label: wlz + ": Verzekerdenrecord", Description: wlzDesc, Fields: probeFields(
				"BURGERSERVICENUMMER_BSN_VERZEKERDE", "BURGERSERVICENUMMER (BSN) VERZEKERDE", "N(9)",
				"NAAM_VERZEKERDE_01", "NAAM VERZEKERDE (01)", "AN(25)",
				"DATUM_GEBOORTE_VERZEKERDE", "DATUM GEBOORTE VERZEKERDE", "N(8)",
				"INDICATIE_CLIENT_OVERLEDEN", "INDICATIE CLIENT OVERLEDEN", "N(1)",
				"CLIENTNUMMER_INDICATIEORGAAN", "CLIËNTNUMMER INDICATIEORGAAN", "AN(20)",
			)},
			kind:   ObjectPerson,
			want:   map[string][]Category{"BURGERSERVICENUMMER_BSN_VERZEKERDE": {NationalID}},
			reason: "schema.tsv object verzekerde record: the insured person's name, birth date and numbers are ordinary data; only the BSN is national-id",
		},
		{
			name: "a Wlz claim line: the care-intensity package, the care function and the care claimed",
			obj: Object{Name: "AW319_PRESTATIERECORD", Label: wlz + ": Prestatierecord", Description: wlzDesc, Fields: probeFields(
				"BURGERSERVICENUMMER_BSN_VERZEKERDE", "BURGERSERVICENUMMER (BSN) VERZEKERDE", "N(9)",
				"BEGINDATUM_PRESTATIE", "BEGINDATUM PRESTATIE", "N(8)",
				"AANDUIDING_PRESTATIECODELIJST", "AANDUIDING PRESTATIECODELIJST", "N(3)",
				"PRESTATIECODE", "PRESTATIECODE", "AN(5)",
				"FUNCTIECODE", "FUNCTIECODE", "N(2)",
				"ZORGZWAARTEPAKKETCODE", "ZORGZWAARTEPAKKETCODE", "N(3)",
				"AANTAL_UITGEVOERDE_PRESTATIES", "AANTAL UITGEVOERDE PRESTATIES", "N(4)",
				"TARIEF_PRESTATIE_INCL_BTW", "TARIEF PRESTATIE (INCL. BTW)", "N(8)",
				"DECLARATIEBEDRAG_INCL_BTW", "DECLARATIEBEDRAG (INCL. BTW)", "N(11)",
				"ZORGVERLENERSCODE_BEHANDELAAR_UITVOERDER", "ZORGVERLENERSCODE BEHANDELAAR/UITVOERDER", "N(8)",
			)},
			kind: ObjectThing,
			want: map[string][]Category{
				"BURGERSERVICENUMMER_BSN_VERZEKERDE": {NationalID},
				"PRESTATIECODE":                      {Health},
				"FUNCTIECODE":                        {Health},
				"ZORGZWAARTEPAKKETCODE":              {Health},
			},
			reason: "schema.tsv object prestatie record (a thing) with topic lines prestatie code, functie code (wlz), zorgzwaartepakket (CIZ); the code list named by AANDUIDING is handling, dates, counts, tariffs and the provider's AGB code are the claim's",
		},
		{
			name: "a dental claim line: tooth, surface, special dentistry and accident",
			obj: Object{Name: "MZ301_PRESTATIERECORD", Label: "MZ301 DECLARATIE MONDZORG: Prestatierecord", Fields: probeFields(
				"DATUM_PRESTATIE", "DATUM PRESTATIE", "N(8)",
				"INDICATIE_BIJZONDERE_TANDHEELKUNDE", "INDICATIE BIJZONDERE TANDHEELKUNDE", "AN(1)",
				"PRESTATIECODE", "PRESTATIECODE", "AN(6)",
				"GEBITSELEMENTCODE", "GEBITSELEMENTCODE", "N(2)",
				"VLAKCODE", "VLAKCODE", "AN(6)",
				"AANDUIDING_DIAGNOSECODELIJST", "AANDUIDING DIAGNOSECODELIJST", "N(3)",
				"DIAGNOSECODE_BIJZONDERE_TANDHEELKUNDE", "DIAGNOSECODE BIJZONDERE TANDHEELKUNDE", "N(4)",
				"INDICATIE_ONGEVAL_ONGEVALSGEVOLG", "INDICATIE ONGEVAL (ONGEVALSGEVOLG)", "AN(1)",
				"BEDRAG_VERMINDERING_BIJZONDERE_TANDHEELKUNDE", "BEDRAG VERMINDERING BIJZONDERE TANDHEELKUNDE", "N(8)",
				"REFERENTIENUMMER_DIT_PRESTATIERECORD", "REFERENTIENUMMER DIT PRESTATIERECORD", "AN(20)",
			)},
			kind: ObjectThing,
			want: map[string][]Category{
				"INDICATIE_BIJZONDERE_TANDHEELKUNDE":    {Health},
				"PRESTATIECODE":                         {Health},
				"GEBITSELEMENTCODE":                     {Health},
				"VLAKCODE":                              {Health},
				"DIAGNOSECODE_BIJZONDERE_TANDHEELKUNDE": {Health},
				"INDICATIE_ONGEVAL_ONGEVALSGEVOLG":      {Health},
			},
			reason: "topic lines gebitselement, vlak code, tandheelkunde, diagnose, indicatie ongeval on a declaratie; handling bedrag (the reduction is money) and aanduiding (which code list); the compound diagnosecodelijst splits into diagnose and codelijst, which is no diagnosis",
		},
		{
			name: "a DBC claim line of a hospital: a draft standard's lines are no catalogue",
			obj: Object{Name: "ZH308_PRESTATIERECORD", Label: dbc + ": Prestatierecord", Fields: probeFields(
				"PRESTATIECODE_DBC_DECLARATIECODE", "PRESTATIECODE/DBC DECLARATIECODE", "AN(6)",
				"ZORGPRODUCTCODE", "ZORGPRODUCTCODE", "AN(9)",
				"ZORGTRAJECTNUMMER", "ZORGTRAJECTNUMMER", "N(15)",
				"BEGINDATUM_ZORGTRAJECT", "BEGINDATUM ZORGTRAJECT", "N(8)",
				"ZORGVRAAGCODE", "ZORGVRAAGCODE", "AN(3)",
				"SOORT_ZORGVRAAG", "SOORT ZORGVRAAG", "AN(1)",
				"DIAGNOSECODE", "DIAGNOSECODE", "AN(7)",
				"PRIMAIRE_MEDISCHE_DIAGNOSE_ICD_10", "PRIMAIRE MEDISCHE DIAGNOSE (ICD-10)", "AN(7)",
				"ZORGACTIVITEITCODE", "ZORGACTIVITEITCODE", "AN(10)",
				"ZORGACTIVITEITNUMMER", "ZORGACTIVITEITNUMMER", "N(15)",
				"VERWIJSDIAGNOSECODE_PARAMEDISCHE_HULP", "VERWIJSDIAGNOSECODE PARAMEDISCHE HULP", "N(8)",
				"GROUPERVERSIE", "GROUPERVERSIE", "AN(8)",
			)},
			kind: ObjectThing,
			want: map[string][]Category{
				"PRESTATIECODE_DBC_DECLARATIECODE":      {Health},
				"ZORGPRODUCTCODE":                       {Health},
				"ZORGVRAAGCODE":                         {Health},
				"DIAGNOSECODE":                          {Health},
				"PRIMAIRE_MEDISCHE_DIAGNOSE_ICD_10":     {Health},
				"ZORGACTIVITEITCODE":                    {Health},
				"VERWIJSDIAGNOSECODE_PARAMEDISCHE_HULP": {Health},
			},
			reason: "schema.tsv object prestatie record decides before the label's 'concept' (an OMOP vocabulary word in English, a draft in Dutch); topic lines zorgproduct code, zorgvraag code, zorgactiviteit code, diagnose, paramedische hulp; the care path's number, dates and the grouper's version are the claim's; the kind of care question alone (zorgvraag 0.85 on a thing) is not reported",
		},
		{
			name: "a pharmacy claim line: the medicine, its dose and the quantity dispensed",
			obj: Object{Name: "AP304_PRESTATIERECORD", Label: "AP304 DECLARATIE FARMACEUTISCHE HULP: Prestatierecord", Fields: probeFields(
				"PRESTATIECODE", "PRESTATIECODE", "N(12)",
				"GEMIDDELDE_DAGDOSERING", "GEMIDDELDE DAGDOSERING", "N(9)",
				"HOEVEELHEID_AFGELEVERD_MIDDEL", "HOEVEELHEID AFGELEVERD MIDDEL", "N(9)",
				"AANDUIDING_SPECIFICATIE_HULPMIDDEL", "AANDUIDING SPECIFICATIE HULPMIDDEL", "N(3)",
				"SPECIFICATIE_HULPMIDDEL", "SPECIFICATIE HULPMIDDEL", "N(12)",
				"RECEPTNUMMER", "RECEPTNUMMER", "N(12)",
				"BEDRAG_BEREKENDE_EIGEN_BIJDRAGE", "BEDRAG BEREKENDE EIGEN BIJDRAGE", "N(8)",
			)},
			kind: ObjectThing,
			want: map[string][]Category{
				"PRESTATIECODE":                 {Health},
				"GEMIDDELDE_DAGDOSERING":        {Health},
				"HOEVEELHEID_AFGELEVERD_MIDDEL": {Health},
				"SPECIFICATIE_HULPMIDDEL":       {Health},
			},
			reason: "topic lines prestatie code (a G-standaard article), dagdosering, afgeleverd middel, specificatie hulpmiddel; the prescription's number and the own contribution are the claim's",
		},
		{
			name: "near miss: a table of tariffs stays a catalogue",
			obj: Object{Name: "Tarief", Label: "Tarief", Fields: probeFields(
				"Prestatiecode", "Prestatiecode", "Text",
				"Bedrag", "Bedrag", "Currency",
				"Ingangsdatum", "Ingangsdatum", "Date",
			)},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object tarief: the price list of services; only a tarief record of a claim file is a claim line, and a price list names no declaratie",
		},
		{
			name: "near miss: a table of diagnosis codes stays a catalogue",
			obj: Object{Name: "Diagnosecode", Label: "Diagnosecode", Fields: probeFields(
				"Code", "Code", "Text",
				"Omschrijving", "Omschrijving", "Text",
			)},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object diagnose code: a code list, about no person",
		},
		{
			name: "near miss: an employee's performance code is no care",
			obj: Object{Name: "Prestatiebeoordeling__c", Label: "Prestatiebeoordeling", Custom: true, Fields: probeFields(
				"Medewerker__c", "Medewerker", "Lookup",
				"Prestatiecode__c", "Prestatiecode", "Picklist",
				"Functiecode__c", "Functiecode", "Text",
				"Datum__c", "Datum", "Date",
			)},
			kind:   ObjectUnknown,
			reason: "the topic lines prestatie code and functie code hold only on a declaratie or a Wlz claim: an appraisal's performance code and an employee's job code are not care",
		},
		{
			name: "a care claim line of a Dutch org's own data model",
			obj: Object{Name: "Declaratieregel__c", Label: "Declaratieregel", Custom: true, Fields: probeFields(
				"Verzekerde__c", "Verzekerde", "Lookup",
				"Prestatiecode__c", "Prestatiecode", "Text",
				"Diagnosecode__c", "Diagnosecode", "Text",
				"Behandeldatum__c", "Behandeldatum", "Date",
				"Declaratiebedrag__c", "Declaratiebedrag", "Currency",
				"AGB_code__c", "AGB code", "Text",
			)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Prestatiecode__c": {Health}, "Diagnosecode__c": {Health}},
			reason: "topic lines prestatie code and diagnose on a declaratie, whatever the record type is called",
		},
		{
			name: "near miss: an employee's expense claim is no care claim",
			obj: Object{Name: "Onkostendeclaratie__c", Label: "Onkostendeclaratie", Custom: true, Fields: probeFields(
				"Medewerker__c", "Medewerker", "Lookup",
				"Kostensoort__c", "Kostensoort", "Picklist",
				"Prestatiecode__c", "Prestatiecode", "Text",
				"Bedrag__c", "Bedrag", "Currency",
			)},
			kind:   ObjectUnknown,
			reason: "fields.tsv word onkostendeclaratie keeps the compound whole, so its declaratie is no topic word of a care claim",
		},
		{
			name: "near miss: an accident on a damage claim is no injury",
			obj: Object{Name: "Schadedeclaratie__c", Label: "Schadedeclaratie", Custom: true, Fields: probeFields(
				"Datum_ongeval__c", "Datum ongeval", "Date",
				"Toedracht_ongeval__c", "Toedracht ongeval", "TextArea",
				"Kenteken__c", "Kenteken", "Text",
				"Schadebedrag__c", "Schadebedrag", "Currency",
			)},
			kind:   ObjectUnknown,
			reason: "topic indicatie ongeval: only the care claim's flag that the care follows an accident says the person was injured; the date and circumstances of a car accident on a damage claim do not",
		},
		{
			name: "near miss: a comment line of a claim file",
			obj: Object{Name: "EP301_COMMENTAARRECORD", Label: "EP301 EI DECLARATIE EERSTELIJNSPSYCHOLOGISCHE HULP: Commentaarrecord", Fields: probeFields(
				"REFERENTIENUMMER_PRESTATIERECORD", "REFERENTIENUMMER PRESTATIERECORD", "AN(20)",
				"REGELNUMMER_VRIJE_TEKST", "REGELNUMMER VRIJE TEKST", "N(4)",
			)},
			kind:   ObjectThing,
			reason: "schema.tsv object commentaar record: the line number and reference of a comment are the claim file's; the psychologist of the standard's title makes no record of it clinical",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectDutchCareCodes covers the coding systems of Dutch care that
// name a person's diagnosis or care need when a person's record holds
// them (issue 10, vocabulary gaps seen on the vektis claims): ICD-10 and
// ICPC diagnosis codes, the DBC of hospital and mental-health care, the
// Wlz care-intensity package and care profile. On a catalogue of codes
// they describe an item; ZZP alone is a freelancer.
func TestObjectDutchCareCodes(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a client's diagnosis codes and Wlz care need",
			obj: Object{Name: "Contact", Fields: probeFields(
				"ICPC_code__c", "ICPC code", "Text",
				"ICD10_code__c", "ICD-10 code", "Text",
				"DBC__c", "DBC", "Text",
				"Zorgzwaartepakket__c", "Zorgzwaartepakket", "Picklist",
				"Zorgprofiel__c", "Zorgprofiel", "Picklist",
				"ZZP__c", "ZZP'er", "Checkbox",
				"Paramedische_zorg__c", "Paramedische zorg", "Checkbox",
			)},
			kind: ObjectPerson,
			want: map[string][]Category{
				"ICPC_code__c":         {Health},
				"ICD10_code__c":        {Health},
				"DBC__c":               {Health},
				"Zorgzwaartepakket__c": {Health},
				"Zorgprofiel__c":       {Health},
				"Paramedische_zorg__c": {Health},
			},
			reason: "fields.tsv icpc (WONCA ICPC-2, NHG), icd code (WHO ICD-10), dbc (NZa), zorgzwaartepakket and zorgprofiel (CIZ, Wlz), paramedische (Wet BIG art. 34; kept whole by the topic line paramedische hulp, so listed itself); ZZP is no line: a zelfstandige zonder personeel",
		},
		{
			name: "near miss: a table of care products lists codes, about no person",
			obj: Object{Name: "Zorgproduct", Label: "Zorgproduct", Fields: probeFields(
				"DBC", "DBC", "Text",
				"ICD10_code", "ICD-10 code", "Text",
				"Omschrijving", "Omschrijving", "Text",
			)},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object product (catalogue): every category but national-id counts for 0.4 on a catalogue",
		},
	}
	runObjectCases(t, c, cases)
}
