package classify

import "github.com/avgrisk/avgrisk/internal/checksum"

// iban handles an IBAN that may start at i: a country code, then the
// check digits and the BBAN in groups of any length joined by single
// spaces, no-break spaces, dashes or dots, as banks, forms and people write
// them: compact ("NL91ABNA0417164300"), in fours ("NL91 ABNA 0417 1643
// 00"), with a space after the country code ("NL 91 ABNA …", only for an
// upper-case code, which the caller checks), with dashes or dots
// ("ES15-0049-…", "NO07.8380.08.06006") or in national groupings ("NO38
// 8200 06 10190"). The characters must come to the country's length
// exactly at the end of a group. Valid means the country's BBAN structure,
// mod-97 and Spain's national check digits (checksum.IBAN); when the
// country code is upper case, the letters that the registry gives as
// upper case must be so too ("LV80 bANK …" is none).
//
// It returns the end of an IBAN-shaped run, valid or not, so that its
// digits are not read again; i when there is none.
func (s *identScanner) iban(i int) int {
	t := s.text
	L := checksum.IBANLength(t[i], t[i+1])
	if L == 0 {
		return i
	}
	var buf [34]byte
	buf[0], buf[1] = t[i], t[i+1]
	n, k := 2, i+2
	if t[k] == ' ' {
		k++
	}
	for {
		for k < len(t) && isAlnum(t[k]) {
			if n == L {
				return i // runs past the country's length
			}
			buf[n] = t[k]
			n++
			k++
		}
		if n == L {
			break
		}
		switch {
		case k+1 < len(t) && (t[k] == ' ' || t[k] == '-' || t[k] == '.') && isAlnum(t[k+1]):
			k++
		case k+2 < len(t) && t[k] == 0xC2 && t[k+1] == 0xA0 && isAlnum(t[k+2]):
			k += 2
		default:
			return i
		}
	}
	end := k
	if wordAt(t, end) {
		return i
	}
	if end < len(t) && t[end] == '@' {
		return end
	}
	iban := buf[:L]
	if isUpper(iban[0]) && isUpper(iban[1]) {
		classes := checksum.BBANClasses(iban[0], iban[1])
		for x := 0; x < len(classes); x++ {
			if classes[x] == 'a' && !isUpper(iban[4+x]) {
				return end
			}
		}
	}
	for x, b := range iban {
		if 'a' <= b && b <= 'z' {
			iban[x] = b - 'a' + 'A'
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
