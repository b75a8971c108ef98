package avg

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/avgrisk/avgrisk/transfer"
	"golang.org/x/text/language"
)

// WriteMarkdown writes r as a Markdown report in the language closest to
// lang (Dutch or English): a summary table, each check with what it found,
// why it matters, what to do and its sources, the DPIA screening, the
// transfers and the data versions. It shows names of fields, categories,
// parties and countries, and counts; never personal data.
func (r Report) WriteMarkdown(w io.Writer, lang language.Tag) error {
	l, err := newLocalizer(lang)
	if err != nil {
		return err
	}
	r = l.report(r)
	b := bufio.NewWriter(w)
	l.markdown(b, r)
	return b.Flush()
}

// WriteJSON writes r as indented JSON with its texts in the language
// closest to lang. The JSON reads back into a Report with
// encoding/json, whatever its language.
func (r Report) WriteJSON(w io.Writer, lang language.Tag) error {
	l, err := newLocalizer(lang)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(l.report(r))
}

func (l *localizer) markdown(b *bufio.Writer, r Report) {
	fmt.Fprintf(b, "# %s\n\n", l.text("md.title", r.System))
	fmt.Fprintf(b, "%s\n\n", l.text("md.meta", r.AsOf.Format(time.DateOnly), l.text("level."+string(r.Risk)), l.text("outcome."+string(r.DPIA.Outcome))))

	fmt.Fprintf(b, "## %s\n\n", l.text("md.summary"))
	fmt.Fprintf(b, "| %s | %s | %s | %s |\n|---|---|---|---|\n",
		l.text("md.col.check"), l.text("md.col.status"), l.text("md.col.severity"), l.text("md.col.risk"))
	for _, c := range r.Checks {
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n", cell(c.Title), l.status(c.Status), l.impact(c), l.text("level."+string(c.Risk)))
	}

	for _, c := range r.Checks {
		fmt.Fprintf(b, "\n## %s: %s\n\n", c.Title, l.status(c.Status))
		fmt.Fprintf(b, "**%s**\n\n", l.text("md.found"))
		for _, d := range c.Detail {
			fmt.Fprintf(b, "- %s\n", d)
		}
		fmt.Fprintf(b, "\n**%s** %s\n", l.text("md.why"), c.Why)
		if len(c.Mitigations) > 0 {
			fmt.Fprintf(b, "\n**%s**\n\n", l.text("md.mitigation"))
			for _, m := range c.Mitigations {
				fmt.Fprintf(b, "- %s\n", m.Text)
			}
		}
		fmt.Fprintf(b, "\n**%s** %s\n", l.text("md.sources"), citations(c.Sources))
	}

	fmt.Fprintf(b, "\n## %s\n\n", l.text("md.dpia"))
	fmt.Fprintf(b, "**%s** %s\n\n", r.DPIA.Text, l.text("md.dpia-count", r.DPIA.WP248Count))
	for _, rs := range r.DPIA.Reasons {
		fmt.Fprintf(b, "- %s (%s)\n", rs.Text, citations(rs.Sources))
	}

	fmt.Fprintf(b, "\n## %s\n\n", l.text("md.transfers"))
	if len(r.Transfers) == 0 {
		fmt.Fprintf(b, "%s\n", l.text("md.none"))
	} else {
		fmt.Fprintf(b, "%s\n\n", l.text("md.transfers-intro"))
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|---|---|\n",
			l.text("md.col.recipient"), l.text("md.col.country"), l.text("md.col.via"), l.text("md.col.restricted"),
			l.text("md.col.basis"), l.text("md.col.lawful"), l.text("md.col.tia"), l.text("md.col.risks"))
		for _, t := range r.Transfers {
			lawful, tia := l.yesNo(t.Lawful), l.yesNo(t.TIARequired)
			if !t.Restricted {
				lawful, tia = l.value(string(transfer.BasisNotApplicable)), l.value(string(transfer.BasisNotApplicable))
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s | %s | %s |\n", cell(l.recipient(t.Recipient, t.Via)), cell(l.country(t.Country)),
				l.text("via."+t.Via), l.yesNo(t.Restricted), l.value(string(t.Basis)), lawful, tia, cell(l.risks(t.Risks)))
		}
	}

	fmt.Fprintf(b, "\n## %s\n\n", l.text("md.data"))
	fmt.Fprintf(b, "avg %s · classify %s · transfer %s · retention %s\n", r.Data.Avg, r.Data.Classify, r.Data.Transfer, r.Data.Retention)
	if r.Data.TransferStale {
		fmt.Fprintf(b, "\n%s\n", l.text("md.transfer-stale", r.Data.Transfer))
	}
	fmt.Fprintf(b, "\n*%s*\n", l.text("md.disclaimer"))
}

// risks names the risks of a transfer, or says there are none.
func (l *localizer) risks(ids []transfer.RiskID) string {
	if len(ids) == 0 {
		return l.text("md.none")
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = string(id)
		if l.has("risk." + names[i]) {
			names[i] = l.text("risk." + names[i])
		}
	}
	return strings.Join(names, "; ")
}

// impact renders a check's impact for the summary: the impact if the
// risk materialises, shown only where the check found a shortcoming, so
// that "high" never stands beside "pass".
func (l *localizer) impact(c Check) string {
	if c.Status == Pass || c.Status == NotApplicable {
		return "–"
	}
	return l.text("level." + string(c.Severity))
}

// status renders a status as a word.
func (l *localizer) status(s Status) string { return l.text("status." + string(s)) }

// citations joins the citations of sources.
func citations(src []Source) string {
	cs := make([]string, len(src))
	for i, s := range src {
		cs[i] = s.Citation
	}
	return strings.Join(cs, "; ")
}

// cell makes text safe for a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}
