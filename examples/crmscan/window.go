package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"sync/atomic"

	"github.com/avgrisk/avgrisk/classify"
)

// maxWindow is how many bytes of recent lines a lineWindow keeps. The
// scanner reads ahead of the row it reports by a buffer (4 KiB for CSV,
// 64 KiB for JSON Lines), so a few MiB hold every row whose excerpts we
// want, however long the file; a row larger than this gets placeholders
// instead of excerpts.
const maxWindow = 8 << 20

// maxHead is how many bytes of the start of the input a lineWindow keeps
// to read the CSV header from.
const maxHead = 1 << 20

// lineWindow passes the input through to classify's export scanner and
// keeps the lines it has read most recently, so that the rows the scanner
// reports can be read again for their masked excerpts: ScanExport reports
// where the findings are, never the values. It works on standard input
// too, where a second pass is impossible, and in bounded memory.
type lineWindow struct {
	r     io.Reader
	bytes atomic.Int64 // read so far, for the progress line

	head  []byte   // the first maxHead bytes
	lines [][]byte // complete lines, each with its '\n'
	first int      // line number of lines[0]
	size  int      // bytes in lines
	cur   []byte   // the line being read
}

func newLineWindow(r io.Reader) *lineWindow {
	return &lineWindow{r: r, first: 1}
}

func (w *lineWindow) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	if n > 0 {
		w.bytes.Add(int64(n))
		w.keep(p[:n])
	}
	return n, err
}

// keep adds b to the window, evicting the oldest lines beyond maxWindow.
func (w *lineWindow) keep(b []byte) {
	if len(w.head) < maxHead {
		w.head = append(w.head, b[:min(len(b), maxHead-len(w.head))]...)
	}
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			if len(w.cur) < maxWindow {
				w.cur = append(w.cur, b...)
			}
			return
		}
		line := append(w.cur, b[:i+1]...)
		w.cur = nil
		b = b[i+1:]
		w.lines = append(w.lines, line)
		w.size += len(line)
		for w.size > maxWindow && len(w.lines) > 0 {
			w.drop()
		}
	}
}

// drop forgets the oldest line.
func (w *lineWindow) drop() {
	w.size -= len(w.lines[0])
	w.lines[0] = nil
	w.lines = w.lines[1:]
	w.first++
}

// release forgets the lines before line: the scanner reports rows in
// order, so they will not be asked for again.
func (w *lineWindow) release(line int) {
	for w.first < line && len(w.lines) > 0 {
		w.drop()
	}
}

// from returns the input from the start of line to what has been read, or
// nil when line is no longer (or not yet) in the window.
func (w *lineWindow) from(line int) []byte {
	i := line - w.first
	if i < 0 || i > len(w.lines) {
		return nil
	}
	var b []byte
	for _, l := range w.lines[i:] {
		b = append(b, l...)
	}
	return append(b, w.cur...)
}

// comma returns the separator of a CSV export, as classify's scanner
// reads it.
func (w *lineWindow) comma() rune { return classify.CSVComma(w.head) }

// header returns the column names of a CSV export as the scanner names
// them: the byte-order mark dropped, an empty name read as "column N".
func (w *lineWindow) header() []string {
	cr := csv.NewReader(bytes.NewReader(w.head))
	cr.Comma = w.comma()
	cr.FieldsPerRecord = -1
	names, err := cr.Read()
	if err != nil {
		return nil
	}
	if len(names) > 0 {
		names[0] = string(bytes.TrimPrefix([]byte(names[0]), []byte("\ufeff")))
	}
	for i, n := range names {
		if n == "" {
			names[i] = "column " + strconv.Itoa(i+1)
		}
	}
	return names
}

// row reads the row that starts at line again, as a map of field name to
// value, the way the scanner read it. It returns nil when the row is no
// longer in the window.
func (w *lineWindow) row(format classify.ExportFormat, names []string, line int) map[string]string {
	b := w.from(line)
	if b == nil {
		return nil
	}
	switch format {
	case classify.CSV:
		cr := csv.NewReader(bytes.NewReader(b))
		cr.Comma = w.comma()
		cr.FieldsPerRecord = -1
		rec, err := cr.Read()
		if err != nil || len(rec) != len(names) {
			return nil
		}
		m := make(map[string]string, len(rec))
		for i, v := range rec {
			if _, dup := m[names[i]]; !dup || m[names[i]] == "" {
				m[names[i]] = v
			}
		}
		return m
	case classify.JSONLines:
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			b = b[:i]
		}
		b = bytes.TrimPrefix(b, []byte("\ufeff")) // as the scanner does on line 1
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(b, &obj); err != nil {
			return nil
		}
		m := make(map[string]string, len(obj))
		for k, raw := range obj {
			// As the scanner reads it: a string as it is, null as
			// empty, anything else as its JSON text.
			raw = bytes.TrimSpace(raw)
			var s string
			switch {
			case len(raw) == 0 || string(raw) == "null":
				m[k] = ""
			case raw[0] == '"' && json.Unmarshal(raw, &s) == nil:
				m[k] = s
			default:
				m[k] = string(raw)
			}
		}
		return m
	}
	return nil
}
