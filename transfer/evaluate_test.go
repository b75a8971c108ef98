package transfer

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/google/go-cmp/cmp"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

var (
	nlController = Party{Name: "Voorbeeld BV", Country: "NL", Role: Controller}
	usProcessor  = Party{Name: "Cloud Inc", Country: "US", Role: Processor}
	// The seed's vendor, fictional: an Irish subsidiary of a US group.
	salesforceLike = Party{Name: "CRM Cloud Ireland Ltd", Country: "IE", Role: Processor, ParentCountry: "US"}
)

// outcome is the part of an Assessment the table compares.
type outcome struct {
	Restricted  bool
	Basis       Basis
	Lawful      bool
	TIARequired bool
	Risks       []RiskID
}

func outcomeOf(a Assessment) outcome {
	return outcome{a.Restricted, a.Basis, a.Lawful, a.TIARequired, a.RiskIDs()}
}

func with(p Party, edit func(*Party)) Party {
	edit(&p)
	return p
}

func TestEvaluate(t *testing.T) {
	tests := []struct {
		name   string
		flow   Flow
		asOf   string
		want   outcome
		reason string
	}{
		{
			name:   "intra-EU",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Hosting GmbH", Country: "DE", Role: Processor}, StorageCountries: []string{"DE"}},
			asOf:   "2026-06-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{}},
			reason: "GDPR Art. 44 and EDPB Guidelines 05/2021: a recipient in the EU is not in a third country",
		},
		{
			name:   "EEA Norway",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Fjord AS", Country: "NO", Role: Processor}},
			asOf:   "2026-06-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{}},
			reason: "reference §1.2: the EEA is the EU plus Iceland, Liechtenstein and Norway (AP); the GDPR applies there since 20 Jul 2018",
		},
		{
			name:   "EEA Norway before the GDPR was incorporated",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Fjord AS", Country: "NO", Role: Processor}},
			asOf:   "2018-06-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{}},
			reason: "reference §1.2: between 25 May and 20 Jul 2018 Directive 95/46/EC applied in the EEA, so data kept flowing freely",
		},
		{
			name:   "Privacy Shield before 16 July 2020",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{PrivacyShield}},
			asOf:   "2019-03-01",
			want:   outcome{true, BasisAdequacy, true, false, []RiskID{RiskAdequacyUnderLegalChallenge}},
			reason: "Decision (EU) 2016/1250 was an adequacy decision; C-311/18 was pending (reference §2.3)",
		},
		{
			name:   "Privacy Shield on 16 July 2020",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{PrivacyShield}},
			asOf:   "2020-07-16",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskInvalidatedFramework, RiskThirdCountryGovernmentAccess}},
			reason: "C-311/18 invalidated the Privacy Shield on 16 Jul 2020 without a grace period (EDPB FAQ of 23 Jul 2020)",
		},
		{
			name:   "Privacy Shield after 16 July 2020",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{PrivacyShield}},
			asOf:   "2021-02-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskInvalidatedFramework, RiskThirdCountryGovernmentAccess}},
			reason: "reference §11.2: Privacy Shield after 2020-07-16 is basis none",
		},
		{
			name:   "Safe Harbour before Schrems I",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SafeHarbour}},
			asOf:   "2014-05-01",
			want:   outcome{true, BasisAdequacy, true, false, []RiskID{}},
			reason: "Decision 2000/520/EC was valid until C-362/14 of 6 Oct 2015",
		},
		{
			name:   "Safe Harbour after Schrems I",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SafeHarbour}},
			asOf:   "2015-10-06",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskInvalidatedFramework, RiskThirdCountryGovernmentAccess}},
			reason: "C-362/14 invalidated Safe Harbour on 6 Oct 2015",
		},
		{
			name:   "DPF-listed US importer after 10 July 2023",
			flow:   Flow{Exporter: nlController, Importer: with(usProcessor, func(p *Party) { p.DPFCertified = true }), Mechanisms: []Mechanism{DPF}},
			asOf:   "2023-08-01",
			want:   outcome{true, BasisDPF, true, false, []RiskID{}},
			reason: "Decision (EU) 2023/1795 from 10 Jul 2023 for organisations on the DPF List; no TIA (EDPB note of 18 Jul 2023; AP)",
		},
		{
			name:   "DPF-listed US importer while Latombe was pending",
			flow:   Flow{Exporter: nlController, Importer: with(usProcessor, func(p *Party) { p.DPFCertified = true })},
			asOf:   "2024-03-01",
			want:   outcome{true, BasisDPF, true, false, []RiskID{RiskAdequacyUnderLegalChallenge}},
			reason: "reference §2.3: T-553/23 pending 2023-09-06 to 2025-09-03; adequacy applies without being claimed (§11.2 step 1)",
		},
		{
			name:   "DPF-listed US importer before 10 July 2023",
			flow:   Flow{Exporter: nlController, Importer: with(usProcessor, func(p *Party) { p.DPFCertified = true }), Mechanisms: []Mechanism{DPF}},
			asOf:   "2023-07-09",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskThirdCountryGovernmentAccess}},
			reason: "Decision (EU) 2023/1795 applies from 10 Jul 2023 only",
		},
		{
			name:   "non-listed US importer claiming the DPF after 10 July 2023",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{DPF}},
			asOf:   "2023-08-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskAdequacyScopeGap, RiskThirdCountryGovernmentAccess}},
			reason: "reference §11.2: DPF for a non-listed company is basis none; §2.4: entity-level listing",
		},
		{
			name:   "non-listed US importer claiming the DPF before 10 July 2023",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{DPF}},
			asOf:   "2023-03-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskThirdCountryGovernmentAccess}},
			reason: "no DPF before Decision (EU) 2023/1795 of 10 Jul 2023 and no Privacy Shield after C-311/18: no instrument (compare the AP's Uber decision)",
		},
		{
			name:   "non-listed US importer on SCCs with a TIA after 10 July 2023",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented}},
			asOf:   "2024-01-15",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "reference §2.4: EO 14086 safeguards apply to every US transfer, so a TIA may rely on the Commission's assessment, but it is still required",
		},
		{
			name:   "non-listed US importer on SCCs with a TIA before EO 14086 took effect, data in the clear",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented, EncryptionAtRestProviderKeys}},
			asOf:   "2022-03-01",
			want:   outcome{true, BasisSCC, false, true, []RiskID{RiskInsufficientMeasures, RiskThirdCountryGovernmentAccess}},
			reason: "reference §11.4 and EDPB Recommendations 01/2020 use case 6: clear-text access under FISA 702 without EO 14086 safeguards is not lawful",
		},
		{
			name:   "US importer on SCCs before EO 14086 with keys held in the EEA, ciphertext only",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented, EncryptionAtRestKeysInEEA}, ImporterAccess: AccessEncryptedOnly},
			asOf:   "2022-03-01",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "EDPB Recommendations 01/2020 v2.0 Annex 2 use case 1: encryption with keys kept in the EEA is effective where the importer holds ciphertext only",
		},
		{
			name:   "US importer on SCCs before EO 14086 with keys held in the EEA, SaaS processing in the clear",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented, EncryptionAtRestKeysInEEA}, ImporterAccess: AccessClear},
			asOf:   "2022-03-01",
			want:   outcome{true, BasisSCC, false, true, []RiskID{RiskInsufficientMeasures, RiskThirdCountryGovernmentAccess}},
			reason: "EDPB Recommendations 01/2020 v2.0 Annex 2 use case 6: a cloud service that needs the data in the clear has no effective technical measure, keys in the EEA or not",
		},
		{
			name: "India support staff with remote access to clear data despite keys in the EEA",
			flow: Flow{Exporter: nlController, Importer: Party{Name: "CRM Cloud BV", Country: "NL", Role: Processor}, AccessCountries: []string{"IN"},
				Mechanisms: []Mechanism{SCC2021Module3}, Measures: []Measure{TIADocumented, EncryptionAtRestKeysInEEA, PseudonymisationKeysInEEA}, ImporterAccess: AccessClear},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisSCC, false, true, []RiskID{RiskInsufficientMeasures, RiskThirdCountryGovernmentAccess, RiskRemoteAccess}},
			reason: "EDPB Recommendations 01/2020 v2.0 Annex 2 use case 7: remote access for support to data in the clear has no effective technical measure",
		},
		{
			name:   "India on SCCs with keys in the EEA, access not stated",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Data Pvt", Country: "IN", Role: Processor}, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented, EncryptionAtRestKeysInEEA}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisSCC, false, true, []RiskID{RiskInsufficientMeasures, RiskThirdCountryGovernmentAccess}},
			reason: "EDPB Recommendations 01/2020 v2.0 Annex 2 use cases 6 and 7: a processor that hosts the service is taken to reach the data in the clear unless the flow says otherwise",
		},
		{
			name:   "Salesforce-like, EU storage, no remote access",
			flow:   Flow{Exporter: nlController, Importer: salesforceLike, StorageCountries: []string{"DE", "FR"}, Mechanisms: []Mechanism{BCRProcessor}},
			asOf:   "2026-06-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{RiskParentCompanyJurisdiction}},
			reason: "reference §7 and §8: EU storage with a US-parented provider is no transfer, but the CLOUD Act exposure must be flagged",
		},
		{
			name:   "Salesforce-like with US support access on BCR-P with a TIA",
			flow:   Flow{Exporter: nlController, Importer: salesforceLike, StorageCountries: []string{"DE"}, AccessCountries: []string{"US"}, Mechanisms: []Mechanism{BCRProcessor}, Measures: []Measure{TIADocumented}},
			asOf:   "2026-06-01",
			want:   outcome{true, BasisBCR, true, true, []RiskID{RiskThirdCountryGovernmentAccess, RiskParentCompanyJurisdiction, RiskRemoteAccess, RiskAdequacyReview}},
			reason: "EDPB Guidelines 05/2021: remote access is a transfer; draft EDPB Recommendations 1/2026: BCR-P fit external controller -> EEA group processor -> non-EEA group sub-processor; a TIA is still required (§4); the TIA relies on EO 14086, whose PCLOB oversight lost its quorum on 27 Jan 2025",
		},
		{
			name:   "Salesforce-like with US support access on BCR-P without a TIA",
			flow:   Flow{Exporter: nlController, Importer: salesforceLike, StorageCountries: []string{"DE"}, AccessCountries: []string{"US"}, Mechanisms: []Mechanism{BCRProcessor}},
			asOf:   "2026-06-01",
			want:   outcome{true, BasisBCR, false, true, []RiskID{RiskMissingTIA, RiskThirdCountryGovernmentAccess, RiskParentCompanyJurisdiction, RiskRemoteAccess, RiskAdequacyReview}},
			reason: "reference §4: BCRs do not remove the Schrems II assessment; §11.4: no TIA, not lawful",
		},
		{
			name:   "Salesforce-like with US support access and the DPF",
			flow:   Flow{Exporter: nlController, Importer: with(salesforceLike, func(p *Party) { p.DPFCertified = true }), StorageCountries: []string{"DE"}, AccessCountries: []string{"US"}, Mechanisms: []Mechanism{DPF}},
			asOf:   "2026-06-01",
			want:   outcome{true, BasisDPF, true, false, []RiskID{RiskParentCompanyJurisdiction, RiskRemoteAccess, RiskAdequacyUnderLegalChallenge, RiskAdequacyReview}},
			reason: "Decision (EU) 2023/1795 covers the listed US group entity; C-703/25 P pending since 31 Oct 2025 (§2.3); PCLOB without a quorum since 27 Jan 2025",
		},
		{
			name:   "Salesforce-like with US support access and no instrument",
			flow:   Flow{Exporter: nlController, Importer: salesforceLike, StorageCountries: []string{"DE"}, AccessCountries: []string{"US"}},
			asOf:   "2026-06-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskAdequacyScopeGap, RiskThirdCountryGovernmentAccess, RiskParentCompanyJurisdiction, RiskRemoteAccess}},
			reason: "GDPR Art. 44: a transfer without a Chapter V instrument (compare the AP's Uber decision)",
		},
		{
			name:   "BCR-P for a direct transfer from an external controller to a US group processor",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "CRM Cloud Inc", Country: "US", Role: Processor}, Mechanisms: []Mechanism{BCRProcessor}, Measures: []Measure{TIADocumented}},
			asOf:   "2026-06-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskAdequacyScopeGap, RiskThirdCountryGovernmentAccess}},
			reason: "GDPR Art. 4(20) and draft EDPB Recommendations 1/2026: BCR-P do not cover that leg; SCCs are needed",
		},
		{
			name:   "UK during the transition period",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "London Ltd", Country: "GB", Role: Processor}},
			asOf:   "2020-12-31",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{}},
			reason: "reference §1.1: the UK was treated as a member state until 31 Dec 2020",
		},
		{
			name:   "UK before 28 June 2021, under the bridge",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "London Ltd", Country: "UK", Role: Processor}},
			asOf:   "2021-03-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{RiskInterimArrangement}},
			reason: "TCA Art. FINPROV.10A: transmission to the UK not a transfer from 1 Jan 2021 until the adequacy decisions",
		},
		{
			name:   "UK from 28 June 2021",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "London Ltd", Country: "GB", Role: Processor}},
			asOf:   "2021-06-28",
			want:   outcome{true, BasisAdequacy, true, false, []RiskID{RiskAdequacySunset}},
			reason: "Implementing Decision (EU) 2021/1772 with a four-year sunset",
		},
		{
			name:   "UK after the renewal",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "London Ltd", Country: "GB", Role: Processor}},
			asOf:   "2026-06-01",
			want:   outcome{true, BasisAdequacy, true, false, []RiskID{RiskAdequacySunset}},
			reason: "renewal of 19 Dec 2025 to 27 Dec 2031 (reference §2.1)",
		},
		{
			name:   "Canada commercial",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Maple Inc", Country: "CA", Role: Processor, Sector: SectorCommercial}},
			asOf:   "2026-06-01",
			want:   outcome{true, BasisAdequacy, true, false, []RiskID{}},
			reason: "Decision 2002/2/EC covers recipients subject to PIPEDA",
		},
		{
			name:   "Canada non-commercial (provincial public body)",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Provincial Health Authority", Country: "CA", Role: Controller, Sector: SectorPublic}},
			asOf:   "2026-06-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskAdequacyScopeGap, RiskThirdCountryGovernmentAccess}},
			reason: "Decision 2002/2/EC does not cover public bodies; reference §11.2: Canada public sector is basis none",
		},
		{
			name:   "Canada non-profit on SCCs with a TIA",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Maple Foundation", Country: "CA", Role: Controller, Sector: SectorNonProfit}, Mechanisms: []Mechanism{SCC2021Module1}, Measures: []Measure{TIADocumented}},
			asOf:   "2026-06-01",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskAdequacyScopeGap, RiskThirdCountryGovernmentAccess}},
			reason: "outside PIPEDA, so an Art. 46 tool is needed (Module One, controller to controller)",
		},
		{
			name:   "SCCs without a TIA",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module2}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisSCC, false, true, []RiskID{RiskMissingTIA, RiskThirdCountryGovernmentAccess}},
			reason: "SCC Clause 14 and C-311/18: no documented TIA, so not lawful (§11.4)",
		},
		{
			name:   "SCCs with the wrong module",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module1}, Measures: []Measure{TIADocumented}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskAdequacyScopeGap, RiskThirdCountryGovernmentAccess}},
			reason: "reference §11.2: SCC 2021 with the correct module; Module One is controller to controller",
		},
		{
			name:   "2010 SCCs on 27 December 2022",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Outback Pty", Country: "AU", Role: Processor}, Mechanisms: []Mechanism{SCC2010C2P}, Measures: []Measure{TIADocumented}},
			asOf:   "2022-12-27",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "Decision (EU) 2021/914 Art. 4: old contracts valid until 27 Dec 2022",
		},
		{
			name:   "2010 SCCs after 27 December 2022",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Outback Pty", Country: "AU", Role: Processor}, Mechanisms: []Mechanism{SCC2010C2P}, Measures: []Measure{TIADocumented}},
			asOf:   "2022-12-28",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskExpiredMechanism, RiskThirdCountryGovernmentAccess}},
			reason: "reference §3 and §11.2: from 28 Dec 2022 old-SCC contracts give no basis",
		},
		{
			name:   "consent derogation used systematically",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Shop Ltd", Country: "IN", Role: Controller}, Mechanisms: []Mechanism{ConsentArt49}, Frequency: Systematic},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisDerogation, false, true, []RiskID{RiskDerogationMisuse, RiskThirdCountryGovernmentAccess}},
			reason: "EDPB Guidelines 2/2018 and reference §5: consent or contract for systematic transfers is derogation misuse, unlawful",
		},
		{
			name:   "occasional contract derogation",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Hotel Ltd", Country: "TH", Role: Controller}, Mechanisms: []Mechanism{ContractArt49}, Frequency: Occasional},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisDerogation, true, false, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "GDPR Art. 49(1)(b) and Recital 111: an occasional transfer necessary for a contract with the data subject; no TIA (§11.3)",
		},
		{
			name:   "contract derogation by a public authority exercising public powers",
			flow:   Flow{Exporter: with(nlController, func(p *Party) { p.Sector = SectorPublic; p.PublicPowers = true }), Importer: Party{Name: "Hotel Ltd", Country: "TH", Role: Controller}, Mechanisms: []Mechanism{ContractArt49}, Frequency: Occasional},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisDerogation, false, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "GDPR Art. 49(3): public authorities exercising public powers cannot use points (a) to (c)",
		},
		{
			name:   "compelling legitimate interests of a gemeente exercising public powers",
			flow:   Flow{Exporter: Party{Name: "Gemeente Voorbeeld", Country: "NL", Role: Controller, Sector: SectorPublic, PublicPowers: true}, Importer: Party{Name: "Vendor Ltd", Country: "TH", Role: Processor}, Mechanisms: []Mechanism{CompellingLegitimateInterest49}, Frequency: Occasional},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisDerogation, false, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "GDPR Art. 49(3): the second subparagraph of Art. 49(1) (compelling legitimate interests) does not apply to public authorities in the exercise of their public powers",
		},
		{
			name:   "contract derogation by a public body outside its public powers",
			flow:   Flow{Exporter: with(nlController, func(p *Party) { p.Sector = SectorPublic }), Importer: Party{Name: "Hotel Ltd", Country: "TH", Role: Controller}, Mechanisms: []Mechanism{ContractArt49}, Frequency: Occasional},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisDerogation, true, false, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "GDPR Art. 49(3) bars the derogations for activities in the exercise of public powers, not for every public-sector exporter (EDPB Guidelines 2/2018 §2.2); the open fact names public_powers",
		},
		{
			name: "special-category data on an EU-hosted cloud of a US-parented provider",
			flow: Flow{Exporter: nlController, Importer: salesforceLike, StorageCountries: []string{"NL"},
				Categories: []classify.Category{classify.Health, classify.Ordinary}},
			asOf:   "2026-06-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{RiskParentCompanyJurisdiction, RiskSpecialCategoryData}},
			reason: "reference §7, §8, §9: no transfer by storage alone, but CLOUD Act exposure; SLM Rijk DPIA 2022: high risk for special-category data despite EU storage",
		},
		{
			name:   "importer subject to the GDPR under Art. 3(2) is still an importer",
			flow:   Flow{Exporter: nlController, Importer: with(usProcessor, func(p *Party) { p.SubjectToGDPR = true }), Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "EDPB Guidelines 05/2021 criterion 3: irrespective of Art. 3 applicability",
		},
		{
			name:   "own employee accessing from abroad",
			flow:   Flow{Exporter: nlController, Importer: nlController, AccessCountries: []string{"US"}},
			asOf:   "2025-01-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{RiskRemoteAccess}},
			reason: "EDPB Guidelines 05/2021 example 8: the same controller's employee travelling is no transfer; Art. 32 still applies",
		},
		{
			name:   "exporter not subject to the GDPR",
			flow:   Flow{Exporter: Party{Name: "Acme Inc", Country: "US", Role: Controller}, Importer: Party{Name: "Data Pvt", Country: "IN", Role: Processor, ParentCountry: "US"}, AccessCountries: []string{"CN"}, Categories: []classify.Category{classify.Health}},
			asOf:   "2025-01-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{}},
			reason: "EDPB Guidelines 05/2021 criterion 1: the exporter must be subject to the GDPR",
		},
		{
			name:   "Japan, academic recipient outside the decision",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "University", Country: "JP", Role: Controller, Sector: SectorAcademic}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskAdequacyScopeGap, RiskThirdCountryGovernmentAccess}},
			reason: "Implementing Decision (EU) 2019/419 Art. 1(2) excludes academia acting for that purpose",
		},
		{
			name:   "Japan, commercial",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "KK", Country: "JP", Role: Processor}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisAdequacy, true, false, []RiskID{}},
			reason: "Implementing Decision (EU) 2019/419",
		},
		{
			name:   "Japan before its decision",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "KK", Country: "JP", Role: Processor}},
			asOf:   "2018-12-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskThirdCountryGovernmentAccess}},
			reason: "Implementing Decision (EU) 2019/419 adopted 23 Jan 2019",
		},
		{
			name:   "Brazil after its decision",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Ltda", Country: "BR", Role: Processor}},
			asOf:   "2026-02-01",
			want:   outcome{true, BasisAdequacy, true, false, []RiskID{}},
			reason: "Implementing Decision (EU) 2026/179 of 26 Jan 2026",
		},
		{
			name:   "US importer on SCCs the day before the PCLOB lost its quorum",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented}},
			asOf:   "2025-01-26",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "EO 14086 safeguards apply to every US transfer (Decision (EU) 2023/1795); no review risk before 27 Jan 2025",
		},
		{
			name:   "US importer on SCCs once the PCLOB lost its quorum",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented}},
			asOf:   "2025-01-27",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskThirdCountryGovernmentAccess, RiskAdequacyReview}},
			reason: "PCLOB lost its quorum on 27 Jan 2025 (removal of three members, announced by the Board); SCC and BCR transfers to the US lean on the same EO 14086 safeguards as the DPF",
		},
		{
			name:   "DPF-listed US importer once the PCLOB lost its quorum",
			flow:   Flow{Exporter: nlController, Importer: with(usProcessor, func(p *Party) { p.DPFCertified = true })},
			asOf:   "2025-02-01",
			want:   outcome{true, BasisDPF, true, false, []RiskID{RiskAdequacyUnderLegalChallenge, RiskAdequacyReview}},
			reason: "Decision (EU) 2023/1795 relies on PCLOB oversight of EO 14086: review risk from 27 Jan 2025; T-553/23 pending from 6 Sep 2023",
		},
		{
			name:   "2001 SCCs before they applied",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Outback Pty", Country: "AU", Role: Controller}, Mechanisms: []Mechanism{SCC2001C2C}, Measures: []Measure{TIADocumented}},
			asOf:   "2001-09-02",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskThirdCountryGovernmentAccess}},
			reason: "Decision 2001/497/EC Art. 6: applies from 3 September 2001",
		},
		{
			name:   "2001 SCCs from 3 September 2001",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Outback Pty", Country: "AU", Role: Controller}, Mechanisms: []Mechanism{SCC2001C2C}, Measures: []Measure{TIADocumented}},
			asOf:   "2001-09-03",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "Decision 2001/497/EC Art. 6: applies from 3 September 2001",
		},
		{
			name:   "2002 controller-to-processor SCCs in 2005",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Outback Pty", Country: "AU", Role: Processor}, Mechanisms: []Mechanism{SCC2002C2P}, Measures: []Measure{TIADocumented}},
			asOf:   "2005-06-01",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "Decision 2002/16/EC: controller-to-processor clauses from 2002 until their repeal on 15 May 2010 (Decision 2010/87/EU Art. 7)",
		},
		{
			name:   "2010 SCCs claimed in 2005",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Outback Pty", Country: "AU", Role: Processor}, Mechanisms: []Mechanism{SCC2010C2P}, Measures: []Measure{TIADocumented}},
			asOf:   "2005-06-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskThirdCountryGovernmentAccess}},
			reason: "Decision 2010/87/EU applies from 15 May 2010 only",
		},
		{
			name:   "2002 SCCs after 27 December 2022",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Outback Pty", Country: "AU", Role: Processor}, Mechanisms: []Mechanism{SCC2002C2P}, Measures: []Measure{TIADocumented}},
			asOf:   "2023-01-02",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskExpiredMechanism, RiskThirdCountryGovernmentAccess}},
			reason: "Decision 2010/87/EU Art. 7 kept old 2002/16/EC contracts only while unchanged; no old-SCC contract gives a basis after 27 Dec 2022 (Decision (EU) 2021/914 Art. 4)",
		},
		{
			name: "EU processor to a US sub-processor on Module Two",
			flow: Flow{Exporter: nlController, Importer: Party{Name: "Mail BV", Country: "NL", Role: Processor},
				Onward:     []Party{{Name: "Send Inc", Country: "US", Role: SubProcessor}},
				Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskAdequacyScopeGap, RiskThirdCountryGovernmentAccess}},
			reason: "Decision (EU) 2021/914, Annex: Module Two is controller to processor; a processor sending to a sub-processor needs Module Three",
		},
		{
			name:   "Saint-Martin before 2007, as part of Guadeloupe",
			flow:   Flow{Exporter: Party{Name: "Paris SA", Country: "FR", Role: Controller}, Importer: Party{Name: "Marigot SARL", Country: "MF", Role: Processor}},
			asOf:   "2005-01-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{}},
			reason: "Saint-Martin was part of the department of Guadeloupe, EU territory, until 2007; then an outermost region (TFEU Art. 355(1))",
		},
		{
			name:   "Saint-Barthélemy in 2011",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Gustavia SARL", Country: "BL", Role: Processor}},
			asOf:   "2011-12-31",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{}},
			reason: "European Council Decision 2010/718/EU: Saint-Barthélemy left the EU on 1 January 2012",
		},
		{
			name:   "Saint-Barthélemy from 2012",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Gustavia SARL", Country: "BL", Role: Processor}},
			asOf:   "2012-01-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskThirdCountryGovernmentAccess}},
			reason: "European Council Decision 2010/718/EU: an overseas country and territory from 1 January 2012, a third country for Chapter V",
		},
		{
			name:   "India on SCCs with a TIA, data in the clear",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Data Pvt", Country: "IN", Role: Processor}, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisSCC, false, true, []RiskID{RiskInsufficientMeasures, RiskThirdCountryGovernmentAccess}},
			reason: "reference §6: the TIA must name India's IT Act s. 69; use cases 6 and 7 have no effective measure",
		},
		{
			name: "onward US sub-processor of an EU processor on Module Three",
			flow: Flow{Exporter: nlController, Importer: Party{Name: "Mail BV", Country: "NL", Role: Processor},
				Onward:     []Party{{Name: "Send Inc", Country: "US", Role: SubProcessor}},
				Mechanisms: []Mechanism{SCC2021Module3}, Measures: []Measure{TIADocumented}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisSCC, true, true, []RiskID{RiskThirdCountryGovernmentAccess}},
			reason: "reference §11.1: an onward sub-processor outside the EEA makes the flow restricted; Module Three processor to processor",
		},
		{
			name:   "Faroe Islands are not EU but adequate",
			flow:   Flow{Exporter: with(nlController, func(p *Party) { p.Country = "DK" }), Importer: Party{Name: "Foroyar", Country: "FO", Role: Processor}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisAdequacy, true, false, []RiskID{}},
			reason: "reference §1.3: Decision 2010/146/EU",
		},
		{
			name:   "Caribbean Netherlands is a third country",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Bonaire NV", Country: "BQ", Role: Processor}},
			asOf:   "2025-01-01",
			want:   outcome{true, BasisNone, false, true, []RiskID{RiskNoTransferTool, RiskThirdCountryGovernmentAccess}},
			reason: "reference §1.3: the AVG does not apply on the BES islands; no adequacy",
		},
		{
			name:   "Greece under its EU code",
			flow:   Flow{Exporter: nlController, Importer: Party{Name: "Athens AE", Country: "EL", Role: Processor}},
			asOf:   "2025-01-01",
			want:   outcome{false, BasisNotApplicable, true, false, []RiskID{}},
			reason: "reference §1.1: EU documents use EL; normalise both",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Evaluate(tt.flow, date(tt.asOf))
			if err != nil {
				t.Fatalf("Evaluate: %v", err)
			}
			if diff := cmp.Diff(tt.want, outcomeOf(a)); diff != "" {
				t.Errorf("%s\nreason: %s\n(-want +got):\n%s", tt.name, tt.reason, diff)
				for _, r := range a.Recipients {
					t.Logf("recipient %s: %v", r.Name, r.Reasons)
				}
			}
			checkShape(t, a)
		})
	}
}

