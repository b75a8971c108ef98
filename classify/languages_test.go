package classify

import (
	"testing"
)

func TestWithLanguages(t *testing.T) {
	nlOnly, err := New(WithLanguages("nl"))
	if err != nil {
		t.Fatal(err)
	}
	enOnly, err := New(WithLanguages("en"))
	if err != nil {
		t.Fatal(err)
	}
	both, err := New(WithLanguages("nl", "en"))
	if err != nil {
		t.Fatal(err)
	}
	has := func(c *Classifier, text string, cat Category) bool {
		for _, f := range c.Text(text) {
			if f.Category == cat {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name, text          string
		cat                 Category
		nl, en, both, deflt bool
		reason              string
	}{
		{"dutch term", "Klant meldt dat hij suikerziekte heeft.", Health, true, false, true, true, "nl.tsv holds the Dutch diagnosis; without Dutch it is gone"},
		{"english term", "The customer told us she had a heart attack last week.", Health, false, true, true, true, "en.tsv holds the English diagnosis"},
		{"dutch union form", "Klant is lid van de FNV.", TradeUnionMembership, true, false, true, true, "the Dutch membership phrase around the name is a Dutch line"},
		{"english union form", "The customer is a member of Unison.", TradeUnionMembership, false, true, true, true, "the English membership phrase around the name is an English line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := [4]bool{has(nlOnly, tt.text, tt.cat), has(enOnly, tt.text, tt.cat), has(both, tt.text, tt.cat), has(Default(), tt.text, tt.cat)}
			want := [4]bool{tt.nl, tt.en, tt.both, tt.deflt}
			if got != want {
				t.Errorf("found %v with [nl en both default] = %v, want %v (%s)", tt.cat, got, want, tt.reason)
			}
		})
	}
	for _, bad := range [][]string{nil, {"de"}, {"NL"}} {
		if _, err := New(WithLanguages(bad...)); err == nil {
			t.Errorf("WithLanguages(%q) gave no error", bad)
		}
	}
}
