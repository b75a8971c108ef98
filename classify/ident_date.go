package classify

// Dates of birth: a valid calendar date in a Dutch or English form that
// the words before it name as a birth date ("geboren", "geb.",
// "geboortedatum", "DOB", "date of birth", "born"), or any valid date in a
// field named as a birth date.

// Rules of dates of birth.
const (
	ruleDOBNumeric = "dob-numeric" // 14-07-2004, 14/07/2004, 14.07.2004, 07/22/1986
	ruleDOBISO     = "dob-iso"     // 2004-07-14
	ruleDOBNL      = "dob-nl-long" // 14 juli 2004, 14 jul. 2004
	ruleDOBEN      = "dob-en-long" // 14th July 2004, July 14, 2004
)

// Month languages.
const (
	langNL   = 1
	langEN   = 2
	langBoth = langNL | langEN
)

// monthOf returns the month that the word w names, Dutch or English, full
// or abbreviated, and its language; 0 when it names none.
func monthOf(w string) (int, int) {
	if len(w) < 3 || len(w) > 9 {
		return 0, 0
	}
	switch w[0] | 0x20 {
	case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
	default:
		return 0, 0
	}
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		buf[i] = lower(w[i])
	}
	switch string(buf[:len(w)]) {
	case "januari":
		return 1, langNL
	case "january":
		return 1, langEN
	case "jan":
		return 1, langBoth
	case "februari":
		return 2, langNL
	case "february":
		return 2, langEN
	case "feb", "febr":
		return 2, langBoth
	case "maart", "mrt", "maa":
		return 3, langNL
	case "march", "mar":
		return 3, langEN
	case "april", "apr":
		return 4, langBoth
	case "mei":
		return 5, langNL
	case "may":
		return 5, langEN
	case "juni":
		return 6, langNL
	case "june":
		return 6, langEN
	case "jun":
		return 6, langBoth
	case "juli":
		return 7, langNL
	case "july":
		return 7, langEN
	case "jul":
		return 7, langBoth
	case "augustus":
		return 8, langNL
	case "august":
		return 8, langEN
	case "aug":
		return 8, langBoth
	case "september", "sep", "sept":
		return 9, langBoth
	case "oktober", "okt":
		return 10, langNL
	case "october", "oct":
		return 10, langEN
	case "november", "nov":
		return 11, langBoth
	case "december", "dec":
		return 12, langBoth
	}
	return 0, 0
}

