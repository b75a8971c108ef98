package classify

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestExplainAgreesWithText checks, over the development corpus, that
// Explain reports exactly the findings of Text, that every reported term
// finding has its candidate, and that its JSON holds no word of the text.
func TestExplainAgreesWithText(t *testing.T) {
	c := Default()
	for _, tc := range readTextCorpus(t) {
		ex := c.Explain(tc.Text)
		got := c.Text(tc.Text)
		if len(ex.Findings) != len(got) {
			t.Fatalf("%s: Explain has %d findings, Text %d", tc.ID, len(ex.Findings), len(got))
		}
		for _, f := range got {
			if f.Kind != Term {
				continue
			}
			found := false
			for _, cd := range ex.Candidates {
				if cd.Outcome == Reported && cd.Rule == f.Rule && cd.Start == f.Start && cd.End == f.End {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: finding %v has no reported candidate", tc.ID, f)
			}
		}
		for _, cd := range ex.Candidates {
			if cd.Line.File == "" || cd.Line.Line == 0 {
				t.Errorf("%s: candidate %s has no vocabulary line", tc.ID, cd.Rule)
			}
			if cd.Outcome == Cancelled && len(cd.Cancelled) == 0 {
				t.Errorf("%s: candidate %s cancelled without a reason", tc.ID, cd.Rule)
			}
		}
		b, err := json.Marshal(ex)
		if err != nil {
			t.Fatal(err)
		}
		// The JSON holds rule IDs, which are vocabulary patterns; it must
		// hold no longer stretch of the text than a pattern.
		for _, w := range strings.Fields(tc.Text) {
			if len(w) >= 12 && strings.Contains(string(b), w) && !strings.Contains(vocabRules(ex), w) {
				t.Errorf("%s: explanation JSON quotes the text", tc.ID)
				break
			}
		}
	}
}

func vocabRules(ex Explanation) string {
	var b strings.Builder
	for _, cd := range ex.Candidates {
		b.WriteString(cd.Rule)
		for _, xs := range [][]ContextHit{cd.Cues, cd.AntiCues, cd.Cancelled} {
			for _, x := range xs {
				b.WriteString(" " + x.Rule)
			}
		}
	}
	return b.String()
}

// TestExplainEmpty: a text without candidates explains as empty lists.
func TestExplainEmpty(t *testing.T) {
	ex := Default().Explain("Factuur 2024-0117 is betaald.")
	b, _ := json.Marshal(ex)
	if string(b) != `{"candidates":[],"findings":[]}` {
		t.Errorf("empty explanation = %s", b)
	}
}
