package classify

import (
	"fmt"
	"slices"
	"strings"
)

// objectVerdict is what an object is about, and why.
type objectVerdict struct {
	kind         ObjectKind
	cat          Category // the category every record reveals, or ""
	also         Category // a second category every record reveals, or ""
	weight       float64  // the strength of the kind's evidence
	evidence     []Evidence
	words        []string        // base words of the object's name, label and description, for context rules
	idKeys       []idKey         // id-type fields whose values name a national identification number (object_idpair.go)
	sib          *siblingWords   // the words of the object's fields, read when a topic line asks (topicEvidence)
	itemSwitches bool            // an organisation's checkboxes turn items of data on (object_itemswitch.go)
	personLinked bool            // an object of unknown kind with a field that points to a person's record (object_clinical.go, object_org.go)
	personKey    string          // the field, lower case, that carries the key of the org's person object (object_personkey.go), or ""
	orgCat       Category        // the category that the org's context gives its long free-text fields (object_org.go), or ""
	orgLinks     map[string]bool // fields whose declared ORM association points to another object of the org (object_org.go)
	prefix       string          // a publisher prefix that most of the object's field names share ("apollo" of apollo_name), or ""
	deal         bool            // the object is a sales deal by its fields (object_deal.go): those fields are the deal's
	clinicalOrg  bool            // the org's objects are mostly clinical records (Schema's org context, object_org.go)
	personHead   bool            // the object's name or label ends in a person word ("Contact", "CIS_100_CLIENT"): a person's own record, not a record about something of a person ("Customer Behavior")
	declaredOrg  bool            // the org declares its relations with their targets and holds them (referenceData): its records point to their code catalogues, so a text "Code" is the record's own number (ownCode)
	head         string          // the last base word of the object's name ("medication" of client_medication), or ""
}

// descObjectFactor scales what an object's description says about its
// kind: a description is longer and vaguer than a name ("the accounts of
// the persons and organisations …").
const descObjectFactor = 0.7

// namedKindWeight is the least weight of a field-lexicon category word
// in an object's name that makes the object clinical or
// criminal-justice: strong words only ("allergie", not "beperking").
const namedKindWeight = 0.8

// descAgreeFactor is how much a description that agrees with the name
// adds to the name's weight, of the gap to 1.
const descAgreeFactor = 0.5

// minKindWeight is the least weight at which object evidence decides a
// kind.
const minKindWeight = 0.5

