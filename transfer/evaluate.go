package transfer

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/avgrisk/avgrisk/internal/civil"
)

// Evaluate assesses the flow f as of the calendar date of asOf (in asOf's
// own location): whether it is a restricted transfer under Chapter V GDPR,
// on which basis each recipient rests, whether that basis is lawful on that
// date, whether a transfer impact assessment is required, and which risks
// remain. It follows the encoding rules of the reference sheet's §11; the
// data README lists where it deviates.
//
// Legal basis: GDPR Arts. 44-49; EDPB Guidelines 05/2021 (what is a
// transfer); CJEU C-311/18 and EDPB Recommendations 01/2020 (TIA and
// supplementary measures); the decisions in data/decisions.json.
//
// A bad flow is an error that names the field and wraps ErrInvalidFlow; a
// zero asOf is ErrZeroAsOf. Evaluate is a pure function of its arguments
// and the embedded data, and is safe for concurrent use.
func Evaluate(f Flow, asOf time.Time) (Assessment, error) {
	if asOf.IsZero() {
		return Assessment{}, ErrZeroAsOf
	}
	ds, err := loadData()
	if err != nil {
		return Assessment{}, err
	}
	nf, err := normalizeFlow(f)
	if err != nil {
		return Assessment{}, err
	}
	e := &evaluator{ds: ds, f: nf, d: civil.FromTime(asOf), risks: map[RiskID]*riskAcc{}}
	return e.run(), nil
}

// NormalizeFlow validates f as Evaluate does and returns a copy in the
// form Evaluate works on: country codes normalised with NormalizeCountry
// ("UK" becomes "GB", "EL" becomes "GR") in every party, parent and list,
// and empty roles set to their defaults (exporter controller, importer
// processor, onward parties sub-processor). The copy shares no slice with
// f. A bad flow is an error that names the field and wraps ErrInvalidFlow.
// Callers that report on a flow (package avg) use it, so that one rule
// normalises.
func NormalizeFlow(f Flow) (Flow, error) {
	out, err := normalizeFlow(f)
	if err != nil {
		return Flow{}, err
	}
	out.Mechanisms = slices.Clone(f.Mechanisms)
	out.Measures = slices.Clone(f.Measures)
	out.Categories = slices.Clone(f.Categories)
	return out, nil
}

// normalizeFlow validates f and returns a copy with normalised country
// codes and default roles.
func normalizeFlow(f Flow) (Flow, error) {
	out := f
	var err error
	if out.Exporter, err = normalizeParty("exporter", f.Exporter, Controller); err != nil {
		return Flow{}, err
	}
	if out.Importer, err = normalizeParty("importer", f.Importer, Processor); err != nil {
		return Flow{}, err
	}
	out.Onward = make([]Party, len(f.Onward))
	for i, p := range f.Onward {
		if out.Onward[i], err = normalizeParty(fmt.Sprintf("onward[%d]", i), p, SubProcessor); err != nil {
			return Flow{}, err
		}
	}
	codes := func(field string, in []string) ([]string, error) {
		o := make([]string, len(in))
		for i, c := range in {
			n, err := NormalizeCountry(c)
			if err != nil {
				return nil, &FieldError{fmt.Sprintf("%s[%d]", field, i), err.Error()}
			}
			o[i] = n
		}
		return o, nil
	}
	if out.StorageCountries, err = codes("storage_countries", f.StorageCountries); err != nil {
		return Flow{}, err
	}
	if out.AccessCountries, err = codes("access_countries", f.AccessCountries); err != nil {
		return Flow{}, err
	}
	for i, m := range f.Mechanisms {
		if !m.Valid() {
			return Flow{}, &FieldError{fmt.Sprintf("mechanisms[%d]", i), fmt.Sprintf("unknown mechanism %q", string(m))}
		}
	}
	for i, m := range f.Measures {
		if !m.Valid() {
			return Flow{}, &FieldError{fmt.Sprintf("measures[%d]", i), fmt.Sprintf("unknown measure %q", string(m))}
		}
	}
	for i, c := range f.Categories {
		if !c.Valid() {
			return Flow{}, &FieldError{fmt.Sprintf("categories[%d]", i), fmt.Sprintf("unknown category %q", string(c))}
		}
	}
	if !f.Frequency.Valid() {
		return Flow{}, &FieldError{"frequency", fmt.Sprintf("unknown frequency %q", string(f.Frequency))}
	}
	if !f.ImporterAccess.Valid() {
		return Flow{}, &FieldError{"importer_access", fmt.Sprintf("unknown access %q (want clear or encrypted-only)", string(f.ImporterAccess))}
	}
	return out, nil
}

