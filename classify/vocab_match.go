package classify

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/avgrisk/avgrisk/internal/ac"
	"github.com/avgrisk/avgrisk/internal/fold"
)

// Context windows, in bytes of the original text. Every decision about a
// hit depends only on text within these bounds, which is what lets Scan
// reproduce Text exactly from overlapping chunks.
const (
	cueWindow  = 300 // a person cue this close counts
	wordWindow = 64  // how far the neighbouring-word checks look
	// nearWindow is how close an anti-cue with flag near must stand to
	// the term (the bytes between them): it speaks of that word's sense,
	// not of the sentence.
	nearWindow = 40
)

// Confidence penalties, documented in the terms README.
const (
	noCuePenalty   = 0.3 // no person cue within cueWindow
	namePenalty    = 0.3 // the hit is in a capitalised word mid-sentence
	antiCuePenalty = 0.3 // the sentence speaks of a product, a job or a sector
	// scopedAntiPenalty is the penalty of an anti-cue of one category:
	// the sentence says that this category's term is about something
	// other than a person (an animal's DNA, a party in the news), which
	// is stronger evidence than a sector word that lowers every term.
	scopedAntiPenalty = 0.5
	quotePenalty      = 0.4 // the hit stands in a short quotation: a figure of speech, a slogan
	quoteWindow       = 80  // how far the quotation marks may stand from the hit
)

// hit is a pattern match in the original text.
type hit struct {
	entry      int32
	start, end int
}

// maxSpan bounds the original bytes of one match, however many separators
// a pattern's spaces absorb, so that matching stays local.
const maxSpan = 4 * maxPattern

// automaton is a compiled pattern set with the byte classes of folded
// ASCII, so that the hot loop folds and steps with two loads a byte.
type automaton struct {
	*ac.Automaton
	ascii [utf8.RuneSelf]uint8 // class of the folded form of an ASCII byte
	// ents[p] is the entry of pattern p: a pattern per entry (entries
	// with the same pattern end in the same state, in their order).
	ents []int32
	// open[k]: some pattern that ends in the state with output number k
	// belongs to an entry whose last word may continue. When no such pattern ends there
	// and a letter follows, the state's outputs are skipped at once: the
	// common case of a short word inside a longer one.
	open []bool
	// closed: a bit per state, set for the states with outputs none of
	// which is open (see quiet).
	closed []uint64
	// left[k]: for the state with output number k, the length of its
	// longest pattern when every pattern that ends there is one word
	// and belongs only to entries whose first word may not begin earlier;
	// 0 otherwise (see leftQuiet).
	left []uint8
}

// entries returns the index of the entry of pattern p, as a slice.
func (a *automaton) entries(p int32) []int32 { return a.ents[p : p+1] }

// wordASCII marks the ASCII bytes that fold to a letter or digit.
var wordASCII = func() (t [256]bool) {
	for b := 0; b < utf8.RuneSelf; b++ {
		t[b] = fold.ASCII(byte(b)) != fold.Sep
	}
	return t
}()

// quiet reports whether the outputs of s, a state with outputs, can be
// passed over at text[i]: no pattern that ends in s may run on into a
// longer word, and an ASCII letter or digit follows (outputs would find
// that no separator follows and report nothing). The hot loops go on
// without stopping there: a short cue inside a longer word ("he" in
// "the") is the common case.
func (a *automaton) quiet(s uint32, text string, i int) bool {
	return a.closed[s>>6]&(1<<(s&63)) != 0 && i < len(text) && wordASCII[text[i]]
}

// leftQuiet reports whether the outputs of s, a state with outputs that
// is not quiet, can be passed over at text[i] for what precedes them:
// every pattern that ends in s is one word that needs a separator or the
// start of the text before it, and the longest one, with the byte before
// it, lies on ASCII letters and digits, so that no pattern has a
// separator before it (outputs would find leftSep false for each and
// report nothing). That is "he" at the end of "the", the commonest stop
// of the context automaton. It is called only on the rare steps into a
// state with outputs, out of line, so that the hot loops stay small.
//
//go:noinline
func (a *automaton) leftQuiet(s uint32, text string, i int) bool {
	n := int(a.left[a.OutputNumber(s)])
	if n == 0 || i > len(text) || i-n-1 < 0 {
		return false
	}
	for _, b := range []byte(text[i-n-1 : i]) {
		if !wordASCII[b] {
			return false
		}
	}
	return true
}

// contextDenseDepth is the depth of the full rows of the context
// automaton (see ac.DefaultDenseDepth). It walks short windows, and most
// of its steps out of the rows go to the states of short cues, which have
// outputs and which a deeper table would not avoid: 6 keeps it at 0.8 MiB
// where 8 made 1.1 MiB for no measurable gain.
const contextDenseDepth = 6

// newAutomaton compiles pats, the patterns of the entries ents (pattern
// p is the core of entry ents[p] of all).
func newAutomaton(pats []string, ents []int32, all []entry, depth int) (*automaton, error) {
	if len(pats) == 0 {
		pats = []string{"\x00"} // matches nothing: folded text holds no NUL
		ents = []int32{-1}
	}
	a, err := ac.Build(pats, fold.Sep, depth)
	if err != nil {
		return nil, fmt.Errorf("classify: %w", err)
	}
	m := &automaton{Automaton: a, ents: ents, open: make([]bool, a.OutputStates()), closed: make([]uint64, a.Limit()/64+1), left: make([]uint8, a.OutputStates())}
	for b := 0; b < utf8.RuneSelf; b++ {
		m.ascii[b] = a.Class(fold.ASCII(byte(b)))
	}
	// What open and left need of each pattern, read in the order of the
	// patterns (of the entries), not at random in the order of the states.
	const (
		rightOpen = 1 << iota
		noLeft    // a pattern with a separator, an entry whose first word may begin earlier, or too long for left
	)
	flags := make([]uint8, len(pats))
	for p, ei := range ents {
		var f uint8
		if ei >= 0 {
			e := &all[ei]
			if e.rightOpen {
				f |= rightOpen
			}
			if e.leftOpen || len(pats[p]) >= 255 || strings.IndexByte(pats[p], fold.Sep) >= 0 {
				f |= noLeft
			}
		}
		flags[p] = f
	}
	for n := range m.open {
		left := 0
		for _, p := range a.OutputsAt(n) {
			f := flags[p]
			m.open[n] = m.open[n] || f&rightOpen != 0
			if left >= 0 {
				if f&noLeft != 0 {
					left = -1
				} else {
					left = max(left, a.Len(p))
				}
			}
		}
		if !m.open[n] {
			s := a.OutputState(n)
			m.closed[s>>6] |= 1 << (s & 63)
		}
		// left: the longest pattern's length, when every one is a word
		// without separators, shorter than 255 bytes, and each of their
		// entries needs a separator before it; otherwise 0.
		m.left[n] = uint8(max(left, 0))
	}
	return m, nil
}

