package classify

// Phone numbers: Dutch numbers in the national format (06-12345678,
// 020 123 4567, (0546) 812233), with +31 or 0031, and international numbers
// in E.164 form (+ and 8 to 15 digits, a valid country code).

// Kinds of Dutch number, by the three digits after the trunk 0.
const (
	nlNone = iota
	nlMobile
	nlLandline
	nlPager
)

// nlPrefix maps the first three digits of a Dutch national number (without
// the trunk 0) to its kind: mobile (61-65, 68), pagers (66, personal like
// mobiles), geographic area codes and the non-geographic 84, 85, 87, 88
// and 91 (Nummerplan telefoon, as in libphonenumber's metadata for NL).
var nlPrefix = func() (t [1000]uint8) {
	two := []int{10, 13, 15, 20, 23, 24, 26, 30, 33, 35, 36, 38, 40, 43, 45, 46,
		50, 53, 55, 58, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 84, 85, 87, 88, 91}
	three := []int{111, 113, 114, 115, 117, 118, 161, 162, 164, 165, 166, 167, 168,
		172, 174, 180, 181, 182, 183, 184, 186, 187, 222, 223, 224, 226, 227, 228,
		229, 251, 252, 255, 294, 297, 299, 313, 314, 315, 316, 317, 318, 320, 321,
		341, 342, 343, 344, 345, 346, 347, 348, 411, 412, 413, 416, 418, 475, 478,
		481, 485, 486, 487, 488, 492, 493, 495, 497, 499, 511, 512, 513, 514, 515,
		516, 517, 518, 519, 521, 522, 523, 524, 525, 527, 528, 529, 541, 543, 544,
		545, 546, 547, 548, 561, 562, 566, 570, 571, 572, 573, 575, 577, 578, 591,
		592, 593, 594, 595, 596, 597, 598, 599}
	for _, c := range two {
		for k := 0; k < 10; k++ {
			t[c*10+k] = nlLandline
		}
	}
	for _, c := range three {
		t[c] = nlLandline
	}
	for _, c := range []int{61, 62, 63, 64, 65, 68} {
		for k := 0; k < 10; k++ {
			t[c*10+k] = nlMobile
		}
	}
	for k := 0; k < 10; k++ {
		t[660+k] = nlPager
	}
	return t
}()

// nlKind returns the kind of the Dutch national number d, 9 digits
// without the trunk 0.
func nlKind(d []byte) int {
	if len(d) != 9 {
		return nlNone
	}
	return int(nlPrefix[int(d[0]-'0')*100+int(d[1]-'0')*10+int(d[2]-'0')])
}

func nlRule(kind int) string {
	switch kind {
	case nlMobile:
		return "phone-nl-mobile"
	case nlPager:
		return "phone-nl-pager"
	}
	return "phone-nl-landline"
}

// nlBase is the confidence of a Dutch number of the kind.
func nlBase(kind int) float64 {
	if kind == nlMobile {
		return 0.9
	}
	return 0.85
}

// Service numbers of organisations: 0800 (free), 0900, 0906 and 0909
// (paid) with 4 or 7 digits, and the municipalities' 14 0xx(x). They are
// phone numbers, but of an organisation, not a person: reported at a
// confidence below DefaultMinConfidence.
const serviceConf = 0.4

// nlService reports whether d, a Dutch national number without the trunk
// 0, is a service number: 800, 900, 906 or 909 and 4 or 7 digits.
func nlService(d []byte) bool {
	if len(d) != 7 && len(d) != 10 {
		return false
	}
	return d[0] == '8' && d[1] == '0' && d[2] == '0' ||
		d[0] == '9' && d[1] == '0' && (d[2] == '0' || d[2] == '6' || d[2] == '9')
}

// twoDigitCC marks the two-digit country codes; threeDigitCC the first
// two digits of the three-digit ones (ITU-T E.164 assignments).
var twoDigitCC, threeDigitCC = func() (two, three [100]bool) {
	for _, c := range []int{20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47,
		48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84,
		86, 90, 91, 92, 93, 94, 95, 98} {
		two[c] = true
	}
	for _, c := range []int{21, 22, 23, 24, 25, 26, 29, 35, 37, 38, 42, 50, 59, 67, 68,
		69, 80, 85, 87, 88, 96, 97, 99} {
		three[c] = true
	}
	return
}()

