package main

import (
	"time"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
)

// The story: Stroomlijn Energie B.V., a Dutch energy supplier with a
// quarter of a million customers, runs its customer service on a
// Salesforce-like CRM. The vendor contracts through its Irish subsidiary;
// the parent company is American; the data sits in data centres in Ireland
// and Germany; the vendor's processor BCRs cover the group; its support
// engineers in the United States can reach the data. Over the years the
// schema grew a religion field (someone wanted to avoid calling on the
// sabbath) and the agents' free-text notes collect health remarks (home
// dialysis, so never cut off the power; a pregnancy, so a payment plan).
// Nobody set two-factor authentication, a retention period or a DPIA.
//
// Every name and value below is invented.

// vendorFlow is the transfer to the CRM vendor.
func vendorFlow() transfer.Flow {
	return transfer.Flow{
		Exporter: transfer.Party{Name: "Stroomlijn Energie B.V.", Country: "NL", Role: transfer.Controller},
		Importer: transfer.Party{Name: "CloudCRM Ireland Ltd", Country: "IE", Role: transfer.Processor, ParentCountry: "US"},
		Onward: []transfer.Party{
			{Name: "CloudCRM Inc.", Country: "US", Role: transfer.SubProcessor, SameGroup: transfer.Yes},
		},
		StorageCountries: []string{"IE", "DE"},
		AccessCountries:  []string{"US"},
		Mechanisms:       []transfer.Mechanism{transfer.BCRProcessor},
		Measures:         []transfer.Measure{transfer.TIADocumented, transfer.EncryptionInTransit, transfer.EncryptionAtRestProviderKeys},
		Frequency:        transfer.Systematic,
	}
}

// schema is the Contact object as the CRM's metadata API describes it,
// with a few sample values per field.
func schema() []classify.Field {
	return []classify.Field{
		{Object: "Contact", Name: "FirstName", Label: "Voornaam"},
		{Object: "Contact", Name: "LastName", Label: "Achternaam"},
		{Object: "Contact", Name: "Email", Label: "E-mail", Values: []string{"h.mulder@voorbeeld.nl"}},
		{Object: "Contact", Name: "MobilePhone", Label: "Mobiel", Values: []string{"06-41827735"}},
		{Object: "Contact", Name: "Birthdate", Label: "Geboortedatum", Values: []string{"1961-03-17"}},
		{Object: "Contact", Name: "IBAN__c", Label: "Rekeningnummer", Values: []string{"NL20INGB0001234567"}},
		{Object: "Contact", Name: "Religie__c", Label: "Religie", Values: []string{"Gereformeerd", "Joods"}},
		{Object: "Case", Name: "Notities__c", Label: "Notities", Values: []string{
			"Klant heeft thuisdialyse: nooit afsluiten, eerst bellen.",
			"Mevrouw is zwanger en met zwangerschapsverlof; betalingsregeling tot juni.",
			"Meterstand doorgegeven via de app.",
		}},
		{Object: "Account", Name: "Account_Health_Score__c", Label: "Account Health Score", Values: []string{"72"}},
	}
}

// records are a few contacts as an export shows them.
func records() []map[string]string {
	return []map[string]string{
		{"LastName": "Mulder", "Email": "h.mulder@voorbeeld.nl", "Religie__c": "Gereformeerd",
			"Notities__c": "Dhr. Mulder ligt na een hartinfarct in het ziekenhuis; dochter regelt de overstap."},
		{"LastName": "Kaya", "Email": "s.kaya@example.com",
			"Notities__c": "Belt terug over de jaarafrekening van oktober."},
		{"LastName": "de Vries", "Email": "a.devries@voorbeeld.nl",
			"Notities__c": "Mevrouw is slechtziend, graag bellen in plaats van mailen."},
	}
}