// objectKind judges what the records of o are about, in these steps:
//
//  1. an API suffix that names a kind of metadata (schema.tsv scope
//     object-suffix: "__mdt" is a custom metadata type, configuration),
//     or a field that only a platform's own kind of table has (scope
//     sibling: a Dataverse business process flow's key);
//  2. the words of the object's name and label, then of its description
//     (at descObjectFactor), against the object lines of schema.tsv;
//     where several kinds match, the more specific wins (ObjectKind.rank),
//     and a longer pattern hides the shorter ones inside it
//     ("medication statement" is clinical, "medication" a catalogue);
//     an instrument named with its number ("K10+", "GAD-7") is read in
//     runs of letters and digits (digitKind);
//     failing those, when the name, label and description give no kind
//     that reveals a category and name no organisation or thing, the
//     text vocabulary's terms in the label (or the name) and the
//     description (textNameKind, textDescKind);
//  3. failing that, the object words of fields.tsv (object:person,
//     object:org, object:thing);
//  4. the siblings: an organisation, person or unknown object with
//     person-account fields ("__pc", IsPersonAccount, PersonBirthdate;
//     schema.tsv scopes sibling and sibling-suffix) is a person account;
//     an unknown object that points to a person and links to a record
//     an object line makes clinical ("Client_Treatment__c") is part of
//     that record (clinicalParent).
func (lx *fieldLexicon) objectKind(o Object, sc *splitCache, c *Classifier) objectVerdict {
	sl := lx.schema
	v := objectVerdict{kind: ObjectUnknown}
	ns, table := objectNamespace(o.Name)
	base, _ := stripSalesforce(stripVersion(stripXSDType(table, o.Fields)))
	nameTokens := sc.compounds(splitWords(base))
	label, context := o.Label, ""
	if i := strings.LastIndex(label, ": "); i > 0 {
		// "Mental Health Innovations, Shout (UK): Issue
		// Categorization", "AP304 DECLARATIE FARMACEUTISCHE HULP:
		// Debiteurrecord": what comes before the colon names the
		// application, organisation or message the object belongs
		// to, its context, as a namespace is; the rest is the object.
		label, context = label[i+2:], label[:i]
	}
	labelTokens := sc.label(label)
	descTokens := sc.label(o.Description)
	if context != "" {
		descTokens = slices.Concat(sc.label(context), descTokens)
	}
	if ns != "" {
		// "sociaalmedischeIndicatieKinderopvang.dimdatum",
		// "clinical.dim_date": the dataset or schema is the object's
		// context, as its description is; the table is the object.
		descTokens = slices.Concat(sc.compounds(splitWords(ns)), descTokens)
	}
	nameBases := lx.bases(nameTokens)
	labelBases := lx.bases(labelTokens)
	descBases := lx.bases(descTokens)
	v.words = slices.Concat(nameBases, labelBases, descBases)

	v.prefix = lx.publisherPrefix(o.Fields)
	if len(nameBases) > 0 {
		v.head = nameBases[len(nameBases)-1]
	}
	v.personHead = len(nameBases) > 0 && lx.objects[nameBases[len(nameBases)-1]] == objectPerson ||
		len(labelBases) > 0 && lx.objects[labelBases[len(labelBases)-1]] == objectPerson
	if e := sl.suffix(scopeObjectSuffix, o.Name); e != nil {
		v.set(e, 1, EvidenceObject)
		return v
	}
	if e := lx.platformSibling(o.Fields, sc); e != nil {
		// A Dataverse business process flow table
		// ("apollo_medicaltestbpf"): a field that only the platform's
		// own kind of table has says what the table is, whatever
		// it is named for.
		v.set(e, 1, EvidenceSiblings)
		return v
	}
	if e := lx.containerOf(nameTokens); e != nil {
		v.evidence = append(v.evidence, Evidence{Source: EvidenceObject, Rule: e.id, Line: e.ref(), Against: true})
	}
	best := lx.headKind(nameTokens, 1, EvidenceObject, false)
	if best != nil && best.Kind == ObjectCatalogue && len(lx.afterContainer(nameTokens)) < len(nameTokens) {
		// "CovidCase-Medication": the medication of a case file is
		// the person's, not a drug catalogue.
		best = nil
	}
	if len(nameBases) > 1 && !lx.nameIsPerson(nameBases[1:]) {
		// "DimProduct", "d_voorziening": a dimension table of a data
		// warehouse lists reference values, unless it lists people
		// ("DimCustomer").
		if e := sl.prefixes[nameBases[0]]; e != nil && (best == nil || best.Kind.category() == "" && best.Category == "" || best.Weight < e.weight) {
			best = &Evidence{Source: EvidenceObject, Rule: e.id, Line: e.ref(), Kind: e.kind, Weight: e.weight}
		}
	}
	if lb := lx.headKind(labelTokens, 1, EvidenceObject, false); best == nil || lb != nil && lb.Kind == best.Kind && lb.Weight > best.Weight || lx.qualifiesHead(lb, best) {
		best = lb // the label decides when the name does not, or says the same more strongly, or more precisely
	}
	if best == nil && context != "" && len(labelBases) == 1 {
		// "Medische controle: resultaat", "Intake: Details": a one-word
		// part after a colon is a part of the record the words before
		// the colon name, which then say what the records are.
		ct := sc.label(context)
		if best = lx.headKind(ct, 1, EvidenceObject, false); best == nil {
			best = lx.namedKind(ct, 1, EvidenceObject)
		}
	}
	if ext := lx.extendsKind(o.Description); ext != nil {
		// A CiviCRM custom group "Extends Organization": its fields
		// are the organisation's, whatever the group is named for.
		best = ext
	}
	var weakNamed *Evidence // a weak category word that names no head (weakNamedKind)
	orgHead, orgHeadKind := lx.orgHead(nameTokens, labelTokens)
	if orgHead != nil && best != nil && best.Kind.category() != "" {
		// "Treatment_Quote__c": the clinical line of "treatment" ends
		// before the head; the head says what the records are.
		best = nil
	}
	if best == nil && orgHead == nil {
		best = lx.namedKind(lx.afterContainer(nameTokens), 1, EvidenceObject)
		if best != nil && lx.modifierOnly(best, lx.afterContainer(nameTokens)) {
			weakNamed = best
		}
	}
	if best == nil && orgHead == nil {
		best = lx.namedKind(lx.afterContainer(labelTokens), 1, EvidenceObject)
		if best != nil && lx.modifierOnly(best, lx.afterContainer(labelTokens)) {
			weakNamed = best
		}
	}
	if best == nil {
		// "K10p__c" labelled "K10+", "GAD_7__c": an instrument named
		// with its digits, which splitting drops.
		best = lx.digitKind(base, o.Label)
	}
	if best == nil || best.Kind == ObjectPerson && best.Category == "" {
		// "shas_representatives": people's roles for a named party
		// (object_group.go).
		if g := c.groupKind(lx, nameTokens); g != nil {
			best = g
		}
	}
	business := lx.nameIsBusiness(nameBases, labelBases) || orgHead != nil
	if (best == nil || best.Kind == ObjectPerson && best.Category == "") && !business {
		// The text vocabulary knows more diagnoses, treatments and
		// offences than the field lexicon: a "Dialysis Session", a
		// "Rehab Program Enrollment" (object_text.go).
		if t := c.textKindOf(sc, objectTexts(o, splitWords(base), labelTokens, nameTokens)); t != nil {
			best = t
		}
	}
	if best == nil && !business && c.cats.has(Health) {
		// A clinical name of clinical.tsv in the name of an object
		// that points to a person's record (object_clinical.go).
		best = lx.clinicalObjectKind(objectTexts(o, splitWords(base), labelTokens, nameTokens), o.Fields, sc)
	}
	// A description is longer and vaguer than a name ("in the hospital
	// setting"): it may say that the records are about a person's
	// health, a crime or a membership, no more. It decides when the
	// name and label do not, and strengthens a weak name that it
	// agrees with (a FHIR "Procedure" described as performed on a
	// patient).
	var desc *Evidence
	agreed := "" // the rule of a description that agrees with the name
	if !lx.isContainer(nameBases) {
		// Its conditional clauses name conditions of a rule, not what
		// the records are (withoutConditions).
		kindTokens := sc.label(withoutConditions(o.Description))
		if ns != "" {
			kindTokens = slices.Concat(sc.compounds(splitWords(ns)), kindTokens)
		}
		desc = lx.headKind(kindTokens, descObjectFactor, EvidenceDescription, true)
		if desc == nil {
			desc = lx.namedKind(kindTokens, descObjectFactor, EvidenceDescription)
		}
		if desc == nil && !business {
			desc = c.textDescKind(withoutConditions(o.Description))
		}
	}
	if best == nil && orgHead != nil {
		best = &Evidence{Source: EvidenceObject, Rule: orgHead.id, Line: orgHead.ref(), Kind: orgHeadKind, Weight: orgHeadWeight}
	}
	sib := siblingWords{lx: lx, sc: sc, fields: o.Fields}
	best = lx.kindInContext(&v, best, &sib)
	desc = lx.kindInContext(&v, desc, &sib)
	switch {
	case best == nil && lx.nameIsPerson(nameBases) && desc != nil && desc.Kind == ObjectMembership:
		// "Member" described as a union member: a person word says
		// whose record it is, the description whose member (the
		// organisation's own member administration).
		best = desc
	case best == nil && lx.nameIsPerson(nameBases):
		// "Patient", "Klant__c": the fields.tsv person words below
		// decide; a description of a patient mentions health.
	case best == nil:
		best = desc
	case desc != nil && desc.Kind == best.Kind && best.Weight < 1:
		agreed = desc.Rule
		v.evidence = append(v.evidence, *desc)
		b := *best
		b.Weight = round2(b.Weight + (1-b.Weight)*desc.Weight*descAgreeFactor)
		best = &b
	}
	if best != nil {
		v.kind, v.cat, v.weight = best.Kind, best.Category, best.Weight
		v.evidence = append(v.evidence, *best)
		if e := lx.schemaEntryByID(best.Rule); e != nil {
			v.also = e.also // "genomic report": genetic and health
		}
	}
	if weakNamed != nil && v.kind == weakNamed.Kind && (v.weight <= weakNamed.Weight || agreed == weakNamed.Rule) {
		// A description that repeats the weak word ("gnuhealth.health_service",
		// whose namespace names the application) adds no evidence of
		// its own.
		lx.weakNamedKind(&v, weakNamed, o.Fields, sc)
	}
	if v.kind == ObjectCatalogue {
		lx.ownedByPerson(&v, nameTokens, o.Fields, sc)
	}
	lx.dealSiblings(&v, o.Fields, sc) // object_deal.go
	// A thing named so by an object line (a peer review of a
	// clinician's work, an invoice) stays a thing whatever clinical
	// steps its fields name; an object whose name says nothing may be
	// made clinical by its fields. An organisation's name (Account)
	// says something: its records are organisations or, in a
	// person-account org, people, whose few health fields (a Dutch
	// housing corporation's tenant: Zorgindicatie, Medische urgentie,
	// Rolstoelgebruiker) make not every field of the tenant health.
	if lx.siblingsMayDecide(&v, nameBases) {
		lx.siblingKind(&v, o.Fields, sc)
	}
	if v.kind == ObjectUnknown && !lx.nameIsPerson(nameBases) {
		lx.headFieldKind(&v, nameBases, o.Fields, sc) // object_headfield.go
	}
	if v.kind == ObjectUnknown {
		lx.soapSiblings(&v, o.Fields, sc)
	}
	if v.kind == ObjectUnknown || v.kind == ObjectCatalogue && v.weight < 1 {
		lx.administrationRecord(&v, o.Fields, sc) // object_administration.go
	}
	if v.kind == ObjectUnknown {
		lx.fallbackKind(&v, nameBases)
	}
	if v.kind == ObjectOrganisation && v.weight < 1 {
		lx.patientOwned(&v, o.Fields, sc)
	}
	if v.kind == ObjectConfiguration && v.weight < 1 {
		lx.birthDateRows(&v, o.Fields, sc)
	}
	if v.kind != ObjectConfiguration {
		lx.categoryRegister(&v, o.Fields, sc)
	}
	if v.kind == ObjectOrganisation || v.kind == ObjectPerson || v.kind == ObjectUnknown {
		lx.personAccount(&v, o.Fields, sc)
	}
	if v.kind == ObjectThing {
		// A thing of a person's record (a claim with the patient's
		// key): objectClass.factor's exception (judgeField factor).
		v.personLinked = lx.personLink(o.Fields, sc) != nil
	}
	if v.kind == ObjectUnknown {
		v.personLinked = lx.personLink(o.Fields, sc) != nil
		if v.personLinked && c.cats.has(Health) {
			lx.clinicalSiblings(&v, o.Fields)
		}
		if v.kind == ObjectUnknown && v.personLinked && c.cats.has(Health) {
			lx.clinicalParent(&v, o.Fields, sc) // object_clinical.go
		}
	}
	return v
}

