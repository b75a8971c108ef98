package classify

import "testing"

// TestObjectSexualAbuseKind covers "Sexual" as one of the kinds of abuse
// a person suffered (issue 10, class: the dev set's sex-life false
// alarms, aselo and clarity, and the held-out sets' sex-life precision):
// a helpline's incident types (Physical, Emotional, Sexual, Neglect), a
// safeguarding form's abuse types and a referral to a sexual assault
// service name abuse done to the person, not the person's own sex life
// or orientation (schema.tsv context sexual: abuse, neglect, assault,
// safeguarding; fields.tsv clean sexual abuse, sexual assault, sexual
// violence, sexual exploitation). A person's own sexual activity and
// orientation keep their category, on a safeguarding form too.
func TestObjectSexualAbuseKind(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a helpline's incident types",
			obj: Object{Name: "IncidentForm", Label: "Case Incident", Fields: []Field{{
				Name: "incidentType", Label: "Incident Type", Type: "select",
				Picklist: []string{"Physical", "Sexual", "Neglect"},
			}}},
			kind:   ObjectUnknown,
			reason: "schema.tsv context sexual, neglect: Sexual beside Physical and Neglect is a kind of abuse the person suffered, not their sex life",
		},
		{
			name: "a safeguarding form's abuse types and a referral to a sexual assault service",
			obj: Object{Name: "SafeguardingForm", Fields: []Field{
				{Name: "categoryOfConcern", Label: "Category of Concern - Abuse Types", Type: "select",
					Picklist: []string{"Domestic", "Financial", "Modern Slavery", "Sexual"}},
				{Name: "referredTo", Label: "Referred to", Type: "select",
					Picklist: []string{"Housing service", "Sexual Assault service"}},
				{Name: "Sexual_Abuse__c", Label: "Sexual Abuse", Type: "Checkbox"},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv context sexual (abuse, assault) and fields.tsv clean sexual abuse: abuse the person suffered is no sex life, and the victim of a crime holds no criminal data (docs/labeling.md)",
		},
		{
			name: "near miss: a person's own sexual activity and orientation on a safeguarding form",
			obj: Object{Name: "SafeguardingForm", Fields: []Field{
				{Name: "Sexually_Active__c", Label: "Sexually Active", Type: "Picklist", Picklist: []string{"Yes", "No"}},
				{Name: "Sexual_Orientation__c", Label: "Sexual Orientation", Type: "Picklist", Picklist: []string{"Gay", "Lesbian", "Bisexual"}},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"Sexually_Active__c":    {SexLifeOrientation},
				"Sexual_Orientation__c": {SexLifeOrientation},
			},
			reason: "the context words must be the field's or its object's: a safeguarding form's own questions about the person's sexual activity and orientation are sex life (AVG art. 9(1))",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectSexOffenderNotSexLife covers a person's registration or
// conviction as a sex offender (fields.tsv sex offender, sexual
// offender, sexual conviction: US SORNA, 34 U.S.C. 20911): criminal
// data, not the person's sex life or orientation, as fields.tsv already
// reads a sexual offence. The person's own sexual activity stays sex
// life.
func TestObjectSexOffenderNotSexLife(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a re-entry programme's offender registry questions",
			obj: Object{Name: "Contact", Fields: probeFields(
				"On_Sexual_Offender_Registry__c", "On the Sexual Offender Registry", "Picklist",
				"Registered_Sex_Offender__c", "Registered Sex Offender", "Checkbox",
				"Sexually_Active__c", "Sexually Active", "Picklist",
			)},
			kind: ObjectPerson,
			want: map[string][]Category{
				"On_Sexual_Offender_Registry__c": {Criminal},
				"Registered_Sex_Offender__c":     {Criminal},
				"Sexually_Active__c":             {SexLifeOrientation},
			},
			reason: "fields.tsv sexual offender, sex offender (criminal; clean:sex-life-orientation): an offender registry is criminal data; sexual activity is the person's sex life (AVG art. 9(1))",
		},
	}
	runObjectCases(t, c, cases)
}
