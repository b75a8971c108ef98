package transfer

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/language"
)

func mustData(t *testing.T) *dataset {
	t.Helper()
	ds, err := loadData()
	if err != nil {
		t.Fatalf("data: %v", err)
	}
	return ds
}

func validCode(t *testing.T, what, code string) {
	t.Helper()
	r, err := language.ParseRegion(code)
	if err != nil || !r.IsCountry() || r.String() != code {
		t.Errorf("%s: %q is not an ISO 3166-1 alpha-2 country that golang.org/x/text/language accepts", what, code)
	}
}

func TestDataAsOf(t *testing.T) {
	if _, err := time.Parse(time.DateOnly, AsOf); err != nil {
		t.Fatalf("AsOf %q: %v", AsOf, err)
	}
	entries, err := dataFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() && len(e.Name()) > 5 && e.Name()[len(e.Name())-5:] == ".json" {
			b, _ := dataFS.ReadFile("data/" + e.Name())
			var head struct {
				AsOf string `json:"as_of"`
			}
			if err := json.Unmarshal(b, &head); err != nil || head.AsOf != AsOf {
				t.Errorf("data/%s: as_of %q, want %q (%v)", e.Name(), head.AsOf, AsOf, err)
			}
		}
	}
}

func TestDataDecisions(t *testing.T) {
	ds := mustData(t)
	for _, d := range ds.decisions {
		if len(d.Sources) == 0 || d.Instrument == "" || d.Scope == "" {
			t.Errorf("%s: needs sources, an instrument and a scope", d.ID)
		}
		if d.Organisation == "" {
			validCode(t, d.ID, d.Country)
		} else if d.Country != "" {
			t.Errorf("%s: an international organisation has no country", d.ID)
		}
		adopted := mustDay(d.Adopted)
		if d.w.from.Before(adopted) && d.Kind != "bridge" {
			t.Errorf("%s: valid from %s before adoption %s", d.ID, d.w.from, adopted)
		}
		if d.w.until.Before(d.w.from) {
			t.Errorf("%s: valid until %s before valid from %s", d.ID, d.w.until, d.w.from)
		}
		if d.Sunset && d.ValidUntil == nil {
			t.Errorf("%s: sunset without an end date", d.ID)
		}
		if d.InvalidatedBy != "" {
			if d.ValidUntil == nil {
				t.Errorf("%s: invalidated without an end date", d.ID)
			}
			if _, ok := ds.sources[d.InvalidatedBy]; !ok {
				t.Errorf("%s: unknown invalidating source %q", d.ID, d.InvalidatedBy)
			}
		}
		for _, c := range append(slices.Clone(d.Challenges), d.ReviewRisks...) {
			if c.w.until.Before(c.w.from) || c.Source == "" {
				t.Errorf("%s: challenge %q: bad window or no source", d.ID, c.Case)
			}
		}
		for _, s := range d.ExcludedSectors {
			if !s.Valid() || s == "" {
				t.Errorf("%s: unknown sector %q", d.ID, s)
			}
		}
		switch d.Basis {
		case BasisAdequacy, BasisDPF, BasisNotApplicable:
		default:
			t.Errorf("%s: basis %q", d.ID, d.Basis)
		}
		if d.Mechanism != "" && !d.Mechanism.Valid() {
			t.Errorf("%s: unknown mechanism %q", d.ID, d.Mechanism)
		}
	}
	// The decisions of reference §2.1 and §2.2 and the UK bridge.
	want := []string{"adq-epo", "adq-ch", "adq-ca", "adq-ar", "adq-gg", "adq-im", "adq-je", "adq-fo", "adq-ad", "adq-il", "adq-uy", "adq-nz", "adq-jp", "adq-kr", "adq-gb-2021", "adq-gb-2025", "adq-us-dpf", "adq-br", "safe-harbour", "privacy-shield", "uk-bridge"}
	var got []string
	for _, d := range ds.decisions {
		got = append(got, d.ID)
	}
	for _, id := range want {
		if !slices.Contains(got, id) {
			t.Errorf("decision %s missing", id)
		}
	}
}

func TestDataCountries(t *testing.T) {
	ds := mustData(t)
	for _, c := range ds.countryList {
		validCode(t, "countries.json", c.Code)
		if c.PartOf != "" {
			validCode(t, c.Code+".part_of", c.PartOf)
		}
		for i := 1; i < len(c.EEA); i++ {
			if !c.EEA[i].from.After(c.EEA[i-1].until) {
				t.Errorf("%s: overlapping EEA windows", c.Code)
			}
		}
	}
	for from, to := range ds.aliases {
		validCode(t, "alias of "+from, to)
	}
	for _, l := range ds.laws {
		validCode(t, l.ID, l.Country)
	}
	for _, s := range ds.safeguards {
		validCode(t, "safeguard", s.Country)
	}
}

