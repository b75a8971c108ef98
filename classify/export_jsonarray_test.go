package classify

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestScanExportJSONArray(t *testing.T) {
	data := "[\n" +
		"  {\"Id\": \"1\", \"Diagnose__c\": \"astma\"},\n" +
		"  {\"Id\": \"2\", \"Note\": \"belt terug\"},\n" +
		"  42,\n" + // not an object
		"  {\"Id\": \"3\", \"Email\": \"a@b\" ,},\n" + // invalid JSON
		"  {\"Id\": \"4\",\n   \"Religie__c\": \"Joods\", \"Nested\": {\"a\": [1, \"]\"]}}\n" +
		"]\n"
	rows, sum := exportScanAll(t, JSONArray, data)
	type brief struct {
		Row, Line int
		Err       error
		Fields    []string
	}
	var got []brief
	for _, r := range rows {
		b := brief{Row: r.Row, Line: r.Line}
		if r.Err != nil {
			b.Err = r.Err.Err
		}
		for _, f := range r.Findings {
			if f.Category.Special() {
				b.Fields = append(b.Fields, f.Field+"/"+string(f.Category))
			}
		}
		got = append(got, b)
	}
	want := []brief{
		{Row: 1, Line: 2, Fields: []string{"Diagnose__c/health", "Diagnose__c/health"}},
		{Row: 3, Line: 4, Err: ErrNotObject},
		{Row: 4, Line: 5, Err: ErrInvalidJSON},
		{Row: 5, Line: 6, Fields: []string{"Religie__c/religious-beliefs", "Religie__c/religious-beliefs"}},
	}
	// The field-name finding and the value finding both say the category;
	// compare only the distinct ones.
	for i := range got {
		got[i].Fields = uniqAdjacent(got[i].Fields)
	}
	for i := range want {
		want[i].Fields = uniqAdjacent(want[i].Fields)
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b error) bool { return errors.Is(a, b) })); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if sum.Rows != 3 || sum.BadRows != 2 || sum.Lines != 8 || sum.Format != JSONArray {
		t.Errorf("summary rows %d bad %d lines %d format %v", sum.Rows, sum.BadRows, sum.Lines, sum.Format)
	}
}

func uniqAdjacent(xs []string) []string {
	var out []string
	for _, x := range xs {
		if len(out) == 0 || out[len(out)-1] != x {
			out = append(out, x)
		}
	}
	return out
}

func TestScanExportJSONArraySameAsLines(t *testing.T) {
	// The rows of an array and of JSON Lines with the same objects give
	// the same columns.
	objs := []string{`{"Id":"1","Notes":"is zwanger, BSN 111222333"}`, `{"Id":"2","Email":"jan@example.nl"}`}
	_, a := exportScanAll(t, JSONArray, "["+strings.Join(objs, ",")+"]")
	_, l := exportScanAll(t, JSONLines, strings.Join(objs, "\n"))
	if diff := cmp.Diff(l.Columns, a.Columns); diff != "" {
		t.Errorf("columns (-jsonl +array):\n%s", diff)
	}
}

func TestScanExportJSONArrayNotArray(t *testing.T) {
	_, err := Default().ScanExport(context.Background(), strings.NewReader("\n\"a\""), JSONArray, nil)
	var re *RowError
	if !errors.As(err, &re) || re.Line != 2 || !errors.Is(err, ErrNotArray) {
		t.Errorf("err = %v, want a RowError at line 2 wrapping ErrNotArray", err)
	}
}

func TestScanExportJSONArrayTruncated(t *testing.T) {
	rows, sum := exportScanAll(t, JSONArray, "[{\"Diagnose\":\"astma\"},{\"Diagnose\":\"ast")
	if sum.Rows != 1 || sum.BadRows != 1 || len(rows) != 2 || !errors.Is(rows[1].Err, ErrInvalidJSON) {
		t.Errorf("rows %d bad %d, want 1 and 1 (the cut-off object is a bad row)", sum.Rows, sum.BadRows)
	}
}

func FuzzScanExportJSONArray(f *testing.F) {
	for _, s := range []string{"[]", "[{\"a\":\"b\"}]", "[{\"a\":[1,{\"b\":\"]\"}]},2,\"x\"]", "[{", "[\"\\\"]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sum, _ := Default().ScanExport(context.Background(), strings.NewReader(s), JSONArray, func(r RowResult) error {
			if r.Line < 1 {
				t.Fatalf("line %d", r.Line)
			}
			return nil
		})
		if sum.Bytes != int64(len(s)) && sum.Rows > 0 && !strings.Contains(s, "]") {
			t.Fatalf("read %d of %d bytes", sum.Bytes, len(s))
		}
	})
}

func TestScanExportJSONDocument(t *testing.T) {
	rows, sum := exportScanAll(t, JSONArray, "{\n  \"Id\": \"1\",\n  \"Diagnose__c\": \"astma\"\n}\n")
	if sum.Rows != 1 || sum.BadRows != 0 || len(rows) != 1 || rows[0].Line != 1 {
		t.Errorf("rows %d bad %d results %d, want one row at line 1", sum.Rows, sum.BadRows, len(rows))
	}
}
