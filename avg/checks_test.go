package avg_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/transfer"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// checkCase is one outcome of one check: an edit of the mitigated system
// (where every check passes but foreign-jurisdiction), the status it must
// give, a fact it must report, and the rule.
type checkCase struct {
	name   string
	edit   func(*avg.System)
	want   avg.Status
	fact   string
	reason string
}

// assessCheck assesses s as on seedAsOf and returns the report and its
// check id, failing the test at once if either is missing. It is the
// common start of the tables of runCheckCases, TestCheckDPO and
// TestReportCitesUAVG.
func assessCheck(t *testing.T, s avg.System, id avg.CheckID) (avg.Report, avg.Check) {
	t.Helper()
	r, err := avg.Assess(s, seedAsOf)
	require.NoError(t, err)
	c, ok := r.Check(id)
	require.True(t, ok, "no check %s", id)
	return r, c
}

// checkStatus reports an error if c does not have status want, or fails or
// warns without saying what to do about it (a mitigation).
func checkStatus(t *testing.T, c avg.Check, want avg.Status, reason string) {
	t.Helper()
	if c.Status != want {
		t.Errorf("status %s, want %s (%s); detail %v", c.Status, want, reason, c.Detail)
	}
	if (c.Status == avg.Fail || c.Status == avg.Warn) && len(c.Mitigations) == 0 {
		t.Errorf("%s without a mitigation", c.Status)
	}
}

func runCheckCases(t *testing.T, id avg.CheckID, tests []checkCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mitigatedSystem()
			tc.edit(&s)
			_, c := assessCheck(t, s, id)
			checkStatus(t, c, tc.want, tc.reason)
			if tc.fact != "" && !slices.ContainsFunc(c.Facts, func(f avg.Fact) bool { return f.ID == tc.fact }) {
				t.Errorf("facts %v lack %s (%s)", c.Facts, tc.fact, tc.reason)
			}
			for _, d := range c.Detail {
				if strings.Contains(d, "question.") || strings.Contains(d, "%!") {
					t.Errorf("detail %q is not rendered", d)
				}
			}
		})
	}
}

// TestCheckProcessorAgreement: Art. 28(3) incl. (g) and (h); sub-processors
// under Art. 28(2), (4) and EDPB Opinion 22/2024; the vendor's own use
// (Art. 28(10)).
func TestCheckProcessorAgreement(t *testing.T) {
	runCheckCases(t, avg.CheckProcessorAgreement, []checkCase{
		{"complete", func(*avg.System) {}, avg.Pass, "pa-deletion-or-return-yes", "Art. 28(3) settled, own use excluded"},
		{"not stated", func(s *avg.System) { s.ProcessorAgreements = nil }, avg.Warn, "pa-not-stated", "facts not stated warn, never pass silently"},
		{"audits not stated", func(s *avg.System) { s.ProcessorAgreements[0].Audits = avg.NotStated }, avg.Warn, "pa-audits-not-stated", "Art. 28(3)(h): confirm"},
		{"no deletion or return", func(s *avg.System) { s.ProcessorAgreements[0].DeletionOrReturn = avg.No }, avg.Fail, "pa-deletion-or-return-no", "Art. 28(3)(g) requires deletion or return at the end"},
		{"no sub-processor list", func(s *avg.System) { s.ProcessorAgreements[0].SubProcessorList = avg.No }, avg.Fail, "pa-sub-processor-list-no", "EDPB Opinion 22/2024: the controller must know its sub-processors"},
		{"vendor's own use", func(s *avg.System) { s.ProcessorAgreements[0].OwnUse = avg.Yes }, avg.Fail, "pa-own-use-yes", "Art. 28(10): a vendor using the data for its own purposes is a controller for that use"},
		{"no processor", func(s *avg.System) { s.Transfers = nil; s.ProcessorAgreements = nil }, avg.NotApplicable, "no-processors", "no processor, no Art. 28 agreement"},
	})
}

