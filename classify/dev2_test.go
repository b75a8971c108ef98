package classify

import "testing"

// TestCorpusDev2 scores the second development set (testdata/dev2: 320
// notes, 160 Dutch and 160 English, written blind by another engineer for
// issue 16 and concentrated on indirect disclosures and their near
// misses). Unlike the held-out sets it is development data: its misses
// were read as classes of errors and the vocabulary was tuned on it
// (2026-12-07), so it no longer measures generalisation. Blind, it scored
// micro-F1 0.903 on the classifier of that morning and 0.926 after the
// inference classes written before it landed (Dutch 0.902, English
// 0.950); after its error classes were fixed, 0.997. The floor sits a
// little under that. A subtest per note logs what it got wrong; the test
// logs precision and recall per category and per language.
func TestCorpusDev2(t *testing.T) {
	const (
		path       = "testdata/dev2/text.jsonl"
		floorMicro = 0.98
	)
	micro := runTextCorpus(t, Default(), path)
	s := scoreByLanguage(t, Default(), path)
	t.Logf("dev2 (%d cases)\n%s", s.nCases, s.report())
	if f := micro.f1(); f < floorMicro {
		t.Errorf("dev2 micro-F1 %.3f is below %.2f", f, floorMicro)
	}
}
