package classify

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
)

// ExportFormat is the format of a CRM export that ScanExport reads.
type ExportFormat int

const (
	// CSV is comma-separated values (RFC 4180) whose first record is the
	// header: the field names. The separator is read from the header
	// line: ',', ';' (as Dutch spreadsheets write it), TAB or '|'.
	CSV ExportFormat = iota + 1
	// JSONLines is one JSON object per line (JSON Lines, NDJSON); its keys
	// are the field names.
	JSONLines
	// JSONArray is one JSON array of objects, as REST APIs and many
	// export tools write it; the keys of the objects are the field names.
	// It is read as a stream, one object at a time. A lone object (one
	// JSON document over several lines) is read as one row.
	JSONArray
)

// String returns "csv", "jsonl" or "json".
func (f ExportFormat) String() string {
	switch f {
	case CSV:
		return "csv"
	case JSONLines:
		return "jsonl"
	case JSONArray:
		return "json"
	}
	return "ExportFormat(" + itoaSmall(int(f)) + ")"
}

// Name returns the format's name for a person: "CSV", "JSON Lines",
// "JSON array".
func (f ExportFormat) Name() string {
	switch f {
	case CSV:
		return "CSV"
	case JSONLines:
		return "JSON Lines"
	case JSONArray:
		return "JSON array"
	}
	return f.String()
}

// Errors of ScanExport. A bad row is reported as a *RowError that wraps
// one of the first four; none of them quotes the data.
var (
	ErrRaggedRow   = errors.New("wrong number of fields")
	ErrCSVSyntax   = errors.New("malformed CSV")
	ErrInvalidJSON = errors.New("invalid JSON")
	ErrNotObject   = errors.New("JSON value is not an object")
	ErrLineTooLong = errors.New("line too long")
	// ErrFieldTooLong is a CSV field longer than ExportLimits.MaxField.
	ErrFieldTooLong = errors.New("field too long")
	// ErrTooManyFields is a CSV record of more than ExportLimits.MaxColumns
	// fields.
	ErrTooManyFields = errors.New("too many fields")
	// ErrUnterminatedQuote is a quoted CSV field still open after
	// ExportLimits.MaxField bytes or MaxFieldLines lines, or at the end
	// of the input. The bad row starts at the line where the record
	// started and runs to the next line that parses as a row
	// (RowError.Lines); the scan goes on from there.
	ErrUnterminatedQuote = errors.New("quoted field not closed")
	ErrUnknownFormat     = errors.New("classify: unknown export format")
	// ErrBinary is returned by ScanExport for input that is not text: it
	// holds NUL or many control characters, is compressed (gzip, zip) or
	// is UTF-16 (decode it first: Detect gives a UTF-8 reader).
	ErrBinary = errors.New("classify: export is not text (binary, compressed or UTF-16); see Detect")
)

// MaxExportLine is the longest line (a JSON Lines line, a JSON array
// element, a CSV record), in bytes, that ScanExport reads by default; a
// longer line is a bad row. It bounds the scanner's memory: 4 MiB is 32
// times Salesforce's largest text field (131,072 characters), and keeps
// a scan of any input under 100 MB of resident memory, vocabulary
// included (TestHostileInputMemory). ExportLimits.MaxLine changes it.
const MaxExportLine = 4 << 20

// maxExportColumns is the number of columns whose statistics ScanExport
// keeps; the values of further JSON keys are still classified. It is the
// default of ExportLimits.MaxColumns.
const maxExportColumns = 4096

// ExportLimits bounds what ScanExport holds in memory at once, so that
// any input, however hostile, is scanned in bounded memory and linear
// time; past a limit the row is a bad row and the scan goes on. A zero
// field takes its default. Set them with WithExportLimits.
type ExportLimits struct {
	// MaxLine is the longest line, in bytes: a JSON Lines line, a CSV
	// line or a CSV record over several lines (default MaxExportLine,
	// 4 MiB; ErrLineTooLong, or ErrUnterminatedQuote for a record).
	MaxLine int
	// MaxField is the longest CSV field, in bytes (default 1 MiB; a
	// Salesforce long text area holds at most 131,072 characters;
	// ErrFieldTooLong, or ErrUnterminatedQuote for a quoted field).
	MaxField int
	// MaxFieldLines is the most lines one quoted CSV field may span
	// (default 10,000; ErrUnterminatedQuote).
	MaxFieldLines int
	// MaxColumns is the most fields of a CSV record (ErrTooManyFields)
	// and the most JSON keys whose columns are summarised (default 4096).
	MaxColumns int
}

