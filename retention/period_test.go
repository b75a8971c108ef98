package retention

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParsePeriodValid(t *testing.T) {
	tests := []struct {
		in     string
		want   Period
		canon  string
		reason string
	}{
		{"P7Y", Period{Years: 7}, "P7Y", "years"},
		{"P4W", Period{Weeks: 4}, "P4W", "weeks"},
		{"P1Y6M", Period{Years: 1, Months: 6}, "P1Y6M", "years and months combined"},
		{"P30D", Period{Days: 30}, "P30D", "days"},
		{"P52W", Period{Weeks: 52}, "P52W", "the Arbeidstijdenbesluit's 52 weeks"},
		{"P1Y2M3W4D", Period{1, 2, 3, 4}, "P1Y2M3W4D", "all four components, in order"},
		{"P0D", Period{}, "P0D", "the zero period"},
		{"P0Y", Period{}, "P0D", "a zero component is the zero period; String is canonical"},
		{"P1Y0M", Period{Years: 1}, "P1Y", "zero components are dropped by String"},
		{"P007Y", Period{Years: 7}, "P7Y", "leading zeros are decimal, not octal"},
		{"P12M", Period{Months: 12}, "P12M", "months are not folded into years"},
		{"P999999D", Period{Days: 999999}, "P999999D", "the largest component"},
		{"P2M10D", Period{Months: 2, Days: 10}, "P2M10D", "months and days, skipping W"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParsePeriod(tc.in)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v (%s)", tc.in, err, tc.reason)
			}
			if got != tc.want {
				t.Errorf("ParsePeriod(%q) = %+v, want %+v (%s)", tc.in, got, tc.want, tc.reason)
			}
			if s := got.String(); s != tc.canon {
				t.Errorf("String() = %q, want %q (%s)", s, tc.canon, tc.reason)
			}
		})
	}
}

func TestParsePeriodInvalid(t *testing.T) {
	tests := []struct {
		in, why string
	}{
		{"", "empty"},
		{"P", "no components"},
		{"7Y", "must start with"},
		{"p7y", "must start with"},
		{"P7y", "unknown designator"},
		{"P-1Y", "signs"},
		{"P+1Y", "signs"},
		{"-P1Y", "must start with"},
		{"PT24H", "time parts"},
		{"P1DT12H", "time parts"},
		{"P1YT", "time parts"},
		{"P1.5Y", "fractions"},
		{"P1,5Y", "fractions"},
		{"P1M1Y", "out of order"},
		{"P1Y1Y", "repeated"},
		{"P1D2W", "out of order"},
		{"P1X", "unknown designator"},
		{"P1H", "unknown designator"},
		{"P1", "no designator"},
		{"PY", "expected a number"},
		{"P1Y ", "expected a number"},
		{" P1Y", "must start with"},
		{"P 1Y", "expected a number"},
		{"P1000000Y", "too large"},
		{"P99999999999999999999D", "too large"},
		{"P１Y", "expected a number"},
		{"P7Y\n", "expected a number"},
		{"P1W1W", "repeated"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			p, err := ParsePeriod(tc.in)
			if err == nil {
				t.Fatalf("ParsePeriod(%q) = %+v, want an error (%s)", tc.in, p, tc.why)
			}
			prefix := "retention: invalid period " + quote(tc.in) + ": "
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("error %q does not start with %q", err, prefix)
			}
			if !strings.Contains(err.Error(), tc.why) {
				t.Errorf("error %q does not say %q", err, tc.why)
			}
			if p != (Period{}) {
				t.Errorf("a failed parse returned %+v, want the zero Period", p)
			}
		})
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return strings.ReplaceAll(string(b), `\u003c`, "<")
}

func TestMustParsePeriodPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParsePeriod(\"P\") did not panic")
		}
	}()
	MustParsePeriod("P")
}

