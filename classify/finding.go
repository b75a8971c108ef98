package classify

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
)

// Kind is what a finding matched: vocabulary evidence for a category, or an
// identifier of a given format.
type Kind string

// The kinds of finding.
const (
	Term        Kind = "term" // vocabulary evidence for a category
	Email       Kind = "email"
	Phone       Kind = "phone"
	IBAN        Kind = "iban"
	BSN         Kind = "bsn" // Category NationalID
	CreditCard  Kind = "credit-card"
	IPAddress   Kind = "ip-address"
	DateOfBirth Kind = "date-of-birth"
)

// Kinds returns every kind in a fixed order.
func Kinds() []Kind { return slices.Clone(kindOrder[:]) }

var kindOrder = [...]Kind{Term, Email, Phone, IBAN, BSN, CreditCard, IPAddress, DateOfBirth}

// Valid reports whether k is one of the defined kinds.
func (k Kind) Valid() bool { return k.bit() != 0 }

func (k Kind) bit() kindSet {
	// A switch, as Category.bit; TestCategoryBits checks it against
	// kindOrder.
	switch k {
	case Term:
		return 1 << 0
	case Email:
		return 1 << 1
	case Phone:
		return 1 << 2
	case IBAN:
		return 1 << 3
	case BSN:
		return 1 << 4
	case CreditCard:
		return 1 << 5
	case IPAddress:
		return 1 << 6
	case DateOfBirth:
		return 1 << 7
	}
	return 0
}

// kindSet is a set of kinds as a bit mask.
type kindSet uint16

// Finding is one piece of evidence of personal data: where it is and what
// it is. It never holds the matched text, so it can be logged, marshalled
// and stored without leaking the data it points at; text[Start:End] is the
// match.
//
// Confidence bands: 0.9 and above, a validated identifier or an
// unambiguous term about a person; 0.7 to 0.9, a strong term or an
// identifier with weaker context; 0.5 to 0.7, a weaker term that context
// supports; below 0.5, a weak signal that the default minimum drops.
type Finding struct {
	Category   Category `json:"category"`
	Kind       Kind     `json:"kind"`
	Rule       string   `json:"rule"`  // which rule fired: an opaque ID such as "v-74464a0161" or a check such as "bsn-11proef"; see LookupRule
	Start      int      `json:"start"` // byte offsets: text[Start:End]
	End        int      `json:"end"`
	Confidence float64  `json:"confidence"` // 0..1, bands above
	Field      string   `json:"field,omitempty"`
}

// String describes f without the data it points at, such as
// "health/term rule=v-74464a0161 [12:20] conf=0.90". The rule is an
// opaque ID, never the vocabulary word that matched.
func (f Finding) String() string {
	s := fmt.Sprintf("%s/%s rule=%s [%d:%d] conf=%.2f", f.Category, f.Kind, f.Rule, f.Start, f.End, f.Confidence)
	if f.Field != "" {
		s += " field=" + safeField(f.Field)
	}
	return s
}

// MarshalJSON writes f with its JSON tags; a Field that reads as
// personal data (see String) is written as "[data]", so that a finding
// marshalled into a log or report never carries a key that is a value.
func (f Finding) MarshalJSON() ([]byte, error) {
	type plain Finding // without the method
	p := plain(f)
	if p.Field != "" {
		p.Field = safeField(p.Field)
	}
	return json.Marshal(p)
}

// safeField returns a field name for String and LogValue, or "[data]"
// when the name reads as personal data (a JSON key that is an e-mail
// address given to Record): a log line must not carry it.
func safeField(name string) string {
	if nameLooksLikeData(name) {
		return "[data]"
	}
	return name
}

// LogValue implements slog.LogValuer: a finding logs as its category, kind,
// rule, offsets and confidence, never the data.
func (f Finding) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("category", string(f.Category)),
		slog.String("kind", string(f.Kind)),
		slog.String("rule", f.Rule),
		slog.Int("start", f.Start),
		slog.Int("end", f.End),
		slog.Float64("confidence", f.Confidence),
	}
	if f.Field != "" {
		attrs = append(attrs, slog.String("field", safeField(f.Field)))
	}
	return slog.GroupValue(attrs...)
}
