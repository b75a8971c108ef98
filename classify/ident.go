package classify

import (
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// This file and the ident_*.go files find identifiers: e-mail addresses,
// phone numbers, IBANs, BSNs, payment cards, IP addresses and dates of
// birth (docs/labeling.md, "Identifiers").
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
// most 64+1+maxDomain bytes, context windows are at most 64 bytes but the
// BSN's, bsnWindow, and an IBAN at most 34 characters with a separator
// between each), which is what Scan needs to give the findings of Text
// whatever the chunking.
//
// Nothing here allocates unless a finding is appended to dst.
//
// Rules and confidences (a rule with the suffix ":example" is a published
// test value, such as NL91ABNA0417164300 or BSN 111222333):
//
//	bsn-11proef           8 or 9 digits (plain, 123.456.782, 1234 56 782,
//	                      853 19 41 30), 11-proef,
//	                      named as BSN/burgerservicenummer/sofinummer/citizen service
//	                      number within 200 bytes before in the sentence, or after
//	                      ("(BSN)", "111222333 is haar BSN")                   0.95
//	bsn-11proef-field     the same in a field named as a BSN, unnamed in the text 0.90
//	iban-mod97            the country's length, BBAN structure (IBAN registry) and 0.95
//	                      mod-97, Spain's national check digits; compact, in
//	                      groups of any length joined by spaces, dashes or dots,
//	                      a space after an upper-case country code
//	card-luhn-<scheme>    13-19 digits, Luhn and the scheme's prefix and length  0.90
//	                      named as a card                                        0.95
//	email                 local part (RFC 5322 atext but = / ? |) @ domain with  0.90
//	                      a dot and a letter TLD, or a literal [192.0.2.1]
//	phone-nl-mobile       06-1/2/3/4/5/8 …, +31 6 …, 0031 6 …                    0.90
//	phone-nl-landline     an area code (010, 0546, 085 …), +31 20 …              0.85-0.90
//	phone-e164            + and a country code, 8-15 digits                      0.85
//	                      phones named as such (tel., mobiel, bel) get +0.05
//	phone-nl-pager        066 …                                                  0.85
//	phone-national        another country's national format after a phone cue:   0.75
//	                      trunk 0 and 8-12 digits (012 34 56 78, 030 123456,
//	                      0121 234 5678), North American 201-555-0123;
//	                      "(201) 555-0123" also without a cue                    0.70
//	phone-nl-service      0800/0900/0906/0909 and 4 or 7 digits, 14 0xx:          0.40
//	                      an organisation's number, below DefaultMinConfidence
//	ipv4, ipv6            netip, with a CIDR prefix length; loopback and         0.90 (0.60)
//	                      unspecified addresses; four parts below 10 ("3.2.1.4")
//	                      only after an address cue (IP, dns, server, router …)
//	dob-numeric, dob-iso,  a calendar date named as a birth date (geboren, geb.,
//	dob-nl-long, dob-en-long  geboortedatum, DOB, date of birth, born)         0.90
//
// A card, phone number or BSN that the words before it name as another
// number (order, factuur, invoice, polis, KvK, klantnummer, …) is not
// reported.

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
	s := identScanner{text: text, dst: dst, hint: hint, base: len(dst)}
	s.run()
	return s.dst
}

// identScanner is the state of one pass.
type identScanner struct {
	text   string
	dst    []Finding
	hint   identHint
	resume int // where the last handler left off
	base   int // len(dst) when the pass started
}

// trigger marks the bytes where an identifier may start or be recognised:
// digits, '@', '+', '(' and ':'.
var trigger = func() (t [256]bool) {
	for b := '0'; b <= '9'; b++ {
		t[b] = true
	}
	t['@'], t['+'], t['('], t[':'] = true, true, true, true
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
func isUpper(b byte) bool  { return 'A' <= b && b <= 'Z' }
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
	if r < wordRuneTableSize {
		return wordRuneTable[r>>6]&(1<<(r&63)) != 0
	}
	return r != utf8.RuneError && isWordRuneSlow(r)
}

