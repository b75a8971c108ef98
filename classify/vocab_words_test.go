package classify

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// TestFunctionWords checks terms/words.tsv, the function-word lists of
// the context rules, like the vocabulary's examples: every line names a
// known list, gives a reason and an example, and shows its effect: its
// example is judged differently when the line is left out. A line whose
// example reads the same without it is dead and goes.
func TestFunctionWords(t *testing.T) {
	lines, err := parseWordLines(wordsFile)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(wordsFile, "# as_of: ") {
		t.Error("words.tsv: no as_of header")
	}
	seen := map[string]int{}
	for _, l := range lines {
		key := l.list + "\t" + strings.ToLower(l.word)
		if prev, dup := seen[key]; dup {
			t.Errorf("words.tsv:%d: duplicate of line %d", l.line, prev)
		}
		seen[key] = l.line
		if l.word != strings.ToLower(l.word) || strings.ContainsFunc(l.word, unicode.IsSpace) {
			t.Errorf("words.tsv:%d: a word is one lower-case word", l.line)
		}
		if len(l.reason) < 20 {
			t.Errorf("words.tsv:%d: the reason says too little", l.line)
		}
	}
	full, err := newWordLists(lines, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"saying", "message", "answer", "first-person", "shouting", "naming", "object", "singular-verb", "she", "possessive", "sign-off", "writer", "share-end", "article", "parent", "be", "indefinite", "abuse", "with", "census", "host", "descent", "kin-m", "kin-f", "apart", "contact", "of", "they", "elided", "and", "generation"} {
		if p := full.field(f); p == nil || len(*p) == 0 {
			t.Errorf("words.tsv: list %s is empty", f)
		}
	}
	c := Default()
	judged := func(w *wordLists, text string) string {
		saved := funcWords
		funcWords = w
		defer func() { funcWords = saved }()
		var out []string
		for _, f := range c.Text(text) {
			if f.Kind == Term {
				out = append(out, fmt.Sprintf("%s %d-%d %.2f", f.Category, f.Start, f.End, f.Confidence))
			}
		}
		slices.Sort(out)
		return strings.Join(out, "; ")
	}
	dead := 0
	for _, l := range lines {
		without, err := newWordLists(lines, l.line)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := judged(full, l.ex), judged(without, l.ex); a == b {
			dead++
			t.Errorf("words.tsv:%d: %s %q: its example is judged the same without it (%q): dead line, or an example that does not show its effect", l.line, l.list, l.word, a)
		}
	}
	t.Logf("%d function words, %d dead", len(lines), dead)
}

// TestFunctionWordsErrors: a malformed words.tsv is an error, not a list.
func TestFunctionWordsErrors(t *testing.T) {
	tests := []struct{ name, data, reason string }{
		{"columns", "saying\tzegt\ta verb of saying, long enough\n", "a line needs its example"},
		{"empty reason", "saying\tzegt\t\tKlant zegt: 'ziek'\n", "every line gives its reason"},
	}
	for _, tt := range tests {
		if _, err := parseWordLines(tt.data); err == nil {
			t.Errorf("%s: no error (%s)", tt.name, tt.reason)
		}
	}
	lines, err := parseWordLines("shouted-at\triep\ta verb of shouting, long enough\tDe buurman riep 'x'\n")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newWordLists(lines, 0); err == nil {
		t.Error("unknown list: no error (the lists are a closed set the code reads)")
	}
}
