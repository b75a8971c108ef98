package transfer_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/transfer"
	"golang.org/x/text/language"
)

// The seed's question: a Dutch organisation keeps its customers in a US
// vendor's CRM. The vendor contracts through its Irish subsidiary and
// stores the data in the EU, but its US group gives support remotely and
// relies on processor BCRs. (The vendor is fictional: "Salesforce-like".)
func ExampleEvaluate_salesforce() {
	f := transfer.Flow{
		Exporter: transfer.Party{Name: "Voorbeeld BV", Country: "NL", Role: transfer.Controller},
		Importer: transfer.Party{
			Name: "CRM Cloud Ireland Ltd", Country: "IE", Role: transfer.Processor,
			ParentCountry: "US",
		},
		StorageCountries: []string{"DE", "FR"},
		AccessCountries:  []string{"US"}, // follow-the-sun support
		Mechanisms:       []transfer.Mechanism{transfer.BCRProcessor},
		Measures:         []transfer.Measure{transfer.TIADocumented, transfer.EncryptionInTransit},
		Categories:       []classify.Category{classify.Ordinary},
		Frequency:        transfer.Systematic,
	}
	a, err := transfer.Evaluate(f, time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("restricted:", a.Restricted, "basis:", a.Basis, "lawful:", a.Lawful, "TIA required:", a.TIARequired)
	for _, r := range a.Recipients {
		fmt.Printf("- %s (%s): restricted %v, basis %s\n", r.Name, transfer.CountryName(r.Country, language.Dutch), r.Restricted, r.Basis)
	}
	for _, r := range a.Risks {
		fmt.Println("risk:", r.ID, r.Severity)
	}
	for _, l := range a.USLaw {
		fmt.Println("US law:", l.ID)
	}

	// Without the US support access the data stays in the EU: no transfer,
	// but the US parent's CLOUD Act exposure remains a risk.
	f.AccessCountries = nil
	a, _ = transfer.Evaluate(f, time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println("EU only: restricted:", a.Restricted, "basis:", a.Basis, "risks:", a.RiskIDs())
	// Output:
	// restricted: true basis: bcr lawful: true TIA required: true
	// - CRM Cloud Ireland Ltd (Ierland): restricted false, basis not-applicable
	// - CRM Cloud Ireland Ltd group (remote access from US) (Verenigde Staten): restricted true, basis bcr
	// risk: third-country-government-access medium
	// risk: parent-company-jurisdiction medium
	// risk: remote-access medium
	// risk: adequacy-review-risk medium
	// US law: fisa-702
	// US law: eo-12333
	// US law: cloud-act
	// EU only: restricted: false basis: not-applicable risks: [parent-company-jurisdiction]
}

// A US vendor on the Data Privacy Framework List, before and after the
// framework's adequacy decision of 10 July 2023.
func ExampleEvaluate_dpf() {
	f := transfer.Flow{
		Exporter:   transfer.Party{Name: "Voorbeeld BV", Country: "NL", Role: transfer.Controller},
		Importer:   transfer.Party{Name: "Mailer Inc", Country: "US", Role: transfer.Processor, DPFCertified: true},
		Mechanisms: []transfer.Mechanism{transfer.DPF},
		Frequency:  transfer.Systematic,
	}
	for _, day := range []string{"2023-07-09", "2023-07-10", "2026-09-01"} {
		asOf, _ := time.Parse(time.DateOnly, day)
		a, err := transfer.Evaluate(f, asOf)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day, a.Basis, "lawful:", a.Lawful, "TIA:", a.TIARequired, a.RiskIDs())
	}
	// Output:
	// 2023-07-09 none lawful: false TIA: true [no-transfer-tool third-country-government-access]
	// 2023-07-10 dpf lawful: true TIA: false []
	// 2026-09-01 dpf lawful: true TIA: false [adequacy-under-legal-challenge adequacy-review-risk]
}

func ExampleCountryName() {
	fmt.Println(transfer.CountryName("US", language.Dutch))
	fmt.Println(transfer.CountryName("GB", language.English))
	fmt.Println(transfer.CountryName("EL", language.Dutch))
	// Output:
	// Verenigde Staten
	// United Kingdom
	// Griekenland
}

func ExampleStale() {
	fmt.Println(transfer.AsOf)
	fmt.Println(transfer.Stale(time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(transfer.Stale(time.Date(2027, 7, 1, 0, 0, 0, 0, time.UTC)))
	// Output:
	// 2026-12-07
	// false
	// true
}

// DecodeFlow reads a flow kept as a file; a misspelt field is an error
// that names it.
func ExampleDecodeFlow() {
	f, err := transfer.DecodeFlow(strings.NewReader(`{
		"exporter": {"name": "Gemeente Voorbeeld", "country": "NL", "sector": "public", "public_powers": true},
		"importer": {"name": "Cloud Inc", "country": "US", "role": "processor"},
		"mechanisms": ["scc-2021-module-2"],
		"measures": ["tia-documented", "encryption-at-rest-keys-in-eea"],
		"importer_access": "clear"
	}`))
	fmt.Println(f.Exporter.PublicPowers, f.ImporterAccess, err)

	_, err = transfer.DecodeFlow(strings.NewReader(`{"importer": {"country": "US", "dpf_certifed": true}}`))
	fmt.Println(err)
	// Output:
	// true clear <nil>
	// transfer: importer.dpf_certifed: unknown field
}
