package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/avgrisk/avgrisk/classify"
)

// scanResult is what the scan command found, and its JSON output
// (documented in README; field names are stable).
type scanResult struct {
	Tool          toolInfo       `json:"tool"`
	MinConfidence float64        `json:"min_confidence"`
	Inputs        []scanInput    `json:"inputs"`
	Skipped       []skippedInput `json:"skipped"`
	Errors        []string       `json:"errors"` // inputs that could not be read, by name and reason
	Suppressed    []suppressed   `json:"suppressed"`
	Totals        scanTotals     `json:"totals"`
	Interrupted   bool           `json:"interrupted"` // Ctrl-C: the totals cover what was read
}

// scanInput is one scanned input.
type scanInput struct {
	Name             string       `json:"name"`
	Object           string       `json:"object,omitempty"`
	Format           string       `json:"format"` // csv, jsonl, json or text
	Encoding         string       `json:"encoding"`
	Separator        string       `json:"separator,omitempty"`
	Bytes            int64        `json:"bytes"`
	Rows             int          `json:"rows"`
	RowsWithFindings int          `json:"rows_with_findings"`
	RowsWithSpecial  int          `json:"rows_with_special"`
	BadRows          int          `json:"bad_rows"`
	BadLines         []int        `json:"bad_lines"`      // of the first 100 bad rows
	BadRowList       []string     `json:"bad_row_errors"` // the first 20, by line and reason, never content
	Columns          []scanColumn `json:"columns"`
	Riskiest         []riskyRow   `json:"riskiest"`
	Text             *textSummary `json:"text,omitempty"` // for plain text
	Interrupted      bool         `json:"interrupted,omitempty"`
	HeaderIsData     bool         `json:"header_looks_like_data,omitempty"`
	Truncated        bool         `json:"truncated,omitempty"`      // a database table with more rows than the sample
	SchemaSpecial    int          `json:"schema_special,omitempty"` // columns whose name or type says special category (databases)
	Categories       []categoryN  `json:"categories"`               // rows per special category (a row counts once per category)
	Kinds            []kindN      `json:"kinds"`                    // rows per identifier kind

	catRows  map[classify.Category]int
	kindRows map[classify.Kind]int
}

// scanColumn is one column of an export.
type scanColumn struct {
	Name     string  `json:"name"`
	Type     string  `json:"type,omitempty"` // declared type (databases)
	Rows     int     `json:"rows"`           // rows with a finding in this column
	Share    float64 `json:"share"`          // of the input's good rows
	Evidence string  `json:"evidence"`       // "column name" or "values": where the strongest finding came from
	Found    []found `json:"found"`          // special categories, then identifier kinds
	// SchemaCategories are the special categories the column's name and
	// type say (databases: judged as a schema field, whether or not the
	// sample holds values).
	SchemaCategories []classify.Category `json:"schema_categories,omitempty"`
	// Positional is set when the header cell looked like data: Name is
	// then "column N", never the cell.
	Positional bool `json:"positional,omitempty"`
}

// found is one category or identifier kind in a column or a text.
type found struct {
	Category  classify.Category `json:"category,omitempty"`
	Kind      classify.Kind     `json:"kind,omitempty"`
	Rows      int               `json:"rows,omitempty"`
	Share     float64           `json:"share,omitempty"`
	FirstLine int               `json:"first_line,omitempty"`
	Findings  int               `json:"findings,omitempty"` // for plain text: findings, not rows
}

// label is the category of a special finding, the kind of an identifier.
func (f found) label() string {
	if f.Kind != "" {
		return string(f.Kind)
	}
	return string(f.Category)
}

// textSummary is what a plain-text input holds.
type textSummary struct {
	Findings int     `json:"findings"`
	Special  int     `json:"special"` // findings of special categories
	Found    []found `json:"found"`
}

// riskyRow is one of the riskiest rows of an input: where, what, and a
// masked excerpt of each finding.
type riskyRow struct {
	Row        int                 `json:"row"`
	Line       int                 `json:"line"`
	Score      float64             `json:"score"`
	Categories []classify.Category `json:"categories"`
	Kinds      []classify.Kind     `json:"kinds"`
	Findings   []excerpt           `json:"findings"`
}