// interleaveMin is the text length from which match runs two streams.
const interleaveMin = 2048

// match appends to dst the hits of the entries of the given types in
// text, with offsets relative to text plus base, ordered by end.
//
// A long text is matched as two halves stepped in one loop: each step
// waits on a table load that depends on the step before, so two
// independent chains run nearly twice as fast as one. The second half
// starts maxSpan bytes early, from the root, and reports only the matches
// that end past the split: every match lies whole in one of the two
// ranges, and the automaton finds every match that lies whole in what it
// reads.
func (v *vocabulary) match(dst []hit, a *automaton, types uint16, text string, base int) []hit {
	if len(text) < interleaveMin {
		if len(text) < splitMin {
			dst, _ = v.span(dst, a, types, text, base, 0, 0, len(text), -1)
			return dst
		}
		if len(text) >= split4Min {
			return v.walkSplit4(dst, a, types, text, base)
		}
		return v.walkSplit(dst, a, types, text, base)
	}
	if len(text) >= 4*interleaveMin {
		return v.walk4(dst, a, types, text, base)
	}
	m := runeStart(text, len(text)/2)
	j0 := runeStart(text, max(0, m-maxSpan-utf8.UTFMax))
	var buf [16]hit
	dst, _, _ = v.walk2(dst, buf[:0], a, types, stream{text, base, 0, m, -1}, stream{text, base, j0, len(text), m})
	return dst
}

// splitMin is the text length from which match walks a short text as
// two halves (walkSplit), and split4Min the one from which it walks four
// quarters (walkSplit4): below each, the catching up costs more than the
// streams save. BenchmarkMatchShort, the terms walk over the benchmark
// corpus cut into pieces of n bytes, in MB/s of CPU time for one / two /
// four streams, three rounds at a load of 5 (2026-12-07): n=64
// 276–301 / 259–285 / 214–218; n=96 293–294 / 320–327 / 274–277;
// n=128 273–286 / 341–347 / 317–330; n=192 281–284 / 352–376 / 375–389;
// n=256 (one round) 253 / 369 / 420.
const (
	splitMin  = 96
	split4Min = 192
)

// walkSplit is match on a short text, a line or a field's value, as two
// halves stepped in one loop, as walk2 does, but without the overlap of
// maxSpan bytes, which would be most of such a text. The second half
// starts at the middle m from the root; the first walks to m and then
// catches up: it goes on a rune at a time from m, with the second half's
// state stepped alongside from the root, until the two states are the
// same. From there on the second half's walk is the true one (the
// automaton is deterministic, and a hit depends only on the state, the
// text and where it ends), so its hits that end after that point are
// kept and the rest come from the catching up. The true state's depth is
// the length of the match in progress, so the two states meet within a
// few bytes after m on ordinary text, at most at the end of the text.
func (v *vocabulary) walkSplit(dst []hit, a *automaton, types uint16, text string, base int) []hit {
	m := runeStart(text, len(text)/2)
	if m == 0 {
		dst, _ = v.span(dst, a, types, text, base, 0, 0, len(text), -1)
		return dst
	}
	var buf [16]hit
	dst, s1, nx := v.walk2(dst, buf[:0], a, types, stream{text, base, 0, m, -1}, stream{text, base, m, len(text), m})
	// The catching up's hits replace those of the second half that end
	// by p; both are ordered by end.
	var fbuf [8]hit
	fix, p, _ := v.catchUp(fbuf[:0], a, types, text, base, s1, m, len(text))
	k := nx + len(dst[nx:]) - len(afterEnd(dst[nx:], base, p))
	return slices.Replace(dst, nx, k, fix...)
}

// A stream is a part of a text that walk2 walks from the root.
type stream struct {
	text    string // what the boundary checks of a hit see
	base    int    // the offset of text in the caller's text
	i, stop int    // the runes that start in text[i:stop] are walked
	from    int    // only hits that end after from are reported
}

// walk2 walks two streams in one loop and appends to dst the hits of x,
// then those of y; scratch holds y's until x is done. It also returns
// the state x ends in and the length of dst after x's hits.
//
// The hot loop, run2, steps both streams while both are in states with a
// full row and read ASCII; a stream in a state with outputs or without a
// row, or at a byte outside ASCII, is stepped here, a rune at a time.
func (v *vocabulary) walk2(dst, scratch []hit, a *automaton, types uint16, x, y stream) ([]hit, uint32, int) {
	if a.Stops() {
		return v.walk2Stop(dst, scratch, a, types, x, y)
	}
	second := scratch[:0]
	s1, s2 := ac.Start, ac.Start
	t1, t2 := x.text[:x.stop], y.text[:y.stop]
	i, j := x.i, y.i
	seen1, seen2 := -1, -1 // where the outputs of s1 and s2 were taken last
	for i < len(t1) && j < len(t2) {
		i, s1, j, s2 = run2(a, t1, i, s1, t2, j, s2)
		if a.HasOutput(s1) && i > x.from && i != seen1 {
			dst = v.outputs(dst, a, s1, types, x.text, i, true, x.base)
			seen1 = i
		}
		if a.HasOutput(s2) && j > y.from && j != seen2 {
			second = v.outputs(second, a, s2, types, y.text, j, true, y.base)
			seen2 = j
		}
		for i < len(t1) && t1[i] >= utf8.RuneSelf {
			dst, s1 = v.span(dst, a, types, x.text, x.base, s1, i, i+1, x.from)
			i = runeEnd(x.text, i)
			seen1 = i // span took the outputs
		}
		for j < len(t2) && t2[j] >= utf8.RuneSelf {
			second, s2 = v.span(second, a, types, y.text, y.base, s2, j, j+1, y.from)
			j = runeEnd(y.text, j)
			seen2 = j
		}
	}
	dst, s1 = v.span(dst, a, types, x.text, x.base, s1, i, x.stop, x.from)
	second, _ = v.span(second, a, types, y.text, y.base, s2, j, y.stop, y.from)
	nx := len(dst)
	return append(dst, second...), s1, nx
}

