package classify

import (
	"slices"
	"testing"
)

// TestObjectPatientKey covers the patient key of a clinical database's
// tables: a column named pid alone (HL7 v2's PID segment, Patient
// Identification; OpenEMR's pid on every clinical table) points to the
// patient's record as patient_id or PatNum do (personLink), so an
// object whose columns are named by clinical names is a person's
// clinical record (clinicalSiblings) and its bland columns hold the
// patient's health (pending openemr, issue 10: its reviews of systems,
// a column per symptom, were unknown tables).
func TestObjectPatientKey(t *testing.T) {
	c := Default()
	ros := func(key string) []Field {
		return probeFields(
			"id", "", "bigint(20)",
			key, "", "bigint(20)",
			"fever", "", "varchar(5)",
			"chills", "", "varchar(5)",
			"night_sweats", "", "varchar(5)",
			"insomnia", "", "varchar(5)",
			"additional_notes", "", "text",
		)
	}
	cases := []objectCase{
		{
			name:   "a review of systems keyed by pid is the patient's",
			obj:    Object{Name: "form_ros", Fields: ros("pid")},
			kind:   ObjectClinical,
			want:   map[string][]Category{"fever": {Health}, "chills": {Health}, "night_sweats": {Health}, "insomnia": {Health}, "additional_notes": {Health}},
			reason: "fields.tsv pid object:person, schema.tsv record-id pid: a person word that is a key itself links the table to the patient; the symptom columns (clinical.tsv) make it clinical",
		},
		{
			name:   "near miss: the same columns without a patient key",
			obj:    Object{Name: "form_ros", Fields: ros("layout_id")},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"insomnia": {Health}},
			reason: "without a key to a person the symptom names may be a form's layout or a catalogue of symptoms (clinicalObjectKind, clinicalSiblings need personLink); only a name strong on its own (insomnia, fields.tsv) reports",
		},
		{
			name: "near miss: pid inside a longer name is no patient key",
			obj: Object{Name: "processes", Fields: probeFields(
				"parent_pid", "", "int",
				"fever", "", "varchar(5)",
				"chills", "", "varchar(5)",
				"command", "", "text",
			)},
			kind:   ObjectUnknown,
			reason: "personLink takes a person word alone (less a key word): parent_pid names a parent process, and a table of processes is no clinical record",
		},
	}
	runObjectCases(t, c, cases)
}

// eyeExamOrg is an EHR's ophthalmology module as OpenEMR names its
// tables: a patient table, the parts of one eye exam (form_eye_*), two
// of them clinical by their own names (refraction, vitals), the others
// named for the part of the eye examined and holding coded columns,
// and a settings table of the module with no patient key.
func eyeExamOrg(extra ...Object) []Object {
	f := func(n string) Field { return Field{Name: n, Type: "varchar(30)"} }
	key := Field{Name: "pid", Type: "bigint(20)"}
	org := []Object{
		{Name: "patient_data", Fields: []Field{{Name: "pid", Type: "bigint(20)"}, {Name: "fname"}, {Name: "DOB", Type: "date"}}},
		{Name: "form_eye_refraction", Fields: []Field{{Name: "id"}, key, f("MRODSPH"), f("MRODCYL")}},
		{Name: "form_eye_vitals", Fields: []Field{{Name: "id"}, key, f("ODIOPAP"), f("OSIOPAP")}},
		{Name: "form_eye_neuro", Fields: []Field{{Name: "id"}, key, f("ACT5CCDIST"), f("ODNPC"), f("NEURO_COMMENTS")}},
		{Name: "form_eye_antseg", Fields: []Field{{Name: "id"}, key, f("ODCONJ"), f("ODCORNEA")}},
		{Name: "form_eye_mag_prefs", Fields: []Field{{Name: "id"}, f("ZONE_ORDER"), f("GOVALUE")}},
	}
	return append(org, extra...)
}

