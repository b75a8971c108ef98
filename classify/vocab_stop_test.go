package classify

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// plainContext returns the built-in vocabulary compiled without the
// context automaton's stops.
func plainContext(tb testing.TB) *vocabulary {
	tb.Helper()
	contextStops = false
	plain, err := loadBuiltin()
	contextStops = true
	if err != nil {
		tb.Fatal(err)
	}
	if plain.context.Stops() {
		tb.Fatal("contextStops off: the context automaton has stops")
	}
	return plain
}

// stopGlue is what gluedPatterns puts around the patterns: letters,
// digits, separators, runes outside ASCII, combining marks and a byte
// that is no UTF-8.
var stopGlue = []string{"", "", " ", "  ", "x", "s", "en", "1", ". ", ",", "\n", "é", "ß", "e\u0301", "\u0301", "\u00a0", "—", "İ", "ﬁ", "'", "-", "\x80"}

// gluedPatterns returns a text of at least size bytes (when size > 0) of
// patterns drawn from pats, each between two pieces of stopGlue, some
// capitalised and some with their spaces widened.
func gluedPatterns(rng *rand.Rand, pats []string, size int) string {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(stopGlue[rng.Intn(len(stopGlue))])
		p := pats[rng.Intn(len(pats))]
		if rng.Intn(3) == 0 {
			p = strings.ToUpper(p[:1]) + p[1:]
		}
		if rng.Intn(5) == 0 {
			p = strings.ReplaceAll(p, " ", strings.Repeat(" ", 1+rng.Intn(3)))
		}
		b.WriteString(p)
		b.WriteString(stopGlue[rng.Intn(len(stopGlue))])
	}
	return b.String()
}

// TestContextStops compares the context walk on the automaton with stops
// (withStops: run2Stop, two windows at a time, and spanStop) with the
// walk of the same automaton without them (span, run1), hit for hit: on
// the windows of the benchmark corpus, and on generated texts of every
// context pattern glued to letters, digits, separators, runes outside
// ASCII and combining marks, cut into random windows (so that windows
// start and end inside patterns and runes' neighbours).
func TestContextStops(t *testing.T) {
	v := builtinVocabulary()
	if !v.context.Stops() {
		t.Fatal("the built-in context automaton has no stops")
	}
	plain := plainContext(t)
	types := typeCue.bit() | typeBlock.bit() | typeAntiCue.bit()
	check := func(name, text string, ws []window) {
		t.Helper()
		want := plain.matchWindows(nil, plain.context, types, text, ws)
		got := v.matchWindows(nil, v.context, types, text, ws)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%s: %d windows over %d bytes: hits with stops differ (-without +with):\n%s", name, len(ws), len(text), diff)
		}
		// One window at a time, as span and match walk it.
		for _, w := range ws {
			want, _ := plain.span(nil, plain.context, types, text[w.lo:w.hi], w.lo, 0, 0, w.hi-w.lo, -1)
			got := v.match(nil, v.context, types, text[w.lo:w.hi], w.lo)
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{}), cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("%s: window [%d,%d): match with stops differs (-without +with):\n%s", name, w.lo, w.hi, diff)
			}
		}
	}
	corpus := mixedCorpus(1 << 18)
	hits := v.match(nil, v.terms, typeTerm.bit(), corpus, 0)
	check("benchmark corpus", corpus, mergeWindows(contextWindows(nil, corpus, hits, v.context.MaxLen())))

	var pats []string
	for i := range v.entries {
		switch e := &v.entries[i]; e.typ {
		case typeCue, typeBlock, typeAntiCue:
			pats = append(pats, e.core)
		}
	}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 300; n++ {
		text := gluedPatterns(rng, pats, 100+rng.Intn(4000))
		var ws []window
		for lo := 0; lo < len(text); {
			hi := min(len(text), lo+1+rng.Intn(400))
			ws = append(ws, window{runeStart(text, lo), runeStart(text, hi)})
			lo = hi + rng.Intn(50)
		}
		if rng.Intn(4) == 0 {
			ws = []window{{0, len(text)}}
		}
		check("generated", text, ws)
	}
}

