package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/classify"
)

func runScan(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// sensitiveValues returns the values of the sample that no output may
// show: every identifier, note and special-category value.
func sensitiveValues(t *testing.T) []string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(sample)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var vals []string
	for _, row := range rows[1:] {
		for i, v := range row {
			switch rows[0][i] {
			case "Email", "MobilePhone", "Birthdate", "IBAN__c", "BSN__c", "Religie__c", "Diagnose__c", "Description":
				if len(v) >= 4 && v != "Geen" {
					vals = append(vals, v)
				}
			}
		}
	}
	if len(vals) < 100 {
		t.Fatalf("only %d sensitive values in the sample", len(vals))
	}
	return vals
}

func assertNoRawValues(t *testing.T, out string, vals []string) {
	t.Helper()
	for _, v := range vals {
		if strings.Contains(out, v) {
			t.Errorf("output shows a raw value of %d bytes", len(v))
		}
		// An identifier without its separators.
		if c := strings.NewReplacer(" ", "", "-", "").Replace(v); len(c) >= 8 && strings.Contains(out, c) {
			t.Errorf("output shows a raw identifier of %d bytes", len(c))
		}
	}
}

func TestSample(t *testing.T) {
	code, out, errOut := runScan(t, "")
	if code != 1 {
		t.Fatalf("exit code %d, want 1 (special categories); stderr:\n%s", code, errOut)
	}
	if errOut != "" {
		t.Errorf("stderr not empty (it is not a terminal):\n%s", errOut)
	}
	for _, want := range []string{
		"Scanned sample/contacts.csv (embedded): CSV, 40 rows",
		"with special categories",
		"RISKIEST ROWS (top 5; values masked)",
		"NL** **** **** **** ",
		"[health]",
		"national-id/bsn",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; got:\n%s", want, out)
		}
	}
	// Per column: the named fields by their names, the notes by their values.
	lines := map[string]string{}
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); len(f) > 0 && lines[f[0]] == "" {
			lines[f[0]] = l
		}
	}
	for col, want := range map[string][]string{
		"Religie__c":  {"column name", "religious-beliefs"},
		"Diagnose__c": {"column name", "health"},
		"BSN__c":      {"national-id", "bsn"},
		"Description": {"values", "health"},
		"IBAN__c":     {"iban"},
		"Email":       {"email 100%"},
	} {
		for _, w := range want {
			if !strings.Contains(lines[col], w) {
				t.Errorf("column %s: line %q lacks %q", col, lines[col], w)
			}
		}
	}
	// A customer-success score is not health data (docs/labeling.md).
	if l := lines["Account_Health_Score__c"]; l != "" {
		t.Errorf("Account_Health_Score__c flagged: %q", l)
	}
	assertNoRawValues(t, out, sensitiveValues(t))
}

func TestJSON(t *testing.T) {
	code, out, errOut := runScan(t, "", "-json", "-top", "3")
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, errOut)
	}
	var res result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if res.Rows != 40 || res.Format != "csv" || !res.Special || res.BadRows != 0 {
		t.Errorf("rows %d format %s special %v bad %d", res.Rows, res.Format, res.Special, res.BadRows)
	}
	if len(res.Riskiest) != 3 {
		t.Fatalf("%d riskiest rows, want 3", len(res.Riskiest))
	}
	for i, r := range res.Riskiest {
		if len(r.Categories) == 0 || len(r.Findings) == 0 {
			t.Errorf("riskiest row %d: %+v", i, r)
		}
		if i > 0 && r.Score > res.Riskiest[i-1].Score {
			t.Errorf("riskiest rows not ordered by score at %d", i)
		}
		for _, f := range r.Findings {
			if f.Excerpt == "" {
				t.Errorf("row %d: finding in %s without excerpt", r.Row, f.Field)
			}
		}
	}
	var religion *column
	for i := range res.Columns {
		if res.Columns[i].Name == "Religie__c" {
			religion = &res.Columns[i]
		}
	}
	if religion == nil || len(religion.Found) != 1 || religion.Found[0].Category != classify.ReligiousBeliefs || religion.Found[0].Share <= 0 {
		t.Errorf("Religie__c: %+v", religion)
	}
	// A column's rule is an opaque ID, never the matched word.
	for _, c := range res.Columns {
		if info, ok := classify.LookupRule(c.Rule); c.Rule != "" && (!ok || info.File != "" && strings.Contains(c.Rule, info.Pattern)) {
			t.Errorf("column %s shows a rule that is not an opaque ID: %q", c.Name, c.Rule)
		}
	}
	if strings.Contains(out, `"rule": "nl:`) || strings.Contains(out, `"rule": "en:`) {
		t.Errorf("JSON shows a text rule")
	}
	assertNoRawValues(t, out, sensitiveValues(t))
}

