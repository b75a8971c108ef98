package classify

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readAllCSV reads data with csvReader and returns its records, or the
// error of each bad one as "line N+M: err".
func readAllCSV(t testing.TB, data string, lim ExportLimits) []string {
	t.Helper()
	r := newCSVReader(bufio.NewReaderSize(strings.NewReader(data), 16), ',', lim.withDefaults())
	var out []string
	for {
		var rec csvRecord
		err := r.read(&rec)
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		if rec.err != nil {
			out = append(out, fmt.Sprintf("line %d+%d: %v", rec.line, rec.lines, rec.err))
			continue
		}
		out = append(out, fmt.Sprintf("line %d+%d: %q", rec.line, rec.lines, rec.fields))
	}
}

// TestCSVReaderLikeEncodingCSV: on well-formed CSV, csvReader reads what
// encoding/csv reads.
func TestCSVReaderLikeEncodingCSV(t *testing.T) {
	for _, data := range []string{
		"a,b,c\n1,2,3\n",
		"\ufeffa,b\r\n\"x\"\"y\",\"multi\r\nline\"\r\n\r\n,\n",
		"a\n\n\nb\n\"\"\n",
		"a,b,\n\"1,2\",\"\n\n\"\n",
		"x\r",
	} {
		checkLikeEncodingCSV(t, data)
	}
}

func checkLikeEncodingCSV(t *testing.T, data string) {
	t.Helper()
	cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(data, "\ufeff")))
	cr.FieldsPerRecord = -1
	var want []string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return // not well-formed: the property does not apply
		}
		line, _ := cr.FieldPos(0)
		want = append(want, fmt.Sprintf("line %d: %q", line, rec))
	}
	var got []string
	for _, s := range readAllCSV(t, data, ExportLimits{}) {
		// encoding/csv gives no line count: drop ours.
		i := strings.Index(s, "+")
		j := strings.Index(s, ":")
		got = append(got, s[:i]+s[j:])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records of %q (-encoding/csv +csvReader):\n%s", data, diff)
	}
}

// FuzzCSVReader: csvReader never panics, agrees with encoding/csv on
// what encoding/csv reads, and accounts for every line.
func FuzzCSVReader(f *testing.F) {
	f.Add("a,b\n\"1\n2\",3\n")
	f.Add("a,\"b\n")
	f.Add("\"\"\"\n,\r\n\"")
	f.Fuzz(func(t *testing.T, data string) {
		checkLikeEncodingCSV(t, data)
		lim := ExportLimits{MaxLine: 64, MaxField: 16, MaxFieldLines: 3, MaxColumns: 4}
		r := newCSVReader(bufio.NewReaderSize(strings.NewReader(data), 16), ',', lim.withDefaults())
		last := 0
		for {
			var rec csvRecord
			err := r.read(&rec)
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			if rec.line <= last && !errors.Is(rec.err, ErrUnterminatedQuote) || rec.lines < 1 {
				t.Fatalf("record at line %d+%d after line %d", rec.line, rec.lines, last)
			}
			last = rec.line
			for _, f := range rec.fields {
				if len(f) > lim.MaxField+lim.MaxFieldLines {
					t.Fatalf("field of %d bytes", len(f))
				}
			}
			if len(rec.fields) > lim.MaxColumns {
				t.Fatalf("%d fields", len(rec.fields))
			}
		}
	})
}

