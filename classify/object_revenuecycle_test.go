package classify

import "testing"

// TestObjectRevenueCycleFields covers the bookkeeping of a clinical
// record that an EHR with a revenue cycle keeps on the record itself
// (issue 10, round 9: the false alarms of pending elixir, an addiction
// treatment centre's Salesforce EHR, on orgs nobody here wrote): the
// approval workflow over a plan or prescription, the claim and payment
// words of billing (ASC X12 837, CMS-1500), amounts of money, the units
// of a vital sign and the code system of its codes, and a custom
// object of tab switches named after the app's clinical modules. None
// holds a fact of the person's health (the labelling rule: record
// statuses, approval workflow, billing, configuration are negative);
// each takes no category from its clinical object. The record's own
// facts beside them stay health, and so do the words that name what was
// approved or what the money paid for.
func TestObjectRevenueCycleFields(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a treatment plan's approval workflow",
			obj: Object{Name: "Treatment_Plan__c", Label: "Treatment Plan", Fields: probeFields(
				"Approval_Level_1__c", "Approval Level 1", "Checkbox",
				"Date_Of_Approval_1__c", "Date Of Approval 1", "DateTime",
				"Is_Approver__c", "Is Approver", "Checkbox",
				"Problem__c", "Problem", "Text",
				"Goal__c", "Goal", "LongTextArea",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Problem__c": {Health},
				"Goal__c":    {Health},
			},
			reason: "schema.tsv handling approval, approver: who signed the plan off and when is its handling (approval workflow comments and signatures are negative); the plan's problem and goal are the patient's",
		},
		{
			name: "near miss: what a prior authorisation approved stays content",
			obj: Object{Name: "CareRequestItem", Fields: probeFields(
				"ApprovedLevelOfCare", "", "Picklist",
				"ApprovedQuantity", "", "Integer",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"ApprovedLevelOfCare": {Health},
				"ApprovedQuantity":    {Health},
			},
			reason: "approved is no form of approval: the level of care and quantity approved for a member are the care itself (sfhc, vahc Health Cloud CareRequestItem)",
		},
		{
			name: "a procedure record's billing and claim words",
			obj: Object{Name: "Patient_Procedure__c", Label: "Patient Procedure", Fields: probeFields(
				"Claim_type__c", "Claim type", "Picklist",
				"Generate_Claim__c", "Generate Claim", "Checkbox",
				"Is_Billable__c", "Is Billable", "Checkbox",
				"Is_Billed__c", "Is Billed", "Checkbox",
				"Pre_auth_Code__c", "Pre-auth Code", "Text",
				"Rendering_Provider_Taxonomy__c", "Rendering Provider Taxonomy", "Text",
				"Type_of_Procedure__c", "Type of Payment", "Picklist",
				"Total_Allowed_Amount__c", "Total Allowed Amount", "Currency",
				"Procedure_Code__c", "Procedure Code", "Text",
				"Procedure_Date__c", "Procedure Date", "Date",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Procedure_Code__c": {Health},
				"Procedure_Date__c": {Health},
			},
			reason: "schema.tsv handling claim, billable, billed, pre auth, rendering provider, payment (X12 837, CMS-1500) and a Currency amount (money type): billing of the procedure, not the procedure; its code and date are the patient's care",
		},
		{
			name: "near miss: a claim's own diagnosis and an amount named for the care",
			obj: Object{Name: "Claim_Line__c", Label: "Claim Procedure Line", Fields: probeFields(
				"Claim_Diagnosis__c", "Claim Diagnosis", "Text",
				"Estimated_Medical_Bills__c", "Estimated Medical Bills", "Currency",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Claim_Diagnosis__c":         {Health},
				"Estimated_Medical_Bills__c": {Health},
			},
			reason: "the handling line and the money type take only the object's category away: a diagnosis and medical bills named in the field itself still count (pilaw Intake__c.Estimated_Medical_Bills__c)",
		},
		{
			name: "near miss: a union member's dues amount",
			obj: Object{Name: "Union_Membership__c", Label: "Union Membership", Fields: probeFields(
				"Dues_Amount__c", "Dues Amount", "Currency",
			)},
			kind: ObjectMembership,
			want: map[string][]Category{
				"Dues_Amount__c": {TradeUnionMembership},
			},
			reason: "the money type holds only on clinical objects: a member's dues are the membership's content, as the handling line paid says (unless:membership)",
		},
		{
			name: "a vital-sign record's units and code system",
			obj: Object{Name: "Vital_Signs__c", Label: "Vital Signs", Fields: []Field{
				probePicklist("Blood_Pressure_Unit__c", "Blood Pressure Unit", "mmHg"),
				probePicklist("Temperature_Unit__c", "Temperature Unit", "C", "F"),
				probePicklist("SpO2_Unit__c", "SpO2 Unit", "%"),
				probePicklist("Height_Unit__c", "Height Unit", "m", "cm", "mm", "ft", "in"),
				probePicklist("Weight_Unit__c", "Weight Unit", "kg", "g", "mg", "lb"),
				probePicklist("Coding_System__c", "Coding System", "SNOMED", "LOINC", "RXNorm"),
				{Name: "Systolic__c", Label: "Systolic", Type: "Number"},
				{Name: "Temperature__c", Label: "Temperature", Type: "Number"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Systolic__c":    {Health},
				"Temperature__c": {Health},
			},
			reason: "schema.tsv unit-value mmhg, kg, ... (UCUM) and unit symbols (C, F, %, m, in) in a field named a unit, and system coding system: the unit and the vocabulary are the same for every patient; the measured values are the patient's",
		},
		{
			name: "near miss: a drug's dose unit with non-unit values and a result's one-letter flags",
			obj: Object{Name: "Procedure", Fields: []Field{
				probePicklist("DrugUnit", "", "None", "InternationalUnit", "Gram", "Milligram", "Milliliter", "Unit"),
				probePicklist("Abnormal_Flag__c", "Abnormal Flag", "H", "L", "N"),
				{Name: "PatNum", Type: "bigint"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"DrugUnit":         {Health},
				"Abnormal_Flag__c": {Health},
			},
			reason: "a unit list needs all (or all but one of four or more) values to be units: Open Dental Procedure.DrugUnit with None, InternationalUnit and Unit is the drug's dosing, content; one-letter values are unit symbols only in a field named a unit, so H, L and N of a result's abnormal flag (HL7 v2 OBX-8) are the patient's finding",
		},
		{
			name: "tab switches named after clinical modules",
			obj: Object{Name: "TabPermissionBasedOnProfiles__c", Label: "TabPermissionBasedOnProfiles", Fields: probeFields(
				"Diagnosis__c", "Diagnosis", "Checkbox",
				"Immunization__c", "Immunization", "Checkbox",
				"Prescriptions__c", "Prescriptions", "Checkbox",
				"Prescription_Priority__c", "Prescription Priority", "Text",
			)},
			kind:   ObjectConfiguration,
			reason: "schema.tsv object tab permission (Salesforce ProfileTabVisibility): which screens a profile sees, about no person",
		},
		{
			name: "a lab result's and a prescription's record bookkeeping",
			obj: Object{Name: "Lab_Result__c", Label: "Lab Result", Fields: probeFields(
				"Diagnosis_Pointer__c", "Diagnosis Pointer", "Text",
				"ERA_Received__c", "ERA Received", "Checkbox",
				"SubStatus__c", "SubStatus", "TextArea",
				"Archive_Status__c", "Archive_Status", "TextArea",
				"Dummy_1__c", "Dummy 1", "Text",
				"Observation_Value_ImageEncoding_format__c", "Observation Value - ImageEncoding format", "LongTextArea",
				"Observation_Value_Image_Data_subtype__c", "Observation Value - Image Data subtype", "LongTextArea",
				"Observation_Value__c", "Observation Value", "LongTextArea",
				"Diagnosis__c", "Diagnosis", "Text",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Observation_Value__c": {Health},
				"Diagnosis__c":         {Health},
			},
			reason: "schema.tsv handling diagnosis pointer (X12 837P SV107, with fields.tsv clean), era received (X12 835), sub status, archive status, dummy, encoding and data subtype (HL7 v2 ED): references, billing, record status and value structure; the observed value and a diagnosis are the patient's",
		},
		{
			name: "near miss: a code set lookup of a care request stays content",
			obj: Object{Name: "CareDiagnosis", Fields: probeFields(
				"DiagnosisCodeSetId", "", "Lookup",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"DiagnosisCodeSetId": {Health},
			},
			reason: "a pointer to the diagnosis code itself is the record's content (schema.tsv code-reference; sfhc, vahc CareDiagnosis): only a claim line's diagnosis pointer, letters of the claim's list, is a reference",
		},
		{
			name: "a stock of supplies and belongings",
			obj: Object{Name: "Inventory__c", Label: "Inventory", Description: "This object is used to track medical supplies and link them to patient records.", Fields: probeFields(
				"Belonging_1__c", "Belonging 1", "Picklist",
				"Locker_No__c", "Locker No.", "Text",
				"Return_Reason__c", "Return Reason", "LongTextArea",
			)},
			kind:   ObjectThing,
			reason: "schema.tsv object inventory (thing): the name decides before the description's medical supplies",
		},
		{
			name: "near miss: a patient's medication inventory",
			obj: Object{Name: "Medication_Inventory__c", Label: "Medication Inventory", Fields: probeFields(
				"Dose__c", "Dose", "Text",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Dose__c": {Health},
			},
			reason: "inventory is a weak head (0.6): a strong clinical word before it decides (headKind)",
		},
		{
			name: "a saved form's values",
			obj: Object{Name: "Form_Value__c", Label: "Form Value", Description: "Form value stores all the miscellaneous features of the saved forms like Approvals, Care Episodes and Status. All the problems, diagnoses, medications, allergies are stored here.", Fields: probeFields(
				"Is_CareEpisode__c", "Is CareEpisode", "Checkbox",
				"Notification_Interval__c", "Notification Interval", "Number",
			)},
			kind:   ObjectUnknown,
			reason: "a form's values are the container's (isContainer: form, then value): a description of what the forms hold does not reach every field",
		},
		{
			name: "a care episode's and a lab order's billing and handling",
			obj: Object{Name: "Lab_Result__c", Label: "Lab Result", Fields: []Field{
				probePicklist("Financial_Class__c", "Financial Class", "Insurance", "Self-pay"),
				{Name: "Requires_Financial_Assistance__c", Label: "Requires Financial Assistance", Type: "Checkbox"},
				probePicklist("VIP_Indicator__c", "VIP Indicator", "Yes", "No"),
				probePicklist("Bill_Type__c", "Bill Type", "Client", "Patient", "Third-Party"),
				{Name: "LabName__c", Label: "LabName", Type: "Text"},
				{Name: "Results_Rpt_Status_Change_Date_Time__c", Label: "Results Rpt/Status Change Date Time", Type: "DateTime"},
				{Name: "UOM__c", Label: "UOM", Type: "Text"},
				{Name: "Is_Processed__c", Label: "Is Processed", Type: "Checkbox"},
				{Name: "IsEditButtonActive__c", Label: "IsEditButtonActive", Type: "Checkbox"},
				probePicklist("Ordered_Via__c", "Ordered Via", "Phone", "Verbal", "Fax"),
				{Name: "Parent_Account__c", Label: "Parent Account", Type: "Text"},
				{Name: "Observation_Value_Image_Data_type__c", Label: "Observation Value - Image Data type", Type: "LongTextArea"},
				{Name: "Coding_System_Name__c", Label: "Coding System Name", Type: "Text"},
				{Name: "Result_Value__c", Label: "Result Value", Type: "Text"},
				{Name: "Reason_for_Visit__c", Label: "Reason for Visit", Type: "Text"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Result_Value__c":     {Health},
				"Reason_for_Visit__c": {Health},
			},
			reason: "schema.tsv handling financial class (HL7 v2 PV1-20), financial assistance, vip (PV1-16), bill type (UB-04 FL 4), lab name (OBX-23), status change (OBR-22), uom (X12 355), is processed, button, ordered via, parent account, data type (HL7 v2 ED) and system coding system name: payers, organisations, the record's status and structure; the result and the reason for the visit are the patient's",
		},
		{
			name: "the comments of a multi-level approval",
			obj: Object{Name: "Treatment_Plan__c", Label: "Treatment Plan", Fields: probeFields(
				"Approval_Level_1__c", "Approval Level 1", "Checkbox",
				"Approval_Level_2__c", "Approval Level 2", "Checkbox",
				"Comment_1__c", "Comment 1", "TextArea",
				"Comment_2__c", "Comment 2", "TextArea",
				"Comment_3__c", "Comment 3", "TextArea",
				"Comments__c", "Comments", "LongTextArea",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Comment_3__c": {Health},
				"Comments__c":  {Health},
			},
			reason: "approvalStep: Comment 1 and 2 stand beside Approval Level 1 and 2, each approver's comment (approval workflow comments are negative); Comment 3 has no approval step of its number and the plan's own Comments are a note on the plan",
		},
		{
			name: "near miss: numbered comments of a report without approvals",
			obj: Object{Name: "DiagnosticSummary", Fields: probeFields(
				"ImageComments1", "", "Text",
				"ImageComments2", "", "Text",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"ImageComments1": {Health},
				"ImageComments2": {Health},
			},
			reason: "a numbered comment is an approval's only beside an approval field of its number: Health Cloud DiagnosticSummary's image comments are the findings (vahc)",
		},
		{
			name: "a specimen's and a dose's record facts, and a claim line's diagnosis reference",
			obj: Object{Name: "Specimen_Analysis__c", Label: "Specimen Analysis", Fields: []Field{
				probePicklist("Specimen_Status__c", "Specimen Status", "Active", "InActive", "Failed"),
				{Name: "Expiry_Date__c", Label: "Expiry Date", Type: "DateTime"},
				{Name: "Diag_Ref__c", Label: "Diag_Ref", Type: "Text"},
				{Name: "Glucose__c", Label: "Glucose", Type: "Text"},
			}},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Glucose__c": {Health},
			},
			reason: "schema.tsv handling specimen status (FHIR Specimen.status), expiry date (a product's, as expiration date), diag ref (as diagnosis pointer): the record's status, a product fact, a reference; the glucose finding is the patient's",
		},
		{
			name: "a payer's allowable rates",
			obj: Object{Name: "Payor__c", Label: "Payor", Description: "This object is used to store the List of Payers.", Fields: probeFields(
				"Allowable_Detox__c", "Allowable Detox", "Currency",
				"Payer_Id__c", "Payer Id", "Text",
			)},
			kind:   ObjectOrganisation,
			reason: "schema.tsv object payor (organisation, as payer): an insurer's allowable amount for detox is a contract rate, about no person",
		},
		{
			name: "near miss: an insurer organisation's field that names a person's diagnosis",
			obj: Object{Name: "Payor__c", Label: "Payor", Fields: probeFields(
				"Diagnosis__c", "Diagnosis", "Text",
			)},
			kind: ObjectOrganisation,
			want: map[string][]Category{
				"Diagnosis__c": {Health},
			},
			reason: "on an organisation a category only a person has, said outright, is still reported (an organisation has no diagnosis: FIELDS.md)",
		},
		{
			name: "a mixed table's record type, a code's validity and a test's reference range",
			obj: Object{Name: "Lab_Test_Result__c", Label: "Lab Test Result", Fields: probeFields(
				"Is_Patient_Specific__c", "Is Patient Specific", "Checkbox",
				"Termination_Date__c", "Termination Date", "Date",
				"Min_Value__c", "Min. Value", "Number",
				"Max_Value__c", "Max. Value", "Number",
				"Order_result_received__c", "Order result received", "DateTime",
				"Result_Value__c", "Result Value", "Number",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Result_Value__c": {Health},
			},
			reason: "schema.tsv handling patient specific, termination date (a code's validity), min value and max value (HL7 v2 OBX-7 reference range), result received: the record's type, catalogue facts, the range every patient shares and the order's handling; the result value is the patient's",
		},
		{
			name: "near miss: a pregnancy's termination date names what ended",
			obj: Object{Name: "Pregnancy__c", Label: "Pregnancy", Fields: probeFields(
				"Pregnancy_Termination_Date__c", "Pregnancy Termination Date", "Date",
			)},
			kind: ObjectClinical,
			want: map[string][]Category{
				"Pregnancy_Termination_Date__c": {Health},
			},
			reason: "termination date takes only the object's category away: the field's own word pregnancy (fields.tsv) still says what ended",
		},
	}
	runObjectCases(t, c, cases)
}
