package avg_test

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/transfer"
	"golang.org/x/text/language"
)

// exampleSystem is a Dutch organisation's CRM at a Salesforce-like vendor:
// an Irish subsidiary with a US parent, EU data centres, processor BCRs and
// US support access.
func exampleSystem() avg.System {
	return avg.System{
		Name: "Klantcontact CRM",
		Transfers: []transfer.Flow{{
			Exporter:         transfer.Party{Name: "Voorbeeld B.V.", Country: "NL", Role: transfer.Controller},
			Importer:         transfer.Party{Name: "CloudCRM Ireland Ltd", Country: "IE", Role: transfer.Processor, ParentCountry: "US"},
			StorageCountries: []string{"IE", "DE"},
			AccessCountries:  []string{"US"},
			Mechanisms:       []transfer.Mechanism{transfer.BCRProcessor},
			Measures:         []transfer.Measure{transfer.TIADocumented},
			Frequency:        transfer.Systematic,
		}},
		Fields: []classify.Field{
			{Object: "Contact", Name: "LastName", Label: "Achternaam"},
			{Object: "Contact", Name: "Religie__c", Label: "Religie"},
		},
		Controls:   avg.Controls{EncryptionAtRest: true, EncryptionInTransit: true, TwoFactor: avg.TwoFactorNone},
		Processing: avg.Processing{Subjects: 250000},
	}
}