// processing holds the facts behind the DPIA criteria.
func processing() avg.Processing {
	return avg.Processing{
		Purposes: []string{
			"klantenservice en facturatie van energieleveringen",
			"betalingsregelingen en incasso",
			"klachtenafhandeling",
		},
		Subjects:      250000,
		FinancialData: true, // payment plans and arrears
		// The health remarks concern a few hundred customers, not the
		// quarter million: Art. 35(3)(b) measures large scale on the
		// special-category processing itself (WP243 § 2.1.3).
		SpecialCategorySubjects: 400,
		EnergySupplier:          true,
	}
}

// before is the system as it is: special categories in the schema and the
// notes, no two-factor authentication, no retention, no DPIA.
func before() avg.System {
	return avg.System{
		Name:       "Klantcontact CRM",
		Transfers:  []transfer.Flow{vendorFlow()},
		Fields:     schema(),
		Records:    records(),
		Controls:   avg.Controls{EncryptionAtRest: true, EncryptionInTransit: true, KeyCustody: avg.ProviderKeys, TwoFactor: avg.TwoFactorNone},
		Processing: processing(),
		// The CRM holds customer accounts, complaints, and invoices and
		// payment plans, which AWR art. 52 keeps for 7 years.
		RecordCategories: []string{"customer-account", "complaint-records", "fiscal-records"},
	}
}

// after is the system once the report's mitigations are in place: the
// religion field is gone and the agents no longer write health remarks in
// the notes (a "do not disconnect" flag, without the reason, is all the
// service needs); two-factor
// authentication is enforced; the keys sit in an EEA key service out of
// the vendor's reach (but the CRM still processes the data in the clear
// and US support can still read it, so foreign jurisdiction still fails:
// EDPB Recommendations 01/2020, Annex 2, use cases 6 and 7); a two-year period after the end of the customer
// relationship is set and a deletion job enforces it; a DPIA was carried
// out with the DPO's advice.
func after(asOf time.Time) avg.System {
	s := before()
	flow := vendorFlow()
	flow.Measures = append(flow.Measures, transfer.EncryptionAtRestKeysInEEA, transfer.AccessLogging, transfer.JustInTimeAccessApproval)
	flow.ImporterAccess = transfer.AccessClear // a SaaS CRM works on clear data
	s.Transfers = []transfer.Flow{flow}

	s.Fields = nil
	for _, f := range schema() {
		switch f.Name {
		case "Religie__c":
			continue // removed from the schema, contents deleted
		case "Notities__c":
			f.Values = []string{"Meterstand doorgegeven via de app.", "Betalingsregeling afgesproken tot juni."}
		}
		s.Fields = append(s.Fields, f)
	}
	s.Records = []map[string]string{
		{"LastName": "Kaya", "Email": "s.kaya@example.com", "Notities__c": "Belt terug over de jaarafrekening van oktober."},
	}
	s.Controls = avg.Controls{EncryptionAtRest: true, EncryptionInTransit: true, KeyCustody: avg.CustomerKeysInEEA,
		TwoFactor: avg.TwoFactorAllUsers, RoleBasedAccess: avg.Yes, AccessLogging: avg.Yes, LogReview: avg.Yes}
	s.Retention = []avg.RetentionUse{
		{
			Category: "customer-account",
			Rule: &retention.Rule{
				Period:  retention.MustParsePeriod("P2Y"),
				Sources: []string{"Bewaarbeleid Stroomlijn Energie 2026, §3"},
			},
			Enforced: true,
		},
		{Category: "complaint-records", Rule: &retention.Rule{Period: retention.MustParsePeriod("P1Y")}, Enforced: true},
		{Category: "fiscal-records", Enforced: true}, // the catalogue's 7 years (AWR art. 52)
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
	s.DPODesignated = avg.Yes
	// The DPIA was adopted two months before the assessment date.
	y, m, d := asOf.AddDate(0, -2, 0).Date()
	s.DPIA = &avg.DPIA{Date: avg.Date{Year: y, Month: m, Day: d}, DPOAdvice: avg.Yes}
	return s
}
