package classify

import (
	"slices"
	"strings"
)

// dealMin is the least number of distinct deal fields (schema.tsv
// sibling lines of kind thing) that make an object a sales deal.
const dealMin = 3

// dealWeight is the weight of the thing kind so found, and
// dealMaxClinical the weight of a clinical kind from which a deal's
// fields no longer count: a strong clinical name ("Diagnosis", 0.95)
// names a clinical record whatever its fields.
const (
	dealWeight      = 0.8
	dealMaxClinical = 0.9
)

// dealSiblings makes v a thing, or a person's record when a field points
// to a person, when an object word made it clinical but
// its fields are those of a sales deal: a stage, a close date, an
// amount, a campaign (schema.tsv sibling lines of kind thing, after
// Salesforce's Opportunity: StageName, CloseDate, Amount, CampaignId).
// A medical-travel facilitator's "Treatment" is the patient's engagement
// in its sales pipeline, named for what it sells: its stage, quote
// status and days to close are the deal's, not the patient's health.
// The fields that name a condition or a procedure by their own words or
// values stay health (judgeField); a record named by a strong clinical
// word (dealMaxClinical) stays clinical.
func (lx *fieldLexicon) dealSiblings(v *objectVerdict, fields []Field, sc *splitCache) {
	if v.kind != ObjectClinical || v.weight >= dealMaxClinical {
		return
	}
	var hits []*schemaEntry
	for _, f := range fields {
		e := lx.schema.siblings[strings.Join(lx.bases(sc.name(f.Name)), " ")]
		if e != nil && e.kind == ObjectThing && !slices.Contains(hits, e) {
			hits = append(hits, e)
		}
	}
	if len(hits) < dealMin {
		return
	}
	for i := range v.evidence {
		v.evidence[i].Against, v.evidence[i].Weight = true, 0
	}
	v.kind, v.cat, v.also, v.weight = ObjectThing, "", "", dealWeight
	if p := lx.personLink(fields, sc); p != nil {
		// A deal with a person (a patient's engagement, with a lookup
		// to the patient): about that person, whose fields say by
		// their own words or values what is the person's health (a
		// procedure category of Oncology, IVF).
		v.kind = ObjectPerson
		v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: p.id, Line: p.ref(), Kind: ObjectPerson, Weight: dealWeight})
	}
	for _, e := range hits {
		v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: e.id, Line: e.ref(), Kind: ObjectThing, Weight: dealWeight})
	}
}
