package classify

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestRedact(t *testing.T) {
	text := "Klant heeft diabetes, BSN 111222333, IBAN NL91ABNA0417164300."
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	ds, de := at("diabetes")
	bs, be := at("111222333")
	is, ie := at("NL91ABNA0417164300")
	fs := []Finding{
		{Category: Health, Kind: Term, Rule: "nl:diabetes", Start: ds, End: de},
		{Category: NationalID, Kind: BSN, Rule: "bsn", Start: bs, End: be},
		{Category: Ordinary, Kind: IBAN, Rule: "iban", Start: is, End: ie},
	}
	tests := []struct {
		name   string
		fs     []Finding
		mode   RedactMode
		want   string
		reason string
	}{
		{"placeholder", fs, RedactPlaceholder, "Klant heeft [health], BSN [bsn], IBAN [iban].", "category for terms, kind for identifiers"},
		{"mask", fs, RedactMask, "Klant heeft [health], BSN *******33, IBAN NL** **** **** **** 00.", "Mask for identifiers"},
		{"none", nil, RedactPlaceholder, text, "no findings: unchanged"},
		{"overlap", []Finding{
			{Category: Health, Kind: Term, Start: ds, End: de},
			{Category: Criminal, Kind: Term, Start: ds + 2, End: de + 5},
		}, RedactMask, "Klant heeft [health+criminal] 111222333, IBAN NL91ABNA0417164300.", "overlapping spans merge"},
		{"nested same", []Finding{
			{Category: Health, Kind: Term, Start: ds, End: de},
			{Category: Health, Kind: Term, Start: ds + 1, End: de - 1},
		}, RedactPlaceholder, "Klant heeft [health], BSN 111222333, IBAN NL91ABNA0417164300.", "a nested span of the same category"},
		{"bad offsets", []Finding{
			{Kind: BSN, Start: -1, End: 3},
			{Kind: BSN, Start: 5, End: 5000},
			{Kind: BSN, Start: 9, End: 4},
			{Kind: BSN, Start: 0, End: 0},
		}, RedactPlaceholder, text, "bad offsets are ignored"},
		{"adjacent", []Finding{
			{Category: Health, Kind: Term, Start: 0, End: 5},
			{Category: Health, Kind: Term, Start: 5, End: 11},
		}, RedactPlaceholder, "[health][health] diabetes, BSN 111222333, IBAN NL91ABNA0417164300.", "touching spans stay apart"},
	}
	for _, tt := range tests {
		got := Redact(text, tt.fs, tt.mode)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s\nreason: %s", tt.name, diff, tt.reason)
		}
	}
}

func TestRedactRuneBoundaries(t *testing.T) {
	text := "één patiënt"
	// A span that starts inside "é" is widened to the whole rune.
	got := Redact(text, []Finding{{Category: Health, Kind: Term, Start: 1, End: 5}}, RedactPlaceholder)
	if got != "[health] patiënt" {
		t.Errorf("got %q", got)
	}
	if !utf8.ValidString(got) {
		t.Errorf("invalid UTF-8: %q", got)
	}
}

func TestRedactRecord(t *testing.T) {
	r := map[string]string{
		"Diagnose__c": "astma",
		"Notes":       "BSN 111222333 bekend",
		"Subject":     "Refund",
	}
	fs := []Finding{
		{Category: Health, Kind: Term, Rule: RuleFieldName + "diagnose", Field: "Diagnose__c"},
		{Category: NationalID, Kind: BSN, Rule: "bsn", Start: 4, End: 13, Field: "Notes"},
		{Category: Health, Kind: Term, Start: 0, End: 3, Field: "Missing"},
	}
	got := RedactRecord(r, fs, RedactMask)
	want := map[string]string{
		"Diagnose__c": "[health]",
		"Notes":       "BSN *******33 bekend",
		"Subject":     "Refund",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("RedactRecord (-want +got):\n%s", diff)
	}
	if r["Notes"] != "BSN 111222333 bekend" {
		t.Error("RedactRecord changed its input")
	}
}

