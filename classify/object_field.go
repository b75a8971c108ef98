package classify

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Rule prefixes of the findings that Object derives from a field's
// metadata and its object, beside RuleFieldName, RuleFieldLabel and
// RuleFieldValues.
const (
	RuleFieldDescription = "field-description:" // a word of the field's description
	RuleFieldHelp        = "field-help:"        // a word of the inline help text
	RuleFieldPicklist    = "field-picklist:"    // a word of a picklist value
	RuleFieldType        = "field-type:"        // a word of the field's declared type ("sleutel:INSZType")
	RuleObject           = "object:"            // the object's kind: "object:clinical"
)

// Weights of the evidence that only Object sees.
const (
	// descFactor scales what a field's description or help text says:
	// it describes the field in sentences, which name other things too.
	descFactor = 0.5
	// picklistFactor scales what a picklist's values say: one value of
	// several ("Medical" among the reasons for absence) is enough for
	// the field to hold the category for some records.
	picklistFactor = 0.9
	// strongValueWeight is the weight of a lexicon entry that counts in
	// one picklist value even as a part of it (readPicklist): the
	// strong words of FIELDS.md's bands ("pregnancy", "verstandelijke
	// beperking").
	strongValueWeight = 0.9
	// contentFactor scales the object's kind for a content field: a
	// "Type" or "Comment" on a clinical object holds health data.
	contentFactor = 0.85
)

// Object judges an object of a schema with all its fields at once, so
// that the object and the other fields count as evidence (the field
// lexicon terms/fields.tsv, the schema lexicon terms/schema.tsv, see
// terms/FIELDS.md):
//
//   - the object's kind (ObjectKind) comes from its API suffix, name,
//     label and description, and from its fields: an Account with
//     person-account fields is a person account, and a catalogue-named
//     object with a master-detail field to a person ("Medication__c"
//     under a Contact) is that person's record;
//   - each field is read as Field reads it (name, label, sample values),
//     and also by its description and help text (at descFactor), its
//     picklist values (at picklistFactor, so that a bland "Reason" whose
//     values include "Medical" holds health data) and its object: on a
//     clinical, criminal-justice or membership object every content
//     field holds the object's category (at contentFactor); platform
//     fields (CreatedDate, OwnerId; schema.tsv scope system) and lookups
//     hold none;
//   - a field of whose name, label, description and help text the
//     field lexicon says nothing is asked of the text vocabulary
//     (terms/en.tsv, terms/nl.tsv): a term that says health, genetic,
//     biometric, criminal or sex-life data without a person cue (weight
//     0.8 and up) in its label ("CPAP Compliance", "Dialyse
//     frequentie") counts at 0.9 of its weight, in its description or
//     help text at 0.6; never on configuration, catalogues, things or
//     organisations (see vocabText);
//   - a field whose declared XML Schema type names a national
//     identification number ("sleutel:INSZType") holds it, and so does a
//     field whose name only says that it holds identifiers
//     ("subject_ids") when its description names the number ("BSN
//     nummers van curandussen");
//   - an identification number holds the national number that the values
//     of its type field beside it name ("ID Type": NRIC, FIN, UEN beside
//     "ID No"; schema.tsv scopes id-type and id-number);
//   - a field that only points at another record (a lookup or reference
//     type, or a standard name ending in "Id") holds no category: the
//     other record's fields do;
//   - an organisation's checkboxes are switches of the items of data a
//     contract or report collects when three or more of them are named
//     by ordinary items ("Age", "Occupation Type"): then a "Disability"
//     checkbox beside them turns an item on (object_itemswitch.go);
//   - on configuration (custom metadata types, settings, templates) no
//     field holds personal data; on catalogues and things every category
//     but national-id counts for 0.4; on an organisation the categories
//     an organisation can bear count for 0.4 unless the name says the
//     category outright;
//   - negations ("Non-health opt-in"), switches
//     ("Addresses_Disabled__c"), compound guards ("Datumstempel") and
//     context lines (schema.tsv scope context: "verzuim" in schooling is
//     truancy, not sick leave) take evidence away.
//
// Each FieldResult lists the evidence that decided, for and against,
// with the data line of each rule; it names lexicon patterns, never
// sample values. The object's own names and labels decide its language
// and so its false friends, as Schema's the org's. Fields keep the order
// of o.Fields. Object is safe for
// concurrent use.
func (c *Classifier) Object(o Object) ObjectResult {
	return c.object(o, newSplitCache(fieldLexFor(fieldLex().orgLanguage([]Object{o}))))
}

// object is Object with a cache of compound splits that Schema shares
// between objects.
func (c *Classifier) object(o Object, sc *splitCache) ObjectResult {
	v := sc.lx.objectKind(o, sc, c)
	return c.judgeObject(o, v, sc)
}

// judgeObject judges the fields of o, whose kind v says, as Object
// does; Schema calls it after the org's context may have lifted v.
func (c *Classifier) judgeObject(o Object, v objectVerdict, sc *splitCache) ObjectResult {
	lx := sc.lx
	if v.kind != ObjectConfiguration {
		v.idKeys = lx.idTypeKeys(o.Fields, sc)
	}
	v.sib = &siblingWords{lx: lx, sc: sc, fields: o.Fields}
	v.itemSwitches = lx.itemSwitches(&v, o.Fields, sc)
	res := ObjectResult{
		Object:     o.Name,
		Kind:       v.kind,
		Categories: []Category{},
		Evidence:   v.evidence,
		Fields:     make([]FieldResult, 0, len(o.Fields)),
	}
	if v.cat != "" {
		res.Categories = append(res.Categories, v.cat)
	}
	if v.also != "" {
		res.Categories = append(res.Categories, v.also)
	}
	if res.Evidence == nil {
		res.Evidence = []Evidence{}
	}
	for _, f := range o.Fields {
		res.Fields = append(res.Fields, c.objectField(sc, &v, f))
	}
	c.valueBoxes(o, &res, sc)      // object_valuebox.go
	c.batteryFindings(o, &res, sc) // object_battery.go
	c.instrumentStems(o, &res, sc) // object_instrumentstem.go
	if w := findingsKind(&v, res.Fields); w != nil {
		// The object's fields are mostly the person's health: judge
		// them again as the fields of a clinical record.
		v.kind, v.cat, v.weight = ObjectClinical, Health, w.Weight
		v.evidence = append(v.evidence, *w)
		return c.judgeObject(o, v, sc)
	}
	return res
}

// Thresholds of findingsKind.
const (
	// findingsMin is the least number of an object's fields, and
	// findingsShare the least share of them, that must hold health on
	// their own for the object to be a clinical record.
	findingsMin   = 4
	findingsShare = 0.25
	// findingsWeight is the weight of the clinical kind so found: as
	// a link to a clinical parent record (clinicalParentWeight).
	findingsWeight = clinicalParentWeight
)

// RuleFindings is the rule of the evidence with which an object takes
// the clinical kind from its fields (findingsKind); its Line says how
// many fields held health ("12 of 40 fields").
const RuleFindings = "findings"

// historyWords name a person's history in an object's name: in a
// clinical database the patient's medical history, the anamnesis
// (OpenEMR history_data, HL7 C-CDA history sections); elsewhere a
// record's status history (client_status_history), which findingsKind
// tells apart by its fields.
var historyWords = []string{"history", "historie", "historiek", "anamnesis", "anamnese"}

// findingsKind returns the evidence that makes v, an object of unknown
// kind of an org mostly of clinical records (clinicalOrg) that points
// to a person's record and is named for a history (historyWords),
// clinical because at least
// findingsMin of its fields, and findingsShare of them, hold health by
// their own names, labels and values (fields, their first judgement):
// a history whose columns are mostly findings (a medical history with
// the patient's screenings, surgeries and relatives' conditions) is a
// clinical record, so its bland columns (alcohol, last ECG, additional
// history) hold the patient's health too. Nil when the object is not
// such a record. An object whose name gives it a kind keeps it. An
// object not named a history, or outside a clinical org, is no record
// of health by the same share: an intake of many topics or a service
// case asks about a few health ones among housing, income and
// schooling (sources cases, concernwes).
func findingsKind(v *objectVerdict, fields []FieldResult) *Evidence {
	if v.kind != ObjectUnknown || !v.personLinked || !v.clinicalOrg || len(fields) < findingsMin {
		return nil
	}
	if !slices.ContainsFunc(v.words, func(w string) bool { return slices.Contains(historyWords, w) }) {
		return nil
	}
	n := 0
	for _, f := range fields {
		for _, x := range f.Findings {
			if x.Category == Health {
				n++
				break
			}
		}
	}
	if n < findingsMin || float64(n) < findingsShare*float64(len(fields)) {
		return nil
	}
	return &Evidence{Source: EvidenceSiblings, Rule: RuleFindings, Line: fmt.Sprintf("%d of %d fields", n, len(fields)), Kind: ObjectClinical, Category: Health, Weight: findingsWeight}
}

