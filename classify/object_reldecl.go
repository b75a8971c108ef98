package classify

import (
	"slices"
	"strings"
)

// relationArity is how many records of its target a declared relation
// holds.
type relationArity int

const (
	toOne      relationArity = iota + 1 // a Many2One, ManyToOne, OneToOne, Reference(X): one record of the target
	oneToMany                           // a One2Many, OneToMany: the target's records that point back here, its children
	manyToMany                          // a Many2Many, ManyToMany: a set of the target's records
)

// relationDecl is a relation that a field's declared type names: its
// target objects (more than one for a FHIR Reference(A|B)) and arity.
type relationDecl struct {
	targets []string
	arity   relationArity
}

// relationWords are the relation field types of the object-relational
// mappers that name their target beside them, folded: Tryton and Odoo
// (fields.Many2One('gnuhealth.pathology'), fields.One2Many,
// fields.Many2Many, fields.One2One; Odoo writes them lower case), JPA
// and Hibernate (@ManyToOne, @OneToMany, @ManyToMany, @OneToOne) and
// Doctrine ORM, which use the same words.
var relationWords = map[string]relationArity{
	"many2one": toOne, "manytoone": toOne, "one2one": toOne, "onetoone": toOne,
	"one2many": oneToMany, "onetomany": oneToMany,
	"many2many": manyToMany, "manytomany": manyToMany,
}

// declaredRelation reads the relation that a field's declared type
// names, or reports false: Tryton and Odoo "Many2One (gnuhealth.pathology)",
// also as a computed field "Function (Many2One (party.party))"; an ORM
// association "ManyToOne CervixMonster", "OneToMany List<CervixBoekRegel>"
// (ormTarget); a FHIR "Reference(Patient)" or "Reference(Patient|Group)".
func declaredRelation(typ string) (relationDecl, bool) {
	if !strings.Contains(typ, "2") && !strings.Contains(typ, "To") && !strings.Contains(typ, "to") && !strings.Contains(typ, "eference") {
		return relationDecl{}, false // no relation word: most types, without allocating
	}
	t := strings.TrimSpace(typ)
	for {
		// A Tryton computed field declares the type it computes.
		in, ok := strings.CutPrefix(t, "Function (")
		if !ok || !strings.HasSuffix(in, ")") {
			break
		}
		t = strings.TrimSpace(in[:len(in)-1])
	}
	if open := strings.IndexByte(t, '('); open > 0 && strings.HasSuffix(t, ")") {
		word := strings.ToLower(strings.TrimSpace(t[:open]))
		inner := strings.TrimSpace(t[open+1 : len(t)-1])
		if inner == "" || strings.ContainsAny(inner, "()") {
			return relationDecl{}, false
		}
		if a, ok := relationWords[word]; ok && !strings.ContainsAny(inner, " ,|") {
			return relationDecl{targets: []string{inner}, arity: a}, true
		}
		if word == "reference" {
			var targets []string
			for _, x := range strings.Split(inner, "|") {
				if x = strings.TrimSpace(x); x != "" {
					targets = append(targets, x)
				}
			}
			return relationDecl{targets: targets, arity: toOne}, len(targets) > 0
		}
		return relationDecl{}, false
	}
	if target := ormTarget(t); target != "" {
		first := strings.ToLower(strings.TrimPrefix(strings.Fields(t)[0], "@"))
		return relationDecl{targets: []string{target}, arity: relationWords[first]}, true
	}
	return relationDecl{}, false
}

// resolve returns the index of the object of the org that a declared
// target names: its full name ("gnuhealth.patient.evaluation", which
// differs from "gnuhealth.ophthalmology.evaluation" only by its
// namespace), else its key (objectKey: "CervixMonster", "Patient").
func (oc *orgContext) resolve(lx *fieldLexicon, target string, sc *splitCache) (int, bool) {
	if t, ok := oc.byName[strings.ToLower(target)]; ok {
		return t, true
	}
	t, ok := oc.byKey[lx.objectKey(target, sc)]
	return t, ok
}

// declaredAnchorMin is the least number of objects of an org with a
// declared to-one relation to a person (referenceData) for the org's
// declared relations to say whose records its objects are.
const declaredAnchorMin = 3

// closedShare is the least share of an org's declared to-one relations
// whose targets the org holds for referenceData to read its relations:
// a schema that leaves out the classes its objects point to (a sample
// of a larger model, its superclasses and value types elsewhere) may
// hide the path from a record to its person.
const closedShare = 0.9

// referenceWeight is the weight of the kind that referenceData gives.
const referenceWeight = 0.8