func TestEEAMembership(t *testing.T) {
	eu27 := []string{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
	now := date("2026-06-01")
	for _, c := range append(eu27, "IS", "LI", "NO", "EL") {
		if !InEEA(c, now) {
			t.Errorf("InEEA(%s, %s) = false, want true (reference §1.1, §1.2)", c, now.Format(time.DateOnly))
		}
	}
	tests := []struct {
		code string
		asOf string
		want bool
	}{
		{"GB", "2019-06-01", true},  // member state
		{"GB", "2020-12-31", true},  // transition period
		{"GB", "2021-01-01", false}, // third country, bridge aside
		{"UK", "2020-06-01", true},
		{"HR", "2013-06-30", false},
		{"HR", "2013-07-01", true},
		{"FO", "2026-06-01", false}, // not EU
		{"GL", "2026-06-01", false},
		{"BQ", "2026-06-01", false},
		{"AW", "2026-06-01", false},
		{"GI", "2026-06-01", false},
		{"CH", "2026-06-01", false},
		{"AX", "2026-06-01", true},
		{"US", "2026-06-01", false},
		{"XX", "2026-06-01", false},
	}
	for _, tt := range tests {
		if got := InEEA(tt.code, date(tt.asOf)); got != tt.want {
			t.Errorf("InEEA(%s, %s) = %v, want %v", tt.code, tt.asOf, got, tt.want)
		}
	}
}

func TestDataMechanismsAndMeasures(t *testing.T) {
	ds := mustData(t)
	ids := []Mechanism{DPF, PrivacyShield, SafeHarbour, SCC2021Module1, SCC2021Module2, SCC2021Module3, SCC2021Module4,
		SCC2010C2P, SCC2002C2P, SCC2001C2C, BCRController, BCRProcessor, ConsentArt49, ContractArt49, ContractThirdPartyArt49,
		PublicInterestArt49, LegalClaimsArt49, VitalInterestsArt49, PublicRegisterArt49, CompellingLegitimateInterest49}
	if len(ds.mechanismList) != len(ids) {
		t.Errorf("%d mechanisms in data, %d constants", len(ds.mechanismList), len(ids))
	}
	for _, id := range ids {
		m, ok := ds.mechanisms[id]
		if !ok {
			t.Errorf("mechanism %s missing from data", id)
			continue
		}
		if m.Provision == "" || m.Title == "" {
			t.Errorf("%s: no provision or title", id)
		}
		for _, r := range append(slices.Clone(m.SenderRoles), m.RecipientRoles...) {
			if !r.Valid() {
				t.Errorf("%s: unknown role %q", id, r)
			}
		}
		if (m.Kind == "scc" || m.Kind == "bcr") && (len(m.SenderRoles) == 0 || len(m.RecipientRoles) == 0) {
			t.Errorf("%s: an Art. 46 tool needs roles", id)
		}
	}
	meas := []Measure{TIADocumented, EncryptionInTransit, EncryptionAtRestProviderKeys, EncryptionAtRestKeysInEEA,
		PseudonymisationKeysInEEA, SplitProcessing, DoubleKeyEncryption, TransparencyReport,
		ChallengeRequestsCommitment, AccessLogging, JustInTimeAccessApproval}
	if len(ds.measureList) != len(meas) {
		t.Errorf("%d measures in data, %d constants", len(ds.measureList), len(meas))
	}
	for _, id := range meas {
		if !id.Valid() {
			t.Errorf("measure %s missing from data", id)
		}
	}
	// EDPB Recommendations 01/2020 Annex 2: provider-held keys are not effective.
	if ds.measures[EncryptionAtRestProviderKeys].Effective || !ds.measures[EncryptionAtRestKeysInEEA].Effective {
		t.Error("effectiveness of encryption measures is wrong")
	}
}

func TestDataSources(t *testing.T) {
	ds := mustData(t)
	for _, s := range ds.sourceList {
		if s.ID == "" || s.Title == "" || s.Kind == "" {
			t.Errorf("source %+v incomplete", s)
		}
		switch s.Kind {
		case "instrument", "article", "decision", "ruling", "guidance", "report":
		default:
			t.Errorf("source %s: kind %q", s.ID, s.Kind)
		}
		if s.Date != "" {
			if _, err := time.Parse(time.DateOnly, s.Date); err != nil {
				t.Errorf("source %s: date %q", s.ID, s.Date)
			}
		}
	}
	// Every source a risk or a conclusion cites exists.
	for _, c := range riskCatalogue {
		for _, id := range c.sources {
			if _, ok := ds.sources[id]; !ok {
				t.Errorf("risk %s cites unknown source %q", c.id, id)
			}
		}
	}
}

func TestCountryName(t *testing.T) {
	tests := []struct {
		code string
		lang language.Tag
		want string
	}{
		{"US", language.Dutch, "Verenigde Staten"},
		{"US", language.English, "United States"},
		{"NL", language.Dutch, "Nederland"},
		{"DE", language.Dutch, "Duitsland"},
		{"UK", language.English, "United Kingdom"},
		{"XX", language.English, "XX"},
	}
	for _, tt := range tests {
		if got := CountryName(tt.code, tt.lang); got != tt.want {
			t.Errorf("CountryName(%q, %v) = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
}

func TestRiskCatalogue(t *testing.T) {
	ids := []RiskID{RiskNoTransferTool, RiskInvalidatedFramework, RiskExpiredMechanism, RiskDerogationMisuse,
		RiskMissingTIA, RiskInsufficientMeasures, RiskAdequacyScopeGap, RiskThirdCountryGovernmentAccess,
		RiskParentCompanyJurisdiction, RiskRemoteAccess, RiskSpecialCategoryData, RiskAdequacyUnderLegalChallenge,
		RiskAdequacyReview, RiskAdequacySunset, RiskInterimArrangement}
	var got []RiskID
	for _, c := range riskCatalogue {
		got = append(got, c.id)
		if c.text == "" {
			t.Errorf("risk %s has no explanation", c.id)
		}
	}
	if !slices.Equal(ids, got) {
		t.Errorf("risk catalogue order %v, want %v", got, ids)
	}
}

// TestDataIssue11 pins the corrections of issue 11 item 11 to their sources.
func TestDataIssue11(t *testing.T) {
	ds := mustData(t)
	dec := func(id string) *decision {
		for _, d := range ds.decisions {
			if d.ID == id {
				return d
			}
		}
		t.Fatalf("decision %s missing", id)
		return nil
	}
	// Implementing Decision (EU) 2025/1382 (CELEX 32025D1382) takes effect on
	// notification, not on adoption (15 July 2025).
	epo := dec("adq-epo")
	if !epo.w.from.After(mustDay(epo.Adopted)) || !strings.Contains(ds.sources["dec-2025-1382"].Title, "32025D1382") {
		t.Errorf("adq-epo: valid from %s (adopted %s), want on notification after adoption, with its CELEX number", epo.w.from, epo.Adopted)
	}
	// The Korea decision's first review (2026) is recorded with its source.
	if kr := dec("adq-kr"); !slices.Contains(kr.Sources, "com-kr-review-2026") || !strings.Contains(kr.Scope, "review") {
		t.Error("adq-kr: the 2026 review is missing")
	}
	// The UK extension and renewal name their EUR-Lex numbers.
	for _, id := range []string{"dec-2025-1225", "dec-2025-1226", "dec-2025-uk-renewal"} {
		if !strings.Contains(ds.sources[id].Title, "CELEX 3") {
			t.Errorf("source %s: no CELEX number in %q", id, ds.sources[id].Title)
		}
	}
	// Decision 2001/497/EC Art. 6: the clauses apply from 3 September 2001.
	if got := ds.mechanisms[SCC2001C2C].w.from.String(); got != "2001-09-03" {
		t.Errorf("scc-2001-c2c valid from %s, want 2001-09-03", got)
	}
	// Decision 2010/87/EU Art. 7: Decision 2002/16/EC repealed from 15 May 2010.
	if m := ds.mechanisms[SCC2002C2P]; *m.NewContractsUntil != "2010-05-14" || ds.mechanisms[SCC2010C2P].w.from.String() != "2010-05-15" {
		t.Error("the 2002/16/EC to 2010/87/EU transition is not on 15 May 2010")
	}
	// Decision (EU) 2021/914: Module Two is controller to processor only.
	if got := ds.mechanisms[SCC2021Module2].SenderRoles; !slices.Equal(got, []Role{Controller}) {
		t.Errorf("Module Two sender roles %v, want controller only", got)
	}
	// GDPR Art. 49(3): the compelling-legitimate-interests derogation is barred too.
	for _, id := range []Mechanism{ConsentArt49, ContractArt49, ContractThirdPartyArt49, CompellingLegitimateInterest49} {
		if !ds.mechanisms[id].PublicAuthorityBarred {
			t.Errorf("%s: public_authority_barred false, want true (GDPR Art. 49(3))", id)
		}
	}
	for _, id := range []Mechanism{PublicInterestArt49, LegalClaimsArt49, VitalInterestsArt49, PublicRegisterArt49} {
		if ds.mechanisms[id].PublicAuthorityBarred {
			t.Errorf("%s: public_authority_barred true, want false (GDPR Art. 49(3) names (a) to (c) and the second subparagraph only)", id)
		}
	}
}
