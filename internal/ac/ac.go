// Package ac is an Aho-Corasick automaton over bytes, compiled to a
// deterministic automaton in a compact two-level layout (full rows for the
// shallow states, short lists for the deep ones), so that matching costs
// about one table lookup a byte and allocates nothing.
package ac

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// DefaultDenseDepth is the usual denseDepth of Build: the depth in the
// trie up to which a state gets a full row of the transition table. The
// text spends most of its steps in the states near the root, which branch
// to many byte classes; the many states deeper down (nearly all on a chain
// with one successor) keep only the few transitions in which they differ
// from a shallower state's row.
//
// Chosen by numbers, on the built-in vocabulary (69,000 term states, 40
// byte classes) and the generated benchmark corpus, the terms walk on two
// streams: a full table was 10.4 MiB at 440-510 MB/s. Each step into or
// out of a state without a row is a mispredicted branch: depth 3 (0.9
// MiB) crosses at a fifth of the steps and walked at 250 MB/s; depth 6
// (2.3 MiB) at 3.8% and 340-380 MB/s; depth 8 (3.5 MiB) at 1.1% and
// 470-500 MB/s; depth 10 (4.6 MiB) at 0.3% and 500-540 MB/s. A
// branch-free double-array layout (8-byte slots, two loads and a select a
// step) walked 1.75 times slower than the full table.
const DefaultDenseDepth = 8

// MaxDenseRows bounds the full rows of an automaton: the levels of the
// trie that fit whole, and of the next ones to denseDepth the states that
// most patterns pass through (denseNodes). 16,384 rows of 40 classes are
// 2.5 MiB. The built-in vocabulary had about 20,000 states to depth 8
// when the bound was set, where it kept the heap of the first Default()
// under 8 MB (7.3 MB instead of 7.9) for a terms walk about 5% slower;
// 100,000 more generated terms would need 280,000 rows (45 MiB) and walk
// text that matches them no faster. By 2026-12-07 it has 25,705 states
// to depth 8 (of 114,581): the rows hold the 14,208 to depth 6 and 2,176
// of the 11,497 of depths 7 and 8. Chosen in breadth-first order, as
// they were, those were the first 2,176 of depth 7 in class order (the
// order of first use of the bytes in the patterns), and the terms walk
// of the benchmark corpus ran at 425–481 MB/s of CPU time; chosen by the
// patterns through them, 465–556 (four alternating rounds, load 8 to
// 10), and 32,768 rows (all to depth 8) 533–613 for 2.5 MiB more heap.
const MaxDenseRows = 1 << 14

// An automaton of more than statesPerRow*MaxDenseRows states (a large
// vocabulary added to the built-in one) may have a full row per
// statesPerRow states, at most maxBigRows, so that its walk keeps to the
// rows as the vocabulary grows. BenchmarkVocabularyScale, three
// alternating rounds at a load of 7 (2026-12-07): with 100,000 generated
// terms added (630,000 states), 63,000 rows and 14.6 MiB of table
// instead of 16,384 and 10.2 MiB, Text on the benchmark corpus 138–155
// MB/s of CPU time instead of 122–130 (157–167 with the built-in
// vocabulary alone); with 50,000 (373,000 states) 8.6 MiB instead of 6.3
// and 147–149 instead of 127–128. The built-in vocabulary (84,000
// states) stays under the bound.
const (
	statesPerRow = 10
	maxBigRows   = 1 << 16
)

// denseRows returns the bound on the full rows of an automaton of the
// given number of states and byte classes: MaxDenseRows, or more for a
// large one, while the rows' states stay within a quarter of maxState.
func denseRows(states, nclass int) int {
	return max(MaxDenseRows, min(states/statesPerRow, maxBigRows, maxState/4/nclass))
}

// maxState bounds a state value: a list entry packs a state and a byte
// class into one uint32.
const maxState = 1<<24 - 1

