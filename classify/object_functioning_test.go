package classify

import "testing"

// TestObjectFunctioningValues covers the values of schema.tsv that name
// a person's functioning as the functioning classifications do: the
// activities of daily living (Katz et al. 1963: toileting, continence),
// the instrumental ones (Lawton and Brody 1969) and the problems of the
// WHO's ICF (self-care d5, low vision b210, memory loss b144, reduced
// mobility d4). Among the values of a person's needs they are a
// functional limitation, health. Found by leaving biav's own lines out
// (issue 10): its "ADL's" needs were found by its own value line only.
func TestObjectFunctioningValues(t *testing.T) {
	c := Default()
	needs := func(values ...string) Object {
		return Object{Name: "Case", Fields: []Field{{Name: "Needs__c", Label: "Needs", Type: "MultiselectPicklist", Picklist: values}}}
	}
	cases := []objectCase{
		{
			name:   "a person's needs in daily living",
			obj:    needs("Not Discussed", "Self Care", "Home Safety", "Money Management"),
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Needs__c": {Health}},
			reason: "schema.tsv value self care (WHO ICF chapter d5 Self-care; Katz ADL): a person's need for help with self-care is a functional limitation",
		},
		{
			name:   "a person's problems",
			obj:    needs("Toileting", "Memory loss", "Transport"),
			kind:   ObjectUnknown,
			want:   map[string][]Category{"Needs__c": {Health}},
			reason: "schema.tsv value toileting (Katz ADL; ICF d530) and memory loss (ICF b144)",
		},
		{
			name:   "near miss: a company's departments",
			obj:    needs("Mobility", "Vision", "Memory", "Care"),
			kind:   ObjectUnknown,
			reason: "a word of the class alone (mobility, vision, memory, care) names a department, a statement or a product: only the classifications' phrases are a person's functioning",
		},
	}
	runObjectCases(t, c, cases)
}
