package transfer

import (
	"fmt"
	"slices"
	"strings"
)

// riskCatalogue is the order of risks in an Assessment and their general
// explanation and sources.
var riskCatalogue = []struct {
	id      RiskID
	text    string
	sources []string
}{
	{RiskNoTransferTool, "No valid Chapter V instrument covers a restricted transfer.", []string{"gdpr-art-44"}},
	{RiskInvalidatedFramework, "A framework invalidated by the Court of Justice is relied on.", []string{"cjeu-c-362-14", "cjeu-c-311-18"}},
	{RiskExpiredMechanism, "Standard contractual clauses that no longer give a basis are relied on.", []string{"dec-2021-914-art-4"}},
	{RiskDerogationMisuse, "An Art. 49 derogation is used for transfers that are not occasional.", []string{"gdpr-art-49", "edpb-gl-02-2018"}},
	{RiskMissingTIA, "An Art. 46 tool is used without a documented transfer impact assessment.", []string{"cjeu-c-311-18", "edpb-rec-01-2020"}},
	{RiskInsufficientMeasures, "The destination's laws impinge on the safeguards and no effective supplementary measure is in place.", []string{"edpb-rec-01-2020"}},
	{RiskAdequacyScopeGap, "The country has an adequacy decision, but the recipient is outside its scope.", []string{"gdpr-art-45"}},
	{RiskThirdCountryGovernmentAccess, "A recipient in a third country is not covered by an adequacy decision or the DPF.", []string{"cjeu-c-311-18", "edpb-rec-02-2020"}},
	{RiskParentCompanyJurisdiction, "A recipient is controlled by a parent under a law that compels disclosure of data wherever it is stored.", []string{"us-cloud-act", "gdpr-art-48"}},
	{RiskRemoteAccess, "The data is reached remotely from a third country.", []string{"edpb-gl-05-2021", "edpb-rec-01-2020"}},
	{RiskSpecialCategoryData, "Special categories of personal data or criminal data are in scope, which raises the stakes of every other risk.", []string{"gdpr-art-9", "gdpr-art-10"}},
	{RiskAdequacyUnderLegalChallenge, "The adequacy decision relied on is under legal challenge.", nil},
	{RiskAdequacyReview, "The adequacy decision relied on, or the safeguards a transfer impact assessment relies on, may be reviewed, suspended or repealed.", nil},
	{RiskAdequacySunset, "The adequacy decision relied on has a fixed expiry date.", nil},
	{RiskInterimArrangement, "A temporary arrangement, not an adequacy decision, keeps the flow free.", nil},
}

func (e *evaluator) riskList() []Risk {
	out := []Risk{}
	for _, c := range riskCatalogue {
		acc, ok := e.risks[c.id]
		if !ok {
			continue
		}
		ids := append(slices.Clone(c.sources), acc.sources...)
		var uniq []string
		for _, id := range ids {
			if !slices.Contains(uniq, id) {
				uniq = append(uniq, id)
			}
		}
		expl := c.text
		if len(acc.details) > 0 {
			expl += " " + strings.Join(acc.details, " ")
		}
		parties := acc.parties
		if parties == nil {
			parties = []string{}
		}
		out = append(out, Risk{
			ID:          c.id,
			Severity:    acc.sev,
			Explanation: expl,
			Parties:     parties,
			Sources:     e.ds.src(uniq...),
		})
	}
	return out
}

// parties returns the explicit receiving parties: the importer (unless it
// is the exporter itself) and the onward parties.
func (e *evaluator) parties() []Party {
	var ps []Party
	for _, c := range e.cands {
		if c.via == "importer" || c.via == "onward" {
			ps = append(ps, c.p)
		}
	}
	return ps
}

func (e *evaluator) extraterritorial(code string) []*law {
	var out []*law
	for _, l := range e.ds.lawsOf(code, e.d) {
		if l.Extraterritorial {
			out = append(out, l)
		}
	}
	return out
}