// TestJSONLines scans the sample converted to JSON Lines from standard
// input and finds the same as in the CSV.
func TestJSONLines(t *testing.T) {
	rows, err := csv.NewReader(bytes.NewReader(sample)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var jl strings.Builder
	for i, row := range rows[1:] {
		obj := map[string]any{}
		for j, v := range row {
			if v != "" {
				obj[rows[0][j]] = v
			}
		}
		if i == 3 {
			obj["Account_Health_Score__c"] = 87 // a number, as a JSON export has it
		}
		b, _ := json.Marshal(obj)
		jl.Write(b)
		jl.WriteString("\n")
		if i == 10 {
			jl.WriteString("\n") // blank lines are skipped
		}
	}
	_, csvOut, _ := runScan(t, "", "-json")
	code, out, errOut := runScan(t, jl.String(), "-json", "-")
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, errOut)
	}
	var fromCSV, fromJSONL result
	if err := json.Unmarshal([]byte(csvOut), &fromCSV); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(out), &fromJSONL); err != nil {
		t.Fatal(err)
	}
	if fromJSONL.Format != "jsonl" {
		t.Errorf("format %q, want jsonl (sniffed)", fromJSONL.Format)
	}
	if fromJSONL.Rows != fromCSV.Rows || fromJSONL.RowsWithSpecial != fromCSV.RowsWithSpecial {
		t.Errorf("JSON Lines: %d rows, %d special; CSV: %d rows, %d special",
			fromJSONL.Rows, fromJSONL.RowsWithSpecial, fromCSV.Rows, fromCSV.RowsWithSpecial)
	}
	if len(fromJSONL.Riskiest) != len(fromCSV.Riskiest) || fromJSONL.Riskiest[0].Row != fromCSV.Riskiest[0].Row {
		t.Errorf("riskiest rows differ")
	}
	// Excerpts were read back from the JSON lines, not placeholders.
	if !strings.Contains(out, "NL** **** **** **** ") {
		t.Errorf("no masked IBAN in the JSON Lines result")
	}
	assertNoRawValues(t, out, sensitiveValues(t))
}

