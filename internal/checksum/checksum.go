// Package checksum holds the check-digit algorithms of the identifiers that
// classify validates: the Dutch 11-proef of the burgerservicenummer, the
// ISO 7064 mod-97 check of the IBAN with each country's length and BBAN
// structure from the ISO 13616 registry (embedded, iban_registry.txt) and
// Spain's national check digits, and the Luhn check of payment cards with
// the issuers' prefixes.
//
// The functions are pure, allocate nothing and accept a string or a byte
// slice, so a caller can check digits collected in a stack buffer.
package checksum

import (
	_ "embed"
	"strconv"
	"strings"
)

// Text is a string or a byte slice.
type Text interface{ ~string | ~[]byte }

// digitsOnly reports whether s is made of ASCII digits only.
func digitsOnly[T Text](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Elfproef reports whether s, 8 or 9 ASCII digits, passes the 11-proef of
// the burgerservicenummer: with the digits d1…d9 (an 8-digit number is
// read with a leading zero), 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple
// of 11. A number of zeros only does not pass.
func Elfproef[T Text](s T) bool {
	n := len(s)
	if (n != 8 && n != 9) || !digitsOnly(s) {
		return false
	}
	sum, nonzero := 0, false
	for i := 0; i < n; i++ {
		d := int(s[i] - '0')
		if d != 0 {
			nonzero = true
		}
		w := n - i // weight 9..2 for 9 digits, 8..2 for 8 digits
		if i == n-1 {
			w = -1
		}
		sum += w * d
	}
	return nonzero && sum%11 == 0
}

// Luhn reports whether s, ASCII digits only and at least two of them,
// passes the Luhn (mod 10) check.
func Luhn[T Text](s T) bool {
	if len(s) < 2 || !digitsOnly(s) {
		return false
	}
	sum := 0
	double := false
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return sum%10 == 0
}

// registryText is the IBAN registry: country, length and BBAN structure.
//
//go:embed iban_registry.txt
var registryText string

// ibanFormat is the format of one country's IBAN: its length and, for each
// character of the BBAN, its class: 'n' a digit, 'a' a letter, 'c' either.
type ibanFormat struct {
	length uint8
	bban   string
}

// ibanFormats is the registry, indexed by the country code's letters.
var ibanFormats = parseRegistry(registryText)

// parseRegistry reads the registry. The data is embedded and a test checks
// every line, so a line that does not parse is left out, never guessed.
func parseRegistry(text string) (t [26 * 26]ibanFormat) {
	for _, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || len(f[0]) != 2 || !isUpper(f[0][0]) || !isUpper(f[0][1]) {
			continue
		}
		length, err := strconv.Atoi(f[1])
		bban, ok := expandBBAN(f[2])
		if err != nil || !ok || length != 4+len(bban) || length > 34 {
			continue
		}
		t[int(f[0][0]-'A')*26+int(f[0][1]-'A')] = ibanFormat{uint8(length), bban}
	}
	return t
}

// expandBBAN turns a structure in the registry's notation ("4!a10!n") into
// one class letter per character ("aaaannnnnnnnnn").
func expandBBAN(s string) (string, bool) {
	var b strings.Builder
	for s != "" {
		i := 0
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		n, err := strconv.Atoi(s[:i])
		if err != nil || n == 0 || i+2 > len(s) || s[i] != '!' {
			return "", false
		}
		c := s[i+1]
		if c != 'n' && c != 'a' && c != 'c' {
			return "", false
		}
		b.WriteString(strings.Repeat(string(c), n))
		s = s[i+2:]
	}
	return b.String(), b.Len() > 0
}

func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

func lookup(c0, c1 byte) *ibanFormat {
	c0, c1 = upper(c0), upper(c1)
	if !isUpper(c0) || !isUpper(c1) {
		return nil
	}
	return &ibanFormats[int(c0-'A')*26+int(c1-'A')]
}

// IBANLength returns the length of an IBAN of the country with the
// two-letter code c0 c1 (either case), or 0 when the registry has no such
// country.
func IBANLength(c0, c1 byte) int {
	if f := lookup(c0, c1); f != nil {
		return int(f.length)
	}
	return 0
}

// BBANClasses returns, for the country with the code c0 c1 (either case),
// the class of each character of its BBAN, the part of the IBAN after the
// check digits: 'n' a digit, 'a' an upper-case letter, 'c' a letter or a
// digit (the registry's notation). It is "" when the registry has no such
// country.
func BBANClasses(c0, c1 byte) string {
	if f := lookup(c0, c1); f != nil {
		return f.bban
	}
	return ""
}

func upper(b byte) byte {
	if 'a' <= b && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}

