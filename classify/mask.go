package classify

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maskRune is the rune that stands for a hidden character.
const maskRune = '*'

// minVisible is the length below which Mask shows nothing of a value: the
// last two digits of a three-digit value would give most of it away.
const minVisible = 6

// Mask returns s, the text of an identifier of kind k, masked for display,
// so that a person can recognise which value is meant without reading it:
//
//   - IBAN: the country code and the last two characters, in groups of
//     four: "NL** **** **** **** 00";
//   - BSN, phone, credit card, IP address: every digit (and hex letter)
//     hidden but the last two, separators kept: "*******33";
//   - e-mail: the first character of the local part and of the domain and
//     the top-level domain: "j***@e***.nl";
//   - date of birth: every letter and digit hidden: "**-**-****";
//   - Term: the placeholder "[term]" (Excerpt shows the category instead);
//   - anything else, or a value shorter than six letters and digits:
//     every letter and digit hidden.
//
// Mask never returns more of s than it describes above; it accepts any
// string, valid UTF-8 or not.
func Mask(k Kind, s string) string {
	switch k {
	case Term:
		return "[" + string(Term) + "]"
	case IBAN:
		return maskIBAN(s)
	case Email:
		return maskEmail(s)
	case BSN, Phone, CreditCard, IPAddress:
		return maskTail(s, 2)
	}
	return maskTail(s, 0)
}

// Excerpt returns the text that f points at in text, masked for display
// with Mask; for a Term finding it returns the category as a placeholder,
// "[health]". A finding whose offsets do not fit text, or that is about a
// field rather than a span (Start == End), gives its placeholder
// "[category]" or "[kind]".
func Excerpt(text string, f Finding) string {
	if f.Kind == Term || f.Kind == "" {
		return placeholder(f)
	}
	if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
		return placeholder(f)
	}
	return Mask(f.Kind, text[f.Start:f.End])
}

// placeholder is the label of a finding in redacted text: the category for
// a term, the kind for an identifier ("[health]", "[bsn]", "[email]").
func placeholder(f Finding) string {
	if f.Kind == Term || f.Kind == "" {
		if f.Category == "" {
			return "[" + string(Term) + "]"
		}
		return "[" + string(f.Category) + "]"
	}
	return "[" + string(f.Kind) + "]"
}

// maskable reports whether r is hidden by a mask: letters and digits.
func maskable(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// maskTail hides every letter and digit of s but the last keep of them,
// and all of them when s has fewer than minVisible.
func maskTail(s string, keep int) string {
	n := 0
	for _, r := range s {
		if maskable(r) {
			n++
		}
	}
	if n < minVisible {
		keep = 0
	}
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			b.WriteRune(maskRune)
		case maskable(r):
			if i >= n-keep {
				b.WriteRune(r)
			} else {
				b.WriteRune(maskRune)
			}
			i++
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// maskIBAN shows the country code and the last two characters of an IBAN
// in groups of four.
func maskIBAN(s string) string {
	var alnum []rune
	for _, r := range s {
		if maskable(r) && r < utf8.RuneSelf {
			alnum = append(alnum, unicode.ToUpper(r))
		}
	}
	if len(alnum) < 2*minVisible {
		return maskTail(s, 0)
	}
	var b strings.Builder
	for i, r := range alnum {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		if i < 2 || i >= len(alnum)-2 {
			b.WriteRune(r)
		} else {
			b.WriteRune(maskRune)
		}
	}
	return b.String()
}

// maskEmail shows the first character of the local part and of the
// domain, and the top-level domain: "j***@e***.nl".
func maskEmail(s string) string {
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return maskTail(s, 0)
	}
	local, domain := s[:at], s[at+1:]
	tld := ""
	if dot := strings.LastIndexByte(domain, '.'); dot > 0 && dot < len(domain)-1 {
		tld = domain[dot:]
		domain = domain[:dot]
	}
	return firstRune(local) + "***@" + firstRune(domain) + "***" + maskTLD(tld)
}

func firstRune(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !maskable(r) {
		return string(maskRune)
	}
	return string(r)
}

// maskTLD keeps a top-level domain of letters only, such as ".nl".
func maskTLD(tld string) string {
	if len(tld) > 1 && len(tld) <= 8 {
		for _, r := range tld[1:] {
			if r >= utf8.RuneSelf || !unicode.IsLetter(r) {
				return ".***"
			}
		}
		return tld
	}
	if tld == "" {
		return ""
	}
	return ".***"
}
