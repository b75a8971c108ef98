package classify

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// textCase is one line of testdata/text.jsonl (format: docs/labeling.md).
type textCase struct {
	ID          string     `json:"id"`
	Lang        string     `json:"lang"`
	Text        string     `json:"text"`
	Categories  []Category `json:"categories"`
	Identifiers []struct {
		Kind  Kind   `json:"kind"`
		Value string `json:"value"`
	} `json:"identifiers"`
}

func readTextCorpus(t testing.TB) []textCase { return readCases(t, "testdata/text.jsonl") }

func readCases(t testing.TB, path string) []textCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []textCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c textCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// score counts true positives, false positives and false negatives.
type score struct{ tp, fp, fn int }

func (s score) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s score) recall() float64    { return ratio(s.tp, s.tp+s.fn) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// predictedCategories is what a case's text reveals by the default
// classifier: the special categories of its findings.
func predictedCategories(c *Classifier, text string) []Category {
	var cats []Category
	for _, f := range c.Text(text) {
		if f.Category.Special() && !slices.Contains(cats, f.Category) {
			cats = append(cats, f.Category)
		}
	}
	return cats
}

// TestCorpusText runs the development corpus (docs/labeling.md) through the
// default classifier: a subtest per case logs what it got wrong, and the
// test fails when micro-F1 over the categories drops below 0.95.
func TestCorpusText(t *testing.T) {
	const floor = 0.95
	micro := runTextCorpus(t, Default(), "testdata/text.jsonl")
	if micro.f1() < floor {
		t.Errorf("micro-F1 over categories %.3f is below %.2f", micro.f1(), floor)
	}
}

// runTextCorpus runs the cases of a corpus file as subtests, logs precision
// and recall per category and returns the micro-averaged score.
func runTextCorpus(t *testing.T, c *Classifier, path string) score {
	per := map[Category]*score{}
	for _, cat := range Categories() {
		if cat.Special() {
			per[cat] = &score{}
		}
	}
	for _, tc := range readCases(t, path) {
		t.Run(tc.ID, func(t *testing.T) {
			got := predictedCategories(c, tc.Text)
			for _, cat := range got {
				if slices.Contains(tc.Categories, cat) {
					per[cat].tp++
				} else {
					per[cat].fp++
					t.Logf("false positive %s: %v", cat, ruleOf(c, tc.Text, cat))
				}
			}
			for _, cat := range tc.Categories {
				if !slices.Contains(got, cat) {
					per[cat].fn++
					t.Logf("false negative %s", cat)
				}
			}
		})
	}
	var micro score
	for _, cat := range Categories() {
		s, ok := per[cat]
		if !ok {
			continue
		}
		micro.tp, micro.fp, micro.fn = micro.tp+s.tp, micro.fp+s.fp, micro.fn+s.fn
		t.Logf("%-24s precision %.3f recall %.3f (tp %d fp %d fn %d)", cat, s.precision(), s.recall(), s.tp, s.fp, s.fn)
	}
	t.Logf("%-24s precision %.3f recall %.3f F1 %.3f", "micro", micro.precision(), micro.recall(), micro.f1())
	return micro
}

// ruleOf names the rules that produced category cat in text.
func ruleOf(c *Classifier, text string, cat Category) []string {
	var rules []string
	for _, f := range c.Text(text) {
		if f.Category == cat {
			rules = append(rules, f.Rule)
		}
	}
	return rules
}

// TestHeldOutText runs the held-out set of testdata/heldout, written by
// other hands without sight of the vocabulary or the development corpus.
// Its error cases were later read to find classes of errors (the terms
// README says so), so it now guards against regressions rather than
// measuring generalisation.
func TestHeldOutText(t *testing.T) {
	const floor = 0.95
	micro := runTextCorpus(t, Default(), "testdata/heldout/text.jsonl")
	if micro.f1() < floor {
		t.Errorf("held-out micro-F1 over categories %.3f is below %.2f", micro.f1(), floor)
	}
}

// TestHeldOutText2 runs a second held-out set, written like the first.
// It too was read for error classes after its first measurement (0.857),
// and now guards against regressions.
func TestHeldOutText2(t *testing.T) {
	const floor = 0.95
	micro := runTextCorpus(t, Default(), "testdata/heldout2/text.jsonl")
	if micro.f1() < floor {
		t.Errorf("second held-out micro-F1 over categories %.3f is below %.2f", micro.f1(), floor)
	}
}

// TestHeldOutText3 runs a third held-out set, which no rule was written
// from: only its score was read. It is the honest measure of how the
// vocabulary generalises; the floor sits just below the measured score
// (0.959, then 0.968 after the inference classes of issue 16).
func TestHeldOutText3(t *testing.T) {
	const floor = 0.95
	micro := runTextCorpus(t, Default(), "testdata/heldout3/text.jsonl")
	if micro.f1() < floor {
		t.Errorf("third held-out micro-F1 over categories %.3f is below %.2f", micro.f1(), floor)
	}
}
