package classify

import "testing"

// TestCorpusDev4 scores the fourth development set (testdata/dev4: 240
// notes, 120 Dutch and 120 English, written and labelled blind by another
// engineer for issue 16, weighted toward political opinions and everyday
// health in many voices). It is development data: its misses are read as
// classes of errors and the vocabulary is tuned on it. Blind, on arrival
// (0f77aad, 2026-12-07), it scored micro-F1 0.908 (English 0.928, Dutch
// 0.887; political opinions recall 0.70, racial or ethnic origin 0.70);
// identifiers F1 0.963 (three British phones missed: after "cb no",
// "voicemail on" and a callback "to the number on file"). After its
// error classes were fixed (quotations of a sentence, of a person's own
// words and of abuse; party names quoted; pets, descent, named
// hospitals, policy text naming nobody; British numbers in their printed
// groupings and call-centre phone cues), 1.000 and identifiers 1.000;
// the floors sit a little under that. The test logs precision and recall
// per category and per language, and the identifiers per kind.
func TestCorpusDev4(t *testing.T) {
	scoreDevCorpus(t, "dev4", 0.98, 0.98)
}

// scoreDevCorpus scores the development set testdata/<name>/text.jsonl
// as the TestCorpusDev tests from dev4 on do: it logs precision and
// recall per category and per language and the identifiers per kind,
// and fails when the micro-F1 falls below floorMicro or the identifier
// F1 below floorIdent.
func scoreDevCorpus(t *testing.T, name string, floorMicro, floorIdent float64) {
	t.Helper()
	path := "testdata/" + name + "/text.jsonl"
	c := Default()
	s := scoreByLanguage(t, c, path)
	t.Logf("%s (%d cases)\n%s", name, s.nCases, s.report())
	if f := runTextCorpus(t, c, path).f1(); f < floorMicro {
		t.Errorf("%s micro-F1 %.3f is below %.2f", name, f, floorMicro)
	}
	ids := scoreIdentifiers(t, c, readCases(t, path), func(textCase, []string, []string) {})
	t.Logf("%s identifiers: P %.3f R %.3f F1 %.3f", name, ids.precision(), ids.recall(), ids.f1())
	if f := ids.f1(); f < floorIdent {
		t.Errorf("%s identifier F1 %.3f is below %.2f", name, f, floorIdent)
	}
}