// foreignRisks raises the risks that do not depend on a transfer: the
// parent's jurisdiction, remote access, special categories.
func (e *evaluator) foreignRisks() {
	if !e.subject {
		return // the GDPR does not govern this exporter's processing
	}
	special := e.special()
	for _, p := range e.parties() {
		if p.ParentCountry == "" || p.ParentCountry == p.Country {
			continue
		}
		ls := e.extraterritorial(p.ParentCountry)
		if len(ls) == 0 {
			continue
		}
		sev := Medium
		if special {
			sev = High
		}
		name := partyName(p)
		detail := fmt.Sprintf("%s (%s) has its ultimate parent in %s, whose %s can compel the parent to disclose data its group controls, even data stored only in the EEA. Storage in the EEA alone is no transfer, but such a disclosure would be one, which GDPR Art. 48 does not allow without an international agreement; the controller stays accountable for the risk (Arts. 5, 24, 32).",
			name, p.Country, p.ParentCountry, lawNames(ls))
		if special {
			detail += " With special-category data this is a high risk even with EU storage (SLM Rijk DPIA on Microsoft 365, 2022)."
		}
		src := []string{"gdpr-art-48", "gdpr-art-24-32", "edpb-gl-05-2021", "edpb-gl-02-2024", "edpb-cef-cloud-2023"}
		for _, l := range ls {
			src = append(src, l.Sources...)
		}
		if special {
			src = append(src, "slm-rijk-dpia-2022")
		}
		e.flag(RiskParentCompanyJurisdiction, sev, name, detail, src...)
	}

	for _, code := range e.f.AccessCountries {
		if e.ds.inEEA(code, e.d) || e.ds.bridge(code, e.d) != nil {
			continue
		}
		if e.self {
			detail := fmt.Sprintf("The data is reached from %s by the exporter's own staff: no transfer (EDPB Guidelines 05/2021, example 8), but Art. 32 security still applies.", code)
			e.flag(RiskRemoteAccess, Low, "", detail, "edpb-gl-05-2021", "gdpr-art-24-32")
			continue
		}
		var rec *Recipient
		for i := range e.recs {
			if e.recs[i].Country == code && e.recs[i].Restricted {
				rec = &e.recs[i]
				break
			}
		}
		if rec == nil {
			continue
		}
		sev := Medium
		covered := rec.Basis == BasisAdequacy || rec.Basis == BasisDPF
		switch {
		case covered:
			sev = Low
		case special:
			sev = High
		}
		detail := fmt.Sprintf("%s reaches the data remotely from %s: that is a transfer even when the data stays in the EEA (EDPB Guidelines 05/2021; Recommendations 01/2020 para. 13), and access in the clear for support or business purposes has no effective technical safeguard (use cases 6 and 7).", rec.Name, code)
		if covered {
			detail = fmt.Sprintf("%s reaches the data remotely from %s; the transfer is covered by %s.", rec.Name, code, rec.Basis)
		}
		e.flag(RiskRemoteAccess, sev, rec.Name, detail, "edpb-gl-05-2021", "edpb-rec-01-2020")
	}

	if special {
		exposed := false
		var names []string
		for _, r := range e.recs {
			if r.Restricted {
				names = append(names, r.Name)
				if r.Basis != BasisAdequacy && r.Basis != BasisDPF {
					exposed = true // not found essentially equivalent
				}
			}
		}
		if e.risks[RiskParentCompanyJurisdiction] != nil {
			exposed = true
		}
		if acc := e.risks[RiskRemoteAccess]; acc != nil && acc.sev.rank() >= Medium.rank() {
			exposed = true
		}
		var cats []string
		for _, c := range e.f.Categories {
			if c.Special() && !slices.Contains(cats, string(c)) {
				cats = append(cats, string(c))
			}
		}
		sev := Medium
		detail := fmt.Sprintf("Categories in scope: %s.", strings.Join(cats, ", "))
		if exposed {
			sev = High
			detail += " They are exposed to a third country or to a foreign parent's jurisdiction; the residual risk is high and a DPIA (Art. 35) should weigh it."
		}
		src := []string{"gdpr-art-9", "gdpr-art-10"}
		if exposed {
			src = append(src, "slm-rijk-dpia-2022")
		}
		if len(names) == 0 {
			e.flag(RiskSpecialCategoryData, sev, "", detail, src...)
		}
		for _, n := range names {
			e.flag(RiskSpecialCategoryData, sev, n, detail, src...)
		}
	}
}

