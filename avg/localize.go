package avg

import (
	"slices"

	"golang.org/x/text/language"
)

// In returns a copy of r with every text in the language closest to lang
// (Dutch or English; English when nothing matches): titles, details, why,
// mitigations, citations and the DPIA reasons. The language-neutral parts
// (IDs, statuses, levels, facts) are unchanged, so In works as well on a
// report read back from JSON.
func (r Report) In(lang language.Tag) Report {
	l, err := newLocalizer(lang)
	if err != nil {
		return r
	}
	return l.report(r)
}

func (l *localizer) report(r Report) Report {
	out := r
	out.Language = l.lang
	out.Checks = make([]Check, len(r.Checks))
	for i, c := range r.Checks {
		out.Checks[i] = l.check(c)
	}
	out.DPIA = r.DPIA
	out.DPIA.Text = l.text("screening." + string(r.DPIA.Outcome))
	out.DPIA.Reasons = make([]Reason, len(r.DPIA.Reasons))
	for i, rs := range r.DPIA.Reasons {
		out.DPIA.Reasons[i] = l.reason(rs)
	}
	out.Transfers = slices.Clone(nonNil(r.Transfers))
	return out
}

func (l *localizer) check(c Check) Check {
	c.Title = l.text("check." + string(c.ID) + ".title")
	c.Why = l.text("check." + string(c.ID) + ".why")
	c.Facts = slices.Clone(nonNil(c.Facts))
	c.Detail = make([]string, len(c.Facts))
	for i, f := range c.Facts {
		c.Detail[i] = l.fact(f)
	}
	c.Sources = l.resource(c.Sources)
	ms := make([]Mitigation, len(c.Mitigations))
	for i, m := range c.Mitigations {
		ms[i] = Mitigation{ID: m.ID, Text: l.text("mitigation." + m.ID), Sources: l.resource(m.Sources)}
	}
	c.Mitigations = ms
	return c
}

func (l *localizer) reason(r Reason) Reason {
	key := "reason." + r.ID
	if !l.has(key) {
		key = "criterion." + r.ID
	}
	return Reason{ID: r.ID, Text: l.text(key), Sources: l.resource(r.Sources)}
}

// resource returns sources with their citations in this language.
func (l *localizer) resource(src []Source) []Source {
	out := make([]Source, len(src))
	for i, s := range src {
		out[i] = l.source(s.ID)
	}
	return out
}
