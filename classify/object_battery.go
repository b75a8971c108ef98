package classify

import "fmt"

// Thresholds of batteryFindings.
const (
	batteryMembers = 3 // the least number of picklists that share a frame
	batteryHealth  = 2 // the least number of them that hold health by their own words
)

// batteryFindings gives health to picklists of o that share their
// first value, their frame, with sibling picklists that hold health,
// when one of their own values is a health term: a battery of topics of
// one assessment. A brain-injury association's case asks the same way
// about each area of the person's life, every list starting "Not
// Discussed" (pending biav Case: Mental Health,
// Physical Health, Cognitive Deficit, Substance Use, and beside them
// Behavioral with Impulsiveness and Mood swings, Communication with
// Hearing loss, Lives where with Skilled Nursing Facility): the bland
// name of a member ("Social", "Communication") names the area, its
// values the person's problems in it. A value that is a health term
// only weakly, or one value among many, does not make a lone list
// health (readPicklist); in a battery whose other members hold health
// it does. At least batteryMembers lists share the frame and
// batteryHealth of them hold health; a list with no health term among
// its values takes nothing. The finding cites the value's rule at the
// lowest confidence of the battery's health members; its evidence
// names a health member by place, never a value.
func (c *Classifier) batteryFindings(o Object, res *ObjectResult, sc *splitCache) {
	lx := sc.lx
	frames := map[string][]int{}
	var order []string
	for k, f := range o.Fields {
		if len(f.Picklist) < 2 || booleanType(f.Type) {
			continue
		}
		frame := lx.valueKey(f.Picklist[0])
		if frames[frame] == nil {
			order = append(order, frame)
		}
		frames[frame] = append(frames[frame], k)
	}
	for _, frame := range order {
		members := frames[frame]
		if len(members) < batteryMembers {
			continue
		}
		var health []int
		conf := 1.0
		for _, k := range members {
			for _, x := range res.Fields[k].Findings {
				if x.Category == Health {
					health = append(health, k)
					conf = min(conf, x.Confidence)
					break
				}
			}
		}
		if len(health) < batteryHealth {
			continue
		}
		for _, k := range members {
			if hasCategory(res.Fields[k].Findings, Health) {
				continue
			}
			rule := lx.healthValue(sc, o.Fields[k].Picklist[1:])
			if rule == "" {
				continue
			}
			fr := &res.Fields[k]
			fr.Findings = append(fr.Findings, Finding{Category: Health, Kind: Term, Rule: rule, Confidence: conf, Field: o.Fields[k].Name})
			fr.Evidence = append(fr.Evidence, Evidence{Source: EvidenceSiblings, Rule: rule, Line: fmt.Sprintf("field %d", health[0]+1), Category: Health})
		}
	}
}

// healthValue returns the rule of the first of values that is, by its
// own words, a health term (as readPicklist scores a value), or "".
func (lx *fieldLexicon) healthValue(sc *splitCache, values []string) string {
	i := catIndex(Health)
	for _, v := range values {
		tokens := sc.label(v)
		if len(tokens) == 0 {
			continue
		}
		var scratch nameAnalysis
		var ev [numCats]evidence
		lx.score(&scratch, tokens, RuleFieldPicklist, ev[:])
		matchSeq(lx.schema.values, lx.bases(tokens), func(e *schemaEntry, _, _ int) {
			ev[catIndex(e.cat)].addEntry(e.weight, RuleFieldPicklist+e.id, &e.fieldEntry)
		})
		if ev[i].conf > 0 {
			return ev[i].rule
		}
	}
	return ""
}

// hasCategory reports whether a finding of cat is among fs.
func hasCategory(fs []Finding, cat Category) bool {
	for _, x := range fs {
		if x.Category == cat {
			return true
		}
	}
	return false
}
