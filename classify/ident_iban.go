package classify

import "github.com/avgrisk/avgrisk/internal/checksum"

// iban handles an IBAN that may start at i (two letters, two digits),
// compact ("NL91ABNA0417164300") or in groups of four ("NL91 ABNA 0417
// 1643 00"), letters of either case. It returns the end of an IBAN-shaped
// run, valid or not, so that its digits are not read again; i when there is
// none.
func (s *identScanner) iban(i int) int {
	t := s.text
	L := checksum.IBANLength(t[i], t[i+1])
	if L == 0 {
		return i
	}
	var buf [34]byte
	j := i
	for j < len(t) && isAlnum(t[j]) && j-i <= L {
		j++
	}
	var end int
	switch {
	case j-i == L && !wordAt(t, j):
		copy(buf[:], t[i:j])
		end = j
	case j-i == 4:
		n := copy(buf[:], t[i:j])
		k := j
		for n < L {
			switch {
			case k+1 < len(t) && t[k] == ' ' && isAlnum(t[k+1]):
				k++
			case k+2 < len(t) && t[k] == 0xC2 && t[k+1] == 0xA0 && isAlnum(t[k+2]):
				k += 2
			default:
				return i
			}
			g := k
			for k < len(t) && isAlnum(t[k]) && k-g < 5 {
				k++
			}
			gl := k - g
			if gl > 4 || gl < 4 && n+gl != L || n+gl > L {
				return i
			}
			n += copy(buf[n:], t[g:k])
		}
		if wordAt(t, k) {
			return i
		}
		end = k
	default:
		return i
	}
	if end < len(t) && t[end] == '@' {
		return end
	}
	iban := buf[:L]
	for k, b := range iban {
		if 'a' <= b && b <= 'z' {
			iban[k] = b - 'a' + 'A'
		}
	}
	if !checksum.IBAN(iban) {
		return end
	}
	rule := "iban-mod97"
	if exampleIBANs[string(iban)] {
		rule = "iban-mod97:example"
	}
	s.emit(IBAN, rule, i, end, 0.95)
	return end
}

// exampleIBANs are IBANs that documentation and test suites use.
var exampleIBANs = map[string]bool{
	"NL91ABNA0417164300": true, "NL02ABNA0123456789": true, "NL20INGB0001234567": true,
	"NL69INGB0123456789": true, "NL18RABO0123459876": true,
	"DE89370400440532013000": true, "GB82WEST12345698765432": true,
	"GB29NWBK60161331926819": true, "GB33BUKB20201555555555": true,
	"FR1420041010050500013M02606": true, "BE68539007547034": true,
	"BE71096123456769": true, "CH9300762011623852957": true,
	"ES9121000418450200051332": true, "IT60X0542811101000000123456": true,
	"AT611904300234573201": true,
}
