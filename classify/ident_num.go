package classify

import (
	"unicode/utf8"

	"github.com/avgrisk/avgrisk/internal/checksum"
)

// Chains of digit groups.
const (
	maxGroups     = 12 // groups in a chain; more and the chain is no identifier
	maxChainBytes = 72 // bytes in a chain; more and the chain is no identifier
	maxSpanWords  = 6  // space-separated words one identifier may span
)

// Separator bits of chain.mask.
const (
	sepSpace = 1 << iota // ' ' or a no-break space
	sepDash              // '-'
	sepDot               // '.'
	sepSlash             // '/'
	sepColon             // ':'
)

// chain is a run of digit groups joined by single separators.
type chain struct {
	n      int               // number of groups
	gs, ge [maxGroups]int    // byte offsets of each group
	sep    [maxGroups]byte   // the separator after group g: ' ', '-', '.', '/', ':'
	end    int               // byte offset after the chain
	glued  bool              // the chain runs on into a word, an '@' or a decimal comma
	digits [maxGroups]uint8  // digit count of each group
	value  [maxGroups]uint32 // value of each group of at most 9 digits
}

func (ch *chain) glen(g int) int { return int(ch.digits[g]) }

// parse reads the chain that starts at p. It reports false, with end set
// after the whole run, when the run is too long to be an identifier.
func (ch *chain) parse(t string, p int) bool {
	i, ok := p, true
	for {
		j := i
		for j < len(t) && isDigit(t[j]) {
			j++
		}
		if ch.n == maxGroups || j-p > maxChainBytes {
			ok = false
		}
		if ok {
			g := ch.n
			ch.gs[g], ch.ge[g] = i, j
			if j-i > 255 {
				ch.digits[g] = 255
			} else {
				ch.digits[g] = uint8(j - i)
			}
			if j-i <= 9 {
				var v uint32
				for k := i; k < j; k++ {
					v = v*10 + uint32(t[k]-'0')
				}
				ch.value[g] = v
			}
			ch.n++
		}
		if j+1 < len(t) {
			if t[j] == ' ' {
				if k := spacedDash(t, j); k > j {
					// "06 - 12345678": a spaced dash or en dash
					// separates words, as a space does.
					if ok {
						ch.sep[ch.n-1] = ' '
					}
					i = k
					continue
				}
			}
			switch b := t[j]; b {
			case ' ', '-', '.', '/', ':':
				if isDigit(t[j+1]) {
					if ok {
						ch.sep[ch.n-1] = b
					}
					i = j + 1
					continue
				}
			case 0xC2: // U+00A0 no-break space
				if t[j+1] == 0xA0 && j+2 < len(t) && isDigit(t[j+2]) {
					if ok {
						ch.sep[ch.n-1] = ' '
					}
					i = j + 2
					continue
				}
			}
		}
		ch.end = j
		break
	}
	if !ok {
		return false
	}
	e := ch.end
	if e < len(t) {
		switch b := t[e]; {
		case b == '@':
			ch.glued = true
		case b == ',' && e+1 < len(t) && isDigit(t[e+1]):
			ch.glued = true
		case b == 'T' && e+1 < len(t) && isDigit(t[e+1]):
			// An ISO 8601 date and time: "1985-04-22T00:00:00Z".
		case b < utf8.RuneSelf:
			ch.glued = asciiWord[b]
		default:
			ch.glued = wordAt(t, e)
		}
	}
	return true
}

// wordEnd returns the last group of the space-separated word that starts
// at group k, among the first n groups.
func (ch *chain) wordEnd(k, n int) int {
	g := k
	for g+1 < n && ch.sep[g] != ' ' {
		g++
	}
	return g
}

// mask returns the separators between groups a and b.
func (ch *chain) mask(a, b int) int {
	m := 0
	for g := a; g < b; g++ {
		switch ch.sep[g] {
		case ' ':
			m |= sepSpace
		case '-':
			m |= sepDash
		case '.':
			m |= sepDot
		case '/':
			m |= sepSlash
		case ':':
			m |= sepColon
		}
	}
	return m
}

// collect copies the digits of groups a..b into buf and returns them.
func (ch *chain) collect(t string, a, b int, buf *[19]byte) []byte {
	n := 0
	for g := a; g <= b; g++ {
		n += copy(buf[n:], t[ch.gs[g]:ch.ge[g]])
	}
	return buf[:n]
}

