package classify

import (
	"slices"
	"strings"

	"github.com/avgrisk/avgrisk/internal/fold"
)

// minAdminValues is the least number of picklist values for the values
// alone to say that a field administers its record (adminValues).
const minAdminValues = 2

// valueKey returns the base words of a whole picklist value, joined by
// spaces, as schema.tsv's state-value and unit-value lines are indexed:
// the value is folded and split at every character that is no letter
// or digit ("mL/hour" → "ml hour"), never into compounds.
func (lx *fieldLexicon) valueKey(v string) string {
	words := strings.FieldsFunc(fold.String(v), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127)
	})
	for i, w := range words {
		words[i] = lx.base(w)
	}
	return strings.Join(words, " ")
}

// adminValues reads a picklist whose every value is a step of a record's
// workflow (schema.tsv state-value: Draft, In progress, Done, Signed,
// Validated) or a unit of measure (unit-value: minutes, hours, days,
// mL/hour; in a field named a unit also unit symbols, unitSymbol: C, F,
// %). The first is the state of the record itself, not a fact
// about its person: GNU Health's evaluations, prescriptions and
// vaccinations move from Draft or In progress to Done and Signed
// (pending source gnuhealth), as a case moves from New to Closed; the
// field takes no category from its object, only from its own words
// (j.handling). The second holds the unit of a quantity beside it
// ("Treatment period" in minutes, hours, days; a frequency's unit): no
// value of its own, whatever its name says (j.structural). A unit list
// may end in one value that is no unit ("indefinite", "when
// required") when it has four values or more. A picklist whose every
// value names a relative (kin-value: Mother, Father, Sibling, Maternal,
// Paternal) says which relative a row is about or how a person is
// related, never the fact itself: the relative of a family-history row
// of GNU Health (pending source gnuhealth), Open Dental's
// FamilyHealth.Relationship, a contact's relation to the client; it
// takes no category from its object (j.handling).
func (j *fieldJudge) adminValues(values []string) {
	unitNamed := len(j.nameBases) > 0 && j.nameBases[len(j.nameBases)-1] == "unit"
	if len(values) < minAdminValues && !(unitNamed && len(values) == 1) {
		// One value is a unit list only in a field named so
		// ("infusion_rate_units": mL/hour).
		return
	}
	sl := j.lx.schema
	var states, units, kin, grades []*schemaEntry
	symbols := 0
	for _, v := range values {
		k := j.lx.valueKey(v)
		if unitNamed && unitSymbol(k) {
			symbols++
		}
		if e := sl.stateValues[k]; e != nil {
			states = append(states, e)
		}
		if e := sl.kinValues[k]; e != nil {
			kin = append(kin, e)
		}
		if e := sl.unitValues[k]; e != nil {
			units = append(units, e)
		}
		if e := sl.gradeValues[k]; e != nil {
			grades = append(grades, e)
		}
	}
	cite := func(es []*schemaEntry) {
		var seen []*schemaEntry
		for _, e := range es {
			if !slices.Contains(seen, e) {
				seen = append(seen, e)
				j.against = append(j.against, Evidence{Source: EvidencePicklist, Rule: e.id, Line: e.ref(), Against: true})
			}
		}
	}
	switch n := len(values); {
	case len(states) == n:
		j.handling = true
		cite(states)
	case len(kin) == n:
		j.handling = true
		cite(kin)
	case len(units) == n || n >= 4 && len(units) == n-1:
		j.system, j.structural = true, true
		cite(units)
	case unitNamed && symbols > 0 && len(units)+symbols >= n:
		// "Temperature Unit": C, F; "SpO2 Unit": %; "Height Unit":
		// m, cm, mm, ft, in.
		j.system, j.structural = true, true
		cite(units)
		j.against = append(j.against, Evidence{Source: EvidencePicklist, Rule: RuleUnitSymbol, Against: true})
	case len(grades) == n:
		j.system, j.structural = true, true
		cite(grades)
	}
}

// RuleUnitSymbol is the rule of the evidence against a field named a
// unit whose picklist values are unit symbols (unitSymbol).
const RuleUnitSymbol = "unit-symbol"

// unitSymbol reports whether a picklist value's key (valueKey) is the
// symbol of a unit of measure too short for a unit-value line of its
// own: one letter (UCUM m, g, L; C and F for degrees), "in" (inch) or
// nothing left once folded ("%"). Only in a field whose name ends in
// "unit" (adminValues): elsewhere "M" and "F" are a sex, "In" a state.
func unitSymbol(k string) bool {
	return len(k) <= 1 || k == "in"
}

// gradeList reports whether every value of a picklist of at least
// minAdminValues values grades a test of a skill (schema.tsv
// grade-value: Pass, Remediation, Not Applicable): the field holds a
// trainee's result on the subject its name names ("IHSS+ - Medications",
// "CDPH-Responding to Dementia Behaviour" on a home-care course's
// Competency Check, pending cca), not a fact about anyone's health, so
// it takes no category from its name or its object (adminValues) and
// gives none to its object (siblingKind).
func (lx *fieldLexicon) gradeList(values []string) bool {
	if len(values) < minAdminValues {
		return false
	}
	for _, v := range values {
		if lx.schema.gradeValues[lx.valueKey(v)] == nil {
			return false
		}
	}
	return true
}