// Schema judges the objects of one schema (a whole org, a data model)
// together, in order. It first judges what each object is about as
// Object does; then the org's context (object_org.go) may lift an object
// of unknown or thing kind that hangs off a clinical, criminal-justice
// or membership object of the org, or off a person in an org whose
// objects are mostly of that kind: a "Visit__c" with a lookup to its
// patient in a clinic's org is a clinical record; an object of unknown
// kind with a patient key whose family, the org's objects named with
// the same words but the last, is mostly clinical is clinical too
// (OpenEMR's form_eye_neuro beside form_eye_refraction and
// form_eye_vitals; RuleFamily). Each lift is listed
// in the object's evidence (EvidenceSiblings, rule RuleOrgContext, the
// linking field's place, never a value). Every other object is judged
// exactly as Object judges it. The org's language, told by its own
// names and labels, decides which false friends of fields.tsv and
// schema.tsv count: a Dutch word marked nl! (HALT, burger) is quiet in
// an English org, an English one marked en! (arrest, pardon) in a Dutch
// org; an org of mixed or unknown language is read with every line
// (terms/FIELDS.md). Schema is safe for concurrent use.
func (c *Classifier) Schema(objs []Object) []ObjectResult {
	out := make([]ObjectResult, 0, len(objs))
	sc := newSplitCache(fieldLexFor(fieldLex().orgLanguage(objs)))
	vs := make([]objectVerdict, len(objs))
	for i, o := range objs {
		vs[i] = sc.lx.objectKind(o, sc, c)
	}
	sc.lx.orgContext(objs, vs, sc, c)
	for i, o := range objs {
		out = append(out, c.judgeObject(o, vs[i], sc))
	}
	return out
}

// fieldJudge collects the evidence on one field of an object.
type fieldJudge struct {
	lx         *fieldLexicon
	sc         *splitCache
	v          *objectVerdict
	a          *nameAnalysis
	desc       [numCats]evidence
	typ        [numCats]evidence // the declared type's words: national-id only (readDeclaredType)
	sib        [numCats]evidence // an id-type sibling's values: national-id only (idPaired)
	help       [numCats]evidence
	pick       [numCats]evidence
	obj        [numCats]evidence
	topic      [numCats]evidence // schema.tsv topic lines: "voorziening" of a Wmo or Jeugdwet object
	against    []Evidence
	words      []string // base words of the field's name, label and picklist values, for context rules
	nameBases  []string // base words of the field's name
	named      []string // base words of the field's name and label
	lookup     bool
	boolean    bool // a checkbox holds true or false: never a number such as a BSN
	contact    bool // a phone, e-mail or URL field holds a number or an address to reach or link to (contactType), a deal's own field its pipeline (dealField)
	constant   bool // a code that names the kind of record, the same in every record
	structural bool // a segment of its path is administrative structure
	bare       bool // the whole name, not a path, is a structure word ("Status", "Category"): a topic line may read it as content
	idName     bool // the name only says that the field is a number or identifier ("subject_ids", "Nummer")
	idTail     bool // the name ends in a record-id "id" after other words ("support_status_id"): a key to what the words name
	system     bool
	identity   bool     // the field holds ordinary identifiers
	handling   bool     // the field records the handling of the record (a call, a letter, a signature), not its content
	custom     bool     // a Salesforce custom field ("__c"), whose API name abbreviates its label
	answer     bool     // the field lists its values or holds a number: each record's answer, not a fixed text (handling lines marked text)
	descText   string   // the field's description, read for context words on demand
	descWords  []string // its base words, once read
	descRead   bool
	pickTerms  [numCats]int // the number of picklist values that are a term of each category, whole (readPicklist: "Acute", "Chronic")
	gloss      bool         // the field is named by an abbreviation the lexicon does not know ("DBT", "HBP"): its description or help text spells it out (glossFactor)
}

// objectField judges one field of an object whose verdict is v.
func (c *Classifier) objectField(sc *splitCache, v *objectVerdict, f Field) FieldResult {
	lx := sc.lx
	j := &fieldJudge{lx: lx, v: v, sc: sc}
	_, pc := stripSalesforce(f.Name)
	nameTokens, labelTokens := sc.name(f.Name), sc.label(f.Label)
	j.a = lx.analyseTokens(v.kind.class(), nameTokens, labelTokens, pc)
	j.nameBases = lx.bases(nameTokens)
	j.words = slices.Concat(j.nameBases, lx.bases(labelTokens))
	j.named = j.words[:len(j.words):len(j.words)]
	for _, k := range j.a.kinds {
		if k.conf > 0 {
			j.identity = true
		}
	}
	j.gloss = lx.abbreviation(nameTokens, labelTokens)
	j.readText(f.Description, RuleFieldDescription, j.desc[:])
	j.descText = f.Description
	j.readText(f.HelpText, RuleFieldHelp, j.help[:])
	if !j.identity && !j.checklist() {
		j.readPicklist(f.Picklist)
		j.weakNameWithoutValues(f.Picklist)
	}
	j.adminValues(f.Picklist) // object_adminvalues.go
	j.boolean = booleanType(f.Type)
	j.contact = contactType(f.Type) || lx.dealField(v, f, sc)
	if j.boolean && !v.kind.about() {
		j.switchOff(f)
	}
	j.kindOfField(f)
	j.ownCode(f) // object_reldecl.go
	j.readDeclaredType(f.Type)
	j.identifierDescribed()
	j.idPaired(f)
	if j.system || j.lookup {
		j.dropObjectWords()
	}
	j.custom = strings.HasSuffix(f.Name, "__c")
	j.answer = len(f.Picklist) > 0 && !declarationOnly(f.Picklist) || numericType(f.Type)
	j.handlingOf()
	j.approvalStep(f) // object_approvalstep.go
	if !j.handling {
		j.personDataOf(f)
	} else {
		j.professionalData(j.lastSegment(f))
	}
	c.vocabText(j, f)
	j.objectEvidence(f)
	c.groupField(j, f)
	j.topicEvidence()
	j.applyContext()

	vals, valKinds := c.sampleEvidence(j.a, f.Values)
	res := FieldResult{Field: f.Name, Findings: []Finding{}, Evidence: []Evidence{}}
	var out []Finding
	for i, cat := range fieldCats {
		if cat == Ordinary {
			continue
		}
		conf, rule := j.combine(i, vals[i])
		if conf == 0 {
			continue
		}
		named := max(j.a.name[i].conf, j.a.label[i].conf)
		conf *= j.factor(cat, named)
		conf = round2(conf)
		if conf == 0 {
			continue
		}
		out = append(out, Finding{Category: cat, Kind: Term, Rule: rule, Confidence: conf, Field: f.Name})
		res.Evidence = j.appendEvidence(res.Evidence, i, vals[i])
	}
	if v.kind != ObjectConfiguration && !j.lookup && !j.boolean {
		out = appendKindFindings(out, j.a, valKinds, f.Name)
	}
	res.Findings = c.filter(out, 0)
	if res.Findings == nil {
		res.Findings = []Finding{}
	}
	res.Evidence = append(res.Evidence, j.against...)
	for _, n := range j.a.notes {
		res.Evidence = append(res.Evidence, Evidence{Source: n.source, Rule: n.entry.id, Line: n.entry.ref(), Category: n.cat, Against: true})
	}
	return res
}

// readText scores the words of a description or help text into dst, at
// descFactor. Only category evidence counts: a description that
// mentions an e-mail address does not make the field an e-mail field.
func (j *fieldJudge) readText(text, prefix string, dst []evidence) {
	if text == "" {
		return
	}
	var scratch nameAnalysis
	var ev [numCats]evidence
	j.lx.score(&scratch, j.sc.label(text), prefix, ev[:])
	gloss := j.gloss && len(strings.Fields(text)) <= glossMaxWords
	for i, e := range ev {
		if e.conf > 0 {
			factor := descFactor
			if gloss && e.conf >= glossMinWeight {
				factor = glossFactor
			}
			dst[i].addEntry(e.conf*factor, e.rule, e.entry)
		}
	}
	j.a.notes = append(j.a.notes, scratch.notes...)
}

// glossFactor scales what the description or help text of a field named
// by an unknown abbreviation says (abbreviation): there the text spells
// the name out ("DBT": "Diabetes"; "HBP": "High blood pressure
// (hypertension)"; "CP": "Cephalic Perimeter in centimeters"), it does
// not describe it in passing.
const glossFactor = 0.9

// glossMaxWords is the longest description or help text, in words, that
// is a gloss of an abbreviation: a sentence about the field ("This is
// the identifier issued by the DEA, … to write prescriptions") names
// other things too.
const glossMaxWords = 6

// glossMinWeight is the least weight of a lexicon entry that a gloss
// counts at glossFactor: a word that names the category outright
// (diabetes, hypertension), not a weak one in a source's name ("Filled
// from HealthAtlas").
const glossMinWeight = 0.85

// abbreviationMax is the longest abbreviation, in letters, that
// abbreviation accepts.
const abbreviationMax = 5

// abbreviation reports whether a field is named by an abbreviation alone:
// its label (or, without one, its name) is a single word of two to
// abbreviationMax letters that the lexicon does not know (GNU Health's
// crit_dbt labelled "DBT", uxo "UXO", cephalic_perimeter "CP"). Such a
// name says nothing the lexicon can read; its description says what it
// is.
func (lx *fieldLexicon) abbreviation(nameTokens, labelTokens []string) bool {
	toks := labelTokens
	if len(toks) == 0 {
		toks = nameTokens
	}
	if len(toks) != 1 {
		return false
	}
	w := toks[0]
	if len(w) < 2 || len(w) > abbreviationMax || lx.known(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !('a' <= w[i] && w[i] <= 'z' || 'A' <= w[i] && w[i] <= 'Z') {
			return false
		}
	}
	return true
}