// digitKind returns the kind of an object line whose pattern is one
// word of letters and digits ("k10", "gad7", "eq5d": instruments named
// with their numbers) that the object's name or label names, or nil.
// Names are split at letter-digit boundaries and their digits dropped
// (FIELDS.md), so "K10" would read as "k" alone; here the name and label
// are read in runs of letters and digits instead, a hyphen or underscore
// between a letter and a digit joined ("GAD-7", "EQ_5D"), and a run
// matches a pattern it begins with when no digit follows ("K10p", the
// K10+, is the K10; "K100" is not).
func (lx *fieldLexicon) digitKind(texts ...string) *Evidence {
	if len(lx.schema.digitObjects) == 0 {
		return nil
	}
	for _, t := range texts {
		for _, run := range alnumRuns(t) {
			for _, e := range lx.schema.digitObjects {
				p := e.words[0]
				if e.weight < minKindWeight || !strings.HasPrefix(run, p) || len(run) > len(p) && isDigit(run[len(p)]) {
					continue
				}
				return &Evidence{Source: EvidenceObject, Rule: e.id, Line: e.ref(), Kind: e.kind, Category: e.cat, Weight: e.weight}
			}
		}
	}
	return nil
}

// alnumRuns returns the runs of ASCII letters and digits of s, lower
// case, joining a hyphen or underscore that stands between a letter and
// a digit ("GAD-7" → "gad7", "K10+" → "k10").
func alnumRuns(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isWordByte(c):
			if isUpperASCII(c) {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		case (c == '-' || c == '_') && i > 0 && i+1 < len(s) && isWordByte(s[i-1]) && isWordByte(s[i+1]) && isDigit(s[i-1]) != isDigit(s[i+1]):
			// "GAD-7", "EQ_5D": the instrument's letters and its number
		default:
			flush()
		}
	}
	flush()
	return out
}

// stripVersion removes a version suffix from an object's name
// ("CovidCase-V8", "Task_v2", "PatientV3"): the version is no word of
// the name, and the head word comes before it.
func stripVersion(name string) string {
	i := len(name)
	for i > 0 && '0' <= name[i-1] && name[i-1] <= '9' {
		i--
	}
	if i == len(name) || i < 2 || name[i-1] != 'V' && name[i-1] != 'v' {
		return name
	}
	j := i - 1
	switch name[j-1] {
	case '-', '_', '.':
		return name[:j-1]
	}
	if name[j] == 'V' && 'a' <= name[j-1] && name[j-1] <= 'z' {
		return name[:j] // "PatientV3"
	}
	return name
}

// stripXSDType removes the "Type" that XML Schema names its complex
// types with ("HandicapType", "ArbeidsongeschiktheidType"; the naming
// convention of the W3C XML Schema primer's "USAddress"/"PurchaseOrderType",
// of NIEM, UBL and the Flemish MAGDA schemas) when the object is such a
// type: a field of it declares a type named the same way
// ("generiek:VlagEnumType", "list of sleutel:INSZType"). There "Type"
// is no word of the name: a HandicapType is a handicap, not a list of
// kinds (schema.tsv object "type"). A Salesforce or OpenAPI object
// ("Encounter_Type__c", "BesluitType" of the Catalogi API) declares its
// fields' types as Text, Picklist or string and keeps it.
func stripXSDType(name string, fields []Field) string {
	if !xsdTypeName(name) {
		return name
	}
	for _, f := range fields {
		t := strings.TrimSpace(f.Type)
		t = strings.TrimPrefix(t, "list of ")
		t = strings.TrimPrefix(t, "attribute ")
		if xsdTypeName(t) {
			return name[:len(name)-len("Type")]
		}
	}
	return name
}

// xsdTypeName reports whether s is a single name, perhaps qualified by
// a namespace prefix ("generiek:VlagEnumType"), that ends in "Type"
// after a letter or digit of the name.
func xsdTypeName(s string) bool {
	n := len(s) - len("Type")
	if n < 1 || s[n:] != "Type" || strings.ContainsAny(s, " ;,()") {
		return false
	}
	p := s[n-1]
	return 'a' <= p && p <= 'z' || 'A' <= p && p <= 'Z' || '0' <= p && p <= '9'
}

// conditionWords open a conditional clause of a description: what
// follows them to the end of the sentence is a condition of a rule ("Recht
// bestaat als de nabestaande arbeidsongeschikt is"), not what the
// records are. Dutch "als" counts before a clause opener only.
var conditionWords = []string{"indien", "tenzij", "mits", "if", "unless", "provided"}

// clauseOpeners are the words after Dutch "als" that make it "if" and
// open a clause ("als de nabestaande …", "als er …"): before a bare noun
// it is "as" ("als vertegenwoordiger optreden").
var clauseOpeners = []string{"de", "het", "een", "er", "hij", "zij", "ze", "u", "je", "men", "die", "dit", "deze", "iemand", "betrokkene", "aanvrager"}

// clauseAfter reports whether the word at the start of rest (after
// spaces) is a clause opener.
func clauseAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	j := 0
	for j < len(rest) && isWordByte(rest[j]) {
		j++
	}
	return slices.Contains(clauseOpeners, strings.ToLower(rest[:j]))
}

// withoutConditions returns a description less its conditional clauses:
// from a word of conditionWords to the end of its sentence. A service
// that decides a benefit on a condition of health (a survivor's benefit
// for a survivor unable to work) keeps records of the benefit, not of
// the person's health.
func withoutConditions(s string) string {
	var b strings.Builder
	skip := false
	start := 0
	flush := func(end int) {
		if !skip {
			b.WriteString(s[start:end])
		}
		start = end
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '.' || c == '?' || c == '!' || c == ';' || c == '\n':
			flush(i)
			skip = false
		case (i == 0 || !isWordByte(s[i-1])) && isWordByte(c):
			j := i
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			if w := strings.ToLower(s[i:j]); !skip && (slices.Contains(conditionWords, w) || w == "als" && clauseAfter(s[j:])) {
				flush(i)
				skip = true
			}
		}
	}
	flush(len(s))
	return b.String()
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// objectNamespace splits a qualified object name ("dataset.table",
// "schema.table") into its namespace and the table; a name without a
// dot is all table.
func objectNamespace(name string) (ns, table string) {
	i := strings.LastIndexByte(name, '.')
	if i <= 0 || i == len(name)-1 {
		return "", name
	}
	return name[:i], name[i+1:]
}

