package avg_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/avgrisk/avgrisk/avg"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// secrets are the sample values of the seed, and distinctive words of
// them, that no output may hold.
var secrets = []string{secretHealth1, secretHealth2, secretReligion, secretRecord,
	"diabetes", "zwanger", "hartklachten", "bloedverdunners", "katholiek", "Jansen", "de Boer", "Visser", "Offerte"}

func assertNoSecrets(t *testing.T, what, out string) {
	t.Helper()
	for _, s := range secrets {
		if strings.Contains(strings.ToLower(out), strings.ToLower(s)) {
			t.Errorf("%s holds the sample value %q", what, s)
		}
	}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./avg -update to create the golden files")
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); run go test ./avg -update if the change is intended:\n%s", path, diff)
	}
}

var langs = []struct {
	name string
	tag  language.Tag
}{{"en", language.English}, {"nl", language.Dutch}}

// rawKey matches a message key printed for want of a message.
var rawKey = regexp.MustCompile(`\b(fact|check|mitigation|source|criterion|reason|screening|md|draft|value|level|status|changes)\.[a-z0-9-]+`)

// fixture returns the report of s as stored in testdata/name.report.json,
// in its language-neutral form. With -update it assesses s and stores the
// report first. The golden files of the renderers are made from the
// fixture, so that they test the rendering and the catalogues; what Assess
// finds is tested by the seed tests, whatever classify's vocabulary and
// transfer's data say as they grow.
func fixture(t *testing.T, name string, s avg.System) avg.Report {
	t.Helper()
	path := filepath.Join("testdata", name+".report.json")
	if *update {
		r, err := avg.Assess(s, seedAsOf)
		require.NoError(t, err)
		var b bytes.Buffer
		require.NoError(t, r.WriteJSON(&b, language.English))
		require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./avg -update to create the fixtures")
	var r avg.Report
	require.NoError(t, json.Unmarshal(data, &r))
	return r
}

// TestGolden renders the seed and the mitigated system as Markdown, JSON
// and DPIA draft in both languages against the golden files.
func TestGolden(t *testing.T) {
	systems := []struct {
		name string
		s    avg.System
	}{{"seed", seedSystem()}, {"mitigated", mitigatedSystem()}}
	for _, sys := range systems {
		r := fixture(t, sys.name, sys.s)
		for _, lang := range langs {
			outputs := map[string]func(*bytes.Buffer) error{
				"md":       func(b *bytes.Buffer) error { return r.WriteMarkdown(b, lang.tag) },
				"json":     func(b *bytes.Buffer) error { return r.WriteJSON(b, lang.tag) },
				"draft.md": func(b *bytes.Buffer) error { return avg.WriteDraft(b, sys.s, r, lang.tag) },
			}
			for kind, write := range outputs {
				name := sys.name + "." + lang.name + "." + kind + ".golden"
				t.Run(name, func(t *testing.T) {
					var b bytes.Buffer
					require.NoError(t, write(&b))
					out := b.String()
					assertNoSecrets(t, name, out)
					if m := rawKey.FindString(out); m != "" {
						t.Errorf("%s prints the message key %q: a message is missing", name, m)
					}
					if strings.Contains(out, "%!") {
						t.Errorf("%s holds a formatting error", name)
					}
					golden(t, name, b.Bytes())
				})
			}
		}
	}
}

// TestDraftMarksQuestions: the draft marks what a person must answer and
// follows the Model DPIA Rijksdienst: points 1 to 17 in parts A to D.
func TestDraftMarksQuestions(t *testing.T) {
	r, err := avg.Assess(seedSystem(), seedAsOf)
	require.NoError(t, err)
	tests := []struct {
		tag    language.Tag
		todo   string
		parts  []string
		reason string
	}{
		{language.Dutch, "[TE BEANTWOORDEN]", []string{"## A. Beschrijving", "## B. Beoordeling rechtmatigheid", "## C. Risico's", "## D. Maatregelen"}, "Model DPIA Rijksdienst v3.0, Dutch headings"},
		{language.English, "[TO ANSWER]", []string{"## A. Description", "## B. Lawfulness", "## C. Risks", "## D. Measures"}, "the same structure in English"},
	}
	for _, tc := range tests {
		t.Run(tc.tag.String(), func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, avg.WriteDraft(&b, seedSystem(), r, tc.tag))
			out := b.String()
			if n := strings.Count(out, tc.todo); n < 15 {
				t.Errorf("%d questions marked %s, want at least 15 (%s)", n, tc.todo, tc.reason)
			}
			last := -1
			for _, p := range tc.parts {
				i := strings.Index(out, p)
				if i <= last {
					t.Errorf("part %q missing or out of order (%s)", p, tc.reason)
				}
				last = i
			}
			for n := 1; n <= 17; n++ {
				if !regexp.MustCompile(`(?m)^### ` + itoa(n) + `\. `).MatchString(out) {
					t.Errorf("point %d missing (%s)", n, tc.reason)
				}
			}
			if !strings.Contains(out, "Religie__c") {
				t.Errorf("the draft does not name the special field Religie__c")
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestJSONRoundTrip: the JSON of a report, in either language, reads back
// into a Report that compares equal under Diff.
func TestJSONRoundTrip(t *testing.T) {
	r, err := avg.Assess(seedSystem(), seedAsOf)
	require.NoError(t, err)
	for _, lang := range langs {
		var b bytes.Buffer
		require.NoError(t, r.WriteJSON(&b, lang.tag))
		var back avg.Report
		require.NoError(t, json.Unmarshal(b.Bytes(), &back))
		if back.Language != lang.name {
			t.Errorf("language %q, want %q", back.Language, lang.name)
		}
		if ch := avg.Diff(r, back); !ch.Empty() {
			t.Errorf("%s: report read back differs: %+v", lang.name, ch)
		}
		if diff := cmp.Diff(r.In(lang.tag), back); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", lang.name, diff)
		}
	}
}

// TestIn: In switches every text and nothing else; an unsupported
// language falls back to English, a regional Dutch to Dutch.
func TestIn(t *testing.T) {
	r, err := avg.Assess(seedSystem(), seedAsOf)
	require.NoError(t, err)
	tests := []struct {
		tag    language.Tag
		want   string
		reason string
	}{
		{language.Dutch, "nl", "Dutch"},
		{language.MustParse("nl-BE"), "nl", "Flemish reads Dutch"},
		{language.German, "en", "no German catalogue: English fallback"},
		{language.English, "en", "English"},
	}
	for _, tc := range tests {
		got := r.In(tc.tag)
		if got.Language != tc.want {
			t.Errorf("In(%s).Language = %q, want %q (%s)", tc.tag, got.Language, tc.want, tc.reason)
		}
		if !avg.Diff(r, got).Empty() {
			t.Errorf("In(%s) changed the language-neutral content", tc.tag)
		}
	}
	nl := r.In(language.Dutch)
	if nl.Checks[0].Title == r.Checks[0].Title {
		t.Errorf("Dutch title %q equals the English one", nl.Checks[0].Title)
	}
}
