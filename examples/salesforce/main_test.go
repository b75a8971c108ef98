package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/avg"
)

// asOf is the fixed date of the tests.
const asOf = "2026-11-28"

func runStory(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// sampleValues returns every invented value of the system: none may appear
// in a report or a draft.
func sampleValues() []string {
	var vals []string
	for _, f := range schema() {
		vals = append(vals, f.Values...)
	}
	for _, r := range records() {
		for k, v := range r {
			if k != "LastName" {
				vals = append(vals, v)
			}
		}
	}
	for _, r := range after(time.Now()).Records {
		vals = append(vals, r["Notities__c"], r["Email"])
	}
	var long []string
	for _, v := range vals {
		if len(v) >= 6 {
			long = append(long, v)
		}
	}
	return long
}

func assertNoValues(t *testing.T, what, text string) {
	t.Helper()
	for _, v := range sampleValues() {
		if strings.Contains(text, v) {
			t.Errorf("%s shows a sample value of %d bytes", what, len(v))
		}
	}
}

func TestDutchReportAndDraft(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "dpia.md")
	code, out, errOut := runStory(t, "-now", asOf, "-dpia", draft)
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		"> **Voorbeeld.** Stroomlijn Energie B.V.",
		"# AVG-risicorapport: Klantcontact CRM",
		"Peildatum 2026-11-28 · totaalrisico: **hoog** · DPIA: **verplicht**",
		"| Bijzondere persoonsgegevens | niet in orde |",
		"| Tweefactorauthenticatie | niet in orde |",
		"| Bewaartermijnen | niet in orde |",
		"Veld Contact.Religie__c: bijzondere persoonsgegevens (religieuze of levensbeschouwelijke overtuigingen).",
		"(gezondheid)",
		"De Amerikaanse CLOUD Act kan de gegevens bereiken.",
		"| CloudCRM Ireland Ltd | Ierland (IE) | rechtstreeks | nee | niet van toepassing |",
		"| CloudCRM Inc. | Verenigde Staten (US) | verdere doorgifte | ja | bindende bedrijfsvoorschriften | ja | ja |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	// A customer-success score is no health data (docs/labeling.md).
	if strings.Contains(out, "Account_Health_Score__c") {
		t.Errorf("report flags Account_Health_Score__c")
	}
	if !strings.Contains(errOut, "DPIA draft written to "+draft) {
		t.Errorf("stderr: %q", errOut)
	}
	b, err := os.ReadFile(draft)
	if err != nil {
		t.Fatal(err)
	}
	d := string(b)
	for _, want := range []string{"# DPIA (concept): Klantcontact CRM", "[TE BEANTWOORDEN]", "| Contact.Religie__c | Religie |"} {
		if !strings.Contains(d, want) {
			t.Errorf("draft lacks %q", want)
		}
	}
	assertNoValues(t, "report", out)
	assertNoValues(t, "draft", d)
}

func TestEnglish(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "dpia.en.md")
	code, out, errOut := runStory(t, "-lang", "en", "-now", asOf, "-dpia", draft)
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		"> **Example.** Stroomlijn Energie B.V.",
		"# AVG risk report: Klantcontact CRM",
		"overall risk: **high**",
		"| Two-factor authentication | fail |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	b, err := os.ReadFile(draft)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "[TO ANSWER]") {
		t.Errorf("English draft lacks [TO ANSWER]")
	}
	assertNoValues(t, "report", out)
	assertNoValues(t, "draft", string(b))
}

func TestFixed(t *testing.T) {
	code, out, errOut := runStory(t, "-fixed", "-lang", "en", "-now", asOf, "-dpia", "")
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		"With `-fixed`: the same system half a year later",
		"## Changes in Klantcontact CRM from 2026-05-28 to 2026-11-28",
		"- Two-factor authentication: fail → pass.",
		"As of 2026-11-28 · overall risk: **high**",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for _, c := range []string{"Special categories of personal data", "Retention periods"} {
		if !strings.Contains(out, "| "+c+" | pass |") {
			t.Errorf("%s does not pass after the mitigations", c)
		}
	}
	// EDPB Recommendations 01/2020 v2.0, Annex 2, use cases 6 and 7: keys in
	// the EEA are no effective measure while the vendor reads clear data.
	if !strings.Contains(out, "| Foreign jurisdiction | fail |") {
		t.Errorf("foreign jurisdiction passes on keys alone while US support reads clear data")
	}
	if strings.Contains(errOut, "DPIA draft written") {
		t.Errorf("-dpia \"\" wrote a draft: %q", errOut)
	}
	assertNoValues(t, "report", out)
}

func TestJSON(t *testing.T) {
	code, out, errOut := runStory(t, "-json", "-now", asOf, "-dpia", "")
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	var r avg.Report
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not a report: %v", err)
	}
	if r.Risk != avg.High || !r.DPIARequired || r.Language != "nl" {
		t.Errorf("risk %s, DPIA required %v, language %s", r.Risk, r.DPIARequired, r.Language)
	}
	want := map[avg.CheckID]avg.Status{
		"special-categories": avg.Fail, "storage-location": avg.Pass, "transfer-basis": avg.Pass,
		"foreign-jurisdiction": avg.Fail, "two-factor": avg.Fail, "retention": avg.Fail, "dpia": avg.Fail,
	}
	for id, st := range want {
		if c, ok := r.Check(id); !ok || c.Status != st {
			t.Errorf("check %s: %s, want %s", id, c.Status, st)
		}
	}
}

// TestDefaultDraftFile: without -dpia the draft goes to the current
// directory, as the README's first command does.
func TestDefaultDraftFile(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, _, errOut := runStory(t, "-now", asOf)
	if code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, defaultDPIA)); err != nil {
		t.Errorf("no draft in the current directory: %v", err)
	}
	if !strings.Contains(errOut, "-fixed") {
		t.Errorf("no hint at -fixed: %q", errOut)
	}
}

func TestErrors(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-lang", "de"}, "-lang: want nl or en"},
		{[]string{"-now", "28-11-2026"}, "-now: want a date as YYYY-MM-DD"},
		{[]string{"-dpia", filepath.Join(t.TempDir(), "no", "such", "dir", "dpia.md")}, "DPIA draft:"},
		{[]string{"extra"}, "no arguments expected"},
	} {
		// A later -now overrides the first.
		code, _, errOut := runStory(t, append([]string{"-now", asOf}, tt.args...)...)
		if code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%q: exit code %d, stderr %q; want 2 and %q", tt.args, code, errOut, tt.want)
		}
	}
}

// TestBinary builds the program and runs it as the README's first command
// does, in an empty directory.
func TestBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool:", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "salesforce")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "-now", asOf)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if !strings.Contains(string(out), "# AVG-risicorapport: Klantcontact CRM") {
		t.Errorf("output:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(dir, defaultDPIA)); err != nil {
		t.Errorf("no draft written: %v", err)
	}
}
