package retention

import (
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/internal/civil"
)

// FuzzParsePeriod: whatever parses, String writes back to the same Period,
// and String's output is canonical.
func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"P7Y", "P4W", "P1Y6M", "P30D", "P0D", "P1Y2M3W4D", "P", "", "PT1H", "P-1Y", "P999999Y", "P1000000D", "P01M"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			if p != (Period{}) {
				t.Fatalf("error with non-zero period %+v", p)
			}
			// The error quotes at most civil.QuoteMax bytes of the input,
			// twice at most (whole input and the part at fault).
			if n := len(err.Error()); n > 2*civil.QuoteMax+120 {
				t.Fatalf("error of %d bytes", n)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("ParsePeriod(%q) gave an invalid period: %v", s, err)
		}
		q, err := ParsePeriod(p.String())
		if err != nil || q != p {
			t.Fatalf("ParsePeriod(%q.String() = %q) = %+v, %v; want %+v", s, p.String(), q, err, p)
		}
		if q.String() != p.String() {
			t.Fatalf("String not canonical: %q vs %q", q.String(), p.String())
		}
	})
}

// oracleEnd is an independent statement of the date rule: AddDate, then
// step back to the month's last day where AddDate overflowed.
func oracleEnd(start time.Time, p Period) time.Time {
	y, m, d := start.Date()
	s := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	t := s.AddDate(p.Years, p.Months, 0)
	if t.Day() != d {
		t = time.Date(t.Year(), t.Month(), 0, 0, 0, 0, 0, time.UTC)
	}
	return t.AddDate(0, 0, 7*p.Weeks+p.Days)
}

// FuzzEndAnyPeriod: even a period Validate rejects never gives an End
// before its start, nor a non-monotonic one.
func FuzzEndAnyPeriod(f *testing.F) {
	f.Add(int64(19782), int64(3), -1, 0, 2, -5)
	f.Add(int64(0), int64(0), 2_000_000, 0, 0, 0)
	f.Fuzz(func(t *testing.T, day, gap int64, y, m, w, d int) {
		day %= 7_000_000
		gap %= 100_000
		if gap < 0 {
			gap = -gap
		}
		p := Period{y, m, w, d}
		s1 := time.Unix(day*86400, 0).UTC()
		s2 := s1.AddDate(0, 0, int(gap))
		e1, e2 := p.End(s1), p.End(s2)
		if e1.Before(s1) || e2.Before(e1) {
			t.Fatalf("%+v: End(%s) = %s, End(%s) = %s", p, s1, e1, s2, e2)
		}
	})
}

// FuzzEnd: End is monotonic in start, never before start, agrees with the
// oracle, and ignores start's clock time.
func FuzzEnd(f *testing.F) {
	f.Add(int64(0), int64(1), uint16(1), uint16(0), uint16(0), uint16(0))
	f.Add(int64(19782), int64(1), uint16(0), uint16(1), uint16(0), uint16(0)) // 31 Jan 2024 + 1 day
	f.Add(int64(19782), int64(29), uint16(1), uint16(0), uint16(0), uint16(0))
	f.Add(int64(-1000), int64(400), uint16(0), uint16(13), uint16(52), uint16(3))
	f.Fuzz(func(t *testing.T, day int64, gap int64, y, m, w, d uint16) {
		// Keep starts within roughly ±20,000 years of 1970.
		day %= 7_000_000
		gap %= 100_000
		if gap < 0 {
			gap = -gap
		}
		p := Period{int(y) % (MaxComponent + 1), int(m) % (MaxComponent + 1), int(w) % (MaxComponent + 1), int(d) % (MaxComponent + 1)}
		s1 := time.Unix(day*86400, 0).UTC()
		s2 := s1.AddDate(0, 0, int(gap))
		e1, e2 := p.End(s1), p.End(s2)
		if e1.Before(civil.FromTime(s1).In(time.UTC)) {
			t.Fatalf("%s.End(%s) = %s, before the start", p, s1, e1)
		}
		if e2.Before(e1) {
			t.Fatalf("not monotonic: %s.End(%s) = %s but End(%s) = %s", p, s1, e1, s2, e2)
		}
		if want := oracleEnd(s1, p); !e1.Equal(want) {
			t.Fatalf("%s.End(%s) = %s, oracle says %s", p, s1.Format(time.DateOnly), e1.Format(time.DateOnly), want.Format(time.DateOnly))
		}
		// The clock time of start never matters.
		late := s1.Add(23*time.Hour + 59*time.Minute)
		if e := p.End(late); !e.Equal(e1) {
			t.Fatalf("clock time changed End: %s vs %s", e, e1)
		}
	})
}
