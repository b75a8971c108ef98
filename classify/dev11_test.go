package classify

import "testing"

// TestCorpusDev11 scores the eleventh development set (testdata/dev11:
// 240 notes, 120 Dutch and 120 English, written and labelled blind by
// another engineer for issue 16, weighted toward sex life or orientation,
// racial or ethnic origin and criminal data in their everyday forms, with
// their near-misses). It is development data: its misses are read as
// classes of errors and the vocabulary is tuned on it. Scored blind on
// arrival (5b361a2, 2026-12-07), before any tuning on it: micro-F1 0.935
// (precision 0.986, recall 0.889; English 0.935, Dutch 0.934; sex life
// recall 0.87, criminal 0.89, racial or ethnic origin 0.92), identifiers
// F1 0.986. Tuned on its misses as classes (same-sex partners in
// Australian and British words and Dutch ex-partners by first name, Roma,
// a censored slur, everyday criminal history: a PI, the parket's
// settlement, a magistrates' fine, vetting refused; leave for a holy day,
// Belgian union dues, a stored face scan, an Australian mobile in its
// printed grouping; a shop named Toko and crime in the local news stay
// negative; a spouse's gender from the record line before it):
// micro-F1 1.000 (precision 1.000, recall 1.000; English 1.000, Dutch
// 1.000; every category 1.00), identifiers F1 1.000. The floors sit a
// little under the tuned score.
// The test logs precision and recall per category and per language, and
// the identifiers per kind.
func TestCorpusDev11(t *testing.T) {
	scoreDevCorpus(t, "dev11", 0.98, 0.99)
}
