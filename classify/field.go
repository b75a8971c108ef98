package classify

import (
	_ "embed"
	"slices"
	"strings"
)

// Field is one field of a CRM schema: its object, API name, label and a
// few sample values. Field judges all four together (docs/labeling.md, "Fields
// of a record").
type Field struct {
	Object string   `json:"object,omitempty"` // e.g. "Contact", "Donor__c"
	Name   string   `json:"name"`             // API name, e.g. "Geloof__c"
	Label  string   `json:"label,omitempty"`  // e.g. "Geloofsovertuiging"
	Values []string `json:"values,omitempty"` // sample values, may be empty

	// Metadata, when the field comes from a schema rather than an export.
	Type        string   `json:"type,omitempty"`        // declared type: "Picklist", "TextArea", "Lookup", "string", "CodeableConcept"
	Description string   `json:"description,omitempty"` // the field's description
	HelpText    string   `json:"help_text,omitempty"`   // inline help text
	Picklist    []string `json:"picklist,omitempty"`    // the values a picklist allows (labels, or API names when no label)
}

// FieldLexiconVersion is the as_of date of the built-in field-name
// lexicon, terms/fields.tsv.
const FieldLexiconVersion = "2026-11-28"

//go:embed terms/fields.tsv
var fieldsTSV string

// Rule prefixes of the findings that Field and Record derive from a
// field rather than from a span of text.
const (
	RuleFieldName   = "field-name:"   // a word of the API name, then the lexicon entry's ID: "field-name:f-09de396cd9"
	RuleFieldLabel  = "field-label:"  // a word of the label
	RuleFieldValues = "field-values:" // the sample values, then the text rule
)

// Field reports what a CRM field holds, judged from its API name, label
// and sample values together:
//
//   - one Finding of Kind Term per special category the field holds, with
//     a Rule naming the strongest evidence ("field-name:f-…",
//     "field-label:f-…", "field-values:v-…", see LookupRule) and a Confidence combining
//     all of it;
//   - for a field that holds ordinary identifiers (Email, MobilePhone,
//     IBAN__c, Birthdate), one Finding of Category Ordinary per identifier
//     kind, never a special category (docs/labeling.md: the field format has
//     no identifiers).
//
// Every finding has Field set to f.Name and Start = End = 0: it is about
// the field, not a span. Names are split the way developers write them
// (CamelCase, "_", "-", ".", digits; Salesforce "__c", "__pc", "__r",
// namespace prefixes stripped; Dutch compounds split) and matched as
// whole words against the field lexicon (terms/fields.tsv), which also
// lists the combinations that are not personal data ("health score",
// "political risk", "UnionPay"). Sample values vote: the text classifier
// runs over each value, so a free-text field whose samples mention a
// diagnosis holds health data even under a bland name, and a value in a
// field named as BSN that passes the 11-proef is a BSN. Fields of objects
// that are things (Product2, Order, Event) count for less, and so do the
// fields of organisations (Account) for the categories an organisation
// can bear: "Denomination" on an Account describes a church, while a
// "Voiceprint__c" on an Account still holds a person's biometric data.
// terms/FIELDS.md describes the lexicon and every step.
//
// The findings are ordered by category, then kind, and filtered by the
// classifier's options. The result is empty, never nil, when the field
// holds nothing of note.
func (c *Classifier) Field(f Field) []Finding {
	c = c.orDefault()
	a := fieldLex().analyse(f.Object, f.Name, f.Label)
	out := c.judgeField(a, f.Name, f.Values)
	if out == nil {
		return []Finding{}
	}
	return out
}

// evidence is the strongest evidence for one category or kind and where
// it came from.
type evidence struct {
	conf  float64
	rule  string
	entry *fieldEntry // the data line, when the evidence is a lexicon entry
}

// add keeps the stronger of e and (conf, rule); on a tie the first
// evidence stays (the name before the label, the first sample first).
func (e *evidence) add(conf float64, rule string) {
	e.addEntry(conf, rule, nil)
}

