package classify

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// headerValues are personal values that a headerless export puts where
// the column names should be.
var headerValues = []string{"111222333", "jan@example.nl", "NL91ABNA0417164300", "diabetes type 2", "0612345678"}

// scanOutput runs ScanExport and returns the summary and every text a
// caller could print or log of it: JSON, %v and %+v of each row result
// and of the summary, each finding's String.
func scanOutput(t *testing.T, c *Classifier, data string, format ExportFormat) (ExportSummary, string) {
	t.Helper()
	var out strings.Builder
	sum, err := c.ScanExport(t.Context(), strings.NewReader(data), format, func(r RowResult) error {
		b, _ := json.Marshal(r)
		out.Write(b)
		fmt.Fprintf(&out, "%v %+v\n", r, r)
		for _, f := range r.Findings {
			out.WriteString(f.String() + "\n")
		}
		if r.Err != nil {
			out.WriteString(r.Err.Error() + "\n")
		}
		return nil
	})
	if err != nil {
		out.WriteString(err.Error())
	}
	b, _ := json.Marshal(sum)
	out.Write(b)
	fmt.Fprintf(&out, "%v %+v\n", sum, sum)
	return sum, out.String()
}

func assertNoValues(t *testing.T, what, out string, values []string) {
	t.Helper()
	for _, v := range values {
		if strings.Contains(strings.ToLower(out), strings.ToLower(v)) {
			t.Errorf("%s shows %q", what, v)
		}
	}
}

// TestHeaderLooksLikeData checks issue 13 finding 2 and issue 12's header
// rule: a header row that is a data row never names a column; its columns
// are named by position, the summary says so, and the row is scanned.
func TestHeaderLooksLikeData(t *testing.T) {
	tests := []struct {
		name      string
		data      string
		format    ExportFormat
		wantNames []string
		wantData  bool
		wantRows  int
		reason    string
	}{
		{
			name:      "headerless CSV",
			data:      strings.Join(headerValues, ",") + "\n222333444,piet@example.nl,NL20INGB0001234567,astma,0687654321\n",
			format:    CSV,
			wantNames: []string{"column 1", "column 2", "column 3", "column 4", "column 5"},
			wantData:  true, wantRows: 2,
			reason: "a BSN, e-mail, IBAN and diagnosis are values; the first row is scanned as row 1",
		},
		{
			name:      "one long cell",
			data:      "Id," + strings.Repeat("x", MaxColumnName+1) + "\n1,2\n",
			format:    CSV,
			wantNames: []string{"column 1", "column 2"},
			wantData:  true, wantRows: 2,
			reason: "a cell longer than MaxColumnName is not a name",
		},
		{
			name:      "real header",
			data:      "Id,Diagnose__c,Vakbondslid__c,Diabetes,Religie,Notes\n1,suiker,ja,ja,rk,belt terug\n",
			format:    CSV,
			wantNames: []string{"Id", "Diagnose__c", "Vakbondslid__c", "Diabetes", "Religie", "Notes"},
			wantData:  false, wantRows: 1,
			reason: "names of special-category fields are names, not data",
		},
		{
			name:      "JSON key",
			data:      `{"jan@example.nl": "ja", "Notes": "belt terug"}` + "\n" + `{"Notes": "x", "diabetes type 2": "1"}` + "\n",
			format:    JSONLines,
			wantNames: []string{"Notes", "column 2", "column 3"}, // keys in sorted order
			wantData:  true, wantRows: 2,
			reason: "a key that is an e-mail address or a diagnosis gets its position as name",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum, out := scanOutput(t, Default(), tt.data, tt.format)
			var names []string
			for _, c := range sum.Columns {
				names = append(names, c.Name)
				if c.Positional != strings.HasPrefix(c.Name, "column ") {
					t.Errorf("column %s: Positional %v", c.Name, c.Positional)
				}
			}
			if diff := cmp.Diff(tt.wantNames, names); diff != "" || sum.HeaderLooksLikeData != tt.wantData || sum.Rows != tt.wantRows {
				t.Errorf("columns (-want +got):\n%s\nHeaderLooksLikeData %v, rows %d; want %v, %d\nreason: %s", diff, sum.HeaderLooksLikeData, sum.Rows, tt.wantData, tt.wantRows, tt.reason)
			}
			assertNoValues(t, "ScanExport output", out, append(headerValues, strings.Repeat("x", MaxColumnName+1), "piet@example.nl", "NL20INGB0001234567"))
		})
	}
	// What the header row holds is counted, never dropped.
	sum, _ := scanOutput(t, Default(), tests[0].data, CSV)
	found := map[string]bool{}
	for _, c := range sum.Columns {
		for _, k := range c.Kinds {
			found[c.Name+"/"+string(k)] = true
		}
		for _, cat := range c.Categories {
			if c.CategoryRows[cat] < 1 {
				t.Errorf("column %s: category %s without rows: %v", c.Name, cat, c.CategoryRows)
			}
		}
	}
	// (A bare 9-digit number is no BSN without context, in a header or not.)
	for _, want := range []string{"column 2/email", "column 3/iban", "column 4/term"} {
		if !found[want] {
			t.Errorf("headerless export: %s not found (%v)", want, found)
		}
	}
	// A key that is an e-mail address is reported as such in its column.
	sum, _ = scanOutput(t, Default(), tests[3].data, JSONLines)
	if got := sum.Columns[1]; got.KindRows[Email] != 1 {
		t.Errorf("JSON key column %+v: want the key's e-mail address counted", got)
	}
}

