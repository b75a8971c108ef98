package classify

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// identCase is one table case: the identifiers a text holds, as
// "kind:value", and why.
type identCase struct {
	text   string
	want   []string
	reason string
}

// identFound returns the identifiers that the default options report in
// text, as "kind:value".
func identFound(t testing.TB, c *Classifier, text string, hint identHint) []string {
	t.Helper()
	fs := c.appendIdentsIn(nil, text, hint)
	fs = c.filter(fs, 0)
	var out []string
	for _, f := range fs {
		identCheckFinding(t, text, f)
		out = append(out, string(f.Kind)+":"+text[f.Start:f.End])
	}
	return out
}

// identCheckFinding fails when f is not a well-formed identifier finding.
func identCheckFinding(t testing.TB, text string, f Finding) {
	t.Helper()
	if f.Start < 0 || f.Start > f.End || f.End > len(text) {
		t.Fatalf("finding %v out of range [0:%d]", f, len(text))
	}
	if !identBoundary(text, f.Start) || !identBoundary(text, f.End) {
		t.Fatalf("finding %v not on rune boundaries", f)
	}
	if !f.Kind.Valid() || f.Kind == Term || f.Rule == "" || f.Confidence <= 0 || f.Confidence > 1 {
		t.Fatalf("malformed finding %v", f)
	}
	if (f.Kind == BSN) != (f.Category == NationalID) || f.Kind != BSN && f.Category != Ordinary {
		t.Fatalf("finding %v has the wrong category", f)
	}
}

// identBoundary reports whether i is a rune boundary of text, an invalid
// byte counting as one rune (as range over a string reads it).
func identBoundary(text string, i int) bool {
	if i == 0 || i == len(text) {
		return true
	}
	start := max(0, i-utf8.UTFMax)
	for k := start; k < i; k++ {
		if !utf8.RuneStart(text[k]) {
			continue
		}
		if _, size := utf8.DecodeRuneInString(text[k:]); k+size > i {
			return size == 1
		}
	}
	return true
}

