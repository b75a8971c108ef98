package ac

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// buildV1 is Build as it was before it made its trie breadth-first
// (issue 14, 2026-12-07): a trie of child and sibling lists in the
// order the nodes were made, then a breadth-first pass over it. Build
// must make the very same tables (TestBuildSameTables).
//
// It compiles patterns. Every pattern must be non-empty; duplicates are
// allowed and reported under each index. Patterns may hold the byte sep
// only between other bytes; a run of sep bytes in the text then counts as
// one, as if the text had been collapsed first. A sep of 0 collapses
// nothing. States up to denseDepth deep get a full row of the table (see
// DefaultDenseDepth).
//
// The trie is kept as child and sibling lists; no map and no full
// transition table is ever made.
func buildV1(patterns []string, sep byte, denseDepth int) (*Automaton, error) {
	a := &Automaton{lens: make([]int32, len(patterns))}
	// Byte classes: one per byte that occurs in a pattern, class 0 for the rest.
	total := 0
	for _, p := range patterns {
		if p == "" {
			return nil, errors.New("ac: empty pattern")
		}
		total += len(p)
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
	nc := a.nclass

	// The trie: node 0 is the root, which is nobody's child, so 0 also
	// means "none" in first and sibling.
	// Sized for half the pattern bytes, not all: the patterns share
	// their prefixes (the built-in terms make 82,000 nodes of 178,000
	// bytes), and what a cold start allocates brings its collections
	// nearer; a trie of more nodes grows these once or twice.
	est := total/2 + 1
	first := make([]uint32, 1, est)   // first child
	sibling := make([]uint32, 1, est) // next child of the same parent
	label := make([]uint8, 1, est)    // class of the byte that enters the node
	outEnd := make([]int32, 1, est)   // the last pattern ending here, +1; 0 for none
	child := func(s uint32, c uint8) uint32 {
		for n := first[s]; n != 0; n = sibling[n] {
			if label[n] == c {
				return n
			}
		}
		return 0
	}
	// Patterns that end in the same node: the later ones chained from
	// the earlier, in order (-1 ends a chain).
	dupNext := make([]int32, len(patterns))
	shallow := 0 // nodes at most DenseDepth deep: at most that many rows
	for i, p := range patterns {
		dupNext[i] = -1
		s := uint32(0)
		for j := 0; j < len(p); j++ {
			c := a.class[p[j]]
			n := child(s, c)
			if n == 0 {
				n = uint32(len(first))
				if j < denseDepth {
					shallow++
				}
				first = append(first, 0)
				sibling = append(sibling, first[s])
				label = append(label, c)
				outEnd = append(outEnd, 0)
				first[s] = n
			}
			s = n
		}
		if outEnd[s] != 0 {
			k := outEnd[s] - 1
			for dupNext[k] >= 0 {
				k = dupNext[k]
			}
			dupNext[k] = int32(i)
		} else {
			outEnd[s] = int32(i) + 1
		}
		a.lens[i] = int32(len(p))
		a.maxLen = max(a.maxLen, len(p))
	}
	nodes := len(first)
	a.states = nodes

	// One breadth-first pass, children in class order. A state is
	// finished before any state whose failure state it is (those are
	// deeper), so that each state's failure link is a step of its
	// parent's finished failure state, and its row or list starts from
	// its failure state's.
	//
	// A state is dense when it is shallow and has no outputs; a dense
	// state's failure state is dense too (shallower, and without
	// outputs, or the state would have them). A dense row, in trie nodes
	// until the states are numbered, is its failure state's row with its
	// own children set. A sparse state defaults to the row of the first
	// dense state on its failure chain, def, and lists the transitions
	// where it differs from it: its own children, and its failure state's
	// list where these do not override it.
	//
	// A separator run counts once: a state entered by sep stays put on
	// sep. Every state that inherits a row or a list from such a state is
	// entered by sep too (a failure state is a suffix), so fixing each at
	// once is the same as fixing all after.
	sc := uint8(0)
	if sep != 0 {
		sc = a.class[sep]
	}
	fail := make([]uint32, nodes)
	depth := make([]uint8, nodes)
	bfs := make([]uint32, 1, nodes) // the root first
	// A state's outputs are its own patterns, then those of dict[s]: the
	// nearest state on its failure chain with patterns of its own.
	dict := make([]uint32, nodes)
	hasOut := func(s uint32) bool { return outEnd[s] != 0 || dict[s] != 0 }
	isDenseNode := make([]bool, nodes)
	isDense := func(s uint32) bool { return isDenseNode[s] }
	num := make([]uint32, nodes) // dense: row number
	maxRows := denseRows(nodes, nc)
	dense := make([]uint32, 0, min(shallow+1, maxRows+1)*nc)
	def := make([]uint32, nodes)
	excStart := make([]uint32, nodes)
	excEnd := make([]uint32, nodes)
	excClass := make([]uint8, 0, nodes+nodes/2)
	excNode := make([]uint32, 0, nodes+nodes/2)
	// delta is the transition of a finished state f on class c.
	delta := func(f uint32, c uint8) uint32 {
		if isDenseNode[f] {
			return dense[int(num[f])*nc+int(c)]
		}
		for i := excStart[f]; i < excEnd[f]; i++ {
			if excClass[i] == c {
				return excNode[i]
			}
		}
		return dense[int(num[def[f]])*nc+int(c)]
	}
	type edge struct {
		c uint8
		n uint32
	}
	var own []edge
	for q := 0; q < len(bfs); q++ {
		s := bfs[q]
		f := fail[s]
		if outEnd[f] != 0 {
			dict[s] = f
		} else {
			dict[s] = dict[f]
		}
		own = own[:0]
		for m := first[s]; m != 0; m = sibling[m] {
			own = append(own, edge{label[m], m})
		}
		for i := 1; i < len(own); i++ {
			for k := i; k > 0 && own[k].c < own[k-1].c; k-- {
				own[k], own[k-1] = own[k-1], own[k]
			}
		}
		// The children: depth, failure link (the pure transition, not
		// the separator fix, which only a pattern with two separators
		// in a row would meet), breadth-first order.
		for _, e := range own {
			n := e.n
			bfs = append(bfs, n)
			depth[n] = depth[s] + 1
			if depth[n] == 0 {
				depth[n] = math.MaxUint8
			}
			switch {
			case s == 0:
				// fail[n] = 0
			case e.c == sc && label[f] == sc:
				for g := f; ; g = fail[g] {
					if m := child(g, e.c); m != 0 {
						fail[n] = m
						break
					}
					if g == 0 {
						break
					}
				}
			default:
				fail[n] = delta(f, e.c)
			}
		}

		if int(depth[s]) <= denseDepth && len(dense) < maxRows*nc || s == 0 {
			isDenseNode[s] = true
			num[s] = uint32(len(dense) / nc)
			dense = append(dense, make([]uint32, nc)...)
			row := dense[len(dense)-nc:]
			if s != 0 {
				copy(row, dense[int(num[f])*nc:][:nc])
			}
			for _, e := range own {
				row[e.c] = e.n
			}
			if sc != 0 && s != 0 && label[s] == sc {
				row[sc] = s
			}
			continue
		}
		if sc != 0 && label[s] == sc {
			k := len(own)
			for k > 0 && own[k-1].c > sc {
				k--
			}
			if k > 0 && own[k-1].c == sc {
				own[k-1].n = s // a pattern with two seps in a row: the run wins
			} else {
				own = append(own, edge{})
				copy(own[k+1:], own[k:])
				own[k] = edge{sc, s}
			}
		}
		inh, inhEnd := 0, 0 // the inherited list, excClass/excNode[inh:inhEnd]
		if isDense(f) {
			def[s] = f
		} else {
			def[s] = def[f]
			inh, inhEnd = int(excStart[f]), int(excEnd[f])
		}
		// Merge the own transitions and the inherited list, by class;
		// an own one overrides.
		excStart[s] = uint32(len(excNode))
		for _, e := range own {
			for inh < inhEnd && excClass[inh] < e.c {
				excClass = append(excClass, excClass[inh])
				excNode = append(excNode, excNode[inh])
				inh++
			}
			if inh < inhEnd && excClass[inh] == e.c {
				inh++
			}
			excClass = append(excClass, e.c)
			excNode = append(excNode, e.n)
		}
		for ; inh < inhEnd; inh++ {
			excClass = append(excClass, excClass[inh])
			excNode = append(excNode, excNode[inh])
		}
		excEnd[s] = uint32(len(excNode))
	}
	nd := len(dense) / nc
	if uint64(nd)*uint64(nc) > maxState {
		return nil, fmt.Errorf("ac: automaton too large (%d dense states)", nd)
	}
	a.denseEnd = uint32(nd * nc)

	// Number the states. The rows without outputs come first, the root's
	// first; then the rows with outputs; then the sparse records with
	// outputs (each after its output number); then those without. So
	// the states with outputs are one range, and telling whether a step
	// found something is one comparison. Each group is breadth-first, so
	// that the shallow states, where the text spends most of its time,
	// share cache lines.
	row := make([]uint32, nd) // a row's place in that order
	nr := 0
	for pass := 0; pass < 2; pass++ {
		for _, s := range bfs {
			if isDense(s) && hasOut(s) == (pass == 1) {
				if pass == 1 && a.firstOut == 0 {
					a.firstOut = uint32(nr * nc)
				}
				row[num[s]] = uint32(nr)
				nr++
			}
		}
	}
	if a.firstOut == 0 {
		a.firstOut = a.denseEnd
	}
	off := make([]uint32, nodes) // a sparse state's record
	pos := 0
	outStates := int(a.denseEnd-a.firstOut) / nc
	for pass := 0; pass < 2; pass++ {
		for _, s := range bfs {
			if isDense(s) || hasOut(s) != (pass == 0) {
				continue
			}
			if pass == 0 {
				outStates++
				pos++ // the output number
			}
			off[s] = uint32(pos)
			pos += 1 + int(excEnd[s]-excStart[s])
		}
		if pass == 0 {
			a.outEnd = a.denseEnd + uint32(pos)
		}
	}
	if uint64(a.denseEnd)+uint64(pos) > maxState {
		return nil, fmt.Errorf("ac: automaton too large (%d states)", nodes)
	}
	value := func(s uint32) uint32 {
		if isDense(s) {
			return row[num[s]] * uint32(nc)
		}
		return a.denseEnd + off[s]
	}
	// The rows become a.dense in place, not in a second table: each
	// entry to its value, then each row to its place, cycle by cycle.
	for i, s := range dense {
		dense[i] = value(s)
	}
	tmp := make([]uint32, nc)
	placed := make([]bool, nd)
	for r := 0; r < nd; r++ {
		if placed[r] || int(row[r]) == r {
			continue
		}
		// Follow the cycle through r: the row that belongs at r's place
		// comes from the r' with row[r'] == r; walking forward instead,
		// carry r's row to row[r], that one's to its place, and so on.
		copy(tmp, dense[r*nc:(r+1)*nc])
		for q := int(row[r]); ; {
			next := int(row[q])
			at := dense[q*nc : (q+1)*nc]
			for c := range at {
				at[c], tmp[c] = tmp[c], at[c]
			}
			placed[q] = true
			if q == r {
				break
			}
			q = next
		}
	}
	a.dense = dense
	if cap(dense)-len(dense) > nc {
		a.dense = slices.Clone(dense)
	}
	a.sparse = make([]uint32, pos)
	for _, s := range bfs {
		if isDense(s) {
			continue
		}
		o := off[s]
		lo, hi := excStart[s], excEnd[s]
		a.sparse[o] = value(def[s])<<8 | (hi - lo)
		for i := lo; i < hi; i++ {
			a.sparse[o+1+i-lo] = value(excNode[i])<<8 | uint32(excClass[i])
		}
	}
	// Outputs, numbered in the order of the states: the rows' numbers
	// follow from their place, the records keep theirs before them.
	a.outStart = make([]uint32, outStates+1)
	a.outState = make([]uint32, 0, outStates)
	a.outs = make([]int32, 0, 2*outStates)
	k := 0
	for pass := 0; pass < 2; pass++ {
		for _, s := range bfs {
			if !hasOut(s) || isDense(s) != (pass == 0) {
				continue
			}
			if pass == 1 {
				a.sparse[off[s]-1] = uint32(k)
			}
			a.outStart[k] = uint32(len(a.outs))
			a.outState = append(a.outState, value(s))
			for t := s; t != 0; t = dict[t] {
				for p := outEnd[t] - 1; p >= 0; p = dupNext[p] {
					a.outs = append(a.outs, p)
				}
			}
			k++
		}
	}
	a.outStart[k] = uint32(len(a.outs))
	return a, nil
}

// TestBuildSameTables checks that Build makes the very tables buildV1
// made, on random pattern sets with duplicates, shared prefixes,
// separators (runs of them too) and dense depths from 0 to 8, whose
// shallow states all get a row: the matching loops then step through the
// same states, find the same matches and run as fast. A large automaton
// whose full rows go beyond MaxDenseRows, where Build chooses other rows
// (denseNodes), has as many rows and states.
func TestBuildSameTables(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	check := func(pats []string, sep byte, depth int) {
		t.Helper()
		got, err := Build(pats, sep, depth)
		if err != nil {
			t.Fatal(err)
		}
		want, err := buildV1(pats, sep, depth)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Build(%d patterns, sep %q, depth %d) differs from buildV1", len(pats), sep, depth)
		}
	}
	for round := 0; round < 310; round++ {
		alpha := "abcde fgh"[:2+rng.Intn(8)]
		count, length := 60, 7
		if round >= 300 {
			count, length = 3000, 25
		}
		pats := randomPatterns(rng, alpha, count, length)
		sep := byte(0)
		if round%2 == 0 {
			sep = ' '
		}
		check(pats, sep, round%5*2)
	}
	var pats []string
	const alpha = "abcdefghijklmnop qrst"
	for len(pats) < 30000 {
		var b strings.Builder
		for j := 4 + rng.Intn(10); j > 0; j-- {
			b.WriteByte(alpha[rng.Intn(len(alpha))])
		}
		if p := strings.Trim(b.String(), " "); p != "" {
			pats = append(pats, p)
		}
	}
	// A large automaton whose shallow states do not all get a row: its
	// rows go to other states than buildV1's (denseNodes), so its tables
	// differ; it has as many rows and states (TestBuildLargeEqualsReference
	// checks that such an automaton steps as the reference does).
	got, err := Build(pats, ' ', DefaultDenseDepth)
	if err != nil {
		t.Fatal(err)
	}
	v1, err := buildV1(pats, ' ', DefaultDenseDepth)
	if err != nil {
		t.Fatal(err)
	}
	if got.DenseStates() <= MaxDenseRows {
		t.Fatalf("%d states, %d full rows: not a large automaton", got.States(), got.DenseStates())
	}
	if got.States() != v1.States() || got.DenseStates() != v1.DenseStates() {
		t.Fatalf("%d states, %d rows; buildV1 %d, %d", got.States(), got.DenseStates(), v1.States(), v1.DenseStates())
	}
}