// intlPhone checks d, the digits after "+" or "00", as an E.164 number and
// returns its rule and confidence, or "" when it is none.
func intlPhone(d []byte) (string, float64) {
	n := len(d)
	if n < 8 || n > 15 || d[0] == '0' {
		return "", 0
	}
	if d[0] == '3' && d[1] == '1' { // the Netherlands
		nat := d[2:]
		if len(nat) == 10 && nat[0] == '0' { // written with the trunk 0
			nat = nat[1:]
		}
		if k := nlKind(nat); k != nlNone {
			return nlRule(k), 0.9
		}
		if nlService(nat) {
			return "phone-nl-service", serviceConf
		}
		return "", 0
	}
	min, max := 9, 15
	cc := int(d[0]-'0')*10 + int(d[1]-'0')
	switch {
	case d[0] == '1' || d[0] == '7': // NANP, Russia and Kazakhstan
		min, max = 11, 11
	case cc == 44: // United Kingdom
		min, max = 11, 12
	case cc == 32: // Belgium
		min, max = 10, 11
	case cc == 33 || cc == 34: // France, Spain
		min, max = 11, 11
	case cc == 49: // Germany
		min, max = 10, 15
	case twoDigitCC[cc]:
	case threeDigitCC[cc]:
		min = 10
	default:
		return "", 0
	}
	if n < min || n > max {
		return "", 0
	}
	return "phone-e164", 0.85
}

// phoneConf returns the confidence of a phone number at start with the
// base confidence, from the words before it; false when the word just
// before it names it as something else ("ordernummer", "klantnummer:",
// "order no.").
func (s *identScanner) phoneConf(start int, base float64) (float64, bool) {
	switch c, x := s.labelBefore(start, 32, true, true); c {
	case wPhone:
		if base < DefaultMinConfidence {
			return base, true // a cue does not make a service number a person's
		}
		return base + 0.05, true
	case wNeg, wBSN, wCard:
		if x <= 1 {
			return 0, false
		}
	}
	return base, true
}

// phoneNL handles groups a..b of a chain as a Dutch number in the
// national format. It reports whether they have the shape of one.
func (s *identScanner) phoneNL(ch *chain, a, b int, d []byte) bool {
	if len(d) != 10 || ch.mask(a, b)&(sepSlash|sepColon) != 0 {
		return false
	}
	if b > a {
		if ch.glen(a) > 4 {
			return false
		}
		for g := a; g <= b; g++ {
			if ch.glen(g) < 2 {
				return false
			}
		}
	}
	k := nlKind(d[1:])
	if k == nlNone {
		s.phoneForeign(ch, a, b, d)
		return true
	}
	start, end := ch.gs[a], ch.ge[b]
	if conf, ok := s.phoneConf(start, nlBase(k)); ok {
		s.emit(Phone, nlRule(k), start, end, conf)
	}
	return true
}

// foreignConf is the confidence of a phone number in another country's
// national format, which only a phone cue makes one.
const foreignConf = 0.75