func identRun(t *testing.T, cases []identCase) {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		t.Run(tc.reason, func(t *testing.T) {
			got := identFound(t, c, tc.text, identHint{})
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("text %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestIdentEmail(t *testing.T) {
	identRun(t, []identCase{
		{"Bevestiging naar ineke.deboer@planet.nl.", []string{"email:ineke.deboer@planet.nl"}, "sentence-final dot is not part of the domain"},
		{"[verzonden naar r.kerkhoven@gmail.com]", []string{"email:r.kerkhoven@gmail.com"}, "brackets around"},
		{"mail a.smit-boer@ziggo.nl of kyle.benson@yahoo.co.uk", []string{"email:a.smit-boer@ziggo.nl", "email:kyle.benson@yahoo.co.uk"}, "hyphen in local part, multi-label domain"},
		{"Offerte naar jaarcongres@example.nl", []string{"email:jaarcongres@example.nl"}, "example domains are still reported"},
		{"'jan+crm@bedrijf.nl'", []string{"email:jan+crm@bedrijf.nl"}, "quotes are not part of the address; plus tags are"},
		{"hannah.price82@gmail.com", []string{"email:hannah.price82@gmail.com"}, "digits in local part"},
		{"jürgen.müller@müller.de", []string{"email:jürgen.müller@müller.de"}, "non-ASCII letters"},
		{"volg ons op @avgrisk of mail naar info@localhost", nil, "a handle and a host without a dot are no addresses"},
		{"user@1.2024 en a@b.c", nil, "TLD of digits or one letter"},
		{"a..b@x.nl", nil, "two dots in a row"},
		{"restart user@1.service and getty@12.3.target", nil, "systemd units: numeric labels before the TLD (ferret-scan #587)"},
		{"bestel bij info@123inkt.nl", []string{"email:info@123inkt.nl"}, "digits and letters in a label"},
		{"foo@bar@baz.nl", nil, "two @ signs"},
		{"mail j~doe{x}@example.com", []string{"email:j~doe{x}@example.com"}, "RFC 5322 atext in the local part: ~ { }"},
		{"a!b#c$d&e*f^g`h@x.nl", []string{"email:a!b#c$d&e*f^g`h@x.nl"}, "more RFC 5322 atext"},
		{"{jan@x.nl} en *piet@y.nl*", []string{"email:jan@x.nl", "email:piet@y.nl"}, "a brace or markup around the address is not part of it"},
		{"email=jan@x.nl", []string{"email:jan@x.nl"}, "'=' joins a key to the address; it is not part of it"},
		{"user@[192.0.2.1] en root@[IPv6:2001:db8::1]", []string{"email:user@[192.0.2.1]", "email:root@[IPv6:2001:db8::1]"}, "a domain literal makes one e-mail address, not an IP address inside one"},
		{"user@[999.0.2.1]", nil, "a domain literal must hold an address"},
		{"Tel: 020-1234567 @ kantoor", []string{"phone:020-1234567"}, "a lone @"},
	})
}

func TestIdentPhone(t *testing.T) {
	identRun(t, []identCase{
		{"Kandidaat bereikbaar op 06-11839402.", []string{"phone:06-11839402"}, "mobile with dash"},
		{"Maarten Wolters, 06 38 19 27 46, mail", []string{"phone:06 38 19 27 46"}, "mobile in pairs"},
		{"bel 0612345678 of 06 1234 5678", []string{"phone:0612345678", "phone:06 1234 5678"}, "compact and 2-4-4"},
		{"gebeld op 050-3184462 en 0546-812233", []string{"phone:050-3184462", "phone:0546-812233"}, "area codes of 2 and 3 digits"},
		{"Tel. 020 123 4567", []string{"phone:020 123 4567"}, "landline in groups"},
		{"Nummerbehoud voor +31 6 19283746; overstap", []string{"phone:+31 6 19283746"}, "+31 mobile"},
		{"+31 (0)20 123 4567 en +31(0)6-12345678", []string{"phone:+31 (0)20 123 4567", "phone:+31(0)6-12345678"}, "trunk prefix in parentheses"},
		{"0031 6 12345678", []string{"phone:0031 6 12345678"}, "0031"},
		{"(020) 123 4567", []string{"phone:(020) 123 4567"}, "area code in parentheses"},
		{"Customer: Mrs. Joan Pike, +447700900864.", []string{"phone:+447700900864"}, "UK E.164"},
		{"called from +12025550147 and +1 (202) 555-0147", []string{"phone:+12025550147", "phone:+1 (202) 555-0147"}, "NANP"},
		{"member on +32470183926.", []string{"phone:+32470183926"}, "Belgian mobile"},
		{"levering 12-03-2024, vanaf 01-04-2024 10:30", nil, "dates and times are no phones"},
		{"bedrag € 1.850,00 en 12 x € 9.500", nil, "amounts"},
		{"postcode 3584 CS, Kerkstraat 12", nil, "postcodes and house numbers"},
		{"Ordernummer 0612345678 is verzonden", nil, "named as an order number"},
		{"Customer number: 0612345678", nil, "named as a customer number"},
		{"Factuur gestuurd naar 06-12345678 via sms", []string{"phone:06-12345678"}, "an earlier word names the invoice, not the number"},
		{"lonen +3% per 1 januari, +5 punten", nil, "a plus sign before a small number"},
		{"rekening NL39 INGB 2268 0768 45 klopt niet", nil, "IBAN digits (mod-97 fails) are no phone"},
		{"0123456789 en 0801234567", nil, "no such area code"},
		{"+28 123 456 789", nil, "no such country code"},
		{"Graag terugbellen op 06 - 12345678 of 010 - 123 45 67.", []string{"phone:06 - 12345678", "phone:010 - 123 45 67"}, "spaced dash"},
		{"open 9 - 17 uur, 10 – 12 juni, 2020 - 2024", nil, "ranges"},
		{"geb. 03-11-1988 06 12345678", []string{"date-of-birth:03-11-1988", "phone:06 12345678"}, "a date before a phone does not merge with it"},
		{"Tel: 012 34 56 78", []string{"phone:012 34 56 78"}, "Belgian national format after a phone cue"},
		{"bel 030 123456 of 030-1234567", []string{"phone:030 123456", "phone:030-1234567"}, "German national format after a phone cue (030 is no Dutch area code)"},
		{"phone 0121 234 5678", []string{"phone:0121 234 5678"}, "British national format after a phone cue"},
		{"cb no 07700 900481; left voicemail on 07700 900 562", []string{"phone:07700 900481", "phone:07700 900 562"}, "a call centre's callback and voicemail are phone cues"},
		{"terugbelnummer 012 34 56 78", []string{"phone:012 34 56 78"}, "a callback number is a phone number"},
		{"confirmed by ringing the number on file, 020 7946 0381, and 0161 496 0123", []string{"phone:020 7946 0381", "phone:0161 496 0123"}, "British numbers in their printed groupings (Ofcom: 3-4-4, 4-3-4) need no cue"},
		{"Holiday let 01632 960123 sleeps four", []string{"phone:01632 960123"}, "a British five-digit area code and six digits need no cue"},
		{"Pendant alarm fitted, contact 0491 570 156.", []string{"phone:0491 570 156"}, "an Australian mobile in its printed grouping (ACMA numbering plan: 04, 4-3-3) needs no cue"},
		{"Landline 02 5550 1234, mobile for texts 083 555 0123.", []string{"phone:02 5550 1234", "phone:083 555 0123"}, "an Australian landline (2-4-4) and an Irish mobile (083, 3-3-4) in their printed groupings need no cue"},
		{"order 02 5550 1234-1 and 083 5550 123 and 09 5550 1234", nil, "another grouping, a longer chain or a prefix that is no Australian or Irish range is no phone without a cue"},
		{"order 0491 570 156 and ref 0491-570-156 and 0491 57 01 56", nil, "without a cue only the Australian 4-3-3 grouping with spaces counts, and a word naming another number wins"},
		{"order 07700 900481 and totaal 0770 0900 481 and 07700-900481", nil, "without a cue only the British groupings with spaces count, and a word naming another number wins"},
		{"reach me at a.name@example.co.uk or on 07700 900461 after 5pm", []string{"email:a.name@example.co.uk", "phone:07700 900461"}, "a phone cue before an e-mail address, within 64 bytes"},
		{"reach me at jo@mail.example or 415-555-0198", []string{"email:jo@mail.example", "phone:415-555-0198"}, "North American after 'reach me at' and an e-mail address"},
		{"we could not reach the office; invoice 0121 234 5678", nil, "a word naming another number is nearer than the cue"},
		{"Tel: (201) 555-0123, call 201-555-0123", []string{"phone:(201) 555-0123", "phone:201-555-0123"}, "North American formats after a phone cue"},
		{"Caller (US office) on 202-555-0147, wants the invoices", []string{"phone:202-555-0147"}, "caller is a phone cue, like call and called"},
		{"My US number is (415) 555-0132.", []string{"phone:(415) 555-0132"}, "the parenthesised North American format is distinctive without a cue"},
		{"totaal 012 34 56 78 en 201-555-0123", nil, "foreign national formats need a phone cue"},
		{"klant bellen op 02/512.34.56, gsm 0475/12.34.56", []string{"phone:02/512.34.56", "phone:0475/12.34.56"}, "Belgian numbers with the area code before a slash, dots in the rest"},
		{"reachable on 030/23125 509 today", []string{"phone:030/23125 509"}, "a German number with a slash after the area code; reachable is a phone cue"},
		{"factuur 02/512.34.56 en dossier 030/23125 509", nil, "an area code before a slash needs a phone cue too"},
		{"out on licence since Sept, probation officer Jo Minter (0113 496 0271).", []string{"phone:0113 496 0271"}, "a naming word several words back names something else: a British grouping stands"},
		{"driving licence no. 0113 496 0271, serial 01632 960123", nil, "a naming word next to the number makes it no phone"},
		{"bel 01/05/2024 of 2/512.34.56", nil, "a date, and a first group without the trunk 0, are no area code before a slash"},
		{"tel. 0031 (0)30 251 88 04.", []string{"phone:0031 (0)30 251 88 04"}, "00, the country code and the trunk 0 in parentheses, as +31 (0)30 is"},
		{"Terugbellen op 0049 (0)30 23125-682 graag", []string{"phone:0049 (0)30 23125-682"}, "a German number after 00 and (0)"},
		{"ordernummer 0049 (0)30 23125-682, lengte 0031 (0)30 25", nil, "a number named as an order, and one too short for its country, are no phone"},
		{"Tel: 0800-1234 of 0900 123 4567", nil, "service numbers of organisations fall below the default confidence"},
		{"pieper 066 2345678", []string{"phone:066 2345678"}, "Dutch pager numbers (066) are personal like mobiles"},
		{"ordernummer (415) 555-0132", nil, "named as an order number"},
		{"My Israeli number is 09-7625400, mijn nummer: 030 123456", []string{"phone:09-7625400", "phone:030 123456"}, "a person's own number is a phone cue (Presidio's cases)"},
		{"his member number is 030 123456", nil, "a number named by what it is for is no phone"},
		{"Het BSN van mevrouw: haar nummer is 111222333", []string{"bsn:111222333"}, "'her number' does not hide a BSN named before it"},
	})
}

func TestIdentIBAN(t *testing.T) {
	identRun(t, []identCase{
		{"Aanbetaling ontvangen van NL29TRIO0940619865.", []string{"iban:NL29TRIO0940619865"}, "compact"},
		{"naar NL18 RABO 2538 3079 53. Eerste", []string{"iban:NL18 RABO 2538 3079 53"}, "groups of four"},
		{"from GB37NWBK53964918236011; first", []string{"iban:GB37NWBK53964918236011"}, "UK, 22 characters"},
		{"incasso op DE93869320527548076152.", []string{"iban:DE93869320527548076152"}, "German"},
		{"BE34321382591590 is Belgian", []string{"iban:BE34321382591590"}, "Belgian, 16 characters"},
		{"nl91abna0417164300", []string{"iban:nl91abna0417164300"}, "lower case, textbook example"},
		{"NL91 ABNA 0417 1643 00", []string{"iban:NL91 ABNA 0417 1643 00"}, "textbook example in groups"},
		{"FR14 2004 1010 0505 0001 3M02 606", []string{"iban:FR14 2004 1010 0505 0001 3M02 606"}, "French, letters in the BBAN"},
		{"overgemaakt naar NL49 ABNA 6381 7418 46; dat IBAN bestaat niet", nil, "fails mod-97"},
		{"DE70804654502878604917 fails validation", nil, "fails mod-97 (corpus decoy)"},
		{"GB86BARC95014447245589", nil, "fails mod-97"},
		{"NL91ABNA04171643001", nil, "one character too many"},
		{"NL91 ABNA 0417 1643 0012", nil, "groups run past the country's length"},
		{"XX91ABNA0417164300", nil, "no such country"},
		{"NL 91 ABNA 0417 1643 00", []string{"iban:NL 91 ABNA 0417 1643 00"}, "a space after the country code (stdnum's layouts)"},
		{"NL91-ABNA-0417-1643-00 en ES15-0049-1806-9121-1186-9374", []string{"iban:NL91-ABNA-0417-1643-00", "iban:ES15-0049-1806-9121-1186-9374"}, "dashes between the groups"},
		{"NO07.8380.08.06006, NO 44 1850.05.14562", []string{"iban:NO07.8380.08.06006", "iban:NO 44 1850.05.14562"}, "dots between the groups, as Norwegians write account numbers"},
		{"NO38 8200 06 10190 en ES10 0075 0080 11 0600658108", []string{"iban:NO38 8200 06 10190", "iban:ES10 0075 0080 11 0600658108"}, "national groupings: the characters come to the country's length at a group's end"},
		{"ES 58 0049 0290 3424 1352 8341", []string{"iban:ES 58 0049 0290 3424 1352 8341"}, "a Spanish IBAN with a space after ES is an IBAN, not a phone number with 0049"},
		{"ES 58 0049 0290 3424 1352 8342", nil, "mod-97 fails: consumed as an IBAN, never read as a phone number"},
		{"NL56 3003 0A17 1643 00", nil, "a letter where the Dutch BBAN (4!a10!n) has digits"},
		{"ES2121000418450200051331", nil, "mod-97 holds, Spain's national check digits do not"},
		{"LV80 bANK 0000 4351 9500 1", nil, "a lower-case letter where the registry has upper-case letters, with an upper-case country code"},
		{"VG96 VPVG 0000 0123 4567 8901 X in a sentence", []string{"iban:VG96 VPVG 0000 0123 4567 8901"}, "a letter after the IBAN's length is the next word"},
		{"es 91 2100 0418 4502 0005 1332", nil, "a space after a lower-case country code: 'es', 'de', 'is' are words"},
		{"Slash: AL47/2121/1009/0000/0002/3569/8741", nil, "slashes do not join an IBAN's groups"},
	})
}

func TestIdentBSN(t *testing.T) {
	identRun(t, []identCase{
		{"een kopie ID waarop het BSN 549291374 zichtbaar is", []string{"bsn:549291374"}, "named before"},
		{"BSN aanvrager 801667732 en BSN partner 431883683", []string{"bsn:801667732", "bsn:431883683"}, "a word between the name and the number"},
		{"citizen service number (BSN) 926308865 from", []string{"bsn:926308865"}, "English name"},
		{"his citizen service number 926308865", []string{"bsn:926308865"}, "English name without the abbreviation"},
		{"sofinummer 205700172 en postcode", []string{"bsn:205700172"}, "sofinummer"},
		{"Sofi-nummer: 205700172", []string{"bsn:205700172"}, "sofi-nummer"},
		{"BSN-nummer 123.456.782", []string{"bsn:123.456.782"}, "dotted, textbook example"},
		{"BSN: 1234 56 782", []string{"bsn:1234 56 782"}, "spaced 4-2-3"},
		{"Haar BSN is 853 19 41 30.", []string{"bsn:853 19 41 30"}, "spaced 3-2-2-2, as read aloud"},
		{"bsn 853-19-41-30", []string{"bsn:853-19-41-30"}, "dashed 3-2-2-2"},
		{"burgerservicenummer 700.64.22.01, partner", []string{"bsn:700.64.22.01"}, "dotted 3-2-2-2: a part over 255 makes it no IPv4 address"},
		{"versie 700.64.22.01 en IP 10.64.22.1", []string{"ip-address:10.64.22.1"}, "dotted 3-2-2-2 not named as a BSN is nothing; four parts of at most 255 stay an address"},
		{"Ordernummer 853 19 41 30", nil, "3-2-2-2 not named as a BSN"},
		{"BSN: 853 19 41-30", nil, "3-2-2-2 with mixed separators"},
		{"BSN: 85 31 94 13 0", nil, "a grouping nobody writes a BSN in"},
		{"111222333 is haar BSN", []string{"bsn:111222333"}, "named after the number (issue 16)"},
		{"549291374 was his BSN-nummer.", []string{"bsn:549291374"}, "named after the number, a compound"},
		{"549291374 is geen BSN", nil, "a negation before the name after the number"},
		{"Number 549291374 is his citizen service number; 111222333 is her citizen's service number", []string{"bsn:549291374", "bsn:111222333"}, "the English name after the number (docs/labeling.md names citizen service number)"},
		{"The number 549291374 was given as his sofi number.", []string{"bsn:549291374"}, "named after the number within five words"},
		{"549291374 – BSN of the tenant", []string{"bsn:549291374"}, "named after a dash"},
		{"549291374 (her BSN) and 111222333, his BSN, and 123456782 = BSN", []string{"bsn:549291374", "bsn:111222333", "bsn:123456782"}, "named after the number in brackets with an owner, in an apposition, after an equals sign"},
		{"549291374, BSN volgt later", nil, "an apposition names the number only with an owner word"},
		{"Ordernummer 549291374 (her BSN is on the form)", nil, "a word naming another number before it decides"},
		{"BSN given over the phone, 549291374; telefoon 111222333", []string{"bsn:549291374"}, "a phone word further back does not name nine digits, one just before does"},
		{"BSN needed for the payroll form is 549291374", []string{"bsn:549291374"}, "a word of another kind further back says what the BSN is for"},
		{"BSN verified; the order number given by her is 549291374", nil, "a word of another kind followed by a number word names the number"},
		{"BSN staat in het dossier onder nummer 549291374", nil, "a number word after the other kind's word names the number as that kind"},
		{"BSN checked, ordernummer van vandaag 549291374", nil, "a compound of nummer names a number of its own"},
		{"BSN 549-29-1374 and ordernummer 111-22-2333", []string{"bsn:549-29-1374"}, "3-2-4, as a US social security number is written"},
		{"549291374 was the order number, not her citizen service number", nil, "a word that names another number comes before the English name"},
		{"Invoice 549291374 - BSN of the tenant unknown", nil, "named as an invoice before the number"},
		{"549291374 is het ordernummer, niet het BSN", nil, "a word that names another number comes first"},
		{"Het burgerservicenummer van de aanvrager, zoals vermeld op het paspoort dat bij de intake door de medewerker is gecontroleerd: 111222333.", []string{"bsn:111222333"}, "named more than 80 bytes before, within the sentence"},
		{"Het BSN staat op de kopie.\nRetour 111222333 verwerkt", nil, "a name in an earlier line does not reach"},
		{"burgerservicenummer 12345672", []string{"bsn:12345672"}, "eight digits read with a leading zero"},
		{"549291374 (BSN)", []string{"bsn:549291374"}, "named after"},
		{"Dutch social security number 549291374 was on the form; social-fiscal number 111222333", []string{"bsn:549291374", "bsn:111222333"}, "the sofinummer's English names (issue 16)"},
		{"Her Dutch national ID number is 549291374, his Dutch tax number 111222333.", []string{"bsn:549291374", "bsn:111222333"}, "Dutch before qualifiers of an ID number names a BSN (issue 16)"},
		{"The Dutch personal identification number 549291374 and her Dutch citizen number 111222333", []string{"bsn:549291374", "bsn:111222333"}, "Dutch personal identification number, Dutch citizen number"},
		{"Her number: 549291374 (Dutch BSN).", []string{"bsn:549291374"}, "named after the number in brackets as a Dutch BSN"},
		{"Her tax number 549291374; national ID number 111222333; Dutch number 123456782", nil, "without Dutch, or without a qualifier, an ID number is not named as a BSN"},
		{"Dutch customer number 549291374", nil, "a word naming another number between Dutch and number"},
		{"burgerservicenumer 549291374; citizen servce number 111222333", []string{"bsn:549291374", "bsn:111222333"}, "the name misspelled: a compound of burgerservicen…, service typed without a letter"},
		{"customer servce number 549291374", nil, "a misspelled service without citizen names no BSN"},
		{"B.S.N. 549291374", []string{"bsn:549291374"}, "the abbreviation with dots"},
		{"A.S.N. 549291374; N.S.B. 111222333", nil, "other dotted letters name no BSN"},
		{"Her CSN is 549291374 (citizen service number).", []string{"bsn:549291374"}, "the English name in brackets after the number"},
		{"She quoted 549291374, which is her BSN", []string{"bsn:549291374"}, "a relative clause after the number names it"},
		{"She quoted 111222333, which is not her BSN", nil, "a negation in the relative clause"},
		{"Provided her BSN over the phone: 549291374; BSN given by phone 111222333", []string{"bsn:549291374", "bsn:111222333"}, "over the phone or by phone right before the number is how it was given"},
		{"BSN checked. Phone: 549291374", nil, "a phone word right before the number names it"},
		{"Dutch SSN 549291374; Netherlands TIN 111222333", []string{"bsn:549291374", "bsn:111222333"}, "SSN or TIN after Dutch: a person's Dutch TIN is the BSN (OECD TIN sheet)"},
		{"US SSN 549291374; TIN 111222333", nil, "SSN and TIN without Dutch"},
		{"citizen svc number 549291374; Citizen service #: 111222333", []string{"bsn:549291374", "bsn:111222333"}, "service abbreviated, number written as #"},
		{"Customer service #: 549291374", nil, "a # after service without citizen"},
		{"Klantnummer: 549291374, BSN onbekend.", nil, "named as a customer number; BSN names nothing here"},
		{"Het burgerservicenummer van mevrouw, zoals vermeld op haar paspoort, is 549291374.", []string{"bsn:549291374"}, "a long clause between"},
		{"BSN's: 111222333 en 123456782", []string{"bsn:111222333", "bsn:123456782"}, "a list"},
		{"Bestelling 100938668 geannuleerd", nil, "passes 11-proef, named as an order"},
		{"factuurnummer 722783802 twee keer verstuurd", nil, "named as an invoice"},
		{"Personeelsnummer 875707117 heeft", nil, "named as a personnel number"},
		{"Timesheet ID 953476091 was approved", nil, "named as a timesheet"},
		{"KvK-nummer 50242970. UBO", nil, "named as KvK"},
		{"BSN 111222333 en ordernummer 123456782", []string{"bsn:111222333"}, "the nearest name decides"},
		{"Opgegeven BSN 773759019 voldoet niet aan de 11-proef", nil, "called BSN, fails the 11-proef"},
		{"One gave BSN 233701423, which fails the 11-check", nil, "called BSN, fails the 11-proef"},
		{"Order number 254846166 shows as delivered", nil, "passes, but nothing calls it a BSN"},
		{"BSN bekend. Klantnummer volgt: 123456782", nil, "another sentence and another name"},
		{"het BSN 549291374x", nil, "runs on into a word"},
	})
}

func TestIdentCard(t *testing.T) {
	identRun(t, []identCase{
		{"betaling met Amex-creditcard 348749397443972 geslaagd", []string{"credit-card:348749397443972"}, "Amex compact"},
		{"Creditcard 5189 8419 7990 0338 gestolen", []string{"credit-card:5189 8419 7990 0338"}, "Mastercard in fours"},
		{"her Amex 3401 149864 48023 lost", []string{"credit-card:3401 149864 48023"}, "Amex 4-6-5"},
		{"paid with Mastercard 2411 4319 7129 9447.", []string{"credit-card:2411 4319 7129 9447"}, "Mastercard 2-series"},
		{"Order 4471 paid by Visa card 4321157547754186;", []string{"credit-card:4321157547754186"}, "nearest word is card"},
		{"test 4111-1111-1111-1111", []string{"credit-card:4111-1111-1111-1111"}, "dashes, textbook example"},
		{"kaart 5268201848580336 ongeldig", nil, "fails Luhn"},
		{"card number 4607-4302-1667-0225 rejected", nil, "fails Luhn"},
		{"Ticket barcode 5421 3020 3096 9276", nil, "fails Luhn"},
		{"nummer 1234567812345670", nil, "passes Luhn, no issuer starts with 1"},
		{"IMEI 490154203237518", nil, "a Luhn-valid IMEI is no card"},
		{"Licence key 4111 1111 1111 1111", nil, "named as a key"},
		{"Order placed and paid, 4111 1111 1111 1111 charged", []string{"credit-card:4111 1111 1111 1111"}, "the order word does not name the number"},
		{"my credit card: 122000000000003", []string{"credit-card:122000000000003"}, "UATP airline card: ISO/IEC 7812 industry 1, 15 digits (Presidio's case)"},
		{"NL91ABNA0417164300 4111 1111 1111 1111", []string{"iban:NL91ABNA0417164300", "credit-card:4111 1111 1111 1111"}, "a single space after an IBAN does not hide the card after it"},
		{"read out his card number on the call (4111 1111 1111 1111)", []string{"credit-card:4111 1111 1111 1111"}, "a phone word names no number of 16 digits: E.164 caps a phone number at 15"},
		{"on the call 3714 496353 98431", nil, "15 digits may be a phone number with its country code: the phone word still names it"},
	})
}

func TestIdentIP(t *testing.T) {
	identRun(t, []identCase{
		{"stemmen vanaf 192.0.2.201 ongeldig", []string{"ip-address:192.0.2.201"}, "IPv4"},
		{"router at 198.51.100.23 keeps dropping; firmware updated to 4.12.1.", []string{"ip-address:198.51.100.23"}, "version number is no address"},
		{"from 2001:db8:85a3::8a2e:370:7334; session", []string{"ip-address:2001:db8:85a3::8a2e:370:7334"}, "IPv6"},
		{"vanaf 2001:db8:3c4d:15::1a2f als verdacht", []string{"ip-address:2001:db8:3c4d:15::1a2f"}, "IPv6 ending in a hex group"},
		{"link-local fe80::1ff:fe23:4567:890a.", []string{"ip-address:fe80::1ff:fe23:4567:890a"}, "IPv6 starting with a letter"},
		{"admin from IP 2a01:7c8:aac3:1::4f today", []string{"ip-address:2a01:7c8:aac3:1::4f"}, "IPv6 whose first group starts with a digit and holds a letter"},
		{"10.0.0.1:8080 en 192.168.1.0/24", []string{"ip-address:10.0.0.1", "ip-address:192.168.1.0/24"}, "a port is not part of the address; a prefix length is (Presidio's CIDR cases)"},
		{"route 2001:db8::/32 en 10.0.0.0/33", []string{"ip-address:2001:db8::/32", "ip-address:10.0.0.0"}, "an IPv6 prefix; /33 is no IPv4 prefix length"},
		{"NL91ABNA0417164300 192.0.2.1", []string{"iban:NL91ABNA0417164300", "ip-address:192.0.2.1"}, "a single space after an IBAN does not hide the address after it"},
		{"levering 12.03.2024 en versie 1.2.3.4", nil, "a date and a version"},
		{"256.1.1.1 en 01.02.03.04 en 1.2.3.4.5", nil, "out of range, leading zeros, five parts"},
		{"om 10:30:45 uur, MAC 00:1a:2b:3c:4d:5e", nil, "a time and a MAC address"},
		{"loopback ::1 en ::ffff:192.0.2.1", []string{"ip-address:::1", "ip-address:::ffff:192.0.2.1"}, "leading double colon"},
		{"Code: abcd:ef01::1 en beef:cafe::", []string{"ip-address:abcd:ef01::1", "ip-address:beef:cafe::"}, "letters only in the first group"},
		{"zie paragraaf 3.2.1.4 en update naar 4.2.1.0", nil, "four small numbers are a section or version unless named as an address"},
		{"IP 3.2.1.4, dns 1.1.1.1 en 8.8.8.8", []string{"ip-address:3.2.1.4", "ip-address:1.1.1.1", "ip-address:8.8.8.8"}, "a cue makes four small numbers an address"},
		{"listen on 0.0.0.0", []string{"ip-address:0.0.0.0"}, "the unspecified address is no section number"},
		{"fe80::1%eth0 en fe80::1ff:fe23:4567:890a%12.", []string{"ip-address:fe80::1%eth0", "ip-address:fe80::1ff:fe23:4567:890a%12"}, "a link-local address with its zone index (RFC 4007; Presidio's case)"},
	})
}

// TestIdentAfterToken: a number that follows a token the scanner read
// whole, after one space, is read on its own although a digit precedes
// the space (issue 16: one space after a token ending in a digit hid the
// next identifier).
func TestIdentAfterToken(t *testing.T) {
	identRun(t, []identCase{
		{"NL20INGB0001234567 06-12345678", []string{"iban:NL20INGB0001234567", "phone:06-12345678"}, "after a compact IBAN"},
		{"NL91 ABNA 0417 1643 00 06-12345678", []string{"iban:NL91 ABNA 0417 1643 00", "phone:06-12345678"}, "after an IBAN in groups"},
		{"ref AB12 06-12345678", []string{"phone:06-12345678"}, "after a word with digits"},
		{"ref AB12\u00a006-12345678", []string{"phone:06-12345678"}, "after a word with digits and a no-break space"},
		{"ref AB12 3456 7890", nil, "the groups after a word with digits are not glued into one"},
		{"NL39 INGB 2268 0768 45 06-12345678", []string{"phone:06-12345678"}, "after an IBAN-shaped run that fails mod-97"},
	})
}

func TestIdentDOB(t *testing.T) {
	identRun(t, []identCase{
		{"expat J. O'Neill, geboren 03-11-1988, BSN 620201642.", []string{"date-of-birth:03-11-1988", "bsn:620201642"}, "geboren"},
		{"geboortedatum 9 februari 2006, toegang", []string{"date-of-birth:9 februari 2006"}, "Dutch month"},
		{"R. Pinas, geb. 11-12-1990: kandidaat", []string{"date-of-birth:11-12-1990"}, "geb."},
		{"geboortedatum 1985-04-22, mobiel", []string{"date-of-birth:1985-04-22"}, "ISO"},
		{"customer born 12 March 1979; new", []string{"date-of-birth:12 March 1979"}, "English month"},
		{"Priya Shah, DOB 14/08/1990, mobile", []string{"date-of-birth:14/08/1990"}, "slashes"},
		{"lead passenger DOB 07/22/1986, paid", []string{"date-of-birth:07/22/1986"}, "American month/day"},
		{"date of birth 5 January 1994 recorded", []string{"date-of-birth:5 January 1994"}, "date of birth"},
		{"born July 14, 2004 in Leeds", []string{"date-of-birth:July 14, 2004"}, "month first"},
		{"born on the 14th of July 2004", []string{"date-of-birth:14th of July 2004"}, "ordinal"},
		{"geb. 14 jul. 2004", []string{"date-of-birth:14 jul. 2004"}, "abbreviated month"},
		{"geboren op 14.07.2004", []string{"date-of-birth:14.07.2004"}, "dots"},
		{"D.O.B.: 1 May 2001", []string{"date-of-birth:1 May 2001"}, "D.O.B."},
		{"Mevrouw is op 12 mei 1990 geboren.", []string{"date-of-birth:12 mei 1990"}, "geboren after the date"},
		{"zoon, 03-05-2024 geboren", []string{"date-of-birth:03-05-2024"}, "geboren right after the date"},
		{"Jan Smit (12-05-1990, geb.) belde", nil, "a comma ends the context after the date"},
		{"De geplande levering was 12-03-2024.", nil, "no birth context"},
		{"levering 12 mei 2024, geboren in Utrecht", nil, "a comma after the date ends the context"},
		{"Oorspronkelijke boekingsdatum: 3 januari 2024.", nil, "another date word"},
		{"geboren 31-02-1990", nil, "no such day"},
		{"She was born in Leeds and joined us on 12 March 2019", nil, "too many words between born and the date"},
		{"date of birth of the lead passenger: 30 November 2007", []string{"date-of-birth:30 November 2007"}, "four words between"},
		{"Klant is geboren in Marokko, verhuisd op 12-03-2015", nil, "a comma ends the birth context"},
		{"Gast is geboren in 1980 en boekt voor 14 juli 2025", nil, "a number ends the birth context"},
		{"Hij is geboren in Utrecht. Contract loopt van 01-04-2024", nil, "a sentence ends the birth context"},
	})
}

func TestIdentHints(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		hint identHint
		want []string
	}{
		{"549291374", identHint{}, nil},
		{"549291374", identHint{BSNField: true}, []string{"bsn:549291374"}},
		{"549291375", identHint{BSNField: true}, nil},
		{"14-07-2004", identHint{}, nil},
		{"14-07-2004", identHint{BirthField: true}, []string{"date-of-birth:14-07-2004"}},
		{"14 juli 2004", identHint{BirthField: true}, []string{"date-of-birth:14 juli 2004"}},
		{"2004-07-14", identHint{BirthField: true}, []string{"date-of-birth:2004-07-14"}},
		{"2004-02-30", identHint{BirthField: true}, nil},
		{"1985-04-22T00:00:00.000Z", identHint{BirthField: true}, []string{"date-of-birth:1985-04-22"}},
	} {
		got := identFound(t, c, tc.text, tc.hint)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q %+v: got %q, want %q", tc.text, tc.hint, got, tc.want)
		}
	}
}

func TestIdentRules(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, rule string }{
		{"BSN 111222333", "bsn-11proef:example"},
		{"BSN 549291374", "bsn-11proef"},
		{"NL91ABNA0417164300", "iban-mod97:example"},
		{"NL29TRIO0940619865", "iban-mod97"},
		{"4111111111111111", "card-luhn-visa:example"},
		{"06-11839402", "phone-nl-mobile"},
		{"020-6284417", "phone-nl-landline"},
		{"+447700900864", "phone-e164"},
		{"geboren 14 juli 2004", "dob-nl-long"},
		{"born 14 July 2004", "dob-en-long"},
		{"geboren 14-07-2004", "dob-numeric"},
		{"geboren 2004-07-14", "dob-iso"},
		{"192.0.2.1", "ipv4:example"},
		{"10.1.2.3", "ipv4"},
		{"jan@example.com", "email:example"},
	} {
		fs := c.appendIdents(nil, tc.text)
		if len(fs) != 1 || fs[0].Rule != tc.rule || fs[0].Confidence < 0.5 {
			t.Errorf("%q: got %v, want one finding with rule %s", tc.text, fs, tc.rule)
		}
	}
}