// checkShape checks the invariants of every Assessment.
func checkShape(t *testing.T, a Assessment) {
	t.Helper()
	if a.Risks == nil || a.Recipients == nil || a.RequiredMeasures == nil || a.RecommendedMeasures == nil ||
		a.USLaw == nil || a.ForeignLaw == nil || a.Conclusions == nil || a.EffectiveMeasures == nil || a.OpenFacts == nil {
		t.Errorf("nil slice in %+v", a)
	}
	if !a.Restricted && (a.Basis != BasisNotApplicable || !a.Lawful || a.TIARequired) {
		t.Errorf("unrestricted flow with basis %s, lawful %v, TIA %v", a.Basis, a.Lawful, a.TIARequired)
	}
	if a.Restricted && a.Basis == BasisNotApplicable {
		t.Errorf("restricted flow with basis not-applicable")
	}
	// Reference §11.3, per recipient.
	for _, r := range a.Recipients {
		want := r.Restricted && !((r.Basis == BasisAdequacy || r.Basis == BasisDPF) && r.Lawful) && !(r.Basis == BasisDerogation && r.Lawful)
		if r.TIARequired != want {
			t.Errorf("recipient %s: TIA required %v with basis %s, lawful %v", r.Name, r.TIARequired, r.Basis, r.Lawful)
		}
		if r.Basis == BasisNone && r.Lawful {
			t.Errorf("recipient %s lawful without a basis", r.Name)
		}
		if r.Restricted && r.Basis != BasisAdequacy && r.Basis != BasisDPF && !a.HasRisk(RiskThirdCountryGovernmentAccess) {
			t.Errorf("recipient %s not covered by adequacy but no %s", r.Name, RiskThirdCountryGovernmentAccess)
		}
	}
	if len(a.Conclusions) != 4 {
		t.Errorf("%d conclusions, want 4", len(a.Conclusions))
	}
	for _, r := range a.Risks {
		if r.Severity.rank() == 0 || r.Explanation == "" || len(r.Sources) == 0 || r.Parties == nil {
			t.Errorf("risk %s incomplete: %+v", r.ID, r)
		}
	}
	for _, c := range a.Conclusions {
		if len(c.Sources) == 0 || c.Explanation == "" {
			t.Errorf("conclusion %s without sources or explanation", c.ID)
		}
	}
	for _, r := range a.Recipients {
		if r.Reasons == nil || r.Sources == nil || len(r.Reasons) == 0 || len(r.Sources) == 0 {
			t.Errorf("recipient %s without reasons or sources", r.Name)
		}
	}
}

