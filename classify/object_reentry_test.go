package classify

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestObjectReentryWorkforce covers a re-entry workforce programme's
// org (issue 10, round 9: the false alarms of pending cara, a Chicago
// programme's case records with conviction, parole, substance-use and
// health questions beside job-readiness assessments, on an org nobody
// here wrote): a sexual offence and the sex offender registry are
// criminal, not the person's sex life; the status of an SSN's
// verification holds no number; an "Incident / Observation" log of
// holds and write-ups is no clinical observation; and the work-readiness
// life areas of an assessment (jobs, career, credentials, the
// career-readiness competencies, hobbies, childcare) are no health fact
// on a clinical record. Each class has a false alarm that goes and a
// near miss that stays.
func TestObjectReentryWorkforce(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a sexual offence and the registry are criminal, not sex life",
			obj: Object{Name: "Case_Record__c", Label: "Case Record", Fields: []Field{
				probePicklist("Any_Sexual_Based_Convictions__c", "Any Sexual Based Convictions", "Yes", "No"),
				probePicklist("On_the_Active_Sexual_Offender_Registry__c", "On the Active Sexual Offender Registry", "Yes", "No"),
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"Any_Sexual_Based_Convictions__c":           {Criminal},
				"On_the_Active_Sexual_Offender_Registry__c": {Criminal},
			},
			reason: "schema.tsv context sexual: offender, offence, conviction, registry (US SORNA 34 U.S.C. 20911; UK Sexual Offences Act 2003): a conviction for a sexual offence is criminal; it says nothing of the offender's orientation or sex life",
		},
		{
			name: "near miss: sexual orientation stays sex life",
			obj: Object{Name: "Case_Record__c", Label: "Case Record", Fields: []Field{
				probePicklist("Sexual_Orientation__c", "Sexual Orientation", "Straight", "Gay", "Lesbian", "Bisexual"),
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Sexual_Orientation__c": {SexLifeOrientation}},
			reason: "the offence words are context of a sexual offence only: an orientation field beside them is still the person's",
		},
		{
			name: "the verification of an SSN holds no number",
			obj: Object{Name: "Case_Record__c", Label: "Case Record", Fields: probeFields(
				"SSN_Verification_Status__c", "SSN Verification Status", "Text",
				"Contracts_SSN_Documentation__c", "Contracts SSN Documentation", "MultiselectPicklist",
				"SSN__c", "SSN", "Text",
			)},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"SSN__c": {NationalID}},
			reason: "fields.tsv ssn verification, ssn documentation (clean:national-id): the status of an SSA check (E-Verify, SSNVS) and the documents on file are the programme's checks; the SSN itself stays national-id",
		},
		{
			name: "an incident and observation log of holds is no clinical observation",
			obj: Object{Name: "Incident__c", Label: "Incident / Observation", Fields: probeFields(
				"Start_Date__c", "Start Date", "Date",
				"Days_on_Hold_Post_SOE__c", "Days on Hold, Post-SOE", "Number",
				"Reset_Write_Ups__c", "Reset Write Ups", "Checkbox",
			)},
			kind:   ObjectUnknown,
			reason: "schema.tsv context observation: incident (Exponent Case Management's Incident__c, a programme's log of holds and write-ups): the observation of an incident log is conduct, not an HL7 FHIR Observation",
		},
		{
			name: "near miss: an observation of a patient stays clinical",
			obj: Object{Name: "Observation__c", Label: "Observation", Fields: probeFields(
				"Patient__c", "Patient", "Lookup",
				"Value__c", "Value", "Number",
				"Effective_Date__c", "Effective Date", "Date",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Value__c":          {Health},
				"Effective_Date__c": {Health},
			},
			reason: "schema.tsv object observation (HL7 FHIR Observation) without an incident word: a patient's measurement",
		},
		{
			name: "work-readiness life areas on a clinical record hold no health fact",
			obj: Object{Name: "Treatment_Plan__c", Label: "Treatment Plan", Fields: probeFields(
				"CareerJobGoals__c", "Career vs. Job / Long-Term Goals", "LongTextArea",
				"WorkSkillsLearned__c", "Work Skills Learned", "LongTextArea",
				"Teamwork__c", "Teamwork", "LongTextArea",
				"HobbiesFunActivities__c", "Hobbies / Fun Activities", "LongTextArea",
				"Childcare_Narrative__c", "Childcare Narrative", "LongTextArea",
				"Problem__c", "Problem", "LongTextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Problem__c": {Health}},
			reason: "schema.tsv handling job, career, work skills, teamwork (NACE Career Readiness Competencies), hobbies, childcare: employment, leisure and family life areas, as handling employment; the plan's problem is the patient's",
		},
		{
			name: "a plan's client age, approval date and participants are its handling",
			obj: Object{Name: "Treatment_Plan__c", Label: "Treatment Plan", Fields: probeFields(
				"Client_Age__c", "Client Age", "Number",
				"Date_Approved__c", "Date Approved", "Date",
				"Additional_Participants__c", "Additional Participant(s)", "TextArea",
				"Problem__c", "Problem", "LongTextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Problem__c": {Health}},
			reason: "schema.tsv handling client age (as patient age: ordinary data), date approved (approval workflow), additional participants (who drew the plan up); the plan's problem is the patient's",
		},
		{
			name: "near miss: the client's age at diagnosis names the diagnosis",
			obj: Object{Name: "Treatment_Plan__c", Label: "Treatment Plan", Fields: probeFields(
				"Client_Age_at_Diagnosis__c", "Client Age at Diagnosis", "Number",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Client_Age_at_Diagnosis__c": {Health}},
			reason: "a handling line takes only the object's category away: the diagnosis named in the field still counts",
		},
		{
			name: "near miss: a job's named injury stays health",
			obj: Object{Name: "Treatment_Plan__c", Label: "Treatment Plan", Fields: probeFields(
				"Job_Injury_Diagnosis__c", "Job Injury Diagnosis", "Text",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Job_Injury_Diagnosis__c": {Health}},
			reason: "a handling line takes only the object's category away: the diagnosis named in the field still counts",
		},
	}
	runObjectCases(t, c, cases)
}

// TestOrgNoteNamedOther covers the org's note lift (liftByOrg) in a
// re-entry org that reads as a clinic (pending cara): a long note named
// for the person's convictions holds criminal data, not the org's
// health; an unnamed note beside it is still lifted.
func TestOrgNoteNamedOther(t *testing.T) {
	c := Default()
	client := Field{Name: "Client__c", Label: "Client", Type: "Lookup"}
	objs := []Object{
		{Name: "Client__c", Label: "Client", Fields: probeFields("FirstName", "First Name", "Text", "LastName", "Last Name", "Text")},
		{Name: "Progress_Note__c", Label: "Progress Note", Fields: []Field{client, {Name: "Note__c", Label: "Note", Type: "LongTextArea"}}},
		{Name: "Treatment_Plan__c", Label: "Treatment Plan", Fields: []Field{client, {Name: "Problem__c", Label: "Problem", Type: "LongTextArea"}}},
		{Name: "Drug_Test__c", Label: "Drug Test", Fields: []Field{client, {Name: "Result__c", Label: "Result", Type: "Picklist"}}},
		{Name: "Case_Record__c", Label: "Case Record", Fields: []Field{client,
			{Name: "Conviction_History_Narrative__c", Label: "Conviction History Narrative", Type: "LongTextArea"},
			{Name: "Narrative__c", Label: "Narrative", Type: "LongTextArea"},
		}},
	}
	rs := c.Schema(objs)
	r := rs[len(rs)-1]
	want := map[string][]Category{
		"Conviction_History_Narrative__c": {Criminal},
		"Narrative__c":                    {Health},
	}
	for _, f := range objs[len(objs)-1].Fields[1:] {
		if diff := cmp.Diff(want[f.Name], objectFieldCats(r, f.Name)); diff != "" {
			t.Errorf("Case_Record__c.%s (-want +got):\n%s\nreason: a note named for convictions holds criminal data, not the clinic-like org's health (namesOther); an unnamed note beside it is the org's (org-context:note)", f.Name, diff)
		}
	}
}
