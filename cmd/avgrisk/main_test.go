package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// binary is the avgrisk binary the tests run, built once by TestMain.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "avgrisk-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binary = filepath.Join(dir, "avgrisk")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build avgrisk:", err)
		os.RemoveAll(dir)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is one run of the binary.
type result struct {
	stdout, stderr string
	code           int
}

// avgrisk runs the binary in dir (a fresh temporary folder when empty, so
// no .avgrisk.json above the repository is found) with stdin.
func avgrisk(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run avgrisk: %v", err)
	}
	return result{out.String(), errb.String(), code}
}

// abs returns the absolute path of a test-data file.
func abs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func write(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gzipBytes(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// Invented personal data. Each value is unique enough that finding it in
// an output is a leak.
var secrets = []string{
	"111222333",                    // a BSN that passes the 11-proof
	"NL91ABNA0417164300",           // an IBAN
	"jan.jansen.secret@example.nl", // an e-mail address
	"suikerziekte type twee",       // a diagnosis
	"Gereformeerd Vrijgemaakt",     // a religion
	"0612345678",                   // a mobile number
}

// dataExport writes a zip laid out as Salesforce's weekly Data Export:
// one CSV per object (quoted, comma-separated, UTF-8 with CRLF as
// Salesforce writes it), a second part of a large object, and the
// attachments folder with binary files.
func dataExport(t *testing.T, path string) string {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, m := range []struct{ name, body string }{
		{"Account.csv", "\"Id\",\"Name\",\"BillingCity\"\r\n\"0015g00000AAAA1\",\"Voorbeeld BV\",\"Utrecht\"\r\n"},
		{"Contact.csv", "\"Id\",\"AccountId\",\"LastName\",\"Email\",\"BSN__c\",\"Religie__c\",\"Description\"\r\n" +
			"\"0035g00000CCCC1\",\"0015g00000AAAA1\",\"Jansen\",\"" + secrets[2] + "\",\"" + secrets[0] + "\",\"" + secrets[4] + "\",\"Heeft " + secrets[3] + ", belt terug\"\r\n" +
			"\"0035g00000CCCC2\",\"0015g00000AAAA1\",\"Kaya\",\"s.kaya@example.com\",\"\",\"\",\"Vraagt naar factuur\"\r\n"},
		{"Contact-2.csv", "\"Id\",\"AccountId\",\"LastName\",\"Email\",\"BSN__c\",\"Religie__c\",\"Description\"\r\n" +
			"\"0035g00000CCCC3\",\"0015g00000AAAA1\",\"de Vries\",\"a.devries@example.nl\",\"\",\"\",\"Is zwanger, betalingsregeling\"\r\n"},
		{"Case.csv", "\"Id\",\"ContactId\",\"Subject\"\r\n\"5005g0000\",\"0035g00000CCCC1\",\"Meterstand\"\r\n"},
		{"Attachments/00P5g00000XYZ1", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
	} {
		w, err := zw.Create(m.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(m.body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return write(t, path, b.Bytes())
}

// noLeak fails when any secret appears in s.
func noLeak(t *testing.T, what, s string) {
	t.Helper()
	for i, v := range secrets {
		if strings.Contains(s, v) {
			t.Errorf("%s shows secret #%d", what, i) // never print the value itself
		}
	}
}

func scanJSON(t *testing.T, r result) scanResult {
	t.Helper()
	var out scanResult
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("scan output is not JSON: %v", err)
	}
	return out
}

func TestScanDataExport(t *testing.T) {
	dir := t.TempDir()
	zipPath := dataExport(t, filepath.Join(dir, "WE_00D5g000000XXXX_1.ZIP"))
	r := avgrisk(t, dir, "", "scan", "--format", "json", zipPath)
	if r.code != exitFound {
		t.Fatalf("exit %d, want 1 (special categories found); stderr: %s", r.code, r.stderr)
	}
	noLeak(t, "JSON", r.stdout+r.stderr)
	res := scanJSON(t, r)
	var objects []string
	for _, in := range res.Inputs {
		objects = append(objects, in.Object)
	}
	if got, want := strings.Join(objects, ","), "Account,Contact,Contact,Case"; got != want {
		t.Errorf("objects %s, want %s (one per CSV, named after the file)", got, want)
	}
	if len(res.Skipped) != 1 || res.Skipped[0].Reason != "binary" {
		t.Errorf("skipped %+v, want the attachment as binary", res.Skipped)
	}
	contact := res.Inputs[1]
	cols := map[string][]string{}
	for _, c := range contact.Columns {
		for _, f := range c.Found {
			cols[c.Name] = append(cols[c.Name], f.label())
		}
	}
	for col, want := range map[string]string{"BSN__c": "national-id", "Religie__c": "religious-beliefs", "Description": "health", "Email": "email"} {
		if !strings.Contains(strings.Join(cols[col], ","), want) {
			t.Errorf("column %s found %v, want %s", col, cols[col], want)
		}
	}
	// The riskiest row shows its BSN masked from the value ScanExport
	// lends during the callback, never in clear.
	excerpts := ""
	for _, row := range contact.Riskiest {
		for _, f := range row.Findings {
			excerpts += f.Excerpt + " "
		}
	}
	if !strings.Contains(excerpts, "*******33") {
		t.Errorf("no masked BSN among the riskiest rows' excerpts: %s", excerpts)
	}
	if res.Totals.RowsWithSpecial < 2 {
		t.Errorf("rows with special %d, want at least 2 (Contact and Contact-2)", res.Totals.RowsWithSpecial)
	}
	// Every format on the same input: nothing leaks, exit code alike.
	for _, f := range []string{"text", "markdown", "html", "sarif"} {
		r := avgrisk(t, dir, "", "scan", "--format", f, zipPath)
		if r.code != exitFound {
			t.Errorf("--format %s: exit %d, want 1", f, r.code)
		}
		noLeak(t, f, r.stdout+r.stderr)
	}
}

func TestScanAdversarial(t *testing.T) {
	dir := t.TempDir()
	bsn, mail, iban, diag := secrets[0], secrets[2], secrets[1], secrets[3]
	row := bsn + "," + mail + "," + iban + "," + diag + "\n"
	tests := []struct {
		name   string
		file   string
		data   []byte
		code   int
		reason string
	}{
		{"headerless", "split-part-2.csv", []byte(row + row + row), exitFound,
			"the first row of a split file is data: it must not be printed as column names"},
		{"header is a BSN", "bsn-header.csv", []byte("Id," + bsn + "\n1,x\n2,y\n"), exitClean,
			"a header cell that is a BSN is data, not a name"},
		{"gzip without extension", "export", gzipBytes("Id,Email,Diagnose\n1," + mail + "," + diag + "\n"), exitFound,
			"detected by its magic number, not its name"},
		{"binary", "photo.csv", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bsn), exitError,
			"binary input is refused with a clear message"},
		{"json key is a value", "keys.jsonl", []byte("{\"" + mail + "\": \"" + diag + "\"}\n"), exitFound,
			"a JSON key can be personal data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, filepath.Join(dir, tt.file), tt.data)
			// Markdown and SARIF render the same result as JSON; the
			// data export test runs them for leaks.
			for _, f := range []string{"text", "json", "html"} {
				r := avgrisk(t, dir, "", "scan", "--format", f, p)
				noLeak(t, tt.name+" --format "+f, r.stdout+r.stderr)
				if f == "text" && r.code != tt.code {
					t.Errorf("exit %d, want %d (%s); stderr: %s", r.code, tt.code, tt.reason, r.stderr)
				}
			}
		})
	}
	r := avgrisk(t, dir, "", "scan", filepath.Join(dir, "photo.csv"))
	if !strings.Contains(r.stderr, "binary") {
		t.Errorf("binary refusal does not say why: %s", r.stderr)
	}
}

func TestScanWindows1252(t *testing.T) {
	dir := t.TempDir()
	raw, err := charmap.Windows1252.NewEncoder().Bytes([]byte("Id;Opmerking;Plaats\n1;Cliënt is zwanger, één afspraak;Zoetermeer\n2;geen bijzonderheden;Den Haag\n"))
	if err != nil {
		t.Fatal(err)
	}
	p := write(t, filepath.Join(dir, "excel.csv"), raw)
	r := avgrisk(t, dir, "", "scan", "--format", "json", p)
	res := scanJSON(t, r)
	if len(res.Inputs) != 1 {
		t.Fatalf("inputs %d; stderr %s", len(res.Inputs), r.stderr)
	}
	in := res.Inputs[0]
	if in.Encoding != "windows-1252" || in.Separator != ";" || in.Rows != 2 || in.RowsWithSpecial != 1 {
		t.Errorf("encoding %s separator %s rows %d special %d, want windows-1252 ; 2 1", in.Encoding, in.Separator, in.Rows, in.RowsWithSpecial)
	}
	if r.code != exitFound {
		t.Errorf("exit %d, want 1", r.code)
	}
	txt := avgrisk(t, dir, "", "scan", p)
	if !strings.Contains(txt.stdout, "windows-1252") {
		t.Errorf("text output does not say the encoding")
	}
}

func TestScanBadRowsAndStrict(t *testing.T) {
	dir := t.TempDir()
	p := write(t, filepath.Join(dir, "bad.csv"), []byte("Id,Diagnose__c,Note\n1,astma,x\n2,too,many,fields\n3,,\n"))
	r := avgrisk(t, dir, "", "scan", p)
	if r.code != exitFound {
		t.Errorf("exit %d, want 1: a bad row must not turn found into error", r.code)
	}
	if !strings.Contains(r.stderr, "line 3") {
		t.Errorf("stderr does not name the bad line: %q", r.stderr)
	}
	if r := avgrisk(t, dir, "", "scan", "--strict", p); r.code != exitError {
		t.Errorf("--strict: exit %d, want 2", r.code)
	}
	clean := write(t, filepath.Join(dir, "clean.csv"), []byte("Id,City\n1,Utrecht\n"))
	if r := avgrisk(t, dir, "", "scan", clean); r.code != exitClean {
		t.Errorf("clean: exit %d, want 0; %s", r.code, r.stderr)
	}
	if r := avgrisk(t, dir, "", "scan", filepath.Join(dir, "missing.csv")); r.code != exitError || !strings.Contains(r.stderr, "no such file") {
		t.Errorf("missing: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := avgrisk(t, dir, "", "scan", "--format", "xml", clean); r.code != exitError {
		t.Errorf("bad flag: exit %d, want 2", r.code)
	}
}

func TestScanFolderGlobStdin(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "a.jsonl"), []byte("{\"Id\":1,\"Notes\":\"is zwanger\"}\n"))
	write(t, filepath.Join(dir, "in", "sub", "b.json"), []byte("[{\"Id\":1,\"Email\":\"x@example.com\"}]"))
	write(t, filepath.Join(dir, "in", "sub", "c.txt"), []byte("Mevrouw belde. Ze heeft diabetes en belt terug.\n"))
	r := avgrisk(t, dir, "Id;Vakbond\n1;lid van FNV\n", "scan", "--format", "json", "in", "in/sub/*.json", "-")
	res := scanJSON(t, r)
	var got []string
	for _, in := range res.Inputs {
		got = append(got, filepath.ToSlash(in.Name)+":"+in.Format)
	}
	want := "in/a.jsonl:jsonl,in/sub/b.json:json,in/sub/c.txt:text,in/sub/b.json:json,standard input:csv"
	if strings.Join(got, ",") != want {
		t.Errorf("inputs %v, want %s", got, want)
	}
	if r.code != exitFound {
		t.Errorf("exit %d, want 1", r.code)
	}
}

func TestScanConfig(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".avgrisk.json"), []byte(`{"min_confidence": 0.6, "ignore": [{"column": "Diagnose__c", "reason": "test fixture, ticket QA-1"}]}`))
	p := write(t, filepath.Join(dir, "sub", "x.csv"), []byte("Id,Diagnose__c\n1,astma\n"))
	// Found upward from the working folder.
	r := avgrisk(t, filepath.Join(dir, "sub"), "", "scan", "--format", "json", "x.csv")
	if r.code != exitClean {
		t.Errorf("exit %d, want 0: the only finding is ignored; %s", r.code, r.stderr)
	}
	res := scanJSON(t, r)
	if res.MinConfidence != 0.6 || len(res.Suppressed) != 1 || res.Suppressed[0].Reason != "test fixture, ticket QA-1" {
		t.Errorf("min confidence %v suppressed %+v", res.MinConfidence, res.Suppressed)
	}
	// A reason is required; unknown keys are errors.
	bad := write(t, filepath.Join(dir, "bad.json"), []byte(`{"ignore": [{"column": "x"}]}`))
	if r := avgrisk(t, dir, "", "scan", "--config", bad, p); r.code != exitError || !strings.Contains(r.stderr, "reason") {
		t.Errorf("ignore without reason: exit %d stderr %q", r.code, r.stderr)
	}
	typo := write(t, filepath.Join(dir, "typo.json"), []byte(`{"min_confidance": 0.6}`))
	if r := avgrisk(t, dir, "", "scan", "--config", typo, p); r.code != exitError {
		t.Errorf("unknown key: exit %d", r.code)
	}
	vocab := write(t, filepath.Join(dir, "v", "ours.tsv"), []byte("term\tkoffieallergie\thealth\t0.9\n"))
	_ = vocab
	write(t, filepath.Join(dir, "vocab.json"), []byte(`{"vocabulary": ["v/ours.tsv"]}`))
	q := write(t, filepath.Join(dir, "q.csv"), []byte("Id,Opmerking\n1,klant meldt koffieallergie\n"))
	if r := avgrisk(t, dir, "", "scan", "--config", filepath.Join(dir, "vocab.json"), q); r.code != exitFound {
		t.Errorf("extra vocabulary: exit %d, want 1; %s", r.code, r.stderr)
	}
}