// headKind returns the kind that the object lines of schema.tsv give
// tokens, scaled by factor, or nil. Names are head-final in English and
// Dutch ("Drug_Allergy__c" is an allergy, "CarePlanTemplate" a
// template, "Vakbondslidmaatschap" a membership), so of the longest
// matches the one that ends last decides; at the same end the more
// specific kind (ObjectKind.rank). With categorised set, only the kinds
// whose records reveal a category count.
func (lx *fieldLexicon) headKind(tokens []string, factor float64, src EvidenceSource, categorised bool) *Evidence {
	var best, strong *schemaEntry
	bestEnd := -1
	for _, m := range longestSpans(lx.schema.objects, lx.bases(tokens)) {
		if m.e.weight*factor < minKindWeight || categorised && m.e.cat == "" {
			continue
		}
		if m.e.kind.category() != "" && m.e.weight >= strongModifierWeight && (strong == nil || m.e.weight > strong.weight) {
			strong = m.e
		}
		if m.j > bestEnd || m.j == bestEnd && m.e.kind.rank() > best.kind.rank() {
			best, bestEnd = m.e, m.j
		}
	}
	if best == nil {
		return nil
	}
	if best.kind.category() == "" && best.kind != ObjectCatalogue && best.weight <= weakHeadWeight {
		// A weak head word of no category ("log", a technical log,
		// 0.6) after a strong clinical or criminal-justice word
		// ("Symptom Log", "Seizure Log": a patient's symptom diary)
		// records what that word names; a catalogue stays one ("Diagnosis
		// Domain" lists diagnoses).
		if strong != nil {
			best = strong
		} else if nk := lx.namedKind(tokens, factor, src); nk != nil && nk.Weight >= strongModifierWeight {
			return nk
		}
	}
	return &Evidence{Source: src, Rule: best.id, Line: best.ref(), Kind: best.kind, Category: best.cat, Weight: round2(best.weight * factor)}
}

// weakHeadWeight is the weight at or below which an object line of no
// category is a weak head word, and strongModifierWeight the weight from
// which a clinical, criminal-justice or membership word before it
// decides the kind instead (headKind).
const (
	weakHeadWeight       = 0.6
	strongModifierWeight = 0.8
)

// namedKind returns the clinical or criminal-justice kind that a strong
// category word of the field lexicon in tokens gives, or nil: an object
// named "Wond", "Pijnscore" or "Hartfrequentie" is clinical, one named
// "Veroordeling" criminal-justice.
func (lx *fieldLexicon) namedKind(tokens []string, factor float64, src EvidenceSource) *Evidence {
	var scratch nameAnalysis
	var ev [numCats]evidence
	lx.score(&scratch, tokens, RuleFieldName, ev[:])
	var best *Evidence
	for _, ck := range [...]struct {
		cat  Category
		kind ObjectKind
	}{{Health, ObjectClinical}, {Genetic, ObjectClinical}, {Criminal, ObjectCriminalJustice}} {
		e := ev[catIndex(ck.cat)]
		w := e.conf * factor
		if e.entry == nil || e.conf < namedKindWeight || w < minKindWeight || best != nil && w <= best.Weight {
			continue
		}
		best = &Evidence{Source: src, Rule: e.entry.id, Line: e.entry.ref(), Kind: ck.kind, Category: ck.cat, Weight: round2(w)}
	}
	return best
}

// siblingWords are the base words of the names and labels of an
// object's fields, read once and only when a context line asks.
type siblingWords struct {
	lx     *fieldLexicon
	sc     *splitCache
	fields []Field
	words  []string
	read   bool
}

// has reports whether w is a word of a field's name or label.
func (s *siblingWords) has(w string) bool {
	if !s.read {
		s.read = true
		for _, f := range s.fields {
			s.words = append(s.words, s.lx.bases(s.sc.name(f.Name))...)
			s.words = append(s.words, s.lx.bases(s.sc.label(f.Label))...)
		}
	}
	return slices.Contains(s.words, w)
}

// kindInContext returns ev, or nil when a context line of schema.tsv
// says that the word that gave ev is something else among the words of
// the object or of its fields: a "Beperking" described as a
// publiekrechtelijke beperking of a parcel (Wkpb) restricts land, not a
// person's health; a "Sanctie" whose fields count waiting points
// ("puntengebeurtenissen") is a sanction of a housing allocation
// system, not a criminal one.
func (lx *fieldLexicon) kindInContext(v *objectVerdict, ev *Evidence, sib *siblingWords) *Evidence {
	if ev == nil || ev.Category == "" {
		return ev
	}
	words := lx.ruleWords(ev.Rule)
	if len(words) == 0 {
		return ev
	}
	for _, c := range lx.schema.contexts[words[0]] {
		if c.cat != ev.Category || !slices.Equal(c.words, words) {
			continue
		}
		for _, w := range c.context {
			if slices.Contains(v.words, w) || !c.ownOnly && sib.has(w) {
				v.evidence = append(v.evidence, Evidence{Source: EvidenceContext, Rule: c.id, Line: c.ref(), Category: c.cat, Kind: ev.Kind, Against: true})
				return nil
			}
		}
	}
	return ev
}

// schemaEntryByID returns the schema.tsv entry whose rule ID is id, or
// nil.
func (lx *fieldLexicon) schemaEntryByID(id string) *schemaEntry {
	for _, e := range lx.schema.entries {
		if e.id == id {
			return e
		}
	}
	return nil
}

// ruleWords returns the base words of the schema.tsv or fields.tsv entry
// whose rule ID is id, or nil.
func (lx *fieldLexicon) ruleWords(id string) []string {
	for _, e := range lx.schema.entries {
		if e.id == id {
			return e.words
		}
	}
	for _, e := range lx.entries {
		if e.id == id {
			return e.words
		}
	}
	return nil
}

// afterContainer returns the tokens after the last container word of
// schema.tsv ("case", "dossier", "task"): in "CovidCase-Abroad" the
// category word modifies the case file, and the record is about what
// follows it (a stay abroad), not about the category.
func (lx *fieldLexicon) afterContainer(tokens []string) []string {
	for i := len(tokens) - 1; i >= 0; i-- {
		if lx.schema.container[lx.base(tokens[i])] != nil {
			return tokens[i+1:]
		}
	}
	return tokens
}

// containerOf returns the entry of the last container word of tokens,
// or nil.
func (lx *fieldLexicon) containerOf(tokens []string) *schemaEntry {
	for i := len(tokens) - 1; i >= 0; i-- {
		if e := lx.schema.container[lx.base(tokens[i])]; e != nil {
			return e
		}
	}
	return nil
}

// isContainer reports whether the head (last) word of a name is a
// container word: a case file holds facts of many kinds, so what its
// description says about its subject does not reach every field.
func (lx *fieldLexicon) isContainer(nameBases []string) bool {
	n := len(nameBases)
	if n > 1 && containerParts[nameBases[n-1]] {
		// "Form_Value__c", "Case_Detail__c", "Form_Data__c": the
		// values a form or case file holds are the container's, facts
		// of many kinds.
		n--
	}
	return n > 0 && lx.schema.container[nameBases[n-1]] != nil
}

// containerParts are the words that, after a container word, name what
// the container holds, not another kind of record: a form's values,
// data, responses and fields, a case's details and entries (isContainer).
var containerParts = map[string]bool{
	"value": true, "data": true, "detail": true, "response": true, "entry": true, "field": true, "answer": true,
}

