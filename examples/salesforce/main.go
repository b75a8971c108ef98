// Command salesforce tells the story of avgrisk end to end: a Dutch energy
// supplier on a Salesforce-like CRM (an Irish subsidiary of a US vendor, EU
// data centres, processor BCRs, support access from the United States), with
// a religion field in the schema and health remarks in the notes, no
// two-factor authentication, no retention periods and no DPIA.
//
// It prints the AVG assessment report (Markdown) and writes a draft DPIA,
// following the Model DPIA Rijksdienst, to a file.
//
// Usage:
//
//	salesforce [-lang nl|en] [-dpia path] [-fixed] [-json] [-now YYYY-MM-DD]
//
// -fixed assesses the system after the report's mitigations and prints
// what changed first. -dpia "" skips the draft. Every name and value in the
// system is invented (system.go); the report and the draft name fields,
// categories, parties and countries, never a value.
//
// The report is not legal advice.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/text/language"

	"github.com/avgrisk/avgrisk/avg"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// defaultDPIA is the draft's file name, in the current directory, when
// -dpia is not given.
const defaultDPIA = "dpia-klantcontact-crm.md"

// run is the whole program, so that tests can call it: it returns the exit
// code: 0 on success, 2 on an error.
func run(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("salesforce", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langFlag := fs.String("lang", "nl", "language of the report and the draft: nl or en")
	dpiaPath := fs.String("dpia", defaultDPIA, `write the DPIA draft to this file; "" skips it`)
	fixed := fs.Bool("fixed", false, "assess the system after the mitigations, and show what changed")
	asJSON := fs.Bool("json", false, "print the report as JSON instead of Markdown")
	nowFlag := fs.String("now", "", "the assessment date, YYYY-MM-DD (default: today)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: salesforce [-lang nl|en] [-dpia path] [-fixed] [-json] [-now YYYY-MM-DD]\n\n"+
			"Assesses a Dutch organisation's CRM at a Salesforce-like vendor against the AVG\n"+
			"(GDPR), prints the report and writes a draft DPIA.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "salesforce: "+format+"\n", a...)
		return 2
	}
	if fs.NArg() > 0 {
		return fail("no arguments expected, got %d", fs.NArg())
	}
	var lang language.Tag
	switch *langFlag {
	case "nl":
		lang = language.Dutch
	case "en":
		lang = language.English
	default:
		return fail("-lang: want nl or en")
	}
	asOf := time.Now()
	if *nowFlag != "" {
		t, err := time.Parse(time.DateOnly, *nowFlag)
		if err != nil {
			return fail("-now: want a date as YYYY-MM-DD")
		}
		asOf = t
	}
	y, m, d := asOf.Date()
	asOf = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)

	// With -fixed, the story spans half a year: the system as it was,
	// then as it is once the mitigations are in place.
	sys := before()
	beforeAsOf := asOf
	if *fixed {
		beforeAsOf = asOf.AddDate(0, -6, 0)
	}
	report, err := avg.Assess(sys, beforeAsOf)
	if err != nil {
		return fail("%v", err)
	}
	if !*asJSON {
		writeIntro(stdout, lang, *fixed)
	}
	if *fixed {
		sys = after(asOf)
		improved, err := avg.Assess(sys, asOf)
		if err != nil {
			return fail("%v", err)
		}
		if !*asJSON {
			if err := avg.Diff(report, improved).WriteMarkdown(stdout, lang); err != nil {
				return fail("%v", err)
			}
			fmt.Fprintln(stdout)
		}
		report = improved
	}

	if *asJSON {
		err = report.WriteJSON(stdout, lang)
	} else {
		err = report.WriteMarkdown(stdout, lang)
	}
	if err != nil {
		return fail("%v", err)
	}

	if *dpiaPath != "" {
		if err := writeDraft(*dpiaPath, sys, report, lang); err != nil {
			return fail("DPIA draft: %v", err)
		}
		fmt.Fprintf(stderr, "salesforce: DPIA draft written to %s (skip with -dpia \"\")\n", *dpiaPath)
	}
	if !*fixed && !*asJSON {
		fmt.Fprintln(stderr, "salesforce: run with -fixed to see the system after the mitigations, -lang en for English")
	}
	return 0
}

// writeIntro tells the story in a few lines before the report.
func writeIntro(w io.Writer, lang language.Tag, fixed bool) {
	if lang == language.Dutch {
		fmt.Fprint(w, "> **Voorbeeld.** Stroomlijn Energie B.V. (250.000 klanten) voert haar klantenservice in een\n"+
			"> CRM van CloudCRM Ireland Ltd: moederbedrijf in de Verenigde Staten, datacentra in Ierland en\n"+
			"> Duitsland, bindende bedrijfsvoorschriften voor verwerkers, support met toegang vanuit de VS.\n"+
			"> Het schema heeft een veld Religie__c, de notities van de medewerkers bevatten opmerkingen\n"+
			"> over gezondheid; er is geen tweefactorauthenticatie, geen bewaartermijn en geen DPIA.\n"+
			"> Alle namen en waarden zijn verzonnen.\n")
		if fixed {
			fmt.Fprint(w, ">\n> Met `-fixed`: hetzelfde systeem een halfjaar later, na de maatregelen uit het rapport.\n"+
				"> Buitenlandse jurisdictie blijft niet in orde: het CRM verwerkt de gegevens onversleuteld en\n"+
				"> de support in de Verenigde Staten kan ze lezen, dus sleutels in de EER helpen niet.\n")
		}
		fmt.Fprintln(w)
		return
	}
	fmt.Fprint(w, "> **Example.** Stroomlijn Energie B.V., a Dutch energy supplier with 250,000 customers, runs\n"+
		"> its customer service in a CRM from CloudCRM Ireland Ltd: a US parent, data centres in Ireland\n"+
		"> and Germany, binding corporate rules for processors, support staff with access from the US.\n"+
		"> The schema has a Religie__c (religion) field and the agents' notes hold health remarks; there\n"+
		"> is no two-factor authentication, no retention period and no DPIA. All names and values are\n"+
		"> invented.\n")
	if fixed {
		fmt.Fprint(w, ">\n> With `-fixed`: the same system half a year later, after the report's mitigations.\n"+
			"> Foreign jurisdiction still fails: the CRM processes the data in the clear and support in\n"+
			"> the United States can read it, so keys held in the EEA do not help.\n")
	}
	fmt.Fprintln(w)
}

// writeDraft writes the DPIA draft to path, replacing the file.
func writeDraft(path string, s avg.System, r avg.Report, lang language.Tag) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := avg.WriteDraft(f, s, r, lang); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
