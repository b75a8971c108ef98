package classify

import "testing"

func TestRiskScore(t *testing.T) {
	tests := []struct {
		name   string
		fs     []Finding
		want   float64
		reason string
	}{
		{"nothing", nil, 0, "no findings, no risk"},
		{"one category", []Finding{{Category: Health, Kind: Term, Confidence: 0.9}}, 9, "a special category counts ten times its confidence"},
		{"strongest counts once", []Finding{{Category: Health, Kind: Term, Confidence: 0.6}, {Category: Health, Kind: Term, Confidence: 0.8}}, 8, "per category, the strongest finding only"},
		{"identifiers once per kind", []Finding{{Category: Ordinary, Kind: Email, Confidence: 0.9}, {Category: Ordinary, Kind: Email, Confidence: 0.9}, {Category: Ordinary, Kind: Phone, Confidence: 0.5}}, 1.4, "each identifier kind counts its strongest confidence once"},
		{"bsn is both", []Finding{{Category: NationalID, Kind: BSN, Confidence: 1}}, 11, "a BSN is a special category (national-id) and an identifier kind"},
	}
	for _, tt := range tests {
		if got := RiskScore(tt.fs); got < tt.want-1e-9 || got > tt.want+1e-9 {
			t.Errorf("%s: RiskScore = %v, want %v (%s)", tt.name, got, tt.want, tt.reason)
		}
	}
	diagnosisAndBSN := RiskScore([]Finding{{Category: Health, Kind: Term, Confidence: 0.6}, {Category: NationalID, Kind: BSN, Confidence: 0.9}})
	manyEmails := RiskScore([]Finding{{Category: Ordinary, Kind: Email, Confidence: 1}, {Category: Ordinary, Kind: Phone, Confidence: 1}, {Category: Ordinary, Kind: IBAN, Confidence: 1}})
	if diagnosisAndBSN <= manyEmails {
		t.Errorf("a diagnosis next to a BSN (%v) must outrank ordinary identifiers (%v)", diagnosisAndBSN, manyEmails)
	}
}
