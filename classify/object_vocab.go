package classify

import (
	"strings"

	"github.com/avgrisk/avgrisk/internal/fold"
)

// The text vocabulary (terms/en.tsv, terms/nl.tsv) read in the names of
// a schema: an object's label or name (object_text.go: a "Dialysis
// Session" is a person's clinical record) and a field's label, name,
// description and help text (object_fieldtext.go: "Insulin Pump Model",
// "Taakstraf uren"). The field lexicon (fields.tsv, schema.tsv) knows
// the words of schema names; the text vocabulary, ten times larger,
// knows more diagnoses, treatments, medicines and offences. Its weights
// are made for sentences about a person, and a name is no sentence:
// nameTerms states once which of its terms count in a name, and the
// callers weigh what it returns and keep the categories they can use.

// nameTermMin is the least weight of a vocabulary term's line, and the
// least confidence of the term as Text judges it in the value of a
// person's record (no person cue needed), that counts in a name. In
// running text 0.8 and up is a term that says its category without a
// person cue (terms/README.md, the en.tsv header's "fires without a
// person cue"); a name has no person cue around it, so only such terms
// count, and the weaker ones ("hospital", "rehab", "blind" at
// 0.4–0.75) need a person in the sentence, which a name never has. The
// confidence must stay at the line's weight, less nothing that brings
// it below: an anti-cue or a quotation in the name ("cancer research")
// lowers it as it would in a sentence.
const nameTermMin = 0.8

// vocabNameReach is how many words after a term nameAfter looks for a
// word that ends an organisation's or a street's name: "Diabetes
// Research Foundation".
const vocabNameReach = 3

// vocabTerm is a term of the text vocabulary found in a name.
type vocabTerm struct {
	cat   Category
	conf  float64
	entry *fieldEntry // the vocabulary line, as a lexicon entry for the evidence: its id is the rule, its ref "en:805", as Explain names a line
}

// nameTerms returns the terms of the text vocabulary that count in
// text, a name or a label read as one (nameTermMin), once per distinct
// text in the Object or Schema call, in the order Text meets them. The
// text is read in lower case: a name is written in title case, and a
// capital there is no surname ("Daily Insulin Dose", "Court Hearing").
// Blocks, anti-cues and the words around a term that make it a thing
// or a place still count ("insulin pump supplier"), terms that need a
// sentence around them (a party's bare name needs a link word, an
// origin a parent) do not fire, and a term followed by an org-after or
// street-after word is part of a name (nameAfter). A span may hold
// several lines ("dialyse" at 0.85 and "*dialyse*" at 0.75): each line
// is judged on its own, and only the lines strong enough count, with
// their own file and line. Every category is returned: the callers
// keep the ones they use.
func (s *splitCache) nameTerms(c *Classifier, text string) []vocabTerm {
	if c == nil || c.vocab == nil || c.kinds&Term.bit() == 0 || strings.TrimSpace(text) == "" {
		return nil
	}
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
		if len(cd.Cancelled) > 0 || cd.Weight < nameTermMin || cd.Confidence < nameTermMin {
			continue
		}
		if v.nameAfter(lower, cd.Start, cd.End) {
			continue
		}
		fe := s.ve[cd.Line]
		if fe == nil {
			idx, ok := v.ruleIndex()[cd.Rule]
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
		if s.lx.falseFriends[fold.String(strings.Join(fe.words, " "))] {
			continue // a false friend of the other language, as fields.tsv or schema.tsv marks it (object_lang.go)
		}
		out = append(out, vocabTerm{cat: cd.Category, conf: cd.Confidence, entry: fe})
	}
	s.vt[text] = out
	return out
}

// nameAfter reports whether an org-after or street-after word (en.tsv,
// nl.tsv: foundation, trust, fonds, street) stands within vocabNameReach
// words after the term's word in a lower-cased name: the term is then
// part of a name ("Diabetes Foundation", the charity a donor prefers;
// "Dialysis Street"). In running text these words need a capital to end
// a name; a name is lowered for the vocabulary (nameTerms), so they
// count here without one.
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
		if v.words.get(fold.String(w))&(typeOrgAfter.bit()|typeStreetAfter.bit()) != 0 {
			return true
		}
	}
	return false
}
