package avg

import (
	"fmt"
	"slices"
	"strings"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/transfer"
)

// CheckID identifies a check. The values are stable IDs; data/checks.json
// holds each check's severity, sources and mitigations, and the message
// catalogues its texts.
type CheckID string

// The checks, in report order: the eight that follow the seed's
// mitigations, whether a data protection officer is mandatory (Art. 37),
// then the seven a supervisor asks for about a CRM at a vendor.
const (
	CheckSpecialCategories   CheckID = "special-categories"
	CheckStorageLocation     CheckID = "storage-location"
	CheckTransferBasis       CheckID = "transfer-basis"
	CheckForeignJurisdiction CheckID = "foreign-jurisdiction"
	CheckEncryption          CheckID = "encryption"
	CheckTwoFactor           CheckID = "two-factor"
	CheckRetention           CheckID = "retention"
	CheckDPIA                CheckID = "dpia"
	CheckDPO                 CheckID = "data-protection-officer"
	CheckProcessorAgreement  CheckID = "processor-agreement"
	CheckRecords             CheckID = "records-of-processing"
	CheckLegalBasis          CheckID = "legal-basis"
	CheckTransparency        CheckID = "transparency"
	CheckRights              CheckID = "data-subject-rights"
	CheckBreach              CheckID = "breach-process"
	CheckAccessControl       CheckID = "access-control"
)

// checks is the check table: each check's ID with the function that runs
// it, in report order.
var checks = []struct {
	id  CheckID
	run func(*assessment) (Status, []Fact)
}{
	{CheckSpecialCategories, (*assessment).checkSpecial},
	{CheckStorageLocation, (*assessment).checkStorage},
	{CheckTransferBasis, (*assessment).checkTransferBasis},
	{CheckForeignJurisdiction, (*assessment).checkJurisdiction},
	{CheckEncryption, (*assessment).checkEncryption},
	{CheckTwoFactor, (*assessment).checkTwoFactor},
	{CheckRetention, (*assessment).checkRetention},
	{CheckDPIA, (*assessment).checkDPIA},
	{CheckDPO, (*assessment).checkDPO},
	{CheckProcessorAgreement, (*assessment).checkProcessorAgreement},
	{CheckRecords, (*assessment).checkRecords},
	{CheckLegalBasis, (*assessment).checkLegalBasis},
	{CheckTransparency, (*assessment).checkTransparency},
	{CheckRights, (*assessment).checkRights},
	{CheckBreach, (*assessment).checkBreach},
	{CheckAccessControl, (*assessment).checkAccessControl},
}

// CheckIDs returns the IDs of the checks in the order of a report.
func CheckIDs() []CheckID {
	ids := make([]CheckID, len(checks))
	for i, c := range checks {
		ids[i] = c.id
	}
	return ids
}

// checkSpecial: special categories in the schema, the sample records or
// declared in Processing fail. Legal basis: AVG art. 9 and 10, UAVG art. 46;
// data minimisation, art. 5 lid 1 onder c.
func (a *assessment) checkSpecial() (Status, []Fact) {
	facts := slices.Concat(a.fieldFacts, a.recordFacts)
	if declared := a.declared(); len(declared) > 0 {
		facts = append(facts, Fact{ID: "special-declared", Categories: declared})
	}
	if len(facts) > 0 {
		if a.s.Processing.EnergySupplier && slices.Contains(a.cats, classify.Health) {
			facts = append(facts, Fact{ID: "energy-vulnerable-customer"})
		}
		return Fail, facts
	}
	if len(a.s.Fields) == 0 && len(a.s.Records) == 0 {
		return NotApplicable, []Fact{{ID: "nothing-scanned"}}
	}
	return Pass, []Fact{
		{ID: "scanned-fields", Count: len(a.s.Fields)},
		{ID: "scanned-records", Count: len(a.s.Records)},
	}
}

