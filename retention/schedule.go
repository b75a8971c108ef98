package retention

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// CatalogueAsOf is the date as of which the embedded Dutch catalogue
// (data/netherlands.json) was compiled. Law and guidance change; check
// rows whose certainty is not "verified" against the sources before
// relying on them.
const CatalogueAsOf = "2026-11-28"

var (
	// ErrUnknownCategory is wrapped by every error about a category the
	// Schedule does not hold.
	ErrUnknownCategory = errors.New("retention: unknown category")
	// ErrShortensMinimum is wrapped when With would shorten or weaken a
	// statutory minimum.
	ErrShortensMinimum = errors.New("retention: a legal minimum cannot be shortened")
	// ErrExtendsMaximum is wrapped when With would lengthen or loosen a
	// maximum, or a guidance period without a documented reason.
	ErrExtendsMaximum = errors.New("retention: a maximum cannot be lengthened")
	// ErrZeroTime is wrapped when Decide is called with a zero now.
	ErrZeroTime = errors.New("retention: now is the zero time")
)

//go:embed data/netherlands.json
var netherlandsJSON []byte

// catalogueFile is the layout of data/netherlands.json.
type catalogueFile struct {
	AsOf         string `json:"as_of"`
	Jurisdiction string `json:"jurisdiction"`
	Rules        []Rule `json:"rules"`
}

func parseCatalogue(data []byte) (catalogueFile, *Schedule, error) {
	var f catalogueFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return f, nil, fmt.Errorf("retention: catalogue: %w", err)
	}
	s, err := NewSchedule(f.Rules...)
	return f, s, err
}

var netherlands = sync.OnceValue(func() *Schedule {
	_, s, err := parseCatalogue(netherlandsJSON)
	if err != nil {
		panic(err) // the data tests keep this from happening
	}
	return s
})

// Netherlands returns the Dutch catalogue of retention periods, with their
// legal sources, as of CatalogueAsOf. data/README.md describes every row
// and where the catalogue deviates from its reference. The Schedule is
// shared and immutable; derive an organisation's own with With and Add.
func Netherlands() *Schedule { return netherlands() }

// Schedule is a set of rules keyed by category ID. A Schedule is immutable:
// With and Add return a new one. It is safe for concurrent use.
type Schedule struct {
	rules map[string]Rule
	order []string
}

// NewSchedule builds a Schedule from rules. Each rule needs a unique
// non-empty Category and a known Kind; an empty Anchor means
// AnchorEvent, an empty OnExpiry means Delete. A rule of kind None has no
// period.
func NewSchedule(rules ...Rule) (*Schedule, error) {
	s := &Schedule{rules: make(map[string]Rule, len(rules))}
	for _, r := range rules {
		n, err := r.normalise()
		if err != nil {
			return nil, err
		}
		if _, dup := s.rules[n.Category]; dup {
			return nil, fmt.Errorf("retention: rule %q: duplicate category", n.Category)
		}
		s.rules[n.Category] = n
		s.order = append(s.order, n.Category)
	}
	return s, nil
}

// Rule returns the rule for a category.
func (s *Schedule) Rule(category string) (Rule, bool) {
	r, ok := s.rules[category]
	if !ok {
		return Rule{}, false
	}
	return r.clone(), true
}

// Rules returns copies of all rules, in the order they were added.
func (s *Schedule) Rules() []Rule {
	out := make([]Rule, 0, len(s.order))
	for _, id := range s.order {
		out = append(out, s.rules[id].clone())
	}
	return out
}

// Categories returns the category IDs, in the order they were added.
func (s *Schedule) Categories() []string { return slices.Clone(s.order) }

func (s *Schedule) lookup(category string) (Rule, error) {
	if category == "" {
		return Rule{}, fmt.Errorf("%w: the record has no category (no retention period documented: AVG art. 30(1)(f))", ErrUnknownCategory)
	}
	r, ok := s.rules[category]
	if !ok {
		return Rule{}, fmt.Errorf("%w %q", ErrUnknownCategory, category)
	}
	return r, nil
}

func (s *Schedule) derive() *Schedule {
	n := &Schedule{rules: make(map[string]Rule, len(s.rules)), order: slices.Clone(s.order)}
	for k, v := range s.rules {
		n.rules[k] = v
	}
	return n
}

