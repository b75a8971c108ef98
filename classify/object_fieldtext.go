package classify

import "strings"

// The text vocabulary (terms/en.tsv, terms/nl.tsv) asked about a field
// that the field lexicon says nothing of: a custom field labelled
// "Insulin Pump Model", "Methadone Dose" or "Taakstraf uren" names a
// diagnosis, a treatment, a medicine or an offence that fields.tsv need
// not know, and the text vocabulary, ten times larger, does. Which of
// its terms count in a field's text is nameTerms' rule (object_vocab.go);
// here is when a field is asked and how much a term counts.
const (
	// vocabLabelFactor scales a term in the field's label (or its name
	// split into words, when it has no label): the label names what the
	// field holds, but a term made for sentences ("insulin") is read
	// here without the sentence that made it sure, so it counts a
	// little less than a fields.tsv word of the same weight.
	vocabLabelFactor = 0.9
	// vocabDescFactor scales a term in the field's description or help
	// text. Above descFactor (0.5), which scales the field lexicon's
	// words there, because only terms of nameTermMin and up are read: a
	// strong term (0.85 and up: "dialysis", "methadone") reports alone,
	// a term of 0.8 needs a second source.
	vocabDescFactor = 0.6
)

// vocabText asks the text vocabulary about the field when its name,
// label, description and help text gave no category evidence from the
// field lexicon (and no evidence against, such as a guard or a
// negation). Only fields that may hold a person's data are asked: not a
// lookup, a platform or structural field, an identifier, a record of
// handling, a switch, nor any field of an object that says it is not a
// person's record (configuration, catalogue, thing) or an
// organisation's ("Hospital Name", "Union" on an employer).
func (c *Classifier) vocabText(j *fieldJudge, f Field) {
	if c.vocab == nil || c.kinds&Term.bit() == 0 {
		return
	}
	switch j.v.kind {
	case ObjectConfiguration, ObjectCatalogue, ObjectThing, ObjectOrganisation:
		return
	}
	if j.lookup || j.system || j.structural || j.constant || j.identity || j.handling || j.boolean && !j.v.kind.about() {
		return
	}
	if len(j.a.notes) > 0 {
		return // the lexicon read the words and took them away: a guard, a negation, a clean line
	}
	for _, e := range j.against {
		if e.Against {
			return // a checklist, a field that names an organisation
		}
	}
	for i, cat := range fieldCats {
		if !cat.Special() {
			continue // "frequentie", "uren": ordinary words say nothing of a category
		}
		if j.a.name[i].conf > 0 || j.a.label[i].conf > 0 || j.desc[i].conf > 0 || j.help[i].conf > 0 {
			return
		}
	}
	if f.Label != "" {
		c.vocabInto(j.sc, f.Label, RuleFieldLabel, vocabLabelFactor, j.a.label[:])
	} else {
		base, _ := stripSalesforce(f.Name)
		c.vocabInto(j.sc, strings.Join(splitWords(base), " "), RuleFieldName, vocabLabelFactor, j.a.name[:])
	}
	c.vocabInto(j.sc, f.Description, RuleFieldDescription, vocabDescFactor, j.desc[:])
	c.vocabInto(j.sc, f.HelpText, RuleFieldHelp, vocabDescFactor, j.help[:])
	c.clinicalText(j, f) // object_clinical.go: clinical names on a person's record
}

// vocabInto adds to dst, scaled by factor, the vocabulary terms that
// count in text read as a name (nameTerms), of the categories the
// classifier reports and a field's text may take from the vocabulary
// (vocabFieldCat). A description or help text is read as a name too,
// not as a sentence: it is about the field, which has no person cue
// around it either.
func (c *Classifier) vocabInto(sc *splitCache, text, prefix string, factor float64, dst []evidence) {
	for _, t := range sc.nameTerms(c, text) {
		i := catIndex(t.cat)
		if i < 0 || !vocabFieldCat(t.cat) || !c.cats.has(t.cat) {
			continue
		}
		dst[i].addEntry(t.conf*factor, prefix+t.entry.id, t.entry)
	}
}

// vocabFieldCat reports whether a vocabulary term of cat counts in a
// field's text: the categories whose terms name what happens to a
// person's body or what a person did (a diagnosis, a medicine, a test,
// an offence, a sanction). The terms of opinions, beliefs, memberships
// and origins name offices and organisations as often ("Councillor's
// Ward", "Church", "Union Local"): in running text a sentence about a
// person makes them the person's, and a field label has no such
// sentence.
func vocabFieldCat(cat Category) bool {
	switch cat {
	case Health, Genetic, Biometric, Criminal, SexLifeOrientation:
		return true
	}
	return false
}
