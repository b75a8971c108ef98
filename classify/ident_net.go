package classify

import (
	"net/netip"
	"strings"
	"unicode"
	"unicode/utf8"
)

// E-mail and IP addresses.

const (
	maxLocal  = 64  // bytes in the local part of an e-mail address (RFC 5321)
	maxDomain = 190 // bytes in its domain that we look at
)

// localByte marks the ASCII bytes of an e-mail address's local part:
// letters, digits and the specials of RFC 5322's atext that text writes
// inside addresses (. _ % + - ' ~ { } ! # $ & * ^ `). Left out are '=',
// '/', '?' and '|', which in text join an address to what precedes it
// ("email=jan@…", "naam|jan@…").
var localByte = func() (t [256]bool) {
	for b := 0; b < utf8.RuneSelf; b++ {
		t[b] = isAlnum(byte(b)) || strings.IndexByte(".%+-_'~{}!#$&*^`", byte(b)) >= 0
	}
	return t
}()

// leadByte marks the bytes that text puts before an address, which are
// not part of it: quotes, dots and markup ("'jan@…'", "*jan@…*").
var leadByte = func() (t [256]bool) {
	for _, b := range []byte(".'-+%*`!#~") {
		t[b] = true
	}
	return t
}()

// email handles the '@' at at. It returns where to go on.
func (s *identScanner) email(at int) int {
	t := s.text
	j := at
	for j > 0 && at-j <= maxLocal {
		b := t[j-1]
		if b < utf8.RuneSelf {
			if !localByte[b] {
				break
			}
			j--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(t[:j])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j -= size
	}
	if at-j > maxLocal || (j > 0 && t[j-1] == '@') {
		return at + 1
	}
	// Quotes, dots and markup before the address are not part of it, nor
	// is a brace around it ("{jan@…}"); a brace closed within the local
	// part is ("j~doe{x}@…").
	for j < at && (leadByte[t[j]] || t[j] == '{' && strings.IndexByte(t[j:at], '}') < 0) {
		j++
	}
	if j == at || t[at-1] == '.' || t[at-1] == '\'' {
		return at + 1
	}
	for k := j; k+1 < at; k++ {
		if t[k] == '.' && t[k+1] == '.' {
			return at + 1
		}
	}
	end, example, ok := domainEnd(t, at+1)
	if !ok {
		end, ok = domainLiteral(t, at+1)
		if !ok {
			return at + 1
		}
	}
	rule := "email"
	if example {
		rule = "email:example"
	}
	s.emit(Email, rule, j, end, 0.9)
	return end
}

// domainLiteral reads a domain literal (RFC 5321) that starts at p:
// "[192.0.2.1]" or "[IPv6:2001:db8::1]". It returns its end.
func domainLiteral(t string, p int) (int, bool) {
	if p >= len(t) || t[p] != '[' {
		return 0, false
	}
	k := strings.IndexByte(t[p:min(len(t), p+48)], ']')
	if k < 0 {
		return 0, false
	}
	lit, end := t[p+1:p+k], p+k+1
	if len(lit) > 5 && isLabel(lit[:5], "ipv6:") {
		if !validIPv6(lit[5:]) {
			return 0, false
		}
	} else if !validIPv4(lit) {
		return 0, false
	}
	if wordAt(t, end) {
		return 0, false
	}
	return end, true
}

// domainEnd reads the domain of an e-mail address that starts at p. It
// returns its end and whether it is an example domain (RFC 2606).
func domainEnd(t string, p int) (end int, example, ok bool) {
	i, labels := p, 0
	var lastStart int
	tldLetters, prevDigits, allDigits := false, true, true
	for {
		ls := i
		letters, digits := true, true
		for i < len(t) && i-p <= maxDomain {
			b := t[i]
			if isAlnum(b) || b == '-' {
				if !isLetter(b) {
					letters = false
				}
				if !isDigit(b) {
					digits = false
				}
				i++
				continue
			}
			if b >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(t[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					letters, digits = false, false
					i += size
					continue
				}
			}
			break
		}
		if i-p > maxDomain || i == ls || i-ls > 63 || t[ls] == '-' || t[i-1] == '-' {
			return 0, false, false
		}
		labels++
		if isLabel(t[ls:i], "example") {
			example = true
		}
		allDigits = allDigits && prevDigits
		lastStart, tldLetters, prevDigits = ls, letters, digits
		if i+1 < len(t) && t[i] == '.' && (isAlnum(t[i+1]) || t[i+1] >= utf8.RuneSelf) {
			i++
			continue
		}
		break
	}
	// A domain of numbers ("user@1.service", a systemd unit) is none.
	if labels < 2 || allDigits || i < len(t) && (t[i] == '@' || wordAt(t, i)) {
		return 0, false, false
	}
	tld := t[lastStart:i]
	if !(tldLetters && len(tld) >= 2) && !(len(tld) > 4 && lower(tld[0]) == 'x' && lower(tld[1]) == 'n' && tld[2] == '-' && tld[3] == '-') {
		return 0, false, false
	}
	if isLabel(tld, "test") || isLabel(tld, "invalid") || isLabel(tld, "localhost") {
		example = true
	}
	return i, example, true
}

// isLabel reports whether s is word, ASCII case-insensitively.
func isLabel(s, word string) bool {
	if len(s) != len(word) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != word[i] {
			return false
		}
	}
	return true
}

