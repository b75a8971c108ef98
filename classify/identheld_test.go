package classify

import (
	"slices"
	"strings"
	"testing"
)

// TestHeldOutIdentifiers scores the identifier detectors on the three
// held-out sets (exact spans). The detectors were not tuned on them.
func TestHeldOutIdentifiers(t *testing.T) {
	const floor = 0.95
	c := Default()
	for _, path := range []string{"testdata/heldout/text.jsonl", "testdata/heldout2/text.jsonl", "testdata/heldout3/text.jsonl"} {
		t.Run(path, func(t *testing.T) {
			all := scoreIdentifiers(t, c, readCases(t, path), func(tc textCase, fps, fns []string) {
				t.Logf("%s: false positives %q, missed %q", tc.ID, fps, fns)
			})
			if all.f1() < floor {
				t.Errorf("identifier F1 %.3f below %.2f", all.f1(), floor)
			}
		})
	}
}

// scoreIdentifiers matches the identifiers that c finds in each case to
// the case's labels, by kind and exact value, calls wrong for each case
// with false positives or misses, logs precision and recall per kind and
// returns the micro-averaged score.
func scoreIdentifiers(t *testing.T, c *Classifier, cases []textCase, wrong func(tc textCase, fps, fns []string)) score {
	t.Helper()
	per := map[Kind]*score{}
	for _, k := range Kinds()[1:] {
		per[k] = &score{}
	}
	kindOf := func(s string) Kind { return Kind(s[:strings.IndexByte(s, ':')]) }
	var all score
	for _, tc := range cases {
		want := map[string]int{}
		for _, id := range tc.Identifiers {
			want[string(id.Kind)+":"+id.Value]++
		}
		var fps, fns []string
		for _, g := range identFound(t, c, tc.Text, identHint{}) {
			if want[g] > 0 {
				want[g]--
				per[kindOf(g)].tp++
				all.tp++
				continue
			}
			per[kindOf(g)].fp++
			all.fp++
			fps = append(fps, g)
		}
		for w, n := range want {
			for ; n > 0; n-- {
				per[kindOf(w)].fn++
				all.fn++
				fns = append(fns, w)
			}
		}
		if len(fps)+len(fns) > 0 {
			slices.Sort(fns)
			wrong(tc, fps, fns)
		}
	}
	for _, k := range Kinds()[1:] {
		s := per[k]
		t.Logf("%-14s tp=%3d fp=%2d fn=%2d  P=%.3f R=%.3f F1=%.3f", k, s.tp, s.fp, s.fn, s.precision(), s.recall(), s.f1())
	}
	t.Logf("%-14s tp=%3d fp=%2d fn=%2d  P=%.3f R=%.3f F1=%.3f", "identifiers", all.tp, all.fp, all.fn, all.precision(), all.recall(), all.f1())
	return all
}
