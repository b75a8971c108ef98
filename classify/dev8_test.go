package classify

import "testing"

// TestCorpusDev8 scores the eighth development set (testdata/dev8: 160
// notes, 100 English and 60 Dutch, written and labelled blind by another
// engineer for issue 16, half of the positives political opinions, with as
// many political near-misses among the negatives). It is development
// data: its misses are read as classes of errors and the vocabulary is
// tuned on it. Scored blind on arrival (82c5206, 2026-12-07), before any
// tuning on it: micro-F1 0.953 (precision 1.000, recall 0.910; English
// 0.959, Dutch 0.943; political opinions recall 0.84, English 0.87,
// Dutch 0.79), identifiers F1 1.000. After tuning on its error classes
// (terms/README.md, item 23; 2026-12-07): micro-F1 0.995 (precision
// 1.000, recall 0.990; English 0.992, Dutch 1.000; political opinions
// recall 0.98, English 0.97, Dutch 1.00), identifiers F1 1.000; the one
// miss left is a note of misspelt words. The floors sit a little under
// the tuned score. The test logs precision and recall per category
// and per language, and the identifiers per kind.
func TestCorpusDev8(t *testing.T) {
	scoreDevCorpus(t, "dev8", 0.98, 0.95)
}
