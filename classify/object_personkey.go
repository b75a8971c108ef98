package classify

import (
	"fmt"
	"strings"
)

// Thresholds of the org's person keys (personKeys).
const (
	// personKeyMin is the least number of the org's other objects that
	// must carry a person object's key column for it to be the key by
	// which the org's tables point to their person: a column two tables
	// share may be a coincidence of names.
	personKeyMin = 3
	// personKeyMaxLen is the longest one-word key name read (pid, pubpid,
	// patid, clientnr): a longer word is a name, not an abbreviation.
	personKeyMaxLen = 8
)

// RulePersonKey is the rule of the evidence with which an object of
// unknown kind is linked to its person by a key column of the org's
// person object (personKeys); the evidence's Line names the linking
// field's place in the object ("field 2"), never a value.
const RulePersonKey = "org-context:person-key"

// personKeyGeneric are key names that every table has for its own rows
// or for the platform: they link nothing to a person.
var personKeyGeneric = map[string]bool{"id": true, "uuid": true, "guid": true, "oid": true, "rowid": true, "objectid": true, "recordid": true}

// personKeys links the org's objects of unknown kind to their person by
// the key of the org's person object: a column of an object the org
// holds as a person (a patient table), named as a key ("pid",
// "client_no", "PatientNr"), that at least personKeyMin of the org's
// other objects carry under the same name, is the key by which those
// tables point to the person, whatever its name says (the relational
// model: a foreign key carries the primary key's name; HL7 v2's PID
// segment, Patient Identification, names the patient key of many
// clinical databases "pid"). Each such object is then person-linked, as
// a field named by a person word makes it (personLink): clinical names
// on its fields make it the person's clinical record (clinicalSiblings,
// clinicalParent), and its family and the org may lift it
// (clinicalFamilies, liftByOrg). The key column itself, on every table
// that carries it, points to the person and holds no category of its
// own (kindOfField). A key that names another object of the
// org (pharmacy_id, facility_id), a link-typed field (a lookup to an
// Account), a key of the platform (id, uuid) and a key named for who
// works on the record (OwnerId) are no person key.
func (lx *fieldLexicon) personKeys(oc *orgContext, objs []Object, vs []objectVerdict, sc *splitCache, c *Classifier) {
	keys := map[string]int{} // a person key's name, lower case → its person object
	for i, o := range objs {
		if vs[i].kind != ObjectPerson && vs[i].kind != ObjectPersonAccount {
			continue
		}
		for _, f := range o.Fields {
			n := strings.ToLower(strings.TrimSpace(f.Name))
			if _, dup := keys[n]; dup || !lx.personKeyName(f, sc) {
				continue
			}
			if t, ok := lx.linkTarget(oc, f, sc); ok && t != i {
				continue // a key to another object of the org
			}
			keys[n] = i
		}
	}
	if len(keys) == 0 {
		return
	}
	carriers := map[string]int{}
	for i, o := range objs {
		if vs[i].kind == ObjectPerson || vs[i].kind == ObjectPersonAccount {
			continue // a person's own record carrying the number (a BSN) is no table pointing to a person
		}
		seen := map[string]bool{}
		for _, f := range o.Fields {
			n := strings.ToLower(strings.TrimSpace(f.Name))
			if p, ok := keys[n]; ok && p != i && !seen[n] {
				seen[n] = true
				carriers[n]++
			}
		}
	}
	for i, o := range objs {
		v := &vs[i]
		if v.kind == ObjectPerson || v.kind == ObjectPersonAccount {
			continue
		}
		for k, f := range o.Fields {
			n := strings.ToLower(strings.TrimSpace(f.Name))
			p, ok := keys[n]
			if !ok || p == i || carriers[n] < personKeyMin {
				continue
			}
			v.personKey = n
			if v.kind != ObjectUnknown || v.personLinked {
				break
			}
			v.personLinked = true
			v.evidence = append(v.evidence, Evidence{Source: EvidenceSiblings, Rule: RulePersonKey, Line: fmt.Sprintf("field %d", k+1), Kind: vs[p].kind})
			if c.cats.has(Health) {
				lx.clinicalSiblings(v, o.Fields)
				if v.kind == ObjectUnknown {
					lx.clinicalParent(v, o.Fields, sc)
				}
			}
			break
		}
	}
}

// personKeyName reports whether f is named as a key that may be a
// person's: not a list ("subject_ids"), not a link-typed field, not a key of the platform or of
// whoever works on the record, and either words ending in a key word
// ("client_no", "PatientNr", "subject_id") or one short word ending in
// one ("pid", "patnum").
func (lx *fieldLexicon) personKeyName(f Field, sc *splitCache) bool {
	if isLinkType(strings.ToLower(strings.TrimSpace(f.Type))) {
		return false
	}
	base, _ := stripSalesforce(f.Name)
	low := strings.ToLower(base)
	if personKeyGeneric[low] || strings.ContainsAny(low, " ") || strings.HasSuffix(low, "ids") {
		// "subject_ids": a list of numbers (BSNs), not one record's key
		return false
	}
	bases := lx.bases(sc.name(base))
	if len(bases) == 0 || linkNotSubject[bases[0]] {
		return false
	}
	if len(bases) > 1 {
		return orgKeyWords[bases[len(bases)-1]] || bases[len(bases)-1] == "no"
	}
	if len(low) > personKeyMaxLen {
		return false
	}
	for _, suf := range [...]string{"id", "num", "nr", "no", "key"} {
		if strings.HasSuffix(low, suf) && len(low) > len(suf) {
			return true
		}
	}
	return false
}
