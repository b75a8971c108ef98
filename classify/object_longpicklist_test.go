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

// TestObjectDeclarationOption covers the one option of a consent
// checkbox written as a sentence (declarationWords): its words name the
// procedure the person agrees to, not the person's category. Found on
// teachingvacancies (issue 10: a self-disclosure's agreed_for_*
// declarations).
func TestObjectDeclarationOption(t *testing.T) {
	c := Default()
	cases := []objectCase{
		{
			name: "a declaration to tick names the procedure",
			obj: Object{Name: "application_declarations", Fields: []Field{
				{Name: "agreed_information_sharing", Type: "string", Picklist: []string{"I understand that the results of the criminal record check may be supplied to other organisations where necessary to safeguard children."}},
			}},
			kind:   ObjectUnknown,
			reason: "declarationWords: the one option of a checkbox, 12 words or more, is the declaration a person ticks",
		},
		{
			name: "near miss: long options among several are the person's answers",
			obj: Object{Name: "application_declarations", Fields: []Field{
				{Name: "history", Type: "string", Picklist: []string{
					"I have a criminal record for an offence committed in the last five years or earlier",
					"I have no criminal record for any offence committed in the last five years or earlier",
				}},
			}},
			kind:   ObjectUnknown,
			want:   map[string][]Category{"history": {Criminal}},
			reason: "two options: the person picks one, and criminal record (fields.tsv) in them is the answer",
		},
	}
	runObjectCases(t, c, cases)
}
