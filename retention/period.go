package retention

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/avgrisk/avgrisk/internal/civil"
)

// MaxComponent is the largest number ParsePeriod accepts for one component
// of a period (years, months, weeks or days). It keeps every End far inside
// the range of time.Time, so End cannot overflow.
const MaxComponent = 999_999

// Period is a calendar period: years and months are counted on the
// calendar, weeks are 7 days, days are days. It is not a time.Duration: one
// year is not 365 days and one month is not 30.
//
// The zero Period ("P0D") is a period of no time at all: its End is the
// start date itself.
type Period struct{ Years, Months, Weeks, Days int }

// ParsePeriod reads the ISO 8601 subset P[nY][nM][nW][nD]: a "P" followed
// by at least one component, each a non-negative decimal number and a
// designator, in that order, each at most once. Examples: "P7Y", "P4W",
// "P1Y6M", "P30D", "P0D".
//
// Rejected, with an error of the form `retention: invalid period "…": …`:
// the empty string, a bare "P", signs, fractions, time parts ("PT24H"),
// lower-case designators, spaces, repeated or out-of-order components and
// numbers above MaxComponent. The error quotes at most civil.QuoteMax (32)
// bytes of s or of any part of it, so a huge input never comes back whole.
func ParsePeriod(s string) (Period, error) {
	fail := func(format string, args ...any) (Period, error) {
		return Period{}, fmt.Errorf("retention: invalid period %s: %s", civil.Quote(s), fmt.Sprintf(format, args...))
	}
	rest, ok := strings.CutPrefix(s, "P")
	if !ok {
		if s == "" {
			return fail("empty")
		}
		return fail("must start with \"P\"")
	}
	if rest == "" {
		return fail("no components after \"P\"")
	}
	var p Period
	const order = "YMWD"
	next := 0 // index into order of the next allowed designator
	for rest != "" {
		i := 0
		for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i == len(rest) {
			return fail("number %s has no designator (Y, M, W or D)", civil.Quote(rest))
		}
		c := rest[i]
		if i == 0 {
			switch {
			case c == 'T':
				return fail("time parts (T…) are not supported; use days")
			case c == '-' || c == '+':
				return fail("signs are not allowed; periods are never negative")
			default:
				return fail("expected a number at %s", civil.Quote(rest))
			}
		}
		if c == '.' || c == ',' {
			return fail("fractions are not allowed")
		}
		pos := strings.IndexByte(order, c)
		if pos < 0 {
			return fail("unknown designator %q (want Y, M, W or D)", string(c))
		}
		if pos < next {
			return fail("designator %q repeated or out of order (want Y, M, W, D)", string(c))
		}
		n, err := strconv.Atoi(rest[:i])
		if err != nil || n > MaxComponent {
			return fail("%s is too large (at most %d)", civil.Quote(rest[:i+1]), MaxComponent)
		}
		switch c {
		case 'Y':
			p.Years = n
		case 'M':
			p.Months = n
		case 'W':
			p.Weeks = n
		case 'D':
			p.Days = n
		}
		next = pos + 1
		rest = rest[i+1:]
	}
	return p, nil
}

