package classify

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Container is what the first bytes of an input say it is, before any
// decoding: an export ScanExport reads, plain text, a compressed stream
// or archive that holds other inputs, or data that is not text at all.
type Container string

// The containers DetectFormat tells apart.
const (
	ContainerEmpty  Container = "empty"  // no bytes, or only white space
	ContainerExport Container = "export" // a CSV, JSON Lines or JSON array export: see Detection.Format
	ContainerText   Container = "text"   // plain text: notes, a letter, a log
	ContainerGzip   Container = "gzip"   // a gzip stream (RFC 1952)
	ContainerZip    Container = "zip"    // a zip archive, such as Salesforce's weekly Data Export
	ContainerBinary Container = "binary" // not text: an image, a PDF, an executable, a spreadsheet
)

// Encoding is the character encoding of a text input.
type Encoding string

// The encodings DetectFormat recognises. Any input that is not valid UTF-8
// and has no UTF-16 byte-order mark but reads as text is taken as
// Windows-1252, the encoding of Dutch and English Excel on Windows (a
// superset of ISO 8859-1 for the printable characters).
const (
	UTF8        Encoding = "utf-8"
	UTF16LE     Encoding = "utf-16le"
	UTF16BE     Encoding = "utf-16be"
	Windows1252 Encoding = "windows-1252"
)

// DetectLen is how many bytes DetectFormat looks at; more are ignored.
const DetectLen = 64 << 10

// Detection is what DetectFormat found at the start of an input. It
// holds no byte of the input.
type Detection struct {
	Container Container    `json:"container"`
	Format    ExportFormat `json:"format,omitempty"`   // for ContainerExport: CSV, JSONLines or JSONArray
	Comma     rune         `json:"comma,omitempty"`    // for CSV: the separator ScanExport will use
	Encoding  Encoding     `json:"encoding,omitempty"` // for exports and text
	BOM       bool         `json:"bom,omitempty"`      // the input starts with a byte-order mark
}

// String describes the detection for a person: "CSV (separator ';',
// windows-1252)", "JSON Lines (utf-8)", "gzip", "binary".
func (d Detection) String() string {
	switch d.Container {
	case ContainerExport:
		s := d.Format.Name()
		if d.Format == CSV {
			s += " (separator " + commaName(d.Comma) + ", " + string(d.Encoding) + ")"
		} else {
			s += " (" + string(d.Encoding) + ")"
		}
		return s
	case ContainerText:
		return "plain text (" + string(d.Encoding) + ")"
	}
	return string(d.Container)
}

func commaName(r rune) string {
	switch r {
	case '\t':
		return "TAB"
	case 0:
		return "','"
	}
	return "'" + string(r) + "'"
}

// DetectFormat says what an input is from its first bytes (up to
// DetectLen; pass what you have, a short input is fine):
//
//   - gzip and zip by their magic numbers;
//   - the encoding: a UTF-8 or UTF-16 byte-order mark, else valid UTF-8,
//     else Windows-1252 when the bytes read as text;
//   - binary when, once decoded, the bytes hold NUL or more than one in
//     twenty control characters other than TAB, CR, LF and FF;
//   - a JSON array of objects when the text starts with '[' and '{', JSON
//     Lines when it starts with '{' and its first line is a whole JSON
//     value, one JSON document (Format JSONArray, read as one row) when
//     it starts with '{' and its first line is not;
//   - CSV when the first lines agree on a separator (',', ';', TAB or
//     '|', counted outside quotes, as CSVComma does) that occurs at least
//     once on every line looked at; a single line is CSV when it has the
//     separator and no line ending follows it before DetectLen;
//   - plain text otherwise.
//
// The detection is a guess from a prefix; callers that know better (a
// ".csv" name on one line of text) may overrule it.
func DetectFormat(head []byte) Detection {
	head = head[:min(len(head), DetectLen)]
	switch {
	case len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b:
		return Detection{Container: ContainerGzip}
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		return Detection{Container: ContainerZip}
	}
	d := Detection{Encoding: UTF8}
	text := head
	switch {
	case bytes.HasPrefix(head, []byte{0xef, 0xbb, 0xbf}):
		d.BOM = true
		text = head[3:]
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		d.BOM, d.Encoding = true, UTF16LE
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		d.BOM, d.Encoding = true, UTF16BE
	}
	if d.Encoding == UTF16LE || d.Encoding == UTF16BE {
		dec := utf16Encoding(d.Encoding).NewDecoder()
		out, _, _ := transform.Bytes(dec, head[:len(head)&^1])
		text = bytes.TrimPrefix(out, []byte("\ufeff"))
	} else if !validUTF8Prefix(text, len(head) == DetectLen) {
		d.Encoding = Windows1252
		if binaryBytes(text) {
			return Detection{Container: ContainerBinary}
		}
		out, _, _ := transform.Bytes(charmap.Windows1252.NewDecoder(), text)
		text = out
	}
	if binaryBytes(text) {
		return Detection{Container: ContainerBinary}
	}
	t := bytes.TrimLeft(text, " \t\r\n")
	switch {
	case len(t) == 0:
		return Detection{Container: ContainerEmpty}
	case t[0] == '[' && len(bytes.TrimLeft(t[1:], " \t\r\n")) > 0 && bytes.TrimLeft(t[1:], " \t\r\n")[0] == '{':
		d.Container, d.Format = ContainerExport, JSONArray
	case t[0] == '[' && bytes.Equal(bytes.TrimSpace(t), []byte("[]")):
		d.Container, d.Format = ContainerExport, JSONArray
	case t[0] == '{' && !firstLineObject(t):
		// One JSON document over several lines (a pretty-printed
		// record): JSONArray reads a lone object as one row.
		d.Container, d.Format = ContainerExport, JSONArray
	case t[0] == '{':
		d.Container, d.Format = ContainerExport, JSONLines
	default:
		if comma, ok := sniffCSV(text, len(head) == DetectLen); ok {
			d.Container, d.Format, d.Comma = ContainerExport, CSV, comma
		} else {
			d.Container = ContainerText
		}
	}
	return d
}