func isWordRuneSlow(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordRuneTable caches isWordRune for the runes below U+3000: Latin,
// Greek, Cyrillic, the punctuation and currency signs of notes.
const wordRuneTableSize = 0x3000

var wordRuneTable = func() (t [wordRuneTableSize / 64]uint64) {
	for r := rune(0); r < wordRuneTableSize; r++ {
		if r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && isWordRuneSlow(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()

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

// run is the main loop: it skips to the next trigger byte and hands it to
// its parser. Words are not skipped as such: a digit inside a word fails
// chainStart, so word-internal digits ("7X4KQ", "nl91abna…" after its start)
// start nothing.
func (s *identScanner) run() {
	t := s.text
	for i := 0; i < len(t); {
		i = nextTrigger(t, i)
		if i >= len(t) {
			return
		}
		switch b := t[i]; b {
		case '@':
			i = s.email(i)
		case '+':
			i = s.plusPhone(i)
		case '(':
			i = s.parenPhone(i)
		case ':':
			i = s.colon(i)
		default:
			// An IBAN starts with two letters and two digits, or with an
			// upper-case country code, a space and two digits.
			if i >= 2 && i+1 < len(t) && isDigit(t[i+1]) {
				st := -1
				switch {
				case isLetter(t[i-1]) && isLetter(t[i-2]):
					st = i - 2
				case i >= 3 && t[i-1] == ' ' && isUpper(t[i-2]) && isUpper(t[i-3]):
					st = i - 3
				}
				if st >= 0 && !wordBefore(t, st) {
					if end := s.iban(st); end > st {
						i = end
						s.resume = i
						continue
					}
				}
			}
			i = s.number(i)
		}
		s.resume = i
	}
}

// resumedAt reports whether the scanner went on, after a token it read
// whole (an IBAN, an e-mail address, a word with digits such as "AB12"),
// just one space before i: then the number at i starts afresh even though
// a digit precedes the space ("NL20INGB0001234567 06-12345678").
func (s *identScanner) resumedAt(i int) bool {
	r, t := s.resume, s.text
	return r > 0 && (i == r+1 && t[r] == ' ' || i == r+2 && t[r] == 0xC2 && t[r+1] == 0xA0)
}

// nextTrigger returns the offset of the first trigger byte at or after i,
// or len(t). It reads eight bytes at a time: a trigger is a byte of
// 0x30-0x3A (digits, ':') or one of '@', '+', '('.
func nextTrigger(t string, i int) int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
		low7 = 0x7f7f7f7f7f7f7f7f
	)
	for ; i+8 <= len(t); i += 8 {
		w := t[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		x7 := x & low7
		m := (x7 + (0x80-0x30)*ones) &^ (x7 + (0x80-0x3B)*ones) // 0x30 <= b <= 0x3A
		m |= zeroBytes(x7 ^ '@'*ones)
		m |= zeroBytes(x7 ^ '+'*ones)
		m |= zeroBytes(x7 ^ '('*ones)
		if m &= high &^ x; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(t) && !trigger[t[i]] {
		i++
	}
	return i
}

// zeroBytes sets the high bit of each byte of y, whose bytes are below
// 0x80, that is zero.
func zeroBytes(y uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((y + low7) | y)
}

// colon handles the ':' at i: an IPv6 address whose first group starts
// with a letter ("fe80::1") or that starts with "::".
func (s *identScanner) colon(i int) int {
	t := s.text
	h := i
	for h > 0 && i-h <= 4 && isHex(t[h-1]) {
		h--
	}
	switch {
	case h < i && i-h <= 4 && isLetter(t[h]) && !wordBefore(t, h):
		if end := s.ipv6(h); end > h {
			return end
		}
	case h == i && i+2 < len(t) && t[i+1] == ':' && isHex(t[i+2]) && !wordBefore(t, i):
		if end := s.ipv6(i); end > i {
			return end
		}
	}
	return i + 1
}

// emit appends a finding.
func (s *identScanner) emit(kind Kind, rule string, start, end int, conf float64) {
	cat := Ordinary
	if kind == BSN {
		cat = NationalID
	}
	if len(s.dst) == cap(s.dst) {
		s.grow(start)
	}
	s.dst = append(s.dst, Finding{Category: cat, Kind: kind, Rule: rule, Start: start, End: end, Confidence: conf})
}

// grow makes room in dst for the findings that the rest of the text, from
// at on, can be expected to hold at the density found so far (one per KiB
// before the first): a long text with thousands of identifiers then
// copies its findings once or twice instead of at every doubling of
// append, and a short one still allocates once. The estimate never asks
// for more than a doubling would, or than one finding per 128 bytes of
// the rest, so that a dense start of a long text reserves no more than
// about half the text's size.
func (s *identScanner) grow(at int) {
	rest := len(s.text) - at
	more := rest / 1024
	if n := len(s.dst) - s.base; n > 0 && at > 0 {
		more = min(n*rest/at, max(cap(s.dst), rest/128))
	}
	s.dst = slices.Grow(s.dst, more+1)
}
