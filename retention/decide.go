package retention

import (
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/avgrisk/avgrisk/internal/civil"
)

// Record is one piece of data to decide on.
type Record struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	// Event is the date of the rule's start event (Rule.StartEvent), e.g.
	// the employment end date, or for the fiscal rows the last day of the
	// fiscal year (see FiscalYearEnd). Only its civil date in its own
	// location counts. Zero means the event has not happened yet.
	Event time.Time `json:"event,omitzero"`
	// LegalHold keeps the record whatever the period says (AVG art.
	// 17(3)(e): legal claims, an incident, a tax audit, a dispute).
	LegalHold bool `json:"legal_hold,omitempty"`
}

// Reason is a stable, machine-readable code for a Decision.
type Reason string

const (
	// ReasonNoPeriod: the category has kind none and no period is
	// configured. Action review, no dates.
	ReasonNoPeriod Reason = "no-period"
	// ReasonNotStarted: the start event is zero or after now. Action keep,
	// no dates.
	ReasonNotStarted Reason = "not-started"
	// ReasonLegalHold: a legal hold keeps the record. Action keep; the
	// dates are those of the period, unchanged by the hold.
	ReasonLegalHold Reason = "legal-hold"
	// ReasonBeforeEnd: now is before DeleteFrom. Action keep.
	ReasonBeforeEnd Reason = "before-end"
	// ReasonExpiredMinimum: a minimum has ended; deletion is allowed.
	// Action: the rule's OnExpiry.
	ReasonExpiredMinimum Reason = "expired-minimum"
	// ReasonExpiredMaximum: a maximum or guidance period has ended;
	// deletion is due. Action: the rule's OnExpiry.
	ReasonExpiredMaximum Reason = "expired-maximum"
	// ReasonExpiredJustification: the reason to keep (kind
	// justification) has ended; whether another remains decides. Action:
	// the rule's OnExpiry.
	ReasonExpiredJustification Reason = "expired-justification"
)

// Decision is what to do with a record as of a date, and why.
type Decision struct {
	ID     string `json:"id"`
	Action Action `json:"action"`
	// End is the last day of the period, midnight in the location of the
	// record's Event; zero when there is no period or it has not started.
	End time.Time `json:"end,omitzero"`
	// DeleteFrom is End + 1 day: the first day deletion is allowed (a
	// minimum), due (a maximum or guidance period) or the reason to keep
	// has gone (a justification). Zero with End.
	DeleteFrom time.Time `json:"delete_from,omitzero"`
	// Category is the ID of the rule applied; for DecideAll, the category
	// whose rule decided.
	Category string `json:"category"`
	Kind     Kind   `json:"kind"`
	Reason   Reason `json:"reason"`
	// Explanation says the same as Reason in English, with the period,
	// dates and sources.
	Explanation string `json:"explanation"`
	// OverdueDays is the number of days now is past DeleteFrom (0 on
	// DeleteFrom itself, whenever the action is keep, and for a
	// justification, under which nothing is ever overdue).
	OverdueDays int `json:"overdue_days,omitempty"`
	// Categories lists every category DecideAll considered, in input order.
	Categories []string `json:"categories,omitempty"`
	// Conflict reports, for DecideAll, a minimum that keeps the record
	// after a maximum or guidance period of another category has ended:
	// keep it, but restrict access to what the minimum needs (AVG art. 18).
	Conflict string `json:"conflict,omitempty"`
}

func checkNow(now time.Time) error {
	if now.IsZero() {
		return fmt.Errorf("%w: pass the date to decide as of", ErrZeroTime)
	}
	return nil
}

// Decide says what to do with r as of now, following the decision rule of
// the reference (§0.5), in this order:
//
//  1. a rule of kind none (no period configured): review, no dates (keep
//     when the rule's OnExpiry is keep: the suppression list);
//  2. the start event zero or after now: keep, no dates;
//  3. a legal hold: keep, with the period's dates unchanged;
//  4. now before DeleteFrom: keep;
//  5. from DeleteFrom on: the rule's OnExpiry (delete, review or keep).
//
// Dates are civil dates: End is the rule's Period added to the anchored
// event date (see Period.End), DeleteFrom the day after, and now counts by
// its date in its own location. A record whose category the Schedule does
// not hold is an error wrapping ErrUnknownCategory, never a silent keep;
// a zero now is an error wrapping ErrZeroTime.
func (s *Schedule) Decide(r Record, now time.Time) (Decision, error) {
	if err := checkNow(now); err != nil {
		return Decision{}, err
	}
	rule, err := s.lookup(r.Category)
	if err != nil {
		return Decision{}, fmt.Errorf("retention: record %q: %w", r.ID, err)
	}
	return decide(rule, r, civil.FromTime(now)), nil
}

