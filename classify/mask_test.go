package classify

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestMask(t *testing.T) {
	tests := []struct {
		kind   Kind
		in     string
		want   string
		reason string
	}{
		{IBAN, "NL91ABNA0417164300", "NL** **** **** **** 00", "issue 2: country and last two, grouped"},
		{IBAN, "NL91 ABNA 0417 1643 00", "NL** **** **** **** 00", "the same IBAN in groups"},
		{IBAN, "nl91abna0417164300", "NL** **** **** **** 00", "lower case is shown upper case"},
		{BSN, "111222333", "*******33", "last two digits"},
		{BSN, "111.222.333", "***.***.*33", "separators kept"},
		{Phone, "+31 6 12345678", "+** * ******78", "last two digits"},
		{Phone, "06-12345678", "**-******78", "last two digits"},
		{CreditCard, "4111 1111 1111 1111", "**** **** **** **11", "last two digits"},
		{IPAddress, "192.168.10.23", "***.***.**.23", "last two digits"},
		{Email, "jan.jansen@example.nl", "j***@e***.nl", "issue: j***@e***.nl"},
		{Email, "Ö@ö", "Ö***@ö***", "no top-level domain"},
		{Email, "no-at-sign", "**-**-****", "not an address: all hidden"},
		{DateOfBirth, "14-07-2004", "**-**-****", "a date of birth is hidden whole"},
		{DateOfBirth, "14 juli 2004", "** **** ****", "letters hidden too"},
		{Term, "diabetes", "[term]", "a term is a placeholder"},
		{BSN, "123", "***", "too short to show anything"},
		{Kind("other"), "abc123def", "*********", "unknown kind: all hidden"},
		{BSN, "12\xff3456789", "********89", "invalid UTF-8 is hidden"},
	}
	for _, tt := range tests {
		got := Mask(tt.kind, tt.in)
		if got != tt.want {
			t.Errorf("Mask(%s, %q) = %q, want %q (%s)", tt.kind, tt.in, got, tt.want, tt.reason)
		}
		if len(tt.in) >= 6 && strings.Contains(got, tt.in) {
			t.Errorf("Mask(%s, %q) = %q shows the value", tt.kind, tt.in, got)
		}
		if !utf8.ValidString(got) {
			t.Errorf("Mask(%s, %q) = %q is not valid UTF-8", tt.kind, tt.in, got)
		}
	}
}

func TestExcerpt(t *testing.T) {
	text := "IBAN NL91ABNA0417164300 en diabetes"
	tests := []struct {
		f    Finding
		want string
	}{
		{Finding{Category: Ordinary, Kind: IBAN, Start: 5, End: 23}, "NL** **** **** **** 00"},
		{Finding{Category: Health, Kind: Term, Start: 27, End: 35}, "[health]"},
		{Finding{Category: Ordinary, Kind: IBAN, Start: 5, End: 99}, "[iban]"},
		{Finding{Category: Ordinary, Kind: IBAN, Start: -1, End: 3}, "[iban]"},
		{Finding{Category: Ordinary, Kind: IBAN, Start: 7, End: 7}, "[iban]"},
	}
	for _, tt := range tests {
		if got := Excerpt(text, tt.f); got != tt.want {
			t.Errorf("Excerpt(%v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func FuzzMask(f *testing.F) {
	for _, s := range []string{"NL91ABNA0417164300", "a@b.c", "111222333", "", "\xff\xfe", "@", "a@", "@b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, k := range Kinds() {
			got := Mask(k, s)
			if !utf8.ValidString(got) {
				t.Fatalf("Mask(%s, %q) = %q: invalid UTF-8", k, s, got)
			}
			n := 0
			for _, r := range s {
				if maskable(r) {
					n++
				}
			}
			if n >= 12 && k != Email && strings.Contains(got, s) {
				t.Fatalf("Mask(%s, %q) = %q shows the value", k, s, got)
			}
		}
	})
}
