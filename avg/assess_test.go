package avg_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// statuses returns the status of each check by ID.
func statuses(r avg.Report) map[avg.CheckID]avg.Status {
	m := map[avg.CheckID]avg.Status{}
	for _, c := range r.Checks {
		m[c.ID] = c.Status
	}
	return m
}

// TestSeedCase is the acceptance case of the issue: the Dutch organisation
// on a Salesforce-like CRM fails special-categories, foreign-jurisdiction,
// two-factor, retention and dpia; a DPIA is required; each failure carries
// its mitigation.
func TestSeedCase(t *testing.T) {
	r, err := avg.Assess(seedSystem(), seedAsOf)
	require.NoError(t, err)

	if diff := cmp.Diff(avg.CheckIDs(), checkIDsOf(r)); diff != "" {
		t.Errorf("check order (-want +got):\n%s", diff)
	}
	got := statuses(r)
	for _, id := range []avg.CheckID{"special-categories", "foreign-jurisdiction", "two-factor", "retention", "dpia"} {
		if got[id] != avg.Fail {
			t.Errorf("check %s: status %q, want fail", id, got[id])
		}
	}
	if !r.DPIARequired || r.DPIA.Outcome != avg.Required {
		t.Errorf("DPIA required = %v (%s), want true: Art. 35(3)(b), large-scale special categories", r.DPIARequired, r.DPIA.Outcome)
	}
	for _, c := range r.Checks {
		if c.Status == avg.Fail && len(c.Mitigations) == 0 {
			t.Errorf("check %s fails without a mitigation", c.ID)
		}
		for _, m := range c.Mitigations {
			if m.Text == "" || len(m.Sources) == 0 {
				t.Errorf("check %s: mitigation %s has no text or no source", c.ID, m.ID)
			}
		}
		if c.Title == "" || c.Why == "" || len(c.Sources) == 0 || len(c.Detail) != len(c.Facts) {
			t.Errorf("check %s: incomplete texts: %+v", c.ID, c)
		}
	}
	special, _ := r.Check("special-categories")
	fields := map[string]bool{}
	for _, f := range special.Facts {
		fields[f.Field] = true
	}
	for _, want := range []string{"Contact.Religie__c", "Contact.Notities__c"} {
		if !fields[want] {
			t.Errorf("special-categories does not name field %s; facts: %v", want, special.Facts)
		}
	}
	if r.Risk != avg.High {
		t.Errorf("overall risk %s, want high", r.Risk)
	}
	// Storage in Ireland is no transfer; the restricted transfer goes to the
	// US parent, whose support staff reach the data (EDPB Guidelines
	// 05/2021, criterion 3), on the processor BCRs.
	type row struct {
		Recipient, Country, Via string
		Restricted              bool
		Basis                   transfer.Basis
		Lawful                  bool
	}
	var rows []row
	for _, tr := range r.Transfers {
		rows = append(rows, row{tr.Recipient, tr.Country, tr.Via, tr.Restricted, tr.Basis, tr.Lawful})
	}
	want := []row{
		{"CloudCRM Ireland Ltd", "IE", "importer", false, transfer.BasisNotApplicable, true},
		{"CloudCRM Inc.", "US", "onward", true, transfer.BasisBCR, true},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("transfers per recipient (-want +got), EDPB Guidelines 05/2021 criterion 3:\n%s", diff)
	}
	basis, _ := r.Check("transfer-basis")
	for _, f := range basis.Facts {
		if f.Party == "CloudCRM Ireland Ltd" && f.ID != "transfer-not-restricted" {
			t.Errorf("transfer-basis says %s for the Irish importer; storage in the EEA is no transfer", f.ID)
		}
	}
}

