package classify

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
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
)

// String returns "csv" or "jsonl".
func (f ExportFormat) String() string {
	switch f {
	case CSV:
		return "csv"
	case JSONLines:
		return "jsonl"
	}
	return "ExportFormat(" + itoaSmall(int(f)) + ")"
}

// Errors of ScanExport. A bad row is reported as a *RowError that wraps
// one of the first four; none of them quotes the data.
var (
	ErrRaggedRow     = errors.New("wrong number of fields")
	ErrCSVSyntax     = errors.New("malformed CSV")
	ErrInvalidJSON   = errors.New("invalid JSON")
	ErrNotObject     = errors.New("JSON value is not an object")
	ErrLineTooLong   = errors.New("line too long")
	ErrUnknownFormat = errors.New("classify: unknown export format")
)

// MaxExportLine is the longest JSON Lines line, in bytes, that ScanExport
// reads; a longer line is a bad row. It bounds the scanner's memory.
const MaxExportLine = 16 << 20

// maxExportColumns is the number of columns whose statistics ScanExport
// keeps; the values of further JSON keys are still classified.
const maxExportColumns = 4096

// maxBadLines is the number of bad lines an ExportSummary lists; all are
// counted.
const maxBadLines = 100

// RowError is a bad row of an export: its line, its row number and why
// it was skipped. Its text names the line and the reason, never the
// data.
type RowError struct {
	Line int   // 1-based line where the row starts
	Row  int   // 1-based row number, header not counted
	Err  error // ErrRaggedRow, ErrCSVSyntax, ErrInvalidJSON, ErrNotObject or ErrLineTooLong
}

// Error returns "classify: export line 12 (row 11): wrong number of fields".
func (e *RowError) Error() string {
	return fmt.Sprintf("classify: export line %d (row %d): %v", e.Line, e.Row, e.Err)
}

// Unwrap returns the reason, for errors.Is.
func (e *RowError) Unwrap() error { return e.Err }

// RowResult is one row of an export that has findings, or that was bad.
type RowResult struct {
	Row      int       `json:"row"`                // 1-based row number, header not counted, bad rows counted
	Line     int       `json:"line"`               // 1-based line where the row starts
	Findings []Finding `json:"findings,omitempty"` // as Record gives them, Field set
	Err      *RowError `json:"-"`                  // set when the row was bad and skipped
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
}

// ScanExport reads a CRM export from r, row by row with bounded memory,
// and classifies each row as Record does: what each column's name says
// (computed once per column) and what each value says. It calls fn for
// every row that has findings and for every bad row (a ragged or
// malformed CSV record, a line that is not valid JSON or not a JSON
// object, a line longer than MaxExportLine): a bad row comes with Err
// set, is counted in the summary and skipped, and the scan goes on.
// fn may be nil. The Findings of a RowResult belong to the caller.
//
// In JSON Lines, a string value is classified as it is, null as empty,
// and any other value (number, bool, array, object) as its JSON text;
// blank lines are skipped. In CSV, the first record is the header. A
// leading byte-order mark is dropped in both.
//
// ScanExport stops at the first error of fn, which it returns, when ctx
// is done (ctx.Err()), when r fails, or when a CSV header is malformed (a
// *RowError for line 1); the summary covers what was read.
// Nothing is silently lost: every row is either scanned or reported bad.
func (c *Classifier) ScanExport(ctx context.Context, r io.Reader, format ExportFormat, fn func(RowResult) error) (ExportSummary, error) {
	s := &exportScanner{c: c, ctx: ctx, fn: fn, cr: &countingReader{r: r}, colIndex: map[string]int{}}
	s.sum.Format = format
	var err error
	switch format {
	case CSV:
		err = s.scanCSV()
	case JSONLines:
		err = s.scanJSONL()
	default:
		err = ErrUnknownFormat
	}
	s.sum.Bytes = s.cr.n
	s.sum.Columns = s.columns()
	if s.sum.BadLines == nil {
		s.sum.BadLines = []int{}
	}
	return s.sum, err
}

