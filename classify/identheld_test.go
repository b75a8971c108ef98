package classify

import (
	"testing"
)

// TestHeldOutIdentifiers scores the identifier detectors on the two
// held-out sets (exact spans). The detectors were not tuned on them.
func TestHeldOutIdentifiers(t *testing.T) {
	const floor = 0.95
	c := Default()
	for _, path := range []string{"testdata/heldout/text.jsonl", "testdata/heldout2/text.jsonl", "testdata/heldout3/text.jsonl"} {
		t.Run(path, func(t *testing.T) {
			var s score
			per := map[Kind]*score{}
			for _, k := range Kinds()[1:] {
				per[k] = &score{}
			}
			for _, tc := range readCases(t, path) {
				want := map[string]int{}
				for _, id := range tc.Identifiers {
					want[string(id.Kind)+":"+id.Value]++
				}
				for _, g := range identFound(t, c, tc.Text, identHint{}) {
					k := Kind(g[:len(g)-len(g[indexColon(g):])])
					if want[g] > 0 {
						want[g]--
						per[k].tp++
						s.tp++
						continue
					}
					per[k].fp++
					s.fp++
					t.Logf("%s: false positive %s", tc.ID, k)
				}
				for w, n := range want {
					k := Kind(w[:indexColon(w)])
					per[k].fn += n
					s.fn += n
					if n > 0 {
						t.Logf("%s: missed %s", tc.ID, k)
					}
				}
			}
			for _, k := range Kinds()[1:] {
				p := per[k]
				t.Logf("%-14s precision %.3f recall %.3f (tp %d fp %d fn %d)", k, p.precision(), p.recall(), p.tp, p.fp, p.fn)
			}
			t.Logf("identifiers micro precision %.3f recall %.3f F1 %.3f", s.precision(), s.recall(), s.f1())
			if s.f1() < floor {
				t.Errorf("identifier F1 %.3f below %.2f", s.f1(), floor)
			}
		})
	}
}

func indexColon(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return i
		}
	}
	return len(s)
}