// TestSeedMitigated: the same system after the mitigations passes the
// checks that failed, but foreign-jurisdiction: with US support reading
// clear data, keys held in the EEA are no effective measure (EDPB
// Recommendations 01/2020 v2.0, Annex 2, use cases 6 and 7), so the
// mitigated twin stays at high risk.
func TestSeedMitigated(t *testing.T) {
	r, err := avg.Assess(mitigatedSystem(), seedAsOf)
	require.NoError(t, err)
	got := statuses(r)
	if got["foreign-jurisdiction"] != avg.Fail {
		t.Errorf("foreign-jurisdiction %s, want fail: keys in the EEA do not help while US support reads clear data (EDPB Rec. 01/2020 Annex 2 use cases 6, 7)", got["foreign-jurisdiction"])
	}
	if r.Risk != avg.High {
		t.Errorf("overall risk %s, want high while the vendor reads clear data under US law", r.Risk)
	}
	for _, id := range []avg.CheckID{"special-categories", "two-factor", "retention", "dpia", "encryption", "storage-location",
		"processor-agreement", "records-of-processing", "legal-basis", "transparency", "data-subject-rights", "breach-process", "access-control"} {
		if got[id] != avg.Pass {
			c, _ := r.Check(id)
			t.Errorf("check %s: status %q, want pass; detail: %v", id, got[id], c.Detail)
		}
	}
	for _, c := range r.Checks {
		if c.Status == avg.Pass && len(c.Mitigations) != 0 {
			t.Errorf("check %s passes but lists mitigations", c.ID)
		}
	}
}

func checkIDsOf(r avg.Report) []avg.CheckID {
	var ids []avg.CheckID
	for _, c := range r.Checks {
		ids = append(ids, c.ID)
	}
	return ids
}

// TestAssessErrors: invalid input is an error naming the part, never a
// half report, and never quotes a record's value.
func TestAssessErrors(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(*avg.System)
		asOf    time.Time
		is      error  // errors.Is target, if any
		mention string // the part the error must name
		reason  string
	}{
		{
			name: "zero asOf", edit: func(*avg.System) {}, asOf: time.Time{},
			mention: "asOf", reason: "no hidden clock: the date is a required input",
		},
		{
			name:    "invalid flow",
			edit:    func(s *avg.System) { s.Transfers[0].Importer.Country = "XX" },
			is:      transfer.ErrInvalidFlow,
			mention: "transfer 1 (CloudCRM Ireland Ltd)",
			reason:  "an unknown country makes the flow invalid (transfer.Evaluate); the error names the transfer",
		},
		{
			name: "second flow invalid",
			edit: func(s *avg.System) {
				f := s.Transfers[0]
				f.Importer.Name = "Mail Vendor"
				f.Mechanisms = []transfer.Mechanism{"carrier-pigeon"}
				s.Transfers = append(s.Transfers, f)
			},
			is: transfer.ErrInvalidFlow, mention: "transfer 2 (Mail Vendor)",
			reason: "an unknown mechanism is invalid; the error names which transfer",
		},
		{
			name:    "unknown retention category",
			edit:    func(s *avg.System) { s.Retention = []avg.RetentionUse{{Category: "klantenkaart"}} },
			is:      retention.ErrUnknownCategory,
			mention: `"klantenkaart"`,
			reason:  "a category outside the catalogue cannot be checked (retention.ErrUnknownCategory)",
		},
		{
			name:    "empty retention category",
			edit:    func(s *avg.System) { s.Retention = []avg.RetentionUse{{}} },
			mention: "retention use 1",
			reason:  "a use without a category names nothing to check",
		},
		{
			name:    "unknown key custody",
			edit:    func(s *avg.System) { s.Controls.KeyCustody = "under-the-mat" },
			mention: "key custody",
			reason:  "key custody is a closed vocabulary",
		},
		{
			name:    "negative subjects",
			edit:    func(s *avg.System) { s.Processing.Subjects = -1 },
			mention: "data subjects",
			reason:  "a count cannot be negative",
		},
		{
			name:    "unknown declared category",
			edit:    func(s *avg.System) { s.Processing.Categories = []classify.Category{"astrology"} },
			mention: `"astrology"`,
			reason:  "categories are the IDs of docs/labeling.md",
		},
		{
			name:    "DPIA after asOf",
			edit:    func(s *avg.System) { s.DPIA = &avg.DPIA{Date: avg.Date{Year: 2026, Month: time.November, Day: 29}} },
			mention: "dpia",
			reason:  "a DPIA cannot be adopted after the date of the assessment",
		},
		{
			name:    "DPIA without date",
			edit:    func(s *avg.System) { s.DPIA = &avg.DPIA{DPOAdvice: avg.Yes} },
			mention: "dpia",
			reason:  "the review rule (three years) needs the DPIA's date",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := seedSystem()
			tc.edit(&s)
			asOf := tc.asOf
			if asOf.IsZero() && tc.name != "zero asOf" {
				asOf = seedAsOf
			}
			r, err := avg.Assess(s, asOf)
			if err == nil {
				t.Fatalf("Assess: no error, want one (%s)", tc.reason)
			}
			if diff := cmp.Diff(avg.Report{}, r); diff != "" {
				t.Errorf("Assess returned a half report with its error (-want +got):\n%s", diff)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %q does not wrap %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("error %q does not name %s (%s)", err, tc.mention, tc.reason)
			}
			if !strings.HasPrefix(err.Error(), "avg: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
			assertNoSecrets(t, "error", err.Error())
		})
	}
}

