package checksum

import (
	"strconv"
	"strings"
	"testing"
)

func TestElfproef(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
		why  string
	}{
		{"111222333", true, "textbook example"},
		{"123456782", true, "textbook example"},
		{"549291374", true, "corpus"},
		{"12345672", true, "8 digits, read as 012345672"},
		{"012345672", true, "the same with the zero"},
		{"773759019", false, "corpus decoy called BSN"},
		{"233701423", false, "corpus decoy called BSN"},
		{"123456789", false, "check digit wrong"},
		{"000000000", false, "zeros only"},
		{"1234567", false, "too short"},
		{"1234567890", false, "too long"},
		{"12345678a", false, "not a digit"},
		{"", false, "empty"},
	} {
		if got := Elfproef(tc.in); got != tc.want {
			t.Errorf("Elfproef(%q) = %v, want %v (%s)", tc.in, got, tc.want, tc.why)
		}
		if got := Elfproef([]byte(tc.in)); got != tc.want {
			t.Errorf("Elfproef([]byte(%q)) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestLuhn(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"4111111111111111", true},
		{"378282246310005", true},
		{"5555555555554444", true},
		{"79927398713", true},
		{"4111111111111112", false},
		{"5268201848580336", false}, // corpus decoy
		{"0", false},
		{"", false},
		{"4111 1111 1111 1111", false}, // separators are the caller's job
	} {
		if got := Luhn(tc.in); got != tc.want {
			t.Errorf("Luhn(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestIBAN(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"NL91ABNA0417164300", true},
		{"nl91abna0417164300", true},
		{"DE89370400440532013000", true},
		{"GB82WEST12345698765432", true},
		{"BE68539007547034", true},
		{"FR1420041010050500013M02606", true},
		{"NO9386011117947", true},
		{"MT84MALT011000012345MTLCAST001S", true},
		{"NL91ABNA0417164301", false},     // check fails
		{"NL91ABNA041716430", false},      // too short for NL
		{"NL91ABNA04171643000", false},    // too long for NL
		{"DE70804654502878604917", false}, // corpus decoy
		{"XX91ABNA0417164300", false},     // no such country
		{"NL9XABNA0417164300", false},     // check digits must be digits
		{"NL91ABNA04171643-0", false},
		{"", false},
		{"NL56300300A1716430", false},         // stdnum: a letter where NL has digits (structure 4!a10!n)
		{"BG93BNBG96611A2034567", false},      // stdnum: too short and a letter among digits
		{"GI22NW3K000000007099453", false},    // stdnum: a digit where GI has letters (4!a15!c)
		{"ES9121000418450200051332", true},    // Spanish textbook IBAN, CCC check digits 45
		{"ES2121000418450200051331", false},   // stdnum: mod-97 holds, the CCC check digits do not
		{"ES8931831500950001210562", false},   // stdnum: mod-97 holds, the CCC check digits do not
		{"ES2731831500960001210562", true},    // stdnum: a valid Spanish IBAN
		{"MC1112739000700011111000h79", true}, // stdnum: a lower-case letter in a 'c' position
	} {
		if got := IBAN(tc.in); got != tc.want {
			t.Errorf("IBAN(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	// Every SEPA country is in the registry.
	for _, cc := range []string{"AD", "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
		"FR", "GB", "GI", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MT",
		"NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "SM", "VA"} {
		if IBANLength(cc[0], cc[1]) == 0 {
			t.Errorf("no IBAN length for SEPA country %s", cc)
		}
	}
	if IBANLength('n', 'l') != 18 || IBANLength('G', 'B') != 22 || IBANLength('Z', 'Z') != 0 {
		t.Error("IBANLength")
	}
}

// TestRegistry validates the embedded IBAN registry: every line parses,
// its length is 4 plus the BBAN's, and no country is listed twice.
func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	n := 0
	for i, line := range strings.Split(registryText, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 || f[3] == "" {
			t.Errorf("line %d: want 4 tab-separated columns", i+1)
			continue
		}
		cc := f[0]
		if len(cc) != 2 || seen[cc] {
			t.Errorf("line %d: bad or repeated country code %q", i+1, cc)
			continue
		}
		seen[cc] = true
		bban, ok := expandBBAN(f[2])
		if !ok {
			t.Errorf("line %d: bad BBAN structure %q", i+1, f[2])
			continue
		}
		if got := IBANLength(cc[0], cc[1]); got == 0 || strconv.Itoa(got) != f[1] || got != 4+len(bban) {
			t.Errorf("line %d: length %s, structure %s gives %d, table %d", i+1, f[1], f[2], 4+len(bban), got)
		}
		if BBANClasses(cc[0], cc[1]) != bban {
			t.Errorf("line %d: classes not loaded", i+1)
		}
		n++
	}
	if n < 89 {
		t.Errorf("%d countries, want the 89 of release 101", n)
	}
	if BBANClasses('N', 'L') != "aaaannnnnnnnnn" || BBANClasses('Q', 'Q') != "" || BBANClasses('1', '2') != "" {
		t.Error("BBANClasses")
	}
}

func TestIssuer(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"4111111111111111", "visa"},
		{"4222222222222", "visa"},
		{"411111111111111", ""}, // Visa has no 15-digit numbers
		{"5555555555554444", "mastercard"},
		{"2223003122003222", "mastercard"},
		{"2721000000000000", ""},
		{"378282246310005", "amex"},
		{"3782822463100050", ""},
		{"6011111111111117", "discover"},
		{"3530111333300000", "jcb"},
		{"30569309025904", "diners"},
		{"6200000000000005", "unionpay"},
		{"6759649826438453", "maestro"},
		{"2200000000000004", "mir"},
		{"1234567812345670", ""},
		{"122000000000003", "uatp"}, // Presidio's test: UATP, 15 digits from 1
		{"1220000000000030", ""},    // UATP numbers have 15 digits
		{"9111111111111111", ""},
		{"12345", ""},
	} {
		if got := Issuer(tc.in); got != tc.want {
			t.Errorf("Issuer(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNoAllocs(t *testing.T) {
	b := []byte("NL91ABNA0417164300")
	n := testing.AllocsPerRun(100, func() {
		IBAN(b)
		Elfproef(b[:9])
		Luhn(b[4:])
		Issuer(b[4:])
	})
	if n != 0 {
		t.Errorf("%v allocations", n)
	}
}