// phoneForeign handles groups a..b of a chain, digits d, as a phone number
// in the national format of another country, when a phone cue ("Tel:",
// "bel", "phone") comes just before it: a trunk 0 and 8 to 12 digits in
// groups of two or more joined by spaces or dashes (Belgian "012 34 56
// 78", German "030 123456", British "0121 234 5678"; after an area code
// before a slash, any: areaSlash), or a North American
// number in groups of 3, 3 and 4 ("201-555-0123"). It reports whether it
// is one.
func (s *identScanner) phoneForeign(ch *chain, a, b int, d []byte) bool {
	if m := ch.mask(a, b); m&^(sepSpace|sepDash) != 0 && !areaSlash(s.text, ch, a, b) {
		return false
	}
	switch {
	case d[0] == '0' && d[1] != '0':
		if len(d) < 8 || len(d) > 12 || ch.glen(a) > 5 {
			return false
		}
		for g := a; g <= b; g++ {
			if ch.glen(g) < 2 {
				return false
			}
		}
	case len(d) == 10 && b == a+2:
		if ch.glen(a) != 3 || ch.glen(a+1) != 3 || !nanp(d) {
			return false
		}
	default:
		return false
	}
	start := ch.gs[a]
	// 64 bytes: "reach me at a.name@example.co.uk or on 07700 900461".
	// A naming word that is not next to the number ("out on licence
	// since Sept, probation officer Jo Minter (0113 496 0271)") names
	// something else.
	switch c, x := s.labelBefore(start, 64, true, true); {
	case c == wPhone:
		s.emit(Phone, "phone-national", start, ch.ge[b], foreignConf)
	case (c == wNone || x > 1) && (ukGrouped(ch, a, b, d) || auGrouped(ch, a, b, d)):
		s.emit(Phone, "phone-national", start, ch.ge[b], ukConf)
	default:
		return false
	}
	return true
}

// ukConf is the confidence of a British number in one of its printed
// groupings with no phone cue before it ("cb no 07700 900481", "the
// number on file, 020 7946 0381"): eleven digits grouped so are hardly
// anything else, but without a cue it stays below foreignConf.
const ukConf = 0.6

// ukGrouped reports whether groups a..b, digits d, are a British number
// as Ofcom's numbering plan and its conventional print write it: eleven
// digits with the trunk 0, geographic (01, 02, 03) or mobile (07), in
// groups separated by single spaces: "07700 900481" or "07700 900 481"
// (mobiles, 5-6 or 5-3-3), "020 7946 0381" (two-digit area codes, 3-4-4),
// "0121 496 0123" (4-3-4), "01632 960123" (5-6). A Dutch number has ten
// digits; a Dutch 0900 number starts 09.
func ukGrouped(ch *chain, a, b int, d []byte) bool {
	if len(d) != 11 || d[0] != '0' || ch.mask(a, b) != sepSpace {
		return false
	}
	var g [3]int
	n := b - a + 1
	if n < 2 || n > 3 {
		return false
	}
	for i := 0; i < n; i++ {
		g[i] = ch.glen(a + i)
	}
	switch d[1] {
	case '7':
		return n == 2 && g[0] == 5 || n == 3 && g[0] == 5 && g[1] == 3
	case '2':
		return n == 3 && g[0] == 3 && g[1] == 4
	case '1', '3':
		return n == 3 && g[0] == 4 && g[1] == 3 || n == 2 && g[0] == 5
	}
	return false
}

// auGrouped reports whether groups a..b, digits d, are an Australian or
// Irish number as the national numbering plans and their conventional
// print write it, ten digits with the trunk 0 in three groups separated
// by single spaces: an Australian mobile, 04 in groups of 4, 3 and 3
// ("0491 570 156"), or landline, 02, 03, 07 or 08 in groups of 2, 4 and 4
// ("02 5550 1234"; ACMA Telecommunications Numbering Plan 2015), or an
// Irish mobile, 083, 085, 086, 087 or 089 in groups of 3, 3 and 4 ("087
// 555 0123"; ComReg numbering conventions). A Dutch number of ten digits
// whose area code is one (0413 …, 0297 …, 087 …) is Dutch and never
// reaches here.
func auGrouped(ch *chain, a, b int, d []byte) bool {
	if len(d) != 10 || d[0] != '0' || b != a+2 || ch.mask(a, b) != sepSpace {
		return false
	}
	g0, g1, g2 := ch.glen(a), ch.glen(a+1), ch.glen(a+2)
	switch d[1] {
	case '4':
		return g0 == 4 && g1 == 3 && g2 == 3
	case '2', '3', '7':
		return g0 == 2 && g1 == 4 && g2 == 4
	case '8':
		if g0 == 2 && g1 == 4 && g2 == 4 {
			return true
		}
		return g0 == 3 && g1 == 3 && g2 == 4 && (d[2] == '3' || d[2] == '5' || d[2] == '6' || d[2] == '7' || d[2] == '9')
	}
	return false
}