// TestRetentionRules: configured rules, in the catalogue's terms, against
// the record categories the system holds.
func TestRetentionRules(t *testing.T) {
	p2y := &retention.Rule{Period: retention.MustParsePeriod("P2Y")}
	tests := []struct {
		name   string
		held   []string
		uses   []avg.RetentionUse
		want   avg.Status
		facts  []string
		reason string
	}{
		{
			name: "none configured", want: avg.Fail, facts: []string{"retention-none"},
			reason: "no period for any record: AVG art. 5(1)(e)",
		},
		{
			name: "no period for a none category", held: []string{"customer-account"}, uses: []avg.RetentionUse{{Category: "customer-account", Enforced: true}},
			want: avg.Fail, facts: []string{"retention-no-period"},
			reason: "customer-account has kind none: the organisation must set a period",
		},
		{
			name: "catalogue minimum applies", held: []string{"fiscal-records"}, uses: []avg.RetentionUse{{Category: "fiscal-records", Enforced: true}},
			want: avg.Pass, facts: []string{"retention-period"},
			reason: "fiscal-records has a statutory seven years (AWR art. 52)",
		},
		{
			name: "period set but not enforced", held: []string{"customer-account"},
			uses: []avg.RetentionUse{{Category: "customer-account", Rule: p2y}},
			want: avg.Warn, facts: []string{"retention-period", "retention-not-enforced"},
			reason: "a period on paper only is not storage limitation in practice",
		},
		{
			name: "shortened legal minimum", held: []string{"fiscal-records"},
			uses: []avg.RetentionUse{{Category: "fiscal-records", Rule: &retention.Rule{Period: retention.MustParsePeriod("P2Y"), Kind: retention.Minimum}, Enforced: true}},
			want: avg.Fail, facts: []string{"retention-below-minimum"},
			reason: "AWR art. 52 lid 4 requires seven years; shortening it breaks the law (retention.ErrShortensMinimum)",
		},
		{
			name: "invoices beside a two-year customer account", held: []string{"customer-account", "fiscal-records"},
			uses: []avg.RetentionUse{{Category: "customer-account", Rule: p2y, Enforced: true}},
			want: avg.Fail, facts: []string{"retention-period", "retention-minimum-not-configured"},
			reason: "AWR art. 52: invoices and payment plans in the same system must be kept 7 years; a 2-year customer-account period does not verify that",
		},
		{
			name: "statutory maximum held, not configured", held: []string{"customer-account", "telecom-traffic-data"},
			uses: []avg.RetentionUse{{Category: "customer-account", Rule: p2y, Enforced: true}},
			want: avg.Fail, facts: []string{"retention-period", "retention-maximum-not-configured"},
			reason: "a category with a statutory maximum (telecom traffic data, Directive 2002/58/EC art. 6) must be configured, not left to the general period",
		},
		{
			name: "contract evidence held, not configured", held: []string{"customer-account", "contract-evidence"},
			uses: []avg.RetentionUse{{Category: "customer-account", Rule: p2y, Enforced: true}},
			want: avg.Pass, facts: []string{"retention-period"},
			reason: "a limitation period (BW 3:307, 3:310) is a reason to keep, neither a minimum nor a maximum: nothing to be incompatible with",
		},
		{
			name: "record categories not stated", uses: []avg.RetentionUse{{Category: "customer-account", Rule: p2y, Enforced: true}},
			want: avg.Warn, facts: []string{"retention-period", "record-categories-not-stated"},
			reason: "without the categories held, statutory periods cannot be verified: not stated warns, never passes silently",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mitigatedSystem()
			s.RecordCategories = tc.held
			s.Retention = tc.uses
			r, err := avg.Assess(s, seedAsOf)
			require.NoError(t, err)
			c, _ := r.Check("retention")
			var got []string
			for _, f := range c.Facts {
				got = append(got, f.ID)
			}
			if c.Status != tc.want {
				t.Errorf("status %s, want %s (%s)", c.Status, tc.want, tc.reason)
			}
			if diff := cmp.Diff(tc.facts, got); diff != "" {
				t.Errorf("facts (-want +got), %s:\n%s", tc.reason, diff)
			}
		})
	}
}

