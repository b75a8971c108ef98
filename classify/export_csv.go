package classify

import (
	"bufio"
	"fmt"
	"io"
	"slices"
)

func (s *exportScanner) scanCSV() error {
	br := bufio.NewReaderSize(s.in, 64<<10)
	head, _ := br.Peek(CSVSniffLen) // an error shows again at the first Read
	cr := newCSVReader(br, CSVComma(head), s.lim)
	var rec csvRecord
	err := cr.read(&rec)
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return fmt.Errorf("classify: export: read: %w", err)
	}
	s.sum.Lines = rec.line + rec.lines - 1
	if rec.err != nil {
		return &RowError{Line: rec.line, Row: 0, Err: rec.err, Lines: rec.lines}
	}
	names := slices.Clone(rec.fields)
	width := len(names)
	// A header is only a header when no cell looks like data; otherwise
	// it is the first row of a headerless export (or a split file's
	// middle), its columns are named by position and it is scanned.
	headerIsData := false
	for _, n := range names {
		if nameLooksLikeData(n) {
			headerIsData = true
			break
		}
	}
	// Columns in header order; a repeated name shares one summary.
	cols := make([]*columnState, len(names))
	for i, n := range names {
		if n == "" || headerIsData {
			n = positionalName(i)
		}
		j, ok := s.colIndex[n]
		if !ok {
			j = len(s.cols)
			s.colIndex[n] = j
			col := &columnState{name: n, a: s.names.analyse(n)}
			if headerIsData {
				col.a, col.positional = &nameAnalysis{}, true
			}
			s.cols = append(s.cols, col)
		}
		cols[i] = s.cols[j]
	}
	rowNo := 0
	if headerIsData {
		s.sum.HeaderLooksLikeData = true
		rowNo++
		if err := s.row(1, rowNo, cols, names); err != nil {
			return err
		}
	}
	// pending is the bad row of an unterminated quote, reported once a
	// later line parses as a row again (or at the end), with the lines
	// it spanned.
	var pending *RowError
	flush := func(next int) error {
		if pending == nil {
			return nil
		}
		pending.Lines = next - pending.Line
		p := pending
		pending = nil
		return s.badRow(p)
	}
	for {
		if err := s.done(); err != nil {
			return err
		}
		err := cr.read(&rec)
		if err == io.EOF {
			return flush(cr.line + 1)
		}
		if err != nil {
			if ferr := flush(cr.line + 1); ferr != nil {
				return ferr
			}
			return fmt.Errorf("classify: export: read: %w", err)
		}
		s.sum.Lines = max(s.sum.Lines, rec.line+rec.lines-1)
		good := rec.err == nil && len(rec.fields) == width
		if pending != nil {
			if !good {
				continue // still inside the bad row
			}
			if err := flush(rec.line); err != nil {
				return err
			}
		}
		rowNo++
		switch {
		case rec.resync:
			pending = &RowError{Line: rec.line, Row: rowNo, Err: rec.err}
		case rec.err != nil:
			if err := s.badRow(&RowError{Line: rec.line, Row: rowNo, Err: rec.err, Lines: rec.lines}); err != nil {
				return err
			}
		case !good:
			if err := s.badRow(&RowError{Line: rec.line, Row: rowNo, Err: ErrRaggedRow, Lines: rec.lines}); err != nil {
				return err
			}
		default:
			if err := s.row(rec.line, rowNo, cols, rec.fields); err != nil {
				return err
			}
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
