package classify

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func exportScanAll(t testing.TB, format ExportFormat, data string) ([]RowResult, ExportSummary) {
	t.Helper()
	var rows []RowResult
	sum, err := Default().ScanExport(context.Background(), strings.NewReader(data), format, func(r RowResult) error {
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		t.Fatalf("ScanExport: %v", err)
	}
	return rows, sum
}

func TestScanExportCSV(t *testing.T) {
	data := "\ufeffId,Diagnose__c,Vakbondslid__c,Notes\n" +
		"1,astma,true,belt terug\n" +
		"2,,,\n" +
		"3,diabetes,false\n" + // ragged: three fields
		"4,\"mul\ntiline\",,\"he said \"\"hi\"\"\"\n" +
		"5,x,y,\"bare \" quote\"\n" + // malformed
		"6,,true,\n"
	rows, sum := exportScanAll(t, CSV, data)
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
			if isFieldFinding(f) {
				b.Fields = append(b.Fields, f.Field+"/"+string(f.Category))
			}
		}
		got = append(got, b)
	}
	want := []brief{
		{Row: 1, Line: 2, Fields: []string{"Diagnose__c/health", "Vakbondslid__c/trade-union-membership"}},
		{Row: 3, Line: 4, Err: ErrRaggedRow},
		{Row: 4, Line: 5, Fields: []string{"Diagnose__c/health"}},
		{Row: 5, Line: 7, Err: ErrCSVSyntax},
		{Row: 6, Line: 8, Fields: []string{"Vakbondslid__c/trade-union-membership"}},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if sum.Rows != 4 || sum.BadRows != 2 || sum.RowsWithFindings != 3 || sum.Format != CSV {
		t.Errorf("summary %+v: want 4 good rows, 2 bad, 3 with findings", sum)
	}
	if diff := cmp.Diff([]int{4, 7}, sum.BadLines); diff != "" {
		t.Errorf("bad lines (-want +got):\n%s", diff)
	}
	if sum.Bytes != int64(len(data)) {
		t.Errorf("bytes %d, want %d", sum.Bytes, len(data))
	}
	names := []string{}
	for _, c := range sum.Columns {
		names = append(names, c.Name)
	}
	if diff := cmp.Diff([]string{"Id", "Diagnose__c", "Vakbondslid__c", "Notes"}, names); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
	d := sum.Columns[1]
	if diff := cmp.Diff([]Category{Health}, d.Categories); diff != "" || d.Rows != 2 || d.Share != 0.5 || ruleName(Default(), d.Rule) != "field-name:diagnose" {
		t.Errorf("Diagnose__c column %+v: want health in 2 of 4 rows by field-name:diagnose", d)
	}
}

// TestScanExportEqualsRecord checks that each row's findings are those of
// Record on the row.
func TestScanExportEqualsRecord(t *testing.T) {
	data := genCRMExport(300, 7)
	var recs []map[string]string
	cr := csv.NewReader(strings.NewReader(data))
	header, _ := cr.Read()
	for {
		rec, err := cr.Read()
		if err != nil {
			break
		}
		m := map[string]string{}
		for i, h := range header {
			m[h] = rec[i]
		}
		recs = append(recs, m)
	}
	rows, sum := exportScanAll(t, CSV, data)
	byRow := map[int][]Finding{}
	for _, r := range rows {
		byRow[r.Row] = r.Findings
	}
	with := 0
	for i, m := range recs {
		want := Default().Record(m)
		if len(want) > 0 {
			with++
		}
		if diff := cmp.Diff(want, byRow[i+1], cmpopts.EquateEmpty(), cmpopts.IgnoreUnexported(RowResult{})); diff != "" {
			t.Fatalf("row %d (-Record +ScanExport):\n%s", i+1, diff)
		}
	}
	if sum.Rows != len(recs) || sum.RowsWithFindings != with {
		t.Errorf("summary rows %d with findings %d, want %d and %d", sum.Rows, sum.RowsWithFindings, len(recs), with)
	}
	// The same export as JSON Lines gives the same findings.
	var jl strings.Builder
	for _, m := range recs {
		b, _ := json.Marshal(m)
		jl.Write(b)
		jl.WriteByte('\n')
	}
	jrows, jsum := exportScanAll(t, JSONLines, jl.String())
	if diff := cmp.Diff(rows, jrows, cmpopts.IgnoreFields(RowResult{}, "Line"), cmpopts.IgnoreUnexported(RowResult{})); diff != "" {
		t.Errorf("JSON Lines differs from CSV (-csv +jsonl):\n%s", diff)
	}
	if jsum.Rows != sum.Rows || jsum.RowsWithFindings != sum.RowsWithFindings {
		t.Errorf("JSON Lines summary %+v, CSV %+v", jsum, sum)
	}
}

