package transfer

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/avgrisk/avgrisk/classify"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestFlowFromFile reads a flow with snake_case field names from a file.
func TestFlowFromFile(t *testing.T) {
	b, err := os.ReadFile("testdata/salesforce-like.json")
	require.NoError(t, err)
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	var f Flow
	require.NoError(t, dec.Decode(&f))
	want := Flow{
		Exporter:         Party{Name: "Voorbeeld Zorg BV", Country: "NL", Role: Controller},
		Importer:         Party{Name: "CRM Cloud Ireland Ltd", Country: "IE", Role: Processor, ParentCountry: "US"},
		Onward:           []Party{},
		StorageCountries: []string{"DE", "FR"},
		AccessCountries:  []string{"US", "IN"},
		Mechanisms:       []Mechanism{BCRProcessor},
		Measures:         []Measure{TIADocumented, EncryptionInTransit},
		Categories:       []classify.Category{classify.Health, classify.Ordinary},
		Frequency:        Systematic,
	}
	if diff := cmp.Diff(want, f); diff != "" {
		t.Fatalf("decoded flow (-want +got):\n%s", diff)
	}
	a, err := Evaluate(f, date("2026-09-01"))
	require.NoError(t, err)
	// Support from the US group rests on BCR-P with the Commission's EO 14086
	// assessment; support from India has no effective measure for access in
	// the clear (reference §6, §11.4).
	got := outcomeOf(a)
	wantOut := outcome{true, BasisBCR, false, true, []RiskID{
		RiskInsufficientMeasures, RiskThirdCountryGovernmentAccess, RiskParentCompanyJurisdiction,
		RiskRemoteAccess, RiskSpecialCategoryData, RiskAdequacyReview,
	}}
	if diff := cmp.Diff(wantOut, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, r := range a.Risks {
		if r.ID != RiskInsufficientMeasures && r.ID != RiskAdequacyReview && r.Severity != "high" {
			t.Errorf("risk %s: severity %s, want high with health data", r.ID, r.Severity)
		}
	}

	// The Assessment's JSON uses stable snake_case names.
	out, err := json.Marshal(a)
	require.NoError(t, err)
	for _, key := range []string{`"restricted":`, `"basis":`, `"lawful":`, `"tia_required":`, `"risks":`, `"recipients":`, `"required_measures":`, `"recommended_measures":`, `"us_law":`, `"conclusions":`, `"data_as_of":`} {
		if !strings.Contains(string(out), key) {
			t.Errorf("JSON lacks %s", key)
		}
	}
}

// TestConcurrent runs Evaluate from many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	f := Flow{Exporter: nlController, Importer: salesforceLike, AccessCountries: []string{"US"}, Mechanisms: []Mechanism{BCRProcessor}}
	want, err := Evaluate(f, date("2026-01-01"))
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := Evaluate(f, date("2026-01-01"))
			if err != nil || !cmp.Equal(want, got) {
				t.Error("concurrent Evaluate differs")
			}
		}()
	}
	wg.Wait()
}