func isHex(b byte) bool { return isDigit(b) || 'a' <= b && b <= 'f' || 'A' <= b && b <= 'F' }

// validIPv4 reports whether s is a dotted-decimal IPv4 address: four
// numbers of 0 to 255 without leading zeros.
func validIPv4(s string) bool {
	parts, i := 0, 0
	for parts < 4 {
		st, v := i, 0
		for i < len(s) && isDigit(s[i]) && i-st < 3 {
			v = v*10 + int(s[i]-'0')
			i++
		}
		n := i - st
		if n == 0 || v > 255 || n > 1 && s[st] == '0' {
			return false
		}
		parts++
		if parts == 4 {
			break
		}
		if i >= len(s) || s[i] != '.' {
			return false
		}
		i++
	}
	return i == len(s)
}

// validIPv6 reports whether s is an IPv6 address in text form (RFC 4291,
// no zone), so that netip.ParseAddr only sees addresses that pass.
func validIPv6(s string) bool {
	if len(s) < 2 {
		return false
	}
	groups, double, i := 0, false, 0
	if s[0] == ':' {
		if s[1] != ':' {
			return false
		}
		double, i = true, 2
		if i == len(s) {
			return true
		}
	}
	for i < len(s) {
		st := i
		for i < len(s) && isHex(s[i]) && i-st < 5 {
			i++
		}
		if i < len(s) && s[i] == '.' {
			if !validIPv4(s[st:]) {
				return false
			}
			groups += 2
			break
		}
		if n := i - st; n == 0 || n > 4 {
			return false
		}
		groups++
		if i == len(s) {
			break
		}
		if s[i] != ':' {
			return false
		}
		i++
		if i < len(s) && s[i] == ':' {
			if double {
				return false
			}
			double = true
			i++
			if i == len(s) {
				break
			}
		} else if i == len(s) {
			return false
		}
	}
	if double {
		return groups <= 7
	}
	return groups == 8
}

// ipv6 handles an IPv6 address that may start at i. It returns its end,
// or i when there is none.
func (s *identScanner) ipv6(i int) int {
	t := s.text
	if wordBefore(t, i) || i > 0 && (t[i-1] == ':' || t[i-1] == '.') {
		return i
	}
	j := i
	colons := 0
	for j < len(t) && j-i <= 45 && (isHex(t[j]) || t[j] == ':' || t[j] == '.') {
		if t[j] == ':' {
			colons++
		}
		j++
	}
	if j-i > 45 || colons < 2 {
		return i
	}
	e := j
	if t[e-1] == '.' || t[e-1] == ':' && t[e-2] != ':' {
		e--
	}
	if e == j && j < len(t) && (wordAt(t, j) || t[j] == '@') {
		return i
	}
	cand := t[i:e]
	if !validIPv6(cand) {
		return i
	}
	addr, err := netip.ParseAddr(cand)
	if err != nil || !addr.Is6() {
		return i
	}
	end := e
	if k := prefixLen(t, e, 128); k > e {
		end = k // a network in CIDR notation: "2001:db8::/32"
	} else if k := zoneEnd(t, e); k > e && addr.IsLinkLocalUnicast() {
		end = k // a link-local address with its zone: "fe80::1%eth0"
	}
	rule := "ipv6"
	if b := addr.As16(); b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8 {
		rule = "ipv6:example" // 2001:db8::/32, RFC 3849
	}
	conf := 0.9
	if addr.IsLoopback() || addr.IsUnspecified() {
		conf = 0.6
	}
	s.emit(IPAddress, rule, i, end, conf)
	return end
}