// TestCorpusIdentifiers scores the identifiers of the development corpus
// by kind and exact value: every case must be right, and micro-F1 must
// not fall below 0.98.
func TestCorpusIdentifiers(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	all := scoreIdentifiers(t, c, readTextCorpus(t), func(tc textCase, fps, fns []string) {
		t.Run(tc.ID, func(t *testing.T) {
			t.Errorf("false positives %q, missed %q\ntext: %s", fps, fns, tc.Text)
		})
	})
	if all.f1() < 0.98 {
		t.Errorf("identifier micro-F1 %.3f is below 0.98", all.f1())
	}
}

// identWindow bounds the context of a decision about an identifier.
const identWindow = 320

func FuzzIdents(f *testing.F) {
	for _, cc := range readTextCorpus(f) {
		f.Add(cc.Text)
	}
	for _, s := range []string{"", "0", "+", "@", "(0", "06-", "+31 (0)", "\xff\xfe06\xc212345678", "1 2 3 4 5 6 7 8 9 0 1 2 3",
		"::", "a@b.c", strings.Repeat("9", 300), strings.Repeat("1.", 200), "NL91 ABNA 0417 1643 0", "geb. 29-02-2000",
		"NL 91 ABNA 0417 1643 00 06-12345678", "ES15-0049-1806-9121-1186-9374", "NO 44 1850.05.14562", "user@[192.0.2.1]",
		"x@[IPv6:2001:db8::1]", "Tel: (201) 555-0123", "bel 012 34 56 78", "fe80::1%eth0", "10.0.0.0/8", "111222333 is haar BSN",
		"14 020", "ref AB12 06-12345678", "j~doe{x}@example.com", "tel 0031 (0)30 251 88 04", "0049 (0)", "00 (0)1",
		"bel 02/512.34.56", "bsn 700.64.22.01", "030/23125 509/1"} {
		f.Add(s)
	}
	c, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := c.appendIdentsIn(nil, text, identHint{BSNField: true, BirthField: true})
		for _, x := range a {
			identCheckFinding(t, text, x)
		}
		b := c.appendIdentsIn(nil, text, identHint{BSNField: true, BirthField: true})
		if !slices.Equal(a, b) {
			t.Fatalf("not deterministic: %v then %v", a, b)
		}
		p := c.appendIdents(nil, text)
		for _, x := range p {
			identCheckFinding(t, text, x)
		}
		// A prefix before the text moves the findings, not what they are.
		const pre = "Notitie.\n"
		q := c.appendIdents(nil, pre+text)
		if len(q) != len(p) {
			t.Fatalf("prefix changed the findings: %v then %v", p, q)
		}
		for i := range q {
			q[i].Start -= len(pre)
			q[i].End -= len(pre)
		}
		if !slices.Equal(p, q) {
			t.Fatalf("prefix changed the findings: %v then %v", p, q)
		}
		// Decisions are local: cutting the text at k changes no finding
		// that starts identWindow bytes or more after k, as Scan needs.
		if k := len(text) / 3; k > 0 {
			var whole, cut []Finding
			for _, x := range p {
				if x.Start >= k+identWindow {
					whole = append(whole, x)
				}
			}
			for _, x := range c.appendIdents(nil, text[k:]) {
				x.Start += k
				x.End += k
				if x.Start >= k+identWindow {
					cut = append(cut, x)
				}
			}
			if !slices.Equal(whole, cut) {
				t.Fatalf("cut at %d: %v, whole text: %v", k, cut, whole)
			}
		}
	})
}

