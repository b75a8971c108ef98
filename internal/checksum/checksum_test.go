package checksum

import "testing"

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
