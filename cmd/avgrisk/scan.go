package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/classify/exportfs"
)

// maxListedBadRows is how many bad rows a scan lists per input; all are
// counted.
const maxListedBadRows = 20

func runScan(e *env, args []string) int {
	fs := e.flags("Scans files, folders (recursively), globs, - (standard input), zip archives\n" +
		"(a Salesforce Data Export: one CSV per object) and gzip streams for special\n" +
		"categories of personal data and identifiers. CSV/TSV (separator sniffed),\n" +
		"JSON Lines, JSON arrays of objects and plain text; UTF-8, UTF-16 and\n" +
		"Windows-1252. Prints per column what was found, the riskiest rows masked,\n" +
		"and totals. Never prints a value it read.")
	minConf := fs.Float64("min-confidence", -1, "report findings of at least this confidence, 0 to 1 (default 0.5 or the config's)")
	top := fs.Int("top", 5, "show this many of the riskiest rows per input")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		e.errorf("want at least one PATH (or - for standard input)")
		fs.Usage()
		return exitError
	}
	if *top < 0 {
		e.errorf("--top: must not be negative")
		return exitError
	}
	c, err := e.cfg.classifier(*minConf)
	if err != nil {
		e.errorf("%v", err)
		return exitError
	}
	s := &scanner{
		e:   e,
		c:   c,
		top: *top,
		res: &scanResult{
			Tool:          newToolInfo(),
			MinConfidence: e.cfg.minConfidence(*minConf),
			Inputs:        []scanInput{},
			Skipped:       []skippedInput{},
			Errors:        []string{},
		},
	}
	s.progress = newProgress(e)
	err = exportfs.Walk(e.ctx, pos, e.stdin, s.input)
	s.progress.stop()
	if err != nil && !errors.Is(err, context.Canceled) {
		s.res.Errors = append(s.res.Errors, err.Error())
	}
	if e.ctx.Err() != nil {
		s.res.Interrupted = true
	}
	s.res.finish(s.sup.list())
	if code := e.emit(s.res); code != exitClean {
		return code
	}
	for _, msg := range s.res.Errors {
		e.errorf("%s", msg)
	}
	for _, in := range s.res.Inputs {
		for _, b := range in.BadRowList {
			e.errorf("%s: %s", in.Name, b)
		}
		if in.BadRows > len(in.BadRowList) {
			e.errorf("%s: and %d more bad rows", in.Name, in.BadRows-len(in.BadRowList))
		}
	}
	if s.res.Interrupted {
		e.errorf("interrupted: the summary covers what was read")
	}
	return s.res.exitCode(e.strict)
}

// scanner is one run of the scan command.
type scanner struct {
	e        *env
	c        *classify.Classifier
	top      int
	res      *scanResult
	sup      suppressions
	progress *progress
}

// input scans one input found by exportfs.Walk.
func (s *scanner) input(in exportfs.Input, r io.Reader) error {
	if in.Err != nil {
		s.res.Errors = append(s.res.Errors, strings.TrimPrefix(in.Err.Error(), "exportfs: "))
		return nil
	}
	name := displayName(in.Name)
	switch in.Detection.Container {
	case classify.ContainerBinary:
		if in.Given {
			s.res.Errors = append(s.res.Errors, name+": binary data, not a text export: refused (avgrisk scans CSV, TSV, JSON Lines, JSON arrays and plain text)")
		} else {
			s.res.Skipped = append(s.res.Skipped, skippedInput{Name: name, Reason: "binary"})
		}
		return nil
	case classify.ContainerEmpty:
		s.res.Skipped = append(s.res.Skipped, skippedInput{Name: name, Reason: "empty"})
		return nil
	}
	si := scanInput{
		Name:       name,
		Object:     in.Object,
		Encoding:   string(in.Detection.Encoding),
		Columns:    []scanColumn{},
		Riskiest:   []riskyRow{},
		BadLines:   []int{},
		BadRowList: []string{},
		Categories: []categoryN{},
		Kinds:      []kindN{},
		catRows:    map[classify.Category]int{},
		kindRows:   map[classify.Kind]int{},
	}
	cr := &countReader{r: r}
	s.progress.begin(name, cr)
	var err error
	if in.Detection.Container == classify.ContainerText {
		si.Format = "text"
		err = s.text(&si, cr)
	} else {
		si.Format = in.Detection.Format.String()
		if in.Detection.Format == classify.CSV {
			si.Separator = separatorName(in.Detection.Comma)
		}
		err = s.export(&si, cr, in.Detection.Format)
	}
	s.progress.end()
	si.Bytes = cr.n.Load()
	for _, c := range classify.Categories() {
		if n := si.catRows[c]; n > 0 {
			si.Categories = append(si.Categories, categoryN{c, n})
		}
	}
	for _, k := range classify.Kinds() {
		if n := si.kindRows[k]; n > 0 && k != classify.Term {
			si.Kinds = append(si.Kinds, kindN{k, n})
		}
	}
	var re *classify.RowError
	switch {
	case err == nil:
	case errors.Is(err, context.Canceled):
		si.Interrupted = true
	case errors.As(err, &re):
		// A broken header or a JSON array that is not one: nothing of
		// this input could be scanned.
		s.res.Errors = append(s.res.Errors, fmt.Sprintf("%s: line %d: %v", name, re.Line, re.Err))
		return nil
	default:
		s.res.Errors = append(s.res.Errors, fmt.Sprintf("%s: %v", name, err))
	}
	s.res.Inputs = append(s.res.Inputs, si)
	return s.e.ctx.Err()
}