func TestIdentsAllocs(t *testing.T) {
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	clean := "Klant belde op 12-03-2024 om 10:30 over bestelling 100938668 (€ 89,95); " +
		"kaart 5268201848580336 geweigerd, versie 4.12.1, 1.200 stuks, route 3584 CS. " +
		"Customer called about order #60217 on 3 May; refund of £45.00 due 2024-05-01."
	if n := testing.AllocsPerRun(100, func() { c.appendIdents(nil, clean) }); n != 0 {
		t.Errorf("%v allocations for a text without identifiers", n)
	}
	if got := c.appendIdents(nil, clean); len(got) != 0 {
		t.Errorf("unexpected findings %v", got)
	}
	dirty := "BSN 549291374, mail a@b.nl, bel 06-11839402, IBAN NL91ABNA0417164300, geboren 14 juli 2004."
	dst := make([]Finding, 0, 16)
	if n := testing.AllocsPerRun(100, func() { c.appendIdents(dst[:0], dirty) }); n != 0 {
		t.Errorf("%v allocations with room in dst", n)
	}
	if got := c.appendIdents(dst[:0], dirty); len(got) != 5 {
		t.Errorf("got %d findings, want 5: %v", len(got), got)
	}
}

// identBenchCorpus generates n bytes of CRM notes, half Dutch, half
// English, with an identifier every ~200 bytes among ordinary numbers,
// dates, amounts, times and versions. It is deterministic. In the
// templates, each '#' becomes a random number of 1 to 9 digits and each
// '%' a two-digit one.
func identBenchCorpus(n int) string {
	x := uint64(0x9e3779b97f4a7c15)
	rnd := func(k int) int {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return int(x % uint64(k))
	}
	plain := []string{
		"Klant belde op %-%-2024 over de levering van bestelling #; pakket komt # dagen later. ",
		"Customer asked about order ## placed on % March; refund of £#.50 approved after % days. ",
		"Afspraak verzet naar donderdag %:30, kamer #; factuur # volgt binnen % werkdagen. ",
		"Ticket #: firmware updated to 4.%.1, router rebooted, # devices online, %% uptime. ",
		"Retourbedrag € #,95 wordt teruggestort; # artikelen ontvangen, # beschadigd (ref #). ",
		"The meeting on % June was moved; # attendees confirmed, budget €#.000, room #. ",
		"Mevrouw De Vries heeft # kaarten besteld voor % oktober; stoel #, rij %. ",
		"Contract loopt van 01-04-2024 tot %-09-2025; termijnbedrag € #, korting %%, # maanden. ",
		"Please call back before 5 pm; the engineer visits on Tuesday between 8:00 and 12:00. ",
		"Huurder meldt lekkage in de badkamer, loodgieter ingepland voor volgende week. ",
	}
	idents := []string{
		"Bereikbaar op 06-1%%%%%%. ", "Mail: klant#@example.nl. ", "BSN 549291374 genoteerd (dossier #). ",
		"IBAN NL91ABNA0417164300, mandaat #. ", "Card 4111 1111 1111 1111 charged (order #). ",
		"Login from 192.0.2.% blocked. ", "DOB 14/08/19% recorded. ", "Call +447700900%% today. ",
		"geboren 14 juli 19%, tel. 020-6%%%%%. ", "NL18 RABO 2538 3079 53 gewijzigd. ",
		"Viewing request from sam.whitfield@gmail.com; prefers Saturday. ", "Nummer +31 6 1928%%%% geport. ",
	}
	var b strings.Builder
	put := func(tmpl string) {
		for i := 0; i < len(tmpl); i++ {
			switch tmpl[i] {
			case '#':
				b.WriteString(strconv.Itoa(rnd(1000000000) >> uint(rnd(8)*3)))
			case '%':
				fmt.Fprintf(&b, "%02d", rnd(28)+1)
			default:
				b.WriteByte(tmpl[i])
			}
		}
	}
	for b.Len() < n {
		put(plain[rnd(len(plain))])
		if rnd(4) != 0 {
			put(idents[rnd(len(idents))])
		}
	}
	return b.String()
}

