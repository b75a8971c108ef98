package classify

import (
	"crypto/sha256"
	"encoding"
	"encoding/hex"
	"errors"
	"fmt"
	"net/netip"
	"strings"
	"time"
	"unicode"

	"github.com/avgrisk/avgrisk/internal/fold"
)

// Pseudonymisation.
//
// A Pseudonymiser turns an identifier into a token, "bsn_" followed by 32
// hexadecimal digits: the kind, then the first TokenBytes bytes of
// HMAC-SHA-256(key, kind || 0x00 || normalised value). The same value
// gives the same token for one key, so a sync job can replace a BSN or an
// e-mail address by its token and still join records; without the key
// the token cannot be linked back to the value or to the token of another
// key. 128 bits of the MAC make a collision between two values
// negligible (about 2^-64 after 2^32 distinct values). The kind in the
// MAC input keeps a BSN and a phone number with the same digits apart.
//
// Values are normalised first, so the same identifier written
// differently yields the same token: a BSN, IBAN, card number or phone
// number counts its digits (and the IBAN its letters) only, a BSN of
// eight digits gets its leading zero, a Dutch phone number is written
// in international form (06-12345678 = +31 6 1234 5678 = 0031612345678),
// an e-mail address is lower-cased, an IP address takes its canonical
// form, a date of birth its ISO form where it can be parsed, and anything
// else is folded (case and diacritics).

// MinKeyLen is the shortest key NewPseudonymiser accepts, in bytes: the
// output size of SHA-256.
const MinKeyLen = 32

// TokenBytes is how many bytes of the MAC a token keeps; a token has
// twice as many hexadecimal digits.
const TokenBytes = 16

// ErrShortKey is returned by NewPseudonymiser for an empty key or one
// shorter than MinKeyLen bytes.
var ErrShortKey = errors.New("classify: pseudonymiser key is shorter than 32 bytes")

// ErrWeakKey is returned by NewPseudonymiser for a key of only zero
// bytes: an unset buffer, not a secret.
var ErrWeakKey = errors.New("classify: pseudonymiser key is all zero bytes")

// ErrNoKey is returned by TokenOf on a Pseudonymiser that was not made by
// NewPseudonymiser (a zero value or nil): it has no key to make tokens
// with.
var ErrNoKey = errors.New("classify: pseudonymiser has no key (use NewPseudonymiser)")

// ErrNotIdentifier is returned by TokenOf for a value that holds nothing
// of an identifier once normalised: a BSN without digits ("onbekend",
// ""), an empty e-mail address. Such values get no token, or unrelated
// records would join on it.
var ErrNotIdentifier = errors.New("classify: value is not an identifier")

// Pseudonymiser replaces identifiers by keyed tokens. It is safe for
// concurrent use. Only NewPseudonymiser makes a usable one: the zero
// value has no key, and TokenOf reports ErrNoKey (Token, Text and Record
// then write placeholders, never a token and never the value). It never
// shows its key: String, GoString, Format and
// MarshalJSON print a redacted form, and the key is not even kept as
// such: the Pseudonymiser holds the SHA-256 states after the HMAC's
// inner and outer key blocks, from which the key cannot be read back.
type Pseudonymiser struct {
	inner, outer []byte // marshalled sha256 states after key^ipad, key^opad
}

// NewPseudonymiser returns a Pseudonymiser for key, which must be at
// least MinKeyLen bytes of secret randomness. The key is not retained.
func NewPseudonymiser(key []byte) (*Pseudonymiser, error) {
	if len(key) < MinKeyLen {
		return nil, ErrShortKey
	}
	zero := true
	for _, b := range key {
		zero = zero && b == 0
	}
	if zero {
		return nil, ErrWeakKey
	}
	// HMAC (RFC 2104) with a key longer than the block is keyed by its
	// hash.
	const block = sha256.BlockSize
	k := key
	if len(k) > block {
		sum := sha256.Sum256(k)
		k = sum[:]
	}
	var ipad, opad [block]byte
	copy(ipad[:], k)
	copy(opad[:], k)
	for i := range ipad {
		ipad[i] ^= 0x36
		opad[i] ^= 0x5c
	}
	state := func(pad []byte) ([]byte, error) {
		h := sha256.New()
		h.Write(pad)
		return h.(encoding.BinaryMarshaler).MarshalBinary()
	}
	inner, err := state(ipad[:])
	if err != nil {
		return nil, errors.New("classify: pseudonymiser: sha256 state cannot be kept")
	}
	outer, err := state(opad[:])
	if err != nil {
		return nil, errors.New("classify: pseudonymiser: sha256 state cannot be kept")
	}
	clear(ipad[:])
	clear(opad[:])
	return &Pseudonymiser{inner: inner, outer: outer}, nil
}

