package classify

import (
	"strings"
	"unicode/utf8"
)

// Context: the words before an identifier say what a number is ("BSN",
// "ordernummer", "tel.", "geboren"). The nearest word that names a kind of
// number decides, within a short window and within the sentence.

// wclass is what a word says about the number after it.
type wclass uint8

const (
	wNone    wclass = iota
	wBSN            // bsn, burgerservicenummer, sofinummer
	wPhone          // tel, telefoon, mobiel, phone, bel, bereikbaar, reach (me at)
	wCard           // card, creditcard, kaart, visa
	wNeg            // names another number: order, factuur, invoice, kvk, polis
	wWeak           // names another number when "nummer"/"number" follows: klant, customer
	wNum            // nummer, number, nr, no, id
	wService        // service, as in "citizen service number"
	wCitizen        // citizen, burger
	wOwner          // my, mijn, her, haar: "my number is", "haar nummer"
)

var wordClasses = map[string]wclass{
	"bsn": wBSN, "bsnnummer": wBSN, "bsnnr": wBSN, "burgerservicenummer": wBSN,
	"burgerservicenr": wBSN, "burgerservice": wBSN, "sofinummer": wBSN,
	"sofinr": wBSN, "sofi": wBSN,

	"tel": wPhone, "telnr": wPhone, "telefoon": wPhone, "telefonisch": wPhone,
	"mobiel": wPhone, "mobile": wPhone, "mob": wPhone, "gsm": wPhone, "phone": wPhone,
	"telephone": wPhone, "bel": wPhone, "bellen": wPhone, "belt": wPhone, "belde": wPhone,
	"gebeld": wPhone, "teruggebeld": wPhone, "terugbellen": wPhone, "bereikbaar": wPhone,
	"sms": wPhone, "whatsapp": wPhone, "call": wPhone, "called": wPhone, "calls": wPhone, "caller": wPhone,
	"calling": wPhone, "fax": wPhone, "cell": wPhone, "cellphone": wPhone, "mobielnummer": wPhone,
	"reach": wPhone, "reachable": wPhone, "ring": wPhone, "texts": wPhone, "texted": wPhone,
	// A call centre's shorthand and a message left: "cb no 07700 900481",
	// "callback on", "left voicemail on", "terugbelverzoek", "landline".
	"cb": wPhone, "callback": wPhone, "voicemail": wPhone, "terugbel": wPhone,
	"terugbelverzoek": wPhone, "voicemailbericht": wPhone, "ingesproken": wPhone,
	"landline": wPhone, "phoned": wPhone, "rang": wPhone, "dial": wPhone, "dialled": wPhone,

	"card": wCard, "cards": wCard, "kaart": wCard, "creditcard": wCard, "credit": wCard,
	"debit": wCard, "debitcard": wCard, "visa": wCard, "mastercard": wCard, "amex": wCard,
	"maestro": wCard, "pas": wCard, "betaalpas": wCard, "betaalkaart": wCard, "cc": wCard,
	"discover": wCard, "jcb": wCard, "diners": wCard, "unionpay": wCard, "vpay": wCard,

	"order": wNeg, "orders": wNeg, "bestelling": wNeg, "factuur": wNeg, "invoice": wNeg,
	"polis": wNeg, "policy": wNeg, "kvk": wNeg, "timesheet": wNeg, "iban": wNeg,
	"rekening": wNeg, "btw": wNeg, "vat": wNeg, "rsin": wNeg, "barcode": wNeg, "ean": wNeg,
	"imei": wNeg, "serial": wNeg, "licence": wNeg, "license": wNeg, "licentie": wNeg,
	"key": wNeg, "sleutel": wNeg, "tracking": wNeg, "zending": wNeg, "artikel": wNeg,
	"article": wNeg, "sku": wNeg, "transactie": wNeg, "transaction": wNeg, "ticket": wNeg,
	"dossier": wNeg, "ref": wNeg, "referentie": wNeg, "reference": wNeg, "kenmerk": wNeg,
	"mandaat": wNeg, "postcode": wNeg, "pin": wNeg, "pincode": wNeg, "bedrag": wNeg,
	"amount": wNeg, "total": wNeg, "totaal": wNeg, "batch": wNeg, "lot": wNeg,
	"personeel": wNeg, "personnel": wNeg, "payroll": wNeg, "salaris": wNeg, "kamer": wNeg,
	"room": wNeg, "boeking": wNeg, "booking": wNeg, "reservering": wNeg, "reservation": wNeg,
	"uitkering": wNeg, "aansluiting": wNeg, "meter": wNeg, "ean18": wNeg, "pnr": wNeg,

	"klant": wWeak, "klanten": wWeak, "customer": wWeak, "client": wWeak, "account": wWeak,
	"member": wWeak, "membership": wWeak, "lid": wWeak, "lidmaatschap": wWeak, "case": wWeak,
	"zaak": wWeak, "student": wWeak, "relatie": wWeak, "debiteur": wWeak, "debtor": wWeak,
	"employee": wWeak, "werknemer": wWeak, "medewerker": wWeak, "user": wWeak,
	"gebruiker": wWeak, "document": wWeak, "paspoort": wWeak, "passport": wWeak,
	"rijbewijs": wWeak, "abonnee": wWeak, "subscriber": wWeak, "contract": wWeak,
	"patient": wWeak, "vestiging": wWeak, "project": wWeak, "tax": wWeak,
	"insurance": wWeak, "verzekering": wWeak, "staff": wWeak, "support": wWeak,

	"nummer": wNum, "nummers": wNum, "number": wNum, "numbers": wNum, "nr": wNum,
	"nrs": wNum, "no": wNum, "num": wNum, "id": wNum, "ids": wNum,

	"service": wService,
	// Misspellings of "service" as typed in a hurry: "citizen servce number".
	"servce": wService, "sevice": wService, "serivce": wService, "servise": wService, "srvice": wService,
	"svc": wService,

	"my": wOwner, "mijn": wOwner, "his": wOwner, "her": wOwner, "zijn": wOwner, "haar": wOwner,
	"your": wOwner, "uw": wOwner, "je": wOwner, "jouw": wOwner, "their": wOwner, "hun": wOwner,
	"our": wOwner, "ons": wOwner, "onze": wOwner,
	"citizen": wCitizen, "citizens": wCitizen, "burger": wCitizen, "burgers": wCitizen,
}

