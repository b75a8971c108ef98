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
// with stops and checks that each step out of a state with outputs has
// Flag exactly where leave says, that every step without the flag is
// the step of the same automaton without stops, and that Step and
// StepClass never return the flag.
func TestSetStops(t *testing.T) {
	sepClass := func(a *Automaton) uint8 { return a.Class(' ') }
	tests := []struct {
		name   string
		pats   []string
		depth  int
		leave  func(a *Automaton) func(k int, c uint8) bool
		reason string
	}{
		{"never", []string{"he", "she", "hers", "his"}, DefaultDenseDepth,
			func(*Automaton) func(int, uint8) bool { return func(int, uint8) bool { return false } },
			"no condition: the tables step as without stops"},
		{"always", []string{"he", "she", "hers", "his"}, DefaultDenseDepth,
			func(*Automaton) func(int, uint8) bool { return func(int, uint8) bool { return true } },
			"every step out of a state with outputs stops, as the range test of Tables would"},
		{"separator after a word, full rows", []string{"he", "the", "in de", "klant", "hij is"}, DefaultDenseDepth,
			func(a *Automaton) func(int, uint8) bool {
				sc := sepClass(a)
				return func(_ int, c uint8) bool { return c == sc }
			},
			"a word that must end at a separator stops only before one: 'he' in 'her' walks on"},
		{"separator after a word, no rows but the root", []string{"he", "the", "in de", "klant", "hij is", "zij"}, 0,
			func(a *Automaton) func(int, uint8) bool {
				sc := sepClass(a)
				return func(_ int, c uint8) bool { return c == sc }
			},
			"states without a row that must stop on a class their record does not list are flagged on entry"},
		{"separator, shallow rows", []string{"he", "the", "other", "mother", "motherhood", "hood"}, 2,
			func(a *Automaton) func(int, uint8) bool {
				sc := sepClass(a)
				return func(_ int, c uint8) bool { return c == sc }
			},
			"a record whose default row belongs to a state with outputs of its own: flagged on entry, or the row agrees"},
		{"by output number", []string{"ab", "b", "abc", "bc", "c", "ca"}, 1,
			func(a *Automaton) func(int, uint8) bool {
				return func(k int, c uint8) bool { return (k+int(c))%2 == 0 }
			},
			"each state's own classes: records that share a default row with different stops"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStops(t, tc.pats, tc.depth, tc.leave, tc.reason)
		})
	}
}

// TestSetStopsRandom is TestSetStops on random automata, depths and
// conditions.
func TestSetStopsRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 60; round++ {
		pats := randomPatterns(rng, "abc d", 5+rng.Intn(60), 1+rng.Intn(7))
		if _, err := Build(pats, ' ', 0); err != nil {
			continue // a pattern with a leading or trailing separator
		}
		salt := rng.Intn(7)
		leave := func(*Automaton) func(k int, c uint8) bool {
			return func(k int, c uint8) bool { return (k*31+int(c)*7+salt)%3 == 0 }
		}
		checkStops(t, pats, rng.Intn(5), leave, "random patterns and condition")
	}
}

func checkStops(t *testing.T, pats []string, depth int, leaveOf func(*Automaton) func(int, uint8) bool, reason string) {
	t.Helper()
	ref, err := Build(pats, ' ', depth)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Build(pats, ' ', depth)
	if err != nil {
		t.Fatal(err)
	}
	leave := leaveOf(a)
	if err := a.SetStops(func(k int, stops []bool) {
		for c := range stops {
			stops[c] = leave(k, uint8(c))
		}
	}); err != nil {
		t.Fatal(err)
	}
	if !a.Stops() || ref.Stops() {
		t.Fatalf("Stops: %v and %v, want true and false", a.Stops(), ref.Stops())
	}
	if err := a.SetStops(func(int, []bool) {}); err == nil {
		t.Fatal("SetStops twice: no error")
	}
	// A step out of a state with outputs on a class where leave says
	// stop must have the flag, or every step into that state must.
	var unflagged []uint32
	intoFlagged := map[uint32]bool{}
	defer func() {
		for _, s := range unflagged {
			if !intoFlagged[s] {
				t.Fatalf("state %d (output %d): a step out of it that leave stops has no flag, nor has every step into it (%s)", s, a.OutputNumber(s), reason)
			}
		}
	}()
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
			if a.HasOutput(s) && leave(a.OutputNumber(s), uint8(c)) && raw&Flag == 0 {
				unflagged = append(unflagged, s)
			}
			if _, ok := intoFlagged[want]; !ok {
				intoFlagged[want] = true
			}
			intoFlagged[want] = intoFlagged[want] && raw&Flag != 0
			if !seen[want] {
				seen[want] = true
				queue = append(queue, want)
			}
		}
	}
}