// Automaton matches a fixed set of byte patterns in one pass. It is
// immutable after Build (and SetStops, which its builder calls before
// sharing it) and safe for concurrent use.
//
// A state is a uint32. A dense state (below denseEnd) is the offset of its
// row in dense, so that its step is one addition and one load. Any other
// state is denseEnd plus the offset of its record in sparse:
//
//	sparse[o]           d<<8 | n: d is the dense state whose row holds the
//	                    transitions not listed here; n is how many are
//	sparse[o+1 : o+1+n] next<<8 | class, by class: where the state's row
//	                    differs from d's
//	sparse[o-1]         for a state with outputs, its output number
//
// The rows without outputs come first, then the rows with outputs, then
// the records with outputs, then those without: the states with outputs
// are the range [firstOut, outEnd), and every state from firstOut on has
// outputs or no row, so that a hot loop needs one comparison a step to
// know it can go on.
type Automaton struct {
	class    [256]uint8 // byte -> equivalence class
	nclass   int
	dense    []uint32 // dense state + class -> next state
	denseEnd uint32   // states < denseEnd are dense
	sparse   []uint32 // records of the other states, at state - denseEnd
	firstOut uint32   // states in [firstOut, outEnd) have outputs
	outEnd   uint32
	outStart []uint32 // outputs of output number k: outs[outStart[k]:outStart[k+1]]
	outState []uint32 // output number k -> state
	outs     []int32  // pattern indices, longest first
	lens     []int32  // pattern lengths
	maxLen   int
	states   int
	// flag is what the steps of Step, StepClass and StepSparse clear of
	// a table entry: Flag once SetStops set flags, else nothing.
	flag uint32
}

