package ac

import (
	"errors"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// refAutomaton is the plain Aho-Corasick automaton: a full transition
// table indexed by trie node, and each node's outputs.
type refAutomaton struct {
	class  [256]uint8
	nclass int
	trans  []uint32 // node*nclass + class -> node
	outs   [][]int32
}

// buildReference is Build as it was with a map per node and a full
// table: the automaton Build makes must be equivalent to it. Every
// pattern must be non-empty; duplicates are allowed and reported under
// each index. Patterns may hold the byte sep only between other bytes; a
// run of sep bytes in the text then counts as one, as if the text had
// been collapsed first. A sep of 0 collapses nothing.
func buildReference(patterns []string, sep byte) (*refAutomaton, error) {
	a := &refAutomaton{}
	// Byte classes: one per byte that occurs in a pattern, class 0 for the rest.
	for _, p := range patterns {
		if p == "" {
			return nil, errors.New("ac: empty pattern")
		}
		for i := 0; i < len(p); i++ {
			if a.class[p[i]] == 0 {
				a.nclass++
				if a.nclass > 255 {
					return nil, errors.New("ac: too many distinct bytes")
				}
				a.class[p[i]] = uint8(a.nclass)
			}
		}
	}
	a.nclass++ // class 0

	// The trie.
	type node struct {
		next map[uint8]uint32
		fail uint32
		out  []int32
	}
	nodes := []node{{next: map[uint8]uint32{}}}
	for i, p := range patterns {
		s := uint32(0)
		for j := 0; j < len(p); j++ {
			c := a.class[p[j]]
			n, ok := nodes[s].next[c]
			if !ok {
				n = uint32(len(nodes))
				nodes = append(nodes, node{next: map[uint8]uint32{}})
				nodes[s].next[c] = n
			}
			s = n
		}
		nodes[s].out = append(nodes[s].out, int32(i))
	}

	// Breadth-first: failure links and the full transition table.
	a.trans = make([]uint32, len(nodes)*a.nclass)
	queue := make([]uint32, 0, len(nodes))
	for c := 0; c < a.nclass; c++ {
		if n, ok := nodes[0].next[uint8(c)]; ok {
			a.trans[c] = n
			queue = append(queue, n)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		f := nodes[s].fail
		nodes[s].out = append(nodes[s].out, nodes[f].out...)
		for c := 0; c < a.nclass; c++ {
			if n, ok := nodes[s].next[uint8(c)]; ok {
				nodes[n].fail = a.trans[int(f)*a.nclass+c]
				a.trans[int(s)*a.nclass+c] = n
				queue = append(queue, n)
			} else {
				a.trans[int(s)*a.nclass+c] = a.trans[int(f)*a.nclass+c]
			}
		}
	}
	// A run of separators counts once: a state entered by sep stays put on
	// another sep. (No pattern starts with sep, so the root stays put too.)
	if sep != 0 {
		sc := int(a.class[sep])
		if sc != 0 {
			a.trans[sc] = 0
			for s := range nodes {
				if n, ok := nodes[s].next[uint8(sc)]; ok {
					a.trans[int(n)*a.nclass+sc] = n
				}
			}
		}
	}
	for _, n := range nodes {
		a.outs = append(a.outs, n.out)
	}
	return a, nil
}

// equivalent reports how got differs from the reference automaton want,
// or "": the same byte classes, and a one-to-one map between their states,
// found breadth-first from the start states, under which every transition
// and every state's outputs agree.
func equivalent(got *Automaton, want *refAutomaton) string {
	if got.class != want.class || got.nclass != want.nclass {
		return "byte classes differ"
	}
	if got.States() != len(want.outs) {
		return fmt.Sprintf("%d states, want %d", got.States(), len(want.outs))
	}
	toGot := map[uint32]uint32{0: Start}
	toWant := map[uint32]uint32{Start: 0}
	queue := []uint32{0}
	for len(queue) > 0 {
		w := queue[0]
		queue = queue[1:]
		g := toGot[w]
		if o, wo := got.Outputs(g), want.outs[w]; !reflect.DeepEqual(o, wo) && len(o)+len(wo) > 0 {
			return fmt.Sprintf("outputs %v, want %v", o, wo)
		}
		if got.HasOutput(g) != (len(want.outs[w]) > 0) {
			return "HasOutput differs"
		}
		if got.HasOutput(g) && got.OutputState(got.OutputNumber(g)) != g {
			return "OutputState is not the inverse of OutputNumber"
		}
		if g >= got.Limit() {
			return "a state is beyond Limit"
		}
		for c := 0; c < want.nclass; c++ {
			wn := want.trans[int(w)*want.nclass+c]
			gn := got.StepClass(g, uint8(c))
			if m, ok := toGot[wn]; ok {
				if m != gn {
					return fmt.Sprintf("a transition on class %d goes elsewhere", c)
				}
				continue
			}
			if _, ok := toWant[gn]; ok {
				return fmt.Sprintf("a transition on class %d joins two states", c)
			}
			toGot[wn], toWant[gn] = gn, wn
			queue = append(queue, wn)
		}
	}
	return ""
}

// randomPatterns makes up to count patterns of up to length bytes of
// alpha, trimmed of spaces and never empty, an eighth of them repeated.
func randomPatterns(rng *rand.Rand, alpha string, count, length int) []string {
	var pats []string
	for i := rng.Intn(count) + 1; i > 0; i-- {
		var b strings.Builder
		for j := rng.Intn(length) + 1; j > 0; j-- {
			b.WriteByte(alpha[rng.Intn(len(alpha))])
		}
		p := strings.Trim(b.String(), " ")
		if p == "" {
			p = "a"
		}
		pats = append(pats, p)
		if rng.Intn(8) == 0 {
			pats = append(pats, p) // a duplicate
		}
	}
	return pats
}

// TestBuildEqualsReference checks that Build makes an automaton
// equivalent to the map-based builder with a full table, on random
// pattern sets with duplicates, shared prefixes, separators, patterns
// deeper than the full rows, and dense depths from 0 to 8.
func TestBuildEqualsReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 310; round++ {
		alpha := "abcde fgh"[:2+rng.Intn(8)]
		// The last rounds are larger: long chains of sparse states whose
		// failure states are sparse too.
		count, length := 60, 7
		if round >= 300 {
			count, length = 600, 25
		}
		pats := randomPatterns(rng, alpha, count, length)
		sep := byte(0)
		if round%2 == 0 {
			sep = ' '
		}
		got, err := Build(pats, sep, round%5*2) // depth 0 to 8
		if err != nil {
			t.Fatal(err)
		}
		want, _ := buildReference(pats, sep)
		if d := equivalent(got, want); d != "" {
			t.Fatalf("round %d: Build differs from the reference for %q: %s", round, pats, d)
		}
	}
}

// TestBuildLargeEqualsReference checks a large automaton, whose full rows
// go beyond MaxDenseRows (denseRows), against the reference.
func TestBuildLargeEqualsReference(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	const alpha = "abcdefghijklmnop qrst"
	var pats []string
	for len(pats) < 40000 {
		var b strings.Builder
		for j := 4 + rng.Intn(10); j > 0; j-- {
			b.WriteByte(alpha[rng.Intn(len(alpha))])
		}
		if p := strings.Trim(b.String(), " "); p != "" {
			pats = append(pats, p)
		}
	}
	got, err := Build(pats, ' ', DefaultDenseDepth)
	if err != nil {
		t.Fatal(err)
	}
	if got.States() <= statesPerRow*MaxDenseRows || got.DenseStates() <= MaxDenseRows {
		t.Fatalf("%d states, %d full rows: not a large automaton", got.States(), got.DenseStates())
	}
	want, _ := buildReference(pats, ' ')
	if d := equivalent(got, want); d != "" {
		t.Fatalf("Build differs from the reference: %s", d)
	}
}
