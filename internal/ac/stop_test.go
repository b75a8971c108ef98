package ac

import (
	"math/rand"
	"testing"
)

// stepStop is a step on the tables of StopTables, as a hot loop takes it.
func stepStop(a *Automaton, dense, sparse []uint32, s uint32, c uint8) uint32 {
	if s < a.denseEnd {
		return dense[s+uint32(c)]
	}
	o := s - a.denseEnd
	h := sparse[o]
	for _, e := range sparse[o+1 : o+1+h&0xff] {
		if uint8(e) == c {
			return e >> 8
		}
	}
	return dense[h>>8+uint32(c)]
}

// TestStopTables steps every reachable state on every class on the stop
// tables and checks that each step reads Stop exactly where leave says
// for a state with outputs, and the ordinary step everywhere else.
func TestStopTables(t *testing.T) {
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
			"no condition: the stop tables step as the ordinary ones"},
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
			"states without a row that must stop on a class their record does not list get a default row of their own"},
		{"separator, shallow rows", []string{"he", "the", "other", "mother", "motherhood", "hood"}, 2,
			func(a *Automaton) func(int, uint8) bool {
				sc := sepClass(a)
				return func(_ int, c uint8) bool { return c == sc }
			},
			"a record whose default row belongs to a state with outputs of its own must not inherit that row's stops unasked"},
		{"by output number", []string{"ab", "b", "abc", "bc", "c", "ca"}, 1,
			func(a *Automaton) func(int, uint8) bool {
				return func(k int, c uint8) bool { return (k+int(c))%2 == 0 }
			},
			"each state's own classes: records that share a default row with different stops get different rows"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Build(tc.pats, ' ', tc.depth)
			if err != nil {
				t.Fatal(err)
			}
			checkStopTables(t, a, tc.leave(a), tc.reason)
		})
	}
}

// TestStopTablesRandom is TestStopTables on random automata, depths and
// conditions.
func TestStopTablesRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	for round := 0; round < 60; round++ {
		pats := randomPatterns(rng, "abc d", 5+rng.Intn(60), 1+rng.Intn(7))
		a, err := Build(pats, ' ', rng.Intn(5))
		if err != nil {
			continue // a pattern with a leading or trailing separator
		}
		salt := rng.Intn(7)
		leave := func(k int, c uint8) bool { return (k*31+int(c)*7+salt)%3 == 0 }
		checkStopTables(t, a, leave, "random patterns and condition")
	}
}

func checkStopTables(t *testing.T, a *Automaton, leave func(int, uint8) bool, reason string) {
	t.Helper()
	dense, sparse, err := a.StopTables(func(k int, stops []bool) {
		for c := range stops {
			stops[c] = leave(k, uint8(c))
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[uint32]bool{Start: true}
	queue := []uint32{Start}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for c := 0; c < a.nclass; c++ {
			next := a.StepClass(s, uint8(c))
			got := stepStop(a, dense, sparse, s, uint8(c))
			want := next
			if a.HasOutput(s) && leave(a.OutputNumber(s), uint8(c)) {
				want = Stop
			}
			if got != want {
				t.Fatalf("state %d class %d: stop step %d, want %d (%s)", s, c, got, want, reason)
			}
			if !seen[next] {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
}
