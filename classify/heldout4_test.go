package classify

import "testing"

// TestHeldOutText4 scores the fourth held-out set (testdata/heldout4: 240
// notes, 120 Dutch and 120 English, written and labelled blind by another
// engineer for issue 16). It is only ever scored: no case was read, and
// the test logs counts per language and category, never a case. First
// measured 2026-12-07 at micro-F1 0.912 (Dutch and English alike); after
// the inference classes of issue 16, written from probes and from the
// development sets (dev2 among them), 0.943 (English 0.947, Dutch 0.939).
// The floors sit a little under that. The targets are not all met
// yet: 0.96 overall, and political opinions (0.88) below 0.90.
func TestHeldOutText4(t *testing.T) {
	s := scoreByLanguage(t, Default(), "testdata/heldout4/text.jsonl")
	t.Logf("heldout4 (%d cases)\n%s", s.nCases, s.report())
	const (
		floorMicro = 0.93
		maxGap     = 0.02 // English may trail Dutch by at most this
	)
	floors := map[Category]float64{
		RacialEthnicOrigin: 0.95, PoliticalOpinions: 0.86, ReligiousBeliefs: 0.91,
		TradeUnionMembership: 1, Genetic: 0.91, Biometric: 1, Health: 0.89,
		SexLifeOrientation: 0.94, Criminal: 0.95, NationalID: 1,
	}
	if f := s.micro["all"].f1(); f < floorMicro {
		t.Errorf("held-out 4 micro-F1 %.3f is below %.2f", f, floorMicro)
	}
	for cat, floor := range floors {
		if f := s.catF1(cat); f < floor {
			t.Errorf("held-out 4 %s F1 %.3f is below %.2f", cat, f, floor)
		}
	}
	if nl, en := s.micro["nl"], s.micro["en"]; nl == nil || en == nil {
		t.Errorf("held-out 4 has no Dutch or no English cases")
	} else if nl.f1()-en.f1() > maxGap {
		t.Errorf("held-out 4: English micro-F1 %.3f trails Dutch %.3f by more than %.2f", en.f1(), nl.f1(), maxGap)
	}
}
