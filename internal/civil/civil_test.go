package civil

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in     string
		want   Date
		ok     bool
		reason string
	}{
		{"2026-12-07", Date{2026, time.December, 7}, true, "ISO 8601 calendar date, extended form"},
		{"2024-02-29", Date{2024, time.February, 29}, true, "2024 is a leap year"},
		{"2025-02-29", Date{}, false, "2025 is not a leap year"},
		{"2026-4-01", Date{}, false, "two-digit month required"},
		{"20261207", Date{}, false, "basic form is not accepted"},
		{"", Date{}, false, "empty"},
		{"2026-12-07T00:00:00Z", Date{}, false, "a time is not a date"},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, ok %v (%s)", tt.in, got, err, tt.want, tt.ok, tt.reason)
		}
		if tt.ok && got.String() != tt.in {
			t.Errorf("String() = %q, want %q", got.String(), tt.in)
		}
	}
}

func TestParseErrorBounded(t *testing.T) {
	long := strings.Repeat("9", 10<<20)
	_, err := Parse(long)
	if err == nil || len(err.Error()) > 100 {
		t.Errorf("error of %d bytes for a 10 MB input, want a bounded quote", len(err.Error()))
	}
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		from   string
		n      int
		want   string
		reason string
	}{
		{"2025-01-31", 1, "2025-02-28", "Reg. 1182/71 art. 3(2)(c): the last day of the shorter month"},
		{"2024-01-31", 1, "2024-02-29", "leap year"},
		{"2024-02-29", 12, "2025-02-28", "29 February + 1 year"},
		{"2025-03-31", -1, "2025-02-28", "backwards, clamped"},
		{"2025-01-15", -13, "2023-12-15", "backwards across two year boundaries"},
		{"2025-11-30", 2, "2026-01-30", "across a year boundary"},
	}
	for _, tt := range tests {
		if got := MustParse(tt.from).AddMonths(tt.n).String(); got != tt.want {
			t.Errorf("%s + %d months = %s, want %s (%s)", tt.from, tt.n, got, tt.want, tt.reason)
		}
	}
}

func TestCompareAndDays(t *testing.T) {
	a, b := MustParse("2020-12-31"), MustParse("2021-01-01")
	if !a.Before(b) || !b.After(a) || a.Compare(b) != -1 || b.Compare(a) != 1 || a.Compare(a) != 0 {
		t.Error("ordering of 2020-12-31 and 2021-01-01")
	}
	if got := b.DaysSince(a); got != 1 {
		t.Errorf("DaysSince = %d, want 1", got)
	}
	if got := a.AddDays(1); got != b {
		t.Errorf("AddDays(1) = %v, want %v", got, b)
	}
	if got := MustParse("2024-03-01").AddDays(-1).String(); got != "2024-02-29" {
		t.Errorf("AddDays(-1) = %s", got)
	}
	ams, _ := time.LoadLocation("Europe/Amsterdam")
	if ams != nil {
		// 23:30 UTC on 31 Dec is already 1 Jan in Amsterdam: the date is the
		// one of t's own location.
		tt := time.Date(2020, 12, 31, 23, 30, 0, 0, time.UTC).In(ams)
		if got := FromTime(tt); got != b {
			t.Errorf("FromTime = %v, want %v", got, b)
		}
		if got := b.In(ams); !got.Equal(time.Date(2021, 1, 1, 0, 0, 0, 0, ams)) {
			t.Errorf("In = %v", got)
		}
	}
	if !(Date{}).IsZero() || a.IsZero() || (Date{2025, 4, 31}).IsValid() {
		t.Error("IsZero / IsValid")
	}
}

func TestJSON(t *testing.T) {
	type doc struct {
		D Date  `json:"d"`
		P *Date `json:"p,omitempty"`
	}
	b, err := json.Marshal(doc{D: MustParse("2026-12-07")})
	if err != nil || string(b) != `{"d":"2026-12-07"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var got doc
	if err := json.Unmarshal([]byte(`{"d":"2001-09-03","p":null}`), &got); err != nil || got.D != (Date{2001, time.September, 3}) {
		t.Errorf("Unmarshal = %+v, %v", got, err)
	}
	for _, bad := range []string{`{"d":"2001-9-3"}`, `{"d":20010903}`, `{"d":"2001-02-30"}`} {
		if err := json.Unmarshal([]byte(bad), &got); err == nil {
			t.Errorf("Unmarshal(%s): no error", bad)
		}
	}
	if _, err := json.Marshal(Date{2025, 2, 30}); err == nil {
		t.Error("Marshal of an invalid date: no error")
	}
	var m map[Date]int
	if err := json.Unmarshal([]byte(`{"2026-01-01":1}`), &m); err != nil || m[MustParse("2026-01-01")] != 1 {
		t.Errorf("map key: %v %v", m, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2026-12-07", "0000-01-01", "9999-12-31", "2024-02-29", "2025-02-29", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(s)
		if err != nil {
			if len(err.Error()) > 100 {
				t.Fatalf("unbounded error: %d bytes", len(err.Error()))
			}
			return
		}
		if !d.IsValid() || d.String() != s {
			t.Fatalf("Parse(%q) = %v, round trip %q", s, d, d.String())
		}
		if d2, err := Parse(d.String()); err != nil || d2 != d {
			t.Fatal("round trip")
		}
		if d.AddDays(1).DaysSince(d) != 1 || !d.AddMonths(1).After(d) {
			t.Fatal("arithmetic")
		}
	})
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"abc", `"abc"`},
		{strings.Repeat("a", 40), `"` + strings.Repeat("a", 27) + `"...`},
		{strings.Repeat("\x00", 40), `"` + strings.Repeat(`\x00`, 6) + `"...`},
		{strings.Repeat("é", 40), `"` + strings.Repeat("é", 13) + `"...`},
	}
	for _, tt := range tests {
		got := Quote(tt.in)
		if got != tt.want || len(got) > QuoteMax {
			t.Errorf("Quote(%.10q...) = %s (%d bytes), want %s", tt.in, got, len(got), tt.want)
		}
	}
}