// nanp reports whether d, ten digits, is a North American number: area
// code and exchange each start with 2-9.
func nanp(d []byte) bool {
	return len(d) == 10 && d[0] >= '2' && d[3] >= '2'
}

// phoneService handles groups a..b of a chain, digits d starting with 0,
// as a Dutch service number: 0800-1234, 0900 123 4567.
func (s *identScanner) phoneService(ch *chain, a, b int, d []byte) bool {
	if ch.mask(a, b)&^(sepSpace|sepDash) != 0 || !nlService(d[1:]) || ch.glen(a) > 4 {
		return false
	}
	s.emit(Phone, "phone-nl-service", ch.gs[a], ch.ge[b], serviceConf)
	return true
}

// phone00 handles groups a..b, starting "00", as an international number.
func (s *identScanner) phone00(ch *chain, a, b int, d []byte) bool {
	if ch.mask(a, b)&(sepSlash|sepColon|sepDot) != 0 {
		return false
	}
	rule, base := intlPhone(d[2:])
	if rule == "" {
		return false
	}
	start, end := ch.gs[a], ch.ge[b]
	if conf, ok := s.phoneConf(start, base-0.05); ok {
		s.emit(Phone, rule, start, end, conf)
	}
	return true
}

// plusPhone handles the '+' at i: "+31 6 19283746", "+31 (0)20 123 4567",
// "+447700900864", "+1 (202) 555-0147". It returns where to go on.
func (s *identScanner) plusPhone(i int) int {
	t := s.text
	if i+1 >= len(t) || !isDigit(t[i+1]) || wordBefore(t, i) {
		return i + 1
	}
	return s.intlNumber(i, i+1, 0)
}

// intl00Paren reports whether the digits at i..j are "00" and a country
// code followed by a space and the trunk prefix in parentheses, "0031
// (0)30 …", "0049 (0)30 …": an international number that intlNumber
// reads. Without "(0)" the digits join a chain (phone00).
func intl00Paren(t string, i, j int) bool {
	return j-i >= 3 && j-i <= 5 && t[i+1] == '0' && j+4 < len(t) &&
		t[j] == ' ' && t[j+1] == '(' && t[j+2] == '0' && t[j+3] == ')'
}

// intlNumber reads the international number whose country code starts at
// j, written from i on with "+" or "00" before it, at the country's
// confidence minus less. It returns where to go on.
func (s *identScanner) intlNumber(i, j int, less float64) int {
	t := s.text
	var buf [16]byte
	type cut struct{ nd, end int }
	var cuts [8]cut
	nd, nc, parens := 0, 0, false
	for {
		for j < len(t) && isDigit(t[j]) {
			if nd < len(buf) {
				buf[nd] = t[j]
			}
			nd++
			j++
		}
		if nd > len(buf) {
			return j
		}
		k, space := j, false
		if k < len(t) {
			switch {
			case t[k] == ' ':
				k, space = k+1, true
			case t[k] == 0xC2 && k+1 < len(t) && t[k+1] == 0xA0:
				k, space = k+2, true
			case t[k] == '-' || t[k] == '.':
				k++
			}
		}
		if k < len(t) && t[k] == '(' && !parens {
			// "(0)" after the country code is the trunk prefix; "(202)" an
			// area code.
			m := k + 1
			for m < len(t) && isDigit(t[m]) && m-k <= 5 {
				m++
			}
			if m < len(t) && t[m] == ')' && m > k+1 && m-k <= 5 {
				inner := t[k+1 : m]
				m++
				if m < len(t) && (t[m] == ' ' || t[m] == '-') {
					m++
				}
				if m < len(t) && isDigit(t[m]) {
					if space && nc < len(cuts) {
						cuts[nc] = cut{nd, j}
						nc++
					}
					if inner != "0" || nd > 3 {
						for x := 0; x < len(inner); x++ {
							if nd < len(buf) {
								buf[nd] = inner[x]
							}
							nd++
						}
					}
					parens = true
					j = m
					continue
				}
			}
		}
		if k < len(t) && isDigit(t[k]) && k > j {
			if space && nc < len(cuts) {
				cuts[nc] = cut{nd, j}
				nc++
			}
			j = k
			continue
		}
		if nc < len(cuts) && !(j < len(t) && (wordAt(t, j) || t[j] == '@')) {
			cuts[nc] = cut{nd, j}
			nc++
		}
		break
	}
	for x := nc - 1; x >= 0; x-- {
		c := cuts[x]
		if c.nd > len(buf) {
			continue
		}
		rule, base := intlPhone(buf[:c.nd])
		if rule == "" {
			continue
		}
		if conf, ok := s.phoneConf(i, base-less); ok {
			s.emit(Phone, rule, i, c.end, conf)
		}
		return c.end
	}
	return j
}