// IBAN reports whether s, an IBAN in compact form (no spaces, letters of
// either case), is valid: it has its country's length and BBAN structure
// (digits and letters where the IBAN registry puts them), passes the
// mod-97 check of ISO 7064 (moved to the end, the first four characters
// and the letters read as numbers, A = 10 … Z = 35, give a number that is
// 1 modulo 97) and, for Spain, the national check digits of the BBAN.
func IBAN[T Text](s T) bool {
	f := lookup(s0(s), s1(s))
	if f == nil || f.length == 0 || int(f.length) != len(s) {
		return false
	}
	if !isLetter(s[0]) || !isLetter(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	for k := 0; k < len(f.bban); k++ {
		b := s[4+k]
		switch f.bban[k] {
		case 'n':
			if !isDigit(b) {
				return false
			}
		case 'a':
			if !isLetter(b) {
				return false
			}
		default:
			if !isDigit(b) && !isLetter(b) {
				return false
			}
		}
	}
	// The first four characters moved to the end: two loops, not an
	// index modulo the length (a division per character).
	var acc uint64
	for k := 4; k < len(s); k++ {
		acc = mod97(acc, s[k])
	}
	for k := 0; k < 4; k++ {
		acc = mod97(acc, s[k])
	}
	if acc%97 != 1 {
		return false
	}
	if upper(s[0]) == 'E' && upper(s[1]) == 'S' {
		return spanishCCC(s[4:])
	}
	return true
}

// mod97 appends the IBAN character b (a digit, or a letter read as 10 …
// 35) to acc, a number congruent modulo 97 to the characters before it,
// and returns a number congruent to them all. It reduces acc modulo 97
// only when acc has reached 10^15 (a character adds at most two decimal
// digits, so acc stays below 10^17 + 35), not at every character: the
// reductions, each a step of one long dependency chain, were most of the
// check's time.
func mod97(acc uint64, b byte) uint64 {
	if acc >= 1e15 {
		acc %= 97
	}
	if isDigit(b) {
		return acc*10 + uint64(b-'0')
	}
	return acc*100 + uint64(upper(b)-'A') + 10
}

func s0[T Text](s T) byte {
	if len(s) < 2 {
		return 0
	}
	return s[0]
}

func s1[T Text](s T) byte {
	if len(s) < 2 {
		return 0
	}
	return s[1]
}

// spanishCCC reports whether the 20 digits of a Spanish BBAN, the Código
// Cuenta Cliente (bank 4, branch 4, check 2, account 10), carry their two
// check digits: the first over "00", the bank and the branch, the second
// over the account number, each 11 minus the sum of the digits weighted
// 1, 2, 4, 8, 5, 10, 9, 7, 3, 6 (2^i mod 11) modulo 11, with 11 read as 0
// and 10 as 1, as the Spanish banks compute them.
func spanishCCC[T Text](b T) bool {
	if len(b) != 20 {
		return false
	}
	return cccDigit(b, 0, 8, 2) == b[8] && cccDigit(b, 10, 20, 0) == b[9]
}

// cccDigit computes a CCC check digit over b[from:to], read after pad
// leading zeros.
func cccDigit[T Text](b T, from, to, pad int) byte {
	weights := [10]int{1, 2, 4, 8, 5, 10, 9, 7, 3, 6}
	sum := 0
	for k := from; k < to; k++ {
		sum += weights[pad+k-from] * int(b[k]-'0')
	}
	d := 11 - sum%11
	switch d {
	case 11:
		d = 0
	case 10:
		d = 1
	}
	return byte('0' + d)
}

func isDigit(b byte) bool  { return '0' <= b && b <= '9' }
func isLetter(b byte) bool { return 'A' <= b && b <= 'Z' || 'a' <= b && b <= 'z' }

// prefix returns the number made by the first n digits of s, or -1 when s
// is shorter.
func prefix[T Text](s T, n int) int {
	if len(s) < n {
		return -1
	}
	v := 0
	for i := 0; i < n; i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// Issuer returns the card scheme whose issuer identification number begins
// s, ASCII digits only, and whose card numbers have the length of s; "" when
// no known scheme issues such a number. Schemes: visa, mastercard, amex,
// discover, diners, jcb, unionpay, maestro, mir, rupay, dankort, troy,
// uatp (the airlines' Universal Air Travel Plan: ISO/IEC 7812 major
// industry identifier 1, 15 digits).
func Issuer[T Text](s T) string {
	n := len(s)
	if n < 12 || n > 19 || !digitsOnly(s) {
		return ""
	}
	p1, p2, p3, p4, p6 := prefix(s, 1), prefix(s, 2), prefix(s, 3), prefix(s, 4), prefix(s, 6)
	in := func(v, lo, hi int) bool { return lo <= v && v <= hi }
	switch {
	case p1 == 1:
		if n == 15 {
			return "uatp"
		}
	case p1 == 4:
		if n == 13 || n == 16 || n == 19 {
			return "visa"
		}
	case p2 == 34 || p2 == 37:
		if n == 15 {
			return "amex"
		}
	case in(p2, 51, 55) || in(p4, 2221, 2720):
		if n == 16 {
			return "mastercard"
		}
	case in(p4, 2200, 2204):
		if n >= 16 {
			return "mir"
		}
	case p4 == 5019:
		if n == 16 {
			return "dankort"
		}
	case p4 == 6011 || in(p3, 644, 649) || p2 == 65 || in(p6, 622126, 622925):
		if n >= 16 {
			return "discover"
		}
	case p2 == 62 || p2 == 81:
		if n >= 16 {
			return "unionpay"
		}
	case in(p4, 3528, 3589):
		if n >= 16 {
			return "jcb"
		}
	case in(p3, 300, 305) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39:
		if n >= 14 {
			return "diners"
		}
	case p2 == 60 || p3 == 508 || p2 == 82:
		if n == 16 {
			return "rupay"
		}
	case p4 == 9792:
		if n == 16 {
			return "troy"
		}
	case p2 == 50 || in(p2, 56, 58) || p2 == 63 || p2 == 67 || p2 == 68 || p2 == 69:
		if n >= 12 {
			return "maestro"
		}
	}
	return ""
}
