package classify

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
)

func (s *exportScanner) scanCSV() error {
	br := bufio.NewReaderSize(s.in, 64<<10)
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
	s.sum.Lines = 1
	rowNo := 0
	if headerIsData {
		s.sum.HeaderLooksLikeData = true
		rowNo++
		if err := s.row(1, rowNo, cols, names); err != nil {
			return err
		}
	}
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