// Add returns a Schedule with new categories, for an organisation's own
// kinds of records. Each rule is checked as in NewSchedule; a category the
// Schedule already holds is an error (change those with With).
func (s *Schedule) Add(rules ...Rule) (*Schedule, error) {
	n := s.derive()
	for _, r := range rules {
		if _, exists := n.rules[r.Category]; exists {
			return nil, fmt.Errorf("retention: rule %q: category exists; use With to change it", r.Category)
		}
		nr, err := r.normalise()
		if err != nil {
			return nil, err
		}
		n.rules[nr.Category] = nr
		n.order = append(n.order, nr.Category)
	}
	return n, nil
}

// With returns a Schedule with an organisation's own settings for
// categories the Schedule already holds. Each rule names its Category;
// its empty fields keep the current value, the others replace it (Sources
// are added to the current ones).
//
// What may change, following the lock semantics of the reference (and of
// Purview's Preservation Lock):
//
//   - A category of kind None may get a period. Set Period, and Kind if it
//     should be other than Maximum: an organisation's own period counts as
//     a maximum, also when Kind is given as None. To set a zero period
//     ("P0D": gone the day after the event), give Kind explicitly.
//     Elsewhere a zero Period keeps the current period.
//   - A Minimum may be lengthened, never shortened or turned into another
//     kind; an anchor may move from event to end-of-calendar-year, not back.
//     Shortening is an error wrapping ErrShortensMinimum that names the rule
//     and its legal source.
//   - A Maximum may be shortened (or its anchor moved to event), never
//     lengthened or loosened: an error wrapping ErrExtendsMaximum.
//   - A Guidance period may be shortened, or tightened into a Maximum; it
//     may be lengthened only with a documented reason in Notes (AVG art.
//     5(2)), otherwise it is an error wrapping ErrExtendsMaximum.
//   - A Justification (a reason to keep, such as a limitation period) may
//     be shortened, or tightened into a Maximum; lengthened only with a
//     documented reason in Notes (such as BW 3:310's 20-year long stop for
//     a known damage event), otherwise an error wrapping ErrExtendsMaximum.
//     It never becomes a Minimum.
//   - OnExpiry, StartEvent, the titles, Certainty and Notes may change.
//
// Unknown categories (errors wrap ErrUnknownCategory; add new ones with
// Add), unknown kinds, anchors or actions, and the same category twice in
// one call are errors. With never changes s.
func (s *Schedule) With(rules ...Rule) (*Schedule, error) {
	n := s.derive()
	seen := map[string]bool{}
	for _, r := range rules {
		if seen[r.Category] {
			return nil, fmt.Errorf("retention: rule %q: given twice to With", r.Category)
		}
		seen[r.Category] = true
		base, ok := n.rules[r.Category]
		if !ok {
			return nil, fmt.Errorf("retention: With: %w %q (add new categories with Add)", ErrUnknownCategory, r.Category)
		}
		merged, err := override(base, r)
		if err != nil {
			return nil, err
		}
		n.rules[merged.Category] = merged
	}
	return n, nil
}

