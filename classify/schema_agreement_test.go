package classify

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSchemaAgreement measures how far two people labelling the same
// real schema by the same rule agree, and scores the classifier against
// each of them. testdata/schemas/agreement holds a second annotator's
// labels of sources whose first labels are in testdata/schemas or its
// pending folder: the same lines in the same order, labelled blind (the
// second annotator saw neither the first labels nor the classifier).
// Agreement is the second annotator scored against the first like the
// classifier is, over (field, category) pairs with the lines either of
// them called contested left out. It is the ceiling an independent check
// can expect: a classifier that agreed with one annotator perfectly would
// score no better than this against the other. The test fails when the
// two files of a source do not line up; the figures are logged.
func TestSchemaAgreement(t *testing.T) {
	scoreAgreement(t, filepath.Join("testdata", "schemas", "agreement"),
		filepath.Join("testdata", "schemas"), filepath.Join("testdata", "schemas", "pending"))
}

// TestSchemaHeldoutAgreement does the same for held-out sources
// (testdata/schemas-heldout-agreement: a second annotator's blind labels
// of the held-out sets 6 and 7, except suwinet). Like the held-out tests
// it logs totals per source only, never a field.
func TestSchemaHeldoutAgreement(t *testing.T) {
	scoreAgreement(t, filepath.Join("testdata", "schemas-heldout-agreement"),
		filepath.Join("testdata", "schemas-heldout6"), filepath.Join("testdata", "schemas-heldout7"))
}

// scoreAgreement reads the second labels of dir, finds each source's first
// labels in the first of firstDirs that has its file, and logs the
// agreement and the classifier's score against each annotator per source
// and over all. It fails when the two files of a source do not line up.
func scoreAgreement(t *testing.T, dir string, firstDirs ...string) {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(paths) == 0 {
		t.Fatalf("no %s/*.jsonl", dir)
	}
	second := readSchemaDir(t, dir)
	checkSchemaCases(t, second)
	firstPaths := make([]string, 0, len(paths))
	for _, p := range paths {
		name := filepath.Base(p)
		f := ""
		for _, d := range firstDirs {
			if _, err := os.Stat(filepath.Join(d, name)); err == nil {
				f = filepath.Join(d, name)
				break
			}
		}
		if f == "" {
			t.Fatalf("%s: no first labels in %v", name, firstDirs)
		}
		firstPaths = append(firstPaths, f)
	}
	first := readSchemaFiles(t, firstPaths)
	if len(first) != len(second) {
		t.Fatalf("first labels %d lines, second %d", len(first), len(second))
	}
	for i := range first {
		a, b := first[i], second[i]
		if a.Source != b.Source || a.Object != b.Object || a.Name != b.Name {
			t.Fatalf("line %d: first %s %s.%s, second %s %s.%s: the files do not line up", i+1, a.Source, a.Object, a.Name, b.Source, b.Object, b.Name)
		}
	}
	// The classifier's categories per line, in the order of first.
	got := make(map[string][]string, len(first))
	classifySchemas(Default(), first, func(g *schemaGroup, _ ObjectResult, lc schemaCase, cats []Category) {
		k := lc.Source + "\x00" + lc.Object + "\x00" + lc.Name
		for _, c := range cats {
			got[k] = append(got[k], string(c))
		}
	})
	type tally struct{ human, firstC, secondC score }
	by := map[string]*tally{}
	var sources []string
	var all tally
	for i, a := range first {
		b := second[i]
		if by[a.Source] == nil {
			by[a.Source] = &tally{}
			sources = append(sources, a.Source)
		}
		s := by[a.Source]
		c := got[a.Source+"\x00"+a.Object+"\x00"+a.Name]
		if a.Class != "contested" && b.Class != "contested" {
			addPairs(&s.human, labelled(a), labelled(b))
			addPairs(&all.human, labelled(a), labelled(b))
		}
		if a.Class != "contested" {
			addPairs(&s.firstC, labelled(a), c)
			addPairs(&all.firstC, labelled(a), c)
		}
		if b.Class != "contested" {
			addPairs(&s.secondC, labelled(b), c)
			addPairs(&all.secondC, labelled(b), c)
		}
	}
	line := func(name string, s *tally) {
		t.Logf("%-14s second annotator against the first: P %.3f R %.3f F1 %.3f | classifier against the first: F1 %.3f, against the second: F1 %.3f",
			name, s.human.precision(), s.human.recall(), s.human.f1(), s.firstC.f1(), s.secondC.f1())
	}
	for _, src := range sources {
		line(src, by[src])
	}
	line("all", &all)
}

// labelled returns the categories a line gives its field, none unless
// it is positive.
func labelled(c schemaCase) []string {
	if c.Class != "positive" {
		return nil
	}
	return c.Categories
}

// addPairs scores got against want as sets of categories.
func addPairs(s *score, want, got []string) {
	for _, w := range want {
		if slices.Contains(got, w) {
			s.tp++
		} else {
			s.fn++
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			s.fp++
		}
	}
}