// Build compiles patterns. Every pattern must be non-empty; duplicates are
// allowed and reported under each index. Patterns may hold the byte sep
// only between other bytes; a run of sep bytes in the text then counts as
// one, as if the text had been collapsed first. A sep of 0 collapses
// nothing. States up to denseDepth deep get a full row of the table (see
// DefaultDenseDepth), at most denseRows of them (see MaxDenseRows).
//
// The trie is made breadth-first, a level at a time, so that its nodes
// are numbered in the order the breadth-first pass visits them and each
// node's children are a range of nodes, in class order: every pass over
// the nodes then reads its tables in order, not at random (the first
// Default() spent three quarters of its time on loads at random from
// the tables of a trie numbered in the order its nodes were made). No
// map and no full transition table is ever made.
func Build(patterns []string, sep byte, denseDepth int) (*Automaton, error) {
	n := len(patterns)
	a := &Automaton{lens: make([]int32, n)}
	total := 0
	for _, p := range patterns {
		if p == "" {
			return nil, errors.New("ac: empty pattern")
		}
		total += len(p)
	}
	if total > math.MaxInt32 {
		return nil, errors.New("ac: patterns too long")
	}
	// Byte classes: one per byte that occurs in a pattern, class 0 for
	// the rest. The patterns' classes are kept one after the other, so
	// that making the trie reads them from one small array.
	cls := make([]uint8, total)
	at := make([]int32, n) // pattern i's classes start at cls[at[i]]
	o := 0
	for i, p := range patterns {
		at[i] = int32(o)
		for j := 0; j < len(p); j++ {
			c := a.class[p[j]]
			if c == 0 {
				a.nclass++
				if a.nclass > 255 {
					return nil, errors.New("ac: too many distinct bytes")
				}
				c = uint8(a.nclass)
				a.class[p[j]] = c
			}
			cls[o] = c
			o++
		}
		a.lens[i] = int32(len(p))
		a.maxLen = max(a.maxLen, len(p))
	}
	a.nclass++ // class 0
	nc := a.nclass

	// The trie, a level at a time: the patterns that pass through a node
	// of depth d are a run of cur (cur[b:e], e its entry in curEnd), in
	// the order of their indices; those that end there are its outputs,
	// the others are sorted, stably, by their byte at d into the runs of
	// its children in nxt. Node 0 is the root.
	est := total/2 + 1                            // the patterns share their prefixes
	label := make([]uint8, 1, est)                // class of the byte that enters the node
	outEnd := make([]int32, 1, est)               // the first pattern ending here, +1; 0 for none
	kids := make([]uint32, 0, est+1)              // node s's children are the nodes [kids[s], kids[s+1])
	levelEnd := make([]int, 0, a.maxLen)          // the nodes at most d deep are [0, levelEnd[d])
	through := make([]uint32, 0, min(est, 1<<15)) // patterns through each node to depth max(denseDepth, 0)
	// Patterns that end in the same node: the later ones chained from
	// the earlier, in order (-1 ends a chain).
	dupNext := make([]int32, n)
	cur, nxt := make([]int32, n), make([]int32, n)
	for i := range cur {
		cur[i], dupNext[i] = int32(i), -1
	}
	curEnd, nxtEnd := []int32{int32(n)}, []int32(nil)
	var count [256]int32
	var keys [smallRun]uint8
	s := 0
	for d := 0; len(curEnd) > 0; d++ {
		nxtEnd = nxtEnd[:0]
		m, b := int32(0), int32(0)
		for _, e := range curEnd {
			run := cur[b:e]
			if d <= max(denseDepth, 0) {
				through = append(through, uint32(e-b))
			}
			b = e
			kids = append(kids, uint32(len(label)))
			k, last := 0, int32(-1)
			for _, p := range run {
				if int(a.lens[p]) != d {
					run[k] = p
					k++
					continue
				}
				if last < 0 {
					outEnd[s] = p + 1
				} else {
					dupNext[last] = p
				}
				last = p
			}
			run = run[:k]
			out := nxt[m : int(m)+k]
			switch {
			case k == 0:
			case k == 1:
				out[0] = run[0]
				label = append(label, cls[int(at[run[0]])+d])
				outEnd = append(outEnd, 0)
				nxtEnd = append(nxtEnd, m+1)
			case k <= smallRun:
				// An insertion sort, stable, by class.
				for i, p := range run {
					c := cls[int(at[p])+d]
					j := i
					for ; j > 0 && keys[j-1] > c; j-- {
						keys[j], out[j] = keys[j-1], out[j-1]
					}
					keys[j], out[j] = c, p
				}
				for i := 0; i < k; i++ {
					if i == 0 || keys[i] != keys[i-1] {
						if i > 0 {
							nxtEnd = append(nxtEnd, m+int32(i))
						}
						label = append(label, keys[i])
						outEnd = append(outEnd, 0)
					}
				}
				nxtEnd = append(nxtEnd, m+int32(k))
			default:
				// A counting sort.
				for _, p := range run {
					count[cls[int(at[p])+d]]++
				}
				to := m
				for c := 0; c < nc; c++ {
					if k := count[c]; k > 0 {
						count[c] = to
						to += k
						label = append(label, uint8(c))
						outEnd = append(outEnd, 0)
						nxtEnd = append(nxtEnd, to)
					}
				}
				for _, p := range run {
					c := cls[int(at[p])+d]
					nxt[count[c]] = p
					count[c]++
				}
				clear(count[:nc])
			}
			m += int32(k)
			s++
		}
		levelEnd = append(levelEnd, s)
		cur, nxt = nxt, cur
		curEnd, nxtEnd = nxtEnd, curEnd
	}
	nodes := len(label)
	kids = append(kids, uint32(nodes))
	a.states = nodes

	// The full rows: the states up to denseDepth deep, at most denseRows
	// of them (see denseNodes).
	shallow := nodes
	if denseDepth < math.MaxUint8 {
		shallow = levelEnd[min(max(denseDepth, 0), len(levelEnd)-1)]
	}
	nd := max(1, min(shallow, denseRows(nodes, nc)))
	if uint64(nd)*uint64(nc) > maxState {
		return nil, fmt.Errorf("ac: automaton too large (%d dense states)", nd)
	}
	denseEnd := uint32(nd * nc)
	a.denseEnd = denseEnd
	// The rows go to nodes below shallow. A shallow node s has row
	// slot[s] (set below) if rows[s], else it is sparse state slot[s];
	// a deeper node s is sparse state s-nd. The counts are done with.
	rows := denseNodes(levelEnd, through, shallow, nd)
	ns := nodes - nd
	slot := through
	for s, j := 0, uint32(0); s < shallow; s++ {
		if !rows[s] {
			slot[s] = j
			j++
		}
	}
	isDense := func(s uint32) bool { return s < uint32(shallow) && rows[s] }
	sparseOf := func(s uint32) uint32 {
		if s < uint32(shallow) {
			return slot[s]
		}
		return s - uint32(nd)
	}

	// One breadth-first pass, children in class order. A state is
	// finished before any state whose failure state it is (those are
	// deeper), so that each state's failure link is a step of its
	// parent's finished failure state, and its row or list starts from
	// its failure state's.
	//
	// A dense row, in trie nodes until the states are numbered, is its
	// failure state's row (or, for the few whose failure state has none,
	// that state's steps) with its own children set. A sparse state defaults to
	// the row of the first dense state on its failure chain, def, and
	// lists the transitions where it differs from it: its own children,
	// and its failure state's list where these do not override it.
	//
	// A separator run counts once: a state entered by sep stays put on
	// sep. Every state that inherits a row or a list from such a state is
	// entered by sep too (a failure state is a suffix), so fixing each at
	// once is the same as fixing all after.
	sc := uint8(0)
	if sep != 0 {
		sc = a.class[sep]
	}
	if nodes > maxState {
		return nil, fmt.Errorf("ac: automaton too large (%d states)", nodes)
	}
	fail := make([]uint32, nodes)
	// A state's outputs are its own patterns, then those of dict[s]: the
	// nearest state on its failure chain with patterns of its own.
	dict := make([]uint32, nodes)
	hasOut := func(s uint32) bool { return outEnd[s] != 0 || dict[s] != 0 }
	// The rows without outputs fill dense from the front, those with
	// outputs from the back (reversed at the end): each is then in its
	// group already. rowOf is a dense state's row.
	dense := make([]uint32, nd*nc)
	rowOf := slot
	// Sparse state j's record is exc[excStart[j]:excStart[j+1]]: the
	// dense state whose row it defaults to, then its list, next<<8 |
	// class by class, in trie nodes until the states are numbered.
	excStart := make([]uint32, ns+1)
	exc := make([]uint32, 0, 2*ns+ns/4)
	child := func(g uint32, c uint8) uint32 {
		for m := kids[g]; m < kids[g+1]; m++ {
			if label[m] == c {
				return m
			}
		}
		return 0
	}
	// delta is the transition of a finished state f on class c.
	delta := func(f uint32, c uint8) uint32 {
		if isDense(f) {
			return dense[int(rowOf[f])*nc+int(c)]
		}
		j := sparseOf(f)
		rec := exc[excStart[j]:excStart[j+1]]
		for _, e := range rec[1:] {
			if uint8(e) == c {
				return e >> 8
			}
		}
		return dense[int(rowOf[rec[0]])*nc+int(c)]
	}
	type edge struct {
		c uint8
		n uint32
	}
	var own []edge
	noOutRows, outRows, outRecs, outSize, noOutSize := 0, 0, 0, 0, 0
	for s := 0; s < nodes; s++ {
		f := fail[s]
		if outEnd[f] != 0 {
			dict[s] = f
		} else {
			dict[s] = dict[f]
		}
		out := outEnd[s] != 0 || dict[s] != 0
		lo, hi := kids[s], kids[s+1]
		// The children's failure links (the pure transition, not the
		// separator fix, which only a pattern with two separators in a
		// row would meet).
		if s != 0 {
			for m := lo; m < hi; m++ {
				c := label[m]
				if c == sc && label[f] == sc {
					for g := f; ; g = fail[g] {
						if x := child(g, c); x != 0 {
							fail[m] = x
							break
						}
						if g == 0 {
							break
						}
					}
					continue
				}
				fail[m] = delta(f, c)
			}
		}
		if isDense(uint32(s)) {
			r := noOutRows
			if out {
				outRows++
				r = nd - outRows
			} else {
				noOutRows++
			}
			rowOf[s] = uint32(r)
			row := dense[r*nc : (r+1)*nc]
			switch {
			case s == 0:
			case isDense(f):
				copy(row, dense[int(rowOf[f])*nc:][:nc])
			default:
				// A failure state without a row (a deep state chosen
				// for a row, whose suffix was not): its steps.
				for c := range row {
					row[c] = delta(f, uint8(c))
				}
			}
			for m := lo; m < hi; m++ {
				row[label[m]] = m
			}
			if sc != 0 && s != 0 && label[s] == sc {
				row[sc] = uint32(s)
			}
			continue
		}
		own = own[:0]
		for m := lo; m < hi; m++ {
			own = append(own, edge{label[m], m})
		}
		if sc != 0 && label[s] == sc {
			k := len(own)
			for k > 0 && own[k-1].c > sc {
				k--
			}
			if k > 0 && own[k-1].c == sc {
				own[k-1].n = uint32(s) // a pattern with two seps in a row: the run wins
			} else {
				own = append(own, edge{})
				copy(own[k+1:], own[k:])
				own[k] = edge{sc, uint32(s)}
			}
		}
		j := sparseOf(uint32(s))
		excStart[j] = uint32(len(exc))
		var inh []uint32 // the inherited list
		if isDense(f) {
			exc = append(exc, f)
		} else {
			jf := sparseOf(f)
			rec := exc[excStart[jf]:excStart[jf+1]:excStart[jf+1]]
			exc = append(exc, rec[0])
			inh = rec[1:]
		}
		// Merge the own transitions and the inherited list, by class;
		// an own one overrides. (inh stays valid if exc grows: it reads
		// the old array, which holds the same.)
		for _, e := range own {
			for len(inh) > 0 && uint8(inh[0]) < e.c {
				exc = append(exc, inh[0])
				inh = inh[1:]
			}
			if len(inh) > 0 && uint8(inh[0]) == e.c {
				inh = inh[1:]
			}
			exc = append(exc, e.n<<8|uint32(e.c))
		}
		exc = append(exc, inh...)
		excStart[j+1] = uint32(len(exc))
		if size := int(excStart[j+1] - excStart[j]); out {
			outSize += 1 + size // the output number, then the record
			outRecs++
		} else {
			noOutSize += size
		}
	}

	// Number the states. The rows without outputs come first, the root's
	// first; then the rows with outputs; then the sparse records with
	// outputs (each after its output number); then those without. So
	// the states with outputs are one range, and telling whether a step
	// found something is one comparison. Each group is breadth-first, so
	// that the shallow states, where the text spends most of its time,
	// share cache lines.
	if uint64(denseEnd)+uint64(outSize+noOutSize) > maxState {
		return nil, fmt.Errorf("ac: automaton too large (%d states)", nodes)
	}
	a.firstOut = uint32(noOutRows * nc)
	a.outEnd = denseEnd + uint32(outSize)
	val := fail // a node's state; the failure links are done with
	for s := range shallow {
		if !rows[s] {
			continue
		}
		r := rowOf[s]
		if r >= uint32(noOutRows) {
			r = uint32(nd-1) - r + uint32(noOutRows) // the rows with outputs in their order
		}
		val[s] = r * uint32(nc)
	}
	recOut, recNo := 0, outSize
	for s := range uint32(nodes) {
		if isDense(s) {
			continue
		}
		j := sparseOf(s)
		size := int(excStart[j+1] - excStart[j])
		if hasOut(s) {
			recOut++ // the output number
			val[s] = denseEnd + uint32(recOut)
			recOut += size
		} else {
			val[s] = denseEnd + uint32(recNo)
			recNo += size
		}
	}
	// The rows become a.dense in place: the rows with outputs to their
	// order, each entry to its state.
	for lo, hi := noOutRows, nd-1; lo < hi; lo, hi = lo+1, hi-1 {
		x, y := dense[lo*nc:(lo+1)*nc], dense[hi*nc:(hi+1)*nc]
		for c := range x {
			x[c], y[c] = y[c], x[c]
		}
	}
	for i, x := range dense {
		dense[i] = val[x]
	}
	a.dense = dense
	a.sparse = make([]uint32, outSize+noOutSize)
	for s := range uint32(nodes) {
		if isDense(s) {
			continue
		}
		j := sparseOf(s)
		o := val[s] - denseEnd
		rec := exc[excStart[j]:excStart[j+1]]
		a.sparse[o] = val[rec[0]]<<8 | uint32(len(rec)-1)
		for i, e := range rec[1:] {
			a.sparse[int(o)+1+i] = val[e>>8]<<8 | e&0xff
		}
	}
	// Outputs, numbered in the order of the states: the rows' numbers
	// follow from their place, the records keep theirs before them.
	outStates := outRows + outRecs
	a.outStart = make([]uint32, outStates+1)
	a.outState = make([]uint32, 0, outStates)
	a.outs = make([]int32, 0, 2*outStates)
	// The rows first (in their order, the breadth-first order), then the
	// records.
	k := 0
	for _, inRows := range [2]bool{true, false} {
		end := uint32(shallow) // the rows' nodes, then all
		if !inRows {
			end = uint32(nodes)
		}
		for s := range end {
			if !hasOut(s) || isDense(s) != inRows {
				continue
			}
			if !inRows {
				a.sparse[val[s]-denseEnd-1] = uint32(k)
			}
			a.outStart[k] = uint32(len(a.outs))
			a.outState = append(a.outState, val[s])
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

// denseNodes chooses the nd nodes that get a full row, of the shallow
// nodes [0, shallow) of a trie numbered breadth-first whose levels end at
// levelEnd: the levels that fit whole, and of the next levels the nodes
// that most patterns pass through (through[s]), the earlier first on a
// tie. The root is always one. When all the shallow nodes fit, they are
// the nodes [0, nd), as before.
//
// A level that does not fit whole used to get its first nodes in class
// order, which is the order of first use of the bytes in the patterns:
// with the built-in vocabulary (114,000 states, 2026-12-07), the rows
// held all 14,208 nodes to depth 6 and the first 2,176 of the 5,580 of
// depth 7, none of depth 8. A node that many patterns pass through is a
// prefix that many words share (a stem: "behandel", "ziekenh"), which
// text reaches often.
func denseNodes(levelEnd []int, through []uint32, shallow, nd int) []bool {
	isDense := make([]bool, len(through))
	full := 0 // the nodes of the levels that fit whole: [0, full)
	for _, e := range levelEnd {
		if e > nd || e > shallow {
			break
		}
		full = e
	}
	full = max(full, 1)
	for s := range full {
		isDense[s] = true
	}
	rest := nd - full
	if rest == 0 {
		return isDense
	}
	if shallow-full <= rest {
		for s := full; s < shallow; s++ {
			isDense[s] = true
		}
		return isDense
	}
	// The rest-th largest count among the candidates, then every
	// candidate above it and, in order, enough of those equal to it. A
	// histogram finds it, counts of maxCount or more in one bucket (they
	// are sorted in the rare set that needs them told apart).
	const maxCount = 1 << 12
	var hist [maxCount]int32
	for _, x := range through[full:shallow] {
		hist[min(x, maxCount-1)]++
	}
	t, above := uint32(maxCount-1), 0
	for above+int(hist[t]) < rest {
		above += int(hist[t])
		t--
	}
	if t == maxCount-1 {
		cand := slices.Clone(through[full:shallow])
		slices.Sort(cand)
		t = cand[len(cand)-rest]
		above = 0
		for _, x := range cand {
			if x > t {
				above++
			}
		}
	}
	ties := rest - above
	for s := full; s < shallow; s++ {
		switch x := through[s]; {
		case x > t:
			isDense[s] = true
		case x == t && ties > 0:
			isDense[s] = true
			ties--
		}
	}
	return isDense
}

// smallRun is the longest run of patterns that Build sorts by insertion
// rather than by counting.
const smallRun = 16

// Start is the initial state.
const Start uint32 = 0

// Step returns the state after reading b in state s.
func (a *Automaton) Step(s uint32, b byte) uint32 {
	return a.StepClass(s, a.class[b])
}

// StepClass returns the state after reading a byte of class c in state s.
func (a *Automaton) StepClass(s uint32, c uint8) uint32 {
	if s < a.denseEnd {
		return a.dense[s+uint32(c)] &^ a.flag
	}
	return a.StepSparse(s, c)
}

// StepSparse returns the state after reading a byte of class c in a
// sparse state s (s >= denseEnd of Tables).
func (a *Automaton) StepSparse(s uint32, c uint8) uint32 {
	rec := a.sparse[s-a.denseEnd:]
	h := rec[0]
	for _, e := range rec[1 : 1+h&0xff] {
		if uint8(e) == c {
			return e >> 8 &^ a.flag
		}
	}
	return a.dense[h>>8+uint32(c)] &^ a.flag
}

// Tables returns the dense rows and the bounds, for callers that step in
// a hot loop on local copies: in a state s < denseEnd the next state after
// a byte of class c is dense[s+c]; in any other state it is
// StepSparse(s, c); s has outputs when s-firstOut < outLen.
func (a *Automaton) Tables() (dense []uint32, denseEnd, firstOut, outLen uint32) {
	return a.dense, a.denseEnd, a.firstOut, a.outEnd - a.firstOut
}

// Dense reports whether s has a full row: whether its next state is
// dense[s+c] of Tables. Every state >= firstOut of Tables either has
// outputs or no row.
func (a *Automaton) Dense(s uint32) bool { return s < a.denseEnd }

// Class returns the byte class of b, for StepClass.
func (a *Automaton) Class(b byte) uint8 { return a.class[b] }

// HasOutput reports whether some pattern ends in state s.
func (a *Automaton) HasOutput(s uint32) bool { return s-a.firstOut < a.outEnd-a.firstOut }

// OutputNumber returns the number of a state s with outputs, in
// [0, OutputStates()).
func (a *Automaton) OutputNumber(s uint32) int {
	if s < a.denseEnd {
		return int(s-a.firstOut) / a.nclass
	}
	return int(a.sparse[s-a.denseEnd-1])
}

// Outputs returns the indices of the patterns that end in state s,
// longest first.
func (a *Automaton) Outputs(s uint32) []int32 {
	if !a.HasOutput(s) {
		return nil
	}
	return a.OutputsAt(a.OutputNumber(s))
}

// OutputsAt returns the indices of the patterns that end in the state
// with output number k.
func (a *Automaton) OutputsAt(k int) []int32 {
	return a.outs[a.outStart[k]:a.outStart[k+1]]
}

// OutputState returns the state with output number k.
func (a *Automaton) OutputState(k int) uint32 { return a.outState[k] }

// Limit returns a bound on the states: every state is below it.
func (a *Automaton) Limit() uint32 { return a.denseEnd + uint32(len(a.sparse)) }

// OutputStates returns the number of states with outputs.
func (a *Automaton) OutputStates() int { return len(a.outStart) - 1 }

// Len returns the length of pattern i.
func (a *Automaton) Len(i int32) int { return int(a.lens[i]) }

// MaxLen returns the length of the longest pattern.
func (a *Automaton) MaxLen() int { return a.maxLen }

// States returns the number of states, for tests and sizing.
func (a *Automaton) States() int { return a.states }

// DenseStates returns the number of states with a full row.
func (a *Automaton) DenseStates() int { return len(a.dense) / a.nclass }

// TableBytes returns the bytes of the transition tables (dense rows and
// sparse records), for sizing.
func (a *Automaton) TableBytes() int { return 4 * (len(a.dense) + len(a.sparse)) }

// Sparse returns the records of the states without a full row: the record
// of a state s >= denseEnd of Tables starts at Sparse()[s-denseEnd], laid
// out as the Automaton's comment says, for callers that step in a hot
// loop without a call (see StepSparse).
func (a *Automaton) Sparse() []uint32 { return a.sparse }

// Flag is the bit that SetStops sets on a table entry (of Tables' dense
// rows, or the next state of a Sparse record's entry) where the caller
// wants its walk to stop before the step: the next state is the entry
// without it. It lies above every state of an automaton that has it.
const Flag uint32 = 1 << 23

// SetStops sets Flag, in place, on the steps out of the states with
// outputs and a full row on byte class c, and on every class for the
// states of the output numbers k for which all(k) holds, so that a hot
// loop on the tables needs one comparison a step (next >= Flag) to stop
// where the caller says a state's outputs can matter given the byte that
// follows (a word that must end at a separator stops only before one, a
// word that may run on before any byte), not at every state with
// outputs. Step, StepClass and StepSparse return states without the
// flag; the raw tables of Tables and Sparse hold it.
//
// A state with outputs and no row (s >= denseEnd and s < firstOut+outLen
// of Tables) has no flags of its own: its record's default row is shared
// with other states. A walk must stop on every step out of such a state,
// which it can tell in the branch that steps a state without a row; they
// are deep in the trie and rarely walked. A state that reads a flagged
// entry of a shared row stops for nothing: the caller finds no outputs
// that fire and steps on. Flagging every step into such states instead
// cost the first Default() a millisecond and a half of scanning the
// tables, and rows of their own, in a copy of the table, a garbage
// collection. SetStops fails when the tables are too large for Flag to
// lie above every state, and when called twice. It changes the tables in
// place: call it before the automaton is shared.
func (a *Automaton) SetStops(c uint8, all func(k int) bool) error {
	if a.flag != 0 {
		return errors.New("ac: stops set twice")
	}
	if a.Limit() >= Flag {
		return fmt.Errorf("ac: automaton too large for stops (%d states)", a.Limit())
	}
	nc := uint32(a.nclass)
	for k, s := range a.outState {
		if s >= a.denseEnd {
			continue
		}
		if !all(k) {
			a.dense[s+uint32(c)] |= Flag
			continue
		}
		for i := s; i < s+nc; i++ {
			a.dense[i] |= Flag
		}
	}
	a.flag = Flag
	return nil
}

// Stops reports whether SetStops set flags on the tables.
func (a *Automaton) Stops() bool { return a.flag != 0 }