// exportScanner is the state of one ScanExport call.
type exportScanner struct {
	c        *Classifier
	ctx      context.Context
	fn       func(RowResult) error
	cr       *countingReader
	sum      ExportSummary
	cols     []*columnState
	colIndex map[string]int // JSON key → index into cols
	buf      []Finding
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

func (s *exportScanner) column(name string) *columnState {
	return &columnState{name: name, a: fieldLex().analyseName(name)}
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
	s.sum.BadRows++
	if len(s.sum.BadLines) < maxBadLines {
		s.sum.BadLines = append(s.sum.BadLines, line)
	}
	if s.fn == nil {
		return nil
	}
	return s.fn(RowResult{Row: row, Line: line, Err: &RowError{Line: line, Row: row, Err: reason}})
}

// row classifies one good row: values[i] is the value of column cols[i].
func (s *exportScanner) row(line, rowNo int, cols []*columnState, values []string) error {
	s.sum.Rows++
	out := s.buf[:0]
	for i, col := range cols {
		v := values[i]
		if isBlank(v) {
			continue
		}
		n := len(out)
		out = s.c.appendValue(out, col.name, col.a, v)
		if len(out) > n {
			col.rows++
			for _, f := range out[n:] {
				if i := catIndex(f.Category); i >= 0 && f.Category != Ordinary {
					col.cats |= 1 << i
				}
				if i := kindIndex(f.Kind); i >= 0 {
					col.kinds |= 1 << i
				}
				if !col.seen || f.Confidence > col.best.Confidence {
					col.best, col.seen = f, true
				}
			}
		}
	}
	s.buf = out
	if len(out) == 0 {
		return nil
	}
	s.sum.RowsWithFindings++
	if s.fn == nil {
		return nil
	}
	fs := slices.Clone(out)
	sortFindingsByField(fs)
	return s.fn(RowResult{Row: rowNo, Line: line, Findings: fs})
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

func (s *exportScanner) scanCSV() error {
	br := bufio.NewReaderSize(s.cr, 64<<10)
	head, _ := br.Peek(CSVSniffLen) // an error shows again at the first Read
	cr := csv.NewReader(br)
	cr.Comma = CSVComma(head)
	cr.ReuseRecord = true
	cr.FieldsPerRecord = 0
	header, err := cr.Read()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			s.sum.Lines = pe.Line
			return &RowError{Line: pe.StartLine, Row: 0, Err: ErrCSVSyntax}
		}
		return fmt.Errorf("classify: export: read: %w", err)
	}
	names := slices.Clone(header)
	if len(names) > 0 {
		names[0] = string(bytes.TrimPrefix([]byte(names[0]), []byte("\ufeff")))
	}
	// Columns in header order; a repeated name shares one summary.
	cols := make([]*columnState, len(names))
	for i, n := range names {
		if n == "" {
			n = "column " + itoaSmall(i+1)
		}
		j, ok := s.colIndex[n]
		if !ok {
			j = len(s.cols)
			s.colIndex[n] = j
			s.cols = append(s.cols, s.column(n))
		}
		cols[i] = s.cols[j]
	}
	s.sum.Lines = 1
	rowNo := 0
	for {
		if err := s.done(); err != nil {
			return err
		}
		rec, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		rowNo++
		var pe *csv.ParseError
		switch {
		case err == nil:
			line, _ := cr.FieldPos(0)
			s.sum.Lines = line
			if err := s.row(line, rowNo, cols, rec); err != nil {
				return err
			}
			s.sum.Lines, _ = cr.FieldPos(len(rec) - 1)
		case errors.As(err, &pe):
			reason := ErrCSVSyntax
			if errors.Is(pe.Err, csv.ErrFieldCount) {
				reason = ErrRaggedRow
			}
			s.sum.Lines = pe.Line
			if err := s.bad(pe.StartLine, rowNo, reason); err != nil {
				return err
			}
		default:
			return fmt.Errorf("classify: export: read: %w", err)
		}
	}
}

// CSVSniffLen is how many bytes of a CSV export ScanExport reads its
// separator from.
const CSVSniffLen = 64 << 10

// CSVComma returns the field separator that ScanExport reads a CSV export
// with, from the export's first bytes: the most frequent of ',', ';'
// (Dutch spreadsheet exports), TAB and '|' outside quotes on the header
// line, ',' when none occurs. Callers that read the export again, to show
// a row, use it to read it alike.
func CSVComma(head []byte) rune {
	head = head[:min(len(head), CSVSniffLen)]
	var n [4]int
	seps := [4]byte{',', ';', '\t', '|'}
	quoted := false
scan:
	for _, b := range head {
		switch {
		case b == '"':
			quoted = !quoted
		case quoted:
		case b == '\n':
			break scan
		default:
			for i, c := range seps {
				if b == c {
					n[i]++
				}
			}
		}
	}
	best := 0
	for i := range seps {
		if n[i] > n[best] {
			best = i
		}
	}
	return rune(seps[best])
}

