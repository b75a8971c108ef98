package classify

import "testing"

// TestCorpusDev10 scores the tenth development set (testdata/dev10: 240
// notes, 160 Dutch (about 17 of them Flemish) and 80 English, written and
// labelled blind by another engineer for issue 16, every special category
// at least 8 times in Dutch, in the words of Dutch and Flemish case
// workers, care staff, HR officers and insurers, with their near-misses).
// It is development data: its misses are read as classes of errors and
// the vocabulary is tuned on it. Scored blind on arrival (4cc1ba3,
// 2026-12-07), before any tuning on it: micro-F1 0.947 (precision 0.962,
// recall 0.933; English 0.990, Dutch 0.926; Dutch political opinions
// recall 0.80, sex life 0.78, health 0.83), identifiers F1 1.000. After
// tuning on its error classes (abuse of a party as an opinion of it, a
// party's acronym before a municipality's name, Flemish union words and
// person words, a union announcing a strike, the English spelling of
// Ashkenazi ancestry, a wedding to a man named by his first name,
// unprotected sex and sex with men, dementia as a verb, a burn, the
// GLP-1 and insulin pens, a named person's sick pay, a healthy carrier
// of sickle cell, "ziek" of a situation, a fingerprint not let be
// scanned, the Flemish probation and electronic monitoring; each as a
// class with examples both ways): micro-F1 1.000 (precision 1.000,
// recall 1.000; English 1.000, Dutch 1.000), identifiers F1 1.000. The
// floors sit a little under the tuned score. The test logs precision
// and recall per category and per language, and the identifiers per
// kind.
func TestCorpusDev10(t *testing.T) {
	scoreDevCorpus(t, "dev10", 0.98, 0.98)
}
