package classify

import "slices"

// A record named by a bare word whose own field says what kind of it the
// records are: a "Risk" whose field is "Risk to Self / Others", a
// "Review" with "Review of Medication". The object's name says nothing of
// a category, and one strongly named field is too few for siblingKind;
// but the field repeats the object's head word inside a category term
// (fields.tsv risk self, medication review), so it names the object's
// subject: the records are risks of harm, reviews of a person's drugs,
// and their other content fields hold the category too.

// headFieldFloor is the least weight of the name or label of the field
// that names the object's subject.
const headFieldFloor = 0.85

// headFieldKind makes an object of unknown kind clinical or
// criminal-justice when a field's name or label holds, at headFieldFloor
// or more, a health, genetic or criminal term of fields.tsv that
// contains the object's head word (the last word of its name).
func (lx *fieldLexicon) headFieldKind(v *objectVerdict, nameBases []string, fields []Field, sc *splitCache) {
	if len(nameBases) == 0 {
		return
	}
	head := nameBases[len(nameBases)-1]
	for _, f := range fields {
		if len(fields) < siblingMin {
			return
		}
		if !containsFold(f.Name, head) && !containsFold(f.Label, head) {
			continue // the field cannot hold the head word: skip the split
		}
		a := lx.analyseTokens(objectUnknown, sc.name(f.Name), sc.label(f.Label), false)
		for _, cat := range [...]Category{Health, Genetic, Criminal} {
			i := catIndex(cat)
			e := a.name[i]
			if a.label[i].conf > e.conf {
				e = a.label[i]
			}
			if e.entry == nil || e.conf < headFieldFloor || len(e.entry.words) < 2 || !slices.Contains(e.entry.words, head) {
				continue
			}
			kind := ObjectClinical
			if cat == Criminal {
				kind = ObjectCriminalJustice
			}
			v.kind, v.cat, v.also, v.weight = kind, cat, "", siblingWeight
			v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: e.entry.id, Line: e.entry.ref(), Kind: kind, Category: cat, Weight: siblingWeight})
			return
		}
	}
}
