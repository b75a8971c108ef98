package classify

import "strings"

// Thresholds of instrumentStems.
const (
	instrumentStemMin    = 2   // the least letters of an instrument's name without its digits ("ad" of AD8)
	instrumentStemFields = 2   // the least number of fields the stem must name
	instrumentStemConf   = 0.7 // the confidence of a finding so made: as a link to a clinical parent (clinicalParentWeight)
)

// instrumentStems gives health to the fields of o that name a clinical
// instrument by its letters alone, when another field of o names it
// with its digits (an object line of schema.tsv read by digitKind): a
// Contact with "AD8Check" and "AD8 Form Submitted Date" holds the
// answers of the AD8 dementia screening in "QuestionAD1" to
// "QuestionAD7" and its totals in "AD Total Yes", "AD Total No"
// (pending cca). Splitting drops the digits, so "QuestionAD1" reads as
// "question ad", which alone names nothing: the sibling with the
// digits says what "ad" is. Only fields that hold a value count: a
// checkbox beside the form ("After Submit AD") is its workflow, and a
// field that names the instrument with its digits is the form's own
// bookkeeping (a submitted date, a check). The stem must have
// instrumentStemMin letters and name instrumentStemFields fields.
func (c *Classifier) instrumentStems(o Object, res *ObjectResult, sc *splitCache) {
	lx := sc.lx
	var inst *Evidence
	for _, f := range o.Fields {
		base, _ := stripSalesforce(f.Name)
		if e := lx.digitKind(base, f.Label); e != nil && e.Kind == ObjectClinical && e.Category == Health {
			inst = e
			break
		}
	}
	if inst == nil {
		return
	}
	e := lx.schemaEntryByID(inst.Rule)
	if e == nil {
		return
	}
	stem := strings.TrimRightFunc(e.words[0], func(r rune) bool { return '0' <= r && r <= '9' })
	if len(stem) < instrumentStemMin || stem == e.words[0] {
		return
	}
	var named []int
	for k, f := range o.Fields {
		if booleanType(f.Type) || hasCategory(res.Fields[k].Findings, Health) {
			continue
		}
		base, _ := stripSalesforce(f.Name)
		if lx.digitKind(base, f.Label) != nil {
			continue // the form's own bookkeeping
		}
		for _, w := range splitWords(base) {
			if strings.ToLower(w) == stem {
				named = append(named, k)
				break
			}
		}
	}
	if len(named) < instrumentStemFields || instrumentStemConf < c.minConf {
		return
	}
	for _, k := range named {
		fr := &res.Fields[k]
		fr.Findings = append(fr.Findings, Finding{Category: Health, Kind: Term, Rule: e.id, Confidence: instrumentStemConf, Field: o.Fields[k].Name})
		fr.Evidence = append(fr.Evidence, Evidence{Source: EvidenceSiblings, Rule: e.id, Line: e.ref(), Category: Health, Kind: ObjectClinical, Weight: instrumentStemConf})
	}
}
