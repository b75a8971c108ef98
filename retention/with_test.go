package retention

import (
	"errors"
	"strings"
	"testing"
)

func TestWith(t *testing.T) {
	type check func(t *testing.T, r Rule)
	period := func(want string) check {
		return func(t *testing.T, r Rule) {
			if r.Period.String() != want {
				t.Errorf("period %s, want %s", r.Period, want)
			}
		}
	}
	kind := func(want Kind) check {
		return func(t *testing.T, r Rule) {
			if r.Kind != want {
				t.Errorf("kind %s, want %s", r.Kind, want)
			}
		}
	}
	tests := []struct {
		name   string
		rule   Rule
		errIs  error  // nil: must succeed, unless errSub is set
		errSub string // substring of the error
		checks []check
		why    string
	}{
		{name: "set a period where none", rule: Rule{Category: "customer-account", Period: MustParsePeriod("P2Y")},
			checks: []check{period("P2Y"), kind(Maximum), func(t *testing.T, r Rule) {
				if r.OnExpiry != Delete || r.Certainty != Organisation {
					t.Errorf("on_expiry %s, certainty %s", r.OnExpiry, r.Certainty)
				}
			}}, why: "§0.5: an organisation's period on a none row is a maximum, deleted on expiry"},
		{name: "set a period of another kind", rule: Rule{Category: "government-archive", Period: MustParsePeriod("P10Y"), Kind: Minimum},
			checks: []check{period("P10Y"), kind(Minimum)}, why: "a selectielijst may impose a minimum"},
		{name: "set a zero period", rule: Rule{Category: "leads", Kind: Maximum},
			checks: []check{period("P0D"), kind(Maximum)}, why: "an explicit kind sets P0D"},
		{name: "suppression list stays keep", rule: Rule{Category: "marketing-suppression", Period: MustParsePeriod("P5Y")},
			checks: []check{func(t *testing.T, r Rule) {
				if r.OnExpiry != Keep {
					t.Errorf("on_expiry %s: the suppression list is never deleted automatically", r.OnExpiry)
				}
			}}, why: "the catalogue's on_expiry is kept"},
		{name: "none with kind none and a period", rule: Rule{Category: "leads", Kind: None, Period: MustParsePeriod("P1Y")},
			checks: []check{period("P1Y"), kind(Maximum)}, why: "a copied kind none with a period still sets the organisation's maximum"},
		{name: "copy of the catalogue rule, lengthened", rule: func() Rule {
			r, _ := Netherlands().Rule("fiscal-records")
			r.Period = MustParsePeriod("P10Y")
			return r
		}(), checks: []check{period("P10Y"), kind(Minimum), func(t *testing.T, r Rule) {
			base, _ := Netherlands().Rule("fiscal-records")
			if len(r.Sources) != len(base.Sources) || r.Notes != base.Notes {
				t.Errorf("copied sources or notes were duplicated: %q / %q", r.Sources, r.Notes)
			}
		}}, why: "a full copy of the rule with a changed period"},
		{name: "copied notes are no documented reason", rule: func() Rule {
			r, _ := Netherlands().Rule("cctv-footage")
			r.Period = MustParsePeriod("P8W")
			return r
		}(), errIs: ErrExtendsMaximum, why: "lengthening guidance needs a reason of the organisation's own"},
		{name: "lengthen a minimum", rule: Rule{Category: "call-recordings-mifid", Period: MustParsePeriod("P7Y"), Notes: "AFM request of 2026"},
			checks: []check{period("P7Y"), kind(Minimum), func(t *testing.T, r Rule) {
				if !strings.Contains(r.Notes, "AFM request") || !strings.Contains(r.Notes, "Up to 7 years") {
					t.Errorf("notes %q lost either note", r.Notes)
				}
			}}, why: "MiFID II: up to 7 years on AFM request"},
		{name: "lengthen weeks to a year", rule: Rule{Category: "working-time-records", Period: MustParsePeriod("P1Y")},
			checks: []check{period("P1Y")}, why: "a year is never shorter than 52 weeks"},
		{name: "equal minimum in other units", rule: Rule{Category: "fiscal-records", Period: MustParsePeriod("P84M")},
			checks: []check{period("P84M")}, why: "84 months are 7 years"},
		{name: "minimum anchor to year end", rule: Rule{Category: "aml-cdd-records", Anchor: AnchorEndOfCalendarYear},
			checks: []check{period("P5Y")}, why: "moving to the year end lengthens"},
		{name: "shorten a minimum", rule: Rule{Category: "fiscal-records", Period: MustParsePeriod("P5Y")},
			errIs: ErrShortensMinimum, errSub: `"fiscal-records" (AWR art. 52 lid 4`, why: "§3.5: never shorten a minimum; the error names rule and source"},
		{name: "shorten a minimum slightly", rule: Rule{Category: "fiscal-records", Period: MustParsePeriod("P6Y11M30D")},
			errIs: ErrShortensMinimum, errSub: "P7Y to P6Y11M30D", why: "a day short is short"},
		{name: "shorten a year to 52 weeks", rule: Rule{Category: "job-applicant-consent", Period: MustParsePeriod("P52W")},
			checks: []check{period("P52W")}, why: "guidance may be shortened"},
		{name: "shorten a 52-week minimum to 364 days", rule: Rule{Category: "working-time-records", Period: MustParsePeriod("P363D")},
			errIs: ErrShortensMinimum, errSub: "Arbeidstijdenwet art. 4:3", why: "a day less than 52 weeks"},
		{name: "minimum to maximum", rule: Rule{Category: "medical-record", Kind: Maximum},
			errIs: ErrShortensMinimum, errSub: "BW 7:454 lid 3", why: "a minimum cannot become a maximum"},
		{name: "minimum to none", rule: Rule{Category: "medical-record", Kind: None},
			errIs: ErrShortensMinimum, why: "nor lose its period"},
		{name: "minimum anchor back to event", rule: Rule{Category: "payroll-id-copy", Anchor: AnchorEvent},
			errIs: ErrShortensMinimum, errSub: "anchor", why: "five full calendar years, not five years from the exit date"},
		{name: "shorten a maximum", rule: Rule{Category: "telemarketing-ex-customer", Period: MustParsePeriod("P1Y")},
			checks: []check{period("P1Y"), kind(Maximum)}, why: "an organisation may call former customers for less long"},
		{name: "lengthen a maximum", rule: Rule{Category: "telemarketing-ex-customer", Period: MustParsePeriod("P4Y"), Notes: "we want to"},
			errIs: ErrExtendsMaximum, errSub: "Telecommunicatiewet", why: "a maximum is never lengthened"},
		{name: "loosen a maximum to guidance", rule: Rule{Category: "telemarketing-ex-customer", Kind: Guidance},
			errIs: ErrExtendsMaximum, why: "a maximum cannot become guidance"},
		{name: "maximum anchor to year end", rule: Rule{Category: "id-copy-no-legal-duty", Anchor: AnchorEndOfCalendarYear},
			errIs: ErrExtendsMaximum, why: "that lengthens it"},
		{name: "shorten guidance", rule: Rule{Category: "cctv-footage", Period: MustParsePeriod("P7D")},
			checks: []check{period("P7D"), kind(Guidance)}, why: "footage kept one week"},
		{name: "guidance to maximum", rule: Rule{Category: "personnel-file", Kind: Maximum},
			checks: []check{period("P2Y"), kind(Maximum)}, why: "tightening is allowed"},
		{name: "lengthen guidance without reason", rule: Rule{Category: "personnel-file", Period: MustParsePeriod("P5Y")},
			errIs: ErrExtendsMaximum, errSub: "documented reason", why: "§0.1: deviation needs documentation"},
		{name: "lengthen guidance with reason", rule: Rule{Category: "personnel-file", Period: MustParsePeriod("P5Y"), Notes: "collective agreement requires 5 years"},
			checks: []check{period("P5Y"), kind(Guidance)}, why: "documented: allowed"},
		{name: "shorten a justification", rule: Rule{Category: "contract-evidence", Period: MustParsePeriod("P2Y")},
			checks: []check{period("P2Y"), kind(Justification)}, why: "a limitation period is a reason to keep, not a duty: keeping shorter is allowed (BW 3:307)"},
		{name: "lengthen a justification to the long stop with a reason", rule: Rule{Category: "contract-evidence", Period: MustParsePeriod("P20Y"), Notes: "damage event of 2024 known; BW 3:310 lid 1 long stop"},
			checks: []check{period("P20Y"), kind(Justification)}, why: "BW 3:310 lid 1: in any case 20 years after the event; documented"},
		{name: "lengthen a justification without a reason", rule: Rule{Category: "contract-evidence", Period: MustParsePeriod("P20Y")},
			errIs: ErrExtendsMaximum, errSub: "documented reason", why: "AVG art. 5(2): keeping longer than the limitation period must be argued"},
		{name: "justification to minimum", rule: Rule{Category: "contract-evidence", Kind: Minimum},
			errSub: "no legal duty", why: "a limitation period is no duty to keep (BW 3:307 creates none)"},
		{name: "guidance to none", rule: Rule{Category: "personnel-file", Kind: None},
			errIs: ErrExtendsMaximum, why: "cannot drop a period"},
		{name: "change on expiry only", rule: Rule{Category: "medical-record", OnExpiry: Delete},
			checks: []check{period("P20Y"), kind(Minimum), func(t *testing.T, r Rule) {
				if r.OnExpiry != Delete || r.Certainty != Verified {
					t.Errorf("on_expiry %s, certainty %s", r.OnExpiry, r.Certainty)
				}
			}}, why: "metadata only: the period and its certainty stay"},
		{name: "add a source", rule: Rule{Category: "visitor-log", Period: MustParsePeriod("P4W"), Sources: []string{"Privacy policy §4.2", "AVG art. 5(1)(e)"}},
			checks: []check{func(t *testing.T, r Rule) {
				if len(r.Sources) != 3 || r.Sources[2] != "Privacy policy §4.2" {
					t.Errorf("sources %q", r.Sources)
				}
			}}, why: "sources are added once"},
		{name: "unknown kind", rule: Rule{Category: "leads", Kind: "forever", Period: MustParsePeriod("P1Y")},
			errSub: `unknown kind "forever"`, why: "kinds are a closed set"},
		{name: "unknown anchor", rule: Rule{Category: "leads", Anchor: "end-of-fiscal-year", Period: MustParsePeriod("P1Y")},
			errSub: `unknown anchor "end-of-fiscal-year"`, why: "pass the fiscal year end as the event instead"},
		{name: "unknown expiry action", rule: Rule{Category: "leads", OnExpiry: "archive", Period: MustParsePeriod("P1Y")},
			errSub: `unknown on_expiry "archive"`, why: "actions are a closed set"},
		{name: "negative period", rule: Rule{Category: "leads", Period: Period{Years: -1}},
			errSub: "negative", why: "periods are never negative"},
		{name: "unknown category", rule: Rule{Category: "fiscal-record", Period: MustParsePeriod("P8Y")},
			errIs: ErrUnknownCategory, errSub: "fiscal-record", why: "a typo never becomes a new category"},
	}
	base := Netherlands()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := base.Rule(tc.rule.Category)
			s, err := base.With(tc.rule)
			if tc.errIs != nil || tc.errSub != "" {
				if err == nil {
					t.Fatalf("no error (%s)", tc.why)
				}
				if tc.errIs != nil && !errors.Is(err, tc.errIs) {
					t.Errorf("error %v is not %v (%s)", err, tc.errIs, tc.why)
				}
				if !strings.Contains(err.Error(), tc.errSub) {
					t.Errorf("error %q lacks %q (%s)", err, tc.errSub, tc.why)
				}
				if s != nil {
					t.Error("a Schedule returned with an error")
				}
				return
			}
			if err != nil {
				t.Fatalf("%v (%s)", err, tc.why)
			}
			r, _ := s.Rule(tc.rule.Category)
			for _, c := range tc.checks {
				c(t, r)
			}
			after, _ := base.Rule(tc.rule.Category)
			if after.Period != before.Period || after.Kind != before.Kind || len(after.Sources) != len(before.Sources) {
				t.Error("With changed the base Schedule")
			}
		})
	}
}