// excerpt is one finding of a risky row, masked. It leaves out the
// finding's rule, which for a term can name the word that matched.
type excerpt struct {
	Field      string            `json:"field"`
	Category   classify.Category `json:"category"`
	Kind       classify.Kind     `json:"kind"`
	Confidence float64           `json:"confidence"`
	Excerpt    string            `json:"excerpt"`
}

// skippedInput is an input found in a folder or archive and not scanned.
type skippedInput struct {
	Name   string `json:"name"`
	Reason string `json:"reason"` // binary, empty
}

// scanTotals sums up all inputs.
type scanTotals struct {
	Inputs           int         `json:"inputs"`
	Bytes            int64       `json:"bytes"`
	Rows             int         `json:"rows"`
	RowsWithFindings int         `json:"rows_with_findings"`
	RowsWithSpecial  int         `json:"rows_with_special"`
	BadRows          int         `json:"bad_rows"`
	Categories       []categoryN `json:"categories"` // rows (or text findings) per special category
	Kinds            []kindN     `json:"kinds"`      // rows per identifier kind
}

type categoryN struct {
	Category classify.Category `json:"category"`
	Rows     int               `json:"rows"`
}

type kindN struct {
	Kind classify.Kind `json:"kind"`
	Rows int           `json:"rows"`
}

// finish computes the totals.
func (r *scanResult) finish(sup []suppressed) {
	r.Suppressed = sup
	t := scanTotals{Inputs: len(r.Inputs), Categories: []categoryN{}, Kinds: []kindN{}}
	cats := map[classify.Category]int{}
	kinds := map[classify.Kind]int{}
	for _, in := range r.Inputs {
		t.Bytes += in.Bytes
		t.Rows += in.Rows
		t.RowsWithFindings += in.RowsWithFindings
		t.RowsWithSpecial += in.RowsWithSpecial
		t.BadRows += in.BadRows
		for _, c := range in.Categories {
			cats[c.Category] += c.Rows
		}
		for _, k := range in.Kinds {
			kinds[k.Kind] += k.Rows
		}
	}
	for _, c := range classify.Categories() {
		if n := cats[c]; n > 0 {
			t.Categories = append(t.Categories, categoryN{c, n})
		}
	}
	for _, k := range classify.Kinds() {
		if n := kinds[k]; n > 0 {
			t.Kinds = append(t.Kinds, kindN{k, n})
		}
	}
	r.Totals = t
}

// special reports whether any input holds a special category.
func (r *scanResult) special() bool {
	for _, in := range r.Inputs {
		if in.RowsWithSpecial > 0 || in.SchemaSpecial > 0 || (in.Text != nil && in.Text.Special > 0) {
			return true
		}
	}
	return false
}

// exitCode: 2 for an input that could not be read (or an interrupted
// scan), for bad rows only under --strict; 1 for special categories; 0.
func (r *scanResult) exitCode(strict bool) int {
	switch {
	case len(r.Errors) > 0 || r.Interrupted:
		return exitError
	case strict && r.Totals.BadRows > 0:
		return exitError
	case r.special():
		return exitFound
	}
	return exitClean
}

func (r *scanResult) json() any { return r }

// text prints the result for a person.
func (r *scanResult) text(w io.Writer) error {
	for i, in := range r.Inputs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		in.writeText(w)
	}
	if len(r.Inputs) != 1 || len(r.Skipped) > 0 || len(r.Errors) > 0 {
		t := r.Totals
		fmt.Fprintf(w, "\nTOTAL: %s, %s, %s with personal data, %s with special categories",
			plural(t.Inputs, "input"), plural(t.Rows, "row"), plural(t.RowsWithFindings, "row"), plural(t.RowsWithSpecial, "row"))
		if t.BadRows > 0 {
			fmt.Fprintf(w, ", %s bad", plural(t.BadRows, "row"))
		}
		fmt.Fprintln(w)
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(w, "skipped %s: %s\n", s.Name, s.Reason)
	}
	for _, s := range r.Suppressed {
		fmt.Fprintf(w, "ignored %s (%s): %s, by the configuration\n", s.What, s.Reason, plural(s.Count, "finding"))
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(w, "%s could not be read (see standard error)\n", plural(len(r.Errors), "input"))
	}
	if r.Interrupted {
		fmt.Fprintln(w, "INTERRUPTED: the summary covers what was read before Ctrl-C.")
	}
	fmt.Fprintf(w, "vocabulary as of %s, minimum confidence %.2f; not legal advice\n", r.Tool.VocabularyAsOf, r.MinConfidence)
	return nil
}

