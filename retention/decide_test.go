package retention

import (
	"encoding/json"
	"errors"
	"iter"
	"strings"
	"sync"
	"testing"
	"time"
)

// testSchedule is the catalogue with customer-account given a period, so
// that every branch can be reached.
func testSchedule(t testing.TB) *Schedule {
	t.Helper()
	s, err := Netherlands().With(Rule{Category: "customer-account", Period: MustParsePeriod("P2Y")})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDecideBranches(t *testing.T) {
	s := testSchedule(t)
	var zero time.Time
	tests := []struct {
		name      string
		rec       Record
		now       time.Time
		action    Action
		reason    Reason
		end, from time.Time
		overdue   int
		why       string
	}{
		{"none kind, no period", Record{ID: "v1", Category: "visitor-log", Event: date(2020, 1, 1)}, date(2026, 1, 1),
			Review, ReasonNoPeriod, zero, zero, 0, "§0.5 line 1: kind none without a period: review, no dates"},
		{"none kind, no event either", Record{ID: "v2", Category: "leads"}, date(2026, 1, 1),
			Review, ReasonNoPeriod, zero, zero, 0, "no period comes before the start event"},
		{"none kind under hold", Record{ID: "v3", Category: "complaint-records", Event: date(2020, 1, 1), LegalHold: true}, date(2026, 1, 1),
			Review, ReasonNoPeriod, zero, zero, 0, "§0.5 order: no period first; the explanation warns of the hold"},
		{"suppression list", Record{ID: "v4", Category: "marketing-suppression", Event: date(2015, 1, 1)}, date(2026, 1, 1),
			Keep, ReasonNoPeriod, zero, zero, 0, "§0.5: the suppression list is never deleted automatically"},
		{"event not happened (zero)", Record{ID: "n1", Category: "payroll-id-copy"}, date(2026, 1, 1),
			Keep, ReasonNotStarted, zero, zero, 0, "§0.5 line 2: no event, period not started: keep, no dates"},
		{"event in the future", Record{ID: "n2", Category: "personnel-file", Event: date(2026, 6, 30)}, date(2026, 1, 1),
			Keep, ReasonNotStarted, zero, zero, 0, "a planned employment end has not happened yet"},
		{"not started beats hold", Record{ID: "n3", Category: "personnel-file", LegalHold: true}, date(2026, 1, 1),
			Keep, ReasonNotStarted, zero, zero, 0, "no dates to keep unchanged"},
		{"event today", Record{ID: "e0", Category: "cctv-footage", Event: date(2024, 3, 1)}, date(2024, 3, 1),
			Keep, ReasonBeforeEnd, date(2024, 3, 29), date(2024, 3, 30), 0, "the event day counts as happened; the period runs"},
		{"legal hold before the end", Record{ID: "h1", Category: "cctv-footage", Event: date(2024, 3, 1), LegalHold: true}, date(2024, 3, 10),
			Keep, ReasonLegalHold, date(2024, 3, 29), date(2024, 3, 30), 0, "hold: keep, dates unchanged"},
		{"legal hold after the end", Record{ID: "h2", Category: "cctv-footage", Event: date(2024, 3, 1), LegalHold: true}, date(2024, 6, 1),
			Keep, ReasonLegalHold, date(2024, 3, 29), date(2024, 3, 30), 0, "incident footage is kept until the incident is handled; D does not move"},
		{"legal hold on an expired minimum", Record{ID: "h3", Category: "fiscal-records", Event: date(2015, 12, 31), LegalHold: true}, date(2026, 1, 1),
			Keep, ReasonLegalHold, date(2022, 12, 31), date(2023, 1, 1), 0, "a tax audit holds records past their minimum"},
		{"released hold: overdue at once", Record{ID: "h4", Category: "cctv-footage", Event: date(2024, 3, 1)}, date(2024, 6, 1),
			Delete, ReasonExpiredMaximum, date(2024, 3, 29), date(2024, 3, 30), 63, "releasing a hold does not move D (Vault behaves the same)"},
		{"minimum, day before DeleteFrom", Record{ID: "m1", Category: "fiscal-records", Event: date(2023, 12, 31)}, date(2030, 12, 31),
			Keep, ReasonBeforeEnd, date(2030, 12, 31), date(2031, 1, 1), 0, "End is the last day kept"},
		{"minimum, on DeleteFrom", Record{ID: "m2", Category: "fiscal-records", Event: date(2023, 12, 31)}, date(2031, 1, 1),
			Delete, ReasonExpiredMinimum, date(2030, 12, 31), date(2031, 1, 1), 0, "D is the first day deletion is allowed"},
		{"minimum, after DeleteFrom", Record{ID: "m3", Category: "fiscal-records", Event: date(2023, 12, 31)}, date(2031, 3, 1),
			Delete, ReasonExpiredMinimum, date(2030, 12, 31), date(2031, 1, 1), 59, "overdue days count from D"},
		{"minimum with review on expiry", Record{ID: "m4", Category: "medical-record", Event: date(2004, 5, 1)}, date(2024, 5, 2),
			Review, ReasonExpiredMinimum, date(2024, 5, 1), date(2024, 5, 2), 0, "WGBO: or longer if good care requires: review"},
		{"guidance, before the end", Record{ID: "g1", Category: "job-applicant", Event: date(2024, 1, 31)}, date(2024, 2, 27),
			Keep, ReasonBeforeEnd, date(2024, 2, 28), date(2024, 2, 29), 0, "4 weeks after 31 January"},
		{"guidance, expired", Record{ID: "g2", Category: "job-applicant", Event: date(2024, 1, 31)}, date(2024, 2, 29),
			Delete, ReasonExpiredMaximum, date(2024, 2, 28), date(2024, 2, 29), 0, "deletion due on D"},
		{"justification, before the end", Record{ID: "j1", Category: "contract-evidence", Event: date(2019, 6, 30)}, date(2024, 6, 30),
			Keep, ReasonBeforeEnd, date(2024, 6, 30), date(2024, 7, 1), 0, "BW 3:307: a claim can still be brought; keeping is justified, not required"},
		{"justification expired: review, nothing overdue", Record{ID: "j2", Category: "contract-evidence", Event: date(2019, 6, 30)}, date(2025, 1, 1),
			Review, ReasonExpiredJustification, date(2024, 6, 30), date(2024, 7, 1), 0, "a limitation period is a reason to keep, not a cap: after it, review (BW 3:310 lid 1's 20-year long stop may still justify keeping); no deletion is due"},
		{"maximum, expired", Record{ID: "x1", Category: "telemarketing-ex-customer", Event: date(2021, 7, 1)}, date(2024, 7, 2),
			Delete, ReasonExpiredMaximum, date(2024, 7, 1), date(2024, 7, 2), 0, "3 years after the relationship ended"},
		{"zero maximum, event day", Record{ID: "z1", Category: "id-copy-no-legal-duty", Event: date(2025, 4, 10)}, date(2025, 4, 10),
			Keep, ReasonBeforeEnd, date(2025, 4, 10), date(2025, 4, 11), 0, "P0D: kept on the verification day only"},
		{"zero maximum, next day", Record{ID: "z2", Category: "id-copy-no-legal-duty", Event: date(2025, 4, 10)}, date(2025, 4, 11),
			Delete, ReasonExpiredMaximum, date(2025, 4, 10), date(2025, 4, 11), 0, "P0D: due the next day"},
		{"configured none", Record{ID: "c1", Category: "customer-account", Event: date(2022, 2, 28)}, date(2024, 3, 1),
			Delete, ReasonExpiredMaximum, date(2024, 2, 28), date(2024, 2, 29), 1, "an organisation's period counts as a maximum, on_expiry delete"},
		// Anchors.
		{"end of calendar year: ID copy kept", Record{ID: "a1", Category: "payroll-id-copy", Event: date(2020, 3, 15)}, date(2025, 12, 31),
			Keep, ReasonBeforeEnd, date(2025, 12, 31), date(2026, 1, 1), 0, "§2: left 15 March 2020, kept through 31 December 2025"},
		{"end of calendar year: ID copy due", Record{ID: "a2", Category: "payroll-id-copy", Event: date(2020, 3, 15)}, date(2026, 1, 1),
			Delete, ReasonExpiredMinimum, date(2025, 12, 31), date(2026, 1, 1), 0, "§2: D is 1 January 2026"},
		{"end of calendar year: payroll 2023", Record{ID: "a3", Category: "payroll-records", Event: date(2023, 6, 25)}, date(2031, 1, 1),
			Delete, ReasonExpiredMinimum, date(2030, 12, 31), date(2031, 1, 1), 0, "§0.4: payroll for 2023 may go from 2031"},
		{"end of calendar year: event on 31 December", Record{ID: "a4", Category: "foreign-worker-id-copy", Event: date(2022, 12, 31)}, date(2027, 12, 31),
			Keep, ReasonBeforeEnd, date(2027, 12, 31), date(2028, 1, 1), 0, "31 December anchors on itself"},
		{"end of calendar year: event on 1 January", Record{ID: "a5", Category: "foreign-worker-id-copy", Event: date(2023, 1, 1)}, date(2027, 12, 31),
			Keep, ReasonBeforeEnd, date(2028, 12, 31), date(2029, 1, 1), 0, "1 January anchors on the same year's end"},
		{"fiscal year end passed as event", Record{ID: "f1", Category: "statutory-books", Event: date(2024, 6, 30)}, date(2031, 7, 1),
			Delete, ReasonExpiredMinimum, date(2031, 6, 30), date(2031, 7, 1), 0, "a fiscal year ending 30 June"},
		{"52 weeks", Record{ID: "w1", Category: "working-time-records", Event: date(2024, 1, 15)}, date(2025, 1, 14),
			Delete, ReasonExpiredMinimum, date(2025, 1, 13), date(2025, 1, 14), 0, "§0.4: 52 weeks from Monday 15 January 2024"},
		{"leap day event", Record{ID: "l1", Category: "job-applicant-consent", Event: date(2024, 2, 29)}, date(2025, 3, 1),
			Delete, ReasonExpiredMaximum, date(2025, 2, 28), date(2025, 3, 1), 0, "§0.4: 29 Feb + 1 year = 28 Feb; AddDate would be a day late"},
		{"leap day event, the day before", Record{ID: "l2", Category: "job-applicant-consent", Event: date(2024, 2, 29)}, date(2025, 2, 28),
			Keep, ReasonBeforeEnd, date(2025, 2, 28), date(2025, 3, 1), 0, "28 Feb 2025 is the last day"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := s.Decide(tc.rec, tc.now)
			if err != nil {
				t.Fatalf("%v (%s)", err, tc.why)
			}
			if d.Action != tc.action || d.Reason != tc.reason {
				t.Errorf("got %s/%s, want %s/%s (%s); %s", d.Action, d.Reason, tc.action, tc.reason, tc.why, d.Explanation)
			}
			if !d.End.Equal(tc.end) || !d.DeleteFrom.Equal(tc.from) {
				t.Errorf("dates %s..%s, want %s..%s (%s)", d.End, d.DeleteFrom, tc.end, tc.from, tc.why)
			}
			if d.OverdueDays != tc.overdue {
				t.Errorf("overdue %d, want %d (%s)", d.OverdueDays, tc.overdue, tc.why)
			}
			if d.ID != tc.rec.ID || d.Category != tc.rec.Category {
				t.Errorf("decision for %q/%q, want %q/%q", d.ID, d.Category, tc.rec.ID, tc.rec.Category)
			}
			rule, _ := s.Rule(tc.rec.Category)
			if d.Kind != rule.Kind {
				t.Errorf("kind %s, want %s", d.Kind, rule.Kind)
			}
			if d.Explanation == "" {
				t.Error("no explanation")
			}
			if !d.End.IsZero() && !d.DeleteFrom.Equal(d.End.AddDate(0, 0, 1)) {
				t.Errorf("DeleteFrom %s is not End + 1 day", d.DeleteFrom)
			}
			if tc.rec.LegalHold && tc.reason == ReasonNoPeriod && !strings.Contains(d.Explanation, "legal hold") {
				t.Errorf("explanation does not mention the hold: %s", d.Explanation)
			}
		})
	}
}

