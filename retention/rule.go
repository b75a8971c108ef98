package retention

import (
	"fmt"
	"strings"
	"time"

	"github.com/avgrisk/avgrisk/internal/civil"
)

// Kind says what a rule's period means while it runs.
type Kind string

const (
	// Minimum is a statutory obligation to keep (bewaarplicht): deleting
	// earlier breaks that law. AVG art. 6(1)(c); art. 17(3)(b) blocks
	// erasure requests until it ends.
	Minimum Kind = "minimum"
	// Maximum is a rule or regulator's line by which the data must be gone
	// (AVG art. 5(1)(e), storage limitation).
	Maximum Kind = "maximum"
	// Guidance is a regulator's or sector's reasonable maximum without a
	// statute behind it. It is treated as a maximum; an organisation may
	// lengthen it only with a documented reason (AVG art. 5(2)).
	Guidance Kind = "guidance"
	// None means no fixed period ("niet langer dan noodzakelijk"): the
	// organisation must set and document its own (AVG art. 30(1)(f),
	// 13(2)(a)). Until it does, Decide answers review.
	None Kind = "none"
	// Justification is a period during which keeping is justified but
	// neither required nor capped: a reason to keep, such as a limitation
	// period (verjaringstermijn, BW 3:307 and 3:310) during which claims can
	// still be brought and the data may serve as evidence (AVG art.
	// 17(3)(e)). Decide answers keep while it runs and the rule's OnExpiry
	// (review in the catalogue) after it, when the reason has gone and
	// another must be found; no deletion is ever "due" under it.
	Justification Kind = "justification"
)

// Valid reports whether k is one of the five kinds.
func (k Kind) Valid() bool {
	switch k {
	case Minimum, Maximum, Guidance, None, Justification:
		return true
	}
	return false
}

// Anchor turns a record's start event into the date its period counts from.
type Anchor string

const (
	// AnchorEvent counts from the event date itself.
	AnchorEvent Anchor = "event"
	// AnchorEndOfCalendarYear counts from 31 December of the event's year:
	// "vijf volle kalenderjaren na het jaar van uitdiensttreding".
	AnchorEndOfCalendarYear Anchor = "end-of-calendar-year"
)

// Valid reports whether a is a known anchor.
func (a Anchor) Valid() bool { return a == AnchorEvent || a == AnchorEndOfCalendarYear }

// Action is what to do with a record.
type Action string

// The actions of a Decision.
const (
	Keep   Action = "keep"   // keep the record: its period runs, or a hold applies
	Delete Action = "delete" // delete it: a maximum period has passed
	Review Action = "review" // a person decides: no period, or guidance only
)

// Valid reports whether a is keep, delete or review.
func (a Action) Valid() bool { return a == Keep || a == Delete || a == Review }

// Certainty says how well a catalogue row is verified.
type Certainty string

const (
	// Verified: period and source seen in a primary or authoritative text
	// (law, the AP, the Belastingdienst, a court, the EU or ESMA).
	Verified Certainty = "verified"
	// Partial: the period is confirmed only by secondary sources, or the
	// period is confirmed but the exact article is not.
	Partial Certainty = "partial"
	// Unverified: a reasoned suggestion, not verified.
	Unverified Certainty = "unverified"
	// Organisation: a rule or period the organisation set itself.
	Organisation Certainty = "organisation"
)

// Valid reports whether c is a known certainty (the empty value included,
// for an organisation's own rules).
func (c Certainty) Valid() bool {
	switch c {
	case "", Verified, Partial, Unverified, Organisation:
		return true
	}
	return false
}

