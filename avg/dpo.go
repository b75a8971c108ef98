package avg

import (
	"fmt"
	"slices"
	"strings"

	"github.com/avgrisk/avgrisk/transfer"
)

// dpoDef is the rule of Art. 37(1) AVG as data/dpo.json encodes it: the
// three grounds on which a data protection officer is mandatory, each met
// when all its conditions hold, and the Processing signals that count as
// monitoring (WP243 rev.01 § 2.1.4).
type dpoDef struct {
	AsOf       string `json:"as_of"`
	LargeScale struct {
		Note    string   `json:"note"`
		Sources []string `json:"sources"`
	} `json:"large_scale"`
	Monitoring struct {
		Note    string   `json:"note"`
		Signals []string `json:"signals"`
		Sources []string `json:"sources"`
	} `json:"monitoring"`
	Grounds []dpoGround `json:"grounds"`
}

// dpoGround is one point of Art. 37(1): "art37-1a", "art37-1b" or
// "art37-1c", with the conditions that must all hold.
type dpoGround struct {
	ID         string         `json:"id"`
	Conditions []dpoCondition `json:"conditions"`
	Sources    []string       `json:"sources"`
	NL         string         `json:"nl"`
	EN         string         `json:"en"`
}

// point is the letter of the ground's point of Art. 37(1): "a", "b", "c".
func (g dpoGround) point() string { return strings.TrimPrefix(g.ID, "art37-1") }

// dpoCondition is a condition of a ground of Art. 37(1); the values are a
// closed vocabulary, checked when the data is loaded.
type dpoCondition string

// The conditions of Art. 37(1), in the words of WP243 rev.01 § 2.1.
const (
	condPublicBody        dpoCondition = "public-body"         // (a): a public authority or body, not a court in its judicial capacity
	condMonitoring        dpoCondition = "monitoring"          // (b): the processing monitors data subjects (§ 2.1.4)
	condSystematic        dpoCondition = "systematic"          // (b): regularly and systematically, not ad hoc
	condLargeScale        dpoCondition = "large-scale"         // (b): on a large scale (§ 2.1.3)
	condSpecialData       dpoCondition = "special-data"        // (c): Art. 9 or Art. 10 data
	condSpecialLargeScale dpoCondition = "special-large-scale" // (c): that data on a large scale
	condCoreActivity      dpoCondition = "core-activity"       // (b), (c): part of the core activities (§ 2.1.2)
)

// dpoConditions are the known conditions.
var dpoConditions = []dpoCondition{condPublicBody, condMonitoring, condSystematic, condLargeScale, condSpecialData, condSpecialLargeScale, condCoreActivity}

// validate checks the rule's data: the three points of Art. 37(1) in
// order, known conditions, sources, both texts, known monitoring signals.
func (def *dpoDef) validate(sources map[string]sourceDef) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("avg: data/dpo.json: "+format, args...)
	}
	if len(def.Grounds) != 3 {
		return bad("%d grounds, want the three points of Art. 37(1)", len(def.Grounds))
	}
	for i, g := range def.Grounds {
		if want := "art37-1" + string(rune('a'+i)); g.ID != want {
			return bad("ground %d is %q, want %q", i+1, g.ID, want)
		}
		if len(g.Conditions) == 0 || g.NL == "" || g.EN == "" || len(g.Sources) == 0 {
			return bad("%s: conditions, texts and sources are required", g.ID)
		}
		for _, c := range g.Conditions {
			if !slices.Contains(dpoConditions, c) {
				return bad("%s: unknown condition %q", g.ID, c)
			}
		}
	}
	known := signals(Processing{}, nil, 1)
	if len(def.Monitoring.Signals) == 0 {
		return bad("no monitoring signals")
	}
	for _, s := range def.Monitoring.Signals {
		if _, ok := known[s]; !ok {
			return bad("unknown monitoring signal %q", s)
		}
	}
	for _, ids := range [][]string{def.LargeScale.Sources, def.Monitoring.Sources} {
		if len(ids) == 0 {
			return bad("a note without sources")
		}
		for _, id := range ids {
			if _, ok := sources[id]; !ok {
				return bad("unknown source %q", id)
			}
		}
	}
	for _, g := range def.Grounds {
		for _, id := range g.Sources {
			if _, ok := sources[id]; !ok {
				return bad("%s: unknown source %q", g.ID, id)
			}
		}
	}
	return nil
}

// tri is a condition's answer: it holds, it does not, or the facts to say
// so are not stated.
type tri int

const (
	triNo tri = iota
	triOpen
	triYes
)

// dpoAnswer is the answer to one condition: whether it holds, and the fact
// that says why not (triNo) or what to state (triOpen).
type dpoAnswer struct {
	v    tri
	fact Fact
}

// publicBody answers whether the controller is a public authority or body:
// the system's public_body, or when that is not stated, an exporter of a
// flow whose sector is "public" (transfer.SectorPublic). A sector never
// says "no": the empty sector is commercial only for transfer's adequacy
// scopes, so it leaves the question open.
func (a *assessment) publicBody() (tri, string) {
	switch a.s.PublicBody {
	case Yes:
		return triYes, "public_body"
	case No:
		return triNo, "public_body"
	}
	for i, f := range a.s.Transfers {
		if f.Exporter.Sector == transfer.SectorPublic {
			return triYes, fmt.Sprintf("transfers[%d].exporter.sector", i)
		}
	}
	return triOpen, "public_body"
}