// TestDPIACheck: the dpia check against the screening and the review rule.
func TestDPIACheck(t *testing.T) {
	day := func(y int, m time.Month, d int) avg.Date { return avg.Date{Year: y, Month: m, Day: d} }
	tests := []struct {
		name   string
		dpia   *avg.DPIA
		want   avg.Status
		reason string
	}{
		{"none", nil, avg.Fail, "required (Art. 35(3)(b)) and not done"},
		{"recent", &avg.DPIA{Date: day(2025, 1, 10), DPOAdvice: avg.Yes}, avg.Pass, "adopted less than three years ago, with DPO advice"},
		{"three years to the day", &avg.DPIA{Date: day(2023, 11, 28), DPOAdvice: avg.Yes}, avg.Pass, "the three-year period ends on 2026-11-28 itself (Reg. 1182/71 art. 3)"},
		{"review overdue", &avg.DPIA{Date: day(2023, 11, 27), DPOAdvice: avg.Yes}, avg.Warn, "last review more than three years ago (Model DPIA Rijksdienst)"},
		{"reviewed since", &avg.DPIA{Date: day(2020, 1, 1), Reviewed: day(2026, 1, 1), DPOAdvice: avg.Yes}, avg.Pass, "the review restarts the three years"},
		{"no DPO advice", &avg.DPIA{Date: day(2026, 1, 1)}, avg.Warn, "Art. 35(2): the DPO's advice must be sought"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := seedSystem()
			s.DPIA = tc.dpia
			r, err := avg.Assess(s, seedAsOf)
			require.NoError(t, err)
			c, _ := r.Check("dpia")
			if c.Status != tc.want {
				t.Errorf("status %s, want %s (%s); detail %v", c.Status, tc.want, tc.reason, c.Detail)
			}
		})
	}
}

// TestNoTransfers: a system without vendors has nothing to check for
// transfers, and still the other checks.
func TestNoTransfers(t *testing.T) {
	s := mitigatedSystem()
	s.Transfers = nil
	r, err := avg.Assess(s, seedAsOf)
	require.NoError(t, err)
	for _, id := range []avg.CheckID{"storage-location", "transfer-basis", "foreign-jurisdiction"} {
		if c, _ := r.Check(id); c.Status != avg.NotApplicable {
			t.Errorf("%s: %s, want not-applicable: no flow is described", id, c.Status)
		}
	}
	if len(r.Transfers) != 0 || r.Transfers == nil {
		t.Errorf("transfers %#v, want an empty, non-nil slice", r.Transfers)
	}
}