// addEntry is add with the data line of the evidence.
func (e *evidence) addEntry(conf float64, rule string, entry *fieldEntry) {
	if conf > e.conf || e.rule == "" && rule != "" && conf == e.conf {
		e.conf, e.rule, e.entry = conf, rule, entry
	}
}

// nameAnalysis is what the name and label of a field say, before the
// values are seen.
type nameAnalysis struct {
	name, label [numCats]evidence  // per category index
	kinds       [numKinds]evidence // ordinary identifier kinds, per kind index
	plain       bool               // the name says the field holds no free text
	object      objectClass
	personField bool // a person-account field (__pc)
	bsnField    bool // named as a BSN
	birthField  bool // named as a date of birth

	nameFindings []Finding // the special categories of the name, for Record

	// What cancelled a category word or kept a compound whole, for the
	// explanation of Object: guard, negation and switch entries, and
	// the category they touched (empty for a guard).
	notes []lexNote
}

// lexNote is a lexicon entry that took evidence away.
type lexNote struct {
	entry  *fieldEntry
	cat    Category
	source EvidenceSource
}

type objectClass int

const (
	objectUnknown objectClass = iota
	objectPerson
	objectOrg   // an organisation: Account, Company
	objectThing // a product, order, event, document
)

// nonPersonFactor scales the name, label and value evidence of a field
// of an object that is not a person: "Denomination" on an Account, an
// "Event_Type" of "Pride gala" on an Event, a "DNA kit" Product. On an
// organisation it scales only the categories an organisation can bear
// (orgCategory).
const nonPersonFactor = 0.4

// orgCategory reports whether an organisation can bear cat as well as a
// person can: a church has a denomination, a client is a political
// party, a clinic is in health care, a foundation works for LGBT people.
// Genetic and biometric data and the BSN belong to natural persons only,
// so a Voiceprint__c on an Account (which may be a person account) still
// holds biometric data.
func orgCategory(cat Category) bool {
	switch cat {
	case Genetic, Biometric, NationalID:
		return false
	}
	return true
}

// bothFactor is how much a second source (label after name, or the
// reverse) adds: the label mostly repeats the name.
const bothFactor = 0.3

const numCats = 11 // len(Categories()), checked by a test
const numKinds = 8 // len(Kinds()), checked by a test

// fieldCats and fieldKinds are Categories() and Kinds(), kept so that
// the hot paths do not build the slices again.
var (
	fieldCats  = Categories()
	fieldKinds = Kinds()
)

func catIndex(c Category) int {
	for i, x := range fieldCats {
		if x == c {
			return i
		}
	}
	return -1
}

func kindIndex(k Kind) int {
	for i, x := range fieldKinds {
		if x == k {
			return i
		}
	}
	return -1
}

// analyse reads an object, name and label. The result for a name alone is
// cached: Record and the export scanner ask for the same names again and
// again.
func (lx *fieldLexicon) analyse(object, name, label string) *nameAnalysis {
	base, pc := stripSalesforce(name)
	return lx.analyseTokens(lx.objectClass(object), lx.compounds(splitWords(base)), lx.labelTokens(label), pc)
}

// analyseTokens is analyse on the words of a name and a label; pc says
// that the name is a person-account field.
func (lx *fieldLexicon) analyseTokens(object objectClass, nameTokens, labelTokens []string, pc bool) *nameAnalysis {
	a := &nameAnalysis{object: object, personField: pc}
	if pc {
		a.object = objectPerson
	}
	lx.score(a, nameTokens, RuleFieldName, a.name[:])
	lx.score(a, labelTokens, RuleFieldLabel, a.label[:])
	for i, cat := range fieldCats {
		if e := a.name[i]; e.conf > 0 && cat.Special() {
			a.nameFindings = append(a.nameFindings, Finding{Category: cat, Kind: Term, Rule: e.rule, Confidence: e.conf})
		}
	}
	return a
}

