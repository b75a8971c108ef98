package classify

import "testing"

// TestObjectColumnTypeWords covers the type words with which older
// schemas end column names (systemName): an audit column named
// Created_By_Tx is the platform's created by. Found leaving medoc's own
// lines out (issue 10, leave-one-source-out: its Modified_By_Tx,
// Modified_On_Date columns on every criminal-justice table were
// criminal without medoc's handling lines).
func TestObjectColumnTypeWords(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "audit columns with a type word are system fields",
			obj: Object{Name: "CIS_999_PAROLE_VIOLATION", Fields: probeFields(
				"Created_By_Tx", "", "",
				"Created_On_Dt", "", "",
				"Record_Type_Cd", "", "",
				"Violation_Type_Cd", "", "",
			)},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Violation_Type_Cd": {Criminal}},
			reason: "columnTypeWords tx, dt, cd: without them the names are schema.tsv system lines created by, created on, record type; the violation's type is the record's content",
		},
		{
			name: "near miss: a one-word system line before a type word names content",
			obj: Object{Name: "Progress_Note__c", Label: "Progress Note", Fields: probeFields(
				"Patient__c", "Patient", "Lookup",
				"Activity_Date__c", "Activity Date", "Date",
				"Note__c", "Note", "LongTextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Activity_Date__c": {Health}, "Note__c": {Health}},
			reason: "systemName keeps two words at least: activity (a one-word system line) with a date after it is the date of the clinical activity, content of the note",
		},
	}
	runObjectCases(t, c, cases)
}