func TestDecideExplanationNamesSource(t *testing.T) {
	d, err := Netherlands().Decide(Record{ID: "x", Category: "fiscal-records", Event: date(2023, 12, 31)}, date(2024, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"minimum", "P7Y", "AWR art. 52 lid 4", "2030-12-31", "2031-01-01"} {
		if !strings.Contains(d.Explanation, want) {
			t.Errorf("explanation %q lacks %q", d.Explanation, want)
		}
	}
}

func TestDecideErrors(t *testing.T) {
	s := Netherlands()
	_, err := s.Decide(Record{ID: "r1", Category: "no-such-category", Event: date(2020, 1, 1)}, date(2026, 1, 1))
	if !errors.Is(err, ErrUnknownCategory) {
		t.Errorf("unknown category: %v, want ErrUnknownCategory", err)
	}
	if err != nil && (!strings.Contains(err.Error(), "no-such-category") || !strings.Contains(err.Error(), "r1")) {
		t.Errorf("error %q names neither the category nor the record", err)
	}
	_, err = s.Decide(Record{ID: "r2", Event: date(2020, 1, 1)}, date(2026, 1, 1))
	if !errors.Is(err, ErrUnknownCategory) {
		t.Errorf("no category: %v, want ErrUnknownCategory", err)
	}
	_, err = s.Decide(Record{ID: "r3", Category: "fiscal-records", Event: date(2020, 1, 1)}, time.Time{})
	if !errors.Is(err, ErrZeroTime) {
		t.Errorf("zero now: %v, want ErrZeroTime", err)
	}
	_, err = s.Decide(Record{ID: "r4", Category: "no-such-category"}, time.Time{})
	if !errors.Is(err, ErrZeroTime) {
		t.Errorf("zero now is checked first: %v", err)
	}
}

// TestDecideLocations: dates are civil dates in each time's own location.
func TestDecideLocations(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Skip(err)
	}
	s := Netherlands()
	// Footage recorded on 1 March 2024 in Amsterdam; D is 30 March.
	rec := Record{ID: "cam", Category: "cctv-footage", Event: time.Date(2024, 3, 1, 23, 45, 0, 0, ams)}
	// 29 March 23:30 in Amsterdam is still the 29th there: keep.
	d, _ := s.Decide(rec, time.Date(2024, 3, 29, 23, 30, 0, 0, ams))
	if d.Action != Keep {
		t.Errorf("29 March late evening: %s", d.Action)
	}
	if d.DeleteFrom.Location() != ams || d.DeleteFrom.Format(time.DateOnly) != "2024-03-30" {
		t.Errorf("DeleteFrom %s, want 2024-03-30 in Amsterdam", d.DeleteFrom)
	}
	// 30 March 00:10 in Amsterdam (still the 29th in UTC): delete.
	d, _ = s.Decide(rec, time.Date(2024, 3, 30, 0, 10, 0, 0, ams))
	if d.Action != Delete {
		t.Errorf("30 March just after midnight: %s", d.Action)
	}
}