// nationalIDWeight is the least weight of a national-id entry of the
// field lexicon (fields.tsv: bsn 0.95, insz and rijksregisternummer 0.8)
// that a declared type or the description of an identifier field must
// reach to say which number the field holds.
const nationalIDWeight = 0.8

// idDescFactor scales the national-id word of the description of a field
// whose name only says that it holds identifiers: the description is
// all there is to say which ones.
const idDescFactor = 0.9

// readDeclaredType reads the declared type of a field when it is an XML
// Schema type name ("sleutel:INSZType", "list of BSNType"): a schema
// that types its identifiers names the number by the type, whatever the
// element is called ("Partner", "Begunstigde" of type INSZType hold the
// Belgian national number). Only a national identification number is
// read so: a type named for a category ("HandicapType") is a structure
// of many fields, each judged by its own words.
func (j *fieldJudge) readDeclaredType(t string) {
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "list of ")
	t = strings.TrimPrefix(t, "attribute ")
	if !xsdTypeName(t) {
		return
	}
	if k := strings.LastIndexByte(t, ':'); k >= 0 {
		t = t[k+1:]
	}
	t = t[:len(t)-len("Type")]
	var scratch nameAnalysis
	var ev [numCats]evidence
	j.lx.score(&scratch, j.sc.name(t), RuleFieldType, ev[:])
	i := catIndex(NationalID)
	if e := ev[i]; e.entry != nil && e.conf >= nationalIDWeight {
		j.typ[i].addEntry(e.conf, e.rule, e.entry)
	}
}

// identifierDescribed gives the national-id word of the description or
// help text of a field whose name only says that it holds a number or
// identifiers ("subject_ids" described as "BSN nummers van curandussen")
// the weight of the lexicon line at idDescFactor: the name says it is an
// identifier and the description says which.
func (j *fieldJudge) identifierDescribed() {
	if !j.idName || j.lookup {
		return
	}
	i := catIndex(NationalID)
	if j.a.name[i].conf > 0 || j.a.label[i].conf > 0 {
		return // the name says it already
	}
	for _, n := range j.a.notes {
		if n.cat == NationalID {
			return // the name took it away: "pseudoBsnGuid" holds a pseudonym
		}
	}
	text := j.desc[i]
	if j.help[i].conf > text.conf {
		text = j.help[i]
	}
	if text.entry == nil || text.entry.weight < nationalIDWeight {
		return
	}
	for _, w := range text.entry.words {
		if slices.Contains(j.named, w) {
			return // the name has the word and a clean line took it away: "pseudoBsnGuid" holds a pseudonym
		}
	}
	j.desc[i] = evidence{}
	j.desc[i].addEntry(text.entry.weight*idDescFactor, text.rule, text.entry)
}

// checklist reports whether a word of the field's name or label is a
// checklist word of schema.tsv ("Checklist", "Controlevragen"): the
// picklist of such a field lists the checks an assessor ticks ("BSN
// gecontroleerd", "WIA-beslissing aanwezig"), not values about the
// person, so it is not read.
func (j *fieldJudge) checklist() bool {
	for _, w := range j.named {
		if e := j.lx.schema.checklist[w]; e != nil {
			j.against = append(j.against, Evidence{Source: EvidenceName, Rule: e.id, Line: e.ref(), Against: true})
			return true
		}
	}
	return false
}

// readPicklist scores the words of each picklist value against the field
// lexicon and the value lines of schema.tsv, at picklistFactor.
//
// One value alone counts only when it is itself a category term (the
// whole value is the entry: "Medical" among the reasons of absence,
// "Handicapped"), holds a strong word of its category
// (strongValueWeight: "High Risk Pregnancy"), or says what the field's
// name says ("No Prior Treatment" of "Have had treatment?"); a weaker
// category word
// inside a longer value ("Jacob's Creek Heritage", "Tobacco&Liquor
// Store", "Portfolio Manager/RAS") needs a second value that says the
// same category ("Sick", "Sickness"), since the values of business
// picklists (brands, products, systems, teams) hold such words by
// chance.
func (j *fieldJudge) readPicklist(values []string) {
	var pick [numCats]evidence
	var count [numCats]int
	var whole [numCats]bool
	for _, pv := range values {
		tokens := j.sc.label(pv)
		if len(tokens) == 0 {
			continue
		}
		if len(values) == 1 && len(tokens) >= declarationWords {
			// The one option of a checkbox, a sentence ("I agree to
			// provide a valid criminal record certificate ..."): the
			// declaration a person ticks, whose words name the
			// procedure, not the person's category.
			continue
		}
		bases := j.lx.bases(tokens)
		j.words = append(j.words, bases...)
		var scratch nameAnalysis
		var ev [numCats]evidence
		j.lx.score(&scratch, tokens, RuleFieldPicklist, ev[:])
		matchSeq(j.lx.schema.values, bases, func(e *schemaEntry, _, _ int) {
			ev[catIndex(e.cat)].addEntry(e.weight, RuleFieldPicklist+e.id, &e.fieldEntry)
		})
		if len(bases) == 1 && !j.v.kind.about() {
			// "Disabled" among the states of a setting or a device
			// (Enabled, Not Supported) is the thing's state, as a
			// switch word is in a name.
			if sw := j.lx.switches[bases[0]]; sw != nil {
				if i := catIndex(sw.cat); i >= 0 && ev[i].conf > 0 {
					ev[i] = evidence{}
					j.a.notes = append(j.a.notes, lexNote{entry: sw, cat: sw.cat, source: EvidenceSwitch})
				}
			}
		}
		for i, e := range ev {
			if e.conf > 0 && fieldCats[i] != NationalID {
				// A picklist holds labels, never a person's
				// number: "BvBSN" among the sources of a record
				// names a system, it holds no BSN.
				pick[i].addEntry(e.conf*picklistFactor, e.rule, e.entry)
				count[i]++
				if e.entry != nil && (slices.Equal(e.entry.words, bases) || e.entry.weight >= strongValueWeight) {
					whole[i] = true
				}
				if e.entry != nil && slices.Equal(e.entry.words, bases) {
					j.pickTerms[i]++
				}
			}
		}
		j.a.notes = append(j.a.notes, scratch.notes...)
	}
	long := len(values) >= longPicklist
	for i, e := range pick {
		named := j.a.name[i].conf > 0 || j.a.label[i].conf > 0
		if e.conf > 0 && (count[i] >= 2 || whole[i] && !long || named) {
			j.pick[i] = e
		}
	}
}

// declarationWords is the number of words from which the one value of a
// picklist is a declaration to tick, not an answer (readPicklist).
const declarationWords = 12

// declarationOnly reports whether a picklist is one declaration to tick
// ("I agree that the information provided here may be processed ..."):
// the field records that the person ticked it, not an answer chosen
// from values (readPicklist, handlingOf).
func declarationOnly(values []string) bool {
	return len(values) == 1 && len(strings.Fields(values[0])) >= declarationWords
}

// longPicklist is the number of values (100) from which a picklist is a list
// of places, products or codes (Childline South Africa's 852 districts)
// rather than a person's answers: one value alone that is a category
// term ("Drie Ziek", a place whose name holds the Dutch ziek) says
// nothing of the field there; two values must say it (readPicklist).
const longPicklist = 100

// weakNameWeight is the weight below which a word of a field's name or
// label reveals its category only with values that say it (FIELDS.md:
// a relationship form, a partner's gender, 0.55).
const weakNameWeight = 0.6

// weakNameWithoutValues takes the evidence of a weak name word that
// would be reported alone (between the default minimum confidence and
// weakNameWeight) away when the field's picklist is known and neither
// its values nor its description or help text say the category: a
// "Relationship Type" whose values are Component and Member of
// Collection (a CMDB relationship) is no relationship form. Words
// weaker still ("hospital", "treatment": 0.4) count only with a second
// source anyway, which may be the help text ("hospitalized for
// psychiatric reasons").
func (j *fieldJudge) weakNameWithoutValues(values []string) {
	if len(values) == 0 {
		return
	}
	for i := range fieldCats {
		if j.pick[i].conf > 0 || j.desc[i].conf > 0 || j.help[i].conf > 0 {
			continue
		}
		for _, src := range []*evidence{&j.a.name[i], &j.a.label[i]} {
			if src.conf >= DefaultMinConfidence && src.conf < weakNameWeight {
				if src.entry != nil {
					j.against = append(j.against, Evidence{Source: EvidencePicklist, Rule: src.entry.id, Line: src.entry.ref(), Category: fieldCats[i], Against: true})
				}
				*src = evidence{}
			}
		}
	}
}

// referenceTypes are the declared types of a field that points at
// another record (Salesforce, FHIR, SQL-ish schemas), folded.
var referenceTypes = []string{"lookup", "masterdetail", "master-detail", "reference", "hierarchy",
	"externallookup", "indirectlookup", "id", "foreignkey", "foreign key", "relation",
	// Microsoft Dataverse attribute types and Common Data Model data
	// types that point at another record or key this one.
	"entityid", "uniqueidentifier", "guid", "owner", "partylist"}

