package classify

import (
	"slices"
	"strings"
)

// dealMin is the least number of distinct deal fields (schema.tsv
// sibling lines of kind thing) that make an object a sales deal, and
// itemMin the least number of distinct fields of a catalogue item
// (sibling lines of kind catalogue below weight 1) that make it an item
// of a catalogue.
const (
	dealMin = 3
	itemMin = 2
)

// dealWeight is the weight of the thing or catalogue kind so found, and
// dealMaxClinical the weight of a clinical kind from which such fields no
// longer count: a strong clinical name ("Diagnosis", 0.95) names a
// clinical record whatever its fields.
const (
	dealWeight      = 0.8
	dealMaxClinical = 0.9
)

// dealSiblings overrules a weak clinical name by the object's fields.
//
// A deal: an object that an object word made clinical but whose fields
// are those of a sales deal, a stage, a close date, an amount, a
// campaign (schema.tsv sibling lines of kind thing, after Salesforce's
// Opportunity: StageName, CloseDate, Amount, CampaignId), is a thing,
// or a person's record when a field points to a person. A
// medical-travel facilitator's "Treatment" is the patient's engagement
// in its sales pipeline, named for what it sells: its stage, quote
// status and days to close are the deal's, not the patient's health.
// The fields that name a condition or a procedure by their own words or
// values stay health (judgeField).
//
// An item: an object so named whose fields are those of a priced item
// of a catalogue, a price and an active flag (sibling lines of kind
// catalogue below weight 1, after Salesforce's Product2 and
// PricebookEntry: IsActive, UnitPrice), and that points to no person,
// is a catalogue: a facilitator's "Procedure" lists the procedures it
// offers, with their price, nights and instructions.
//
// A record named by a strong clinical word (dealMaxClinical) stays
// clinical.
func (lx *fieldLexicon) dealSiblings(v *objectVerdict, fields []Field, sc *splitCache) {
	if v.kind != ObjectClinical || v.weight >= dealMaxClinical {
		return
	}
	var deal, item []*schemaEntry
	for _, f := range fields {
		e := lx.schema.siblings[strings.Join(lx.bases(sc.name(f.Name)), " ")]
		switch {
		case e == nil:
		case e.kind == ObjectThing && !slices.Contains(deal, e):
			deal = append(deal, e)
		case e.kind == ObjectCatalogue && e.weight < 1 && !slices.Contains(item, e):
			item = append(item, e)
		}
	}
	person := lx.personLink(fields, sc)
	var hits []*schemaEntry
	kind := ObjectUnknown
	switch {
	case len(deal) >= dealMin:
		hits, kind = deal, ObjectThing
	case len(item) >= itemMin && person == nil:
		hits, kind = item, ObjectCatalogue
	default:
		return
	}
	for i := range v.evidence {
		v.evidence[i].Against, v.evidence[i].Weight = true, 0
	}
	v.kind, v.cat, v.also, v.weight = kind, "", "", dealWeight
	v.deal = kind == ObjectThing
	if kind == ObjectThing && person != nil {
		// A deal with a person (a patient's engagement, with a lookup
		// to the patient): about that person, whose fields say by
		// their own words or values what is the person's health (a
		// procedure category of Oncology, IVF).
		v.kind = ObjectPerson
		v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: person.id, Line: person.ref(), Kind: ObjectPerson, Weight: dealWeight})
	}
	for _, e := range hits {
		v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: e.id, Line: e.ref(), Kind: kind, Weight: dealWeight})
	}
}

// dealField reports whether f is one of the fields that made its object
// a deal (a schema.tsv sibling line of kind thing names it): the deal's
// stage, close date or amount, whatever its values name ("Medical
// Information", "Rehab in Progress" among a treatment deal's stages are
// steps of the pipeline, not the patient's health).
func (lx *fieldLexicon) dealField(v *objectVerdict, f Field, sc *splitCache) bool {
	if !v.deal {
		return false
	}
	e := lx.schema.siblings[strings.Join(lx.bases(sc.name(f.Name)), " ")]
	return e != nil && e.kind == ObjectThing
}