// TestEncryption: the encryption check's branches.
func TestEncryption(t *testing.T) {
	tests := []struct {
		name   string
		ctl    avg.Controls
		flows  bool
		want   avg.Status
		reason string
	}{
		{"nothing", avg.Controls{}, false, avg.Fail, "Art. 32(1)(a): no encryption at rest or in transit"},
		{"in transit only", avg.Controls{EncryptionInTransit: true}, false, avg.Fail, "stored data unencrypted"},
		{"both, provider keys, no vendor", avg.Controls{EncryptionAtRest: true, EncryptionInTransit: true}, false, avg.Pass, "no third-country law reaches the keys"},
		{"both, provider keys, US parent", avg.Controls{EncryptionAtRest: true, EncryptionInTransit: true}, true, avg.Warn, "the CLOUD Act can compel a vendor holding the keys"},
		{"customer keys in EEA", avg.Controls{EncryptionAtRest: true, EncryptionInTransit: true, KeyCustody: avg.CustomerKeysInEEA}, true, avg.Pass, "keys out of the vendor's reach (EDPB Rec. 01/2020)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := seedSystem()
			s.Controls = tc.ctl
			s.Transfers[0].Measures = []transfer.Measure{transfer.TIADocumented}
			if !tc.flows {
				s.Transfers = nil
			}
			r, err := avg.Assess(s, seedAsOf)
			require.NoError(t, err)
			if c, _ := r.Check("encryption"); c.Status != tc.want {
				t.Errorf("status %s, want %s (%s)", c.Status, tc.want, tc.reason)
			}
		})
	}
}

// TestTransferChecks: storage-location, transfer-basis and
// foreign-jurisdiction for the kinds of vendor the issue names.
func TestTransferChecks(t *testing.T) {
	nl := transfer.Party{Name: "Voorbeeld B.V.", Country: "NL", Role: transfer.Controller}
	tests := []struct {
		name                         string
		flow                         transfer.Flow
		storage, basis, jurisdiction avg.Status
		reason                       string
	}{
		{
			name: "EU vendor, EU storage",
			flow: transfer.Flow{Exporter: nl, Importer: transfer.Party{Name: "Hosting GmbH", Country: "DE", Role: transfer.Processor},
				StorageCountries: []string{"DE"}},
			storage: avg.Pass, basis: avg.Pass, jurisdiction: avg.Pass,
			reason: "no restricted transfer and no third-country law (Art. 44 does not apply)",
		},
		{
			name: "DPF-certified US vendor, US storage",
			flow: transfer.Flow{Exporter: nl, Importer: transfer.Party{Name: "US CRM Inc.", Country: "US", Role: transfer.Processor, DPFCertified: true},
				StorageCountries: []string{"US"}, Mechanisms: []transfer.Mechanism{transfer.DPF}, Frequency: transfer.Systematic},
			storage: avg.Warn, basis: avg.Pass, jurisdiction: avg.Fail,
			reason: "DPF is an Art. 45 basis since 10 July 2023, but storage outside the EEA is advised against and US law reaches the data",
		},
		{
			name: "US vendor without a transfer tool",
			flow: transfer.Flow{Exporter: nl, Importer: transfer.Party{Name: "US CRM Inc.", Country: "US", Role: transfer.Processor},
				StorageCountries: []string{"US"}, Frequency: transfer.Systematic},
			storage: avg.Fail, basis: avg.Fail, jurisdiction: avg.Fail,
			reason: "no Chapter V instrument: the transfer is unlawful (AP, Uber decision 2024)",
		},
		{
			name:    "storage unknown",
			flow:    transfer.Flow{Exporter: nl, Importer: transfer.Party{Name: "Hosting GmbH", Country: "DE", Role: transfer.Processor}},
			storage: avg.Warn, basis: avg.Pass, jurisdiction: avg.Pass,
			reason: "the controller must know where its processor stores the data (EDPB Opinion 22/2024)",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := mitigatedSystem()
			s.Controls.KeyCustody = avg.ProviderKeys
			s.Transfers = []transfer.Flow{tc.flow}
			r, err := avg.Assess(s, seedAsOf)
			require.NoError(t, err)
			got := statuses(r)
			want := map[avg.CheckID]avg.Status{"storage-location": tc.storage, "transfer-basis": tc.basis, "foreign-jurisdiction": tc.jurisdiction}
			for id, st := range want {
				if got[id] != st {
					c, _ := r.Check(id)
					t.Errorf("%s: %s, want %s (%s); detail %v", id, got[id], st, tc.reason, c.Detail)
				}
			}
		})
	}
}