// defaultExportLimits are the limits ScanExport uses unless
// WithExportLimits says otherwise.
var defaultExportLimits = ExportLimits{MaxLine: MaxExportLine, MaxField: 1 << 20, MaxFieldLines: 10000, MaxColumns: maxExportColumns}

// withDefaults fills the zero fields of l with the defaults.
func (l ExportLimits) withDefaults() ExportLimits {
	d := defaultExportLimits
	if l.MaxLine > 0 {
		d.MaxLine = l.MaxLine
	}
	if l.MaxField > 0 {
		d.MaxField = l.MaxField
	}
	if l.MaxFieldLines > 0 {
		d.MaxFieldLines = l.MaxFieldLines
	}
	if l.MaxColumns > 0 {
		d.MaxColumns = l.MaxColumns
	}
	return d
}

// maxBadLines is the number of bad lines an ExportSummary lists; all are
// counted.
const maxBadLines = 100

// RowError is a bad row of an export: its line, its row number and why
// it was skipped. Its text names the line and the reason, never the
// data.
type RowError struct {
	Line  int   // 1-based line where the row starts
	Row   int   // 1-based row number, header not counted
	Err   error // ErrRaggedRow, ErrCSVSyntax, ErrInvalidJSON, ErrNotObject, ErrLineTooLong, ErrFieldTooLong, ErrTooManyFields or ErrUnterminatedQuote
	Lines int   // lines the bad row spans, from Line (1 but for a row over several lines)
}

// Error returns "classify: export line 12 (row 11): wrong number of
// fields", and for a row over several lines "classify: export lines
// 12-40 (row 11, 29 lines): quoted field not closed".
func (e *RowError) Error() string {
	if e.Lines > 1 {
		return fmt.Sprintf("classify: export lines %d-%d (row %d, %d lines): %v", e.Line, e.Line+e.Lines-1, e.Row, e.Lines, e.Err)
	}
	return fmt.Sprintf("classify: export line %d (row %d): %v", e.Line, e.Row, e.Err)
}

// Unwrap returns the reason, for errors.Is.
func (e *RowError) Unwrap() error { return e.Err }

// RowResult is one row of an export that has findings, or that was bad.
// It holds the row's values for Value during the callback only, in an
// unexported field: compare RowResults with go-cmp's
// cmpopts.IgnoreUnexported(RowResult{}).
type RowResult struct {
	Row      int       `json:"row"`                // 1-based row number, header not counted, bad rows counted
	Line     int       `json:"line"`               // 1-based line where the row starts
	Findings []Finding `json:"findings,omitempty"` // as Record gives them, Field set
	Err      *RowError `json:"-"`                  // set when the row was bad and skipped

	view *rowView // the row's values, during the call to fn only
	gen  uint64   // the view's generation for this row
}

// Value returns the value of the row's field named field (a Finding's
// Field), so that a caller can show a masked excerpt of its own data
// (Excerpt(r.Value(f.Field), f)) without keeping it or reading the
// export again. Like bufio.Scanner.Bytes, it is valid only during the
// call to ScanExport's fn: afterwards, and for a bad row, it returns "".
// Of columns that share a name, it returns the first one's value that
// is not blank.
func (r RowResult) Value(field string) string {
	v := r.view
	if v == nil || !v.live || v.gen != r.gen {
		return ""
	}
	for i, col := range v.cols {
		if col.name == field && !isBlank(v.values[i]) {
			return v.values[i]
		}
	}
	return ""
}

// rowView is what RowResult.Value reads: the columns and values of the
// row being reported, live while fn runs.
type rowView struct {
	cols   []*columnState
	values []string
	live   bool
	gen    uint64 // counts the rows reported, so an old RowResult reads nothing
}