func TestDecideAll(t *testing.T) {
	s := testSchedule(t)
	left := date(2022, 3, 15)
	tests := []struct {
		name     string
		recs     []Record
		now      time.Time
		action   Action
		reason   Reason
		winner   string
		from     time.Time
		conflict bool
		why      string
	}{
		{"minimum outlasts guidance",
			[]Record{{ID: "c", Category: "personnel-file", Event: left}, {ID: "c", Category: "payroll-master-data", Event: left}},
			date(2025, 1, 1), Keep, ReasonBeforeEnd, "payroll-master-data", date(2030, 1, 1), true,
			"§3.1: an employment contract: the 7-year minimum wins over the 2-year guidance, and the conflict is reported"},
		{"both running: latest end wins",
			[]Record{{ID: "c", Category: "personnel-file", Event: left}, {ID: "c", Category: "payroll-master-data", Event: left}},
			date(2023, 1, 1), Keep, ReasonBeforeEnd, "payroll-master-data", date(2030, 1, 1), false,
			"no conflict while the guidance period runs"},
		{"both expired: delete from the latest",
			[]Record{{ID: "c", Category: "personnel-file", Event: left}, {ID: "c", Category: "payroll-master-data", Event: left}},
			date(2030, 1, 11), Delete, ReasonExpiredMinimum, "payroll-master-data", date(2030, 1, 1), false,
			"deletion is allowed once the last period has ended"},
		{"longest minimum wins",
			[]Record{{ID: "i", Category: "fiscal-records", Event: date(2024, 12, 31)}, {ID: "i", Category: "aml-cdd-records", Event: date(2026, 5, 1)}},
			date(2027, 1, 1), Keep, ReasonBeforeEnd, "fiscal-records", date(2032, 1, 1), false,
			"7 years from end 2024 outlast 5 years from May 2026"},
		{"retention beats deletion",
			[]Record{{ID: "i", Category: "customer-account", Event: date(2020, 1, 1)}, {ID: "i", Category: "fiscal-records", Event: date(2020, 12, 31)}},
			date(2023, 1, 1), Keep, ReasonBeforeEnd, "fiscal-records", date(2028, 1, 1), true,
			"an invoice that is also a customer contact: the customer period has ended but the fiscal minimum keeps it"},
		{"a keep under a maximum beats an expired minimum",
			[]Record{{ID: "i", Category: "working-time-records", Event: date(2023, 1, 2)}, {ID: "i", Category: "personnel-file", Event: date(2023, 6, 1)}},
			date(2024, 6, 1), Keep, ReasonBeforeEnd, "personnel-file", date(2025, 6, 2), false,
			"retention beats deletion (Purview's first principle)"},
		{"not started wins",
			[]Record{{ID: "e", Category: "payroll-id-copy"}, {ID: "e", Category: "personnel-file", Event: date(2010, 1, 1)}},
			date(2025, 1, 1), Keep, ReasonNotStarted, "payroll-id-copy", time.Time{}, true,
			"the ID copy's period has not started; the expired guidance is a conflict"},
		{"review beats delete",
			[]Record{{ID: "l", Category: "leads", Event: date(2020, 1, 1)}, {ID: "l", Category: "job-applicant", Event: date(2020, 1, 1)}},
			date(2025, 1, 1), Review, ReasonNoPeriod, "leads", time.Time{}, false,
			"a category without a period must be reviewed before anything goes"},
		{"legal hold beats everything",
			[]Record{{ID: "h", Category: "fiscal-records", Event: date(2024, 12, 31)}, {ID: "h", Category: "cctv-footage", Event: date(2020, 1, 1), LegalHold: true}},
			date(2025, 1, 1), Keep, ReasonLegalHold, "fiscal-records", date(2032, 1, 1), false,
			"the hold is reported even though the fiscal minimum keeps the record too; the latest period gives the dates"},
		{"a hold is on the data",
			[]Record{{ID: "h", Category: "customer-account", Event: date(2019, 1, 1), LegalHold: true}, {ID: "h", Category: "fiscal-records", Event: date(2016, 12, 31)}},
			date(2025, 1, 1), Keep, ReasonLegalHold, "fiscal-records", date(2024, 1, 1), false,
			"the hold set on one category's record keeps the expired fiscal record too"},
		{"single record",
			[]Record{{ID: "s", Category: "cctv-footage", Event: date(2024, 3, 1)}},
			date(2024, 4, 1), Delete, ReasonExpiredMaximum, "cctv-footage", date(2024, 3, 30), false,
			"one category decides like Decide"},
		{"equal dates: minimum first",
			[]Record{{ID: "t", Category: "job-applicant-consent", Event: date(2023, 1, 1)}, {ID: "t", Category: "call-recordings-mifid", Event: date(2019, 1, 1)}},
			date(2023, 6, 1), Keep, ReasonBeforeEnd, "call-recordings-mifid", date(2024, 1, 2), false,
			"both end on 2024-01-01; the minimum decides"},
		{"empty ID taken from the others",
			[]Record{{Category: "cctv-footage", Event: date(2024, 3, 1)}, {ID: "s", Category: "job-applicant", Event: date(2024, 3, 1)}},
			date(2024, 4, 1), Delete, ReasonExpiredMaximum, "cctv-footage", date(2024, 3, 30), false,
			"records without ID belong to the same data"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := s.DecideAll(tc.recs, tc.now)
			if err != nil {
				t.Fatalf("%v (%s)", err, tc.why)
			}
			if d.Action != tc.action || d.Reason != tc.reason || d.Category != tc.winner {
				t.Errorf("got %s/%s by %s, want %s/%s by %s (%s); %s", d.Action, d.Reason, d.Category, tc.action, tc.reason, tc.winner, tc.why, d.Explanation)
			}
			if !d.DeleteFrom.Equal(tc.from) {
				t.Errorf("DeleteFrom %s, want %s (%s)", d.DeleteFrom, tc.from, tc.why)
			}
			if (d.Conflict != "") != tc.conflict {
				t.Errorf("conflict %q, want %v (%s)", d.Conflict, tc.conflict, tc.why)
			}
			if len(d.Categories) != len(tc.recs) {
				t.Errorf("categories %v", d.Categories)
			}
			wantID := ""
			for _, r := range tc.recs {
				if r.ID != "" {
					wantID = r.ID
					break
				}
			}
			if d.ID != wantID {
				t.Errorf("ID %q, want %q", d.ID, wantID)
			}
		})
	}
}