// chainStart reports whether a number starting at i stands on its own: it
// does not continue a word, a sign or a larger number ("1,5", "3.000").
func chainStart(t string, i int) bool {
	if i == 0 {
		return true
	}
	b := t[i-1]
	switch {
	case b < utf8.RuneSelf && asciiWord[b]:
		return false
	case b == '+':
		return false
	case b == ' ' || b == '-' || b == '.' || b == '/' || b == ':' || b == ',':
		if b == ' ' && (i >= 4 && t[i-2] == '-' && t[i-3] == ' ' && isDigit(t[i-4]) ||
			i >= 6 && t[i-2] == 0x93 && t[i-3] == 0x80 && t[i-4] == 0xE2 && t[i-5] == ' ' && isDigit(t[i-6])) {
			return false // after "12 - " or "12 – "
		}
		return i < 2 || !isDigit(t[i-2])
	case b == 0xA0 && i >= 2 && t[i-2] == 0xC2: // no-break space
		return i < 3 || !isDigit(t[i-3])
	case b >= utf8.RuneSelf:
		return !wordBefore(t, i)
	}
	return true
}

// spacedDash returns the offset of the digit after a spaced dash or en
// dash at j (" - ", " – "), or j when there is none.
func spacedDash(t string, j int) int {
	if j+3 >= len(t) || t[j] != ' ' {
		return j
	}
	k := j + 1
	switch {
	case t[k] == '-':
		k++
	case t[k] == 0xE2 && k+2 < len(t) && t[k+1] == 0x80 && t[k+2] == 0x93:
		k += 3
	default:
		return j
	}
	if k+1 < len(t) && t[k] == ' ' && isDigit(t[k+1]) {
		return k + 1
	}
	return j
}

// chainSepAt reports whether a chain separator and a digit follow at j.
func chainSepAt(t string, j int) bool {
	if j+1 >= len(t) {
		return false
	}
	if t[j] == ' ' && spacedDash(t, j) > j {
		return true
	}
	switch t[j] {
	case ' ', '-', '.', '/', ':':
		return isDigit(t[j+1])
	case 0xC2:
		return t[j+1] == 0xA0 && j+2 < len(t) && isDigit(t[j+2])
	}
	return false
}

// amountBefore reports whether the number at p follows a currency sign.
func amountBefore(t string, p int) bool {
	i := p
	if i > 0 && t[i-1] == ' ' {
		i--
	}
	if i >= 1 && (t[i-1] == '$') {
		return true
	}
	if i >= 2 && t[i-2] == 0xC2 && t[i-1] == 0xA3 { // £
		return true
	}
	if i >= 3 && t[i-3] == 0xE2 && t[i-2] == 0x82 && t[i-1] == 0xAC { // €
		return true
	}
	return false
}

// number handles the digit at i: a number, a date, an IPv4 or IPv6
// address. It returns where to go on.
func (s *identScanner) number(i int) int {
	t := s.text
	j := i + 1
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	if n := j - i; n < 8 {
		// A lone number, the most common trigger, is settled by the byte
		// after it before anything else is read: nothing but a date with
		// a month name (one or two digits), a chain or an IPv6 group can
		// go on from a run of fewer than eight digits.
		var f uint8
		if j < len(t) {
			f = afterDigits[t[j]]
		}
		if f == 0 || n >= 3 && f&goesOn == 0 {
			return j
		}
	}
	if !chainStart(t, i) && !s.resumedAt(i) {
		return j
	}
	if t[i] == '0' && intl00Paren(t, i, j) {
		// "0031 (0)30 251 88 04": read as "+31 (0)30 …" is, a little
		// less sure, as phone00 is.
		return s.intlNumber(i, i+2, 0.05)
	}
	// An IPv6 address whose first group starts with a digit: "2a01:7c8::4f".
	h := j
	for h < len(t) && h-i < 4 && isHex(t[h]) {
		h++
	}
	if h-i <= 4 && h+1 < len(t) && t[h] == ':' && (isHex(t[h+1]) || t[h+1] == ':') {
		if end := s.ipv6(i); end > i {
			return end
		}
	}
	if j-i <= 2 && j < len(t) && dayFollow[t[j]] {
		if end := s.textDate(i, j); end > i {
			return end
		}
	}
	if j-i < 8 && !chainSepAt(t, j) {
		return j // a lone short number is no identifier
	}
	var ch chain
	if !ch.parse(t, i) || amountBefore(t, i) {
		return ch.end
	}
	s.cut(&ch)
	return ch.end
}

