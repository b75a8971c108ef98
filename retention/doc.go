// Package retention makes Dutch retention periods (bewaartermijnen)
// executable: a catalogue of record categories with their period, start
// event, legal source and how sure we are of it, and a pure function that
// says for a record, as of a date, whether to keep it, delete it or review
// it, and from which day.
//
// # Usage
//
//	s := retention.Netherlands()
//	d, err := s.Decide(retention.Record{
//		ID:       "employee-42/id-copy",
//		Category: "payroll-id-copy",
//		Event:    time.Date(2020, 3, 15, 0, 0, 0, 0, time.UTC), // employment end
//	}, time.Now())
//	// d.Action == retention.Delete, d.DeleteFrom == 2026-01-01 ...
//
// Every Decision carries the rule applied (Category, Kind), a stable reason
// code (no-period, not-started, legal-hold, before-end, expired-minimum,
// expired-maximum, expired-justification) with an English explanation
// naming the period and its source, the dates, and the days overdue once
// DeleteFrom has passed.
//
// A rule's Kind says what its period means: a Minimum is a duty to keep, a
// Maximum or Guidance period a line by which the data must be gone, a
// Justification (a limitation period, such as BW 3:307 and 3:310) a
// reason to keep that is neither a duty nor a cap, and None no fixed
// period at all.
//
// An organisation adds its own periods with With (set a period where the
// catalogue has none, lengthen a minimum, shorten a maximum; shortening a
// legal minimum is an error naming the rule and its source) and its own
// categories with Add. DecideAll decides data under several categories at
// once (the longest minimum wins, retention beats deletion); DecideSeq
// decides a stream of records (an iter.Seq) without holding them and
// counts the actions. Rule.Dates gives a rule's dates for an event without
// deciding, and FiscalYearEnd the event date of the fiscal rows.
//
// # Dates
//
// Periods are calendar periods (Period, ParsePeriod), added by the rule of
// Regulation (EEC, Euratom) 1182/71 art. 3: the day of the event is not
// counted, the period ends on the same date N years, months or weeks later,
// clamped to the month's last day when that date does not exist. End is the
// last day of the period; DeleteFrom is the day after, the first day on
// which deletion is allowed (a minimum) or due (a maximum). All arithmetic
// is on civil dates (the module's internal/civil type): a time is reduced to its date in its own location, so
// clocks and daylight saving never shift a day. There is no hidden clock:
// every decision takes the date it is made as of.
//
// # Scope
//
// The catalogue (data/netherlands.json, described in data/README.md) is
// compiled from public sources as of CatalogueAsOf; each Rule carries its
// sources and a Certainty, and several rows are only partly verified. This
// package is not legal advice. It never deletes anything: it returns
// decisions and the caller acts on them.
//
// # Concurrency
//
// A Schedule is immutable once built: With and Add return new Schedules,
// and Rule and Rules return copies. A Schedule is safe for concurrent use
// by any number of goroutines; Netherlands returns one shared Schedule.
package retention