// referenceData reads, in an org that declares its relations with their
// targets (an ORM's model classes: Tryton's Many2One('gnuhealth.patient'),
// JPA's @ManyToOne Client; FHIR's Reference(Patient)), the objects whose
// records would reveal a category about a person (clinical,
// criminal-justice, membership, a person's category by an object line)
// or of unknown kind that other objects point to, and from which no
// chain of to-one relations leads to a person: a record about a person
// belongs to one, directly (a condition's patient) or through the record
// it details (a prenatal evaluation's pregnancy, whose patient it is); a
// child that a person's record holds as a one-to-many belongs to it
// too. An object that belongs to no one lists things: a catalogue when
// other objects point to it (GNU Health's gnuhealth.pathology, its
// disease genes, protein diseases, vaccination schedules, ethnicities,
// medicaments: pending source gnuhealth), else a thing (a survey of a
// dwelling for mosquito larvae). A person is an object of person or
// person-account kind that reveals no category by itself, or one with a
// field named for a date of birth (Tryton's party.party); a declared
// target outside the org whose name is a person word counts as one.
func (lx *fieldLexicon) referenceData(oc *orgContext, objs []Object, vs []objectVerdict, sc *splitCache) {
	n := len(objs)
	if !slices.ContainsFunc(objs, func(o Object) bool {
		return slices.ContainsFunc(o.Fields, func(f Field) bool { _, ok := declaredRelation(f.Type); return ok })
	}) {
		return // no declared relation: nothing to read (most orgs), and no field analysed twice
	}
	anchor := make([]bool, n)
	for i, o := range objs {
		anchor[i] = (vs[i].kind == ObjectPerson || vs[i].kind == ObjectPersonAccount) && vs[i].cat == "" || lx.hasBirthField(o.Fields, sc)
	}
	up := make([][]int, n) // to-one targets, and the owners of a one-to-many child
	toPerson := make([]bool, n)
	targeted := make([]bool, n)
	resolved, declared := 0, 0
	for i, o := range objs {
		for _, f := range o.Fields {
			d, ok := declaredRelation(f.Type)
			if !ok {
				continue
			}
			for _, target := range d.targets {
				t, ok := oc.resolve(lx, target, sc)
				if d.arity == toOne {
					declared++
					if ok {
						resolved++
					}
				}
				if !ok {
					if d.arity == toOne && lx.nameIsPerson(lx.bases(sc.name(target))) {
						toPerson[i] = true // "Reference(US Core Patient Profile)"
					}
					continue
				}
				if t == i {
					continue
				}
				targeted[t] = true
				switch d.arity {
				case toOne:
					up[i] = append(up[i], t)
					if anchor[t] {
						toPerson[i] = true
					}
				case oneToMany:
					up[t] = append(up[t], i) // the child belongs to its owner
				}
			}
		}
	}
	direct := 0
	for i := range objs {
		if toPerson[i] && !anchor[i] {
			direct++
		}
	}
	if direct < declaredAnchorMin || float64(resolved) < closedShare*float64(declared) {
		return
	}
	for i := range vs {
		vs[i].declaredOrg = true
	}
	reaches := func(i int) bool {
		seen := make([]bool, n)
		seen[i] = true
		stack := []int{i}
		for len(stack) > 0 {
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if toPerson[x] || x != i && anchor[x] {
				return true
			}
			for _, t := range up[x] {
				if !seen[t] {
					seen[t] = true
					stack = append(stack, t)
				}
			}
		}
		return false
	}
	var flips []int
	for i := range objs {
		v := &vs[i]
		candidate := v.cat != "" || v.kind.category() != "" || v.kind == ObjectUnknown && targeted[i]
		if anchor[i] || !candidate || reaches(i) {
			continue
		}
		flips = append(flips, i)
	}
	for _, i := range flips {
		kind := ObjectThing
		if targeted[i] {
			kind = ObjectCatalogue
		}
		vs[i].overrule(Evidence{Source: EvidenceSiblings, Rule: RuleOrgContext + "reference", Kind: kind, Weight: referenceWeight})
		vs[i].personLinked = false
	}
}

// hasBirthField reports whether a field of the object, not a switch, is
// named for a date of birth: the records are people.
func (lx *fieldLexicon) hasBirthField(fields []Field, sc *splitCache) bool {
	return slices.ContainsFunc(fields, func(f Field) bool {
		return !booleanType(f.Type) && lx.analyseTokens(objectUnknown, sc.name(f.Name), sc.label(f.Label), false).birthField
	})
}

// ownCode marks a field of an object of an org that declares its
// relations (objectVerdict.declaredOrg) whose name is "code", or ends in
// "code" after words that name no category ("admission_code"), or whose
// label is "Code" alone, and that is no relation itself: such an org
// points to its code catalogues by relations (a condition's Many2One to
// the pathology catalogue), so a text code of a record is the record's
// own number (GNU Health's evaluation code, "Unique code that identifies
// the evaluation"; a surgery's "Health Center code / sequence"), not a
// code of its content. A scalar labelled "Order" alone is likewise the
// number of the order a request belongs to (GNU Health's lab and
// imaging requests). A code whose other words name the content
// ("health_condition_code") keeps them.
func (j *fieldJudge) ownCode(f Field) {
	if !j.v.declaredOrg || j.lookup || j.system {
		return
	}
	if _, ok := declaredRelation(f.Type); ok {
		return
	}
	n := j.nameBases
	label := j.named[len(j.nameBases):]
	if !(len(n) > 0 && n[len(n)-1] == "code" || len(label) == 1 && (label[0] == "code" || label[0] == "order")) {
		return
	}
	for i := range fieldCats {
		if j.a.name[i].conf > 0 || j.a.label[i].conf > 0 {
			return
		}
	}
	j.system, j.idName = true, true
	j.against = append(j.against, Evidence{Source: EvidenceName, Rule: "own-code", Against: true})
}

// oneToManyType reports whether a declared type is a one-to-many
// relation (declaredRelation).
func oneToManyType(typ string) bool {
	d, ok := declaredRelation(typ)
	return ok && d.arity == oneToMany
}