// MustParsePeriod is ParsePeriod for constants; it panics on an error.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// String writes p back in ISO 8601 form, omitting zero components: "P7Y",
// "P1Y6M", "P4W". The zero Period is "P0D". For every valid p,
// ParsePeriod(p.String()) returns p.
func (p Period) String() string {
	if p.IsZero() {
		return "P0D"
	}
	var b strings.Builder
	b.WriteByte('P')
	for _, c := range []struct {
		n int
		d byte
	}{{p.Years, 'Y'}, {p.Months, 'M'}, {p.Weeks, 'W'}, {p.Days, 'D'}} {
		if c.n != 0 {
			b.WriteString(strconv.Itoa(c.n))
			b.WriteByte(c.d)
		}
	}
	return b.String()
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Validate reports an error when a component of p is negative or larger
// than MaxComponent. ParsePeriod and NewSchedule never let such a period
// through; End saturates it (see End).
func (p Period) Validate() error {
	for _, c := range []struct {
		n    int
		name string
	}{{p.Years, "years"}, {p.Months, "months"}, {p.Weeks, "weeks"}, {p.Days, "days"}} {
		if c.n < 0 {
			return fmt.Errorf("retention: invalid period %s: %s is negative", p, c.name)
		}
		if c.n > MaxComponent {
			return fmt.Errorf("retention: invalid period %s: %s is above %d", p, c.name, MaxComponent)
		}
	}
	return nil
}

// MarshalText writes p as ISO 8601, so Period fields marshal as "P7Y".
func (p Period) MarshalText() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText reads an ISO 8601 period with ParsePeriod.
func (p *Period) UnmarshalText(b []byte) error {
	q, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = q
	return nil
}

// End returns the last day of a period that starts after the day start:
// the date rule of Regulation (EEC, Euratom) 1182/71 art. 3, which Dutch
// civil law follows too (BW 3:307).
//
//   - The day of start is not counted: the period runs from the day after
//     start up to and including End.
//   - Years and months are added on the calendar; the period ends on the
//     same date N years or months later. When that date does not exist in
//     the final month, it ends on the last day of that month (31 January +
//     P1M is 28 or 29 February; 29 February 2024 + P1Y is 28 February 2025).
//   - Then weeks (7 days each) and days are added exactly. A period of
//     weeks therefore ends on the same weekday as start.
//
// End works on civil dates: start is first reduced to its date in start's
// own location (its clock time is ignored), and the result is midnight at
// the start of the last day, in that same location. There is no
// time-of-day or daylight-saving arithmetic anywhere. The first day on
// which the period is over is the day after End (see Decision.DeleteFrom).
//
// End is monotonic in start (a later start never gives an earlier End)
// and never before start's date. For a period that Validate rejects, End
// saturates rather than panics: a negative component counts as zero and
// one above MaxComponent as MaxComponent. Periods from ParsePeriod and from
// a Schedule are always valid.
func (p Period) End(start time.Time) time.Time {
	return addPeriod(civil.FromTime(start), p.saturate()).In(start.Location())
}

// saturate clamps every component into [0, MaxComponent].
func (p Period) saturate() Period {
	c := func(n int) int { return min(max(n, 0), MaxComponent) }
	return Period{c(p.Years), c(p.Months), c(p.Weeks), c(p.Days)}
}

// addPeriod is the one place the date rule lives: years and months on the
// calendar with month-end clamping, then weeks and days exactly.
func addPeriod(s civil.Date, p Period) civil.Date {
	return s.AddMonths(p.Months + 12*p.Years).AddDays(7*p.Weeks + p.Days)
}

// longerOrEqual reports whether period a ends on or after period b for
// every start date. Component-wise dominance decides quickly; otherwise the
// two are compared over sample start dates that cover every month length,
// leap days and a century year that is not a leap year.
func longerOrEqual(a, b Period) bool {
	am, bm := 12*a.Years+a.Months, 12*b.Years+b.Months
	ad, bd := 7*a.Weeks+a.Days, 7*b.Weeks+b.Days
	if am >= bm && ad >= bd {
		return true
	}
	for _, from := range []civil.Date{{Year: 2020, Month: time.January, Day: 1}, {Year: 2096, Month: time.January, Day: 1}} {
		for i := range 366 * 9 {
			s := from.AddDays(i)
			if addPeriod(s, a).Before(addPeriod(s, b)) {
				return false
			}
		}
	}
	return true
}

// FiscalYearEnd returns the last day of the fiscal year that contains t,
// for a fiscal year that ends each year on lastMonth/lastDay (clamped to the
// month's last day, so February 29 works in every year). Pass the result as
// Record.Event for the fiscal rows of the catalogue (fiscal-records,
// statutory-books, ...), whose period runs from the end of the fiscal year.
// The result is midnight in t's location.
func FiscalYearEnd(t time.Time, lastMonth time.Month, lastDay int) (time.Time, error) {
	if lastMonth < time.January || lastMonth > time.December || lastDay < 1 || lastDay > 31 {
		return time.Time{}, errors.New("retention: FiscalYearEnd: invalid month or day")
	}
	c := civil.FromTime(t)
	end := civil.Date{Year: c.Year, Month: lastMonth, Day: min(lastDay, civil.DaysIn(c.Year, lastMonth))}
	if end.Before(c) {
		end = civil.Date{Year: c.Year + 1, Month: lastMonth, Day: min(lastDay, civil.DaysIn(c.Year+1, lastMonth))}
	}
	return end.In(t.Location()), nil
}