// sqlForeignKey reports whether a folded declared type is an SQL column
// definition with a foreign key ("bigint references client_details",
// "uuid references attachment_file": CREATE TABLE column constraint
// REFERENCES, ISO/IEC 9075-2): the column points at a row of another
// table, as a lookup does, whatever it is named.
func sqlForeignKey(t string) bool {
	_, after, ok := strings.Cut(t, " references ")
	return ok && strings.TrimSpace(after) != ""
}

// kindOfField finds what the field is, whatever it is named: a lookup, a
// platform field.
func (j *fieldJudge) kindOfField(f Field) {
	t := strings.ToLower(strings.TrimSpace(f.Type))
	sl := j.lx.schema
	if t != "" && (slices.Contains(referenceTypes, t) || strings.HasPrefix(t, "reference(") || sqlForeignKey(t)) {
		j.lookup = true
		j.against = append(j.against, Evidence{Source: EvidenceType, Rule: "lookup-type", Against: true})
	} else if j.v.orgLinks[f.Name] {
		// "ManyToOne CervixMonster": an ORM association to another
		// object of the org (object_org.go ormLinks).
		j.lookup = true
		j.against = append(j.against, Evidence{Source: EvidenceType, Rule: "orm-association", Against: true})
	} else if j.v.personKey != "" && strings.EqualFold(strings.TrimSpace(f.Name), j.v.personKey) {
		// "pid", "subjid": the key of the org's person object,
		// carried by its tables (object_personkey.go), points to the
		// person and holds nothing of its own.
		j.lookup = true
		j.against = append(j.against, Evidence{Source: EvidenceSiblings, Rule: RulePersonKey, Against: true})
	} else if (t == "" || t == "string") && standardIDName(f.Name) {
		j.lookup = true
		j.against = append(j.against, Evidence{Source: EvidenceName, Rule: "lookup-id-name", Against: true})
	} else if slices.Contains(integerKeyTypes, t) && numKeyName(f.Name) {
		j.lookup = true
		j.against = append(j.against, Evidence{Source: EvidenceName, Rule: "lookup-num-name", Against: true})
	}
	if j.lookup && !j.v.orgLinks[f.Name] && !oneToManyType(f.Type) {
		// A lookup to the record's code ("CodeId" on an
		// AllergyIntolerance, "ConditionCodeId", "VaccineCodeId") is
		// what the record says, not a pointer to another record; a
		// one-to-many relation ("Medications", "Signs and Symptoms")
		// names the records that point back here, and an ORM
		// relation to an object of the org that is no catalogue
		// (ormLinks: "inpatient_registration_code") a record, never
		// a code.
		b := j.nameBases
		if len(b) > 1 && (b[len(b)-1] == "id" || b[len(b)-1] == "num") {
			b = b[:len(b)-1]
		}
		if n := len(b); n > 1 && allDigits(b[n-1]) {
			// "Race_1__c" to "Race_4__c": numbered lookups of the
			// same code, one for each of the person's races
			b = b[:n-1]
		}
		if len(b) > 0 && b[len(b)-1] != j.v.head {
			// (a key named for its own object, Open Dental's
			// PatientRace.PatientRaceNum, is the row's own number)
			if e := sl.codeRef(b); e != nil {
				j.lookup = false
				j.against = append(j.against, Evidence{Source: EvidenceName, Rule: e.id, Line: e.ref()})
				return
			}
		}
	}
	nameBases := j.nameBases
	if p := j.v.prefix; p != "" && len(nameBases) > 1 && nameBases[0] == p && strings.HasPrefix(f.Name, p+"_") {
		// "apollo_name": the publisher's prefix is no word of the name.
		nameBases = nameBases[1:]
	}
	if e := sl.systemName(nameBases); e != nil && j.systemContent(e, f.Type) {
		// "client_medication.name", "CareRequestDrug.Name": on a
		// person's medication the record's name is the medicine's
		// (schema.tsv system ... content:), what the record says.
		j.against = append(j.against, Evidence{Source: EvidenceSystem, Rule: e.id, Line: e.ref()})
	} else if e != nil {
		j.system = true
		j.against = append(j.against, Evidence{Source: EvidenceSystem, Rule: e.id, Line: e.ref(), Against: true})
	} else if e := sl.recordID(nameBases); e != nil {
		j.idName = true
		// "Monsternummer", "SpecimenId": the record's own number;
		// OMOP "condition_type_concept_id": where the record came from.
		// A single record-id word after a code key (schema.tsv
		// code-key) is the record's code, its content: OMOP
		// "condition_concept_id".
		n := len(nameBases)
		if c := endMatch(sl.codeKeys, nameBases[:max(n-1, 0)]); len(e.words) == 1 && n > 1 && c != nil {
			j.against = append(j.against, Evidence{Source: EvidenceName, Rule: c.id, Line: c.ref()})
		} else {
			j.system = true
			j.idTail = n > 1 && len(e.words) == 1 && e.words[0] == "id"
			j.against = append(j.against, Evidence{Source: EvidenceSystem, Rule: e.id, Line: e.ref(), Against: true})
		}
	} else if e := sl.keyFirst(nameBases); e != nil {
		// "idExtern", "idOrganisatie" (Aedes VERA), "idKlant": a key
		// named first is a key as much as one named last.
		j.system = true
		j.against = append(j.against, Evidence{Source: EvidenceSystem, Rule: e.id, Line: e.ref(), Against: true})
	}
	if !j.system || strings.ContainsAny(f.Name, ".[:/") {
		// A path is read for its structure even when its last word
		// is a record-id word: "extension[medication-assessed-reference]"
		// is a reference, whose own words are no content either.
		j.pathStructure(f.Name, f.Label, f.Picklist)
	}
	if !j.system && len(nameBases) > 1 {
		// "ZorgverlenerRol", "Practitioner_Name__c": a field that names
		// an organisation or professional describes them, not the
		// record's person. (A thing may be the person's own:
		// "WoningAanpassing", a patient's home adaptation.)
		for _, m := range longestMatches(sl.objects, nameBases[:len(nameBases)-1]) {
			if m.kind == ObjectOrganisation {
				j.system = true
				j.against = append(j.against, Evidence{Source: EvidenceObject, Rule: m.id, Line: m.ref(), Kind: m.kind, Against: true})
				break
			}
		}
	}
}

// systemContent reports whether e, the system line that names the
// field, holds no longer because the object is a clinical record named
// for what the field names (e's content words): the Name of a
// client's medication or of a requested drug is the medicine, where the
// Name of a Health Cloud CareObservation is an auto-number. A lookup
// or a declared relation ("name" as Many2One to the patient, GNU
// Health) stays a pointer, and a drug catalogue (kind catalogue) is
// about no person.
func (j *fieldJudge) systemContent(e *schemaEntry, typ string) bool {
	if len(e.content) == 0 || j.lookup || j.v.kind != ObjectClinical || !slices.Contains(e.content, j.v.head) {
		return false
	}
	_, rel := declaredRelation(typ)
	return !rel
}

// pathStructure marks a field whose name, or a segment of whose dotted
// path ("category:VSCat.coding.code", "identifier.value",
// "valueQuantity.unit"), is the record's administrative structure
// (schema.tsv scope structure): it takes no category from its object. A
// slice names its segment ("component:systolic" is a component), except
// that an extension is named by its slice ("extension:recorder" is a
// recorder). The code of a quantity is its unit ("valueQuantity.code").
func (j *fieldJudge) pathStructure(name, label string, picklist []string) {
	sl := j.lx.schema
	// ODK and CHT XForms name a field by its instance path
	// ("inputs/contact/name", "data/meta/__source"): a slash
	// separates its groups as a dot does in FHIR.
	segs := strings.FieldsFunc(name, func(r rune) bool { return r == '.' || r == '/' })
	if len(segs) == 0 {
		return
	}
	for i, seg := range segs {
		head, slice, sliced := cutSlice(seg)
		extension := sliced && (head == "extension" || head == "modifierExtension")
		if extension {
			head = slice
		}
		bases := j.nameBases
		if head != name {
			bases = j.lx.bases(j.sc.name(head))
		}
		if extension && len(bases) > 1 && (bases[len(bases)-1] == "ext" || bases[len(bases)-1] == "extension") {
			bases = bases[:len(bases)-1] // "GenomicStudyReferrerExt"
		}
		e := sl.structure[strings.Join(bases, " ")]
		if e != nil && i < len(segs)-1 && !sliced && pluralSegment(j.sc.name(head), bases) && (labelKeyed(segs[i+1:]) || i == 0 && labelKeyedDots(name)) {
			// A plural segment followed by display labels names a
			// collection keyed by its members, not an element (a
			// FHIR element is singular even when it repeats, and
			// its children are element names): Aselo HRM's issue
			// tree "categories.<category>.<subcategory>" is one
			// checkbox per issue of the contact, its content.
			e = nil
		}
		for k := 1; e == nil && extension && k < len(bases)-1; k++ {
			// An extension is named by what it holds, last:
			// "workflow-relatedArtifact" is a related artifact (two
			// words at least: "ombCategory" is not a category).
			e = sl.structure[strings.Join(bases[k:], " ")]
		}
		if e == nil && extension && len(bases) > 2 {
			// Three words or more end in what it holds:
			// "GenomicStudyAnalysisSpecimen" is a specimen,
			// "medication-assessed-reference" a reference.
			e = sl.structure[bases[len(bases)-1]]
		}

		if e == nil && i > 0 && i == len(segs)-1 && (head == "code" || head == "system") {
			prevHead, _, _ := cutSlice(segs[i-1])
			prev := j.lx.bases(j.sc.name(prevHead))
			switch {
			case len(prev) > 0 && prev[len(prev)-1] == "quantity":
				e = sl.structure["unit"] // the code of a quantity is its unit
			case prevHead == "component" && head == "code":
				// The code of a component names the component
				// ("component[gene-studied].code" is LOINC 48018-6),
				// the same in every record; its value is the content.
				j.constant = true
				e = sl.structure["coding"]
			}
		}
		if e != nil {
			j.system, j.structural = true, true
			j.bare = len(segs) == 1 && !sliced
			j.against = append(j.against, Evidence{Source: EvidenceSystem, Rule: e.id, Line: e.ref(), Against: true})
			return
		}
	}
	if j.constantCode(segs[len(segs)-1], label, picklist) {
		j.system, j.constant = true, true
		j.against = append(j.against, Evidence{Source: EvidenceSystem, Rule: "constant-code", Against: true})
	}
}

