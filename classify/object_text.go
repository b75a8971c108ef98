package classify

import "strings"

// Text-vocabulary evidence on an object's kind. The field lexicon
// (fields.tsv, schema.tsv) knows the words of field and object names;
// the text vocabulary (en.tsv, nl.tsv) knows many more diagnoses,
// treatments, medicines and offences. When the name, label and
// description of an object give no kind that reveals a category, the
// text vocabulary reads the object's label (or its name split into
// words) and its description: a "Dialysis Session" or a "Slaaponderzoek"
// is a person's clinical record, a "Taakstraf" a criminal one.
const (
	// textNameFactor scales the weight of the line of a term that
	// counts in the object's label or name (nameTerms: weight and
	// confidence nameTermMin or more) into the weight of the kind. The
	// text vocabulary is written for sentences about a person, where
	// the term is what is said of someone; in a name it may modify a
	// head word that neither lexicon knows, so it counts for less than
	// a strong word of the field lexicon (namedKind, at least 0.8 at
	// factor 1). A term of weight 0.8 so gives 0.68, and a content
	// field of the object 0.68 × contentFactor = 0.58: enough to
	// report, as the probes of object_text_test.go require.
	textNameFactor = 0.85
	// textDescFactor scales the confidence of a term in the object's
	// description, as descObjectFactor scales the field lexicon's
	// words there: a description is a sentence, so Text's person cues
	// count, and without one ("dialysis sessions", 0.55 × 0.7 = 0.39)
	// no term reaches minKindWeight. A description must tie the term
	// to a person ("the patient's dialysis sessions": 0.85 × 0.7 =
	// 0.6).
	textDescFactor = descObjectFactor
)

// textKindCat is the object kind that a term of the text vocabulary in
// the object's name or description gives: clinical for health and
// genetic terms, criminal-justice for criminal ones; other categories
// give none ("Union Agreement", "Church Visit": their terms name
// organisations as often as a person's membership or belief).
func textKindCat(cat Category) (ObjectKind, bool) {
	switch cat {
	case Health, Genetic:
		return ObjectClinical, true
	case Criminal:
		return ObjectCriminalJustice, true
	}
	return "", false
}

// textNameKind returns the clinical or criminal-justice kind that the
// terms of the text vocabulary that count in a name (nameTerms) give
// text, the object's label or name, or nil. The evidence names the
// term's rule and its vocabulary line ("en:380"). Of several terms the
// heaviest wins, the first of equals.
func (c *Classifier) textNameKind(sc *splitCache, text string) *Evidence {
	var best *Evidence
	for _, t := range sc.nameTerms(c, text) {
		kind, ok := textKindCat(t.cat)
		if !ok {
			continue
		}
		w := round2(t.entry.weight * textNameFactor)
		if best != nil && w <= best.Weight {
			continue
		}
		best = &Evidence{Source: EvidenceObject, Rule: t.entry.id, Line: t.entry.ref(), Kind: kind, Category: t.cat, Weight: w}
	}
	return best
}

// textDescKind returns the clinical or criminal-justice kind that the
// text vocabulary gives the object's description, or nil. A
// description is read as a sentence, not as a name: as written, its
// person cues counting (textDescFactor). The evidence names the term's
// rule and its vocabulary line. Of several terms the heaviest wins, the
// first of equals.
func (c *Classifier) textDescKind(text string) *Evidence {
	if c == nil || strings.TrimSpace(text) == "" || c.vocab == nil || c.kinds&Term.bit() == 0 {
		return nil
	}
	var cands []Candidate
	c.termsAbout(nil, text, false, &cands)
	var best *Evidence
	for _, cd := range cands {
		if len(cd.Cancelled) > 0 {
			continue
		}
		kind, ok := textKindCat(cd.Category)
		if !ok {
			continue
		}
		w := cd.Confidence * textDescFactor
		if w < minKindWeight {
			continue
		}
		w = round2(w)
		if best != nil && w <= best.Weight {
			continue
		}
		best = &Evidence{Source: EvidenceDescription, Rule: cd.Rule, Line: cd.Line.String(), Kind: kind, Category: cd.Category, Weight: w}
	}
	return best
}

// nameIsBusiness reports whether a word of the object's name or label is
// an organisation or thing word of fields.tsv (object:org,
// object:thing): in an "IVF Campaign", a "Dialysis Order" or a
// "Dialysis Clinic" the category word modifies a campaign, an order or
// an organisation, whose records are not a person's clinical or
// criminal record. The text vocabulary then gives no kind.
func (lx *fieldLexicon) nameIsBusiness(bases ...[]string) bool {
	for _, bs := range bases {
		for _, w := range bs {
			if c := lx.objects[w]; c == objectOrg || c == objectThing {
				return true
			}
		}
	}
	return false
}

// objectTexts are the texts that textNameKind reads for an object's name:
// its label, or, when it has none, its name split into words; and each
// again with its compounds split as the field lexicon splits them, so
// that a Dutch compound finds the term at its head or tail
// ("Dialysebehandeling" holds dialyse).
func objectTexts(o Object, nameWords, labelTokens, nameTokens []string) []string {
	text, split := strings.Join(nameWords, " "), strings.Join(nameTokens, " ")
	if strings.TrimSpace(o.Label) != "" {
		text, split = o.Label, strings.Join(labelTokens, " ")
	}
	if strings.EqualFold(text, split) {
		return []string{text}
	}
	return []string{text, split}
}

// textKindOf is the heaviest kind that textNameKind gives one of texts,
// or nil; of equals the first.
func (c *Classifier) textKindOf(sc *splitCache, texts []string) *Evidence {
	var best *Evidence
	for _, t := range texts {
		if e := c.textNameKind(sc, t); e != nil && (best == nil || e.Weight > best.Weight) {
			best = e
		}
	}
	return best
}
