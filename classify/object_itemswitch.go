package classify

import "strings"

// Item switches: an organisation's record often says which items of data
// a contract, a form or a report collects, as checkboxes named by the
// items themselves: "Age", "Marital Status", "Salary Range", "Referral
// Source", "Disability", "PHQ-9" on a client organisation's Account (an
// employee assistance programme's reporting settings). A checkbox cannot
// hold an age or a marital status, so such a checkbox turns the item on;
// and where an organisation has itemSwitchMin of them, a checkbox named
// for a category ("Disability", "PHQ-9") is one more such switch, not a
// fact about a person. Only on an organisation: a person's record has
// checkboxes of its own ("Email Opt Out", "Do Not Call", "Disability").

// itemSwitchMin is the number of custom checkboxes named by ordinary
// data items (fields.tsv plain and identifier-kind words, schema.tsv
// system lines: age) that make an organisation's checkboxes item
// switches.
const itemSwitchMin = 3

// itemSwitches reports whether the boolean fields of an organisation are
// switches of the items it collects.
func (lx *fieldLexicon) itemSwitches(v *objectVerdict, fields []Field, sc *splitCache) bool {
	if v.kind != ObjectOrganisation {
		return false
	}
	n := 0
	for _, f := range fields {
		if !booleanType(f.Type) || !strings.HasSuffix(f.Name, "__c") {
			continue // the platform's own checkboxes (IsDeleted, IsLocked) turn no item on
		}
		nameTokens, labelTokens := sc.name(f.Name), sc.label(f.Label)
		if lx.schema.system[strings.Join(lx.bases(nameTokens), " ")] != nil || lx.schema.system[strings.Join(lx.bases(labelTokens), " ")] != nil {
			n++ // "Age", by its name or its label
			continue
		}
		a := lx.analyseTokens(objectOrg, nameTokens, labelTokens, false)
		item := a.plain
		for _, k := range a.kinds {
			item = item || k.conf > 0
		}
		if item {
			n++
		}
	}
	return n >= itemSwitchMin
}
