package classify

import (
	"slices"
	"strings"
	"testing"
)

// TestClinicalNames checks the built-in clinical.tsv: it parses, every
// line cites its source, every kind is present, and bad lines are
// errors naming the line.
func TestClinicalNames(t *testing.T) {
	cn, err := parseClinicalNames(clinicalTSV)
	if err != nil {
		t.Fatalf("clinical.tsv: %v", err)
	}
	if len(cn.entries) < 2000 {
		t.Errorf("clinical.tsv: %d lines, want at least 2000", len(cn.entries))
	}
	for _, k := range clinicalKinds {
		if !slices.Contains(cn.kinds, k) {
			t.Errorf("clinical.tsv: no line of kind %s", k)
		}
	}
	for _, e := range cn.entries {
		info, ok := LookupRule(e.id)
		if !ok || info.File != "clinical" || info.Line != e.line {
			t.Errorf("clinical.tsv:%d: LookupRule(%s) = %+v, %v", e.line, e.id, info, ok)
			break
		}
	}
	for _, bad := range []string{
		"apnea\tdisease\t0.8\tWordNet\n",                                        // no as_of
		"# as_of: 2026-12-07\napnea\tdisease\t0.8\n",                            // no source column
		"# as_of: 2026-12-07\napnea\tdisease\t0.8\t \n",                         // empty source
		"# as_of: 2026-12-07\nApnea\tdisease\t0.8\tWordNet\n",                   // not folded
		"# as_of: 2026-12-07\napnea\tgossip\t0.8\tWordNet\n",                    // unknown kind
		"# as_of: 2026-12-07\napnea\tdisease\t1.8\tWordNet\n",                   // weight
		"# as_of: 2026-12-07\napnea\tdisease\t0.8\tA\napnea\tsymptom\t0.8\tB\n", // duplicate
	} {
		if _, err := parseClinicalNames(bad); err == nil || !strings.HasPrefix(err.Error(), "clinical.tsv") {
			t.Errorf("parseClinicalNames(%q): %v, want a clinical.tsv error", bad, err)
		}
	}
}