func TestDecideAllOrderIndependent(t *testing.T) {
	s := testSchedule(t)
	recs := []Record{
		{ID: "x", Category: "personnel-file", Event: date(2022, 3, 15)},
		{ID: "x", Category: "payroll-master-data", Event: date(2022, 3, 15)},
		{ID: "x", Category: "customer-account", Event: date(2021, 1, 1)},
		{ID: "x", Category: "contract-evidence", Event: date(2021, 1, 1)},
	}
	for _, now := range []time.Time{date(2022, 1, 1), date(2024, 6, 1), date(2027, 1, 1), date(2031, 1, 1)} {
		a, err := s.DecideAll(recs, now)
		if err != nil {
			t.Fatal(err)
		}
		rev := []Record{recs[3], recs[2], recs[1], recs[0]}
		b, _ := s.DecideAll(rev, now)
		if a.Action != b.Action || a.Category != b.Category || !a.DeleteFrom.Equal(b.DeleteFrom) {
			t.Errorf("%s: order changed the decision: %s/%s vs %s/%s", now.Format(time.DateOnly), a.Action, a.Category, b.Action, b.Category)
		}
	}
}

func TestDecideAllErrors(t *testing.T) {
	s := Netherlands()
	now := date(2025, 1, 1)
	if _, err := s.DecideAll(nil, now); err == nil {
		t.Error("no records: no error")
	}
	if _, err := s.DecideAll([]Record{{ID: "a", Category: "leads"}}, time.Time{}); !errors.Is(err, ErrZeroTime) {
		t.Errorf("zero now: %v", err)
	}
	if _, err := s.DecideAll([]Record{{ID: "a", Category: "leads"}, {ID: "b", Category: "leads"}}, now); err == nil {
		t.Error("different IDs: no error")
	}
	_, err := s.DecideAll([]Record{{ID: "a", Category: "leads"}, {ID: "a", Category: "nope"}}, now)
	if !errors.Is(err, ErrUnknownCategory) {
		t.Errorf("unknown category: %v", err)
	}
}