func TestAssess(t *testing.T) {
	dir := t.TempDir()
	r := avgrisk(t, dir, "", "assess", "--example", "--as-of", "2026-11-30", "--dpia", "dpia.md", "--lang", "nl")
	if r.code != exitFound {
		t.Fatalf("exit %d, want 1 (the seed's checks fail); %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stdout, "special-categories") || !strings.Contains(r.stdout, "fail") {
		t.Errorf("text report misses the checks:\n%s", r.stdout)
	}
	draft, err := os.ReadFile(filepath.Join(dir, "dpia.md"))
	if err != nil || !strings.Contains(string(draft), "DPIA") {
		t.Errorf("no DPIA draft written: %v", err)
	}
	sys := abs(t, "testdata/seed-system.json")
	for _, f := range []string{"markdown", "json", "html", "sarif"} {
		r := avgrisk(t, dir, "", "assess", "--format", f, "--as-of", "2026-11-30", sys)
		if r.code != exitFound {
			t.Errorf("--format %s: exit %d, want 1; %s", f, r.code, r.stderr)
		}
		if !strings.Contains(r.stdout, "two-factor") {
			t.Errorf("--format %s does not name the two-factor check", f)
		}
	}
	bad := write(t, filepath.Join(dir, "typo.json"), []byte(`{"Name": "x", "Transfer": []}`))
	if r := avgrisk(t, dir, "", "assess", bad); r.code != exitError || !strings.Contains(r.stderr, "Transfer") {
		t.Errorf("unknown field: exit %d stderr %q", r.code, r.stderr)
	}
	// Ignoring a failing check with a reason: listed, not counted.
	write(t, filepath.Join(dir, "cfg.json"), []byte(`{"ignore": [{"rule": "two-factor", "reason": "SSO enforces it (SEC-9)"}]}`))
	r = avgrisk(t, dir, "", "assess", "--config", "cfg.json", "--example")
	if !strings.Contains(r.stdout, "two-factor") || !strings.Contains(r.stdout, "SSO enforces it") {
		t.Errorf("ignored check not listed with its reason:\n%s", r.stdout)
	}
}

func TestTransfer(t *testing.T) {
	flow := abs(t, "testdata/flow.json")
	r := avgrisk(t, "", "", "transfer", "--as-of", "2026-06-01", "--format", "json", flow)
	if r.code != exitClean {
		t.Fatalf("exit %d, want 0 (BCR: lawful); %s", r.code, r.stderr)
	}
	var out struct {
		Assessment struct {
			Restricted bool   `json:"restricted"`
			Basis      string `json:"basis"`
			Lawful     bool   `json:"lawful"`
		} `json:"assessment"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatal(err)
	}
	if !out.Assessment.Restricted || out.Assessment.Basis != "bcr" || !out.Assessment.Lawful {
		t.Errorf("assessment %+v", out.Assessment)
	}
	dir := t.TempDir()
	none := write(t, filepath.Join(dir, "none.json"), []byte(`{"exporter":{"name":"A","country":"NL","role":"controller"},"importer":{"name":"B","country":"US","role":"processor"},"frequency":"systematic"}`))
	if r := avgrisk(t, dir, "", "transfer", "--as-of", "2026-06-01", none); r.code != exitFound {
		t.Errorf("no basis: exit %d, want 1; %s", r.code, r.stderr)
	}
}

func TestRetention(t *testing.T) {
	rec := abs(t, "testdata/records.csv")
	r := avgrisk(t, "", "", "retention", "--as-of", "2026-06-01", rec)
	if r.code != exitFound {
		t.Fatalf("exit %d, want 1 (records due); %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "line 30") {
		t.Errorf("bad row not reported by line: %q", r.stderr)
	}
	if r := avgrisk(t, "", "", "retention", "--strict", "--as-of", "2026-06-01", rec); r.code != exitError {
		t.Errorf("--strict: exit %d, want 2", r.code)
	}
}

func TestUsage(t *testing.T) {
	if r := avgrisk(t, "", ""); r.code != exitError || !strings.Contains(r.stderr, "usage") {
		t.Errorf("no command: exit %d", r.code)
	}
	if r := avgrisk(t, "", "", "frobnicate"); r.code != exitError {
		t.Errorf("unknown command: exit %d", r.code)
	}
	if r := avgrisk(t, "", "", "help"); r.code != exitClean || !strings.Contains(r.stdout, "scan") {
		t.Errorf("help: exit %d", r.code)
	}
	if r := avgrisk(t, "", "", "scan", "-h"); r.code != exitClean {
		t.Errorf("scan -h: exit %d", r.code)
	}
}

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

func TestScanInterrupt(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT on Windows")
	}
	// An endless export on standard input: Ctrl-C must stop the scan
	// cleanly with a summary of what was read.
	cmd := exec.Command(binary, "scan", "--format", "json", "-")
	cmd.Dir = t.TempDir()
	pr, pw := io.Pipe()
	cmd.Stdin = pr
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A pipe hands bytes over only as the scanner reads them: once 1 MB
	// is written, rows have been scanned.
	var written atomic.Int64
	go func() {
		pw.Write([]byte("Id,Diagnose__c,Note\n"))
		for i := 0; ; i++ {
			n, err := fmt.Fprintf(pw, "%d,astma,belt terug\n", i)
			if err != nil {
				return
			}
			written.Add(int64(n))
		}
	}()
	for deadline := time.Now().Add(60 * time.Second); written.Load() < 1<<20; {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the scan read less than 1 MB in a minute")
		}
		time.Sleep(50 * time.Millisecond)
	}
	cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("avgrisk did not stop on SIGINT")
	}
	pr.Close()
	if code := cmd.ProcessState.ExitCode(); code != exitError {
		t.Errorf("exit %d, want 2 (interrupted)", code)
	}
	var res scanResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("no summary on SIGINT: %v; stderr %s", err, errb.String())
	}
	if !res.Interrupted || len(res.Inputs) != 1 || res.Inputs[0].Rows == 0 || res.Inputs[0].RowsWithSpecial == 0 {
		t.Errorf("partial summary: interrupted %v, inputs %d", res.Interrupted, len(res.Inputs))
	}
	if !strings.Contains(errb.String(), "interrupted") {
		t.Errorf("stderr does not say it was interrupted: %q", errb.String())
	}
}

func TestProgressLine(t *testing.T) {
	got := progressLine("export.csv", 120000, 48<<20, 96<<20, 2*time.Second)
	want := "avgrisk: export.csv 120000 rows, 48.0 MB of 96.0 MB, 24.0 MB/s, 2s left"
	if got != want {
		t.Errorf("progressLine = %q, want %q", got, want)
	}
	if newProgress(&env{stderr: &bytes.Buffer{}}) != nil {
		t.Error("progress on a non-terminal")
	}
}