// Bits of afterDigits.
const (
	goesOn    = 1 << iota // a chain separator (chainSepAt), ':' or a hex digit (ipv6)
	dayGoesOn             // a byte of dayFollow
)

// afterDigits says what may go on from a run of digits, by the byte after
// it.
var afterDigits = func() (t [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b == ' ' || b == '-' || b == '.' || b == '/' || b == ':' || b == 0xC2 || isHex(byte(b)):
			t[b] |= goesOn
		}
		if dayFollow[b] {
			t[b] |= dayGoesOn
		}
	}
	return t
}()

// dayFollow marks the bytes that may follow the day of a date with a
// month name (textDate): a letter (an ordinal suffix, a month glued to
// it), a comma (after "July 14"), a space or a dash. A day followed by
// anything else ("08:00", "nummer 12.") is read by no branch of textDate,
// and is not handed to it.
var dayFollow = func() (t [256]bool) {
	for b := 0; b < 256; b++ {
		t[b] = isLetter(byte(b)) || b == ',' || b == ' ' || b == '-'
	}
	return t
}()

// cut finds the identifiers in a chain: at each word, a shape of one word
// (an IPv4 address, a date), else the longest run of words that makes a
// card, phone number or BSN.
func (s *identScanner) cut(ch *chain) {
	n := ch.n
	if ch.glued {
		// The last word runs on into a word ("4mm", "2x"): leave it out.
		g := n - 1
		for g > 0 && ch.sep[g-1] != ' ' {
			g--
		}
		n = g
	}
	if n == 2 && ch.n == 2 && ch.sep[0] == ' ' && ch.glen(0) == 2 && ch.value[0] == 14 &&
		(ch.glen(1) == 3 || ch.glen(1) == 4) && s.text[ch.gs[1]] == '0' {
		// "14 020": a municipality's number (14 and its area code).
		s.emit(Phone, "phone-nl-service", ch.gs[0], ch.ge[1], serviceConf)
		return
	}
	for k := 0; k < n; {
		w := ch.wordEnd(k, n)
		if s.wordShape(ch, k, w) {
			k = w + 1
			continue
		}
		if next := s.spans(ch, k, n); next > k {
			k = next
			continue
		}
		k = w + 1
	}
}

// wordShape handles the shapes of one word, groups k..w: IPv4 addresses,
// numeric dates, times. It reports whether the word is consumed.
func (s *identScanner) wordShape(ch *chain, k, w int) bool {
	ng := w - k + 1
	if ng == 1 {
		return false
	}
	if ng >= 4 && ch.sep[k] == '.' && ch.sep[k+1] == '.' && ch.sep[k+2] == '.' &&
		ch.value[k] <= 255 && ch.value[k+1] <= 255 && ch.value[k+2] <= 255 && ch.value[k+3] <= 255 &&
		ch.glen(k) <= 3 && ch.glen(k+1) <= 3 && ch.glen(k+2) <= 3 && ch.glen(k+3) <= 3 {
		// Four parts of at most 255 each: an IPv4 address or nothing. A
		// part over 255 leaves the word to the numbers ("700.64.22.01",
		// a BSN in pairs).
		switch {
		case ng == 5 && ch.sep[k+3] == '/' && ch.glen(k+4) <= 2 && ch.value[k+4] <= 32:
			// A network in CIDR notation: "192.168.1.0/24".
			s.ipv4(ch.gs[k], ch.ge[k+3], ch.ge[k+4])
		case ng == 4 || ch.sep[k+3] != '.':
			s.ipv4(ch.gs[k], ch.ge[k+3], ch.ge[k+3])
		}
		return true
	}
	if ng == 3 && ch.sep[k] == ch.sep[k+1] && (ch.sep[k] == '-' || ch.sep[k] == '/' || ch.sep[k] == '.') {
		if s.numericDate(ch, k) {
			return true
		}
	}
	// Times, ratios and paths are no other identifier; a phone number
	// with its area code before a slash ("02/512.34.56") may be one.
	return ch.mask(k, w)&(sepColon|sepSlash) != 0 && !areaSlash(s.text, ch, k, w)
}

