package main

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/avgrisk/avgrisk/retention"
)

// sweepDate is the fixed date of the tests, so that the embedded sample
// gives the same decisions every day.
const sweepDate = "2026-12-01"

func runSweep(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestSample(t *testing.T) {
	code, out, errOut := runSweep(t, "", "-now", sweepDate)
	if code != 1 {
		t.Fatalf("exit code %d, want 1 (records to delete); stderr:\n%s", code, errOut)
	}
	if errOut != "" {
		t.Errorf("stderr not empty:\n%s", errOut)
	}
	for _, want := range []string{
		"Retention sweep as of 2026-12-01",
		"embedded sample (testdata/records.csv), 28 records",
		"delete today   11",
		"review          4",
		"keep           13",
		// A rejected applicant: four weeks after the procedure (AP).
		"app-2026-014            job-applicant              2026-10-11  51 days",
		// An employee's ID copy: five full calendar years after leaving.
		"hr-0102/id-copy         payroll-id-copy            2026-01-01  334 days",
		// No fixed period: the organisation must set one.
		"cust-1042 (customer-account): no-period",
		// A hold keeps footage past its four weeks, and the sweep says so.
		"cam-garage/2026-09-02 (cctv-footage) is held past its deletion date\n    2026-10-01",
		"COMING UP (next 90 days)",
		"2026-12-19  app-2026-021  from job-applicant",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; got:\n%s", want, out)
		}
	}
	// Under legal hold: never in the delete list.
	del := out[strings.Index(out, "DELETE TODAY"):strings.Index(out, "REVIEW (")]
	for _, held := range []string{"fin-2019/ledger-disputed", "hr-0131/sick-leave", "cam-garage"} {
		if strings.Contains(del, held) {
			t.Errorf("%s is under legal hold but listed for deletion", held)
		}
	}
}

func TestJSON(t *testing.T) {
	code, out, errOut := runSweep(t, "", "-json", "-now", sweepDate)
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, errOut)
	}
	var got sweep
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	want := retention.Counts{Total: 28, Keep: 13, Delete: 11, Review: 4}
	if got.Counts != want {
		t.Errorf("counts = %+v, want %+v", got.Counts, want)
	}
	if len(got.Delete) != 11 || len(got.Review) != 4 || len(got.Keep) != 13 {
		t.Errorf("lists: %d delete, %d review, %d keep", len(got.Delete), len(got.Review), len(got.Keep))
	}
	if got.AsOf != sweepDate || got.CatalogueAsOf != retention.CatalogueAsOf {
		t.Errorf("as_of %q, catalogue_as_of %q", got.AsOf, got.CatalogueAsOf)
	}
	for i := 1; i < len(got.Delete); i++ {
		if got.Delete[i].OverdueDays > got.Delete[i-1].OverdueDays {
			t.Errorf("delete list not ordered by days overdue at %d", i)
		}
	}
}

func TestCleanExitsZero(t *testing.T) {
	in := "id,category,event_date,legal_hold\n" +
		"r1,fiscal-records,2025-12-31,no\n" +
		"r2,cctv-footage,2026-11-30,\n" +
		"r3,job-applicant,,no\n"
	code, out, errOut := runSweep(t, in, "-now", sweepDate, "-")
	if code != 0 {
		t.Fatalf("exit code %d, want 0; stderr:\n%s\nstdout:\n%s", code, errOut, out)
	}
	for _, want := range []string{"standard input, 3 records", "nothing is due", "nothing to review", "not-started"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; got:\n%s", want, out)
		}
	}
}

func TestHeaderVariants(t *testing.T) {
	// Columns in another order, with spaces and a byte-order mark; Dutch
	// yes/no.
	in := "\ufeffLegal Hold;Category;ID;Event Date\n"
	in = strings.ReplaceAll(in, ";", ",") +
		"ja,cctv-footage,cam-1,2026-01-01\n" +
		"nee,cctv-footage,cam-2,2026-01-01\n"
	code, out, errOut := runSweep(t, in, "-now", sweepDate, "-json", "-")
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, errOut)
	}
	var got sweep
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Delete) != 1 || got.Delete[0].ID != "cam-2" || len(got.Keep) != 1 || got.Keep[0].Reason != retention.ReasonLegalHold {
		t.Errorf("got delete %+v keep %+v", got.Delete, got.Keep)
	}
}

