package classify

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/avgrisk/avgrisk/internal/checksum"
)

// The tests in this file run the cases of other projects' test suites:
// python-stdnum, Microsoft Presidio and Google libphonenumber. The cases
// are facts (a number or a text, and whether it is valid or where the
// identifier is) kept in testdata/external with the repository, commit,
// path and licence they were read from; see testdata/external/README.md.
//
// Where we knowingly decide otherwise than the source, the case says why
// in "disagree". The tests fail when a case without a reason disagrees,
// and when a case with a reason has come to agree (the reason is stale).

// externalFile is one file of testdata/external.
type externalFile struct {
	Source struct {
		Repo    string `json:"repo"`
		Commit  string `json:"commit"`
		Path    string `json:"path"`
		Licence string `json:"licence"`
	} `json:"source"`
	Kind  Kind           `json:"kind"`
	Cases []externalCase `json:"cases"`
}

// externalCase is one case. A stdnum case has Valid (and, for an IBAN,
// its Layout); a Presidio case has the Count of identifiers of the file's
// kind in Text and, when the source gives them, their Spans.
type externalCase struct {
	Text     string   `json:"text"`
	Valid    bool     `json:"valid"`
	Layout   string   `json:"layout"`
	Why      string   `json:"why"`
	Count    int      `json:"count"`
	Spans    [][2]int `json:"spans"`
	Disagree string   `json:"disagree"`
}

func readExternal(t *testing.T, name string) externalFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "external", name))
	if err != nil {
		t.Fatal(err)
	}
	var f externalFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if f.Source.Repo == "" || len(f.Source.Commit) != 40 || f.Source.Path == "" || f.Source.Licence == "" {
		t.Fatalf("%s: source without repo, commit, path or licence", name)
	}
	if len(f.Cases) == 0 {
		t.Fatalf("%s: no cases", name)
	}
	return f
}

// spansOf returns the spans of the findings of kind k that c reports in
// text.
func spansOf(c *Classifier, text string, k Kind) [][2]int {
	var out [][2]int
	for _, f := range c.Text(text) {
		if f.Kind == k {
			out = append(out, [2]int{f.Start, f.End})
		}
	}
	return out
}

// checkDisagreement fails when a case's agreement does not match its
// recorded reason, and returns whether it agrees.
func checkDisagreement(t *testing.T, name string, i int, tc externalCase, agree bool, got any) bool {
	t.Helper()
	switch {
	case !agree && tc.Disagree == "":
		t.Errorf("%s case %d %q: got %v, the source expects otherwise, and no reason is recorded", name, i, tc.Text, got)
	case agree && tc.Disagree != "":
		t.Errorf("%s case %d %q: agrees now; drop the stale reason %q", name, i, tc.Text, tc.Disagree)
	}
	return agree
}

// TestExternalStdnumIBAN runs python-stdnum's IBAN numbers: its valid ones
// in every layout it lists (compact, fours, a space after the country
// code, dashes, dots, national groupings) must be found with their exact
// span, alone and within a sentence, at least 95% of them; none of its
// invalid ones may be reported.
func TestExternalStdnumIBAN(t *testing.T) {
	const name = "stdnum_iban.json"
	f := readExternal(t, name)
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	contexts := [][2]string{{"", ""}, {"Graag overmaken naar ", ", bedankt."}, {"IBAN: ", "."}, {"Please pay to ", " before Friday"}}
	found, valid := 0, 0
	layouts := map[string][2]int{}
	for i, tc := range f.Cases {
		all := true
		for _, cx := range contexts {
			text := cx[0] + tc.Text + cx[1]
			got := spansOf(c, text, IBAN)
			if !tc.Valid {
				if len(got) != 0 {
					t.Errorf("%s case %d %q (%s): reported as an IBAN", name, i, text, tc.Why)
				}
				continue
			}
			want := [][2]int{{len(cx[0]), len(cx[0]) + len(tc.Text)}}
			if !slices.Equal(got, want) {
				all = false
			}
		}
		if !tc.Valid {
			continue
		}
		valid++
		l := layouts[tc.Layout]
		l[1]++
		if checkDisagreement(t, name, i, tc, all, "not found with its exact span in every context") {
			found++
			l[0]++
		}
		layouts[tc.Layout] = l
	}
	for _, k := range []string{"compact", "groups of four", "space after country code", "dashes", "dots", "national grouping"} {
		l := layouts[k]
		if l[1] == 0 {
			t.Errorf("no valid IBAN in the layout %q", k)
		}
		t.Logf("%-25s %3d/%3d", k, l[0], l[1])
	}
	t.Logf("valid IBANs found with exact span: %d/%d (%.1f%%)", found, valid, 100*float64(found)/float64(valid))
	if found*100 < valid*95 {
		t.Errorf("found %d of %d valid IBANs, want at least 95%%", found, valid)
	}
}

// TestExternalStdnumBSN runs python-stdnum's BSN numbers, named as a BSN.
func TestExternalStdnumBSN(t *testing.T) {
	const name = "stdnum_bsn.json"
	f := readExternal(t, name)
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for i, tc := range f.Cases {
		pre := "BSN van de klant: "
		got := spansOf(c, pre+tc.Text+".", BSN)
		var want [][2]int
		if tc.Valid {
			want = [][2]int{{len(pre), len(pre) + len(tc.Text)}}
		}
		checkDisagreement(t, name, i, tc, slices.Equal(got, want), got)
	}
}