func normalizeParty(field string, p Party, role Role) (Party, error) {
	if p.Country == "" {
		return Party{}, &FieldError{field + ".country", "missing country"}
	}
	c, err := NormalizeCountry(p.Country)
	if err != nil {
		return Party{}, &FieldError{field + ".country", err.Error()}
	}
	p.Country = c
	if p.ParentCountry != "" {
		c, err := NormalizeCountry(p.ParentCountry)
		if err != nil {
			return Party{}, &FieldError{field + ".parent_country", err.Error()}
		}
		p.ParentCountry = c
	}
	if p.Role == "" {
		p.Role = role
	} else if !p.Role.Valid() {
		return Party{}, &FieldError{field + ".role", fmt.Sprintf("unknown role %q", string(p.Role))}
	}
	if !p.SameGroup.Valid() {
		return Party{}, &FieldError{field + ".same_group", fmt.Sprintf("unknown answer %q (want yes, no or empty)", string(p.SameGroup))}
	}
	if !p.Sector.Valid() {
		return Party{}, &FieldError{field + ".sector", fmt.Sprintf("unknown sector %q", string(p.Sector))}
	}
	return p, nil
}

// candidate is a party that receives or reaches the data.
type candidate struct {
	p         Party
	via       string
	field     string // the Party's JSON path in the Flow; empty for a storage or access country
	sender    Party
	sameGroup Answer // in the sender's group: yes, no, or not stated
}

type evaluator struct {
	ds    *dataset
	f     Flow
	d     civil.Date
	risks map[RiskID]*riskAcc

	subject bool // the exporter is subject to the GDPR
	self    bool // the importer is the exporter itself
	cands   []candidate
	recs    []Recipient
	open    []OpenFact // facts the Flow leaves open, in the order found
}

type riskAcc struct {
	sev     Severity
	parties []string
	details []string
	sources []string
}

// flag records a risk for party (may be empty) with a detail sentence.
func (e *evaluator) flag(id RiskID, sev Severity, party, detail string, sources ...string) {
	r, ok := e.risks[id]
	if !ok {
		r = &riskAcc{}
		e.risks[id] = r
	}
	if sev.rank() > r.sev.rank() {
		r.sev = sev
	}
	if party != "" && !slices.Contains(r.parties, party) {
		r.parties = append(r.parties, party)
	}
	if detail != "" && !slices.Contains(r.details, detail) {
		r.details = append(r.details, detail)
	}
	for _, s := range sources {
		if !slices.Contains(r.sources, s) {
			r.sources = append(r.sources, s)
		}
	}
}

func (e *evaluator) has(m Measure) bool { return slices.Contains(e.f.Measures, m) }

func (e *evaluator) claimed(m Mechanism) bool { return slices.Contains(e.f.Mechanisms, m) }

func (e *evaluator) special() bool {
	for _, c := range e.f.Categories {
		if c.Special() {
			return true
		}
	}
	return false
}