// TestClinicalNameProbes holds clinical field names of many specialties,
// each judged on a person's record and on objects that are about no
// person. The clinical names of clinical.tsv count only on an object about
// a person (object_clinical.go): there the field holds the person's
// health (GDPR art. 4(15), recital 35: a disease, its treatment, a
// test); on a drug or product catalogue, a product and a setting the same
// words describe an item or a configuration, not a person (issue 10,
// error class 3). fromClinical says that the evidence must be a line of
// clinical.tsv: no other vocabulary knew the name.
func TestClinicalNameProbes(t *testing.T) {
	probes := []struct {
		field        Field
		fromClinical bool
		reason       string
	}{
		{Field{Name: "Apnea_Index__c", Label: "Apnea Index", Type: "Number"}, true, "sleep medicine: apnea (WordNet symptom) counted per hour of sleep"},
		{Field{Name: "Insomnia_Severity__c", Label: "Insomnia Severity", Type: "Picklist"}, false, "sleep medicine and psychiatry: insomnia (WordNet sleep disorder)"},
		{Field{Name: "Gingivitis_Grade__c", Label: "Gingivitis Grade", Type: "Picklist"}, true, "dentistry: gingivitis (WordNet disease)"},
		{Field{Name: "Mastectomy_Date__c", Label: "Mastectomy Date", Type: "Date"}, false, "oncology: mastectomy (WordNet medical procedure)"},
		{Field{Name: "Angioplasty_Date__c", Label: "Angioplasty Date", Type: "Date"}, false, "cardiology: angioplasty (WordNet medical procedure)"},
		{Field{Name: "Heart_Rate__c", Label: "Heart Rate", Type: "Number"}, false, "cardiology: heart rate (WordNet vital sign), a clinical measurement"},
		{Field{Name: "Psoriasis_Area__c", Label: "Psoriasis Area", Type: "Number"}, true, "dermatology: psoriasis (WordNet disease)"},
		{Field{Name: "Emphysema_Stage__c", Label: "Emphysema Stage", Type: "Picklist"}, false, "pulmonology: emphysema (WordNet disease)"},
		{Field{Name: "Tonsillectomy__c", Label: "Tonsillectomy", Type: "Checkbox"}, false, "ENT: tonsillectomy (WordNet medical procedure); a checkbox on a person's record says it was done"},
		{Field{Name: "Amniocentesis_Result__c", Label: "Amniocentesis Result", Type: "Text"}, false, "obstetrics: amniocentesis (WordNet diagnostic procedure; en.tsv reads it as genetic and health)"},
		{Field{Name: "Colonoscopy_Findings__c", Label: "Colonoscopy Findings", Type: "LongTextArea"}, false, "gastroenterology: colonoscopy (WordNet diagnostic procedure)"},
		{Field{Name: "Echocardiography_Date__c", Label: "Echocardiography Date", Type: "Date"}, true, "cardiology: echocardiography (WordNet diagnostic procedure)"},
		{Field{Name: "Cholecystectomy__c", Label: "Cholecystectomy", Type: "Checkbox"}, false, "general surgery: cholecystectomy (WordNet medical procedure)"},
		{Field{Name: "Hypothyroidism_Since__c", Label: "Hypothyroidism Since", Type: "Date"}, false, "endocrinology: hypothyroidism (WordNet disease)"},
		{Field{Name: "Sciatica_Side__c", Label: "Sciatica Side", Type: "Picklist"}, false, "orthopaedics and neurology: sciatica (WordNet symptom)"},
		{Field{Name: "Tinnitus_Onset__c", Label: "Tinnitus Onset", Type: "Date"}, false, "audiology: tinnitus (WordNet symptom)"},
		{Field{Name: "Bursitis_Side__c", Label: "Bursitis Side", Type: "Picklist"}, true, "rheumatology: bursitis (WordNet disease)"},
		{Field{Name: "Glaucoma_Type__c", Label: "Glaucoma Type", Type: "Picklist"}, false, "ophthalmology: glaucoma (WordNet disease)"},
		{Field{Name: "Ibuprofen_Dose__c", Label: "Ibuprofen Dose", Type: "Number"}, true, "pharmacy: ibuprofen (WordNet medicine)"},
		{Field{Name: "Physiotherapy_Sessions__c", Label: "Physiotherapy Sessions", Type: "Number"}, false, "rehabilitation: physiotherapy (WordNet therapy)"},
		{Field{Name: "Artroscopie_Datum__c", Label: "Artroscopie datum", Type: "Date"}, true, "orthopaedics, Dutch: artroscopie (wdutch, form -scopie)"},
		{Field{Name: "Gezinstherapie__c", Label: "Gezinstherapie", Type: "Checkbox"}, false, "youth care, Dutch: gezinstherapie (wdutch, form -therapie; fields.tsv knows therapie in the compound already)"},
		{Field{Name: "Parodontitis_Stadium__c", Label: "Parodontitis stadium", Type: "Picklist"}, true, "dentistry, Dutch: parodontitis (wdutch, form -itis)"},
		{Field{Name: "Hematocrit__c", Label: "Hematocrit", Type: "Percent"}, true, "laboratory: hematocrit (WordNet hematocrit.1), a clinical measurement"},
		{Field{Name: "Amputation_Level__c", Label: "Amputation Level", Type: "Picklist"}, false, "surgery and prosthetics: amputation (WordNet medical procedure, kept by review)"},
	}
	person := func(f Field) Object {
		return Object{Name: "Contact", Label: "Contact", Fields: []Field{
			{Name: "FirstName", Label: "First Name", Type: "Text"}, {Name: "Birthdate", Label: "Birthdate", Type: "Date"}, f}}
	}
	notAbout := []struct {
		obj  func(Field) Object
		kind ObjectKind
	}{
		{func(f Field) Object {
			return Object{Name: "Drug_Catalogue__c", Label: "Drug Catalogue", Custom: true, Fields: []Field{{Name: "Name", Label: "Name", Type: "Text"}, f}}
		}, ObjectCatalogue},
		{func(f Field) Object {
			return Object{Name: "Intake_Setting__mdt", Label: "Intake Setting", Custom: true, Fields: []Field{{Name: "DeveloperName", Label: "Developer Name", Type: "Text"}, f}}
		}, ObjectConfiguration},
		{func(f Field) Object {
			return Object{Name: "Product2", Label: "Product", Fields: []Field{{Name: "ProductCode", Label: "Product Code", Type: "Text"}, f}}
		}, ObjectCatalogue},
	}
	c := Default()
	for _, p := range probes {
		r := c.Object(person(p.field))
		got := fieldCategories(r.Fields[2].Findings)
		if r.Kind != ObjectPerson || !slices.Contains(got, Health) {
			t.Errorf("%s on a person's record: kind %s, %v, want person and health (%s)", p.field.Name, r.Kind, got, p.reason)
		} else if p.fromClinical && !slices.ContainsFunc(r.Fields[2].Evidence, func(e Evidence) bool { return strings.HasPrefix(e.Line, "clinical.tsv:") }) {
			t.Errorf("%s on a person's record: no evidence from clinical.tsv (%s)", p.field.Name, p.reason)
		}
		for _, n := range notAbout {
			r := c.Object(n.obj(p.field))
			if got := fieldCategories(r.Fields[1].Findings); r.Kind != n.kind || len(got) > 0 {
				t.Errorf("%s on %s: kind %s, %v, want %s and nothing: a catalogue item, a setting or a product is no person's health (%s)",
					p.field.Name, r.Fields[1].Field, r.Kind, got, n.kind, p.reason)
			}
		}
	}
}

