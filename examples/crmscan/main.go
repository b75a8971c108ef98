// Command crmscan scans a CRM export for personal data: special categories
// (health, religion, trade-union membership, criminal data, ...; AVG art.
// 9 and 10), the BSN and ordinary identifiers. It prints, per column, the
// categories found and their share of rows, then the riskiest rows with
// masked excerpts. It never prints a raw value.
//
// Usage:
//
//	crmscan [-json] [-min-confidence 0.5] [-top 5] [-format auto|csv|jsonl] [export.csv | export.jsonl | -]
//	crmscan [-json] [-min-confidence 0.5] -schema PATH
//
// With -schema, crmscan reads a Salesforce schema (an SFDX project, a
// Metadata API folder, describe JSON, or a zip of one) and prints the
// flagged fields per object with their evidence (schema.go).
//
// The export is CSV with a header row (fields separated by ',', or by ';',
// TAB or '|' as the header shows), or JSON Lines (one object per line). Without a file argument crmscan scans an embedded sample, an
// invented Salesforce-style contact export (sample/contacts.csv); "-"
// reads standard input. The format follows the file's extension (.csv,
// .jsonl, .ndjson) or, failing that, its first byte ('{' is JSON Lines).
//
// While it reads a long export, crmscan shows a progress line (rows, MB/s)
// on standard error, only when standard error is a terminal.
//
// Exit codes, for scripts:
//
//	0  no special categories found (ordinary identifiers such as e-mail
//	   addresses are expected in a CRM and do not count)
//	1  special categories of personal data or a BSN found
//	2  an error: bad flags, a missing file, a malformed export (each bad
//	   row is reported with its line number; the rest is still scanned)
//
// A header row that reads as data (a split file without its header, a
// BSN or a diagnosis where a name should be) is never printed: the
// columns are named by position ("column 2") and the row is scanned. Of
// many bad rows, the first 20 are listed and all are counted by reason.
//
// It is not legal advice: a finding is evidence to look at, not a verdict.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	_ "embed"

	"github.com/avgrisk/avgrisk/classify"
)

//go:embed sample/contacts.csv
var sample []byte

// sampleName is how the embedded sample is named in the output.
const sampleName = "sample/contacts.csv (embedded)"

// maxErrors is how many bad rows are listed on standard error.
const maxErrors = 20

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, so that tests can call it: it returns the exit
// code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crmscan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write the result as JSON")
	minConf := fs.Float64("min-confidence", classify.DefaultMinConfidence, "report findings of at least this confidence, 0 to 1")
	top := fs.Int("top", 5, "show this many of the riskiest rows")
	formatFlag := fs.String("format", "auto", "the export's format: auto, csv or jsonl")
	schema := fs.String("schema", "", "scan a Salesforce schema instead of an export: an SFDX project or Metadata API folder, describe JSON, or a zip")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: crmscan [flags] [export.csv | export.jsonl | -]\n\n"+
			"Scans a CRM export (CSV with a header, or JSON Lines) for personal data and\n"+
			"prints per column what it found, then the riskiest rows, masked. Without a\n"+
			"file it scans an embedded sample. Exit: 0 no special categories, 1 special\n"+
			"categories found, 2 error.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "crmscan: "+format+"\n", a...)
		return 2
	}
	if fs.NArg() > 1 {
		return fail("at most one file argument")
	}
	if *top < 0 {
		return fail("-top: must not be negative")
	}
	c := classify.Default()
	if *minConf != classify.DefaultMinConfidence {
		var err error
		if c, err = classify.New(classify.WithMinConfidence(*minConf)); err != nil {
			return fail("-min-confidence: %v", err)
		}
	}
	if *schema != "" {
		return runSchema(c, *schema, *asJSON, stdout, stderr)
	}

	in, err := openInput(fs.Arg(0), *formatFlag, stdin)
	if err != nil {
		return fail("%v", err)
	}
	defer in.close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	res, err := scan(ctx, c, in, *top, progressWriter(stderr))
	if err != nil {
		var re *classify.RowError
		if errors.As(err, &re) {
			// A broken header: nothing could be scanned.
			return fail("%s: line %d: %v", in.name, re.Line, re.Err)
		}
		return fail("%s: %v", in.name, err)
	}
	res.MinConfidence = *minConf

	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return fail("%v", err)
		}
	} else {
		res.write(stdout)
	}
	for _, e := range res.Errors {
		fmt.Fprintf(stderr, "crmscan: %s: %s\n", in.name, e)
	}
	if res.BadRows > len(res.Errors) {
		fmt.Fprintf(stderr, "crmscan: %s: and %d more bad rows (%s)\n", in.name, res.BadRows-len(res.Errors), reasons(res.ErrorCounts))
	}
	switch {
	case res.BadRows > 0:
		return 2
	case res.Special:
		return 1
	}
	return 0
}