// BenchmarkContextPass measures the context pass alone over the windows
// of the benchmark corpus: the automaton with stops (two windows at a
// time) and the same without them (one window at a time), alternately
// with -count.
func BenchmarkContextPass(b *testing.B) {
	v := builtinVocabulary()
	plain := plainContext(b)
	text := mixedCorpus(1 << 20)
	ws := mergeWindows(contextWindows(nil, text, v.match(nil, v.terms, typeTerm.bit(), text, 0), v.context.MaxLen()))
	types := typeCue.bit() | typeBlock.bit() | typeAntiCue.bit()
	for _, m := range []struct {
		name string
		v    *vocabulary
	}{{"plain", plain}, {"stops", v}} {
		b.Run(m.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			defer reportCPU(b, len(text))()
			var buf []hit
			for b.Loop() {
				buf = m.v.matchWindows(buf[:0], m.v.context, types, text, ws)
			}
		})
	}
}

// plainTerms returns the built-in vocabulary compiled without the terms
// automaton's stops.
func plainTerms(tb testing.TB) *vocabulary {
	tb.Helper()
	termStops = false
	plain, err := loadBuiltin()
	termStops = true
	if err != nil {
		tb.Fatal(err)
	}
	if plain.terms.Stops() {
		tb.Fatal("termStops off: the terms automaton has stops")
	}
	return plain
}

// TestTermStops compares the terms walk on the automaton with stops
// (run4Stop, run2Stop, spanStop) with the walk of the same automaton
// without them, hit for hit, over texts of every length that match
// splits differently (one stream, two or four parts caught up, two or
// four overlapping streams): the benchmark corpus whole, in lines and in
// pieces, and generated texts of term patterns glued to letters,
// digits, separators, runes outside ASCII and combining marks.
func TestTermStops(t *testing.T) {
	v := builtinVocabulary()
	if !v.terms.Stops() {
		t.Fatal("the built-in terms automaton has no stops")
	}
	plain := plainTerms(t)
	types := typeTerm.bit()
	check := func(name, text string) {
		t.Helper()
		want := plain.match(nil, plain.terms, types, text, 7)
		got := v.match(nil, v.terms, types, text, 7)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(hit{}), cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%s: a %d-byte text: hits with stops differ (-without +with):\n%s", name, len(text), diff)
		}
	}
	corpus := mixedCorpus(1 << 17)
	check("corpus", corpus)
	for _, l := range strings.SplitAfter(corpus, "\n")[:300] {
		check("corpus line", l)
	}
	rng := rand.New(rand.NewSource(5))
	for lo := 0; lo < len(corpus); {
		hi := runeStart(corpus, min(len(corpus), lo+1+rng.Intn(10000)))
		check("corpus piece", corpus[lo:hi])
		lo = hi
	}
	var pats []string
	for i := range v.entries {
		if e := &v.entries[i]; e.typ == typeTerm {
			pats = append(pats, e.core)
		}
	}
	for n := 0; n < 150; n++ {
		check("generated", gluedPatterns(rng, pats, rng.Intn(9000)))
	}
}

// BenchmarkTermsWalk measures the terms walk alone over the benchmark
// corpus, whole and one line at a time, with the automaton's stops and
// without them, alternately with -count.
func BenchmarkTermsWalk(b *testing.B) {
	v := builtinVocabulary()
	plain := plainTerms(b)
	text := mixedCorpus(1 << 20)
	lines := strings.SplitAfter(text, "\n")
	for _, m := range []struct {
		name string
		v    *vocabulary
	}{{"plain", plain}, {"stops", v}} {
		b.Run("whole/"+m.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			defer reportCPU(b, len(text))()
			var buf []hit
			for b.Loop() {
				buf = m.v.match(buf[:0], m.v.terms, typeTerm.bit(), text, 0)
			}
		})
		b.Run("lines/"+m.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			defer reportCPU(b, len(text))()
			var buf []hit
			for b.Loop() {
				for _, l := range lines {
					buf = m.v.match(buf[:0], m.v.terms, typeTerm.bit(), l, 0)
				}
			}
		})
	}
}

// BenchmarkTextStops measures Text over the benchmark corpus without
// the automata's stops, with the context automaton's only, and with both
// (as built), in one process: the figures behind withStops. Run it with
// -count 1 several times; each run alternates the three.
func BenchmarkTextStops(b *testing.B) {
	var cs []*Classifier
	for _, on := range [][2]bool{{false, false}, {true, false}} {
		contextStops, termStops = on[0], on[1]
		v, err := loadBuiltin()
		contextStops, termStops = true, true
		if err != nil {
			b.Fatal(err)
		}
		c, err := New()
		if err != nil {
			b.Fatal(err)
		}
		c.vocab = v
		cs = append(cs, c)
	}
	cs = append(cs, Default())
	text := mixedCorpus(1 << 20)
	for k, name := range []string{"plain", "context", "both"} {
		b.Run(name, func(b *testing.B) { benchmarkText(b, cs[k], text) })
	}
}