// wordClassTable is wordClasses for classOf.
var wordClassTable = func() *wordTable[wclass] {
	t := newWordTable[wclass](len(wordClasses))
	for w, c := range wordClasses {
		*t.entry(w) = c
	}
	return t
}()

// negPrefixes start words that name other numbers: ordernummer,
// bestelnummer, factuurdatum, polisnummer, kvk-inschrijving.
var negPrefixes = [...]string{"order", "bestel", "factuur", "invoice", "polis", "kvk",
	"timesheet", "personeel", "transact", "referentie", "reference", "dossier", "licen",
	"track", "barcode", "serie", "serial", "artikel", "klantn", "contractn"}

// wspan is a word's byte offsets.
type wspan struct{ s, e int }

// maxContextWords bounds the words labelBefore reads.
const maxContextWords = 40

// bsnWindow is how far before a number the words that name it as a BSN
// are read, within the sentence or line: a form's prose can name the BSN
// well before the number ("Het burgerservicenummer van de aanvrager, zoals
// vermeld op het paspoort dat bij de intake is gecontroleerd: 111222333").
const bsnWindow = 200

// Stops for wordsBefore.
const (
	stopDigits = 1 << iota // a digit ends the context
	stopComma              // a comma or semicolon ends the context
)

// wordsBefore fills ws with the words in the window before p, nearest
// first, up to a sentence break or a stop, and returns their number. A
// word cut by the window's start is read whole.
func wordsBefore(t string, p, window, stop int, ws []wspan) int {
	lo := p - window
	if lo < 0 {
		lo = 0
	}
	n, i := 0, p
	for i > lo && n < len(ws) {
		b := t[i-1]
		switch {
		case isLetter(b) || b >= utf8.RuneSelf:
			e := i
			for i > 0 && e-i < 32 && (isLetter(t[i-1]) || t[i-1] >= utf8.RuneSelf) {
				i--
			}
			if e-i >= 32 {
				return n
			}
			ws[n] = wspan{i, e}
			n++
			continue
		case isDigit(b):
			if stop&stopDigits != 0 {
				return n
			}
		case b == ',' || b == ';':
			if stop&stopComma != 0 {
				return n
			}
		case b == '\n' || b == '\r' || b == '!' || b == '?' || b == '|' || b == '\t':
			return n
		case b == '.':
			// ". X" after a word of four letters or more ends a sentence;
			// "geb. 1", "tel. 0", "Dhr. A." do not.
			if i+1 < len(t) && t[i] == ' ' && 'A' <= t[i+1] && t[i+1] <= 'Z' {
				k := i - 1
				for k > 0 && isLetter(t[k-1]) {
					k--
				}
				if i-1-k >= 4 {
					return n
				}
			}
		}
		i--
	}
	return n
}