// firstLineObject reports whether the first line of t is a whole JSON
// value, as in JSON Lines; a first line longer than the prefix counts as
// one.
func firstLineObject(t []byte) bool {
	i := bytes.IndexByte(t, '\n')
	if i < 0 {
		return true
	}
	return json.Valid(bytes.TrimSpace(t[:i]))
}

// validUTF8Prefix reports whether b is valid UTF-8, forgiving a rune cut
// off at the end when b is a prefix of a longer input.
func validUTF8Prefix(b []byte, cut bool) bool {
	if utf8.Valid(b) {
		return true
	}
	if !cut {
		return false
	}
	for i := 1; i < utf8.UTFMax && i <= len(b); i++ {
		if utf8.Valid(b[:len(b)-i]) {
			return true
		}
	}
	return false
}

// binaryBytes reports whether b holds NUL or too many control characters
// to be text.
func binaryBytes(b []byte) bool {
	ctl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f':
			ctl++
		case c == 0x7f:
			ctl++
		}
	}
	return ctl*20 > len(b)
}

// sniffCSV reports whether text looks like CSV, and its separator: the
// separator CSVComma picks from the first line must occur, outside
// quotes, on every complete line of the first twenty.
func sniffCSV(text []byte, cut bool) (rune, bool) {
	comma := CSVComma(text)
	lines, counts := 0, []int{}
	quoted, n := false, 0
	complete := false
	for _, b := range text {
		switch {
		case b == '"':
			quoted = !quoted
		case quoted:
		case b == '\n':
			counts = append(counts, n)
			n = 0
			lines++
		case rune(b) == comma:
			n++
		}
		if lines == 20 {
			complete = true
			break
		}
	}
	if !complete && n > 0 && !cut {
		counts = append(counts, n) // the last line, without its line ending
	}
	if len(counts) == 0 {
		// One long line cut at DetectLen: a header alone.
		return comma, n > 0
	}
	for _, c := range counts {
		if c == 0 {
			return 0, false
		}
	}
	// A single short line of prose with a comma is text; a single line
	// with two separators or more is a header (or a headerless row).
	if len(counts) == 1 && counts[0] < 2 {
		return 0, false
	}
	if len(counts) > 1 {
		// Rows of a CSV export agree with the first line on the number
		// of separators, or most of them do (a quoted line break moves
		// the count to the next line).
		agree := 0
		for _, c := range counts[1:] {
			if c == counts[0] {
				agree++
			}
		}
		if agree*2 < len(counts)-1 {
			return 0, false
		}
	}
	return comma, true
}

// utf16Encoding returns the UTF-16 decoding of e, which drops a leading
// byte-order mark.
func utf16Encoding(e Encoding) encoding.Encoding {
	if e == UTF16BE {
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	}
	return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
}

// Reader returns r decoded to UTF-8 as d's Encoding says: UTF-16 and
// Windows-1252 input is transcoded (golang.org/x/text/encoding), UTF-8
// passes through unchanged, a UTF-8 byte-order mark included (ScanExport
// drops it). r must start where the bytes given to DetectFormat started.
func (d Detection) Reader(r io.Reader) io.Reader {
	switch d.Encoding {
	case UTF16LE, UTF16BE:
		return transform.NewReader(r, utf16Encoding(d.Encoding).NewDecoder())
	case Windows1252:
		return transform.NewReader(r, charmap.Windows1252.NewDecoder())
	}
	return r
}

// Detect reads the first DetectLen bytes of r, detects them with
// DetectFormat, and returns the detection and a reader that yields all of
// r from its start, decoded to UTF-8 (Detection.Reader). A read error
// other than io.EOF is returned with what was detected so far.
func Detect(r io.Reader) (Detection, io.Reader, error) {
	br := bufio.NewReaderSize(r, DetectLen)
	head, err := br.Peek(DetectLen)
	if err == io.EOF || err == bufio.ErrBufferFull {
		err = nil
	}
	d := DetectFormat(head)
	return d, d.Reader(br), err
}
