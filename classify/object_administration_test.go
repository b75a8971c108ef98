package classify

import "testing"

// TestObjectAdministrationRecord covers objects recognised as a
// medication administration or vaccination record by their fields
// (issue 10, class: medication administration records; pending elixir's
// MAR_MOR__c and Vaccine__c, named for nothing a clinical line knows):
// a field that says something was administered beside one that names a
// dose, a drug or a vaccine (administrationRecord). A drug catalogue's
// route of administration and a survey administered by an interviewer
// stay what they are.
func TestObjectAdministrationRecord(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a medication administration record",
			obj: Object{Name: "MAR_MOR__c", Label: "MAR MOR", Custom: true, Fields: probeFields(
				"Drug_Name__c", "Drug Name", "Text",
				"Dosage_Time__c", "Dosage Time", "DateTime",
				"Administered_Date__c", "Administered Date", "Date",
				"Was_Missed__c", "Was Missed", "Checkbox",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Drug_Name__c":         {Health},
				"Dosage_Time__c":       {Health},
				"Administered_Date__c": {Health},
				"Was_Missed__c":        {Health},
			},
			reason: "administration-record: Administered Date beside a drug and a dosage time is a dose given to a person",
		},
		{
			name: "a vaccination record named Vaccine",
			obj: Object{Name: "Vaccine__c", Label: "Vaccine", Custom: true, Fields: probeFields(
				"Administered__c", "Administered", "Checkbox",
				"Vaccine_Site__c", "Vaccine Site", "Picklist",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Administered__c": {Health},
				"Vaccine_Site__c": {Health},
			},
			reason: "administration-record: whether a vaccine was administered and where on the body",
		},
		{
			name: "near miss: a drug catalogue's route of administration",
			obj: Object{Name: "Drug_Catalogue__c", Label: "Drug Catalogue", Custom: true, Fields: probeFields(
				"Route_of_Administration__c", "Route of Administration", "Picklist",
				"Strength__c", "Strength", "Text",
			)},
			kind:   ObjectCatalogue,
			reason: "no field says a dose was administered: Route of Administration names how a drug is given, on a catalogue about no person",
		},
		{
			name: "near miss: a survey administered by an interviewer",
			obj: Object{Name: "Survey_Session__c", Label: "Survey Session", Custom: true, Fields: probeFields(
				"Administered_By__c", "Administered By", "Text",
				"Survey_Date__c", "Survey Date", "Date",
			)},
			kind:   ObjectUnknown,
			reason: "administration-record needs a dose, drug or vaccine beside the administered field",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectCodeLookupRace covers lookups to the code record of a
// person's ethnicity (schema.tsv code-reference race, ethnicity; ONC
// 2015 Edition, 45 CFR 170.315(a)(5)), numbered once for each of the
// person's answers (Ethnicity_1__c to Ethnicity_4__c, pending elixir):
// the referenced record is the ethnicity itself. A key named for its
// own table (Open Dental's PatientRace.PatientRaceNum) stays the row's
// number.
func TestObjectCodeLookupRace(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "numbered lookups to a patient's ethnicity codes",
			obj: Object{Name: "Patient__c", Label: "Patient", Custom: true, Fields: probeFields(
				"Ethnicity_1__c", "Ethnicity 1", "Lookup",
				"Ethnicity_2__c", "Ethnicity 2", "Lookup",
				"Care_Team_Member__c", "Care Team Member", "Lookup",
			)},
			kind: ObjectPerson,
			want: map[string][]Category{
				"Ethnicity_1__c": {RacialEthnicOrigin},
				"Ethnicity_2__c": {RacialEthnicOrigin},
			},
			reason: "schema.tsv code-reference ethnicity: a lookup to the ethnicity's code record is the ethnicity, its number one of several; a care team member is a pointer",
		},
		{
			name: "near miss: a table's own key named for its table",
			obj: Object{Name: "PatientRace", Fields: probeFields(
				"PatientRaceNum", "", "long",
				"PatNum", "", "long",
			)},
			kind:   ObjectPerson,
			reason: "a key named for its own object (PatientRace.PatientRaceNum) is the row's number, not a code lookup",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectTemplateLookups covers lookups from a patient's clinical
// record to the entry of a master list that is the record's content
// (schema.tsv code-reference medicine, vaccine, reaction, severity,
// dosage; pending elixir: Template_Medicine__c, Reaction1__c,
// Severity1__c, Dosage1__c), numbered or not. A lookup to a related
// problem or care-plan problem points to another record of the person
// and stays a pointer (problem is no code-reference line: Health
// Cloud's CarePlanProblem, elixir's Related_Problem__c).
func TestObjectTemplateLookups(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an allergy's reaction and severity, a prescription's medicine and dosage",
			obj: Object{Name: "Prescription_Order__c", Label: "Prescription Order", Custom: true, Fields: probeFields(
				"Template_Medicine__c", "Template Medicine", "Lookup",
				"Dosage1__c", "Dosage", "Lookup",
				"Reaction1__c", "Reaction", "Lookup",
				"Severity1__c", "Severity", "Lookup",
				"Ordering_Physician__c", "Ordering Physician", "Lookup",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Template_Medicine__c": {Health},
				"Dosage1__c":           {Health},
				"Reaction1__c":         {Health},
				"Severity1__c":         {Health},
			},
			reason: "schema.tsv code-reference medicine, dosage, reaction, severity: the master-list entry is the content; the physician is a pointer",
		},
		{
			name: "near miss: a note's related problem",
			obj: Object{Name: "Progress_Note__c", Label: "Progress Note", Custom: true, Fields: probeFields(
				"Related_Problem__c", "Related Problem", "Lookup",
			)},
			kind:   ObjectClinical,
			reason: "problem is no code-reference line: a lookup to a related problem points to another record",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectEncounterOwnedCatalogue covers a table named for codes
// whose rows hang off a patient's episode of care (pending elixir
// ICD_Codes__c and Diagnosis_Code__c: the template codes and the
// patients' diagnoses in one table, each patient row with its care
// episode): a code catalogue points to no patient's care, so a lookup
// to an episode or encounter makes it the patient's clinical record
// (encounterOwned). A catalogue without such a lookup stays one.
func TestObjectEncounterOwnedCatalogue(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "diagnosis codes that hang off a care episode",
			obj: Object{Name: "ICD_Codes__c", Label: "Diagnosis Code", Custom: true, Fields: probeFields(
				"Care_Episode__c", "Care Episode", "Lookup",
				"Effective_Date__c", "Date Diagnosed", "Date",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Effective_Date__c": {Health},
				"Notes__c":          {Health},
			},
			reason: "encounter-owned: a table of codes with a lookup to a patient's care episode holds the patient's diagnoses",
		},
		{
			name: "near miss: a diagnosis code catalogue",
			obj: Object{Name: "ICD_Codes__c", Label: "Diagnosis Code", Custom: true, Fields: probeFields(
				"Version__c", "ICD Version", "Picklist",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind:   ObjectCatalogue,
			reason: "no lookup to an episode or encounter: the code catalogue is about no person",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectPatientDevice covers a patient's medical device named so
// (schema.tsv object patient device; HL7 FHIR DeviceUseStatement,
// pending elixir Patient_Device__c): the device the patient uses and
// when are the patient's health. A device catalogue stays a thing.
func TestObjectPatientDevice(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a patient's device",
			obj: Object{Name: "Patient_Device__c", Label: "Patient Device", Custom: true, Fields: probeFields(
				"Device_Name__c", "Device Name", "Text",
				"Start_Date__c", "Start Date", "Date",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Device_Name__c": {Health},
				"Start_Date__c":  {Health},
			},
			reason: "schema.tsv object patient device: the device a patient uses, and since when",
		},
		{
			name: "near miss: a device catalogue",
			obj: Object{Name: "Device_Catalogue__c", Label: "Device Catalogue", Custom: true, Fields: probeFields(
				"Device_Name__c", "Device Name", "Text",
			)},
			kind:   ObjectCatalogue,
			reason: "a catalogue of devices is about no person",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectLabOrderCodeKeys covers the coded fields of a lab order
// named with a record-id word (schema.tsv code-key icd, universal
// service; pending elixir Lab_Order__c): ICD_Id holds the diagnosis
// codes of the order and Universal_Service_ID the test ordered (HL7 v2
// OBR-4). The order's own key stays a key.
func TestObjectLabOrderCodeKeys(t *testing.T) {
	c := Default()
	cases := []objectCase{{
		name: "a lab order's diagnosis codes and test code",
		obj: Object{Name: "Lab_Order__c", Label: "Lab Test", Custom: true, Fields: probeFields(
			"ICD_Id__c", "ICD Id", "LongTextArea",
			"Universal_Service_ID__c", "Universal_Service_ID", "Text",
			"Order_Id__c", "Order Id", "Text",
		)},
		kind: ObjectClinical,
		want: map[string][]Category{
			"ICD_Id__c":               {Health},
			"Universal_Service_ID__c": {Health},
		},
		reason: "schema.tsv code-key icd, universal service: the words before Id make a coded value; Order Id is the order's number (record-id)",
	}}
	runObjectCases(t, c, cases)
}