// lowerWord copies the ASCII word w of t, lowercased, into buf; false when
// it is too long or not ASCII.
func lowerWord(t string, w wspan, buf *[24]byte) ([]byte, bool) {
	if w.e-w.s > len(buf) {
		return nil, false
	}
	for i := w.s; i < w.e; i++ {
		b := t[i]
		if b >= utf8.RuneSelf {
			return nil, false
		}
		buf[i-w.s] = lower(b)
	}
	return buf[:w.e-w.s], true
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }
func hasSuffix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[len(b)-len(p):]) == p
}

// classOf returns what the word w says about a number after it.
func classOf(t string, w wspan) wclass {
	var buf [24]byte
	b, ok := lowerWord(t, w, &buf)
	if !ok {
		return wNone
	}
	if c, ok := wordClassTable.find(b); ok {
		return c
	}
	if hasPrefix(b, "bsn") || hasPrefix(b, "burgerservicen") {
		return wBSN // also a misspelled compound: "burgerservicenumer"
	}
	// Compounds of "nummer": the first part says which number.
	for _, suf := range [...]string{"nummers", "nummer", "numbers", "number", "nrs", "nr"} {
		if hasSuffix(b, suf) && len(b) > len(suf)+1 {
			head := b[:len(b)-len(suf)]
			c, _ := wordClassTable.find(head)
			if c == wNone && head[len(head)-1] == 's' { // personeelsnummer
				c, _ = wordClassTable.find(head[:len(head)-1])
			}
			switch c {
			case wBSN, wPhone, wCard:
				return c
			}
			return wNeg
		}
	}
	for _, p := range negPrefixes {
		if hasPrefix(b, p) {
			return wNeg
		}
	}
	return wNone
}