// TestMultilineRow reads back a row whose quoted note spans lines, so its
// excerpts are masked from the right values.
func TestMultilineRow(t *testing.T) {
	in := "Id,Email,Notes\n" +
		"1,a.visser@example.com,plain\n" +
		"2,b.smit@example.com,\"Klant belde over de factuur.\nRefund naar NL91ABNA0417164300.\nHeeft diabetes.\"\n" +
		"3,c.bos@example.com,ok\n"
	code, out, errOut := runScan(t, in, "-json", "-top", "1", "-")
	if code != 1 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	var res result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Riskiest) != 1 || res.Riskiest[0].Row != 2 || res.Riskiest[0].Line != 3 {
		t.Fatalf("riskiest: %+v", res.Riskiest)
	}
	var got []string
	for _, f := range res.Riskiest[0].Findings {
		got = append(got, f.Field+" "+f.Excerpt)
	}
	want := "Notes [health]|Email b***@e***.com|Notes NL** **** **** **** 00"
	if strings.Join(got, "|") != want {
		t.Errorf("findings %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestSemicolons reads a CSV export as a Dutch spreadsheet writes it, with
// ';' between the fields, and masks its excerpts from the right values.
func TestSemicolons(t *testing.T) {
	in := "Id;Email;Notities\n1;a.visser@example.com;\"Terugbetaling naar NL91ABNA0417164300; heeft diabetes\"\n"
	code, out, errOut := runScan(t, in, "-json", "-")
	if code != 1 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	var res result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Columns) != 3 || len(res.Riskiest) != 1 {
		t.Fatalf("columns %d, riskiest %d", len(res.Columns), len(res.Riskiest))
	}
	for _, want := range []string{"a***@e***.com", "NL** **** **** **** 00"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestJSONLinesBOM: a byte-order mark before the first object is dropped,
// and the first row still gets its excerpts.
func TestJSONLinesBOM(t *testing.T) {
	in := "\ufeff{\"Notes\":\"Refund naar NL91ABNA0417164300, klant heeft diabetes.\"}\n"
	code, out, errOut := runScan(t, in, "-json", "-format", "jsonl", "-")
	if code != 1 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, "NL** **** **** **** 00") {
		t.Errorf("no masked IBAN for the first row:\n%s", out)
	}
}

func TestClean(t *testing.T) {
	in := "Id,Email,Stage\n1,a.visser@example.com,Won\n2,,Lost\n"
	code, out, errOut := runScan(t, in, "-")
	if code != 0 {
		t.Fatalf("exit code %d, want 0 (only ordinary identifiers); stderr:\n%s\n%s", code, errOut, out)
	}
	if !strings.Contains(out, "0 with special categories") || !strings.Contains(out, "identifiers only") {
		t.Errorf("output:\n%s", out)
	}
}

func TestErrors(t *testing.T) {
	// The secret stands for a value that may be personal data: no message
	// may quote it.
	const secret = "Jansen-NL91ABNA0417164300"
	dir := t.TempDir()
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantOut  bool // the scan goes on past bad rows
		wantErrs []string
	}{
		{name: "missing file", args: []string{filepath.Join(dir, "export.csv")}, wantErrs: []string{"export.csv: no such file"}},
		{name: "directory", args: []string{dir}, wantErrs: []string{"is a directory"}},
		{name: "bad confidence", args: []string{"-min-confidence", "2"}, wantErrs: []string{"-min-confidence"}},
		{name: "bad format", args: []string{"-format", "xml"}, wantErrs: []string{"-format: want auto, csv or jsonl"}},
		{name: "two files", args: []string{"a.csv", "b.csv"}, wantErrs: []string{"at most one file argument"}},
		{
			name:     "broken header",
			args:     []string{"-format", "csv", "-"},
			stdin:    "Id,\"Notes\n1,x\n",
			wantErrs: []string{"standard input: line 1: quoted field not closed"},
		},
		{
			name:     "ragged rows",
			args:     []string{"-"},
			stdin:    "Id,Email,Notes\n1,a@example.com,ok\n2," + secret + "\n3,c@example.com,\"heeft diabetes\"\n4,x,\"" + secret + "\n",
			wantOut:  true,
			wantErrs: []string{"standard input: line 3 (row 2): wrong number of fields", "line 5 (row 4): quoted field not closed"},
		},
		{
			name:     "bad JSON lines",
			args:     []string{"-format", "jsonl", "-"},
			stdin:    "{\"Notes\":\"heeft diabetes\"}\n[\"" + secret + "\"]\n{\"Notes\": " + secret + "}\n",
			wantOut:  true,
			wantErrs: []string{"line 2 (row 2): JSON value is not an object", "line 3 (row 3): invalid JSON"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runScan(t, tt.stdin, tt.args...)
			if code != 2 {
				t.Errorf("exit code %d, want 2", code)
			}
			if tt.wantOut != (out != "") {
				t.Errorf("stdout:\n%s", out)
			}
			for _, w := range tt.wantErrs {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q; got:\n%s", w, errOut)
				}
			}
			for _, leak := range []string{secret, "Jansen", "diabetes", "4300"} {
				if strings.Contains(errOut, leak) || strings.Contains(out, leak) {
					t.Errorf("output quotes a value (%s):\n%s\n%s", leak, out, errOut)
				}
			}
		})
	}
}

func TestFileArgument(t *testing.T) {
	path := filepath.Join(t.TempDir(), "contacts.jsonl")
	if err := os.WriteFile(path, []byte("{\"Diagnose__c\":\"astma\",\"Email\":\"x.y@example.nl\"}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runScan(t, "", path)
	if code != 1 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, "JSONL, 1 rows") || !strings.Contains(out, "Diagnose__c") || strings.Contains(out, "astma") {
		t.Errorf("output:\n%s", out)
	}
}

func TestProgress(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is a terminal")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if isTerminal(w) {
		t.Error("a pipe is a terminal")
	}
	if got, want := progressLine(120000, 48<<20, 2*time.Second), "crmscan: 120000 rows, 48.0 MB, 24.0 MB/s"; got != want {
		t.Errorf("progressLine = %q, want %q", got, want)
	}
	// Drawn and erased on a writer that is taken for a terminal.
	var buf bytes.Buffer
	p := &progress{w: &buf}
	p.start(&countingReader{r: strings.NewReader("")})
	p.rows.Store(7)
	p.draw(p.begin.Add(time.Second))
	p.stop()
	if s := buf.String(); !strings.HasPrefix(s, "\rcrmscan: 7 rows") || !strings.HasSuffix(s, "\r") {
		t.Errorf("progress wrote %q", s)
	}
}