// overrule turns the evidence so far against the verdict and makes e,
// appended, its only evidence in favour: the kind, category and weight
// become e's.
func (v *objectVerdict) overrule(e Evidence) {
	for i := range v.evidence {
		v.evidence[i].Against, v.evidence[i].Weight = true, 0
	}
	v.kind, v.cat, v.also, v.weight = e.Kind, e.Category, "", e.Weight
	v.evidence = append(v.evidence, e)
}

// set makes e's kind the verdict.
func (v *objectVerdict) set(e *schemaEntry, factor float64, src EvidenceSource) {
	v.kind, v.cat, v.weight = e.kind, e.cat, round2(e.weight*factor)
	v.evidence = append(v.evidence, Evidence{Source: src, Rule: e.id, Line: e.ref(), Kind: e.kind, Category: e.cat, Weight: v.weight})
}

// Sibling evidence: an object whose name says nothing but many of whose
// fields are strongly named for health, genetic or criminal data ("DNA change", "Genomic Ref Allele", "Allelic
// State" on a "Variant"; Diagnose, Medicatie, Allergie on an
// "Intake__c") records that category: its other content fields hold it
// too.
const (
	siblingMin       = 3    // at least this many strongly named fields
	siblingShare     = 0.2  // and at least this share of the fields
	siblingNameFloor = 0.9  // a strongly named field: name or label at this weight or more
	siblingWeight    = 0.75 // the weight of the kind so found
)

// checklistShare is the share of an object's fields that must be
// switches for the object to be a checklist.
const checklistShare = 0.8

// checklist reports whether nearly every field of an object is a switch
// (a yes/no item): a checklist of issues ticked for a contact (a
// helpline's issue categories: Anxiety, Depression, Bullying, Debt,
// Climate change, pending source aselo), each item of which answers for
// itself. Many health items among them do not make the debt item
// health, as many health fields of a record make its bland fields so.
func checklist(fields []Field) bool {
	n := 0
	for _, f := range fields {
		if booleanType(f.Type) {
			n++
		}
	}
	return float64(n) >= checklistShare*float64(len(fields))
}

// siblingsMayDecide reports whether an object's fields may make it
// clinical or criminal-justice (siblingKind): when its name gave it no
// kind and names neither a person nor an organisation, or when its kind
// already carries a category (a clinical or criminal-justice record).
func (lx *fieldLexicon) siblingsMayDecide(v *objectVerdict, nameBases []string) bool {
	if v.kind == ObjectUnknown {
		return !lx.nameIsPerson(nameBases) && !lx.headIsOrg(nameBases)
	}
	return v.kind.category() != ""
}

// siblingKind makes v clinical or criminal-justice when enough of the
// object's fields are strongly named for one category.
func (lx *fieldLexicon) siblingKind(v *objectVerdict, fields []Field, sc *splitCache) {
	if len(fields) < siblingMin || checklist(fields) {
		return
	}
	var count [numCats]int
	var entry [numCats]*fieldEntry
	for _, f := range fields {
		if lx.gradeList(f.Picklist) {
			continue // a trainee's grade on a subject (gradeList)
		}
		a := lx.analyseTokens(objectUnknown, sc.name(f.Name), sc.label(f.Label), false)
		for _, cat := range [...]Category{Health, Genetic, Criminal} {
			i := catIndex(cat)
			e := a.name[i]
			if a.label[i].conf > e.conf {
				e = a.label[i]
			}
			if e.conf >= siblingNameFloor {
				count[i]++
				entry[i] = e.entry
			}
		}
	}
	share := siblingShare
	if v.kind != ObjectUnknown && v.kind != ObjectThing {
		share /= 2 // strengthening a name that says the same needs less
	}
	best := -1
	for _, cat := range [...]Category{Health, Genetic, Criminal} {
		i := catIndex(cat)
		if count[i] >= siblingMin && float64(count[i]) >= share*float64(len(fields)) && (best < 0 || count[i] > count[best]) {
			best = i
		}
	}
	if best < 0 {
		return
	}
	cat := fieldCats[best]
	kind := ObjectClinical
	if cat == Criminal {
		kind = ObjectCriminalJustice
	}
	if v.kind != ObjectUnknown && v.kind != ObjectThing {
		// A clinical or criminal-justice name: the siblings may only
		// strengthen a weak name of the same category ("Variant").
		if v.kind != kind || v.cat != cat || v.weight >= siblingWeight {
			return
		}
		v.weight = siblingWeight
		v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: entry[best].id, Line: entry[best].ref(), Kind: kind, Category: cat, Weight: siblingWeight})
		return
	}
	v.overrule(Evidence{Source: EvidenceSiblings, Rule: entry[best].id, Line: entry[best].ref(), Kind: kind, Category: cat, Weight: siblingWeight})
}

// ownerTypes are the declared types of a field that makes every record
// of its object a detail of the record it points at: the record cannot
// exist without it (Salesforce master-detail).
var ownerTypes = []string{"masterdetail", "master-detail"}

// patientWords are the person words of fields.tsv whose lookup, on an
// object that an object line makes a catalogue ("medication", a word
// with both senses), makes it the patient's: a drug catalogue points
// to no patient, while a clinic's Medication__c with a Patient__c
// lookup is the medication list of its patients (clearchoice: "a row
// for each medication a patient submitted on their health history").
// Other person words (contact, client, customer) name a supplier's or
// a buyer's contact on a product too, so only a master-detail to them
// counts.
var patientWords = map[string]bool{"patient": true}

// ownerWeight is the weight of a person kind found by a master-detail
// field to a person.
const ownerWeight = 0.8

// linkBases returns the base words of a link field's name less a
// trailing "Id" or "Name", one word at the least: "Client_Name__c" and
// "PatientId" name the client and the patient they point to.
func (lx *fieldLexicon) linkBases(name string, sc *splitCache) []string {
	bases := lx.bases(sc.name(name))
	for len(bases) > 1 && (bases[len(bases)-1] == "id" || bases[len(bases)-1] == "name") {
		bases = bases[:len(bases)-1]
	}
	return bases
}

// ownedByPerson makes a catalogue a person's record when one of its
// fields is a master-detail relationship to a person (its name, less
// "Id" or "Name", is a person word of fields.tsv: "Contact__c",
// "Client_Name__c") or a lookup to a patient (patientWords): a catalogue item belongs to no one, so a
// "Medication__c" or "Program_Plan__c" that every record of must hang
// under a client is the client's medication or plan, not a drug or
// programme definition. A strong category word of the name then makes
// it clinical or criminal-justice ("Medication"), as namedKind does for
// a name no object line knows.
func (lx *fieldLexicon) ownedByPerson(v *objectVerdict, nameTokens []string, fields []Field, sc *splitCache) {
	var owner *fieldEntry
	for _, f := range fields {
		typ := strings.ToLower(strings.TrimSpace(f.Type))
		detail := slices.Contains(ownerTypes, typ)
		if !detail && !isLinkType(typ) {
			continue
		}
		bases := lx.linkBases(f.Name, sc)
		if len(bases) == 1 && lx.objects[bases[0]] == objectPerson && (detail || patientWords[bases[0]]) {
			owner = lx.objectEntry(bases[0])
			break
		}
	}
	if owner == nil {
		lx.encounterOwned(v, fields, sc)
		return
	}
	for i := range v.evidence {
		v.evidence[i].Against, v.evidence[i].Weight = true, 0
	}
	if nk := lx.namedKind(nameTokens, 1, EvidenceObject); nk != nil {
		v.kind, v.cat, v.also, v.weight = nk.Kind, nk.Category, "", min(nk.Weight, ownerWeight)
		v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: owner.id, Line: owner.ref(), Kind: ObjectPerson, Weight: ownerWeight}, *nk)
		return
	}
	v.kind, v.cat, v.also, v.weight = ObjectPerson, "", "", ownerWeight
	v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: owner.id, Line: owner.ref(), Kind: ObjectPerson, Weight: ownerWeight})
}