// labelBefore returns what the nearest naming words before p, within
// window bytes, say the number at p is: wBSN, wPhone, wCard, wNeg or wNone,
// and the index of the deciding word (0 is the word just before p). With
// digits set, a digit between the words and p ends the context. With own
// set, a person's own number ("my number is", "haar nummer", "my Israeli
// number") is a phone number, as people say it of their phone; callers
// that judge a BSN or a card leave it unset. Without digits set (the BSN's
// caller), a phone word is read past unless it stands right before the
// number: "BSN given over the phone, 549291374".
func (s *identScanner) labelBefore(p, window int, digits, own bool) (wclass, int) {
	stop := 0
	if digits {
		stop = stopDigits
	}
	var n int
	var ws []wspan
	if window <= 64 {
		var short [16]wspan // most calls: phones and cards look 32 or 40 bytes back
		n, ws = wordsBefore(s.text, p, window, stop, short[:]), short[:]
	} else {
		var long [maxContextWords]wspan
		n, ws = wordsBefore(s.text, p, window, stop, long[:]), long[:]
	}
	pending, numAt, farNeg, sawNum := false, 0, false, false
	for x := 0; x < n; x++ {
		c := classOf(s.text, ws[x])
		afterNum := pending && numAt == x-1
		sawNum = sawNum || c == wNum
		if pending {
			pending = false
			switch c {
			case wOwner:
				if own {
					return wPhone, x
				}
			case wNone, wCitizen, wWeak:
				if !own && !digits && bsnEnglishName(s.text, ws[x:n]) {
					return wBSN, x
				}
				if c == wWeak {
					return wNeg, x
				}
				// One word may come between: "my Israeli number".
				pending = c == wNone && own && x == numAt+1
			case wService:
				// "citizen service number", "citizen's service number",
				// "burger service nummer"
				y := x + 1
				if y < n && ws[y].e-ws[y].s == 1 && (s.text[ws[y].s]|0x20) == 's' {
					y++
				}
				if y < n && classOf(s.text, ws[y]) == wCitizen {
					return wBSN, x
				}
				return wNeg, x
			}
		}
		switch c {
		case wNum:
			pending, numAt = true, x
		case wPhone:
			if !digits && (x > 0 || strings.ContainsAny(s.text[ws[x].e:p], ",;") || givenBy(s.text, ws[x+1:n])) {
				// A BSN's nine digits are no phone number: "over the
				// phone" before them is how it was given, not their
				// name, unless it stands right before them ("tel
				// 549291374"); "her BSN over the phone: 549291374"
				// is how, even right before them.
				continue
			}
			return c, x
		case wNeg:
			if !digits && x > 1 && !afterNum && !sawNum && !numberWord(s.text, ws[x]) {
				// For a BSN, a word of another kind further back, with
				// no number word after it ("BSN needed for the payroll
				// form is 549291374", "BSN voor de uitkering van mei is
				// …"), says what the number is for; a BSN word before
				// it still names the number.
				farNeg = true
				continue
			}
			return c, x
		case wBSN:
			return c, x
		case wNone:
			if x+2 < n && dottedBSN(s.text, ws[x], ws[x+1], ws[x+2]) {
				return wBSN, x // "B.S.N. 549291374"
			}
			if x+1 < n && dutchIDAbbrev(s.text, ws[x], ws[x+1]) {
				return wBSN, x // "Dutch SSN 549291374", "Netherlands TIN"
			}
		case wService:
			// "citizen service #: 549291374"
			if x+1 < n && classOf(s.text, ws[x+1]) == wCitizen && strings.Contains(s.text[ws[x].e:p], "#") {
				return wBSN, x
			}
		case wCard:
			if farNeg {
				return wNeg, x
			}
			return c, x
		}
	}
	if farNeg {
		return wNeg, n
	}
	return wNone, n
}

// idQualifiers are the words an English writer puts between "Dutch" and
// "number" when naming a BSN: "Dutch national ID number", "Dutch
// personal identification number", "Dutch tax ID number", "Dutch citizen
// number".
var idQualifiers = map[string]bool{
	"national": true, "personal": true, "citizen": true, "citizens": true, "tax": true,
	"identity": true, "identification": true, "id": true, "public": true,
}

// bsnEnglishName reports whether the words ws (nearest first, ws[0] the
// word before "number") name the number as a BSN in English: "social
// security number" and "social-fiscal number" (the sofinummer's English
// names), or "Dutch" or "Netherlands" before one to three qualifiers
// ("Dutch national ID number", "Dutch tax number").
func bsnEnglishName(t string, ws []wspan) bool {
	var buf [24]byte
	word := func(i int) string {
		if i >= len(ws) {
			return ""
		}
		b, ok := lowerWord(t, ws[i], &buf)
		if !ok {
			return ""
		}
		return string(b)
	}
	if w := word(0); w == "security" || w == "fiscal" {
		return word(1) == "social"
	}
	for i := 0; i < 3 && i < len(ws); i++ {
		w := word(i)
		if !idQualifiers[w] {
			return i > 0 && (w == "dutch" || w == "netherlands")
		}
	}
	return false
}

// givenBy reports whether the words before a phone word (nearest first)
// say that something was given by phone: "over the phone", "by phone",
// "via telefoon", "per telefoon".
func givenBy(t string, ws []wspan) bool {
	if len(ws) == 0 {
		return false
	}
	var buf [24]byte
	b, ok := lowerWord(t, ws[0], &buf)
	if !ok {
		return false
	}
	switch string(b) {
	case "by", "via", "per", "over":
		return true
	case "the", "de":
		if len(ws) > 1 {
			b, ok = lowerWord(t, ws[1], &buf)
			return ok && (string(b) == "over" || string(b) == "on")
		}
	}
	return false
}