// dropObjectWords cancels the name, label and description evidence of a
// structural field whose words only repeat its object's name: the label
// "GenomicStudy.identifier" of a genomic study's identifier says
// "genomic" because of the object, not because the identifier is
// genetic data.
func (j *fieldJudge) dropObjectWords() {
	for _, src := range []*[numCats]evidence{&j.a.name, &j.a.label, &j.desc, &j.help} {
		for i := range src {
			e := src[i].entry
			if e == nil || src[i].conf == 0 {
				continue
			}
			inside := true
			for _, w := range e.words {
				if !slices.Contains(j.v.words, w) {
					inside = false
					break
				}
			}
			if inside {
				src[i] = evidence{}
				j.against = append(j.against, Evidence{Source: EvidenceObject, Rule: e.id, Line: e.ref(), Category: fieldCats[i], Against: true})
			}
		}
	}
}

// cutSlice splits a path segment into its element and its slice name:
// FHIR "category:VSCat" and FHIR Shorthand "component[gene-studied]"
// give the element and the slice; "value[x]" is the element "value".
func cutSlice(seg string) (head, slice string, sliced bool) {
	seg = strings.TrimSuffix(seg, "[x]")
	if i := strings.IndexByte(seg, '['); i > 0 && strings.HasSuffix(seg, "]") {
		return seg[:i], seg[i+1 : len(seg)-1], true
	}
	return strings.Cut(seg, ":")
}

// constantCode reports whether the last segment of a path is a code
// whose label only repeats the object's own name: the code that says
// what kind of record this is ("code", label "Body Weight", on a body
// weight profile), the same in every record. The name of a zib
// measurement (Nictiz zib AlgemeneMeting MetingNaam, zibs 2020
// [MetingNaam], which the zib maps to FHIR Observation.code) is such a
// code when its value set holds one value: IKNL's PZP data set fixes
// "MetingNaam voor Euthanasie standpunt" to one code, the same for
// every patient, and keeps the answer in the value beside it.
func (j *fieldJudge) constantCode(last, label string, picklist []string) bool {
	head, _, _ := cutSlice(last)
	skip := codeLabelWords
	if head != "code" {
		if len(picklist) != 1 || !j.measurementName(last) {
			return false
		}
		skip = measurementLabelWords
	}
	if label == "" {
		return false
	}
	if !strings.ContainsFunc(label, unicode.IsLetter) {
		return true // a LOINC code as label: "82120-7"
	}
	words := j.lx.bases(j.sc.label(label))
	n := 0
	for _, w := range words {
		if slices.Contains(skip, w) {
			continue
		}
		if !slices.Contains(j.v.words, w) {
			return false
		}
		n++
	}
	return n > 0
}

// codeLabelWords and measurementLabelWords are the words of a constant
// code's label that need not be the object's: the code's own word, and
// the words of a zib measurement's name (constantCode).
var (
	codeLabelWords        = []string{"code"}
	measurementLabelWords = []string{"meting", "naam", "metingnaam", "voor"}
)

// measurementName reports whether a path segment names the name of a
// zib measurement: the words "meting naam" in it ("MetingNaam voor
// Euthanasie standpunt", "euthanasie_standpunt_meting_naam").
func (j *fieldJudge) measurementName(seg string) bool {
	bases := j.lx.bases(j.sc.name(seg))
	for i := 0; i+1 < len(bases); i++ {
		if bases[i] == "meting" && bases[i+1] == "naam" {
			return true
		}
	}
	return slices.Contains(bases, "metingnaam")
}

// numericTypes are the declared types of a field that holds a number
// (Salesforce, SQL, JSON and FHIR), folded; a formula's type is read
// by what it returns ("Formula (Number)").
var numericTypes = []string{"number", "double", "integer", "int", "decimal", "percent", "currency", "float", "long", "smallint", "bigint", "tinyint", "numeric"}

// numericType reports whether a field's declared type holds a number.
func numericType(t string) bool {
	return slices.Contains(numericTypes, formulaType(t))
}

// formulaType returns a declared type, lower case, or for a formula
// ("Formula (Number)") the type it returns.
func formulaType(t string) string {
	t = strings.ToLower(strings.TrimSpace(t))
	if in, ok := strings.CutPrefix(t, "formula ("); ok {
		t = strings.TrimSuffix(in, ")")
	}
	return t
}

// RuleMoneyType is the rule of the evidence against a field whose
// declared type holds an amount of money (moneyType): it takes no
// category from its object.
const RuleMoneyType = "money-type"

// moneyType reports whether a declared type holds an amount of money:
// Salesforce Currency (and a formula returning one), Dataverse and SQL
// Server money and smallmoney.
func moneyType(t string) bool {
	switch formulaType(t) {
	case "currency", "money", "smallmoney":
		return true
	}
	return false
}

// contactType reports whether a declared type is one of the contact
// types of Salesforce (field types Phone, Email, Url): the field holds a
// telephone or fax number, an e-mail address or a web address, never a
// fact of a person's health, beliefs or record, whatever its name says
// ("Medical Reviews Fax", "Survey Link" of a medical profile).
func contactType(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "phone", "email", "url":
		return true
	}
	return false
}

// booleanType reports whether a declared type holds only true or false.
func booleanType(t string) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "boolean", "checkbox", "bool":
		return true
	}
	return false
}

// switchOff cancels the category of a switch word ("Disabled",
// "IsDisabled") in a boolean field of an object that is not about a
// person: there it turns a feature off (fields.tsv switch lines).
func (j *fieldJudge) switchOff(f Field) {
	for _, w := range j.words {
		{
			sw := j.lx.switches[w]
			if sw == nil {
				continue
			}
			i := catIndex(sw.cat)
			if j.a.name[i].conf > 0 || j.a.label[i].conf > 0 {
				j.a.name[i], j.a.label[i] = evidence{}, evidence{}
				j.a.notes = append(j.a.notes, lexNote{entry: sw, cat: sw.cat, source: EvidenceSwitch})
			}
		}
	}
}

// standardIDName reports whether name is a standard (not custom) field
// name of the form "<Object>Id": "MedicationRequestId", "AccountId".
// integerKeyTypes are the declared integer types a database key has.
var integerKeyTypes = []string{"long", "int64", "bigint", "int", "integer"}

// numKeyName reports whether an API name written in CamelCase ends in
// "Num" after a word ("PatNum", "ProvNum", "AllergyDefNum"): in
// database schemas that name a key by its table and Num (Open Dental's
// tables), with an integer type, it is a key to that table's row, not
// a count. A snake_case "babies_alive_num" is a count and does not end
// so.
func numKeyName(name string) bool {
	if len(name) < 5 || !strings.HasSuffix(name, "Num") || strings.ContainsRune(name, '_') {
		return false
	}
	p := name[len(name)-4]
	return ('a' <= p && p <= 'z') || ('A' <= p && p <= 'Z')
}

func standardIDName(name string) bool {
	if strings.Contains(name, "__") || len(name) < 4 || !strings.HasSuffix(name, "Id") {
		return false
	}
	p := name[len(name)-3]
	return 'a' <= p && p <= 'z'
}