// TestEndWorkedExamples holds the worked examples of the reference (§0.4)
// and the cases the issue names.
func TestEndWorkedExamples(t *testing.T) {
	tests := []struct {
		start  time.Time
		period string
		end    time.Time
		reason string
	}{
		// §0.4 table, row by row.
		{date(2023, 12, 31), "P7Y", date(2030, 12, 31), "§0.4: year end + 7 years, no clamping needed"},
		{date(2024, 2, 29), "P1Y", date(2025, 2, 28), "§0.4: 29 Feb + 1 year clamps to 28 Feb (AddDate gives 1 March)"},
		{date(2024, 2, 29), "P7Y", date(2031, 2, 28), "§0.4: 29 Feb + 7 years clamps to 28 Feb"},
		{date(2023, 1, 31), "P1M", date(2023, 2, 28), "§0.4: 31 Jan + 1 month clamps to 28 Feb (AddDate gives 3 March)"},
		{date(2024, 1, 31), "P1M", date(2024, 2, 29), "§0.4: 31 Jan + 1 month clamps to 29 Feb in a leap year"},
		{date(2024, 3, 1), "P4W", date(2024, 3, 29), "§0.4: 4 weeks end on the same weekday (Friday)"},
		{date(2024, 1, 15), "P52W", date(2025, 1, 13), "§0.4: 52 weeks = 364 days, same weekday (Monday)"},
		// §0.4 text: regulators and payroll guides.
		{date(2024, 12, 31), "P10Y", date(2034, 12, 31), "§0.4: CNPD, 10 years from the end of 2024: erase on 1 January 2035"},
		{date(2020, 12, 31), "P5Y", date(2025, 12, 31), "§2: payroll ID copy, left 15 March 2020, kept through 31 December 2025"},
		// More clamping.
		{date(2024, 2, 29), "P4Y", date(2028, 2, 29), "29 Feb + 4 years exists: no clamping"},
		{date(2096, 2, 29), "P4Y", date(2100, 2, 28), "2100 is not a leap year: clamps"},
		{date(2024, 3, 31), "P1M", date(2024, 4, 30), "31 Mar + 1 month clamps to 30 Apr"},
		{date(2023, 12, 31), "P2M", date(2024, 2, 29), "months carry into the next year and clamp"},
		{date(2024, 8, 31), "P1Y6M", date(2026, 2, 28), "years and months are added together, then clamped once"},
		{date(2023, 1, 31), "P1M2D", date(2023, 3, 2), "clamp to 28 Feb first, then add days exactly"},
		{date(2023, 1, 30), "P1M1D", date(2023, 3, 1), "30 Jan + 1 month = 28 Feb, + 1 day = 1 Mar"},
		{date(2024, 1, 31), "P12M", date(2025, 1, 31), "12 months = 1 year"},
		{date(2024, 1, 31), "P13M", date(2025, 2, 28), "13 months from 31 Jan"},
		// Days and weeks are exact.
		{date(2024, 2, 1), "P30D", date(2024, 3, 2), "30 days across a leap February"},
		{date(2023, 2, 1), "P30D", date(2023, 3, 3), "30 days across a common February"},
		{date(2024, 12, 25), "P2W", date(2025, 1, 8), "weeks across a year end"},
		{date(2024, 5, 17), "P0D", date(2024, 5, 17), "the zero period ends on the start date"},
		{date(2024, 5, 17), "P1D", date(2024, 5, 18), "the event day is not counted: one day ends the next day"},
	}
	for _, tc := range tests {
		t.Run(tc.start.Format(time.DateOnly)+"+"+tc.period, func(t *testing.T) {
			got := MustParsePeriod(tc.period).End(tc.start)
			if !got.Equal(tc.end) {
				t.Errorf("End(%s) + %s = %s, want %s (%s)", tc.start.Format(time.DateOnly), tc.period,
					got.Format(time.DateOnly), tc.end.Format(time.DateOnly), tc.reason)
			}
		})
	}
}