// declared returns the special categories declared in Processing, once
// each, in their order.
func (a *assessment) declared() []classify.Category {
	var out []classify.Category
	for _, c := range a.s.Processing.Categories {
		if c.Special() && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// checkStorage: storage in the EEA passes; in a third country it fails, or
// warns when the transfer there is lawful; an unknown location warns.
func (a *assessment) checkStorage() (Status, []Fact) {
	if len(a.flows) == 0 {
		return NotApplicable, []Fact{{ID: "no-transfers"}}
	}
	st := NotApplicable
	var facts []Fact
	for i, f := range a.flows {
		name := partyName(f.Importer, i)
		if len(f.StorageCountries) == 0 {
			st = worst(st, Warn)
			facts = append(facts, Fact{ID: "storage-unknown", Party: name})
			continue
		}
		var outside []string
		for _, c := range f.StorageCountries {
			if !transfer.InEEA(c, a.asOf) {
				outside = append(outside, c)
			}
		}
		switch {
		case len(outside) == 0:
			st = worst(st, Pass)
			facts = append(facts, Fact{ID: "storage-eea", Party: name, Countries: f.StorageCountries})
		case a.assessments[i].Lawful:
			st = worst(st, Warn)
			facts = append(facts, Fact{ID: "storage-third-country-lawful", Party: name, Countries: outside})
		default:
			st = worst(st, Fail)
			facts = append(facts, Fact{ID: "storage-third-country", Party: name, Countries: outside})
		}
	}
	return st, facts
}

// checkTransferBasis: every restricted transfer needs a valid Chapter V
// basis (AVG art. 44–49), judged by transfer.Evaluate for each recipient:
// storage in the EEA is no transfer; a recipient in a third country, or
// the importer's group reaching the data from one, is (EDPB Guidelines
// 05/2021, criterion 3).
func (a *assessment) checkTransferBasis() (Status, []Fact) {
	if len(a.flows) == 0 {
		return NotApplicable, []Fact{{ID: "no-transfers"}}
	}
	st := NotApplicable
	var facts []Fact
	for i, res := range a.assessments {
		for _, rc := range res.Recipients {
			f := Fact{Party: a.recipientName(i, rc), Countries: []string{rc.Country}, Value: string(rc.Basis)}
			if rc.Via == "storage" || rc.Via == "remote-access" {
				f.Via = rc.Via
			}
			switch {
			case !rc.Restricted:
				st = worst(st, Pass)
				f.ID, f.Value = "transfer-not-restricted", ""
			case rc.Lawful && rc.Basis == transfer.BasisDerogation:
				st = worst(st, Warn)
				f.ID = "transfer-derogation"
			case rc.Lawful:
				st = worst(st, Pass)
				f.ID = "transfer-lawful"
			case rc.Basis == transfer.BasisNone:
				st = worst(st, Fail)
				f.ID, f.Value = "transfer-no-basis", ""
			case rc.Basis == transfer.BasisDerogation && a.flows[i].Exporter.PublicPowers && rc.Mechanism.PublicAuthorityBarred():
				// Say why, as a lawyer would: Art. 49(3) bars it.
				st = worst(st, Fail)
				f.ID = "transfer-public-powers-barred"
			default:
				st = worst(st, Fail)
				f.ID = "transfer-unlawful"
			}
			facts = append(facts, f)
		}
		if res.Restricted && slices.Contains(res.RiskIDs(), transfer.RiskMissingTIA) {
			facts = append(facts, Fact{ID: "transfer-missing-tia", Party: partyName(a.flows[i].Importer, i)})
		}
		// The facts the flow leaves open that the outcome depends on:
		// never decided from a name, so the report asks to confirm them.
		// The importer's access is foreign-jurisdiction's question.
		for _, o := range res.OpenFacts {
			_, key, _ := strings.Cut(o.Field, ".")
			if key == "" {
				key = o.Field
			}
			id, ok := openFacts[key]
			if !ok {
				continue
			}
			party := o.Party
			if party == "" {
				party = a.flows[i].Exporter.Name
			}
			st = worst(st, Warn)
			facts = append(facts, Fact{ID: id + "-not-stated", Party: party, Field: o.Field})
		}
	}
	return st, facts
}

// openFacts maps the fields of transfer.OpenFact that transfer-basis asks
// to confirm to the questions of the message catalogues.
var openFacts = map[string]string{
	"same_group":    "transfer-same-group",    // BCRs cover a group only (GDPR Arts. 4(20), 47)
	"public_powers": "transfer-public-powers", // Art. 49(3) bars derogations in the exercise of public powers
}

// foreignRisks are the risks of transfer.Evaluate that put the data within
// reach of a third country's authorities.
var foreignRisks = []transfer.RiskID{
	transfer.RiskParentCompanyJurisdiction,
	transfer.RiskThirdCountryGovernmentAccess,
	transfer.RiskRemoteAccess,
}

// exposure returns the facts that put flow i within reach of a third
// country's law: a recipient or its parent outside the EEA, remote access
// from outside the EEA, the laws transfer.Evaluate names.
func (a *assessment) exposure(i int) []Fact {
	f, res := a.flows[i], a.assessments[i]
	var facts []Fact
	imp := partyName(f.Importer, i)
	for j, p := range append([]transfer.Party{f.Importer}, f.Onward...) {
		name := imp
		if j > 0 {
			name = p.Name
			if name == "" {
				name = fmt.Sprintf("%s/%d", imp, j)
			}
		}
		if p.Country != "" && !transfer.InEEA(p.Country, a.asOf) {
			facts = append(facts, Fact{ID: "third-country-recipient", Party: name, Countries: []string{p.Country}})
		}
		if p.ParentCountry != "" && !transfer.InEEA(p.ParentCountry, a.asOf) {
			facts = append(facts, Fact{ID: "parent-jurisdiction", Party: name, Countries: []string{p.ParentCountry}})
		}
	}
	var access []string
	for _, c := range f.AccessCountries {
		if !transfer.InEEA(c, a.asOf) {
			access = append(access, c)
		}
	}
	if len(access) > 0 {
		facts = append(facts, Fact{ID: "remote-access", Party: imp, Countries: access})
	}
	for _, law := range res.ForeignLaw {
		facts = append(facts, Fact{ID: "foreign-law", Value: law.ID, Countries: []string{law.Country}})
	}
	if len(facts) == 0 {
		for _, id := range res.RiskIDs() {
			if slices.Contains(foreignRisks, id) {
				facts = append(facts, Fact{ID: "foreign-risk", Party: imp, Value: string(id)})
			}
		}
	}
	return facts
}

// keysInEEA reports whether the keys of flow i are held out of the
// vendor's reach: by the organisation, or by a key service in the EEA.
func (a *assessment) keysInEEA(i int) bool {
	if a.s.Controls.KeyCustody == CustomerKeysInEEA {
		return true
	}
	return slices.ContainsFunc(a.flows[i].Measures, func(m transfer.Measure) bool {
		return m == transfer.EncryptionAtRestKeysInEEA || m == transfer.DoubleKeyEncryption || m == transfer.PseudonymisationKeysInEEA
	})
}

// checkJurisdiction: a vendor under third-country law (the CLOUD Act
// reaches data wherever it is stored) fails unless an effective technical
// measure keeps the data out of that law's reach. Keys held in the EEA are
// one only where the importer, its group and its support staff hold
// ciphertext only (EDPB Recommendations 01/2020 v2.0, Annex 2, use case 1);
// a SaaS service that processes the data in the clear (use case 6) or
// support staff who read it (use case 7) leave no effective technical
// measure, keys or not. Not stated is taken as in the clear.
func (a *assessment) checkJurisdiction() (Status, []Fact) {
	if len(a.flows) == 0 {
		return NotApplicable, []Fact{{ID: "no-transfers"}}
	}
	st := NotApplicable
	var facts []Fact
	for i, f := range a.flows {
		exp := a.exposure(i)
		name := partyName(f.Importer, i)
		switch {
		case len(exp) == 0:
			st = worst(st, Pass)
			facts = append(facts, Fact{ID: "no-foreign-exposure", Party: name})
		case a.keysInEEA(i) && f.ImporterAccess == transfer.AccessEncryptedOnly:
			st = worst(st, Pass)
			facts = append(facts, exp...)
			facts = append(facts, Fact{ID: "keys-in-eea", Party: name})
		case a.keysInEEA(i) && f.ImporterAccess == transfer.AccessClear:
			st = worst(st, Fail)
			facts = append(facts, exp...)
			facts = append(facts, Fact{ID: "keys-in-eea-clear-access", Party: name})
		case a.keysInEEA(i):
			st = worst(st, Fail)
			facts = append(facts, exp...)
			facts = append(facts, Fact{ID: "keys-in-eea-access-not-stated", Party: name})
		default:
			st = worst(st, Fail)
			facts = append(facts, exp...)
		}
	}
	return st, facts
}

// anyMeasure reports whether any flow has one of the measures.
func (a *assessment) anyMeasure(ms ...transfer.Measure) bool {
	for _, f := range a.flows {
		for _, m := range f.Measures {
			if slices.Contains(ms, m) {
				return true
			}
		}
	}
	return false
}

// checkEncryption: stored and transmitted data must be encrypted (AVG art.
// 32 lid 1 onder a); with a vendor under third-country law, keys held by
// the vendor are a warning.
func (a *assessment) checkEncryption() (Status, []Fact) {
	ctl := a.s.Controls
	keysEEA := ctl.KeyCustody == CustomerKeysInEEA || a.anyMeasure(transfer.EncryptionAtRestKeysInEEA, transfer.DoubleKeyEncryption)
	atRest := ctl.EncryptionAtRest || keysEEA || a.anyMeasure(transfer.EncryptionAtRestProviderKeys)
	inTransit := ctl.EncryptionInTransit || a.anyMeasure(transfer.EncryptionInTransit)
	var facts []Fact
	st := Pass
	if !atRest {
		st = Fail
		facts = append(facts, Fact{ID: "no-encryption-at-rest"})
	}
	if !inTransit {
		st = Fail
		facts = append(facts, Fact{ID: "no-encryption-in-transit"})
	}
	if st == Fail {
		return st, facts
	}
	if keysEEA {
		return Pass, []Fact{{ID: "encrypted-customer-keys"}}
	}
	for i := range a.flows {
		if len(a.exposure(i)) > 0 {
			return Warn, []Fact{{ID: "encrypted-provider-keys-exposed"}}
		}
	}
	return Pass, []Fact{{ID: "encrypted-provider-keys"}}
}

// checkTwoFactor: two-factor authentication for every user (AVG art. 32
// lid 1; AP, HagaZiekenhuis, 18 June 2019). Administrators only is a
// warning, a failure where the system holds special categories.
func (a *assessment) checkTwoFactor() (Status, []Fact) {
	switch a.s.Controls.TwoFactor {
	case TwoFactorAllUsers:
		return Pass, []Fact{{ID: "two-factor-all-users"}}
	case TwoFactorAdministrators:
		if len(a.cats) > 0 {
			return Fail, []Fact{{ID: "two-factor-administrators-only", Categories: a.cats}}
		}
		return Warn, []Fact{{ID: "two-factor-administrators-only"}}
	case TwoFactorNone:
		return Fail, []Fact{{ID: "two-factor-none"}}
	}
	return Warn, []Fact{{ID: "two-factor-not-stated"}}
}

// checkRetention: every category of records held needs a period, enforced
// (AVG art. 5 lid 1 onder e), and each one with a statutory minimum or
// maximum must be configured compatibly with it: a two-year period for
// customer accounts does not cover invoices under AWR art. 52's seven
// years.
func (a *assessment) checkRetention() (Status, []Fact) {
	return a.retentionSt, a.retentionFact
}

// checkDPIA: a required DPIA must be done (fail), reviewed in the last
// three years (Model DPIA Rijksdienst; a warning) and carry the DPO's advice
// where a DPO is designated (art. 35 lid 2; without it, fail; not stated,
// warn).
func (a *assessment) checkDPIA() (Status, []Fact) {
	p := a.s.DPIA
	noDPO := a.s.DPODesignated == No
	if p == nil {
		var facts []Fact
		st := Pass
		switch a.screening.Outcome {
		case Required:
			st, facts = Fail, []Fact{{ID: "dpia-missing-required"}}
		case Recommended:
			st, facts = Warn, []Fact{{ID: "dpia-missing-recommended"}}
		default:
			facts = []Fact{{ID: "dpia-not-required"}}
		}
		if st != Pass && noDPO {
			facts = append(facts, Fact{ID: "dpo-not-designated"})
		}
		return st, facts
	}
	facts := []Fact{{ID: "dpia-done", Date: p.Date.String()}}
	st := Pass
	last := p.Date
	if !p.Reviewed.IsZero() {
		last = p.Reviewed
		facts = append(facts, Fact{ID: "dpia-reviewed", Date: p.Reviewed.String()})
	}
	if a.today.After(last.AddMonths(12 * a.d.reviewAfterYears)) {
		st = Warn
		facts = append(facts, Fact{ID: "dpia-review-due", Count: a.d.reviewAfterYears, Date: last.String()})
	}
	if p.DPOAdvice != Yes {
		switch a.s.DPODesignated {
		case Yes:
			if p.DPOAdvice == No {
				// "shall seek the advice": a mandatory step of the DPIA,
				// not good practice like the three-year review (WP243
				// rev.01 § 4.2).
				st = Fail
				facts = append(facts, Fact{ID: "dpia-no-dpo-advice"})
			} else {
				// Not stated is asked, never read as no.
				st = worst(st, Warn)
				facts = append(facts, Fact{ID: "dpia-dpo-advice-not-stated"})
			}
		case No:
			facts = append(facts, Fact{ID: "dpo-not-designated"})
		default:
			st = worst(st, Warn)
			facts = append(facts, Fact{ID: "dpo-designated-not-stated"})
		}
	}
	return st, facts
}

// question is one fact an organisation states, with the answer that is a
// finding (No for most, Yes for a vendor's own use) and the status that
// finding gives.
type question struct {
	id  string // the question's ID; its facts are id+"-yes", id+"-no", id+"-not-stated"
	a   Answer
	bad Answer // the answer that is a finding: No, or Yes
	st  Status // the status of the finding: Fail, or Warn where the law says "where possible"
}

// ask judges the answers: a finding gives its status, not stated a
// warning that asks to confirm, the other answer a pass. Facts name the
// party, if any.
func ask(party string, qs ...question) (Status, []Fact) {
	st := Pass
	var facts []Fact
	for _, q := range qs {
		bad, status := q.bad, q.st
		if bad == NotStated {
			bad = No
		}
		if status == "" {
			status = Fail
		}
		switch q.a {
		case NotStated:
			st = worst(st, Warn)
			facts = append(facts, Fact{ID: q.id + "-not-stated", Party: party})
		case bad:
			st = worst(st, status)
			facts = append(facts, Fact{ID: q.id + "-" + string(q.a), Party: party})
		default:
			facts = append(facts, Fact{ID: q.id + "-" + string(q.a), Party: party})
		}
	}
	return st, facts
}

// restricted reports whether any flow makes a restricted transfer.
func (a *assessment) restricted() bool {
	return slices.ContainsFunc(a.assessments, func(r transfer.Assessment) bool { return r.Restricted })
}

// processors returns the names of the processors: the importers of the
// flows that act as processors, then the processors of agreements that
// no flow names, once each.
func (a *assessment) processors() []string {
	var names []string
	for i, f := range a.flows {
		if f.Importer.Role == transfer.Processor || f.Importer.Role == transfer.SubProcessor || f.Importer.Role == "" {
			if n := partyName(f.Importer, i); !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	for _, pa := range a.s.ProcessorAgreements {
		if !slices.Contains(names, pa.Processor) {
			names = append(names, pa.Processor)
		}
	}
	return names
}

// checkProcessorAgreement: every processor is bound by an agreement that
// settles at least what Art. 28(3) lists, among it deletion or return at
// the end (g) and audits (h); sub-processors only with authorisation and a
// list the controller holds (Art. 28(2) and (4); EDPB Opinion 22/2024); a
// vendor that uses the data for its own purposes is a controller for that
// use, outside the agreement (Art. 28(10)).
func (a *assessment) checkProcessorAgreement() (Status, []Fact) {
	names := a.processors()
	if len(names) == 0 {
		return NotApplicable, []Fact{{ID: "no-processors"}}
	}
	st := NotApplicable
	var facts []Fact
	for _, name := range names {
		i := slices.IndexFunc(a.s.ProcessorAgreements, func(pa ProcessorAgreement) bool { return pa.Processor == name })
		if i < 0 {
			st = worst(st, Warn)
			facts = append(facts, Fact{ID: "pa-not-stated", Party: name})
			continue
		}
		pa := a.s.ProcessorAgreements[i]
		s, f := ask(name,
			question{id: "pa-signed", a: pa.Signed},
			question{id: "pa-deletion-or-return", a: pa.DeletionOrReturn},
			question{id: "pa-audits", a: pa.Audits},
			question{id: "pa-sub-processor-authorisation", a: pa.SubProcessorAuthorisation},
			question{id: "pa-sub-processor-list", a: pa.SubProcessorList},
			question{id: "pa-own-use", a: pa.OwnUse, bad: Yes},
		)
		st = worst(st, s)
		facts = append(facts, f...)
	}
	return st, facts
}

// checkRecords: the processing is in the record of processing activities
// (Art. 30(1)), with its transfers (Art. 30(1)(e)) and, "where possible",
// its time limits for erasure (Art. 30(1)(f)); a missing time limit is a
// warning, not a failure.
func (a *assessment) checkRecords() (Status, []Fact) {
	r := a.s.Register
	qs := []question{{id: "ro-recorded", a: r.Recorded}}
	if a.restricted() {
		qs = append(qs, question{id: "ro-transfers-recorded", a: r.TransfersRecorded})
	}
	qs = append(qs, question{id: "ro-periods-recorded", a: r.PeriodsRecorded, st: Warn})
	return ask("", qs...)
}

// checkLegalBasis: the processing rests on a ground of Art. 6(1), with a
// documented balancing test for legitimate interests (Art. 6(1)(f)), and
// each special category found on an exception that fits it (Art. 9(2),
// Art. 10, UAVG arts. 22–30, 32–33 and 46).
func (a *assessment) checkLegalBasis() (Status, []Fact) {
	lb := a.s.LegalBasis
	st := Pass
	var facts []Fact
	if len(lb.Grounds) == 0 {
		st = Warn
		facts = append(facts, Fact{ID: "lb-grounds-not-stated"})
	}
	for _, g := range lb.Grounds {
		facts = append(facts, Fact{ID: "lb-ground", Value: "ground." + string(g)})
	}
	if slices.Contains(lb.Grounds, LegitimateInterests) {
		s, f := ask("", question{id: "lb-balancing-test", a: lb.BalancingTest})
		st = worst(st, s)
		facts = append(facts, f...)
	}
	for _, c := range a.cats {
		i := slices.IndexFunc(lb.Special, func(e SpecialException) bool { return e.Category == c })
		if i < 0 {
			st = worst(st, Warn)
			facts = append(facts, Fact{ID: "lb-special-not-stated", Categories: []classify.Category{c}})
			continue
		}
		e := lb.Special[i]
		def, _ := a.d.exception(e.Exception)
		if !slices.Contains(def.Categories, c) {
			st = worst(st, Fail)
			facts = append(facts, Fact{ID: "lb-special-mismatch", Categories: []classify.Category{c}, Value: "exception." + e.Exception})
			continue
		}
		facts = append(facts, Fact{ID: "lb-special", Categories: []classify.Category{c}, Value: "exception." + e.Exception})
	}
	return st, facts
}

// checkTransparency: data subjects get the information of Arts. 13 and
// 14, including the transfers to third countries and their safeguards
// (Art. 13(1)(f)) and the retention periods (Art. 13(2)(a)).
func (a *assessment) checkTransparency() (Status, []Fact) {
	t := a.s.Transparency
	qs := []question{{id: "tr-notice", a: t.Notice}}
	if a.restricted() {
		qs = append(qs, question{id: "tr-transfers", a: t.Transfers})
	}
	qs = append(qs, question{id: "tr-retention", a: t.Retention})
	return ask("", qs...)
}

// checkRights: a procedure for the rights of Arts. 15–22, answered within
// one month (Art. 12(3)), reaching the vendor's copies (Arts. 17, 19,
// 28(3)(e)).
func (a *assessment) checkRights() (Status, []Fact) {
	r := a.s.Rights
	qs := []question{{id: "dr-procedure", a: r.Procedure}, {id: "dr-one-month", a: r.OneMonth}}
	if len(a.processors()) > 0 {
		qs = append(qs, question{id: "dr-vendor-erasure", a: r.VendorErasure})
	}
	return ask("", qs...)
}

// checkBreach: a procedure that notifies the AP within 72 hours (Art.
// 33(1)) and data subjects where the risk is high (Art. 34), a register of
// every breach (Art. 33(5)), and processors that notify the controller
// without undue delay (Art. 33(2)).
func (a *assessment) checkBreach() (Status, []Fact) {
	b := a.s.Breach
	qs := []question{{id: "br-procedure", a: b.Procedure}, {id: "br-register", a: b.Register}}
	if len(a.processors()) > 0 {
		qs = append(qs, question{id: "br-processor-notice", a: b.ProcessorNotice})
	}
	return ask("", qs...)
}

// checkAccessControl: access on a need-to-know basis, logged, and the logs
// reviewed regularly (Art. 32(1)(b) and (d); the AP fined HagaZiekenhuis on
// 18 June 2019 for lacking two-factor authentication and a regular review
// of the logs).
func (a *assessment) checkAccessControl() (Status, []Fact) {
	c := a.s.Controls
	return ask("",
		question{id: "ac-role-based-access", a: c.RoleBasedAccess},
		question{id: "ac-access-logging", a: c.AccessLogging},
		question{id: "ac-log-review", a: c.LogReview},
	)
}
