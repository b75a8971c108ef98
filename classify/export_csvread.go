package classify

import (
	"bufio"
	"bytes"
	"io"
)

// This file reads CSV records (RFC 4180, as encoding/csv reads them with
// LazyQuotes off) with limits: encoding/csv keeps a whole record, however
// long, in memory, and an unterminated quote near the top of an export
// swallows the rest of the file into one "bad row". csvReader instead
//
//   - keeps at most ExportLimits.MaxLine bytes of a line or record: a
//     longer line is skipped to its end without being kept (ErrLineTooLong);
//   - rejects an unquoted field longer than MaxField (ErrFieldTooLong) and
//     a record of more than MaxColumns fields (ErrTooManyFields);
//   - ends a quoted field that is still open past MaxField bytes or
//     MaxFieldLines lines, or at the end of the input, as an unterminated
//     quote (ErrUnterminatedQuote) reported at the line where its record
//     started; any bad record over several lines (a stray quote that runs
//     on until another line's quote closes it, then text: ErrCSVSyntax)
//     likewise. It then reads again from the line after the record's
//     first: the lines it had read ahead are replayed from memory, and in
//     them a quote may not span lines. Each byte is thus read once and
//     replayed at most once: the time stays linear in the input, whatever
//     it holds.
//
// The scanner (scanCSV) then skips the lines after an unterminated quote
// until one parses as a row with the header's number of fields: there it
// resynchronises, and the bad row is reported with the lines it spanned.

// csvRecord is one record read by csvReader.
type csvRecord struct {
	fields []string
	line   int   // 1-based line where the record starts
	lines  int   // lines the record spans
	err    error // nil, ErrCSVSyntax, ErrLineTooLong, ErrFieldTooLong, ErrTooManyFields or ErrUnterminatedQuote
	// resync is set for a bad record over several lines: the reader
	// goes back to the line after its first, and the scanner skips
	// lines until one parses as a row.
	resync bool
}

// csvReader reads records from br. See the file comment.
type csvReader struct {
	br    *bufio.Reader
	comma byte
	lim   ExportLimits

	line        int    // number of the last line read
	replay      []byte // whole lines to read again before br
	strictUntil int    // through this line, a quoted field may not span lines
	bomDone     bool
	failed      error // a read error met while reading ahead, reported after the replay

	lineBuf []byte // the current line when it came from br in pieces
	ahead   []byte // lines after the record's first, kept for a replay
	field   []byte // the record's fields, concatenated
	ends    []int  // end of each field in field
}

func newCSVReader(br *bufio.Reader, comma rune, lim ExportLimits) *csvReader {
	return &csvReader{br: br, comma: byte(comma), lim: lim}
}