// analyseName analyses a bare name (no object, no label). There is no
// process-wide cache: names can be personal data (a header row that is a
// data row, a JSON key that is an e-mail address), so the export scanner
// keeps its own bounded cache for the length of one scan (nameCache).
func (lx *fieldLexicon) analyseName(name string) *nameAnalysis {
	return lx.analyse("", name, "")
}

// score matches the lexicon against tokens and records the evidence in
// dst (per category) and in a (kinds and flags).
func (lx *fieldLexicon) score(a *nameAnalysis, tokens []string, prefix string, dst []evidence) {
	if len(tokens) == 0 {
		return
	}
	bases := make([]string, len(tokens))
	for i, t := range tokens {
		bases[i] = lx.base(t)
	}
	type hit struct {
		e    *fieldEntry
		i, j int
	}
	var hits, cleans []hit
	for i := range bases {
		if g := lx.guards[bases[i]]; g != nil {
			a.notes = append(a.notes, lexNote{entry: g, source: EvidenceGuard})
		}
		for _, e := range lx.seqs[bases[i]] {
			j := i + len(e.words)
			if j > len(bases) || !slices.Equal(bases[i:j], e.words) {
				continue
			}
			if e.target == targetClean {
				cleans = append(cleans, hit{e, i, j})
				continue
			}
			hits = append(hits, hit{e, i, j})
		}
	}
	for _, h := range hits {
		e := h.e
		// A clean combination that overlaps the hit cancels it: all
		// categories, or the one it names.
		var cleanedBy *fieldEntry
		for _, c := range cleans {
			if c.i < h.j && h.i < c.j && (c.e.cat == "" || c.e.cat == e.cat) {
				cleanedBy = c.e
			}
		}
		cleaned := cleanedBy != nil
		switch e.target {
		case targetPlain:
			if prefix == RuleFieldName || prefix == RuleFieldLabel {
				a.plain = true
			}
		case targetCategory:
			if cleaned {
				// Noted, so that no other reader of the words (the
				// text vocabulary of a schema field, object_fieldtext.go)
				// finds the category the clean line took away.
				a.notes = append(a.notes, lexNote{entry: cleanedBy, cat: e.cat, source: EvidenceGuard})
				continue
			}
			if n := lx.negatedBy(bases, h.i, h.j, e.cat); n != nil {
				a.notes = append(a.notes, *n)
				continue
			}
			dst[catIndex(e.cat)].addEntry(e.weight, prefix+e.id, e)
			if e.cat == NationalID {
				a.bsnField = true
			}
		case targetKind:
			if cleaned {
				continue
			}
			a.kinds[kindIndex(e.kind)].add(e.weight, prefix+e.id)
			switch e.kind {
			case BSN:
				a.bsnField = true
			case DateOfBirth:
				a.birthField = true
			}
			a.plain = true // an identifier field holds no free text
		}
	}
}

// negatedBy reports the negation or switch that cancels the category
// word bases[i:j] of category cat, or nil:
//
//   - a head word just after it ("verzuimbeleid", "Health Policy"):
//     an organisation's policy, campaign or statistics on the topic;
//   - a negation word just before it ("Non-health opt-in", "niet
//     medisch"): the field is about something other than the category;
//   - a switch word ("disabled") after another word that is not "is",
//     "has" or an adverb: "Household_Account_Addresses_Disabled__c" is a
//     feature toggle, while "Is_Disabled__c" and "Physically_Disabled__c"
//     are about a person.
func (lx *fieldLexicon) negatedBy(bases []string, i, j int, cat Category) *lexNote {
	if j < len(bases) {
		// "verzuimbeleid", "Health Policy", "criminaliteitscijfers":
		// an organisation's policy, campaign or statistics on the
		// topic, about no person.
		if h := lx.heads[bases[j]]; h != nil {
			return &lexNote{entry: h, cat: cat, source: EvidenceContext}
		}
	}
	if i > 0 {
		if n := lx.negations[bases[i-1]]; n != nil {
			return &lexNote{entry: n, cat: cat, source: EvidenceNegation}
		}
	}
	if j == i+1 && i > 0 {
		if s := lx.switches[bases[i]]; s != nil && s.cat == cat && !personMarker(bases[i-1]) {
			return &lexNote{entry: s, cat: cat, source: EvidenceSwitch}
		}
	}
	return nil
}

