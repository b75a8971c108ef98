package classify

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// syntheticVocabulary returns n term lines of generated words of three
// to five Dutch-like syllables (few of them real words), a fifth of them
// two words, spread over the special categories: a stand-in for the
// diagnosis, medicine, offence and party lists that the vocabulary is to
// grow by.
func syntheticVocabulary(n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 1))
	syl := strings.Fields("ba be bi bo da de di do ka ke ko la le li lo ma me mi mo na ne ni no pa pe po ra re ri ro sa se si so ta te ti to va ve vi wa we zo str sch ber kin ter ol an en in on ul ix yl ase ine")
	cats := []Category{Health, Criminal, PoliticalOpinions, ReligiousBeliefs, Genetic}
	word := func() string {
		var b strings.Builder
		for k := 3 + rng.IntN(3); k > 0; k-- {
			b.WriteString(syl[rng.IntN(len(syl))])
		}
		return b.String()
	}
	seen := map[string]bool{}
	var b strings.Builder
	for len(seen) < n {
		w := word()
		if rng.IntN(5) == 0 {
			w += " " + word()
		}
		if seen[w] {
			continue
		}
		seen[w] = true
		fmt.Fprintf(&b, "term\t%s\t%s\t0.8\n", w, cats[rng.IntN(len(cats))])
	}
	return b.String()
}

// syntheticCorpus returns about n bytes of the mixed corpus's notes with
// a person cue and a term of the first 10,000 of syntheticVocabulary
// (seed 7) in a fifth of them: text that the grown vocabulary matches,
// where the mixed corpus never leaves the shallow states of its terms.
func syntheticCorpus(n int) string {
	var terms []string
	for _, line := range strings.Split(syntheticVocabulary(10000, 7), "\n") {
		if cols := strings.Split(line, "\t"); len(cols) > 1 {
			terms = append(terms, cols[1])
		}
	}
	rng := rand.New(rand.NewPCG(14, 5))
	var b strings.Builder
	for _, note := range strings.SplitAfter(mixedCorpus(n), "\n") {
		if rng.IntN(5) == 0 {
			fmt.Fprintf(&b, "Klant meldt %s sinds maart. ", terms[rng.IntN(len(terms))])
		}
		b.WriteString(note)
	}
	return b.String()
}

// BenchmarkVocabularyScale measures how the engine scales as the
// vocabulary grows by 10,000, 50,000 and 100,000 generated terms (issue
// 14 goal 5): the terms automaton's states and table bytes, the time to
// build the classifier (New with the added vocabulary, the built-in one
// already compiled), and Text's speed over the mixed corpus (text=mixed)
// and over the same notes with a generated term in a fifth of them
// (text=synthetic; from +10,000 on, the vocabulary matches them).
func BenchmarkVocabularyScale(b *testing.B) {
	texts := map[string]string{"mixed": mixedCorpus(1 << 20), "synthetic": syntheticCorpus(1 << 20)}
	for _, n := range []int{0, 10000, 50000, 100000} {
		var opts []Option
		if n > 0 {
			opts = append(opts, WithVocabulary("synthetic", strings.NewReader(syntheticVocabulary(n, 7))))
		}
		Default() // the built-in vocabulary, compiled once
		t0 := time.Now()
		c, err := New(opts...)
		if err != nil {
			b.Fatal(err)
		}
		build := time.Since(t0)
		for _, name := range []string{"mixed", "synthetic"} {
			text := texts[name]
			b.Run(fmt.Sprintf("terms=+%d/text=%s", n, name), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				defer reportCPU(b, len(text))()
				for b.Loop() {
					c.Text(text)
				}
				b.ReportMetric(float64(c.vocab.terms.States()), "states")
				b.ReportMetric(float64(c.vocab.terms.TableBytes())/(1<<20), "table-MB")
				b.ReportMetric(float64(build.Milliseconds()), "build-ms")
			})
		}
	}
}

// BenchmarkWalk measures the automata alone over the mixed corpus: the
// terms automaton over the whole text (two interleaved streams), and the
// context automaton over the same text in windows of 1 KiB (one stream),
// as the context pass walks it.
func BenchmarkWalk(b *testing.B) {
	v := Default().vocab
	text := mixedCorpus(1 << 20)
	b.Run("terms", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		defer reportCPU(b, len(text))()
		var buf []hit
		for b.Loop() {
			buf = v.match(buf[:0], v.terms, typeTerm.bit(), text, 0)
		}
	})
	b.Run("context", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		defer reportCPU(b, len(text))()
		var buf []hit
		for b.Loop() {
			buf = buf[:0]
			for lo := 0; lo < len(text); lo += 1024 {
				hi := runeStart(text, min(len(text), lo+1024))
				lo := runeStart(text, lo)
				buf = v.match(buf, v.context, typeCue.bit()|typeBlock.bit()|typeAntiCue.bit(), text[lo:hi], lo)
			}
		}
	})
}

// BenchmarkMatchShort measures the terms walk over the benchmark corpus
// cut into pieces of n bytes, in one stream, two halves (walkSplit) and
// four quarters (walkSplit4): the numbers behind splitMin and split4Min.
func BenchmarkMatchShort(b *testing.B) {
	v := Default().vocab
	lines := strings.SplitAfter(mixedCorpus(1<<18), "\n")
	for _, n := range []int{64, 96, 128, 192, 256} {
		var texts []string
		total := 0
		for _, l := range lines {
			for ; len(l) >= n; l = l[n:] {
				texts = append(texts, l[:n])
				total += n
			}
		}
		for _, mode := range []string{"one", "two", "four"} {
			b.Run(fmt.Sprintf("n=%d/streams=%s", n, mode), func(b *testing.B) {
				b.SetBytes(int64(total))
				defer reportCPU(b, total)()
				var buf []hit
				for b.Loop() {
					for _, t := range texts {
						switch mode {
						case "one":
							buf, _ = v.span(buf[:0], v.terms, typeTerm.bit(), t, 0, 0, 0, len(t), -1)
						case "two":
							buf = v.walkSplit(buf[:0], v.terms, typeTerm.bit(), t, 0)
						default:
							buf = v.walkSplit4(buf[:0], v.terms, typeTerm.bit(), t, 0)
						}
					}
				}
			})
		}
	}
}