// ColumnSummary is what ScanExport found in one column of an export.
type ColumnSummary struct {
	Name       string     `json:"name"`
	Categories []Category `json:"categories"` // special categories found, in Categories() order
	Kinds      []Kind     `json:"kinds"`      // kinds found, in Kinds() order
	Rows       int        `json:"rows"`       // rows with a finding in this column
	Share      float64    `json:"share"`      // Rows divided by the good rows of the export
	Rule       string     `json:"rule,omitempty"`
	Confidence float64    `json:"confidence,omitempty"` // of Rule: the strongest finding
	// Positional is set when the column's header cell or JSON key looked
	// like data (see ExportSummary.HeaderLooksLikeData): Name is then
	// "column N", never the cell or key itself.
	Positional bool `json:"positional,omitempty"`
	// CategoryRows counts, per special category in Categories, the rows
	// with a finding of it in this column; KindRows does the same per
	// kind in Kinds. Maps marshal with sorted keys; never nil.
	CategoryRows map[Category]int `json:"category_rows"`
	KindRows     map[Kind]int     `json:"kind_rows"`
}

// ExportSummary is what ScanExport found in a whole export.
type ExportSummary struct {
	Format           ExportFormat    `json:"format"`
	Rows             int             `json:"rows"`               // good rows scanned
	RowsWithFindings int             `json:"rows_with_findings"` // good rows with at least one finding
	BadRows          int             `json:"bad_rows"`           // rows skipped, each reported to fn
	BadLines         []int           `json:"bad_lines"`          // the lines of the first 100 bad rows
	Lines            int             `json:"lines"`              // lines read
	Bytes            int64           `json:"bytes"`              // bytes read
	Columns          []ColumnSummary `json:"columns"`            // in header order, or first appearance
	ExtraColumns     int             `json:"extra_columns"`      // values under JSON keys beyond the first 4096 columns: classified, not summarised
	// HeaderLooksLikeData is set when a CSV header cell or a JSON key read
	// as a value rather than a name: longer than MaxColumnName, or holding
	// an identifier or a special category ("jan@example.nl", a BSN,
	// "diabetes type 2"). Such a name never reaches any output: in CSV
	// the whole header is taken for a data row, scanned as row 1, and the
	// columns are named "column 1", "column 2", ...; in JSON the key's
	// column is named by its position and what the key says is reported
	// as a finding of that column at [0:0].
	HeaderLooksLikeData bool `json:"header_looks_like_data"`
}

// ScanExport reads a CRM export from r, row by row with bounded memory,
// and classifies each row as Record does: what each column's name says
// (computed once per column) and what each value says. It calls fn for
// every row that has findings and for every bad row (a ragged or
// malformed CSV record, a line that is not valid JSON or not a JSON
// object, a line longer than MaxExportLine): a bad row comes with Err
// set, is counted in the summary and skipped, and the scan goes on.
// fn may be nil. The Findings of a RowResult belong to the caller.
// Rows are classified on several goroutines (WithWorkers; by default
// GOMAXPROCS) and reported to fn on the calling goroutine, one at a time
// and in row order, with the same results and summary as one worker.
//
// In JSON Lines, a string value is classified as it is, null as empty,
// and any other value (number, bool, array, object) as its JSON text;
// blank lines are skipped. In CSV, the first record is the header. A
// leading byte-order mark is dropped in both.
//
// Header cells and JSON keys are read as values first: one that holds an
// identifier or a special category, or is longer than MaxColumnName, is
// never used as a name (see ExportSummary.HeaderLooksLikeData). Input
// that is not text (binary, gzip, zip, UTF-16) is refused with ErrBinary.
//
// ScanExport stops at the first error of fn, which it returns, when ctx
// is done (ctx.Err()), when r fails, or when a CSV header is malformed (a
// *RowError for line 1); the summary covers what was read.
// Nothing is silently lost: every row is either scanned or reported bad.
func (c *Classifier) ScanExport(ctx context.Context, r io.Reader, format ExportFormat, fn func(RowResult) error) (ExportSummary, error) {
	c = c.orDefault()
	s := &exportScanner{c: c, ctx: ctx, fn: fn, cr: &countingReader{r: r}, colIndex: map[string]int{}, lim: c.limits}
	s.sum.Format = format
	s.in = s.cr
	var err error
	if r == nil {
		err = errors.New("classify: export: nil reader")
	} else if err = s.refuseBinary(); err == nil {
		if w := c.scanWorkers(); w > 1 {
			err = s.scanParallel(format, w)
		} else {
			err = s.scan(format)
		}
	}
	s.sum.Bytes = s.cr.n
	s.sum.Columns = s.columns()
	if s.sum.BadLines == nil {
		s.sum.BadLines = []int{}
	}
	return s.sum, err
}

