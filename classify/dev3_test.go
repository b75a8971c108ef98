package classify

import "testing"

// TestCorpusDev3 scores the third development set (testdata/dev3: 240
// notes, 120 Dutch with Flemish variants and 120 English, written blind by
// another engineer for issue 16 in many voices: reported speech, pronouns,
// first-person writers, abbreviations). It is development data: its misses
// are read as classes of errors and the vocabulary is tuned on it, so once
// tuned it no longer measures generalisation. Blind (2026-12-07, no note
// read) it scored micro-F1 0.856 on the classifier of the morning and
// 0.870 after the classes written before it landed (Dutch 0.852, English
// 0.889); identifiers F1 0.983. After its error classes were fixed, 1.000
// (identifiers 1.000).
// The floors sit a little under that. The test logs precision and recall
// per category and per language, and the identifiers per kind.
func TestCorpusDev3(t *testing.T) {
	const (
		path       = "testdata/dev3/text.jsonl"
		floorMicro = 0.98
		floorIdent = 0.98
	)
	c := Default()
	s := scoreByLanguage(t, c, path)
	t.Logf("dev3 (%d cases)\n%s", s.nCases, s.report())
	micro := runTextCorpus(t, c, path)
	if f := micro.f1(); f < floorMicro {
		t.Errorf("dev3 micro-F1 %.3f is below %.2f", f, floorMicro)
	}
	ids := scoreIdentifiers(t, c, readCases(t, path), func(textCase, []string, []string) {})
	t.Logf("dev3 identifiers: P %.3f R %.3f F1 %.3f", ids.precision(), ids.recall(), ids.f1())
	if f := ids.f1(); f < floorIdent {
		t.Errorf("dev3 identifier F1 %.3f is below %.2f", f, floorIdent)
	}
}