// An orgHealthCase is a field of an object judged in its org (Schema):
// want is Health when the field must hold health, "" when it must not
// (other categories are not looked at).
type orgHealthCase struct {
	name   string
	org    []Object
	object string
	field  string
	want   Category
	reason string
}

// runOrgHealthCases runs each case as a subtest: Schema on its org, then
// whether its field holds health.
func runOrgHealthCases(t *testing.T, c *Classifier, tests []orgHealthCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rs := c.Schema(tc.org)
			for i, o := range tc.org {
				if o.Name != tc.object {
					continue
				}
				got := Category("")
				if cats := objectFieldCats(rs[i], tc.field); slices.Contains(cats, Health) {
					got = Health
				}
				if got != tc.want {
					t.Errorf("%s.%s: %q, want %q (%s); kind %s", tc.object, tc.field, got, tc.want, tc.reason, rs[i].Kind)
				}
			}
		})
	}
}

// TestSchemaClinicalFamily covers a family of tables (clinicalFamilies):
// a table of unknown kind with a patient key whose siblings, the org's
// tables named with the same words but the last, are mostly clinical
// records by their own names, is a clinical record too. Found on the
// pending openemr (issue 10): its ophthalmology forms form_eye_neuro,
// form_eye_antseg, form_eye_acuity hold coded findings (ACT5CCDIST,
// ODCONJ) that no vocabulary can read, beside form_eye_refraction and
// form_eye_vitals, which their names make clinical.
func TestSchemaClinicalFamily(t *testing.T) {
	c := Default()
	plain := func(n string) Field { return Field{Name: n, Type: "varchar(30)"} }
	tests := []orgHealthCase{
		{"a coded column of an eye exam's part", eyeExamOrg(), "form_eye_neuro", "ACT5CCDIST", Health,
			"form_eye_neuro has a patient key and its family (stem form eye) has two clinical members of three judged: it is a clinical record, its coded column the patient's finding"},
		{"another part of the exam", eyeExamOrg(), "form_eye_antseg", "ODCORNEA", Health,
			"the same family: the anterior segment's cornea finding"},
		{"the patient key itself", eyeExamOrg(), "form_eye_neuro", "pid", "",
			"a key points at the patient and holds no category"},
		{"the module's settings", eyeExamOrg(), "form_eye_mag_prefs", "GOVALUE", "",
			"no patient key (personLinked): a settings table of the same module is no patient's record, whatever its family"},
		{"one clinical sibling is not enough", []Object{
			{Name: "patient_data", Fields: []Field{{Name: "pid"}, {Name: "fname"}}},
			{Name: "form_eye_vitals", Fields: []Field{{Name: "pid"}, plain("ODIOPAP")}},
			{Name: "form_eye_neuro", Fields: []Field{{Name: "pid"}, plain("ACT5CCDIST")}},
		}, "form_eye_neuro", "ACT5CCDIST", "",
			"familyMinClinical: one clinical table beside it does not make a family of clinical records"},
		{"a one-word stem names no subject", eyeExamOrg(
			Object{Name: "form_vitals", Fields: []Field{{Name: "pid"}, plain("bps"), plain("bpd")}},
			Object{Name: "form_soap", Fields: []Field{{Name: "pid"}, plain("subjective")}},
			Object{Name: "form_misc_billing", Fields: []Field{{Name: "pid"}, plain("box_14_date_qual")}},
		), "form_misc_billing", "box_14_date_qual", "",
			"familyMinWords: form_misc_billing shares only form with the clinical forms (a container word of the application); misc billing is no clinical family"},
		{"a family of business tables", []Object{
			{Name: "patient_data", Fields: []Field{{Name: "pid"}, {Name: "fname"}}},
			{Name: "billing_claim_lines", Fields: []Field{{Name: "pid"}, plain("amount")}},
			{Name: "billing_claim_status", Fields: []Field{{Name: "pid"}, plain("status_code")}},
			{Name: "billing_claim_notes", Fields: []Field{{Name: "pid"}, plain("remark_code")}},
		}, "billing_claim_notes", "remark_code", "",
			"a family none of whose members is clinical gives nothing"},
	}
	runOrgHealthCases(t, c, tests)
}