// encounterWords name, last in a lookup's name, a patient's episode of
// care or encounter (HL7 FHIR EpisodeOfCare, Encounter): "Care_Episode__c",
// "EncounterId".
var encounterWords = []string{"episode", "encounter"}

// RuleEncounterOwned is the rule of the evidence with which a catalogue
// becomes a clinical record by a lookup to a patient's episode of care
// or encounter (encounterOwned); its Line names the lookup's place.
const RuleEncounterOwned = "encounter-owned"

// encounterOwned makes v, a catalogue, a clinical record when one of its
// lookups is named for a patient's episode of care or encounter
// (encounterWords): a code catalogue points to no patient's care, so a
// table of diagnosis codes whose rows hang off a care episode (pending
// elixir ICD_Codes__c, Diagnosis_Code__c: the template codes and the
// patients' diagnoses in one table) holds the patients' diagnoses.
func (lx *fieldLexicon) encounterOwned(v *objectVerdict, fields []Field, sc *splitCache) {
	for k, f := range fields {
		if !isLinkType(strings.ToLower(strings.TrimSpace(f.Type))) {
			continue
		}
		bases := lx.linkBases(f.Name, sc)
		if len(bases) == 0 || !slices.Contains(encounterWords, bases[len(bases)-1]) {
			continue
		}
		v.overrule(Evidence{Source: EvidenceSiblings, Rule: RuleEncounterOwned, Line: fmt.Sprintf("field %d", k+1), Kind: ObjectClinical, Category: Health, Weight: ownerWeight})
		return
	}
}

// birthDateWeight is the weight of a person kind found by a field named
// for a date of birth on an object that an object word made
// configuration.
const birthDateWeight = 0.8

// birthDateRows makes v a person's record when an object word made it
// configuration ("mapping", "setting", "template"; not a suffix such as
// __mdt, which is certain) but one of its fields, not a switch, is named
// for a date of birth: a setting or a mapping table has no birth date,
// people do. An insurer's Customer_Member_Mapping__c, whose rows are
// the members insured under a customer's policy (DOB, member name,
// chronic conditions), is about those members (pending source
// abcapital).
func (lx *fieldLexicon) birthDateRows(v *objectVerdict, fields []Field, sc *splitCache) {
	for _, f := range fields {
		if booleanType(f.Type) {
			continue
		}
		a := lx.analyseTokens(objectUnknown, sc.name(f.Name), sc.label(f.Label), false)
		if a.birthField && !lx.birthBeforeHead(sc.name(f.Name)) {
			v.overrule(Evidence{Source: EvidenceSiblings, Rule: "birth-date-rows", Kind: ObjectPerson, Weight: birthDateWeight})
			return
		}
	}
}

// registerMin is the number of distinct special categories that the
// boolean fields of an object must name for the object to be a register
// of categories.
const registerMin = 4

// registerPerCat is the most boolean fields of an object that may name
// one special category for it to be a register of categories.
const registerPerCat = 3

// categoryRegister makes v configuration when its boolean fields name
// registerMin or more special categories, each strongly ("Gegevens over
// gezondheid", "Genetische gegevens", "Biometrische gegevens", "Politieke
// opvattingen"): such an object is a register of processing activities
// or a checklist of a DPIA, whose records say which categories a
// processing touches, not facts about a person (AVG art. 30). A person's
// record rarely asks yes or no for four categories at once. A register
// names each category once or twice (the categories of personal data,
// AVG art. 30 lid 1 onder c; their police-data twins under the Wpg);
// an object whose switches name one category more than registerPerCat
// times is a checklist of one person's issues (a helpline contact's
// issue categories: Anorexia, Anxiety, Depression, Self harming, …,
// pending source aselo), not a register.
func (lx *fieldLexicon) categoryRegister(v *objectVerdict, fields []Field, sc *splitCache) {
	var seen [numCats]bool
	var per [numCats]int
	n := 0
	for _, f := range fields {
		if !booleanType(f.Type) {
			continue
		}
		a := lx.analyseTokens(objectUnknown, sc.name(f.Name), sc.label(f.Label), false)
		for i, cat := range fieldCats {
			if !cat.Special() {
				continue
			}
			if max(a.name[i].conf, a.label[i].conf) >= siblingNameFloor {
				if per[i]++; per[i] > registerPerCat {
					return
				}
				if !seen[i] {
					seen[i] = true
					n++
				}
			}
		}
	}
	if n < registerMin {
		return
	}
	v.overrule(Evidence{Source: EvidenceSiblings, Rule: "category-register", Kind: ObjectConfiguration, Weight: 0.8})
}

// nameIsPerson reports whether a word of the name is a person word of
// fields.tsv (object:person).
func (lx *fieldLexicon) nameIsPerson(nameBases []string) bool {
	for _, w := range nameBases {
		if lx.objects[w] == objectPerson {
			return true
		}
	}
	return false
}

// fallbackKind reads the object words of fields.tsv, the classes Field
// uses on its own.
func (lx *fieldLexicon) fallbackKind(v *objectVerdict, nameBases []string) {
	class := objectUnknown
	var term string
	container := lx.isContainer(nameBases)
	for _, w := range nameBases {
		c := lx.objects[w]
		if c == objectPerson {
			class, term = c, w
			break
		}
		if container && (c == objectOrg || c == objectThing) {
			// "CervixLabformulier", "Employer_Form__c": a form or
			// file named for an organisation or a thing is no
			// organisation or thing; its head says it holds facts of
			// many kinds (schema.tsv container), whose are left to
			// its fields.
			continue
		}
		if c > class {
			class, term = c, w
		}
	}
	kind := map[objectClass]ObjectKind{objectPerson: ObjectPerson, objectOrg: ObjectOrganisation, objectThing: ObjectThing}[class]
	if kind == "" {
		return
	}
	v.kind, v.weight = kind, 0.8
	e := lx.objectEntry(term)
	v.evidence = append(v.evidence, Evidence{Source: EvidenceObject, Rule: e.id, Line: e.ref(), Kind: kind, Weight: 0.8})
}

// objectEntry is the line of fields.tsv that classes the object word w.
func (lx *fieldLexicon) objectEntry(w string) *fieldEntry {
	for _, e := range lx.entries {
		if e.target == targetObject && e.words[0] == w {
			return e
		}
	}
	return &fieldEntry{}
}

