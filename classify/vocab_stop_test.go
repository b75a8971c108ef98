package classify

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/avgrisk/avgrisk/internal/ac"
)

// TestSpanStop compares the context walk on the stop tables (spanStop)
// with span's on the ordinary ones, hit for hit: over the context
// windows of the benchmark corpus, and over generated texts of context
// patterns glued to letters, separators, digits and runes outside ASCII
// on either side, where a stop must and must not be taken.
func TestSpanStop(t *testing.T) {
	v := Default().vocab
	a := v.context
	if a.stopDense == nil {
		t.Fatal("the context automaton has no stop tables")
	}
	types := typeCue.bit() | typeBlock.bit() | typeAntiCue.bit()
	check := func(text, what string) {
		t.Helper()
		want, _ := v.span(nil, a, types, text, 7, ac.Start, 0, len(text), -1)
		got := v.spanStop(nil, a, types, text, 7)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: spanStop found %d hits, span %d (the walk must stop wherever a context pattern can fire)", what, len(got), len(want))
		}
	}
	text := mixedCorpus(1 << 18)
	hits := v.match(nil, v.terms, typeTerm.bit(), text, 0)
	ws := mergeWindows(contextWindows(nil, text, hits, a.MaxLen()))
	var want []hit
	for _, w := range ws {
		check(text[runeStart(text, w.lo):runeStart(text, w.hi)], "benchmark corpus window")
		lo, hi := runeStart(text, w.lo), runeStart(text, w.hi)
		want, _ = v.span(want, a, types, text[lo:hi], lo, ac.Start, 0, hi-lo, -1)
	}
	if got := v.matchWindows(nil, a, types, text, ws); !slices.Equal(got, want) {
		t.Fatalf("matchWindows found %d hits, span %d", len(got), len(want))
	}
	var pats []string
	for _, e := range v.entries {
		if e.typ == typeCue || e.typ == typeAntiCue || e.typ == typeBlock {
			pats = append(pats, e.pattern)
		}
	}
	glue := []string{"", " ", "  ", "x", "s", "7", ".", "é", "ß", "\u0301", "İ", "-", "'", "\n", "ﬁ"}
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 400; round++ {
		var b strings.Builder
		for k := 0; k < 30; k++ {
			b.WriteString(glue[rng.Intn(len(glue))])
			p := strings.Trim(pats[rng.Intn(len(pats))], "*")
			if rng.Intn(4) == 0 {
				p = strings.ToUpper(p)
			}
			b.WriteString(p)
			b.WriteString(glue[rng.Intn(len(glue))])
		}
		text := b.String()
		check(text, "generated text")
		// The same text cut into windows of random lengths, walked two
		// at a time by matchWindows, against span window by window.
		var ws []window
		var want []hit
		for lo := 0; lo < len(text); {
			hi := runeStart(text, min(len(text), lo+1+rng.Intn(120)))
			if hi <= lo {
				hi = runeEnd(text, lo)
			}
			ws = append(ws, window{lo, hi})
			want, _ = v.span(want, a, types, text[lo:hi], lo, ac.Start, 0, hi-lo, -1)
			lo = hi
		}
		if got := v.matchWindows(nil, a, types, text, ws); !slices.Equal(got, want) {
			t.Fatalf("generated text in %d windows: matchWindows found %d hits, span %d", len(ws), len(got), len(want))
		}
	}
}

// contextStops counts, per MiB of the windows ws of text, the steps of
// the context walk into a state with outputs (entered), the places where
// run1's loop leaves for them (after its quiet and leftQuiet tests), how
// many of those find nothing, and the stops of the walk on the stop
// tables (a step that reads ac.Stop).
func contextStops(v *vocabulary, text string, ws []window) (entered, leaves, empty, stops float64) {
	a := v.context
	types := typeCue.bit() | typeBlock.bit() | typeAntiCue.bit()
	n := 0
	for _, w := range ws {
		t := text[runeStart(text, w.lo):runeStart(text, w.hi)]
		n += len(t)
		s := ac.Start
		for i := 0; i < len(t); {
			if t[i] >= utf8.RuneSelf {
				_, s = v.span(nil, a, types, t, 0, s, i, runeEnd(t, i), -1)
				i = runeEnd(t, i)
				continue
			}
			c := a.ascii[t[i]]
			if _, denseEnd, _, _ := a.Tables(); a.HasOutput(s) {
				next := uint32(0)
				if s < denseEnd {
					next = a.stopDense[s+uint32(c)]
				} else {
					next = sparseStep(a.stopDense, a.stopSparse, s-denseEnd, c)
				}
				if next == ac.Stop {
					stops++
				}
			}
			s = a.StepClass(s, c)
			i++
			if !a.HasOutput(s) {
				continue
			}
			entered++
			if a.quiet(s, t, i) || a.leftQuiet(s, t, i) {
				continue
			}
			leaves++
			if len(v.outputs(nil, a, s, types, t, i, true, 0)) == 0 {
				empty++
			}
		}
	}
	mib := float64(n) / (1 << 20)
	return entered / mib, leaves / mib, empty / mib, stops / mib
}

// BenchmarkContextPass measures the context walk over the context
// windows of the benchmark corpus, as Text makes them: span on the
// ordinary tables, one window at a time (the engine before the stop
// tables); spanStop on the stop tables, one at a time; and matchWindows,
// two at a time on the stop tables. Each reports, per MiB of windows,
// where its loop leaves: at every state with outputs that its quiet and
// leftQuiet tests keep (span), or where the stop tables say (the others).
func BenchmarkContextPass(b *testing.B) {
	v := Default().vocab
	a := v.context
	text := mixedCorpus(1 << 20)
	hits := v.match(nil, v.terms, typeTerm.bit(), text, 0)
	ws := mergeWindows(contextWindows(nil, text, hits, a.MaxLen()))
	types := typeCue.bit() | typeBlock.bit() | typeAntiCue.bit()
	entered, leaves, empty, stops := contextStops(v, text, ws)
	var buf []hit
	b.Run("span", func(b *testing.B) {
		defer func() {
			// After the loop: b.Loop's first call deletes the metrics.
			b.ReportMetric(entered, "outstates/MiB")
			b.ReportMetric(leaves, "stops/MiB")
			b.ReportMetric(empty, "empty-stops/MiB")
		}()
		defer reportCPU(b, len(text))()
		for b.Loop() {
			buf = buf[:0]
			for _, w := range ws {
				lo, hi := runeStart(text, w.lo), runeStart(text, w.hi)
				buf, _ = v.span(buf, a, types, text[lo:hi], lo, ac.Start, 0, hi-lo, -1)
			}
		}
	})
	b.Run("stop2", func(b *testing.B) {
		defer func() { b.ReportMetric(stops, "stops/MiB") }()
		defer reportCPU(b, len(text))()
		for b.Loop() {
			buf = v.matchWindows(buf[:0], a, types, text, ws)
		}
	})
	b.Run("stop", func(b *testing.B) {
		defer func() { b.ReportMetric(stops, "stops/MiB") }()
		defer reportCPU(b, len(text))()
		for b.Loop() {
			buf = buf[:0]
			for _, w := range ws {
				lo, hi := runeStart(text, w.lo), runeStart(text, w.hi)
				buf = v.spanStop(buf, a, types, text[lo:hi], lo)
			}
		}
	})
}