// condition answers one condition of ground g for the system.
func (a *assessment) condition(g dpoGround, c dpoCondition) dpoAnswer {
	p := a.s.Processing
	point := g.point()
	limit := a.d.largeScaleSubjects
	no := func(id string) dpoAnswer { return dpoAnswer{triNo, Fact{ID: id, Value: point}} }
	open := func(id string) dpoAnswer { return dpoAnswer{triOpen, Fact{ID: id}} }
	yes := dpoAnswer{v: triYes}
	switch c {
	case condPublicBody:
		v, field := a.publicBody()
		switch {
		case v == triYes && p.JudicialCapacity:
			return no("dpo-court-judicial")
		case v == triNo:
			return no("dpo-not-public-body")
		case v == triOpen:
			return open("dpo-public-body-not-stated")
		}
		return dpoAnswer{triYes, Fact{Field: field}}
	case condMonitoring:
		sig := signals(p, a.cats, limit)
		if slices.ContainsFunc(a.d.dpo.Monitoring.Signals, func(s string) bool { return sig[s] }) {
			return yes
		}
		return no("dpo-no-monitoring")
	case condSystematic:
		// "Regular and systematic" (WP243 § 2.1.4): ongoing or recurring,
		// and according to a system; ad hoc processing is neither.
		if p.Occasional {
			return no("dpo-monitoring-occasional")
		}
		return yes
	case condLargeScale:
		switch {
		case p.IndividualPractitioner:
			return no("dpo-individual-practitioner")
		case p.LargeScale || p.Subjects >= limit:
			return yes
		case p.Subjects == 0:
			return open("dpo-subjects-not-stated")
		}
		r := no("dpo-not-large-scale")
		r.fact.Count = limit
		return r
	case condSpecialData:
		sig := signals(p, a.cats, limit)
		if sig["special-data"] || sig["criminal-data"] {
			return yes
		}
		return no("dpo-no-special-data")
	case condSpecialLargeScale:
		// Measured on the special-category processing itself, as Art.
		// 35(3)(b) is (data/README.md, delta 13): a few health remarks in
		// a large CRM are not large-scale processing of health data.
		small := func() dpoAnswer {
			r := no("dpo-special-not-large-scale")
			r.fact.Count = limit
			return r
		}
		switch {
		case p.IndividualPractitioner:
			return no("dpo-individual-practitioner")
		case p.SpecialCategorySubjects >= limit:
			return yes
		case p.SpecialCategorySubjects > 0:
			return small()
		case p.Subjects > 0 && p.Subjects < limit && !p.LargeScale:
			// The special-category processing is part of a system that
			// is itself below the limit.
			return small()
		}
		return open("dpo-special-subjects-not-stated")
	case condCoreActivity:
		switch p.CoreActivity {
		case Yes:
			return yes
		case No:
			return no("dpo-not-core-activity")
		}
		return open("dpo-core-activity-not-stated")
	}
	// The data is validated on load, so an unknown condition cannot reach
	// here; it would be read as open, never as decided.
	return dpoAnswer{triOpen, Fact{ID: "dpo-ground-open", Value: point}}
}

// ground answers one ground of Art. 37(1): met when every condition
// holds; not met, with the first reason, when one does not; otherwise
// open, with the facts to state.
func (a *assessment) ground(g dpoGround) (tri, []Fact) {
	var open []Fact
	var field string
	for _, c := range g.Conditions {
		ans := a.condition(g, c)
		switch ans.v {
		case triNo:
			return triNo, []Fact{ans.fact}
		case triOpen:
			open = append(open, ans.fact)
		default:
			if ans.fact.Field != "" {
				field = ans.fact.Field
			}
		}
	}
	if len(open) > 0 {
		return triOpen, open
	}
	return triYes, []Fact{{ID: "dpo-" + g.ID + "-met", Field: field}}
}

// checkDPO: a data protection officer (functionaris voor
// gegevensbescherming) must be designated where Art. 37(1) AVG requires
// one: a public authority or body (a), core activities of regular and
// systematic monitoring on a large scale (b), or of special categories or
// criminal data on a large scale (c). Mandatory and not designated fails;
// not stated warns; facts that decide a ground not stated warn and are
// named; otherwise the check passes and says why. The UAVG adds no case
// (data/README.md).
func (a *assessment) checkDPO() (Status, []Fact) {
	var met, reasons, open []Fact
	for _, g := range a.d.dpo.Grounds {
		v, facts := a.ground(g)
		switch v {
		case triYes:
			met = append(met, facts...)
		case triNo:
			reasons = append(reasons, facts...)
		default:
			reasons = append(reasons, Fact{ID: "dpo-ground-open", Value: g.point()})
			for _, f := range facts {
				if !slices.ContainsFunc(open, func(o Fact) bool { return o.ID == f.ID }) {
					open = append(open, f)
				}
			}
		}
	}
	designation := Fact{ID: "dpo-designation-" + string(a.s.DPODesignated)}
	if a.s.DPODesignated == NotStated {
		designation.ID = "dpo-designation-not-stated"
	}
	switch {
	case len(met) > 0:
		st := Pass
		switch a.s.DPODesignated {
		case No:
			st = Fail
		case NotStated:
			st = Warn
		}
		return st, append(met, designation)
	case a.s.DPODesignated == Yes:
		// Designated: whether it had to be is moot. Where no ground can
		// apply, the designation is voluntary and Arts. 37–39 apply to it
		// all the same (WP243 rev.01 § 2.1).
		if len(open) == 0 {
			return Pass, append(reasons, Fact{ID: "dpo-not-mandatory"}, designation, Fact{ID: "dpo-voluntary"})
		}
		return Pass, []Fact{designation}
	case len(open) > 0:
		return Warn, slices.Concat(reasons, open, []Fact{designation})
	}
	return Pass, append(reasons, Fact{ID: "dpo-not-mandatory"}, designation)
}