// TestSchemaHistoryFindings covers a medical history found by its
// columns (findingsKind): in an org mostly of clinical records, a table
// named a history with a patient key, a quarter or more of whose
// columns hold health by their own names (screenings, surgeries), is
// the patient's medical history, so its bland columns (alcohol, the
// last ECG, the mother's history) hold health too. Found on the pending
// openemr (issue 10): history_data.
func TestSchemaHistoryFindings(t *testing.T) {
	c := Default()
	lt := func(n string) Field { return Field{Name: n, Type: "longtext"} }
	vc := func(n string) Field { return Field{Name: n, Type: "varchar(255)"} }
	history := func(name string) Object {
		return Object{Name: name, Fields: []Field{
			{Name: "id", Type: "bigint(20)"}, {Name: "pid", Type: "bigint(20)"},
			lt("tobacco"), vc("last_mammogram"), vc("last_prostate_exam"), {Name: "tonsillectomy", Type: "date"},
			{Name: "appendectomy", Type: "date"}, lt("alcohol"), vc("last_ecg"), lt("history_mother"),
		}}
	}
	tests := []orgHealthCase{
		{"a history's bland column in a clinic", clinicOrg(history("history_data")), "history_data", "alcohol", Health,
			"five of ten columns are health by their own names (findingsMin, findingsShare) on a history with a patient key in a clinical org: a medical history, whose alcohol use is the patient's"},
		{"a relative's history in a clinic", clinicOrg(history("history_data")), "history_data", "history_mother", Health,
			"the same table: the family history of the patient's mother"},
		{"the key of the history", clinicOrg(history("history_data")), "history_data", "pid", "",
			"a key holds no category"},
		{"near miss: the same columns on an intake", clinicOrg(history("intake_data")), "intake_data", "alcohol", "",
			"not named a history (historyWords): an intake asks about a few health topics among many, its other columns are not health by the share alone"},
		{"near miss: a history in a sales org", append(businessOrg(), history("history_data")), "history_data", "alcohol", "",
			"an org not mostly clinical (clinicalOrg): a history table there is no medical history by its share"},
		{"near miss: a status history", clinicOrg(Object{Name: "client_status_history", Fields: []Field{
			{Name: "pid", Type: "bigint(20)"}, vc("old_status"), vc("new_status"), lt("remarks"), {Name: "changed_at", Type: "datetime"},
		}}), "client_status_history", "remarks", "",
			"a history of a record's statuses holds no findings: nothing lifts it"},
	}
	runOrgHealthCases(t, c, tests)
}

