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
//
// The trie is kept as child and sibling lists, with failure links found
// by walking them, so that the only large allocation is the transition
// table, made once at its final size and filled in its final numbering.
func Build(patterns []string, sep byte) (*Automaton, error) {
	a := &Automaton{lens: make([]int, len(patterns))}
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
	first := make([]uint32, 1, total/2+1)   // first child
	sibling := make([]uint32, 1, total/2+1) // next child of the same parent
	label := make([]uint8, 1, total/2+1)    // class of the byte that enters the node
	outEnd := make([]int32, 1, total/2+1)   // the last pattern ending here, +1; 0 for none
	child := func(s uint32, c uint8) uint32 {
		for n := first[s]; n != 0; n = sibling[n] {
			if label[n] == c {
				return n
			}
		}
		return 0
	}
	// Patterns that end in the same node: the later ones chained from
	// the earlier, in order.
	var dupNext map[int32]int32
	for i, p := range patterns {
		s := uint32(0)
		for j := 0; j < len(p); j++ {
			c := a.class[p[j]]
			n := child(s, c)
			if n == 0 {
				n = uint32(len(first))
				first = append(first, 0)
				sibling = append(sibling, first[s])
				label = append(label, c)
				outEnd = append(outEnd, 0)
				first[s] = n
			}
			s = n
		}
		if outEnd[s] != 0 {
			if dupNext == nil {
				dupNext = map[int32]int32{}
			}
			k := outEnd[s] - 1
			for {
				nx, ok := dupNext[k]
				if !ok {
					break
				}
				k = nx
			}
			dupNext[k] = int32(i)
		} else {
			outEnd[s] = int32(i) + 1
		}
		a.lens[i] = len(p)
		a.maxLen = max(a.maxLen, len(p))
	}
	nodes := len(first)
	if uint64(nodes)*uint64(nc) > 1<<28 {
		return nil, fmt.Errorf("ac: automaton too large (%d states)", nodes)
	}

	// Breadth-first, children in class order: failure links and outputs
	// (a node's own patterns, then its failure node's).
	fail := make([]uint32, nodes)
	bfs := make([]uint32, 1, nodes) // the root first
	outs := make([][]int32, nodes)
	var kids []uint32
	sortedKids := func(s uint32) []uint32 {
		kids = kids[:0]
		for n := first[s]; n != 0; n = sibling[n] {
			kids = append(kids, n)
		}
		for i := 1; i < len(kids); i++ {
			for k := i; k > 0 && label[kids[k]] < label[kids[k-1]]; k-- {
				kids[k], kids[k-1] = kids[k-1], kids[k]
			}
		}
		return kids
	}
	for q := 0; q < len(bfs); q++ {
		s := bfs[q]
		if s != 0 {
			var own []int32
			if e := outEnd[s]; e != 0 {
				own = append(own, e-1)
				for k := e - 1; ; {
					nx, ok := dupNext[k]
					if !ok {
						break
					}
					own = append(own, nx)
					k = nx
				}
			}
			if fo := outs[fail[s]]; len(fo) > 0 {
				own = append(own, fo...)
			}
			outs[s] = own
		}
		for _, n := range sortedKids(s) {
			bfs = append(bfs, n)
			if s == 0 {
				continue // fail[n] = 0
			}
			c := label[n]
			f := fail[s]
			for {
				if m := child(f, c); m != 0 {
					fail[n] = m
					break
				}
				if f == 0 {
					break
				}
				f = fail[f]
			}
		}
	}

	// Number the states: without outputs first, the root staying 0, each
	// group in breadth-first order so that the shallow states, where the
	// text spends most of its time, share cache lines.
	num := make([]uint32, nodes)
	n := 0
	for _, s := range bfs {
		if len(outs[s]) == 0 {
			num[s] = uint32(n)
			n++
		}
	}
	a.firstOut = uint32(n * nc)
	for _, s := range bfs {
		if len(outs[s]) != 0 {
			num[s] = uint32(n)
			n++
		}
	}

	// The table, in breadth-first order: a state's row is its failure
	// state's row (filled before it, being shallower) with its own
	// children set.
	a.trans = make([]uint32, nodes*nc)
	for _, s := range bfs {
		row := a.trans[int(num[s])*nc:][:nc]
		if s != 0 {
			copy(row, a.trans[int(num[fail[s]])*nc:][:nc])
		}
		for m := first[s]; m != 0; m = sibling[m] {
			row[label[m]] = num[m] * uint32(nc)
		}
	}
	// A run of separators counts once: a state entered by sep stays put on
	// another sep. (No pattern starts with sep, so the root stays put too.)
	if sep != 0 {
		if sc := int(a.class[sep]); sc != 0 {
			a.trans[sc] = 0
			for m := 1; m < nodes; m++ {
				if int(label[m]) == sc {
					a.trans[int(num[m])*nc+sc] = num[m] * uint32(nc)
				}
			}
		}
	}
	a.outStart = make([]uint32, nodes+1)
	byNum := make([]uint32, nodes)
	for s, k := range num {
		byNum[k] = uint32(s)
	}
	size := 0
	for _, o := range outs {
		size += len(o)
	}
	a.outs = make([]int32, 0, size)
	for k, s := range byNum {
		a.outStart[k] = uint32(len(a.outs))
		a.outs = append(a.outs, outs[s]...)
	}
	a.outStart[nodes] = uint32(len(a.outs))
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