// TestCheckRecords: Art. 30(1), (1)(e); (1)(f) only "where possible".
func TestCheckRecords(t *testing.T) {
	runCheckCases(t, avg.CheckRecords, []checkCase{
		{"recorded", func(*avg.System) {}, avg.Pass, "ro-recorded-yes", "Art. 30(1)"},
		{"not stated", func(s *avg.System) { s.Register = avg.Register{} }, avg.Warn, "ro-recorded-not-stated", "confirm the record"},
		{"not recorded", func(s *avg.System) { s.Register.Recorded = avg.No }, avg.Fail, "ro-recorded-no", "Art. 30(1): the controller keeps a record"},
		{"no time limits", func(s *avg.System) { s.Register.PeriodsRecorded = avg.No }, avg.Warn, "ro-periods-recorded-no", "Art. 30(1)(f) says \"where possible\": a warning, not a failure"},
	})
}

// TestCheckLegalBasis: Art. 6(1), the balancing test of 6(1)(f), and per
// special category the Art. 9(2) exception or UAVG ground relied on.
func TestCheckLegalBasis(t *testing.T) {
	health := func(s *avg.System) { s.Processing.Categories = []classify.Category{classify.Health} }
	runCheckCases(t, avg.CheckLegalBasis, []checkCase{
		{"contract", func(*avg.System) {}, avg.Pass, "lb-ground", "Art. 6(1)(b) and (c)"},
		{"not stated", func(s *avg.System) { s.LegalBasis = avg.LegalBasis{} }, avg.Warn, "lb-grounds-not-stated", "confirm the Art. 6 ground"},
		{"legitimate interests without balancing", func(s *avg.System) {
			s.LegalBasis.Grounds = []avg.LawfulGround{avg.LegitimateInterests}
			s.LegalBasis.BalancingTest = avg.No
		}, avg.Fail, "lb-balancing-test-no", "Art. 6(1)(f) requires a balancing of interests (CJEU C-621/22)"},
		{"health without exception", health, avg.Warn, "lb-special-not-stated", "Art. 9(2): the exception for health is not stated"},
		{"health under UAVG art. 30", func(s *avg.System) {
			health(s)
			s.LegalBasis.Special = []avg.SpecialException{{Category: classify.Health, Exception: "uavg-30"}}
		}, avg.Pass, "lb-special", "UAVG art. 30 is the exception for health data"},
		{"health under the religion ground", func(s *avg.System) {
			health(s)
			s.LegalBasis.Special = []avg.SpecialException{{Category: classify.Health, Exception: "uavg-27"}}
		}, avg.Fail, "lb-special-mismatch", "UAVG art. 27 covers religious beliefs only, not health"},
	})
}

// TestCheckTransparency: Arts. 13/14, incl. 13(1)(f) on transfers.
func TestCheckTransparency(t *testing.T) {
	runCheckCases(t, avg.CheckTransparency, []checkCase{
		{"informed", func(*avg.System) {}, avg.Pass, "tr-transfers-yes", "Arts. 13(1)(f), 13(2)(a)"},
		{"not stated", func(s *avg.System) { s.Transparency = avg.Transparency{} }, avg.Warn, "tr-notice-not-stated", "confirm the notice"},
		{"transfers not named", func(s *avg.System) { s.Transparency.Transfers = avg.No }, avg.Fail, "tr-transfers-no", "Art. 13(1)(f): the transfer to the US must be named"},
	})
}

// TestCheckRights: Arts. 12(3), 15–22, 17 and 19.
func TestCheckRights(t *testing.T) {
	runCheckCases(t, avg.CheckRights, []checkCase{
		{"procedure", func(*avg.System) {}, avg.Pass, "dr-one-month-yes", "Art. 12(3) within one month"},
		{"not stated", func(s *avg.System) { s.Rights = avg.Rights{} }, avg.Warn, "dr-procedure-not-stated", "confirm the procedure"},
		{"too slow", func(s *avg.System) { s.Rights.OneMonth = avg.No }, avg.Fail, "dr-one-month-no", "Art. 12(3): one month, extended only with notice"},
	})
}