func TestScanExportSeparators(t *testing.T) {
	for _, sep := range []string{",", ";", "\t", "|"} {
		data := strings.Join([]string{"Id", "Diagnose__c", "Notes"}, sep) + "\n" +
			strings.Join([]string{"1", "astma", `"a` + sep + ` b"`}, sep) + "\n"
		rows, sum := exportScanAll(t, CSV, data)
		if sum.BadRows != 0 || sum.Rows != 1 || len(sum.Columns) != 3 || len(rows) != 1 || rows[0].Findings[0].Field != "Diagnose__c" {
			t.Errorf("separator %q: %+v %+v", sep, sum, rows)
		}
	}
	if got := CSVComma([]byte(`"a;b;c",d` + "\n1;2;3;4;5")); got != ',' {
		t.Errorf("CSVComma counts inside quotes or past the header: %q", got)
	}
}

func TestScanExportJSONL(t *testing.T) {
	data := "\ufeff" + `{"Diagnose__c": "astma", "Age": 42, "Tags": ["a", "b"], "Meta": {"k": 1}, "Gone": null}` + "\n" +
		"\n" + // blank: skipped, not a row
		`{"Vakbond__c": "FNV"` + "\n" + // invalid
		`[1, 2, 3]` + "\n" + // not an object
		`"just a string"` + "\n" + // not an object
		`not json` + "\n" +
		`{"Religie__c": "islam"}` // last line without newline
	rows, sum := exportScanAll(t, JSONLines, data)
	type brief struct {
		Row, Line int
		Err       error
	}
	var got []brief
	for _, r := range rows {
		b := brief{Row: r.Row, Line: r.Line}
		if r.Err != nil {
			b.Err = r.Err.Err
		}
		got = append(got, b)
	}
	want := []brief{
		{1, 1, nil},
		{2, 3, ErrInvalidJSON},
		{3, 4, ErrNotObject},
		{4, 5, ErrNotObject},
		{5, 6, ErrInvalidJSON},
		{6, 7, nil},
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if sum.Rows != 2 || sum.BadRows != 4 || sum.Lines != 7 {
		t.Errorf("summary %+v: want 2 rows, 4 bad, 7 lines", sum)
	}
	if got := jsonValue(json.RawMessage(`{"k": 1}`)); got != `{"k": 1}` {
		t.Errorf("jsonValue(object) = %q", got)
	}
	if got := jsonValue(json.RawMessage(`"a\u00e9"`)); got != "aé" {
		t.Errorf("jsonValue(string) = %q", got)
	}
	if got := jsonValue(json.RawMessage(`null`)); got != "" {
		t.Errorf("jsonValue(null) = %q", got)
	}
}

func TestScanExportManyKeys(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"Diagnose__c": "astma"`)
	for i := 0; i < maxExportColumns+3; i++ {
		fmt.Fprintf(&b, `, "k%05d": "v"`, i)
	}
	b.WriteString("}\n")
	line := b.String()
	rows, sum := exportScanAll(t, JSONLines, line+line)
	if len(sum.Columns) != maxExportColumns || sum.ExtraColumns != 8 || sum.Rows != 2 || len(rows) != 2 {
		t.Errorf("columns %d, extra %d, rows %d: want %d columns and 8 extra values", len(sum.Columns), sum.ExtraColumns, sum.Rows, maxExportColumns)
	}
}

func TestScanExportLongLine(t *testing.T) {
	long := `{"Notes": "` + strings.Repeat("x", MaxExportLine) + `"}`
	data := long + "\n" + `{"Diagnose__c": "astma"}` + "\n"
	rows, sum := exportScanAll(t, JSONLines, data)
	if len(rows) != 2 || rows[0].Err == nil || !errors.Is(rows[0].Err, ErrLineTooLong) || rows[1].Line != 2 {
		t.Fatalf("rows %+v: want a too-long line 1, then row 2", rows)
	}
	if sum.BadRows != 1 || sum.Rows != 1 {
		t.Errorf("summary %+v", sum)
	}
}

func TestScanExportStops(t *testing.T) {
	data := "Vakbond__c,Notes\n" + strings.Repeat("FNV,belt terug\n", 500)
	stop := errors.New("stop")
	n := 0
	_, err := Default().ScanExport(context.Background(), strings.NewReader(data), CSV, func(RowResult) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("ScanExport = %v after %d calls, want the callback's error after 3", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum, err := Default().ScanExport(ctx, strings.NewReader(data), CSV, nil)
	if !errors.Is(err, context.Canceled) || sum.Rows != 0 {
		t.Errorf("cancelled: %v, %d rows", err, sum.Rows)
	}
	ctx, cancel = context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	_, err = Default().ScanExport(ctx, exportSlowReader{strings.NewReader(data)}, JSONLines, nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("deadline: %v", err)
	}
	if _, err := Default().ScanExport(context.Background(), strings.NewReader(""), ExportFormat(9), nil); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("unknown format: %v", err)
	}
	rerr := errors.New("disk on fire")
	if _, err := Default().ScanExport(context.Background(), io.MultiReader(strings.NewReader("a,b\n1,2\n"), exportErrReader{rerr}), CSV, nil); !errors.Is(err, rerr) {
		t.Errorf("read error: %v", err)
	}
	if _, err := Default().ScanExport(context.Background(), io.MultiReader(strings.NewReader("{}\n"), exportErrReader{rerr}), JSONLines, nil); !errors.Is(err, rerr) {
		t.Errorf("read error: %v", err)
	}
	sum, err = Default().ScanExport(context.Background(), strings.NewReader(""), CSV, nil)
	if err != nil || sum.Rows != 0 || sum.Columns == nil || sum.BadLines == nil {
		t.Errorf("empty CSV: %+v, %v", sum, err)
	}
}

type exportSlowReader struct{ r io.Reader }

func (s exportSlowReader) Read(p []byte) (int, error) {
	time.Sleep(2 * time.Millisecond)
	if len(p) > 64 {
		p = p[:64]
	}
	return s.r.Read(p)
}

type exportErrReader struct{ err error }

func (e exportErrReader) Read([]byte) (int, error) { return 0, e.err }

func TestRowErrorText(t *testing.T) {
	e := &RowError{Line: 12, Row: 11, Err: ErrRaggedRow}
	if e.Error() != "classify: export line 12 (row 11): wrong number of fields" {
		t.Errorf("RowError: %q", e.Error())
	}
	if CSV.String() != "csv" || JSONLines.String() != "jsonl" || ExportFormat(0).String() != "ExportFormat(0)" {
		t.Error("ExportFormat.String")
	}
}

// genExport returns a deterministic CSV export of typical CRM contacts,
// about 300 bytes a row: names, addresses, e-mail, phone, notes of which
// some hold special-category data or identifiers.
func genCRMExport(rows int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	first := []string{"Jan", "Sanne", "Mohamed", "Emma", "Daan", "Fatima", "Lucas", "Julia", "Noah", "Tess"}
	last := []string{"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Kerkhof", "El Amrani", "Meijer", "de Boer", "Mulder"}
	streets := []string{"Kerkstraat", "Dorpsstraat", "Ziekenhuislaan", "Stationsweg", "Molenweg", "Church Street", "High Street"}
	cities := []string{"Utrecht", "Breda", "Zwolle", "Leiden", "Groningen", "London", "Delft"}
	notes := []string{
		"Belde over de factuur van maart, betaling volgt volgende week.",
		"Customer asked for a callback about the renewal of the premium plan.",
		"Klant is zwanger en wil de afspraak verzetten naar na het verlof.",
		"Heeft diabetes type 2, wil de maaltijdbox zonder suiker.",
		"Vraagt of de vakbondscontributie (FNV) via ons kan lopen.",
		"Prefers halal meals on the company trip because of his faith.",
		"Wants to update the delivery address before Friday.",
		"Bevestigd per mail, geen bijzonderheden.",
		"Gaf BSN 111222333 door voor de huurtoeslag, niet opslaan.",
		"Pays by IBAN NL91ABNA0417164300 from next month.",
		"Complained about the hold music; resolved with a voucher.",
		"Interesse in de zakelijke variant, offerte gestuurd.",
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	companies := []string{"Bakkerij de Korenschoof B.V.", "Acme Logistics Ltd", "Stichting Wonen Zuid", "Van Dijk Installatietechniek", "Northwind Traders"}
	titles := []string{"Inkoper", "Office manager", "Head of Operations", "Eigenaar", "Accountmanager"}
	w.Write([]string{"Id", "FirstName", "LastName", "Title", "Company", "Email", "MobilePhone", "MailingStreet", "MailingPostalCode", "MailingCity", "LeadSource", "CreatedDate", "Description"})
	for i := 0; i < rows; i++ {
		f, l := first[rng.IntN(len(first))], last[rng.IntN(len(last))]
		w.Write([]string{
			fmt.Sprintf("003%015d", i),
			f, l,
			titles[rng.IntN(len(titles))],
			companies[rng.IntN(len(companies))],
			strings.ToLower(f) + "." + strings.ReplaceAll(strings.ToLower(l), " ", "") + "@example.nl",
			fmt.Sprintf("06-%08d", rng.IntN(100000000)),
			fmt.Sprintf("%s %d", streets[rng.IntN(len(streets))], 1+rng.IntN(200)),
			fmt.Sprintf("%04d %c%c", 1000+rng.IntN(9000), 'A'+rune(rng.IntN(26)), 'A'+rune(rng.IntN(26))),
			cities[rng.IntN(len(cities))],
			[]string{"Web", "Beurs", "Partner", "Telefoon"}[rng.IntN(4)],
			fmt.Sprintf("2024-%02d-%02dT10:%02d:00Z", 1+rng.IntN(12), 1+rng.IntN(28), rng.IntN(60)),
			notes[rng.IntN(len(notes))] + " " + notes[rng.IntN(len(notes))],
		})
	}
	w.Flush()
	return b.String()
}

// BenchmarkExport scans a generated CSV export of 20,000 typical CRM rows
// (about 300 bytes each) and reports rows/s; the target is 1 million rows
// in under 10 seconds on one core (100,000 rows/s).
func BenchmarkExport(b *testing.B) {
	const rows = 20000
	for _, format := range []ExportFormat{CSV, JSONLines} {
		data := genCRMExport(rows, 42)
		if format == JSONLines {
			data = exportCSVToJSONL(data)
		}
		b.Run(format.String(), func(b *testing.B) {
			c := Default()
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				sum, err := c.ScanExport(context.Background(), strings.NewReader(data), format, func(RowResult) error { return nil })
				if err != nil || sum.Rows != rows {
					b.Fatalf("%v, %d rows", err, sum.Rows)
				}
				n++
			}
			b.ReportMetric(float64(rows*n)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric(float64(len(data))/rows, "bytes/row")
		})
	}
}

func exportCSVToJSONL(data string) string {
	cr := csv.NewReader(strings.NewReader(data))
	header, _ := cr.Read()
	var out bytes.Buffer
	for {
		rec, err := cr.Read()
		if err != nil {
			break
		}
		m := map[string]string{}
		for i, h := range header {
			m[h] = rec[i]
		}
		j, _ := json.Marshal(m)
		out.Write(j)
		out.WriteByte('\n')
	}
	return out.String()
}

// FuzzScanExport checks that the scanner never panics, accounts for
// every row, and gives findings inside the input.
func FuzzScanExport(f *testing.F) {
	f.Add([]byte("Id,Diagnose__c\n1,astma\n2\n\"x"), false)
	f.Add([]byte("{\"BSN__c\": \"111222333\"}\n[1]\n{bad\n"), true)
	f.Add([]byte("\ufeffa,b\n\"1\n2\",3\n"), false)
	f.Add([]byte("\n\n{}\n{\"a\":null,\"b\":1.5e3}"), true)
	// Issue 13 finding 9: invalid UTF-8 in a JSON string.
	f.Add([]byte(`{"a":"`+strings.Repeat("\xff", 20)+` BSN 111222333"}`), true)
	f.Fuzz(func(t *testing.T, data []byte, jsonl bool) {
		format := CSV
		if jsonl {
			format = JSONLines
		}
		rows, bad := 0, 0
		sum, err := Default().ScanExport(context.Background(), bytes.NewReader(data), format, func(r RowResult) error {
			if r.Err != nil {
				bad++
				if r.Line < 1 || r.Row < 1 || r.Findings != nil {
					t.Fatalf("bad row %+v", r)
				}
				return nil
			}
			rows++
			for _, f := range r.Findings {
				if f.Start < 0 || f.Start > f.End || f.End > len(data) || f.Field == "" {
					t.Fatalf("finding %v outside the input", f)
				}
			}
			return nil
		})
		if err != nil {
			var re *RowError
			if format == CSV && errors.As(err, &re) {
				return // a malformed header
			}
			if errors.Is(err, ErrBinary) {
				return
			}
			t.Fatalf("ScanExport: %v", err)
		}
		if bad != sum.BadRows || rows != sum.RowsWithFindings || rows > sum.Rows {
			t.Fatalf("summary %+v: fn saw %d bad and %d rows with findings", sum, bad, rows)
		}
		for _, c := range sum.Columns {
			if c.Share < 0 || c.Share > 1 || c.Rows > sum.Rows {
				t.Fatalf("column %+v", c)
			}
		}
	})
}

// exportRowReader produces a CSV export of n rows without holding it.
type exportRowReader struct {
	rows, n int
	buf     []byte
}

func (r *exportRowReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.n > r.rows {
			return 0, io.EOF
		}
		if r.n == 0 {
			r.buf = []byte("Id,Name,Email,Diagnose__c,Description\n")
		} else {
			r.buf = fmt.Appendf(r.buf[:0], "%d,Klant %d,k%d@example.nl,astma,Belde over factuur %d en heeft diabetes; BSN 111222333 niet opslaan.\n", r.n, r.n, r.n, r.n)
		}
		r.n++
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// TestScanExportFlatMemory scans an export far larger than the memory it
// may use and checks that the heap stays flat: rows are not kept.
func TestScanExportFlatMemory(t *testing.T) {
	rows := 80000
	if testing.Short() {
		rows = 5000
	}
	for _, w := range []int{1, 4} {
		t.Run(fmt.Sprintf("workers=%d", w), func(t *testing.T) { testScanExportFlatMemory(t, rows, w) })
	}
}

func testScanExportFlatMemory(t *testing.T, rows, workers int) {
	c, _ := New(WithWorkers(workers))
	c.Field(Field{Name: "Warm_Up__c"}) // build the lexicon first
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	peak := uint64(0)
	sum, err := c.ScanExport(context.Background(), &exportRowReader{rows: rows}, CSV, func(r RowResult) error {
		if r.Row%10000 == 0 {
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
		}
		return nil
	})
	if err != nil || sum.Rows != rows {
		t.Fatalf("%v, %d rows", err, sum.Rows)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("read %d MB; heap before %d KB, peak %d KB, after %d KB", sum.Bytes>>20, before.HeapAlloc>>10, peak>>10, after.HeapAlloc>>10)
	if peak > before.HeapAlloc+4<<20 {
		t.Errorf("heap grew by %d KB while scanning %d MB", (peak-before.HeapAlloc)>>10, sum.Bytes>>20)
	}
}

// FuzzJSONObject checks the scanner's own reading of a JSON object
// against encoding/json: the same keys, the same values.
func FuzzJSONObject(f *testing.F) {
	f.Add([]byte(`{"a": "x", "b": 1, "c": [1, {"d": "}"}], "e": null, "a": "y", "\u00e9\n": "\"q\""}`))
	f.Add([]byte(` { } `))
	f.Add([]byte("{\"a\":\"x\xffy\"}"))
	f.Add([]byte(`{"k":true,"l":-1.5e3,"m":{"n":"]"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		trimmed := bytes.TrimSpace(data)
		if !json.Valid(trimmed) || len(trimmed) == 0 || trimmed[0] != '{' {
			return
		}
		var want map[string]json.RawMessage
		if err := json.Unmarshal(trimmed, &want); err != nil {
			t.Fatalf("valid JSON does not unmarshal: %v", err)
		}
		// encoding/json turns each invalid UTF-8 byte into U+FFFD; the
		// scanner keeps the bytes (so offsets hold for the raw line):
		// compare with the invalid bytes replaced alike.
		valid := func(s string) string { return string([]rune(s)) }
		gotValid := map[string]string{}
		for _, p := range appendObject(nil, trimmed) {
			gotValid[valid(p.key)] = valid(p.value) // the last of a repeated key counts
		}
		if len(gotValid) != len(want) {
			t.Fatalf("%q: %d keys, encoding/json %d", data, len(gotValid), len(want))
		}
		for k, raw := range want {
			if g, ok := gotValid[k]; !ok || g != valid(jsonValue(raw)) {
				t.Fatalf("%q: key %q = %q, encoding/json %q", data, k, g, jsonValue(raw))
			}
		}
	})
}
