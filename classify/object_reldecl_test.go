package classify

import (
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDeclaredRelation(t *testing.T) {
	for _, tc := range []struct {
		typ     string
		targets []string
		arity   relationArity
		reason  string
	}{
		{"Many2One (gnuhealth.pathology)", []string{"gnuhealth.pathology"}, toOne, "Tryton fields.Many2One names its target model"},
		{"Function (Many2One (gnuhealth.disease.gene))", []string{"gnuhealth.disease.gene"}, toOne, "a Tryton computed field declares the relation it computes"},
		{"One2Many (gnuhealth.patient.disease)", []string{"gnuhealth.patient.disease"}, oneToMany, "Tryton fields.One2Many: the children that point back"},
		{"many2many (res.partner)", []string{"res.partner"}, manyToMany, "Odoo writes its field types lower case"},
		{"ManyToOne CervixMonster", []string{"CervixMonster"}, toOne, "JPA @ManyToOne (ormTarget)"},
		{"OneToMany List<CervixBoekRegel>", []string{"CervixBoekRegel"}, oneToMany, "a JPA collection names its element class"},
		{"Reference(Patient|Group)", []string{"Patient", "Group"}, toOne, "a FHIR reference may name several targets"},
		{"Selection", nil, 0, "no relation"},
		{"Function (Char)", nil, 0, "a computed value, no relation"},
		{"Many2One (a b)", nil, 0, "a target is one model name"},
		{"Lookup(Contact)", nil, 0, "a Salesforce lookup is read by its field name (linkTarget)"},
	} {
		d, ok := declaredRelation(tc.typ)
		if ok != (tc.targets != nil) || !slices.Equal(d.targets, tc.targets) || ok && d.arity != tc.arity {
			t.Errorf("declaredRelation(%q) = %v %v, want %v %v (%s)", tc.typ, d, ok, tc.targets, tc.arity, tc.reason)
		}
	}
}

// trytonOrg is a small hospital information system in the style of GNU
// Health's Tryton models (pending source gnuhealth): a patient, records
// that belong to the patient directly (a condition) or through the
// record they detail (a prenatal evaluation of a pregnancy), and the
// catalogues and reference tables that those records point to.
func trytonOrg() []Object {
	m2o := func(name, target string) Field { return Field{Name: name, Type: "Many2One (" + target + ")"} }
	return []Object{
		{Name: "gnuhealth.patient", Label: "Patient", Fields: []Field{
			{Name: "name", Label: "Name", Type: "Char"},
			{Name: "diseases", Label: "Conditions", Type: "One2Many (gnuhealth.patient.disease)"},
			{Name: "pregnancy_history", Label: "Pregnancies", Type: "One2Many (gnuhealth.patient.pregnancy)"},
			m2o("primary_care_doctor", "gnuhealth.healthprofessional"),
		}},
		{Name: "gnuhealth.patient.disease", Label: "Patient Conditions History", Fields: []Field{
			m2o("name", "gnuhealth.patient"),
			{Name: "pathology", Label: "Condition", Type: "Many2One (gnuhealth.pathology)"},
			{Name: "healthprof", Label: "Health Prof", Type: "Many2One (gnuhealth.healthprofessional)"},
			{Name: "related_evaluations", Label: "Related Evaluations", Type: "One2Many (gnuhealth.patient.evaluation)"},
			{Name: "diagnosed_date", Label: "Date of Diagnosis", Type: "Date"},
			{Name: "lot", Label: "Lot", Type: "Many2One (stock.lot)"},
			{Name: "dose_unit", Label: "dose unit", Type: "Many2One (gnuhealth.dose.unit)"},
			{Name: "severity_value", Label: "Severity", Type: "Many2One (ds.value)"},
			{Name: "code", Label: "Code", Type: "Char"},
			{Name: "health_condition_code", Label: "Code", Type: "Char"},
		}},
		{Name: "gnuhealth.patient.evaluation", Label: "Patient Evaluation", Fields: []Field{
			m2o("patient", "gnuhealth.patient"),
			{Name: "related_condition", Label: "Related condition", Type: "Many2One (gnuhealth.patient.disease)"},
			{Name: "pregnancy_code", Label: "Pregnancy", Type: "Many2One (gnuhealth.patient.pregnancy)"},
			m2o("healthprof", "gnuhealth.healthprofessional"),
			{Name: "request", Label: "Order", Type: "Integer"},
			{Name: "notes", Label: "Notes", Type: "Text"},
		}},
		{Name: "gnuhealth.patient.pregnancy", Label: "Patient Pregnancy", Fields: []Field{
			m2o("name", "gnuhealth.patient"),
			m2o("healthprof", "gnuhealth.healthprofessional"),
			{Name: "lmp", Label: "LMP", Type: "Date"},
		}},
		{Name: "gnuhealth.patient.prenatal.evaluation", Label: "Prenatal and Antenatal Evaluations", Fields: []Field{
			m2o("name", "gnuhealth.patient.pregnancy"),
			m2o("healthprof", "gnuhealth.healthprofessional"),
			{Name: "fetal_heart_rate", Label: "Fetus heart rate", Type: "Integer"},
		}},
		{Name: "gnuhealth.pathology", Label: "Health Conditions", Fields: []Field{
			{Name: "name", Label: "Name", Type: "Char"},
			{Name: "code", Label: "Code", Type: "Char"},
			{Name: "chromosome", Label: "Affected Chromosome", Type: "Char"},
			{Name: "gene", Label: "Gene", Type: "Char"},
			{Name: "groups", Label: "Groups", Type: "One2Many (gnuhealth.disease_group.members)"},
		}},
		{Name: "gnuhealth.disease_group.members", Label: "Disease group members", Fields: []Field{
			m2o("name", "gnuhealth.pathology"),
			{Name: "disease_group", Label: "Group", Type: "Many2One (gnuhealth.pathology.group)"},
		}},
		{Name: "gnuhealth.pathology.group", Label: "Pathology Groups", Fields: []Field{
			{Name: "name", Label: "Name", Type: "Char"},
			{Name: "info", Label: "Detailed information", Type: "Text"},
		}},
		{Name: "gnuhealth.healthprofessional", Label: "Health Professional", Fields: []Field{
			m2o("name", "party.party"),
		}},
		{Name: "party.party", Label: "Party", Fields: []Field{
			{Name: "name", Label: "Name", Type: "Char"},
			{Name: "dob", Label: "DoB", Type: "Date"},
			m2o("du", "gnuhealth.du"),
		}},
		{Name: "gnuhealth.dengue_du_survey", Label: "Dengue DU Survey", Fields: []Field{
			m2o("du", "gnuhealth.du"),
			{Name: "aedes_larva", Label: "Larvae", Type: "Boolean"},
			{Name: "observations", Label: "Observations", Type: "Text"},
		}},
		{Name: "gnuhealth.dose.unit", Label: "Dose Unit", Fields: []Field{
			{Name: "name", Label: "Unit", Type: "Char"},
		}},
		{Name: "gnuhealth.du", Label: "Domiciliary Unit", Fields: []Field{
			{Name: "address_street", Label: "Street", Type: "Char"},
		}},
	}
}

// TestSchemaReferenceData: in an org that declares its relations with
// their targets and holds those targets, a clinically named object from
// which no chain of to-one relations leads to a person is reference
// data (a catalogue when records point to it, else a thing); a record
// of a person, directly or through the record it details, stays
// clinical.
func TestSchemaReferenceData(t *testing.T) {
	objs := trytonOrg()
	r := Default().Schema(objs)
	kinds := map[string]ObjectKind{}
	for _, x := range r {
		kinds[x.Object] = x.Kind
	}
	for _, tc := range []struct {
		object string
		want   ObjectKind
		reason string
	}{
		{"gnuhealth.pathology", ObjectCatalogue, "a list of conditions that the patients' condition records point to: no relation leads from it to a person"},
		{"gnuhealth.disease_group.members", ObjectCatalogue, "a detail of a catalogue entry (its group), itself pointed to by the catalogue"},
		{"gnuhealth.dengue_du_survey", ObjectThing, "a survey of a dwelling for mosquito larvae: no relation to a person, and nothing points to it"},
		{"gnuhealth.patient.disease", ObjectClinical, "a condition of the patient it points to"},
		{"gnuhealth.patient.prenatal.evaluation", ObjectClinical, "belongs to a patient through the pregnancy it details"},
	} {
		if kinds[tc.object] != tc.want && (tc.want != ObjectClinical || kinds[tc.object] == ObjectCatalogue || kinds[tc.object] == ObjectThing) {
			t.Errorf("%s kind %s, want %s (%s)", tc.object, kinds[tc.object], tc.want, tc.reason)
		}
	}
	// An org that leaves out most of the targets of its relations (a
	// sample of a larger model) may hide the path to a person: its
	// objects keep the kinds their names give.
	open := trytonOrg()
	for i := range open {
		if open[i].Name == "gnuhealth.pathology" {
			for k := range 8 {
				open[i].Fields = append(open[i].Fields, Field{Name: fmt.Sprintf("x%d", k), Type: fmt.Sprintf("Many2One (other.model%d)", k)})
			}
		}
	}
	for _, x := range Default().Schema(open) {
		if x.Object == "gnuhealth.pathology" && (x.Kind == ObjectCatalogue || x.Kind == ObjectThing) {
			t.Errorf("open org: pathology kind %s, want its name's kind: most relations lead outside the schema", x.Kind)
		}
	}
	// One object alone has no org to read.
	if k := Default().Object(objs[5]).Kind; k == ObjectCatalogue || k == ObjectThing {
		t.Errorf("Object alone: pathology kind %s, want its name's kind", k)
	}
}

// TestSchemaTrytonRelations: a one-to-many relation holds no value (its
// records are judged themselves); a to-one relation to another object
// of the org points at a record (a professional, another clinical
// record), unless that object is a catalogue, whose entry is the
// record's content.
func TestSchemaTrytonRelations(t *testing.T) {
	objs := trytonOrg()
	r := Default().Schema(objs)
	got := map[string][]Category{}
	for i, x := range r {
		for _, f := range objs[i].Fields {
			got[x.Object+"."+f.Name] = objectFieldCats(x, f.Name)
		}
	}
	for _, tc := range []struct {
		field  string
		want   []Category
		reason string
	}{
		{"gnuhealth.patient.disease.pathology", []Category{Health}, "a Many2One to the condition catalogue holds the patient's condition"},
		{"gnuhealth.patient.disease.diagnosed_date", []Category{Health}, "a content field of a clinical record"},
		{"gnuhealth.patient.disease.healthprof", nil, "a Many2One to a professional points at a record, not at the patient's health"},
		{"gnuhealth.patient.disease.related_evaluations", nil, "a One2Many: the evaluations hold their own content"},
		{"gnuhealth.patient.evaluation.related_condition", nil, "a Many2One to another clinical record is a reference to it"},
		{"gnuhealth.patient.evaluation.pregnancy_code", nil, "a Many2One to a record of the org is a reference, even when its name ends in code"},
		{"gnuhealth.patient.disease.lot", nil, "a Many2One to a model outside the org named for a thing (stock.lot) points at that record"},
		{"gnuhealth.patient.disease.dose_unit", nil, "a Many2One to a catalogue of units names the unit of a quantity, not the record's content"},
		{"gnuhealth.patient.disease.severity_value", []Category{Health}, "a Many2One to a model outside the org named for no record (a value type) may hold the record's coded content"},
		{"gnuhealth.patient.disease.code", nil, "in an org that points to its code catalogues by relations, a text code of a record is its own number"},
		{"gnuhealth.patient.disease.health_condition_code", []Category{Health}, "a code whose name says what it codes holds the record's content"},
		{"gnuhealth.patient.evaluation.request", nil, "a scalar labelled Order alone is the number of the order a request belongs to"},
		{"gnuhealth.patient.evaluation.notes", []Category{Health}, "the evaluation's notes are its content"},
		{"gnuhealth.patient.diseases", nil, "a One2Many of the patient: the condition records are judged themselves"},
		{"gnuhealth.pathology.gene", nil, "a catalogue's gene describes a disease, not a person"},
		{"gnuhealth.pathology.group.info", nil, "a catalogue's text"},
		{"gnuhealth.dengue_du_survey.observations", nil, "a dwelling's survey"},
	} {
		if diff := cmp.Diff(tc.want, got[tc.field]); diff != "" {
			t.Errorf("%s (-want +got):\n%s\nreason: %s", tc.field, diff, tc.reason)
		}
	}
}