// refuseBinary reads the export's first bytes and returns ErrBinary when
// they are not text. The bytes stay in s.in for the scanner.
func (s *exportScanner) refuseBinary() error {
	br := bufio.NewReaderSize(s.cr, DetectLen)
	s.in = br
	head, err := br.Peek(DetectLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return fmt.Errorf("classify: export: read: %w", err)
	}
	d := DetectFormat(head)
	switch {
	case d.Container == ContainerBinary, d.Container == ContainerGzip, d.Container == ContainerZip,
		d.Encoding == UTF16LE, d.Encoding == UTF16BE:
		return ErrBinary
	}
	return nil
}

func (s *exportScanner) scan(format ExportFormat) error {
	var err error
	switch format {
	case CSV:
		err = s.scanCSV()
	case JSONLines:
		err = s.scanJSONL()
	case JSONArray:
		err = s.scanJSONArray()
	default:
		err = ErrUnknownFormat
	}
	return err
}

// exportScanner is the state of one ScanExport call.
type exportScanner struct {
	c        *Classifier
	ctx      context.Context
	fn       func(RowResult) error
	cr       *countingReader
	lim      ExportLimits
	in       io.Reader // cr behind the buffer that refuseBinary peeked into
	names    nameCache
	view     rowView // of the row being reported
	sum      ExportSummary
	cols     []*columnState
	colIndex map[string]int // JSON key → index into cols
	buf      []Finding
	hits     []colHit
	pipe     *exportPipe // with more than one worker: rows go through it
}

