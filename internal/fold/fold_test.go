package fold

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	tests := []struct {
		in, want string
		reason   string
	}{
		{"Patiënt", "patient", "diaeresis is a diacritic"},
		{"DIABETESPATIËNT", "diabetespatient", "case and diacritics fold together"},
		{"Geloofs-overtuiging", "geloofs overtuiging", "hyphen separates"},
		{"  Straße ", "strasse", "sharp s folds to ss; separators trimmed"},
		{"café  crème", "cafe creme", "runs of separators collapse"},
		{"Ĳssel", "ijssel", "ligature IJ decomposes"},
		{"covid-19", "covid 19", "digits are word characters"},
		{"x\xffy", "x y", "an invalid byte is a separator"},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
		}
	}
}

func TestRuneTable(t *testing.T) {
	for r := rune(0); r < tableSize; r++ {
		f := Rune(r)
		if !utf8.ValidString(f) {
			t.Fatalf("Rune(%U) = %q is not valid UTF-8", r, f)
		}
		if f != string(Sep) && f != "" && !isWord(f) {
			t.Fatalf("Rune(%U) = %q is neither word nor separator", r, f)
		}
	}
}

// TestStringShortcut checks that String's shortcut for text that is
// already folded gives what folding gives, on random short strings of
// letters, digits, spaces, a hyphen and an accented letter.
func TestStringShortcut(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	const alpha = "abzAZ09  -é"
	for range 20000 {
		var b []byte
		for k := rng.IntN(8); k > 0; k-- {
			b = append(b, alpha[rng.IntN(len(alpha))])
		}
		s := string(b)
		if got, want := String(s), foldString(s); got != want {
			t.Fatalf("String(%q) = %q, want %q", s, got, want)
		}
	}
}
