package classify

import (
	"slices"
	"strings"
)

// objectVerdict is what an object is about, and why.
type objectVerdict struct {
	kind     ObjectKind
	cat      Category // the category every record reveals, or ""
	weight   float64  // the strength of the kind's evidence
	evidence []Evidence
	words    []string // base words of the object's name, label and description, for context rules
}

// descObjectFactor scales what an object's description says about its
// kind: a description is longer and vaguer than a name ("the accounts of
// the persons and organisations …").
const descObjectFactor = 0.7

// minKindWeight is the least weight at which object evidence decides a
// kind.
const minKindWeight = 0.5

// objectKind judges what the records of o are about, in these steps:
//
//  1. an API suffix that names a kind of metadata (schema.tsv scope
//     object-suffix: "__mdt" is a custom metadata type, configuration);
//  2. the words of the object's name and label, then of its description
//     (at descObjectFactor), against the object lines of schema.tsv;
//     where several kinds match, the more specific wins (ObjectKind.rank),
//     and a longer pattern hides the shorter ones inside it
//     ("medication statement" is clinical, "medication" a catalogue);
//  3. failing that, the object words of fields.tsv (object:person,
//     object:org, object:thing);
//  4. the siblings: an organisation, person or unknown object with
//     person-account fields ("__pc", IsPersonAccount, PersonBirthdate;
//     schema.tsv scopes sibling and sibling-suffix) is a person account.
func (lx *fieldLexicon) objectKind(o Object) objectVerdict {
	sl := lx.schema
	v := objectVerdict{kind: ObjectUnknown}
	base, _ := stripSalesforce(o.Name)
	nameBases := lx.bases(lx.compounds(splitWords(base)))
	labelBases := lx.bases(lx.labelTokens(o.Label))
	descBases := lx.bases(lx.labelTokens(o.Description))
	v.words = slices.Concat(nameBases, labelBases, descBases)

	if e := sl.suffix(scopeObjectSuffix, o.Name); e != nil {
		v.set(e, 1, EvidenceObject)
		return v
	}
	best := map[ObjectKind]*Evidence{}
	consider := func(bases []string, factor float64, src EvidenceSource) {
		for _, m := range longestMatches(sl.objects, bases) {
			w := m.weight * factor
			if w < minKindWeight {
				continue
			}
			if b := best[m.kind]; b == nil || w > b.Weight {
				best[m.kind] = &Evidence{Source: src, Rule: m.id, Line: m.ref(), Kind: m.kind, Category: m.cat, Weight: round2(w)}
			}
		}
	}
	consider(nameBases, 1, EvidenceObject)
	consider(labelBases, 1, EvidenceObject)
	if len(best) == 0 {
		consider(descBases, descObjectFactor, EvidenceDescription)
	}
	for _, k := range ObjectKinds() {
		e := best[k]
		if e == nil {
			continue
		}
		if v.kind == ObjectUnknown || k.rank() > v.kind.rank() {
			v.kind, v.cat, v.weight = k, e.Category, e.Weight
		}
	}
	for _, k := range ObjectKinds() {
		if e := best[k]; e != nil {
			ev := *e
			ev.Against = k != v.kind
			if ev.Against {
				ev.Weight = 0
			}
			v.evidence = append(v.evidence, ev)
		}
	}
	if v.kind == ObjectUnknown {
		lx.fallbackKind(&v, nameBases)
	}
	if v.kind == ObjectOrganisation || v.kind == ObjectPerson || v.kind == ObjectUnknown {
		lx.personAccount(&v, o.Fields)
	}
	return v
}

// set makes e's kind the verdict.
func (v *objectVerdict) set(e *schemaEntry, factor float64, src EvidenceSource) {
	v.kind, v.cat, v.weight = e.kind, e.cat, round2(e.weight*factor)
	v.evidence = append(v.evidence, Evidence{Source: src, Rule: e.id, Line: e.ref(), Kind: e.kind, Category: e.cat, Weight: v.weight})
}

// fallbackKind reads the object words of fields.tsv, the classes Field
// uses on its own.
func (lx *fieldLexicon) fallbackKind(v *objectVerdict, nameBases []string) {
	class := objectUnknown
	var term string
	for _, w := range nameBases {
		c := lx.objects[w]
		if c == objectPerson {
			class, term = c, w
			break
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
func (lx *fieldLexicon) personAccount(v *objectVerdict, fields []Field) {
	sl := lx.schema
	var hit *schemaEntry
	for _, f := range fields {
		e := sl.suffix(scopeSiblingSuffix, f.Name)
		if e == nil {
			e = sl.siblings[strings.Join(lx.bases(lx.nameTokens(f.Name)), " ")]
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
	v.kind, v.cat, v.weight = ObjectPersonAccount, "", hit.weight
	v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: hit.id, Line: hit.ref(), Kind: ObjectPersonAccount, Weight: hit.weight})
}

// longestMatches returns the entries of m that occur in bases, less those
// inside a longer match: "medication statement" hides "medication" and
// "statement".
func longestMatches(m map[string][]*schemaEntry, bases []string) []*schemaEntry {
	type span struct {
		e    *schemaEntry
		i, j int
	}
	var all []span
	matchSeq(m, bases, func(e *schemaEntry, i, j int) { all = append(all, span{e, i, j}) })
	var out []*schemaEntry
	for _, s := range all {
		inside := false
		for _, t := range all {
			if t.i <= s.i && s.j <= t.j && t.j-t.i > s.j-s.i {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, s.e)
		}
	}
	return out
}