// TestScanExportRefusesBinary checks issue 12's rule that binary input is
// refused with a clear error, not read as one long malformed row.
func TestScanExportRefusesBinary(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("BSN\n111222333\n"))
	w.Close()
	for name, data := range map[string][]byte{
		"gzip without extension": gz.Bytes(),
		"NUL bytes":              []byte("a,b\n1,\x00\x00\x00\x002\n"),
		"zip":                    []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"),
		"UTF-16":                 {0xff, 0xfe, 'a', 0, ',', 0, 'b', 0, '\n', 0},
	} {
		for _, f := range []ExportFormat{CSV, JSONLines, JSONArray} {
			_, err := Default().ScanExport(t.Context(), bytes.NewReader(data), f, nil)
			if !errors.Is(err, ErrBinary) {
				t.Errorf("%s as %s: err %v, want ErrBinary", name, f, err)
			}
		}
	}
	if _, err := Default().ScanExport(t.Context(), strings.NewReader("a;b\n\xe9t\xe9;1\n"), CSV, nil); err != nil {
		t.Errorf("Windows-1252 text refused: %v", err)
	}
}

// TestColumnCategoryRows checks issue 12: the summary counts rows per
// category and per kind in each column, as crmscan did itself.
func TestColumnCategoryRows(t *testing.T) {
	data := "Notes,Mail\n" +
		"\"Heeft diabetes, BSN 111222333\",a@example.nl\n" +
		"\"Diabetespatiënt\",\n" +
		"\"Lid van de vakbond FNV\",b@example.nl\n" +
		"niets,\n"
	sum, _ := scanOutput(t, Default(), data, CSV)
	got := map[string]any{}
	for _, c := range sum.Columns {
		got[c.Name] = []any{c.CategoryRows, c.KindRows}
	}
	want := map[string]any{
		"Notes": []any{map[Category]int{Health: 2, NationalID: 1, TradeUnionMembership: 1}, map[Kind]int{Term: 3, BSN: 1}},
		"Mail":  []any{map[Category]int{}, map[Kind]int{Email: 2}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows per category and kind (-want +got):\n%s", diff)
	}
}

// TestFindingFieldNeverLeaks: a field name that is data (a JSON key given
// to Record) does not appear in a finding's String or slog output.
func TestFindingFieldNeverLeaks(t *testing.T) {
	fs := Default().Record(map[string]string{"jan@example.nl": "heeft diabetes"})
	if len(fs) == 0 {
		t.Fatal("no findings")
	}
	for _, f := range fs {
		var b strings.Builder
		b.WriteString(f.String())
		fmt.Fprint(&b, f.LogValue())
		assertNoValues(t, "finding", b.String(), []string{"jan@example.nl"})
	}
	if s := (Finding{Field: "Diagnose__c"}).String(); !strings.Contains(s, "field=Diagnose__c") {
		t.Errorf("a plain field name is hidden: %s", s)
	}
}

// TestJSONLinesInvalidUTF8Offsets checks issue 13 finding 9: invalid
// UTF-8 in a JSON string keeps its bytes, so a finding's offsets into the
// value hold for the raw line (the string starts 6 bytes in).
func TestJSONLinesInvalidUTF8Offsets(t *testing.T) {
	line := `{"a":"` + strings.Repeat("\xff", 20) + ` BSN 111222333"}`
	var got []string
	_, err := Default().ScanExport(t.Context(), strings.NewReader(line+"\n"), JSONLines, func(r RowResult) error {
		for _, f := range r.Findings {
			if f.End+6 > len(line) {
				t.Fatalf("finding %v ends beyond the raw line (%d bytes)", f, len(line))
			}
			got = append(got, string(f.Kind)+":"+line[6+f.Start:6+f.End])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"bsn:111222333"}, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	// Escapes still decode.
	if got := jsonString([]byte(`"a\u00e9\n\ud83d\ude00\"\\"`)); got != "aé\n😀\"\\" {
		t.Errorf("jsonString = %q", got)
	}
}

// TestRowValueView checks issue 12's library part: during fn a row's
// values can be read for a masked excerpt; after fn they cannot.
func TestRowValueView(t *testing.T) {
	data := "Notes,Iban\n\"Heeft diabetes\",NL91ABNA0417164300\nniets,\n\"BSN 111222333\",\n"
	var kept []RowResult
	var excerpts []string
	for _, format := range []ExportFormat{CSV, JSONLines} {
		in := data
		if format == JSONLines {
			in = `{"Notes": "Heeft diabetes", "Iban": "NL91ABNA0417164300"}` + "\n" + `{"Notes": "niets"}` + "\n" + `{"Notes": "BSN 111222333"}` + "\n"
		}
		kept, excerpts = kept[:0], excerpts[:0]
		_, err := Default().ScanExport(t.Context(), strings.NewReader(in), format, func(r RowResult) error {
			kept = append(kept, r)
			for _, f := range r.Findings {
				excerpts = append(excerpts, f.Field+": "+Excerpt(r.Value(f.Field), f))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"Iban: NL** **** **** **** 00", "Notes: [health]", "Notes: *******33"}
		if diff := cmp.Diff(want, excerpts); diff != "" {
			t.Errorf("%s excerpts (-want +got):\n%s", format, diff)
		}
		for _, r := range kept {
			if v := r.Value("Notes"); v != "" {
				t.Errorf("%s: Value after the call = %q, want empty", format, v)
			}
		}
	}
}
