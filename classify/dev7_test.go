package classify

import "testing"

// TestCorpusDev7 scores the seventh development set (testdata/dev7: 240
// notes, 150 English and 90 Dutch, written and labelled blind by another
// engineer for issue 16, weighted toward political opinions, racial or
// ethnic origin and sex life or orientation, with their near-misses). It
// is development data: its misses are read as classes of errors and the
// vocabulary is tuned on it. Scored blind on arrival (54434f1,
// 2026-12-07), before any tuning on it: micro-F1 0.818 (precision 0.982,
// recall 0.701; English 0.770, Dutch 0.893; political opinions recall
// 0.62, racial or ethnic origin 0.70, sex life 0.76); identifiers F1
// 0.974. After tuning on its error classes (main at 51b9bf2: parties of
// India, South Africa, New Zealand, Quebec and Poland with their link
// words, an origin adjective as a census form's answer or before a noun
// of descent, the parents' origin in more forms, Indigenous peoples of
// the censuses, titles around a partner word, Dutch leave for a feast
// day, and more, each as a class with examples both ways): micro-F1
// 0.973 (precision 1.000, recall 0.948; English 0.968, Dutch 0.982;
// political opinions recall 0.91, racial or ethnic origin 1.00, sex life
// 0.90, religion 1.00, health 0.93, criminal 1.00); identifiers F1 0.974
// (unchanged). The floors sit a little under the tuned score. The test
// logs precision and recall per category and per language, and the
// identifiers per kind.
func TestCorpusDev7(t *testing.T) {
	scoreDevCorpus(t, "dev7", 0.96, 0.96)
}