// input is the export to scan.
type input struct {
	name   string
	format classify.ExportFormat
	r      io.Reader
	close  func()
}

// openInput opens the export named by arg (the embedded sample when
// empty, standard input for "-") and settles its format.
func openInput(arg, format string, stdin io.Reader) (*input, error) {
	in := &input{close: func() {}}
	switch arg {
	case "":
		in.name, in.r = sampleName, bytes.NewReader(sample)
	case "-":
		in.name, in.r = "standard input", stdin
	default:
		f, err := os.Open(arg)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, fmt.Errorf("%s: no such file", arg)
			}
			if errors.Is(err, os.ErrPermission) {
				return nil, fmt.Errorf("%s: permission denied", arg)
			}
			return nil, err
		}
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			f.Close()
			return nil, fmt.Errorf("%s: is a directory", arg)
		}
		in.name, in.r, in.close = arg, f, func() { f.Close() }
	}
	switch strings.ToLower(format) {
	case "csv":
		in.format = classify.CSV
	case "jsonl", "ndjson", "json":
		in.format = classify.JSONLines
	case "auto", "":
		switch strings.ToLower(filepath.Ext(arg)) {
		case ".csv":
			in.format = classify.CSV
		case ".jsonl", ".ndjson":
			in.format = classify.JSONLines
		default:
			// Sniff: JSON Lines starts with an object. Peek, so that
			// the scanner still counts every line.
			br := bufio.NewReader(in.r)
			in.r = br
			in.format = classify.CSV
			head, _ := br.Peek(4096)
			if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 && t[0] == '{' {
				in.format = classify.JSONLines
			}
		}
	default:
		in.close()
		return nil, fmt.Errorf("-format: want auto, csv or jsonl")
	}
	return in, nil
}

// result is what crmscan found, and its JSON output.
type result struct {
	Input            string     `json:"input"`
	Format           string     `json:"format"`
	MinConfidence    float64    `json:"min_confidence"`
	VocabularyAsOf   string     `json:"vocabulary_as_of"`
	Rows             int        `json:"rows"`
	RowsWithFindings int        `json:"rows_with_findings"`
	RowsWithSpecial  int        `json:"rows_with_special"`
	BadRows          int        `json:"bad_rows"`
	Bytes            int64      `json:"bytes"`
	Special          bool       `json:"special"` // a special category was found: exit code 1
	Columns          []column   `json:"columns"`
	Riskiest         []riskyRow `json:"riskiest"`
	// Errors describe the first bad rows (at most 20) by line and
	// reason, never by content; ErrorCounts counts all bad rows by
	// reason ("wrong number of fields": 2000000).
	Errors      []string       `json:"errors"`
	ErrorCounts map[string]int `json:"error_counts"`
	// HeaderLooksLikeData: the header row (or a JSON key) read as data,
	// so the columns are named by position ("column 2").
	HeaderLooksLikeData bool `json:"header_looks_like_data"`
	ExtraColumns        int  `json:"extra_columns"` // JSON keys beyond the first 4096: scanned, not listed
}

// column is what was found in one column: classify's summary, and the
// share of rows for each category and kind, which crmscan counts itself.
type column struct {
	classify.ColumnSummary
	Found    []found `json:"found"`    // special categories, then identifier kinds
	Evidence string  `json:"evidence"` // "column name" or "values": where the strongest finding came from
}

// found is one category or identifier kind in a column.
type found struct {
	Category classify.Category `json:"category,omitempty"` // a special category
	Kind     classify.Kind     `json:"kind,omitempty"`     // or an identifier kind
	Rows     int               `json:"rows"`
	Share    float64           `json:"share"`
}

// riskyRow is one of the riskiest rows: where it is, what it holds and a
// masked excerpt of each finding.
type riskyRow struct {
	Row        int                 `json:"row"`
	Line       int                 `json:"line"`
	Score      float64             `json:"score"`
	Categories []classify.Category `json:"categories"` // special categories, in classify.Categories() order
	Kinds      []classify.Kind     `json:"kinds"`      // identifier kinds, in classify.Kinds() order
	Findings   []excerpt           `json:"findings"`
}

// excerpt is one finding of a risky row, shown masked.
type excerpt struct {
	Field      string            `json:"field"`
	Category   classify.Category `json:"category"`
	Kind       classify.Kind     `json:"kind"`
	Confidence float64           `json:"confidence"`
	Excerpt    string            `json:"excerpt"` // classify.Excerpt: "[health]", "NL** **** **** **** 00"
}

