package classify

import "testing"

// TestCorpusDev6 scores the sixth development set (testdata/dev6: 240
// notes, 150 English and 90 Dutch, written and labelled blind by another
// engineer for issue 16, weighted toward English inferences: same-sex
// partners, party work, religious practice, descent, everyday criminal
// forms, biometric enrolment, carriers, health in passing). It is
// development data: its misses are read as classes of errors and the
// vocabulary is tuned on it. Scored blind on arrival (16eac86,
// 2026-12-07), before any tuning on it: micro-F1 0.901 (English 0.876,
// Dutch 0.939; recall 0.84, precision 0.97; racial or ethnic origin
// recall 0.71, religious beliefs 0.74, trade unions 0.71); identifiers
// F1 0.960 (a phone and a card number missed). At e368f96, still blind
// (the known gaps and English criminal forms of issue 16, written from
// probes), 0.905 (English 0.883). After its error classes were read and
// fixed (a first-person quotation followed by a verb of saying; a
// spouse named after a dash; puja, a vratham, no pork or gelatine; a
// refusal of blood, post-op, in rehab; Coloured on an EE form, a
// Traveller family, First Nations; BJP and ANC forms, a corporator,
// CCHQ; an FIR; a union's strike, cadre and dues; a refused biometric
// enrolment; thalassaemia carriers), 0.990. The floors sit a little
// under the arrival score for now. The test logs precision and recall per
// category and per language, and the identifiers per kind.
func TestCorpusDev6(t *testing.T) {
	scoreDevCorpus(t, "dev6", 0.89, 0.95)
}
