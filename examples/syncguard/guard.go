package main

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/transfer"
)

// This file is the part to copy into your own integration: a Guard that
// decides, record by record, what may leave the CRM for a vendor outside
// the EEA, and Sync, which applies it. main.go only drives it.

// Action is what the guard does with one record.
type Action string

const (
	// Sent: the record holds no special categories and no identifiers in
	// free text; its mapped fields go to the vendor as they are.
	Sent Action = "sent"
	// Pseudonymised: special categories (AVG art. 9), a BSN or another
	// identifier were found in a field the vendor can do without reading:
	// each term is removed ("[removed]") and each identifier in free text
	// is replaced by a keyed token ("bsn_4f2a…") whose key stays in the
	// EEA, so the vendor can match repeated values but not read them (EDPB
	// Recommendations 01/2020, use case 2).
	Pseudonymised Action = "pseudonymised"
	// Refused: the record stays home and is flagged for a person: it holds
	// a category the guard never lets leave (criminal data, AVG art. 10;
	// UAVG art. 31-33), or special data in a field the vendor needs as it
	// is, which no placeholder can stand in for.
	Refused Action = "refused"
)

// Guard decides what of a CRM record may go to a vendor. Its fields are
// the policy; a Guard is safe for concurrent use once set up.
type Guard struct {
	// Classifier finds personal data; nil means classify.Default().
	Classifier *classify.Classifier
	// Pseudonymiser turns identifiers into tokens. Its key must stay in
	// the EEA, out of the vendor's reach.
	Pseudonymiser *classify.Pseudonymiser
	// Fields maps CRM fields to the vendor's fields. Nothing else leaves:
	// data minimisation (AVG art. 5(1)(c)). A Religie__c or BSN__c field
	// that is not mapped never reaches the vendor, whatever it holds.
	Fields map[string]string
	// Verbatim lists vendor fields the vendor needs as they are (a key,
	// the e-mail address to send to). Special data in one of them cannot
	// be replaced, so the record is refused.
	Verbatim []string
	// Refuse lists the categories that never leave, not even
	// pseudonymised.
	Refuse []classify.Category
}

// Decision is the guard's verdict on one record. It names fields,
// categories and kinds; never a value.
type Decision struct {
	ID         string              `json:"id"`
	Action     Action              `json:"action"`
	Categories []classify.Category `json:"categories"` // special categories found in what would leave
	Reasons    []string            `json:"reasons"`    // why, per field: "notes: health removed"
	Dropped    []string            `json:"dropped"`    // CRM fields with a value that were not sent (not mapped); a name that is data shows as "[field name withheld]"
	// Out is what goes to the vendor; nil when refused. It holds personal
	// data (an e-mail address): do not log it.
	Out map[string]string `json:"-"`
}

// Check decides what of record r may go to the vendor. id names the
// record in the decision (a CRM key, not personal data).
func (g *Guard) Check(id string, r map[string]string) Decision {
	c := g.Classifier
	if c == nil {
		c = classify.Default()
	}
	d := Decision{ID: id, Categories: []classify.Category{}, Reasons: []string{}, Dropped: []string{}}

	// 1. Minimise: only the mapped fields leave, under the vendor's names.
	out := make(map[string]string, len(g.Fields))
	for _, k := range slices.Sorted(maps.Keys(r)) {
		if to, ok := g.Fields[k]; ok {
			out[to] = r[k]
		} else if strings.TrimSpace(r[k]) != "" {
			d.Dropped = append(d.Dropped, fieldName(k))
		}
	}

	// 2. Classify what would leave, not the whole CRM record.
	findings := c.Record(out)
	var replace []classify.Finding
	cats := map[classify.Category]bool{}
	for _, f := range findings {
		special := f.Category.Special()
		if special {
			cats[f.Category] = true
		}
		switch {
		case special && slices.Contains(g.Refuse, f.Category):
			d.Reasons = appendOnce(d.Reasons, fmt.Sprintf("%s: %s never leaves (%s)", f.Field, f.Category, f.Category.Source()))
		case special && slices.Contains(g.Verbatim, f.Field):
			d.Reasons = appendOnce(d.Reasons, fmt.Sprintf("%s: %s in a field the vendor needs as it is", f.Field, f.Category))
		case slices.Contains(g.Verbatim, f.Field):
			// The e-mail address in the email field: that is what the
			// vendor is for.
		case special || f.Kind != classify.Term:
			replace = append(replace, f)
		}
	}
	for _, cat := range classify.Categories() {
		if cats[cat] {
			d.Categories = append(d.Categories, cat)
		}
	}
	if len(d.Reasons) > 0 {
		d.Action = Refused
		return d
	}
	if len(replace) == 0 {
		d.Action, d.Out = Sent, out
		return d
	}

	// 3. Pseudonymise: identifiers become tokens, terms placeholders. A
	// placeholder that names the category ("[health]") would still tell
	// the vendor that the customer has a health condition (CJEU C-184/20:
	// what reveals a special category indirectly is special data), so the
	// guard makes each one neutral: "[removed]".
	for _, f := range replace {
		if f.Kind == classify.Term {
			d.Reasons = appendOnce(d.Reasons, fmt.Sprintf("%s: %s removed", f.Field, f.Category))
		} else {
			d.Reasons = appendOnce(d.Reasons, fmt.Sprintf("%s: %s replaced by a token", f.Field, f.Kind))
		}
	}
	out = g.Pseudonymiser.Record(out, replace)
	for k, v := range out {
		out[k] = neutral(v)
	}

	// 4. Check the result again before it leaves: what the guard could
	// not replace is refused, never sent.
	for _, f := range c.Record(out) {
		if f.Category.Special() {
			d.Reasons = appendOnce(d.Reasons, fmt.Sprintf("%s: %s remains after pseudonymisation", f.Field, f.Category))
			d.Action = Refused
		}
	}
	if d.Action == Refused {
		return d
	}
	d.Action, d.Out = Pseudonymised, out
	return d
}

