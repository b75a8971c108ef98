package classify

import (
	"fmt"
	"slices"
)

// administeredWords name, in a field's name, that something was given
// to a person: "Administered", "Date Administered", "Administered_By",
// "Administration Status". administeredWhat name what is given: a dose
// of a medicine or a vaccine. Both are base words (lexicon bases).
var (
	administeredWords = []string{"administered", "administration"}
	administeredWhat  = []string{"dose", "dosage", "drug", "medication", "medicine", "medicament", "vaccine", "vaccination", "immunization", "immunisation"}
)

// administrationWeight is the weight of the clinical kind an object
// takes from its administration fields: as a link to a clinical parent
// record (clinicalParentWeight).
const administrationWeight = clinicalParentWeight

// RuleAdministration is the rule of the evidence with which an object
// takes the clinical kind from its fields (administrationRecord).
const RuleAdministration = "administration-record"

// administrationRecord makes v, an object whose name gives no kind (or
// a weak catalogue word: "Vaccine", "Medication"), a clinical record
// when one of its fields says that something was administered
// (administeredWords: "Administered Date", "Date Administered") and
// another names a dose, a drug or a vaccine (administeredWhat): a
// medication administration record (a MAR: drug, dosage time, was
// missed) or a vaccination record (date administered, dose number,
// route, site) holds what a person was given. A drug catalogue names a
// route of administration, never a dose that was administered; a
// survey "administered by" an interviewer names no dose. A field that
// says both in its own name counts for one.
func (lx *fieldLexicon) administrationRecord(v *objectVerdict, fields []Field, sc *splitCache) {
	given, what := -1, -1
	for i, f := range fields {
		b := append(lx.bases(sc.name(f.Name)), lx.bases(sc.label(f.Label))...)
		isGiven := slices.ContainsFunc(b, func(w string) bool { return slices.Contains(administeredWords, w) })
		isWhat := slices.ContainsFunc(b, func(w string) bool { return slices.Contains(administeredWhat, w) })
		if isGiven && given < 0 {
			given = i
		} else if isWhat && what < 0 {
			what = i
		}
	}
	if given < 0 || what < 0 {
		return
	}
	if v.kind == ObjectCatalogue {
		for i := range v.evidence {
			v.evidence[i].Against, v.evidence[i].Weight = true, 0
		}
	}
	v.kind, v.cat, v.weight = ObjectClinical, Health, administrationWeight
	v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: RuleAdministration, Line: fmt.Sprintf("field %d", given+1), Kind: ObjectClinical, Category: Health, Weight: administrationWeight})
}