// TestCheckBreach: Arts. 33(1), 33(2), 33(5) and 34.
func TestCheckBreach(t *testing.T) {
	runCheckCases(t, avg.CheckBreach, []checkCase{
		{"procedure", func(*avg.System) {}, avg.Pass, "br-processor-notice-yes", "Art. 33(2): the processor notifies"},
		{"not stated", func(s *avg.System) { s.Breach = avg.Breach{} }, avg.Warn, "br-procedure-not-stated", "confirm the procedure"},
		{"processor silent", func(s *avg.System) { s.Breach.ProcessorNotice = avg.No }, avg.Fail, "br-processor-notice-no", "Art. 33(2): without the processor's notice the 72 hours cannot be met"},
	})
}

// TestCheckAccessControl: Art. 32(1); the HagaZiekenhuis decision (AP, 18
// June 2019: no regular review of the logs).
func TestCheckAccessControl(t *testing.T) {
	runCheckCases(t, avg.CheckAccessControl, []checkCase{
		{"logged and reviewed", func(*avg.System) {}, avg.Pass, "ac-log-review-yes", "Art. 32(1)"},
		{"not stated", func(s *avg.System) { s.Controls.LogReview = avg.NotStated }, avg.Warn, "ac-log-review-not-stated", "confirm the review"},
		{"logs never reviewed", func(s *avg.System) { s.Controls.LogReview = avg.No }, avg.Fail, "ac-log-review-no", "HagaZiekenhuis (AP, 18 June 2019): no regular review of the logs"},
	})
}

// TestCheckTwoFactorRoles: two-factor authentication per role (Art. 32(1);
// HagaZiekenhuis).
func TestCheckTwoFactorRoles(t *testing.T) {
	runCheckCases(t, avg.CheckTwoFactor, []checkCase{
		{"all users", func(*avg.System) {}, avg.Pass, "two-factor-all-users", "every user"},
		{"administrators only", func(s *avg.System) { s.Controls.TwoFactor = avg.TwoFactorAdministrators }, avg.Warn, "two-factor-administrators-only", "users with a password alone reach personal data"},
		{"administrators only, special categories", func(s *avg.System) {
			s.Controls.TwoFactor = avg.TwoFactorAdministrators
			s.Processing.Categories = []classify.Category{classify.Health}
		}, avg.Fail, "two-factor-administrators-only", "HagaZiekenhuis: health data without two-factor authentication for every user"},
		{"none", func(s *avg.System) { s.Controls.TwoFactor = avg.TwoFactorNone }, avg.Fail, "two-factor-none", "Art. 32(1)"},
		{"not stated", func(s *avg.System) { s.Controls.TwoFactor = "" }, avg.Warn, "two-factor-not-stated", "not stated warns"},
	})
}

