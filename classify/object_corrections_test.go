package classify

import "testing"

// TestObjectCorrections covers the error classes of a state corrections
// department's offender management tables (issue 10, pending source
// medoc): criminal-justice objects named by the words of US criminal
// justice (a charge, a sentence, a prisoner's disciplinary case), origin
// and criminal record numbers on the client. Each class has an object
// that must change and a near miss that must not; the reason names the
// class and the data line.
func TestObjectCorrections(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "the charges of an offender",
			obj: Object{Name: "CIS_400_CHARGE", Description: "This table lists all of the charges related to a single client.", Fields: []Field{
				{Name: "Charge_Outcome_Date", Type: "datetime"},
				{Name: "Comments_Tx", Type: "string"},
				{Name: "Police_Officer_Tx", Type: "string"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Charge_Outcome_Date": {Criminal}, "Comments_Tx": {Criminal}, "Police_Officer_Tx": {Criminal}},
			reason: "schema.tsv object charge (NIEM Justice domain Charge): every fact of a charge against a person is criminal data",
		},
		{
			name: "fines and fees of a sentence",
			obj: Object{Name: "CIS_401_CRT_ORDER_HDR", Description: "This table includes information related to the client's sentence.", Fields: []Field{
				{Name: "Fine_Paid_Date", Type: "datetime"},
				{Name: "Rest_Paid_Ind", Type: "string"},
				{Name: "Victim_Comp_Fee_Num", Type: "decimal"},
				{Name: "Fine_Due_Date", Type: "datetime"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"Fine_Paid_Date": {Criminal}, "Rest_Paid_Ind": {Criminal}, "Victim_Comp_Fee_Num": {Criminal}, "Fine_Due_Date": {Criminal}},
			reason: "schema.tsv handling paid (unless membership, criminal-justice) and fee (unless criminal-justice): a fine or restitution paid and a victim compensation fee are part of a sentence; on a treatment record they stay money (TestObjectInjuryIntake)",
		},
		{
			name: "a prisoner's furlough",
			obj: Object{Name: "Furloughs", Description: "This data comes from a query against tblFurlough.", Fields: []Field{
				{Name: "FurloughBeginDt", Type: "datetime"},
				{Name: "FurloughPurpose", Type: "string"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"FurloughBeginDt": {Criminal}, "FurloughPurpose": {Criminal}},
			reason: "schema.tsv object furlough (US BOP, 28 CFR 570): a temporary leave from a correctional facility",
		},
		{
			name: "near miss: an employee's furlough",
			obj: Object{Name: "Employee_Furlough__c", Label: "Employee Furlough", Custom: true, Fields: []Field{
				{Name: "Start_Date__c", Label: "Start Date", Type: "Date"},
				{Name: "Reason__c", Label: "Reason", Type: "Text"},
			}},
			kind:   ObjectPerson,
			reason: "schema.tsv context furlough (employee, in the object's own words): unpaid leave of an employee",
		},
		{
			name: "near miss: a contract's charges are money",
			obj: Object{Name: "Charge__c", Label: "Charge", Custom: true, Fields: []Field{
				{Name: "Contract__c", Label: "Contract", Type: "Lookup"},
				{Name: "Amount__c", Label: "Amount", Type: "Currency"},
				{Name: "Invoice_Date__c", Label: "Invoice Date", Type: "Date"},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv context charge (contract, amount, invoice): a charge billed is no charge against a person",
		},
		{
			name: "a prisoner's disciplinary case",
			obj: Object{Name: "CIS_180_DISCIPLINARY_CASE", Description: "Contains a record of each disciplinary case involving clients in MDOC facilities.", Fields: []Field{
				{Name: "WRITTEN_UP_ON_DATE", Type: "datetime"},
				{Name: "HEARING_SUMMARY_COMMENTS_TX", Type: "string"},
				{Name: "Staff_Id", Type: "string"},
				{Name: "SEQ_NUM", Type: "integer"},
				{Name: "JFOS_NOTIFIED_CLIENT_IND", Type: "string"},
				{Name: "CLIENT_REQUESTED_CONTINUANCE_IND", Type: "string"},
			}},
			kind:   ObjectCriminalJustice,
			want:   map[string][]Category{"WRITTEN_UP_ON_DATE": {Criminal}, "HEARING_SUMMARY_COMMENTS_TX": {Criminal}},
			reason: "schema.tsv object disciplinary case (US BOP Inmate Discipline Program, 28 CFR 541); the staff member's ID is a pointer, and a staff field does not make the case an employee's (context @own); handling seq num, notified, continuance: the case's numbering and procedural steps",
		},
		{
			name: "near miss: an employee's disciplinary case",
			obj: Object{Name: "Disciplinary_Case__c", Label: "Disciplinary Case", Description: "An employee's disciplinary case.", Custom: true, Fields: []Field{
				{Name: "Hearing_Summary__c", Label: "Hearing Summary", Type: "LongTextArea"},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv context disciplinary case (employee, in the object's own words): HR discipline is no prisoner's violation",
		},
		{
			name: "origin and criminal record numbers of an offender",
			obj: Object{Name: "CIS_100_CLIENT", Description: "General details about each client in the offender management system.", Fields: []Field{
				{Name: "Last_Name", Type: "string"},
				{Name: "Hispanic_Ind", Type: "string"},
				{Name: "Wabanaki_Member_Ind", Type: "string"},
				{Name: "Fbi_Number_Tx", Type: "string"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{
				"Hispanic_Ind":        {RacialEthnicOrigin},
				"Wabanaki_Member_Ind": {RacialEthnicOrigin},
				"Fbi_Number_Tx":       {Criminal},
			},
			reason: "fields.tsv hispanic (US OMB SPD 15), wabanaki, fbi number (28 CFR 20.3); the client is a person (fields.tsv client), whose record says the person is an offender only where a field says so",
		},
	}
	runObjectCases(t, c, cases)
}