// areaSlash reports whether groups k..w have the shape of a phone number
// written with its area code before a slash, as Belgians and Germans
// write them ("02/512.34.56", "0475/12.34.56", "030/23125"): a first
// group of 2 to 5 digits with the trunk 0, the only slash after it, no
// colon.
func areaSlash(t string, ch *chain, k, w int) bool {
	return w > k && ch.sep[k] == '/' && ch.glen(k) >= 2 && ch.glen(k) <= 5 &&
		t[ch.gs[k]] == '0' && ch.mask(k+1, w)&(sepSlash|sepColon) == 0
}

// spans tries the runs of words that start at group k, longest first, as
// a card, phone number or BSN. It returns the group after the run that was
// consumed, or k.
func (s *identScanner) spans(ch *chain, k, n int) int {
	var ends, digs [maxSpanWords]int
	cnt, nd := 0, 0
	for g := k; g < n && cnt < maxSpanWords; {
		w := ch.wordEnd(g, n)
		for x := g; x <= w; x++ {
			nd += ch.glen(x)
		}
		ends[cnt], digs[cnt] = w, nd
		cnt++
		if nd > 19 {
			break
		}
		g = w + 1
	}
	for m := cnt - 1; m >= 0; m-- {
		nd := digs[m]
		if nd > 19 {
			continue
		}
		if nd < 8 {
			break
		}
		if s.numberShape(ch, k, ends[m]) {
			return ends[m] + 1
		}
	}
	return k
}

// numberShape tries groups a..b as a card, phone number or BSN. It reports
// whether they have the shape of one (valid or not) and are consumed.
func (s *identScanner) numberShape(ch *chain, a, b int) bool {
	var buf [19]byte
	d := ch.collect(s.text, a, b, &buf)
	if d[0] == '0' {
		if d[1] == '0' {
			if s.phone00(ch, a, b, d) {
				return true
			}
		} else if s.phoneNL(ch, a, b, d) || s.phoneService(ch, a, b, d) || s.phoneForeign(ch, a, b, d) {
			return true
		}
	} else if len(d) == 10 && b == a+2 && s.phoneForeign(ch, a, b, d) {
		return true
	}
	switch {
	case len(d) >= 13:
		return s.card(ch, a, b, d)
	case len(d) <= 9:
		return s.bsn(ch, a, b, d)
	}
	return false
}

// card handles groups a..b, 13 to 19 digits, as a payment card number.
func (s *identScanner) card(ch *chain, a, b int, d []byte) bool {
	if b > a {
		m := ch.mask(a, b)
		if (m != sepSpace && m != sepDash) || !cardGrouping(ch, a, b) {
			return false
		}
	}
	issuer := checksum.Issuer(d)
	if issuer == "" || !checksum.Luhn(d) {
		return true
	}
	start, end := ch.gs[a], ch.ge[b]
	conf := 0.9
	switch c, x := s.labelBefore(start, 40, true, false); c {
	case wCard:
		conf = 0.95
	case wPhone:
		// A phone word names no number of 16 digits or more: E.164 caps
		// a phone number at 15 ("card number on the call (4111 …)").
		if x <= 1 && len(d) < 16 {
			return true
		}
	case wNeg, wBSN:
		if x <= 1 {
			return true
		}
	}
	s.emit(CreditCard, cardRule(issuer, exampleCards[string(d)]), start, end, conf)
	return true
}

// cardGrouping reports whether groups a..b are grouped as cards are
// printed: fours (the last group shorter), or 4-6-5 and 4-6-4.
func cardGrouping(ch *chain, a, b int) bool {
	ng := b - a + 1
	if ng == 3 && ch.glen(a) == 4 && ch.glen(a+1) == 6 && (ch.glen(b) == 5 || ch.glen(b) == 4) {
		return true
	}
	if ng < 3 {
		return false
	}
	for g := a; g < b; g++ {
		if ch.glen(g) != 4 {
			return false
		}
	}
	return ch.glen(b) >= 1 && ch.glen(b) <= 4
}

