package classify

import "testing"

// TestObjectClinicRecords covers the records of a clinic's org that
// neither Health Cloud nor FHIR names (issue 10, error class of the
// pending clearchoice and wonderscience orgs): a dental practice's
// exams, charts and surgical notes, written as an org that neither is
// would show them. Each class has an object that must change and a near
// miss that must not; the reason names the class and the data line.
func TestObjectClinicRecords(t *testing.T) {
	c := Default()
	exam := func(name, label string) Object {
		return Object{Name: name, Label: label, Custom: true, Fields: probeFields(
			"Patient__c", "Patient", "Lookup",
			"Mobility__c", "Mobility", "Picklist",
			"Tissue_Color__c", "Tissue Color", "Picklist",
			"Notes__c", "Notes", "LongTextArea",
			"CreatedDate", "Created Date", "DateTime",
		)}
	}
	content := map[string][]Category{"Mobility__c": {Health}, "Tissue_Color__c": {Health}, "Notes__c": {Health}}
	cases := []objectCase{
		{
			name:   "a dental exam form of a patient",
			obj:    exam("Dental_Exam_Form__c", "Dental Exam Form"),
			kind:   ObjectClinical,
			want:   content,
			reason: "schema.tsv object dental exam: the findings of a dentist's examination are the patient's health; the form word is a container, the words before it say what it holds",
		},
		{
			name:   "a prosthodontic exam of an implant clinic",
			obj:    exam("Prosth_Exam__c", "Prosth Exam"),
			kind:   ObjectClinical,
			want:   content,
			reason: "schema.tsv object prosth exam",
		},
		{
			name:   "a periodontal chart",
			obj:    exam("Perio_Chart__c", "Perio Chart"),
			kind:   ObjectClinical,
			want:   content,
			reason: "schema.tsv object perio chart: pocket depths, recession and mobility of the patient's teeth",
		},
		{
			name:   "a surgeon's notes of an operation",
			obj:    exam("Surgical_Notes_Form__c", "Surgical Notes Form"),
			kind:   ObjectClinical,
			want:   content,
			reason: "schema.tsv object surgical note (HL7 C-CDA Operative Note)",
		},
		{
			name:   "an operative note",
			obj:    exam("Operative_Note__c", "Operative Note"),
			kind:   ObjectClinical,
			want:   content,
			reason: "schema.tsv object operative note",
		},
		{
			name:   "a surgical prescription",
			obj:    exam("Surgical_RX__c", "Surgical RX"),
			kind:   ObjectClinical,
			want:   content,
			reason: "schema.tsv object surgical rx: rx abbreviates prescription, as Open Dental's RxPat",
		},
		{
			name: "near miss: a school exam is no examination of a person's body",
			obj: Object{Name: "Exam__c", Label: "Exam", Custom: true, Fields: probeFields(
				"Student__c", "Student", "Lookup",
				"Score__c", "Score", "Number",
				"Subject__c", "Subject", "Picklist",
				"Notes__c", "Notes", "LongTextArea",
			)},
			kind:   ObjectUnknown,
			reason: "only a dental, oral, prosthodontic or physical exam is clinical; exam alone is no object line",
		},
		{
			name: "near miss: an implant as a device is a product",
			obj: Object{Name: "Implant__c", Label: "Implant", Custom: true, Fields: probeFields(
				"Brand__c", "Brand", "Picklist",
				"Diameter__c", "Diameter", "Number",
				"Length__c", "Length", "Number",
				"Lot_Number__c", "Lot Number", "Text",
			)},
			kind:   ObjectThing,
			reason: "schema.tsv object implant (thing): brand, size and lot describe the device, not a patient",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectPatientAccounts covers Accounts that hold patients without
// Salesforce's person-account fields (issue 10, class 2, seen on the
// pending wonderscience org, whose retrieve has no __pc field): Health
// Cloud's medical record number or a custom date of birth on Account
// says the accounts are people, so a Disabled flag there is the
// patient's, not a switch.
func TestObjectPatientAccounts(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a Health Cloud patient account without __pc fields",
			obj: Object{Name: "Account", Fields: probeFields(
				"Name", "", "",
				"Industry", "", "Picklist",
				"HealthCloudGA__MedicalRecordNumber__c", "Medical Record Number", "Text",
				"HealthCloudGA__Disabled__c", "Disabled", "Checkbox",
				"Renewal_Prescription_1__c", "Renewal Prescription 1", "Checkbox",
			)},
			kind:   ObjectPersonAccount,
			want:   map[string][]Category{"HealthCloudGA__Disabled__c": {Health}, "Renewal_Prescription_1__c": {Health}},
			reason: "schema.tsv sibling medical record number: an organisation has no medical record; on a person Disabled is a disability",
		},
		{
			name: "accounts used as people: a custom date of birth",
			obj: Object{Name: "Account", Fields: probeFields(
				"Name", "", "",
				"Date_of_Birth__c", "Date of Birth", "Date",
				"Disabled__c", "Disabled", "Checkbox",
			)},
			kind:   ObjectPersonAccount,
			want:   map[string][]Category{"Disabled__c": {Health}},
			reason: "schema.tsv sibling date of birth: an organisation has no birth date",
		},
		{
			name: "near miss: a company account with a founder's birth date and a switch",
			obj: Object{Name: "Account", Fields: probeFields(
				"Name", "", "",
				"Industry", "", "Picklist",
				"Founder_Date_of_Birth__c", "Founder Date of Birth", "Date",
				"Portal_Disabled__c", "Portal Disabled", "Checkbox",
			)},
			kind:   ObjectOrganisation,
			reason: "a sibling line matches a field's whole name: a founder's birth date is a person's on a company's record; Portal Disabled is a switch",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectReferralDiagnosis covers Health Cloud's referral fields on
// Lead and Opportunity: PrimaryDiagnosis__c and its secondary and
// tertiary siblings are lookups to the HealthcareDiagnosis code (Health
// Cloud Developer Guide, Fields on Lead), the code itself (schema.tsv
// code-reference), while a lookup to a provider or to another record
// stays a pointer.
func TestObjectReferralDiagnosis(t *testing.T) {
	c := Default()
	cases := []objectCase{{
		name: "a referral's diagnosis codes on Lead",
		obj: Object{Name: "Lead", Fields: probeFields(
			"HealthCloudGA__PrimaryDiagnosis__c", "Primary Diagnosis", "Lookup",
			"HealthCloudGA__SecondaryDiagnosis__c", "Secondary Diagnosis", "Lookup",
			"HealthCloudGA__PrimaryCareProvider__c", "Primary Care Provider", "Lookup",
			"HealthCloudGA__ReferringPractitioner__c", "Referring Practitioner", "Lookup",
			"RelatedRecordId", "Related Record", "Lookup",
		)},
		kind: ObjectPerson,
		want: map[string][]Category{
			"HealthCloudGA__PrimaryDiagnosis__c":   {Health},
			"HealthCloudGA__SecondaryDiagnosis__c": {Health},
		},
		reason: "schema.tsv code-reference primary/secondary diagnosis: the lookup's target is the diagnosis code; a provider, a practitioner and a related record are pointers",
	}}
	runObjectCases(t, c, cases)
}

// TestObjectHealthHistoryForm covers what a clinic's health-history or
// clearance form holds beside the patient's health (issue 10, class:
// what on a clinical object is not health, seen on the pending
// clearchoice org): the names of the patient's physician, dentist,
// spouse and employer, the patient's legal name, occupation and
// marital status, links of the application and the workflow of a
// request. They take no category from the object (schema.tsv handling);
// the questions about the patient's conditions and medicines keep it.
func TestObjectHealthHistoryForm(t *testing.T) {
	c := Default()
	cases := []objectCase{{
		name: "a health-history form's other persons and the form's handling",
		obj: Object{Name: "Patient_Health_History__c", Label: "Patient Health History", Custom: true, Fields: probeFields(
			"Account__c", "Account", "Lookup",
			"Current_Physician_Name__c", "Current Physician Name", "Text",
			"Spouse_Name__c", "Spouse Name", "Text",
			"Legal_Name__c", "Legal Name", "Text",
			"Employer_Name__c", "Employer Name", "Text",
			"Occupation__c", "Occupation", "Text",
			"Marital_Status__c", "Marital Status", "Picklist",
			"Edit_Link__c", "Edit Link", "Text",
			"Request_Status__c", "Request Status", "Picklist",
			"Taking_Blood_Thinners__c", "Taking Blood Thinners", "Picklist",
			"Comments__c", "Comments", "LongTextArea",
			"Physician_Treating_Condition__c", "Condition Physician Is Treating", "Text",
		)},
		kind: ObjectClinical,
		want: map[string][]Category{
			"Taking_Blood_Thinners__c":        {Health},
			"Comments__c":                     {Health},
			"Physician_Treating_Condition__c": {Health},
		},
		reason: "schema.tsv handling physician name, spouse name, legal name, employer name, occupation, marital status, edit link, request status: ordinary data and handling; a condition a physician treats is content (no handling words)",
	}}
	runObjectCases(t, c, cases)
}

// TestObjectPatientMedicationList covers a clinic's own medication
// table (issue 10, class 3 in reverse, seen on the pending clearchoice
// org): "Medication" is a drug definition in FHIR and Health Cloud
// (schema.tsv, catalogue at 0.6), but a custom Medication__c with a
// lookup to its patient is the patient's medication list. A catalogue
// points to no patient; a lookup to a contact or a customer names a
// supplier's or buyer's contact on a product too, so it does not count
// (patientWords).
func TestObjectPatientMedicationList(t *testing.T) {
	c := Default()
	med := func(link, typ string) Object {
		return Object{Name: "Medication__c", Label: "Medication", Custom: true, Fields: probeFields(
			link, "Link", typ,
			"Generic_Drug_Name__c", "Generic Drug Name", "Text",
			"Strength__c", "Strength", "Text",
			"How_Often__c", "How Often", "Picklist",
		)}
	}
	content := map[string][]Category{"Generic_Drug_Name__c": {Health}, "Strength__c": {Health}, "How_Often__c": {Health}}
	cases := []objectCase{
		{
			name:   "a clinic's medication list with a lookup to the patient",
			obj:    med("Patient__c", "Lookup"),
			kind:   ObjectClinical,
			want:   content,
			reason: "ownedByPerson: a lookup to a patient on a weak catalogue makes it the patient's medication",
		},
		{
			name:   "near miss: a drug catalogue with a supplier's contact",
			obj:    med("Contact__c", "Lookup"),
			kind:   ObjectCatalogue,
			reason: "a lookup to a contact is not enough (only a master-detail to one is): a product names its supplier's contact",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectDentalQuestions covers a dental clinic's questions on its
// person objects (issue 10, class 7 vocabulary, seen on the pending
// clearchoice org: a lead's web form, a consult on the person account):
// the dental condition, dentures, gums, prior dental work and
// bisphosphonates are health (fields.tsv, ADA CDT and ATC sources),
// while a dental plan, a chewing gum, TransUnion's credit score, an
// awareness campaign and a root cause are not.
func TestObjectDentalQuestions(t *testing.T) {
	c := Default()
	cases := []objectCase{{
		name: "a dental clinic's lead with its web-form questions",
		obj: Object{Name: "Lead", Fields: probeFields(
			"What_is_Your_Dental_Condition__c", "What is Your Dental Condition?", "Text",
			"Main_Dental_Concern__c", "Main Dental Concern", "Text",
			"Type_of_Dentures__c", "Type of Dentures", "Text",
			"Are_your_gums_red__c", "Are your gums red", "Picklist",
			"Prior_dental_work__c", "Do you have prior dental work", "Picklist",
			"Taking_Bisphosphonates__c", "Taking Bisphosphonates", "Picklist",
			"Endodontic_History__c", "Endodontic History", "Text",
			"Dental_Plan__c", "Dental Plan", "Text",
			"Gum_Flavor__c", "Gum Flavor", "Text",
			"TransUnion_Score__c", "TransUnion Score", "Number",
			"Oral_Cancer_Awareness__c", "Oral Cancer Awareness", "Text",
			"Root_Cause__c", "Root Cause", "Text",
		)},
		kind: ObjectPerson,
		want: map[string][]Category{
			"What_is_Your_Dental_Condition__c": {Health},
			"Main_Dental_Concern__c":           {Health},
			"Type_of_Dentures__c":              {Health},
			"Are_your_gums_red__c":             {Health},
			"Prior_dental_work__c":             {Health},
			"Taking_Bisphosphonates__c":        {Health},
			"Endodontic_History__c":            {Health},
		},
		reason: "fields.tsv dental condition, dental concern, denture, gums, dental work, bisphosphonate, endodontic; near misses: a dental plan is insurance, gum alone is chewing gum, trans union is TransUnion (clean), awareness is a head word, root is not listed (root cause is no roots)",
	}}
	runObjectCases(t, c, cases)
}

// TestObjectProcedureHandling covers what a surgical or exam record
// holds beside the patient's health (issue 10, class: what on a
// clinical object is not health, seen on the pending clearchoice org):
// the steps of a surgical safety checklist (WHO: site and procedure
// confirmed and verified, monitors in place, the emergency cart,
// instructions given), the materials and instruments used (implant
// system, sutures, blade, impression material, torque), which records
// were taken (panorex, FMX, i-CAT, facebow, photographs), the
// prosthesis's design (tooth shade and mould) and the staff
// who assisted. They take no category from the object (schema.tsv
// handling); findings, drugs, grafts and instructions themselves keep
// it, and a field's own words still count.
func TestObjectProcedureHandling(t *testing.T) {
	c := Default()
	cases := []objectCase{{
		name: "a surgical note's checklist, materials, records and design",
		obj: Object{Name: "Surgical_Notes_Form__c", Label: "Surgical Notes Form", Custom: true, Fields: probeFields(
			"Account__c", "Account", "Lookup",
			"Procedure_Site_Confirmed__c", "Procedure Site Confirmed", "Picklist",
			"Procedure_Verified__c", "Procedure Verified", "Picklist",
			"Monitors_in_place__c", "Monitors in place", "Picklist",
			"Emergency_Cart_Ready__c", "Emergency Cart Ready", "Picklist",
			"Post_Op_Instructions_Given__c", "Post Op Instructions Given", "Picklist",
			"Implant_System__c", "Implant System", "Picklist",
			"Sutures__c", "Sutures", "MultiselectPicklist",
			"Blade_Num__c", "Blade Num", "Number",
			"Screw_Torque_Value__c", "Screw Torque Value", "Number",
			"Panorex__c", "Panorex", "Checkbox",
			"Photographs__c", "Photographs", "Checkbox",
			"Tooth_Shade__c", "Tooth Shade", "Picklist",
			"Assistants__c", "Assistants", "Text",
			"Diagnosis_Confirmed__c", "Diagnosis Confirmed", "Picklist",
			"Bone_Graft_Material__c", "Bone Graft Material", "Picklist",
			"Dosage_Instructions__c", "Dosage Instructions", "Text",
			"Post_Op_Mental_Status__c", "Post Op Mental Status", "Picklist",
		)},
		kind: ObjectClinical,
		want: map[string][]Category{
			"Diagnosis_Confirmed__c":   {Health},
			"Bone_Graft_Material__c":   {Health},
			"Dosage_Instructions__c":   {Health},
			"Post_Op_Mental_Status__c": {Health},
		},
		reason: "schema.tsv handling confirmed, verified, in place, emergency cart, instructions given, implant system, suture, blade, torque, panorex, photographs, tooth shade, assistant; a confirmed diagnosis keeps its own word, a graft material, dosage instructions and the mental status are content",
	}}
	runObjectCases(t, c, cases)
}

// TestObjectHealthCloudLogistics covers standard Health Cloud fields
// that every Health Cloud org has and that hold no fact of the
// patient's health by the scored set's decisions for sfhc (issue 10,
// seen on sfhc and the pending wonderscience org): an observation's
// reference range as text, the distance of an ambulance transport and a
// service request's prerequisites flag. The observed value, the
// transport's reason and the prerequisite's code stay content, and so
// does a distance the patient walked.
func TestObjectHealthCloudLogistics(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "an observation's reference range",
			obj: Object{Name: "CareObservation", Fields: probeFields(
				"BaselineValueText", "", "",
				"ObservedValueText", "", "",
				"NumericValue", "", "",
				"Distance_Walked__c", "Six Minute Walk Distance", "Number",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"ObservedValueText": {Health}, "NumericValue": {Health}, "Distance_Walked__c": {Health}},
			reason: "schema.tsv system baseline value text (a reference range, as lower baseline value); a walked distance is no transport distance",
		},
		{
			name: "a prior authorization's transport and a service request's prerequisites",
			obj: Object{Name: "CareRequestItem", Fields: probeFields(
				"AmbulanceTransportDistance", "", "",
				"AmbulanceTransportReason", "", "",
				"HasPrerequisites", "", "",
				"PrerequisiteCodeId", "", "Lookup",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"AmbulanceTransportReason": {Health}, "PrerequisiteCodeId": {Health}},
			reason: "schema.tsv handling transport distance and has prerequisites: logistics and a workflow flag; the reason and the prerequisite's code are content",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectAuthorNote covers Health Cloud's AuthorNote, a clinician's
// note on a patient's clinical record (issue 10, seen on the pending
// wonderscience org): its text is health; who wrote it and to whom it
// goes are handling.
func TestObjectAuthorNote(t *testing.T) {
	c := Default()
	cases := []objectCase{{
		name: "a note on a clinical record",
		obj: Object{Name: "AuthorNote", Fields: probeFields(
			"NoteText", "", "",
			"AuthorId", "", "Lookup",
			"AuthorName", "", "",
			"RecipientType", "", "Picklist",
			"ParentRecordId", "", "Lookup",
		)},
		kind:   ObjectClinical,
		want:   map[string][]Category{"NoteText": {Health}},
		reason: "schema.tsv object author note; handling author name and recipient; lookups point",
	}}
	runObjectCases(t, c, cases)
}

// TestObjectPrescriptionPharmacy covers a clinic's prescription object
// (issue 10, found on a synthetic clinic org written for this class): a
// prescription names the pharmacy it goes to, and that sibling field
// must not take the object's clinical kind away, as the context line
// for a pharmacy's address beside a prescription order did (schema.tsv
// context prescription, @own). The pharmacy's address on a clinical
// note stays logistics.
func TestObjectPrescriptionPharmacy(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a prescription that names its pharmacy",
			obj: Object{Name: "Prescription__c", Label: "Prescription", Custom: true, Fields: probeFields(
				"Patient__c", "Patient", "Lookup",
				"Drug_Name__c", "Drug Name", "Text",
				"Dosage__c", "Dosage", "Text",
				"Pharmacy__c", "Pharmacy", "Text",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Drug_Name__c": {Health}, "Dosage__c": {Health}},
			reason: "schema.tsv object prescription; the context line's pharmacy counts only in the field itself (@own); the pharmacy field is handling",
		},
		{
			name: "near miss: a pharmacy's address for a prescription order on a clinical note",
			obj: Object{Name: "Clinical_Note__c", Label: "Clinical Note", Custom: true, Fields: probeFields(
				"Patient__c", "Patient", "Lookup",
				"Pharmacy_Address_of_Rx_order__c", "Pharmacy Address of Prescription order", "Text",
				"Assessment__c", "Assessment", "LongTextArea",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Assessment__c": {Health}},
			reason: "schema.tsv context prescription: pharmacy in the field itself makes it logistics",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectClinicalDocuments covers the clinical document types of HL7
// C-CDA that a clinic's org names its note objects after (issue 10,
// found on a synthetic clinic org written for this class): a SOAP note,
// a consultation note, a discharge summary, a history and physical and a
// procedure note are the patient's health; a sales consult and a field
// sales visit note are not, and a pain level is health wherever it is
// asked of a person.
func TestObjectClinicalDocuments(t *testing.T) {
	c := Default()
	note := func(name, label string) Object {
		return Object{Name: name, Label: label, Custom: true, Fields: probeFields(
			"Patient__c", "Patient", "Lookup",
			"Assessment__c", "Assessment", "LongTextArea",
			"Plan__c", "Plan", "LongTextArea",
		)}
	}
	content := map[string][]Category{"Assessment__c": {Health}, "Plan__c": {Health}}
	var cases []objectCase
	for _, o := range [][2]string{
		{"SOAP_Note__c", "SOAP Note"},
		{"Consultation_Note__c", "Consultation Note"},
		{"Discharge_Summary__c", "Discharge Summary"},
		{"History_and_Physical__c", "History and Physical"},
		{"Procedure_Note__c", "Procedure Note"},
	} {
		cases = append(cases, objectCase{name: o[1], obj: note(o[0], o[1]), kind: ObjectClinical, want: content,
			reason: "schema.tsv object lines for the HL7 C-CDA document types"})
	}
	cases = append(cases,
		objectCase{
			name: "near miss: a field sales rep's visit note",
			obj: Object{Name: "Visit_Note__c", Label: "Visit Note", Custom: true, Fields: probeFields(
				"Account__c", "Outlet", "Lookup",
				"Assessment__c", "Assessment", "LongTextArea",
				"Plan__c", "Plan", "LongTextArea",
			)},
			kind:   ObjectUnknown,
			reason: "visit note is no object line: sales reps write visit notes too",
		},
		objectCase{
			name: "a pain level on an intake",
			obj: Object{Name: "Contact", Fields: probeFields(
				"Pain_Level__c", "Pain Level (0-10)", "Number",
				"Energy_Level__c", "Energy Level", "Number",
			)},
			kind:   ObjectPerson,
			want:   map[string][]Category{"Pain_Level__c": {Health}},
			reason: "fields.tsv pain level, as pain score",
		},
	)
	runObjectCases(t, c, cases)
}

// TestObjectRequestType covers the bare Type of Health Cloud's request
// and condition objects (issue 10, standard Health Cloud fields, seen
// on sfhc, vahc and wonderscience): on a MedicationRequest or a
// ClinicalServiceRequest it is the request's intent (order, plan,
// proposal), on a HealthCondition the kind of record; on an
// AllergyIntolerance it says allergy or intolerance, and a longer name
// with type in it stays what it names (schema.tsv handling type,
// of:request condition).
func TestObjectRequestType(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a medication request's intent",
			obj: Object{Name: "MedicationRequest", Fields: probeFields(
				"Type", "", "Picklist",
				"DosageInstructions", "", "",
				"MedicationCodeId", "", "Lookup",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"DosageInstructions": {Health}, "MedicationCodeId": {Health}},
			reason: "handling type of:request: the intent of the request",
		},
		{
			name: "a condition's record kind",
			obj: Object{Name: "HealthCondition", Fields: probeFields(
				"Type", "", "Picklist",
				"ConditionCodeId", "", "Lookup",
				"Severity", "", "Picklist",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"ConditionCodeId": {Health}, "Severity": {Health}},
			reason: "handling type of:condition: problem, diagnosis or health concern is the record's kind",
		},
		{
			name: "near miss: an allergy's type and a request's admission type stay content",
			obj: Object{Name: "AllergyIntolerance", Fields: probeFields(
				"Type", "", "Picklist",
				"Category", "", "Picklist",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"Type": {Health}, "Category": {Health}},
			reason: "the of: words name no word of AllergyIntolerance",
		},
		{
			name: "near miss: a care request's admission type",
			obj: Object{Name: "CareRequest", Fields: probeFields(
				"AdmissionType", "", "Picklist",
			)},
			kind:   ObjectClinical,
			want:   map[string][]Category{"AdmissionType": {Health}},
			reason: "a whole-name line: AdmissionType is more than Type",
		},
	}
	runObjectCases(t, c, cases)
}

// TestObjectCareDiscussion covers a HIPAA authorization on a patient's
// record (issue 10, seen on the clearchoice org): the names and
// relationships of the persons the clinic may discuss the patient's
// medical care with are other people's contact data (fields.tsv
// discuss medical care, clean:health); the patient's medical care
// itself stays health.
func TestObjectCareDiscussion(t *testing.T) {
	c := Default()
	cases := []objectCase{{
		name: "persons authorised to discuss the patient's care",
		obj: Object{Name: "Contact", Fields: probeFields(
			"Discuss_Medical_Care_Name_1__c", "Discuss Medical Care Name 1", "Text",
			"Discuss_Medical_Care_Relationship_1__c", "Discuss Medical Care Relationship 1", "Text",
			"Medical_Care_Needs__c", "Medical Care Needs", "TextArea",
		)},
		kind:   ObjectPerson,
		want:   map[string][]Category{"Medical_Care_Needs__c": {Health}},
		reason: "fields.tsv discuss medical care (clean:health); medical care needs are the person's",
	}}
	runObjectCases(t, c, cases)
}
