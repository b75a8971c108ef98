package classify

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
)

func pseudoKey(b byte) []byte { return bytes.Repeat([]byte{b}, MinKeyLen) }

func TestNewPseudonymiserKey(t *testing.T) {
	for _, key := range [][]byte{nil, {}, []byte("short"), pseudoKey(1)[:MinKeyLen-1]} {
		p, err := NewPseudonymiser(key)
		if !errors.Is(err, ErrShortKey) || p != nil {
			t.Errorf("NewPseudonymiser(%d bytes) = %v, %v; want ErrShortKey", len(key), p, err)
		}
	}
	for _, n := range []int{MinKeyLen, 64, 65, 200} {
		if _, err := NewPseudonymiser(bytes.Repeat([]byte{7}, n)); err != nil {
			t.Errorf("NewPseudonymiser(%d bytes): %v", n, err)
		}
	}
}

// TestTokenIsHMAC checks the token against crypto/hmac: kind, "_", then
// the hex of the first TokenBytes bytes of HMAC-SHA-256(key, kind 0x00
// normalised value).
func TestTokenIsHMAC(t *testing.T) {
	for _, key := range [][]byte{pseudoKey(3), bytes.Repeat([]byte("k"), 100)} {
		p, err := NewPseudonymiser(key)
		if err != nil {
			t.Fatal(err)
		}
		m := hmac.New(sha256.New, key)
		m.Write([]byte("bsn\x00111222333"))
		want := "bsn_" + hex.EncodeToString(m.Sum(nil)[:TokenBytes])
		if got := p.Token(BSN, "111.222.333"); got != want {
			t.Errorf("Token = %q, want %q", got, want)
		}
	}
	p, _ := NewPseudonymiser(pseudoKey(3))
	if !regexp.MustCompile(`^email_[0-9a-f]{32}$`).MatchString(p.Token(Email, "a@b.nl")) {
		t.Errorf("token form: %q", p.Token(Email, "a@b.nl"))
	}
}

func TestTokenNormalised(t *testing.T) {
	p, _ := NewPseudonymiser(pseudoKey(9))
	same := []struct {
		kind Kind
		vals []string
	}{
		{BSN, []string{"111222333", "111.222.333", "111 222 333", " 111-222-333 "}},
		{BSN, []string{"12345672", "012345672"}},
		{IBAN, []string{"NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300"}},
		{Phone, []string{"06-12345678", "+31 6 1234 5678", "0031612345678", "+31(0)6..."[:0] + "+31612345678"}},
		{Email, []string{"Jan.Jansen@Example.NL", "jan.jansen@example.nl", " jan.jansen@example.nl "}},
		{CreditCard, []string{"4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111"}},
		{IPAddress, []string{"2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001"}},
		{IPAddress, []string{"192.168.1.10", "::ffff:192.168.1.10"}},
		{DateOfBirth, []string{"14-07-2004", "14 juli 2004", "2004-07-14", "14/07/2004", "14 July 2004"}},
		{Term, []string{"Diabetes", "diabetes", "DIABÈTES"}},
	}
	for _, s := range same {
		want := p.Token(s.kind, s.vals[0])
		for _, v := range s.vals[1:] {
			if got := p.Token(s.kind, v); got != want {
				t.Errorf("Token(%s, %q) = %s, want %s as for %q (normalised %q vs %q)", s.kind, v, got, want, s.vals[0], NormaliseIdentifier(s.kind, v), NormaliseIdentifier(s.kind, s.vals[0]))
			}
		}
	}
	if p.Token(BSN, "111222333") == p.Token(Phone, "111222333") {
		t.Error("the same digits as BSN and phone give the same token")
	}
	if p.Token(BSN, "111222333") == p.Token(BSN, "123456782") {
		t.Error("different BSNs give the same token")
	}
}

func TestTokenKeys(t *testing.T) {
	p1, _ := NewPseudonymiser(pseudoKey(1))
	p1b, _ := NewPseudonymiser(pseudoKey(1))
	p2, _ := NewPseudonymiser(pseudoKey(2))
	if p1.Token(BSN, "111222333") != p1b.Token(BSN, "111222333") {
		t.Error("the same key gives different tokens")
	}
	if p1.Token(BSN, "111222333") == p2.Token(BSN, "111222333") {
		t.Error("different keys give the same token")
	}
}

// TestPseudonymiserKeyNeverShown checks String, GoString, every fmt verb,
// JSON and error texts for the key, in raw, hex and base64-ish forms.
func TestPseudonymiserKeyNeverShown(t *testing.T) {
	key := []byte("0123456789abcdefSECRETKEY-0123456789abcdef")
	p, err := NewPseudonymiser(key)
	if err != nil {
		t.Fatal(err)
	}
	j, _ := json.Marshal(p)
	jv, _ := json.Marshal(struct{ P *Pseudonymiser }{p})
	outs := []string{
		p.String(), p.GoString(), fmt.Sprint(p), fmt.Sprintf("%v %+v %#v %s %q %x %X %d", p, p, p, p, p, p, p, p),
		fmt.Sprintf("%v %+v %#v %x", *p, *p, *p, *p), string(j), string(jv),
	}
	_, err = NewPseudonymiser(key[:10])
	outs = append(outs, err.Error())
	for _, o := range outs {
		for _, k := range []string{string(key), "SECRETKEY", hex.EncodeToString(key), fmt.Sprint(key), fmt.Sprint(key[:10])} {
			if strings.Contains(o, k) {
				t.Errorf("output %q shows the key", o)
			}
		}
		if !strings.Contains(o, "redacted") && !strings.Contains(o, "shorter") {
			t.Errorf("output %q is not the redacted form", o)
		}
	}
	// The key bytes are not kept.
	if bytes.Contains(p.inner, key) || bytes.Contains(p.outer, key) {
		t.Error("the key is kept in the Pseudonymiser")
	}
}