func (in *scanInput) writeText(w io.Writer) {
	if in.Format == "sql" {
		cut := ""
		if in.Truncated {
			cut = " (the table has more)"
		}
		fmt.Fprintf(w, "%s: table, a sample of %s%s\n", in.Name, plural(in.Rows, "row"), cut)
	} else {
		what := strings.ToUpper(in.Format)
		if in.Separator != "" {
			what += " (separator " + in.Separator + ")"
		}
		fmt.Fprintf(w, "%s: %s, %s, %s\n", in.Name, what, in.Encoding, size(in.Bytes))
	}
	if in.Text != nil {
		fmt.Fprintf(w, "  %s, %d of special categories\n", plural(in.Text.Findings, "finding"), in.Text.Special)
		for _, f := range in.Text.Found {
			fmt.Fprintf(w, "    %-24s %d\n", f.label(), f.Findings)
		}
		return
	}
	fmt.Fprintf(w, "  %s, %d with personal data, %d with special categories (AVG art. 9 and 10, BSN)\n",
		plural(in.Rows, "row"), in.RowsWithFindings, in.RowsWithSpecial)
	if in.BadRows > 0 {
		fmt.Fprintf(w, "  %s skipped (lines listed on standard error)\n", plural(in.BadRows, "bad row"))
	}
	if in.HeaderIsData {
		fmt.Fprintln(w, "  the first line looked like data, not a header: columns are named by position")
	}
	var clean []string
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	header := false
	for _, c := range in.Columns {
		if c.Rows == 0 {
			clean = append(clean, c.Name)
			continue
		}
		if !header {
			fmt.Fprintln(tw, "  COLUMN\tROWS\tEVIDENCE\tFOUND (share of rows)")
			header = true
		}
		var parts []string
		for _, f := range c.Found {
			parts = append(parts, f.label()+" "+percent(f.Share))
		}
		fmt.Fprintf(tw, "  %s\t%d\t%s\t%s\n", c.Name, c.Rows, c.Evidence, strings.Join(parts, ", "))
	}
	tw.Flush()
	if len(clean) > 0 {
		fmt.Fprintf(w, "  nothing found in: %s\n", strings.Join(clean, ", "))
	}
	if len(in.Riskiest) > 0 {
		fmt.Fprintf(w, "  riskiest rows (values masked):\n")
		for _, row := range in.Riskiest {
			what := join(row.Categories)
			if len(row.Categories) == 0 {
				what = "identifiers only"
			}
			fmt.Fprintf(w, "    row %d (line %d): %s\n", row.Row, row.Line, what)
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			for _, f := range row.Findings {
				fmt.Fprintf(tw, "      %s\t%s\t%s\t%.2f\n", f.Field, findingLabel(f.Category, f.Kind), f.Excerpt, f.Confidence)
			}
			tw.Flush()
		}
	}
	if in.Interrupted {
		fmt.Fprintln(w, "  interrupted: partial")
	}
}

// findingLabel names a finding: its category for a term, its kind for an
// identifier ("national-id/bsn" when the category is special).
func findingLabel(c classify.Category, k classify.Kind) string {
	switch {
	case k == classify.Term:
		return string(c)
	case c.Special():
		return string(c) + "/" + string(k)
	}
	return string(k)
}