// override applies the organisation's rule r to the current rule b.
func override(b, r Rule) (Rule, error) {
	name := fmt.Sprintf("retention: rule %q (%s)", b.Category, b.source())
	fail := func(sentinel error, format string, args ...any) (Rule, error) {
		msg := fmt.Sprintf(format, args...)
		if sentinel != nil {
			return Rule{}, fmt.Errorf("%s: %s: %w", name, msg, sentinel)
		}
		return Rule{}, fmt.Errorf("%s: %s", name, msg)
	}
	if r.Kind != "" && !r.Kind.Valid() {
		return fail(nil, "unknown kind %q (want minimum, maximum, guidance, justification or none)", r.Kind)
	}
	if r.Anchor != "" && !r.Anchor.Valid() {
		return fail(nil, "unknown anchor %q (want event or end-of-calendar-year)", r.Anchor)
	}
	if r.OnExpiry != "" && !r.OnExpiry.Valid() {
		return fail(nil, "unknown on_expiry %q (want delete, review or keep)", r.OnExpiry)
	}
	if err := r.Period.Validate(); err != nil {
		return fail(nil, "%v", err)
	}
	if !r.Certainty.Valid() {
		return fail(nil, "unknown certainty %q", r.Certainty)
	}

	// A zero Period keeps the current one, except that a None category
	// given another Kind explicitly gets the zero period ("P0D").
	setsPeriod := !r.Period.IsZero() || (b.Kind == None && r.Kind != "" && r.Kind != None)
	kind, period, anchor := b.Kind, b.Period, b.Anchor
	if r.Kind != "" {
		kind = r.Kind
	}
	if b.Kind == None && setsPeriod && (r.Kind == "" || r.Kind == None) {
		kind = Maximum // an organisation's own period counts as a maximum
	}
	if setsPeriod {
		period = r.Period
	}
	if r.Anchor != "" {
		anchor = r.Anchor
	}
	later := b.Anchor == AnchorEvent && anchor == AnchorEndOfCalendarYear
	earlier := b.Anchor == AnchorEndOfCalendarYear && anchor == AnchorEvent

	switch b.Kind {
	case None:
	case Minimum:
		if kind != Minimum {
			return fail(ErrShortensMinimum, "cannot turn the legal minimum %s into kind %s", b.Period, kind)
		}
		if !longerOrEqual(period, b.Period) {
			return fail(ErrShortensMinimum, "cannot shorten the legal minimum %s to %s", b.Period, period)
		}
		if earlier {
			return fail(ErrShortensMinimum, "cannot move the anchor of the legal minimum %s from end-of-calendar-year to event", b.Period)
		}
	case Maximum:
		if kind != Maximum {
			return fail(ErrExtendsMaximum, "cannot turn the maximum %s into kind %s", b.Period, kind)
		}
		if !longerOrEqual(b.Period, period) {
			return fail(ErrExtendsMaximum, "cannot lengthen the maximum %s to %s", b.Period, period)
		}
		if later {
			return fail(ErrExtendsMaximum, "cannot move the anchor of the maximum %s from event to end-of-calendar-year", b.Period)
		}
	case Justification:
		// A reason to keep, not a duty: it may be shortened, or tightened
		// into a maximum; lengthened only with a documented reason, as a
		// longer limitation period is the organisation's claim to prove.
		if kind != Justification && kind != Maximum {
			return fail(nil, "cannot turn the justification %s into kind %s (a reason to keep is no legal duty)", b.Period, kind)
		}
		documented := strings.TrimSpace(r.Notes) != "" && r.Notes != b.Notes
		if (!longerOrEqual(b.Period, period) || later) && !documented {
			return fail(ErrExtendsMaximum, "lengthening the justification %s to %s (anchor %s) needs a documented reason in Notes", b.Period, period, anchor)
		}
	case Guidance:
		if kind != Guidance && kind != Maximum {
			return fail(ErrExtendsMaximum, "cannot turn the guidance period %s into kind %s", b.Period, kind)
		}
		documented := strings.TrimSpace(r.Notes) != "" && r.Notes != b.Notes
		if (!longerOrEqual(b.Period, period) || later) && !documented {
			return fail(ErrExtendsMaximum, "lengthening the guidance period %s to %s (anchor %s) needs a documented reason in Notes", b.Period, period, anchor)
		}
	}

	out := b.clone()
	out.Kind, out.Period, out.Anchor = kind, period, anchor
	if r.OnExpiry != "" {
		out.OnExpiry = r.OnExpiry
	}
	if r.StartEvent != "" {
		out.StartEvent = r.StartEvent
	}
	if r.TitleNL != "" {
		out.TitleNL = r.TitleNL
	}
	if r.TitleEN != "" {
		out.TitleEN = r.TitleEN
	}
	for _, src := range r.Sources {
		if !slices.Contains(out.Sources, src) {
			out.Sources = append(out.Sources, src)
		}
	}
	switch {
	case r.Certainty != "":
		out.Certainty = r.Certainty
	case setsPeriod || r.Anchor != "":
		out.Certainty = Organisation
	}
	if r.Notes != "" && !strings.Contains(out.Notes, r.Notes) {
		if out.Notes != "" {
			out.Notes += " Organisation: " + r.Notes
		} else {
			out.Notes = r.Notes
		}
	}
	return out.normalise()
}
