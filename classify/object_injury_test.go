package classify

import "testing"

// TestObjectInjuryIntake covers the error classes of a personal-injury law
// firm's org and an insurer's service org (issue 10, pending sources pilaw
// and abcapital): the words of an injured caller's intake and of a health
// insurer's claim, the money and request handling on a treatment record,
// and the kinds of a party or an insurance that name care without being
// anyone's health. Each class has an object that must change and a near
// miss that must not; the reason names the class and the data line.
func TestObjectInjuryIntake(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an injured caller's intake",
			obj: Object{Name: "Intake__c", Label: "Intake", Custom: true, Fields: []Field{
				{Name: "Caller_Name__c", Label: "Caller Name", Type: "Text"},
				{Name: "DUI_Involved__c", Label: "DUI Involved", Type: "Checkbox"},
				{Name: "Pre_Existing_Description__c", Label: "Pre-Existing Description", Type: "TextArea"},
				probePicklist("Disqualification_Reason__c", "Disqualification Reason", "No Injury", "No Liability", "Out of State", "Pre-Existing Only"),
				{Name: "Emergency_Room_Visit_Date__c", Label: "Emergency Room Visit Date", Type: "Date"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"DUI_Involved__c":              {Criminal},
				"Pre_Existing_Description__c":  {Health},
				"Disqualification_Reason__c":   {Health},
				"Emergency_Room_Visit_Date__c": {Health},
			},
			reason: "fields.tsv dui (an offence of a driver), pre existing, emergency room; the guard disqualification keeps No Injury a health value (schema.tsv checklist qualification does not read it as a professional's qualification)",
		},
		{
			name: "near miss: a professional's qualifications stay a checklist",
			obj: Object{Name: "Candidate__c", Label: "Candidate", Custom: true, Fields: []Field{
				probePicklist("Qualification__c", "Qualification", "Mental Health First Aid", "Injury Prevention"),
			}},
			kind:   ObjectPerson,
			reason: "schema.tsv checklist qualification: the guard disqualification only keeps the longer word whole",
		},
		{
			name: "a health insurer's member and claim words",
			obj: Object{Name: "Contact", Label: "Contact", Fields: []Field{
				{Name: "LastName", Label: "Last Name", Type: "Text"},
				{Name: "IsPED__c", Label: "Is PED", Type: "Checkbox"},
				{Name: "PEDDetails__c", Label: "PED Details", Type: "Text"},
				{Name: "Ailment_Details__c", Label: "Ailment Details", Type: "Text"},
				{Name: "Health_Card_Number__c", Label: "Health Card Number", Type: "Text"},
				{Name: "HealthIDCardNumber__c", Label: "Health ID Card Number", Type: "Text"},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{
				"IsPED__c":           {Health},
				"PEDDetails__c":      {Health},
				"Ailment_Details__c": {Health},
			},
			reason: "fields.tsv ped (IRDAI: pre-existing disease) and ailment are the member's health; fields.tsv clean health card, health id card: a card's number is a document number (README rule)",
		},
		{
			name: "money and request handling on a treatment record",
			obj: Object{Name: "Medical_Treatment__c", Label: "Medical Treatment", Custom: true, Fields: []Field{
				{Name: "Diagnosis__c", Label: "Diagnosis", Type: "TextArea"},
				{Name: "Visits__c", Label: "Visits", Type: "Number"},
				{Name: "Amount_Owed__c", Label: "Amount Owed", Type: "Currency"},
				{Name: "Client_Paid__c", Label: "Client Paid", Type: "Currency"},
				{Name: "Lien_Amount__c", Label: "Lien Amount", Type: "Currency"},
				{Name: "Negotiated_Lien__c", Label: "Negotiated Lien", Type: "Currency"},
				probePicklist("Bills_Status__c", "Bills Status", "Not Requested", "Requested", "Received"),
				probePicklist("Records_Status__c", "Records Status", "Not Requested", "Requested", "Received"),
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Diagnosis__c": {Health},
				"Visits__c":    {Health},
			},
			reason: "schema.tsv handling owed, paid, lien, bills status, records status: money and the requests for bills and records take no category from the clinical object; the diagnosis and the visits stay",
		},
		{
			name: "near miss: a member's dues paid stay membership",
			obj: Object{Name: "Dues_Payment__c", Label: "Union Dues Payment", Description: "A union member's dues payment.", Custom: true, Fields: []Field{
				{Name: "Member__c", Label: "Member", Type: "Lookup"},
				{Name: "Amount_Paid__c", Label: "Amount Paid", Type: "Currency"},
			}},
			kind:   ObjectMembership,
			want:   map[string][]Category{"Amount_Paid__c": {TradeUnionMembership}},
			reason: "schema.tsv handling paid is unless:membership: the dues a member paid say the person pays the union (unioncore dues_payments.amount_paid)",
		},
		{
			name: "the kinds of a party and of an insurance",
			obj: Object{Name: "Party__c", Label: "Party", Custom: true, Fields: []Field{
				probePicklist("Type__c", "Type", "Person", "Business", "Government", "Medical Provider"),
				probePicklist("Insurance_Type__c", "Insurance Type", "Liability — Auto", "Med Pay", "Health Insurance", "Workers Compensation", "Homeowners", "Umbrella"),
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv context medical (government) and context workers compensation (liability, homeowners, umbrella): a medical provider is a kind of party and workers' compensation a line of insurance",
		},
		{
			name: "near miss: a claim for a work injury and a medical reason",
			obj: Object{Name: "Absence__c", Label: "Absence", Custom: true, Fields: []Field{
				{Name: "Employee__c", Label: "Employee", Type: "Lookup"},
				probePicklist("Claim_Type__c", "Claim Type", "Workers Compensation", "Short Term Disability"),
				probePicklist("Reason__c", "Reason", "Medical", "Vacation"),
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Claim_Type__c": {Health}, "Reason__c": {Health}},
			reason: "schema.tsv value workers compensation and fields.tsv medical without their context words: a work injury and a medical absence",
		},
	}
	runObjectCases(t, c, cases)
}