// basisRank orders bases from weakest to strongest for the summary.
func basisRank(b Basis) int {
	switch b {
	case BasisNone:
		return 0
	case BasisDerogation:
		return 1
	case BasisSCC:
		return 2
	case BasisBCR:
		return 3
	case BasisDPF:
		return 4
	case BasisAdequacy:
		return 5
	}
	return 6
}

// aggregate sets the top-level answers from the recipients: restricted if
// any is; lawful if all restricted ones are; TIA required if any needs one;
// the basis of the decisive recipient: an unlawful one first, then the
// weakest.
func (e *evaluator) aggregate(a *Assessment) {
	var decisive *Recipient
	for i := range a.Recipients {
		r := &a.Recipients[i]
		if !r.Restricted {
			continue
		}
		a.Restricted = true
		if !r.Lawful {
			a.Lawful = false
		}
		if r.TIARequired {
			a.TIARequired = true
		}
		if decisive == nil ||
			(!r.Lawful && decisive.Lawful) ||
			(r.Lawful == decisive.Lawful && basisRank(r.Basis) < basisRank(decisive.Basis)) {
			decisive = r
		}
	}
	if decisive != nil {
		a.Basis = decisive.Basis
	}
}

// exposure lists the third-country laws within reach: those of each
// recipient's country and of its parent's.
func (e *evaluator) exposure(a *Assessment) {
	idx := map[string]int{}
	add := func(l *law, party string) {
		i, ok := idx[l.ID]
		if !ok {
			i = len(a.ForeignLaw)
			idx[l.ID] = i
			a.ForeignLaw = append(a.ForeignLaw, LawExposure{
				ID: l.ID, Country: l.Country, Name: l.Name, Reach: l.Reach, Note: l.Note,
				Parties: []string{}, Sources: e.ds.src(l.Sources...),
			})
		}
		if !slices.Contains(a.ForeignLaw[i].Parties, party) {
			a.ForeignLaw[i].Parties = append(a.ForeignLaw[i].Parties, party)
		}
	}
	for _, c := range e.cands {
		name := partyName(c.p)
		countries := []string{c.p.Country}
		if c.p.ParentCountry != "" && c.p.ParentCountry != c.p.Country {
			countries = append(countries, c.p.ParentCountry)
		}
		for _, code := range countries {
			if e.ds.inEEA(code, e.d) {
				continue
			}
			for _, l := range e.ds.lawsOf(code, e.d) {
				if code != c.p.Country && !l.Extraterritorial && code != "US" {
					continue // a parent abroad matters only through extraterritorial law
				}
				add(l, name)
			}
		}
	}
	for _, l := range a.ForeignLaw {
		if l.Country == "US" {
			a.USLaw = append(a.USLaw, l)
		}
	}
}

// advise adds a need unless a measure that meets it is in place.
func (e *evaluator) advise(list *[]MeasureAdvice, reason string, ms []Measure, sources ...string) {
	for _, m := range ms {
		if e.has(m) {
			return
		}
	}
	for _, x := range *list {
		if slices.Equal(x.Measures, ms) {
			return
		}
	}
	*list = append(*list, MeasureAdvice{Measures: ms, Reason: reason, Sources: e.ds.src(sources...)})
}

// adviseEffective adds a need for an effective technical measure unless one
// is in place and effective for this flow (see effective): a measure the
// flow claims but the importer's clear access defeats does not meet it.
func (e *evaluator) adviseEffective(list *[]MeasureAdvice, reason string, ms []Measure, sources ...string) {
	for _, m := range e.effective() {
		if slices.Contains(ms, m) {
			return
		}
	}
	for _, x := range *list {
		if slices.Equal(x.Measures, ms) {
			return
		}
	}
	*list = append(*list, MeasureAdvice{Measures: ms, Reason: reason, Sources: e.ds.src(sources...)})
}

