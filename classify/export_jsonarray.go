package classify

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// ErrNotArray is the reason of the *RowError that ScanExport returns when
// a JSONArray export does not start with '['.
var ErrNotArray = fmt.Errorf("JSON value is not an array")

// scanJSONArray reads a JSON array of objects element by element: each
// element is a row, at most MaxExportLine bytes long, starting on the
// line where its first byte is. An element that is not valid JSON or not
// an object is a bad row and the scan goes on at the next element; the
// array's own punctuation is read leniently (a missing comma between two
// elements still separates them).
func (s *exportScanner) scanJSONArray() error {
	a := &arrayReader{br: bufio.NewReaderSize(s.in, 64<<10), line: 1}
	c, err := a.skipSpace()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		return fmt.Errorf("classify: export: read: %w", err)
	}
	if c == 0xef { // a UTF-8 byte-order mark
		a.br.ReadByte()
		a.br.ReadByte()
		a.br.ReadByte()
		if c, err = a.skipSpace(); err == io.EOF {
			return nil
		}
	}
	if c == '{' {
		// A lone object, one JSON document: one row.
		return s.jsonArrayElements(a, true)
	}
	if c != '[' {
		s.sum.Lines = a.line
		return &RowError{Line: a.line, Row: 0, Err: ErrNotArray}
	}
	a.br.ReadByte()
	return s.jsonArrayElements(a, false)
}

// jsonArrayElements reads the elements of an array up to its ']', or a
// single value when one is set.
func (s *exportScanner) jsonArrayElements(a *arrayReader, one bool) error {
	var (
		buf   jsonRowBuf
		elem  []byte
		rowNo int
	)
	for {
		if err := s.done(); err != nil {
			return err
		}
		c, err := a.skipSpace()
		if err == io.EOF {
			s.sum.Lines = a.line
			return nil // a truncated array ends after its last whole element
		}
		if err != nil {
			return fmt.Errorf("classify: export: read: %w", err)
		}
		switch c {
		case ']':
			s.sum.Lines = a.line
			return nil
		case ',':
			a.br.ReadByte()
			continue
		}
		start := a.line
		var long bool
		elem, long, err = a.value(elem[:0])
		if err != nil && err != io.EOF {
			return fmt.Errorf("classify: export: read: %w", err)
		}
		if len(elem) == 0 && !long {
			// A stray closing bracket ('}' where an element should
			// start) that value leaves unread: consume it, or the scan
			// would report it as a bad row for ever.
			if _, err := a.br.ReadByte(); err != nil && err != io.EOF {
				return fmt.Errorf("classify: export: read: %w", err)
			}
		}
		s.sum.Lines = a.line
		rowNo++
		var reason error
		switch {
		case long:
			reason = ErrLineTooLong
		case !json.Valid(elem):
			reason = ErrInvalidJSON
		case elem[0] != '{':
			reason = ErrNotObject
		}
		if reason != nil {
			if err := s.bad(start, rowNo, reason); err != nil {
				return err
			}
		} else if err := s.jsonRow(&buf, start, rowNo, elem); err != nil {
			return err
		}
		if one {
			s.sum.Lines = a.line
			return nil
		}
	}
}

// arrayReader reads the elements of a JSON array and counts lines.
type arrayReader struct {
	br   *bufio.Reader
	line int
}

// skipSpace skips white space and returns the next byte without reading
// it.
func (a *arrayReader) skipSpace() (byte, error) {
	for {
		b, err := a.br.ReadByte()
		if err != nil {
			return 0, err
		}
		switch b {
		case '\n':
			a.line++
		case ' ', '\t', '\r':
		default:
			a.br.UnreadByte()
			return b, nil
		}
	}
}

// value reads one JSON value, appended to dst: an object or array up to
// its matching bracket, a string to its closing quote, anything else to
// the next ',', ']' or white space. Past MaxExportLine bytes it keeps
// reading to the value's end but no longer appends, and reports long.
// At io.EOF it returns what it read.
func (a *arrayReader) value(dst []byte) (out []byte, long bool, err error) {
	depth := 0
	inString, escaped := false, false
	add := func(b byte) {
		if long {
			return
		}
		if len(dst) >= MaxExportLine {
			long, dst = true, dst[:0]
			return
		}
		dst = append(dst, b)
	}
	for {
		b, err := a.br.ReadByte()
		if err != nil {
			return dst, long, err
		}
		if b == '\n' {
			a.line++
		}
		switch {
		case inString:
			add(b)
			switch {
			case escaped:
				escaped = false
			case b == '\\':
				escaped = true
			case b == '"':
				inString = false
				if depth == 0 {
					return dst, long, nil
				}
			}
		case b == '"':
			inString = true
			add(b)
		case b == '{' || b == '[':
			depth++
			add(b)
		case b == '}' || b == ']':
			if depth == 0 {
				// The end of the enclosing array: leave it to the caller.
				a.br.UnreadByte()
				return dst, long, nil
			}
			depth--
			add(b)
			if depth == 0 {
				return dst, long, nil
			}
		case depth == 0 && (b == ',' || b == ' ' || b == '\t' || b == '\r' || b == '\n'):
			if b != '\n' {
				a.br.UnreadByte()
			}
			return dst, long, nil
		default:
			add(b)
		}
	}
}