// personAccount makes v a person account when the object's fields are
// person-account fields.
func (lx *fieldLexicon) personAccount(v *objectVerdict, fields []Field, sc *splitCache) {
	sl := lx.schema
	var hit *schemaEntry
	for _, f := range fields {
		e := sl.suffix(scopeSiblingSuffix, f.Name)
		if e == nil {
			e = sl.siblings[strings.Join(lx.bases(sc.name(f.Name)), " ")]
		}
		if e != nil && e.kind == ObjectPersonAccount {
			if hit == nil || e.weight > hit.weight {
				hit = e
			}
		}
	}
	if hit == nil {
		return
	}
	if v.kind == ObjectOrganisation {
		for i := range v.evidence {
			v.evidence[i].Against, v.evidence[i].Weight = true, 0
		}
	}
	v.kind, v.cat, v.also, v.weight = ObjectPersonAccount, "", "", hit.weight
	v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: hit.id, Line: hit.ref(), Kind: ObjectPersonAccount, Weight: hit.weight})
}

// platformSibling returns the sibling line of schema.tsv whose field
// makes the object a platform's own kind of table, of no person
// (configuration or catalogue): the key column
// businessprocessflowinstanceid that every Dataverse business process
// flow table has, and only those. Nil if no field is one.
func (lx *fieldLexicon) platformSibling(fields []Field, sc *splitCache) *schemaEntry {
	for _, f := range fields {
		e := lx.schema.siblings[strings.Join(lx.bases(sc.name(f.Name)), " ")]
		if e != nil && (e.kind == ObjectConfiguration || e.kind == ObjectCatalogue) && e.weight >= 1 {
			return e
		}
	}
	return nil
}

// objectSpan is a match of an object line in a name: bases[i:j].
type objectSpan struct {
	e    *schemaEntry
	i, j int
}

// longestMatches returns the entries of m that occur in bases, less those
// inside a longer match: "medication statement" hides "medication" and
// "statement".
func longestMatches(m map[string][]*schemaEntry, bases []string) []*schemaEntry {
	var out []*schemaEntry
	for _, s := range longestSpans(m, bases) {
		out = append(out, s.e)
	}
	return out
}

// longestSpans is longestMatches with the position of each match.
func longestSpans(m map[string][]*schemaEntry, bases []string) []objectSpan {
	type span = objectSpan
	var all []span
	matchSeq(m, bases, func(e *schemaEntry, i, j int) { all = append(all, span{e, i, j}) })
	var out []span
	for _, s := range all {
		inside := false
		for _, t := range all {
			if t.i <= s.i && s.j <= t.j && t.j-t.i > s.j-s.i {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, s)
		}
	}
	return out
}

// publisherPrefixShare is the least share of an object's underscored
// field names that must begin with the same prefix for publisherPrefix
// to read it as a publisher's.
const publisherPrefixShare = 0.5

// publisherPrefix returns the customization prefix that most underscored
// field names of an object share: Microsoft Dataverse names every custom
// column by its solution publisher's prefix and an underscore
// (apollo_name, vsd_rest_awol, cr4f2_diagnosis, msemr_…, new_ for the
// default publisher; Microsoft Learn, "Create a solution publisher"),
// while its system columns have none (createdon, statecode). The prefix
// is no word of the column: a whole-name line (schema.tsv system:
// "name") matches the rest. A prefix that is a word of the lexicon
// (OMOP's condition_…, person_…) is a word, except "new". "" when no
// prefix of two to eight lower-case letters and digits is shared by two
// fields at least and by publisherPrefixShare of the underscored ones.
func (lx *fieldLexicon) publisherPrefix(fields []Field) string {
	count := map[string]int{}
	underscored := 0
	for _, f := range fields {
		p, _, ok := strings.Cut(f.Name, "_")
		if !ok {
			continue
		}
		underscored++
		if len(p) < 2 || len(p) > 8 || p != strings.ToLower(p) {
			continue
		}
		alnum := true
		for _, r := range p {
			alnum = alnum && ('a' <= r && r <= 'z' || '0' <= r && r <= '9')
		}
		if alnum && (p == "new" || !lx.known(p)) {
			count[p]++
		}
	}
	best, n := "", 0
	for p, c := range count {
		if c > n || c == n && p < best {
			best, n = p, c
		}
	}
	if n < 2 || float64(n) < publisherPrefixShare*float64(underscored) {
		return ""
	}
	return best
}

// headIsOrg reports whether the last of an object's base words, its
// head, is an organisation's object word of fields.tsv (object:org:
// "Account", "Organisatie").
func (lx *fieldLexicon) headIsOrg(bases []string) bool {
	return len(bases) > 0 && lx.objects[bases[len(bases)-1]] == objectOrg
}

// weakNamedWeight is the weight below which a category word of
// fields.tsv in an object's name, one that does not end the name, needs
// a field of the object to say the same (weakNamedKind).
const weakNamedWeight = 0.85

// modifierOnly reports whether ev, the kind namedKind found in tokens,
// comes from a weak category word (below weakNamedWeight: "health",
// "gezondheid") that does not end the name: it modifies the head that
// follows ("Health Intent", "Health Returns"), which says what the
// records are, and namedKind knows no head of a category.
func (lx *fieldLexicon) modifierOnly(ev *Evidence, tokens []string) bool {
	if ev.Weight >= weakNamedWeight {
		return false
	}
	words := lx.ruleWords(ev.Rule)
	bases := lx.bases(tokens)
	if len(words) == 0 || len(bases) < len(words) {
		return false
	}
	return !slices.Equal(bases[len(bases)-len(words):], words)
}

// weakNamedKind takes the kind that a weak category word gave an
// object's name as a modifier (modifierOnly) away when no field of
// the object is named for that category on its own (at namedKindWeight
// or more, in its name or label): a wellness programme's "Health
// Intent" (fitness activities, trackers, preferred language; pending
// source abcapital) records a customer's interest in a programme,
// while a "Health Screen" whose fields name blood pressure and
// diabetes is the person's screening.
func (lx *fieldLexicon) weakNamedKind(v *objectVerdict, ev *Evidence, fields []Field, sc *splitCache) {
	i := catIndex(ev.Category)
	for _, f := range fields {
		if lx.gradeList(f.Picklist) {
			continue // a trainee's grade on a subject (gradeList)
		}
		a := lx.analyseTokens(objectUnknown, sc.name(f.Name), sc.label(f.Label), false)
		if max(a.name[i].conf, a.label[i].conf) >= namedKindWeight {
			return
		}
	}
	for k := range v.evidence {
		v.evidence[k].Against, v.evidence[k].Weight = true, 0
	}
	v.kind, v.cat, v.also, v.weight = ObjectUnknown, "", "", 0
}

// orgHeadWeight is the weight of the organisation or thing kind that an
// organisation or thing word at the head of an object's name gives
// (orgHead).
const orgHeadWeight = 0.8