func decide(rule Rule, r Record, today civil.Date) Decision {
	d := Decision{ID: r.ID, Category: rule.Category, Kind: rule.Kind}
	if rule.Kind == None {
		d.Action, d.Reason = Review, ReasonNoPeriod
		d.Explanation = fmt.Sprintf("%s has no fixed retention period: the organisation must set and document one (AVG art. 5(1)(e), 30(1)(f)); review", rule.Category)
		if rule.OnExpiry == Keep {
			d.Action = Keep
			d.Explanation = fmt.Sprintf("%s has no fixed period and is never deleted automatically: keep it as long as it is needed (%s)", rule.Category, rule.source())
		}
		if r.LegalHold {
			d.Explanation += "; the record is under legal hold: do not delete it while the hold lasts"
		}
		return d
	}
	event := civil.FromTime(r.Event)
	if r.Event.IsZero() || today.Before(event) {
		d.Action, d.Reason = Keep, ReasonNotStarted
		what := rule.StartEvent
		if what == "" {
			what = "the start event"
		}
		d.Explanation = fmt.Sprintf("the period has not started: %s has not happened yet", what)
		return d
	}
	end, from := rule.span(event)
	loc := r.Event.Location()
	d.End, d.DeleteFrom = end.In(loc), from.In(loc)
	tense := "ends"
	if !today.Before(from) {
		tense = "ended"
	}
	dates := fmt.Sprintf("%s %s (%s) %s on %s", rule.Kind, rule.Period, rule.source(), tense, d.End.Format(time.DateOnly))

	switch {
	case r.LegalHold:
		d.Action, d.Reason = Keep, ReasonLegalHold
		d.Explanation = fmt.Sprintf("legal hold: keep regardless of the period (AVG art. 17(3)(e)); the %s, unchanged by the hold", dates)
	case today.Before(from):
		d.Action, d.Reason = Keep, ReasonBeforeEnd
		switch rule.Kind {
		case Minimum:
			d.Explanation = fmt.Sprintf("the %s; deletion allowed from %s", dates, d.DeleteFrom.Format(time.DateOnly))
		case Justification:
			d.Explanation = fmt.Sprintf("the %s; keeping is justified until then, not required: a reason to keep, not a duty and not a cap", dates)
		default:
			d.Explanation = fmt.Sprintf("the %s; deletion due from %s", dates, d.DeleteFrom.Format(time.DateOnly))
		}
	default:
		d.Action = rule.OnExpiry
		if d.Action != Keep && rule.Kind != Justification {
			d.OverdueDays = today.DaysSince(from)
		}
		switch rule.Kind {
		case Minimum:
			d.Reason = ReasonExpiredMinimum
			d.Explanation = fmt.Sprintf("the %s; deletion allowed since %s", dates, d.DeleteFrom.Format(time.DateOnly))
		case Justification:
			d.Reason = ReasonExpiredJustification
			d.Explanation = fmt.Sprintf("the %s; that reason to keep has ended", dates)
		default:
			d.Reason = ReasonExpiredMaximum
			d.Explanation = fmt.Sprintf("the %s; deletion due since %s", dates, d.DeleteFrom.Format(time.DateOnly))
			if d.OverdueDays > 0 {
				d.Explanation += fmt.Sprintf(" (%d days overdue)", d.OverdueDays)
			}
		}
		switch d.Action {
		case Review:
			d.Explanation += "; review whether the data are still needed (the rule allows longer where needed, or the data serve other purposes)"
		case Keep:
			d.Explanation += "; the rule says never to delete these data automatically: keep"
		}
	}
	return d
}