func TestPseudonymiseTextAndRecord(t *testing.T) {
	p, _ := NewPseudonymiser(pseudoKey(5))
	text := "BSN 111222333, mail jan@example.nl, heeft diabetes."
	fs := []Finding{
		{Category: NationalID, Kind: BSN, Start: 4, End: 13},
		{Category: Ordinary, Kind: Email, Start: 20, End: 34},
		{Category: Health, Kind: Term, Start: 42, End: 50},
	}
	got := p.Text(text, fs)
	want := "BSN " + p.Token(BSN, "111222333") + ", mail " + p.Token(Email, "jan@example.nl") + ", heeft [health]."
	if got != want {
		t.Errorf("Text:\n got %q\nwant %q", got, want)
	}
	r := map[string]string{"BSN__c": "111.222.333", "Notes": text, "Diagnose__c": "astma"}
	rf := []Finding{
		{Category: NationalID, Kind: Term, Rule: RuleFieldName + "bsn", Field: "BSN__c"},
		{Category: Health, Kind: Term, Rule: RuleFieldName + "diagnose", Field: "Diagnose__c"},
	}
	for _, f := range fs {
		f.Field = "Notes"
		rf = append(rf, f)
	}
	gr := p.Record(r, rf)
	if gr["BSN__c"] != p.Token(BSN, "111222333") {
		t.Errorf("BSN__c = %q, want the BSN token so records still join", gr["BSN__c"])
	}
	if gr["Notes"] != want || gr["Diagnose__c"] != "[health]" {
		t.Errorf("Record = %v", gr)
	}
}

func TestPseudonymiserConcurrent(t *testing.T) {
	p, _ := NewPseudonymiser(pseudoKey(8))
	want := p.Token(Email, "a@example.nl")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				if got := p.Token(Email, "a@example.nl"); got != want {
					t.Errorf("concurrent token %q != %q", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkToken(b *testing.B) {
	p, _ := NewPseudonymiser(pseudoKey(8))
	b.ReportAllocs()
	for b.Loop() {
		p.Token(BSN, "111222333")
	}
}

// TestPseudonymiserZeroValue checks issue 13 finding 10: a Pseudonymiser
// not made by NewPseudonymiser reports ErrNoKey and never panics, never
// makes a token and never writes the value.
func TestPseudonymiserZeroValue(t *testing.T) {
	for name, p := range map[string]*Pseudonymiser{"zero": {}, "nil": nil} {
		if _, err := p.TokenOf(BSN, "111222333"); !errors.Is(err, ErrNoKey) {
			t.Errorf("%s TokenOf: %v, want ErrNoKey", name, err)
		}
		if got := p.Token(BSN, "111222333"); got != "[bsn]" {
			t.Errorf("%s Token = %q, want the placeholder", name, got)
		}
		text := "BSN 111222333, mail jan@example.nl"
		out := p.Text(text, Default().Text(text))
		rec := p.Record(map[string]string{"BSN__c": "111222333"}, Default().Record(map[string]string{"BSN__c": "111222333"}))
		for _, s := range []string{out, rec["BSN__c"]} {
			if strings.Contains(s, "111222333") || strings.Contains(s, "jan@example.nl") || strings.Contains(s, "bsn_") {
				t.Errorf("%s: output %q holds a value or a token", name, s)
			}
		}
	}
	if _, err := NewPseudonymiser(make([]byte, MinKeyLen)); !errors.Is(err, ErrWeakKey) {
		t.Errorf("all-zero key: %v, want ErrWeakKey", err)
	}
}

// TestTokenNotIdentifier checks issue 13 finding 10: BSN values without
// digits are no identifiers and get no token, so "onbekend" and "" do not
// join unrelated records.
func TestTokenNotIdentifier(t *testing.T) {
	p, err := NewPseudonymiser(bytes.Repeat([]byte{7}, MinKeyLen))
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"onbekend", "", "  ", "n.v.t.", "-"} {
		if tok, err := p.TokenOf(BSN, v); !errors.Is(err, ErrNotIdentifier) {
			t.Errorf("TokenOf(BSN, %q) = %q, %v; want ErrNotIdentifier", v, tok, err)
		}
		if got := p.Token(BSN, v); got != "[bsn]" {
			t.Errorf("Token(BSN, %q) = %q, want [bsn]", v, got)
		}
	}
	// A Dutch mobile with and without its leading zero, or with "(0)"
	// after the country code, is one number.
	want := p.Token(Phone, "06-12345678")
	for _, v := range []string{"612345678", "6 1234 5678", "+31 (0)6 12345678", "0031 (0)6-12345678", "+31612345678"} {
		if got := p.Token(Phone, v); got != want {
			t.Errorf("Token(Phone, %q) = %s, want %s as for 06-12345678 (normalised %q)", v, got, want, NormaliseIdentifier(Phone, v))
		}
	}
}