// displayName is how an input is named in the output.
func displayName(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

func separatorName(r rune) string {
	if r == '\t' {
		return "tab"
	}
	return string(r)
}

// countReader counts the bytes read, for the progress line.
type countReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// export scans one export with classify's ScanExport.
func (s *scanner) export(si *scanInput, r io.Reader, format classify.ExportFormat) error {
	lines := firstLines{}
	sum, err := s.c.ScanExport(s.e.ctx, r, format, func(rr classify.RowResult) error {
		s.progress.row(rr.Row)
		if rr.Err != nil {
			if len(si.BadRowList) < maxListedBadRows {
				si.BadRowList = append(si.BadRowList, fmt.Sprintf("line %d (row %d): %v", rr.Err.Line, rr.Err.Row, rr.Err.Err))
			}
			return nil
		}
		fs := s.keep(si.Object, rr.Findings)
		if len(fs) == 0 {
			return nil
		}
		lines.add(fs, rr.Line)
		sc := scoreRow(fs)
		if sc.cats != 0 {
			si.RowsWithSpecial++
		}
		for i, c := range allCategories {
			if sc.cats&(1<<i) != 0 {
				si.catRows[c]++
			}
		}
		for i, k := range allKinds {
			if sc.kinds&(1<<i) != 0 {
				si.kindRows[k]++
			}
		}
		// Excerpts only for a row that enters the top: most rows do not.
		if s.top > 0 && sc.score > 0 && (len(si.Riskiest) < s.top || sc.score > si.Riskiest[s.top-1].Score) {
			si.insertRisky(riskyRowOf(rr, fs, sc), s.top)
		}
		return nil
	})
	si.Rows = sum.Rows
	si.RowsWithFindings = sum.RowsWithFindings
	si.BadRows = sum.BadRows
	si.BadLines = append(si.BadLines, sum.BadLines...)
	si.HeaderIsData = sum.HeaderLooksLikeData
	for _, cs := range sum.Columns {
		if ig := s.e.cfg.ignoredColumn(si.Object, cs.Name); ig != nil {
			continue
		}
		si.Columns = append(si.Columns, lines.column(cs, sum.Rows))
	}
	return err
}

// keep drops the findings the configuration ignores, counting them.
func (s *scanner) keep(object string, fs []classify.Finding) []classify.Finding {
	out := fs[:0]
	for _, f := range fs {
		if ig := s.e.cfg.ignoredColumn(object, f.Field); ig != nil {
			s.sup.add(ig, 1)
			continue
		}
		if ig := s.e.cfg.ignoredRule(f.Rule); ig != nil {
			s.sup.add(ig, 1)
			continue
		}
		out = append(out, f)
	}
	return out
}

// text scans plain text with classify's Scan.
func (s *scanner) text(si *scanInput, r io.Reader) error {
	counts := map[string]int{}
	err := s.c.Scan(s.e.ctx, r, func(f classify.Finding) error {
		if ig := s.e.cfg.ignoredRule(f.Rule); ig != nil {
			s.sup.add(ig, 1)
			return nil
		}
		counts[foundKey(f)]++
		return nil
	})
	t := &textSummary{Found: []found{}}
	for _, c := range classify.Categories() {
		if n := counts[string(c)]; n > 0 && c.Special() {
			t.Found = append(t.Found, found{Category: c, Findings: n})
			si.catRows[c] = n
			t.Findings += n
			t.Special += n
		}
	}
	for _, k := range classify.Kinds() {
		if n := counts[string(k)]; n > 0 && k != classify.Term {
			t.Found = append(t.Found, found{Kind: k, Findings: n})
			si.kindRows[k] = n
			t.Findings += n
		}
	}
	si.Text = t
	return err
}

// foundKey is what a finding counts as: its category for a term, its
// kind for an identifier.
func foundKey(f classify.Finding) string {
	if f.Kind == classify.Term {
		return string(f.Category)
	}
	return string(f.Kind)
}

// firstLines keeps, per column, the first line with each category and
// kind: SARIF points at it.
type firstLines map[string]map[string]int

// add notes the line of a row's findings.
func (fl firstLines) add(fs []classify.Finding, line int) {
	for _, f := range fs {
		key := foundKey(f)
		if fl[f.Field] == nil {
			fl[f.Field] = map[string]int{}
		}
		if fl[f.Field][key] == 0 {
			fl[f.Field][key] = line
		}
	}
}

// column turns classify's summary of a column, which counts the rows per
// category and kind, into the scan's.
func (fl firstLines) column(cs classify.ColumnSummary, rows int) scanColumn {
	col := scanColumn{Name: cs.Name, Rows: cs.Rows, Share: cs.Share, Evidence: evidence(cs), Found: []found{}, Positional: cs.Positional}
	share := func(n int) float64 {
		if rows == 0 {
			return 0
		}
		return float64(n) / float64(rows)
	}
	for _, cat := range cs.Categories {
		if n := cs.CategoryRows[cat]; n > 0 && cat.Special() {
			col.Found = append(col.Found, found{Category: cat, Rows: n, Share: share(n), FirstLine: fl[cs.Name][string(cat)]})
		}
	}
	for _, k := range cs.Kinds {
		if n := cs.KindRows[k]; n > 0 && k != classify.Term {
			col.Found = append(col.Found, found{Kind: k, Rows: n, Share: share(n), FirstLine: fl[cs.Name][string(k)]})
		}
	}
	return col
}

// evidence says where a column's strongest finding came from: its name
// or its values.
func evidence(c classify.ColumnSummary) string {
	switch {
	case c.Rule == "":
		return ""
	case strings.HasPrefix(c.Rule, classify.RuleFieldName), strings.HasPrefix(c.Rule, classify.RuleFieldLabel):
		return "column name"
	}
	return "values"
}

// allCategories and allKinds are classify's lists, in order, indexed by
// the bits of a rowScore.
var (
	allCategories = classify.Categories()
	allKinds      = classify.Kinds()
)

// rowScore sums up a row: its special categories and identifier kinds (as
// bits of allCategories and allKinds) and classify.RiskScore, which ranks
// rows by risk.
type rowScore struct {
	cats, kinds uint64
	score       float64
}

// scoreRow scores a row's findings without allocating: it runs for every
// row with findings.
func scoreRow(fs []classify.Finding) rowScore {
	var sc rowScore
	for _, f := range fs {
		if f.Category.Special() {
			if i := slices.Index(allCategories, f.Category); i >= 0 && i < 64 {
				sc.cats |= 1 << i
			}
		}
		if f.Kind != classify.Term {
			if i := slices.Index(allKinds, f.Kind); i >= 0 && i < 64 {
				sc.kinds |= 1 << i
			}
		}
	}
	sc.score = classify.RiskScore(fs)
	return sc
}

// riskyRowOf describes a row for the riskiest list: its categories and
// kinds and a masked excerpt of each finding.
func riskyRowOf(rr classify.RowResult, fs []classify.Finding, sc rowScore) riskyRow {
	row := riskyRow{Row: rr.Row, Line: rr.Line, Score: sc.score, Categories: []classify.Category{}, Kinds: []classify.Kind{}, Findings: []excerpt{}}
	for i, c := range allCategories {
		if sc.cats&(1<<i) != 0 {
			row.Categories = append(row.Categories, c)
		}
	}
	for i, k := range allKinds {
		if sc.kinds&(1<<i) != 0 {
			row.Kinds = append(row.Kinds, k)
		}
	}
	at := map[[3]string]int{}
	for _, f := range fs {
		ex := excerpt{Field: f.Field, Category: f.Category, Kind: f.Kind, Confidence: f.Confidence, Excerpt: rowExcerpt(rr, f)}
		key := [3]string{f.Field, string(f.Category), string(f.Kind)}
		if i, ok := at[key]; ok {
			if f.Confidence > row.Findings[i].Confidence {
				row.Findings[i] = ex
			}
			continue
		}
		at[key] = len(row.Findings)
		row.Findings = append(row.Findings, ex)
	}
	slices.SortStableFunc(row.Findings, func(a, b excerpt) int {
		return cmp.Or(-cmp.Compare(rank(a.Category), rank(b.Category)), strings.Compare(a.Field, b.Field))
	})
	return row
}

// rowExcerpt masks a finding of a row from the row's value, which
// ScanExport lends during the callback only: an identifier as
// "NL** **** **** **** 00", a term as its placeholder ("[health]").
func rowExcerpt(rr classify.RowResult, f classify.Finding) string {
	return classify.Excerpt(rr.Value(f.Field), f)
}

func rank(c classify.Category) int {
	if c.Special() {
		return 1
	}
	return 0
}

// insertRisky keeps the top riskiest rows, highest score first, then the
// earlier row.
func (si *scanInput) insertRisky(row riskyRow, top int) {
	if top == 0 || row.Score == 0 {
		return
	}
	if len(si.Riskiest) == top && row.Score <= si.Riskiest[top-1].Score {
		return
	}
	i, _ := slices.BinarySearchFunc(si.Riskiest, row, func(a, b riskyRow) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Row, b.Row))
	})
	si.Riskiest = slices.Insert(si.Riskiest, i, row)
	if len(si.Riskiest) > top {
		si.Riskiest = si.Riskiest[:top]
	}
}
