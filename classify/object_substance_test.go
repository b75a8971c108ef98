package classify

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestObjectSubstanceUseRecords covers the records of drug and alcohol
// services and mental-health data sets whose fields have bland or coded
// names (issue 10, error class 1, seen on the pending ecass and clarity
// orgs): screening instruments and outcome profiles named by their
// publishers' names, the national treatment reporting forms, a chart
// that hangs under a client's treatment, the answers of a
// questionnaire's numbered questions, and the administration of such a
// form (audit fields, keys, tags, centres, referral dates, the social
// items of an outcome profile). Each class has an object that must
// change and a near miss that must not; the reason names the class and
// the data line.
func TestObjectSubstanceUseRecords(t *testing.T) {
	c := Default()
	coded := func(name, label, desc string) Object {
		return Object{Name: name, Label: label, Description: desc, Custom: true, Fields: probeFields(
			"Client__c", "Client", "MasterDetail",
			"Sub_Score_1__c", "Sub Score 1", "Formula (Number)",
			"Drug_1_Route__c", "Drug 1 Route", "Formula (Text)",
			"Added__c", "Added", "Formula (Date)",
			"Updated_By__c", "Updated By", "Formula (Text)",
			"Centre__c", "Treatment Centre", "Picklist",
			"Date_of_Referral__c", "Date of Referral", "Date",
		)}
	}
	content := map[string][]Category{"Sub_Score_1__c": {Health}, "Drug_1_Route__c": {Health}}
	answers := func(name, label string) Object {
		return Object{Name: name, Label: label, Custom: true, Fields: []Field{
			probePicklist("item1__c", label+" - Question 1", "1: None of the time", "2: A little of the time", "5: All of the time"),
			{Name: "item11__c", Label: label + " - Question 11", Type: "Number"},
			{Name: "Question_Text__c", Label: "Question 1", Type: "Text"},
			{Name: "Measure_Key__c", Label: "Measure Key", Type: "Text"},
			{Name: "Tags__c", Label: label + " - Tags", Type: "Text"},
			{Name: "Organisation_Path__c", Label: "Organisation Path", Type: "Text"},
			probePicklist("Version__c", label+" - Version", "PC101: Parent Report", "YR101: Youth Self Report"),
		}}
	}
	cases := []objectCase{
		{
			name:   "the national drug treatment reporting form of an episode",
			obj:    coded("NDTRS_Form_2016__c", "NDTRS LINK Form", "Record of Treatment - Section D, E, F, G and H of NDTRS 2016 form"),
			kind:   ObjectClinical,
			want:   content,
			reason: "schema.tsv object ndtrs (HRB National Drug Treatment Reporting System); handling added, updated by, centre, date of referral keep the form's administration out",
		},
		{
			name:   "a drug use screening",
			obj:    coded("DUDIT__c", "DUDIT", ""),
			kind:   ObjectClinical,
			want:   content,
			reason: "schema.tsv object dudit (Drug Use Disorders Identification Test, Karolinska Institutet)",
		},
		{
			name:   "a treatment outcome profile named by its initials and described",
			obj:    coded("TOP__c", "TOP", "TOP is Treatment Outcome Profile"),
			kind:   ObjectClinical,
			want:   content,
			reason: "schema.tsv object treatment outcome profile (NTA TOP) in the description, at 0.7 of its weight, still over the minimum with contentFactor",
		},
		{
			name: "near miss: an audit of a centre is no screening",
			obj: Object{Name: "Audit__c", Label: "Audit", Custom: true, Fields: probeFields(
				"Centre__c", "Centre", "Lookup",
				"Sub_Score_1__c", "Sub Score 1", "Number",
				"Finding__c", "Finding", "LongTextArea",
			)},
			kind:   ObjectUnknown,
			reason: "AUDIT the alcohol screening has no line of its own: an audit is a business audit; only DUDIT, CUDIT and AUDIT-C are named",
		},
		{
			name: "near miss: the national drug list is a catalogue",
			obj: Object{Name: "NDTRS_Drugs__c", Label: "NDTRS Drug", Custom: true, Fields: probeFields(
				"Code__c", "Code", "Text",
				"Route__c", "Route", "Picklist",
			)},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object drug (catalogue) ends the name: the head word decides over ndtrs",
		},
		{
			name: "a weekly use chart under a client's treatment",
			obj: Object{Name: "Use_Pattern_Chart__c", Label: "Use Pattern Chart", Custom: true, Fields: probeFields(
				"Client__c", "Client", "Lookup",
				"Client_Treatment__c", "Client Treatment", "Lookup",
				"AL_Days__c", "AL Days", "Number",
				"CA_Amount__c", "CA Amount", "Text",
				"CreatedDate", "Created Date", "DateTime",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"AL_Days__c": {Health}, "CA_Amount__c": {Health}},
			reason: "clinicalParent: a record of a client that hangs under the client's treatment (schema.tsv object treatment) is part of it",
		},
		{
			name: "near miss: a chart of a client under a programme",
			obj: Object{Name: "Use_Pattern_Chart__c", Label: "Use Pattern Chart", Custom: true, Fields: probeFields(
				"Client__c", "Client", "Lookup",
				"Programme__c", "Programme", "Lookup",
				"AL_Days__c", "AL Days", "Number",
				"CA_Amount__c", "CA Amount", "Text",
			)},
			kind:   ObjectUnknown,
			reason: "clinicalParent needs a link named by a clinical object line; a programme is none",
		},
		{
			name: "near miss: a link to a treatment without a person is no person's record",
			obj: Object{Name: "Treatment_Cost__c", Label: "Treatment Cost", Custom: true, Fields: probeFields(
				"Treatment_Type__c", "Treatment Type", "Lookup",
				"Sessions__c", "Sessions", "Number",
				"Amount__c", "Amount", "Currency",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Sessions__c": {Health}},
			reason: "schema.tsv object treatment names the object itself; clinicalParent is not asked (it reads only objects of unknown kind that point to a person); an amount of money takes no category from a clinical object (moneyType)",
		},
		{
			name:   "the answers of a distress scale's numbered questions",
			obj:    answers("Kessler__c", "Kessler"),
			kind:   ObjectClinical,
			want:   map[string][]Category{"item1__c": {Health}, "item11__c": {Health}},
			reason: "schema.tsv handling question (text): a question that lists its answers or holds a number holds the answer; record-id key, handling tags, organisation path and version are the form's",
		},
		{
			name:   "the questions of an SDQ",
			obj:    answers("SDQ_Score__c", "SDQ"),
			kind:   ObjectClinical,
			want:   map[string][]Category{"item1__c": {Health}, "item11__c": {Health}},
			reason: "schema.tsv object sdq; handling question (text)",
		},
		{
			name: "near miss: a question's text on a screening is the same in every record",
			obj: Object{Name: "Columbia_Screening__c", Label: "Columbia Screening", Custom: true, Fields: probeFields(
				"Question_1__c", "Question 1", "Text",
				"Answer_1__c", "Answer 1", "Picklist",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Answer_1__c": {Health}},
			reason: "schema.tsv handling question (text): a Text question holds its wording",
		},
		{
			name: "an offence item of a treatment form is criminal, not health",
			obj: Object{Name: "NDTRS_Form__c", Label: "NDTRS Form", Custom: true, Fields: probeFields(
				"Have_you_been_to_prison__c", "Have you been to prison?", "Checkbox",
				"Ever_had_an_overdose__c", "Ever had an overdose?", "Checkbox",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Have_you_been_to_prison__c": {Criminal}, "Ever_had_an_overdose__c": {Health}},
			reason: "otherCategoryNamed: a field named strongly for criminal data on a clinical record holds that, not the form's health",
		},
		{
			name: "near miss: a criminal word beside a health word keeps both",
			obj: Object{Name: "NDTRS_Form__c", Label: "NDTRS Form", Custom: true, Fields: probeFields(
				"Drug_use_in_prison__c", "Drug use in prison", "Checkbox",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Drug_use_in_prison__c": {Criminal, Health}},
			reason: "otherCategoryNamed holds only when the name says nothing of the object's category; drug use is health",
		},
		{
			name: "the social items of an outcome profile are not health",
			obj: Object{Name: "TOP__c", Label: "TOP", Description: "Treatment Outcome Profile", Custom: true, Fields: probeFields(
				"Acute_housing_problem__c", "Acute housing problem", "Checkbox",
				"At_risk_of_eviction__c", "At risk of eviction", "Checkbox",
				"Days_paid_work__c", "Days paid work Week 1", "Number",
				"Days_attended_school__c", "Days attended school or college Week 1", "Number",
				"TOP_Interview_Date__c", "TOP Interview Date", "Date",
				"Treatment_Stage__c", "Treatment Stage", "Picklist",
				"Crack_Days__c", "Crack Week 1", "Number",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Crack_Days__c": {Health}},
			reason: "schema.tsv handling housing problem, eviction, paid work, attended school, interview date, treatment stage (TOP section 4 and the interview wave)",
		},
		{
			name: "a care plan's administration is not health",
			obj: Object{Name: "Care_Plan_Objective__c", Label: "Care Plan Objective", Custom: true, Fields: probeFields(
				"Lead_Key_Worker_name__c", "Lead Key Worker name", "Text",
				"Lead_Agency_name__c", "Lead Agency name", "Text",
				"Number_of_Task_Steps__c", "Number of Task Steps", "Number",
				"Date_objective_set__c", "Date objective set", "Date",
				"Date_completed__c", "Date completed", "Date",
				"Time_Frame__c", "Time Frame (short)", "Picklist",
				"Goal__c", "Goal", "TextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Goal__c": {Health}},
			reason: "schema.tsv handling key worker, agency, steps, objective set, date completed, time frame: the plan's administration; its goal is the client's",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectSubstanceUseItems covers the items of such records that
// their own words or values decide (pending ecass): a screening whose
// items are named by DUDIT and CUDIT, a lookup to the drug a client
// uses, an Irish Traveller among the nationalities, special needs
// education, Ireland's PPS number and its medical card. Each class has a
// near miss.
func TestObjectSubstanceUseItems(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a screening whose items name DUDIT and CUDIT is clinical",
			obj: Object{Name: "UDIT__c", Label: "UDIT", Custom: true, Fields: probeFields(
				"Client__c", "Client", "MasterDetail",
				"DUDIT_Sub_Score_1__c", "DUDIT Sub Score 1", "Formula (Number)",
				"DUDIT_Sub_Score_2__c", "DUDIT Sub Score 2", "Formula (Number)",
				"CUDIT_Sub_Score_1__c", "CUDIT Sub Score 1", "Formula (Number)",
				"How_often_do_you_drink__c", "How often do you have 5 or more drinks", "Picklist",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{"DUDIT_Sub_Score_1__c": {Health}, "DUDIT_Sub_Score_2__c": {Health},
				"CUDIT_Sub_Score_1__c": {Health}, "How_often_do_you_drink__c": {Health}},
			reason: "fields.tsv dudit, cudit: three strongly named items make the object clinical (siblingKind), and its bland drinking item health",
		},
		{
			name: "a drug lookup on a treatment form is the client's drug",
			obj: Object{Name: "NDTRS_Form__c", Label: "NDTRS Form", Custom: true, Fields: probeFields(
				"X21a_Main_drug__c", "21a Main drug", "Lookup",
				"Client__c", "Client", "Lookup",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"X21a_Main_drug__c": {Health}},
			reason: "schema.tsv code-reference drug: the lookup's value is the drug, as MedicationId; the client lookup points",
		},
		{
			name: "near miss: a drug lookup on an order line is a product",
			obj: Object{Name: "Order_Line__c", Label: "Order Line", Custom: true, Fields: probeFields(
				"Drug__c", "Drug", "Lookup",
				"Quantity__c", "Quantity", "Number",
			)},
			kind:   ObjectThing,
			reason: "a code reference is content only where the object's kind gives it a category",
		},
		{
			name: "nationality with Irish Traveller, special needs education, the PPS number",
			obj: Object{Name: "Contact", Fields: []Field{
				probePicklist("X10a_Nationality__c", "10a. Nationality", "1. Irish", "3. Irish traveller", "2. Other", "9. Not known"),
				probePicklist("X12b_Education__c", "12b. Education highest level", "1. Primary level", "4. Third Level", "6. Special needs education"),
				{Name: "PPS_Number__c", Label: "PPS Number", Type: "Number"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{"X10a_Nationality__c": {RacialEthnicOrigin}, "X12b_Education__c": {Health},
				"PPS_Number__c": {NationalID}},
			reason: "schema.tsv value irish traveller, special needs education; fields.tsv pps number (PPS alone is left out: \"100PPS\" of a visitation plan)",
		},
		{
			name: "near miss: nationality and education without those values",
			obj: Object{Name: "Contact", Fields: []Field{
				probePicklist("X10a_Nationality__c", "10a. Nationality", "1. Irish", "2. Other", "9. Not known"),
				probePicklist("X12b_Education__c", "12b. Education highest level", "1. Primary level", "4. Third Level"),
				{Name: "Medical_Card_Expiry__c", Label: "What is your medical card expiry date?", Type: "Date"},
			}},
			kind:   ObjectPerson,
			reason: "nationality alone is contested, not origin; fields.tsv medical card is clean: an entitlement, not health",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectInstrumentDigits covers instruments named with their numbers
// (pending clarity: "K10p__c" labelled "K10+", "KFive__c" labelled
// "K5"), which splitting reads as "k" alone: digitKind reads the name
// and label in runs of letters and digits.
func TestObjectInstrumentDigits(t *testing.T) {
	c := Default()
	items := func(name, label string) Object {
		return Object{Name: name, Label: label, Custom: true, Fields: []Field{
			probePicklist("k_item1__c", label+" - Question 1", "1: None of the time", "5: All of the time"),
			{Name: "Score__c", Label: label + " - Score", Type: "Number"},
		}}
	}
	both := map[string][]Category{"k_item1__c": {Health}, "Score__c": {Health}}
	cases := []objectCase{
		{name: "the K10+ by its label", obj: items("K10p__c", "K10+"), kind: ObjectClinical, want: both,
			reason: "schema.tsv object k10: the run k10 of the label; the p of K10p is no digit"},
		{name: "the K5 by its label", obj: items("KFive__c", "K5"), kind: ObjectClinical, want: both,
			reason: "schema.tsv object k5"},
		{name: "a GAD-7 by its name", obj: items("GAD_7__c", ""), kind: ObjectClinical, want: both,
			reason: "schema.tsv object gad7: GAD_7 joins the letters and the number"},
		{name: "an EQ-5D by its label", obj: items("Quality_Measure__c", "EQ-5D"), kind: ObjectClinical, want: both,
			reason: "schema.tsv object eq5d"},
		{name: "an SCL-90-R of Dutch routine outcome monitoring", obj: items("ROM_SCL_90_R__c", "SCL-90-R"), kind: ObjectClinical, want: both,
			reason: "schema.tsv object scl90: SCL-90 joins, the R after it is no digit"},
		{name: "an OQ-45", obj: items("OQ45__c", "OQ-45"), kind: ObjectClinical, want: both,
			reason: "schema.tsv object oq45"},
		{name: "near miss: a K100 is no K10", obj: items("K100__c", "K100"), kind: ObjectUnknown,
			reason: "a digit after the pattern is another number"},
		{name: "near miss: a K alone", obj: items("K_Rating__c", "K Rating"), kind: ObjectUnknown,
			reason: "k alone is no instrument: the line is k10, k6, k5"},
	}
	runObjectCases(t, c, cases)
}

// TestAlnumRuns checks the runs digitKind reads: ASCII letters and
// digits in lower case, a hyphen or underscore between a letter and a
// digit joined, everything else a break.
func TestAlnumRuns(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"K10+", []string{"k10"}},
		{"GAD-7 Score", []string{"gad7", "score"}},
		{"EQ_5D", []string{"eq5d"}},
		{"Drug 1 Route", []string{"drug", "1", "route"}},
		{"K10p__c", []string{"k10p", "c"}},
	} {
		if diff := cmp.Diff(tc.want, alnumRuns(tc.in)); diff != "" {
			t.Errorf("alnumRuns(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

// TestObjectSubstanceUseVocabulary covers the words of substance-use
// treatment and harm reduction in field names (fields.tsv, with the body
// that names each): on a client's record they are the client's health;
// on a service's stock or an organisation they describe the thing.
func TestObjectSubstanceUseVocabulary(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a drop-in attendance of a client",
			obj: Object{Name: "Drop_in_Attendance__c", Label: "Drop-in Attendance", Custom: true, Fields: probeFields(
				"Client__c", "Client", "Lookup",
				"Harm_Reduction__c", "Harm Reduction", "Checkbox",
				"Brief_Intervention__c", "Brief Intervention", "Checkbox",
				"Needle_Exchange__c", "Needle Exchange", "Checkbox",
				"Ever_Injected__c", "Ever Injected", "Picklist",
				"Buprenorphine_Dose__c", "Buprenorphine Dose", "Number",
				"Hep_C_Test__c", "Hep C Test", "Picklist",
			)},
			kind: ObjectPerson,
			want: map[string][]Category{"Harm_Reduction__c": {Health}, "Brief_Intervention__c": {Health},
				"Needle_Exchange__c": {Health}, "Ever_Injected__c": {Health}, "Buprenorphine_Dose__c": {Health}, "Hep_C_Test__c": {Health}},
			reason: "fields.tsv harm reduction, brief intervention, needle exchange, injected, buprenorphine, hep c",
		},
		{
			name: "near miss: a service's naloxone stock and injected parts of a product",
			obj: Object{Name: "Product2", Fields: probeFields(
				"Naloxone_Kits_In_Stock__c", "Naloxone Kits In Stock", "Number",
				"Injected_Parts__c", "Injected Parts", "Number",
			)},
			kind:   ObjectCatalogue,
			reason: "on a catalogue or a thing a category word counts for 0.4 of its weight: naloxone 0.75 and injected 0.8 stay below the minimum",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectInstrumentNames covers validated instruments named by their
// publishers' names (schema.tsv object lines with a source each): the
// numbered items of such an object hold the person's health; a word of
// the name that is also a place or a surname does not make an object
// one.
func TestObjectInstrumentNames(t *testing.T) {
	c := Default()
	items := func(name, label string) Object {
		return Object{Name: name, Label: label, Custom: true, Fields: []Field{
			probePicklist("Item_1__c", "Item 1", "0", "1", "2", "3"),
			{Name: "Total__c", Label: "Total", Type: "Number"},
		}}
	}
	both := map[string][]Category{"Item_1__c": {Health}, "Total__c": {Health}}
	cases := []objectCase{
		{name: "an EPDS", obj: items("EPDS__c", "EPDS"), kind: ObjectClinical, want: both, reason: "schema.tsv object epds"},
		{name: "a CIWA-Ar", obj: items("CIWA_Ar__c", "CIWA-Ar"), kind: ObjectClinical, want: both, reason: "schema.tsv object ciwa"},
		{name: "a Y-BOCS", obj: items("Y_BOCS__c", "Y-BOCS"), kind: ObjectClinical, want: both, reason: "schema.tsv object y bocs"},
		{name: "a Hamilton depression rating", obj: items("Hamilton_Depression_Scale__c", "Hamilton Depression Scale"), kind: ObjectClinical, want: both,
			reason: "schema.tsv object hamilton depression"},
		{name: "near miss: a Hamilton office", obj: items("Hamilton_Office__c", "Hamilton Office"), kind: ObjectUnknown,
			reason: "hamilton alone is a place: the line is hamilton depression"},
		{name: "near miss: an Edinburgh branch", obj: items("Edinburgh_Branch__c", "Edinburgh Branch"), kind: ObjectOrganisation,
			reason: "edinburgh alone is a place: the line is edinburgh postnatal depression"},
	}
	runObjectCases(t, c, cases)
}

// TestObjectOutcomeProfileOffending covers the offending items of a
// Treatment Outcomes Profile (section 3) and the handling of a screening
// session: an offence the client committed is criminal data, not the
// profile's health; whether a worker discussed or offered something is
// the session's handling.
func TestObjectOutcomeProfileOffending(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "the offending items of an outcome profile",
			obj: Object{Name: "TOP__c", Label: "TOP", Description: "Treatment Outcome Profile", Custom: true, Fields: probeFields(
				"Fraud_forgery_handling_stolen_goods__c", "Fraud, forgery, handling stolen goods", "Checkbox",
				"Committed_assault_or_violence__c", "Committed assault or violence", "Checkbox",
				"Shoplifting_Week_1__c", "Shoplifting Week 1", "Number",
				"Discussed_outcome__c", "Discussed outcome with client", "Checkbox",
				"Offered_debrief__c", "Offered to service user debrief session", "Picklist",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{"Fraud_forgery_handling_stolen_goods__c": {Criminal},
				"Committed_assault_or_violence__c": {Criminal}, "Shoplifting_Week_1__c": {Criminal}},
			reason: "fields.tsv forgery, stolen goods, committed assault, shoplifting with otherCategoryNamed; schema.tsv handling discussed, offered",
		},
		{
			name: "a sexual offence on a treatment form is criminal, not sex life",
			obj: Object{Name: "NDTRS_Form__c", Label: "NDTRS Form", Custom: true, Fields: probeFields(
				"Convicted_of_a_sexual_offence__c", "Ever been convicted of a sexual offence", "Checkbox",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Convicted_of_a_sexual_offence__c": {Criminal}},
			reason: "fields.tsv sexual offence (criminal, and clean:sex-life-orientation) with otherCategoryNamed",
		},
		{
			name: "near miss: a person's sexual orientation stays sex life",
			obj: Object{Name: "Contact", Fields: probeFields(
				"Sexual_Orientation__c", "Self-defined sexual orientation", "Picklist",
			)},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Sexual_Orientation__c": {SexLifeOrientation}},
			reason: "the clean lines are sexual offence, sexual offense and sex offense only",
		},
		{
			name: "near miss: being assaulted is no offence of the person",
			obj: Object{Name: "Contact", Fields: probeFields(
				"Was_assaulted__c", "Was assaulted", "Checkbox",
			)},
			kind:   ObjectPerson,
			reason: "the line is committed assault; assault alone has no line",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectSubstanceUseServices covers the records of a drug service's
// own services named so (schema.tsv object lines): a visit to a needle
// exchange, methadone dispensing, an alcohol screening are a person's
// records; the service's stock of needles and the drug list are not.
func TestObjectSubstanceUseServices(t *testing.T) {
	c := Default()
	visit := func(name, label string) Object {
		return Object{Name: name, Label: label, Custom: true, Fields: probeFields(
			"Client__c", "Client", "Lookup",
			"Packs_Given__c", "Packs Given", "Number",
			"Notes__c", "Notes", "LongTextArea",
		)}
	}
	both := map[string][]Category{"Packs_Given__c": {Health}, "Notes__c": {Health}}
	cases := []objectCase{
		{name: "a needle exchange visit", obj: visit("Needle_Exchange__c", "Needle Exchange"), kind: ObjectClinical, want: both,
			reason: "schema.tsv object needle exchange"},
		{name: "methadone dispensing", obj: visit("Methadone_Dispensing__c", "Methadone Dispensing"), kind: ObjectClinical, want: both,
			reason: "schema.tsv object methadone"},
		{name: "an alcohol screening", obj: visit("Alcohol_Screening__c", "Alcohol Screening"), kind: ObjectClinical, want: both,
			reason: "schema.tsv object alcohol screening"},
		{name: "near miss: the service's stock of needles", obj: Object{Name: "Needle_Syringe_Stock__c", Label: "Needle Syringe Stock", Custom: true, Fields: probeFields(
			"Packs_In_Stock__c", "Packs In Stock", "Number",
			"Supplier__c", "Supplier", "Lookup",
		)}, kind: ObjectThing,
			reason: "schema.tsv object stock: an inventory is a thing whatever its items (needle syringe alone would make the name clinical)"},
	}
	runObjectCases(t, c, cases)
}

// TestObjectIndigenousStatus covers the Aboriginal and Torres Strait
// Islander status of Australian data sets (pending clarity: PMHC MDS
// client_atsi_status, practitioner_atsi_status, labels cut to 40
// characters): a person's origin, the practitioner's too, as a
// practitioner is a natural person though the record describes a
// professional.
func TestObjectIndigenousStatus(t *testing.T) {
	c := Default()
	values := []string{"1: Aboriginal but not Torres Strait Islander origin", "4: Neither Aboriginal or Torres Strait Islander origin", "9: Not stated/inadequately described"}
	cases := []objectCase{
		{
			name: "a practitioner's ATSI status",
			obj: Object{Name: "Practitioner__c", Label: "Practitioner", Custom: true, Fields: []Field{
				probePicklist("practitioner_atsi_status__c", "Practitioner Aboriginal and Torres Strai", values...),
				{Name: "practitioner_role__c", Label: "Practitioner Category", Type: "Picklist"},
			}},
			kind:   ObjectOrganisation,
			want:   map[string][]Category{"practitioner_atsi_status__c": {RacialEthnicOrigin}},
			reason: "fields.tsv atsi status names the category outright (0.95): only a natural person has an origin, so the organisation factor does not hold",
		},
		{
			name: "near miss: an organisation type that serves Aboriginal people",
			obj: Object{Name: "Provider_Organisation__c", Label: "Provider Organisation", Custom: true, Fields: []Field{
				probePicklist("Organisation_Type__c", "Organisation Type", "1: Private allied health professional practice", "5: Aboriginal Health/Medical Service"),
			}},
			kind:   ObjectOrganisation,
			reason: "an organisation may serve anyone: a weaker word in a value of an organisation's field counts for 0.4",
		},
	}
	runObjectCases(t, c, cases)
}
