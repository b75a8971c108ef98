package main

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/avgrisk/avgrisk/avg/avgtest"
	"github.com/avgrisk/avgrisk/classify"
)

// This is the test to copy with guard.go: it pins the policy record by
// record, and proves with avgtest that nothing the vendor receives holds
// special categories of personal data.

var asOf = time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)

// testGuard returns the sync's guard with a fixed test key. A real key
// comes from a vault in the EEA, never from source code.
func testGuard(t *testing.T) *Guard {
	t.Helper()
	p, err := classify.NewPseudonymiser(bytes.Repeat([]byte("test key, not a secret! "), 2))
	if err != nil {
		t.Fatal(err)
	}
	return newGuard(p)
}

func TestVendorReceivesNoSpecialCategories(t *testing.T) {
	records, err := readBatch(sample)
	if err != nil {
		t.Fatal(err)
	}
	// The transfer itself must rest on a lawful basis (here the DPF).
	avgtest.Lawful(t, vendorFlow, asOf)

	vendor := &memVendor{}
	rep, err := Sync(context.Background(), testGuard(t), vendorFlow, vendor, "Id", records, asOf)
	if err != nil {
		t.Fatal(err)
	}
	if len(vendor.received) == 0 {
		t.Fatal("nothing sent")
	}
	for _, rec := range vendor.received {
		avgtest.NoSpecialCategories(t, rec)
	}
	if got := rep.Sent + rep.Pseudo + rep.Refused; got != len(records) || len(vendor.received) != rep.Sent+rep.Pseudo {
		t.Errorf("%d records: %d sent, %d pseudonymised, %d refused; vendor got %d",
			len(records), rep.Sent, rep.Pseudo, rep.Refused, len(vendor.received))
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name   string
		record map[string]string
		want   Action
		reason string
	}{
		{
			name:   "clean",
			record: map[string]string{"Id": "1", "Email": "a.visser@example.com", "Description": "Wants a quote for the premium plan."},
			want:   Sent,
			reason: "no special categories; the e-mail address is what the vendor is for",
		},
		{
			name:   "special field not mapped",
			record: map[string]string{"Id": "2", "Email": "b@example.com", "Religie__c": "Katholiek", "Diagnose__c": "Astma", "BSN__c": "111222333"},
			want:   Sent,
			reason: "data minimisation (AVG art. 5(1)(c)): unmapped fields never leave",
		},
		{
			name:   "health in notes",
			record: map[string]string{"Id": "3", "Email": "c@example.com", "Description": "Klant heeft diabetes, belt na tienen."},
			want:   Pseudonymised,
			reason: "AVG art. 9(1): the remark is removed, the rest may go",
		},
		{
			name:   "BSN in notes",
			record: map[string]string{"Id": "4", "Email": "d@example.com", "Description": "BSN 111222333 gecontroleerd."},
			want:   Pseudonymised,
			reason: "UAVG art. 46: the BSN becomes a keyed token",
		},
		{
			name:   "criminal data",
			record: map[string]string{"Id": "5", "Email": "e@example.com", "Description": "Is veroordeeld voor fraude."},
			want:   Refused,
			reason: "AVG art. 10, UAVG art. 31-33: criminal data never leave",
		},
		{
			name:   "special data in a verbatim field",
			record: map[string]string{"Id": "6", "Email": "f@example.com", "Segment__c": "Revalidatie na hartinfarct"},
			want:   Refused,
			reason: "the vendor needs the segment as it is; a placeholder would break it",
		},
	}
	g := testGuard(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := g.Check(tt.record["Id"], tt.record)
			if d.Action != tt.want {
				t.Fatalf("action %s, want %s (%s); reasons %q", d.Action, tt.want, tt.reason, d.Reasons)
			}
			if (d.Out == nil) != (tt.want == Refused) {
				t.Errorf("Out %v for action %s", d.Out != nil, d.Action)
			}
			if d.Out != nil {
				avgtest.NoSpecialCategories(t, d.Out)
				for k := range d.Out {
					if !strings.Contains("external_id email first_name city segment notes", k) {
						t.Errorf("unmapped field %q sent", k)
					}
				}
			}
			for _, r := range d.Reasons {
				for _, v := range tt.record {
					if len(v) > 6 && strings.Contains(r, v) {
						t.Errorf("reason %q quotes a value", r)
					}
				}
			}
		})
	}
}

// TestTokensJoin: the same BSN, written two ways, gets the same token, so
// the vendor can join records without reading the number.
func TestTokensJoin(t *testing.T) {
	g := testGuard(t)
	a := g.Check("a", map[string]string{"Description": "BSN 111222333 gecontroleerd."})
	b := g.Check("b", map[string]string{"Description": "BSN 111.222.333 gecontroleerd."})
	if a.Action != Pseudonymised || b.Action != Pseudonymised {
		t.Fatalf("actions %s, %s", a.Action, b.Action)
	}
	if diff := cmp.Diff(a.Out["notes"], b.Out["notes"]); diff != "" {
		t.Errorf("tokens differ (-a +b):\n%s", diff)
	}
	if strings.Contains(a.Out["notes"], "111") {
		t.Errorf("BSN digits left in the notes")
	}
}

func TestNotLawfulSendsNothing(t *testing.T) {
	flow := vendorFlow
	flow.Importer.DPFCertified = false
	flow.Mechanisms = nil
	vendor := &memVendor{}
	records := []map[string]string{{"Id": "1", "Email": "a@example.com"}}
	_, err := Sync(context.Background(), testGuard(t), flow, vendor, "Id", records, asOf)
	if !errors.Is(err, ErrTransferNotLawful) {
		t.Fatalf("err = %v, want ErrTransferNotLawful", err)
	}
	if len(vendor.received) != 0 {
		t.Errorf("sent %d records over an unlawful transfer", len(vendor.received))
	}
}

func TestNeutral(t *testing.T) {
	for in, want := range map[string]string{
		"Klant heeft [health] en [religious-beliefs+health].": "Klant heeft [removed] en [removed].",
		"Zie [bsn] en [email]":                                "Zie [removed] en [removed]",
		"Prijs [excl. btw] en [Q3] [not-a-category]":          "Prijs [excl. btw] en [Q3] [not-a-category]",
		"bsn_0123456789abcdef0123456789abcdef":                "bsn_0123456789abcdef0123456789abcdef",
	} {
		if got := neutral(in); got != want {
			t.Errorf("neutral(%q) = %q, want %q", in, got, want)
		}
	}
}