// TestCSVLimits checks issue 13 finding 4: past the line, field and
// column limits a record is a bad row, and reading goes on.
func TestCSVLimits(t *testing.T) {
	lim := ExportLimits{MaxLine: 40, MaxField: 10, MaxFieldLines: 3, MaxColumns: 3}
	tests := []struct {
		name, data string
		want       []string
		reason     string
	}{
		{"long line", "a,b\n" + strings.Repeat("x", 50) + "\nc,d\n",
			[]string{`line 1+1: ["a" "b"]`, "line 2+1: line too long", `line 3+1: ["c" "d"]`}, "a line past MaxLine is skipped, not kept"},
		{"long field", "a,b\n" + strings.Repeat("x", 11) + ",1\n\"" + strings.Repeat("y", 11) + "\",2\nc,d\n",
			[]string{`line 1+1: ["a" "b"]`, "line 2+1: field too long", "line 3+1: field too long", `line 4+1: ["c" "d"]`}, "a field past MaxField, quoted or not"},
		{"many columns", "a,b,c,d\nc,d\n",
			[]string{"line 1+1: too many fields", `line 2+1: ["c" "d"]`}, "a record past MaxColumns"},
		{"quote over too many lines", "a,\"1\n2\n3\n4\nb,c\n",
			[]string{"line 1+1: quoted field not closed", "line 2+1: [\"2\"]", "line 3+1: [\"3\"]", "line 4+1: [\"4\"]", `line 5+1: ["b" "c"]`}, "a quoted field past MaxFieldLines is reported at its first line and the lines after it are read again"},
		{"quote at the end", "a,\"1\nb,c\n",
			[]string{"line 1+1: quoted field not closed", `line 2+1: ["b" "c"]`}, "a quote still open at the end of the input"},
		{"quote closed in time", "a,\"1\n2\n3\"\nb,c\n",
			[]string{`line 1+3: ["a" "1\n2\n3"]`, `line 4+1: ["b" "c"]`}, "three lines are within MaxFieldLines"},
		{"strict replay", "\"a\n\"b\nc\n\"d\n",
			[]string{"line 1+1: malformed CSV", "line 2+1: quoted field not closed", `line 3+1: ["c"]`, "line 4+1: quoted field not closed"}, "a stray quote that meets another line's quote does not swallow the lines between; in the replayed lines a quote may not span lines, so each byte is read at most twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, readAllCSV(t, tt.data, lim)); diff != "" {
				t.Errorf("(-want +got):\n%s\nreason: %s", diff, tt.reason)
			}
		})
	}
}

// TestUnterminatedQuoteResync checks issue 13 finding 8: an unterminated
// quote near the top does not swallow the file; the bad row is reported
// at the line where it starts with the lines it spans, and every row
// after the next line that parses is scanned.
func TestUnterminatedQuoteResync(t *testing.T) {
	var b strings.Builder
	b.WriteString("Id,Notes\n1,\"heeft diabetes\n") // the quote never closes
	for i := 2; i <= 5000; i++ {
		fmt.Fprintf(&b, "%d,Klant heeft diabetes en BSN 111222333\n", i)
	}
	c, err := New(WithExportLimits(ExportLimits{MaxFieldLines: 100}))
	if err != nil {
		t.Fatal(err)
	}
	var bad []*RowError
	sum, err := c.ScanExport(t.Context(), strings.NewReader(b.String()), CSV, func(r RowResult) error {
		if r.Err != nil {
			bad = append(bad, r.Err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 1 || bad[0].Line != 2 || bad[0].Lines != 1 || !errors.Is(bad[0], ErrUnterminatedQuote) {
		t.Fatalf("bad rows %v, want one at line 2 spanning 1 line", bad)
	}
	if sum.Rows != 4999 || sum.RowsWithFindings != 4999 || sum.BadRows != 1 || sum.Lines != 5001 {
		t.Errorf("summary %+v: want 4999 rows scanned after the bad one", sum)
	}
	if got := bad[0].Error(); strings.Contains(got, "diabetes") {
		t.Errorf("error quotes data: %s", got)
	}

	// A bad row over several lines: the stray quote meets another's on
	// line 3, and neither line 3 nor 4 parses as a row.
	data := "Id,Notes\n1,\"x\nnot \"a row\nnor\"this\n2,ok\n"
	bad = nil
	sum, err = c.ScanExport(t.Context(), strings.NewReader(data), CSV, func(r RowResult) error {
		if r.Err != nil {
			bad = append(bad, r.Err)
		}
		return nil
	})
	if err != nil || len(bad) != 1 || bad[0].Line != 2 || bad[0].Lines != 3 || sum.Rows != 1 {
		t.Fatalf("bad %v, summary %+v, err %v: want one bad row of lines 2-4, then row 2", bad, sum, err)
	}
	if got, want := bad[0].Error(), "classify: export lines 2-4 (row 1, 3 lines): malformed CSV"; got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}
