package avgtest

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
)

// NoSpecialCategories reports a test error when record holds special
// categories of personal data (Art. 9 and 10 AVG, the BSN), as
// classify.Default finds them in its field names and values. The message
// names each field with its categories and the byte offsets of the
// evidence, never the value. It returns whether the record is clean.
func NoSpecialCategories(t testing.TB, record map[string]string) bool {
	t.Helper()
	found := map[string][]classify.Finding{}
	for _, f := range classify.Default().Record(record) {
		if f.Category.Special() {
			found[f.Field] = append(found[f.Field], f)
		}
	}
	if len(found) == 0 {
		return true
	}
	fields := make([]string, 0, len(found))
	for k := range found {
		fields = append(fields, k)
	}
	slices.Sort(fields)
	for _, field := range fields {
		t.Errorf("avgtest: field %q holds %s", field, describe(found[field]))
	}
	return false
}

// NoSpecialFields reports a test error for each field of a schema that
// holds special categories by its name, label or sample values. The message
// names the field and its categories, never a value. It returns whether
// every field is clean.
func NoSpecialFields(t testing.TB, fields ...classify.Field) bool {
	t.Helper()
	ok := true
	for _, f := range fields {
		var special []classify.Finding
		for _, fd := range classify.Default().Field(f) {
			if fd.Category.Special() {
				special = append(special, fd)
			}
		}
		if len(special) > 0 {
			ok = false
			name := f.Name
			if f.Object != "" {
				name = f.Object + "." + f.Name
			}
			t.Errorf("avgtest: field %q holds %s", name, describe(special))
		}
	}
	return ok
}

// describe lists the categories of findings with their kinds and offsets,
// such as "health (term at 12-20)".
func describe(fs []classify.Finding) string {
	byCat := map[classify.Category][]string{}
	for _, f := range fs {
		byCat[f.Category] = append(byCat[f.Category], fmt.Sprintf("%s at %d-%d", f.Kind, f.Start, f.End))
	}
	var parts []string
	for _, c := range classify.Categories() {
		if ev, ok := byCat[c]; ok {
			parts = append(parts, fmt.Sprintf("%s [%s] (%s)", c, c.Source(), strings.Join(ev, ", ")))
		}
	}
	return "special categories: " + strings.Join(parts, "; ")
}

// Lawful reports a test error when the flow is not lawful under Chapter V
// AVG as of asOf, or is invalid, as transfer.Evaluate judges it. The
// message names the importer, the basis and the remaining risks. It
// returns whether the flow is lawful.
func Lawful(t testing.TB, f transfer.Flow, asOf time.Time) bool {
	t.Helper()
	a, err := transfer.Evaluate(f, asOf)
	if err != nil {
		t.Errorf("avgtest: transfer to %q: %v", f.Importer.Name, err)
		return false
	}
	if !a.Lawful {
		t.Errorf("avgtest: transfer to %q is not lawful as of %s: basis %s, risks %v",
			f.Importer.Name, asOf.Format(time.DateOnly), a.Basis, a.RiskIDs())
		return false
	}
	return true
}

// RetentionDecision reports a test error when the decision for r as of now
// under schedule s is not want, or cannot be made. A nil s means
// retention.Netherlands(). The message names the record's ID and category,
// the action, the reason and the deletion date. It returns the decision.
func RetentionDecision(t testing.TB, s *retention.Schedule, r retention.Record, now time.Time, want retention.Action) retention.Decision {
	t.Helper()
	if s == nil {
		s = retention.Netherlands()
	}
	d, err := s.Decide(r, now)
	if err != nil {
		t.Errorf("avgtest: record %q: %v", r.ID, err)
		return d
	}
	if d.Action != want {
		from := "none"
		if !d.DeleteFrom.IsZero() {
			from = d.DeleteFrom.Format(time.DateOnly)
		}
		t.Errorf("avgtest: record %q (%s) as of %s: action %s, want %s (reason %s, delete from %s)",
			r.ID, r.Category, now.Format(time.DateOnly), d.Action, want, d.Reason, from)
	}
	return d
}
