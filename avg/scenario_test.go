package avg_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/avg"
	"golang.org/x/text/language"
)

// scenarioAsOf is the date the scenarios' expectations were decided for.
var scenarioAsOf = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

// scenarioWant is a scenario's expectations file (*.want.json): for each
// check whose outcome the law settles, the expected status and the reason
// citing the article, decision or guideline; and whether a DPIA is
// required. A check the law leaves open is absent.
type scenarioWant struct {
	About  string `json:"about"`
	Checks map[avg.CheckID]struct {
		Status avg.Status `json:"status"`
		Reason string     `json:"reason"`
	} `json:"checks"`
	DPIARequired *struct {
		Want   bool   `json:"want"`
		Reason string `json:"reason"`
	} `json:"dpia_required"`
}

// TestScenarios assesses the whole-system scenarios of
// testdata/scenarios, each a system a Dutch organisation would describe,
// and compares the settled expectations beside it, decided from the law
// before avg was run. Failures name the check, the statuses and the
// reason, never a value of the system.
func TestScenarios(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "scenarios", "*.system.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 10 {
		t.Fatalf("%d scenarios, want at least 10", len(files))
	}
	known := map[avg.CheckID]bool{}
	for _, id := range avg.CheckIDs() {
		known[id] = true
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".system.json")
		t.Run(name, func(t *testing.T) {
			want := readWant(t, filepath.Join("testdata", "scenarios", name+".want.json"))
			if want.DPIARequired == nil || want.DPIARequired.Reason == "" {
				t.Fatal("want: dpia_required with a reason is missing")
			}
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			s, err := avg.DecodeSystem(f)
			if err != nil {
				t.Fatal(err)
			}
			r, err := avg.Assess(s, scenarioAsOf)
			if err != nil {
				t.Fatal(err)
			}
			for id, w := range want.Checks {
				if !known[id] {
					t.Errorf("want: unknown check %s", id)
					continue
				}
				if w.Reason == "" {
					t.Errorf("want: %s has no reason", id)
				}
				c, ok := r.Check(id)
				if !ok {
					t.Errorf("%s: not in the report", id)
					continue
				}
				if c.Status != w.Status {
					t.Errorf("%s: status %s, want %s (%s); facts %s", id, c.Status, w.Status, w.Reason, factIDs(c.Facts))
				}
			}
			if r.DPIARequired != want.DPIARequired.Want {
				t.Errorf("DPIA required: %t, want %t (%s); outcome %s", r.DPIARequired, want.DPIARequired.Want, want.DPIARequired.Reason, r.DPIA.Outcome)
			}
			noValues(t, s, r)
		})
	}
}

func readWant(t *testing.T, path string) scenarioWant {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var w scenarioWant
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return w
}

// factIDs lists the IDs of facts: message IDs, never data.
func factIDs(facts []avg.Fact) string {
	ids := make([]string, len(facts))
	for i, f := range facts {
		ids[i] = f.ID
	}
	return strings.Join(ids, ",")
}

// noValues checks that no sample value of the system (field values,
// record values) appears in its reports or DPIA drafts, in either
// language. A failure names the output and the field, never the value.
func noValues(t *testing.T, s avg.System, r avg.Report) {
	t.Helper()
	type value struct{ field, v string }
	var values []value
	for _, f := range s.Fields {
		for _, v := range f.Values {
			values = append(values, value{f.Name, v})
		}
	}
	for _, rec := range s.Records {
		for k, v := range rec {
			values = append(values, value{k, v})
		}
	}
	for _, lang := range []language.Tag{language.Dutch, language.English} {
		outs := map[string]*bytes.Buffer{"markdown": {}, "json": {}, "draft": {}}
		if err := r.WriteMarkdown(outs["markdown"], lang); err != nil {
			t.Fatal(err)
		}
		if err := r.WriteJSON(outs["json"], lang); err != nil {
			t.Fatal(err)
		}
		if err := avg.WriteDraft(outs["draft"], s, r, lang); err != nil {
			t.Fatal(err)
		}
		for name, out := range outs {
			for _, v := range values {
				if len(v.v) >= 4 && bytes.Contains(out.Bytes(), []byte(v.v)) {
					t.Errorf("%s (%s): a value of field %s appears in it", name, lang, v.field)
				}
			}
		}
	}
}

// TestPublicPowersBarred: a gemeente exercising its public powers cannot
// rely on the compelling-legitimate-interests derogation (Art. 49(3) AVG),
// and the report says so rather than "its conditions are not met"; the
// same occasional transfer by an exporter without public powers rests on
// the derogation (Art. 49(1), second subparagraph).
func TestPublicPowersBarred(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "scenarios", "01-gemeente-art49-publieke-taak.system.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := avg.DecodeSystem(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		powers bool
		status avg.Status
		fact   string
	}{
		{true, avg.Fail, "transfer-public-powers-barred"},
		{false, avg.Warn, "transfer-derogation"},
	} {
		s.Transfers[0].Exporter.PublicPowers = tc.powers
		r, err := avg.Assess(s, scenarioAsOf)
		if err != nil {
			t.Fatal(err)
		}
		c, _ := r.Check(avg.CheckTransferBasis)
		if c.Status != tc.status || !strings.Contains(factIDs(c.Facts), tc.fact) {
			t.Errorf("public powers %t: %s with facts %s, want %s with %s", tc.powers, c.Status, factIDs(c.Facts), tc.status, tc.fact)
		}
		nl, _ := r.In(language.Dutch).Check(avg.CheckTransferBasis)
		if tc.powers && !strings.Contains(strings.Join(nl.Detail, " "), "art. 49 lid 3") {
			t.Error("the Dutch detail does not cite art. 49 lid 3")
		}
	}
}