// scan runs classify's export scanner over in, keeps the top riskiest rows
// with their masked excerpts, and reports progress to p (when not nil).
func scan(ctx context.Context, c *classify.Classifier, in *input, top int, p *progress) (*result, error) {
	cr := &countingReader{r: in.r}
	res := &result{
		Input:          in.name,
		Format:         in.format.String(),
		VocabularyAsOf: classify.VocabularyAsOf,
		Riskiest:       []riskyRow{},
		Errors:         []string{},
		ErrorCounts:    map[string]int{},
	}
	if p != nil {
		p.start(cr)
		defer p.stop()
	}
	sum, err := c.ScanExport(ctx, cr, in.format, func(rr classify.RowResult) error {
		if p != nil {
			p.rows.Store(int64(rr.Row))
		}
		if rr.Err != nil {
			// Counted by reason; the first maxErrors listed by line.
			// RowError's text names the line and reason, never the data.
			res.ErrorCounts[rr.Err.Err.Error()]++
			if len(res.Errors) < maxErrors {
				res.Errors = append(res.Errors, strings.TrimPrefix(rr.Err.Error(), "classify: export "))
			}
			return nil
		}
		cats, kinds, score := assess(rr.Findings)
		if len(cats) > 0 {
			res.RowsWithSpecial++
		}
		if top == 0 || score == 0 {
			return nil
		}
		if len(res.Riskiest) == top && score <= res.Riskiest[top-1].Score {
			return nil
		}
		row := riskyRow{Row: rr.Row, Line: rr.Line, Score: score, Categories: cats, Kinds: kinds}
		// The row's values are ours only during this call: mask them now.
		row.Findings = excerpts(rr, rr.Findings)
		// Insert in order: highest score first, then the earlier row.
		i, _ := slices.BinarySearchFunc(res.Riskiest, row, func(a, b riskyRow) int {
			return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Row, b.Row))
		})
		res.Riskiest = slices.Insert(res.Riskiest, i, row)
		if len(res.Riskiest) > top {
			res.Riskiest = res.Riskiest[:top]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.Rows = sum.Rows
	res.RowsWithFindings = sum.RowsWithFindings
	res.BadRows = sum.BadRows
	res.Bytes = sum.Bytes
	res.HeaderLooksLikeData = sum.HeaderLooksLikeData
	res.ExtraColumns = sum.ExtraColumns
	res.Columns = columns(sum)
	res.Special = res.RowsWithSpecial > 0
	return res, nil
}

// columns turns classify's column summaries, which count the rows per
// category and kind, into crmscan's.
func columns(sum classify.ExportSummary) []column {
	out := make([]column, 0, len(sum.Columns))
	for _, cs := range sum.Columns {
		col := column{ColumnSummary: cs, Found: []found{}, Evidence: evidence(cs)}
		share := func(n int) float64 {
			if sum.Rows == 0 {
				return 0
			}
			return float64(n) / float64(sum.Rows)
		}
		for _, c := range cs.Categories {
			if n := cs.CategoryRows[c]; n > 0 && c.Special() {
				col.Found = append(col.Found, found{Category: c, Rows: n, Share: share(n)})
			}
		}
		for _, k := range cs.Kinds {
			if n := cs.KindRows[k]; n > 0 && k != classify.Term {
				col.Found = append(col.Found, found{Kind: k, Rows: n, Share: share(n)})
			}
		}
		out = append(out, col)
	}
	return out
}

// assess sums up a row's findings: its special categories, its identifier
// kinds, and classify.RiskScore, which ranks rows by risk.
func assess(fs []classify.Finding) (cats []classify.Category, kinds []classify.Kind, score float64) {
	seenCat := map[classify.Category]bool{}
	seenKind := map[classify.Kind]bool{}
	for _, f := range fs {
		if f.Category.Special() {
			seenCat[f.Category] = true
		}
		if f.Kind != classify.Term {
			seenKind[f.Kind] = true
		}
	}
	cats, kinds = []classify.Category{}, []classify.Kind{}
	for _, c := range classify.Categories() {
		if seenCat[c] {
			cats = append(cats, c)
		}
	}
	for _, k := range classify.Kinds() {
		if seenKind[k] {
			kinds = append(kinds, k)
		}
	}
	return cats, kinds, classify.RiskScore(fs)
}

// excerpts masks each finding of a row, reading its values through the
// row's view (valid during ScanExport's callback only). A field's findings that say the same thing are shown once, at their
// strongest: the column name and the value may both say "health", and a
// BSN__c column gives both "[national-id]" and the masked number.
func excerpts(rr classify.RowResult, fs []classify.Finding) []excerpt {
	out := make([]excerpt, 0, len(fs))
	ident := map[[2]string]bool{} // field, category of an identifier
	for _, f := range fs {
		if f.Kind != classify.Term {
			ident[[2]string{f.Field, string(f.Category)}] = true
		}
	}
	at := map[excerpt]int{} // key without confidence → index in out
	for _, f := range fs {
		if f.Kind == classify.Term && ident[[2]string{f.Field, string(f.Category)}] {
			continue
		}
		e := excerpt{Field: f.Field, Category: f.Category, Kind: f.Kind, Excerpt: classify.Excerpt(rr.Value(f.Field), f)}
		if i, ok := at[e]; ok {
			out[i].Confidence = max(out[i].Confidence, f.Confidence)
			continue
		}
		at[e] = len(out)
		e.Confidence = f.Confidence
		out = append(out, e)
	}
	// Special categories first, then by field.
	slices.SortStableFunc(out, func(a, b excerpt) int {
		return cmp.Or(-cmp.Compare(rank(a.Category), rank(b.Category)), strings.Compare(a.Field, b.Field))
	})
	return out
}

func rank(c classify.Category) int {
	if c.Special() {
		return 1
	}
	return 0
}

// write prints the result for a person.
func (r *result) write(w io.Writer) {
	fmt.Fprintf(w, "Scanned %s: %s, %d rows, %s\n", r.Input, strings.ToUpper(r.Format), r.Rows, size(r.Bytes))
	fmt.Fprintf(w, "  %d rows with personal data, %d with special categories (AVG art. 9 and 10, BSN)\n", r.RowsWithFindings, r.RowsWithSpecial)
	if r.BadRows > 0 {
		fmt.Fprintf(w, "  %d bad rows skipped (see standard error)\n", r.BadRows)
	}
	fmt.Fprintf(w, "  vocabulary as of %s, minimum confidence %.2f\n\n", r.VocabularyAsOf, r.MinConfidence)

	var clean []string
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "COLUMN\tROWS\tEVIDENCE\tFOUND (share of rows)")
	for _, c := range r.Columns {
		if c.Rows == 0 {
			clean = append(clean, c.Name)
			continue
		}
		var parts []string
		for _, f := range c.Found {
			what := string(f.Category)
			if f.Kind != "" {
				what = string(f.Kind)
			}
			parts = append(parts, what+" "+percent(f.Share))
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", c.Name, c.Rows, c.Evidence, strings.Join(parts, ", "))
	}
	tw.Flush()
	if len(clean) > 0 {
		fmt.Fprintf(w, "Nothing found in: %s\n", strings.Join(clean, ", "))
		fmt.Fprintln(w, "(names and addresses are personal data too, but are not detected)")
	}

	if len(r.Riskiest) == 0 {
		fmt.Fprintln(w, "\nNo rows with personal data of note.")
		return
	}
	fmt.Fprintf(w, "\nRISKIEST ROWS (top %d; values masked)\n", len(r.Riskiest))
	for _, row := range r.Riskiest {
		what := join(row.Categories)
		if len(row.Categories) == 0 {
			what = "identifiers only"
		}
		fmt.Fprintf(w, "\n  row %d (line %d): %s\n", row.Row, row.Line, what)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, f := range row.Findings {
			fmt.Fprintf(tw, "    %s\t%s\t%s\t%.2f\n", f.Field, label(f), f.Excerpt, f.Confidence)
		}
		tw.Flush()
	}
}

// label names a finding: its category for a term, its kind for an
// identifier (with the category when it is special: "national-id/bsn").
func label(f excerpt) string {
	switch {
	case f.Kind == classify.Term:
		return string(f.Category)
	case f.Category.Special():
		return string(f.Category) + "/" + string(f.Kind)
	}
	return string(f.Kind)
}

// evidence says where a column's strongest finding came from: its name
// (a rule "field-name:f-…") or its values. The rule itself is an opaque
// ID (classify.LookupRule resolves it), safe to show.
func evidence(c classify.ColumnSummary) string {
	switch {
	case c.Rule == "":
		return ""
	case strings.HasPrefix(c.Rule, classify.RuleFieldName), strings.HasPrefix(c.Rule, classify.RuleFieldLabel):
		return "column name"
	}
	return "values"
}

// reasons lists the bad rows per reason: "wrong number of fields: 1999980,
// malformed CSV: 20".
func reasons(counts map[string]int) string {
	keys := slices.Sorted(maps.Keys(counts))
	slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(counts[b], counts[a]) })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s: %d", k, counts[k])
	}
	return strings.Join(parts, ", ")
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
	return fmt.Sprintf("%.0f%%", 100*f)
}

// size formats a number of bytes.
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
