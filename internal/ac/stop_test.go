package ac

import (
	"math/rand"
	"testing"
)

// rawStep is a step on the tables as a hot loop takes it: the entry with
// its flag.
func rawStep(a *Automaton, s uint32, c uint8) uint32 {
	dense, denseEnd, _, _ := a.Tables()
	if s < denseEnd {
		return dense[s+uint32(c)]
	}
	sparse := a.Sparse()
	o := s - denseEnd
	h := sparse[o]
	for _, e := range sparse[o+1 : o+1+h&0xff] {
		if uint8(e) == c {
			return e >> 8
		}
	}
	return dense[h>>8+uint32(c)]
}

// TestSetStops steps every reachable state on every class on tables
// with stops and checks that each step out of a state with outputs and a
// full row has Flag exactly where it must stop (the walks stop on every
// step out of a state with outputs without a row), that every step
// without the flag is the step of the same automaton without stops, and
// that Step and StepClass never return the flag.
func TestSetStops(t *testing.T) {
	never := func(int) bool { return false }
	always := func(int) bool { return true }
	tests := []struct {
		name   string
		pats   []string
		depth  int
		sep    byte
		all    func(k int) bool
		reason string
	}{
		{"separator after a word, full rows", []string{"he", "she", "hers", "his", "in de", "klant", "hij is"}, DefaultDenseDepth, ' ', never,
			"a word that must end at a separator stops only before one: 'he' in 'her' walks on"},
		{"always", []string{"he", "she", "hers", "his"}, DefaultDenseDepth, ' ', always,
			"every step out of a state with outputs stops, as the range test of Tables would"},
		{"separator after a word, no rows but the root", []string{"he", "the", "in de", "klant", "hij is", "zij"}, 0, ' ', never,
			"states without a row: no flags of their own, the walks stop on every step out of them"},
		{"separator, shallow rows", []string{"he", "the", "other", "mother", "motherhood", "hood"}, 2, ' ', never,
			"a record whose default row belongs to a state with outputs of its own reads its flags, which the walk ignores"},
		{"by output number", []string{"ab", "b", "abc", "bc", "c", "ca"}, 1, 'b', func(k int) bool { return k%2 == 0 },
			"open and closed states that share default rows"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStops(t, tc.pats, tc.depth, tc.sep, tc.all, tc.reason)
		})
	}
}

// TestSetStopsRandom is TestSetStops on random automata, depths and
// conditions.
func TestSetStopsRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 80; round++ {
		pats := randomPatterns(rng, "abc d", 5+rng.Intn(60), 1+rng.Intn(7))
		if _, err := Build(pats, ' ', 0); err != nil {
			continue // a pattern with a leading or trailing separator
		}
		salt := rng.Intn(7)
		all := func(k int) bool { return (k*31+salt)%3 == 0 }
		checkStops(t, pats, rng.Intn(5), "abcd "[rng.Intn(5)], all, "random patterns and condition")
	}
}

func checkStops(t *testing.T, pats []string, depth int, sep byte, all func(int) bool, reason string) {
	t.Helper()
	ref, err := Build(pats, ' ', depth)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Build(pats, ' ', depth)
	if err != nil {
		t.Fatal(err)
	}
	sc := a.Class(sep)
	if err := a.SetStops(sc, all); err != nil {
		t.Fatal(err)
	}
	if !a.Stops() || ref.Stops() {
		t.Fatalf("Stops: %v and %v, want true and false", a.Stops(), ref.Stops())
	}
	if err := a.SetStops(sc, all); err == nil {
		t.Fatal("SetStops twice: no error")
	}
	seen := map[uint32]bool{Start: true}
	queue := []uint32{Start}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for c := 0; c < a.nclass; c++ {
			want := ref.StepClass(s, uint8(c))
			raw := rawStep(a, s, uint8(c))
			if got := raw &^ Flag; got != want {
				t.Fatalf("state %d class %d: step %d, want %d (%s)", s, c, got, want, reason)
			}
			if got := a.StepClass(s, uint8(c)); got != want {
				t.Fatalf("state %d class %d: StepClass %d, want %d (%s)", s, c, got, want, reason)
			}
			if a.HasOutput(s) && a.Dense(s) && (uint8(c) == sc || all(a.OutputNumber(s))) && raw&Flag == 0 {
				t.Fatalf("state %d (output %d) class %d: a step out of a state with outputs and a row that must stop has no flag (%s)", s, a.OutputNumber(s), c, reason)
			}
			if a.HasOutput(s) && a.Dense(s) && raw&Flag != 0 && !(uint8(c) == sc || all(a.OutputNumber(s))) {
				t.Fatalf("state %d (output %d) class %d: a flag where none was asked (%s)", s, a.OutputNumber(s), c, reason)
			}
			if !seen[want] {
				seen[want] = true
				queue = append(queue, want)
			}
		}
	}
}