// TestRedactOutsideUnchanged checks, over the findings the classifier
// really gives, that Redact changes nothing outside the spans.
func TestRedactOutsideUnchanged(t *testing.T) {
	texts := []string{
		"Mw. de Vries belde, is zwanger en heeft vakbondsoverleg met FNV, BSN 111222333.",
		"Customer has diabetes; card 4111 1111 1111 1111; mail jan@example.nl; ip 192.168.1.10",
		"geen bijzonderheden",
	}
	for _, text := range texts {
		fs := Default().Text(text)
		for _, mode := range []RedactMode{RedactPlaceholder, RedactMask} {
			got := Redact(text, fs, mode)
			redactCheckOutside(t, text, fs, got)
		}
	}
	// Hand-made spans too, so the check runs whatever the rules find.
	text := texts[0]
	fs := []Finding{{Kind: Term, Category: Health, Start: 23, End: 30}, {Kind: BSN, Category: NationalID, Start: 69, End: 78}}
	redactCheckOutside(t, text, fs, Redact(text, fs, RedactMask))
}

// checkOutside checks that out is text with each span replaced: the text
// before the first span, between spans and after the last is the same.
func redactCheckOutside(t *testing.T, text string, fs []Finding, out string) {
	t.Helper()
	pos, rest := 0, out
	spans := redactMergedSpans(text, fs)
	for _, sp := range spans {
		keep := text[pos:sp[0]]
		if !strings.HasPrefix(rest, keep) {
			t.Fatalf("Redact changed text before %d: %q vs %q", sp[0], rest, keep)
		}
		rest = rest[len(keep):]
		// skip the replacement: up to the next kept text
		next := len(text)
		pos = sp[1]
		nextKeep := text[pos:next]
		for _, s2 := range spans {
			if s2[0] >= pos {
				nextKeep = text[pos:s2[0]]
				break
			}
		}
		i := strings.Index(rest, nextKeep)
		if i < 0 {
			t.Fatalf("Redact lost the text after a span: %q not in %q", nextKeep, rest)
		}
		rest = rest[i:]
	}
	if !strings.HasSuffix(out, text[pos:]) {
		t.Fatalf("Redact changed the tail: %q vs %q", out, text[pos:])
	}
}

func redactMergedSpans(text string, fs []Finding) [][2]int {
	var out [][2]int
	for _, f := range fs {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			continue
		}
		out = append(out, [2]int{f.Start, f.End})
	}
	// sort and merge
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j][0] < out[j-1][0]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	var m [][2]int
	for _, s := range out {
		if len(m) > 0 && s[0] < m[len(m)-1][1] {
			m[len(m)-1][1] = max(m[len(m)-1][1], s[1])
			continue
		}
		m = append(m, s)
	}
	return m
}

func FuzzRedact(f *testing.F) {
	f.Add("Klant heeft diabetes, BSN 111222333", 12, 20, 26, 35)
	f.Add("\xff\xfeé", 0, 1, 1, 3)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		fs := []Finding{{Kind: Term, Category: Health, Start: s1, End: e1}, {Kind: BSN, Category: NationalID, Start: s2, End: e2}}
		for _, mode := range []RedactMode{RedactPlaceholder, RedactMask} {
			out := Redact(text, fs, mode)
			if utf8.ValidString(text) && !utf8.ValidString(out) {
				t.Fatalf("Redact(%q) = %q: invalid UTF-8", text, out)
			}
		}
	})
}

func TestRedactModeString(t *testing.T) {
	if RedactPlaceholder.String() != "placeholder" || RedactMask.String() != "mask" || RedactMode(7).String() != "RedactMode(7)" {
		t.Error("RedactMode.String")
	}
}

// TestRedactedTextIsClean checks that placeholders are not read again as
// evidence: redacting, then classifying, finds no special category.
func TestRedactedTextIsClean(t *testing.T) {
	c := Default()
	note := "Klant is lid van de vakbond, heeft diabetes en stemt op de SP. BSN 111222333."
	fs := c.Text(note)
	if len(fs) == 0 {
		t.Fatal("the note has no findings to redact")
	}
	red := Redact(note, fs, RedactPlaceholder)
	for _, f := range c.Text(red) {
		if f.Category.Special() {
			t.Errorf("redacted text %q still yields %v", red, f)
		}
	}
}

func TestRedactNeutral(t *testing.T) {
	c := Default()
	note := "Klant heeft diabetes, BSN 111222333."
	got := Redact(note, c.Text(note), RedactNeutral)
	want := "Klant heeft [redacted], BSN [redacted]."
	if got != want {
		t.Errorf("Redact neutral = %q, want %q: no category may show", got, want)
	}
	rec := RedactRecord(map[string]string{"Diagnose__c": "astma"}, c.Record(map[string]string{"Diagnose__c": "astma"}), RedactNeutral)
	if rec["Diagnose__c"] != Redacted {
		t.Errorf("RedactRecord neutral gave %q for a field whose name says health", rec["Diagnose__c"])
	}
}