// dutchIDAbbrev reports whether the abbreviation w of a person's number
// (SSN, TIN) follows "Dutch" or "Netherlands" (word d): for a person the
// Dutch tax identification number is the BSN (OECD, TIN country sheet of
// the Netherlands), and "social security number" is the sofinummer's
// English name.
func dutchIDAbbrev(t string, w, d wspan) bool {
	a := t[w.s:w.e]
	if !strings.EqualFold(a, "ssn") && !strings.EqualFold(a, "tin") {
		return false
	}
	q := t[d.s:d.e]
	return strings.EqualFold(q, "dutch") || strings.EqualFold(q, "netherlands")
}

// dottedBSN reports whether the single letters n, s, b (nearest first)
// spell B.S.N. with dots.
func dottedBSN(t string, n, s, b wspan) bool {
	one := func(w wspan, c byte) bool {
		return w.e-w.s == 1 && t[w.s]|0x20 == c && w.e < len(t) && t[w.e] == '.'
	}
	return one(n, 'n') && one(s, 's') && one(b, 'b') && s.e+1 == n.s && b.e+1 == s.s
}

// numberWord reports whether the word w is a compound of "nummer" or
// "number" ("ordernummer", "invoicenumber", "polisnr"): it names a number
// of its own.
func numberWord(t string, w wspan) bool {
	var buf [24]byte
	b, ok := lowerWord(t, w, &buf)
	if !ok {
		return false
	}
	for _, suf := range [...]string{"nummers", "nummer", "numbers", "number", "nrs", "nr"} {
		if hasSuffix(b, suf) && len(b) > len(suf) {
			return true
		}
	}
	return false
}

// bsnNamed reports whether the words around the number at
// text[start:end] name it as a BSN, or as something else.
func (s *identScanner) bsnNamed(start, end int) (named, neg bool) {
	switch c, _ := s.labelBefore(start, bsnWindow, false, false); c {
	case wBSN:
		return true, false
	case wNeg, wPhone, wCard:
		return false, true
	}
	return bsnAfter(s.text, end) || bsnNamedAfter(s.text, end), false
}

// bsnNamedAfter reports whether the words just after the number that ends
// at end name it as a BSN: "111222333 is haar BSN", "549291374 was his
// BSN", "549291374 is his citizen service number", "549291374 was given
// as her sofi number", "549291374 – BSN of the tenant", "549291374 =
// BSN", "549291374, her BSN, …". The BSN word (or
// "citizen service number") comes within five words and 40 bytes, joined
// by single spaces, after at most a dash; a negation ("geen", "not") or a
// word that names another number ends the look.
func bsnNamedAfter(t string, end int) bool {
	k := end
	// An apposition: "549291374, her BSN, …" (an owner word must begin it).
	appos := strings.HasPrefix(t[k:], ", ")
	if appos {
		k++
	}
	for w := 0; w < 5; w++ {
		if k >= len(t) || t[k] != ' ' {
			return false
		}
		k++
		if w == 0 && !appos {
			for _, dash := range [...]string{"- ", "– ", "— ", "= "} {
				if strings.HasPrefix(t[k:], dash) {
					k += len(dash) - 1 // onto the space after the dash
					break
				}
			}
			if k < len(t) && t[k] == ' ' {
				continue
			}
		}
		e := k
		for e < len(t) && isLetter(t[e]) && e-k < 24 {
			e++
		}
		if e == k || e-end > 40 || wordAt(t, e) {
			return false
		}
		c := classOf(t, wspan{k, e})
		if appos && c != wOwner && !(w == 0 && whichWord(t[k:e])) {
			return false
		}
		appos = false
		switch {
		case c == wBSN:
			return true // also "BSN-nummer"
		case c == wCitizen:
			rest := t[e:]
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "'s"), "’s")
			return hasPrefixFold(rest, " service number") || hasPrefixFold(rest, " service no")
		case c != wNone && c != wOwner || e < len(t) && t[e] == '-':
			return false
		}
		var buf [24]byte
		if b, ok := lowerWord(t, wspan{k, e}, &buf); ok && negationWords[string(b)] {
			return false
		}
		k = e
	}
	return false
}

// whichWord reports whether w opens a relative clause that may name the
// number before it: "549291374, which is her BSN".
func whichWord(w string) bool {
	return strings.EqualFold(w, "which") || strings.EqualFold(w, "dat") || strings.EqualFold(w, "wat")
}