// handlingOf marks a field whose name (not its label, which in FHIR is
// a sentence: "Range in question") says that it records the handling
// of the record (schema.tsv scope handling: a call back, a letter sent,
// a signature, a notification date) or that holds a national
// identification number: it takes no category from its object, only
// from its own words. The label of a Salesforce custom field is read
// too: its API name is the label cut to 40 characters and abbreviated
// ("Payment_Discl__c", "Emergency Department Payment Disclaimer";
// "SCD_Action", "Scheduling Action"), while FHIR and zib labels are
// sentences or translations that name the content.
func (j *fieldJudge) handlingOf() {
	if max(j.a.name[catIndex(NationalID)].conf, j.a.label[catIndex(NationalID)].conf) >= 0.5 {
		j.handling = true
		return
	}
	matchSeq(j.lx.schema.handling, j.nameBases, func(e *schemaEntry, _, _ int) {
		if len(e.of) > 0 && !(len(e.words) == len(j.nameBases) && slices.ContainsFunc(e.of, func(w string) bool { return slices.Contains(j.v.words, w) })) {
			return
		}
		if !j.handling && !slices.Contains(e.unless, j.v.kind) && !(e.text && j.answer) {
			j.handling = true
			j.against = append(j.against, Evidence{Source: EvidenceName, Rule: e.id, Line: e.ref(), Against: true})
		}
	})
	if !j.handling && j.custom {
		matchSeq(j.lx.schema.handling, j.named[len(j.nameBases):], func(e *schemaEntry, _, _ int) {
			if len(e.of) > 0 {
				return // a whole-name line: the name decides
			}
			if !j.handling && !slices.Contains(e.unless, j.v.kind) && !(e.text && j.answer) {
				j.handling = true
				j.against = append(j.against, Evidence{Source: EvidenceLabel, Rule: e.id, Line: e.ref(), Against: true})
			}
		})
	}
}

// spelledOut reports whether an API name is its label abbreviated word
// by word, as the column names of older schemas and data warehouses are
// ("bene_id", "Beneficiary Id"; "carr_clm_pmt_dnl_cd", "Claim Payment
// Denial Code": the CMS Chronic Conditions Data Warehouse's variable
// names beside their labels): at least one word of the name is a
// shorter spelling of a word of the label (its first letter, then some
// of its letters in order), and at least half of the name's words are
// the label's words or such spellings of them, in order. The label then
// says what the name says, and personLink reads it for the person word
// a key abbreviates. A label that translates, describes or inflects the
// name ("Range in question" of valueRange, a zib's English label of its
// Dutch name, "Requested Date" of request_date) is no such spelling.
func spelledOut(name, label []string) bool {
	if len(name) < 2 || len(label) < 2 {
		return false
	}
	words, mapped, short, k := 0, 0, 0, 0
	for _, w := range name {
		if !allLetters(w) {
			continue
		}
		words++
		for i := k; i < len(label); i++ {
			if w == label[i] {
				mapped, k = mapped+1, i+1
				break
			}
			if abbreviates(w, label[i]) {
				mapped, short, k = mapped+1, short+1, i+1
				break
			}
		}
	}
	return short > 0 && 2*mapped >= words
}

// abbreviates reports whether w is a shorter spelling of word: its first
// letter and then some of its letters, in order ("clm" claim, "pmt"
// payment, "cd" code, "vrsn" version).
func abbreviates(w, word string) bool {
	if len(w) < 2 || len(w) >= len(word) || w[0] != word[0] {
		return false
	}
	if strings.HasPrefix(word, w) && len(word)-len(w) < 3 {
		return false // an inflection ("request", "Requested"), not a spelling
	}
	i := 1
	for j := 1; j < len(word) && i < len(w); j++ {
		if word[j] == w[i] {
			i++
		}
	}
	return i == len(w)
}

// allLetters reports whether w is a non-empty word of ASCII lower-case
// letters only (a folded name word, not a number).
func allLetters(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !('a' <= w[i] && w[i] <= 'z') {
			return false
		}
	}
	return true
}

// nameModifiers are the words that may stand between a person word and
// a plain word in the name of a field that holds a person's ordinary
// data ("patient_short_name", "ClientFirstName"): they say which of the
// person's names, nothing more.
var nameModifiers = map[string]bool{
	"short": true, "first": true, "last": true, "full": true, "middle": true, "given": true,
	"preferred": true, "legal": true, "display": true, "maiden": true, "nick": true,
}

// personDataTails are the last words of a field named for a person's
// ordinary data: their names, address, photo and language (each a
// plain word of fields.tsv; TestPersonDataTails). Counts, scores,
// types, numbers and dates are plain words too, but after a person word
// they may name the content ("patient score") or the person's number in
// an organisation ("member_number" of a union).
var personDataTails = map[string]bool{
	"name": true, "naam": true, "voornaam": true, "achternaam": true, "surname": true,
	"address": true, "adres": true, "street": true, "straat": true, "city": true, "woonplaats": true,
	"postcode": true, "zip": true, "photo": true, "foto": true, "language": true, "taal": true,
}

// professionalWords name the professionals and officials who serve or
// supervise the person a record is about (the labelling rule: a
// professional's data is not the person's category). A field named for
// one of them and then a name or contact word holds their contact data.
var professionalWords = map[string]bool{
	"officer": true, "physician": true, "doctor": true, "dentist": true, "nurse": true, "provider": true,
	"practitioner": true, "clinician": true, "therapist": true, "counsellor": true, "counselor": true,
	"caseworker": true, "attorney": true, "lawyer": true, "psychiatrist": true, "psychologist": true,
	"pharmacist": true, "gp": true, "surgeon": true, "radiologist": true, "pathologist": true, "midwife": true,
	"advocaat": true, "arts": true, "huisarts": true, "tandarts": true, "verpleegkundige": true,
	"behandelaar": true, "zorgverlener": true, "patholoog": true, "radioloog": true, "verloskundige": true,
	"reclasseringswerker": true, "casemanager": true, "psycholoog": true, "psychiater": true, "therapeut": true,
	// An employee's line manager (leidinggevende) supervises the
	// employee whose sickness absence a record is about.
	"leidinggevende": true, "supervisor": true,
}

// contactTails are the last words of a field that holds contact details
// or a professional's register number: after a professional's word they
// are the professional's.
var contactTails = map[string]bool{
	"phone": true, "telephone": true, "telefoon": true, "telefoonnummer": true, "email": true,
	"fax": true, "mobile": true, "mobiel": true, "npi": true,
}

// personDataOf marks a field named for a person's ordinary data alone:
// person words of fields.tsv (object:person) and name modifiers, then a
// word of personDataTails last
// ("patient_short_name", "PersonName", "baby_name" of a form's baby
// group, "ClientAddress"). On a clinical record it says whom the record
// is about, not their health (the labelling rule: ordinary personal
// data is negative), so it takes no category from its object, as a
// handling field does; its own words still count. Of a path
// ("babys_condition/baby_details/baby_name") the last segment is read.
func (j *fieldJudge) personDataOf(f Field) {
	b := j.lastSegment(f)
	if len(b) == 1 && j.lx.objects[b[0]] == objectPerson && !j.boolean {
		// "Ziekmelding.medewerker", "Leerplichtdossier.leerling",
		// "Schuldhulptraject.client": a field named by a person word
		// alone says whom the record is about (a reference or a name,
		// as a lookup would), not the record's content.
		j.handling = true
		j.against = append(j.against, Evidence{Source: EvidenceName, Rule: "person-data", Against: true})
		return
	}
	if len(b) < 2 {
		return
	}
	if j.professionalData(b) {
		return
	}
	if personDataTails[b[0]] && !j.boolean && !slices.ContainsFunc(b[1:], func(w string) bool {
		return j.lx.objects[w] != objectPerson && !professionalWords[w]
	}) {
		// "naam_contactpersoon", "naam_aanvrager", "adres_huisarts":
		// Dutch names the name or address first and whose it is after
		// it.
		j.handling = true
		j.against = append(j.against, Evidence{Source: EvidenceName, Rule: "person-data", Against: true})
		for _, w := range b[1:] {
			if professionalWords[w] {
				j.dropProfessional(w)
			}
		}
		return
	}
	if !personDataTails[b[len(b)-1]] {
		return
	}
	person := false
	for _, w := range b[:len(b)-1] {
		switch {
		case j.lx.objects[w] == objectPerson:
			person = true
		case nameModifiers[w]:
		default:
			return
		}
	}
	if person {
		j.handling = true
		j.against = append(j.against, Evidence{Source: EvidenceName, Rule: "person-data", Against: true})
	}
}

// objectEvidence adds the object's category to a content field of a
// clinical, criminal-justice or membership object, and the org's
// category to a long free-text field of an object that the org's
// context reads as its records' (liftByOrg).
func (j *fieldJudge) objectEvidence(f Field) {
	v := j.v
	if v.kind == ObjectMembership && j.membershipKey() {
		j.system, j.structural = false, false
	}
	if v.orgCat != "" && v.cat == "" && !j.lookup && !j.system && !j.identity && !j.handling && !j.structural && isLongText(f) && !j.namesOther(v.orgCat) {
		// A note on a record that hangs off a person's or a clinical
		// record in a clinic's org (object_org.go).
		j.obj[catIndex(v.orgCat)] = evidence{conf: orgNoteWeight * contentFactor, rule: RuleOrgContext + "note"}
	}
	if v.cat == "" || j.lookup || j.system || j.identity || j.handling || j.otherCategoryNamed() {
		return
	}
	if moneyType(f.Type) && v.kind == ObjectClinical {
		// An amount of money (billed, allowed, adjusted, contracted)
		// is what the care cost, not a fact of the person's health:
		// the handling lines cost, price, fee, paid and owed say so
		// word by word, the declared type for every amount. Its own
		// words still count ("Estimated Medical Bills"). A member's
		// dues and a sentence's fine stay their objects' content, as
		// the lines paid and fee say (unless:membership,
		// criminal-justice).
		j.against = append(j.against, Evidence{Source: EvidenceType, Rule: RuleMoneyType, Category: v.cat, Against: true})
		return
	}
	for _, cat := range [...]Category{v.cat, v.also} {
		if cat != "" {
			j.obj[catIndex(cat)] = evidence{conf: v.weight * contentFactor, rule: RuleObject + string(v.kind)}
		}
	}
}

