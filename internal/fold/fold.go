// Package fold folds text for matching: case-insensitive and
// diacritic-insensitive, with every folded byte traceable to the bytes of
// the original text it came from.
//
// Folding follows golang.org/x/text: Unicode case folding (cases.Fold)
// after compatibility decomposition (norm.NFKD) with the combining marks removed,
// so "Patiënt", "PATIENT" and "patient" fold alike. Letters and digits fold
// to lowercase letters and digits; every other rune is a separator.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sep is the folded form of every rune that is neither letter nor digit.
const Sep = ' '

// tableSize is the number of runes whose folding is precomputed; it covers
// Latin-1, Latin Extended-A and B and Greek, the scripts of Dutch and
// English text and most European names.
const tableSize = 0x400

// The folded form of each rune below tableSize is foldTable, in
// table.go: computed with golang.org/x/text by TestFoldTable, which
// fails when the file is stale (after an upgrade of x/text) and rewrites
// it with -update. It used to be computed on first use, a millisecond
// and 2,700 allocations of every process's first Default().
//
//go:generate go test -run ^TestFoldTable$ -update

// asciiTable maps an ASCII byte to its folded byte.
var asciiTable = func() [utf8.RuneSelf]byte {
	var t [utf8.RuneSelf]byte
	for b := 0; b < utf8.RuneSelf; b++ {
		switch {
		case 'a' <= b && b <= 'z', '0' <= b && b <= '9':
			t[b] = byte(b)
		case 'A' <= b && b <= 'Z':
			t[b] = byte(b) + 'a' - 'A'
		default:
			t[b] = Sep
		}
	}
	return t
}()

// ASCII returns the folded form of an ASCII byte b (b < utf8.RuneSelf).
func ASCII(b byte) byte { return asciiTable[b] }

// Rune returns the folded form of r: one or more lowercase letters or
// digits without diacritics, a single Sep, or "" for a lone combining mark.
// utf8.RuneError folds to Sep. The result for runes outside the
// precomputed range is computed on the fly without allocating for the
// common case of a letter whose lowercase form is a single rune.
func Rune(r rune) string {
	if r >= 0 && r < tableSize {
		return foldTable[r]
	}
	return runeSlow(r)
}

func runeSlow(r rune) string {
	switch {
	case r == utf8.RuneError:
		return string(Sep)
	case unicode.Is(unicode.Mn, r):
		return ""
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return string(unicode.ToLower(r))
	}
	return string(Sep)
}

// String folds s whole: letters and digits folded, every run of separators
// collapsed to one Sep, leading and trailing separators trimmed. It is for
// building patterns and lookup keys, not for the hot path.
func String(s string) string {
	if isFolded(s) {
		return s // most patterns are written folded: no copy
	}
	return foldString(s)
}

// foldString is String without the shortcut.
func foldString(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // one allocation for most: a rune rarely folds to more bytes
	sep := true
	for _, r := range s {
		f := Rune(r)
		if f == string(Sep) {
			if !sep {
				b.WriteByte(Sep)
			}
			sep = true
			continue
		}
		if f == "" {
			continue
		}
		b.WriteString(f)
		sep = false
	}
	return strings.TrimSuffix(b.String(), string(Sep))
}

// isFolded reports whether String(s) is s: lowercase ASCII letters and
// digits in words, each separated by one Sep, none at either end.
func isFolded(s string) bool {
	if s == "" || s[0] == Sep || s[len(s)-1] == Sep {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case 'a' <= b && b <= 'z', '0' <= b && b <= '9':
		case b == Sep && s[i-1] != Sep:
		default:
			return false
		}
	}
	return true
}
