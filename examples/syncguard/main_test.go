package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func runSync(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// rawValues returns every value of the embedded batch longer than a few
// characters except the record keys: none may be printed.
func rawValues(t *testing.T) []string {
	t.Helper()
	records, err := readBatch(sample)
	if err != nil {
		t.Fatal(err)
	}
	var vals []string
	for _, r := range records {
		for k, v := range r {
			if k != "Id" && len(v) >= 5 {
				vals = append(vals, v)
			}
		}
	}
	return vals
}

func TestSample(t *testing.T) {
	t.Setenv("SYNCGUARD_KEY", strings.Repeat("0f", 32))
	code, out, errOut := runSync(t, "", "-now", "2026-11-28")
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		"syncguard: 14 CRM records from sample/batch.jsonl (embedded)",
		"transfer: lawful on basis dpf",
		"tokens: key from SYNCGUARD_KEY",
		"C-1005  criminal  notes: criminal never leaves",
		"C-1006  health    segment: health in a field the vendor needs as it is",
		"C-1003  health                  notes: health removed",
		"C-1004  national-id             notes: bsn replaced by a token",
		"Never sent, not in the field mapping: BSN__c (1), Diagnose__c (1), LastName (14), Religie__c (1)",
		"THE VENDOR RECEIVED (",
		"bsn_",
		"Checked again after sending: 0 special-category findings",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; got:\n%s", want, out)
		}
	}
	// The counts add up: every record is sent, pseudonymised or refused,
	// and the vendor holds what was sent or pseudonymised.
	var sent, pseudo, refused, received int
	for _, l := range strings.Split(out, "\n") {
		fmt.Sscanf(l, "  sent as is %d", &sent)
		fmt.Sscanf(l, "  pseudonymised %d", &pseudo)
		fmt.Sscanf(l, "  refused %d", &refused)
		fmt.Sscanf(l, "THE VENDOR RECEIVED (%d records", &received)
	}
	if sent+pseudo+refused != 14 || received != sent+pseudo || refused < 2 || pseudo < 4 {
		t.Errorf("sent %d, pseudonymised %d, refused %d, received %d", sent, pseudo, refused, received)
	}
	for _, v := range rawValues(t) {
		if strings.Contains(out, v) {
			t.Errorf("output shows a raw value of %d bytes", len(v))
		}
	}
	// A stable key gives stable tokens.
	_, again, _ := runSync(t, "", "-now", "2026-11-28")
	if again != out {
		t.Errorf("two runs with the same key differ")
	}
}

func TestRandomKey(t *testing.T) {
	t.Setenv("SYNCGUARD_KEY", "")
	code, out, errOut := runSync(t, "", "-now", "2026-11-28")
	if code != 0 || !strings.Contains(out, "random key for this run") {
		t.Errorf("exit code %d; stderr %s; output:\n%s", code, errOut, out)
	}
}

func TestStdin(t *testing.T) {
	t.Setenv("SYNCGUARD_KEY", "")
	rec, _ := json.Marshal(map[string]string{"Id": "X-1", "Email": "x@example.com", "Description": "Patiënt heeft astma."})
	code, out, errOut := runSync(t, string(rec)+"\n", "-now", "2026-11-28", "-")
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, "1 CRM records from standard input") || !strings.Contains(out, "X-1  health  notes: health removed") {
		t.Errorf("output:\n%s", out)
	}
}

func TestErrors(t *testing.T) {
	const secret = "Jansen 111222333"
	tests := []struct {
		name, stdin, key string
		args             []string
		want             string
	}{
		{name: "missing file", args: []string{filepath.Join(t.TempDir(), "batch.jsonl")}, want: "batch.jsonl: no such file"},
		{name: "not JSON", args: []string{"-"}, stdin: `{"Id":"1"}` + "\n" + secret + "\n", want: "standard input: line 2: not a JSON object of string values"},
		{name: "no Id", args: []string{"-"}, stdin: `{"Description":"` + secret + `"}`, want: "line 1: no Id"},
		{name: "short key", key: "00ff", want: "SYNCGUARD_KEY: classify: pseudonymiser key is shorter than 32 bytes"},
		{name: "bad key", key: "not hex at all", want: "SYNCGUARD_KEY: not hexadecimal"},
		{name: "bad date", args: []string{"-now", "28-11-2026"}, want: "-now: want a date as YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("SYNCGUARD_KEY", tt.key)
			code, out, errOut := runSync(t, tt.stdin, tt.args...)
			if code != 2 || out != "" {
				t.Errorf("exit code %d, stdout %q", code, out)
			}
			if !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr %q lacks %q", errOut, tt.want)
			}
			if strings.Contains(errOut, "Jansen") || strings.Contains(errOut, "111222333") || (tt.key != "" && strings.Contains(errOut, tt.key)) {
				t.Errorf("stderr quotes a value: %q", errOut)
			}
		})
	}
}

// TestBinary builds the program and runs it as a user would.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool:", err)
	}
	bin := filepath.Join(t.TempDir(), "syncguard")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "-now", "2026-11-28").Output()
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if !strings.Contains(string(out), "THE VENDOR RECEIVED (") {
		t.Errorf("output:\n%s", out)
	}
}

// TestFieldNamesThatAreDataNeverPrinted checks issue 13 finding 3: an
// unmapped field whose name is personal data (an e-mail address or a
// diagnosis as a JSON key) is not printed in clear in the report, while
// ordinary unmapped names still are.
func TestFieldNamesThatAreDataNeverPrinted(t *testing.T) {
	batch := `{"Id": "C-1", "Email": "a@example.com", "Description": "Belt terug.", "jan.jansen@example.nl": "x", "Heeft diabetes type 2": "ja", "LastName": "Bakker"}` + "\n"
	var stdout, stderr strings.Builder
	code := run([]string{"-now", "2026-11-28", "-"}, strings.NewReader(batch), &stdout, &stderr)
	out := stdout.String() + stderr.String()
	if code != 0 && code != 1 {
		t.Fatalf("exit %d: %s", code, out)
	}
	for _, v := range []string{"jan.jansen", "diabetes type 2"} {
		if strings.Contains(out, v) {
			t.Errorf("output shows the field name %q:\n%s", v, out)
		}
	}
	if !strings.Contains(out, "LastName") || !strings.Contains(out, "[field name withheld] (2)") {
		t.Errorf("output does not list the dropped fields:\n%s", out)
	}
}