// TestBinary builds the program and runs it as a user would, with the
// sample on standard input.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool:", err)
	}
	bin := filepath.Join(t.TempDir(), "crmscan")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-")
	cmd.Stdin = bytes.NewReader(sample)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, _ := cmd.Output()
	if code := cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, stderr.String())
	}
	if !strings.Contains(string(out), "Scanned standard input: CSV, 40 rows") {
		t.Errorf("output:\n%s", out)
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr is a pipe, yet got:\n%s", stderr.String())
	}
}

// TestBadRowsCapped checks issue 13 finding 6: crmscan keeps the first
// bad rows' errors and a count per reason, not one string per bad row,
// and does not keep a count per distinct JSON key.
func TestBadRowsCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString("Id,Notes\n")
	const n = 200_000
	for i := range n {
		fmt.Fprintf(&b, "%d\n", i) // one field of two: ragged
	}
	in := &input{name: "ragged.csv", format: classify.CSV, r: strings.NewReader(b.String()), close: func() {}}
	res, err := scan(t.Context(), classify.Default(), in, 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.BadRows != n || len(res.Errors) != maxErrors || res.ErrorCounts["wrong number of fields"] != n {
		t.Errorf("bad rows %d, %d errors kept, counts %v; want %d, %d, all counted", res.BadRows, len(res.Errors), res.ErrorCounts, n, maxErrors)
	}
	var stderr strings.Builder
	code := run([]string{"-"}, strings.NewReader(b.String()), io.Discard, &stderr)
	if lines := strings.Count(stderr.String(), "\n"); code != 2 || lines != maxErrors+1 || !strings.Contains(stderr.String(), "and 199980 more bad rows (wrong number of fields: 200000)") {
		t.Errorf("exit %d, %d lines on stderr:\n%s", code, lines, stderr.String())
	}

	// 10,000 distinct JSON keys: 4096 columns listed, the rest counted.
	b.Reset()
	for i := range 10_000 {
		fmt.Fprintf(&b, "{\"k%d\": \"x\", \"Notes\": \"heeft diabetes\"}\n", i)
	}
	in = &input{name: "keys.jsonl", format: classify.JSONLines, r: strings.NewReader(b.String()), close: func() {}}
	res, err = scan(t.Context(), classify.Default(), in, 5, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Columns) != 4096 || res.ExtraColumns != 10_000-4095 || !res.Special {
		t.Errorf("%d columns, %d extra, special %v; want 4096 and the rest counted", len(res.Columns), res.ExtraColumns, res.Special)
	}
}

// TestHeaderlessExport checks issue 13 finding 2 through crmscan: a CSV
// export without its header row, or JSON keys that are values, never
// show those values, in text or JSON output.
func TestHeaderlessExport(t *testing.T) {
	values := []string{"111222333", "jan.jansen@example.nl", "NL91ABNA0417164300", "diabetes type 2", "piet@example.nl"}
	inputs := map[string]string{
		"csv":   "111222333,jan.jansen@example.nl,NL91ABNA0417164300,diabetes type 2\n222333444,piet@example.nl,NL20INGB0001234567,astma\n",
		"jsonl": `{"jan.jansen@example.nl": "ja", "diabetes type 2": "1", "Notes": "BSN 111222333"}` + "\n",
	}
	for name, data := range inputs {
		for _, args := range [][]string{{"-"}, {"-json", "-"}} {
			var stdout, stderr strings.Builder
			run(args, strings.NewReader(data), &stdout, &stderr)
			out := stdout.String() + stderr.String()
			for _, v := range values {
				if strings.Contains(out, v) {
					t.Errorf("%s %v shows %q:\n%s", name, args, v, out)
				}
			}
			if !strings.Contains(out, "column 2") {
				t.Errorf("%s %v: no positional column names:\n%s", name, args, out)
			}
		}
	}
}
