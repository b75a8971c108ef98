package classify

import (
	"flag"
	"maps"
	"path/filepath"
	"slices"
	"testing"
)

var schemaMisses = flag.Bool("schemamisses", false, "TestSchemaScore: log every false positive and false negative (schema facts only)")

// schemaObjects groups the lines of the real-schema set into objects by
// (source, object), in the order of first appearance, with the labels of
// each field beside it.
type schemaGroup struct {
	source string
	obj    Object
	cases  []schemaCase
}

func schemaObjects(cases []schemaCase) []*schemaGroup {
	var out []*schemaGroup
	idx := map[[2]string]*schemaGroup{}
	for _, c := range cases {
		k := [2]string{c.Source, c.Object}
		g := idx[k]
		if g == nil {
			g = &schemaGroup{source: c.Source, obj: Object{Name: c.Object, Label: c.ObjectLabel, Description: c.ObjectDescription}}
			idx[k] = g
			out = append(out, g)
		}
		g.obj.Fields = append(g.obj.Fields, Field{
			Object: c.Object, Name: c.Name, Label: c.Label, Type: c.Type,
			Description: c.Description, HelpText: c.HelpText, Picklist: c.Picklist,
		})
		g.cases = append(g.cases, c)
	}
	return out
}

// classifySchemas classifies the cases with c source by source, as a
// user classifies their own org (avgrisk schema): one Schema call over
// all the objects of a source, as schemaObjects groups them, so that the
// org's other objects count. It calls f for each field with its group,
// the object's result, the field's case and the special categories found
// on it. TestSchemaScore and TestOrgFlags walk their sets with it; they
// score what it hands them in different ways (see TestOrgFlags).
func classifySchemas(c *Classifier, cases []schemaCase, f func(g *schemaGroup, r ObjectResult, lc schemaCase, got []Category)) {
	var sources []string
	bySource := map[string][]*schemaGroup{}
	for _, g := range schemaObjects(cases) {
		if bySource[g.source] == nil {
			sources = append(sources, g.source)
		}
		bySource[g.source] = append(bySource[g.source], g)
	}
	for _, s := range sources {
		groups := bySource[s]
		objs := make([]Object, 0, len(groups))
		for _, g := range groups {
			objs = append(objs, g.obj)
		}
		for k, r := range c.Schema(objs) {
			g := groups[k]
			for i, lc := range g.cases {
				f(g, r, lc, fieldCategories(r.Fields[i].Findings))
			}
		}
	}
}

// TestSchemaScore classifies the labelled real-schema set
// (testdata/schemas, issue 10) source by source with Schema and scores
// the special categories of each field against the labels, contested
// fields excluded: micro precision, recall and F1 over (field, category)
// pairs, logged per source and per category. It fails below the floor of
// issue 10: micro-F1 0.90 with precision 0.90.
func TestSchemaScore(t *testing.T) {
	total := scoreSchemas(t, readSchemaSet(t), *schemaMisses)
	const floorF1, floorP = 0.90, 0.90
	if total.f1() < floorF1 || total.precision() < floorP {
		t.Errorf("real-schema set: micro-F1 %.3f precision %.3f, floor F1 %.2f precision %.2f", total.f1(), total.precision(), floorF1, floorP)
	}
}

// TestSchemaScorePending logs the score on the sources staged in
// testdata/schemas/pending, which are not yet part of the set; it has
// no floor.
func TestSchemaScorePending(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "schemas", "pending", "*.jsonl"))
	if len(paths) == 0 {
		t.Skip("no pending sources")
	}
	scoreSchemas(t, readSchemaDir(t, filepath.Join("testdata", "schemas", "pending")), *schemaMisses)
}

// scoreSchemas classifies cases source by source and logs the micro
// score per source and per category; it returns the total. With misses
// it also logs each false positive and false negative (schema facts
// only): never for the held-out sets, whose cases are not to be read.
func scoreSchemas(t *testing.T, cases []schemaCase, misses bool) score {
	t.Helper()
	total := score{}
	bySource := map[string]*score{}
	byCat := map[Category]*score{}
	classifySchemas(Default(), cases, func(g *schemaGroup, r ObjectResult, lc schemaCase, got []Category) {
		if bySource[g.source] == nil {
			bySource[g.source] = &score{}
		}
		if lc.Class == "contested" {
			return
		}
		for _, cat := range Categories() {
			if !cat.Special() {
				continue
			}
			g1, w1 := slices.Contains(got, cat), slices.Contains(lc.Categories, string(cat))
			if !g1 && !w1 {
				continue
			}
			if byCat[cat] == nil {
				byCat[cat] = &score{}
			}
			for _, s := range []*score{&total, bySource[g.source], byCat[cat]} {
				switch {
				case g1 && w1:
					s.tp++
				case g1:
					s.fp++
				default:
					s.fn++
				}
			}
			if misses && g1 != w1 {
				what := "FN"
				if g1 {
					what = "FP"
				}
				t.Logf("%s %s %s %s.%s (%s, %q) kind=%s", what, cat, g.source, g.obj.Name, lc.Name, lc.Type, lc.Label, r.Kind)
			}
		}
	})
	for _, s := range slices.Sorted(maps.Keys(bySource)) {
		x := bySource[s]
		t.Logf("source %-8s precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)", s, x.precision(), x.recall(), x.f1(), x.tp, x.fp, x.fn)
	}
	for _, cat := range Categories() {
		if x := byCat[cat]; x != nil {
			t.Logf("category %-24s precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)", cat, x.precision(), x.recall(), x.f1(), x.tp, x.fp, x.fn)
		}
	}
	t.Logf("micro: precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)", total.precision(), total.recall(), total.f1(), total.tp, total.fp, total.fn)
	return total
}