// records yields n generated records without building a slice.
func records(n int) iter.Seq[Record] {
	cats := []string{"cctv-footage", "fiscal-records", "visitor-log", "payroll-id-copy"}
	return func(yield func(Record) bool) {
		for i := range n {
			r := Record{ID: "r", Category: cats[i%len(cats)], Event: date(2020, 1, 1).AddDate(0, 0, i%2000)}
			if i%len(cats) == 3 && i%8 == 3 {
				r.Event = time.Time{}
			}
			if !yield(r) {
				return
			}
		}
	}
}

func TestDecideSeq(t *testing.T) {
	s := Netherlands()
	now := date(2025, 6, 1)
	c, err := s.DecideSeq(records(100_000), now, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Tally by hand with Decide.
	var want Counts
	for r := range records(100_000) {
		want.Total++
		d, _ := s.Decide(r, now)
		switch d.Action {
		case Keep:
			want.Keep++
		case Delete:
			want.Delete++
		case Review:
			want.Review++
		}
	}
	if c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
	if c.Keep == 0 || c.Delete == 0 || c.Review == 0 {
		t.Errorf("the stream should reach every action: %+v", c)
	}
	if c.Keep+c.Delete+c.Review+c.Failed != c.Total {
		t.Errorf("counts do not add up: %+v", c)
	}
}

func TestDecideSeqCallback(t *testing.T) {
	s := Netherlands()
	now := date(2025, 6, 1)
	seen := 0
	stop := errors.New("stop")
	c, err := s.DecideSeq(records(1000), now, func(d Decision) error {
		seen++
		if seen == 10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || seen != 10 || c.Total != 10 {
		t.Errorf("stop after 10: err %v, seen %d, counts %+v", err, seen, c)
	}
}

func TestDecideSeqFailures(t *testing.T) {
	s := Netherlands()
	recs := func(yield func(Record) bool) {
		for _, r := range []Record{
			{ID: "1", Category: "cctv-footage", Event: date(2020, 1, 1)},
			{ID: "2", Category: "bogus"},
			{ID: "3", Category: "leads"},
			{ID: "4", Category: ""},
		} {
			if !yield(r) {
				return
			}
		}
	}
	c, err := s.DecideSeq(recs, date(2025, 1, 1), nil)
	if !errors.Is(err, ErrUnknownCategory) {
		t.Errorf("err %v, want ErrUnknownCategory", err)
	}
	if err != nil && !strings.Contains(err.Error(), "2 of 4") {
		t.Errorf("err %q does not count the failures", err)
	}
	if (c != Counts{Total: 4, Delete: 1, Review: 1, Failed: 2}) {
		t.Errorf("counts %+v", c)
	}
	if _, err := s.DecideSeq(recs, time.Time{}, nil); !errors.Is(err, ErrZeroTime) {
		t.Errorf("zero now: %v", err)
	}
}

func TestJSON(t *testing.T) {
	s := Netherlands()
	rec := Record{ID: "emp-1", Category: "payroll-id-copy", Event: date(2020, 3, 15), LegalHold: true}
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(b); got != `{"id":"emp-1","category":"payroll-id-copy","event":"2020-03-15T00:00:00Z","legal_hold":true}` {
		t.Errorf("Record JSON %s", got)
	}
	var back Record
	if err := json.Unmarshal(b, &back); err != nil || !back.Event.Equal(rec.Event) || back.ID != rec.ID || !back.LegalHold {
		t.Errorf("Record round trip: %+v, %v", back, err)
	}

	d, _ := s.Decide(Record{ID: "emp-1", Category: "payroll-id-copy", Event: date(2020, 3, 15)}, date(2026, 1, 11))
	b, _ = json.Marshal(d)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	want := map[string]any{
		"id": "emp-1", "action": "delete", "end": "2025-12-31T00:00:00Z", "delete_from": "2026-01-01T00:00:00Z",
		"category": "payroll-id-copy", "kind": "minimum", "reason": "expired-minimum", "overdue_days": float64(10),
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("Decision JSON %s = %v, want %v", k, m[k], v)
		}
	}
	if _, ok := m["explanation"]; !ok {
		t.Error("Decision JSON has no explanation")
	}
	// A decision without dates omits them.
	d, _ = s.Decide(Record{ID: "v", Category: "visitor-log"}, date(2026, 1, 1))
	b, _ = json.Marshal(d)
	if strings.Contains(string(b), "delete_from") || strings.Contains(string(b), `"end"`) {
		t.Errorf("zero dates marshalled: %s", b)
	}

	r, _ := s.Rule("fiscal-records")
	b, _ = json.Marshal(r)
	for _, k := range []string{`"category":"fiscal-records"`, `"period":"P7Y"`, `"kind":"minimum"`, `"anchor":"event"`, `"on_expiry":"delete"`, `"start_event":`, `"title_nl":`, `"title_en":`, `"sources":[`, `"certainty":"verified"`, `"notes":`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("Rule JSON lacks %s: %s", k, b)
		}
	}
	var rb Rule
	if err := json.Unmarshal(b, &rb); err != nil || rb.Period != r.Period || rb.Category != r.Category {
		t.Errorf("Rule round trip: %+v, %v", rb, err)
	}
}

// TestConcurrentUse runs decisions and derivations in parallel; run with
// -race.
func TestConcurrentUse(t *testing.T) {
	s := Netherlands()
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 200 {
				_, _ = s.Decide(Record{ID: "x", Category: "fiscal-records", Event: date(2020, 1, 1+j)}, date(2026, 1, 1))
				if j%50 == 0 {
					if _, err := s.With(Rule{Category: "leads", Period: Period{Months: 6 + i}}); err != nil {
						t.Error(err)
					}
				}
				_ = s.Rules()
			}
		}()
	}
	wg.Wait()
}

