package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/avgrisk/avgrisk/transfer"
)

func runTransfer(e *env, args []string) int {
	fs := e.flags("Evaluates an international transfer described in a JSON file (a transfer.Flow:\n" +
		"exporter, importer, onward parties, storage and access countries, mechanisms,\n" +
		"measures) as of a date: restricted or not, on which basis, lawful or not, and\n" +
		"the risks that remain. Exit 1 when the transfer is not lawful.")
	asOfFlag := fs.String("as-of", "", "evaluate as of this date, YYYY-MM-DD (default: today)")
	path, asOf, data, code, ok := e.datedInput(fs, args, asOfFlag, "flow file")
	if !ok {
		return code
	}
	flow, err := transfer.DecodeFlow(bytes.NewReader(data))
	if err != nil {
		e.errorf("%s: %v", path, err)
		return exitError
	}
	a, err := transfer.Evaluate(flow, asOf)
	if err != nil {
		e.errorf("%s: %v", path, err)
		return exitError
	}
	res := &transferResult{Input: path, Assessment: a}
	for _, r := range a.Risks {
		if ig := e.cfg.ignoredRule(string(r.ID)); ig != nil {
			res.sup.add(ig, 1)
		}
	}
	res.Suppressed = res.sup.list()
	if code := e.emit(res); code != exitClean {
		return code
	}
	if !a.Lawful {
		return exitFound
	}
	return exitClean
}

// decodeFlow reads a transfer.Flow; an unknown field is an error.
// transferResult is the JSON output of the transfer command.
type transferResult struct {
	Input      string              `json:"input"`
	Assessment transfer.Assessment `json:"assessment"`
	Suppressed []suppressed        `json:"suppressed"`
	sup        suppressions
}

func (r *transferResult) json() any { return r }

func (r *transferResult) text(w io.Writer) error {
	a := r.Assessment
	fmt.Fprintf(w, "Transfer (%s) as of %s\n", r.Input, a.AsOf)
	fmt.Fprintf(w, "  restricted: %v   basis: %s   lawful: %v   TIA required: %v\n", a.Restricted, a.Basis, a.Lawful, a.TIARequired)
	if a.Stale {
		fmt.Fprintf(w, "  note: the date is past the data's (%s); the law may have moved on\n", a.DataAsOf)
	}
	fmt.Fprintln(w, "\nRecipients:")
	for _, rc := range a.Recipients {
		fmt.Fprintf(w, "  %s (%s, %s, via %s): restricted %v, basis %s, lawful %v\n", rc.Name, rc.Country, rc.Role, rc.Via, rc.Restricted, rc.Basis, rc.Lawful)
	}
	if len(a.Risks) > 0 {
		fmt.Fprintln(w, "\nRisks:")
		for _, rk := range a.Risks {
			fmt.Fprintf(w, "  %s (%s): %s\n", rk.ID, rk.Severity, rk.Explanation)
		}
	}
	for _, m := range a.RequiredMeasures {
		fmt.Fprintf(w, "\nRequired: one of %s: %s\n", joinMeasures(m.Measures), m.Reason)
	}
	for _, s := range r.Suppressed {
		fmt.Fprintf(w, "\nignored %s (%s), by the configuration\n", s.What, s.Reason)
	}
	fmt.Fprintln(w, "\nNot legal advice.")
	return nil
}

func joinMeasures(ms []transfer.Measure) string {
	s := make([]string, len(ms))
	for i, m := range ms {
		s[i] = string(m)
	}
	return strings.Join(s, ", ")
}

func (r *transferResult) markdown(w io.Writer) error {
	a := r.Assessment
	fmt.Fprintf(w, "# Transfer assessment\n\n%s, as of %s.\n\n", mdEscape(r.Input), a.AsOf)
	fmt.Fprintf(w, "| question | answer |\n|---|---|\n| restricted | %v |\n| basis | %s |\n| lawful | %v |\n| TIA required | %v |\n\n", a.Restricted, a.Basis, a.Lawful, a.TIARequired)
	fmt.Fprintf(w, "## Recipients\n\n| recipient | country | via | basis | lawful |\n|---|---|---|---|---|\n")
	for _, rc := range a.Recipients {
		fmt.Fprintf(w, "| %s | %s | %s | %s | %v |\n", mdEscape(rc.Name), rc.Country, rc.Via, rc.Basis, rc.Lawful)
	}
	if len(a.Risks) > 0 {
		fmt.Fprintf(w, "\n## Risks\n\n")
		for _, rk := range a.Risks {
			fmt.Fprintf(w, "- **%s** (%s): %s%s\n", rk.ID, rk.Severity, rk.Explanation, mdSources(rk.Sources))
		}
	}
	for _, c := range a.Conclusions {
		fmt.Fprintf(w, "\n- %s: %s%s\n", c.ID, c.Explanation, mdSources(c.Sources))
	}
	fmt.Fprintf(w, "\n_Transfer data as of %s. Not legal advice._\n", a.DataAsOf)
	return nil
}

func mdSources(src []transfer.Source) string {
	if len(src) == 0 {
		return ""
	}
	var s []string
	for _, x := range src {
		s = append(s, x.Title)
	}
	return " (" + strings.Join(s, "; ") + ")"
}