// TestEndAddDatePitfall documents why the package does not use AddDate:
// it normalises overflow into the next month instead of clamping.
func TestEndAddDatePitfall(t *testing.T) {
	start := date(2023, 1, 31)
	if naive := start.AddDate(0, 1, 0); naive.Equal(date(2023, 2, 28)) {
		t.Fatalf("AddDate clamps now (%s); the pitfall in the reference no longer holds", naive)
	}
	if got := MustParsePeriod("P1M").End(start); !got.Equal(date(2023, 2, 28)) {
		t.Errorf("End = %s, want 2023-02-28", got)
	}
}

// TestEndCivilDates checks that End works on the date in the start's own
// location, returns midnight in that location, and is untouched by DST.
func TestEndCivilDates(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		t.Skip("no tz database:", err)
	}
	tests := []struct {
		start  time.Time
		period string
		want   string
		reason string
	}{
		{time.Date(2024, 2, 29, 23, 30, 0, 0, time.UTC), "P1Y", "2025-02-28", "23:30 UTC is still 29 Feb in UTC"},
		{time.Date(2024, 2, 29, 23, 30, 0, 0, time.UTC).In(ams), "P1Y", "2025-03-01", "the same instant is 1 Mar 00:30 in Amsterdam"},
		{time.Date(2024, 3, 30, 23, 59, 0, 0, ams), "P1D", "2024-03-31", "the night summer time starts"},
		{time.Date(2024, 3, 1, 0, 0, 0, 0, ams), "P4W", "2024-03-29", "four weeks across the change to summer time"},
		{time.Date(2024, 10, 1, 12, 0, 0, 0, ams), "P1M", "2024-11-01", "a month across the change to winter time"},
		{time.Date(2024, 10, 27, 2, 30, 0, 0, ams), "P0D", "2024-10-27", "an ambiguous clock time keeps its date"},
	}
	for _, tc := range tests {
		t.Run(tc.reason, func(t *testing.T) {
			got := MustParsePeriod(tc.period).End(tc.start)
			if s := got.Format(time.DateOnly); s != tc.want {
				t.Errorf("End = %s, want %s (%s)", s, tc.want, tc.reason)
			}
			if got.Location() != tc.start.Location() {
				t.Errorf("End in %s, want %s", got.Location(), tc.start.Location())
			}
			if h, m, s := got.Clock(); h+m+s != 0 || got.Nanosecond() != 0 {
				t.Errorf("End %s is not midnight", got)
			}
		})
	}
}

func TestPeriodValidate(t *testing.T) {
	bad := []Period{{Years: -1}, {Months: -1}, {Weeks: -1}, {Days: -1}, {Years: MaxComponent + 1}, {Days: MaxComponent + 1}}
	for _, p := range bad {
		if err := p.Validate(); err == nil {
			t.Errorf("%+v.Validate() = nil, want an error", p)
		}
		if got, want := p.End(date(2024, 1, 1)), p.saturate().End(date(2024, 1, 1)); !got.Equal(want) || got.Before(date(2024, 1, 1)) {
			t.Errorf("%+v.End = %s, want the saturated %s", p, got, want)
		}
		if _, err := p.MarshalText(); err == nil {
			t.Errorf("%+v.MarshalText() = nil error", p)
		}
	}
	if err := (Period{MaxComponent, MaxComponent, MaxComponent, MaxComponent}).Validate(); err != nil {
		t.Errorf("largest period: %v", err)
	}
	// The largest period still gives a sane date.
	huge := Period{MaxComponent, MaxComponent, MaxComponent, MaxComponent}.End(date(2024, 1, 1))
	if huge.Year() < 1_000_000 {
		t.Errorf("largest period ends in %d", huge.Year())
	}
}

