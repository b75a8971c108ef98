package avg

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestDataSources: every source has an ID, both citations, and a URL that
// is empty or https; every reference to a source resolves.
func TestDataSources(t *testing.T) {
	d, err := data()
	require.NoError(t, err)
	for _, id := range d.sourceOrder {
		s := d.sources[id]
		if s.NL == "" || s.EN == "" {
			t.Errorf("source %s: missing citation", id)
		}
		if s.URL != "" && !strings.HasPrefix(s.URL, "https://") {
			t.Errorf("source %s: URL %q is not https", id, s.URL)
		}
	}
	refs := func(what string, ids []string) {
		if len(ids) == 0 {
			t.Errorf("%s: no source", what)
		}
		for _, id := range ids {
			if _, ok := d.sources[id]; !ok {
				t.Errorf("%s: unknown source %q", what, id)
			}
		}
	}
	for _, c := range d.criteria {
		refs("criterion "+c.ID, c.Sources)
		for _, id := range c.Notes {
			if _, ok := d.sources[id]; !ok {
				t.Errorf("criterion %s: unknown note source %q", c.ID, id)
			}
		}
	}
	for _, c := range d.checks {
		refs("check "+string(c.ID), c.Sources)
		for _, m := range c.Mitigations {
			refs("mitigation "+m.ID, m.Sources)
		}
	}
}

// TestDataCriteria: Art. 35(3) has three cases, WP248 nine criteria, the AP
// list seventeen items numbered 01 to 17; IDs are unique; every signal is
// one that signals() produces; the scale conditions are known.
func TestDataCriteria(t *testing.T) {
	d, err := data()
	require.NoError(t, err)
	known := signals(Processing{}, nil, d.largeScaleSubjects)
	counts := map[string]int{}
	seen := map[string]bool{}
	var ap []string
	for _, c := range d.criteria {
		if seen[c.ID] {
			t.Errorf("duplicate criterion %s", c.ID)
		}
		seen[c.ID] = true
		counts[c.Group]++
		if c.Group == "ap-list" {
			ap = append(ap, c.ID)
		}
		if c.NL == "" || c.EN == "" {
			t.Errorf("criterion %s: missing name", c.ID)
		}
		if len(c.All)+len(c.Any) == 0 {
			t.Errorf("criterion %s: no signal", c.ID)
		}
		for _, s := range slices.Concat(c.All, c.Any) {
			if _, ok := known[s]; !ok && !slices.Contains([]string{"special-data", "criminal-data", "national-id", "health-data", "genetic-data", "biometric-data"}, s) {
				t.Errorf("criterion %s: unknown signal %q", c.ID, s)
			}
		}
		if !slices.Contains([]string{"", "large", "special-large", "large-or-systematic"}, c.Scale) {
			t.Errorf("criterion %s: unknown scale %q", c.ID, c.Scale)
		}
	}
	if diff := cmp.Diff(map[string]int{"art35-3": 3, "wp248": 9, "ap-list": 17}, counts); diff != "" {
		t.Errorf("criteria per group (-want +got):\n%s", diff)
	}
	for i, id := range ap {
		if want := fmt.Sprintf("ap-2019-64418-%02d", i+1); id != want {
			t.Errorf("AP item %d has ID %s, want %s", i+1, id, want)
		}
	}
	if d.largeScaleSubjects != 10000 || d.reviewAfterYears != 3 {
		t.Errorf("thresholds %d subjects, %d years; want 10000 (Pre-scan DPIA v2.0) and 3 (Model DPIA Rijksdienst)", d.largeScaleSubjects, d.reviewAfterYears)
	}
}

