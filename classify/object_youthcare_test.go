package classify

import "testing"

// TestObjectYouthCareClient covers the error classes of a Dutch
// youth-care provider's client system written as SQL tables (issue 10,
// pending source maicare): the bookkeeping of a care plan, behavioural
// risk flags beside health risks, SQL foreign keys, a client's
// medication table, the status of a diagnosis and the criminal-justice
// number. Each class has an object that must change and a near miss that
// must not; the reason names the class and the data line.
func TestObjectYouthCareClient(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "the bookkeeping of a care plan's objectives",
			obj: Object{Name: "care_plan_objectives", Description: "Care plan objectives", Fields: []Field{
				{Name: "care_plan_id", Type: "BIGINT REFERENCES care_plans"},
				{Name: "goal_title", Type: "VARCHAR(255)"},
				{Name: "timeframe", Type: "VARCHAR(20)", Picklist: []string{"short_term", "medium_term", "long_term"}},
				{Name: "target_date", Type: "DATE"},
				{Name: "completion_date", Type: "DATE"},
				{Name: "is_achieved", Type: "BOOLEAN"},
				{Name: "version", Type: "INT"},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"goal_title": {Health}},
			reason: "schema.tsv handling timeframe, target date, completion date, achieved and system version: the plan's schedule and bookkeeping take no category from the care plan; the goal stays its content",
		},
		{
			name: "behavioural risks beside health risks of a client",
			obj: Object{Name: "client_details", Description: "Main client details table", Fields: []Field{
				{Name: "first_name", Type: "VARCHAR(100)"},
				{Name: "bsn", Type: "VARCHAR(9)"},
				{Name: "risk_suicidality", Type: "BOOLEAN", Description: "Risk factors"},
				{Name: "risk_self_harm", Type: "BOOLEAN", Description: "Risk factors"},
				{Name: "risk_psychiatric_problems", Type: "BOOLEAN", Description: "Risk factors"},
				{Name: "risk_aggressive_behavior", Type: "BOOLEAN", Description: "Risk factors"},
				{Name: "risk_running_away", Type: "BOOLEAN", Description: "Risk factors"},
				{Name: "risk_day_night_rhythm", Type: "BOOLEAN", Description: "Risk factors"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{
				"bsn":                       {NationalID},
				"risk_suicidality":          {Health},
				"risk_self_harm":            {Health},
				"risk_psychiatric_problems": {Health},
			},
			reason: "schema.tsv handling aggressive behavior, running away, day night rhythm (unless clinical): a behavioural risk takes no category from the sibling topic risk; the health risks keep theirs",
		},
		{
			name: "an SQL foreign key to an attached file and a client's medication",
			obj: Object{Name: "client_medication", Description: "Client medications", Fields: []Field{
				{Name: "client_id", Type: "BIGINT REFERENCES client_details"},
				{Name: "dosage", Type: "VARCHAR(100)"},
				{Name: "start_date", Type: "DATE"},
				{Name: "prescription_document", Type: "UUID REFERENCES attachment_file"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"dosage":     {Health},
				"start_date": {Health},
			},
			reason: "schema.tsv object client medication (a client's record, not a drug catalogue); an SQL column with REFERENCES is a foreign key (sqlForeignKey), a pointer",
		},
		{
			name: "near miss: a drug catalogue's table",
			obj: Object{Name: "medication", Description: "Medication catalogue", Fields: []Field{
				{Name: "name", Type: "VARCHAR(255)"},
				{Name: "manufacturer", Type: "VARCHAR(255)"},
				{Name: "price", Type: "DECIMAL(10,2)"},
			}},
			kind:   ObjectCatalogue,
			reason: "schema.tsv object medication is a catalogue without a client in its name or a patient to point to",
		},
		{
			name: "the status of a diagnosis and a psychiatric report as text",
			obj: Object{Name: "client_diagnosis", Description: "Client diagnoses", Fields: []Field{
				{Name: "client_id", Type: "BIGINT REFERENCES client_details"},
				{Name: "diagnosis_code", Type: "VARCHAR(20)"},
				{Name: "status", Type: "VARCHAR(20)", Picklist: []string{"active", "resolved", "in_remission"}},
			}},
			kind:   ObjectClinical,
			want:   map[string][]Category{"diagnosis_code": {Health}, "status": {Health}},
			reason: "schema.tsv topic status (diagnosis): the clinical status of a diagnosis (HL7 FHIR Condition.clinicalStatus)",
		},
		{
			name: "near miss: the status of a diagnostic report stays the record's",
			obj: Object{Name: "DiagnosticSummary", Label: "Diagnostic Summary", Fields: []Field{
				{Name: "Status", Type: "Picklist", Picklist: []string{"Draft", "Final"}},
			}},
			kind:   ObjectClinical,
			reason: "schema.tsv topic status reads diagnosis, not diagnostic: a report's status is its workflow (sfhc DiagnosticSummary.Status)",
		},
		{
			name: "a collaboration agreement with probation",
			obj: Object{Name: "collaboration_agreement", Fields: []Field{
				{Name: "client_skn", Type: "VARCHAR(100)"},
				{Name: "start_date", Type: "DATE"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"client_skn": {Criminal}},
			reason: "fields.tsv skn: the strafrechtketennummer of a suspect or convict",
		},
	}
	runObjectCases(t, c, cases)
}
