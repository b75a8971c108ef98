// Package ac is an Aho-Corasick automaton over bytes, compiled to a
// deterministic transition table so that matching costs one table lookup a
// byte and allocates nothing.
package ac

import (
	"errors"
	"fmt"
)

// Automaton matches a fixed set of byte patterns in one pass. It is
// immutable after Build and safe for concurrent use.
//
// A state is an offset into the transition table (state number times the
// number of byte classes), so that a step is one addition and one load;
// the states in which a pattern ends are numbered last, so that telling
// whether a step found something is one comparison.
type Automaton struct {
	class    [256]uint8 // byte -> equivalence class
	nclass   int
	trans    []uint32 // state + class -> next state
	firstOut uint32   // states >= firstOut have outputs
	outStart []uint32 // outputs of state number n: outs[outStart[n]:outStart[n+1]]
	outs     []int32  // pattern indices, longest first
	lens     []int    // pattern lengths
	maxLen   int
}

// Build compiles patterns. Every pattern must be non-empty; duplicates are
// allowed and reported under each index. Patterns may hold the byte sep
// only between other bytes; a run of sep bytes in the text then counts as
// one, as if the text had been collapsed first. A sep of 0 collapses
// nothing.
func Build(patterns []string, sep byte) (*Automaton, error) {
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

// Start is the initial state.
const Start uint32 = 0

// Step returns the state after reading b in state s.
func (a *Automaton) Step(s uint32, b byte) uint32 {
	return a.trans[s+uint32(a.class[b])]
}

// Table returns the transition table and the first output state, for
// callers that step in a hot loop on local copies: the next state after a
// byte of class c in state s is table[s+c], and s has outputs when
// s >= firstOut.
func (a *Automaton) Table() (table []uint32, firstOut uint32) { return a.trans, a.firstOut }

// Class returns the byte class of b, for StepClass.
func (a *Automaton) Class(b byte) uint8 { return a.class[b] }

// StepClass returns the state after reading a byte of class c in state s.
func (a *Automaton) StepClass(s uint32, c uint8) uint32 {
	return a.trans[s+uint32(c)]
}

// HasOutput reports whether some pattern ends in state s.
func (a *Automaton) HasOutput(s uint32) bool { return s >= a.firstOut }

// Outputs returns the indices of the patterns that end in state s.
func (a *Automaton) Outputs(s uint32) []int32 {
	n := s / uint32(a.nclass)
	return a.outs[a.outStart[n]:a.outStart[n+1]]
}

// Number returns the number of state s, in [0, States()).
func (a *Automaton) Number(s uint32) int { return int(s) / a.nclass }

// StateAt returns the state numbered n.
func (a *Automaton) StateAt(n int) uint32 { return uint32(n * a.nclass) }

// Len returns the length of pattern i.
func (a *Automaton) Len(i int32) int { return a.lens[i] }

// MaxLen returns the length of the longest pattern.
func (a *Automaton) MaxLen() int { return a.maxLen }

// States returns the number of states, for tests and sizing.
func (a *Automaton) States() int { return len(a.outStart) - 1 }
