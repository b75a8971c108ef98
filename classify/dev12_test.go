package classify

import "testing"

// TestCorpusDev12 scores the twelfth development set (testdata/dev12:
// 200 notes, 120 Dutch and 80 English, written and labelled blind by
// another engineer for issue 16, weighted toward the categories whose
// Dutch recall trailed on the held-out sets: racial or ethnic origin,
// sex life or orientation, biometric, trade union, political opinions
// and criminal data, at least ten positives of each per language, with
// near misses of the same kinds). It is development data: its misses are
// read as classes of errors and the vocabulary is tuned on it. Scored
// blind on arrival (9a6192f, 2026-12-07), before any tuning on it:
// micro-F1 0.938 (precision 0.953, recall 0.924; English 0.935, Dutch
// 0.941; Dutch racial or ethnic origin recall 0.83, political opinions
// and sex life 0.82; biometric precision 0.86), identifiers F1 1.000.
// Tuned on it by classes (terms/README.md, interpretations 24 and 25:
// descent forms of the CBS herkomstlanden, school absence, device
// anti-cues near their modality, a coming-out, two fathers by titles,
// walking with a party, a Belgian seat, a generation by numeral, release
// from a PI, the Irish prisons, Lent, a carrier said with the verb, an
// organisation that orders): micro-F1 0.995 (precision 0.995, recall
// 0.995); left are a vendor's note on its client's staff clocking in by
// fingerprint and enrolment at a device whose name cancels its
// modality. The floor sits a little under the tuned score.
// The test logs precision and recall per category and per language, and
// the identifiers per kind.
func TestCorpusDev12(t *testing.T) {
	scoreDevCorpus(t, "dev12", 0.98, 0.99)
}