// walk4 is match on four quarters of a long text stepped in one loop,
// each after the first starting maxSpan bytes early and reporting only
// the matches that end past its start, as walk2 does with two halves.
func (v *vocabulary) walk4(dst []hit, a *automaton, types uint16, text string, base int) []hit {
	var x [4]stream
	prev := 0
	for k := range x {
		stop := quarterEnd(text, k)
		from, start := -1, 0
		if k > 0 {
			from, start = prev, runeStart(text, max(0, prev-maxSpan-utf8.UTFMax))
		}
		x[k] = stream{text, base, start, stop, from}
		prev = stop
	}
	// Named buffers, not an array of slices, so that they stay on the
	// stack; 64 hits hold a quarter of Scan's 64 KiB chunk of notes.
	var b1, b2, b3 [64]hit
	o0, o1, o2, o3, _ := v.step4(a, types, text, base, &x, dst, b1[:0], b2[:0], b3[:0])
	return append(append(append(o0, o1...), o2...), o3...)
}

// quarterEnd returns where quarter k (0 to 3) of text ends, moved back to
// the start of a rune; the last quarter ends at the end of the text.
func quarterEnd(text string, k int) int {
	if k == 3 {
		return len(text)
	}
	return runeStart(text, len(text)*(k+1)/4)
}

// step4 is the loop of walk4 and walkSplit4: it steps the four streams x
// of text in turn with run4 while none has reached its stop, each cut at
// its next byte outside ASCII (asciiEnd), settles each after every run
// (which steps such a byte's rune), and walks each on to its stop alone. It appends the
// hits of stream k to ok and returns the states the streams end in. The
// caller owns the buffers, so that they stay on its stack.
func (v *vocabulary) step4(a *automaton, types uint16, text string, base int, x *[4]stream, o0, o1, o2, o3 []hit) (_, _, _, _ []hit, st [4]uint32) {
	if a.Stops() {
		return v.step4Stop(a, types, text, base, x, o0, o1, o2, o3)
	}
	var at, seen, asc [4]int
	// A short text (walkSplit4's streams, a line) that is ASCII to the
	// last stream's stop needs one look instead of four, each with its
	// tail of single bytes.
	ascii := x[3].stop-x[0].i <= asciiChunk && asciiEnd(text, x[0].i, x[3].stop) == x[3].stop
	for k := range x {
		at[k], seen[k] = x[k].i, -1
		if ascii {
			asc[k] = x[k].stop
		} else {
			asc[k] = asciiEnd(text, at[k], x[k].stop)
		}
	}
	for at[0] < x[0].stop && at[1] < x[1].stop && at[2] < x[2].stop && at[3] < x[3].stop {
		n := run4(a, text[at[0]:asc[0]], text[at[1]:asc[1]], text[at[2]:asc[2]], text[at[3]:asc[3]], &st)
		o0 = v.settle(o0, a, types, &x[0], &st[0], &at[0], &seen[0], n)
		o1 = v.settle(o1, a, types, &x[1], &st[1], &at[1], &seen[1], n)
		o2 = v.settle(o2, a, types, &x[2], &st[2], &at[2], &seen[2], n)
		o3 = v.settle(o3, a, types, &x[3], &st[3], &at[3], &seen[3], n)
		for k := range asc {
			if at[k] >= asc[k] {
				asc[k] = asciiEnd(text, at[k], x[k].stop)
			}
		}
	}
	o0, st[0] = v.span(o0, a, types, text, base, st[0], at[0], x[0].stop, x[0].from)
	o1, st[1] = v.span(o1, a, types, text, base, st[1], at[1], x[1].stop, x[1].from)
	o2, st[2] = v.span(o2, a, types, text, base, st[2], at[2], x[2].stop, x[2].from)
	o3, st[3] = v.span(o3, a, types, text, base, st[3], at[3], x[3].stop, x[3].from)
	return o0, o1, o2, o3, st
}

// asciiChunk bounds how far asciiEnd looks ahead, so that the walk that
// follows finds the text still in the cache.
const asciiChunk = 4096

