package classify

import "testing"

// TestObjectCharityOrgs runs objects written in the manner of charities'
// client orgs (issue 10: a UK talking-therapy service, concernwes; a
// Singapore deaf association, sadeaf): named screening instruments whose
// names lose their digits (PHQ9, GAD7, CORE10), NHS Talking Therapies
// outcomes, hearing loss, Singapore identifiers and origin, and the
// words of such orgs that are not what they seem (DNA as did not attend,
// DBS the bank, the administration of a staff DBS check, a therapist's
// specialisations). Each object lists exactly the fields that must be
// flagged; the reason names the data lines.
func TestObjectCharityOrgs(t *testing.T) {
	cases := []objectCase{
		{
			name: "a questionnaire object of PHQ-9 and GAD-7 items is clinical; the form's handling is not",
			obj: Object{Name: "Questionnaire__c", Label: "Questionnaire", Fields: []Field{
				{Name: "PHQ9_Little_Interest_or_pleasure_in__c", Label: "1. Little interest or pleasure in ...", Type: "Picklist", Picklist: []string{"0", "1", "2", "3"}},
				{Name: "PHQ9_Trouble_falling_or_staying_asleep__c", Label: "3. Trouble falling or staying asleep", Type: "Picklist", Picklist: []string{"0", "1", "2", "3"}},
				{Name: "PHQ9_Poor_appetite_or_overeating__c", Label: "5. Poor appetite or overeating", Type: "Picklist", Picklist: []string{"0", "1", "2", "3"}},
				{Name: "PHQ9_Score__c", Label: "PHQ9 Score", Type: "Number"},
				{Name: "GAD7_Trouble_relaxing__c", Label: "4. Trouble relaxing", Type: "Picklist", Picklist: []string{"0", "1", "2", "3"}},
				{Name: "CX_I_have_felt_unhappy__c", Label: "9. I have felt unhappy", Type: "Picklist", Picklist: []string{"Not at all", "Sometimes", "Often"}},
				{Name: "Total_Score__c", Label: "Total Score", Type: "Number"},
				{Name: "Questionnaire_Declined__c", Label: "Questionnaire Declined?", Type: "Checkbox"},
				{Name: "Questionnaire_Instruction__c", Label: "Questionnaire Instruction", Type: "Text"},
				{Name: "Complete_Questionnaire__c", Label: "Complete Questionnaire?", Type: "Checkbox"},
				{Name: "Contact__c", Label: "Contact", Type: "Lookup"},
				{Name: "Appointment__c", Label: "Appointment", Type: "MasterDetail"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"PHQ9_Little_Interest_or_pleasure_in__c":    {Health},
				"PHQ9_Trouble_falling_or_staying_asleep__c": {Health},
				"PHQ9_Poor_appetite_or_overeating__c":       {Health},
				"PHQ9_Score__c":                             {Health},
				"GAD7_Trouble_relaxing__c":                  {Health},
				"CX_I_have_felt_unhappy__c":                 {Health},
				"Total_Score__c":                            {Health},
			},
			reason: "fields.tsv phq (0.95) names four of twelve fields, so the siblings make the object clinical and its items and scores health; schema.tsv handling questionnaire declined, questionnaire instruction, complete questionnaire; lookups hold nothing",
		},
		{
			name: "a therapy case: screening scores and IAPT outcomes are health, attendance counts are not",
			obj: Object{Name: "Case", Fields: []Field{
				{Name: "First_PHQ9_Score__c", Label: "First PHQ9 Score", Type: "Number"},
				{Name: "Last_GAD7_Score__c", Label: "Last GAD7 Score", Type: "Number"},
				{Name: "Last_Core10_Score__c", Label: "Last Core10 Score", Type: "Number"},
				{Name: "Overall_Caseness__c", Label: "Overall Caseness", Type: "Text"},
				{Name: "Moved_to_Recovery__c", Label: "Moved to Recovery?", Type: "Text"},
				{Name: "Discharge_Summary__c", Label: "Discharge Summary", Type: "LongTextArea"},
				{Name: "Total_Number_of_Step_2_Sessions_DNA__c", Label: "Total Number of Step 2 Sessions DNA", Type: "Number"},
				{Name: "Number_of_PHQ9__c", Label: "Number of PHQ-9", Type: "Number"},
				{Name: "Total_Number_of_Sessions__c", Label: "Total Number of Sessions", Type: "Number"},
				{Name: "Referral_Date__c", Label: "Referral Date", Type: "Date"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"First_PHQ9_Score__c":  {Health},
				"Last_GAD7_Score__c":   {Health},
				"Last_Core10_Score__c": {Health},
				"Overall_Caseness__c":  {Health},
				"Moved_to_Recovery__c": {Health},
				"Discharge_Summary__c": {Health},
			},
			reason: "fields.tsv phq, gad (weak, with its name and label), core score, caseness, moved to recovery, discharge summary; schema.tsv context dna (sessions: did not attend); fields.tsv number of phq clean:health (a count of screenings)",
		},
		{
			name: "a practitioner's vetting and skills are not special data; a check's result is",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "PRAC_DBS_Expiry__c", Label: "DBS Expiry", Type: "Date"},
				{Name: "PRAC_DBS_Copy_Received__c", Label: "DBS Copy Received", Type: "Checkbox"},
				{Name: "PRAC_Registered_for_Online_DBS__c", Label: "Registered for Online DBS", Type: "Picklist", Picklist: []string{"Yes", "No"}},
				{Name: "DBS_Check_Result__c", Label: "DBS Check Result", Type: "Picklist", Picklist: []string{"Clear", "Caution disclosed"}},
				{Name: "PRAC_Specialisations__c", Label: "Specialisations", Type: "MultiselectPicklist", Picklist: []string{"Addictions", "Eating Disorders", "Sexual Orientation Issues"}},
				{Name: "PRAC_Clinical_Training__c", Label: "Clinical Training", Type: "MultiselectPicklist", Picklist: []string{"CBT", "EMDR", "Psychotherapy"}},
				{Name: "PRAC_Accredited_Registered_Status__c", Label: "Accredited Registered Status", Type: "Picklist", Picklist: []string{"Accredited (BACP)", "Not accredited but 450 hours supervised therapy"}},
				{Name: "Dialect_Group__c", Label: "Dialect Group", Type: "Picklist", Picklist: []string{"Cantonese", "Hakka", "Hokkien", "Teochew"}},
				{Name: "Hearing_Status__c", Label: "Hearing Status", Type: "Picklist", Picklist: []string{"Deaf", "Hard of Hearing"}},
			}},
			kind: ObjectPerson,
			want: map[string][]Category{
				"DBS_Check_Result__c": {Criminal},
				"Dialect_Group__c":    {RacialEthnicOrigin},
				"Hearing_Status__c":   {Health},
			},
			reason: "fields.tsv dbs expiry, dbs copy, online dbs clean:criminal (docs/labeling.md: a DBS check as a procedure for all staff); schema.tsv checklist specialisation, training, accredited; fields.tsv dialect group (Singapore census), hard of hearing",
		},
		{
			name: "a donation: DBS among banks is a bank; the NRIC is a national ID",
			obj: Object{Name: "Donations__c", Label: "Donations", Fields: []Field{
				{Name: "Bank__c", Label: "Bank", Type: "Picklist", Picklist: []string{"DBS", "POSB", "OCBC", "UOB"}},
				{Name: "Deposit_to__c", Label: "Deposit to", Type: "Picklist", Picklist: []string{"DBS", "UOB"}},
				{Name: "Nric_Fin__c", Label: "Nric/Fin", Type: "Text"},
				{Name: "Amount__c", Label: "Amount", Type: "Currency"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Nric_Fin__c": {NationalID}},
			reason: "schema.tsv context dbs (bank, posb, ocbc, uob); fields.tsv nric (National Registration Act 1965)",
		},
		{
			name: "a hearing-loss intake: onset, loss per ear, screening and delay are health",
			obj: Object{Name: "Intake__c", Label: "Intake", Fields: []Field{
				{Name: "Age_Onset__c", Label: "Age Onset", Type: "Number"},
				{Name: "Hearing_lost_left_ear__c", Label: "Hearing Lost - Left Ear", Type: "Picklist", Picklist: []string{"Mild", "Moderate", "Severe", "Profound"}},
				{Name: "Age_of_First_Hearing_Screening__c", Label: "Age of First Hearing Screening", Type: "Number"},
				{Name: "Other_Developmental_Delay__c", Label: "Other Developmental Delay", Type: "Text"},
				{Name: "School_Name__c", Label: "School Name", Type: "Text"},
				{Name: "Pupil_Main_Language__c", Label: "Main Language", Type: "Picklist", Picklist: []string{"English", "Mandarin", "Malay"}},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"Age_Onset__c":                      {Health},
				"Hearing_lost_left_ear__c":          {Health},
				"Age_of_First_Hearing_Screening__c": {Health},
				"Other_Developmental_Delay__c":      {Health},
			},
			reason: "fields.tsv age onset, hearing lost, hearing screening, developmental delay",
		},
		{
			name: "a group session's type is the group's, not one person's",
			obj: Object{Name: "Group_Appointment__c", Label: "Group Appointment", Fields: []Field{
				{Name: "Type__c", Label: "Type", Type: "Picklist", Picklist: []string{"Step 2 Anxiety Workshop", "Step 2 Depression Workshop"}},
				{Name: "Max_Number_of_Attendees__c", Label: "Max Number of Attendees", Type: "Number"},
			}},
			kind:   ObjectThing,
			reason: "schema.tsv object group appointment (thing): a category word in a thing's picklist counts for 0.4",
		},
		{
			name: "an appointment cancelled because the practitioner was ill",
			obj: Object{Name: "Appointment__c", Label: "Appointment", Fields: []Field{
				{Name: "Reason_Cancelled_By_Service__c", Label: "Reason Cancelled By Service", Type: "Picklist", Picklist: []string{"Practitioner ill", "Interpreter problems", "Other reason"}},
				{Name: "Reason_Cancelled_By_Client__c", Label: "Reason Cancelled By Client", Type: "Picklist", Picklist: []string{"Client unwell", "Transport", "Work commitments"}},
				{Name: "Reason_Missed__c", Label: "Reason Missed", Type: "Picklist", Picklist: []string{"Forgot", "Client in hospital"}},
				{Name: "Minutes_Late__c", Label: "Minutes Late", Type: "Picklist", Picklist: []string{"5", "10", "15"}},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"Reason_Cancelled_By_Service__c": {Health},
				"Reason_Cancelled_By_Client__c":  {Health},
				"Reason_Missed__c":               {Health},
			},
			reason: "schema.tsv value ill, unwell, in hospital (0.9): one value that holds a strong word counts",
		},
		{
			name: "halal meals on offer at a volunteer request are catering; a client's halal diet is belief",
			obj: Object{Name: "Volunteer_Request__c", Label: "Volunteer Request", Fields: []Field{
				{Name: "Types_of_Meal_Availability__c", Label: "Types of Meal Availability", Type: "MultiselectPicklist", Picklist: []string{"Halal", "Vegetarian", "Western"}},
				{Name: "Client_Dietary_Requirement__c", Label: "Client Dietary Requirement", Type: "Picklist", Picklist: []string{"Halal", "Vegetarian"}},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Client_Dietary_Requirement__c": {ReligiousBeliefs}},
			reason: "schema.tsv context halal (availability); fields.tsv availability word (not avail + ability)",
		},
		{
			name: "an ID number holds the national number its ID type sibling names",
			obj: Object{Name: "Donations__c", Label: "Donations", Fields: []Field{
				{Name: "ID_Type_Entered__c", Label: "Tax Recipient Id Type (Entered)", Type: "Picklist", Picklist: []string{"NRIC", "FIN", "UEN-Business"}},
				{Name: "Tax_Recipient_ID_No_Entered__c", Label: "Tax Recipient ID No. (Entered)", Type: "Text"},
				{Name: "ID_Type__c", Label: "Donor Id Type", Type: "Text"},
				{Name: "Id_No__c", Label: "Donor Id No", Type: "Text"},
				{Name: "Org_Id_Type__c", Label: "Org Id Type", Type: "Picklist", Picklist: []string{"FIN", "UEN"}},
				{Name: "Org_Id_No__c", Label: "Org Id No", Type: "Text"},
				{Name: "Receipt_No__c", Label: "Receipt No", Type: "Text"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"Tax_Recipient_ID_No_Entered__c": {NationalID},
				"Id_No__c":                       {NationalID},
			},
			reason: "schema.tsv id-type id type and id-number id no (object_idpair.go): NRIC among the type's values (fields.tsv nric); a text type field pairs when another names a national number; a type of FIN and UEN names none; a receipt number has no type",
		},
		{
			name: "an ID number beside an ID type of documents and companies is no national ID",
			obj: Object{Name: "Account", Fields: []Field{
				{Name: "ID_Type__c", Label: "ID Type", Type: "Picklist", Picklist: []string{"Passport", "UEN", "Others"}},
				{Name: "ID_Number__c", Label: "ID Number", Type: "Text"},
			}},
			kind:   ObjectOrganisation,
			reason: "object_idpair.go: only a type whose values name a national identification number pairs",
		},
		{
			name: "an EAP case: the client's department and pay band are no health; a risk to self is",
			obj: Object{Name: "Case", Fields: []Field{
				{Name: "WAW_CD_Department__c", Label: "Department", Type: "Picklist", Picklist: []string{"Adult Social Care", "Alcohol and Drug Service", "Disability Services", "Finance"}},
				{Name: "WAW_CD_Salary_Range__c", Label: "Salary Range", Type: "Picklist", Picklist: []string{"Band 5", "Medical and Dental", "Grade A"}},
				{Name: "Risk_Self_Others__c", Label: "Risk - Self / Others", Type: "Picklist", Picklist: []string{"Self", "Others", "Self and Others"}},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Risk_Self_Others__c": {Health}},
			reason: "schema.tsv checklist department, salary; fields.tsv risk self (a mental-health risk assessment)",
		},
		{
			name: "a risk on a record that holds PHQ-9 scores is a risk of harm",
			obj: Object{Name: "Case", Fields: []Field{
				{Name: "Last_PHQ9_Score__c", Label: "Last PHQ9 Score", Type: "Number"},
				{Name: "WAW_Details_of_Risk__c", Label: "Details of Risk", Type: "LongTextArea"},
				{Name: "Risk_Flag_Red__c", Label: "Risk Flag Red", Type: "DateTime"},
				{Name: "WAW_Assessment_Summary__c", Label: "Assessment Summary", Type: "LongTextArea"},
				{Name: "WAW_Assessment_Date__c", Label: "Assessment Date", Type: "Date"},
				{Name: "Subject", Label: "Subject", Type: "Text"},
			}},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"Last_PHQ9_Score__c":        {Health},
				"WAW_Details_of_Risk__c":    {Health},
				"Risk_Flag_Red__c":          {Health},
				"WAW_Assessment_Summary__c": {Health},
			},
			reason: "schema.tsv topic risk and topic assessment summary (siblings: phq); the assessment's date is no summary",
		},
		{
			name: "a project's risk register holds no health",
			obj: Object{Name: "Risk__c", Label: "Risk", Fields: []Field{
				{Name: "Details_of_Risk__c", Label: "Details of Risk", Type: "LongTextArea"},
				{Name: "Risk_Rating__c", Label: "Risk Rating", Type: "Picklist", Picklist: []string{"Red", "Amber", "Green"}},
				{Name: "Mitigation__c", Label: "Mitigation", Type: "LongTextArea"},
				{Name: "Self_Assessment_Score__c", Label: "Self Assessment Score", Type: "Number"},
				{Name: "Assessment_Summary__c", Label: "Assessment Summary", Type: "LongTextArea"},
			}},
			kind:   ObjectUnknown,
			reason: "schema.tsv topic risk: no sibling names a screening, suicide or harm",
		},
		{
			name: "an organisation's checkboxes of the items a contract reports are switches",
			obj: Object{Name: "Account", Fields: []Field{
				{Name: "Industry", Label: "Industry", Type: "Picklist"},
				{Name: "WAW_Age__c", Label: "Age", Type: "Checkbox"},
				{Name: "WAW_Occupation_Type__c", Label: "Occupation Type", Type: "Checkbox"},
				{Name: "WAW_Referral_Source__c", Label: "Referral Source", Type: "Checkbox"},
				{Name: "WAW_Disability__c", Label: "Disability", Type: "Checkbox"},
				{Name: "PHQ_9__c", Label: "PHQ-9", Type: "Checkbox"},
			}},
			kind:   ObjectOrganisation,
			reason: "object_itemswitch.go: three checkboxes named by ordinary data items (system age, plain type and source) make the organisation's checkboxes item switches",
		},
		{
			name: "an organisation with one such checkbox keeps what a category checkbox says",
			obj: Object{Name: "Account", Fields: []Field{
				{Name: "Industry", Label: "Industry", Type: "Picklist"},
				{Name: "Occupation_Type__c", Label: "Occupation Type", Type: "Checkbox"},
				{Name: "Disability__c", Label: "Disability", Type: "Checkbox"},
			}},
			kind:   ObjectOrganisation,
			want:   map[string][]Category{"Disability__c": {Health}},
			reason: "object_itemswitch.go: fewer than itemSwitchMin item checkboxes; an organisation has no disability, so the name is believed (issue 10, class 2)",
		},
		{
			name: "a person's checkboxes are the person's, however many name data items",
			obj: Object{Name: "Contact", Fields: []Field{
				{Name: "HasOptedOutOfEmail", Label: "Email Opt Out", Type: "Checkbox"},
				{Name: "DoNotCall", Label: "Do Not Call", Type: "Checkbox"},
				{Name: "HasOptedOutOfFax", Label: "Fax Opt Out", Type: "Checkbox"},
				{Name: "Age_Verified__c", Label: "Age Verified", Type: "Checkbox"},
				{Name: "Disability__c", Label: "Disability", Type: "Checkbox"},
			}},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Disability__c": {Health}},
			reason: "object_itemswitch.go: only an organisation's checkboxes are item switches",
		},
		{
			name: "a Risk whose own field is a risk to self is a risk of harm: its outline, rating and date are health",
			obj: Object{Name: "Risk__c", Label: "Risk", Fields: []Field{
				{Name: "Risk_Self_Others__c", Label: "Risk - Self / Others", Type: "Picklist", Picklist: []string{"Self", "Others", "Self and Others"}},
				{Name: "Brief_Outline__c", Label: "Brief Outline", Type: "LongTextArea"},
				{Name: "Risk_Rating_Agreed__c", Label: "Risk Rating Agreed", Type: "Picklist", Picklist: []string{"Red", "Amber", "No Risk Identified"}},
				{Name: "Date_Raised__c", Label: "Date Raised", Type: "Date"},
				{Name: "Date_of_Manager_Sign_Off__c", Label: "Date of Manager Sign Off", Type: "Date"},
				{Name: "Concern_Raised_By__c", Label: "Concern Raised By", Type: "Text"},
				{Name: "Date_Time_of_Review__c", Label: "Date / Time of Review", Type: "DateTime"},
				{Name: "Case__c", Label: "Case", Type: "Lookup"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Risk_Self_Others__c":   {Health},
				"Brief_Outline__c":      {Health},
				"Risk_Rating_Agreed__c": {Health},
				"Date_Raised__c":        {Health},
			},
			reason: "object_headfield.go: fields.tsv risk self holds the object's head word risk; schema.tsv handling sign off, raised by, time of review",
		},
		{
			name: "a strongly named field that does not repeat the object's head word says nothing of the object",
			obj: Object{Name: "Booking__c", Label: "Booking", Fields: []Field{
				{Name: "Medical_Condition__c", Label: "Medical Condition", Type: "Text"},
				{Name: "Room__c", Label: "Room", Type: "Text"},
				{Name: "Arrival__c", Label: "Arrival", Type: "Date"},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Medical_Condition__c": {Health}},
			reason: "object_headfield.go: medical condition holds no word of Booking",
		},
	}
	runObjectCases(t, Default(), cases)
}