// otherCategoryNamed reports whether the field's own name or label
// names the other of health and criminal data than its object's, at
// namedKindWeight or more, and the object's own categories not at all;
// when it does, it records the object's category as evidence against
// the field (j.against): a question of a drug-treatment form "Have you been to
// prison?" or "Ever been convicted of an assault?" holds the client's
// criminal record, not their health; a detainee's "Medical Condition"
// their health, not an offence. Other categories named on a clinical
// record stay its health as well ("Blue skin color" of a newborn is a
// sign, not an origin).
func (j *fieldJudge) otherCategoryNamed() bool {
	v := j.v
	for _, cat := range [...]Category{v.cat, v.also} {
		if cat != "" && max(j.a.name[catIndex(cat)].conf, j.a.label[catIndex(cat)].conf) > 0 {
			return false
		}
	}
	for _, cat := range [...]Category{Health, Criminal} {
		i := catIndex(cat)
		if cat == v.cat || cat == v.also {
			continue
		}
		if max(j.a.name[i].conf, j.a.label[i].conf) >= namedKindWeight {
			j.against = append(j.against, Evidence{Source: EvidenceName, Rule: RuleObject + string(v.kind), Category: v.cat, Against: true})
			return true
		}
	}
	return false
}

// namesOther reports whether the field's name or label names a category
// of a kind other than cat (health or criminal) outright: a note named
// for the person's convictions or parole ("Conviction History
// Narrative", "Parole/Probation Narrative") in a clinic-like org holds
// that category, not the org's (liftByOrg's note), as
// otherCategoryNamed says for an object's own kind.
func (j *fieldJudge) namesOther(cat Category) bool {
	for _, c := range [...]Category{Health, Criminal} {
		i := catIndex(c)
		if c != cat && max(j.a.name[i].conf, j.a.label[i].conf) >= namedKindWeight {
			return true
		}
	}
	return false
}

// membershipKey reports whether a record number of a membership object
// names the membership itself: a number named for the member alone
// ("member_number": a membership number, held only by members). A key
// to another record ("voter_id", "receipt_number", "council_number")
// stays a key. (A member's bare status is the membership's by a topic
// line of the membership's kind: schema.tsv topic status.)
func (j *fieldJudge) membershipKey() bool {
	if !j.system || j.lookup || j.idTail {
		return false
	}
	n := len(j.nameBases)
	if !j.idName || n < 2 {
		return false
	}
	for _, w := range j.nameBases[:n-1] {
		if j.lx.objects[w] != objectPerson {
			return false
		}
	}
	return true
}

// kindTopic reports whether w, a topic word, is "@" and the object's kind
// and the object's records reveal cat: "@membership" on a union's member
// table names the union membership, whatever the object is called.
// "@person" is a person's own record, of no category: a person account,
// or a person whose name or label ends in a person word (the weight and
// height on a Contact are the person's body measurements, while a vote's
// weight, an image's height or the weight of a "Customer Behavior" are
// not).
func (j *fieldJudge) kindTopic(w string, cat Category) bool {
	if w == "@"+string(ObjectPerson) {
		return j.v.kind == ObjectPersonAccount || j.v.kind == ObjectPerson && j.v.personHead
	}
	return len(w) > 1 && w[0] == '@' && w[1:] == string(j.v.kind) && j.v.cat == cat
}

// topicEvidence adds the category of a topic line of schema.tsv whose
// words are in the field's name or label and whose topic words are words
// of its object: the "voorziening" (provision) of a client in a Wmo or
// Jeugdwet table names the care the client gets. A field named by a
// structure word alone ("Status", "Category") is the record's structure
// unless a topic line says that on such an object it is content: the
// status of an allergy is its clinical status. A key named for the
// topic and "id" ("support_status_id") points at the topic's code, the
// record's content, as a code reference does. A topic line marked
// "siblings" finds its topic words in the names and labels of the
// object's fields too: a risk on a record that holds PHQ-9 scores or
// self-harm is a risk of harm in mental-health care.
func (j *fieldJudge) topicEvidence() {
	topics := j.lx.schema.topics
	if len(topics) == 0 || j.lookup || j.system && !j.bare && !j.idTail || j.identity || j.handling {
		return
	}
	keyed := j.system && !j.bare // an idTail: the topic must be what the key points at
	matchSeq(topics, j.named, func(e *schemaEntry, start, end int) {
		if e.first && start != 0 && start != len(j.nameBases) {
			// "Gross Vehicle Weight", "Capacity Weight": a word
			// before the measure says whose it is.
			return
		}
		if e.alone && !(start == 0 && end == len(j.nameBases)) && !(start == len(j.nameBases) && end == len(j.named) && start < end) {
			// "PAN Seeding Status", "PAN Validation Date": a
			// word beside the abbreviation says what of it the
			// field holds.
			return
		}
		if keyed && end != len(j.nameBases)-1 {
			// "support_status_id" keys a support status; in
			// "election_role_by_voter_id" the topic is not what the
			// key points at.
			return
		}
		for _, w := range e.context {
			if slices.Contains(j.v.words, w) || e.sibling && j.v.sib != nil && j.v.sib.has(w) || j.kindTopic(w, e.cat) {
				if c := j.topicContext(e); c != nil {
					// A prisoner's height beside eye and hair
					// colour describes the person for
					// identification.
					j.against = append(j.against, Evidence{Source: EvidenceContext, Rule: c.id, Line: c.ref(), Category: c.cat, Against: true})
					return
				}
				j.topic[catIndex(e.cat)].addEntry(e.weight, RuleObject+e.id, &e.fieldEntry)
				j.system, j.structural = false, false
				return
			}
		}
	})
}

// topicContext returns the context line of schema.tsv that says the
// words of topic line e are something else here, or nil: among the
// words of the field or its object (inContext), or, unless the line is
// marked @own, of its sibling fields (a height beside eye colour, hair
// colour and complexion describes a person for identification).
func (j *fieldJudge) topicContext(e *schemaEntry) *schemaEntry {
	for _, c := range j.lx.schema.contexts[e.words[0]] {
		if c.cat != e.cat || !slices.Equal(c.words, e.words) {
			continue
		}
		if j.inContext(c.context, c.field) {
			return c
		}
		if !c.ownOnly && j.v.sib != nil {
			for _, w := range c.context {
				if j.v.sib.has(w) {
					return c
				}
			}
		}
	}
	return nil
}

// applyContext cancels the category evidence of a word that a context
// line of schema.tsv says is something else here: "verzuim" on an object
// or field about school.
func (j *fieldJudge) applyContext() {
	ctx := j.lx.schema.contexts
	if len(ctx) == 0 {
		return
	}
	for _, src := range []*[numCats]evidence{&j.a.name, &j.a.label, &j.desc, &j.help, &j.pick, &j.typ} {
		for i := range src {
			e := src[i].entry
			if e == nil || src[i].conf == 0 {
				continue
			}
			for _, c := range ctx[e.words[0]] {
				if c.cat != fieldCats[i] || !slices.Equal(c.words, e.words) {
					continue
				}
				if j.inContext(c.context, c.field) {
					src[i] = evidence{}
					j.against = append(j.against, Evidence{Source: EvidenceContext, Rule: c.id, Line: c.ref(), Category: c.cat, Against: true})
				}
			}
		}
	}
}

// inContext reports whether any of words is a word of the field (its
// name, label, picklist or description) or, unless fieldOnly (a
// context line's @field), of its object. The
// description counts because it says what the field is for ("the
// customer's or prospect's Union": a union as a customer).
func (j *fieldJudge) inContext(words []string, fieldOnly bool) bool {
	for _, w := range words {
		if slices.Contains(j.words, w) || !fieldOnly && slices.Contains(j.v.words, w) {
			return true
		}
	}
	if !j.descRead {
		j.descRead = true
		if j.descText != "" {
			j.descWords = j.lx.bases(j.sc.label(j.descText))
		}
	}
	for _, w := range words {
		if slices.Contains(j.descWords, w) {
			return true
		}
	}
	return false
}

// combine merges the evidence for category index i: name and label as
// Field does, then description, help text, picklist, object and sample
// values as independent evidence (noisy-or). The rule is the strongest
// evidence's.
func (j *fieldJudge) combine(i int, vals evidence) (float64, string) {
	conf, rule := combine(j.a.name[i], j.a.label[i], evidence{})
	best := conf
	text := j.desc[i]
	if j.help[i].conf > text.conf {
		text = j.help[i]
	}
	if text.entry != nil && (text.entry == j.a.name[i].entry || text.entry == j.a.label[i].entry) {
		// The description repeats the word of the name ("Donation
		// Membership Origin", "the origin of the membership"): the
		// same evidence twice, not a second source.
		text = evidence{}
	}
	for _, e := range []evidence{text, j.typ[i], j.sib[i], j.pick[i], j.obj[i], j.topic[i], vals} {
		if e.conf == 0 {
			continue
		}
		if e.conf > best {
			best, rule = e.conf, e.rule
		}
		conf = 1 - (1-conf)*(1-e.conf)
	}
	return min(conf, 1), rule
}

