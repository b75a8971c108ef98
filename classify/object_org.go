package classify

import (
	"fmt"
	"slices"
	"strings"
)

// RuleOrgContext is the rule of the evidence with which Schema's second
// pass reads an object in its org's context (object_org.go):
// "org-context:link" on an object of unknown kind that points to a
// person's record or a clinical, criminal-justice or membership record
// of the org, so that clinical names count on its fields as on a
// person's record (weight 0: it adds no category by itself);
// "org-context:parent" on such an object whose ORM relation declares it
// a part of a clinical record of the org (a Tryton perinatal record's
// Many2One to its pregnancy), which makes it clinical;
// "org-context:note" on such an object in an org whose objects are
// mostly of one such kind, whose long free-text fields then hold that
// kind's category. The evidence's Line names the linking field's place
// in the object ("field 3"), never a value.
const RuleOrgContext = "org-context:"

// Thresholds of the org's context (Schema's second pass).
const (
	// orgMinObjects is the least number of objects of a kind that
	// reveals a category (clinical, criminal-justice, membership) for
	// the org to be mostly of that kind, and orgShare the least share
	// of the org's judged objects (neither unknown nor configuration)
	// they must be: a business org with one case object is no clinic.
	orgMinObjects = 3
	orgShare      = 0.3
	// orgNoteWeight is the weight of the org's kind for a long
	// free-text field of an object that hangs off its records (a
	// visit's findings in a clinic's org): orgNoteWeight ×
	// contentFactor, just over the default minimum confidence. Short
	// fields (dates, flags, numbers, codes, picklists) of such an
	// object say nothing of the category by the org alone: on the
	// development set they were false alarms nine times in ten.
	orgNoteWeight = 0.65
)

// orgContext is what a whole org says about its objects: which object
// each name keys, and the kinds the org's objects mostly have.
type orgContext struct {
	byKey  map[string]int // an object's key (objectKey) → its index
	byName map[string]int // an object's full name, lower case → its index
	counts map[ObjectKind]int
	judged int        // objects of a kind other than unknown and configuration
	domain ObjectKind // the kind that reveals a category that the org's objects mostly have, or ""
}

// objectKey is the key by which fields of other objects name an object:
// the base words of its name without namespace, API suffix and plural
// ("Patient__c", "patients", "clinical.patient" → "patient").
func (lx *fieldLexicon) objectKey(name string, sc *splitCache) string {
	_, table := objectNamespace(name)
	base, _ := stripSalesforce(table)
	return strings.Join(lx.bases(sc.name(base)), "")
}

// orgContext derives the org's context from the verdicts vs of objs and
// reads the objects of unknown kind in it (liftByOrg).
func (lx *fieldLexicon) orgContext(objs []Object, vs []objectVerdict, sc *splitCache, c *Classifier) {
	if len(objs) < 2 {
		return
	}
	oc := orgContext{byKey: make(map[string]int, len(objs)), byName: make(map[string]int, len(objs)), counts: map[ObjectKind]int{}}
	for i, o := range objs {
		k := lx.objectKey(o.Name, sc)
		if _, dup := oc.byKey[k]; k != "" && !dup {
			oc.byKey[k] = i
		}
		if _, dup := oc.byName[strings.ToLower(o.Name)]; !dup {
			oc.byName[strings.ToLower(o.Name)] = i
		}
	}
	lx.referenceData(&oc, objs, vs, sc) // object_reldecl.go
	lx.personKeys(&oc, objs, vs, sc, c) // object_personkey.go
	for i := range objs {
		oc.counts[vs[i].kind]++
		if vs[i].kind != ObjectUnknown && vs[i].kind != ObjectConfiguration {
			oc.judged++
		}
	}
	for i := range objs {
		lx.ormLinks(&oc, objs, vs, i, sc)
	}
	for i := range objs {
		lx.referenceOnly(&oc, objs, vs, i, sc)
	}
	for _, k := range [...]ObjectKind{ObjectClinical, ObjectCriminalJustice, ObjectMembership} {
		n := oc.counts[k]
		if n >= orgMinObjects && float64(n) >= orgShare*float64(oc.judged) && (oc.domain == "" || n > oc.counts[oc.domain]) {
			oc.domain = k
		}
	}
	if oc.domain == ObjectClinical && !c.cats.has(Health) || oc.domain == ObjectCriminalJustice && !c.cats.has(Criminal) {
		oc.domain = ""
	}
	lx.clinicalFamilies(objs, vs, sc)
	for i := range vs {
		vs[i].clinicalOrg = oc.domain == ObjectClinical
	}
	for i := range objs {
		if vs[i].kind == ObjectUnknown && !standardSalesforce(objs[i]) {
			lx.liftByOrg(&oc, objs, vs, i, sc, c)
		}
	}
}

