package classify

import (
	"slices"
	"strings"
)

// Record classifies one CRM record, a map of field name to value. For each
// field whose value is not blank it reports
//
//   - what the field's name says: one Finding of Kind Term per special
//     category, with a Rule such as "field-name:f-09de396cd9" and Start = End =
//     0, since it is about the whole value (a record has no labels and no
//     object; use Field to judge a schema);
//   - what the value says: the findings of the text rules, with offsets
//     into that value. A record is about a person, so a value needs no
//     cue that a person is meant ("Diabetespatiënt" in a segment field). A value in a field named as BSN or as a date of
//     birth is read with that in mind, so "111222333" in BSN__c is a BSN.
//
// Every finding has Field set to its field's name. The findings are
// ordered by field name, then offset, then rule, and filtered by the
// classifier's options. The result is empty, never nil, when the record
// holds nothing of note.
func (c *Classifier) Record(r map[string]string) []Finding {
	c = c.orDefault()
	keys := make([]string, 0, len(r))
	for k := range r {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var out []Finding
	lx := fieldLex()
	for _, k := range keys {
		if isBlank(r[k]) {
			continue
		}
		out = c.appendValue(out, k, lx.analyseName(k), r[k])
	}
	if out == nil {
		return []Finding{}
	}
	return out
}

// appendValue appends the findings of one field of a record, whose name
// has been analysed as a: the field's name, then its value, ordered and
// filtered. The caller skips blank values.
func (c *Classifier) appendValue(dst []Finding, name string, a *nameAnalysis, value string) []Finding {
	n := len(dst)
	dst = c.appendNameFindings(dst, a, name)
	if a.bsnField || a.birthField {
		// Text's steps, with the hints of the name.
		m := len(dst)
		dst = c.appendTermsAbout(dst, value, true)
		dst = c.appendValueIdents(dst, value, a.bsnField, a.birthField)
		dst = c.filter(dst, m)
		sortFindings(dst[m:])
	} else {
		dst = c.appendTextAbout(dst, value, true)
	}
	for i := n; i < len(dst); i++ {
		dst[i].Field = name
	}
	return dst
}

// appendNameFindings appends, filtered, the special categories that a
// field's name says it holds.
func (c *Classifier) appendNameFindings(dst []Finding, a *nameAnalysis, name string) []Finding {
	if len(a.nameFindings) == 0 {
		return dst
	}
	n := len(dst)
	for _, f := range a.nameFindings {
		f.Field = name
		dst = append(dst, f)
	}
	return c.filter(dst, n)
}

func isBlank(s string) bool {
	return strings.TrimSpace(s) == ""
}
