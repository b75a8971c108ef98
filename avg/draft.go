package avg

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/avgrisk/avgrisk/classify"
	"golang.org/x/text/language"
)

// WriteDraft writes a draft DPIA for s, with the findings of its report r
// filled in, as Markdown in the language closest to lang (Dutch or
// English). It follows the structure of the Model DPIA Rijksdienst v3.0:
// part A, the description (points 1–10); part B, lawfulness (11–15); part
// C, the risks (16); part D, the measures (17); then the DPO's advice and
// the adoption. Every point that a person must still answer is marked
// "[TO ANSWER]" (Dutch: "[TE BEANTWOORDEN]"). The draft names fields,
// labels, categories, parties and countries; it never copies a sample
// value. It is a start for the DPIA, not the DPIA, and not legal advice.
//
// r should be the report of Assess(s, asOf): the draft takes its findings
// from r and the descriptions (fields, parties, purposes) from s.
func WriteDraft(w io.Writer, s System, r Report, lang language.Tag) error {
	l, err := newLocalizer(lang)
	if err != nil {
		return err
	}
	r = l.report(r)
	b := bufio.NewWriter(w)
	l.draft(b, s, r)
	return b.Flush()
}

// drafter writes one DPIA draft: the localizer, the output, the system
// and its report, and whether the last line written was a heading.
type drafter struct {
	*localizer
	b            *bufio.Writer
	s            System
	r            Report
	todo         string
	afterHeading bool
	risky        []Check // the checks that failed or warned, in report order
}

// draft writes the draft, one step per part and point of the Model DPIA
// Rijksdienst v3.0.
func (l *localizer) draft(b *bufio.Writer, s System, r Report) {
	d := &drafter{localizer: l, b: b, s: s, r: r, todo: "**" + l.text("draft.todo") + "**"}
	for _, c := range r.Checks {
		if c.Status == Fail || c.Status == Warn {
			d.risky = append(d.risky, c)
		}
	}
	for _, step := range []func(){
		d.title, d.screening,
		d.partA, d.s1, d.s2, d.s3, d.s4, d.s5, d.s6, d.s7, d.s8, d.s9, d.s10,
		d.partB, d.s11, d.s12, d.s13, d.s14, d.s15,
		d.partC, d.s16,
		d.partD, d.s17,
		d.dpo, d.adoption,
	} {
		step()
	}
}

// heading writes a heading; a heading right after another needs no blank
// line of its own.
func (d *drafter) heading(level, key string) {
	if !d.afterHeading {
		fmt.Fprintln(d.b)
	}
	fmt.Fprintf(d.b, "%s %s\n\n", level, d.text(key))
	d.afterHeading = true
}

func (d *drafter) h2(key string) { d.heading("##", key) }
func (d *drafter) h3(key string) { d.heading("###", key) }

// ask writes a question a person must answer.
func (d *drafter) ask(key string) {
	fmt.Fprintf(d.b, "%s %s\n", d.todo, d.text(key))
	d.afterHeading = false
}

// para writes a paragraph.
func (d *drafter) para(text string) {
	fmt.Fprintf(d.b, "%s\n\n", text)
	d.afterHeading = false
}

// list writes lines as a Markdown list followed by a blank line; nothing
// for no lines.
func (d *drafter) list(lines []string) {
	if len(lines) == 0 {
		return
	}
	for _, line := range lines {
		fmt.Fprintf(d.b, "- %s\n", line)
	}
	fmt.Fprintln(d.b)
	d.afterHeading = false
}

// details returns the findings of the checks, in order.
func (d *drafter) details(ids ...CheckID) []string {
	var lines []string
	for _, id := range ids {
		if c, ok := d.r.Check(id); ok {
			lines = append(lines, c.Detail...)
		}
	}
	return lines
}

func (d *drafter) title() {
	fmt.Fprintf(d.b, "# %s\n\n", d.text("draft.title", d.s.Name))
	fmt.Fprintf(d.b, "%s\n", d.text("draft.intro", d.r.AsOf.Format(time.DateOnly), d.todo))
}

func (d *drafter) screening() {
	d.h2("draft.screening")
	fmt.Fprintf(d.b, "**%s** %s\n\n", d.r.DPIA.Text, d.text("md.dpia-count", d.r.DPIA.WP248Count))
	for _, rs := range d.r.DPIA.Reasons {
		fmt.Fprintf(d.b, "- %s (%s)\n", rs.Text, citations(rs.Sources))
	}
	d.afterHeading = false
}

func (d *drafter) partA() { d.h2("draft.part-a") }

func (d *drafter) s1() {
	d.h3("draft.s1")
	d.para(d.text("draft.s1.system", d.s.Name))
	d.ask("draft.s1.text")
}