// personMarker reports whether w, before a switch word, says that the
// switch is a property of a person: a copula or an adverb ("is
// disabled", "physically disabled", "lichamelijk gehandicapt").
func personMarker(w string) bool {
	switch w {
	case "is", "has", "been", "was", "person", "persoon":
		return true
	}
	return strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "lijk")
}

// objectClass says whether an object (Contact, Donor__c, Product2) is a
// person, a thing or unknown.
func (lx *fieldLexicon) objectClass(object string) objectClass {
	if object == "" {
		return objectUnknown
	}
	base, _ := stripSalesforce(object)
	words := lx.compounds(splitWords(base))
	class := objectUnknown
	for _, w := range words {
		switch c := lx.objects[lx.base(w)]; c {
		case objectPerson:
			return objectPerson // a person word wins: "Patient_Visit__c"
		case objectOrg, objectThing:
			class = max(class, c) // a thing wins over an organisation: "Account_Product__c"
		}
	}
	return class
}

// judgeField combines the analysis of name and label with the votes of
// the sample values and returns the findings, filtered.
func (c *Classifier) judgeField(a *nameAnalysis, name string, values []string) []Finding {
	vals, valKinds := c.sampleEvidence(a, values)
	var out []Finding
	for i, cat := range fieldCats {
		if cat == Ordinary {
			continue
		}
		conf, rule := combine(a.name[i], a.label[i], vals[i])
		if conf == 0 {
			continue
		}
		conf *= a.object.factor(cat, max(a.name[i].conf, a.label[i].conf))
		out = append(out, Finding{Category: cat, Kind: Term, Rule: rule, Confidence: round2(conf), Field: name})
	}
	out = appendKindFindings(out, a, valKinds, name)
	return c.filter(out, 0)
}

// factor is how much the evidence for cat counts on an object of class
// o, whose name or label says cat with weight named:
//
//   - on a thing (Product2, Order, Event) every category but
//     national-id counts for nonPersonFactor;
//   - on an organisation the categories an organisation can bear
//     (orgCategory) count for nonPersonFactor, unless the name says
//     outright (weight strongNameWeight and up) a category that only a
//     natural person has (personOnly): an organisation has no diagnosis,
//     so a Diagnosis__c on an Account is about a person (of a person
//     account), while a Religion__c may be a church's.
func (o objectClass) factor(cat Category, named float64) float64 {
	switch {
	case o == objectThing && cat != NationalID:
		return nonPersonFactor
	case o == objectOrg && orgCategory(cat) && !(named >= strongNameWeight && personOnly(cat)):
		return nonPersonFactor
	}
	return 1
}

// personOnly reports whether only a natural person can bear cat when a
// field names it outright: an organisation has no diagnosis, ethnic
// origin or sexual orientation, though it may serve people who have.
func personOnly(cat Category) bool {
	switch cat {
	case Health, RacialEthnicOrigin, SexLifeOrientation:
		return true
	}
	return false
}

// strongNameWeight is the weight of a lexicon entry that names its
// category outright (diagnose, vakbond, strafblad: FIELDS.md bands).
const strongNameWeight = 0.95