// declaredParent makes vs[i], an object of unknown kind, clinical when an
// ORM relation of its (a Many2One, a JPA ManyToOne; not a lookup)
// points to a clinical record of the org: it is a part of that record
// (a perinatal record of a pregnancy), as clinicalParent reads a
// link's name. On the development set lookups to such records were
// false alarms (an enrolment in a treatment programme, a lien on a
// treatment), so only a declared relation counts; so were the parts of
// parts (a record lifted so is no parent: its weight is below
// namedKindWeight), appointments and studies of a patient's records.
func (lx *fieldLexicon) declaredParent(oc *orgContext, objs []Object, vs []objectVerdict, i int, sc *splitCache) {
	v := &vs[i]
	for k, f := range objs[i].Fields {
		if !toOneRelation(f.Type) {
			continue
		}
		t, ok := lx.linkTarget(oc, f, sc)
		if !ok || t == i {
			continue
		}
		if tv := vs[t]; tv.kind == ObjectClinical && tv.cat == Health && tv.weight >= namedKindWeight {
			v.kind, v.cat, v.weight = ObjectClinical, Health, clinicalParentWeight
			v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: RuleOrgContext + "parent", Line: fmt.Sprintf("field %d", k+1), Kind: ObjectClinical, Category: Health, Weight: clinicalParentWeight})
			return
		}
	}
}

// Thresholds of a family of tables (clinicalFamilies).
const (
	// familyMinWords is the least number of words of a family's stem:
	// one word ("form", "vcc", a publisher prefix) names an
	// application's kind of table or its publisher, not a subject.
	familyMinWords = 2
	// familyMinClinical is the least number of a family's other
	// members that are clinical records, and familyShare the least
	// share of its judged members (neither unknown nor configuration)
	// they must be.
	familyMinClinical = 2
	familyShare       = 0.5
	// familyWeight is the weight of the clinical kind an object takes
	// from its family: as a link to a clinical parent record
	// (clinicalParentWeight).
	familyWeight = clinicalParentWeight
)

// RuleFamily is the rule of the evidence with which an object takes
// the clinical kind of its family of tables (clinicalFamilies); the
// evidence's Line names the family's stem's word count ("stem 2").
const RuleFamily = "org-context:family"

// clinicalFamilies makes an object of unknown kind that points to a
// person's record (personLinked) clinical when the tables named like it
// are mostly clinical records: a family is the org's objects whose
// names begin with the same words, all but the last (the stem, at
// least familyMinWords words: "form eye" of OpenEMR's form_eye_neuro,
// form_eye_acuity, form_eye_refraction, form_eye_vitals, the parts of
// one ophthalmology exam). Its members that are clinical records by
// their own names (refraction, vitals) say what the others are: the
// coded columns of an eye exam (ODIOPAP, MRODSPH, ACT5CCDIST) hold the
// patient's findings like theirs. The longest stem with enough
// clinical members decides. A family without them (a settings table
// of the same module, with no patient key) gives nothing.
func (lx *fieldLexicon) clinicalFamilies(objs []Object, vs []objectVerdict, sc *splitCache) {
	names := make([][]string, len(objs))
	for i, o := range objs {
		_, table := objectNamespace(o.Name)
		base, _ := stripSalesforce(table)
		names[i] = lx.bases(sc.name(base))
	}
	lifted := map[int]int{} // object → its stem's length
	for i := range objs {
		if vs[i].kind != ObjectUnknown || !vs[i].personLinked {
			continue
		}
		for n := len(names[i]) - 1; n >= familyMinWords; n-- {
			stem := names[i][:n]
			clinical, judged := 0, 0
			for k := range objs {
				if k == i || len(names[k]) <= n || !slices.Equal(names[k][:n], stem) {
					continue
				}
				switch vs[k].kind {
				case ObjectUnknown, ObjectConfiguration:
					continue
				case ObjectClinical:
					clinical++
				}
				judged++
			}
			if clinical >= familyMinClinical && float64(clinical) >= familyShare*float64(judged) {
				lifted[i] = n
				break
			}
		}
	}
	for i, n := range lifted {
		v := &vs[i]
		v.kind, v.cat, v.weight = ObjectClinical, Health, familyWeight
		v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: RuleFamily, Line: fmt.Sprintf("stem %d", n), Kind: ObjectClinical, Category: Health, Weight: familyWeight})
	}
}