// TestObjectRecordBookkeeping covers the bookkeeping of a clinical
// database's records, which holds no health though the record does
// (issue 10, error class 3; pending openemr's false alarms): who
// authorised a form and which practice group owns it (schema.tsv system
// authorized, groupname), the workflow status of an order, a report, a
// review or a plan, a sequence number and a time zone (handling lines);
// and a group of people named for a therapy (fields.tsv group
// object:org): the group is no patient.
func TestObjectRecordBookkeeping(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a vitals form's authorisation and owner",
			obj: Object{Name: "form_vitals", Fields: probeFields(
				"pid", "", "bigint(20)",
				"groupname", "", "varchar(255)",
				"authorized", "", "tinyint(4)",
				"bps", "", "varchar(40)",
				"temperature", "", "float(5,2)",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"bps": {Health}, "temperature": {Health}},
			reason: "schema.tsv system authorized and groupname: the record's sign-off flag and owning group; the vitals (schema.tsv object vitals) are health",
		},
		{
			name: "a lab report's workflow",
			obj: Object{Name: "procedure_report", Fields: probeFields(
				"procedure_order_seq", "", "int(11)",
				"date_report_tz", "", "varchar(5)",
				"report_status", "", "varchar(31)",
				"review_status", "", "varchar(31)",
				"report_notes", "", "text",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"report_notes": {Health}},
			reason: "handling seq, tz, report status, review status: the order of a line, a time zone and the report's workflow; the report's notes are its content",
		},
		{
			name: "an order's status beside its diagnosis",
			obj: Object{Name: "procedure_order", Fields: probeFields(
				"patient_id", "", "bigint(20)",
				"order_status", "", "varchar(31)",
				"order_diagnosis", "", "varchar(255)",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"order_diagnosis": {Health}},
			reason: "handling order status: pending, routed, complete is the order's workflow (FHIR ServiceRequest.status); the diagnosis it is for is health",
		},
		{
			name: "an immunization's audit columns",
			obj: Object{Name: "immunizations", Fields: probeFields(
				"patient_id", "", "bigint(20)",
				"cvx_code", "", "varchar(64)",
				"administered_by", "", "varchar(255)",
				"create_date", "", "datetime",
				"update_date", "", "timestamp",
				"activity", "", "tinyint(4)",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"cvx_code": {Health}},
			reason: "schema.tsv system create date, update date, activity (the record's audit and active flag) and handling administered by (the professional); the vaccine's code is the patient's immunization",
		},
		{
			name: "a prescription's intent and modification date",
			obj: Object{Name: "prescriptions", Fields: probeFields(
				"patient_id", "", "bigint(20)",
				"drug", "", "varchar(150)",
				"dosage", "", "varchar(100)",
				"request_intent", "", "varchar(100)",
				"date_modified", "", "datetime",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"drug": {Health}, "dosage": {Health}},
			reason: "handling request intent (FHIR MedicationRequest.intent: proposal, plan, order) and system date modified are the record's structure and audit; the drug and its dosage are the patient's",
		},
		{
			name: "near miss: an activity named for what it is stays content",
			obj: Object{Name: "Care_Plan_Activity__c", Label: "Care Plan Activity", Fields: probeFields(
				"Patient__c", "Patient", "Lookup",
				"Activity_Type__c", "Activity Type", "Picklist",
				"Activity_Detail__c", "Activity Detail", "LongTextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Activity_Type__c": {Health}, "Activity_Detail__c": {Health}},
			reason: "schema.tsv system activity is the whole name only: a care plan's activity type and detail are the planned care",
		},
		{
			name: "a therapy group is a group",
			obj: Object{Name: "therapy_groups", Fields: probeFields(
				"group_id", "", "int(11)",
				"group_name", "", "varchar(255)",
				"group_start_date", "", "date",
				"group_notes", "", "text",
			)},
			kind:   ObjectOrganisation,
			reason: "fields.tsv group object:org at the head of the name (orgHead): the therapy names the group's kind; its name, dates and notes are the group's, no patient's health",
		},
		{
			name: "near miss: a patient's group therapy note is the patient's",
			obj: Object{Name: "Group_Therapy_Note__c", Label: "Group Therapy Note", Fields: probeFields(
				"Patient__c", "Patient", "Lookup",
				"Progress__c", "Progress", "LongTextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Progress__c": {Health}},
			reason: "group modifies the therapy here and the head, note, is no organisation's word (orgHead gives nothing): schema.tsv object therapy decides, and a patient's progress in group therapy is health",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectSOAPNote covers a SOAP note known by its four parts
// (soapSiblings, schema.tsv sibling lines of kind clinical): a table of
// unknown kind with a key to a person whose columns are the Subjective,
// Objective, Assessment and Plan of the problem-oriented medical record
// (Weed 1968) is a clinician's note, so every part is health. Found on
// the pending openemr (issue 10): form_soap.
func TestObjectSOAPNote(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a SOAP note of a patient",
			obj: Object{Name: "form_soap", Fields: probeFields(
				"id", "", "bigint(20)",
				"pid", "", "bigint(20)",
				"subjective", "", "text",
				"objective", "", "text",
				"assessment", "", "text",
				"plan", "", "text",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"subjective": {Health}, "objective": {Health}, "assessment": {Health}, "plan": {Health}},
			reason: "all four SOAP parts beside a patient key: the patient's complaints, the findings, the diagnosis and the treatment plan",
		},
		{
			name: "near miss: a pupil's essay with an objective, an assessment and a plan",
			obj: Object{Name: "essays", Fields: probeFields(
				"student_id", "", "bigint(20)",
				"objective", "", "text",
				"assessment", "", "text",
				"plan", "", "text",
			)},
			kind:   ObjectUnknown,
			reason: "three parts without the subjective, beside a key to a person: a plan, an objective and an assessment are a pupil's essay or an employee's appraisal too",
		},
		{
			name: "near miss: the four parts without a person key",
			obj: Object{Name: "writing_exercises", Fields: probeFields(
				"exercise_id", "", "bigint(20)",
				"subjective", "", "text",
				"objective", "", "text",
				"assessment", "", "text",
				"plan", "", "text",
			)},
			kind:   ObjectUnknown,
			reason: "without a key to a person (personLink) the four parts may be a course's exercise in writing such notes: soapSiblings gives nothing",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectFunctionalStatus covers the records of a patient's
// functional and cognitive status (schema.tsv object functional status,
// cognitive status: HL7 C-CDA Functional Status and Mental Status
// sections): what the patient can do and how the patient thinks is
// health, so the code and text of such a record are. Found on the
// pending openemr (issue 10): form_functional_cognitive_status.
func TestObjectFunctionalStatus(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a functional and cognitive status form",
			obj: Object{Name: "form_functional_cognitive_status", Fields: probeFields(
				"pid", "", "bigint(20)",
				"code", "", "varchar(255)",
				"codetext", "", "text",
				"description", "", "text",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"code": {Health}, "codetext": {Health}, "description": {Health}},
			reason: "schema.tsv object cognitive status (C-CDA Mental Status Section) at the head of the name: the code and text of the patient's status",
		},
		{
			name: "near miss: a functional area of an organisation",
			obj: Object{Name: "Functional_Area__c", Label: "Functional Area", Fields: probeFields(
				"Code__c", "Code", "Text",
				"Description__c", "Description", "LongTextArea",
			)},
			kind:   ObjectUnknown,
			reason: "functional alone is no status of a person: the lines need functional status or cognitive status",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectBirthDateHead covers birthDateRows with head-final names:
// a configuration table one of whose fields is named for a date of
// birth holds people, but a field that names the birth date before its
// head ("patient_dob_usage": whether a clinical decision rule uses the
// patient's birth date) is a setting about the birth date, not one.
// Found on the pending openemr (issue 10): clinical_rules.
func TestObjectBirthDateHead(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a decision rule's use of the birth date is a setting",
			obj: Object{Name: "clinical_rules", Fields: probeFields(
				"id", "", "varchar(31)",
				"active_alert_flag", "", "tinyint(1)",
				"patient_dob_usage", "", "TEXT",
				"patient_race_usage", "", "TEXT",
				"patient_sexual_orientation_usage", "", "TEXT",
			)},
			kind:   ObjectConfiguration,
			reason: "birthBeforeHead: usage is the head of patient_dob_usage, so the rules table stays configuration (schema.tsv object rule) and its usage settings name no person's race or orientation",
		},
		{
			name: "near miss: a mapping table with its members' birth dates",
			obj: Object{Name: "Customer_Member_Mapping__c", Label: "Customer Member Mapping", Fields: probeFields(
				"DOB__c", "DOB", "Formula (Text)",
				"Relationship__c", "Relationship", "Text",
			)},
			kind:   ObjectPerson,
			reason: "birthDateRows: DOB is the whole name, a birth date; a mapping whose rows have one lists people (pending abcapital, now scored)",
		},
	}
	runObjectCases(t, c, cases)
}