// mac returns HMAC-SHA-256(key, msg), or ErrNoKey for a Pseudonymiser
// that NewPseudonymiser did not make.
func (p *Pseudonymiser) mac(msg []byte) ([sha256.Size]byte, error) {
	var out [sha256.Size]byte
	if p == nil || p.inner == nil || p.outer == nil {
		return out, ErrNoKey
	}
	h := sha256.New()
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(p.inner); err != nil {
		return out, ErrNoKey
	}
	h.Write(msg)
	var in [sha256.Size]byte
	h.Sum(in[:0])
	h = sha256.New()
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(p.outer); err != nil {
		return out, ErrNoKey
	}
	h.Write(in[:])
	h.Sum(out[:0])
	return out, nil
}

// Token returns the token of value as an identifier of kind k:
// string(k) + "_" + 32 hexadecimal digits, such as "bsn_4f2a…". The value
// is normalised first (see the package's pseudonymisation notes), so
// "111.222.333" and "111222333" give the same BSN token. Where TokenOf
// reports an error (no key, or a value that is no identifier), Token
// returns the kind's placeholder ("[bsn]"): never a token that would join
// unrelated records, never the value.
func (p *Pseudonymiser) Token(k Kind, value string) string {
	tok, err := p.TokenOf(k, value)
	if err != nil {
		return placeholder(Finding{Kind: k, Category: Ordinary})
	}
	return tok
}

// TokenOf is Token with its errors: ErrNoKey for a Pseudonymiser that
// NewPseudonymiser did not make, ErrNotIdentifier for a value whose
// normal form is empty (a BSN without digits, a blank value).
func (p *Pseudonymiser) TokenOf(k Kind, value string) (string, error) {
	norm := NormaliseIdentifier(k, value)
	if norm == "" {
		return "", ErrNotIdentifier
	}
	msg := make([]byte, 0, len(k)+1+len(norm))
	msg = append(msg, k...)
	msg = append(msg, 0)
	msg = append(msg, norm...)
	sum, err := p.mac(msg)
	if err != nil {
		return "", err
	}
	prefix := string(k)
	if prefix == "" {
		prefix = "value"
	}
	return prefix + "_" + hex.EncodeToString(sum[:TokenBytes]), nil
}

// Text returns text with each identifier finding replaced by its token
// and each term finding by its placeholder ("[health]"), as Redact does;
// everything outside the spans is unchanged, overlapping spans are
// merged (the first identifier of a merged span gives the token) and
// findings with bad offsets are ignored.
func (p *Pseudonymiser) Text(text string, findings []Finding) string {
	return replaceSpans(text, findings, func(fs []Finding, span string) string {
		for _, f := range fs {
			if f.Kind != Term && f.Kind != "" {
				return p.Token(f.Kind, text[f.Start:f.End])
			}
		}
		return mergedPlaceholder(fs)
	})
}

// Record returns a copy of r with the identifiers that findings point at
// replaced by their tokens and the terms by their placeholders, matched
// by Finding.Field. A field-level finding (from a field's name) replaces
// the whole value: by a BSN token for national-id, so that a BSN__c
// column still joins, and by the placeholder otherwise.
func (p *Pseudonymiser) Record(r map[string]string, findings []Finding) map[string]string {
	return rewriteRecord(r, findings, p.Text, func(value string, f Finding) string {
		if f.Category == NationalID {
			return p.Token(BSN, value)
		}
		return placeholder(f)
	})
}

// String returns a redacted description; the key is never shown.
func (p Pseudonymiser) String() string { return "classify.Pseudonymiser{key: [redacted]}" }

// GoString returns the same redacted description for %#v.
func (p Pseudonymiser) GoString() string { return p.String() }