func TestWithSeveral(t *testing.T) {
	s, err := Netherlands().With(
		Rule{Category: "customer-account", Period: MustParsePeriod("P2Y")},
		Rule{Category: "leads", Period: MustParsePeriod("P6M")},
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"customer-account", "leads"} {
		if r, _ := s.Rule(id); r.Kind != Maximum {
			t.Errorf("%s: kind %s", id, r.Kind)
		}
	}
	// Chained: a second With sees the first.
	s2, err := s.With(Rule{Category: "leads", Period: MustParsePeriod("P1Y")})
	if !errors.Is(err, ErrExtendsMaximum) || s2 != nil {
		t.Errorf("lengthening the organisation's own maximum: %v", err)
	}
	if _, err := Netherlands().With(Rule{Category: "leads", Period: MustParsePeriod("P6M")}, Rule{Category: "leads", Period: MustParsePeriod("P3M")}); err == nil {
		t.Error("the same category twice: no error")
	}
	if len(s.Categories()) != len(Netherlands().Categories()) {
		t.Error("With added or lost categories")
	}
}

func TestAdd(t *testing.T) {
	s, err := Netherlands().Add(Rule{Category: "webinar-attendees", Period: MustParsePeriod("P6M"), Kind: Maximum, Sources: []string{"Privacy policy §5"}})
	if err != nil {
		t.Fatal(err)
	}
	r, ok := s.Rule("webinar-attendees")
	if !ok || r.Anchor != AnchorEvent || r.OnExpiry != Delete {
		t.Errorf("added rule %+v, %v (defaults: event anchor, delete)", r, ok)
	}
	if _, ok := Netherlands().Rule("webinar-attendees"); ok {
		t.Error("Add changed the catalogue")
	}
	if got := s.Categories(); got[len(got)-1] != "webinar-attendees" {
		t.Error("added category not last")
	}
	if _, err := Netherlands().Add(Rule{Category: "leads", Kind: None}); err == nil {
		t.Error("Add of an existing category: no error")
	}
	if _, err := Netherlands().Add(Rule{Category: "x", Kind: "weird"}); err == nil {
		t.Error("Add with an unknown kind: no error")
	}
}