// liftByOrg reads vs[i], an object of unknown kind, in the org's
// context: a field that links it to a person's record (an object of the
// org that is a person or person account) or to a clinical,
// criminal-justice or membership record of the org makes it
// person-linked (clinical names count on its fields, as personLink
// does for a person word of fields.tsv, and its clinical names then
// count as clinicalSiblings reads them); in an org mostly of the
// domain kind, a link to a person or to a record of that kind also
// makes its long free-text fields hold the domain's category
// (orgNoteWeight).
func (lx *fieldLexicon) liftByOrg(oc *orgContext, objs []Object, vs []objectVerdict, i int, sc *splitCache, c *Classifier) {
	v := &vs[i]
	for k, f := range objs[i].Fields {
		t, ok := lx.linkTarget(oc, f, sc)
		if !ok || t == i || !vs[t].kind.about() {
			continue
		}
		tv := vs[t]
		line := fmt.Sprintf("field %d", k+1)
		if !v.personLinked {
			v.personLinked = true
			v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: RuleOrgContext + "link", Line: line, Kind: tv.kind})
			if c.cats.has(Health) {
				// linked now, its clinical names count as on an
				// object whose field names its person (objectKind)
				lx.clinicalSiblings(v, objs[i].Fields)
				if v.kind == ObjectUnknown {
					lx.declaredParent(oc, objs, vs, i, sc)
				}
				if v.kind != ObjectUnknown {
					return
				}
			}
		}
		if oc.domain == "" || tv.kind != oc.domain && tv.kind != ObjectPerson && tv.kind != ObjectPersonAccount {
			continue
		}
		lx.orgNote(v, oc, vs, line)
		return
	}
}

// orgNote gives v's long free-text fields the category of the org's
// domain kind, with the evidence of the linking field at line.
func (lx *fieldLexicon) orgNote(v *objectVerdict, oc *orgContext, vs []objectVerdict, line string) {
	cat := oc.domain.category()
	if oc.domain == ObjectMembership {
		cat = lx.orgMembershipCategory(vs)
	}
	if cat == "" {
		return
	}
	v.orgCat = cat
	v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: RuleOrgContext + "note", Line: line, Kind: oc.domain, Category: cat, Weight: round2(orgNoteWeight * contentFactor)})
}

// orgMembershipCategory is the category that the org's membership
// objects reveal, when they all agree; "" otherwise.
func (lx *fieldLexicon) orgMembershipCategory(vs []objectVerdict) Category {
	var cat Category
	for _, v := range vs {
		if v.kind != ObjectMembership || v.cat == "" {
			continue
		}
		if cat != "" && cat != v.cat {
			return ""
		}
		cat = v.cat
	}
	return cat
}