// negationWords deny what follows: "549291374 is geen BSN".
var negationWords = map[string]bool{
	"geen": true, "niet": true, "nooit": true, "not": true, "no": true, "never": true, "isn": true,
}

// bsnAfter reports whether a BSN word in brackets follows end, after at
// most an owner word or "Dutch": "549291374 (BSN)", "549291374
// [burgerservicenummer]", "549291374 (her BSN)", "549291374 (Dutch BSN)".
func bsnAfter(t string, end int) bool {
	k := end
	if k < len(t) && t[k] == ' ' {
		k++
	}
	if k >= len(t) || t[k] != '(' && t[k] != '[' {
		return false
	}
	k++
	e := k
	for e < len(t) && e-k < 24 && isLetter(t[e]) {
		e++
	}
	if e > k && e < len(t) && t[e] == ' ' && (classOf(t, wspan{k, e}) == wOwner || hasPrefixFold(t[k:e], "dutch") && e-k == 5) {
		// "549291374 (her BSN)", "549291374 (Dutch BSN)"
		k = e + 1
		e = k
		for e < len(t) && e-k < 24 && isLetter(t[e]) {
			e++
		}
	}
	if e == k || wordAt(t, e) && !(e < len(t) && isDigit(t[e])) {
		return false
	}
	switch classOf(t, wspan{k, e}) {
	case wBSN:
		return true
	case wCitizen:
		// "549291374 (citizen service number)"
		rest := strings.TrimPrefix(strings.TrimPrefix(t[e:], "'s"), "’s")
		return hasPrefixFold(rest, " service number") || hasPrefixFold(rest, " service no")
	}
	return false
}

// birthWords are the words that name a date as a birth date.
var birthWords = map[string]bool{
	"geboren": true, "geb": true, "geboortedatum": true, "geboortedag": true,
	"geboorte": true, "gebdatum": true, "gebdat": true, "dob": true, "born": true,
	"birth": true, "birthdate": true, "geboortedata": true,
}

// birthBefore reports whether the words just before p name the date at p
// as a birth date; the context ends at a digit, a comma or the sentence,
// and the naming word ends at most 28 bytes and four words before p.
func (s *identScanner) birthBefore(p int) bool {
	var ws [16]wspan
	t := s.text
	n := wordsBefore(t, p, 40, stopDigits|stopComma, ws[:])
	for x := 0; x < n; x++ {
		if ws[x].e < p-28 || x > 4 {
			return false
		}
		switch t[ws[x].s] | 0x20 { // every birth word starts so
		case 'g', 'b', 'd':
		default:
			continue
		}
		var buf [24]byte
		b, ok := lowerWord(t, ws[x], &buf)
		if !ok {
			continue
		}
		if birthWords[string(b)] {
			return true
		}
		// "d.o.b."
		if string(b) == "b" && x+2 < n && ws[x+1].e-ws[x+1].s == 1 && ws[x+2].e-ws[x+2].s == 1 &&
			t[ws[x+1].s]|0x20 == 'o' && t[ws[x+2].s]|0x20 == 'd' {
			return true
		}
	}
	return false
}

// birthAfter reports whether a birth word follows the date that ends at
// end within two words: "op 12 mei 1990 geboren", "12-05-1990 (geb.)",
// "14 July 2004 (DOB)".
func (s *identScanner) birthAfter(end int) bool {
	t := s.text
	k := end
	if k < len(t) && t[k] == ' ' {
		k++
	}
	if k < len(t) && t[k] == '(' {
		k++
	}
	for w := 0; w < 2 && k < len(t) && k-end < 24; w++ {
		e := k
		for e < len(t) && isLetter(t[e]) && e-k < 16 {
			e++
		}
		if e == k || wordAt(t, e) {
			return false
		}
		var buf [24]byte
		if b, ok := lowerWord(t, wspan{k, e}, &buf); ok && birthWords[string(b)] && string(b) != "birth" {
			return true
		}
		if e < len(t) && t[e] == '.' && e-k <= 3 { // "geb."
			e++
		}
		if e >= len(t) || t[e] != ' ' {
			return false
		}
		k = e + 1
	}
	return false
}
