package classify

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestNoLetterSkip checks the shortcut that skips term matching on a text
// without letters: the built-in vocabulary allows it, the terms automaton
// indeed finds nothing in random texts of every ASCII non-letter byte,
// and a vocabulary with a term of digits only turns it off.
func TestNoLetterSkip(t *testing.T) {
	v := Default().vocab
	if !v.needLetter {
		t.Fatal("the built-in vocabulary has a term that text without letters can match")
	}
	var nonLetters []byte
	for b := byte(0); b < 0x80; b++ {
		if !isASCIILetter(b) {
			nonLetters = append(nonLetters, b)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var sb strings.Builder
		for k := rng.IntN(300); k > 0; k-- {
			sb.WriteByte(nonLetters[rng.IntN(len(nonLetters))])
		}
		text := sb.String()
		if hasLetter(text) {
			t.Fatal("hasLetter: a letter in a text of non-letters")
		}
		if hits := v.match(nil, v.terms, typeTerm.bit(), text, 0); len(hits) != 0 {
			t.Fatalf("terms automaton matched %d times in a text without letters", len(hits))
		}
	}
	for _, s := range []string{"a", "06 Z", "é", "12\xff"} {
		if !hasLetter(s) {
			t.Errorf("hasLetter(%q) = false", s)
		}
	}
	c, err := New(WithVocabulary("digits", strings.NewReader("term\t112 meldkamer\thealth\t0.9\nterm\t4711\thealth\t0.9\n")))
	if err != nil {
		t.Fatal(err)
	}
	if c.vocab.needLetter {
		t.Fatal("a term of digits only leaves the shortcut on")
	}
	if fs := c.Record(map[string]string{"code": "4711"}); len(fs) == 0 {
		t.Error("a term of digits only is not found in a value without letters")
	}
}

// TestMatchStartShortcut checks matchStart's shortcut against walkBack
// at every end and length in random texts of letters, separators, digits
// and a few letters outside ASCII.
func TestMatchStartShortcut(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "b", "Z", "9", " ", " ", ".", "-", "é", "ß", "\u0301"}
	for range 300 {
		var sb strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		for end := 0; end <= len(text); end++ {
			for n := 1; n <= 12; n++ {
				s1, l1, ok1 := matchStart(text, end, n)
				s2, l2, ok2 := walkBack(text, end, n)
				if s1 != s2 || l1 != l2 || ok1 != ok2 {
					t.Fatalf("matchStart(%q, %d, %d) = %d %v %v, walkBack %d %v %v", text, end, n, s1, l1, ok1, s2, l2, ok2)
				}
			}
		}
	}
}
