package ac

import (
	"errors"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// buildReference is Build as it was with a map per node: the tables
// Build makes must equal its tables. Every pattern must be non-empty; duplicates are
// allowed and reported under each index. Patterns may hold the byte sep
// only between other bytes; a run of sep bytes in the text then counts as
// one, as if the text had been collapsed first. A sep of 0 collapses
// nothing.
func buildReference(patterns []string, sep byte) (*Automaton, error) {
	a := &Automaton{lens: make([]int, len(patterns))}
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
		a.lens[i] = len(p)
		a.maxLen = max(a.maxLen, len(p))
	}
	if uint64(len(nodes))*uint64(a.nclass) > 1<<28 {
		return nil, fmt.Errorf("ac: automaton too large (%d states)", len(nodes))
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
	bfs := []uint32{0} // states in breadth-first order, for numbering
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		bfs = append(bfs, s)
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

	// Renumber: states without outputs first, the root staying 0, each
	// group in breadth-first order so that the shallow states, where the
	// text spends most of its time, share cache lines.
	order := make([]uint32, 0, len(nodes))
	for _, s := range bfs {
		if len(nodes[s].out) == 0 {
			order = append(order, s)
		}
	}
	a.firstOut = uint32(len(order) * a.nclass)
	for _, s := range bfs {
		if len(nodes[s].out) != 0 {
			order = append(order, s)
		}
	}
	newNum := make([]uint32, len(nodes))
	for n, s := range order {
		newNum[s] = uint32(n)
	}
	trans := make([]uint32, len(a.trans))
	for n, s := range order {
		for c := 0; c < a.nclass; c++ {
			trans[n*a.nclass+c] = newNum[a.trans[int(s)*a.nclass+c]] * uint32(a.nclass)
		}
	}
	a.trans = trans
	a.outStart = make([]uint32, len(nodes)+1)
	for n, s := range order {
		a.outStart[n] = uint32(len(a.outs))
		a.outs = append(a.outs, nodes[s].out...)
	}
	a.outStart[len(nodes)] = uint32(len(a.outs))
	return a, nil
}

// TestBuildEqualsReference checks that Build makes the very tables of the
// map-based builder it replaced, on random pattern sets with duplicates,
// shared prefixes and separators.
func TestBuildEqualsReference(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for round := 0; round < 300; round++ {
		alpha := "abcde fgh"[:2+rng.Intn(8)]
		var pats []string
		for i := rng.Intn(60) + 1; i > 0; i-- {
			var b strings.Builder
			for j := rng.Intn(7) + 1; j > 0; j-- {
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
		sep := byte(0)
		if round%2 == 0 {
			sep = ' '
		}
		got, err := Build(pats, sep)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := buildReference(pats, sep)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: Build differs from the reference for %q", round, pats)
		}
	}
}