// exampleCards are test numbers that payment providers publish.
var exampleCards = map[string]bool{
	"4111111111111111": true, "4242424242424242": true, "4012888888881881": true,
	"4000056655665556": true, "4222222222222": true, "5555555555554444": true,
	"5105105105105100": true, "5200828282828210": true, "2223003122003222": true,
	"378282246310005": true, "371449635398431": true, "378734493671000": true,
	"6011111111111117": true, "6011000990139424": true, "3530111333300000": true,
	"3566002020360505": true, "30569309025904": true, "38520000023237": true,
	"6200000000000005": true, "6759649826438453": true,
}

func cardRule(issuer string, example bool) string {
	if example {
		switch issuer {
		case "visa":
			return "card-luhn-visa:example"
		case "mastercard":
			return "card-luhn-mastercard:example"
		case "amex":
			return "card-luhn-amex:example"
		case "discover":
			return "card-luhn-discover:example"
		case "jcb":
			return "card-luhn-jcb:example"
		case "diners":
			return "card-luhn-diners:example"
		case "unionpay":
			return "card-luhn-unionpay:example"
		case "maestro":
			return "card-luhn-maestro:example"
		}
	}
	switch issuer {
	case "visa":
		return "card-luhn-visa"
	case "mastercard":
		return "card-luhn-mastercard"
	case "amex":
		return "card-luhn-amex"
	case "discover":
		return "card-luhn-discover"
	case "jcb":
		return "card-luhn-jcb"
	case "diners":
		return "card-luhn-diners"
	case "unionpay":
		return "card-luhn-unionpay"
	case "maestro":
		return "card-luhn-maestro"
	case "mir":
		return "card-luhn-mir"
	case "rupay":
		return "card-luhn-rupay"
	case "dankort":
		return "card-luhn-dankort"
	case "troy":
		return "card-luhn-troy"
	case "uatp":
		return "card-luhn-uatp"
	}
	return "card-luhn"
}

// bsn handles groups a..b, 8 or 9 digits, as a burgerservicenummer.
func (s *identScanner) bsn(ch *chain, a, b int, d []byte) bool {
	if len(d) != 8 && len(d) != 9 {
		return false
	}
	switch ng := b - a + 1; ng {
	case 1:
	case 3:
		if ch.sep[a] != ch.sep[a+1] || ch.sep[a] == '/' || ch.sep[a] == ':' {
			return false
		}
		l0, l1 := ch.glen(a), ch.glen(a+1)
		// 3-3-3, 4-2-3 ("1234.56.789"), and 3-2-4 ("322-23-6940", the
		// layout of a US social security number, which English writers
		// carry over to the nine digits of a BSN).
		ok := len(d) == 9 && (l0 == 3 && l1 == 3 || l0 == 4 && l1 == 2 || l0 == 3 && l1 == 2) ||
			len(d) == 8 && (l0 == 2 && l1 == 3 || l0 == 3 && l1 == 3)
		if !ok {
			return false
		}
	case 4:
		// "853 19 41 30", "853-19-41-30": three digits and three pairs,
		// as a number is read aloud; 8 digits as four pairs.
		if ch.sep[a] != ch.sep[a+1] || ch.sep[a] != ch.sep[a+2] || ch.sep[a] == '/' || ch.sep[a] == ':' {
			return false
		}
		if ch.glen(a+1) != 2 || ch.glen(a+2) != 2 || ch.glen(a+3) != 2 {
			return false
		}
	default:
		return false
	}
	if !checksum.Elfproef(d) {
		return true
	}
	start, end := ch.gs[a], ch.ge[b]
	named, neg := s.bsnNamed(start, end)
	example := string(d) == "111222333" || string(d) == "123456782"
	switch {
	case neg:
	case named && example:
		s.emit(BSN, "bsn-11proef:example", start, end, 0.95)
	case named:
		s.emit(BSN, "bsn-11proef", start, end, 0.95)
	case s.hint.BSNField && example:
		s.emit(BSN, "bsn-11proef-field:example", start, end, 0.9)
	case s.hint.BSNField:
		s.emit(BSN, "bsn-11proef-field", start, end, 0.9)
	}
	return true
}