func ExampleAssess() {
	r, err := avg.Assess(exampleSystem(), time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range r.Checks {
		fmt.Printf("%-24s %-5s %s\n", c.ID, c.Status, c.Risk)
	}
	fmt.Println("DPIA required:", r.DPIARequired)
	special, _ := r.Check("special-categories")
	fmt.Println(special.Detail[0])
	fmt.Println(special.Mitigations[0].Text)
	// Output:
	// special-categories       fail  high
	// storage-location         pass  low
	// transfer-basis           pass  low
	// foreign-jurisdiction     fail  high
	// encryption               warn  high
	// two-factor               fail  high
	// retention                fail  high
	// dpia                     fail  high
	// data-protection-officer  warn  high
	// processor-agreement      warn  high
	// records-of-processing    warn  low
	// legal-basis              warn  high
	// transparency             warn  medium
	// data-subject-rights      warn  medium
	// breach-process           warn  high
	// access-control           warn  high
	// DPIA required: true
	// Field Contact.Religie__c: special categories (religious or philosophical beliefs).
	// Remove the fields named above from the schema, delete their contents and stop collecting them; keep special categories in the system where they are necessary and protected, not in the CRM.
}

func ExampleReport_WriteMarkdown() {
	r, err := avg.Assess(exampleSystem(), time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	if err := r.WriteMarkdown(&b, language.Dutch); err != nil {
		fmt.Println(err)
		return
	}
	// The title, the summary line and the summary table.
	sections := strings.SplitN(b.String(), "\n\n## ", 3)
	fmt.Println(sections[0])
	fmt.Println()
	fmt.Println("## " + sections[1])
	// Output:
	// # AVG-risicorapport: Klantcontact CRM
	//
	// Peildatum 2026-11-28 · totaalrisico: **hoog** · DPIA: **verplicht**
	//
	// ## Samenvatting
	//
	// | Controle | Status | Impact | Risico |
	// |---|---|---|---|
	// | Bijzondere persoonsgegevens | niet in orde | hoog | hoog |
	// | Opslaglocatie | in orde | – | laag |
	// | Doorgiftemechanisme | in orde | – | laag |
	// | Buitenlandse jurisdictie | niet in orde | hoog | hoog |
	// | Versleuteling | waarschuwing | hoog | hoog |
	// | Tweefactorauthenticatie | niet in orde | hoog | hoog |
	// | Bewaartermijnen | niet in orde | midden | hoog |
	// | Gegevensbeschermingseffectbeoordeling (DPIA) | niet in orde | hoog | hoog |
	// | Functionaris voor gegevensbescherming (FG) | waarschuwing | hoog | hoog |
	// | Verwerkersovereenkomst | waarschuwing | hoog | hoog |
	// | Register van verwerkingsactiviteiten | waarschuwing | laag | laag |
	// | Rechtsgrond | waarschuwing | hoog | hoog |
	// | Transparantie | waarschuwing | midden | midden |
	// | Rechten van betrokkenen | waarschuwing | midden | midden |
	// | Datalekken | waarschuwing | hoog | hoog |
	// | Toegangsbeheer en logging | waarschuwing | hoog | hoog |
}

func ExampleWriteDraft() {
	s := exampleSystem()
	r, err := avg.Assess(s, time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	if err := avg.WriteDraft(&b, s, r, language.English); err != nil {
		fmt.Println(err)
		return
	}
	// Point 12 of the Model DPIA Rijksdienst, with the finding filled in
	// and the question for a person marked.
	draft := b.String()
	start := strings.Index(draft, "### 12.")
	end := strings.Index(draft, "### 13.")
	fmt.Print(draft[start:end])
	// Output:
	// ### 12. Special categories, criminal data and national identification numbers
	//
	// Found in the system: religious or philosophical beliefs (GDPR Art. 9(1)).
	//
	// - For religious or philosophical beliefs it is not stated which exception the processing relies on: confirm it, or remove the data.
	//
	// **[TO ANSWER]** For each category, name the exception of Art. 9(2), Art. 10 or the UAVG that allows the processing, or remove the data.
}

func ExampleDiff() {
	asOf := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	before := exampleSystem()
	lastMonth, _ := avg.Assess(before, asOf.AddDate(0, -1, 0))

	after := exampleSystem()
	after.Controls.TwoFactor = avg.TwoFactorAllUsers
	today, _ := avg.Assess(after, asOf)

	avg.Diff(lastMonth, today).WriteMarkdown(os.Stdout, language.English)
	// Output:
	// ## Changes in Klantcontact CRM from 2026-10-28 to 2026-11-28
	//
	// - Two-factor authentication: fail → pass.
	//   - new: Two-factor authentication is enforced for every user, administrators included.
	//   - gone: Two-factor authentication is not enforced for any account.
}

func ExampleDecodeSystem() {
	const file = `{
	  "name": "Ledenadministratie",
	  "record_categories": ["member-admin"],
	  "retention": [{"category": "member-admin", "enforced": true}],
	  "controls": {"encryption_at_rest": true, "encryption_in_transit": true, "two_factor": "administrators"},
	  "processing": {"subjects": 1200, "purposes": ["ledenadministratie"]},
	  "dpo_designated": "no"
	}`
	s, err := avg.DecodeSystem(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := avg.Assess(s, time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, id := range []avg.CheckID{avg.CheckTwoFactor, avg.CheckRetention, avg.CheckRecords} {
		c, _ := r.Check(id)
		fmt.Printf("%s: %s\n", id, c.Status)
		fmt.Printf("  %s\n", c.Detail[0])
	}

	_, err = avg.DecodeSystem(strings.NewReader(`{"name": "CRM", "two_factor": "all-users"}`))
	fmt.Println(err)
	// Output:
	// two-factor: warn
	//   Two-factor authentication is enforced for administrators only; the other users log in with a password alone.
	// retention: pass
	//   Membership administration (member-admin): period 2 years.
	// records-of-processing: warn
	//   The processing is in the record of processing activities (Art. 30(1)): not stated; confirm it.
	// avg: system: unknown field "two_factor"
}

// A hospital's patient administration: health data of 150,000 patients is
// its core activity, so Art. 37(1)(c) AVG makes a data protection officer
// mandatory; none is designated.
func ExampleAssess_dataProtectionOfficer() {
	const file = `{
	  "name": "Patiëntenadministratie",
	  "processing": {
	    "subjects": 150000,
	    "special_category_subjects": 150000,
	    "categories": ["health"],
	    "core_activity": "yes"
	  },
	  "public_body": "no",
	  "dpo_designated": "no"
	}`
	s, err := avg.DecodeSystem(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := avg.Assess(s, time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := r.In(language.Dutch).Check(avg.CheckDPO)
	fmt.Println(c.Status)
	for _, d := range c.Detail {
		fmt.Println("-", d)
	}
	// Output:
	// fail
	// - De kernactiviteiten bestaan uit grootschalige verwerking van bijzondere categorieën van persoonsgegevens of van strafrechtelijke gegevens: een functionaris voor gegevensbescherming is verplicht op grond van art. 37 lid 1 onder c AVG.
	// - Er is geen functionaris voor gegevensbescherming aangewezen.
}