// s2 lists the schema's fields with their classification, and the fields
// of the sample records where special categories were found.
func (d *drafter) s2() {
	d.h3("draft.s2")
	special := map[string][]classify.Category{}
	var records []string
	if chk, ok := d.r.Check(CheckSpecialCategories); ok {
		for _, f := range chk.Facts {
			switch f.ID {
			case "special-field":
				special[f.Field] = f.Categories
			case "special-record-field":
				records = append(records, d.fact(f))
			}
		}
	}
	if len(d.s.Fields) == 0 {
		d.para(d.text("draft.s2.none"))
	} else {
		fmt.Fprintf(d.b, "| %s | %s | %s |\n|---|---|---|\n", d.text("draft.s2.col.field"), d.text("draft.s2.col.label"), d.text("draft.s2.col.class"))
		for _, f := range d.s.Fields {
			class := d.text("draft.s2.ordinary")
			if cats := special[fieldName(f)]; len(cats) > 0 {
				class = d.categoryNames(cats)
			}
			fmt.Fprintf(d.b, "| %s | %s | %s |\n", cell(fieldName(f)), cell(f.Label), cell(class))
		}
		fmt.Fprintln(d.b)
	}
	if len(records) > 0 {
		d.para(d.text("draft.s2.records"))
		d.list(records)
	}
	d.ask("draft.s2.text")
}

// s3 is the processing operations, with what the record of processing
// activities holds.
func (d *drafter) s3() {
	d.h3("draft.s3")
	d.list(d.details(CheckRecords))
	d.ask("draft.s3.text")
}

// s4 names the cloud services and the techniques the DPIA criteria found.
func (d *drafter) s4() {
	d.h3("draft.s4")
	var lines []string
	for _, f := range d.s.Transfers {
		lines = append(lines, d.text("draft.s4.cloud", f.Importer.Name))
	}
	var techniques []string
	for _, rs := range d.r.DPIA.Reasons {
		if slices.Contains(techniqueCriteria, rs.ID) {
			techniques = append(techniques, rs.Text)
		}
	}
	if len(techniques) > 0 {
		lines = append(lines, d.text("draft.s4.flag", strings.Join(techniques, "; ")))
	}
	d.list(lines)
	if len(lines) == 0 {
		fmt.Fprintln(d.b)
	}
	d.ask("draft.s4.text")
}

func (d *drafter) s5() {
	d.h3("draft.s5")
	d.list(d.s.Processing.Purposes)
	d.ask("draft.s5.text")
}

// s6 lists the parties of every flow, and what the processor agreements
// settle.
func (d *drafter) s6() {
	d.h3("draft.s6")
	var lines []string
	for _, f := range d.s.Transfers {
		lines = append(lines, d.party(f.Exporter.Name, string(f.Exporter.Role), f.Exporter.Country, f.Exporter.ParentCountry))
		lines = append(lines, d.party(f.Importer.Name, string(f.Importer.Role), f.Importer.Country, f.Importer.ParentCountry))
		for _, p := range f.Onward {
			lines = append(lines, d.party(p.Name, string(p.Role), p.Country, p.ParentCountry))
		}
	}
	d.list(lines)
	d.list(d.details(CheckProcessorAgreement))
	d.ask("draft.s6.text")
}

func (d *drafter) s7() {
	d.h3("draft.s7")
	d.ask("draft.s7.text")
}

// s8 is where the data is stored and reached from, and each recipient as
// the transfer assessment found it.
func (d *drafter) s8() {
	d.h3("draft.s8")
	var lines []string
	for _, f := range d.s.Transfers {
		access := d.countries(f.AccessCountries)
		if access == "" {
			access = d.text("md.none")
		}
		storage := d.countries(f.StorageCountries)
		if storage == "" {
			storage = d.text("draft.s8.unknown")
		}
		lines = append(lines, d.text("draft.s8.flow", f.Importer.Name, storage, access))
	}
	lines = append(lines, d.details(CheckStorageLocation, CheckTransferBasis, CheckForeignJurisdiction)...)
	d.list(lines)
	if len(lines) == 0 {
		fmt.Fprintln(d.b)
	}
	d.ask("draft.s8.text")
}

func (d *drafter) s9() {
	d.h3("draft.s9")
	d.ask("draft.s9.text")
}

func (d *drafter) s10() {
	d.h3("draft.s10")
	d.list(d.details(CheckRetention))
	d.ask("draft.s10.text")
}

func (d *drafter) partB() { d.h2("draft.part-b") }

// s11 is the legal ground of Art. 6 as the legal-basis check found it.
func (d *drafter) s11() {
	d.h3("draft.s11")
	var lines []string
	if c, ok := d.r.Check(CheckLegalBasis); ok {
		for i, f := range c.Facts {
			if !strings.HasPrefix(f.ID, "lb-special") {
				lines = append(lines, c.Detail[i])
			}
		}
	}
	d.list(lines)
	d.ask("draft.s11.text")
}