func BenchmarkAssess(b *testing.B) {
	s := seedSystem()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := avg.Assess(s, seedAsOf); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJurisdictionKeys: keys held in the EEA make foreign-jurisdiction pass
// only where the importer holds ciphertext only (EDPB Recommendations
// 01/2020 v2.0, Annex 2: use case 1 against use cases 6 and 7).
func TestJurisdictionKeys(t *testing.T) {
	tests := []struct {
		name   string
		keys   bool
		access transfer.Access
		want   avg.Status
		fact   string
		reason string
	}{
		{"keys, ciphertext only", true, transfer.AccessEncryptedOnly, avg.Pass, "keys-in-eea", "use case 1: the importer holds ciphertext only, the keys stay in the EEA"},
		{"keys, clear access", true, transfer.AccessClear, avg.Fail, "keys-in-eea-clear-access", "use cases 6 and 7: a SaaS service or support staff read the data in the clear"},
		{"keys, access not stated", true, transfer.AccessUnknown, avg.Fail, "keys-in-eea-access-not-stated", "not stated is taken as clear; the report asks to confirm"},
		{"no keys, ciphertext only", false, transfer.AccessEncryptedOnly, avg.Fail, "", "ciphertext only with the vendor's own keys protects nothing against compelled disclosure"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := seedSystem()
			s.Transfers[0].ImporterAccess = tc.access
			if tc.keys {
				s.Controls.KeyCustody = avg.CustomerKeysInEEA
			}
			r, err := avg.Assess(s, seedAsOf)
			require.NoError(t, err)
			c, _ := r.Check("foreign-jurisdiction")
			if c.Status != tc.want {
				t.Errorf("status %s, want %s (%s)", c.Status, tc.want, tc.reason)
			}
			if tc.fact != "" && !slices.ContainsFunc(c.Facts, func(f avg.Fact) bool { return f.ID == tc.fact }) {
				t.Errorf("facts %v lack %s (%s)", c.Facts, tc.fact, tc.reason)
			}
			if c.Status == avg.Fail && tc.keys && slices.ContainsFunc(c.Mitigations, func(m avg.Mitigation) bool { return m.ID == "customer-held-keys" }) {
				t.Errorf("advises customer-held keys, which are in place and do not help here")
			}
		})
	}
}

// TestCountryCodes: codes in other accepted forms are read as the transfer
// data reads them ("UK" is GB, "EL" is GR).
func TestCountryCodes(t *testing.T) {
	s := mitigatedSystem()
	s.Transfers[0].StorageCountries = []string{"IE", "EL"}
	s.Transfers[0].AccessCountries = []string{"UK"}
	r, err := avg.Assess(s, seedAsOf)
	require.NoError(t, err)
	c, _ := r.Check("storage-location")
	if c.Status != avg.Pass || c.Facts[0].Countries[1] != "GR" {
		t.Errorf("storage %s, facts %v; want pass with IE and GR (EL is Greece in EU usage)", c.Status, c.Facts)
	}
	j, _ := r.Check("foreign-jurisdiction")
	found := false
	for _, f := range j.Facts {
		if f.ID == "remote-access" && cmp.Equal(f.Countries, []string{"GB"}) {
			found = true
		}
	}
	if !found {
		t.Errorf("foreign-jurisdiction facts %v lack remote access from GB (UK left the EEA on 2020-12-31)", j.Facts)
	}
}