func (e *evaluator) measures(a *Assessment) {
	if a.TIARequired {
		e.advise(&a.RequiredMeasures,
			"A transfer that rests, or must rest, on an Art. 46 tool needs a documented transfer impact assessment naming the destination's laws (C-311/18; SCC Clause 14; EDPB Recommendations 01/2020 steps 3-4).",
			[]Measure{TIADocumented}, "cjeu-c-311-18", "dec-2021-914-clause-14", "edpb-rec-01-2020")
	}
	if e.risks[RiskInsufficientMeasures] != nil {
		reason := "The destination's laws impinge on the safeguards: an effective technical measure is needed (EDPB use case 1: encryption with keys held in the EEA; 2: pseudonymisation; 5: split processing), or the transfer must be avoided, suspended or ended."
		if len(e.claimedEffective()) > 0 {
			reason = "The destination's laws impinge on the safeguards and the importer processes or reaches the data in the clear (EDPB use cases 6 and 7): keys held in the EEA protect only data the importer holds as ciphertext. Change the processing so that the importer needs no clear data (use cases 1, 2 and 5), or avoid, suspend or end the transfer."
		}
		e.adviseEffective(&a.RequiredMeasures, reason,
			[]Measure{EncryptionAtRestKeysInEEA, DoubleKeyEncryption, PseudonymisationKeysInEEA, SplitProcessing}, "edpb-rec-01-2020")
	}
	foreign := a.Restricted || e.risks[RiskParentCompanyJurisdiction] != nil
	if a.Restricted {
		e.advise(&a.RecommendedMeasures,
			"Encrypt the data in transit to every recipient (Art. 32; EDPB use case 3).",
			[]Measure{EncryptionInTransit}, "gdpr-art-24-32", "edpb-rec-01-2020")
	}
	uncovered := false
	for _, r := range a.Recipients {
		if r.Restricted && r.Basis != BasisAdequacy && r.Basis != BasisDPF {
			uncovered = true
		}
	}
	if foreign && (uncovered || e.risks[RiskParentCompanyJurisdiction] != nil) {
		reason := "Keep the keys out of the provider's reach, so that a compelled disclosure yields no readable data (EDPB use case 1)."
		if e.special() {
			reason = "Special-category data within reach of foreign authorities: keep the keys in the EEA (customer-held or double key encryption), the mitigation of the SLM Rijk DPIA (2022) and EDPB use case 1."
		}
		if len(e.claimedEffective()) > 0 && len(e.effective()) == 0 {
			reason = "Keys held in the EEA keep a compelled disclosure unreadable only where the provider holds ciphertext alone (EDPB use case 1); the provider processes or reaches the data in the clear (use cases 6 and 7), so the keys do not protect it. Confirm importer_access, or limit the provider to encrypted data."
		}
		e.adviseEffective(&a.RecommendedMeasures, reason,
			[]Measure{DoubleKeyEncryption, EncryptionAtRestKeysInEEA}, "edpb-rec-01-2020", "slm-rijk-dpia-2022")
		e.advise(&a.RecommendedMeasures,
			"Have the provider commit to challenge public-authority requests and tell the exporter (SCC Clause 15); contractual measures support but cannot alone stop compelled access.",
			[]Measure{ChallengeRequestsCommitment}, "edpb-rec-01-2020", "gdpr-art-48")
		e.advise(&a.RecommendedMeasures,
			"Ask for transparency reports on government requests.",
			[]Measure{TransparencyReport}, "edpb-rec-01-2020")
	}
	if acc := e.risks[RiskRemoteAccess]; acc != nil && len(acc.parties) > 0 {
		e.advise(&a.RecommendedMeasures,
			"Let remote access happen only after the customer's approval, case by case.",
			[]Measure{JustInTimeAccessApproval}, "edpb-rec-01-2020", "edpb-cef-cloud-2023")
		e.advise(&a.RecommendedMeasures,
			"Log every access by the provider and review the logs.",
			[]Measure{AccessLogging}, "edpb-rec-01-2020", "gdpr-art-24-32")
	}
	if slices.Contains(e.f.Measures, EncryptionAtRestProviderKeys) && len(e.effective()) == 0 && foreign {
		e.advise(&a.RecommendedMeasures,
			"Encryption with keys held by the provider does not protect against an order to the provider (EDPB use case 6); move the keys to the EEA.",
			[]Measure{EncryptionAtRestKeysInEEA, DoubleKeyEncryption}, "edpb-rec-01-2020")
	}
}