// Rule is one category of records with its retention period.
//
// The JSON form uses snake_case keys and writes Period in ISO 8601
// ("P7Y"); it is the format of data/netherlands.json.
type Rule struct {
	// Category is the stable ID, e.g. "fiscal-records".
	Category string `json:"category"`
	// Period is zero when Kind is None. A Maximum of zero ("P0D") means:
	// gone the day after the start event.
	Period Period `json:"period,omitzero"`
	Kind   Kind   `json:"kind"`
	// Anchor is AnchorEvent when empty.
	Anchor Anchor `json:"anchor"`
	// OnExpiry is what Decide answers from DeleteFrom on: Delete, Review,
	// or Keep for data that are never removed automatically (the
	// suppression list). Empty means Delete. For a None rule it applies once
	// a period is set; until then Decide answers Review, or Keep when
	// OnExpiry is Keep.
	OnExpiry Action `json:"on_expiry"`
	// StartEvent describes the business fact whose date the caller passes
	// as Record.Event, e.g. "employment end date".
	StartEvent string `json:"start_event,omitempty"`
	TitleNL    string `json:"title_nl,omitempty"`
	TitleEN    string `json:"title_en,omitempty"`
	// Sources are the legal or regulatory sources, e.g.
	// "AWR art. 52 lid 4".
	Sources   []string  `json:"sources,omitempty"`
	Certainty Certainty `json:"certainty,omitempty"`
	Notes     string    `json:"notes,omitempty"`
}

// source returns the rule's sources for error messages.
func (r Rule) source() string {
	if len(r.Sources) == 0 {
		return "no source recorded"
	}
	return strings.Join(r.Sources, "; ")
}

func (r Rule) clone() Rule {
	r.Sources = append([]string(nil), r.Sources...)
	return r
}

// normalise fills defaults and checks r on its own.
func (r Rule) normalise() (Rule, error) {
	fail := func(format string, args ...any) (Rule, error) {
		return Rule{}, fmt.Errorf("retention: rule %q: %s", r.Category, fmt.Sprintf(format, args...))
	}
	if r.Category == "" || strings.TrimSpace(r.Category) != r.Category {
		return fail("category ID is empty or has surrounding space")
	}
	if r.Kind == "" {
		return fail("kind is empty (want minimum, maximum, guidance, justification or none)")
	}
	if !r.Kind.Valid() {
		return fail("unknown kind %q (want minimum, maximum, guidance, justification or none)", r.Kind)
	}
	if r.Anchor == "" {
		r.Anchor = AnchorEvent
	}
	if !r.Anchor.Valid() {
		return fail("unknown anchor %q (want event or end-of-calendar-year)", r.Anchor)
	}
	if r.OnExpiry == "" {
		r.OnExpiry = Delete
	}
	if !r.OnExpiry.Valid() {
		return fail("unknown on_expiry %q (want delete, review or keep)", r.OnExpiry)
	}
	if err := r.Period.Validate(); err != nil {
		return fail("%v", err)
	}
	if r.Kind == None && !r.Period.IsZero() {
		return fail("kind none has no period, got %s (use kind maximum for an organisation's own period)", r.Period)
	}
	if !r.Certainty.Valid() {
		return fail("unknown certainty %q", r.Certainty)
	}
	return r.clone(), nil
}

// Dates returns the last day of the rule's period for a start event on
// event (after the rule's Anchor) and DeleteFrom, the day after. ok is
// false for a rule of kind None or a zero event. Like Period.End, it works
// on the civil date of event in event's location.
func (r Rule) Dates(event time.Time) (end, deleteFrom time.Time, ok bool) {
	if r.Kind == None || r.Period.Validate() != nil || event.IsZero() {
		return time.Time{}, time.Time{}, false
	}
	e, f := r.span(civil.FromTime(event))
	return e.In(event.Location()), f.In(event.Location()), true
}

// span applies the anchor and the period to an event date.
func (r Rule) span(event civil.Date) (end, deleteFrom civil.Date) {
	start := event
	if r.Anchor == AnchorEndOfCalendarYear {
		start = civil.Date{Year: event.Year, Month: time.December, Day: 31}
	}
	end = addPeriod(start, r.Period)
	return end, end.AddDays(1)
}
