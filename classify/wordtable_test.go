package classify

import (
	"math/rand"
	"testing"
)

// TestWordTable checks a wordTable against a map with the same words:
// the word classes of classOf and the vocabulary's word lists, put in a
// table sized for a few so that it grows, and looked up as themselves,
// as near misses (a letter changed, cut, added) and as strings and
// bytes.
func TestWordTable(t *testing.T) {
	want := map[string]uint16{}
	for w, c := range wordClasses {
		want[w] = uint16(c)
	}
	v := builtinVocabulary()
	for _, w := range v.words.keys {
		want[w] = v.words.get(w)
	}
	tab := newWordTable[uint16](3)
	for w, x := range want {
		*tab.entry(w) = x
		*tab.entry(w) |= x // a second entry finds the first
	}
	if len(tab.keys) != len(want) {
		t.Fatalf("table holds %d words, want %d", len(tab.keys), len(want))
	}
	if 2*len(tab.keys) > len(tab.slots) {
		t.Errorf("table of %d slots holds %d words: more than half full", len(tab.slots), len(tab.keys))
	}
	rng := rand.New(rand.NewSource(1))
	check := func(w string) {
		t.Helper()
		x, ok := want[w]
		if got, gotOK := tab.find([]byte(w)); got != x || gotOK != ok {
			t.Fatalf("find(%q) = %d, %v, want %d, %v", w, got, gotOK, x, ok)
		}
		if got := tab.get(w); got != x {
			t.Fatalf("get(%q) = %d, want %d", w, got, x)
		}
	}
	check("")
	for w := range want {
		check(w)
		b := []byte(w)
		b[rng.Intn(len(b))] = byte('a' + rng.Intn(26))
		check(string(b))
		check(w[:rng.Intn(len(w))])
		check(w + "s")
	}
}
