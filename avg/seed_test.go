package avg_test

import (
	"time"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
)

// seedAsOf is the date of the seed's assessments.
var seedAsOf = time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)

// The sample values below are invented; the tests check that none of them
// appears in any report, error or draft.
const (
	secretHealth1  = "Klant belde, heeft diabetes en is vorige week geopereerd aan zijn knie."
	secretHealth2  = "Mevrouw Jansen is zwanger en met zwangerschapsverlof; terugbellen in maart."
	secretReligion = "rooms-katholiek"
	secretRecord   = "Dhr. de Boer heeft hartklachten en gebruikt bloedverdunners."
)

// seedSystem is the seed's case: a Dutch organisation on a Salesforce-like
// CRM (Irish subsidiary, US parent, EU data centres, processor BCRs, US
// support access), with a religion field and health remarks in the notes,
// no two-factor authentication, no retention periods and no DPIA.
func seedSystem() avg.System {
	return avg.System{
		Name: "Klantcontact CRM",
		Transfers: []transfer.Flow{{
			Exporter:         transfer.Party{Name: "Voorbeeld Zorgverzekeringen B.V.", Country: "NL", Role: transfer.Controller},
			Importer:         transfer.Party{Name: "CloudCRM Ireland Ltd", Country: "IE", Role: transfer.Processor, ParentCountry: "US"},
			Onward:           []transfer.Party{{Name: "CloudCRM Inc.", Country: "US", Role: transfer.SubProcessor, SameGroup: transfer.Yes}},
			StorageCountries: []string{"IE", "DE"},
			AccessCountries:  []string{"US"},
			Mechanisms:       []transfer.Mechanism{transfer.BCRProcessor},
			Measures:         []transfer.Measure{transfer.TIADocumented, transfer.EncryptionInTransit, transfer.EncryptionAtRestProviderKeys},
			Frequency:        transfer.Systematic,
		}},
		Fields: []classify.Field{
			{Object: "Contact", Name: "LastName", Label: "Achternaam"},
			{Object: "Contact", Name: "Email", Label: "E-mail"},
			{Object: "Contact", Name: "Religie__c", Label: "Religie", Values: []string{secretReligion}},
			{Object: "Contact", Name: "Notities__c", Label: "Notities", Values: []string{secretHealth1, secretHealth2}},
		},
		Records: []map[string]string{
			{"LastName": "de Boer", "Notities__c": secretRecord},
			{"LastName": "Visser", "Notities__c": "Offerte verstuurd, volgt in januari."},
		},
		Controls: avg.Controls{EncryptionAtRest: true, EncryptionInTransit: true, TwoFactor: avg.TwoFactorNone},
		Processing: avg.Processing{
			Purposes: []string{"klantcontact en service"},
			Subjects: 250000,
		},
	}
}

// mitigatedSystem is the seed's system after the mitigations: no special
// fields, two-factor authentication, retention configured and enforced,
// keys held in the EEA, a DPIA done and reviewed recently. The vendor is
// still a SaaS CRM that processes the data in the clear, and its US
// support staff still read it (EDPB Recommendations 01/2020 v2.0, Annex 2,
// use cases 6 and 7): the keys do not keep the data out of US law's reach.
func mitigatedSystem() avg.System {
	s := seedSystem()
	s.Transfers[0].Measures = append(s.Transfers[0].Measures, transfer.EncryptionAtRestKeysInEEA)
	s.Transfers[0].ImporterAccess = transfer.AccessClear
	s.Fields = []classify.Field{
		{Object: "Contact", Name: "LastName", Label: "Achternaam"},
		{Object: "Contact", Name: "Email", Label: "E-mail"},
		{Object: "Contact", Name: "Notities__c", Label: "Notities", Values: []string{"Offerte verstuurd, volgt in januari."}},
	}
	s.Records = []map[string]string{{"LastName": "Visser", "Notities__c": "Offerte verstuurd, volgt in januari."}}
	s.Controls = avg.Controls{EncryptionAtRest: true, EncryptionInTransit: true, KeyCustody: avg.CustomerKeysInEEA,
		TwoFactor: avg.TwoFactorAllUsers, RoleBasedAccess: avg.Yes, AccessLogging: avg.Yes, LogReview: avg.Yes}
	// Invoices and payment plans (fiscal-records) stay 7 years under AWR
	// art. 52 while customer accounts go after 2.
	s.RecordCategories = []string{"customer-account", "fiscal-records"}
	s.Retention = []avg.RetentionUse{
		{Category: "customer-account", Rule: &retention.Rule{Period: retention.MustParsePeriod("P2Y")}, Enforced: true},
		{Category: "fiscal-records", Enforced: true},
	}
	s.DPODesignated = avg.Yes
	s.DPIA = &avg.DPIA{
		Date:      avg.Date{Year: 2026, Month: time.March, Day: 2},
		Reviewed:  avg.Date{Year: 2026, Month: time.October, Day: 1},
		DPOAdvice: avg.Yes,
	}
	s.ProcessorAgreements = []avg.ProcessorAgreement{{
		Processor: "CloudCRM Ireland Ltd", Signed: avg.Yes, DeletionOrReturn: avg.Yes, Audits: avg.Yes,
		SubProcessorAuthorisation: avg.Yes, SubProcessorList: avg.Yes, OwnUse: avg.No,
	}}
	s.Register = avg.Register{Recorded: avg.Yes, TransfersRecorded: avg.Yes, PeriodsRecorded: avg.Yes}
	s.LegalBasis = avg.LegalBasis{Grounds: []avg.LawfulGround{avg.Contract, avg.LegalObligation}}
	s.Transparency = avg.Transparency{Notice: avg.Yes, Transfers: avg.Yes, Retention: avg.Yes}
	s.Rights = avg.Rights{Procedure: avg.Yes, OneMonth: avg.Yes, VendorErasure: avg.Yes}
	s.Breach = avg.Breach{Procedure: avg.Yes, Register: avg.Yes, ProcessorNotice: avg.Yes}
	return s
}
