package classify

import (
	"slices"
	"testing"
)

// personKeyOrg is a clinical database keyed by its patient table's own
// key column, whose name no vocabulary knows ("subjid"): a patient
// table, a review of systems and a vitals form carrying the key, a
// billing table carrying it too, and a settings table without it.
// extra objects are appended.
func personKeyOrg(key string, extra ...Object) []Object {
	k := Field{Name: key, Type: "bigint(20)"}
	org := []Object{
		{Name: "patients", Fields: []Field{{Name: "id", Type: "bigint(20)"}, k, {Name: "fname", Type: "varchar(255)"}, {Name: "DOB", Type: "date"}}},
		{Name: "form_ros", Fields: append([]Field{{Name: "id", Type: "bigint(20)"}, k}, probeFields(
			"fever", "", "varchar(5)",
			"chills", "", "varchar(5)",
			"night_sweats", "", "varchar(5)",
			"insomnia", "", "varchar(5)",
			"additional_notes", "", "text",
		)...)},
		{Name: "form_vitals", Fields: []Field{{Name: "id", Type: "bigint(20)"}, k, {Name: "bps", Type: "varchar(40)"}, {Name: "bpd", Type: "varchar(40)"}}},
		{Name: "billing", Fields: []Field{{Name: "id", Type: "bigint(20)"}, k, {Name: "code", Type: "varchar(20)"}, {Name: "fee", Type: "decimal(12,2)"}}},
		{Name: "globals", Fields: []Field{{Name: "gl_name", Type: "varchar(63)"}, {Name: "gl_value", Type: "varchar(255)"}}},
	}
	return append(org, extra...)
}

// TestSchemaPersonKey covers the key of the org's person table
// (personKeys): a key column of a patient table that three or more of
// the org's other tables carry under the same name links them to the
// patient, whatever the name (the relational model's foreign key;
// HL7 v2's PID segment names OpenEMR's "pid"), so a table named by
// symptom columns is the patient's review of systems. Found by leaving
// openemr's own lines out (issue 10): without the fields.tsv line pid
// its forms were unknown tables, F1 0.505; with this class 0.890.
func TestSchemaPersonKey(t *testing.T) {
	c := Default()
	tests := []orgHealthCase{
		{"a symptom column of a form keyed by the patient table's key", personKeyOrg("subjid"), "form_ros", "chills", Health,
			"patients.subjid is carried by form_ros, form_vitals and billing (personKeyMin 3): a person key, so form_ros with its symptom columns is the patient's clinical record (clinicalSiblings)"},
		{"a bland column of the same form", personKeyOrg("subjid"), "form_ros", "additional_notes", Health,
			"the same record: its notes are the patient's"},
		{"the key itself", personKeyOrg("subjid"), "form_ros", "subjid", "",
			"a key points at the patient and holds no category"},
		{"near miss: a key shared by two tables only", personKeyOrg("subjid")[:3], "form_ros", "chills", "",
			"only form_ros and form_vitals carry it: two tables sharing a column may share a name by chance (personKeyMin)"},
		{"near miss: the key of an organisation's table", func() []Object {
			org := personKeyOrg("orgno")
			org[0] = Object{Name: "organisations", Fields: []Field{{Name: "id", Type: "bigint(20)"}, {Name: "orgno", Type: "bigint(20)"}, {Name: "name", Type: "varchar(255)"}}}
			return org
		}(), "form_ros", "chills", "",
			"orgno is the key of an organisation table (no person object carries it): the tables carrying it belong to an organisation, not to a person, and are not linked by it"},
		{"near miss: a key named for another object of the org", personKeyOrg("facility_id",
			Object{Name: "facility", Fields: []Field{{Name: "id", Type: "bigint(20)"}, {Name: "name", Type: "varchar(255)"}}},
		), "form_ros", "chills", "",
			"facility_id keys the org's facility table (linkTarget): the patient's facility, not the patient, so the tables carrying it are not linked to a person by it"},
		{"near miss: the platform's row key", personKeyOrg("uuid"), "form_ros", "chills", "",
			"uuid is every table's own row key (personKeyGeneric): it links nothing"},
	}
	runOrgHealthCases(t, c, tests)
}

// TestSchemaPersonKeyEvidence checks that a table linked by the person
// key lists the rule and the linking field's place, never a value.
func TestSchemaPersonKeyEvidence(t *testing.T) {
	c := Default()
	org := personKeyOrg("subjid")
	rs := c.Schema(org)
	for i, o := range org {
		has := slices.ContainsFunc(rs[i].Evidence, func(e Evidence) bool { return e.Rule == RulePersonKey })
		want := o.Name == "form_ros" || o.Name == "form_vitals" || o.Name == "billing"
		if o.Name == "form_vitals" && rs[i].Kind != ObjectUnknown {
			want = false // judged by its own name (vitals), not lifted by the key
		}
		if has != want {
			t.Errorf("%s: evidence %s %v, want %v (kind %s)", o.Name, RulePersonKey, has, want, rs[i].Kind)
		}
		for _, e := range rs[i].Evidence {
			if e.Rule == RulePersonKey && e.Line != "field 2" {
				t.Errorf("%s: line %q, want the field's place", o.Name, e.Line)
			}
		}
	}
}

