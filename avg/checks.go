package avg

import (
	"fmt"
	"slices"
	"time"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
)

// checkSpecial: special categories in the schema, the sample records or
// declared in Processing fail. Legal basis: AVG art. 9 and 10, UAVG art. 46;
// data minimisation, art. 5 lid 1 onder c.
func (a *assessment) checkSpecial() (Status, []Fact) {
	facts := slices.Concat(a.fieldFacts, a.recordFacts)
	if declared := a.declared(); len(declared) > 0 {
		facts = append(facts, Fact{ID: "special-declared", Categories: declared})
	}
	if len(facts) > 0 {
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
			default:
				st = worst(st, Fail)
				f.ID = "transfer-unlawful"
			}
			facts = append(facts, f)
		}
		if res.Restricted && slices.Contains(res.RiskIDs(), transfer.RiskMissingTIA) {
			facts = append(facts, Fact{ID: "transfer-missing-tia", Party: partyName(a.flows[i].Importer, i)})
		}
	}
	return st, facts
}

// foreignRisks are the risks of transfer.Evaluate that put the data within
// reach of a third country's authorities.
var foreignRisks = []string{
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
				facts = append(facts, Fact{ID: "foreign-risk", Party: imp, Value: id})
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
// lid 1; AP, HagaZiekenhuis, 18 June 2019).
func (a *assessment) checkTwoFactor() (Status, []Fact) {
	if a.s.Controls.TwoFactor {
		return Pass, []Fact{{ID: "two-factor-enforced"}}
	}
	return Fail, []Fact{{ID: "two-factor-missing"}}
}

// checkRetention: every category of records needs a period, enforced
// (AVG art. 5 lid 1 onder e; art. 30 lid 1 onder f).
func (a *assessment) checkRetention() (Status, []Fact) {
	return a.retentionSt, a.retentionFact
}

// checkDPIA: a required DPIA must be done, reviewed in the last three
// years (Model DPIA Rijksdienst) and carry the DPO's advice (art. 35 lid 2).
func (a *assessment) checkDPIA() (Status, []Fact) {
	p := a.s.DPIA
	if p == nil {
		switch a.screening.Outcome {
		case Required:
			return Fail, []Fact{{ID: "dpia-missing-required"}}
		case Recommended:
			return Warn, []Fact{{ID: "dpia-missing-recommended"}}
		}
		return Pass, []Fact{{ID: "dpia-not-required"}}
	}
	facts := []Fact{{ID: "dpia-done", Date: p.Date.Format(time.DateOnly)}}
	st := Pass
	last := p.Date
	if !p.Reviewed.IsZero() {
		last = p.Reviewed
		facts = append(facts, Fact{ID: "dpia-reviewed", Date: p.Reviewed.Format(time.DateOnly)})
	}
	due := retention.Period{Years: a.d.reviewAfterYears}.End(civil(last))
	if civil(a.asOf).After(due) {
		st = Warn
		facts = append(facts, Fact{ID: "dpia-review-due", Count: a.d.reviewAfterYears, Date: civil(last).Format(time.DateOnly)})
	}
	if !p.DPOAdvice {
		st = Warn
		facts = append(facts, Fact{ID: "dpia-no-dpo-advice"})
	}
	return st, facts
}