func TestNewSchedule(t *testing.T) {
	ok := Rule{Category: "a", Period: MustParsePeriod("P1Y"), Kind: Minimum}
	if _, err := NewSchedule(ok); err != nil {
		t.Fatal(err)
	}
	if s, err := NewSchedule(); err != nil || len(s.Categories()) != 0 {
		t.Errorf("empty schedule: %v", err)
	}
	bad := []struct {
		rules []Rule
		sub   string
	}{
		{[]Rule{ok, ok}, "duplicate"},
		{[]Rule{{Category: "", Kind: Minimum}}, "empty"},
		{[]Rule{{Category: " a", Kind: Minimum}}, "space"},
		{[]Rule{{Category: "a", Period: MustParsePeriod("P1Y")}}, "kind is empty"},
		{[]Rule{{Category: "a", Kind: "eternal"}}, "unknown kind"},
		{[]Rule{{Category: "a", Kind: Minimum, Anchor: "end-of-fiscal-year"}}, "unknown anchor"},
		{[]Rule{{Category: "a", Kind: Minimum, OnExpiry: "anonymise"}}, "on_expiry"},
		{[]Rule{{Category: "a", Kind: None, Period: MustParsePeriod("P1Y")}}, "kind none has no period"},
		{[]Rule{{Category: "a", Kind: Maximum, Period: Period{Days: -3}}}, "negative"},
		{[]Rule{{Category: "a", Kind: Maximum, Certainty: "sure"}}, "certainty"},
	}
	for _, tc := range bad {
		_, err := NewSchedule(tc.rules...)
		if err == nil || !strings.Contains(err.Error(), tc.sub) {
			t.Errorf("NewSchedule(%+v): %v, want an error with %q", tc.rules, err, tc.sub)
		}
	}
	// Defaults.
	s, _ := NewSchedule(Rule{Category: "b", Kind: None})
	r, _ := s.Rule("b")
	if r.Anchor != AnchorEvent || r.OnExpiry != Delete {
		t.Errorf("defaults: %+v", r)
	}
	d, err := s.Decide(Record{ID: "1", Category: "b"}, date(2025, 1, 1))
	if err != nil || d.Action != Review {
		t.Errorf("own none rule: %+v, %v", d, err)
	}
}