// TestObjectPersonRelation covers a person field declared as an ORM
// relation to one record (toOneRelation): Tryton's and Odoo's
// Many2One, JPA's ManyToOne point to the person as a lookup does, so
// an object of symptom columns with a Many2One patient is the patient's
// clinical record (clinicalSiblings). A One2Many of patients lists the
// records of many people (a ward's), no one person's.
func TestObjectPersonRelation(t *testing.T) {
	c := Default()
	symptoms := probeFields(
		"fever", "Fever", "Boolean",
		"chills", "Chills", "Boolean",
		"night_sweats", "Night sweats", "Boolean",
		"insomnia", "Insomnia", "Boolean",
		"notes", "Notes", "Text",
	)
	cases := []objectCase{
		{
			name:   "a Tryton model with a Many2One patient",
			obj:    Object{Name: "app.daily_form", Fields: append([]Field{{Name: "patient", Label: "Patient", Type: "Many2One (app.patient)"}}, symptoms...)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"fever": {Health}, "chills": {Health}, "night_sweats": {Health}, "insomnia": {Health}, "notes": {Health}},
			reason: "a Many2One to one patient (Tryton fields.Many2One, Odoo many2one) points to the person's record as a lookup does (personLink), and four symptom names make the record clinical (clinicalSiblings)",
		},
		{
			name:   "near miss: a One2Many of patients",
			obj:    Object{Name: "app.daily_form", Fields: append([]Field{{Name: "patients", Label: "Patients", Type: "One2Many (app.patient)"}}, symptoms...)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"insomnia": {Health}},
			reason: "a One2Many lists the records that point back here, many people's: no one person's record, so only a name strong on its own (insomnia) reports",
		},
	}
	runObjectCases(t, c, cases)
}

// ormOrg is a small Tryton-style org: a patient model, a pregnancy
// model (clinical by its name), a ward (a place), and extra models.
func ormOrg(extra ...Object) []Object {
	org := []Object{
		{Name: "app.patient", Fields: []Field{{Name: "name", Type: "Many2One (party.party)"}, {Name: "dob", Label: "Date of birth", Type: "Date"}}},
		{Name: "app.patient.pregnancy", Fields: []Field{{Name: "patient", Label: "Patient", Type: "Many2One (app.patient)"}, {Name: "gravida", Label: "Pregnancy #", Type: "Integer"}}},
		{Name: "app.ward", Fields: []Field{{Name: "name", Label: "Name", Type: "Char"}, {Name: "floor", Label: "Floor", Type: "Char"}}},
		{Name: "app.appointment", Fields: []Field{{Name: "patient", Label: "Patient", Type: "Many2One (app.patient)"}, {Name: "speciality", Label: "Speciality", Type: "Char"}}},
		{Name: "app.lab.result", Fields: []Field{{Name: "patient", Label: "Patient", Type: "Many2One (app.patient)"}, {Name: "analyte", Label: "Analyte", Type: "Char"}}},
	}
	return append(org, extra...)
}

// TestSchemaDeclaredLink covers an ORM's declared to-one relation in the
// org (linkTarget): "Many2One (app.subject)" names the model it points
// to, so a model whose link to its patient is named for something else
// ("subject", Tryton's "name") is person-linked in the org, and its
// clinical names then make it the person's clinical record
// (clinicalSiblings, liftByOrg). Found by leaving gnuhealth's own lines
// out (issue 10): its perinatal and surgery models.
func TestSchemaDeclaredLink(t *testing.T) {
	c := Default()
	review := func(link string) Object {
		return Object{Name: "app.daily_form", Fields: append([]Field{{Name: "subject", Label: "Subject", Type: link}}, probeFields(
			"fever", "Fever", "Boolean",
			"chills", "Chills", "Boolean",
			"night_sweats", "Night sweats", "Boolean",
			"insomnia", "Insomnia", "Boolean",
			"remarks", "Remarks", "Char",
		)...)}
	}
	tests := []orgHealthCase{
		{"a form linked to its patient by a Many2One named subject", ormOrg(review("Many2One (app.patient)")), "app.daily_form", "remarks", Health,
			"the declared target app.patient is the org's person (linkTarget): the form is person-linked, four symptom names make it clinical (clinicalSiblings), its remarks the patient's"},
		{"near miss: the same form linked to a ward", ormOrg(review("Many2One (app.ward)")), "app.daily_form", "remarks", "",
			"app.ward is a place, not a person's record: the symptom names may be a ward's checklist, and its remarks are no one's health"},
	}
	part := func(link string) Object {
		return Object{Name: "app.delivery", Fields: []Field{
			{Name: "name", Label: "Pregnancy", Type: link},
			{Name: "start_mode", Label: "Start", Type: "Selection"},
			{Name: "notes", Label: "Notes", Type: "Text"},
		}}
	}
	tests = append(tests,
		orgHealthCase{"a part of a clinical record declared as its Many2One", ormOrg(part("Many2One (app.patient.pregnancy)")), "app.delivery", "start_mode", Health,
			"app.delivery's Many2One points to app.patient.pregnancy, a clinical record by its name: a part of that record (org-context:parent, as clinicalParent reads a link's name), its fields the patient's health"},
		orgHealthCase{"near miss: the same model pointing to a ward", ormOrg(part("Many2One (app.ward)")), "app.delivery", "start_mode", "",
			"a ward is no clinical record: nothing makes the model a part of one"},
		orgHealthCase{"near miss: a Salesforce lookup to a clinical record", ormOrg(
			Object{Name: "Treatment_Plan__c", Label: "Treatment Plan", Fields: []Field{{Name: "Patient__c", Label: "Patient", Type: "Lookup"}, {Name: "Goal__c", Label: "Goal", Type: "Text"}}},
			Object{Name: "Enrolment__c", Label: "Enrolment", Fields: []Field{{Name: "Plan__c", Label: "Plan", Type: "Lookup(Treatment_Plan__c)"}, {Name: "Status__c", Label: "Status", Type: "Picklist"}}},
		), "Enrolment__c", "Status__c", "",
			"only an ORM's declared relation makes a model a part of the record it names: a lookup from an enrolment or a lien to a plan or a treatment is its own record (on the development set such lookups were false alarms)"},
	)
	runOrgHealthCases(t, c, tests)
}