func (s *exportScanner) scanJSONL() error {
	br := bufio.NewReaderSize(s.cr, 64<<10)
	var (
		line  []byte
		long  bool
		keys  []string
		vals  []string
		cols  []*columnState
		pairs []jsonPair
		rowNo int
	)
	for lineNo := 1; ; lineNo++ {
		if err := s.done(); err != nil {
			return err
		}
		line, long = line[:0], false
		var rerr error
		for {
			chunk, err := br.ReadSlice('\n')
			if !long {
				if len(line)+len(chunk) > MaxExportLine {
					long = true
					line = line[:0]
				} else {
					line = append(line, chunk...)
				}
			}
			if err == bufio.ErrBufferFull {
				continue
			}
			rerr = err
			break
		}
		if rerr != nil && rerr != io.EOF {
			return fmt.Errorf("classify: export: read: %w", rerr)
		}
		eof := rerr == io.EOF
		if eof && len(line) == 0 && !long {
			return nil
		}
		s.sum.Lines = lineNo
		if long {
			rowNo++
			if err := s.bad(lineNo, rowNo, ErrLineTooLong); err != nil {
				return err
			}
			if eof {
				return nil
			}
			continue
		}
		if lineNo == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		trimmed := bytes.TrimSpace(line)
		if len(trimmed) == 0 {
			if eof {
				return nil
			}
			continue
		}
		rowNo++
		reason := error(nil)
		switch {
		case !json.Valid(trimmed):
			reason = ErrInvalidJSON
		case trimmed[0] != '{':
			reason = ErrNotObject
		}
		if reason != nil {
			if err := s.bad(lineNo, rowNo, reason); err != nil {
				return err
			}
			if eof {
				return nil
			}
			continue
		}
		pairs = appendObject(pairs[:0], trimmed)
		// Sorted by key; of a repeated key the last value counts, as in
		// encoding/json.
		slices.SortStableFunc(pairs, func(a, b jsonPair) int { return strings.Compare(a.key, b.key) })
		keys, vals, cols = keys[:0], vals[:0], cols[:0]
		for i, p := range pairs {
			if i+1 < len(pairs) && pairs[i+1].key == p.key {
				continue
			}
			keys = append(keys, p.key)
			vals = append(vals, p.value)
			cols = append(cols, s.jsonColumn(p.key))
		}
		if err := s.rowKeys(lineNo, rowNo, keys, cols, vals); err != nil {
			return err
		}
		if eof {
			return nil
		}
	}
}

// rowKeys classifies a JSON row: like row, but a key without a column
// (beyond maxExportColumns) is classified under its own name.
func (s *exportScanner) rowKeys(line, rowNo int, keys []string, cols []*columnState, vals []string) error {
	for i, col := range cols {
		if col == nil {
			cols[i] = &columnState{name: keys[i], a: fieldLex().analyseName(keys[i])}
		}
	}
	return s.row(line, rowNo, cols, vals)
}

// jsonColumn returns the column of a JSON key, adding it while there is
// room; nil beyond maxExportColumns.
func (s *exportScanner) jsonColumn(k string) *columnState {
	if j, ok := s.colIndex[k]; ok {
		return s.cols[j]
	}
	if len(s.cols) >= maxExportColumns {
		s.sum.ExtraColumns++
		return nil
	}
	s.colIndex[k] = len(s.cols)
	col := s.column(k)
	s.cols = append(s.cols, col)
	return col
}

// jsonPair is one member of a JSON object: its key and the text of its
// value (see jsonValue).
type jsonPair struct{ key, value string }

// appendObject appends the members of obj, a JSON object that json.Valid
// accepts, in order.
func appendObject(dst []jsonPair, obj []byte) []jsonPair {
	i := skipSpace(obj, 1) // past '{'
	for i < len(obj) && obj[i] == '"' {
		end := stringEnd(obj, i)
		key := jsonString(obj[i:end])
		i = skipSpace(obj, end)
		i = skipSpace(obj, i+1) // past ':'
		vend := valueEnd(obj, i)
		dst = append(dst, jsonPair{key, jsonValue(obj[i:vend])})
		i = skipSpace(obj, vend)
		if i < len(obj) && obj[i] == ',' {
			i = skipSpace(obj, i+1)
		}
	}
	return dst
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index after the JSON string that starts at b[i].
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}

// valueEnd returns the index after the JSON value that starts at b[i].
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = stringEnd(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	}
	j := i
	for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ' ' && b[j] != '\t' && b[j] != '\n' && b[j] != '\r' {
		j++
	}
	return j
}

// jsonString decodes a JSON string literal.
func jsonString(lit []byte) string {
	if len(lit) >= 2 && bytes.IndexByte(lit, '\\') < 0 && utf8.Valid(lit) {
		return string(lit[1 : len(lit)-1])
	}
	var s string
	if json.Unmarshal(lit, &s) != nil {
		return ""
	}
	return s
}

// jsonValue returns the text of a JSON value: a string as it is, null as
// empty, anything else as its JSON text.
func jsonValue(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	if raw[0] == '"' {
		return jsonString(raw)
	}
	return string(raw)
}

// columns returns the summary of each column.
func (s *exportScanner) columns() []ColumnSummary {
	out := make([]ColumnSummary, 0, len(s.cols))
	for _, col := range s.cols {
		cs := ColumnSummary{Name: col.name, Categories: []Category{}, Kinds: []Kind{}, Rows: col.rows}
		for i, cat := range fieldCats {
			if col.cats&(1<<i) != 0 {
				cs.Categories = append(cs.Categories, cat)
			}
		}
		for i, k := range fieldKinds {
			if col.kinds&(1<<i) != 0 {
				cs.Kinds = append(cs.Kinds, k)
			}
		}
		if s.sum.Rows > 0 {
			cs.Share = float64(col.rows) / float64(s.sum.Rows)
		}
		if col.seen {
			cs.Rule, cs.Confidence = col.best.Rule, col.best.Confidence
		}
		out = append(out, cs)
	}
	return out
}
