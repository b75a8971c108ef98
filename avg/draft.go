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

func (l *localizer) draft(b *bufio.Writer, s System, r Report) {
	todo := "**" + l.text("draft.todo") + "**"
	// A heading is followed by a blank line; a heading right after another
	// needs no blank line of its own.
	afterHeading := false
	heading := func(level, key string) {
		if !afterHeading {
			fmt.Fprintln(b)
		}
		fmt.Fprintf(b, "%s %s\n\n", level, l.text(key))
		afterHeading = true
	}
	h2 := func(key string) { heading("##", key) }
	h3 := func(key string) { heading("###", key) }
	ask := func(key string) {
		fmt.Fprintf(b, "%s %s\n", todo, l.text(key))
		afterHeading = false
	}

	fmt.Fprintf(b, "# %s\n\n", l.text("draft.title", s.Name))
	fmt.Fprintf(b, "%s\n", l.text("draft.intro", r.AsOf.Format(time.DateOnly), todo))

	h2("draft.screening")
	fmt.Fprintf(b, "**%s** %s\n\n", r.DPIA.Text, l.text("md.dpia-count", r.DPIA.WP248Count))
	for _, rs := range r.DPIA.Reasons {
		fmt.Fprintf(b, "- %s (%s)\n", rs.Text, citations(rs.Sources))
	}
	afterHeading = false

	// Part A.
	h2("draft.part-a")
	h3("draft.s1")
	fmt.Fprintf(b, "%s\n\n", l.text("draft.s1.system", s.Name))
	afterHeading = false
	ask("draft.s1.text")

	h3("draft.s2")
	if len(s.Fields) == 0 {
		fmt.Fprintf(b, "%s\n\n", l.text("draft.s2.none"))
	} else {
		fmt.Fprintf(b, "| %s | %s | %s |\n|---|---|---|\n", l.text("draft.s2.col.field"), l.text("draft.s2.col.label"), l.text("draft.s2.col.class"))
		special := map[string][]classify.Category{}
		if chk, ok := r.Check("special-categories"); ok {
			for _, f := range chk.Facts {
				if f.ID == "special-field" {
					special[f.Field] = f.Categories
				}
			}
		}
		for _, f := range s.Fields {
			cats := special[fieldName(f)]
			class := l.text("draft.s2.ordinary")
			if len(cats) > 0 {
				class = l.categoryNames(cats)
			}
			fmt.Fprintf(b, "| %s | %s | %s |\n", cell(fieldName(f)), cell(f.Label), cell(class))
		}
		fmt.Fprintln(b)
	}
	if chk, ok := r.Check("special-categories"); ok {
		var lines []string
		for _, f := range chk.Facts {
			if f.ID == "special-record-field" {
				lines = append(lines, "- "+l.fact(f))
			}
		}
		if len(lines) > 0 {
			fmt.Fprintf(b, "%s\n\n%s\n\n", l.text("draft.s2.records"), strings.Join(lines, "\n"))
		}
	}
	ask("draft.s2.text")

	h3("draft.s3")
	ask("draft.s3.text")

	h3("draft.s4")
	for _, f := range s.Transfers {
		fmt.Fprintf(b, "- %s\n", l.text("draft.s4.cloud", f.Importer.Name))
	}
	var techniques []string
	for _, rs := range r.DPIA.Reasons {
		if slices.Contains(techniqueCriteria, rs.ID) {
			techniques = append(techniques, rs.Text)
		}
	}
	if len(techniques) > 0 {
		fmt.Fprintf(b, "- %s\n", l.text("draft.s4.flag", strings.Join(techniques, "; ")))
	}
	fmt.Fprintln(b)
	ask("draft.s4.text")

	h3("draft.s5")
	for _, p := range s.Processing.Purposes {
		fmt.Fprintf(b, "- %s\n", p)
	}
	if len(s.Processing.Purposes) > 0 {
		fmt.Fprintln(b)
	}
	ask("draft.s5.text")

	h3("draft.s6")
	for _, f := range s.Transfers {
		fmt.Fprintf(b, "- %s\n", l.party(f.Exporter.Name, string(f.Exporter.Role), f.Exporter.Country, f.Exporter.ParentCountry))
		fmt.Fprintf(b, "- %s\n", l.party(f.Importer.Name, string(f.Importer.Role), f.Importer.Country, f.Importer.ParentCountry))
		for _, p := range f.Onward {
			fmt.Fprintf(b, "- %s\n", l.party(p.Name, string(p.Role), p.Country, p.ParentCountry))
		}
	}
	if len(s.Transfers) > 0 {
		fmt.Fprintln(b)
	}
	ask("draft.s6.text")

	h3("draft.s7")
	ask("draft.s7.text")

	h3("draft.s8")
	for _, f := range s.Transfers {
		access := l.countries(f.AccessCountries)
		if access == "" {
			access = l.text("md.none")
		}
		storage := l.countries(f.StorageCountries)
		if storage == "" {
			storage = l.text("draft.s8.unknown")
		}
		fmt.Fprintf(b, "- %s\n", l.text("draft.s8.flow", f.Importer.Name, storage, access))
	}
	for _, id := range []string{"storage-location", "transfer-basis", "foreign-jurisdiction"} {
		if chk, ok := r.Check(id); ok {
			for _, d := range chk.Detail {
				fmt.Fprintf(b, "- %s\n", d)
			}
		}
	}
	fmt.Fprintln(b)
	ask("draft.s8.text")

	h3("draft.s9")
	ask("draft.s9.text")

	h3("draft.s10")
	if chk, ok := r.Check("retention"); ok {
		for _, d := range chk.Detail {
			fmt.Fprintf(b, "- %s\n", d)
		}
		fmt.Fprintln(b)
	}
	ask("draft.s10.text")

	// Part B.
	h2("draft.part-b")
	h3("draft.s11")
	ask("draft.s11.text")
	h3("draft.s12")
	cats := slices.Clone(s.Processing.Categories)
	if chk, ok := r.Check("special-categories"); ok {
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
		fmt.Fprintf(b, "%s\n\n", l.text("draft.s12.found", l.categoryArticles(found)))
	} else {
		fmt.Fprintf(b, "%s\n\n", l.text("draft.s12.none"))
	}
	ask("draft.s12.text")
	h3("draft.s13")
	ask("draft.s13.text")
	h3("draft.s14")
	ask("draft.s14.text")
	h3("draft.s15")
	ask("draft.s15.text")

	// Part C.
	h2("draft.part-c")
	h3("draft.s16")
	var risky []Check
	for _, c := range r.Checks {
		if c.Status == Fail || c.Status == Warn {
			risky = append(risky, c)
		}
	}
	if len(risky) == 0 {
		fmt.Fprintf(b, "%s\n\n", l.text("draft.s16.none"))
	} else {
		fmt.Fprintf(b, "%s\n\n", l.text("draft.s16.intro"))
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n|---|---|---|---|\n", l.text("draft.s16.col.risk"),
			l.text("draft.s16.col.likelihood"), l.text("draft.s16.col.impact"), l.text("draft.s16.col.level"))
		for _, c := range risky {
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", cell(c.Title+": "+strings.Join(c.Detail, " ")),
				l.text("level."+string(likelihood(c.Status))), l.text("level."+string(c.Severity)), l.text("level."+string(c.Risk)))
		}
		fmt.Fprintln(b)
	}
	ask("draft.s16.text")

	// Part D.
	h2("draft.part-d")
	h3("draft.s17")
	if len(risky) == 0 {
		fmt.Fprintf(b, "%s\n\n", l.text("draft.s17.none"))
	} else {
		fmt.Fprintf(b, "%s\n\n", l.text("draft.s17.intro"))
		for _, c := range risky {
			fmt.Fprintf(b, "- **%s**\n", c.Title)
			for _, m := range c.Mitigations {
				fmt.Fprintf(b, "  - %s (%s)\n", m.Text, citations(m.Sources))
			}
		}
		fmt.Fprintln(b)
	}
	ask("draft.s17.text")

	h2("draft.dpo")
	ask("draft.dpo.text")
	h2("draft.adoption")
	ask("draft.adoption.text")
	fmt.Fprintf(b, "\n*%s*\n", l.text("md.disclaimer"))
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
	where := l.countries([]string{country})
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