// parenPhone handles the '(' at i: "(020) 123 4567", "(06) 12345678".
func (s *identScanner) parenPhone(i int) int {
	t := s.text
	if i+4 < len(t) && '2' <= t[i+1] && t[i+1] <= '9' && !wordBefore(t, i) {
		return s.parenNANP(i)
	}
	if i+4 >= len(t) || t[i+1] != '0' || t[i+2] < '1' || t[i+2] > '9' || wordBefore(t, i) {
		return i + 1
	}
	j := i + 1
	for j < len(t) && isDigit(t[j]) && j-i <= 5 {
		j++
	}
	if j >= len(t) || t[j] != ')' || j-i-1 < 2 || j-i-1 > 4 {
		return i + 1
	}
	var buf [10]byte
	nd := copy(buf[:], t[i+1:j])
	k := j + 1
	if k < len(t) && (t[k] == ' ' || t[k] == '-') {
		k++
	}
	for k < len(t) && isDigit(t[k]) {
		for k < len(t) && isDigit(t[k]) {
			if nd == len(buf) {
				return i + 1
			}
			buf[nd] = t[k]
			nd++
			k++
		}
		if nd == len(buf) {
			break
		}
		if k+1 < len(t) && (t[k] == ' ' || t[k] == '-') && isDigit(t[k+1]) {
			k++
		}
	}
	if nd != len(buf) || (k < len(t) && (wordAt(t, k) || t[k] == '@')) {
		return i + 1
	}
	kind := nlKind(buf[1:])
	if kind == nlNone {
		return i + 1
	}
	if conf, ok := s.phoneConf(i, nlBase(kind)); ok {
		s.emit(Phone, nlRule(kind), i, k, conf)
	}
	return k
}

// nanpParenConf is the confidence of "(415) 555-0132": the North American
// way of writing a number, distinctive even without a cue.
const nanpParenConf = 0.7

// parenNANP handles the '(' at i as a North American number: "(415)
// 555-0132", "(415)555-0132", "(201) 555 0123". A phone cue before it
// raises the confidence to that of other foreign national formats.
func (s *identScanner) parenNANP(i int) int {
	t := s.text
	// "(ddd)" then an optional space, "ddd", a dash, space or dot, "dddd".
	const n = len("(415) 555-0132")
	if i+n-1 > len(t) || t[i+4] != ')' {
		return i + 1
	}
	k := i + 5
	if t[k] == ' ' {
		k++
	}
	if k+8 > len(t) || !isDigits(t[i+1:i+4]) || !isDigits(t[k:k+3]) || t[k] < '2' ||
		t[k+3] != '-' && t[k+3] != ' ' && t[k+3] != '.' || !isDigits(t[k+4:k+8]) {
		return i + 1
	}
	end := k + 8
	if end < len(t) && (isDigit(t[end]) || wordAt(t, end) || t[end] == '@') {
		return i + 1
	}
	conf := nanpParenConf
	switch c, x := s.labelBefore(i, 32, true, true); {
	case c == wPhone:
		conf = foreignConf
	case (c == wNeg || c == wBSN || c == wCard) && x <= 1:
		return end
	}
	s.emit(Phone, "phone-national", i, end, conf)
	return end
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