// TestExternalStdnumLuhn runs python-stdnum's Luhn numbers through the
// check that card numbers use.
func TestExternalStdnumLuhn(t *testing.T) {
	const name = "stdnum_luhn.json"
	f := readExternal(t, name)
	for i, tc := range f.Cases {
		got := checksum.Luhn(tc.Text)
		checkDisagreement(t, name, i, tc, got == tc.Valid, got)
	}
}

// TestExternalPresidio runs the cases of Presidio's recognizer tests: the
// identifiers of the file's kind that Text reports must be the ones the
// case expects (the spans when the case gives them, else their number).
// IBAN, e-mail and card cases must agree at least 98%; the IP address and
// phone cases are reported, and every disagreement carries its reason.
func TestExternalPresidio(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		name  string
		floor float64
	}{
		{"presidio_iban.json", 0.98},
		{"presidio_email.json", 0.98},
		{"presidio_credit_card.json", 0.98},
		{"presidio_ip_address.json", 0},
		{"presidio_phone.json", 0},
	} {
		f := readExternal(t, x.name)
		if !f.Kind.Valid() {
			t.Fatalf("%s: unknown kind %q", x.name, f.Kind)
		}
		agree := 0
		for i, tc := range f.Cases {
			got := spansOf(c, tc.Text, f.Kind)
			ok := len(got) == tc.Count
			if tc.Spans != nil {
				ok = slices.Equal(got, tc.Spans)
			}
			if checkDisagreement(t, x.name, i, tc, ok, fmt.Sprint(got)) {
				agree++
			}
		}
		rate := float64(agree) / float64(len(f.Cases))
		t.Logf("%-28s agree %3d/%3d (%.1f%%)", x.name, agree, len(f.Cases), 100*rate)
		if rate < x.floor {
			t.Errorf("%s: agreement %.3f is below %.2f", x.name, rate, x.floor)
		}
	}
}

// externalReasons lists the reasons of the cases that disagree, for the
// report; run with -v.
func TestExternalReasons(t *testing.T) {
	names, err := filepath.Glob(filepath.Join("testdata", "external", "*.json"))
	if err != nil || len(names) == 0 {
		t.Fatal("no external suites")
	}
	for _, n := range names {
		f := readExternal(t, filepath.Base(n))
		for _, tc := range f.Cases {
			if tc.Disagree != "" {
				t.Logf("%s: %q: %s", filepath.Base(n), strings.TrimSpace(tc.Text), tc.Disagree)
			}
		}
	}
}

// libphonenumberFile is testdata/external/libphonenumber_nl.json.
type libphonenumberFile struct {
	externalFile
	Contexts []struct {
		Before   string `json:"before"`
		After    string `json:"after"`
		Disagree string `json:"disagree"`
	} `json:"contexts"`
	None []struct {
		Text string `json:"text"`
	} `json:"none"`
	Cases []struct {
		Text     string `json:"text"`
		Type     string `json:"type"`
		Personal bool   `json:"personal"`
	} `json:"cases"`
}

// TestExternalLibphonenumberNL runs libphonenumber's Dutch example
// numbers, in its national and international formats, in the contexts of
// its matcher tests: every one is found as a phone number with its exact
// span; a person's number (fixed line, mobile, pager, VoIP) is reported
// by default, an organisation's service number (0800, 0906, 14 020) only
// below DefaultMinConfidence. The matcher's strings without a number hold
// no phone number for us either.
func TestExternalLibphonenumberNL(t *testing.T) {
	const name = "libphonenumber_nl.json"
	b, err := os.ReadFile(filepath.Join("testdata", "external", name))
	if err != nil {
		t.Fatal(err)
	}
	var f libphonenumberFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Source.Commit) != 40 || len(f.Cases) == 0 || len(f.Contexts) == 0 || len(f.None) == 0 {
		t.Fatal("incomplete file")
	}
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]bool{}
	found, total := 0, 0
	for _, cx := range f.Contexts {
		agreeNone := true
		for _, n := range f.Cases {
			types[n.Type] = true
			text := cx.Before + n.Text + cx.After
			start, end := len(cx.Before), len(cx.Before)+len(n.Text)
			var hit *Finding
			for _, x := range c.appendIdents(nil, text) {
				if x.Kind == Phone && x.Start == start && x.End == end {
					hit = &x
				}
			}
			ok := hit != nil && (hit.Confidence >= DefaultMinConfidence) == n.Personal
			if ok {
				agreeNone = false
			}
			if cx.Disagree != "" {
				continue
			}
			total++
			if ok {
				found++
			} else {
				t.Errorf("%s: %q (%s) in %q: found %v", name, n.Text, n.Type, text, hit)
			}
		}
		if cx.Disagree != "" && !agreeNone {
			t.Errorf("%s: context %q…%q: a number is found now; drop the stale reason %q", name, cx.Before, cx.After, cx.Disagree)
		}
	}
	for _, typ := range []string{"fixedLine", "mobile", "pager", "voip", "tollFree", "premiumRate", "uan"} {
		if !types[typ] {
			t.Errorf("%s: no example number of type %s", name, typ)
		}
	}
	t.Logf("NL example numbers found with exact span: %d/%d (%.0f%%)", found, total, 100*float64(found)/float64(total))
	for _, x := range f.None {
		if got := spansOf(c, x.Text, Phone); len(got) != 0 {
			t.Errorf("%s: %q holds no phone number; found %v", name, x.Text, got)
		}
	}
}