func TestSeverity(t *testing.T) {
	f := Flow{Exporter: nlController, Importer: salesforceLike, StorageCountries: []string{"NL"}}
	plain, err := Evaluate(f, date("2026-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	f.Categories = []classify.Category{classify.Health}
	special, err := Evaluate(f, date("2026-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	sev := func(a Assessment, id RiskID) Severity {
		for _, r := range a.Risks {
			if r.ID == id {
				return r.Severity
			}
		}
		return ""
	}
	// SLM Rijk DPIA 2022: special-category data raises the foreign-jurisdiction risk to high.
	if got := sev(plain, RiskParentCompanyJurisdiction); got != Medium {
		t.Errorf("ordinary data: parent-company-jurisdiction %q, want medium", got)
	}
	if got := sev(special, RiskParentCompanyJurisdiction); got != High {
		t.Errorf("health data: parent-company-jurisdiction %q, want high", got)
	}
	if len(special.USLaw) != 3 {
		t.Errorf("US law exposure: got %d laws, want FISA 702, EO 12333 and the CLOUD Act", len(special.USLaw))
	}
}

func TestEvaluateErrors(t *testing.T) {
	ok := Flow{Exporter: nlController, Importer: usProcessor}
	tests := []struct {
		name string
		edit func(*Flow)
		want string
	}{
		{"unknown importer country", func(f *Flow) { f.Importer.Country = "XX" }, `transfer: importer.country: unknown country "XX"`},
		{"lower-case country", func(f *Flow) { f.Exporter.Country = "nl" }, `transfer: exporter.country: malformed country code "nl" (want ISO 3166-1 alpha-2, upper case)`},
		{"three letters", func(f *Flow) { f.Importer.Country = "USA" }, `transfer: importer.country: malformed country code "USA" (want ISO 3166-1 alpha-2, upper case)`},
		{"not a country", func(f *Flow) { f.Importer.Country = "EU" }, `transfer: importer.country: unknown country "EU"`},
		{"missing country", func(f *Flow) { f.Importer.Country = "" }, `transfer: importer.country: missing country`},
		{"parent country", func(f *Flow) { f.Importer.ParentCountry = "QQ" }, `transfer: importer.parent_country: unknown country "QQ"`},
		{"onward country", func(f *Flow) { f.Onward = []Party{{Country: "ZZ"}} }, `transfer: onward[0].country: unknown country "ZZ"`},
		{"storage country", func(f *Flow) { f.StorageCountries = []string{"DE", "D"} }, `transfer: storage_countries[1]: malformed country code "D" (want ISO 3166-1 alpha-2, upper case)`},
		{"access country", func(f *Flow) { f.AccessCountries = []string{"AA"} }, `transfer: access_countries[0]: unknown country "AA"`},
		{"mechanism", func(f *Flow) { f.Mechanisms = []Mechanism{DPF, "scc-2021-module-5"} }, `transfer: mechanisms[1]: unknown mechanism "scc-2021-module-5"`},
		{"measure", func(f *Flow) { f.Measures = []Measure{"vibes"} }, `transfer: measures[0]: unknown measure "vibes"`},
		{"role", func(f *Flow) { f.Importer.Role = "owner" }, `transfer: importer.role: unknown role "owner"`},
		{"frequency", func(f *Flow) { f.Frequency = "daily" }, `transfer: frequency: unknown frequency "daily"`},
		{"category", func(f *Flow) { f.Categories = []classify.Category{"hobbies"} }, `transfer: categories[0]: unknown category "hobbies"`},
		{"sector", func(f *Flow) { f.Importer.Sector = "church" }, `transfer: importer.sector: unknown sector "church"`},
		{"importer access", func(f *Flow) { f.ImporterAccess = "partly" }, `transfer: importer_access: unknown access "partly" (want clear or encrypted-only)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := ok
			tt.edit(&f)
			_, err := Evaluate(f, date("2025-01-01"))
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != tt.want {
				t.Errorf("error %q, want %q", err, tt.want)
			}
			if !errors.Is(err, ErrInvalidFlow) {
				t.Errorf("error %v does not wrap ErrInvalidFlow", err)
			}
		})
	}
	_, err := Evaluate(ok, time.Time{})
	if !errors.Is(err, ErrZeroAsOf) || !errors.Is(err, ErrInvalidFlow) || err.Error() != "transfer: as_of: zero time" {
		t.Errorf("zero asOf: error %v, want ErrZeroAsOf", err)
	}
}

// TestStale: the data is stale when it is older than its review interval
// for the date evaluated, not as soon as a day has passed (issue 11 item 14).
func TestStale(t *testing.T) {
	asOf := date(AsOf)
	due := asOf.AddDate(0, ReviewMonths, 0)
	for _, tc := range []struct {
		at   time.Time
		want bool
	}{
		{asOf, false},
		{asOf.AddDate(0, 0, 1), false},
		{due, false},
		{due.AddDate(0, 0, 1), true},
		{asOf.AddDate(-5, 0, 0), false},
	} {
		if got := Stale(tc.at); got != tc.want {
			t.Errorf("Stale(%s) = %v, want %v (AsOf %s, review interval %d months)", tc.at.Format(time.DateOnly), got, tc.want, AsOf, ReviewMonths)
		}
	}
	a, err := Evaluate(Flow{Exporter: nlController, Importer: nlController}, date("2028-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	if !a.Stale || a.DataAsOf != AsOf || a.AsOf != "2028-01-01" {
		t.Errorf("Stale %v, DataAsOf %q, AsOf %q", a.Stale, a.DataAsOf, a.AsOf)
	}
}

// TestBCRGroup: a group of undertakings is never inferred from names or
// parent countries (GDPR Art. 4(19) and (20): control decides); without
// same_group the BCR basis is not established and the fact to confirm is
// named.
func TestBCRGroup(t *testing.T) {
	tests := []struct {
		name     string
		flow     Flow
		want     Basis
		wantOpen []string
		reason   string
	}{
		{
			name: "EU subsidiary to US parent, same_group stated",
			flow: Flow{Exporter: Party{Name: "Voorbeeld BV", Country: "NL", Role: Controller, ParentCountry: "US"},
				Importer: Party{Name: "Parent Corp", Country: "US", Role: Controller, SameGroup: Yes}, Mechanisms: []Mechanism{BCRController}, Measures: []Measure{TIADocumented}},
			want:     BasisBCR,
			wantOpen: []string{},
			reason:   "EDPB Guidelines 05/2021 example 9: intra-group transfer; BCR-C cover it (Art. 47)",
		},
		{
			name: "EU subsidiary to a US company in the parent's country, same_group not stated",
			flow: Flow{Exporter: Party{Name: "Voorbeeld BV", Country: "NL", Role: Controller, ParentCountry: "US"},
				Importer: Party{Name: "Parent Corp", Country: "US", Role: Controller}, Mechanisms: []Mechanism{BCRController}, Measures: []Measure{TIADocumented}},
			want:     BasisNone,
			wantOpen: []string{"importer.same_group"},
			reason:   "issue 11 item 13: the parent's country does not make a group (GDPR Art. 4(19)); the fact to confirm is same_group",
		},
		{
			name: "names sharing a first word",
			flow: Flow{Exporter: Party{Name: "Global Services BV", Country: "NL", Role: Controller},
				Importer: Party{Name: "Global Payments Inc", Country: "US", Role: Controller}, Mechanisms: []Mechanism{BCRController}, Measures: []Measure{TIADocumented}},
			want:     BasisNone,
			wantOpen: []string{"importer.same_group"},
			reason:   "issue 11 item 13: a shared word in two names is no group of undertakings (GDPR Art. 4(19) and (20))",
		},
		{
			name: "BCR-C for an unrelated vendor whose parent shares the exporter's parent's country",
			flow: Flow{Exporter: Party{Name: "Voorbeeld BV", Country: "NL", Role: Controller, ParentCountry: "US"},
				Importer:   Party{Name: "Other Cloud Pvt Ltd", Country: "IN", Role: Processor, ParentCountry: "US"},
				Mechanisms: []Mechanism{BCRController}, Measures: []Measure{TIADocumented}},
			want:     BasisNone,
			wantOpen: []string{"importer.same_group"},
			reason:   "GDPR Art. 4(20): two companies with US parents are not one group of undertakings; the exporter's BCR-C do not cover an Indian vendor",
		},
		{
			name: "BCR-P onward to a group sub-processor outside the EEA, same_group stated",
			flow: Flow{Exporter: nlController, Importer: salesforceLike,
				Onward:     []Party{{Name: "CRM Cloud Inc", Country: "US", Role: SubProcessor, SameGroup: Yes}},
				Mechanisms: []Mechanism{BCRProcessor}, Measures: []Measure{TIADocumented}},
			want:     BasisBCR,
			wantOpen: []string{},
			reason:   "draft EDPB Recommendations 1/2026: external controller -> EEA group processor -> non-EEA group sub-processor",
		},
		{
			name: "BCR-P onward, same_group not stated",
			flow: Flow{Exporter: nlController, Importer: salesforceLike,
				Onward:     []Party{{Name: "CRM Cloud Inc", Country: "US", Role: SubProcessor}},
				Mechanisms: []Mechanism{BCRProcessor}, Measures: []Measure{TIADocumented}},
			want:     BasisNone,
			wantOpen: []string{"onward[0].same_group"},
			reason:   "issue 11 item 13: \"CRM Cloud Ireland Ltd\" and \"CRM Cloud Inc\" share a name, not a proven group",
		},
		{
			name: "BCR-P onward, stated not in the group",
			flow: Flow{Exporter: nlController, Importer: salesforceLike,
				Onward:     []Party{{Name: "CRM Cloud Inc", Country: "US", Role: SubProcessor, SameGroup: No}},
				Mechanisms: []Mechanism{BCRProcessor}, Measures: []Measure{TIADocumented}},
			want:     BasisNone,
			wantOpen: []string{},
			reason:   "GDPR Art. 4(20): a stated 'no' leaves the BCRs without cover and nothing to confirm; only an absent same_group is open",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Evaluate(tt.flow, date("2025-01-01"))
			if err != nil {
				t.Fatal(err)
			}
			if a.Basis != tt.want {
				t.Errorf("basis %s, want %s (%s)", a.Basis, tt.want, tt.reason)
			}
			open := []string{}
			for _, o := range a.OpenFacts {
				open = append(open, o.Field)
			}
			if diff := cmp.Diff(tt.wantOpen, open); diff != "" {
				t.Errorf("open facts (-want +got) (%s):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestOpenFacts checks that the assessment names the fact to confirm where
// it took the conservative reading.
func TestOpenFacts(t *testing.T) {
	tests := []struct {
		name   string
		flow   Flow
		want   []string // fields
		reason string
	}{
		{
			name:   "keys in the EEA, access not stated",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented, EncryptionAtRestKeysInEEA}},
			want:   []string{"importer_access"},
			reason: "EDPB Recommendations 01/2020 v2.0 Annex 2: use case 1 holds only where the importer needs no clear data; unstated, taken as clear",
		},
		{
			name:   "keys in the EEA, ciphertext only",
			flow:   Flow{Exporter: nlController, Importer: usProcessor, Mechanisms: []Mechanism{SCC2021Module2}, Measures: []Measure{TIADocumented, EncryptionAtRestKeysInEEA}, ImporterAccess: AccessEncryptedOnly},
			want:   []string{},
			reason: "EDPB Recommendations 01/2020 v2.0 Annex 2 use case 1: stated, nothing to confirm",
		},
		{
			name:   "public body on a derogation, public powers not stated",
			flow:   Flow{Exporter: with(nlController, func(p *Party) { p.Sector = SectorPublic }), Importer: Party{Name: "Hotel Ltd", Country: "TH", Role: Controller}, Mechanisms: []Mechanism{ConsentArt49}, Frequency: Occasional},
			want:   []string{"exporter.public_powers"},
			reason: "GDPR Art. 49(3): whether the transfer is in the exercise of public powers decides the bar",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Evaluate(tt.flow, date("2025-01-01"))
			if err != nil {
				t.Fatal(err)
			}
			got := []string{}
			for _, o := range a.OpenFacts {
				got = append(got, o.Field)
				if o.Explanation == "" || len(o.Sources) == 0 || o.Assumed == "" {
					t.Errorf("open fact %s incomplete", o.Field)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nreason: %s\n(-want +got):\n%s", tt.name, tt.reason, diff)
			}
		})
	}
}

// TestEffectiveMeasures: keys held in the EEA count only where the importer
// holds ciphertext only (EDPB Recommendations 01/2020 v2.0, Annex 2, use
// case 1 against use cases 6 and 7).
func TestEffectiveMeasures(t *testing.T) {
	f := Flow{Exporter: nlController, Importer: salesforceLike, StorageCountries: []string{"DE"}, AccessCountries: []string{"US"},
		Mechanisms: []Mechanism{BCRProcessor}, Measures: []Measure{TIADocumented, EncryptionAtRestKeysInEEA}}
	for _, tc := range []struct {
		access Access
		want   []Measure
	}{
		{AccessUnknown, []Measure{}},
		{AccessClear, []Measure{}},
		{AccessEncryptedOnly, []Measure{EncryptionAtRestKeysInEEA}},
	} {
		f.ImporterAccess = tc.access
		a, err := Evaluate(f, date("2026-06-01"))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, a.EffectiveMeasures); diff != "" {
			t.Errorf("access %q: effective measures (-want +got):\n%s", tc.access, diff)
		}
		keyAdvice := false
		for _, m := range a.RecommendedMeasures {
			if slices.Contains(m.Measures, EncryptionAtRestKeysInEEA) {
				keyAdvice = true
			}
		}
		if want := tc.access != AccessEncryptedOnly; keyAdvice != want {
			t.Errorf("access %q: advice to keep keys out of reach %v, want %v (claimed keys do not help with clear access)", tc.access, keyAdvice, want)
		}
	}
}

// TestNormalizeFlow: the one normalisation avg relies on.
func TestNormalizeFlow(t *testing.T) {
	in := Flow{
		Exporter:         Party{Name: "A", Country: "EL"},
		Importer:         Party{Name: "B", Country: "UK", ParentCountry: "US"},
		Onward:           []Party{{Country: "IN"}},
		StorageCountries: []string{"EL"}, AccessCountries: []string{"UK"},
		Mechanisms: []Mechanism{SCC2021Module2},
	}
	got, err := NormalizeFlow(in)
	if err != nil {
		t.Fatal(err)
	}
	want := Flow{
		Exporter:         Party{Name: "A", Country: "GR", Role: Controller},
		Importer:         Party{Name: "B", Country: "GB", ParentCountry: "US", Role: Processor},
		Onward:           []Party{{Country: "IN", Role: SubProcessor}},
		StorageCountries: []string{"GR"}, AccessCountries: []string{"GB"},
		Mechanisms: []Mechanism{SCC2021Module2},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("reference §1.1 (EL is GR) and the UK alias (-want +got):\n%s", diff)
	}
	got.Mechanisms[0] = DPF
	if in.Mechanisms[0] != SCC2021Module2 {
		t.Error("NormalizeFlow shares a slice with its input")
	}
	if _, err := NormalizeFlow(Flow{Exporter: Party{Country: "XX"}}); !errors.Is(err, ErrInvalidFlow) {
		t.Errorf("bad flow: %v", err)
	}
}

// TestOpenFactsOnlyWhereTheyMatter: an intra-EEA flow with no foreign
// parent has no third country to protect against, so the importer's access
// is no open fact there.
func TestOpenFactsOnlyWhereTheyMatter(t *testing.T) {
	f := Flow{Exporter: nlController, Importer: Party{Name: "Hosting GmbH", Country: "DE", Role: Processor}, Measures: []Measure{EncryptionAtRestKeysInEEA}}
	a, err := Evaluate(f, date("2026-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.OpenFacts) != 0 {
		t.Errorf("open facts %+v for an intra-EEA flow", a.OpenFacts)
	}
	f.Importer.ParentCountry = "US" // CLOUD Act reach: the keys matter now
	if a, _ = Evaluate(f, date("2026-06-01")); len(a.OpenFacts) != 1 || a.OpenFacts[0].Field != "importer_access" {
		t.Errorf("open facts %+v with a US parent, want importer_access", a.OpenFacts)
	}
}
