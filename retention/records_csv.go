package retention

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Errors of ReadCSV, wrapped by a *RecordError.
var (
	ErrCSVHeader = errors.New("want a header naming the columns id, category, event_date and (optionally) legal_hold")
	ErrEmpty     = errors.New("empty input: want a header naming the columns id, category, event_date and (optionally) legal_hold")
	ErrCSVRow    = errors.New("malformed CSV")
	ErrBadID     = errors.New("empty id")
	ErrBadDate   = errors.New("event date is not a date as YYYY-MM-DD")
	ErrBadHold   = errors.New("legal hold is not yes or no")
	ErrFields    = errors.New("wrong number of fields")
)

// RecordError is a bad row of a records CSV: its line, the column at
// fault (1-based, 0 for the whole row) and why. Its text never quotes
// the row: an ID may be personal data.
type RecordError struct {
	Line   int
	Column int
	Err    error // one of the Err values above, or ErrUnknownCategory
	// Fields and Want are, for ErrFields, the row's number of fields and
	// the header's.
	Fields, Want int
}

// Error returns "retention: records line 12, column 2: unknown category"
// or "retention: records line 6: 2 fields, the header has 4".
func (e *RecordError) Error() string {
	reason := strings.TrimPrefix(e.Err.Error(), "retention: ")
	switch {
	case errors.Is(e.Err, ErrFields) && e.Want > 0:
		return fmt.Sprintf("retention: records line %d: %d fields, the header has %d", e.Line, e.Fields, e.Want)
	case e.Column > 0:
		return fmt.Sprintf("retention: records line %d, column %d: %s", e.Line, e.Column, reason)
	}
	return fmt.Sprintf("retention: records line %d: %s", e.Line, reason)
}

// Unwrap returns the reason.
func (e *RecordError) Unwrap() error { return e.Err }

// CSVRecord is a record read by ReadCSV and the line it starts on.
type CSVRecord struct {
	Record
	Line int
}

// ReadCSV reads records from CSV with a header naming the columns id,
// category, event_date and legal_hold, in any order ("event", "date",
// "start_date" and "hold" also do; case, spaces, '_' and '-' do not
// matter; a leading byte-order mark is dropped). category must be one of
// s's categories; event_date is YYYY-MM-DD in loc, empty when the event
// has not happened; legal_hold is yes/no, ja/nee, true/false, 1/0 or empty
// for no.
//
// It calls fn for each good record and bad for each bad row, and goes on
// after a bad row; after a broken quote the CSV reader cannot find the
// next row, so reading stops there (reported as a bad row). A missing
// header is a *RecordError for line 1, returned. ReadCSV stops at the
// first error of fn or bad, which it returns.
func (s *Schedule) ReadCSV(r io.Reader, loc *time.Location, fn func(CSVRecord) error, bad func(*RecordError) error) error {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return &RecordError{Line: 1, Err: ErrEmpty}
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return &RecordError{Line: pe.StartLine, Err: ErrCSVRow}
		}
		return fmt.Errorf("retention: records: read: %w", err)
	}
	cols := csvColumns(header)
	if cols.id < 0 || cols.category < 0 || cols.event < 0 {
		return &RecordError{Line: 1, Err: ErrCSVHeader}
	}
	for {
		row, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				return fmt.Errorf("retention: records: read: %w", err)
			}
			if err := bad(&RecordError{Line: pe.StartLine, Err: ErrCSVRow}); err != nil {
				return err
			}
			if errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote) {
				return nil
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		rec, rerr := s.csvRecord(row, len(header), cols, loc)
		if rerr != nil {
			rerr.Line = line
			if err := bad(rerr); err != nil {
				return err
			}
			continue
		}
		if err := fn(CSVRecord{Record: rec, Line: line}); err != nil {
			return err
		}
	}
}

// recordColumns are the positions of a records CSV's columns; -1 when
// absent.
type recordColumns struct{ id, category, event, hold int }

// csvHeaderNames maps a normalised header name to its column.
var csvHeaderNames = map[string]string{
	"id": "id", "recordid": "id", "record": "id",
	"category": "category", "categorie": "category",
	"eventdate": "event", "event": "event", "date": "event", "startdate": "event",
	"legalhold": "hold", "hold": "hold",
}

func csvColumns(header []string) recordColumns {
	cols := recordColumns{-1, -1, -1, -1}
	norm := strings.NewReplacer(" ", "", "_", "", "-", "")
	for i, h := range header {
		if i == 0 {
			h = strings.TrimPrefix(h, "\ufeff")
		}
		switch csvHeaderNames[norm.Replace(strings.ToLower(strings.TrimSpace(h)))] {
		case "id":
			cols.id = i
		case "category":
			cols.category = i
		case "event":
			cols.event = i
		case "hold":
			cols.hold = i
		}
	}
	return cols
}

// csvRecord checks one row; its error has no line yet.
func (s *Schedule) csvRecord(row []string, fields int, cols recordColumns, loc *time.Location) (Record, *RecordError) {
	if len(row) != fields {
		return Record{}, &RecordError{Err: ErrFields, Fields: len(row), Want: fields}
	}
	r := Record{ID: strings.TrimSpace(row[cols.id]), Category: strings.TrimSpace(row[cols.category])}
	if r.ID == "" {
		return Record{}, &RecordError{Column: cols.id + 1, Err: ErrBadID}
	}
	if _, ok := s.Rule(r.Category); !ok {
		return Record{}, &RecordError{Column: cols.category + 1, Err: ErrUnknownCategory}
	}
	if ev := strings.TrimSpace(row[cols.event]); ev != "" {
		t, err := time.ParseInLocation(time.DateOnly, ev, loc)
		if err != nil {
			return Record{}, &RecordError{Column: cols.event + 1, Err: ErrBadDate}
		}
		r.Event = t
	}
	if cols.hold >= 0 {
		switch strings.ToLower(strings.TrimSpace(row[cols.hold])) {
		case "", "no", "n", "false", "0", "nee":
		case "yes", "y", "true", "1", "ja", "j":
			r.LegalHold = true
		default:
			return Record{}, &RecordError{Column: cols.hold + 1, Err: ErrBadHold}
		}
	}
	return r, nil
}
