package classify

import (
	"unicode"
	"unicode/utf8"
)

// This file and the ident_*.go files find identifiers: e-mail addresses,
// phone numbers, IBANs, BSNs, payment cards, IP addresses and dates of
// birth (LABELING.md, "Identifiers").
//
// The detector is one pass over the bytes. Words that start with a letter
// are skipped in one go after two cheap looks (an IBAN starts with two
// letters and two digits; an IPv6 address with a hex group and a colon);
// digits, '@', '+' and '(' trigger the parsers of numbers, e-mail addresses
// and international phone numbers. A run of digit groups joined by single
// separators (a "chain": "06 38 19 27 46", "4328 3279 6556 5587",
// "14-07-2004", "192.0.2.1") is parsed once and cut into identifiers, the
// longest valid shape first; a shape that fits but fails its check digits
// still consumes its digits, so the digits of a bad card number or IBAN are
// never read again as a phone number.
//
// Every decision about a candidate depends on at most a few hundred bytes
// around it (a chain is at most maxChainBytes long, an e-mail address at
// most 64+1+maxDomain bytes, context windows are below 64 bytes), which is
// what Scan needs to give the findings of Text whatever the chunking.
//
// Nothing here allocates unless a finding is appended to dst.

// identHint says what the field that holds a text is named as: a BSN field
// makes a bare number that passes the 11-proef a BSN, a birth-date field
// makes a bare date a date of birth.
type identHint struct{ BSNField, BirthField bool }

// identKinds is the set of the identifier kinds.
var identKinds = Email.bit() | Phone.bit() | IBAN.bit() | BSN.bit() | CreditCard.bit() | IPAddress.bit() | DateOfBirth.bit()

// appendIdents appends the identifier findings in text to dst.
func (c *Classifier) appendIdents(dst []Finding, text string) []Finding {
	return c.appendIdentsIn(dst, text, identHint{})
}

// appendIdentsIn appends the identifier findings in text, the value of a
// field that hint describes, to dst. The findings are unfiltered: the
// caller applies the options.
func (c *Classifier) appendIdentsIn(dst []Finding, text string, hint identHint) []Finding {
	if c != nil && c.kinds != 0 && c.kinds&identKinds == 0 {
		return dst
	}
	s := identScanner{text: text, dst: dst, hint: hint}
	s.run()
	return s.dst
}

// identScanner is the state of one pass.
type identScanner struct {
	text string
	dst  []Finding
	hint identHint
}

// Byte classes of the main loop.
const (
	bOther  = iota // space, punctuation: skipped
	bDigit         // 0-9: a number may start
	bLetter        // A-Z a-z: a word starts
	bUnder         // '_': part of a word, triggers nothing
	bHigh          // ≥ 0x80: a non-ASCII rune
	bAt            // '@': an e-mail address
	bPlus          // '+': an international phone number
	bParen         // '(': "(020) 123 4567"
)

var byteClass = func() (t [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case '0' <= b && b <= '9':
			t[b] = bDigit
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z':
			t[b] = bLetter
		case b == '_':
			t[b] = bUnder
		case b >= utf8.RuneSelf:
			t[b] = bHigh
		case b == '@':
			t[b] = bAt
		case b == '+':
			t[b] = bPlus
		case b == '(':
			t[b] = bParen
		}
	}
	return t
}()

// asciiWord marks the ASCII bytes that belong to a word: letters, digits
// and '_'.
var asciiWord = func() (t [256]bool) {
	for b := 0; b < utf8.RuneSelf; b++ {
		t[b] = 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
	}
	return t
}()

func isDigit(b byte) bool  { return '0' <= b && b <= '9' }
func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
func isAlnum(b byte) bool  { return isDigit(b) || isLetter(b) }
func lower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// isWordRune reports whether r belongs to a word: a letter, a digit, a
// combining mark or '_'.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// wordBefore reports whether the rune that ends just before i belongs to a
// word.
func wordBefore(t string, i int) bool {
	if i <= 0 {
		return false
	}
	if b := t[i-1]; b < utf8.RuneSelf {
		return asciiWord[b]
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return isWordRune(r)
}

// wordAt reports whether the rune that starts at i belongs to a word.
func wordAt(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	if b := t[i]; b < utf8.RuneSelf {
		return asciiWord[b]
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return isWordRune(r)
}

// skipWord returns the end of the word that contains i.
func skipWord(t string, i int) int {
	for i < len(t) {
		b := t[i]
		if b < utf8.RuneSelf {
			if !asciiWord[b] {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if !isWordRune(r) {
			return i
		}
		i += size
	}
	return i
}

// run is the main loop.
func (s *identScanner) run() {
	t := s.text
	for i := 0; i < len(t); {
		switch byteClass[t[i]] {
		case bOther:
			i++
		case bDigit:
			i = s.number(i)
		case bLetter:
			i = s.letterWord(i)
		case bUnder:
			i = skipWord(t, i)
		case bHigh:
			r, size := utf8.DecodeRuneInString(t[i:])
			if isWordRune(r) {
				i = skipWord(t, i)
			} else {
				i += size
			}
		case bAt:
			i = s.email(i)
		case bPlus:
			i = s.plusPhone(i)
		case bParen:
			i = s.parenPhone(i)
		}
	}
}

// letterWord handles a word that starts with an ASCII letter at i: an IBAN
// or an IPv6 address may start there. It returns where to go on.
func (s *identScanner) letterWord(i int) int {
	t := s.text
	if i+3 < len(t) && isLetter(t[i+1]) && isDigit(t[i+2]) && isDigit(t[i+3]) && !wordBefore(t, i) {
		if end := s.iban(i); end > i {
			return end
		}
	}
	if isHex(t[i]) && !wordBefore(t, i) {
		j := i + 1
		for j < len(t) && j-i < 4 && isHex(t[j]) {
			j++
		}
		if j < len(t) && t[j] == ':' {
			if end := s.ipv6(i); end > i {
				return end
			}
		}
	}
	return skipWord(t, i)
}

// emit appends a finding.
func (s *identScanner) emit(kind Kind, rule string, start, end int, conf float64) {
	cat := Ordinary
	if kind == BSN {
		cat = NationalID
	}
	s.dst = append(s.dst, Finding{Category: cat, Kind: kind, Rule: rule, Start: start, End: end, Confidence: conf})
}
