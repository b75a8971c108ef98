package classify

import (
	"fmt"
	"strings"
)

// valueBoxTruncated is the least length of a checkbox's key that may
// match a picklist value it begins (valueBoxes): Salesforce cuts a
// label at 40 characters ("Native Hawaiian or other Pacific Islande").
const valueBoxTruncated = 20

// valueBoxMin is the least number of an object's checkboxes that must
// repeat values of one sibling picklist for them to take its category
// (valueBoxes).
const valueBoxMin = 2

// valueBoxShare is the least share of a picklist's values that
// checkboxes must repeat (valueBoxes): a box per value repeats the list;
// two boxes named as two of fourteen stages of a sale ("30 Day
// Pipeline" among a consult's results: clearchoice) are flags of their
// own.
const valueBoxShare = 0.5

// valueBoxes gives checkboxes of o that found no special category the
// category of a sibling picklist whose values they repeat, whole: a
// Contact with a Race picklist (American Indian/Alaskan Native, Asian,
// Black, White) and beside it one checkbox per race ("Asian", "Black",
// "White": pending biav) records the same fact the other way, a tick
// per value. At least valueBoxMin boxes, and valueBoxShare of the list's
// values, must be repeated: one box that shares a word with a list
// ("Other", "Active") is a field of its own. The findings cite the sibling's rule, at the
// sibling's confidence; their evidence names the sibling by place,
// never a value.
func (c *Classifier) valueBoxes(o Object, res *ObjectResult, sc *splitCache) {
	lx := sc.lx
	keys := make([]string, len(o.Fields))
	nboxes := 0
	for k, f := range o.Fields {
		if booleanType(f.Type) && !hasSpecial(res.Fields[k].Findings) {
			text := f.Label
			if strings.TrimSpace(text) == "" {
				base, _ := stripSalesforce(f.Name)
				text = strings.Join(splitWords(base), " ")
			}
			keys[k] = lx.valueKey(text)
			nboxes++
		}
	}
	if nboxes < valueBoxMin {
		return
	}
	var values []string
	for k, f := range o.Fields {
		if len(f.Picklist) < valueBoxMin || booleanType(f.Type) {
			continue
		}
		values = values[:0]
		for _, pv := range f.Picklist {
			values = append(values, lx.valueKey(pv))
		}
		var boxes []int
		for b, key := range keys {
			if key == "" {
				continue
			}
			for _, vk := range values {
				if vk == key || len(key) >= valueBoxTruncated && strings.HasPrefix(vk, key) {
					boxes = append(boxes, b)
					break
				}
			}
		}
		if len(boxes) < valueBoxMin || float64(len(boxes)) < valueBoxShare*float64(len(f.Picklist)) {
			continue
		}
		for _, x := range res.Fields[k].Findings {
			if !x.Category.Special() || x.Kind != Term {
				continue
			}
			for _, b := range boxes {
				y := x
				y.Field = o.Fields[b].Name
				fr := &res.Fields[b]
				fr.Findings = append(fr.Findings, y)
				fr.Evidence = append(fr.Evidence, Evidence{Source: EvidenceSiblings, Rule: x.Rule, Line: fmt.Sprintf("field %d", k+1), Category: x.Category})
			}
		}
		for _, b := range boxes {
			keys[b] = "" // a box takes the categories of one list
		}
	}
}

// hasSpecial reports whether a finding of a special category is among fs.
func hasSpecial(fs []Finding) bool {
	for _, x := range fs {
		if x.Category.Special() {
			return true
		}
	}
	return false
}