// TestCheckDPIADPO: Art. 35(2) asks for the DPO's advice only where a DPO
// is designated (Art. 37).
func TestCheckDPIADPO(t *testing.T) {
	noAdvice := func(s *avg.System) { s.DPIA.DPOAdvice = avg.No }
	runCheckCases(t, avg.CheckDPIA, []checkCase{
		{"DPO designated, advice recorded", func(*avg.System) {}, avg.Pass, "dpia-done", "Art. 35(2)"},
		{"DPO designated, no advice", noAdvice, avg.Fail, "dpia-no-dpo-advice", "Art. 35(2): the controller shall seek the designated DPO's advice (WP243 rev.01 § 4.2); a mandatory step, not good practice"},
		{"DPO designated, no advice, review due", func(s *avg.System) { noAdvice(s); s.DPIA.Date = avg.Date{Year: 2020, Month: 1, Day: 1} }, avg.Fail, "dpia-no-dpo-advice", "Art. 35(2) fails whatever the review"},
		{"no DPO designated", func(s *avg.System) { noAdvice(s); s.DPODesignated = avg.No }, avg.Pass, "dpo-not-designated", "Art. 35(2) applies only where a DPO is designated"},
		{"DPO not stated", func(s *avg.System) { noAdvice(s); s.DPODesignated = avg.NotStated }, avg.Warn, "dpo-designated-not-stated", "confirm whether a DPO is designated"},
		{"DPO designated, advice not stated", func(s *avg.System) { s.DPIA.DPOAdvice = avg.NotStated }, avg.Warn, "dpia-dpo-advice-not-stated", "absent dpo_advice is not stated: asked, never read as no (Art. 35(2))"},
		{"no DPO designated, advice not stated", func(s *avg.System) { s.DPIA.DPOAdvice = avg.NotStated; s.DPODesignated = avg.No }, avg.Pass, "dpo-not-designated", "without a DPO, Art. 35(2) asks no advice"},
		{"neither stated", func(s *avg.System) { s.DPIA.DPOAdvice = avg.NotStated; s.DPODesignated = avg.NotStated }, avg.Warn, "dpo-designated-not-stated", "confirm whether a DPO is designated"},
	})
}

// TestEnergySupplierHint: the Regeling afsluitbeleid (Stcrt. 2011, 11579)
// needs the status "vulnerable customer", not the diagnosis.
func TestEnergySupplierHint(t *testing.T) {
	s := seedSystem()
	s.Processing.EnergySupplier = true
	r, err := avg.Assess(s, seedAsOf)
	require.NoError(t, err)
	c, _ := r.Check(avg.CheckSpecialCategories)
	if !slices.ContainsFunc(c.Mitigations, func(m avg.Mitigation) bool { return m.ID == "record-status-not-diagnosis" }) {
		t.Errorf("mitigations %v lack record-status-not-diagnosis (Regeling afsluitbeleid)", c.Mitigations)
	}
	s.Processing.EnergySupplier = false
	r, err = avg.Assess(s, seedAsOf)
	require.NoError(t, err)
	c, _ = r.Check(avg.CheckSpecialCategories)
	if slices.ContainsFunc(c.Mitigations, func(m avg.Mitigation) bool { return m.ID == "record-status-not-diagnosis" }) {
		t.Errorf("the energy-sector hint appears for a system that is no energy supplier")
	}
}

// TestNewChecksInOutputs: the DPO check and the seven checks after it
// appear in both reports and in the DPIA draft, in both languages.
func TestNewChecksInOutputs(t *testing.T) {
	r, err := avg.Assess(seedSystem(), seedAsOf)
	require.NoError(t, err)
	ids := avg.CheckIDs()[8:]
	if len(ids) != 8 || ids[0] != avg.CheckDPO {
		t.Fatalf("checks after the eight %v, want the DPO check and 7 more", ids)
	}
	for _, lang := range langs {
		var md, js, dr strings.Builder
		require.NoError(t, r.WriteMarkdown(&md, lang.tag))
		require.NoError(t, r.WriteJSON(&js, lang.tag))
		require.NoError(t, avg.WriteDraft(&dr, seedSystem(), r, lang.tag))
		loc := r.In(lang.tag)
		for _, id := range ids {
			c, _ := loc.Check(id)
			if !strings.Contains(md.String(), "## "+c.Title+":") {
				t.Errorf("%s Markdown lacks the section of %s", lang.name, id)
			}
			if !strings.Contains(js.String(), `"id": "`+string(id)+`"`) {
				t.Errorf("%s JSON lacks %s", lang.name, id)
			}
			if !strings.Contains(dr.String(), "**"+c.Title+"**") {
				t.Errorf("%s draft lacks the measures of %s", lang.name, id)
			}
		}
	}
}