// readLine returns the next line, with its line ending, valid until the
// next call. A line longer than lim.MaxLine is skipped to its end and
// reported as long, without its bytes. At the end of the input it
// returns io.EOF with no bytes.
func (r *csvReader) readLine() (line []byte, long bool, err error) {
	if len(r.replay) > 0 {
		i := bytes.IndexByte(r.replay, '\n')
		if i < 0 {
			i = len(r.replay) - 1
		}
		line, r.replay = r.replay[:i+1], r.replay[i+1:]
		r.line++
		return line, false, nil
	}
	r.lineBuf = r.lineBuf[:0]
	for {
		chunk, err := r.br.ReadSlice('\n')
		if !long {
			if len(r.lineBuf)+len(chunk) > r.lim.MaxLine {
				long, r.lineBuf = true, r.lineBuf[:0]
			} else if err == nil && len(r.lineBuf) == 0 {
				line = chunk // the common case: a whole line in the buffer, no copy
			} else {
				r.lineBuf = append(r.lineBuf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			r.failed = err
			return nil, false, err
		}
		if line == nil {
			line = r.lineBuf
		}
		if err == io.EOF && len(chunk) == 0 && len(r.lineBuf) == 0 && !long {
			return nil, false, io.EOF
		}
		r.line++
		if !r.bomDone {
			r.bomDone = true
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		return line, long, nil
	}
}

// trimEOL returns line without its "\n" or "\r\n" (or, on the last
// line, a lone "\r", which encoding/csv drops too).
func trimEOL(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
	}
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line
}

// read reads the next record into rec. It returns io.EOF at the end of
// the input and any other error of the underlying reader; a malformed
// record is not an error of read but rec.err.
func (r *csvReader) read(rec *csvRecord) error {
	if r.failed != nil && len(r.replay) == 0 {
		return r.failed
	}
	var line []byte
	for {
		l, long, err := r.readLine()
		if err != nil {
			return err
		}
		if long {
			*rec = csvRecord{line: r.line, lines: 1, err: ErrLineTooLong}
			return nil
		}
		if len(trimEOL(l)) > 0 {
			line = l
			break
		}
		// encoding/csv skips empty lines; so do we.
	}
	*rec = csvRecord{line: r.line, lines: 1, fields: rec.fields[:0]} // the fields' slice is reused: no growth per row
	r.field, r.ends, r.ahead = r.field[:0], r.ends[:0], r.ahead[:0]
	rec.err = r.parse(line, rec)
	if rec.err != nil && len(r.ahead) > 0 {
		// A bad record over several lines, most often a stray quote
		// that runs on until it meets another line's quote: read the
		// lines after its first again instead of losing them.
		r.rewind(rec)
	}
	rec.lines = r.line - rec.line + 1
	if rec.err != nil {
		return nil
	}
	// One string for the record, sliced per field, as encoding/csv does.
	s := string(r.field)
	rec.fields = rec.fields[:0]
	prev := 0
	for _, e := range r.ends {
		rec.fields = append(rec.fields, s[prev:e])
		prev = e
	}
	return nil
}

// parse reads the fields of the record that starts with line.
func (r *csvReader) parse(line []byte, rec *csvRecord) error {
	rest := trimEOL(line)
	for {
		if len(r.ends) >= r.lim.MaxColumns {
			return ErrTooManyFields
		}
		start := len(r.field)
		if len(rest) == 0 || rest[0] != '"' {
			// An unquoted field: up to the next separator.
			i := bytes.IndexByte(rest, r.comma)
			f := rest
			if i >= 0 {
				f = rest[:i]
			}
			if bytes.IndexByte(f, '"') >= 0 {
				return ErrCSVSyntax // a bare quote
			}
			if len(f) > r.lim.MaxField {
				return ErrFieldTooLong
			}
			r.field = append(r.field, f...)
			r.ends = append(r.ends, len(r.field))
			if i < 0 {
				return nil
			}
			rest = rest[i+1:]
			continue
		}
		// A quoted field, perhaps over several lines.
		rest = rest[1:]
		fieldLines := 1
		for {
			i := bytes.IndexByte(rest, '"')
			if i < 0 {
				// The line ends inside the quotes.
				r.field = append(r.field, rest...)
				r.field = append(r.field, '\n')
				if len(r.field)-start > r.lim.MaxField || fieldLines >= r.lim.MaxFieldLines || r.line <= r.strictUntil {
					return ErrUnterminatedQuote
				}
				next, long, err := r.readLine()
				if err != nil || long {
					// The end of the input (or a read error, which the
					// next read reports) or an endless line: the quote
					// is not closed.
					return ErrUnterminatedQuote
				}
				if len(r.ahead)+len(next) > r.lim.MaxLine {
					r.ahead = append(r.ahead, next...)
					return ErrUnterminatedQuote
				}
				r.ahead = append(r.ahead, next...)
				fieldLines++
				rest = trimEOL(next)
				continue
			}
			r.field = append(r.field, rest[:i]...)
			rest = rest[i+1:]
			switch {
			case len(rest) > 0 && rest[0] == '"':
				r.field = append(r.field, '"') // an escaped quote
				rest = rest[1:]
				continue
			case len(rest) > 0 && rest[0] == r.comma:
				if len(r.field)-start > r.lim.MaxField {
					return ErrFieldTooLong
				}
				r.ends = append(r.ends, len(r.field))
				rest = rest[1:]
			case len(rest) == 0:
				if len(r.field)-start > r.lim.MaxField {
					return ErrFieldTooLong
				}
				r.ends = append(r.ends, len(r.field))
				return nil
			default:
				return ErrCSVSyntax // text after the closing quote
			}
			break
		}
	}
}

// rewind gives up on a bad record over several lines: the lines read
// after its first are replayed, in strict mode.
func (r *csvReader) rewind(rec *csvRecord) {
	// Only lines read from br are ever kept in ahead: in a replay the
	// reader is strict and reads no line ahead, so replay is empty.
	r.replay = append(r.ahead[:len(r.ahead):len(r.ahead)], r.replay...)
	r.ahead = nil
	r.strictUntil = r.line
	r.line = rec.line
	rec.resync = true
}
