package classify

import "testing"

// TestObjectExtendsAndDutchNames covers classes found on the pending
// source mediwe (issue 10: a Flemish sickness-absence control company's
// CiviCRM custom groups), written as another org would show them: the
// entity an object extends, a Dutch name that puts the name word first,
// and terms and conditions. Each class has a near miss that must not
// change.
func TestObjectExtendsAndDutchNames(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a custom group that extends an organisation holds the organisation's fields",
			obj: Object{Name: "acme_verzuimregels", Label: "Verzuimregels", Description: "Extends Organization (klant)", Fields: probeFields(
				"avr_ziekteperiodes", "Ziekteperiodes", "Int (Text)",
				"avr_ziektedagen", "Ziektedagen", "Int (Text)",
				"avr_opmerkingen", "Opmerkingen", "Memo (TextArea)",
			)},
			kind:   ObjectOrganisation,
			reason: "extendsKind: Extends Organization (CiviCRM custom group extends; fields.tsv object:org organization): an employer's thresholds of sickness periods are its settings, not an employee's health",
		},
		{
			name: "near miss: a custom group that extends an activity is left to its name",
			obj: Object{Name: "acme_medisch_attest", Label: "Medisch attest", Description: "Extends Activity (ziekteattest)", Fields: probeFields(
				"ama_diagnose", "Diagnose", "String (Text)",
				"ama_opmerkingen", "Opmerkingen", "Memo (TextArea)",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"ama_diagnose": {Health}, "ama_opmerkingen": {Health}},
			reason: "an activity is no object:person or object:org word: the name (medisch) decides, and the certificate's remarks are the person's",
		},
		{
			name: "a name word first and whose it is after it is ordinary personal data",
			obj: Object{Name: "acme_medische_controle", Label: "Medische controle", Fields: probeFields(
				"amc_naam_contactpersoon", "Naam contactpersoon", "String (Text)",
				"amc_naam_leidinggevende", "Leidinggevende", "String (Text)",
				"amc_adres_huisarts", "Adres huisarts", "String (Text)",
				"amc_diagnose", "Diagnose", "String (Text)",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"amc_diagnose": {Health}},
			reason: "personDataOf: Dutch puts naam or adres first and the person (contactpersoon) or professional (leidinggevende, huisarts) after it; the publisher prefix amc is no word",
		},
		{
			name: "near miss: a name word first and a clinical word after it names the clinical thing",
			obj: Object{Name: "acme_medische_controle", Label: "Medische controle", Fields: probeFields(
				"amc_naam_medicatie", "Naam medicatie", "String (Text)",
				"amc_naam_contactpersoon", "Naam contactpersoon", "String (Text)",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"amc_naam_medicatie": {Health}},
			reason: "medicatie is no person or professional word: the name of a medicine is the person's medication",
		},
		{
			name: "terms and conditions are prices and settings",
			obj: Object{Name: "acme_voorwaarden_controle", Label: "Voorwaarden medische controle", Fields: probeFields(
				"avc_aantal_controles", "Aantal controles", "Int (Text)",
				"avc_pro_rata", "Pro rata", "Int (Text)",
				"avc_referentie", "Eigen referentie", "String (Text)",
			)},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object voorwaarden: the terms of a contract (Dutch puts the head first: voorwaarden of a medical check), as tarief",
		},
		{
			name: "a one-word part after a colon is part of the record the words before it name",
			obj: Object{Name: "acme_controle_resultaat", Label: "Medische controle: resultaat", Fields: probeFields(
				"acr_is_werkgerelateerd", "Is werkgerelateerd", "Boolean (Radio)",
				"acr_datum_werkhervatting", "Datum werkhervatting", "Date (Select Date)",
				"acr_via_app", "Verwerkt via de app", "Boolean (Radio)",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"acr_is_werkgerelateerd": {Health}, "acr_datum_werkhervatting": {Health}},
			reason: "the result of a medical check (medisch, fields.tsv health) is the check's: whether the sickness is work-related and when work resumes; processing via an app is handling (schema.tsv via app)",
		},
		{
			name: "near miss: a longer part after a colon is an object of its own",
			obj: Object{Name: "CallerInformationTab", Label: "Kids Mental Health Line: Caller Information", Fields: probeFields(
				"callerName", "Caller name", "input",
				"callerAge", "Caller age", "select",
			)},
			kind:   ObjectUnknown,
			reason: "before a colon of a longer part stands the application or helpline (aselo's helplines): its name says nothing of the caller's health",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectEncryptedAndReferee covers classes found on the pending
// source teachingvacancies (issue 10: a Rails application's schema with
// encrypted columns and a faith school's questions), each with a near
// miss.
func TestObjectEncryptedAndReferee(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an encrypted column is read by its attribute's name",
			obj: Object{Name: "diagnoses", Label: "Diagnoses", Fields: probeFields(
				"name_ciphertext", "", "string",
				"notes_ciphertext", "", "text",
				"name_bidx", "", "string",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"notes_ciphertext": {Health}},
			reason: "encryptedSuffixes: Lockbox names an encrypted attribute's column <attribute>_ciphertext and its blind index <attribute>_bidx; the suffix is no word, so name is a system field's whole name (schema.tsv system name), no content of the diagnosis",
		},
		{
			name: "a religious referee's contact details are the referee's",
			obj: Object{Name: "job_applications", Fields: probeFields(
				"religious_referee_name", "Religious referee name", "string",
				"religious_referee_email", "Religious referee email", "string",
				"religious_referee_role", "Religious referee role", "string",
				"place_of_worship", "Address of place of worship", "string",
			)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"religious_referee_role": {ReligiousBeliefs}, "place_of_worship": {ReligiousBeliefs}},
			reason: "schema.tsv context religious @field (name, email: the referee's ordinary data); the referee's role and the applicant's place of worship (fields.tsv place of worship) say the applicant's belief",
		},
		{
			name: "near miss: a helpline's name is no contact word of its fields",
			obj: Object{Name: "IssueCategorization", Label: "Kids Help Phone: Issue Categorization", Fields: probeFields(
				"categories.Discrimination.Religious", "Religious", "checkbox",
			)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"categories.Discrimination.Religious": {ReligiousBeliefs}},
			reason: "@field keeps the context words to the field's own words: phone in the helpline's name (the object's label) does not take the category away",
		},
		{
			name: "the Rehabilitation of Offenders Act is about criminal records",
			obj: Object{Name: "self_disclosures", Fields: []Field{
				{Name: "has_spent_convictions", Type: "string", Label: "Do you have any spent convictions as defined by the Rehabilitation of Offenders Act 1974?"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"has_spent_convictions": {Criminal}},
			reason: "schema.tsv context rehabilitation health offenders: no medical rehabilitation",
		},
		{
			name: "near miss: rehabilitation of a patient stays health",
			obj: Object{Name: "patient_history", Fields: probeFields(
				"rehabilitation_notes", "Rehabilitation notes", "string",
			)},
			kind:   ObjectPerson,
			want:   map[string][]Category{"rehabilitation_notes": {Health}},
			reason: "no offender word: fields.tsv rehabilitation (health) holds",
		},
	}
	runObjectCases(t, c, cases)
}