// TestDataChecks: the data defines the checks of the check table, in its
// order: the eight that follow the seed's mitigations, whether a DPO is
// mandatory (Art. 37), then the seven a supervisor asks for (issue 11),
// with known severities.
func TestDataChecks(t *testing.T) {
	d, err := data()
	require.NoError(t, err)
	var ids []CheckID
	for _, c := range d.checks {
		ids = append(ids, c.ID)
		if !slices.Contains([]Level{Low, Medium, High}, c.Severity) {
			t.Errorf("check %s: severity %q", c.ID, c.Severity)
		}
		if len(c.Mitigations) == 0 {
			t.Errorf("check %s: no mitigation", c.ID)
		}
	}
	want := []CheckID{"special-categories", "storage-location", "transfer-basis", "foreign-jurisdiction",
		"encryption", "two-factor", "retention", "dpia", "data-protection-officer",
		"processor-agreement", "records-of-processing", "legal-basis", "transparency",
		"data-subject-rights", "breach-process", "access-control"}
	if diff := cmp.Diff(want, CheckIDs()); diff != "" {
		t.Errorf("check table (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("checks (-want +got):\n%s", diff)
	}
}

// TestCatalogues: both languages hold the same keys, the same plural forms
// and the same arguments, and every check, mitigation and source has its
// texts.
func TestCatalogues(t *testing.T) {
	d, err := data()
	require.NoError(t, err)
	verb := regexp.MustCompile(`%\[\d\][sd]`)
	argsOf := func(raw json.RawMessage) []string {
		v := verb.FindAllString(string(raw), -1)
		slices.Sort(v)
		return slices.Compact(v)
	}
	en, nl := d.messages["en"], d.messages["nl"]
	for k, v := range en {
		w, ok := nl[k]
		if !ok {
			t.Errorf("message %q: no Dutch text", k)
			continue
		}
		if diff := cmp.Diff(argsOf(v), argsOf(w)); diff != "" {
			t.Errorf("message %q: arguments differ between English and Dutch (-en +nl):\n%s", k, diff)
		}
		if (v[0] == '{') != (w[0] == '{') {
			t.Errorf("message %q: plural in one language only", k)
		}
	}
	for k := range nl {
		if _, ok := en[k]; !ok {
			t.Errorf("message %q: no English text", k)
		}
	}
	ts, err := texts()
	require.NoError(t, err)
	for _, lang := range []string{"en", "nl"} {
		keys := ts.keys[lang]
		for _, c := range d.checks {
			for _, k := range []string{"check." + string(c.ID) + ".title", "check." + string(c.ID) + ".why"} {
				if !keys[k] {
					t.Errorf("%s: missing %s", lang, k)
				}
			}
			for _, m := range c.Mitigations {
				if !keys["mitigation."+m.ID] {
					t.Errorf("%s: missing mitigation.%s", lang, m.ID)
				}
				for _, f := range slices.Concat(m.Facts, m.Unless) {
					if !keys["fact."+f] && !isAnswer(keys, f) {
						t.Errorf("%s: mitigation %s: unknown fact %s", lang, m.ID, f)
					}
				}
			}
		}
		for _, o := range []Outcome{Required, Recommended, NotRequired} {
			if !keys["screening."+string(o)] {
				t.Errorf("%s: missing screening.%s", lang, o)
			}
		}
	}
}

// isAnswer reports whether fact is a stated question's fact:
// "<question>-yes", "-no" or "-not-stated" with a message "question.<question>".
func isAnswer(keys map[string]bool, fact string) bool {
	for _, a := range []string{"-yes", "-no", "-not-stated"} {
		if q, ok := strings.CutSuffix(fact, a); ok && keys["question."+q] {
			return true
		}
	}
	return false
}

// TestRiskLevel: the matrix of the Model DPIA Rijksdienst § 16.
func TestRiskLevel(t *testing.T) {
	tests := []struct {
		severity Level
		status   Status
		want     Level
		reason   string
	}{
		{High, Fail, High, "high impact × high likelihood"},
		{Medium, Fail, High, "medium impact × high likelihood is high in the matrix"},
		{High, Warn, High, "high impact × medium likelihood is high"},
		{Medium, Warn, Medium, "medium × medium is medium"},
		{Low, Fail, Low, "low impact: low whatever the likelihood"},
		{High, Pass, Low, "a passed check has low likelihood"},
		{High, NotApplicable, Low, "not applicable: low likelihood"},
	}
	for _, tc := range tests {
		if got := riskLevel(tc.severity, tc.status); got != tc.want {
			t.Errorf("riskLevel(%s, %s) = %s, want %s (%s)", tc.severity, tc.status, got, tc.want, tc.reason)
		}
	}
}

// TestDataDPO: the rule of Art. 37(1) in data/dpo.json has the three
// points in order, known conditions and monitoring signals, both texts and
// sources that resolve; a broken copy is a load error, not a wrong answer.
func TestDataDPO(t *testing.T) {
	d, err := data()
	require.NoError(t, err)
	require.NoError(t, d.dpo.validate(d.sources))
	var conds [][]dpoCondition
	for _, g := range d.dpo.Grounds {
		conds = append(conds, g.Conditions)
	}
	want := [][]dpoCondition{
		{condPublicBody},
		{condMonitoring, condSystematic, condLargeScale, condCoreActivity},
		{condSpecialData, condSpecialLargeScale, condCoreActivity},
	}
	if diff := cmp.Diff(want, conds); diff != "" {
		t.Errorf("conditions of Art. 37(1)(a)-(c) (-want +got):\n%s", diff)
	}
	for _, g := range d.dpo.Grounds {
		if !slices.Contains(g.Sources, "avg-37-1") {
			t.Errorf("%s does not cite Art. 37(1)", g.ID)
		}
	}
	broken := []struct {
		name string
		edit func(*dpoDef)
	}{
		{"two grounds", func(def *dpoDef) { def.Grounds = def.Grounds[:2] }},
		{"grounds out of order", func(def *dpoDef) { def.Grounds[0], def.Grounds[1] = def.Grounds[1], def.Grounds[0] }},
		{"unknown condition", func(def *dpoDef) { def.Grounds[1].Conditions = []dpoCondition{"monitorng"} }},
		{"unknown signal", func(def *dpoDef) { def.Monitoring.Signals = []string{"tracking"} }},
		{"unknown source", func(def *dpoDef) { def.Grounds[2].Sources = []string{"wp999"} }},
		{"no text", func(def *dpoDef) { def.Grounds[0].NL = "" }},
		{"a note without sources", func(def *dpoDef) { def.LargeScale.Sources = nil }},
	}
	for _, tc := range broken {
		def := d.dpo
		def.Grounds = slices.Clone(def.Grounds)
		for i := range def.Grounds {
			def.Grounds[i].Conditions = slices.Clone(def.Grounds[i].Conditions)
		}
		tc.edit(&def)
		if err := def.validate(d.sources); err == nil || !strings.HasPrefix(err.Error(), "avg: data/dpo.json: ") {
			t.Errorf("%s: error %v, want avg: data/dpo.json: ...", tc.name, err)
		}
	}
}
