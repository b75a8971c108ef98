package classify

import "testing"

// TestObjectClaimCare covers English health-care claims as an insurer
// keeps them (issue 10, round 9: the false alarms of pending bfd, the
// data dictionary of CMS's Beneficiary FHIR Data Server, on a claims
// model nobody here wrote): a processed claim (HL7 FHIR
// ExplanationOfBenefit, as a Claim already is) is a thing, money billed
// for one person, so its amounts, payers, providers, processing codes
// and code versions hold no category; what it bills names itself, by
// the person's diagnosis and procedure words (a thing of a person's
// record: its key to the beneficiary, read through its spelled-out
// label) and by the topic lines of a claim's care (UB-04, X12 837,
// CCW). Beside the claim, the reason for Medicare entitlement is a
// health fact of the beneficiary; a state's buy-in of premiums is not.
// Each class has a false alarm that goes and a near miss that stays.
func TestObjectClaimCare(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a processed claim: its care is health, its money and processing are not",
			obj: Object{Name: "ExplanationOfBenefit", Label: "ExplanationOfBenefit", Fields: probeFields(
				"bene_id", "Beneficiary Id", "BIGINT",
				"clm_pmt_amt", "Payment Amount", "NUM",
				"line_alowd_chrg_amt", "Line Allowed Charge Amount", "NUM",
				"at_physn_npi", "Attending Physician NPI", "CHAR",
				"nch_prmry_pyr_cd", "Primary Payer Code", "CHAR",
				"clm_from_dt", "Claim From Date", "DATE",
				"carr_clm_pmt_dnl_cd", "Claim Payment Denial Code", "CHAR",
				"icd_dgns_cd1", "Diagnosis Code 1", "CHAR",
				"icd_dgns_vrsn_cd1", "Diagnosis Code 1 Version", "CHAR",
				"icd_prcdr_cd1", "Procedure Code 1", "CHAR",
				"icd_prcdr_vrsn_cd1", "Procedure Code 1 Version", "CHAR",
				"hcpcs_cd", "HCPCS Code", "CHAR",
				"hcpcs_1st_mdfr_cd", "HCPCS Initial Modifier Code", "CHAR",
				"line_ndc_cd", "Line National Drug Code", "CHAR",
				"clm_admsn_dt", "Claim Admission Date", "DATE",
				"ptnt_dschrg_stus_cd", "Patient Discharge Status Code", "CHAR",
				"bene_hospc_prd_cnt", "Hospice Period Count", "NUM",
			)},
			kind: ObjectThing,
			want: map[string][]Category{
				"icd_dgns_cd1":        {Health},
				"icd_prcdr_cd1":       {Health},
				"hcpcs_cd":            {Health},
				"line_ndc_cd":         {Health},
				"clm_admsn_dt":        {Health},
				"ptnt_dschrg_stus_cd": {Health},
				"bene_hospc_prd_cnt":  {Health},
			},
			reason: "schema.tsv object explanation of benefit (HL7 FHIR: a processed claim) is a thing: payment, allowed charge, NPI, payer, billing period and denial are the claim's money and processing; bene_id spells out 'Beneficiary Id', a key to the person, so the diagnosis word counts; the code versions are the code system's (fields.tsv diagnosis code version; topic procedure code alone); HCPCS, NDC, admission, discharge status and hospice are topic lines of a claim's care (UB-04, X12 837, CCW); a HCPCS modifier is not the service",
		},
		{
			name: "near miss: claim words on an object that is no claim",
			obj: Object{Name: "Application__c", Label: "Application", Fields: probeFields(
				"Admission_Date__c", "Admission Date", "Date",
				"Admission_Type__c", "Admission Type", "Picklist",
				"Procedure_Code__c", "Procedure Code", "Text",
			)},
			kind:   ObjectUnknown,
			reason: "the topic lines of a claim's care hold only on an object named a claim or an explanation of benefit: a school application's admission date and type, and a procedure code of the application process, are about no one's health",
		},
		{
			name: "a Medicare coverage record: the reason for entitlement, not the buy-in",
			obj: Object{Name: "Coverage", Label: "Coverage", Fields: probeFields(
				"bene_id", "Beneficiary Id", "BIGINT",
				"bene_entlmt_rsn_orig", "Original Reason for Entitlement Code", "CHAR",
				"bene_mdcr_status_cd", "Medicare Status Code", "CHAR",
				"mdcr_entlmt_buyin_1_ind", "Medicare Entitlement/Buy-In Indicator - January", "CHAR",
				"ptc_cntrct_id_01", "Part C Contract Number - January", "CHAR",
				"bene_pta_trmntn_cd", "Part A Termination Code", "CHAR",
			)},
			kind: ObjectUnknown,
			want: map[string][]Category{
				"bene_entlmt_rsn_orig": {Health},
				"bene_mdcr_status_cd":  {Health},
			},
			reason: "schema.tsv topic reason for entitlement, medicare status (CMS OREC/CREC and MSC: old age, disability, ESRD); a state's buy-in of premiums, the plan contract and the termination of a part are insurance",
		},
		{
			name: "near miss: an entitlement of a victim-services programme",
			obj: Object{Name: "vsd_entitlement", Label: "Entitlement", Fields: probeFields(
				"vsd_reasonforentitlement", "Reason for Entitlement", "Picklist",
				"vsd_status", "Status", "Picklist",
			)},
			kind:   ObjectUnknown,
			reason: "the reason for entitlement is health only on a Medicare coverage record (topic words coverage, medicare): a victim-services entitlement's reason is the programme's",
		},
	}
	runObjectCases(t, c, cases)
}

// TestSpelledOut covers the test by which a column name is its label
// abbreviated word by word, so that the label may be read for the
// person key a name abbreviates ("bene_id", "Beneficiary Id"), while a
// label that translates, describes or inflects the name is not.
func TestSpelledOut(t *testing.T) {
	sc := newSplitCache(fieldLex())
	cases := []struct {
		name, label string
		want        bool
		reason      string
	}{
		{"bene_id", "Beneficiary Id", true, "bene spells beneficiary (CMS CCW BENE_ID)"},
		{"carr_clm_pmt_dnl_cd", "Claim Payment Denial Code", true, "clm, pmt, dnl, cd spell four of the label's words; carr (the carrier's table) is not in the label"},
		{"icd_dgns_vrsn_cd1", "Diagnosis Code 1 Version", true, "dgns, vrsn and cd spell the label's words, in order"},
		{"request_date", "Requested Date", false, "request is an inflection of requested, not a spelling (gnuhealth imaging result)"},
		{"valueRange", "Range in question", false, "a FHIR label describes the element; no word of the name is a shorter spelling"},
		{"AllergieStatus", "Allergy status", false, "a zib's English label translates its Dutch name"},
		{"Status", "Status", false, "one word names itself"},
	}
	for _, tc := range cases {
		if got := spelledOut(sc.name(tc.name), sc.label(tc.label)); got != tc.want {
			t.Errorf("spelledOut(%q, %q) = %v, want %v (%s)", tc.name, tc.label, got, tc.want, tc.reason)
		}
	}
}
