package classify

import (
	"slices"
	"strings"
)

// An identification number and its type are often two fields side by
// side: "ID Type" (NRIC, FIN, Passport, UEN) and "ID No", "Tax Recipient
// ID Type (Entered)" and "Tax Recipient ID No. (Entered)". The number's
// own name says only that it is a number; the type's picklist says
// which. When the values of an id-type field (schema.tsv scope id-type)
// name a national identification number (a national-id line of
// fields.tsv at nationalIDWeight or more: "NRIC", "BSN", "SSN"), the
// id-number field (scope id-number) whose name or label is the type's
// with the id-number words in place of the id-type words holds that
// number for some records: national-id at idPairFactor of the line. An
// id-type field without a picklist (a text field filled from elsewhere)
// pairs too when another id-type field of the object names a national
// number. A pair whose type lists no national number (a company's UEN,
// a foreigner's FIN alone) says nothing.

// idPairFactor scales the national-id line that an id-type sibling's
// values name: the number holds it for the records of that type.
const idPairFactor = 0.9

// idKey is an id-type field of an object: its name or label with the
// id-type words cut out, and the national number its values name.
type idKey struct {
	key      string       // "n:tax recipient|entered": source (n name, l label), the words before and after
	entry    *schemaEntry // the id-type line
	national *fieldEntry  // the national-id line a value names, or nil for an open type (no picklist)
}

// idPairKey returns the key of bases with the first span of an entry of m
// cut out, and that entry, or "" and nil.
func idPairKey(m map[string][]*schemaEntry, src string, bases []string) (string, *schemaEntry) {
	var key string
	var hit *schemaEntry
	matchSeq(m, bases, func(e *schemaEntry, i, j int) {
		if hit == nil {
			hit = e
			key = src + ":" + strings.Join(bases[:i], " ") + "|" + strings.Join(bases[j:], " ")
		}
	})
	return key, hit
}

// idTypeKeys returns the id-type fields of an object whose values name
// a national identification number, and the open ones (no picklist),
// when at least one names one; nil otherwise.
func (lx *fieldLexicon) idTypeKeys(fields []Field, sc *splitCache) []idKey {
	if len(lx.schema.idTypes) == 0 {
		return nil
	}
	var out []idKey
	named := false
	for _, f := range fields {
		if !lx.mayHold(lx.schema.idTypeLast, f) {
			continue // no last word of an id-type line in its name or label: skip the split
		}
		var keys []idKey
		for _, src := range [...]struct {
			tag    string
			tokens []string
		}{{"n", sc.name(f.Name)}, {"l", sc.label(f.Label)}} {
			if key, e := idPairKey(lx.schema.idTypes, src.tag, lx.bases(src.tokens)); e != nil {
				keys = append(keys, idKey{key: key, entry: e})
			}
		}
		if len(keys) == 0 {
			continue // only an id-type field's values are read
		}
		var national *fieldEntry
		for _, pv := range f.Picklist {
			var scratch nameAnalysis
			var ev [numCats]evidence
			lx.score(&scratch, sc.label(pv), RuleFieldPicklist, ev[:])
			if e := ev[catIndex(NationalID)]; e.entry != nil && e.conf >= nationalIDWeight && (national == nil || e.conf > national.weight) {
				national = e.entry
			}
		}
		if len(f.Picklist) > 0 && national == nil {
			continue // the types of organisations or documents
		}
		for _, k := range keys {
			k.national = national
			out = append(out, k)
		}
		named = named || national != nil
	}
	if !named {
		return nil
	}
	return out
}

// idPaired gives the field the national-id line that its id-type sibling
// names (see idTypeKeys).
func (j *fieldJudge) idPaired(f Field) {
	keys := j.v.idKeys
	if len(keys) == 0 || j.lookup || j.boolean || len(f.Picklist) > 0 {
		return
	}
	var strongest *fieldEntry
	for _, k := range keys {
		if k.national != nil && (strongest == nil || k.national.weight > strongest.weight) {
			strongest = k.national
		}
	}
	for _, src := range [...]struct {
		tag   string
		bases []string
	}{{"n", j.nameBases}, {"l", j.named[len(j.nameBases):]}} {
		key, num := idPairKey(j.lx.schema.idNumbers, src.tag, src.bases)
		if num == nil {
			continue
		}
		i := slices.IndexFunc(keys, func(k idKey) bool { return k.key == key })
		if i < 0 {
			continue
		}
		national := keys[i].national
		if national == nil {
			national = strongest
		}
		n := catIndex(NationalID)
		j.sib[n].addEntry(national.weight*idPairFactor, RuleObject+keys[i].entry.id, &keys[i].entry.fieldEntry)
		j.against = append(j.against, Evidence{Source: EvidenceSiblings, Rule: num.id, Line: num.ref(), Category: NationalID})
		return
	}
}

// mayHold reports whether the name or label of f holds, as ASCII letters
// in any case, one of words: a cheap test before splitting a name into
// words, so that only the fields that may match a line are split.
func (lx *fieldLexicon) mayHold(words []string, f Field) bool {
	for _, w := range words {
		if containsFold(f.Name, w) || containsFold(f.Label, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains sub, an ASCII lower-case word,
// in any case, without allocating.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
