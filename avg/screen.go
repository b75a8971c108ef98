package avg

import (
	"slices"

	"github.com/avgrisk/avgrisk/classify"
)

// art9 are the special categories of Art. 9(1) AVG; classify's Special
// also counts criminal data (Art. 10) and the BSN.
var art9 = []classify.Category{
	classify.RacialEthnicOrigin, classify.PoliticalOpinions, classify.ReligiousBeliefs,
	classify.TradeUnionMembership, classify.Genetic, classify.Biometric,
	classify.Health, classify.SexLifeOrientation,
}

// signals returns the facts of the system that the DPIA criteria test, by
// the signal IDs of data/dpia.json.
func signals(p Processing, cats []classify.Category, largeScaleSubjects int) map[string]bool {
	s := map[string]bool{
		"scoring":                p.Scoring,
		"automated-decisions":    p.AutomatedDecisions,
		"monitoring":             p.Monitoring || p.BehaviouralAdvertising,
		"employee-monitoring":    p.EmployeeMonitoring,
		"public-area-monitoring": p.PublicAreaMonitoring,
		"flexible-cameras":       p.FlexibleCameras,
		"financial-data":         p.FinancialData,
		"location-data":          p.LocationData,
		"communication-data":     p.CommunicationData,
		"matching":               p.Matching,
		"vulnerable-subjects":    p.VulnerableSubjects,
		"innovative-technology":  p.InnovativeTechnology,
		"prevents-service":       p.PreventsService,
		"shared-blacklist":       p.SharedBlacklist,
		"fraud-detection":        p.FraudDetection,
		"credit-scoring":         p.CreditScoring,
		"public-partnership":     p.PublicPartnership,
		"iot":                    p.IoT,
		"covert-investigation":   p.CovertInvestigation,
	}
	for _, c := range cats {
		if slices.Contains(art9, c) {
			s["special-data"] = true
		}
		switch c {
		case classify.Criminal:
			s["criminal-data"] = true
		case classify.NationalID:
			s["national-id"] = true
		case classify.Health:
			s["health-data"] = true
		case classify.Genetic:
			s["genetic-data"] = true
		case classify.Biometric:
			s["biometric-data"] = true
		}
	}
	// Recital 91: an individual physician, health professional or lawyer
	// never processes on a large scale.
	s["large-scale"] = (p.LargeScale || (largeScaleSubjects > 0 && p.Subjects >= largeScaleSubjects)) && !p.IndividualPractitioner
	// Art. 35(3)(b) and AP item 7 measure large scale on the
	// special-category processing itself (WP243 § 2.1.3; WP248), not on
	// the whole system: a few health remarks in a CRM of 250,000 customers
	// are not large-scale health processing.
	s["special-large-scale"] = largeScaleSubjects > 0 && p.SpecialCategorySubjects >= largeScaleSubjects && !p.IndividualPractitioner
	// AP Q&A of 10 November 2020: processing built into the organisation's
	// systems is stelselmatig; ad hoc processing is not.
	s["systematic"] = !p.Occasional
	return s
}

// met reports whether the criterion holds for the signals.
func (c criterionDef) met(s map[string]bool) bool {
	for _, sig := range c.All {
		if !s[sig] {
			return false
		}
	}
	if len(c.Any) > 0 && !slices.ContainsFunc(c.Any, func(sig string) bool { return s[sig] }) {
		return false
	}
	switch c.Scale {
	case "large":
		return s["large-scale"]
	case "special-large":
		return s["special-large-scale"]
	case "large-or-systematic":
		return s["large-scale"] || s["systematic"]
	}
	return true
}

// screen answers the DPIA question, following the order of the reference's
// encoding (dpia.md § 7): Art. 35(10); Art. 35(3); the AP list; the count of
// WP248 criteria, unless a documented rebuttal answers it. Every criterion
// met is a reason; the rules that decided come first.
func screen(d *dataSet, p Processing, cats []classify.Category) Screening {
	s := signals(p, cats, d.largeScaleSubjects)
	var met []Reason
	groups := map[string]int{}
	for _, c := range d.criteria {
		if !c.met(s) {
			continue
		}
		groups[c.Group]++
		met = append(met, Reason{ID: c.ID, Sources: sourceRefs(append(slices.Clone(c.Sources), c.Notes...))})
	}
	var rules []Reason
	out := NotRequired
	switch {
	case p.LegislativeDPIA:
		rules = append(rules, Reason{ID: "art35-10", Sources: sourceRefs([]string{"avg-35-10"})})
	default:
		if groups["art35-3"] > 0 {
			out = Required
			rules = append(rules, Reason{ID: "art35-3", Sources: sourceRefs([]string{"avg-35-3"})})
		}
		if groups["ap-list"] > 0 {
			out = Required
			rules = append(rules, Reason{ID: "ap-list", Sources: sourceRefs([]string{"ap-dpia-list", "ap-dpia"})})
		}
		switch n := groups["wp248"]; {
		case out == Required:
			if n >= 2 {
				rules = append(rules, Reason{ID: "wp248-two-or-more", Sources: sourceRefs([]string{"wp248"})})
			}
		case n >= 1 && p.IndividualPractitioner:
			// WP248 names the patient or client records of an individual
			// physician, health professional or lawyer (Recital 91) as
			// processing that needs no DPIA even where criteria meet.
			rules = append(rules, Reason{ID: "recital-91", Sources: sourceRefs([]string{"avg-recital-91", "wp248"})})
		case n >= 2 && p.WP248Rebutted:
			rules = append(rules, Reason{ID: "wp248-rebutted", Sources: sourceRefs([]string{"wp248", "avg-35-2"})})
		case n >= 2:
			out = Required
			rules = append(rules, Reason{ID: "wp248-two-or-more", Sources: sourceRefs([]string{"wp248"})})
		case n == 1:
			out = Recommended
			rules = append(rules, Reason{ID: "wp248-one", Sources: sourceRefs([]string{"wp248"})})
		default:
			rules = append(rules, Reason{ID: "no-criteria", Sources: sourceRefs([]string{"wp248", "avg-35-1"})})
		}
	}
	// A signal, not a finding: special categories in a large system whose
	// special-category processing is of unknown size. Art. 35(3)(b) (and
	// AP item 7 for health) applies only if that processing is itself
	// large scale; the report asks to confirm it.
	if !p.LegislativeDPIA && (s["special-data"] || s["criminal-data"]) && s["large-scale"] && p.SpecialCategorySubjects == 0 {
		rules = append(rules, Reason{ID: "special-scale-not-stated", Sources: sourceRefs([]string{"avg-35-3", "wp243", "wp248"})})
	}
	return Screening{Outcome: out, Reasons: append(rules, met...), WP248Count: groups["wp248"]}
}

// sourceRefs returns sources with their IDs only; Report.In fills in the
// citations.
func sourceRefs(ids []string) []Source {
	out := make([]Source, len(ids))
	for i, id := range ids {
		out[i] = Source{ID: id}
	}
	return out
}