// zoneEnd returns the end of a zone index after an address that ends at e
// ("%eth0", "%12", RFC 4007), or e when there is none.
func zoneEnd(t string, e int) int {
	if e+1 >= len(t) || t[e] != '%' || !isAlnum(t[e+1]) {
		return e
	}
	k := e + 1
	for k < len(t) && k-e <= 16 && (isAlnum(t[k]) || t[k] == '_' || t[k] == '-' || t[k] == '.' && k+1 < len(t) && isAlnum(t[k+1])) {
		k++
	}
	if k-e > 16 || wordAt(t, k) {
		return e
	}
	return k
}

// prefixLen returns the end of a CIDR prefix length of at most max after
// an address that ends at e ("/24"), or e when there is none.
func prefixLen(t string, e, max int) int {
	if e+1 >= len(t) || t[e] != '/' {
		return e
	}
	k, v := e+1, 0
	for k < len(t) && isDigit(t[k]) && k-e <= 3 {
		v = v*10 + int(t[k]-'0')
		k++
	}
	if k == e+1 || k-e > 4 || v > max || wordAt(t, k) || k < len(t) && t[k] == '/' {
		return e
	}
	return k
}

// ipv4 reports the IPv4 address at text[start:end], with its prefix
// length up to spanEnd ("/24"), unless it is a version number.
func (s *identScanner) ipv4(start, end, spanEnd int) {
	cand := s.text[start:end]
	if !validIPv4(cand) || versionBefore(s.text, start) {
		return
	}
	addr, err := netip.ParseAddr(cand)
	if err != nil || !addr.Is4() {
		return
	}
	b := addr.As4()
	if b[0] < 10 && b[1] < 10 && b[2] < 10 && b[3] < 10 && b != [4]byte{} && !ipCueBefore(s.text, start) {
		return // "paragraaf 3.2.1.4", "update naar 4.2.1.0": a section or a version
	}
	rule := "ipv4"
	switch {
	case b[0] == 192 && b[1] == 0 && b[2] == 2, b[0] == 198 && b[1] == 51 && b[2] == 100, b[0] == 203 && b[1] == 0 && b[2] == 113:
		rule = "ipv4:example" // RFC 5737 documentation ranges
	}
	conf := 0.9
	if addr.IsLoopback() || addr.IsUnspecified() || b == [4]byte{255, 255, 255, 255} {
		conf = 0.6
	}
	s.emit(IPAddress, rule, start, spanEnd, conf)
}

// ipCues are the words that name a number of four small parts as a
// network address.
var ipCues = map[string]bool{
	"ip": true, "ipv4": true, "ipadres": true, "adres": true, "address": true, "addr": true,
	"host": true, "hostname": true, "server": true, "dns": true, "nameserver": true,
	"resolver": true, "gateway": true, "router": true, "modem": true, "ping": true,
	"proxy": true, "subnet": true, "netmask": true, "vpn": true, "firewall": true,
	"dhcp": true, "lan": true, "wan": true, "wifi": true, "login": true, "inlog": true,
	"ingelogd": true, "logged": true, "src": true, "dst": true, "client": true,
}

// ipCueBefore reports whether a word among the four before p, in the same
// clause and within 40 bytes, names the number at p as an address ("dns
// 1.1.1.1 en 8.8.8.8" names both).
func ipCueBefore(t string, p int) bool {
	var ws [4]wspan
	n := wordsBefore(t, p, 40, stopComma, ws[:])
	for x := 0; x < n; x++ {
		var buf [24]byte
		if b, ok := lowerWord(t, ws[x], &buf); ok && ipCues[string(b)] {
			return true
		}
	}
	return false
}

// versionBefore reports whether the word before p calls the number after
// it a version ("versie 1.2.3.4", "firmware 10.0.1.5").
func versionBefore(t string, p int) bool {
	i := p
	for i > 0 && p-i < 3 && (t[i-1] == ' ' || t[i-1] == ':') {
		i--
	}
	e := i
	for i > 0 && e-i < 12 && isLetter(t[i-1]) {
		i--
	}
	if i == e || wordBefore(t, i) {
		return false
	}
	var buf [12]byte
	n := 0
	for k := i; k < e; k++ {
		buf[n] = lower(t[k])
		n++
	}
	switch string(buf[:n]) {
	case "v", "ver", "versie", "version", "versienummer", "firmware", "release", "build",
		"update", "software", "app", "ios", "android", "windows", "macos", "chrome", "firefox",
		"safari", "edge", "patch", "upgrade", "upgraded", "updated", "driver", "bios":
		return true
	}
	return false
}