// structuralValues is the least number of picklist values that are a
// term of a category, whole (readPicklist), by which a field named by a
// structure word alone ("Status") holds that category: a condition's
// course (Acute, Chronic), not a department named among the states of a
// lab form's workflow (Gecontroleerd cytologie, Huisarts onbekend).
const structuralValues = 2

// factor is how much the evidence counts on this field of this object: a
// lookup, a contact field (contactType) and every field of configuration
// hold no category; things,
// catalogues and organisations as objectClass.factor says.
func (j *fieldJudge) factor(cat Category, named float64) float64 {
	if j.lookup || j.constant || j.contact || j.v.kind == ObjectConfiguration || j.boolean && (cat == NationalID || j.v.itemSwitches) {
		return 0 // a checkbox holds no number; an organisation's checkboxes of items are switches (object_itemswitch.go)
	}
	if j.structural && cat != NationalID && !(j.bare && j.pickTerms[catIndex(cat)] >= structuralValues) {
		// "category[Genetics]", "extension[GenomicStudyReference]":
		// administrative structure whatever its slice is called; a
		// BSN as an identifier ("identifier[BSN]") is still one. A
		// field named by the structure word alone whose values name
		// the category (a condition's Status: acute, chronic, healed,
		// worsening) holds the person's state, not the record's.
		return 0
	}
	if j.v.kind == ObjectThing && j.topic[catIndex(cat)].conf > 0 {
		// A topic line names the object's topic already: the care
		// named on an invoice line of a Wmo or Jeugdwet table is the
		// client's care, though an invoice is a thing.
		return 1
	}
	if j.v.kind == ObjectThing && j.v.personLinked && !j.boolean && named >= thingOfPersonWeight && personOnly(cat) {
		// "Claim.DateIllnessInjuryPreg" with the patient's key: a
		// thing of a person's record says outright what is the
		// person's (a catalogue, pointing to no person, never does).
		// A checkbox of a thing stays the thing's feature: a
		// tenancy contract's Rolstoel is the home's wheelchair access.
		return 1
	}
	return j.a.object.factor(cat, named)
}

// thingOfPersonWeight is the least weight of a category word in the
// name or label of a field of a thing that points to a person's record
// (a claim with the patient's key) that keeps its whole weight there.
const thingOfPersonWeight = 0.85

// appendEvidence appends the evidence for category index i, strongest
// source first.
func (j *fieldJudge) appendEvidence(dst []Evidence, i int, vals evidence) []Evidence {
	cat := fieldCats[i]
	add := func(src EvidenceSource, e evidence) {
		if e.conf == 0 {
			return
		}
		ev := Evidence{Source: src, Category: cat, Weight: round2(e.conf)}
		if e.entry != nil {
			ev.Rule, ev.Line = e.entry.id, e.entry.ref()
		} else {
			ev.Rule = e.rule
		}
		if src == EvidenceValues {
			ev.Rule = e.rule // the text rule, never the value
		}
		dst = append(dst, ev)
	}
	add(EvidenceName, j.a.name[i])
	add(EvidenceLabel, j.a.label[i])
	add(EvidenceDescription, j.desc[i])
	add(EvidenceHelpText, j.help[i])
	add(EvidenceType, j.typ[i])
	add(EvidenceSiblings, j.sib[i])
	add(EvidencePicklist, j.pick[i])
	add(EvidenceObject, j.topic[i])
	if j.obj[i].conf > 0 {
		rule, line := j.objectRule()
		dst = append(dst, Evidence{Source: EvidenceObject, Category: cat, Kind: j.v.kind, Weight: round2(j.obj[i].conf), Rule: rule, Line: line})
	}
	add(EvidenceValues, vals)
	return dst
}

// objectRule is the rule and data line that decided the object's kind.
func (j *fieldJudge) objectRule() (rule, line string) {
	for _, e := range j.v.evidence {
		if !e.Against && e.Kind == j.v.kind {
			return e.Rule, e.Line
		}
	}
	return "", ""
}

// pluralSegment reports whether the last word of a path segment is the
// plural of its base word ("categories" of "category").
func pluralSegment(tokens, bases []string) bool {
	if len(tokens) == 0 || len(tokens) != len(bases) {
		return false
	}
	t, b := strings.ToLower(tokens[len(tokens)-1]), bases[len(bases)-1]
	return t != b && (t == b+"s" || t == b+"es" || (strings.HasSuffix(b, "y") && t == b[:len(b)-1]+"ies"))
}

// labelKeyed reports whether every segment of a path is a display label
// ("Psychological health", "Anxiety") rather than an element name
// ("contact", "valueQuantity"): it begins with a capital or holds a
// space.
func labelKeyed(segs []string) bool {
	for _, s := range segs {
		if s == "" || !(unicode.IsUpper([]rune(s)[0]) || strings.Contains(s, " ")) {
			return false
		}
	}
	return len(segs) > 0
}

// labelKeyedDots reports whether the segments after the first of a
// dotted path are display labels, a slash inside a label being part of
// it ("categories.Physical Health.Difficulty sleeping/insomnia").
func labelKeyedDots(name string) bool {
	segs := strings.Split(name, ".")
	return len(segs) > 1 && labelKeyed(segs[1:])
}

// lastSegment returns the base words of the last segment of the field's
// name ("babys_condition/baby_details/baby_name": baby name), without a
// Salesforce suffix or a publisher's prefix ("mmc_naam_aanvrager").
func (j *fieldJudge) lastSegment(f Field) []string {
	seg := f.Name
	if k := strings.LastIndexAny(seg, "/.:"); k >= 0 {
		seg = seg[k+1:]
	}
	seg, _ = stripSalesforce(seg)
	b := j.lx.bases(j.sc.name(seg))
	if p := j.v.prefix; p != "" && len(b) > 1 && b[0] == p && strings.HasPrefix(seg, p+"_") {
		b = b[1:]
	}
	return b
}

// professionalData marks a field named for a professional's name or
// contact details (a word of professionalWords, name modifiers, then a
// word of personDataTails or contactTails: "Parole_Probation_Officer_
// Phone__c", "Referring Physician Name", "Psychologist_First_Name__c",
// "therapist_email") as handling: the contact data of the professional
// on the record of the person they serve. The professional's own word
// says what they do, not the person's care, and its category evidence
// goes (dropProfessional), also when a handling line ("last name") has
// already made the field handling.
func (j *fieldJudge) professionalData(b []string) bool {
	if len(b) < 2 {
		return false
	}
	if last := b[len(b)-1]; !personDataTails[last] && !contactTails[last] {
		return false
	}
	k := len(b) - 2
	for k > 0 && nameModifiers[b[k]] {
		k--
	}
	if !professionalWords[b[k]] {
		return false
	}
	if !j.handling {
		j.handling = true
		j.against = append(j.against, Evidence{Source: EvidenceName, Rule: "person-data", Against: true})
	}
	j.dropProfessional(b[k])
	return true
}

// dropProfessional takes away the category evidence of the field's name
// and label that the word of a professional (professionalWords) gives:
// in "Psychologist Last Name" the psychologist is whose name it is, and
// their trade is no category of the person the record is about.
func (j *fieldJudge) dropProfessional(w string) {
	for _, src := range []*[numCats]evidence{&j.a.name, &j.a.label} {
		for i := range src {
			if e := src[i].entry; e != nil && src[i].conf > 0 && slices.Contains(e.words, w) {
				j.against = append(j.against, Evidence{Source: EvidenceName, Rule: e.id, Line: e.ref(), Category: fieldCats[i], Against: true})
				src[i] = evidence{}
			}
		}
	}
}

// columnTypeWords are the words with which the columns of mainframe-era
// and data-warehouse schemas end their names to say the column's type
// (Modified_By_Tx, Logical_Delete_Ind, Modified_On_Date, Locking_Tsp,
// Year_Num, Status_Cd): no word of what the column holds.
var columnTypeWords = map[string]bool{
	"tx": true, "txt": true, "ind": true, "cd": true, "num": true, "nbr": true,
	"dt": true, "dte": true, "date": true, "tsp": true, "ts": true, "flg": true,
}

// systemName returns the system line of schema.tsv that is the field's
// whole name, or, when the name ends in a column-type word
// (columnTypeWords), its name without that word when two words or more
// are left ("Modified_By_Tx" is modified by), or nil.
func (sl *schemaLexicon) systemName(nameBases []string) *schemaEntry {
	if e := sl.system[strings.Join(nameBases, " ")]; e != nil {
		return e
	}
	if n := len(nameBases); n > 2 && columnTypeWords[nameBases[n-1]] {
		// two words left at least: a one-word system line ("activity",
		// "name") with a date or a number after it names content
		// ("Activity_Date")
		return sl.system[strings.Join(nameBases[:n-1], " ")]
	}
	return nil
}