func TestRuleDates(t *testing.T) {
	s := Netherlands()
	r, _ := s.Rule("payroll-id-copy")
	end, from, ok := r.Dates(date(2020, 3, 15))
	if !ok || !end.Equal(date(2025, 12, 31)) || !from.Equal(date(2026, 1, 1)) {
		t.Errorf("payroll-id-copy Dates = %s, %s, %v", end, from, ok)
	}
	// Dates agrees with Decide.
	for _, id := range s.Categories() {
		r, _ := s.Rule(id)
		ev := date(2023, 5, 31)
		end, from, ok := r.Dates(ev)
		d, _ := s.Decide(Record{ID: id, Category: id, Event: ev}, date(2024, 1, 1))
		if ok != (r.Kind != None) || !end.Equal(d.End) || !from.Equal(d.DeleteFrom) {
			t.Errorf("%s: Dates %s %s %v, Decide %s %s", id, end, from, ok, d.End, d.DeleteFrom)
		}
	}
	if _, _, ok := r.Dates(time.Time{}); ok {
		t.Error("zero event has dates")
	}
}

func TestSuppressionListNeverDeleted(t *testing.T) {
	s, err := Netherlands().With(Rule{Category: "marketing-suppression", Period: MustParsePeriod("P5Y")})
	if err != nil {
		t.Fatal(err)
	}
	d, _ := s.Decide(Record{ID: "o", Category: "marketing-suppression", Event: date(2015, 1, 1)}, date(2026, 1, 1))
	if d.Action != Keep || d.Reason != ReasonExpiredMaximum || !d.DeleteFrom.Equal(date(2020, 1, 2)) || d.OverdueDays != 0 {
		t.Errorf("suppression list with a period: %s/%s from %s", d.Action, d.Reason, d.DeleteFrom)
	}
}

