package classify

import "testing"

// TestObjectSpecialtyRecords covers the records of specialty clinics
// whose clinical objects have bland fields (issue 10: health recall on
// specialty-clinic orgs): an object named for a medical specialty (ABMS
// boards, the Dutch register of specialisms, the paramedical professions
// of Wet BIG art. 34), a kind of clinical document (LOINC Document
// Ontology, Dutch letters and reports), a FHIR resource or a procedure holds one patient's care, so
// its Type, Result and Notes are health; a department, a setting or a
// list of specialties is not. Each class has objects that must change
// and near misses that must not; the reason names the class and the data
// line.
func TestObjectSpecialtyRecords(t *testing.T) {
	c := Default()
	record := func(name, label string) Object {
		return Object{Name: name, Label: label, Custom: true, Fields: probeFields(
			"Patient__c", "Patient", "Lookup",
			"Type__c", "Type", "Picklist",
			"Result__c", "Result", "Text",
			"Notes__c", "Notes", "LongTextArea",
			"CreatedDate", "Created Date", "DateTime",
		)}
	}
	content := map[string][]Category{"Type__c": {Health}, "Result__c": {Health}, "Notes__c": {Health}}
	cases := []objectCase{
		{name: "a cardiology visit", obj: record("Cardiology_Visit__c", "Cardiology Visit"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object cardiology (ABMS: cardiovascular disease)"},
		{name: "an ophthalmology exam", obj: record("Ophthalmology_Exam__c", "Ophthalmology Exam"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object ophthalmology (ABMS Ophthalmology)"},
		{name: "a speech therapist's treatment (Dutch)", obj: record("Logopedie_Behandeling__c", "Logopedie behandeling"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object logopedie (Wet BIG art. 34) and behandeling"},
		{name: "a psychiatry record (Dutch)", obj: record("Psychiatrie__c", "Psychiatrie"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object psychiatrie (the register of medical specialisms)"},
		{name: "a radiology report", obj: record("Radiology_Report__c", "Radiology Report"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object radiology report (LOINC 18748-4)"},
		{name: "a consult note", obj: record("Consult_Note__c", "Consult Note"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object consult note (LOINC 11488-4)"},
		{name: "an MRI scan", obj: record("MRI_Scan__c", "MRI Scan"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object mri scan (SNOMED CT 113091000)"},
		{name: "an imaging study", obj: record("ImagingStudy", "Imaging Study"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object imaging study (HL7 FHIR ImagingStudy)"},
		{name: "a discharge letter (Dutch)", obj: record("Ontslagbrief__c", "Ontslagbrief"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object ontslagbrief (LOINC 18842-5 Discharge summary)"},
		{name: "the running clinical notes of a Dutch record", obj: record("Decursus__c", "Decursus"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object decursus"},
		{name: "a hospital admission", obj: record("Hospital_Admission__c", "Hospital Admission"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object hospital admission (SNOMED CT 32485007): the longer line hides hospital, an organisation"},
		{name: "a patient's symptom log", obj: record("Symptom_Log__c", "Symptom Log"), kind: ObjectClinical, want: content,
			reason: "headKind: the weak head log (schema.tsv object log, a technical log) after the clinical object word symptom records symptoms"},
		{name: "a patient's medication log", obj: record("Medication_Log__c", "Medication Log"), kind: ObjectClinical, want: content,
			reason: "headKind: after a weak head, a strong health word of the name decides (namedKind)"},
		{name: "a seizure diary", obj: record("Seizure_Diary__c", "Seizure Diary"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object seizure diary (NICE NG217)"},
		{name: "a patient's assessment", obj: record("Patient_Assessment__c", "Patient Assessment"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object patient assessment: a patient word before the event makes it the patient's care, not the patient's person record"},
		{name: "a patient's vitals", obj: record("Vitals__c", "Vitals"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object vitals (LOINC 85353-1)"},
		{name: "a chiropractic adjustment", obj: record("Chiropractic_Adjustment__c", "Chiropractic Adjustment"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object chiropractic adjustment (CPT 98940-98942)"},
		{name: "an embryo transfer", obj: record("Embryo_Transfer__c", "Embryo Transfer"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object embryo transfer (assisted reproduction, HFEA)"},
		{name: "a mole map", obj: record("Mole_Map__c", "Mole Map"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object mole map (dermatology)"},
		{name: "a problem list", obj: record("Problem_List__c", "Problem List"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object problem list (HL7 C-CDA Problem Section, LOINC 11450-4)"},
		{name: "a social history", obj: record("Social_History__c", "Social History"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object social history (HL7 C-CDA, LOINC 29762-2)"},
		{name: "a patient's condition", obj: record("Patient_Condition__c", "Patient Condition"), kind: ObjectClinical,
			want:   map[string][]Category{"Result__c": {Health}, "Notes__c": {Health}},
			reason: "schema.tsv object patient condition (HL7 FHIR Condition); its Type is the kind of record (schema.tsv handling type of a condition); condition alone is no line (a price rule's condition)"},
		{
			name: "near miss: a price rule's condition",
			obj: Object{Name: "SBQQ__PriceCondition__c", Label: "Price Condition", Custom: true, Fields: probeFields(
				"SBQQ__Field__c", "Field", "Picklist",
				"SBQQ__Value__c", "Value", "Text",
			)},
			kind:   ObjectThing,
			reason: "no object line names condition alone: Salesforce CPQ's price and error conditions are rules of a quote, a price a thing",
		},
		{name: "an EMDR session", obj: record("EMDR_Session__c", "EMDR Session"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object emdr (NICE NG116)"},
		{name: "a physio session", obj: record("Physio_Session__c", "Physio Session"), kind: ObjectClinical, want: content,
			reason: "schema.tsv object physio (Chartered Society of Physiotherapy)"},
		{
			name: "near miss: a computer-based training course",
			obj: Object{Name: "CBT_Course__c", Label: "CBT Course", Custom: true, Fields: probeFields(
				"Type__c", "Type", "Picklist",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object cbt session, not cbt alone: CBT is also computer-based training, and a course is a catalogue item",
		},
		{
			name: "near miss: a patient record is a person",
			obj: Object{Name: "Patient__c", Label: "Patient", Custom: true, Fields: probeFields(
				"Type__c", "Type", "Picklist",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind:   ObjectPerson,
			reason: "fields.tsv patient object:person: the patient alone is the person, whose Type and Notes say nothing of health",
		},
		{
			name: "near miss: an integration's log stays configuration",
			obj: Object{Name: "Integration_Log__c", Label: "Integration Log", Custom: true, Fields: probeFields(
				"Type__c", "Type", "Picklist",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind:   ObjectConfiguration,
			reason: "schema.tsv object log: no clinical word before it",
		},
		{
			name: "near miss: a hospital is an organisation",
			obj: Object{Name: "Hospital__c", Label: "Hospital", Custom: true, Fields: probeFields(
				"Type__c", "Type", "Picklist",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind:   ObjectOrganisation,
			reason: "fields.tsv hospital object:org: a list of hospitals is about no patient",
		},
		{
			name: "near miss: a cardiology department is an organisational unit",
			obj: Object{Name: "Cardiology_Department__c", Label: "Cardiology Department", Custom: true, Fields: probeFields(
				"Type__c", "Type", "Picklist",
				"Notes__c", "Notes", "LongTextArea",
				"Head__c", "Head", "Lookup",
			)},
			kind:   ObjectOrganisation,
			reason: "schema.tsv object department: the head word decides, the specialty before it names the department",
		},
		{
			name: "near miss: a list of specialties is no patient's record",
			obj: Object{Name: "Specialty__c", Label: "Specialty", Custom: true, Fields: []Field{
				{Name: "Name", Label: "Specialty Name", Type: "Text"},
				probePicklist("Board__c", "Board", "Cardiology", "Dermatology", "Psychiatry"),
			}},
			kind:   ObjectUnknown,
			reason: "only an object named for a specialty is its record; specialty values name no patient's care",
		},
		{
			name: "near miss: the settings of a neurology module",
			obj: Object{Name: "Neurology_Settings__c", Label: "Neurology Settings", Custom: true, Fields: probeFields(
				"Type__c", "Type", "Picklist",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind:   ObjectConfiguration,
			reason: "schema.tsv object settings (configuration) is the head; a setting is about no person",
		},
	}
	runObjectCases(t, c, cases)
}
