package classify

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// langScores is a corpus scored per language and category, without the
// text of any case: only counts.
type langScores struct {
	micro  map[string]*score              // per language, and "all"
	perCat map[string]map[Category]*score // per language, and "all"
	langs  []string
	nCases int
}

// scoreByLanguage scores the cases of path with c and returns the counts
// per language ("nl", "en", and "all") and per category. It logs nothing
// about any single case, so it can score a held-out set blind.
func scoreByLanguage(t testing.TB, c *Classifier, path string) langScores {
	t.Helper()
	s := langScores{micro: map[string]*score{}, perCat: map[string]map[Category]*score{}}
	get := func(lang string, cat Category) (*score, *score) {
		if s.micro[lang] == nil {
			s.micro[lang] = &score{}
			s.perCat[lang] = map[Category]*score{}
			if lang != "all" {
				s.langs = append(s.langs, lang)
			}
		}
		if s.perCat[lang][cat] == nil {
			s.perCat[lang][cat] = &score{}
		}
		return s.micro[lang], s.perCat[lang][cat]
	}
	for _, tc := range readCases(t, path) {
		s.nCases++
		got := predictedCategories(c, tc.Text)
		for _, lang := range []string{tc.Lang, "all"} {
			for _, cat := range got {
				m, p := get(lang, cat)
				if slices.Contains(tc.Categories, cat) {
					m.tp++
					p.tp++
				} else {
					m.fp++
					p.fp++
				}
			}
			for _, cat := range tc.Categories {
				if !slices.Contains(got, cat) {
					m, p := get(lang, cat)
					m.fn++
					p.fn++
				}
			}
			get(lang, "")
		}
	}
	slices.Sort(s.langs)
	return s
}

// report renders the scores as a table: micro P/R/F1 per language, then
// per category and language.
func (s langScores) report() string {
	var b strings.Builder
	for _, lang := range append(slices.Clone(s.langs), "all") {
		m := s.micro[lang]
		fmt.Fprintf(&b, "%-4s micro P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)\n", lang, m.precision(), m.recall(), m.f1(), m.tp, m.fp, m.fn)
	}
	for _, cat := range Categories() {
		if !cat.Special() {
			continue
		}
		fmt.Fprintf(&b, "  %-24s", cat)
		for _, lang := range append(slices.Clone(s.langs), "all") {
			p := s.perCat[lang][cat]
			if p == nil {
				p = &score{}
			}
			fmt.Fprintf(&b, " %s P %.2f R %.2f F1 %.2f |", lang, p.precision(), p.recall(), p.f1())
		}
		b.WriteString("\n")
	}
	return b.String()
}

// catF1 returns the F1 of category cat over every language; categories
// without any case count as perfect.
func (s langScores) catF1(cat Category) float64 {
	p := s.perCat["all"][cat]
	if p == nil {
		return 1
	}
	return p.f1()
}

// TestCorpusTextByLanguage logs the development corpus and the held-out
// sets scored per language and category (go test -run ByLanguage -v).
func TestCorpusTextByLanguage(t *testing.T) {
	for _, path := range []string{"testdata/text.jsonl", "testdata/heldout/text.jsonl", "testdata/heldout2/text.jsonl", "testdata/heldout3/text.jsonl"} {
		s := scoreByLanguage(t, Default(), path)
		t.Logf("%s (%d cases)\n%s", path, s.nCases, s.report())
	}
}