// s12 names the special categories found, with the exception relied on
// for each.
func (d *drafter) s12() {
	d.h3("draft.s12")
	cats := slices.Clone(d.s.Processing.Categories)
	var lines []string
	if chk, ok := d.r.Check(CheckSpecialCategories); ok {
		for _, f := range chk.Facts {
			for _, c := range f.Categories {
				if !slices.Contains(cats, c) {
					cats = append(cats, c)
				}
			}
		}
	}
	set := map[classify.Category]bool{}
	for _, c := range cats {
		set[c] = c.Special()
	}
	if found := ordered(set); len(found) > 0 {
		d.para(d.text("draft.s12.found", d.categoryArticles(found)))
	} else {
		d.para(d.text("draft.s12.none"))
	}
	if c, ok := d.r.Check(CheckLegalBasis); ok {
		for i, f := range c.Facts {
			if strings.HasPrefix(f.ID, "lb-special") {
				lines = append(lines, c.Detail[i])
			}
		}
	}
	d.list(lines)
	d.ask("draft.s12.text")
}

func (d *drafter) s13() {
	d.h3("draft.s13")
	d.ask("draft.s13.text")
}

func (d *drafter) s14() {
	d.h3("draft.s14")
	d.ask("draft.s14.text")
}

// s15 is the data subjects' rights, with what the transparency and rights
// checks found.
func (d *drafter) s15() {
	d.h3("draft.s15")
	d.list(d.details(CheckTransparency, CheckRights))
	d.ask("draft.s15.text")
}

func (d *drafter) partC() { d.h2("draft.part-c") }

// s16 is the risks the checks found: likelihood from the status, impact
// from the severity, level by the matrix.
func (d *drafter) s16() {
	d.h3("draft.s16")
	if len(d.risky) == 0 {
		d.para(d.text("draft.s16.none"))
	} else {
		d.para(d.text("draft.s16.intro"))
		fmt.Fprintf(d.b, "| %s | %s | %s | %s |\n|---|---|---|---|\n", d.text("draft.s16.col.risk"),
			d.text("draft.s16.col.likelihood"), d.text("draft.s16.col.impact"), d.text("draft.s16.col.level"))
		for _, c := range d.risky {
			fmt.Fprintf(d.b, "| %s | %s | %s | %s |\n", cell(c.Title+": "+strings.Join(c.Detail, " ")),
				d.text("level."+string(likelihood(c.Status))), d.text("level."+string(c.Severity)), d.text("level."+string(c.Risk)))
		}
		fmt.Fprintln(d.b)
	}
	d.ask("draft.s16.text")
}

func (d *drafter) partD() { d.h2("draft.part-d") }

// s17 is the measures of every check that failed or warned.
func (d *drafter) s17() {
	d.h3("draft.s17")
	if len(d.risky) == 0 {
		d.para(d.text("draft.s17.none"))
	} else {
		d.para(d.text("draft.s17.intro"))
		for _, c := range d.risky {
			fmt.Fprintf(d.b, "- **%s**\n", c.Title)
			for _, m := range c.Mitigations {
				fmt.Fprintf(d.b, "  - %s (%s)\n", m.Text, citations(m.Sources))
			}
		}
		fmt.Fprintln(d.b)
	}
	d.ask("draft.s17.text")
}

// dpo writes the DPO's part: whether a DPO is mandatory and designated
// (Art. 37), then the advice to record (Art. 35(2)).
func (d *drafter) dpo() {
	d.h2("draft.dpo")
	if lines := d.details(CheckDPO); len(lines) > 0 {
		d.para(d.text("draft.dpo.check"))
		d.list(lines)
	}
	d.ask("draft.dpo.text")
}

func (d *drafter) adoption() {
	d.h2("draft.adoption")
	d.ask("draft.adoption.text")
	fmt.Fprintf(d.b, "\n*%s*\n", d.text("md.disclaimer"))
}

// techniqueCriteria are the WP248 criteria that describe techniques and
// methods (point 4 of the Model DPIA Rijksdienst).
var techniqueCriteria = []string{
	"wp248-evaluation-scoring", "wp248-automated-decision", "wp248-systematic-monitoring",
	"wp248-matching-combining", "wp248-innovative-technology",
}

// likelihood is the likelihood a check's status implies (see riskLevel).
func likelihood(st Status) Level {
	switch st {
	case Fail:
		return High
	case Warn:
		return Medium
	}
	return Low
}

// party renders a party of a flow for point 6.
func (l *localizer) party(name, role, country, parent string) string {
	where := l.country(country)
	if parent != "" {
		where += "; " + l.text("draft.s6.parent", l.countries([]string{parent}))
	}
	return l.text("draft.s6.party", name, l.value(role), where)
}

func (l *localizer) categoryNames(cats []classify.Category) string {
	names := make([]string, len(cats))
	for i, c := range cats {
		names[i] = c.Name(l.lang)
	}
	return strings.Join(names, ", ")
}

// categoryArticles names categories with their legal source.
func (l *localizer) categoryArticles(cats []classify.Category) string {
	names := make([]string, len(cats))
	for i, c := range cats {
		names[i] = c.Name(l.lang) + " (" + l.article(c) + ")"
	}
	return strings.Join(names, "; ")
}