// appendKindFindings appends the ordinary identifier findings of a field.
func appendKindFindings(out []Finding, a *nameAnalysis, valKinds [numKinds]evidence, name string) []Finding {
	for i, k := range fieldKinds {
		if k == Term || k == BSN {
			continue // a BSN field is reported as national-id above
		}
		conf, rule := combine(a.kinds[i], evidence{}, valKinds[i])
		if conf == 0 {
			continue
		}
		out = append(out, Finding{Category: Ordinary, Kind: k, Rule: rule, Confidence: round2(conf), Field: name})
	}
	return out
}

// sampleEvidence reads the sample values of a field with the text rules:
// per category the strongest value, raised when several agree, and per
// identifier kind the strongest value.
func (c *Classifier) sampleEvidence(a *nameAnalysis, values []string) (vals [numCats]evidence, valKinds [numKinds]evidence) {
	var buf []Finding
	for _, v := range values {
		if strings.TrimSpace(v) == "" {
			continue
		}
		buf = c.rawValueFindings(buf[:0], v, a.object != objectThing, a.bsnField, a.birthField)
		var seen [numCats]evidence
		for _, f := range buf {
			if f.Kind == Term {
				if a.plain {
					continue // a name, street or count: its words are not about the person
				}
				if i := catIndex(f.Category); i >= 0 {
					seen[i].add(f.Confidence, RuleFieldValues+f.Rule)
				}
				continue
			}
			if f.Category == NationalID {
				if i := catIndex(NationalID); i >= 0 {
					seen[i].add(f.Confidence, RuleFieldValues+string(f.Kind))
				}
				continue
			}
			if i := kindIndex(f.Kind); i >= 0 {
				valKinds[i].add(f.Confidence, RuleFieldValues+string(f.Kind))
			}
		}
		// Several samples that agree are stronger evidence than one.
		for i, s := range seen {
			if s.conf == 0 {
				continue
			}
			if vals[i].conf > 0 {
				hi := max(vals[i].conf, s.conf)
				vals[i].conf = hi + (1-hi)*bothFactor
				if s.conf > vals[i].conf {
					vals[i].rule = s.rule
				}
				continue
			}
			vals[i] = s
		}
	}
	return vals, valKinds
}

// combine merges the evidence of name, label and values: name and label
// mostly repeat each other, so the weaker adds little; the values are
// independent evidence (noisy-or). The rule is the strongest evidence's.
func combine(name, label, values evidence) (float64, string) {
	hi, lo := name, label
	if lo.conf > hi.conf {
		hi, lo = lo, hi
	}
	conf := hi.conf + (1-hi.conf)*lo.conf*bothFactor
	rule := hi.rule
	if values.conf > 0 {
		if values.conf > hi.conf {
			rule = values.rule
		}
		conf = 1 - (1-conf)*(1-values.conf)
	}
	if conf > 1 {
		conf = 1
	}
	return conf, rule
}

func round2(x float64) float64 {
	return float64(int(x*100+0.5)) / 100
}

// personCue is put before a sample value of a field of a person (or of an
// unknown object) when the text rules read it: the field belongs to a
// person's record, which is what a person cue in free text says. Without
// it a bare "islam" or "hartfalen" would count as a topic, not as data
// about someone. The offsets of these findings are not used.
const personCue = "klant: "

// rawValueFindings appends the unfiltered findings of one sample value:
// vocabulary terms, read as about a person when person is set, and
// identifiers, with the hints the field's name gives.
func (c *Classifier) rawValueFindings(dst []Finding, v string, person, bsnField, birthField bool) []Finding {
	if person {
		dst = c.appendTerms(dst, personCue+v)
	} else {
		dst = c.appendTerms(dst, v)
	}
	dst = c.appendValueIdents(dst, v, bsnField, birthField)
	return dst
}

// appendValueIdents appends the identifiers in a value of a field; the
// field's name may say that the value is a BSN or a date of birth.
func (c *Classifier) appendValueIdents(dst []Finding, v string, bsnField, birthField bool) []Finding {
	return c.appendIdentsIn(dst, v, identHint{BSNField: bsnField, BirthField: birthField})
}
