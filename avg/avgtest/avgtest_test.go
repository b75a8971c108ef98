package avgtest_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/avgrisk/avgrisk/avg/avgtest"
	"github.com/avgrisk/avgrisk/classify"
	"github.com/avgrisk/avgrisk/retention"
	"github.com/avgrisk/avgrisk/transfer"
)

// fakeTB records what an assertion reports; it embeds testing.TB for the
// methods the helpers do not call.
type fakeTB struct {
	testing.TB
	helper int
	errors []string
	fatal  bool
}

func (f *fakeTB) Helper() { f.helper++ }
func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.fatal = true
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func (f *fakeTB) failed() bool { return len(f.errors) > 0 }

var asOf = time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)

const (
	secretReligion = "rooms-katholiek"
	secretNote     = "Klant belde vanuit het ziekenhuis over zijn nieuwe diagnose."
)

// check verifies the common contract: Helper called, failure as wanted,
// the messages name what they must and hold none of the secrets.
func check(t *testing.T, tb *fakeTB, ok, wantOK bool, mention []string, secrets []string, reason string) {
	t.Helper()
	if tb.helper == 0 {
		t.Error("the helper did not call t.Helper()")
	}
	if ok != wantOK || tb.failed() == wantOK {
		t.Errorf("ok = %v, reported %q; want ok = %v (%s)", ok, tb.errors, wantOK, reason)
	}
	msg := strings.Join(tb.errors, "\n")
	for _, m := range mention {
		if !strings.Contains(msg, m) {
			t.Errorf("message %q does not name %q", msg, m)
		}
	}
	for _, s := range secrets {
		if strings.Contains(msg, s) {
			t.Errorf("message %q leaks the value %q", msg, s)
		}
	}
	if tb.fatal {
		t.Error("the helper stopped the test with Fatalf; it should report with Errorf")
	}
}

func TestNoSpecialCategories(t *testing.T) {
	tests := []struct {
		name    string
		record  map[string]string
		wantOK  bool
		mention []string
		reason  string
	}{
		{
			name:   "clean",
			record: map[string]string{"LastName": "Visser", "Stage": "Offerte"},
			wantOK: true, reason: "no special category in names or values",
		},
		{
			name:    "religion field",
			record:  map[string]string{"LastName": "Visser", "Religie__c": secretReligion},
			mention: []string{`"Religie__c"`, "religious-beliefs", "Art. 9(1)"},
			reason:  "a religion field holds Art. 9(1) data; the message names field and category",
		},
		{
			name:    "BSN",
			record:  map[string]string{"BSN__c": "111222333"},
			mention: []string{`"BSN__c"`, "national-id"},
			reason:  "a BSN (UAVG art. 46) is a special category in this library's wide sense",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := &fakeTB{}
			ok := avgtest.NoSpecialCategories(tb, tc.record)
			secrets := []string{secretReligion, "111222333", "Visser", "Offerte"}
			check(t, tb, ok, tc.wantOK, tc.mention, secrets, tc.reason)
		})
	}
}

func TestNoSpecialFields(t *testing.T) {
	tb := &fakeTB{}
	ok := avgtest.NoSpecialFields(tb,
		classify.Field{Object: "Contact", Name: "LastName", Label: "Achternaam"},
		classify.Field{Object: "Contact", Name: "Religie__c", Label: "Religie", Values: []string{secretReligion}},
	)
	check(t, tb, ok, false, []string{`"Contact.Religie__c"`, "religious-beliefs"}, []string{secretReligion}, "the religion field fails, the name field does not")
	if len(tb.errors) != 1 {
		t.Errorf("%d errors, want 1 (one per special field): %q", len(tb.errors), tb.errors)
	}

	tb = &fakeTB{}
	ok = avgtest.NoSpecialFields(tb, classify.Field{Name: "Email"})
	check(t, tb, ok, true, nil, nil, "an e-mail field is ordinary personal data")
}

func salesforceLike() transfer.Flow {
	return transfer.Flow{
		Exporter:         transfer.Party{Name: "Voorbeeld B.V.", Country: "NL", Role: transfer.Controller},
		Importer:         transfer.Party{Name: "CloudCRM Ireland Ltd", Country: "IE", Role: transfer.Processor, ParentCountry: "US"},
		StorageCountries: []string{"IE"},
		AccessCountries:  []string{"US"},
		Mechanisms:       []transfer.Mechanism{transfer.BCRProcessor},
		Measures:         []transfer.Measure{transfer.TIADocumented},
		Frequency:        transfer.Systematic,
	}
}

func TestLawful(t *testing.T) {
	noTool := salesforceLike()
	noTool.Mechanisms = nil
	bad := salesforceLike()
	bad.Importer.Country = "XX"
	intraEU := transfer.Flow{
		Exporter:         transfer.Party{Name: "Voorbeeld B.V.", Country: "NL", Role: transfer.Controller},
		Importer:         transfer.Party{Name: "Hosting GmbH", Country: "DE", Role: transfer.Processor},
		StorageCountries: []string{"DE"},
	}
	tests := []struct {
		name    string
		flow    transfer.Flow
		wantOK  bool
		mention []string
		reason  string
	}{
		{"intra-EU", intraEU, true, nil, "no restricted transfer (Art. 44 does not apply)"},
		{"US access without a tool", noTool, false, []string{"CloudCRM Ireland Ltd", "not lawful", "basis none"}, "remote access from the US is a transfer (EDPB Guidelines 05/2021) and needs a Chapter V tool"},
		{"invalid flow", bad, false, []string{"CloudCRM Ireland Ltd", `unknown country "XX"`}, "an unknown country is an error, reported as a failure"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := &fakeTB{}
			ok := avgtest.Lawful(tb, tc.flow, asOf)
			check(t, tb, ok, tc.wantOK, tc.mention, nil, tc.reason)
		})
	}
}

func TestRetentionDecision(t *testing.T) {
	employmentEnd := time.Date(2019, 6, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		record  retention.Record
		want    retention.Action
		wantOK  bool
		mention []string
		reason  string
	}{
		{
			name:   "ID copy past five full calendar years",
			record: retention.Record{ID: "emp-1/id", Category: "payroll-id-copy", Event: employmentEnd},
			want:   retention.Delete, wantOK: true,
			reason: "five full calendar years after 2019 end on 2024-12-31; deletion from 2025-01-01",
		},
		{
			name:    "wrong expectation",
			record:  retention.Record{ID: "emp-1/id", Category: "payroll-id-copy", Event: employmentEnd},
			want:    retention.Keep,
			mention: []string{`"emp-1/id"`, "payroll-id-copy", "action delete, want keep", "2025-01-01"},
			reason:  "a wrong expectation fails and says what the decision was",
		},
		{
			name:    "unknown category",
			record:  retention.Record{ID: "x-1", Category: "klantenkaart", Event: employmentEnd},
			want:    retention.Keep,
			mention: []string{`"x-1"`, "unknown category"},
			reason:  "an unknown category is an error (retention.ErrUnknownCategory), reported as a failure",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tb := &fakeTB{}
			avgtest.RetentionDecision(tb, nil, tc.record, asOf, tc.want)
			check(t, tb, !tb.failed(), tc.wantOK, tc.mention, nil, tc.reason)
		})
	}
}