func yesNo(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func (e *evaluator) conclusions(a *Assessment) {
	var restricted, unlawful, tia []string
	var srcR, srcB, srcL []string
	for _, r := range a.Recipients {
		if r.Restricted {
			restricted = append(restricted, fmt.Sprintf("%s (%s, %s)", r.Name, r.Country, r.Basis))
			for _, s := range r.Sources {
				srcB = append(srcB, s.ID)
			}
			if !r.Lawful {
				unlawful = append(unlawful, fmt.Sprintf("%s: %s", r.Name, r.Reasons[len(r.Reasons)-1]))
				for _, s := range r.Sources {
					srcL = append(srcL, s.ID)
				}
			}
			if r.TIARequired {
				tia = append(tia, r.Name)
			}
		}
	}
	var expl string
	switch {
	case !e.subject:
		expl = fmt.Sprintf("The exporter (%s) is not subject to the GDPR on %s: Chapter V does not apply.", e.f.Exporter.Country, a.AsOf)
		srcR = []string{"gdpr-art-3", "edpb-gl-05-2021"}
	case a.Restricted:
		expl = fmt.Sprintf("Personal data reaches a separate organisation in a third country on %s: %s. The three criteria of EDPB Guidelines 05/2021 are met.", a.AsOf, strings.Join(restricted, "; "))
		srcR = []string{"gdpr-art-44", "edpb-gl-05-2021"}
	case e.self:
		expl = "The importer is the exporter itself: access or storage by the same organisation, also from abroad, is no transfer (EDPB Guidelines 05/2021, example 8)."
		srcR = []string{"edpb-gl-05-2021", "gdpr-art-24-32"}
	default:
		expl = fmt.Sprintf("Every recipient is in the EEA, or covered by a bridge, on %s: no transfer to a third country.", a.AsOf)
		srcR = []string{"gdpr-art-44", "edpb-gl-05-2021"}
		if e.risks[RiskParentCompanyJurisdiction] != nil {
			expl += " A recipient's foreign parent is a risk to report, not a transfer."
			srcR = append(srcR, "gdpr-art-24-32")
		}
	}
	a.Conclusions = append(a.Conclusions, Conclusion{ID: "restricted", Value: yesNo(a.Restricted), Explanation: expl, Sources: e.ds.src(srcR...)})

	switch a.Basis {
	case BasisNotApplicable:
		expl = "No restricted transfer, so no Chapter V basis is needed."
		srcB = srcR
	default:
		expl = fmt.Sprintf("The decisive basis is %s, in the precedence adequacy, Art. 46 tool, Art. 49 derogation (GDPR Arts. 45, 46, 49). Per recipient: %s.", a.Basis, strings.Join(restricted, "; "))
		srcB = append([]string{"gdpr-art-44"}, srcB...)
	}
	a.Conclusions = append(a.Conclusions, Conclusion{ID: "basis", Value: string(a.Basis), Explanation: expl, Sources: e.ds.src(uniq(srcB)...)})

	switch {
	case !a.Restricted:
		expl = "Chapter V does not apply; lawfulness under Arts. 6, 9, 28 and 35 is a separate check."
		srcL = srcR
	case a.Lawful:
		expl = "Every restricted transfer rests on a valid instrument whose conditions are met (Chapter V only; Arts. 6, 9, 28 and 35 are separate checks)."
		srcL = append([]string{"gdpr-art-44"}, srcB...)
	default:
		expl = "Not lawful under Chapter V. " + strings.Join(unlawful, " ")
		srcL = append([]string{"gdpr-art-44"}, srcL...)
	}
	a.Conclusions = append(a.Conclusions, Conclusion{ID: "lawful", Value: yesNo(a.Lawful), Explanation: expl, Sources: e.ds.src(uniq(srcL)...)})

	if a.TIARequired {
		expl = fmt.Sprintf("A transfer impact assessment is required for: %s. Every transfer that rests, or must rest, on an Art. 46 tool needs one; adequacy, the DPF and a lawful derogation do not.", strings.Join(tia, "; "))
		if e.has(TIADocumented) {
			expl += " One is documented."
		}
	} else {
		expl = "No transfer impact assessment is required: no transfer rests, or must rest, on an Art. 46 tool."
	}
	a.Conclusions = append(a.Conclusions, Conclusion{ID: "tia-required", Value: yesNo(a.TIARequired), Explanation: expl, Sources: e.ds.src("cjeu-c-311-18", "edpb-rec-01-2020", "edpb-dpf-note-2023")})
}

func uniq(ids []string) []string {
	var out []string
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