// TestLegalTexts pins corrected legal statements to their sources.
func TestLegalTexts(t *testing.T) {
	r, err := avg.Assess(seedSystem(), seedAsOf)
	require.NoError(t, err)
	nl, en := r.In(language.Dutch), r.In(language.English)
	cite := func(rep avg.Report, id avg.CheckID, src string) string {
		c, _ := rep.Check(id)
		for _, s := range c.Sources {
			if s.ID == src {
				return s.Citation
			}
		}
		return ""
	}
	why := func(rep avg.Report, id avg.CheckID) string { c, _ := rep.Check(id); return c.Why }
	tests := []struct {
		got, want, reason string
	}{
		{cite(en, avg.CheckTwoFactor, "ap-haga-2019"), "18 June 2019", "AP decision HagaZiekenhuis of 18 June 2019"},
		{cite(en, avg.CheckTwoFactor, "ap-haga-2019"), "no regular review of the log files", "the fine was for missing two-factor authentication and no regular log review"},
		{cite(en, avg.CheckTwoFactor, "rb-den-haag-haga-2021"), "350,000", "the court reduced the fine to EUR 350,000"},
		{why(nl, avg.CheckTwoFactor), "€ 350.000", "the Dutch text states the reduced fine"},
		{why(en, avg.CheckRetention), "Art. 5(1)(e)", "storage limitation is Art. 5(1)(e)"},
		{why(en, avg.CheckRetention), `"where possible"`, "Art. 30(1)(f) documents time limits only where possible"},
		{why(en, avg.CheckRetention), "duties to inform data subjects of the period and to document it", "Arts. 13 and 30 are duties to inform and document, not storage limits"},
		{why(nl, avg.CheckRetention), `"indien mogelijk"`, "the Dutch text of Art. 30(1)(f)"},
		{why(nl, avg.CheckDPIA), "Zij moet", "de DPIA is feminine: zij"},
		{why(en, avg.CheckForeignJurisdiction), "use case 1", "EDPB Rec. 01/2020 Annex 2: keys help only with ciphertext-only access"},
	}
	for _, tc := range tests {
		if !strings.Contains(tc.got, tc.want) {
			t.Errorf("%q lacks %q (%s)", tc.got, tc.want, tc.reason)
		}
	}
	if strings.Contains(why(en, avg.CheckForeignJurisdiction), "only keys out of the vendor's reach do") {
		t.Errorf("foreign-jurisdiction still says keys alone remove the risk (EDPB Rec. 01/2020 Annex 2, use cases 6 and 7)")
	}
}

// TestTransferOpenFacts: a legal fact the flow leaves open is never
// decided from a name; transfer-basis names it to confirm (issue 11, item
// 13: same_group for BCRs, GDPR Arts. 4(20), 47; item 1: public powers,
// Art. 49(3)).
func TestTransferOpenFacts(t *testing.T) {
	runCheckCases(t, avg.CheckTransferBasis, []checkCase{
		{"BCR group not stated", func(s *avg.System) { s.Transfers[0].Onward[0].SameGroup = transfer.NotStated }, avg.Fail, "transfer-same-group-not-stated",
			"without same_group the BCR basis is not established (Art. 4(20)); the report says which fact to confirm"},
		{"BCR group stated no", func(s *avg.System) { s.Transfers[0].Onward[0].SameGroup = transfer.No }, avg.Fail, "transfer-no-basis",
			"stated outside the group, the BCRs give no basis (Art. 4(20), 47) and nothing is left to confirm"},
		{"public powers not stated", func(s *avg.System) {
			f := &s.Transfers[0]
			f.Exporter.Sector = transfer.SectorPublic
			f.Importer = transfer.Party{Name: "US Archive Inc.", Country: "US", Role: transfer.Processor}
			f.Onward, f.StorageCountries, f.AccessCountries = nil, []string{"US"}, nil
			f.Mechanisms = []transfer.Mechanism{transfer.CompellingLegitimateInterest49}
			f.Frequency = transfer.Occasional
		}, avg.Warn, "transfer-public-powers-not-stated", "Art. 49(3): a public body may use the derogation only outside its public powers; confirm"},
	})
}
