package classify

import (
	"strings"

	"github.com/avgrisk/avgrisk/internal/fold"
)

// The text vocabulary (terms/en.tsv, terms/nl.tsv) asked about a field
// that the field lexicon says nothing of: a custom field labelled
// "Insulin Pump Model", "Methadone Dose" or "Taakstraf uren" names a
// diagnosis, a treatment, a medicine or an offence that fields.tsv need
// not know, and the text vocabulary, ten times larger, does.
const (
	// vocabFieldWeight is the least weight of a vocabulary term that
	// counts in a field's label. The vocabulary's weights are made for
	// running text, where 0.8 and up is a term that says its category
	// without a person cue (terms/README.md): a field label has no
	// person cue around it, so only such terms count; the weaker ones
	// ("hospital", "treatment" at 0.4–0.75) need a person in the
	// sentence, which a label never has.
	vocabFieldWeight = 0.8
	// vocabLabelFactor scales a term in the field's label (or its name
	// split into words, when it has no label): the label names what the
	// field holds, but a term made for sentences ("insulin") is read
	// here without the sentence that made it sure, so it counts a
	// little less than a fields.tsv word of the same weight.
	vocabLabelFactor = 0.9
	// vocabDescFactor scales a term in the field's description or help
	// text. Above descFactor (0.5), which scales the field lexicon's
	// words there, because only terms of vocabFieldWeight and up are
	// read: a strong term (0.85 and up: "dialysis", "methadone")
	// reports alone, a term of 0.8 needs a second source.
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
}

// vocabInto adds to dst, scaled by factor, the vocabulary terms of
// vocabFieldWeight and up that text holds, judged as Text judges the
// value of a person's record (no person cue needed) in lower case: a
// label is written in title case, and a capital there is no name
// ("Daily Insulin Dose"). Blocks, anti-cues and the words around a term
// that make it a thing or a place still count ("insulin pump
// supplier"), and terms that need a sentence around them (a party's
// bare name needs a link word, an origin a parent) do not fire.
func (c *Classifier) vocabInto(sc *splitCache, text, prefix string, factor float64, dst []evidence) {
	if text == "" {
		return
	}
	for _, t := range sc.vocabTerms(c, text) {
		i := catIndex(t.cat)
		if i < 0 || !vocabFieldCat(t.cat) {
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

// vocabTerm is a term of the text vocabulary found in a field's text.
type vocabTerm struct {
	cat   Category
	conf  float64
	entry *fieldEntry // the vocabulary line, as a lexicon entry for the evidence: its ref is "en:805", as Explain and the object's kind name a line
}

// vocabTerms returns the terms of vocabFieldWeight and up in text, once
// per distinct text in the call. A span may hold several lines ("dialyse"
// at 0.85 and "*dialyse*" at 0.75): each line is judged on its own, and
// only the lines strong enough count, with their own file and line.
func (s *splitCache) vocabTerms(c *Classifier, text string) []vocabTerm {
	if ts, ok := s.vt[text]; ok {
		return ts
	}
	if s.vt == nil {
		s.vt = map[string][]vocabTerm{}
		s.ve = map[VocabLine]*fieldEntry{}
	}
	var out []vocabTerm
	v := c.vocab
	var cands []Candidate
	lower := strings.ToLower(text)
	c.termsAbout(nil, lower, true, &cands)
	for _, cd := range cands {
		if len(cd.Cancelled) > 0 || cd.Weight < vocabFieldWeight || cd.Confidence < vocabFieldWeight || !c.cats.has(cd.Category) {
			continue
		}
		if v.nameAfter(lower, cd.Start, cd.End) {
			continue
		}
		fe := s.ve[cd.Line]
		if fe == nil {
			idx, ok := v.rules[cd.Rule]
			if !ok {
				continue
			}
			e := &v.entries[idx]
			fe = &fieldEntry{id: cd.Rule, pattern: e.pattern, words: strings.Fields(e.core), target: targetCategory,
				cat: cd.Category, weight: cd.Weight, file: cd.Line.File, line: cd.Line.Line}
			if len(fe.words) == 0 {
				fe.words = []string{e.core}
			}
			s.ve[cd.Line] = fe
		}
		out = append(out, vocabTerm{cat: cd.Category, conf: cd.Confidence, entry: fe})
	}
	s.vt[text] = out
	return out
}

// vocabNameReach is how many words after a term vocabNameAfter looks for
// a word that ends an organisation's name: "Diabetes Research
// Foundation".
const vocabNameReach = 3

// nameAfter reports whether an org-after or street-after word (en.tsv,
// nl.tsv: foundation, trust, fonds, street) stands within vocabNameReach
// words after the term's word in a lower-cased label: the term is then part of a
// name ("Diabetes Foundation", the charity a donor prefers). In running
// text these words need a capital to end a name; a label is lowered for
// the vocabulary (vocabInto), so they count here without one.
func (v *vocabulary) nameAfter(lower string, start, end int) bool {
	if start < 0 || end > len(lower) || start > end {
		return false
	}
	_, we := wordBounds(lower, start, end)
	words := strings.FieldsFunc(lower[we:], func(r rune) bool { return !foldsToWord(r) })
	for i, w := range words {
		if i == vocabNameReach {
			break
		}
		if v.words[fold.String(w)]&(typeOrgAfter.bit()|typeStreetAfter.bit()) != 0 {
			return true
		}
	}
	return false
}
