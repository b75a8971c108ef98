package retention_test

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/avgrisk/avgrisk/retention"
)

func ExampleParsePeriod() {
	for _, s := range []string{"P7Y", "P1Y6M", "P4W", "P30D", "P", "PT24H", "P-1Y"} {
		p, err := retention.ParsePeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %d years, %d months, %d weeks, %d days\n", p, p.Years, p.Months, p.Weeks, p.Days)
	}
	// Output:
	// P7Y: 7 years, 0 months, 0 weeks, 0 days
	// P1Y6M: 1 years, 6 months, 0 weeks, 0 days
	// P4W: 0 years, 0 months, 4 weeks, 0 days
	// P30D: 0 years, 0 months, 0 weeks, 30 days
	// retention: invalid period "P": no components after "P"
	// retention: invalid period "PT24H": time parts (T…) are not supported; use days
	// retention: invalid period "P-1Y": signs are not allowed; periods are never negative
}

func ExamplePeriod_End() {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	oneMonth := retention.MustParsePeriod("P1M")
	oneYear := retention.MustParsePeriod("P1Y")
	end := oneMonth.End(day(2023, 1, 31))
	fmt.Println("31 Jan 2023 + P1M ends", end.Format(time.DateOnly), "; naive AddDate:", day(2023, 1, 31).AddDate(0, 1, 0).Format(time.DateOnly))
	end = oneYear.End(day(2024, 2, 29))
	fmt.Println("29 Feb 2024 + P1Y ends", end.Format(time.DateOnly), "; deletion from", end.AddDate(0, 0, 1).Format(time.DateOnly))
	// Output:
	// 31 Jan 2023 + P1M ends 2023-02-28 ; naive AddDate: 2023-03-03
	// 29 Feb 2024 + P1Y ends 2025-02-28 ; deletion from 2025-03-01
}

func ExampleSchedule_Decide() {
	s := retention.Netherlands()
	left := time.Date(2020, 3, 15, 0, 0, 0, 0, time.UTC) // employment end
	idCopy := retention.Record{ID: "employee-42/id", Category: "payroll-id-copy", Event: left}
	for _, now := range []time.Time{
		time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		d, err := s.Decide(idCopy, now)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(now.Format(time.DateOnly), d.Action, d.Reason, "end", d.End.Format(time.DateOnly), "delete from", d.DeleteFrom.Format(time.DateOnly))
	}

	d, _ := s.Decide(retention.Record{ID: "visit-7", Category: "visitor-log", Event: left}, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(d.Action, d.Reason)

	_, err := s.Decide(retention.Record{ID: "x", Category: "crm-notes"}, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(errors.Is(err, retention.ErrUnknownCategory))
	// Output:
	// 2025-12-31 keep before-end end 2025-12-31 delete from 2026-01-01
	// 2026-01-01 delete expired-minimum end 2025-12-31 delete from 2026-01-01
	// review no-period
	// true
}

func ExampleSchedule_With() {
	org, err := retention.Netherlands().With(
		// The catalogue has no period for customer data: set one.
		retention.Rule{Category: "customer-account", Period: retention.MustParsePeriod("P2Y"),
			Sources: []string{"Privacy statement §4"}},
		// Keep camera footage one week instead of four.
		retention.Rule{Category: "cctv-footage", Period: retention.MustParsePeriod("P1W")},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := org.Rule("customer-account")
	fmt.Println(r.Category, r.Period, r.Kind, r.OnExpiry)

	// Shortening a legal minimum is refused, naming the rule and its source.
	_, err = org.With(retention.Rule{Category: "fiscal-records", Period: retention.MustParsePeriod("P5Y")})
	fmt.Println(errors.Is(err, retention.ErrShortensMinimum))
	fmt.Println(err)
	// Output:
	// customer-account P2Y maximum delete
	// true
	// retention: rule "fiscal-records" (AWR art. 52 lid 4; AWR art. 52 lid 1-3 (administratieplicht); Besluit Fiscaal Bestuursrecht 2017 §20): cannot shorten the legal minimum P7Y to P5Y: retention: a legal minimum cannot be shortened
}

func ExampleSchedule_DecideAll() {
	s := retention.Netherlands()
	left := time.Date(2022, 3, 15, 0, 0, 0, 0, time.UTC)
	// An employment contract is both personnel file (2-year guidance) and
	// payroll master data (7-year minimum).
	d, err := s.DecideAll([]retention.Record{
		{ID: "contract-42", Category: "personnel-file", Event: left},
		{ID: "contract-42", Category: "payroll-master-data", Event: left},
	}, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Action, d.Category, "delete from", d.DeleteFrom.Format(time.DateOnly))
	fmt.Println(d.Conflict != "")
	// Output:
	// keep payroll-master-data delete from 2030-01-01
	// true
}

func ExampleSchedule_DecideSeq() {
	s := retention.Netherlands()
	footage := func(yield func(retention.Record) bool) {
		start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := range 90 { // one recording a day
			if !yield(retention.Record{ID: fmt.Sprint("cam-", i), Category: "cctv-footage", Event: start.AddDate(0, 0, i)}) {
				return
			}
		}
	}
	var due []string
	counts, err := s.DecideSeq(footage, time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC), func(d retention.Decision) error {
		if d.Action == retention.Delete && d.OverdueDays > 30 {
			due = append(due, d.ID)
		}
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v\n", counts)
	fmt.Println(len(due), slices.Contains(due, "cam-0"))
	// Output:
	// {Total:90 Keep:28 Delete:62 Review:0 Failed:0}
	// 31 true
}