func TestPeriodJSON(t *testing.T) {
	type wrap struct {
		P Period `json:"p"`
	}
	b, err := json.Marshal(wrap{MustParsePeriod("P1Y6M")})
	if err != nil || string(b) != `{"p":"P1Y6M"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var w wrap
	if err := json.Unmarshal([]byte(`{"p":"P52W"}`), &w); err != nil || w.P != (Period{Weeks: 52}) {
		t.Fatalf("Unmarshal = %+v, %v", w, err)
	}
	if err := json.Unmarshal([]byte(`{"p":"P-1Y"}`), &w); err == nil {
		t.Error("Unmarshal accepted P-1Y")
	}
}

func TestFiscalYearEnd(t *testing.T) {
	tests := []struct {
		t      time.Time
		month  time.Month
		day    int
		want   time.Time
		reason string
	}{
		{date(2024, 3, 10), time.December, 31, date(2024, 12, 31), "calendar fiscal year"},
		{date(2024, 12, 31), time.December, 31, date(2024, 12, 31), "the last day belongs to its own year"},
		{date(2024, 3, 10), time.June, 30, date(2024, 6, 30), "before the fiscal year end"},
		{date(2024, 7, 1), time.June, 30, date(2025, 6, 30), "after it: next year's"},
		{date(2025, 1, 5), time.February, 29, date(2025, 2, 28), "29 Feb clamps in a common year"},
		{date(2024, 1, 5), time.February, 29, date(2024, 2, 29), "and exists in a leap year"},
		{date(2023, 3, 1), time.February, 29, date(2024, 2, 29), "after 28 Feb 2023 comes 29 Feb 2024"},
	}
	for _, tc := range tests {
		got, err := FiscalYearEnd(tc.t, tc.month, tc.day)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("FiscalYearEnd(%s, %s, %d) = %s, %v; want %s (%s)", tc.t.Format(time.DateOnly), tc.month, tc.day, got, err, tc.want.Format(time.DateOnly), tc.reason)
		}
	}
	for _, bad := range []struct {
		m time.Month
		d int
	}{{0, 1}, {13, 1}, {time.March, 0}, {time.March, 32}} {
		if _, err := FiscalYearEnd(date(2024, 1, 1), bad.m, bad.d); err == nil {
			t.Errorf("FiscalYearEnd(%d, %d) accepted", bad.m, bad.d)
		}
	}
}

func TestLongerOrEqual(t *testing.T) {
	tests := []struct {
		a, b   string
		want   bool
		reason string
	}{
		{"P7Y", "P7Y", true, "equal"},
		{"P12M", "P1Y", true, "12 months is a year"},
		{"P1Y", "P12M", true, "and back"},
		{"P1Y", "P52W", true, "a year is longer than 52 weeks"},
		{"P52W", "P1Y", false, "52 weeks are shorter than a year"},
		{"P366D", "P1Y", true, "366 days cover every year"},
		{"P365D", "P1Y", false, "365 days fall short across a leap day"},
		{"P31D", "P1M", true, "no month has more than 31 days"},
		{"P30D", "P1M", false, "31-day months are longer"},
		{"P5Y", "P7Y", false, "shorter"},
		{"P0D", "P0D", true, "zero"},
		{"P1D", "P0D", true, "a day is longer than nothing"},
	}
	for _, tc := range tests {
		if got := longerOrEqual(MustParsePeriod(tc.a), MustParsePeriod(tc.b)); got != tc.want {
			t.Errorf("longerOrEqual(%s, %s) = %v, want %v (%s)", tc.a, tc.b, got, tc.want, tc.reason)
		}
	}
}

// TestParsePeriodErrorBounded: issue 13 item 7, a 10 MB input gave a 10 MB
// error. Every error quotes at most civil.QuoteMax bytes of the input.
func TestParsePeriodErrorBounded(t *testing.T) {
	big := strings.Repeat("9", 10<<20)
	for _, in := range []string{
		big,                      // no "P"
		"P" + big,                // a number without a designator
		"P" + big + "Y",          // a number too large
		"P1Y" + big[:1000] + "x", // junk after a valid component
		"PX" + big,               // expected a number
		strings.Repeat("\x00", 1<<20),
	} {
		_, err := ParsePeriod(in)
		if err == nil {
			t.Fatalf("no error for a %d-byte input", len(in))
		}
		if n := len(err.Error()); n > 200 {
			t.Errorf("error of %d bytes for a %d-byte input: %.80s...", n, len(in), err)
		}
	}
}
