package ac

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type match struct{ Pattern, End int }

func run(a *Automaton, text string) []match {
	var got []match
	s := Start
	for i := 0; i < len(text); i++ {
		s = a.Step(s, text[i])
		for _, p := range a.Outputs(s) {
			got = append(got, match{int(p), i + 1})
		}
	}
	return got
}

func naive(patterns []string, text string) []match {
	var want []match
	for i := 1; i <= len(text); i++ {
		// longest first, as the automaton reports them
		var here []match
		for p, pat := range patterns {
			if strings.HasSuffix(text[:i], pat) {
				here = append(here, match{p, i})
			}
		}
		for j := 1; j < len(here); j++ {
			for k := j; k > 0 && len(patterns[here[k].Pattern]) > len(patterns[here[k-1].Pattern]); k-- {
				here[k], here[k-1] = here[k-1], here[k]
			}
		}
		want = append(want, here...)
	}
	return want
}

func sortByEnd(ms []match, patterns []string) []match {
	out := append([]match(nil), ms...)
	for i := 1; i < len(out); i++ {
		for k := i; k > 0; k-- {
			a, b := out[k-1], out[k]
			if a.End > b.End || a.End == b.End && (len(patterns[a.Pattern]) < len(patterns[b.Pattern]) ||
				len(patterns[a.Pattern]) == len(patterns[b.Pattern]) && a.Pattern > b.Pattern) {
				out[k-1], out[k] = b, a
			}
		}
	}
	return out
}

func TestMatchesNaive(t *testing.T) {
	tests := []struct {
		name     string
		patterns []string
		text     string
	}{
		{"classic", []string{"he", "she", "his", "hers"}, "ushers and his shell"},
		{"nested", []string{"a", "aa", "aaa"}, "aaaa"},
		{"compound", []string{"vakbond", "bond", "lid"}, "vakbondslid en bondgenoot"},
		{"multiword", []string{"trade union", "union"}, "trade union member, unionpay"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Build(tt.patterns, 0, DefaultDenseDepth)
			if err != nil {
				t.Fatal(err)
			}
			got := sortByEnd(run(a, tt.text), tt.patterns)
			want := sortByEnd(naive(tt.patterns, tt.text), tt.patterns)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("matches (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRandomAgainstNaive(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abc "[rng.Intn(4)]
		}
		return string(b)
	}
	for round := 0; round < 200; round++ {
		var patterns []string
		for i := 0; i < 1+rng.Intn(8); i++ {
			patterns = append(patterns, word(1+rng.Intn(4)))
		}
		text := word(rng.Intn(40))
		a, err := Build(patterns, 0, 1)
		if err != nil {
			t.Fatal(err)
		}
		got := sortByEnd(run(a, text), patterns)
		want := sortByEnd(naive(patterns, text), patterns)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("patterns %q text %q (-want +got):\n%s", patterns, text, diff)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	if _, err := Build([]string{"ok", ""}, 0, DefaultDenseDepth); err == nil {
		t.Error("Build accepted an empty pattern")
	}
}

func TestCollapse(t *testing.T) {
	patterns := []string{"trade union", "union", "de un"}
	a, err := Build(patterns, ' ', 2)
	if err != nil {
		t.Fatal(err)
	}
	collapse := func(s string) string {
		for strings.Contains(s, "  ") {
			s = strings.ReplaceAll(s, "  ", " ")
		}
		return s
	}
	for _, text := range []string{"trade   union", "  trade union  ", "trade union", "tra de  union", "trade    unio"} {
		got := len(run(a, text))
		want := len(naive(patterns, collapse(text)))
		if got != want {
			t.Errorf("%q: %d matches, want %d as in the collapsed text", text, got, want)
		}
	}
}

// TestDenseNodes checks which nodes get a full row: the levels that fit
// whole, then of the next levels up to the dense depth those that most
// patterns pass through, the earlier first on a tie.
func TestDenseNodes(t *testing.T) {
	// A trie of 20 patterns numbered breadth-first, its levels ending at
	// 1, 3, 6 and 10: the root; nodes 1 and 2 (12 and 8 patterns pass
	// through); 3 and 4 (5 and 6), children of 1, and 5 (1), child of 2;
	// 6 and 7 (3 and 2), children of 3, 8 (6), child of 4, and 9 (1),
	// child of 5.
	levelEnd := []int{1, 3, 6, 10}
	through := []uint32{20, 12, 8, 5, 6, 1, 3, 2, 6, 1}
	tests := []struct {
		shallow, nd int
		want        []int
		reason      string
	}{
		{10, 10, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, "every shallow node fits: all of them, as before"},
		{6, 8, []int{0, 1, 2, 3, 4, 5}, "the nodes to the dense depth fit: no deeper one"},
		{10, 3, []int{0, 1, 2}, "two levels fit whole, nothing more"},
		{10, 4, []int{0, 1, 2, 4}, "of the deeper nodes the one with most patterns; of the two with 6, the earlier"},
		{10, 5, []int{0, 1, 2, 4, 8}, "a stem's node and its child (6 each) before a sibling with 5"},
		{10, 8, []int{0, 1, 2, 3, 4, 5, 6, 8}, "three levels whole, then 6 and 3 patterns"},
		{10, 1, []int{0}, "the root alone"},
	}
	for _, tc := range tests {
		got := denseNodes(levelEnd, through, tc.shallow, tc.nd)
		var rows []int
		for s, d := range got {
			if d {
				rows = append(rows, s)
			}
		}
		if !cmp.Equal(rows, tc.want) {
			t.Errorf("denseNodes(shallow %d, nd %d) = %v, want %v (%s)", tc.shallow, tc.nd, rows, tc.want, tc.reason)
		}
	}
	// Counts beyond the histogram's buckets: told apart by sorting.
	got := denseNodes([]int{1, 3, 6}, []uint32{20000, 12000, 8000, 5000, 6000, 4100}, 6, 4)
	if want := []bool{true, true, true, false, true, false}; !cmp.Equal(got, want) {
		t.Errorf("denseNodes with counts over 4,095 = %v, want %v (the node with 6,000 patterns)", got, want)
	}
}
