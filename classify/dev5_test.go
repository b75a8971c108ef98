package classify

import "testing"

// TestCorpusDev5 scores the fifth development set (testdata/dev5: 200
// notes, 100 Dutch and 100 English, written and labelled blind by another
// engineer for issue 16, weighted toward English political opinions,
// trade unions, English criminal forms, the BSN named in many ways, and
// everyday health). It is development data: its misses are read as
// classes of errors and the vocabulary is tuned on it. Blind, on arrival
// (da9253a+, 2026-12-07), it scored micro-F1 0.927 (English 0.908, Dutch
// 0.946; English political opinions recall 0.67, trade unions 0.85);
// identifiers F1 0.967 (two BSNs named with a misspelling). After its
// error classes were fixed (parties of Belgium and Australia by a common
// word or an acronym with a link word, a party board, a donation given
// and an opinion reckoned as link words; climate and farmers' protests;
// stances on asylum; Australian and Canadian unions, a students' union
// that is none; abortion as a political issue; community service for
// school; time in a PI; a broken ankle; a BSN's name misspelled), 1.000
// and identifiers 1.000; the floors sit a little under that. The test
// logs precision and recall per category and per language, and the
// identifiers per kind.
func TestCorpusDev5(t *testing.T) {
	scoreDevCorpus(t, "dev5", 0.98, 0.98)
}