// linkTarget returns the index of the object of the org that field f
// points to: an ORM's declared to-one relation to an object the org
// holds (Tryton's "Many2One (gnuhealth.patient.pregnancy)"), a field of
// a link type (lookup, master-detail, reference;
// "Reference(Patient)" names its target) or a key named by the target
// and "id", "num", "nr" or "key" ("patient_id", "ContactId", "PatNum")
// whose remaining words key an object of the org (objectKey).
func (lx *fieldLexicon) linkTarget(oc *orgContext, f Field, sc *splitCache) (int, bool) {
	if d, ok := declaredRelation(f.Type); ok && d.arity == toOne && len(d.targets) == 1 {
		// "Many2One (gnuhealth.patient.pregnancy)": an ORM's to-one
		// relation names the object it points to.
		if t, ok := oc.resolve(lx, d.targets[0], sc); ok {
			return t, true
		}
	}
	typ := strings.ToLower(strings.TrimSpace(f.Type))
	if open := strings.IndexByte(typ, '('); open > 0 && strings.HasSuffix(typ, ")") {
		target := typ[open+1 : len(typ)-1]
		if strings.HasPrefix(typ, "reference") && !strings.ContainsAny(target, "|, ") {
			if t, ok := oc.byKey[lx.objectKey(target, sc)]; ok {
				return t, true
			}
		}
		typ = typ[:open]
	}
	base, _ := stripSalesforce(f.Name)
	bases := lx.bases(sc.name(base))
	key := false
	for len(bases) > 1 && orgKeyWords[bases[len(bases)-1]] {
		key = true
		bases = bases[:len(bases)-1]
	}
	if !key && !isLinkType(typ) || len(bases) == 0 || linkNotSubject[bases[0]] && len(bases) == 1 {
		return 0, false
	}
	k := strings.Join(bases, "")
	if t, ok := oc.byKey[k]; ok {
		return t, true
	}
	if t, ok := oc.byKey[k+"s"]; ok {
		return t, true
	}
	return 0, false
}

// orgKeyWords are the last words of a key field's name that say it
// holds another record's key.
var orgKeyWords = map[string]bool{"id": true, "num": true, "nr": true, "key": true}

// isLinkType reports whether typ (lower case) is a declared type that
// points to another record.
func isLinkType(typ string) bool {
	return slices.Contains(linkTypes, typ)
}

// longTextTypes are declared types of long free text: a note, a
// narrative, a memo (Salesforce TextArea, LongTextArea, Html; SQL text,
// ntext, varchar(max)).
var longTextTypes = map[string]bool{
	"textarea": true, "longtextarea": true, "richtextarea": true, "html": true, "textareafield": true,
	"text": true, "ntext": true, "clob": true, "varchar(max)": true, "nvarchar(max)": true,
}

// isLongText reports whether a field's declared type is long free text.
// A Salesforce "Text" is short, but SQL's "text" is long: only a
// Salesforce custom field ("__c") of type Text is excluded.
func isLongText(f Field) bool {
	typ := strings.ToLower(strings.TrimSpace(f.Type))
	if typ == "text" && strings.HasSuffix(strings.ToLower(f.Name), "__c") {
		return false
	}
	return longTextTypes[typ]
}

// standardSalesforce reports whether o is a standard Salesforce object
// (Case, Task, Event, Opportunity) of an org with custom fields: no
// "__c" in its name, "__c" on some of its fields. The platform fixes
// what such an object's records are, a generic case or task, whatever
// the org does; the org's context says nothing of them.
func standardSalesforce(o Object) bool {
	if strings.Contains(o.Name, "__") {
		return false
	}
	for _, f := range o.Fields {
		if strings.HasSuffix(strings.ToLower(f.Name), "__c") {
			return true
		}
	}
	return false
}

// ormAssociations are the association annotations of object-relational
// mappers, folded: JPA and Hibernate (jakarta.persistence), Doctrine ORM.
// A field so declared holds a reference to a row of another entity,
// never a value of its own.
var ormAssociations = []string{"onetoone", "manytoone", "onetomany", "manytomany"}

// ormTarget returns the class that a declared type of an ORM association
// names ("ManyToOne CervixMonster", "OneToMany List<CervixBoekRegel>",
// "ManyToMany Organisatie"), or "" when the type is no association.
func ormTarget(typ string) string {
	words := strings.Fields(typ)
	if len(words) < 2 {
		return ""
	}
	first := strings.ToLower(strings.TrimPrefix(words[0], "@"))
	found := false
	for _, a := range ormAssociations {
		found = found || first == a
	}
	if !found {
		return ""
	}
	t := words[len(words)-1]
	if open := strings.LastIndexByte(t, '<'); open >= 0 {
		t = t[open+1:]
	}
	t = strings.TrimRight(t, ">[]")
	if k := strings.LastIndexByte(t, '.'); k >= 0 {
		t = t[k+1:] // a qualified class name
	}
	return t
}