// asciiEnd returns where the run of ASCII bytes that starts at i ends:
// at the first byte outside ASCII, at stop, or asciiChunk bytes on,
// whichever comes first. It reads eight bytes at a time.
func asciiEnd(text string, i, stop int) int {
	stop = min(stop, i+asciiChunk)
	for ; i+8 <= stop; i += 8 {
		w := text[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if m := x & 0x8080808080808080; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < stop && text[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// catchUp steps s, the true state at m, on from m a rune at a time,
// appending its hits to dst, alongside the state of a walk from the root
// at m, until the two are the same or stop is reached. It returns where
// it stopped and whether the states met (see walkSplit). An ASCII byte,
// nearly every step, is stepped here in both states, without a call of
// span and run1 for each byte.
func (v *vocabulary) catchUp(dst []hit, a *automaton, types uint16, text string, base int, s uint32, m, stop int) ([]hit, int, bool) {
	r0, p := ac.Start, m
	for p < stop && s != r0 {
		b := text[p]
		if b < utf8.RuneSelf {
			// Both states step on the byte's class here, and the outputs
			// are taken as span would take them after its one step.
			c := a.ascii[b]
			r0, s = a.StepClass(r0, c), a.StepClass(s, c)
			p++
			if a.HasOutput(s) {
				dst = v.outputs(dst, a, s, types, text, p, true, base)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[p:])
		f := fold.Rune(r)
		for k := 0; k < len(f); k++ {
			r0 = a.Step(r0, f[k])
		}
		dst, s = v.span(dst, a, types, text, base, s, p, p+1, -1)
		p += size
	}
	return dst, p, s == r0
}

// afterEnd returns hs without its leading hits that end at or before
// base+p.
func afterEnd(hs []hit, base, p int) []hit {
	k := 0
	for k < len(hs) && hs[k].end-base <= p {
		k++
	}
	return hs[k:]
}

// walkSplit4 is walkSplit with four quarters stepped in one loop (run4),
// each after the first from the root at its start, and the three
// boundaries caught up in turn. When a catching up reaches the next
// boundary before the states meet (a match in progress as long as a
// quarter), the text is walked again in one stream.
func (v *vocabulary) walkSplit4(dst []hit, a *automaton, types uint16, text string, base int) []hit {
	var x [4]stream
	prev := 0
	for k := range x {
		stop := quarterEnd(text, k)
		x[k] = stream{text, base, prev, stop, prev - 1}
		prev = stop
	}
	x[0].from = -1
	n0 := len(dst)
	// The loop of walk4, with the states the streams end in kept.
	var b1, b2, b3 [16]hit
	o0, o1, o2, o3, st := v.step4(a, types, text, base, &x, dst, b1[:0], b2[:0], b3[:0])
	dst = o0
	for k, o := range [3][]hit{o1, o2, o3} {
		var ok bool
		var p int
		dst, p, ok = v.catchUp(dst, a, types, text, base, st[k], x[k+1].i, x[k+1].stop)
		if !ok && p < len(text) {
			dst, _ = v.span(dst[:n0], a, types, text, base, 0, 0, len(text), -1)
			return dst
		}
		dst = append(dst, afterEnd(o, base, p)...)
	}
	return dst
}

// settle moves a stream of walk4 on by the n bytes run4 stepped, takes
// the outputs of the state it reached, and steps the runes outside
// ASCII that follow, a rune at a time.
func (v *vocabulary) settle(dst []hit, a *automaton, types uint16, x *stream, s *uint32, at, seen *int, n int) []hit {
	*at += n
	t := x.text
	if a.HasOutput(*s) && *at > x.from && *at != *seen {
		dst = v.outputs(dst, a, *s, types, t, *at, true, x.base)
		*seen = *at
	}
	for *at < x.stop && t[*at] >= utf8.RuneSelf {
		dst, *s = v.span(dst, a, types, t, x.base, *s, *at, *at+1, x.from)
		*at = runeEnd(t, *at)
		*seen = *at // span took the outputs
	}
	return dst
}

// run4 steps the four states of st over t1, t2, t3 and t4, a byte each in
// turn; the texts hold only ASCII (step4 cuts each at its next byte
// outside ASCII, so that the loop need not look). It stops after a step
// that reaches a state with outputs in any stream, and at the end of any
// text. It returns the bytes stepped. The states stay in registers in the
// loop and go back to st at the end; a state without a full row is
// stepped inline (sparseStep), not by a call, which would make the loop
// store and reload its registers around it.
func run4(a *automaton, t1, t2, t3, t4 string, st *[4]uint32) int {
	dense, denseEnd, firstOut, outLen := a.Tables()
	sparse := a.Sparse()
	ascii := &a.ascii
	s1, s2, s3, s4 := st[0], st[1], st[2], st[3]
	n := min(len(t1), len(t2), len(t3), len(t4))
	t1, t2, t3, t4 = t1[:n], t2[:n], t3[:n], t4[:n]
	i := 0
	for i < len(t1) {
		if c := ascii[t1[i]&0x7f]; s1 < denseEnd {
			s1 = dense[s1+uint32(c)]
		} else {
			s1 = sparseStep(dense, sparse, s1-denseEnd, c)
		}
		if c := ascii[t2[i]&0x7f]; s2 < denseEnd {
			s2 = dense[s2+uint32(c)]
		} else {
			s2 = sparseStep(dense, sparse, s2-denseEnd, c)
		}
		if c := ascii[t3[i]&0x7f]; s3 < denseEnd {
			s3 = dense[s3+uint32(c)]
		} else {
			s3 = sparseStep(dense, sparse, s3-denseEnd, c)
		}
		if c := ascii[t4[i]&0x7f]; s4 < denseEnd {
			s4 = dense[s4+uint32(c)]
		} else {
			s4 = sparseStep(dense, sparse, s4-denseEnd, c)
		}
		i++
		if s1-firstOut < outLen || s2-firstOut < outLen || s3-firstOut < outLen || s4-firstOut < outLen {
			break
		}
	}
	st[0], st[1], st[2], st[3] = s1, s2, s3, s4
	return i
}

// sparseStep is ac's StepSparse on the tables, small enough to be
// inlined in the hot loops: the step on class c of the state whose record
// is at sparse[o]. The terms walk of the benchmark corpus (walk4), best
// of 75 runs in one process against a copy of the loops before, six
// rounds at a load of 5 to 8 (2026-12-07): 1.80–1.88 ms against
// 1.91–1.99 with this and the streams cut at their next byte outside
// ASCII; the context pass over its windows 1.34–1.35 ms against 1.37–1.39.
// The corpus takes 3.3% of the terms walk's steps in states without a
// row (a full table, 15 MB, walked it 30% faster: what such a step still
// costs is mostly the branch to it, mispredicted).
func sparseStep(dense, sparse []uint32, o uint32, c uint8) uint32 {
	h := sparse[o]
	for k := o + 1; k <= o+h&0xff; k++ {
		if e := sparse[k]; uint8(e) == c {
			return e >> 8
		}
	}
	return dense[h>>8+uint32(c)]
}

// run1 steps s over text from i, an ASCII byte, and on while the bytes
// are ASCII, until it reaches a state with outputs that are not quiet:
// span's hot loop, kept small like run2.
func run1(a *automaton, text string, i int, s uint32) (int, uint32) {
	dense, denseEnd, firstOut, outLen := a.Tables()
	sparse := a.Sparse()
	ascii := &a.ascii
	for i < len(text) {
		b := text[i]
		if b >= utf8.RuneSelf {
			break
		}
		if c := ascii[b&0x7f]; s < denseEnd {
			s = dense[s+uint32(c)]
		} else {
			s = sparseStep(dense, sparse, s-denseEnd, c)
		}
		i++
		if s-firstOut < outLen && !a.quiet(s, text, i) && !a.leftQuiet(s, text, i) {
			break
		}
	}
	return i, s
}

// run2 steps s1 over t1 from i and s2 over t2 from j, a byte each in
// turn, while both bytes are ASCII; it stops after a step that reaches a
// state with outputs that are not quiet in either stream, and at the end
// of either text. It
// is the hot loop of walk2, kept small so that its states stay in
// registers: a load and two comparisons a byte in states with a full
// row; the short search of sparseStep, inline, for the others, which are
// few and deep in the trie.
func run2(a *automaton, t1 string, i int, s1 uint32, t2 string, j int, s2 uint32) (int, uint32, int, uint32) {
	dense, denseEnd, firstOut, outLen := a.Tables()
	sparse := a.Sparse()
	ascii := &a.ascii
	for i < len(t1) && j < len(t2) {
		b1, b2 := t1[i], t2[j]
		if b1|b2 >= utf8.RuneSelf {
			break
		}
		if c := ascii[b1&0x7f]; s1 < denseEnd {
			s1 = dense[s1+uint32(c)]
		} else {
			s1 = sparseStep(dense, sparse, s1-denseEnd, c)
		}
		if c := ascii[b2&0x7f]; s2 < denseEnd {
			s2 = dense[s2+uint32(c)]
		} else {
			s2 = sparseStep(dense, sparse, s2-denseEnd, c)
		}
		i++
		j++
		if s1-firstOut < outLen && !a.quiet(s1, t1, i) && !a.leftQuiet(s1, t1, i) ||
			s2-firstOut < outLen && !a.quiet(s2, t2, j) && !a.leftQuiet(s2, t2, j) {
			break
		}
	}
	return i, s1, j, s2
}

// matchWindows appends to dst the hits of the entries of the given types
// in each of the windows of text, in order, each window matched as if it
// were the whole text. On an automaton with stops (withStops: the context
// automaton) two windows are walked at a time (run2Stop), the second's
// hits kept aside until the first is done: its walk stops only where a
// cue can fire, not at every state with outputs ("he" in "the"), so
// that two streams pay; without stops each window is walked in one
// stream (span), which stops so often that two streams were slower.
func (v *vocabulary) matchWindows(dst []hit, a *automaton, types uint16, text string, ws []window) []hit {
	total, done := 0, 0
	for _, w := range ws {
		total += w.hi - w.lo
	}
	var sbuf [32]hit
	scratch := sbuf[:0]
	for k := 0; k < len(ws); {
		if done >= 4096 && cap(dst)-len(dst) < 64 {
			// Nearly full: make room for the rest of the windows at the
			// density found so far, instead of doubling again and again;
			// never more than a doubling or a hit per 16 bytes would.
			rest := total - done
			dst = slices.Grow(dst, min(len(dst)*rest/done, max(cap(dst), rest/16))+64)
		}
		lo, hi := runeStart(text, ws[k].lo), runeStart(text, ws[k].hi)
		done += ws[k].hi - ws[k].lo
		if !a.Stops() || k+1 == len(ws) {
			dst, _ = v.span(dst, a, types, text[lo:hi], lo, ac.Start, 0, hi-lo, -1)
			k++
			continue
		}
		x := ctxWalk{text: text[lo:hi], stop: hi - lo, base: lo, from: -1, seen: -1}
		lo, hi = runeStart(text, ws[k+1].lo), runeStart(text, ws[k+1].hi)
		y := ctxWalk{text: text[lo:hi], stop: hi - lo, base: lo, from: -1, seen: -1}
		done += ws[k+1].hi - ws[k+1].lo
		k += 2
		dst, scratch = v.pairStop(dst, scratch, a, types, &x, &y)
		dst = append(dst, scratch...)
		scratch = scratch[:0]
	}
	return dst
}

// contextStops tells compileEntries to set the context automaton's stops
// (withStops); tests turn it off to compare with the walk without them.
var contextStops = true

// termStops is contextStops for the terms automaton.
var termStops = true

// withStops sets the stops of a (ac's SetStops): a step out of a state
// with outputs stops before a separator, and before any byte when one of
// its patterns may run on into a longer word; elsewhere the outputs would
// find nothing (see quiet). An automaton too large for stops is left
// without them and walked as before.
func (a *automaton) withStops() {
	_ = a.SetStops(a.Class(fold.Sep), func(k int) bool { return a.open[k] })
}

// A ctxWalk is the walk of an automaton with stops over text[i:stop]
// (spanStop): the state s at text[i], the hits reported only where they
// end after from, and where the outputs were taken last.
type ctxWalk struct {
	text       string
	stop, base int
	from, i    int
	seen       int
	s          uint32
}

// spanStop is span on an automaton with stops (withStops). Its loop,
// runStop, goes on through a state with outputs where none of them can
// fire for the byte that follows (a word that must end at a separator,
// followed by a letter: "he" in "her"), and stops only before a step
// where one can; the states with outputs it passed over at the stop or
// before a byte outside ASCII are taken there. The hits are those of the
// same walk without stops.
func (v *vocabulary) spanStop(dst []hit, a *automaton, types uint16, text string, base int, s uint32, i, stop, from int) ([]hit, uint32) {
	// The outputs of s at i are the caller's, as in span.
	w := ctxWalk{text: text, stop: stop, base: base, from: from, i: i, seen: i, s: s}
	dst = v.finishStop(dst, a, types, &w)
	return dst, w.s
}

// finishStop walks w to its stop.
func (v *vocabulary) finishStop(dst []hit, a *automaton, types uint16, w *ctxWalk) []hit {
	for w.i < w.stop {
		w.i, w.s = runStop(a, w.text[:w.stop], w.i, w.s)
		if w.i < w.stop {
			dst = v.stepStop(dst, a, types, w)
		}
	}
	if a.HasOutput(w.s) && w.i != w.seen && w.i > w.from {
		dst = v.outputs(dst, a, w.s, types, w.text, w.i, true, w.base)
		w.seen = w.i
	}
	return dst
}

// stepStop moves w on by a byte or, outside ASCII, a rune (w.i is before
// its stop), taking the outputs of its state first where they can fire
// before that byte, and those of the states it steps through a rune
// outside ASCII.
func (v *vocabulary) stepStop(dst []hit, a *automaton, types uint16, w *ctxWalk) []hit {
	text, i, s := w.text, w.i, w.s
	if b := text[i]; b < utf8.RuneSelf {
		c := a.ascii[b]
		dense, denseEnd, firstOut, outLen := a.Tables()
		var next uint32
		if s < denseEnd {
			next = dense[s+uint32(c)]
		} else {
			next = sparseStepStop(dense, a.Sparse(), s, denseEnd, firstOut+outLen, c)
		}
		if next < ac.Flag {
			w.s, w.i = next, i+1
			return dst
		}
		if a.HasOutput(s) && i != w.seen && i > w.from && !a.quiet(s, text, i) && !a.leftQuiet(s, text, i) {
			dst = v.outputs(dst, a, s, types, text, i, true, w.base)
		}
		w.s, w.i, w.seen = next&^ac.Flag, i+1, i
		return dst
	}
	if a.HasOutput(s) && i != w.seen && i > w.from && !a.leftQuiet(s, text, i) {
		dst = v.outputs(dst, a, s, types, text, i, true, w.base)
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	f := fold.Rune(r)
	for k := 0; k < len(f); k++ {
		s = a.Step(s, f[k])
		if a.HasOutput(s) && i+size > w.from {
			dst = v.outputs(dst, a, s, types, text, i+size, k == len(f)-1, w.base)
		}
	}
	w.s, w.i, w.seen = s, i+size, i+size
	return dst
}

// sparseStepStop is sparseStep on an automaton with stops: the step of
// s, a state without a row, on class c, with ac.Flag when s has outputs
// (such a state has no flags of its own, see ac's SetStops: a walk stops
// on every step out of it). It is inlined in the loops' branch for the
// states without a row.
func sparseStepStop(dense, sparse []uint32, s, denseEnd, outEnd uint32, c uint8) uint32 {
	n := sparseStep(dense, sparse, s-denseEnd, c)
	if s < outEnd {
		n |= ac.Flag
	}
	return n
}

// run2Stop is runStop on two texts, a byte of each in turn: it stops
// before a step of either that reads ac.Flag or a byte outside ASCII, and
// at the end of either. Like run2 and run4 (and run4Stop, its four-way
// twin), it is written out per stream, not as a loop over an array of
// states or a call per step, so that the states stay in registers: these
// loops are the matcher's hot path, and sharing one body would cost that.
func run2Stop(a *automaton, t1 string, i int, s1 uint32, t2 string, j int, s2 uint32) (int, uint32, int, uint32) {
	dense, denseEnd, firstOut, outLen := a.Tables()
	outEnd := firstOut + outLen
	sparse := a.Sparse()
	ascii := &a.ascii
	for i < len(t1) && j < len(t2) {
		b1, b2 := t1[i], t2[j]
		if b1|b2 >= utf8.RuneSelf {
			break
		}
		var n1, n2 uint32
		if c := ascii[b1&0x7f]; s1 < denseEnd {
			n1 = dense[s1+uint32(c)]
		} else {
			n1 = sparseStepStop(dense, sparse, s1, denseEnd, outEnd, c)
		}
		if c := ascii[b2&0x7f]; s2 < denseEnd {
			n2 = dense[s2+uint32(c)]
		} else {
			n2 = sparseStepStop(dense, sparse, s2, denseEnd, outEnd, c)
		}
		if n1|n2 >= ac.Flag {
			break
		}
		s1, s2 = n1, n2
		i++
		j++
	}
	return i, s1, j, s2
}

// runStop steps s over text from i on the tables of an automaton with
// stops while the bytes are ASCII, and stops before a step that reads
// ac.Flag (the outputs of s may fire before text[i]); it returns where
// it stopped and the state there.
func runStop(a *automaton, text string, i int, s uint32) (int, uint32) {
	dense, denseEnd, firstOut, outLen := a.Tables()
	outEnd := firstOut + outLen
	sparse := a.Sparse()
	ascii := &a.ascii
	for i < len(text) {
		b := text[i]
		if b >= utf8.RuneSelf {
			break
		}
		var next uint32
		if c := ascii[b&0x7f]; s < denseEnd {
			next = dense[s+uint32(c)]
		} else {
			next = sparseStepStop(dense, sparse, s, denseEnd, outEnd, c)
		}
		if next >= ac.Flag {
			break
		}
		s = next
		i++
	}
	return i, s
}

// walk2Stop is walk2 on an automaton with stops (pairStop).
func (v *vocabulary) walk2Stop(dst, scratch []hit, a *automaton, types uint16, x, y stream) ([]hit, uint32, int) {
	second := scratch[:0]
	wx := ctxWalk{text: x.text, stop: x.stop, base: x.base, from: x.from, i: x.i, seen: x.i}
	wy := ctxWalk{text: y.text, stop: y.stop, base: y.base, from: y.from, i: y.i, seen: y.i}
	dst, second = v.pairStop(dst, second, a, types, &wx, &wy)
	nx := len(dst)
	return append(dst, second...), wx.s, nx
}

// pairStop walks x and y to their stops in one loop (matchWindows and
// walk2Stop): run2Stop steps both until either must stop, and stepStop
// moves each on by a byte or a rune, taking the outputs there. It appends
// the hits of x to dst and those of y to second.
func (v *vocabulary) pairStop(dst, second []hit, a *automaton, types uint16, x, y *ctxWalk) ([]hit, []hit) {
	for x.i < x.stop && y.i < y.stop {
		x.i, x.s, y.i, y.s = run2Stop(a, x.text[:x.stop], x.i, x.s, y.text[:y.stop], y.i, y.s)
		if x.i < x.stop {
			dst = v.stepStop(dst, a, types, x)
		}
		if y.i < y.stop {
			second = v.stepStop(second, a, types, y)
		}
	}
	return v.finishStop(dst, a, types, x), v.finishStop(second, a, types, y)
}

// step4Stop is step4 on an automaton with stops: run4Stop steps the four
// streams until one must stop (or reaches its next byte outside ASCII),
// and stepStop moves each on by a byte or a rune, taking the outputs
// where its step is flagged.
func (v *vocabulary) step4Stop(a *automaton, types uint16, text string, base int, x *[4]stream, o0, o1, o2, o3 []hit) (_, _, _, _ []hit, st [4]uint32) {
	var w [4]ctxWalk
	var asc [4]int
	ascii := x[3].stop-x[0].i <= asciiChunk && asciiEnd(text, x[0].i, x[3].stop) == x[3].stop
	for k := range x {
		w[k] = ctxWalk{text: text, stop: x[k].stop, base: base, from: x[k].from, i: x[k].i, seen: x[k].i}
		if ascii {
			asc[k] = x[k].stop
		} else {
			asc[k] = asciiEnd(text, x[k].i, x[k].stop)
		}
	}
	for w[0].i < w[0].stop && w[1].i < w[1].stop && w[2].i < w[2].stop && w[3].i < w[3].stop {
		n := run4Stop(a, text[w[0].i:asc[0]], text[w[1].i:asc[1]], text[w[2].i:asc[2]], text[w[3].i:asc[3]], &st)
		for k := range w {
			w[k].i += n
			w[k].s = st[k]
		}
		if w[0].i < w[0].stop {
			o0 = v.stepStop(o0, a, types, &w[0])
		}
		if w[1].i < w[1].stop {
			o1 = v.stepStop(o1, a, types, &w[1])
		}
		if w[2].i < w[2].stop {
			o2 = v.stepStop(o2, a, types, &w[2])
		}
		if w[3].i < w[3].stop {
			o3 = v.stepStop(o3, a, types, &w[3])
		}
		for k := range asc {
			st[k] = w[k].s
			if w[k].i >= asc[k] {
				asc[k] = asciiEnd(text, w[k].i, x[k].stop)
			}
		}
	}
	o0 = v.finishStop(o0, a, types, &w[0])
	o1 = v.finishStop(o1, a, types, &w[1])
	o2 = v.finishStop(o2, a, types, &w[2])
	o3 = v.finishStop(o3, a, types, &w[3])
	return o0, o1, o2, o3, [4]uint32{w[0].s, w[1].s, w[2].s, w[3].s}
}

// run4Stop is run4 on an automaton with stops: it steps the four states
// of st over t1, t2, t3 and t4 (ASCII only), a byte each in turn, and
// stops before a step of any that reads ac.Flag, and at the end of any
// text; one comparison a step for all four, since every state lies below
// the flag. It returns the bytes stepped.
func run4Stop(a *automaton, t1, t2, t3, t4 string, st *[4]uint32) int {
	dense, denseEnd, firstOut, outLen := a.Tables()
	outEnd := firstOut + outLen
	sparse := a.Sparse()
	ascii := &a.ascii
	s1, s2, s3, s4 := st[0], st[1], st[2], st[3]
	n := min(len(t1), len(t2), len(t3), len(t4))
	t1, t2, t3, t4 = t1[:n], t2[:n], t3[:n], t4[:n]
	i := 0
	for i < len(t1) {
		var n1, n2, n3, n4 uint32
		if c := ascii[t1[i]&0x7f]; s1 < denseEnd {
			n1 = dense[s1+uint32(c)]
		} else {
			n1 = sparseStepStop(dense, sparse, s1, denseEnd, outEnd, c)
		}
		if c := ascii[t2[i]&0x7f]; s2 < denseEnd {
			n2 = dense[s2+uint32(c)]
		} else {
			n2 = sparseStepStop(dense, sparse, s2, denseEnd, outEnd, c)
		}
		if c := ascii[t3[i]&0x7f]; s3 < denseEnd {
			n3 = dense[s3+uint32(c)]
		} else {
			n3 = sparseStepStop(dense, sparse, s3, denseEnd, outEnd, c)
		}
		if c := ascii[t4[i]&0x7f]; s4 < denseEnd {
			n4 = dense[s4+uint32(c)]
		} else {
			n4 = sparseStepStop(dense, sparse, s4, denseEnd, outEnd, c)
		}
		if n1|n2|n3|n4 >= ac.Flag {
			break
		}
		s1, s2, s3, s4 = n1, n2, n3, n4
		i++
	}
	st[0], st[1], st[2], st[3] = s1, s2, s3, s4
	return i
}

// runeEnd returns where the rune that starts at i ends.
func runeEnd(text string, i int) int {
	_, size := utf8.DecodeRuneInString(text[i:])
	return i + size
}

// span steps the automaton from state s over the runes that start in
// text[i:stop], appending the hits that end after from, and returns the
// state it reached.
func (v *vocabulary) span(dst []hit, a *automaton, types uint16, text string, base int, s uint32, i, stop, from int) ([]hit, uint32) {
	if a.Stops() {
		return v.spanStop(dst, a, types, text, base, s, i, stop, from)
	}
	for i < stop {
		if text[i] < utf8.RuneSelf {
			i, s = run1(a, text[:stop], i, s)
			if a.HasOutput(s) && i > from {
				dst = v.outputs(dst, a, s, types, text, i, true, base)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		f := fold.Rune(r)
		for k := 0; k < len(f); k++ {
			s = a.Step(s, f[k])
			if a.HasOutput(s) && i+size > from {
				dst = v.outputs(dst, a, s, types, text, i+size, k == len(f)-1, base)
			}
		}
		i += size
	}
	return dst, s
}

// outputs checks the boundaries of the patterns that end in state s, at
// original offset end; whole tells whether the rune there is consumed
// whole (not, when a match ends inside a rune that folds to two bytes).
func (v *vocabulary) outputs(dst []hit, a *automaton, s uint32, types uint16, text string, end int, whole bool, base int) []hit {
	rightSep := whole && sepAfter(text, end)
	if !rightSep && !a.open[a.OutputNumber(s)] {
		return dst
	}
	for _, p := range a.Outputs(s) {
		var start int
		leftSep, ok := false, false
		for _, ei := range a.entries(p) {
			e := &v.entries[ei]
			if types&e.typ.bit() == 0 || (!e.rightOpen && !rightSep) {
				continue
			}
			if e.gap {
				// The automaton matched the words after the gap: they
				// need a separator before them, and the words before the
				// gap must stand there, with at most one word between.
				if s, l, ok := matchStart(text, end, a.Len(p)); ok && l && s > 0 {
					// Like any match it spans at most maxSpan bytes,
					// which the context windows rely on.
					if s, ok := gapStart(text, s, e.gapHead(), e.leftOpen); ok && end-s <= maxSpan && v.inSentence(text, s, end) {
						dst = append(dst, hit{entry: ei, start: base + s, end: base + end})
					}
				}
				continue
			}
			if !ok {
				if start, leftSep, ok = matchStart(text, end, a.Len(p)); !ok {
					break
				}
				// A pattern of several words stays within a sentence:
				// "VVD'er" is a party member, "VVD. Er" is not.
				if e.multi && !v.inSentence(text, start, end) {
					ok = false
					break
				}
			}
			if !e.leftOpen && !leftSep {
				continue
			}
			dst = append(dst, hit{entry: ei, start: base + start, end: base + end})
		}
	}
	return dst
}

// inSentence is sameSentence for the words of one match, where the full
// stop of an abbreviated title is no sentence end either: "dhr. en dhr.
// Jansen", "Mr. & Mr. Howarth" are one phrase.
func (v *vocabulary) inSentence(text string, a, b int) bool {
	for i := a; i < b && i < len(text); {
		j := strings.IndexAny(text[i:min(b, len(text))], ".!?;\n\r")
		if j < 0 {
			return true
		}
		i += j
		if text[i] == '.' && i > a {
			if ws, _ := wordBounds(text, i, i); ws < i && v.lookup(text[ws:i])&typeTitle.bit() != 0 {
				i++
				continue // "dhr."
			}
		}
		if !sameSentence(text, i, i+1) {
			return false
		}
		i++
	}
	return true
}

// gapStart returns where a match of a pattern with a gap starts, whose
// words after the gap start at tail (after a separator): before them,
// after separators, stand the folded words head, or one word and
// separators and then head; head needs a separator or the start of the
// text before it unless leftOpen. The gap never spans more than maxSpan
// bytes; the caller checks that the match stays in one sentence.
func gapStart(text string, tail int, head string, leftOpen bool) (int, bool) {
	i, seps := skipSepsBack(text, tail)
	if seps == 0 {
		return 0, false
	}
	for word := 0; word < 2; word++ {
		if s, ok := foldedEndsAt(text, i, head); ok {
			if leftOpen || s == 0 || skipSepsBackOne(text, s) {
				return s, true
			}
		}
		if word == 1 {
			break
		}
		// Step back over one word, then the separators before it.
		j := i
		for j > 0 && tail-j <= maxSpan {
			r, size := utf8.DecodeLastRuneInString(text[:j])
			if fold.Rune(r) == string(fold.Sep) {
				break
			}
			j -= size
		}
		if j == i || tail-j > maxSpan {
			return 0, false
		}
		if i, seps = skipSepsBack(text, j); seps == 0 {
			return 0, false
		}
	}
	return 0, false
}

// skipSepsBack steps back from i over runes that fold to a separator,
// returning where they start and how many there were.
func skipSepsBack(text string, i int) (int, int) {
	n := 0
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if fold.Rune(r) != string(fold.Sep) {
			break
		}
		i -= size
		n++
	}
	return i, n
}

// skipSepsBackOne reports whether the rune before i folds to a
// separator.
func skipSepsBackOne(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return fold.Rune(r) == string(fold.Sep)
}

// foldedEndsAt reports whether the text before end folds to pat, a run
// of separators matching one, and where that match starts. It is the
// check of the words before a gap, run only where the automaton found
// the words after it.
func foldedEndsAt(text string, end int, pat string) (int, bool) {
	j, k := len(pat), end
	for j > 0 {
		if k <= 0 || end-k > maxSpan {
			return 0, false
		}
		r, size := utf8.DecodeLastRuneInString(text[:k])
		f := fold.Rune(r)
		switch {
		case f == "":
			k -= size // a combining mark folds away
		case f == string(fold.Sep):
			if pat[j-1] != fold.Sep {
				return 0, false
			}
			j--
			k, _ = skipSepsBack(text, k)
		default:
			if !strings.HasSuffix(pat[:j], f) {
				return 0, false
			}
			j -= len(f)
			k -= size
		}
	}
	return k, true
}

// sepAfter reports whether the text at i holds a separator or ends.
func sepAfter(text string, i int) bool {
	for i < len(text) {
		b := text[i]
		if b < utf8.RuneSelf {
			return fold.ASCII(b) == fold.Sep
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if f := fold.Rune(r); f != "" {
			return f == string(fold.Sep)
		}
		i += size // a combining mark folds away
	}
	return true
}

// matchStart is walkBack, with a shortcut for the common match over
// ASCII without a run of separators: there every byte folds to one, so
// the match starts n bytes before its end.
func matchStart(text string, end, n int) (start int, leftSep, ok bool) {
	start = end - n
	if start < 0 || n > maxSpan || fold.ASCII(text[start]&0x7f) == fold.Sep {
		return walkBack(text, end, n)
	}
	sep := false
	for i := start; i < end; i++ {
		b := text[i]
		if b >= utf8.RuneSelf {
			return walkBack(text, end, n)
		}
		s := fold.ASCII(b) == fold.Sep
		if s && sep {
			return walkBack(text, end, n)
		}
		sep = s
	}
	if start == 0 {
		return 0, true, true
	}
	if b := text[start-1]; b < utf8.RuneSelf {
		return start, fold.ASCII(b) == fold.Sep, true
	}
	return walkBack(text, end, n)
}

// walkBack finds where a match of n folded bytes that ends at end starts,
// counting a run of separators as one, and whether a separator (or the
// start) precedes it. It fails for a match longer than maxSpan bytes.
func walkBack(text string, end, n int) (start int, leftSep, ok bool) {
	i := end
	for n > 0 {
		if i <= 0 || end-i > maxSpan {
			return 0, false, false
		}
		r, size := utf8.DecodeLastRuneInString(text[:i])
		f := fold.Rune(r)
		i -= size
		if f == string(fold.Sep) {
			for i > 0 && end-i <= maxSpan {
				r, size := utf8.DecodeLastRuneInString(text[:i])
				if fold.Rune(r) != string(fold.Sep) {
					break
				}
				i -= size
			}
		}
		n -= len(f)
	}
	if n < 0 {
		return i, false, true // the match starts inside a rune's folding
	}
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if f := fold.Rune(r); f != "" {
			return i, f == string(fold.Sep), true
		}
		i -= size
	}
	return i, true, true
}
