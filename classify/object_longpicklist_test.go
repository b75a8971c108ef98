package classify

import (
	"fmt"
	"testing"
)

// TestObjectLongPicklist covers a long picklist of places or codes
// (longPicklist): one value among hundreds that is a category term by
// chance ("Drie Ziek", a South African place) is no evidence. Found
// leaving aselo's own lines out (issue 10, leave-one-source-out:
// Childline South Africa's District, 852 place names, was health
// without aselo's checklist line).
func TestObjectLongPicklist(t *testing.T) {
	c := Default()
	places := []string{"Drie Ziek"}
	for i := range longPicklist {
		places = append(places, fmt.Sprintf("Ward %d", i+1))
	}
	cases := []objectCase{
		{
			name: "one category term among a hundred places says nothing",
			obj: Object{Name: "CallerInformation", Fields: []Field{
				{Name: "region", Label: "Region", Type: "select", Picklist: places},
			}},
			kind:   ObjectUnknown,
			reason: "longPicklist: from 100 values a picklist is a list of places or codes, and one value alone (fields.tsv ziek, 0.9) needs a second",
		},
		{
			name: "near miss: one strong value of a short list stays evidence",
			obj: Object{Name: "CallerInformation", Fields: []Field{
				{Name: "absence_reason", Label: "Absence reason", Type: "select", Picklist: []string{"Vakantie", "Ziek", "Verlof"}},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"absence_reason": {Health}},
			reason: "a short list of a person's answers: the whole value Ziek is a category term (readPicklist whole)",
		},
	}
	runObjectCases(t, c, cases)
}
