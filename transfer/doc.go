// Package transfer evaluates an international transfer of personal data
// under Chapter V of the GDPR (AVG), as of a date: whether a flow is a
// restricted transfer, on which basis each recipient rests (adequacy, the
// EU-US Data Privacy Framework, SCCs, BCRs, an Art. 49 derogation, or
// none), whether that basis is lawful on that date, whether a transfer
// impact assessment (TIA) is required, and which risks remain, such as a
// US parent's exposure to the CLOUD Act when the data is stored in the EU.
//
// Usage:
//
//	f := transfer.Flow{
//		Exporter:         transfer.Party{Name: "Zorg BV", Country: "NL", Role: transfer.Controller},
//		Importer:         transfer.Party{Name: "CRM Ireland Ltd", Country: "IE", Role: transfer.Processor, ParentCountry: "US"},
//		StorageCountries: []string{"DE"},
//		AccessCountries:  []string{"US"},
//		Mechanisms:       []transfer.Mechanism{transfer.BCRProcessor},
//		Measures:         []transfer.Measure{transfer.TIADocumented},
//		Frequency:        transfer.Systematic,
//	}
//	a, err := transfer.Evaluate(f, time.Now())
//	if err != nil {
//		// errors.Is(err, transfer.ErrInvalidFlow): a field is wrong
//	}
//	fmt.Println(a.Restricted, a.Basis, a.Lawful, a.TIARequired, a.RiskIDs())
//
// A Flow can be read from JSON; the field names are snake_case
// ("storage_countries", "access_countries", "parent_country").
//
// # The law as data
//
// EEA membership (the United Kingdom until 31 December 2020), every
// adequacy decision with its validity window and scope, the invalidated US
// frameworks, the SCC sets and their transition, the BCRs, the Art. 49
// derogations, the EDPB supplementary measures and the third-country laws
// are embedded in data/ with a source on every entry. The data README says
// which legal texts were used and where the package deviates from the
// reference's encoding rules. The data is the state of December 2026
// (AsOf, 2026-12-07) and is reviewed at least every ReviewMonths months;
// Stale reports whether it is older than that for an evaluation date, when
// the law may have moved on, and every Assessment carries both dates.
//
// # Flows as files
//
// A Flow marshals to JSON with snake_case names and decodes strictly:
// DecodeFlow (and json.Unmarshal into a Flow or a Party) rejects unknown
// or misspelt fields and values of the wrong JSON type with an error that
// names the field's JSON path ("onward[1].sector") and wraps
// ErrInvalidFlow, so a flow kept in a repository cannot silently lose a
// fact.
//
// # Facts the Flow must state
//
// The package never infers a legal fact from a name: whether an importer
// is in the exporter's group (Party.SameGroup), whether the exporter acts
// in the exercise of public powers (Party.PublicPowers, GDPR Art. 49(3)),
// whether the importer reaches the data in the clear (Flow.ImporterAccess,
// EDPB Recommendations 01/2020 Annex 2). Where the outcome depends on one
// that is not stated, Evaluate takes the conservative reading and lists the
// field in Assessment.OpenFacts.
//
// # Scope
//
// This is not legal advice. Lawful concerns Chapter V only: a lawful ground
// under Art. 6, an exception under Art. 9, the processor contract of
// Art. 28 and the DPIA of Art. 35 are separate checks. The package takes
// the parties' word for facts it cannot see: that a recipient is on the
// DPF List, that a TIA is documented, that a derogation's condition is met,
// that the importer holds ciphertext only.
//
// # Concurrency
//
// Evaluate is a pure function of its arguments and the embedded data, which
// is parsed once; it is safe for concurrent use by many goroutines.
package transfer
