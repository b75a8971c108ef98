package classify

import "testing"

// TestCorpusDev9 scores the ninth development set (testdata/dev9: 240
// notes, 150 English and 90 Dutch, written and labelled blind by another
// engineer for issue 16, weighted toward biometric, genetic, political,
// everyday health and trade-union disclosures, with their near-misses).
// It is development data: its misses are read as classes of errors and
// the vocabulary is tuned on it. Scored blind on arrival (9eca779,
// 2026-12-07), before any tuning on it: micro-F1 0.945 (precision 0.974,
// recall 0.919; English 0.931, Dutch 0.967; biometric recall 0.79,
// trade-union 0.83, political opinions 0.91, health 0.93 with three false
// alarms), identifiers F1 1.000. The floors sit a little under the
// arrival score until the tuning raises them. The test logs precision and
// recall per category and per language, and the identifiers per kind.
func TestCorpusDev9(t *testing.T) {
	const (
		path       = "testdata/dev9/text.jsonl"
		floorMicro = 0.93
		floorIdent = 0.98
	)
	c := Default()
	s := scoreByLanguage(t, c, path)
	t.Logf("dev9 (%d cases)\n%s", s.nCases, s.report())
	if f := runTextCorpus(t, c, path).f1(); f < floorMicro {
		t.Errorf("dev9 micro-F1 %.3f is below %.2f", f, floorMicro)
	}
	ids := scoreIdentifiers(t, c, readCases(t, path), func(textCase, []string, []string) {})
	t.Logf("dev9 identifiers: P %.3f R %.3f F1 %.3f", ids.precision(), ids.recall(), ids.f1())
	if f := ids.f1(); f < floorIdent {
		t.Errorf("dev9 identifier F1 %.3f is below %.2f", f, floorIdent)
	}
}