// validDate reports whether y-m-d is a calendar date of a plausible year
// of birth.
func validDate(y, m, d int) bool {
	if y < 1880 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
	if m == 2 && (y%4 == 0 && y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// numericDate handles groups k..k+2 of a chain as a numeric date. It
// reports whether they have the shape of one and are consumed.
func (s *identScanner) numericDate(ch *chain, k int) bool {
	l0, l1, l2 := ch.glen(k), ch.glen(k+1), ch.glen(k+2)
	v0, v1, v2 := int(ch.value[k]), int(ch.value[k+1]), int(ch.value[k+2])
	var y, m, d int
	rule := ruleDOBNumeric
	switch {
	case l0 == 4 && l1 <= 2 && l2 <= 2:
		y, m, d, rule = v0, v1, v2, ruleDOBISO
	case l0 <= 2 && l1 <= 2 && (l2 == 4 || l2 == 2):
		d, m, y = v0, v1, v2
		if l2 == 2 { // two-digit year: 30-99 are 19xx, 00-29 are 20xx
			if y >= 30 {
				y += 1900
			} else {
				y += 2000
			}
		}
		if !validDate(y, m, d) { // the American month/day/year
			d, m = m, d
		}
	default:
		return false
	}
	if validDate(y, m, d) {
		s.dob(ch.gs[k], ch.ge[k+2], rule)
	}
	return true
}

// dob reports the date at text[start:end] as a date of birth when the
// words before it or the field say so.
func (s *identScanner) dob(start, end int, rule string) {
	if s.hint.BirthField || s.birthBefore(start) || s.birthAfter(end) {
		s.emit(DateOfBirth, rule, start, end, 0.9)
	}
}

// ordinalEnd returns the end of an ordinal suffix at k ("th", "st", "e",
// "ste", "de"), or k when there is none.
func ordinalEnd(t string, k int) int {
	if k >= len(t) || !isLetter(t[k]) {
		return k
	}
	for _, suf := range [...]string{"st", "nd", "rd", "th", "ste", "de", "e"} {
		e := k + len(suf)
		if e <= len(t) && isLabel(t[k:e], suf) && !wordAt(t, e) {
			return e
		}
	}
	return k
}

// yearAt returns the end and value of a four-digit year at k.
func yearAt(t string, k int) (int, int, bool) {
	if k+4 > len(t) {
		return 0, 0, false
	}
	y := 0
	for i := k; i < k+4; i++ {
		if !isDigit(t[i]) {
			return 0, 0, false
		}
		y = y*10 + int(t[i]-'0')
	}
	if wordAt(t, k+4) || k+5 < len(t) && (t[k+4] == '.' || t[k+4] == '-' || t[k+4] == '/') && isDigit(t[k+5]) {
		return 0, 0, false
	}
	return k + 4, y, true
}

// textDate handles a date with a month name whose day is the digits
// text[p:q]: "14 juli 2004", "14 jul. 2004", "14th of July, 2004",
// "14-jul-2004", "July 14, 2004". It returns the end of the date, or p.
func (s *identScanner) textDate(p, q int) int {
	t := s.text
	day := int(t[p] - '0')
	if q-p == 2 {
		day = day*10 + int(t[p+1]-'0')
	}
	if day < 1 || day > 31 {
		return p // no month has this day (validDate)
	}
	k0 := ordinalEnd(t, q)
	// The month before the day: "July 14, 2004", "jul. 14 2004". The
	// cheap looks first: a year must follow.
	if p >= 4 && t[p-1] == ' ' && (isLetter(t[p-2]) || t[p-2] == '.') {
		k := k0
		if k < len(t) && t[k] == ',' {
			k++
		}
		if k+1 < len(t) && t[k] == ' ' && isDigit(t[k+1]) {
			me := p - 1
			if t[me-1] == '.' {
				me--
			}
			ms := me
			for ms > 0 && me-ms < 10 && isLetter(t[ms-1]) {
				ms--
			}
			if mon, _ := monthOf(t[ms:me]); mon > 0 && !wordBefore(t, ms) {
				if end, y, ok := yearAt(t, k+1); ok && validDate(y, mon, day) {
					s.dob(ms, end, ruleDOBEN)
					return end
				}
			}
		}
	}
	// The day before the month.
	k := k0
	if k+1 >= len(t) || (t[k] != ' ' && t[k] != '-') || !isLetter(t[k+1]) {
		return p
	}
	k++
	if k+3 < len(t) && isLabel(t[k:k+3], "of ") {
		k += 3
	}
	ms := k
	for k < len(t) && isLetter(t[k]) && k-ms < 10 {
		k++
	}
	// A year must follow the month, after a '.', a ',', a space or a
	// dash: look before reading the month.
	y0 := k
	if y0 < len(t) && t[y0] == '.' {
		y0++
	}
	if y0 < len(t) && t[y0] == ',' {
		y0++
	}
	if y0+1 >= len(t) || t[y0] != ' ' && t[y0] != '-' || !isDigit(t[y0+1]) {
		return p
	}
	mon, lang := monthOf(t[ms:k])
	if mon == 0 || wordAt(t, k) {
		return p
	}
	if k < len(t) && t[k] == '.' {
		k++
	}
	if k < len(t) && t[k] == ',' {
		k++
	}
	if k >= len(t) || t[k] != ' ' && t[k] != '-' {
		return p
	}
	end, y, ok := yearAt(t, k+1)
	if !ok || !validDate(y, mon, day) {
		return p
	}
	rule := ruleDOBNL
	if lang == langEN {
		rule = ruleDOBEN
	}
	s.dob(p, end, rule)
	return end
}