// placeholderRE matches the placeholders of classify.Redact and the
// Pseudonymiser: "[health]", "[health+religious-beliefs]", "[bsn]".
var placeholderRE = regexp.MustCompile(`\[[a-z]+(?:-[a-z]+)*(?:\+[a-z]+(?:-[a-z]+)*)*\]`)

// Removed is the neutral placeholder the guard puts where special data was.
const Removed = "[removed]"

// neutral replaces each placeholder of a category or kind in s by Removed.
func neutral(s string) string {
	return placeholderRE.ReplaceAllStringFunc(s, func(m string) string {
		for _, part := range strings.Split(m[1:len(m)-1], "+") {
			if !classify.Category(part).Valid() && !classify.Kind(part).Valid() {
				return m
			}
		}
		return Removed
	})
}

func appendOnce(xs []string, s string) []string {
	if slices.Contains(xs, s) {
		return xs
	}
	return append(xs, s)
}

// Vendor is the system the records go to.
type Vendor interface {
	// Upsert creates or updates one record at the vendor.
	Upsert(ctx context.Context, record map[string]string) error
}

// ErrTransferNotLawful is returned by Sync when the transfer to the
// vendor has no lawful basis under Chapter V AVG: nothing is sent.
var ErrTransferNotLawful = errors.New("syncguard: the transfer to the vendor is not lawful")

// Report is the outcome of a sync: every record's decision, in input
// order, and the transfer assessment it ran under.
type Report struct {
	Transfer  transfer.Assessment `json:"transfer"`
	Decisions []Decision          `json:"decisions"`
	Sent      int                 `json:"sent"`
	Pseudo    int                 `json:"pseudonymised"`
	Refused   int                 `json:"refused"`
}

// Sync checks the transfer to the vendor as of asOf, then sends each
// record that the guard lets go. Records are keyed by idField. A refused
// record is reported, not an error; an error of the vendor stops the sync.
func Sync(ctx context.Context, g *Guard, flow transfer.Flow, v Vendor, idField string, records []map[string]string, asOf time.Time) (Report, error) {
	var rep Report
	a, err := transfer.Evaluate(flow, asOf)
	if err != nil {
		return rep, fmt.Errorf("syncguard: transfer to %s: %w", flow.Importer.Name, err)
	}
	rep.Transfer = a
	if !a.Lawful {
		return rep, fmt.Errorf("%w: basis %s, risks %s", ErrTransferNotLawful, a.Basis, orNone(a.RiskIDs()))
	}
	for _, r := range records {
		d := g.Check(r[idField], r)
		if d.Out != nil {
			if err := v.Upsert(ctx, d.Out); err != nil {
				return rep, fmt.Errorf("syncguard: record %s: %w", d.ID, err)
			}
		}
		switch d.Action {
		case Sent:
			rep.Sent++
		case Pseudonymised:
			rep.Pseudo++
		case Refused:
			rep.Refused++
		}
		rep.Decisions = append(rep.Decisions, d)
	}
	return rep, nil
}

// withheld stands for a field name that reads as personal data.
const withheld = "[field name withheld]"

// fieldName returns a CRM field's name for output, or withheld when the
// name itself reads as personal data (an e-mail address or a BSN as a
// JSON key, a diagnosis as a header): the report masks values, so it
// must not print them as names either.
func fieldName(k string) string {
	if classify.NameLooksLikeData(k) {
		return withheld
	}
	return k
}