// claimedEffective returns the measures in place that EDPB Recommendations
// 01/2020 Annex 2 accepts as effective (use cases 1, 2 and 5) where the
// importer reaches no data in the clear.
func (e *evaluator) claimedEffective() []Measure {
	var out []Measure
	for _, m := range e.f.Measures {
		if mm, ok := e.ds.measures[m]; ok && mm.Effective && !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// effective returns the measures that are effective for this flow: those
// of claimedEffective, and only when the importer holds encrypted (or
// pseudonymised) data only. Where it processes or reaches the data in the
// clear (use cases 6 and 7), or the Flow does not say, none is (EDPB
// Recommendations 01/2020 v2.0, Annex 2, paras. 84 to 97).
func (e *evaluator) effective() []Measure {
	if e.f.ImporterAccess != AccessEncryptedOnly {
		return nil
	}
	return e.claimedEffective()
}

// openFact records a fact the Flow leaves open, once per field and party.
func (e *evaluator) openFact(field, party, assumed, expl string, sources ...string) {
	for _, o := range e.open {
		if o.Field == field && o.Party == party {
			return
		}
	}
	e.open = append(e.open, OpenFact{Field: field, Party: party, Assumed: assumed, Explanation: expl, Sources: e.ds.src(sources...)})
}

// accessFacts notes the importer's access when measures that could be
// effective are claimed, the data is within reach of a third country (a
// restricted transfer or a foreign parent), and the Flow does not say
// whether the importer sees only ciphertext.
func (e *evaluator) accessFacts() {
	claimed := e.claimedEffective()
	if len(claimed) == 0 || e.f.ImporterAccess != AccessUnknown {
		return
	}
	foreign := e.risks[RiskParentCompanyJurisdiction] != nil
	for _, r := range e.recs {
		foreign = foreign || r.Restricted
	}
	if !foreign {
		return
	}
	e.openFact("importer_access", "", string(AccessClear),
		fmt.Sprintf("The flow claims %s but does not say whether the importer, its group or its support staff reach the data in the clear; taken as clear (EDPB Recommendations 01/2020 Annex 2, use cases 6 and 7), so no technical measure counts as effective. Set importer_access to encrypted-only only if the importer holds ciphertext or pseudonymised data and the keys or additional information stay in the EEA out of its reach (use cases 1 and 2).", measureList(claimed)),
		"edpb-rec-01-2020")
}

func sameEntity(a, b Party) bool {
	an, bn := strings.TrimSpace(a.Name), strings.TrimSpace(b.Name)
	return an != "" && strings.EqualFold(an, bn) && a.Country == b.Country
}

func partyName(p Party) string {
	if n := strings.TrimSpace(p.Name); n != "" {
		return n
	}
	return "unnamed " + string(p.Role) + " in " + p.Country
}

func (e *evaluator) run() Assessment {
	f := e.f
	ds := e.ds
	e.subject = ds.inEEA(f.Exporter.Country, e.d) || f.Exporter.SubjectToGDPR
	e.self = sameEntity(f.Exporter, f.Importer)

	e.collect()
	for _, c := range e.cands {
		e.recs = append(e.recs, e.recipient(c))
	}
	e.foreignRisks()
	e.accessFacts()

	a := Assessment{
		AsOf:                e.d.String(),
		DataAsOf:            AsOf,
		Stale:               e.d.After(mustDay(AsOf)),
		Basis:               BasisNotApplicable,
		Lawful:              true,
		Risks:               []Risk{},
		Recipients:          e.recs,
		EffectiveMeasures:   append([]Measure{}, e.effective()...),
		RequiredMeasures:    []MeasureAdvice{},
		RecommendedMeasures: []MeasureAdvice{},
		USLaw:               []LawExposure{},
		ForeignLaw:          []LawExposure{},
		Conclusions:         []Conclusion{},
	}
	if a.Recipients == nil {
		a.Recipients = []Recipient{}
	}
	e.aggregate(&a)
	e.exposure(&a)
	e.measures(&a)
	e.conclusions(&a)
	a.Risks = e.riskList()
	a.OpenFacts = append([]OpenFact{}, e.open...)
	return a
}

// collect lists the recipients: the importer, the onward parties, and each
// third country of storage or remote access where no listed party sits.
func (e *evaluator) collect() {
	f := e.f
	importerSender := f.Exporter
	if !e.self {
		// The importer is in the exporter's group only when the flow says
		// so: a group of undertakings is a matter of control (GDPR
		// Art. 4(19)), which neither a shared name nor a parent's country
		// shows.
		e.cands = append(e.cands, candidate{p: f.Importer, via: "importer", field: "importer", sender: f.Exporter, sameGroup: f.Importer.SameGroup})
		importerSender = f.Importer
	}
	for i, p := range f.Onward {
		e.cands = append(e.cands, candidate{p: p, via: "onward", field: fmt.Sprintf("onward[%d]", i), sender: importerSender, sameGroup: p.SameGroup})
	}
	if e.self {
		return // the exporter's own storage and staff: no other entity
	}
	sits := func(code string) bool {
		if f.Importer.Country == code {
			return true
		}
		for _, c := range e.cands {
			if c.p.Country == code {
				return true
			}
		}
		return false
	}
	role := Processor
	if f.Importer.Role.processing() {
		role = SubProcessor
	}
	add := func(code, via string) {
		if e.ds.inEEA(code, e.d) || sits(code) {
			return
		}
		group := strings.TrimSpace(f.Importer.Name)
		if group == "" {
			group = "importer"
		}
		what := "storage in " + code
		if via == "remote-access" {
			what = "remote access from " + code
		}
		p := Party{
			Name:          fmt.Sprintf("%s group (%s)", group, what),
			Country:       code,
			Role:          role,
			ParentCountry: f.Importer.ParentCountry,
			DPFCertified:  f.Importer.DPFCertified,
			SubjectToGDPR: f.Importer.SubjectToGDPR,
			SameGroup:     Yes,
			Sector:        f.Importer.Sector,
		}
		e.cands = append(e.cands, candidate{p: p, via: via, sender: f.Importer, sameGroup: Yes})
	}
	for _, c := range f.StorageCountries {
		add(c, "storage")
	}
	for _, c := range f.AccessCountries {
		add(c, "remote-access")
	}
}

func (r *Recipient) reason(s string) { r.Reasons = append(r.Reasons, s) }

func (e *evaluator) addSources(r *Recipient, ids ...string) {
	for _, s := range e.ds.src(ids...) {
		if !slices.ContainsFunc(r.Sources, func(x Source) bool { return x.ID == s.ID }) {
			r.Sources = append(r.Sources, s)
		}
	}
}

// recipient evaluates one recipient: restricted (§11.1), basis (§11.2),
// TIA (§11.3) and lawfulness (§11.4).
func (e *evaluator) recipient(c candidate) Recipient {
	ds, d, p := e.ds, e.d, c.p
	name := partyName(p)
	r := Recipient{
		Name: name, Country: p.Country, Role: p.Role, Via: c.via,
		Basis: BasisNotApplicable, Lawful: true,
		Reasons: []string{}, Sources: []Source{},
	}
	if !e.subject {
		r.reason(fmt.Sprintf("The exporter (%s) is outside the EEA on %s and not subject to the GDPR under Art. 3(2), so Chapter V does not apply to its transfers.", e.f.Exporter.Country, d))
		e.addSources(&r, "gdpr-art-3", "edpb-gl-05-2021")
		return r
	}
	if ds.inEEA(p.Country, d) {
		r.reason(fmt.Sprintf("%s is in the EEA on %s: no transfer to a third country.", p.Country, d))
		e.addSources(&r, "gdpr-art-44", "edpb-gl-05-2021")
		if p.Country == "GB" {
			e.addSources(&r, "tca-finprov-10a")
		}
		return r
	}
	if br := ds.bridge(p.Country, d); br != nil {
		r.Decision = br.ID
		r.reason(fmt.Sprintf("On %s the %s applies: transmission of personal data to %s is not considered a transfer to a third country (until %s).", d, br.Name, p.Country, br.w.until))
		e.addSources(&r, br.Sources...)
		e.flag(RiskInterimArrangement, Low, name,
			fmt.Sprintf("Transfers to %s rest on a temporary bridge (%s) that ends on %s; after it an adequacy decision or another instrument is needed.", p.Country, br.Instrument, br.w.until),
			br.Sources...)
		return r
	}
	r.Restricted = true
	r.reason(fmt.Sprintf("%s (%s) is a separate %s in a third country (%s) on %s, reached by %s: a restricted transfer.", name, c.via, p.Role, p.Country, d, viaText(c.via)))
	e.addSources(&r, "gdpr-art-44", "edpb-gl-05-2021")
	if c.via == "remote-access" || c.via == "storage" {
		e.addSources(&r, "edpb-rec-01-2020")
	}
	if p.SubjectToGDPR {
		r.reason("The recipient is itself subject to the GDPR under Art. 3(2), but that does not remove the transfer: Chapter V applies irrespective of it (EDPB Guidelines 05/2021, criterion 3).")
	}

	e.decide(&r, c)
	if r.Basis == BasisNone {
		// What was relied on left the recipient with nothing.
		for _, id := range []RiskID{RiskAdequacyScopeGap, RiskInvalidatedFramework, RiskExpiredMechanism} {
			if acc := e.risks[id]; acc != nil && slices.Contains(acc.parties, name) {
				acc.sev = High
			}
		}
	}

	if r.Basis != BasisAdequacy && r.Basis != BasisDPF {
		sev := Medium
		probs, _ := ds.problematic(p.Country, d)
		if r.Basis == BasisNone || e.special() || (len(probs) > 0 && len(e.effective()) == 0) {
			sev = High
		}
		detail := fmt.Sprintf("%s in %s is not covered by an adequacy decision or the DPF on %s: its public authorities' access to the data is not assessed as essentially equivalent.", name, p.Country, d)
		if len(probs) > 0 {
			detail += " Laws that impinge: " + lawNames(probs) + "."
		}
		e.flag(RiskThirdCountryGovernmentAccess, sev, name, detail, "cjeu-c-311-18", "edpb-rec-01-2020", "edpb-rec-02-2020")
	}
	return r
}

func viaText(via string) string {
	switch via {
	case "importer":
		return "disclosure to the importer"
	case "onward":
		return "onward transfer from the importer"
	case "storage":
		return "storage there"
	case "remote-access":
		return "remote access from there (EDPB Guidelines 05/2021; Recommendations 01/2020 para. 13)"
	}
	return via
}

func lawNames(ls []*law) string {
	names := make([]string, len(ls))
	for i, l := range ls {
		names[i] = l.Name
	}
	return strings.Join(names, ", ")
}

// decide sets the basis, lawfulness and TIA need of a restricted recipient
// in the precedence of §11.2: the first step that covers the recipient, or
// that the parties claim, decides.
func (e *evaluator) decide(r *Recipient, c candidate) {
	var gaps []scopeGap // adequacy scope gaps that count only when nothing covers the recipient
	switch {
	case e.decideAdequacy(r, c, &gaps): // 1. Art. 45
	case e.decideArt46(r, c): // 2. SCCs and BCRs
	case e.decideDerogation(r): // 3. Art. 49
	default: // 4. nothing
		e.decideNone(r, c)
		for _, g := range gaps {
			e.flag(RiskAdequacyScopeGap, High, r.Name, g.detail, g.sources...)
		}
	}
}

// scopeGap is an adequacy decision whose scope the recipient falls outside.
type scopeGap struct {
	detail  string
	sources []string
}

// decideAdequacy is step 1: an adequacy decision (Art. 45), including the
// DPF and the former US frameworks, valid on the date and covering the
// recipient. It reports whether one did.
func (e *evaluator) decideAdequacy(r *Recipient, c candidate, gaps *[]scopeGap) bool {
	ds, d, p, name := e.ds, e.d, c.p, r.Name
	for _, dec := range ds.decisions {
		if dec.Kind != "adequacy" || dec.Country != p.Country {
			continue
		}
		claimed := dec.Mechanism != "" && e.claimed(dec.Mechanism)
		if !dec.w.contains(d) {
			if claimed && dec.InvalidatedBy != "" && d.After(dec.w.until) {
				e.flag(RiskInvalidatedFramework, Medium, name,
					fmt.Sprintf("%s is relied on after it was invalidated (last valid day %s): %s.", dec.Name, dec.w.until, ds.sources[dec.InvalidatedBy].Title),
					append([]string{dec.InvalidatedBy}, dec.Sources...)...)
				r.reason(fmt.Sprintf("%s was invalidated; it is no basis on %s.", dec.Name, d))
				e.addSources(r, dec.InvalidatedBy)
			} else if claimed && d.Before(dec.w.from) {
				r.reason(fmt.Sprintf("%s is not in force before %s.", dec.Name, dec.w.from))
				e.addSources(r, dec.Sources...)
			}
			continue
		}
		if dec.Requires == "mechanism" && !claimed {
			continue // a self-certification scheme the parties do not rely on
		}
		if gap := e.outOfScope(dec, p); gap != "" {
			r.reason(fmt.Sprintf("%s applies on %s, but the recipient is outside its scope: %s", dec.Name, d, gap))
			e.addSources(r, dec.Sources...)
			detail := fmt.Sprintf("%s is adequate only in part (%s); %s falls outside: %s", dec.Name, dec.Instrument, name, gap)
			if dec.Requires == "dpf-certified" && !claimed {
				// An ordinary US recipient: a gap only if nothing else
				// covers it (see decide).
				*gaps = append(*gaps, scopeGap{detail, dec.Sources})
				continue
			}
			e.flag(RiskAdequacyScopeGap, Medium, name, detail, dec.Sources...)
			continue
		}
		e.coveredByAdequacy(r, dec)
		return true
	}
	if e.claimed(DPF) && p.Country != "US" {
		r.reason("The DPF covers only organisations in the United States.")
	}
	return false
}

// coveredByAdequacy records that dec covers the recipient, with the risks
// that remain: a pending challenge, a review risk, a sunset.
func (e *evaluator) coveredByAdequacy(r *Recipient, dec *decision) {
	d, name := e.d, r.Name
	r.Basis = dec.Basis
	r.Decision = dec.ID
	if dec.Mechanism != "" {
		r.Mechanism = dec.Mechanism
	}
	r.Lawful = true
	r.TIARequired = false
	r.reason(fmt.Sprintf("%s (%s) is valid on %s and covers the recipient. Scope: %s", dec.Name, dec.Instrument, d, dec.Scope))
	if dec.Basis == BasisDPF {
		r.reason("No transfer impact assessment or supplementary measures are needed for an organisation on the DPF List (EDPB information note of 18 Jul 2023; AP).")
	}
	e.addSources(r, "gdpr-art-45")
	e.addSources(r, dec.Sources...)
	for _, ch := range dec.Challenges {
		if ch.w.contains(d) {
			e.flag(RiskAdequacyUnderLegalChallenge, Medium, name,
				fmt.Sprintf("%s is under legal challenge on %s (%s); the decision stays valid until annulled or repealed.", dec.Name, d, ch.Case),
				ch.Source)
		}
	}
	for _, rv := range dec.ReviewRisks {
		if rv.w.contains(d) {
			e.flag(RiskAdequacyReview, Medium, name,
				fmt.Sprintf("%s may be reviewed, suspended or annulled: %s.", dec.Name, rv.Case),
				rv.Source)
		}
	}
	if dec.Sunset {
		e.flag(RiskAdequacySunset, Low, name,
			fmt.Sprintf("%s expires on %s unless renewed; monitor it (EDPB Recommendations 01/2020 step 2).", dec.Name, dec.w.until),
			dec.Sources...)
	}
}

// decideArt46 is step 2: the first claimed SCC set or BCRs that is valid on
// the date and fits the roles and the group. It reports whether one did.
func (e *evaluator) decideArt46(r *Recipient, c candidate) bool {
	ds, d, p, name := e.ds, e.d, c.p, r.Name
	for _, id := range e.f.Mechanisms {
		m := ds.mechanisms[id]
		if m == nil || (m.Kind != "scc" && m.Kind != "bcr") {
			continue
		}
		if d.After(m.w.until) {
			e.flag(RiskExpiredMechanism, Medium, name,
				fmt.Sprintf("%s gives no basis after %s (Decision (EU) 2021/914 Art. 4); new SCCs (2021/914) are needed.", m.Title, m.w.until),
				m.Sources...)
			r.reason(fmt.Sprintf("%s expired on %s.", m.Title, m.w.until))
			e.addSources(r, m.Sources...)
			continue
		}
		if d.Before(m.w.from) {
			r.reason(fmt.Sprintf("%s is not available before %s.", m.Title, m.w.from))
			e.addSources(r, m.Sources...)
			continue
		}
		if !slices.Contains(m.SenderRoles, c.sender.Role) || !slices.Contains(m.RecipientRoles, p.Role) {
			msg := fmt.Sprintf("%s does not fit a transfer from a %s to a %s.", m.Title, c.sender.Role, p.Role)
			if m.ID == SCC2021Module2 && c.sender.Role.processing() {
				msg += " A processor sending to a sub-processor needs Module Three (Decision (EU) 2021/914, Annex)."
			}
			r.reason(msg)
			e.addSources(r, m.Sources...)
			continue
		}
		if m.GroupOnly && c.sameGroup != Yes {
			e.notInGroup(r, c, m)
			continue
		}
		r.Basis = BasisSCC
		if m.Kind == "bcr" {
			r.Basis = BasisBCR
		}
		r.Mechanism = m.ID
		r.TIARequired = true
		r.reason(fmt.Sprintf("%s (%s) covers the transfer from the %s to the %s.", m.Title, m.Provision, c.sender.Role, p.Role))
		e.addSources(r, m.Sources...)
		if m.NewContractsUntil != nil && d.After(mustDay(*m.NewContractsUntil)) {
			r.reason(fmt.Sprintf("On %s only a contract concluded before %s can rest on these clauses. %s", d, mustDay(*m.NewContractsUntil).AddDays(1), m.Transition))
		}
		if m.Kind == "scc" && strings.HasPrefix(string(m.ID), "scc-2021") && p.SubjectToGDPR {
			r.reason("The 2021 SCCs are not designed for an importer already subject to the GDPR under Art. 3(2) (Commission Q&A, 25 May 2022); no other set has been adopted, so use them and document the reasoning.")
			e.addSources(r, "com-scc-qa-2022")
		}
		e.art46Lawful(r, p)
		return true
	}
	return false
}

// notInGroup explains why group-only BCRs do not cover the recipient and,
// when the Flow leaves the group open, names the fact to confirm. A group
// is never inferred from names or parent countries (GDPR Art. 4(19) and
// (20) define it by control, which a name does not show).
func (e *evaluator) notInGroup(r *Recipient, c candidate, m *mechanism) {
	name := r.Name
	e.addSources(r, m.Sources...)
	if m.ID == BCRProcessor && c.via == "importer" {
		r.reason(fmt.Sprintf("%s does not cover a direct transfer from an external controller to a group processor outside the EEA; SCCs are needed for that leg (GDPR Art. 4(20); draft EDPB Recommendations 1/2026).", m.Title))
		return
	}
	if c.sameGroup == No {
		r.reason(fmt.Sprintf("%s cover only transfers within a group of undertakings (GDPR Art. 4(20)). The flow states that %s is not in the sender's group (same_group), so the BCRs do not cover the transfer.", m.Title, name))
		return
	}
	r.reason(fmt.Sprintf("%s cover only transfers within a group of undertakings (GDPR Art. 4(20)). The flow does not state that %s is in the sender's group (same_group), and a group is never inferred from names or parent countries, so the BCR basis is not established.", m.Title, name))
	if c.field != "" {
		e.openFact(c.field+".same_group", name, "false",
			fmt.Sprintf("%s is relied on for %s, but the flow does not say whether %s is in the same group of undertakings as the sender (%s). Set same_group to yes if it is, no if it is not (GDPR Arts. 4(19), 4(20) and 47); until then the BCRs do not cover the transfer.", m.Title, name, name, partyName(c.sender)),
			"gdpr-art-4-20", "gdpr-art-47")
	}
}

// decideDerogation is step 3: the claimed Art. 49 derogations. A claimed
// derogation that fails still decides the basis (derogation, unlawful).
// It reports whether any derogation was claimed.
func (e *evaluator) decideDerogation(r *Recipient) bool {
	ds, name := e.ds, r.Name
	var first *mechanism
	misuse := false
	for _, id := range e.f.Mechanisms {
		m := ds.mechanisms[id]
		if m == nil || m.Kind != "derogation" {
			continue
		}
		if first == nil {
			first = m
		}
		if m.PublicAuthorityBarred && e.f.Exporter.PublicPowers {
			r.reason(fmt.Sprintf("A public authority exercising its public powers cannot rely on %s (GDPR Art. 49(3)).", m.Provision))
			e.addSources(r, "gdpr-art-49-3")
			continue
		}
		if m.PublicAuthorityBarred && e.f.Exporter.Sector == SectorPublic {
			r.reason(fmt.Sprintf("The exporter is a public body: %s is available only if it does not transfer in the exercise of its public powers (GDPR Art. 49(3)).", m.Provision))
			e.addSources(r, "gdpr-art-49-3")
			e.openFact("exporter.public_powers", "", "false",
				fmt.Sprintf("The exporter is in the public sector and relies on %s, which GDPR Art. 49(3) bars for activities in the exercise of public powers. The flow does not say it acts in the exercise of public powers; if it does, set public_powers and the derogation fails.", m.Provision),
				"gdpr-art-49-3")
		}
		if m.OccasionalOnly && e.f.Frequency != Occasional {
			misuse = true
			how := "systematically"
			if e.f.Frequency == "" {
				how = "without being shown to be occasional"
			}
			r.reason(fmt.Sprintf("%s (%s) is used %s; derogations must be interpreted restrictively and do not cover regular transfers within a stable relationship.", m.Title, m.Provision, how))
			e.flag(RiskDerogationMisuse, High, name,
				fmt.Sprintf("%s is used %s: an Art. 49 derogation is a last resort for occasional transfers and cannot become the rule (EDPB Guidelines 2/2018).", m.Provision, how),
				m.Sources...)
			e.addSources(r, m.Sources...)
			continue
		}
		r.Basis = BasisDerogation
		r.Mechanism = m.ID
		r.Lawful = true
		r.TIARequired = false
		r.reason(fmt.Sprintf("%s (%s) covers an occasional transfer if its condition is met; it is a narrow exception and needs no TIA.", m.Title, m.Provision))
		if m.Note != "" {
			r.reason("Condition: " + m.Note)
		}
		e.addSources(r, m.Sources...)
		return true
	}
	if first == nil {
		return false
	}
	r.Basis = BasisDerogation
	r.Mechanism = first.ID
	r.Lawful = false
	r.TIARequired = true
	e.addSources(r, first.Sources...)
	if !misuse {
		r.reason("No claimed derogation is available; an Art. 46 tool with a TIA is needed.")
	}
	return true
}

// decideNone is step 4: nothing covers the recipient (Art. 44).
func (e *evaluator) decideNone(r *Recipient, c candidate) {
	d, name := e.d, r.Name
	r.Basis = BasisNone
	r.Mechanism = ""
	r.Lawful = false
	r.TIARequired = true
	r.reason(fmt.Sprintf("No valid Chapter V instrument covers the transfer to %s on %s (GDPR Art. 44).", name, d))
	e.addSources(r, "gdpr-art-44", "gdpr-art-46", "ap-uber-2024")
	e.flag(RiskNoTransferTool, High, name,
		fmt.Sprintf("No valid transfer instrument covers %s in %s on %s: the transfer breaches GDPR Art. 44 (compare the AP's Uber decision of 2024).", name, c.p.Country, d),
		"gdpr-art-44", "ap-uber-2024")
}

// outOfScope returns why p falls outside dec's scope, or "".
func (e *evaluator) outOfScope(dec *decision, p Party) string {
	if dec.Requires == "dpf-certified" && !p.DPFCertified {
		return "the organisation is not on the DPF List (dpf_certified is false); a parent's certification covers a subsidiary only if listed"
	}
	sector := p.Sector
	if sector == "" {
		sector = SectorCommercial
	}
	if slices.Contains(dec.ExcludedSectors, sector) {
		return fmt.Sprintf("the decision does not cover the %s sector. %s", sector, dec.Scope)
	}
	return ""
}

// art46Lawful applies §11.4 to a recipient on SCCs or BCRs.
func (e *evaluator) art46Lawful(r *Recipient, p Party) {
	ds, d := e.ds, e.d
	name := r.Name
	tia := e.has(TIADocumented)
	probs, sg := ds.problematic(p.Country, d)
	eff := e.effective()
	e.addSources(r, "cjeu-c-311-18", "edpb-rec-01-2020")
	if r.Basis == BasisSCC {
		e.addSources(r, "dec-2021-914-clause-14")
	}
	if !tia {
		r.reason("No transfer impact assessment is documented: Schrems II and SCC Clause 14 require one for every Art. 46 tool, BCRs included.")
		e.flag(RiskMissingTIA, High, name,
			fmt.Sprintf("%s rests on %s without a documented transfer impact assessment (C-311/18; EDPB Recommendations 01/2020 steps 3-4; SCC Clause 14(d)).", name, r.Mechanism),
			"cjeu-c-311-18", "edpb-rec-01-2020", "dec-2021-914-clause-14", "edpb-faq-schrems-ii")
	}
	switch {
	case sg != nil:
		r.reason(fmt.Sprintf("On %s: %s.", d, sg.Title))
		e.addSources(r, sg.Sources...)
		for _, rv := range sg.ReviewRisks {
			if rv.w.contains(d) {
				r.reason(fmt.Sprintf("The transfer impact assessment relies on these safeguards, which may be reviewed: %s.", rv.Case))
				e.addSources(r, rv.Source)
				e.flag(RiskAdequacyReview, Medium, name,
					fmt.Sprintf("%s rests on %s with a transfer impact assessment that relies on the EO 14086 safeguards as the Commission assessed them for the DPF; that assessment may be reviewed, suspended or annulled, which would reach SCC and BCR transfers as well: %s.", name, r.Mechanism, rv.Case),
					append([]string{rv.Source}, sg.Sources...)...)
			}
		}
	case len(probs) > 0 && len(eff) == 0:
		r.reason(fmt.Sprintf("The laws of %s impinge on the safeguards (%s) and no effective supplementary measure is in place: access in the clear (EDPB use cases 6 and 7) cannot be protected.", p.Country, lawNames(probs)))
		if cl := e.claimedEffective(); len(cl) > 0 {
			r.reason(fmt.Sprintf("%s would be effective only if the importer held ciphertext or pseudonymised data alone (use cases 1 and 2); it processes or reaches the data in the clear (importer_access %q), so keys in the EEA do not protect it.", measureList(cl), accessText(e.f.ImporterAccess)))
		}
		for _, l := range probs {
			e.addSources(r, l.Sources...)
		}
		e.flag(RiskInsufficientMeasures, High, name,
			fmt.Sprintf("The laws of %s (%s) impinge on %s and no effective technical measure (EDPB use cases 1, 2 or 5) is in place: avoid, suspend or end the transfer, or add one.", p.Country, lawNames(probs), r.Mechanism),
			"edpb-rec-01-2020", "cjeu-c-311-18")
	case len(probs) > 0:
		r.reason(fmt.Sprintf("The laws of %s impinge on the safeguards (%s), but an effective supplementary measure is in place: %s.", p.Country, lawNames(probs), measureList(eff)))
	default:
		r.reason(fmt.Sprintf("The data has no finding that the laws of %s impinge on the safeguards; the TIA must confirm it.", p.Country))
	}
	r.Lawful = tia && (len(probs) == 0 || len(eff) > 0)
}

func accessText(a Access) string {
	if a == AccessUnknown {
		return "not stated, taken as clear"
	}
	return string(a)
}

func measureList(ms []Measure) string {
	s := make([]string, len(ms))
	for i, m := range ms {
		s[i] = string(m)
	}
	return strings.Join(s, ", ")
}