func TestErrors(t *testing.T) {
	// The secret stands for a value that may be personal data: no error
	// may quote it.
	const secret = "Jansen-123456782"
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  []string
	}{
		{
			name: "missing file",
			args: []string{filepath.Join(t.TempDir(), "nope.csv")},
			want: []string{"nope.csv: no such file"},
		},
		{
			name: "bad now",
			args: []string{"-now", "1-12-2026"},
			want: []string{"-now: want a date as YYYY-MM-DD"},
		},
		{
			name:  "no header",
			args:  []string{"-"},
			stdin: "r1,cctv-footage,2026-01-01,no\n",
			want:  []string{"line 1: want a header"},
		},
		{
			name:  "empty",
			args:  []string{"-"},
			stdin: "",
			want:  []string{"empty input"},
		},
		{
			name: "bad rows",
			args: []string{"-"},
			stdin: "id,category,event_date,legal_hold\n" +
				"r1,cctv-footage,2026-01-01,no\n" +
				"r2," + secret + ",2026-01-01,no\n" +
				"r3,cctv-footage," + secret + ",no\n" +
				"r4,cctv-footage,2026-01-01," + secret + "\n" +
				"r5,cctv-footage\n" +
				"," + secret + "\n",
			want: []string{
				"standard input: 5 bad rows, nothing decided",
				"line 3, column 2: unknown category",
				"line 4, column 3: event date is not a date",
				"line 5, column 4: legal hold is not yes or no",
				"line 6: 2 fields, the header has 4",
				"line 7: 2 fields",
			},
		},
		{
			name:  "broken quote",
			args:  []string{"-"},
			stdin: "id,category,event_date,legal_hold\nr1,cctv-footage,2026-01-01,no\n\"r2" + secret + ",x\n",
			want:  []string{"line 3: malformed CSV"},
		},
		{
			name: "two files",
			args: []string{"a.csv", "b.csv"},
			want: []string{"at most one file argument"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runSweep(t, tt.stdin, append([]string{"-now", sweepDate}, tt.args...)...)
			if code != 2 {
				t.Errorf("exit code %d, want 2", code)
			}
			if out != "" {
				t.Errorf("stdout not empty on error:\n%s", out)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q; got:\n%s", w, errOut)
				}
			}
			if strings.Contains(errOut, secret) || strings.Contains(errOut, "Jansen") {
				t.Errorf("stderr quotes a value:\n%s", errOut)
			}
		})
	}
}

func TestCategories(t *testing.T) {
	code, out, _ := runSweep(t, "", "-categories")
	if code != 0 {
		t.Fatalf("exit code %d", code)
	}
	for _, want := range []string{"payroll-id-copy", "cctv-footage", "P4W", "employment end date"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
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
	bin := filepath.Join(t.TempDir(), "retention-sweep")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-now", sweepDate)
	out, err := cmd.Output()
	if cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("exit code %d (%v), want 1", cmd.ProcessState.ExitCode(), err)
	}
	if !strings.Contains(string(out), "DELETE TODAY (11)") {
		t.Errorf("unexpected output:\n%s", out)
	}
}

// TestHeaderValuesNeverPrinted: an input whose header row is data (a
// split file without its header) is refused without quoting the row
// (issue 13's leak tests, through every example's output).
func TestHeaderValuesNeverPrinted(t *testing.T) {
	in := "111222333,jan.jansen@example.nl,diabetes type 2,ja\n222333444,piet@example.nl,astma,nee\n"
	for _, args := range [][]string{{"-now", "2026-11-28", "-"}, {"-now", "2026-11-28", "-json", "-"}} {
		var stdout, stderr strings.Builder
		code := run(args, strings.NewReader(in), &stdout, &stderr)
		out := stdout.String() + stderr.String()
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (a header that names no columns)", args, code)
		}
		for _, v := range []string{"111222333", "jan.jansen", "diabetes", "piet@"} {
			if strings.Contains(out, v) {
				t.Errorf("%v: output shows %q:\n%s", args, v, out)
			}
		}
	}
}
