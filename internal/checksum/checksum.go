// Package checksum holds the check-digit algorithms of the identifiers that
// classify validates: the Dutch 11-proef of the burgerservicenummer, the
// ISO 7064 mod-97 check of the IBAN with the ISO 13616 length of each
// country, and the Luhn check of payment cards with the issuers' prefixes.
//
// The functions are pure, allocate nothing and accept a string or a byte
// slice, so a caller can check digits collected in a stack buffer.
package checksum

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

// ibanLengths is the length of the IBAN of each country of the ISO 13616
// IBAN registry (release 99, 2025), indexed by the country code's letters.
var ibanLengths = map[[2]byte]uint8{
	{'A', 'D'}: 24, {'A', 'E'}: 23, {'A', 'L'}: 28, {'A', 'T'}: 20, {'A', 'Z'}: 28,
	{'B', 'A'}: 20, {'B', 'E'}: 16, {'B', 'G'}: 22, {'B', 'H'}: 22, {'B', 'I'}: 27,
	{'B', 'R'}: 29, {'B', 'Y'}: 28, {'C', 'H'}: 21, {'C', 'R'}: 22, {'C', 'Y'}: 28,
	{'C', 'Z'}: 24, {'D', 'E'}: 22, {'D', 'J'}: 27, {'D', 'K'}: 18, {'D', 'O'}: 28,
	{'E', 'E'}: 20, {'E', 'G'}: 29, {'E', 'S'}: 24, {'F', 'I'}: 18, {'F', 'K'}: 18,
	{'F', 'O'}: 18, {'F', 'R'}: 27, {'G', 'B'}: 22, {'G', 'E'}: 22, {'G', 'I'}: 23,
	{'G', 'L'}: 18, {'G', 'R'}: 27, {'G', 'T'}: 28, {'H', 'N'}: 28, {'H', 'R'}: 21,
	{'H', 'U'}: 28, {'I', 'E'}: 22, {'I', 'L'}: 23, {'I', 'Q'}: 23, {'I', 'S'}: 26,
	{'I', 'T'}: 27, {'J', 'O'}: 30, {'K', 'W'}: 30, {'K', 'Z'}: 20, {'L', 'B'}: 28,
	{'L', 'C'}: 32, {'L', 'I'}: 21, {'L', 'T'}: 20, {'L', 'U'}: 20, {'L', 'V'}: 21,
	{'L', 'Y'}: 25, {'M', 'C'}: 27, {'M', 'D'}: 24, {'M', 'E'}: 22, {'M', 'K'}: 19,
	{'M', 'N'}: 20, {'M', 'R'}: 27, {'M', 'T'}: 31, {'M', 'U'}: 30, {'N', 'I'}: 28,
	{'N', 'L'}: 18, {'N', 'O'}: 15, {'O', 'M'}: 23, {'P', 'K'}: 24, {'P', 'L'}: 28,
	{'P', 'S'}: 29, {'P', 'T'}: 25, {'Q', 'A'}: 29, {'R', 'O'}: 24, {'R', 'S'}: 22,
	{'R', 'U'}: 33, {'S', 'A'}: 24, {'S', 'C'}: 31, {'S', 'D'}: 18, {'S', 'E'}: 24,
	{'S', 'I'}: 19, {'S', 'K'}: 24, {'S', 'M'}: 27, {'S', 'O'}: 23, {'S', 'T'}: 25,
	{'S', 'V'}: 28, {'T', 'L'}: 23, {'T', 'N'}: 24, {'T', 'R'}: 26, {'U', 'A'}: 29,
	{'V', 'A'}: 22, {'V', 'G'}: 24, {'X', 'K'}: 20, {'Y', 'E'}: 30,
}

// IBANLength returns the length of an IBAN of the country with the
// two-letter code cc (either case), or 0 when the registry has no such
// country.
func IBANLength(c0, c1 byte) int {
	return int(ibanLengths[[2]byte{upper(c0), upper(c1)}])
}

func upper(b byte) byte {
	if 'a' <= b && b <= 'z' {
		return b - 'a' + 'A'
	}
	return b
}

// IBAN reports whether s, an IBAN in compact form (no spaces, letters of
// either case), has its country's length and passes the mod-97 check of
// ISO 7064: moved to the end, the first four characters and the letters
// read as numbers (A = 10 … Z = 35) give a number that is 1 modulo 97.
func IBAN[T Text](s T) bool {
	if len(s) < 5 || IBANLength(s[0], s[1]) != len(s) {
		return false
	}
	if !isLetter(s[0]) || !isLetter(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	rem := 0
	for k := 0; k < len(s); k++ {
		b := s[(k+4)%len(s)]
		switch {
		case isDigit(b):
			rem = (rem*10 + int(b-'0')) % 97
		case isLetter(b):
			v := int(upper(b)-'A') + 10
			rem = (rem*100 + v) % 97
		default:
			return false
		}
	}
	return rem == 1
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
// discover, diners, jcb, unionpay, maestro, mir, rupay, dankort, troy.
func Issuer[T Text](s T) string {
	n := len(s)
	if n < 12 || n > 19 || !digitsOnly(s) {
		return ""
	}
	p1, p2, p3, p4, p6 := prefix(s, 1), prefix(s, 2), prefix(s, 3), prefix(s, 4), prefix(s, 6)
	in := func(v, lo, hi int) bool { return lo <= v && v <= hi }
	switch {
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