func TestIdentBenchCorpus(t *testing.T) {
	s := identBenchCorpus(1 << 16)
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	fs := c.filter(c.appendIdents(nil, s), 0)
	per := len(s) / max(len(fs), 1)
	t.Logf("%d bytes, %d identifiers, one every %d bytes", len(s), len(fs), per)
	if per < 100 || per > 400 {
		t.Errorf("one identifier every %d bytes, want about 200", per)
	}
}

func BenchmarkIdents(b *testing.B) {
	benchIdents(b, identBenchCorpus(1<<20))
}

// BenchmarkIdentsNotes measures the identifier pass alone over the corpus
// of BenchmarkText: the share of Text that the identifiers take.
func BenchmarkIdentsNotes(b *testing.B) {
	benchIdents(b, mixedCorpus(1<<20))
}

// benchIdents runs the identifier pass alone over s, reusing one
// findings slice.
func benchIdents(b *testing.B, s string) {
	c, err := New()
	if err != nil {
		b.Fatal(err)
	}
	dst := make([]Finding, 0, 1<<14)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	defer reportCPU(b, len(s))()
	for b.Loop() {
		dst = c.appendIdents(dst[:0], s)
	}
}

// TestIdentsGrowBounded checks that the room identifiers reserve at the
// density of a text's start stays bounded when the start is dense and the
// rest is plain: about a finding per 128 bytes of the text at most, not
// the start's density over the whole length (a quarter of a million
// findings here).
func TestIdentsGrowBounded(t *testing.T) {
	var b strings.Builder
	const n = 20000
	for i := range n {
		fmt.Fprintf(&b, "m%d@example.nl ", i)
	}
	for b.Len() < 4<<20 {
		b.WriteString("De klant belde over de levering van het pakket. ")
	}
	text := b.String()
	fs := Default().appendIdents(nil, text)
	if len(fs) != n {
		t.Fatalf("%d identifiers, want %d", len(fs), n)
	}
	if limit := len(text) / 64; cap(fs) > limit {
		t.Errorf("room for %d findings reserved for %d found, want at most %d", cap(fs), n, limit)
	}
}