func join[T ~string](xs []T) string {
	if len(xs) == 0 {
		return "-"
	}
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

func percent(f float64) string {
	p := 100 * f
	if p > 0 && p < 1 {
		return "<1%"
	}
	return fmt.Sprintf("%.0f%%", p)
}

// size formats a number of bytes.
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// markdown writes the result as a Markdown report.
func (r *scanResult) markdown(w io.Writer) error {
	fmt.Fprintf(w, "# avgrisk scan\n\n")
	t := r.Totals
	fmt.Fprintf(w, "%s, %s, %s with personal data, **%s with special categories** (AVG art. 9 and 10, BSN).\n\n",
		plural(t.Inputs, "input"), plural(t.Rows, "row"), plural(t.RowsWithFindings, "row"), plural(t.RowsWithSpecial, "row"))
	if len(t.Categories) > 0 {
		fmt.Fprintf(w, "| category | rows | source |\n|---|---:|---|\n")
		for _, c := range t.Categories {
			fmt.Fprintf(w, "| %s | %d | %s |\n", c.Category, c.Rows, c.Category.Article())
		}
		fmt.Fprintln(w)
	}
	for _, in := range r.Inputs {
		fmt.Fprintf(w, "## %s\n\n", mdEscape(in.Name))
		fmt.Fprintf(w, "%s, %s, %s; %s, %d with special categories", strings.ToUpper(in.Format), in.Encoding, size(in.Bytes), plural(in.Rows, "row"), in.RowsWithSpecial)
		if in.BadRows > 0 {
			fmt.Fprintf(w, ", %s (lines %s)", plural(in.BadRows, "bad row"), intsList(in.BadLines, 10))
		}
		fmt.Fprint(w, ".\n\n")
		if in.Text != nil {
			fmt.Fprintf(w, "| found | findings |\n|---|---:|\n")
			for _, f := range in.Text.Found {
				fmt.Fprintf(w, "| %s | %d |\n", f.label(), f.Findings)
			}
			fmt.Fprintln(w)
			continue
		}
		fmt.Fprintf(w, "| column | rows | evidence | found (share of rows) |\n|---|---:|---|---|\n")
		for _, c := range in.Columns {
			if c.Rows == 0 {
				continue
			}
			var parts []string
			for _, f := range c.Found {
				parts = append(parts, f.label()+" "+percent(f.Share))
			}
			fmt.Fprintf(w, "| %s | %d | %s | %s |\n", mdEscape(c.Name), c.Rows, c.Evidence, strings.Join(parts, ", "))
		}
		fmt.Fprintln(w)
		if len(in.Riskiest) > 0 {
			fmt.Fprintf(w, "Riskiest rows (values masked):\n\n")
			for _, row := range in.Riskiest {
				var parts []string
				for _, f := range row.Findings {
					parts = append(parts, fmt.Sprintf("%s: %s `%s`", mdEscape(f.Field), findingLabel(f.Category, f.Kind), f.Excerpt))
				}
				fmt.Fprintf(w, "- row %d (line %d): %s\n", row.Row, row.Line, strings.Join(parts, "; "))
			}
			fmt.Fprintln(w)
		}
	}
	for _, s := range r.Suppressed {
		fmt.Fprintf(w, "- ignored %s: %s (%s)\n", mdEscape(s.What), mdEscape(s.Reason), plural(s.Count, "finding"))
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(w, "- skipped %s: %s\n", mdEscape(s.Name), s.Reason)
	}
	for _, e := range r.Errors {
		fmt.Fprintf(w, "- error: %s\n", mdEscape(e))
	}
	fmt.Fprintf(w, "\n_Vocabulary as of %s, minimum confidence %.2f. Not legal advice._\n", r.Tool.VocabularyAsOf, r.MinConfidence)
	return nil
}

func intsList(xs []int, n int) string {
	var s []string
	for i, x := range xs {
		if i == n {
			s = append(s, "…")
			break
		}
		s = append(s, fmt.Sprint(x))
	}
	return strings.Join(s, ", ")
}

// mdEscape keeps a name from breaking a Markdown table.
func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "`", "'", "*", `\*`, "_", `\_`).Replace(s)
}