// Format prints the redacted description for every verb, so that neither
// %v, %+v, %#v, %s, %x nor %q shows the key state.
func (p Pseudonymiser) Format(f fmt.State, verb rune) { fmt.Fprint(f, p.String()) }

// MarshalJSON returns a redacted form: {"key":"[redacted]"}.
func (p Pseudonymiser) MarshalJSON() ([]byte, error) {
	return []byte(`{"key":"[redacted]"}`), nil
}

// MarshalText returns the redacted description, so that encoders that
// use encoding.TextMarshaler (slog, YAML) show no key.
func (p Pseudonymiser) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// NormaliseIdentifier returns the canonical form of an identifier of kind
// k that Token hashes: digits only for a BSN (eight digits get a leading
// zero), card or phone number (a Dutch phone number in international
// form, 31…), upper-case letters and digits for an IBAN, lower case for
// an e-mail address, the canonical text of an IP address, YYYY-MM-DD for
// a date of birth that parses, and the folded text otherwise.
func NormaliseIdentifier(k Kind, value string) string {
	v := strings.TrimSpace(value)
	switch k {
	case BSN:
		d := digits(v)
		if len(d) == 8 {
			d = "0" + d
		}
		return d
	case CreditCard:
		return digits(v)
	case IBAN:
		var b strings.Builder
		for _, r := range v {
			if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				b.WriteRune(unicode.ToUpper(r))
			}
		}
		return b.String()
	case Phone:
		return normalisePhone(v)
	case Email:
		return strings.ToLower(v)
	case IPAddress:
		if a, err := netip.ParseAddr(strings.Trim(v, "[]")); err == nil {
			return a.Unmap().String()
		}
		return strings.ToLower(v)
	case DateOfBirth:
		if d, ok := parseDate(v); ok {
			return d
		}
	}
	return fold.String(v)
}

func digits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// normalisePhone writes a phone number as its digits in international
// form: "+31 6 1234 5678", "0031 6 12345678" and "06-12345678" all give
// "31612345678". A number with a plus or 00 keeps its country code; a
// national number (one leading zero) is read as Dutch.
func normalisePhone(v string) string {
	plus := strings.HasPrefix(v, "+")
	d := digits(v)
	switch {
	case plus:
		return dropTrunkZero(d)
	case strings.HasPrefix(d, "00"):
		return dropTrunkZero(d[2:])
	case strings.HasPrefix(d, "0"):
		return "31" + d[1:]
	case len(d) == 9 && d[0] == '6':
		// A Dutch mobile number without its leading 0 (612345678), as
		// spreadsheets that read it as a number write it.
		return "31" + d
	}
	return d
}

// dropTrunkZero drops the Dutch trunk prefix that people write after the
// country code: "+31 (0)6 12345678" is 31612345678.
func dropTrunkZero(d string) string {
	if strings.HasPrefix(d, "310") && len(d) == 12 {
		return "31" + d[3:]
	}
	return d
}

// dateLayouts are the forms of a date of birth that parseDate reads.
var dateLayouts = []string{
	"2006-01-02", "02-01-2006", "2-1-2006", "02/01/2006", "2/1/2006",
	"02.01.2006", "2.1.2006", "2 January 2006", "January 2, 2006",
	"2 Jan 2006", "Jan 2, 2006", "20060102",
}

var dutchMonths = strings.NewReplacer(
	"januari", "January", "februari", "February", "maart", "March",
	"april", "April", "mei", "May", "juni", "June", "juli", "July",
	"augustus", "August", "september", "September", "oktober", "October",
	"november", "November", "december", "December",
)

// parseDate reads a date in one of dateLayouts (Dutch month names too)
// and returns it as YYYY-MM-DD. Day-first is preferred, as in Dutch.
func parseDate(v string) (string, bool) {
	v = dutchMonths.Replace(strings.ToLower(v))
	v = strings.Join(strings.Fields(v), " ")
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, titleMonth(v)); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}

// titleMonth capitalises month names, which time.Parse needs.
func titleMonth(v string) string {
	words := strings.Fields(v)
	for i, w := range words {
		if w != "" && unicode.IsLetter(rune(w[0])) {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}