// ormLinks marks the fields of objs[i] whose declared type is a
// relation of an object-relational mapper (declaredRelation: screenit's
// JPA entities, schulddossier's Doctrine entities, GNU Health's Tryton
// models) as lookups: a one-to-many relation always (its records are
// the target's, which point back here and are judged themselves; the
// field holds no value of its own: a patient's "Conditions", a
// prescription's stock "Moves"); a to-one or many-to-many relation to
// another object of the org ("labformulier", "coloscopieMedischeObservatie",
// a condition's "Health Prof") unless that object is a catalogue, whose
// entry the field names as its content (a condition's pathology, as
// OMOP's condition_concept_id). A relation to a class the org does not
// hold (a code table such as ScreenIT's DSValue, left out of the schema
// as a value type) is left to the other rules: it may hold the record's
// coded content.
func (lx *fieldLexicon) ormLinks(oc *orgContext, objs []Object, vs []objectVerdict, i int, sc *splitCache) {
	v := &vs[i]
	for _, f := range objs[i].Fields {
		d, ok := declaredRelation(f.Type)
		if !ok || len(d.targets) != 1 || !ormRelation(f.Type) {
			continue
		}
		if d.arity != oneToMany {
			t, ok := oc.resolve(lx, d.targets[0], sc)
			switch {
			case !ok && !lx.recordOutside(d.targets[0], sc):
				continue
			case ok && vs[t].kind == ObjectCatalogue && t != i && !lx.unitCatalogue(objs[t].Name, sc):
				continue
			}
		}
		if v.orgLinks == nil {
			v.orgLinks = map[string]bool{}
		}
		v.orgLinks[f.Name] = true
	}
}

// recordOutside reports whether a declared target that the org does not
// hold names a record by its head word, an object word of fields.tsv of
// a person, an organisation or a thing (Tryton's "calendar.event",
// "stock.location", "stock.lot", "res.user", "company.company"): a
// relation to it points at that record of another module. A target of
// no such word (ScreenIT's DSValue, a code table left out as a value
// type) may hold the record's coded content.
func (lx *fieldLexicon) recordOutside(target string, sc *splitCache) bool {
	b := lx.bases(sc.name(target))
	return len(b) > 0 && lx.objects[b[len(b)-1]] != objectUnknown
}

// unitCatalogue reports whether an object of the org is a catalogue of
// units of measure: its name ends in "unit", the structure word of
// schema.tsv for the unit of a quantity ("gnuhealth.dose.unit",
// "lab.test.units"). A relation to it names the unit of a quantity
// beside it, not the record's content.
func (lx *fieldLexicon) unitCatalogue(name string, sc *splitCache) bool {
	b := lx.bases(sc.name(name))
	return len(b) > 0 && b[len(b)-1] == "unit" && lx.schema.structure["unit"] != nil
}

// ormRelation reports whether a declared type is a relation of an
// object-relational mapper, not a FHIR Reference (which kindOfField
// reads as a lookup itself).
func ormRelation(typ string) bool {
	return !strings.HasPrefix(strings.ToLower(strings.TrimSpace(typ)), "reference")
}

// referenceOnlyMin is the least number of an object's fields that must
// point to other objects of the org, all of them catalogues or
// configuration, for referenceOnly to read it as reference data.
const referenceOnlyMin = 2

// referenceOnly reads vs[i], a clinical object by its name or one of
// unknown kind, as a catalogue when its fields point to other objects of the org and every
// one of them is a catalogue or configuration, none a person or a
// person's record (Open Dental's RxAlert: which prescription definition
// alerts on which disease, allergy or medication definition). A rule
// between catalogue entries is about no person, whatever clinical words
// name it.
func (lx *fieldLexicon) referenceOnly(oc *orgContext, objs []Object, vs []objectVerdict, i int, sc *splitCache) {
	v := &vs[i]
	if v.kind != ObjectClinical && v.kind != ObjectUnknown {
		return
	}
	links := 0
	for _, f := range objs[i].Fields {
		t, ok := lx.linkTarget(oc, f, sc)
		if !ok || t == i {
			continue
		}
		switch vs[t].kind {
		case ObjectCatalogue, ObjectConfiguration:
			links++
		default:
			return
		}
	}
	if links < referenceOnlyMin {
		return
	}
	v.overrule(Evidence{Source: EvidenceSiblings, Rule: RuleOrgContext + "reference", Kind: ObjectCatalogue, Weight: 0.8})
}