// TestClinicalNameObjects: a clinical name of clinical.tsv in an object's
// name makes it a person's clinical record only when the object points to
// a person's record (a lookup or master-detail named by a person word, or
// a patient_id key): then its content fields hold that person's health.
// Without a link the object may be a schedule or a list of procedures;
// with a thing's word in its name it is a catalogue or an order.
func TestClinicalNameObjects(t *testing.T) {
	cases := []objectCase{
		{
			name: "a procedure's record with a lookup to its patient's contact",
			obj: Object{Name: "Apnea_Test__c", Label: "Apnea Test", Custom: true, Fields: []Field{
				{Name: "Contact__c", Label: "Contact", Type: "Lookup"},
				{Name: "Result__c", Label: "Result", Type: "Text"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Result__c": {Health}},
			reason: "apnea (clinical.tsv, WordNet symptom) names the object, Contact__c says whose record it is: the result is the person's health",
		},
		{
			name: "a key to the patient in a table",
			obj: Object{Name: "tinnitus_assessment", Fields: []Field{
				{Name: "patient_id", Type: "integer"},
				{Name: "loudness", Type: "integer"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"loudness": {Health}},
			reason: "tinnitus (WordNet symptom) and a patient_id key: each row is a patient's assessment",
		},
		{
			name: "clinical names of fields on a record of unknown kind that points to a patient",
			obj: Object{Name: "Intake_Visit__c", Label: "Intake Visit", Custom: true, Fields: []Field{
				{Name: "Patient__c", Label: "Patient", Type: "Lookup"},
				{Name: "Gingivitis_Grade__c", Label: "Gingivitis Grade", Type: "Picklist"},
				{Name: "Primary_Care_Clinic__c", Label: "Primary Care Clinic", Type: "Text"},
				{Name: "Room__c", Label: "Room", Type: "Text"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{"Gingivitis_Grade__c": {Health}},
			reason: "a visit of unknown kind with a lookup to its patient is a person's record: gingivitis (WordNet disease) is the patient's; " +
				"primary care before clinic (fields.tsv object:org) names a provider, not the person's care; the room says nothing",
		},
		{
			name: "an assessment of unknown name whose fields are clinical",
			obj: Object{Name: "Intake_Assessment__c", Label: "Intake Assessment", Custom: true, Fields: []Field{
				{Name: "Patient__c", Label: "Patient", Type: "Lookup"},
				{Name: "Apnea_Index__c", Label: "Apnea Index", Type: "Number"},
				{Name: "Hypoxemia_Minutes__c", Label: "Hypoxemia Minutes", Type: "Number"},
				{Name: "Notes__c", Label: "Notes", Type: "LongTextArea"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{"Apnea_Index__c": {Health}, "Hypoxemia_Minutes__c": {Health}, "Notes__c": {Health}},
			reason: "two distinct clinical names (apnea, hypoxemia) in half of the fields of a record that points to its patient (clinicalSiblings): " +
				"a clinical assessment, whose notes are the patient's health",
		},
		{
			name: "an intake of many topics that asks about a few clinical ones",
			obj: Object{Name: "Intake_Assessment__c", Label: "Intake Assessment", Custom: true, Fields: []Field{
				{Name: "Patient__c", Label: "Patient", Type: "Lookup"},
				{Name: "Apnea_Index__c", Label: "Apnea Index", Type: "Number"},
				{Name: "Hypoxemia_Minutes__c", Label: "Hypoxemia Minutes", Type: "Number"},
				{Name: "Notes__c", Label: "Notes", Type: "LongTextArea"},
				{Name: "Income_Wages__c", Label: "Income - Wages", Type: "Currency"},
				{Name: "Food_Stamps__c", Label: "Food Stamps", Type: "Picklist"},
				{Name: "Case_Worker__c", Label: "Case Worker", Type: "Text"},
				{Name: "Building_No__c", Label: "Building No.", Type: "Text"},
				{Name: "Currently_Enrolled__c", Label: "Currently enrolled in school?", Type: "Picklist"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{"Apnea_Index__c": {Health}, "Hypoxemia_Minutes__c": {Health}},
			reason: "two clinical names in fewer than a quarter of the fields (clinicalSiblingsShare): a needs assessment of housing, income and schooling " +
				"whose clinical fields are health and whose other fields are not",
		},
		{
			name: "an owner is no subject",
			obj: Object{Name: "Apnea_Test__c", Label: "Apnea Test", Custom: true, Fields: []Field{
				{Name: "OwnerId", Label: "Owner ID", Type: "Lookup"},
				{Name: "Result__c", Label: "Result", Type: "Text"},
				{Name: "Gingivitis_Notes__c", Label: "Gingivitis Notes", Type: "Text"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "Salesforce's OwnerId on every object names the user who keeps the record (linkNotSubject): the name alone decides nothing",
		},
		{
			name: "the same name with no person behind it",
			obj: Object{Name: "Apnea_Test__c", Label: "Apnea Test", Custom: true, Fields: []Field{
				{Name: "Result__c", Label: "Result", Type: "Text"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{},
			reason: "without a link to a person the object may list tests or schedule a lab: the name alone decides nothing",
		},
		{
			name: "a clinical name on a product with a lookup to a contact",
			obj: Object{Name: "Apnea_Device_Product__c", Label: "Apnea Device Product", Custom: true, Fields: []Field{
				{Name: "Contact__c", Label: "Contact", Type: "Lookup"},
				{Name: "Price__c", Label: "Price", Type: "Currency"},
			}},
			kind:   ObjectCatalogue,
			want:   map[string][]Category{},
			reason: "a product's word in the name (nameIsBusiness) keeps the clinical name from making it a person's record: the contact is a buyer",
		},
	}
	runObjectCases(t, Default(), cases)
}
