package classify

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

func (s *exportScanner) scanJSONL() error {
	br := bufio.NewReaderSize(s.in, 64<<10)
	var (
		line  []byte
		long  bool
		buf   jsonRowBuf
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
				if len(line)+len(chunk) > s.lim.MaxLine {
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
		if err := s.jsonRow(&buf, lineNo, rowNo, trimmed); err != nil {
			return err
		}
		if eof {
			return nil
		}
	}
}

// jsonRowBuf holds the buffers of jsonRow, reused from row to row.
type jsonRowBuf struct {
	keys  []string
	vals  []string
	cols  []*columnState
	pairs []jsonPair
}

// jsonRow classifies one JSON object, valid JSON, as a row of a JSON
// Lines or JSON array export.
func (s *exportScanner) jsonRow(b *jsonRowBuf, lineNo, rowNo int, obj []byte) error {
	b.pairs = appendObject(b.pairs[:0], obj)
	// Sorted by key; of a repeated key the last value counts, as in
	// encoding/json.
	slices.SortStableFunc(b.pairs, func(a, b jsonPair) int { return strings.Compare(a.key, b.key) })
	b.keys, b.vals, b.cols = b.keys[:0], b.vals[:0], b.cols[:0]
	for i, p := range b.pairs {
		if i+1 < len(b.pairs) && b.pairs[i+1].key == p.key {
			continue
		}
		b.keys = append(b.keys, p.key)
		b.vals = append(b.vals, p.value)
		b.cols = append(b.cols, s.jsonColumn(p.key))
	}
	return s.rowKeys(lineNo, rowNo, b.keys, b.cols, b.vals)
}

// rowKeys classifies a JSON row: like row, but a key without a column
// (beyond maxExportColumns) is classified under its own name.
func (s *exportScanner) rowKeys(line, rowNo int, keys []string, cols []*columnState, vals []string) error {
	for i, col := range cols {
		if col == nil {
			cols[i] = s.extraColumn(keys[i])
		}
	}
	return s.row(line, rowNo, cols, vals)
}

// extraColumn returns a column, not kept in the summary, for a key beyond
// maxExportColumns. A key that looks like data is named "extra column".
func (s *exportScanner) extraColumn(k string) *columnState {
	if isBlank(k) {
		return &columnState{name: "extra column", a: &nameAnalysis{}}
	}
	if nameLooksLikeData(k) {
		s.sum.HeaderLooksLikeData = true
		return &columnState{name: "extra column", a: s.dataName(k), positional: true}
	}
	return &columnState{name: k, a: s.names.analyse(k)}
}

// jsonColumn returns the column of a JSON key, adding it while there is
// room; nil beyond maxExportColumns.
func (s *exportScanner) jsonColumn(k string) *columnState {
	if j, ok := s.colIndex[k]; ok {
		return s.cols[j]
	}
	if len(s.cols) >= s.lim.MaxColumns {
		s.sum.ExtraColumns++
		return nil
	}
	s.colIndex[k] = len(s.cols)
	col := s.column(k, len(s.cols))
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

// jsonString decodes a JSON string literal that json.Valid accepted.
// Bytes that are not valid UTF-8 are kept as they are, not replaced by
// U+FFFD as encoding/json does (three bytes for one): the value is then
// never longer than the literal, and a string without escapes is the
// literal's bytes, so a finding's offsets into the value hold for the
// line the caller has (issue 13 finding 9).
func jsonString(lit []byte) string {
	if len(lit) < 2 {
		return ""
	}
	lit = lit[1 : len(lit)-1]
	if bytes.IndexByte(lit, '\\') < 0 {
		return string(lit)
	}
	out := make([]byte, 0, len(lit))
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		if c != '\\' || i+1 >= len(lit) {
			out = append(out, c)
			continue
		}
		i++
		switch lit[i] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r, n := jsonEscape(lit[i+1:])
			if n == 0 {
				out = append(out, 'u')
				continue
			}
			i += n
			out = utf8.AppendRune(out, r)
		default: // '"', '\\', '/'
			out = append(out, lit[i])
		}
	}
	return string(out)
}

// jsonEscape reads the hex digits after "\u" (and a low surrogate's
// "\uXXXX" after a high one) and returns the rune and the bytes used.
func jsonEscape(b []byte) (rune, int) {
	r, ok := hex4(b)
	if !ok {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if len(b) >= 10 && b[4] == '\\' && b[5] == 'u' {
			if r2, ok := hex4(b[6:]); ok {
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					return d, 10
				}
			}
		}
		return utf8.RuneError, 4
	}
	return r, 4
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
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
