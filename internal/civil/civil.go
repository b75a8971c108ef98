// Package civil is the module's one calendar-date type: a date without a
// clock or a location, as the law counts days. Periods, validity windows
// and "as of" dates are civil dates; a time.Time is reduced to its date in
// its own location (FromTime) and a date becomes midnight in a location
// again with In.
//
// Date values are comparable with == and safe for concurrent use.
package civil

import (
	"errors"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"
)

// Date is a calendar date in the proleptic Gregorian calendar. The zero
// value (year 0, month 0, day 0) means "no date"; see IsZero.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// FromTime returns the calendar date of t in t's own location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// Parse reads a date in the form YYYY-MM-DD (time.DateOnly). The error
// quotes at most the first 32 bytes of s.
func Parse(s string) (Date, error) {
	if len(s) != len(time.DateOnly) {
		return Date{}, fmt.Errorf("civil: malformed date %s (want YYYY-MM-DD)", Quote(s))
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("civil: malformed date %s (want YYYY-MM-DD)", Quote(s))
	}
	return FromTime(t), nil
}

// MustParse is Parse for dates built into a program; it panics on error.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// QuoteMax is the most bytes that Quote returns, quotes and ellipsis
// included.
const QuoteMax = 32

// Quote returns s as a Go string literal of at most QuoteMax bytes: the
// longest prefix of whole runes whose quoted form fits, followed by "..."
// when s was cut. Error messages use it so that a huge or binary input
// never comes back whole.
func Quote(s string) string {
	if len(s) <= QuoteMax-2 {
		if q := strconv.Quote(s); len(q) <= QuoteMax {
			return q
		}
	}
	const ell = "..."
	b := []byte{'"'}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		// The escape of one rune as strconv.Quote writes it.
		e := strconv.Quote(s[i : i+n])
		e = e[1 : len(e)-1]
		if r == utf8.RuneError && n == 1 {
			e = fmt.Sprintf(`\x%02x`, s[i])
		}
		if len(b)+len(e)+1+len(ell) > QuoteMax {
			break
		}
		b = append(b, e...)
		i += n
	}
	return string(append(b, '"')) + ell
}

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d names a day that exists (1 January 2024, not
// 31 April 2024).
func (d Date) IsValid() bool {
	return d.Month >= time.January && d.Month <= time.December && d.Day >= 1 && d.Day <= DaysIn(d.Year, d.Month)
}

// In returns midnight at the start of d in loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after o.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return cmp(d.Year, o.Year)
	case d.Month != o.Month:
		return cmp(int(d.Month), int(o.Month))
	}
	return cmp(d.Day, o.Day)
}

func cmp(a, b int) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// AddDays returns d plus n days (n may be negative).
func (d Date) AddDays(n int) Date {
	return FromTime(time.Date(d.Year, d.Month, d.Day+n, 12, 0, 0, 0, time.UTC))
}

// AddMonths returns the same day n months later (or earlier, for negative
// n) on the calendar; where that day does not exist in the final month, the
// last day of that month: 31 January + 1 month is 28 or 29 February. This
// is the rule of Regulation (EEC, Euratom) 1182/71 art. 3(2)(c), which
// Dutch civil law follows too, and unlike time.AddDate it never spills
// into the next month.
func (d Date) AddMonths(n int) Date {
	months := int(d.Month) - 1 + n
	y := d.Year + floorDiv(months, 12)
	m := time.Month(months - 12*floorDiv(months, 12) + 1)
	return Date{y, m, min(d.Day, DaysIn(y, m))}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// DaysSince returns the number of days from o to d, positive when d is
// later.
func (d Date) DaysSince(o Date) int {
	a := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC)
	b := time.Date(o.Year, o.Month, o.Day, 12, 0, 0, 0, time.UTC)
	return int(a.Sub(b).Round(24*time.Hour) / (24 * time.Hour))
}

// DaysIn returns the number of days in month m of year y.
func DaysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// MarshalText writes d as YYYY-MM-DD; the zero Date as the empty string.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsZero() && !d.IsValid() {
		return nil, errors.New("civil: invalid date")
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads YYYY-MM-DD with Parse; the empty string is the zero
// Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	p, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// MarshalJSON writes d as a JSON string "YYYY-MM-DD" (the zero Date as "").
func (d Date) MarshalJSON() ([]byte, error) {
	b, err := d.MarshalText()
	if err != nil {
		return nil, err
	}
	return append(append([]byte{'"'}, b...), '"'), nil
}

// UnmarshalJSON reads a JSON string "YYYY-MM-DD"; "" and null leave the
// zero Date.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return errors.New("civil: date is not a JSON string")
	}
	return d.UnmarshalText(b[1 : len(b)-1])
}