// orgHead returns the object:org or object:thing line of fields.tsv
// whose word ends the object's name or label after another word, with
// the kind it gives, or nil: a "Medical Facility", a "Dialysis Clinic",
// a "Mental Health Centre" lists the hospitals and clinics of a care
// network, named for what they treat; a "Treatment Quote" is a price
// offered, a "Therapy Horse" an animal. The word before the head says
// what kind of organisation or thing, not that the records are a
// person's health. Only the weaker readings of a modifier step back for
// it (a category word of fields.tsv, the text vocabulary, a clinical
// name: namedKind, textKindOf, clinicalObjectKind); an object line of
// schema.tsv that ends the name still decides (headKind).
//
// Not when a container word comes first ("CovidCase-Hospital": the
// hospital stay of a person's case file, whose part the name is), nor
// for the heads that also name a person's record (headRecords).
func (lx *fieldLexicon) orgHead(nameTokens, labelTokens []string) (*fieldEntry, ObjectKind) {
	if lx.containerOf(nameTokens) != nil || lx.containerOf(labelTokens) != nil {
		return nil, ""
	}
	for _, tokens := range [][]string{nameTokens, labelTokens} {
		bases := lx.bases(tokens)
		if len(bases) < 2 || lx.nameIsPerson(bases) || slices.ContainsFunc(longestSpans(lx.schema.objects, bases), func(m objectSpan) bool { return m.j == len(bases) }) {
			continue // an object line that ends the name decides ("Healthcare Facility", "Medical Device")
		}
		head := bases[len(bases)-1]
		if headRecords[head] {
			continue
		}
		switch lx.objects[head] {
		case objectOrg:
			return lx.objectEntry(head), ObjectOrganisation
		case objectThing:
			return lx.objectEntry(head), ObjectThing
		}
	}
	return nil, ""
}

// headRecords are the organisation and thing words of fields.tsv that
// also name a person's record at the head of a name: a "MedLab", a
// "Blood Lab" is a lab test's result (HL7 v2 ORU lab results; in US
// clinical usage a patient's "labs" are test results); a "Medication
// Order" a prescription (HL7 FHIR MedicationRequest), a "Hospital
// Claim" a claim for a patient's care, a "Surgery Event" or a
// "Treatment Contract" the person's, a "Medical Document" a patient's
// record, an "Insulin Device" a device a patient uses (FHIR
// DeviceUseStatement), a "Treatment Payment" what the person paid for.
var headRecords = map[string]bool{"lab": true, "laboratory": true,
	"order": true, "document": true, "event": true, "evenement": true,
	"claim": true, "policy": true, "polis": true, "payment": true, "betaling": true,
	"transaction": true, "transactie": true, "contract": true, "device": true, "apparaat": true}

// extendsWeight is the weight of the kind that an object's description
// gives by naming the entity it extends (extendsKind).
const extendsWeight = 0.9

// extendsKind returns the person or organisation kind of an object whose
// description begins by naming the record it extends ("Extends
// Organization (mediwe_klant)", "Extends Individual", "Extension of
// Contact"), or nil: a CiviCRM custom group is a set of fields added to
// one entity (its extends attribute: Individual, Organization,
// Household, Contact, Activity, Case, Membership, …; CiviCRM developer
// documentation, "Custom data"), and its fields describe that entity,
// whatever the group is named for ("Controleprocedure klant" of a
// client organisation, "Expertsysteem" thresholds of an employer). Only
// entities that fields.tsv names as people or organisations
// (object:person, object:org) give a kind; an activity or a case is
// left to the object's name.
func (lx *fieldLexicon) extendsKind(desc string) *Evidence {
	low := strings.ToLower(strings.TrimSpace(desc))
	var rest string
	for _, p := range []string{"extends ", "extension of "} {
		if r, ok := strings.CutPrefix(low, p); ok {
			rest = r
			break
		}
	}
	w, _, _ := strings.Cut(rest, " ")
	w = strings.Trim(w, "(),.:;")
	if w == "" {
		return nil
	}
	w = lx.base(w)
	var kind ObjectKind
	switch lx.objects[w] {
	case objectPerson:
		kind = ObjectPerson
	case objectOrg:
		kind = ObjectOrganisation
	default:
		return nil
	}
	e := lx.objectEntry(w)
	return &Evidence{Source: EvidenceDescription, Rule: e.id, Line: e.ref(), Kind: kind, Weight: extendsWeight}
}

// qualifiesHead reports whether lb, the kind an object's label gives,
// names the head that gave best, the name's kind, with a modifier: a
// longer object line that ends in best's words ("Patient Medication",
// clinical, against "medication", a drug catalogue, of a model named
// gnuhealth.patient.medication, whose namespace holds the modifier). The
// label then says more precisely what the records are.
func (lx *fieldLexicon) qualifiesHead(lb, best *Evidence) bool {
	if lb == nil || best == nil || lb.Kind == best.Kind || best.Source != EvidenceObject {
		return false
	}
	lw, bw := lx.ruleWords(lb.Rule), lx.ruleWords(best.Rule)
	return len(bw) > 0 && len(lw) > len(bw) && slices.Equal(lw[len(lw)-len(bw):], bw)
}

// soapWeight is the weight of the clinical kind that the parts of a
// SOAP note give an object (soapSiblings).
const soapWeight = 0.8

// soapSiblings makes v, an object of unknown kind with a key to a
// person (personLink), clinical when its fields are named by every
// sibling line of schema.tsv of kind clinical: the Subjective,
// Objective, Assessment and Plan of a SOAP note (Weed 1968), a
// clinician's note of an encounter, whose parts hold the patient's
// complaints, findings, diagnosis and treatment. Fewer of them say
// nothing: a plan, an objective and an assessment are a project's or an
// appraisal's too.
func (lx *fieldLexicon) soapSiblings(v *objectVerdict, fields []Field, sc *splitCache) {
	want := lx.schema.clinicalSiblings
	if want == 0 || len(fields) < want {
		return
	}
	var hits []*schemaEntry
	for _, f := range fields {
		e := lx.schema.siblings[strings.Join(lx.bases(sc.name(f.Name)), " ")]
		if e != nil && e.kind == ObjectClinical && !slices.Contains(hits, e) {
			hits = append(hits, e)
		}
	}
	if len(hits) < want || lx.personLink(fields, sc) == nil {
		return
	}
	v.kind, v.cat, v.weight = ObjectClinical, Health, soapWeight
	for _, e := range hits {
		v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: e.id, Line: e.ref(), Kind: ObjectClinical, Category: Health, Weight: soapWeight})
	}
}

// birthBeforeHead reports whether a field's name says a date of birth
// before its last word, which then is the head: "patient_dob_usage" of
// a clinical decision rule (OpenEMR clinical_rules) says whether the
// rule uses the patient's birth date, a setting, not a birth date
// (names are head-final: birthDateRows).
func (lx *fieldLexicon) birthBeforeHead(tokens []string) bool {
	if len(tokens) < 2 {
		return false
	}
	return lx.analyseTokens(objectUnknown, tokens[:len(tokens)-1], nil, false).birthField
}

// patientOwned takes an organisation's kind away from an object named by
// an organisation's word of fields.tsv ("lab", "clinic") whose records
// each point to one patient (a lookup or an ORM's to-one relation named
// by a patient word, patientWords): an organisation has no patient, so
// each record is the patient's (GNU Health's gnuhealth.lab, a lab test
// with its patient), and the object is judged by its fields as one of
// unknown kind that points to a person (clinicalSiblings). A link to a
// contact, a member or an owner says nothing: organisations have those.
func (lx *fieldLexicon) patientOwned(v *objectVerdict, fields []Field, sc *splitCache) {
	for _, f := range fields {
		if !isLinkType(strings.ToLower(strings.TrimSpace(f.Type))) && !toOneRelation(f.Type) {
			continue
		}
		bases := lx.linkBases(f.Name, sc)
		if len(bases) != 1 || !patientWords[bases[0]] {
			continue
		}
		for i := range v.evidence {
			v.evidence[i].Against, v.evidence[i].Weight = true, 0
		}
		v.kind, v.cat, v.also, v.weight = ObjectUnknown, "", "", 0
		return
	}
}