// DecideAll decides one piece of data that falls under several categories
// at once, e.g. an invoice (fiscal-records) that is also a customer contact
// (customer-account). Each Record names one category with its own start
// event; their IDs must be equal or empty. Following the reference (§3)
// and Purview's principles:
//
//   - retention beats deletion: keep beats review beats delete, and a
//     legal hold beats everything. A hold is on the data: a LegalHold on
//     any of the records applies to all of them;
//   - among equal actions the longest period wins: the latest DeleteFrom
//     (a period not started, or not fixed, counts as the latest), then a
//     minimum before other kinds, then input order.
//
// The Decision is the winning category's, with Categories listing all of
// them and Conflict set when a minimum keeps data that a maximum or
// guidance period of another category says must go.
func (s *Schedule) DecideAll(records []Record, now time.Time) (Decision, error) {
	if err := checkNow(now); err != nil {
		return Decision{}, err
	}
	if len(records) == 0 {
		return Decision{}, errors.New("retention: DecideAll: no records")
	}
	id, hold := "", false
	for _, r := range records {
		hold = hold || r.LegalHold
		if r.ID != "" && id != "" && r.ID != id {
			return Decision{}, fmt.Errorf("retention: DecideAll: records %q and %q are not the same data", id, r.ID)
		}
		if id == "" {
			id = r.ID
		}
	}
	today := civil.FromTime(now)
	all := make([]Decision, 0, len(records))
	cats := make([]string, 0, len(records))
	for _, r := range records {
		r.LegalHold = hold // a hold is on the data, whatever the category
		rule, err := s.lookup(r.Category)
		if err != nil {
			return Decision{}, fmt.Errorf("retention: record %q: %w", id, err)
		}
		all = append(all, decide(rule, r, today))
		cats = append(cats, r.Category)
	}
	win := 0
	for i := 1; i < len(all); i++ {
		if beats(all[i], all[win]) {
			win = i
		}
	}
	out := all[win]
	out.ID = id
	out.Categories = cats
	if out.Action == Keep && out.Kind == Minimum {
		for _, o := range all {
			if (o.Kind == Maximum || o.Kind == Guidance) && o.Reason == ReasonExpiredMaximum {
				out.Conflict = fmt.Sprintf("the %s period of %s ended on %s, but the minimum of %s still applies: keep the record, restrict access and process only what the minimum needs", o.Kind, o.Category, o.End.Format(time.DateOnly), out.Category)
				break
			}
		}
	}
	if len(all) > 1 {
		out.Explanation = fmt.Sprintf("%s decides (of %d categories): %s", out.Category, len(all), out.Explanation)
	}
	return out, nil
}

func rank(d Decision) int {
	switch {
	case d.Reason == ReasonLegalHold:
		return 4
	case d.Action == Keep:
		return 3
	case d.Action == Review:
		return 2
	}
	return 1
}

// beats reports whether a wins over b (strictly).
func beats(a, b Decision) bool {
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra > rb
	}
	// A zero DeleteFrom (not started, no period) counts as the latest.
	switch az, bz := a.DeleteFrom.IsZero(), b.DeleteFrom.IsZero(); {
	case az && !bz:
		return true
	case bz && !az:
		return false
	case !az && !bz:
		ca, cb := civil.FromTime(a.DeleteFrom), civil.FromTime(b.DeleteFrom)
		if ca != cb {
			return cb.Before(ca)
		}
	}
	return a.Kind == Minimum && b.Kind != Minimum
}

// Counts tallies a batch of decisions by action.
type Counts struct {
	Total  int `json:"total"`
	Keep   int `json:"keep"`
	Delete int `json:"delete"`
	Review int `json:"review"`
	// Failed counts records that could not be decided (an unknown
	// category); they are in none of the other counts but in Total.
	Failed int `json:"failed"`
}

// DecideSeq decides a stream of records as of now, one at a time, without
// holding them: memory stays constant however long the stream is. each,
// when not nil, is called with every decision; if it returns an error the
// batch stops and returns the counts so far with that error.
//
// A record that cannot be decided is counted in Failed and the batch goes
// on; at the end the error reports how many failed and wraps the first
// failure (so errors.Is(err, ErrUnknownCategory) works). A zero now is an
// error before any record is read.
func (s *Schedule) DecideSeq(records iter.Seq[Record], now time.Time, each func(Decision) error) (Counts, error) {
	var c Counts
	if err := checkNow(now); err != nil {
		return c, err
	}
	var first error
	for r := range records {
		c.Total++
		d, err := s.Decide(r, now)
		if err != nil {
			c.Failed++
			if first == nil {
				first = err
			}
			continue
		}
		switch d.Action {
		case Keep:
			c.Keep++
		case Delete:
			c.Delete++
		case Review:
			c.Review++
		}
		if each != nil {
			if err := each(d); err != nil {
				return c, err
			}
		}
	}
	if first != nil {
		return c, fmt.Errorf("retention: %d of %d records could not be decided; first: %w", c.Failed, c.Total, first)
	}
	return c, nil
}