// columnState is one column: its name, what its name says and what was
// found so far.
type columnState struct {
	name  string
	a     *nameAnalysis
	cats  categorySet
	kinds kindSet
	rows  int
	best  Finding
	seen  bool // best is set

	positional bool // the header cell or key looked like data
	catRows    [numCats]int
	kindRows   [numKinds]int
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// column returns a new column named name, or, when the name looks like
// data, a column named by position (index i) whose name analysis reports
// what the name holds as findings at [0:0].
func (s *exportScanner) column(name string, i int) *columnState {
	if isBlank(name) {
		return &columnState{name: positionalName(i), a: &nameAnalysis{}}
	}
	if !nameLooksLikeData(name) {
		return &columnState{name: name, a: s.names.analyse(name)}
	}
	s.sum.HeaderLooksLikeData = true
	return &columnState{name: positionalName(i), a: s.dataName(name), positional: true}
}

// dataName returns the analysis of a name that is data: no name
// evidence, and the findings of the name read as a value (at [0:0], rule
// prefixed with RuleFieldName), so that a JSON key that is an e-mail
// address counts as one and is not silently dropped.
func (s *exportScanner) dataName(name string) *nameAnalysis {
	a := &nameAnalysis{}
	for _, f := range s.c.appendTextAbout(nil, name, true) {
		f.Start, f.End, f.Rule = 0, 0, RuleFieldName+f.Rule
		a.nameFindings = append(a.nameFindings, f)
	}
	return a
}

// done reports the context's error, without blocking.
func (s *exportScanner) done() error {
	select {
	case <-s.ctx.Done():
		return s.ctx.Err()
	default:
		return nil
	}
}

// bad reports a bad row to fn and counts it.
func (s *exportScanner) bad(line, row int, reason error) error {
	return s.badRow(&RowError{Line: line, Row: row, Err: reason, Lines: 1})
}

// badRow reports a bad row to fn and counts it; with workers, it queues
// the row to be reported in order.
func (s *exportScanner) badRow(e *RowError) error {
	if s.pipe != nil {
		return s.pipe.add(s, e, 0, 0, nil, nil)
	}
	return s.badDone(e)
}

// badDone counts a bad row and reports it to fn.
func (s *exportScanner) badDone(e *RowError) error {
	s.sum.BadRows++
	if len(s.sum.BadLines) < maxBadLines {
		s.sum.BadLines = append(s.sum.BadLines, e.Line)
	}
	if s.fn == nil {
		return nil
	}
	return s.fn(RowResult{Row: e.Row, Line: e.Line, Err: e})
}

// row classifies one good row: values[i] is the value of column cols[i].
// With workers, it queues the row; the slices may be reused by the
// caller once row returns, the strings not.
func (s *exportScanner) row(line, rowNo int, cols []*columnState, values []string) error {
	if s.pipe != nil {
		return s.pipe.add(s, nil, line, rowNo, cols, values)
	}
	out, hits := s.c.classifyRow(s.buf[:0], s.hits[:0], cols, values)
	s.buf, s.hits = out, hits
	var fs []Finding
	if len(out) > 0 && s.fn != nil {
		fs = slices.Clone(out)
		sortFindingsByField(fs)
	}
	return s.rowDone(line, rowNo, cols, values, hits, len(out) > 0, fs)
}

// colHit is what one value of a row added to its column: the special
// categories and kinds of its findings and the first of the strongest.
type colHit struct {
	col   *columnState
	cats  categorySet
	kinds kindSet
	best  Finding
}

// classifyRow appends the findings of a row's values to out, and for each
// value with findings a colHit to hits. It reads the columns' names and
// name analyses only, so workers may call it while the summary grows.
func (c *Classifier) classifyRow(out []Finding, hits []colHit, cols []*columnState, values []string) ([]Finding, []colHit) {
	for i, col := range cols {
		v := values[i]
		if isBlank(v) {
			continue
		}
		n := len(out)
		out = c.appendValue(out, col.name, col.a, v)
		if len(out) == n {
			continue
		}
		h := colHit{col: col, best: out[n]}
		for _, f := range out[n:] {
			if i := catIndex(f.Category); i >= 0 && f.Category != Ordinary {
				h.cats |= 1 << i
			}
			if i := kindIndex(f.Kind); i >= 0 {
				h.kinds |= 1 << i
			}
			if f.Confidence > h.best.Confidence {
				h.best = f
			}
		}
		hits = append(hits, h)
	}
	return out, hits
}

// rowDone adds a classified row to the summary, in row order, and reports
// it to fn when it has findings: fs, sorted by field, owned by fn.
func (s *exportScanner) rowDone(line, rowNo int, cols []*columnState, values []string, hits []colHit, found bool, fs []Finding) error {
	s.sum.Rows++
	for _, h := range hits {
		col := h.col
		col.rows++
		col.cats |= h.cats
		col.kinds |= h.kinds
		for i := range col.catRows {
			if h.cats&(1<<i) != 0 {
				col.catRows[i]++
			}
		}
		for i := range col.kindRows {
			if h.kinds&(1<<i) != 0 {
				col.kindRows[i]++
			}
		}
		// The first of the strongest: a row's own first strongest
		// replaces the column's only when stronger, as finding by
		// finding would.
		if !col.seen || h.best.Confidence > col.best.Confidence {
			col.best, col.seen = h.best, true
		}
	}
	if !found {
		return nil
	}
	s.sum.RowsWithFindings++
	if s.fn == nil {
		return nil
	}
	gen := s.view.gen + 1
	s.view = rowView{cols: cols, values: values, live: true, gen: gen}
	err := s.fn(RowResult{Row: rowNo, Line: line, Findings: fs, view: &s.view, gen: gen})
	s.view = rowView{gen: gen}
	return err
}

// sortFindingsByField orders findings by field, then offset, as Record
// does.
func sortFindingsByField(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if a.Field != b.Field {
			if a.Field < b.Field {
				return -1
			}
			return 1
		}
		return compareFindings(a, b)
	})
}

// columns returns the summary of each column.
func (s *exportScanner) columns() []ColumnSummary {
	out := make([]ColumnSummary, 0, len(s.cols))
	for _, col := range s.cols {
		cs := ColumnSummary{Name: col.name, Categories: []Category{}, Kinds: []Kind{}, Rows: col.rows,
			CategoryRows: map[Category]int{}, KindRows: map[Kind]int{}}
		for i, cat := range fieldCats {
			if col.cats&(1<<i) != 0 {
				cs.Categories = append(cs.Categories, cat)
				cs.CategoryRows[cat] = col.catRows[i]
			}
		}
		for i, k := range fieldKinds {
			if col.kinds&(1<<i) != 0 {
				cs.Kinds = append(cs.Kinds, k)
				cs.KindRows[k] = col.kindRows[i]
			}
		}
		if s.sum.Rows > 0 {
			cs.Share = float64(col.rows) / float64(s.sum.Rows)
		}
		if col.seen {
			cs.Rule, cs.Confidence = col.best.Rule, col.best.Confidence
		}
		cs.Positional = col.positional
		out = append(out, cs)
	}
	return out
}