func BenchmarkDecide(b *testing.B) {
	s := Netherlands()
	r := Record{ID: "x", Category: "payroll-id-copy", Event: date(2020, 3, 15)}
	now := date(2026, 1, 1)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Decide(r, now); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJustificationIsNoCap: an expired limitation period beside a running
// minimum is no conflict (it never said the data must go), and beside an
// expired maximum it does not keep the data (BW 3:307/3:310: a reason to
// keep, not a duty).
func TestJustificationIsNoCap(t *testing.T) {
	s := Netherlands()
	now := date(2026, 1, 1)
	d, err := s.DecideAll([]Record{
		{ID: "inv", Category: "contract-evidence", Event: date(2019, 1, 1)},
		{ID: "inv", Category: "fiscal-records", Event: date(2022, 12, 31)},
	}, now)
	if err != nil {
		t.Fatal(err)
	}
	if d.Action != Keep || d.Category != "fiscal-records" || d.Conflict != "" {
		t.Errorf("got %s by %s, conflict %q; want keep by fiscal-records without a conflict (AWR art. 52 lid 4; a justification is no cap)", d.Action, d.Category, d.Conflict)
	}
	d, err = s.DecideAll([]Record{
		{ID: "c", Category: "contract-evidence", Event: date(2019, 1, 1)},
		{ID: "c", Category: "telemarketing-ex-customer", Event: date(2021, 1, 1)},
	}, now)
	if err != nil {
		t.Fatal(err)
	}
	if d.Action != Review || d.Reason != ReasonExpiredJustification || d.OverdueDays != 0 {
		t.Errorf("got %s (%s, %d days overdue); want review of the expired justification, nothing overdue", d.Action, d.Reason, d.OverdueDays)
	}
}
